package offline

import (
	"fmt"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// The self-review names a word as not designed only when no section answers it: a rush the
// capacity model sized as the peak, a kiosk the design calls a pay station, a place where a
// designed step happens, the loss of a zone the replicas already survive. A gap that is real
// (an expiry no entity holds, a spike the model never sized) is still named.
func TestSelfReviewRaisesNoFalseAlarms(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		missing   []string // phrases the review must name
		covered   []string // phrases it must not
	}{
		// A rate stated at the rush is the peak the capacity section sizes.
		{"a taxi booking service for a capital city: 40k drivers online, about 30k bookings an hour during the evening rush, a driver offered within 3s",
			nil, []string{"“rush”"}},
		// The same word with no rate at it was never sized: it stays a gap.
		{"court e-filing for a province: ~800k filings a year, a spike just before the midnight cutoff, every filing timestamped once",
			[]string{"“spike”"}, nil},
		// A kiosk is the pay station a parking design already has, and a barrier that lifts rises.
		{"multi-storey car park operator: 15 sites, 7,000 bays, ANPR at entry and exit lanes, pay by app or kiosk, barriers must lift even if the cloud is unreachable",
			nil, []string{"“kiosk”", "“lift”"}},
		// The quay is only where the designed check-in happens.
		{"boat ticketing for a lake operator: 4 boats, 11 routes, car and foot passenger capacity per crossing, check-in at the quay keeps working offline",
			nil, []string{"“quay”"}},
		// Losing a zone is what replicas in other zones survive.
		{"design a replicated key-value store: 200TB, 400k reads/s peak, p99 read under 5ms, must survive loss of one availability zone",
			nil, []string{"“loss”"}},
		// A glasshouse is the greenhouse the design is named for; a vent is an actuator it never models.
		{"greenhouse climate control for a cucumber nursery: 4 glasshouses, ~1,000 sensors per house reporting every 20s, actuators (vents, boilers) keep running if the cloud link drops",
			[]string{"“vents”"}, []string{"“glasshouses”"}},
		// Bidders joining a sale are its watchers; the sale yards are where the designed auctions run.
		{"sheep auction platform: fortnightly live auctions at 25 sale yards, remote bidders join the ringside auctioneer, up to 1,500 bidders on a sale",
			nil, []string{"“join”", "“yards”"}},
		// Wristbands are the credentials the gates read, and "no signal" the link being down,
		// which the gates already work through.
		{"entry scanning for a folk festival: 60k visitors over a long weekend, wristbands checked at 25 gates, gates keep scanning with no signal",
			nil, []string{"“wristbands”", "“signal”"}},
		// A radio gateway lost is no zone the replicas survive: it stays asked for.
		{"gas meter readings for a utility: 250k smart meters report every 30 min over LoRaWAN, leak alerts within 10 min, quarterly bills, loss of a gateway must not drop readings",
			[]string{"“loss”"}, nil},
		// A blood bank's expiry is what its perishable-stock design is built around.
		{"system for a plasma bank: 10 donor centres, ~500 donations a day, each bag split into parts with expiry (red cells 42 days), hospitals order by type",
			nil, []string{"“expiry”"}},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		checkSays(t, fmt.Sprintf("%q: self-review", tt.statement), sec[conversation.Tradeoffs], tt.missing, tt.covered)
	}
}
