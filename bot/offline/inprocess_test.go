package offline

import (
	"strings"
	"testing"
)

// Flag evaluations run inside each service's SDK: a stated rate of them is no server load. As a
// stored write, "2 million evaluations per second" sized 30 million app servers, 777,600 database
// partitions and 4.7 EB kept; the servers' load is the instances re-fetching their rule sets.
func TestInProcessEvaluationsAreNoServerLoad(t *testing.T) {
	t.Parallel()
	p := *features["flags"].Load
	for _, tc := range []struct {
		statement string
		instances float64
	}{
		{"Design a feature-flag service for 600 microservices running 25,000 instances that evaluate flags on every request (about 2 million evaluations per second in total); flag changes must reach all instances within 5 seconds.", 25_000},
		{"Design a feature-flag service: 200 services with 8,000 pods check flags 500,000 times a second, and changes must propagate in under 10 seconds.", 8_000},
	} {
		w, _ := workloadFrom(tc.statement, p)
		for _, f := range w.Flows {
			if f.Source == "stated" {
				t.Errorf("%q: the stated evaluations are still a flow: %+v", tc.statement, f)
			}
		}
		fetch, ok := w.Flow(p.Read)
		if !ok || w.Rate(fetch) != tc.instances*p.PerThingPerDay/86400 {
			t.Errorf("%q: %s %+v at %v/s, want each of %v instances every 30 s (flows %+v)", tc.statement, p.Read, fetch, w.Rate(fetch), tc.instances, w.Flows)
		}
		if notes := strings.Join(w.Notes, "\n"); !strings.Contains(notes, "no request to the servers") {
			t.Errorf("%q: notes %q do not say the evaluations stay in-process", tc.statement, w.Notes)
		}
	}
}
