package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// An event that must page a person within minutes gets a page that stays open until they
// acknowledge it and escalates at its deadline: a lab's critical values, a failed backup, a fall
// alarm. The generic answer for sensor readings is not its deep dive, and the page is not a
// best-effort push. A site's pages and a document's pages page no one.
func TestPagingUntilAcknowledged(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Design a lab results delivery system for a regional diagnostics chain: 180 labs produce 650,000 results per day, 5% are critical values that must page the ordering physician within 3 minutes, PDFs average 220 KB, and results are kept 25 years.",
		"Our backup service runs 40,000 nightly jobs; when one fails we must page the engineer on call and escalate to their lead if nobody acknowledges it in 15 minutes.",
	} {
		_, sec := renderAll(t, statement)
		checkSays(t, statement, sec[conversation.Architecture], []string{"Paging service", "Page escalation timers"}, nil)
		checkSays(t, statement, sec[conversation.DataModel], []string{"| Page |", "escalate_at"}, nil)
		checkSays(t, statement, sec[conversation.API], []string{"/acknowledgement"}, nil)
		checkSays(t, statement, sec[conversation.DeepDive], []string{"A page that cannot be lost or sent twice"}, []string{"evaluated where the readings arrive"})
		checkSays(t, statement, sec[conversation.Reliability], nil, []string{"best-effort"})
	}
	for _, statement := range []string{
		"Design a landing page builder for small shops with 2M page views a day",
		"Volunteers scan 300 pages of parish registers a day and transcribe them",
	} {
		_, sec := renderAll(t, statement)
		if all := strings.Join([]string{sec[conversation.Architecture], sec[conversation.DeepDive]}, "\n"); strings.Contains(all, "Paging service") {
			t.Errorf("%q: pages someone:\n%s", statement, sec[conversation.Architecture])
		}
	}
}
