package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// joined is every section of a design as one text.
func joined(sec map[conversation.SectionID]string) string {
	var b strings.Builder
	for _, s := range sec {
		b.WriteString(s + "\n")
	}
	return b.String()
}

// A public library is not a university's: its patrons have no university sign-in, no course
// reserves and no students, while a university's libraries keep them.
func TestLibraryAcademicLinesFollowTheStatement(t *testing.T) {
	t.Parallel()
	academic := []string{"university's sign-in", "course reserve", "student"}
	for _, p := range []string{
		"Design a hold system for a county library network: 40 branches, 2M items, patrons place holds online, items travel between branches on a daily van",
		"Build the reservation and pickup system for a city public library with 12 branches and a courier that moves books between them every morning",
		"Holds queue for a regional library consortium of 25 member libraries sharing 3M items; a delivery truck visits each library once a day",
	} {
		g, sec := renderAll(t, p)
		if !strings.Contains(g.Title+sec[conversation.Overview], "library management system") {
			t.Fatalf("%q is not designed as a library:\n%s", p, sec[conversation.Overview])
		}
		all := strings.ToLower(joined(sec))
		for _, w := range academic {
			if strings.Contains(all, w) {
				t.Errorf("%q: a public library's design says %q", p, w)
			}
		}
	}
	for _, p := range []string{
		"Design the circulation system for a university's 6 campus libraries: students and faculty borrow, course reserves, holds between libraries",
		"Our college library has two sites; students place holds on textbooks and pick them up at either site, and a shuttle carries books between them twice a week",
	} {
		_, sec := renderAll(t, p)
		all := strings.ToLower(joined(sec))
		for _, w := range academic {
			if !strings.Contains(all, w) {
				t.Errorf("%q: a university library's design lost %q", p, w)
			}
		}
	}
}

// Copies travel between branches on the delivery van: the design has the transit's states, each
// branch's manifest, the 7-day hold shelf, and van figures that follow the stated branches and
// items.
func TestLibraryVanFollowsTheStatement(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		problem string
		want    []string
	}{
		{"Design a hold system for a county library network: 40 branches, 2M items, patrons place holds online, items travel between branches on a daily van",
			[]string{"With 40 branches and 2M items", "≈ 3,200 copies ride the van", "≈ 80 a day scanned out", "calls at every branch once a day"}},
		{"Design holds for a city library with 10 branches and 500,000 items; a van moves books between branches",
			[]string{"With 10 branches and 500K items", "≈ 800 copies ride the van", "≈ 80 a day scanned out", "calls at every branch on a fixed schedule"}},
		{"Design holds for a city library with 20 branches and 500,000 items; a van moves books between branches",
			[]string{"With 20 branches and 500K items", "≈ 40 a day scanned out"}},
	} {
		_, sec := renderAll(t, tt.problem)
		all := joined(sec)
		for _, w := range append(tt.want, "/manifests/{run_date}", "Van run", "on_van", "7 days", "A captured copy rides the van to the pickup branch") {
			if !strings.Contains(all, w) {
				t.Errorf("%q: the design lacks %q", tt.problem, w)
			}
		}
	}
}
