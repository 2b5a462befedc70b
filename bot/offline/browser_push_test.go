package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestBrowserOnlyDesignsPushToBrowsers keeps APNs and FCM out of designs that ship no phone app:
// a desk tool's notifications go through the browsers' push services, and its trade-offs say so.
func TestBrowserOnlyDesignsPushToBrowsers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem string
		web     bool
	}{
		{"Claims handlers at their desks in the insurer's back office work through a queue of motor claims and are notified when a claim they hold gets new documents; 300 handlers.", true},
		{"A website where choir members see the rota and get notified when a rehearsal moves; it runs in the browser only, no app.", true},
		{"Dispatchers at the county control room are notified when an ambulance goes off route; they work on desktop PCs.", true},
		{"Parents get a push notification on their phone when the school bus is 5 minutes away.", false},
		{"Residents get notified in the mobile app when their bin collection day changes.", false},
	} {
		g, sec := renderAll(t, tc.problem)
		tech := ""
		for _, c := range g.Components {
			if c.Kind == "external" && strings.Contains(c.Name, "Push") {
				tech = c.Technology
			}
		}
		all := sec[conversation.Tradeoffs] + sec[conversation.DataFlow]
		if tc.web && (strings.Contains(tech+all, "APNs") || !strings.Contains(tech, "Web Push")) {
			t.Errorf("%q: push %q, or APNs still in trade-offs or flows", tc.problem, tech)
		}
		if !tc.web && !strings.Contains(tech, "APNs") {
			t.Errorf("%q: push %q, want APNs for the phone app", tc.problem, tech)
		}
	}
}
