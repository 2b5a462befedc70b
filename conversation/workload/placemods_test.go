package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A singular noun and an -ing word before a plural place qualify it: "14 household recycling
// centres" counts centres, not households.
func TestReadCountedPlaceKeepsItsQualifiers(t *testing.T) {
	for _, tc := range []struct {
		statement, want, not string
	}{
		{"about 9,000 residents book per week across 14 household recycling centres", "14 centres", "14 household"},
		{"The council has 12 family counselling clinics; 3,000 families attend a session each month.", "12 clinics", "12 famil"},
		{"We operate 25 student counselling centres, and 6,000 students book 2 sessions a month.", "25 centres", "25 student"},
		{"A network of 16 patient testing sites handles 300 swabs a day per site.", "per site", "16 patient"},
		{"A county with 30 community sorting depots; 600 volunteers log shifts weekly.", "30 depots", "30 communit"},
	} {
		rd := workload.Read(tc.statement)
		notes := strings.Join(rd.Notes, "\n")
		if !strings.Contains(notes, tc.want) || strings.Contains(notes, tc.not) {
			t.Errorf("%q: notes %q; want %q and no %q", tc.statement, notes, tc.want, tc.not)
		}
	}
}
