package offline

import (
	"strings"
	"testing"
)

// A city-reports design says how far storms push the load from the figures, not from a fixed
// "triple": a statement whose storm day is 6.7× a normal one reads that (times the day's own
// bunching), and one that states no storm reads the factor assumed.
func TestStormPeakFollowsTheStatement(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      []string
	}{
		{"Design a pothole reporting app for a city: residents send about 1,500 reports a day rising to 10,000 after a storm, crews fix them.",
			[]string{"after a storm (20× the average rate)", "(0.35 reports a second at the busiest)"}},
		{"Design a 311 app where residents report potholes and broken streetlights, about 2,000 reports a day.",
			[]string{"after a storm (3× the average rate)"}},
	} {
		_, sec := renderAll(t, tc.statement)
		var b strings.Builder
		for _, s := range sec {
			b.WriteString(s + "\n")
		}
		doc := b.String()
		for _, w := range tc.want {
			if !strings.Contains(doc, w) {
				t.Errorf("%q: the design does not say %q", tc.statement, w)
			}
		}
		if strings.Contains(doc, "triple") {
			t.Errorf("%q: the design says storms triple the reports, whatever the statement says", tc.statement)
		}
	}
}
