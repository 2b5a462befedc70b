package offline_test

import (
	"strings"
	"testing"
)

// The cost of a design is also what it pays its providers per use: text messages per segment
// counted from the stated flow and the reminders the design sends, said with what is assumed;
// card fees follow the money and stay out of the system's total.
func TestCostPricesPaidProviders(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		problem string
		want    []string
	}{
		{"physiotherapy clinics: 15 sites, 900 appointments a day, patients get a text reminder 48 hours before and confirm by replying YES",
			[]string{"SMS (Twilio)", "27K appointments a month", "segments at $0.0079", "a reply", "1 database, primary and standby", "2 small cache nodes"}},
		{"a hair salon chain: 300 salons, 20,000 bookings a day, clients get an SMS the day before and can reply C to cancel",
			[]string{"SMS (Twilio)", "600K bookings a month", "paid to providers per use"}},
		{"a food delivery app for one city: 30,000 orders a day, couriers tracked on a map, customers pay by card",
			[]string{"maps (", "900K orders a month", "cost of revenue", "2.9% + $0.30"}},
	} {
		a := answer(t, c.problem, "what does it cost?")
		for _, w := range c.want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: the cost lacks %q:\n%s", c.problem, w, a)
			}
		}
	}
}
