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

// The statement answers "how long" in words and from the other side of the act: members who
// "borrow tools for up to a week" have said how long a tool may be lent. A rate said in words
// ("4 doses a day") is how often, not how long, and answers nothing.
func TestOpenQuestionsAnsweredInWordsAndByTheOtherSide(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem string
		qs      []string
		want    []string
	}{
		{"A tool-lending library: 1,200 members borrow drills and saws for up to a week, and late returns block further borrowing.",
			[]string{"How long may a tool be lent, and may a loan be extended when no one is waiting?", "How long is the loan history kept?"},
			[]string{"May a loan be extended when no one is waiting?", "How long is the loan history kept?"}},
		{"A camera shop where customers hire cameras and lenses for up to two weeks.",
			[]string{"How long may a camera be rented?"}, []string{}},
		{"Patients take their doses 4 times a day and take a dose a day of vitamins.",
			[]string{"How long are missed doses kept?"}, []string{"How long are missed doses kept?"}},
	} {
		if got := unansweredBy(tc.problem, tc.qs); !slices.Equal(got, tc.want) {
			t.Errorf("%q: open questions %q, want %q", tc.problem, got, tc.want)
		}
	}
}
