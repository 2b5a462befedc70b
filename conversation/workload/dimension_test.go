package workload_test

import (
	"slices"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "3D printers" and "a 2D floor plan" name a kind of thing, not three or two of it: the printers
// read are the 40 stated before the adjective.
func TestReadDimensionAdjectivesAreNotCounts(t *testing.T) {
	for _, tc := range []struct {
		statement string
		noun      string
		value     float64
	}{
		{"a university makerspace with 40 3D printers where students queue print jobs", "printer", 40},
		{"our lab runs 12 3d scanners for museum objects", "scanner", 12},
		{"an indoor map editor: venues upload 2D floor plans, about 500 venues", "venue", 500},
	} {
		rd := workload.Read(tc.statement)
		read := slices.Concat(rd.Counted, rd.People, rd.Things)
		if slices.ContainsFunc(read, func(p workload.Population) bool { return p.Value == 2 || p.Value == 3 }) {
			t.Errorf("%q: a dimension read as a count: %+v", tc.statement, read)
		}
		if !slices.ContainsFunc(read, func(p workload.Population) bool { return p.Noun == tc.noun && p.Value == tc.value }) {
			t.Errorf("%q: read %+v; want %v %s", tc.statement, read, tc.value, tc.noun)
		}
	}
}
