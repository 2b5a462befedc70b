package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// "5k recipes per day with 3 photos each at 1.5MB": the size is one photo's and a recipe holds
// three, 4.5 MB a recipe, whatever rate word ("per day", "daily", "each day,") stands between
// the recipes and their photos, and whatever else the sentence counts after them.
func TestReadPhotosEachBelongToTheItemBeforeTheRate(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Users post 5k recipes each day, with 3 photos each at 1.5MB.",
		"We get 5k new recipes daily with 3 photos each, 1.5MB per photo.",
		"Users post 5k recipes per day with 3 photos each at 1.5MB, plus 2M recipe views a day.",
		"A recipe site gets about 5k new recipes per day with 3 photos each at 1.5MB.",
	} {
		rd := workload.Read(statement)
		if got := rd.Sizes["recipe"]; got != 4.5e6 {
			t.Errorf("%q: sizes %v, want 4.5 MB a recipe (notes %q)", statement, rd.Sizes, rd.Notes)
		}
		for _, f := range rd.Flows {
			if f.Name == "recipe" && f.Kind != conversation.FlowWrite {
				t.Errorf("%q: %+v; new recipes the site gets are written, not read", statement, f)
			}
		}
	}
}
