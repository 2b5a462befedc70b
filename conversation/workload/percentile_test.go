package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// The percentile a latency target is stated at stays with it: "under 800 ms at p95" is a p95
// target, "p99 latency under 200 ms" a p99 one, "the 95th percentile under 1 s" a p95 one; a
// target said without one has none.
func TestReadLatencyPercentile(t *testing.T) {
	for _, tc := range []struct {
		statement string
		sec       float64
		at        string
	}{
		{"An analytics product for 2,000 companies; dashboard queries must return in under 800 ms at p95", 0.8, "p95"},
		{"A payments API handling 3,000 requests per second with p99 latency under 200 ms", 0.2, "p99"},
		{"A search box for 50,000 shoppers; results must come back within 300 ms at the 95th percentile", 0.3, "p95"},
		{"A search box for 50,000 shoppers; results must come back within 300 ms", 0.3, ""},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Latencies) != 1 || rd.Latencies[0] != tc.sec || rd.Percentiles[tc.sec] != tc.at {
			t.Errorf("%q: latencies %v at %q, want %v at %q", tc.statement, rd.Latencies, rd.Percentiles[tc.sec], tc.sec, tc.at)
		}
	}
}
