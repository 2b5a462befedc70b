package offline

import (
	"slices"
	"testing"
)

// detectCase is a statement with the patterns detect must bring in and those it must leave out.
type detectCase struct {
	statement string
	want, not []string
}

// checkDetect reports every wanted pattern detect misses and every unwanted one it brings in,
// with the words that brought it, so a failing case says why without a rerun.
func checkDetect(t *testing.T, cases []detectCase) {
	t.Helper()
	for _, tc := range cases {
		got, why := detect(tc.statement)
		for _, id := range tc.want {
			if !slices.Contains(got, id) {
				t.Errorf("%q: %s missing; got %v", tc.statement, id, got)
			}
		}
		for _, id := range tc.not {
			if slices.Contains(got, id) {
				t.Errorf("%q: %s detected (%s); got %v", tc.statement, id, why[id], got)
			}
		}
	}
}
