package offline

import (
	"slices"
	"testing"
)

// TestDutyVerbKeepsNoAct reads "pilots cover ship movements" as whose job the movements are: the
// design keeps ship movements, not "covers"; a verb of doing ("tow") still keeps its act.
func TestDutyVerbKeepsNoAct(t *testing.T) {
	t.Parallel()
	cases := []struct {
		problem, want, never string
	}{
		{"Dispatch for harbour pilots: about 60 pilots cover ~45,000 ship movements a year.", "Ship movement", "Cover"},
		{"Dispatch for a ferry line: 40 deckhands handle 900 sailings a week.", "Sailing", "Handle"},
		{"Rota for a museum: 30 volunteers staff 12 galleries every weekend.", "Gallery", "Staff"},
		// Near miss: an act the statement's verb names is still kept.
		{"Dispatch for a towing firm: 25 drivers tow 3,000 cars a month.", "Tow", ""},
	}
	for _, c := range cases {
		var names []string
		for _, e := range modelOf(c.problem).entities() {
			names = append(names, e.Name)
		}
		if !slices.Contains(names, c.want) || c.never != "" && slices.Contains(names, c.never) {
			t.Errorf("%q: entities %q, want %q and no %q", c.problem, names, c.want, c.never)
		}
	}
}
