package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Buyers who make offers that a seller or dealer accepts, rejects or counters get the offer as a
// piece of state: an Offer entity, endpoints to make, counter and accept, an expiry swept from a
// due-time index at the statement's window, and one accepted offer per listing. Goods described
// by their engine hours or inspection report are listings, not a fleet to maintain. An auction's
// bids, a job offer, a shop and a marketplace without offers keep their designs.
func TestOffersOnListingsAreDesigned(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem string
		offers  bool
		window  string
	}{
		{"Design a marketplace for used construction equipment: 15,000 dealers list excavators, lifts and cranes with 20-40 photos and an inspection report each, 200,000 monthly buyers search by machine type, engine hours and distance, and buyers make offers that the dealer must accept, reject or counter within 48 hours.", true, "48 hours"},
		{"Design a used car marketplace: 4,000 dealers list cars with mileage, year and 30 photos each, 1 million monthly buyers search by make, model, mileage and distance and make offers that dealers accept, reject or counter within 24 hours.", true, "24 hours"},
		{"Design a site where boat brokers list used yachts and sailboats with engine hours and a survey report, and buyers make an offer that the seller can accept, decline or counter within 72 hours.", true, "72 hours"},
		{"Design a platform for second-hand pianos: private sellers list pianos with photos, buyers search by brand and distance and make an offer, which the seller accepts, rejects or counters within 3 days.", true, "3 days"},
		{"Build a marketplace for used farm tractors and combines: dealers list machines with engine hours and photos, farmers search by horsepower and distance, and make offers.", true, "48 hours (assumed)"},
		{"Design a used car site where 3,000 dealers list cars with mileage and photos and buyers search by make, model and distance and contact the dealer.", false, ""},
		{"Design a marketplace for used bikes where people post bikes for sale with photos and buyers message sellers.", false, ""},
		{"Design an online auction for used construction equipment where 5,000 dealers bid on excavators and lots close every 2 minutes.", false, ""},
		{"Design a job board where 20,000 employers post jobs and candidates apply and recruiters send job offers.", false, ""},
		{"Design an online shop for running shoes with a cart, checkout and 50,000 products.", false, ""},
	} {
		_, sec := renderAll(t, tc.problem)
		all := strings.Join([]string{sec[conversation.Requirements], sec[conversation.DataFlow], sec[conversation.API], sec[conversation.DataModel], sec[conversation.DeepDive]}, "\n")
		got := strings.Contains(sec[conversation.DataModel], "| Offer |") && strings.Contains(sec[conversation.API], "/v1/offers/{offer_id}/counter") &&
			strings.Contains(all, "Offer expiry") && strings.Contains(all, "One accepted offer per listing")
		if got != tc.offers {
			t.Errorf("%q: offers designed %v, want %v", tc.problem, got, tc.offers)
		}
		if tc.offers && !strings.Contains(all, "expires_at = now + "+tc.window) {
			t.Errorf("%q: the offer's window is not %q:\n%s", tc.problem, tc.window, sec[conversation.DataFlow])
		}
		if tc.offers && (strings.Contains(sec[conversation.Overview], "fleet maintenance") || strings.Contains(all, "J1939") || strings.Contains(all, "running shoes")) {
			t.Errorf("%q: listings read as a fleet or a shop:\n%s", tc.problem, sec[conversation.Overview])
		}
		if strings.Contains(all, "{bg_") {
			t.Errorf("%q: a placeholder is left in the design", tc.problem)
		}
	}
}

// Photos counted of each listed item ("with 20-40 photos and an inspection report each") size
// each listing's media, not a bare figure left unused; a listing with no count keeps the
// archetype's assumption, and a count per named item keeps its own reading.
func TestPhotosOfEachListingSizeItsMedia(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want string }{
		{"Design a marketplace for used construction equipment: 15,000 dealers list excavators, lifts and cranes with 20-40 photos and an inspection report each, 200,000 monthly buyers search by machine type, engine hours and distance, and buyers make offers that the dealer must accept, reject or counter within 48 hours.",
			"60 MB of media per listing posted on average: 30 photos per listing (stated)"},
		{"Design a used car marketplace: 4,000 dealers list cars with mileage, year and 30 photos each, and 1 million monthly buyers search by make, model, mileage and distance and make offers.",
			"60 MB of media per listing posted on average: 30 photos per listing (stated)"},
		// A month's buyers answering within a day are no burst of a million answers.
		{"Design a used car marketplace: 4,000 dealers list cars with mileage, year and 30 photos each, 1 million monthly buyers search by make, model, mileage and distance and make offers that dealers accept, reject or counter within 24 hours.",
			"60 MB of media per listing posted on average: 30 photos per listing (stated)"},
		// A month's buyers answering within a day are no burst of a million answers.
		{"Design a used car marketplace: 4,000 dealers list cars with mileage, year and 30 photos each, 1 million monthly buyers search by make, model, mileage and distance and make offers that dealers accept, reject or counter within 24 hours.",
			"60 MB of media per listing posted on average: 30 photos per listing (stated)"},
		{"Design a marketplace for used bikes where people post bikes for sale with photos and buyers message sellers.",
			"2 MB of media per listing posted on average (assumed)"},
	} {
		_, sec := renderAll(t, tc.problem)
		if c := sec[conversation.CapacityID]; !strings.Contains(c, tc.want) || strings.Contains(c, "no rate or population it belongs to") {
			t.Errorf("%q: capacity does not say %q:\n%s", tc.problem, tc.want, c)
		}
	}
}
