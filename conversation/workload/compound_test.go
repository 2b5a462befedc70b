package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A group named by a compound ("6 glasshouses") is named again by its last word ("per house"):
// the members counted per house are for every glasshouse.
func TestReadMembersPerCompoundGroup(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      float64
	}{
		{"greenhouse climate control for a tomato grower: 6 glasshouses, ~2,500 sensors per house reporting every 30s", 500},
		{"a grower with 10 greenhouses, about 600 sensors per house, each reporting every minute", 100},
		{"a logistics firm: 8 warehouses, roughly 1,200 tags per house sending a read every 20 seconds", 480},
	} {
		checkTotalRate(t, tc.statement, tc.want)
	}
}

// checkTotalRate checks that a statement's flows add up to want a second, within 1%.
func checkTotalRate(t *testing.T, statement string, want float64) {
	t.Helper()
	rd := workload.Read(statement)
	got := 0.0
	for _, f := range rd.Flows {
		got += rd.Rate(f)
	}
	if got < want*0.99 || got > want*1.01 {
		t.Errorf("%q: %.1f/s from %+v; want %.0f/s", statement, got, rd.Flows, want)
	}
}
