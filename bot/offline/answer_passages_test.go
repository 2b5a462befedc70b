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

// A passage is found by the words it says, not by letters inside other words: "try" is not in
// "retry" nor "session" the same as a sign-in's session, so a question about two groups booking
// one session is the race it asks about, not the API's paragraph on idempotency keys.
func TestPassagesMatchWordsNotLetters(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a booking system for a chain of 40 escape rooms: each room runs 8 sessions a day, groups of 2-6 book online, a session must never be double-booked, and game masters see the day's schedule."))
	a := mustAnswer(t, g, "what happens if two groups try to book the same session at the same moment?")
	if strings.HasPrefix(a, "**From API") || !strings.Contains(a, "409") {
		t.Errorf("answered from a passage that shares letters, not the race:\n%s", a)
	}
	// The session is the room's row for its slot: the claim takes it only while it is open,
	// keyed by both columns of the row's key.
	for _, want := range []string{"same session", "slot_start = $2", "status = 'open'"} {
		if !strings.Contains(a, want) {
			t.Errorf("race on a session: want %q in\n%s", want, a)
		}
	}
}

// Who does it is not what happens: a game master's cancelling is answered from what the design
// does with cancellations, not from the sign-in passage that names game masters and "already".
func TestWhatIfAnswersTheEventNotWhoDoesIt(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a booking system for a chain of 40 escape rooms: each room runs 8 sessions a day, groups of 2-6 book online, a session must never be double-booked, and game masters see the day's schedule."))
	a := mustAnswer(t, g, "what if a game master cancels a session that is already booked?")
	if strings.Contains(a, "User DB") || !strings.Contains(strings.ToLower(a), "cancel") {
		t.Errorf("answered from who does it, not what happens:\n%s", a)
	}
}
