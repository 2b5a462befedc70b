package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Messages sent ahead of each counted item are that many per item: owners who get a text 14 days
// and 2 days before each of 180,000 vaccinations due a year get 360,000 texts, not none. A clock's
// reports are no items to remind of, and one channel then another is one reminder each.
func TestSendsAheadOfEachItem(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, name, of string
		count               float64
	}{
		{"Design a reminder service for 900 veterinary clinics: about 180,000 pets are due for vaccines each year, and owners get a text 14 days before and another 2 days before the due date.", "text", "pet", 2},
		{"A dental practice group: 3,000 appointments a day across 40 practices; patients receive an email a week before and a text the day before their appointment.", "reminder", "appointment", 2},
		{"Library: 150,000 loans a day; members get an email 2 days before a loan is due.", "email", "loan", 1},
	} {
		rd := workload.Read(tc.statement)
		var got *conversation.Flow
		for i, f := range rd.Flows {
			if f.Name == tc.name {
				got = &rd.Flows[i]
			}
		}
		if got == nil || got.ItemsOf != tc.of || got.Count != tc.count {
			t.Errorf("%q: flows %+v, want %v %s per %s", tc.statement, rd.Flows, tc.count, tc.name, tc.of)
		}
	}
	rd := workload.Read("School bus tracker: 3,000 buses send GPS every 10 seconds; parents get a notification 5 minutes before the bus arrives.")
	for _, f := range rd.Flows {
		if strings.Contains(f.Name, "notification") {
			t.Errorf("flow %+v: a bus's pings are no items to send ahead of", f)
		}
	}
}
