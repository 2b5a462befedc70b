package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "80,000 dog and cat owners" counts owners: the two joined words qualify the noun after them,
// which is what the count is of.
func TestReadCountOfCoordinatedQualifiers(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		statement, want, not string
	}{
		{"Design a pet health records app for 80,000 dog and cat owners who log about 2 entries a week", "owner", "dog"},
		{"Design a ride app for 5,000 bike or scooter riders who each take 2 trips a day", "rider", "bike"},
		{"Design a garden club app: 12,000 vegetable and flower growers each post 3 updates a week", "grower", "vegetable"},
	} {
		rd := workload.Read(c.statement)
		var nouns []string
		for _, p := range slices.Concat(rd.People, rd.Things, rd.Counted) {
			nouns = append(nouns, p.Noun)
		}
		got := strings.Join(slices.Concat(nouns, rd.Notes), " | ")
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%q: populations %q, want %s counted, not %s (notes %q)", c.statement, got, c.want, c.not, rd.Notes)
		}
	}
}
