package conversation_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A recurrence of days reads in days, whole or not: a storm day about every 18 days, a census
// every 10 years; hours only for less than two days.
func TestPeriodReadsInDaysAndYears(t *testing.T) {
	t.Parallel()
	for sec, want := range map[float64]string{
		86400 * 365 / 20.0: "every 18 days",
		10 * 365 * 86400:   "every 10 years",
		3 * 86400:          "every 3 days",
		36 * 3600:          "every 36 h",
		86400:              "a day",
	} {
		if got := conversation.Period(sec); got != want {
			t.Errorf("Period(%v) = %q, want %q", sec, got, want)
		}
	}
}
