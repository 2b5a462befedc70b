package offline

import (
	"slices"
	"testing"
)

// An open question does not ask how long something lasts when the statement says it about the
// same thing; one about something else stays, and a compound question keeps its other half.
func TestOpenQuestionsTheStatementAnswers(t *testing.T) {
	t.Parallel()
	qs := []string{
		"How long does an offered hold wait before it passes on, and is automatic checkout the default?",
		"How long are returned copies kept in quarantine?",
		"Which licence should a checkout take first?",
	}
	got := unansweredBy("An e-book library: loans last 14 days; when a copy is returned the next person on the hold list gets 3 days to borrow it before it passes on.", qs)
	want := []string{"Is automatic checkout the default?", "How long are returned copies kept in quarantine?", "Which licence should a checkout take first?"}
	if !slices.Equal(got, want) {
		t.Errorf("open questions %q, want %q", got, want)
	}
	// With no duration said of holds, the question stands whole.
	if got := unansweredBy("An e-book library: loans last 14 days.", qs[:1]); !slices.Equal(got, qs[:1]) {
		t.Errorf("open questions %q, want the hold question kept", got)
	}
}
