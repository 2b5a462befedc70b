package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Finding the places near someone that hold something is designed as two indexed filters that
// meet, whatever the places and things are; a read of nearby things alone is only a nearby read.
func TestNearbyHoldersAreFound(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{
			statement: "Design a platform where 2,000 independent pharmacies report daily stock of 5,000 drugs so patients can find which nearby pharmacy has a drug in stock",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Patients find nearby pharmacies that have a drug in stock"},
				conversation.API:          {"`/v1/pharmacies?near=lat,lng&radius_km=5&drug_id=&cursor=`", "`/v1/pharmacies/{id}/stock` | {reported_at, items[]: {drug_id, quantity}}"},
				conversation.DataModel:    {"| Stock | Primary DB", "(pharmacy_id, drug_id) | pharmacy_id | (drug_id, pharmacy_id) WHERE quantity > 0", "GiST (location)"},
				conversation.DataFlow:     {"### Find nearby pharmacies that have a drug in stock"},
				conversation.DeepDive:     {"Finding the nearby pharmacies that have a drug in stock", "\"had it at 9:00\""},
				conversation.Security:     {"the position a search sends is used for that query and not kept"},
				// A day's stock report replaces the last: one row per pharmacy and drug.
				conversation.CapacityID: {"stock line replaces the sender's last state: no history kept"},
			},
			absent: map[conversation.SectionID][]string{
				// Looking up what is in stock buys nothing: no checkout, no reservation.
				conversation.Requirements: {"never oversell"},
				conversation.Security:     {"counterpart of an active trip", "location (Pharmacy)"},
				conversation.Architecture: {"Maps & routing provider", "Inventory DB"},
			},
		},
		{
			// Another domain, the thing's state before it ("a free pressure washer").
			statement: "Design a network where 120 tool libraries report what they lend so members can find which nearby tool library has a free pressure washer",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Members find nearby tool libraries that have a free pressure washer"},
				conversation.DeepDive:     {"pressure washer availability row per (tool_library_id, pressure_washer_id)"},
			},
		},
		{
			statement: "Design an app where 300 allotment societies list their plots so gardeners can see which nearby plots are vacant",
			absent: map[conversation.SectionID][]string{
				conversation.DeepDive: {"Finding the nearby"},
			},
		},
	})
}
