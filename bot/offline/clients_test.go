package offline_test

import (
	"strings"
	"testing"
)

// TestClientsFollowWhoUsesIt: the apps in the component table are what the statement's people
// use, not phone apps for every design.
func TestClientsFollowWhoUsesIt(t *testing.T) {
	t.Parallel()
	tests := []struct{ problem, tech string }{
		{"Design a public API that serves bus arrival times for any stop in the city, 5,000 requests per second", "developers' servers"},
		{"Design a B2B invoicing platform where suppliers send invoices and buyers approve them; 10,000 companies", "each company's users sign in"},
		{"Design an internal tool where our staff track equipment loans", "web app in the browser"},
		// Staff who pick what customers order online serve the public: the customers have apps.
		{"Design a click-and-collect service for a supermarket: customers order online and store staff pick the orders", "iOS, Android"},
		{"Design a photo sharing app like Instagram", "iOS, Android"},
		{"Design a mobile app for hikers that shows trail conditions from a public API", "iOS, Android"},
		// Who calls an API product is other companies' servers, however the API is named; who
		// calls an internal limiter is our own services.
		{"Design a distributed rate limiter for a public payments API: 2,000 merchant accounts each allowed 500 requests per second", "OAuth client credentials"},
		{"Design a geocoding API for 5,000 developer accounts with 200 million lookups a day", "developers' servers"},
		{"Design a webhook delivery service for 800 merchants: 50 million events a day reach each merchant's endpoint at least once", "API keys"},
		{"Design a throttling layer in front of our internal microservices: 300 services, each with its own request quota", "mTLS service identity"},
		{"Design a food delivery app where customers order from restaurants and couriers deliver", "iOS, Android"},
		// Staff at wards, benches and dispatch desks work in the organisation's web app.
		{"A county hospital group wants to manage its antivenom and rabies vaccine stock across 9 emergency departments: vials expire after 18 months and about 300 vials a month are used", "web app in the browser"},
		{"Lab technicians at 14 regional labs log every reagent kit they open and the assay runs it was used in, about 2,000 runs a day", "web app in the browser"},
		{"Our 25 dispatchers assign snowploughs to routes during storms; each plough reports its position every 20 seconds", "web app in the browser"},
		// Patients with a phone app still get one.
		{"A hospital's outpatient app where patients check in on their phone and see the queue", "iOS, Android"},
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
