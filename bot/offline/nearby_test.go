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
			// Vacant is the plots' own state: the lookup filters the nearby plots by it.
			statement: "Design an app where 300 allotment societies list their plots so gardeners can see which nearby plots are vacant",
			want: map[conversation.SectionID][]string{
				conversation.DeepDive: {"Finding the nearby plots that are vacant", "WHERE vacant"},
			},
		},
		{
			// A read of nearby things alone finds its places by location, with no dive of its own.
			statement: "Design an app to show families the playgrounds around them",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Families see nearby playgrounds"},
				conversation.API:          {"`/v1/playgrounds?near=lat,lng&radius_km=1&cursor=`"},
				conversation.DataModel:    {"GiST (location)"},
			},
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"Finding the nearby"}},
		},
	})
}

// A read near someone is found wherever the statement puts its "near" (before the place, after
// it, "within 2 km") and whatever it asks of the place: what is in it, what state it is in or
// what it holds. What is only logged going in is said to be so, and a read open to anyone needs
// no sign-in.
func TestNearbyShapes(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{
			statement: "Design a system for a network of 200 community fridges: volunteers log what they drop off, and anyone can see what is in the fridge near them",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Volunteers log drop-offs", "Anyone sees what is in the fridges near them, without signing in"},
				conversation.API:          {"`/v1/fridges?near=lat,lng&radius_km=5&cursor=`", "n/a (anyone: no sign-in"},
				conversation.DataModel:    {"(fridge_id, expires_at) for what is in each fridge now", "GiST (location)"},
				conversation.DeepDive:     {"Seeing what is in the fridges near them", "nobody logs taking anything out", "5 km by default"},
				conversation.Security:     {"`GET /v1/fridges` answers anyone with no account", "never which volunteer logged it", "Location (near them): the position a search sends"},
			},
			absent: map[conversation.SectionID][]string{
				conversation.Security:  {"location (Fridge)", "visitors"},
				conversation.DataModel: {"| Visitor |"},
			},
		},
		{
			statement: "Design a service where drivers find open charging bays within 2 km",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Drivers find charging bays within 2 km that are open"},
				conversation.API:          {"radius_km=2"},
				conversation.DeepDive:     {"the 2 km the statement gives", "WHERE open"},
			},
			absent: map[conversation.SectionID][]string{conversation.Security: {"answers anyone"}},
		},
		{
			statement: "Design an app where walkers look up the closest water point that is working",
			want: map[conversation.SectionID][]string{
				conversation.DeepDive: {"Finding the nearby water points that are working", "1 km by default"},
			},
		},
		{
			statement: "Design a system where shoppers check which branch near them has the size in stock",
			want:      map[conversation.SectionID][]string{conversation.DeepDive: {"branches that have a size in stock"}},
		},
		{
			statement: "Design a registry where residents see the nearest defibrillator and whether it is in its cabinet",
			want:      map[conversation.SectionID][]string{conversation.DeepDive: {"defibrillators that are in their cabinet", "in_cabinet"}},
		},
		{
			statement: "Design a service where the public can check which toilets near them are open",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Anyone checks nearby toilets that are open, without signing in"},
				conversation.DeepDive:     {"Finding the nearby toilets that are open"},
				conversation.Security:     {"`GET /v1/toilets` answers anyone with no account"},
			},
			absent: map[conversation.SectionID][]string{conversation.Requirements: {"Visitors create"}},
		},
		{
			// A read whose contents are logged out as well as in is no guess about what is left.
			statement: "Design an app where volunteers log what they drop off, recipients log what they take, and anyone can see what is in the pantry near them",
			want:      map[conversation.SectionID][]string{conversation.DeepDive: {"Seeing what is in the pantries near them"}},
			absent:    map[conversation.SectionID][]string{conversation.DeepDive: {"nobody logs taking"}},
		},
	})
}

// "Near" in other senses, and reads of things near nobody, find no places.
func TestNearbyNotRead(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a system where traders see prices in near-real-time",
		"Design a tracker where editors see which articles are nearly due",
		"Design a platform where members check bookings that expire in the near future",
		"Design an app where members see what is in their locker",
		"Design a service where riders see delays within 5 minutes",
	} {
		m := modelOf(s)
		if a, ok := m.nearbyFind(); ok {
			t.Errorf("%q: nearby read %+v, want none", s, a)
		}
	}
}
