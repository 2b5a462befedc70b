package offline

import (
	"strings"
	"testing"
)

// An idiom is one act, not a verb and a thing kept; what each of the counted people does, said
// as a participle after them, is their act; and a record tagged with GPS is not a position
// anyone follows live.
func TestIdiomsAndParticiplesOfEach(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "A citizen-science bird count: about 80,000 volunteers take part over one February weekend, each submitting one checklist of about 20 sightings with GPS; experts review rare sightings.",
		[]string{"volunteers submit checklists", "checklist"},
		[]string{"take parts", "volunteers take parts", "live location tracking", "visible to the other party", "| part |"})
	for statement, want := range map[string]string{
		"Our tutors make sure every lesson is logged":     "ensure",
		"the match took place on Saturday":                "happened",
		"Volunteers are taking part in the survey":        "participating",
		"Staff keep track of loans and take care of fees": "track loans and handle fees",
	} {
		if got := plainIdioms(statement); !strings.Contains(got, want) {
			t.Errorf("plainIdioms(%q) = %q; want it to say %q", statement, got, want)
		}
	}
}
