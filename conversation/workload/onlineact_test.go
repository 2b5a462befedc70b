package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Online" after an act says how the act is done, not that the people are on at once: "20K
// residents buy permits online" counted 20K residents online together, refreshing every 30 s.
func TestReadOnlineAsAWayOfActing(t *testing.T) {
	for _, tc := range []struct {
		statement  string
		concurrent float64
	}{
		{"A parking permit system: residents renew permits every year; 20K residents buy permits online.", 0},
		{"A council portal where 20,000 residents pay their tax online.", 0},
		// Near misses: the people are online, with or without words between.
		{"A chess site with 200K players online at peak.", 200000},
		{"A chess site with 200K players currently online.", 200000},
		{"A quiz app with 50,000 viewers watching live.", 50000},
	} {
		if got := workload.Read(tc.statement).Workload.Concurrent; got != tc.concurrent {
			t.Errorf("%q: concurrent %v, want %v", tc.statement, got, tc.concurrent)
		}
	}
}
