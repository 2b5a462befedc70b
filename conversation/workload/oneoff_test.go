package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A queue that forms for one event (a season opener, a launch) is that event's burst, not every
// day's: it comes back about once a year unless the statement says how often.
func TestReadQueueForOneEventIsNotDaily(t *testing.T) {
	for _, statement := range []string{
		"ticketing for a football club's stadium: season opener sales open at 10:00, about 400,000 fans in the queue",
		"a console maker's web shop: the launch goes live at 8am with roughly 600,000 buyers in the waiting room",
	} {
		rd := workload.Read(statement)
		f, ok := rd.Flow("queue join")
		if !ok || f.Recurs < 300*86400 {
			t.Errorf("%q: flows %+v; want the queue once a year", statement, rd.Flows)
		}
	}
	// A queue said to form every day stays daily.
	rd := workload.Read("a canteen app: about 5,000 staff in the queue every lunchtime for the final sitting")
	if f, ok := rd.Flow("queue join"); ok && f.Recurs > 0 {
		t.Errorf("every lunchtime: %+v; want no yearly recurrence", f)
	}
}
