package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A stated hit rate of a cache's lookups is load: the misses are built and uploaded, as many as
// the lookups times the share that miss, each the size of what was looked up. "~85% hit rate"
// was read and set aside, so a remote build cache's only write was the build itself.
func TestReadHitRateMakesMissesUploads(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		uploads   float64 // per second
	}{
		{"need a remote build cache for our monorepo. ~3,000 engineers, each kicks off about 12 builds a day, every build looks up ~4,000 artifacts averaging 200KB and we see ~85% hit rate. total cache is around 40TB, evict anything not used in 14 days. CI runners are in 2 regions and a cache miss shouldn't add more than 50ms per lookup.", 250},
		{"a shared build cache: 500 engineers run 20 builds a day each, every build looks up 2,000 artifacts, and the hit rate is about 90%", 500 * 20 * 2000 * 0.1 / 86400},
	} {
		rd := workload.Read(tc.statement)
		var up *conversation.Flow
		for i, f := range rd.Flows {
			if f.Kind == conversation.FlowWrite && f.Source == conversation.Derived {
				up = &rd.Flows[i]
			}
		}
		if up == nil {
			t.Errorf("%q: no upload flow in %+v (notes %q)", tc.statement, rd.Flows, rd.Notes)
			continue
		}
		if got := rd.Rate(*up); math.Abs(got-tc.uploads) > tc.uploads*0.01 {
			t.Errorf("%q: %s at %v/s, want %v/s", tc.statement, up.Name, got, tc.uploads)
		}
	}
	// A share that is not a hit rate stays a share, and a cache in front of a database fills its
	// misses from the database: neither uploads anything.
	for _, s := range []string{
		"a shop where 40% of visitors buy something, 2 million visits a day",
		"We need a distributed cache like Redis for session data with a 95% hit rate, 50k reads a second",
	} {
		for _, f := range workload.Read(s).Flows {
			if f.Source == conversation.Derived && f.Kind == conversation.FlowWrite {
				t.Errorf("%q: made a write flow %+v", s, f)
			}
		}
	}
}
