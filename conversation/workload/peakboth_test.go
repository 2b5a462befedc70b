package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Peak" closing a pair of rates joined by "and" is said of both: neither is an average.
func TestReadPeakClosingTwoRatesIsBoths(t *testing.T) {
	for _, statement := range []string{
		"a distributed key-value store: 1M reads/s and 200k writes/s peak, p99 read under 10ms",
		"a feature store serving 300k lookups/s and 20k updates/s peak",
		"a session cache with 50k gets per second and 5k sets per second peak, survive a node loss",
	} {
		rd := workload.Read(statement)
		if len(rd.Flows) != 2 {
			t.Errorf("%q: flows %+v; want two", statement, rd.Flows)
			continue
		}
		for _, f := range rd.Flows {
			if !f.Peak {
				t.Errorf("%q: %s is no peak", statement, f.Name)
			}
		}
	}
	// A peak said after its own rate only is that rate's.
	rd := workload.Read("an API with 40k reads/s on average, and 5k writes/s at peak")
	if f, ok := rd.Flow("read"); !ok || f.Peak {
		t.Errorf("average reads: %+v; want no peak", rd.Flows)
	}
}
