package offline_test

import (
	"slices"
	"strings"
	"testing"
)

// A council's waste sites go by many names (the tip, the dump, civic amenity sites, waste
// depots, a bulky-waste drop-off): booking a visit to any of them is a vehicle's free slot,
// never a museum's paid, ticketed entry for a party of visitors.
func TestWasteSitesByAnyNameBookVehicleSlots(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"The borough runs 5 tips; residents reserve a 15-minute arrival time online, each tip takes 8 vans per slot.",
		"Build a booking system for our city's civic amenity sites: 40,000 households, 6 sites, half-hour windows of 20 vehicles, free of charge.",
		"A district council needs appointments at its 3 waste and recycling depots so queues stop blocking the road; about 2,000 visits a week, 10 cars every 15 minutes.",
		"Residents of the island must book a time to bring bulky items to the dump; 2 dumps, 30 cars an hour each, proof of address required.",
		"Let people book the bulky-waste drop-off at our HWRCs in 10-minute windows, 6 vehicles each.",
	} {
		features, _, _ := requirementsOf(t, s)
		if !slices.Contains(features, "dropoffslots") {
			t.Errorf("%q: features %v, want dropoffslots", s, features)
			continue
		}
		for _, f := range []string{"carshare", "iot", "reservation", "notifications"} {
			if slices.Contains(features, f) {
				t.Errorf("%q: features %v hold %s", s, features, f)
			}
		}
		text := allText(design(t, s))
		for _, leak := range []string{"while the visitor pays", "QR ticket", "parties of two", "party's places", "free member tickets",
			"group bookings and members", "booked + 2 > 180", "of 25 vehicle places", "Monthly material return"} {
			if strings.Contains(text, leak) {
				t.Errorf("%q: a waste site's design says %q", s, leak)
			}
		}
	}
}

// Tips paid to staff, parcel drop-off points and a database's dump are no waste sites.
func TestTipsDumpsAndParcelPointsAreNoWasteSites(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Restaurant staff book shifts in 4-hour slots and tips are shared per hour worked.",
		"Couriers book a slot at one of our 300 parcel drop-off points before 5 pm.",
		"Engineers book a 2-hour window to restore a database dump onto a staging server.",
	} {
		if features, _, _ := requirementsOf(t, s); slices.Contains(features, "dropoffslots") {
			t.Errorf("%q: features %v, want no dropoffslots", s, features)
		}
	}
}

// However a statement says that booked residents fail to come, the design counts no-shows per
// household and blocks it until a date; a statement silent on no-shows gets no such rule.
func TestNoShowsAtWasteSitesStrikeTheHousehold(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Our county wants online booking for slots at its 14 household recycling centres: about 9,000 residents book per week, each centre has 20-minute slots for 12 cars. Three no-shows in a month blocks booking for 30 days.",
		"Residents reserve a slot at the tip; anyone who misses two bookings cannot book again for six weeks.",
		"Households book half-hour windows at 4 civic amenity sites, 25 cars each; a household that does not turn up three times in 90 days is suspended for a month.",
	} {
		text := allText(design(t, s))
		for _, want := range []string{"No-shows: strikes per household and a block until a date", "blocked_until", "Mark no-shows and block repeat offenders"} {
			if !strings.Contains(text, want) {
				t.Errorf("%q: the design does not say %q", s, want)
			}
		}
	}
	if text := allText(design(t, "Residents book a 20-minute slot at one of four recycling centres, each taking 30 cars an hour.")); strings.Contains(text, "No-shows: strikes") {
		t.Errorf("a statement without no-shows gets a no-show rule")
	}
}

// Kilograms per material are reported only where the statement weighs or reports materials.
func TestWasteSiteReturnsOnlyWhereMaterialsAreSaid(t *testing.T) {
	t.Parallel()
	with := "Residents book slots at our 5 tips, 20 cars an hour; each month we send tonnes per material to the environment agency."
	if _, _, entities := requirementsOf(t, with); !slices.Contains(entities, "Monthly material return") {
		t.Errorf("%q: entities %v, want a Monthly material return", with, entities)
	}
	without := "Residents book slots at our 5 tips, 20 cars an hour, and must show a council tax bill."
	if _, _, entities := requirementsOf(t, without); slices.Contains(entities, "Monthly material return") {
		t.Errorf("%q: entities %v, want no Monthly material return", without, entities)
	}
}
