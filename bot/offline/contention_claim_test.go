package offline_test

import (
	"strings"
	"testing"
)

// A contention question names the thing two people are after; where the design keeps no record
// of it, the answer makes the claim on it unique rather than updating some other entity: two
// volunteers on one driveway, two patients replying YES for one slot.
func TestContentionOnAThingWithoutARecord(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		problem, q   string
		want, absent []string
	}{
		{"A neighbourhood snow shovelling app: 400 volunteers sign up and after each storm about 1,500 elderly residents ask for help.",
			"how do you stop two volunteers from both taking the same driveway?", []string{"same driveway", "driveway_id", "409 Conflict"}, []string{"UPDATE"}},
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
