package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// allText is everything a design says: its requirements and every section.
func allText(d *conversation.Design) string {
	var b strings.Builder
	b.WriteString(strings.Join(d.Requirements.NonFunctional, "\n") + "\n" + strings.Join(d.Requirements.UseCases, "\n") + "\n")
	b.WriteString(strings.Join(d.Capacity.Steps, "\n") + "\n")
	for _, s := range d.Sections {
		b.WriteString(s.Markdown + "\n")
	}
	return b.String()
}

// Stated retention tiers size storage per tier and replace the monitoring pattern's tiers; a
// stated alarm deadline and recipient replace its "within a minute" and its channels.
func TestStatedTiersAndAlarmReplaceThePatterns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement         string
		raw, rollup, to   string
		keptBelow, keptAt float64
	}{
		{"Design turbine telemetry for a wind energy operator: 2,400 turbines each send 300 sensor values once a second, keep raw data 90 days and 10-minute averages for 20 years, alarms must reach the control room within 5 seconds, and engineers run ad-hoc queries over years of history.",
			"for 90 days as stated", "10-minute rollups kept for 20 years", "the control room", 400e12, 250e12},
		{"Design monitoring for a solar farm operator: 12,000 inverters each send 40 readings every 10 seconds; keep raw points for 30 days and hourly rollups for 10 years; alerts must reach the on-call engineer within 30 seconds.",
			"for 30 days as stated", "1-hour rollups kept for 10 years", "the on-call engineer", 20e12, 5e12},
	} {
		d := design(t, tc.statement)
		text := allText(d)
		for _, want := range []string{tc.raw, tc.rollup, "Alert latency: an alarm reaches " + tc.to, "notification goes to " + tc.to, "Storage kept, per stated tier"} {
			if !strings.Contains(text, want) {
				t.Errorf("%q: the design does not say %q", tc.statement, want)
			}
		}
		for _, gone := range []string{"couple of days", "1-minute and 1-hour rollups", "a rule fires within a minute", "raw ≤ 2 days", "Time limit: within"} {
			if strings.Contains(text, gone) {
				t.Errorf("%q: the design still says the pattern's %q", tc.statement, gone)
			}
		}
		if k := d.Capacity.StorageBytesKept; k > tc.keptBelow || k < tc.keptAt {
			t.Errorf("%q: %s kept; want it sized per tier, between %s and %s", tc.statement, conversation.Bytes(k), conversation.Bytes(tc.keptAt), conversation.Bytes(tc.keptBelow))
		}
	}
}

// A stated publish time replaces the rota pattern's, and the rush after it is the burst: the
// sign-ups that fill the shifts, not the shifts created.
func TestStatedPublishRushSizesSignUps(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, at string
		peakWrites    float64
	}{
		{"Design volunteer shift scheduling for a food-bank charity: 12,000 registered volunteers, around 900 shifts each week across 40 sites, SMS reminders 24 hours before each shift, and popular shifts fill within minutes when the week's schedule is published Monday at 9am.", "on Monday at 9am", 3},
		{"Build shift scheduling for a hospital's bank nurses: 3,000 nurses, about 600 shifts a week across 5 hospitals; extra shifts are released every Friday at 10am and fill within 15 minutes.", "on Friday at 10am", 1.5},
	} {
		d := design(t, tc.statement)
		text := allText(d)
		if !strings.Contains(text, "publish the next batch of shifts "+tc.at) || strings.Contains(text, "18:00") || strings.Contains(text, "finish line") {
			t.Errorf("%q: want the shifts published %s, not at the pattern's 18:00 (use cases %q)", tc.statement, tc.at, d.Requirements.UseCases)
		}
		if d.Capacity.PeakWriteQPS < tc.peakWrites {
			t.Errorf("%q: %v writes/s at peak; want the sign-up rush, at least %v/s", tc.statement, d.Capacity.PeakWriteQPS, tc.peakWrites)
		}
	}
	// With no publish time stated, the pattern's stands.
	d := design(t, "Design shift scheduling for a chain of 30 cafés: 900 staff and about 2,000 shifts a week.")
	if !strings.Contains(strings.Join(d.Requirements.UseCases, "\n"), "at 18:00") {
		t.Errorf("no publish time stated: use cases %q; want the pattern's 18:00", d.Requirements.UseCases)
	}
}
