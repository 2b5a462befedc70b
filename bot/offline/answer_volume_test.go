package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
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

// Blobs are stored once: the size after a period replicates only the records, its "one copy"
// divides only them, and photos are not said to shrink under compression. A design without
// blobs reads as before.
func TestVolumeCountsBlobsOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	photos := grounding(design(t, "Design a photo sharing app where 200,000 users each upload 3 photos a day averaging 2 MB, and friends comment on them"))
	sensors := grounding(design(t, greenhouses))
	for _, tc := range []struct {
		g         bot.Grounding
		q         string
		want, not []string
	}{
		{photos, "how big does the photo store get after 5 years?", []string{"≈ 2.2 PB", "2.2 PB as one copy", "already compressed"}, []string{"721 TB", "(replicated ×3)", "compression makes it smaller"}},
		{photos, "how much disk will three years of photos use?", []string{"× 36 months", "records replicated ×3, blobs stored once"}, []string{"(replicated ×3)"}},
		{sensors, "how much disk after five years?", []string{"(replicated ×3)", "311 TB", "compression makes it smaller"}, nil},
	} {
		a, err := d.Answer(ctx, tc.g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: answer lacks %q:\n%s", tc.q, w, a)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(a, w) {
				t.Errorf("%q: answer says %q:\n%s", tc.q, w, a)
			}
		}
	}
}
