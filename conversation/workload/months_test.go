package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A daily rate said for months of the year ("2,000 samples a day from March to May") runs those
// months, and a second rate "the rest of the year" the others: the year holds both, about
// 264,000 samples, not 2,000 a day all year; the second count is the same samples, not requests.
func TestRatesForMonthsOfTheYear(t *testing.T) {
	t.Parallel()
	rd := workload.Read("2,000 samples a day from March to May and about 300 a day the rest of the year.")
	if len(rd.Flows) != 2 {
		t.Fatalf("flows %+v; want the season's and the rest's", rd.Flows)
	}
	year := 0.0
	for _, f := range rd.Flows {
		if f.Recurs != 365*86400 || f.Kind != rd.Flows[0].Kind {
			t.Errorf("flow %+v; want once a year, a write like the season's", f)
		}
		year += f.Count
	}
	if math.Abs(year-(2000*365/4.0+300*365*3/4.0)) > 1 {
		t.Errorf("flows %+v hold %v a year; want 264,625", rd.Flows, year)
	}
}
