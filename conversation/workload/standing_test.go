package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said to hold "at any time" is what stands, kept, not a rate shared with the count after
// it; "new ones" are more of the thing counted before them; a state said after a plural noun
// ("listings live", "tickets open") is no part of the noun.
func TestReadStandingCountAndOnes(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
		noun      string
		kept      float64
	}{
		{"Design a marketplace for used bikes in one country: people post bikes for sale with photos, buyers message sellers, about 80k listings live at any time and 3k new ones a day.", 3000, "listing", 80e3},
		{"about 80k listings at any time and 3k new listings a day", 3000, "listing", 80e3},
		{"a help desk with 200k tickets open at any one time and 5k new ones a day", 5000, "ticket", 200e3},
		{"a noticeboard with 40,000 adverts live at any moment and 1,500 new ones a day", 1500, "advert", 40e3},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Count != tc.rate || rd.Flows[0].PerSeconds != 86400 || rd.Flows[0].Name != tc.noun || !hasKept(rd, tc.kept, tc.noun) {
			t.Errorf("%q: flows %+v kept %+v; want one flow %q of %v a day and %v kept (notes %q)", tc.statement, rd.Flows, rd.Kept, tc.noun, tc.rate, tc.kept, rd.Notes)
		}
	}
	// Without "at any time" the period said once still covers both counts.
	rd := workload.Read("100M new links a month and 10B redirects")
	if len(rd.Flows) != 2 {
		t.Errorf("links and redirects: flows %+v, want two (notes %q)", rd.Flows, rd.Notes)
	}
}
