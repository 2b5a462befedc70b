package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// Working with no signal is written for the design it is in: a flashcard app that reviews
// offline got "the bookings for its site, the relevant history of the people booked" and "Only
// when every check passes is the assignment committed", from a point-of-service check-in. A
// design with a check before its commit keeps that step.
func TestOfflineWorkSpeaksOfItsOwnDomain(t *testing.T) {
	t.Parallel()
	for _, problem := range []string{
		"Design a flashcard language-learning app with spaced repetition: 12 million daily users each review about 80 cards a day, and reviews must work offline on the phone and sync later.",
		"Design a field inspection app for bridge inspectors, who often have no signal under the decks.",
	} {
		text := strings.ToLower(eval.Text(design(t, problem)))
		for _, leak := range []string{"people booked", "bookings for its site", "assignment committed", "assignment is committed"} {
			if strings.Contains(text, leak) {
				t.Errorf("%q: the design says %q, from another domain", problem, leak)
			}
		}
		if !strings.Contains(text, "outbox") {
			t.Errorf("%q: no outbox for what is done offline", problem)
		}
	}
	text := strings.ToLower(eval.Text(design(t, "Design shift scheduling for harbour pilots: pilots must rest 10 hours between jobs.")))
	if !strings.Contains(text, "only when every check passes") {
		t.Errorf("a rest rule lost its check before the commit")
	}
}
