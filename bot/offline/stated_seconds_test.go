package offline_test

import (
	"regexp"
	"strings"
	"testing"
)

// A stated time of seconds for how fast things reach people replaces the pattern's own target
// of seconds, instead of standing beside it as a second, contradicting one ("within 2 s as
// stated" and "on fans' scorecards within 5 s").
func TestStatedSecondsReplaceThePatternsTarget(t *testing.T) {
	t.Parallel()
	within := regexp.MustCompile(`within (\d+(?:[-–]\d+)?) ?s\b`)
	for _, tc := range []struct{ statement, want string }{
		{"Design a live sports score service: 3 million fans follow matches in the app, about 40,000 matches run on a busy Saturday, scorers at each ground push events (goals, cards, substitutions), and fans should see a goal within 2 seconds.", "2"},
		{"Design live election results for a state: 4,000 polling stations send counts, and the public should see new counts within 5 seconds.", "5"},
		{"Design a live bus tracker for a city: 900 buses report GPS every 10 seconds, 200,000 riders check arrivals, and riders should see a bus move within 3 seconds.", "3"},
	} {
		d := design(t, tc.statement)
		nfr := strings.Join(d.Requirements.NonFunctional, "\n")
		for _, m := range within.FindAllStringSubmatch(nfr, -1) {
			if m[1] != tc.want {
				t.Errorf("%q: the requirements say %q beside the stated %s s:\n%s", tc.statement, m[0], tc.want, nfr)
			}
		}
		if !strings.Contains(nfr, "within "+tc.want+" s") {
			t.Errorf("%q: the stated %s s is not among the requirements:\n%s", tc.statement, tc.want, nfr)
		}
	}
}
