package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// lineWith returns the first line of text that contains marker, or "".
func lineWith(text, marker string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, marker) {
			return l
		}
	}
	return ""
}

// TestDowntimeBudgetWeighedInTheDesignsOwnWrites keeps a three-nines target from closing with a
// clause every small design shares ("its standby fails over in seconds, well inside that"): the
// budget is said in the design's own writes at its own rate, and claims no standby the
// requirements stage cannot yet know of.
func TestDowntimeBudgetWeighedInTheDesignsOwnWrites(t *testing.T) {
	for _, tc := range []struct{ problem, want string }{
		{"Design donation tracking for a church with 1,200 members giving weekly by card", "donations"},
		{"Design a sign-up sheet for a chess club's 40 members to book tournament slots", "bookings"},
		{"Design a booking system for a dentist practice with 6 dentists where 4,000 patients book appointments", "bookings"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Requirements], "downtime a year")
		if !strings.Contains(got, "would wait for retry") || !strings.Contains(got, tc.want) {
			t.Errorf("%q: availability line %q, want the budget in %s", tc.problem, got, tc.want)
		}
		if strings.Contains(got, "standby") {
			t.Errorf("%q: availability line %q claims a standby before components are chosen", tc.problem, got)
		}
	}
}

// TestObjectStorageSaysWhatItKeeps keeps the object store's failure line from being the
// provider's durability figure ("11 nines"), the same in every design with a blob: it names what
// the design keeps there and the parts its outage stops.
func TestObjectStorageSaysWhatItKeeps(t *testing.T) {
	for _, tc := range []struct{ problem, keeps, caller string }{
		{"Design a file sync service like Dropbox for 4 million users storing 20 GB each", "blocks", "Block service"},
		{"Design a system where 300 architects upload building plans as PDFs and clients comment on them", "plans", "service"},
		{"Design a web crawler that fetches 1 billion pages a month", "pages", "Fetcher"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Reliability], "**Object storage**")
		if strings.Contains(strings.ToLower(got), "nines") || !strings.Contains(got, tc.keeps) || !strings.Contains(got, tc.caller) {
			t.Errorf("%q: object storage line %q, want %q kept and %q named, no nines", tc.problem, got, tc.keeps, tc.caller)
		}
	}
}

// TestLogConsumersNamedByWhatTheyRead keeps "its consumers", the same words in every design
// with a log, out of the reliability section: a log no worker is linked to is named by what it
// carries.
func TestLogConsumersNamedByWhatTheyRead(t *testing.T) {
	for _, tc := range []struct{ problem, carries string }{
		{"Build a news feed for a social network with 80 million daily users who follow 300 accounts", "PostCreated"},
		{"Design a file sync service like Dropbox for 4 million users storing 20 GB each", "change events"},
		{"Design a chat app for 30 million daily users sending 40 messages each per day", "message events"},
	} {
		_, sec := renderAll(t, tc.problem)
		rel := sec[conversation.Reliability]
		got := lineWith(rel, "delivers at least once")
		if strings.Contains(rel, "its consumers") || !strings.Contains(got, tc.carries) {
			t.Errorf("%q: log line %q, want its consumers named by %q", tc.problem, got, tc.carries)
		}
	}
}

// TestOutsideProviderSaysWhatWaits keeps an outside provider's line about this design's work:
// each caller is named with what it sends there, so two designs with the same provider differ
// in what their outage holds up.
func TestOutsideProviderSaysWhatWaits(t *testing.T) {
	for _, tc := range []struct{ problem, provider, call string }{
		{"Design a booking system for a dentist practice with 6 dentists where 4,000 patients book appointments and get SMS reminders", "**Delivery providers**", "(SMS, email)"},
		{"Design a ride hailing service for 100,000 riders a day", "**Maps & routing provider**", "Pricing service (route distance)"},
		{"Design a ride hailing service for 100,000 riders a day", "**Payment processor (PSP)**", "(authorize/capture/refund)"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Reliability], tc.provider)
		if strings.Contains(got, "outside our control") || !strings.Contains(got, tc.call) {
			t.Errorf("%q: provider line %q, want it to name %q", tc.problem, got, tc.call)
		}
	}
}
