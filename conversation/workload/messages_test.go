package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Reminders, newsletters and other messages a business sends are what is sent, never who is
// active: "150 SMS reminders a day" from each practice is a day's sends, not 450K daily users.
func TestReadMessagesSentAreNotActiveUsers(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"a text reminder service for vets: 1,200 clinics, each sends about 80 SMS reminders a day, owners reply Y to confirm", 96e3},
		{"we send 2 million SMS reminders a day for our customers' appointments", 2e6},
		{"4,000 schools each send 30 absence reminders a day to parents", 120e3},
	} {
		rd := workload.Read(tc.statement)
		for _, n := range rd.Notes {
			if strings.Contains(n, "active reminder") {
				t.Errorf("%q: note %q calls messages active users", tc.statement, n)
			}
		}
		if rd.DAU != 0 || rd.Users != 0 {
			t.Errorf("%q: dau %v users %v, want none (reminders are sent, not people)", tc.statement, rd.DAU, rd.Users)
		}
		var got float64
		for _, f := range rd.Flows {
			n := f.Count * 86400 / f.PerSeconds
			if f.Each {
				n *= f.Actors
			}
			got += n
		}
		if got != tc.perDay {
			t.Errorf("%q: %v sends a day, want %v (flows %+v, notes %q)", tc.statement, got, tc.perDay, rd.Flows, rd.Notes)
		}
	}
}
