package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A past participle after a plural noun says what is done to the things, not what they are
// called: "18,000 elevators maintained by one service company" counted 18K "maintaineds".
func TestParticipleAfterACountIsNoNoun(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design remote monitoring for 18,000 elevators maintained by one service company: each controller sends a heartbeat every 60 seconds.",
		"Design monitoring for 18,000 elevators installed across 300 buildings, each sending a heartbeat every 60 seconds.",
	} {
		notes := strings.Join(workload.Read(s).Notes, "\n")
		if !strings.Contains(notes, "18K elevators") || strings.Contains(notes, "maintaineds") || strings.Contains(notes, "installeds") {
			t.Errorf("%q: notes %q, want the 18K elevators counted", s, notes)
		}
	}
}
