package offline

import (
	"slices"
	"testing"
)

// TestForeignCapabilitiesStayOut checks words used in another sense do not pull in a capability:
// reactions to a stream are not social likes, a World Cup streamed to viewers is not a scoring
// feed, and browsing one's own list is not full-text search. The own capability still fires
// where the words are said in its sense.
func TestForeignCapabilitiesStayOut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		absent    []string
		present   []string
	}{
		{"Design live emoji reactions for a World Cup final streamed to 40 million concurrent viewers: each viewer sends about one reaction every 20 seconds, and every viewer sees aggregated reaction counts updated once per second, no more than 2 seconds behind.",
			[]string{"engagement", "footballscores"}, nil},
		{"A concert livestream for 3M viewers shows floating heart reactions from the audience in near real time", []string{"engagement"}, nil},
		{"the World Cup opening ceremony is broadcast live to 90 million people in 30 countries", []string{"footballscores"}, nil},
		{"Design a replay service for a competitive shooter: 2 million ranked matches a day, 10 players each, a 15 MB replay per match kept 90 days, players browse their own matches and share highlight clips.",
			[]string{"search"}, nil},
		{"drivers browse their past trips and download a PDF receipt for each", []string{"search"}, nil},
		// Own senses still fire.
		{"users post photos and friends leave reactions and comments on each post", nil, []string{"engagement"}},
		{"a live scores app for the World Cup where fans see goals within 5 seconds", nil, []string{"footballscores"}},
		{"shoppers browse the catalogue and filter by size and colour", nil, []string{"search"}},
	}
	for _, tc := range tests {
		got, why := detect(tc.statement)
		for _, id := range tc.absent {
			if slices.Contains(got, id) {
				t.Errorf("%q detected %s (%s), want it absent", tc.statement, id, why[id])
			}
		}
		for _, id := range tc.present {
			if !slices.Contains(got, id) {
				t.Errorf("%q detected %v, want %s", tc.statement, got, id)
			}
		}
	}
}
