package offline

import (
	"slices"
	"testing"
)

// TestFieldServiceDesigns designs an organisation's own technicians visiting customers' homes as
// field service, in the statement's nouns: arrival windows that fit a route, a booking as a
// conditional claim on a technician-day, nightly route optimisation, an offline day bundle synced
// by idempotent upserts, running-late ETAs and the asset's history. Before, the piano tuners'
// cooperative was a hotel reservation template (party size, Listing, amenities, channel manager).
func TestFieldServiceDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "booking and routing app for a piano tuning cooperative - 85 tuners, each doing about 5 visits a day, customers book online 2-8 weeks ahead and around a quarter of bookings get rescheduled. Tuners need the day's route and each customer's piano history offline since lots of homes have bad reception.",
			mentions: []string{"field-service scheduling and routing system for tuner visits", "arrival window", "tuner-day", "conditional update", "vehicle-routing",
				"day bundle", "upsert", "running late", "history of each piano", "piano history", "off sick", "yesterday's plan", "85 tuners"},
			absent: []string{"party size", "listing", "amenit", "channel manager", "{fv_", "asked for but not designed"},
		},
		{
			statement: "a boiler servicing company with 300 gas engineers who do 6 jobs a day at customers' homes; customers pick a morning or afternoon arrival window and engineers see the day's jobs on a tablet that works offline",
			mentions:  []string{"engineer-day", "boiler", "arrival window", "day bundle"},
			absent:    []string{"timed-entry", "party size", "piano", "{fv_"},
		},
		{
			statement: "Design a scheduling system for a home nursing agency: 120 nurses visit patients at home, travel time between visits matters, and the nurses' phones often have no signal",
			mentions:  []string{"nurse-day", "care plan", "patient", "without signal"},
			absent:    []string{"front desk", "party size", "piano", "{fv_"},
		},
		{
			statement: "meter fitters install smart meters in customers' houses; each fitter gets a day's route of 8 installations and customers get a two-hour arrival window",
			mentions:  []string{"fitter-day", "meter", "arrival window"},
			absent:    []string{"interval read", "billing determinants", "{fv_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestFieldServiceNearMisses keeps the neighbours' statements where they were: patients who come
// to a practice, a marketplace of independents, hotels and tables, parcel drivers' routes, a
// fleet's workshop, rides, an emergency dispatch of the closest engineer and an IT help desk.
func TestFieldServiceNearMisses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"patients schedule a slot with their dentist online", "practappt"},
		{"a physiotherapy practice with three branches where patients book appointments and the front desk books walk-ins", "practappt"},
		{"Design a marketplace where homeowners post small repair jobs and 8,000 handymen bid on them", "svcmarket"},
		{"Design an app where dog owners find and book walkers nearby, about 20,000 walks a day", "svcmarket"},
		{"Design a hotel booking system like Booking.com", ""},
		{"book a table at a restaurant for Friday night", ""},
		{"a route planning app for 400 delivery drivers who drop 150 parcels each a day and need the day's route offline", ""},
		{"our mechanics service 8,000 trucks in the workshop and log fault codes and work orders", "fleetmaint"},
		{"a ride-hailing app where riders request a car and the nearest driver accepts", ""},
		{"a lift company's 120 engineers share their location from a phone app and the system sends the closest available engineer to each breakdown", "dispatch"},
		{"an IT help desk where employees file requests and technicians pick them up", ""},
	} {
		ids, why := detect(tc.statement)
		if slices.Contains(ids, "fieldsvc") {
			t.Errorf("%q: detected fieldsvc (%s), want none", tc.statement, why["fieldsvc"])
		}
		if tc.want != "" && !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v, want %s", tc.statement, ids, tc.want)
		}
	}
}

// TestFieldWords renders the {fv_*} nouns from the statement, else the plain words.
func TestFieldWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, name, want string }{
		{"85 piano tuners visit homes", "fv_tech", "tuner"},
		{"85 piano tuners visit homes", "fv_Techs", "Tuners"},
		{"85 piano tuners visit homes", "fv_asset", "piano"},
		{"85 piano tuners visit homes", "fv_a_asset", "a piano"},
		{"gas engineers service boilers", "fv_Asset", "Boiler"},
		{"nurses visit patients at home", "fv_customers", "patients"},
		{"an appliance repair firm's technicians", "fv_tech", "technician"},
		{"our field staff", "fv_asset", "asset"},
	} {
		got, ok := fieldWords(tc.problem, tc.name)
		if !ok || got != tc.want {
			t.Errorf("fieldWords(%q, %q) = %q, %v; want %q", tc.problem, tc.name, got, ok, tc.want)
		}
	}
	if _, ok := fieldWords("anything", "fv_nothing"); ok {
		t.Errorf("fieldWords knows fv_nothing")
	}
}
