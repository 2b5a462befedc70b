package offline_test

import (
	"strings"
	"testing"
)

// A contention question names the thing two people are after; where the design keeps no record
// of it, the answer makes the claim on it unique rather than updating some other entity: two
// pickers on one short bin, two patients replying YES for one slot.
func TestContentionOnAThingWithoutARecord(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		problem, q   string
		want, absent []string
	}{
		{"need a design for our warehouse picking system: 3 warehouses, 40 pickers each, about 12k orders a day, and 1 in 20 orders hits a short pick that needs a recount task created immediately.",
			"how do you make sure two pickers do not both get sent to the same short bin for a recount?", []string{"same bin", "bin_id", "409 Conflict"}, []string{"month", "UPDATE"}},
		{"a chain of 14 dental clinics, each with 6 chairs; when someone cancels, the slot is offered to the waitlist and the first to reply YES gets it, no double booking.",
			"how do you guarantee two waitlisted patients who both reply YES at the same second don't both get the slot?", []string{"same slot", "slot_id"}, []string{"practitioner", "same second"}},
	} {
		a := answer(t, c.problem, c.q)
		for _, w := range c.want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: the answer lacks %q:\n%s", c.q, w, a)
			}
		}
		for _, w := range c.absent {
			if strings.Contains(a, w) {
				t.Errorf("%q: the answer has %q:\n%s", c.q, w, a)
			}
		}
	}
}
