package offline

import (
	"slices"
	"testing"
)

// TestSceneIsNotKeptNorActs reads who a system is for ("a seed bank's", "a coroner's office") as
// its setting: not a person acting, not a thing kept when the statement names others; "the
// nearest plumber" is a plumber, and "loaves" are loaves.
func TestSceneIsNotKeptNorActs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement         string
		notActor, notKept string
		kept              string
	}{
		{"a seed bank's cataloguing app: curators log 50,000 accessions", "bank", "", "accession"},
		{"a school's lunch app: cooks serve 800 lunches a day", "school", "", "lunch"},
		{"a food bank's volunteer app: volunteers pack 300 parcels a week", "bank", "", "parcel"},
		{"a county coroner's office: pathologists schedule post-mortems", "", "office", "post-mortem"},
		{"a dental practice: hygienists record cleanings and patients book checkups", "", "practice", ""},
		{"a village bakery: bakers bake 900 loaves a day", "", "bakery", "loaf"},
		{"a plumbing firm: dispatchers send the nearest plumber to each leak", "", "nearest plumber", ""},
		{"a towing firm: the nearest truck is sent to each breakdown and drivers log tows", "", "nearest truck", ""},
		{"drivers pick the closest charger and start a session", "", "closest charger", "session"},
	}
	for plural, want := range map[string]string{"loaves": "loaf", "halves": "half", "calves": "calf"} {
		if got := singularNoun(plural); got != want {
			t.Errorf("singularNoun(%q) = %q, want %q", plural, got, want)
		}
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		m := modelOf(tc.statement)
		if tc.notActor != "" && slices.Contains(rd.Actors, tc.notActor) {
			t.Errorf("%q: actors %q, want no %q", tc.statement, rd.Actors, tc.notActor)
		}
		if tc.notKept != "" && slices.Contains(m.kept, tc.notKept) {
			t.Errorf("%q: kept %q, want no %q", tc.statement, m.kept, tc.notKept)
		}
		if tc.kept != "" && !slices.Contains(m.kept, tc.kept) {
			t.Errorf("%q: kept %q, want %q among them", tc.statement, m.kept, tc.kept)
		}
	}
}
