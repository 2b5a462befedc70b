package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "ORs" is the plural of an acronym, operating rooms, not a word "ors"; and "N Xs total", "in
// total", "overall" count all the Xs, the total word no part of the noun.
func TestReadAcronymPluralsAndTotalsCountUnits(t *testing.T) {
	for _, tc := range []struct {
		statement, note string
		value           float64
	}{
		{"Design an operating-room scheduling system for a hospital network of 14 hospitals with 210 ORs total", "210 operating rooms at the 14 hospitals", 210},
		{"Theatre booking for 11 hospitals with 96 ORs overall, surgeons plan lists a week ahead", "96 operating rooms at the 11 hospitals", 96},
		{"A triage board for 8 hospitals with 40 ERs altogether", "40 emergency rooms at the 8 hospitals", 40},
		{"Room booking for a group of 6 clinics with 48 exam rooms total", "48 exam rooms at the 6 clinics", 48},
	} {
		rd := workload.Read(tc.statement)
		if !slices.ContainsFunc(rd.Counted, func(p workload.Population) bool { return p.Noun == "room" && p.Value == tc.value }) ||
			!slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.HasPrefix(n, tc.note+":") }) {
			t.Errorf("%q: counted %+v, notes %q; want %q", tc.statement, rd.Counted, rd.Notes, tc.note)
		}
	}
}
