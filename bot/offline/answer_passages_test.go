package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

func mustAnswer(t *testing.T, g bot.Grounding, q string) string {
	t.Helper()
	a, err := offline.New().Answer(context.Background(), g, q)
	if err != nil {
		t.Fatalf("answer %q: %v", q, err)
	}
	return a
}

// The quoted statement shares every word of a question about the product and answers none.
func TestAnswerNeverQuotesTheStatement(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a platform for allotment gardeners: 90,000 soil probes report moisture every 10 minutes, and gardeners get an alert when a bed is too dry"))
	for _, q := range []string{
		"how do the soil probes report moisture and when do gardeners get the alert that a bed is too dry?",
		"what does the platform for allotment gardeners do when 90,000 probes report at once?",
	} {
		if a := mustAnswer(t, g, q); strings.Contains(a, "> Design") {
			t.Errorf("%q: answered with the statement:\n%s", q, a)
		}
	}
}
