package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestTitle names systems from the statement's own words, chat-style asks included, never
// "System design" when the statement names or keeps something.
func TestTitle(t *testing.T) {
	tests := []struct{ statement, want string }{
		{"Design a URL shortener handling 100M links a month", "URL shortener"},
		{"hey can u sketch something for our internal wiki? we're like 300 ppl, want search + page history", "Internal wiki"},
		{"we need a code review thing like gerrit but for our monorepo, ~2k engineers. thoughts?", "Code review tool"},
		{"could you sketch a volunteer shift app for our food bank?", "Volunteer shift app"},
		{"Design a bed-management system for 40 hospitals", "Bed-management system"},
	}
	for _, tc := range tests {
		ids, _ := detect(tc.statement)
		fs := featuresOf(conversation.RequirementSet{Features: ids})
		if got := title(tc.statement, primary(fs)); got != tc.want {
			t.Errorf("title(%q) = %q, want %q", tc.statement, got, tc.want)
		}
	}
}

// A noun phrase takes the article its sound asks for: "uni-" is said "you".
func TestArticle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"university course registration system", "a university course registration system"},
		{"unique id service", "a unique id service"},
		{"unread-message counter", "an unread-message counter"},
		{"online exam platform", "an online exam platform"},
		{"messaging app", "a messaging app"},
	}
	for _, tc := range tests {
		if got := article(tc.in); got != tc.want {
			t.Errorf("article(%q)=%q, want %q", tc.in, got, tc.want)
		}
	}
}
