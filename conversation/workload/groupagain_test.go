package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A count said for one of a counted group, naming the group again ("every clinic sees 25
// patients a day"), is that one's: the whole is the group times it. What each of those people
// then gets is counted once for all of them, not again for each.
func TestReadEachOfTheGroupNamedAgain(t *testing.T) {
	for _, s := range []string{
		"A dental chain: 300 clinics, every clinic sees about 25 patients a day, and each patient gets 2 X-rays.",
		"A dental chain with 300 clinics; each clinic sees about 25 patients a day. Each patient gets 2 X-rays.",
	} {
		rd := workload.Read(s)
		if rd.DAU != 7500 {
			t.Errorf("%q: %v patients a day, want 300 × 25", s, rd.DAU)
		}
		if c := conversation.Estimate(rd.Workload); c.WriteQPS < 15000.0/86400*0.99 || c.WriteQPS > 15000.0/86400*1.01 {
			t.Errorf("%q: flows %+v, %v writes/s; want 15,000 X-rays a day taken", s, rd.Flows, c.WriteQPS)
		}
	}
}
