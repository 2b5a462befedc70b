package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Refreshing, reloading, polling or searching on a clock fetches: "each carrier refreshes
// searches every 2 min" is 40k carriers reading every 2 minutes (333/s), not writing, even where
// the object ("searches") reads as a verb of its own.
func TestReadRefreshOnAClockIsARead(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"A freight load board: shippers post 15,000 loads a day and 40k carriers search them; each carrier refreshes searches every 2 min.",
		"Load board for 40,000 carriers. Every carrier refreshes their saved searches every 2 minutes.",
		"40k truckers poll the board for new loads every 2 minutes.",
		"Each of our 40k carriers reloads the load list every 2 minutes.",
	} {
		rd := workload.Read(statement)
		var clock *conversation.Flow
		for i, f := range rd.Flows {
			if f.PerSeconds == 120 {
				clock = &rd.Flows[i]
			}
		}
		if clock == nil || clock.Kind != conversation.FlowRead || clock.Actors != 40000 || rd.Rate(*clock) < 333 || rd.Rate(*clock) > 334 {
			t.Errorf("%q: flows %+v; want 40k carriers reading every 2 minutes, 333/s", statement, rd.Flows)
		}
	}
}
