package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A roll-up counts what people do: a shortener's clicks are its redirects and a QR service's
// its scans, not the links or codes created, so the deep dive quotes the busiest counted flow.
func TestRollUpCountsTheBusiestStatedFlow(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"A link shortener: 10M links created a month, redirects peak at 30K/s, and marketers see click analytics per link.", "Rolling up 30K events/s"},
		{"Branded short links: 5K new links a day; redirects reach 12,000 per second at peak; per-link click analytics.", "Rolling up 12K events/s"},
		{"QR code service: 100K codes generated a day; scans peak at 5,000 per second; we need scan analytics by city.", "Rolling up 5,000 events/s"},
	} {
		_, sec := renderAll(t, tc.statement)
		if s := sec[conversation.DeepDive]; !strings.Contains(s, tc.want) {
			t.Errorf("%q: want %q in the deep dives:\n%s", tc.statement, tc.want, s)
		}
	}
}
