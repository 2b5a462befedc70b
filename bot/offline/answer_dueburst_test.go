package offline_test

import (
	"strings"
	"testing"
)

// A thundering herd of due reminders is answered from the design's scheduler (jitter within the
// window, bucketed due times, throttled sends), not as time zones because it says "local time",
// nor as a cache stampede because it says "thundering herd".
func TestDueBurstAnswersTheScheduler(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a plant care reminder app for 1 million users who photograph their plants and get watering reminders at 8am local time"))
	for _, q := range []string{
		"How do you avoid a thundering herd at 8am local time when most watering reminders come due at once?",
		"What happens when everyone's reminders fire at the same minute at 7am?",
		"how does the scheduler cope with the burst of due reminders at the top of the hour?",
	} {
		a := mustAnswer(t, g, q)
		for _, want := range []string{"Reminder workers", "next_due_at", "Jitter within the allowed window", "Bucketing due times", "Throttled sends", "Push providers"} {
			if !strings.Contains(a, want) {
				t.Errorf("%q: answer does not say %q:\n%s", q, want, a)
			}
		}
		for _, not := range []string{"**Time zones.**", "**Cache stampedes.**"} {
			if strings.Contains(a, not) {
				t.Errorf("%q: answered as %s:\n%s", q, not, a)
			}
		}
	}
}
