package offline_test

import (
	"strings"
	"testing"
)

// A failure question says the kind of part it means: "the payment provider" is the third party,
// not the payment service; "the holds database" is the store, not the holds service. A third
// party's outage is told as what waits for it, not as a stateless service's instances.
func TestFailureMeansThePartOfTheKindItSays(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		problem, q string
		want       []string
	}{
		{"a farmers' market vendor app: 400 stalls, shoppers pre-order produce for Saturday pickup, 12,000 orders a week, paid by card",
			"what if the payment provider is down when the pre-orders close on Friday night?", []string{"If Payment processor (PSP)", "run by someone else", "orders an hour"}},
		{"dental clinic appointment reminders by SMS: 40 clinics, 3000 appointments a day, a reminder 24 hours before and a confirm-by-reply",
			"what if the text message vendor has an outage?", []string{"If Main messaging provider", "run by someone else", "appointments an hour"}},
		{"a library lending app for 80 branch libraries: 150,000 loans a week, holds on books, overdue notices by email",
			"what if the holds queue database goes down on a Saturday?", []string{"If Library DB"}},
		{"a food delivery app for one city: 30,000 orders a day, couriers tracked on a map, customers pay by card",
			"what happens if the maps provider goes down during the dinner rush?", []string{"Maps & routing provider", "run by someone else"}},
	} {
		a := answer(t, c.problem, c.q)
		for _, w := range c.want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: the answer lacks %q:\n%s", c.q, w, a)
			}
		}
		if strings.Contains(a, "instances across zones") {
			t.Errorf("%q: a third party or a store is not a stateless service:\n%s", c.q, a)
		}
	}
}
