package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "(2 photos each, ~3 MB per photo)" after a count of items is so many to each of those items,
// the aside though it is: 6 MB a donated item, and none on the items sold at the tills.
func TestReadPhotosEachInAnAside(t *testing.T) {
	rd := workload.Read("volunteers photograph and tag about 30,000 donated items a week (2 photos each, ~3 MB per photo), and the stores' tills sell around 18,000 items a week.")
	if got := rd.Sizes["donated item"]; got != 6e6 {
		t.Errorf("sizes %v; want 6 MB per donated item (notes %q)", rd.Sizes, rd.Notes)
	}
	if got := rd.Sizes["item"]; got != 0 {
		t.Errorf("sizes %v; want no size on every item, the sold ones too", rd.Sizes)
	}
}

// A factor said as one word is the factor: "spiking roughly tenfold" is 10×.
func TestReadFoldWordIsAFactor(t *testing.T) {
	for s, want := range map[string]float64{
		"the public does about 3,000 searches a day, spiking roughly tenfold the week of Memorial Day": 10,
		"5,000 orders a day, a threefold peak at lunch":                                                3,
	} {
		if rd := workload.Read(s); rd.PeakFactor != want {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", s, rd.PeakFactor, want, rd.Notes)
		}
	}
}

// "burials in the last 25 years" says which records a rule covers, not how long data is kept;
// "we keep orders from the last 7 years" keeps them.
func TestReadRecentStretchIsNoRetention(t *testing.T) {
	rd := workload.Read("the public does about 3,000 searches a day. Next-of-kin contact details for burials in the last 25 years must never be shown publicly.")
	if rd.RetentionYears != 0 {
		t.Errorf("retention %v years; want none stated (notes %q)", rd.RetentionYears, rd.Notes)
	}
	for s, want := range map[string]float64{
		"we keep orders from the last 7 years; 5,000 orders a day":         7,
		"users can search the last 2 years of messages; 1M messages a day": 2,
	} {
		if rd := workload.Read(s); rd.RetentionYears != want {
			t.Errorf("%q: retention %v years; want %v", s, rd.RetentionYears, want)
		}
	}
}
