package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Pages cached at the CDN for seconds and purged on change are not immutable content: the CDN
// line of a Q&A site or a news aggregator does not say "purges are rare"; a photo app's, whose
// media are immutable, still does.
func TestCDNLineFollowsWhatIsCachedThere(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		immutable bool
	}{
		{"Design Stack Overflow", false},
		{"Design Google News", false},
		{"Design Reddit", false},
		{"Design an Instagram-like photo sharing app for 50M DAU", true},
	}
	for _, tc := range tests {
		_, sec := renderAll(t, tc.statement)
		s := sec[conversation.Scalability]
		if !strings.Contains(s, "### CDN") {
			t.Fatalf("%q: no CDN section:\n%s", tc.statement, s)
		}
		if got := strings.Contains(s, "purges are rare"); got != tc.immutable {
			t.Errorf("%q: says purges are rare = %v, want %v:\n%s", tc.statement, got, tc.immutable, s)
		}
	}
}
