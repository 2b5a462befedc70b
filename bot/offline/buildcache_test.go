package offline

import "testing"

// TestBuildCacheDesigns designs a remote build cache as one: a content-addressed store and an
// action cache per region, CI writing and developers reading, digests checked on the way in and
// out, eviction by last access at the statement's own idle window and a lookup inside its own
// budget, its 15% of misses uploaded. Before, "remote build cache … CI runners" was a CI/CD build
// farm of webhooks, pipeline DAGs and fair-share runners, with the cache a side part evicted after
// 7 idle days though the statement said 14. A CI farm and a container registry keep their own
// designs, and a Bazel cache for counted engineers is sized by their lookups.
func TestBuildCacheDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "need a remote build cache for our monorepo. ~3,000 engineers, each kicks off about 12 builds a day, every build looks up ~4,000 artifacts averaging 200KB and we see ~85% hit rate. total cache is around 40TB, evict anything not used in 14 days. CI runners are in 2 regions and a cache miss shouldn't add more than 50ms per lookup.",
			mentions: []string{"remote build cache", "`/cas/{digest}`", "`/ac/{action_key}`", "findmissingblobs", "action result", "not used for 14 days expires",
				"idle for 14 days", "within 50 ms at p99", "each of the 2 regions", "poisoning", "only trusted ci", "checked against its digest", "read through",
				"| build artifact upload | write | 250/s |"},
			absent: []string{"webhook", "pipeline dag", "firecracker", "20 concurrent jobs", "tarball", "7 idle days", "7-day", "live log", "single region", "{bc_"},
		},
		{
			statement: "Design a Bazel remote cache for 800 engineers with an action cache and CAS over gRPC; CI writes, laptops only read",
			mentions:  []string{"remote build cache", "bytestream", "`/ac/{action_key}`", "not used for 30 days", "148/s cache lookup reads"},
			absent:    []string{"webhook", "firecracker", "runner fleet", "{bc_"},
		},
		{
			statement: "we want a shared build cache for Gradle and Turborepo so developers reuse CI's compiled outputs; about 20 TB, evicted after 21 days unused",
			mentions:  []string{"remote build cache", "not used for 21 days", "gradle"},
			absent:    []string{"webhook", "firecracker", "30 days", "{bc_"},
		},
		{
			statement: "run 20k pipelines a day on GitHub webhooks",
			mentions:  []string{"ci/cd build farm", "webhook"},
			absent:    []string{"remote build cache", "/cas/{digest}"},
		},
		{
			statement: "Design a container image registry for an internal platform team where 12,000 CI jobs per hour pull images averaging 600 MB",
			mentions:  []string{"container image registry"},
			absent:    []string{"remote build cache", "/ac/{action_key}"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
