package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Members counted per one of a group ("400 collars per barn" after "12 barns") are multiplied by
// the group once: a rate said of each member afterwards ("each collar reports every minute") is
// that member's, not a count per group to multiply again.
func TestReadGroupMultipliesOnce(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perSecond float64
	}{
		{"12 barns, 400 collars per barn, each collar reports every minute", 4800.0 / 60},
		{"A vineyard network: 30 vineyards, 250 soil probes per vineyard, each probe sends a reading every 5 minutes", 7500.0 / 300},
		{"9 warehouses, 600 shelf sensors per warehouse; every sensor reports every 30 seconds", 5400.0 / 30},
		{"Design cold-chain tracking: 40 depots with 150 fridge loggers per depot, and each logger reports every 2 minutes", 6000.0 / 120},
	} {
		rd := workload.Read(tc.statement)
		var got float64
		for _, f := range rd.Flows {
			got += rd.Rate(f)
		}
		if got < tc.perSecond*0.99 || got > tc.perSecond*1.01 {
			t.Errorf("%q: %v/s in flows %+v, want %v/s (notes %q)", tc.statement, got, rd.Flows, tc.perSecond, rd.Notes)
		}
	}
}
