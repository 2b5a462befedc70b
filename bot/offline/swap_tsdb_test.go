package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// Time-series stores a user may name (TimescaleDB, InfluxDB, VictoriaMetrics) are in the
// technology knowledge, so a swap to one lands on the design's time-series store however it is
// called ("the time-series store", "the readings", "the time-series data"), and the reply says
// what the move costs.
func TestSwapToATimeSeriesStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	g := grounding(design(t, greenhouses))
	for _, tc := range []struct{ text, tech string }{
		{"replace the time-series store with TimescaleDB", "TimescaleDB"},
		{"could you put the readings in Influx instead?", "InfluxDB"},
		{"let's move the time-series data onto Timescale", "TimescaleDB"},
		{"swap the time-series database for InfluxDB", "InfluxDB"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			in, err := d.Interpret(ctx, g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Unsupported != "" {
				t.Fatalf("intent=%s unsupported=%q", in.Intent, in.Unsupported)
			}
			if !strings.Contains(in.Decision, tc.tech) || !strings.Contains(in.Decision, "for Time-series DB") {
				t.Errorf("decision %q, want %s for Time-series DB", in.Decision, tc.tech)
			}
			if !strings.Contains(in.Reply, "What the move costs") {
				t.Errorf("reply does not say what the move costs:\n%s", in.Reply)
			}
		})
	}
}
