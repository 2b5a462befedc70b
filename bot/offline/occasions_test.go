package offline_test

import (
	"strings"
	"testing"
)

// Many people book one class, tour, trip or workshop: the design counts its places under a
// conditional update and keeps a waiting list, never an exclusion constraint that would let only
// one person book it at a time. Phrasings differ in who books, how the capacity is said and
// whether the places or the occasion are the object.
func TestGroupOccasionsCountPlaces(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Visitors book guided tours of the cathedral; each tour takes 25 people and there are 8 tours a day",
		"Divers book boat dives with our dive centre; each dive has up to 10 divers and 6 dives run a day",
		"Parents book seats on the school coach trips; each trip takes 50 pupils",
		"A cookery school lets home cooks reserve places on weekend workshops, 12 per workshop",
		"Guests book tastings at our wine estate; tastings of up to 14 guests run four times a day",
	} {
		text := allText(design(t, s))
		for _, want := range []string{"places_taken < capacity", "waitlisted", "The last place on"} {
			if !strings.Contains(text, want) {
				t.Errorf("%q: the design does not say %q", s, want)
			}
		}
		for _, leak := range []string{"never booked by two", "no overlapping bookings", "no overlapping reservations", "EXCLUDE USING gist"} {
			if strings.Contains(text, leak) {
				t.Errorf("%q: a group occasion's design says %q", s, leak)
			}
		}
	}
}

// A thing one party uses at a time (a room, a court, a van) is never booked twice for the same
// time: an exclusion constraint over the booked ranges, or, where a club's courts are cut into
// fixed hour slots, a unique key per (court, slot), since two bookings of fixed slots overlap
// only when they are the same slot. A session or a slot with no number of places is one
// person's.
func TestOneAtATimeStaysExclusive(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Tenants book the laundry room in 1-hour slots", "EXCLUDE USING gist"},
		{"Members of the tennis club book courts for an hour at a time", "unique (court, slot) key"},
		{"Staff reserve one of the 4 pool vans for site visits, by the half day", "EXCLUDE USING gist"},
		{"Bands book rehearsal rooms at our studio by the hour", "EXCLUDE USING gist"},
	} {
		text := allText(design(t, tc.statement))
		if strings.Contains(text, "places_taken") {
			t.Errorf("%q: a thing used by one party at a time is counted in places", tc.statement)
		}
		if !strings.Contains(text, tc.want) {
			t.Errorf("%q: the design does not say %q, so nothing keeps two bookings from overlapping", tc.statement, tc.want)
		}
	}
}

// One place with no users counted is that place's people, not a million: a studio, a club or a
// school booking its own rooms and courts needs one primary, not shards.
func TestOnePlaceIsNoMillionUsers(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Bands book rehearsal rooms at our studio by the hour",
		"Members of the tennis club book courts for an hour at a time",
		"A cookery school lets home cooks reserve places on weekend workshops, 12 per workshop",
	} {
		text := allText(design(t, s))
		if strings.Contains(text, "1M daily active users") || strings.Contains(text, "shards") {
			t.Errorf("%q: one place is sized as a platform of millions", s)
		}
	}
}

// An organisation at work that counts no one is sized by its staff, not as a platform of a
// million users with shards.
func TestBodiesAreSizedByTheirStaff(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A vineyard group records every transfer of oak barrels between its 5 wineries and the cooperage",
		"A regional blood service collects donations and ships them to hospitals",
	} {
		text := allText(design(t, s))
		if strings.Contains(text, "1M daily active users") || strings.Contains(text, "shards") {
			t.Errorf("%q: one organisation sized as a million users", s)
		}
	}
}
