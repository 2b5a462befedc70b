package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Occasions said with their cadence ("sales run twice a month") are how often a rush said of
// each of them comes: the 25,000 lots and the 1,500 bidders of each sale's closing hour come
// every 15 days, not every day, and not spread through the day; the cadence is no flow itself.
func TestRushOfEachOccasionRecursAtItsCadence(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"An online wine auction: 25,000 lots close in the last hour of each sale and 1,500 bidders bid in the closing hour of each sale; sales run twice a month",
		"An online wine auction: 25,000 lots close in the last hour of each sale and 1,500 bidders bid in that closing hour; sales run twice a month",
	} {
		rushesRecur(t, statement)
	}
}

func rushesRecur(t *testing.T, statement string) {
	t.Helper()
	rd := workload.Read(statement)
	want := map[string]float64{"lot close": 25000, "bid": 1500}
	for _, f := range rd.Flows {
		n, ok := want[f.Name]
		if !ok {
			t.Errorf("flow %+v; want only %v", f, want)
			continue
		}
		if f.Count != n || f.PerSeconds != 3600 || !f.Burst || f.Recurs != 15*86400 {
			t.Errorf("flow %+v; want %v within the hour, recurring every 15 days", f, n)
		}
		delete(want, f.Name)
	}
	if len(want) > 0 {
		t.Errorf("%q: flows %+v; missing %v", statement, rd.Flows, want)
	}
}
