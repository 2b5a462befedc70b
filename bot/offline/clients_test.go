package offline_test

import (
	"strings"
	"testing"
)

// TestClientsFollowWhoUsesIt: the apps in the component table are what the statement's people
// use, not phone apps for every design.
func TestClientsFollowWhoUsesIt(t *testing.T) {
	tests := []struct{ problem, tech string }{
		{"Design a public API that serves bus arrival times for any stop in the city, 5,000 requests per second", "developers' servers"},
		{"Design a B2B invoicing platform where suppliers send invoices and buyers approve them; 10,000 companies", "each company's users sign in"},
		{"Design an internal tool where our staff track equipment loans", "web app in the browser"},
		// Staff who pick what customers order online serve the public: the customers have apps.
		{"Design a click-and-collect service for a supermarket: customers order online and store staff pick the orders", "iOS, Android"},
		{"Design a photo sharing app like Instagram", "iOS, Android"},
		{"Design a mobile app for hikers that shows trail conditions from a public API", "iOS, Android"},
	}
	for _, tt := range tests {
		d := design(t, tt.problem)
		found := false
		for _, c := range d.Components {
			if c.Kind == "client" && strings.Contains(c.Technology, tt.tech) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no client of %q in %+v", tt.problem, tt.tech, d.Components)
		}
	}
}
