package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// How long data is kept said with an article ("for a year", "for a decade") or in seasons,
// which come once a year ("two seasons" of a ski resort's scans: about two years, assumed).
func TestReadRetentionSaidWithAnArticleOrInSeasons(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		years     float64
		assumed   bool
	}{
		{"A GPS tracker app for 20,000 hikers. We keep the track history for a year.", 1, false},
		{"A GPS tracker app for 20,000 hikers. We keep the track history for one year.", 1, false},
		{"Audit logs are retained for a decade.", 10, false},
		{"A ski resort lift scanner: 30,000 skiers a day; we keep scan history for two seasons.", 2, true},
		// A season that is no retention is no time: "peaks in the ski season" keeps nothing.
		{"A ski resort lift scanner: 30,000 skiers a day, busiest in the ski season.", 0, false},
	} {
		rd := workload.Read(tc.statement)
		if rd.RetentionYears != tc.years {
			t.Errorf("%q: retention %v years, want %v (notes %q)", tc.statement, rd.RetentionYears, tc.years, rd.Notes)
		}
		if got := slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "season comes once a year") }); got != tc.assumed {
			t.Errorf("%q: notes %q; want the seasons' years noted as assumed: %v", tc.statement, rd.Notes, tc.assumed)
		}
	}
}
