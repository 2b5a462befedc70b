package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
)

const greenhouses = "Design a system that collects temperature readings from 200,000 sensors in greenhouses every 30 seconds, stores them for 5 years, and shows dashboards and alerts to growers."

// A count over a period or a size after one is the capacity model's arithmetic (the flow's rate
// × the period, a month's stored bytes × the months, capped by the retention), not a passage that
// shares the question's words.
func TestVolumeQuestionsAreArithmetic(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	g := grounding(design(t, greenhouses))
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"roughly how many readings land each day, and how much disk after five years?", []string{"576M readings a day", "× 60 months", "311 TB"}},
		{"how much disk will three years of readings use?", []string{"× 36 months", "5.2 TB a month"}},
		{"how big will the readings store be in 2 years?", []string{"× 24 months"}},
		{"how much space after 8 years?", []string{"stops growing", "5-year retention", "311 TB"}},
		{"how many sensor readings per hour at the busiest time?", []string{"24M sensor readings an hour"}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, err := d.Answer(ctx, g, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(a, w) {
					t.Errorf("answer lacks %q:\n%s", w, a)
				}
			}
		})
	}
}
