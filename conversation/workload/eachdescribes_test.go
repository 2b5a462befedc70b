package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "…, each event about 400 bytes" says what each event is, not that each of the sites counted
// before sends the 1.2 billion: the count is everyone's, 463 a second.
func TestReadEachItemSizeIsNoRatePerActor(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		perSec    float64
	}{
		{"60,000 customer sites send 1.2 billion pageview events per month, each event about 400 bytes.", 1.2e9 / month},
		{"60,000 customer sites send 1.2 billion pageview events per month, each about 400 bytes.", 1.2e9 / month},
		{"60,000 customer sites send 1.2 billion pageview events per month, each one is 400 bytes.", 1.2e9 / month},
		// "each" after the rate with no size still says each site's.
		{"60,000 customer sites send 20,000 pageview events per month each.", 20000 * 60000 / month},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want one", tc.statement, rd.Flows)
			continue
		}
		if got := rd.Rate(rd.Flows[0]); math.Abs(got-tc.perSec)/tc.perSec > 0.01 {
			t.Errorf("%q: %v/s; want %v (flow %+v)", tc.statement, got, tc.perSec, rd.Flows[0])
		}
	}
}
