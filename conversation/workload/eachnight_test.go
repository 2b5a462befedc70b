package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Each night" is a period like "each day": the count after it is the night's total, not the
// count of each thing named later in the sentence.
func TestReadEachNightIsAPeriod(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count     float64
	}{
		{"each night about 4 million postings from our ledger are matched against files from 12 banks", 4e6},
		{"every night some 700,000 card settlements are matched against the reports of 9 acquirers", 700e3},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Fatalf("%q: flows %+v, want one (notes %q)", tc.statement, rd.Flows, rd.Notes)
		}
		if f := rd.Flows[0]; f.Count != tc.count || f.Each || f.PerSeconds != 86400 {
			t.Errorf("%q: %v per %v s, each=%v (%v %s), want %v a day in all", tc.statement, f.Count, f.PerSeconds, f.Each, f.Actors, f.ActorNoun, tc.count)
		}
	}
}
