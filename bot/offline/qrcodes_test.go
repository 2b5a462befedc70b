package offline_test

import (
	"slices"
	"strings"
	"testing"
)

// A dynamic QR code is a short link printed in ink: the statement's scans are redirects to a
// page, not parcels at hubs, and the design must say how a printed code is repointed.
func TestDynamicQRCodesAreARedirectResolver(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"We print a QR code on 200 million product packages a year; each code must resolve to a landing page for its production batch that marketing can repoint at any time, and scans spike to 15,000 per second during TV ads. Design the resolver.",
		"Restaurants put a QR code on every table that opens their menu page; owners can change the page the code points to whenever they update the menu. 50,000 restaurants, lunch peaks of 3,000 scans a second.",
		"Dynamic QR codes for poster campaigns: each poster's code redirects to a campaign landing page the agency can change after printing, with scan counts per poster.",
		"A QR code printed on each concert ticket links to the event's info page; organisers can repoint it to a new page if the venue changes.",
		"Every bottle of our wine carries a QR code that links to a page about its vintage; the winery wants to change the target link without reprinting labels.",
	} {
		features, _, _ := requirementsOf(t, s)
		if !slices.Contains(features, "shortener") {
			t.Errorf("%q: features %v, want shortener", s, features)
		}
		if slices.Contains(features, "parcels") {
			t.Errorf("%q: features %v, want no parcel tracking", s, features)
		}
		// "change the page the code points to" is a menu's page, nobody paged.
		if slices.Contains(features, "paging") {
			t.Errorf("%q: features %v, want no paging", s, features)
		}
		text := allText(design(t, s))
		for _, want := range []string{"Repoint a batch", "302, never 301", "minted in print runs", "within the edge cache TTL", "QR code resolver", "batch → target URL", "| Batch |"} {
			if !strings.Contains(text, want) {
				t.Errorf("%q: the design does not say %q", s, want)
			}
		}
		for _, leak := range []string{"Scanners and hub sorters", "301 is offered", "links are immutable", "A user shortens a URL", "{said:", "{unsaid:"} {
			if strings.Contains(text, leak) {
				t.Errorf("%q: the design says %q", s, leak)
			}
		}
	}
}

// Near misses keep their designs: a courier's scans are parcels, bit.ly is a plain shortener, a
// QR ticket at a gate is admission, a warehouse scanner picks orders, and a QR code shown at a
// garage or a gym is a pass, whatever the destination or account it is linked to.
func TestQRCodeNearMissesKeepTheirDesigns(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ problem, want, not string }{
		{"A package-tracking API for a courier where every parcel is scanned at each hub; shippers get webhooks on status changes, 5 million parcels a day.", "parcels", "shortener"},
		{"Fans show a QR code ticket on their phone and it is scanned at the stadium gates; 60,000 fans enter in an hour and each ticket may enter only once.", "", "shortener"},
		{"Warehouse workers scan product barcodes with handheld scanners when picking orders; 2,000 scanners across 12 warehouses.", "", "shortener"},
		{"Design a URL shortener like bit.ly", "shortener", "parcels"},
		{"Design a parking-spot booking app: drivers search for garages near their destination and book a spot for a time window, and garages scan a QR code at entry.", "", "shortener"},
		{"Gym members check in by showing a QR code linked to their account at the front desk; 300 gyms, 6am peaks.", "", "shortener"},
	} {
		features, _, _ := requirementsOf(t, c.problem)
		if c.want != "" && !slices.Contains(features, c.want) {
			t.Errorf("%q: features %v, want %s", c.problem, features, c.want)
		}
		if slices.Contains(features, c.not) {
			t.Errorf("%q: features %v, want no %s", c.problem, features, c.not)
		}
	}
	text := allText(design(t, "Design a URL shortener like bit.ly"))
	for _, want := range []string{"A user shortens a URL", "301 is offered", "links are immutable", "URL shortener", "long URL, owner, expiry"} {
		if !strings.Contains(text, want) {
			t.Errorf("bit.ly: the design no longer says %q", want)
		}
	}
	if strings.Contains(text, "Repoint a batch") {
		t.Errorf("bit.ly: the design speaks of repointing printed batches")
	}
}
