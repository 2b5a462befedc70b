package offline

import (
	"slices"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// The composed design designs the crux in the statement's words: a geo index of free units only,
// road times over a straight-line shortlist, one conditional update as the claim, stale units
// left out, the deadline measured, and position reports as a stream, not a "Gps" thing.
func TestDispatchDesign(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a dispatch system for a regional ambulance service: 60 ambulances report GPS every 5 seconds, dispatchers receive 900 calls a day and must assign the nearest free crew within 30 seconds.",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Dispatchers assign the nearest free crew to each call within 30 s", "a crew silent for 15 s is not sent anywhere", "Time to send: 99% of calls have a crew assigned within 30 s"},
				conversation.DataModel:    {"GiST (position) WHERE status = 'free'", "ambulance_id", "unique (call_id) WHERE status = 'active'"},
				conversation.API:          {"`/v1/ambulances/{id}/positions`", "`/v1/calls/{id}/candidates`", "`/v1/calls/{id}/assignments`"},
				conversation.DataFlow:     {"AND status = 'free'", "reported_at > now() - interval '15 seconds'", "matrix request to Maps & routing provider"},
				conversation.DeepDive:     {"The nearest free crew assigned to each call within 30 s", "60 ambulances every 5 s is 12 position writes/s"},
				conversation.Security:     {"health data", "seen by dispatchers on shift"},
				conversation.Reliability:  {"time to send each call", "straight-line distance"},
			},
			absent: map[conversation.SectionID][]string{
				conversation.DataModel: {"| Gps |", "| Dispatch |"}, conversation.API: {"/v1/gps"},
				conversation.DeepDive: {"seen only by the other party"}, conversation.Security: {"counterpart of an active trip"},
				conversation.Requirements: {"visible to the other party", "Time limit: within 30 s"},
				// The routing provider's outage is designed (a straight-line fallback), not parked for retry.
				conversation.Reliability: {"run by someone else"},
			}},
		// Units that answer: an offer with a timeout, escalating to the next.
		{statement: "Build a roadside assistance platform: 400 tow trucks send their location every 10 seconds; when a stranded motorist calls, operators must dispatch the closest available truck within 2 minutes, and the driver accepts or declines the job.",
			want: map[conversation.SectionID][]string{
				conversation.API:       {"`/v1/dispatches/{id}/accept`", "`/v1/dispatches/{id}/decline`"},
				conversation.DeepDive:  {"Offers that time out: escalating to the next tow truck", "expires_at"},
				conversation.DataModel: {"(status, expires_at) WHERE status = 'offered'"},
				conversation.Tradeoffs: {"One offer at a time"},
				conversation.UI:        {"The dispatch board loads page by page"},
			},
			absent: map[conversation.SectionID][]string{conversation.Security: {"health data"}}},
		// What reports is what the units carry; the job is raised by someone who is told who comes.
		{statement: "Design a campus safety system: 40 security officers carry radios that report location every 15 seconds; students raise an alarm from the app and the control room sends the closest idle officer within 60 seconds.",
			want: map[conversation.SectionID][]string{
				conversation.API:      {"`/v1/radios/{id}/positions`", "`/v1/alarms`"},
				conversation.DataFlow: {"A student raises the alarm", "The student who raised it is told which security officer is coming"},
				conversation.UI:       {"Alarm status"},
				conversation.Security: {"students raise alarms and see only their own, only control room operators send security officers"},
			},
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"Holding “", "watchdog"}}},
		// A company that owns the vans and each van that reports are no people of the design.
		{statement: "Our security company has 120 patrol vans; each van reports its GPS position every 10 seconds, and when an alarm comes in from a client site the control centre must dispatch the nearest available van within 90 seconds.",
			want:   map[conversation.SectionID][]string{conversation.DeepDive: {"The nearest available patrol van dispatched to each alarm within 1.5 min"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"| Company |", "| Van |"}, conversation.DeepDive: {"Holding “", "watchdog"}}},
	})
}

// A fleet reporting thousands of times a second keeps its free units in a geo index of their own.
func TestDispatchLargeFleetUsesAGeoIndex(t *testing.T) {
	t.Parallel()
	f := composed("Design dispatch for a national breakdown service: 50,000 vans report GPS every 5 seconds and the system assigns the nearest free van to each breakdown.")
	if !slices.Contains(f.Components, "geoindex") || !slices.Contains(f.Components, "locsvc") {
		t.Errorf("components %v, want the geo index and location service", f.Components)
	}
	small := composed("Design dispatch for a town's breakdown service: 50 vans report GPS every 5 seconds and the system assigns the nearest free van to each breakdown.")
	if slices.Contains(small.Components, "geoindex") {
		t.Errorf("components %v, want no geo index for 50 vans", small.Components)
	}
}

// Units' positions are their people's personal data however the statement names them, and a
// service that counts nobody is a region's units and dispatchers, not a million app users.
func TestDispatchPrivacyAndSize(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a system for a home-care agency where 250 nurses share their position every 30 seconds from the app and coordinators assign the nearest available nurse to each urgent visit request within 10 minutes; about 3,000 visits a day.",
			want: map[conversation.SectionID][]string{conversation.Security: {"Location (nurses' positions)", "health data", "a nurse changes only their own status"}}},
		{statement: "Build a field service platform for a lift company: technicians share their location every minute; the system should automatically assign the closest available technician to each breakdown call, and technicians must accept within 3 minutes.",
			want:   map[conversation.SectionID][]string{conversation.CapacityID: {"500 daily active users assumed"}, conversation.Requirements: {"Answer window"}},
			absent: map[conversation.SectionID][]string{conversation.CapacityID: {"1M daily active users"}, conversation.Security: {"health data"}}},
	})
}

// Composed designs that mention location, nearness or freeness without sending anyone keep their
// own design: no free units' index, no claim, no time to send.
func TestNoDispatchWithoutTheClause(t *testing.T) {
	t.Parallel()
	absent := []string{"GiST (position)", "Time to send", "candidates", "nearest-free"}
	checkSections(t, []sectionCase{
		{statement: "Design a system where volunteers log litter pickups with GPS and see the nearest free bin on a map.",
			absent: map[conversation.SectionID][]string{conversation.DataModel: absent, conversation.Requirements: absent, conversation.API: absent, conversation.Overview: absent}},
		{statement: "Design a tool where field surveyors send their location every minute and managers see who is nearest to each site.",
			absent: map[conversation.SectionID][]string{conversation.DataModel: absent, conversation.Requirements: absent, conversation.API: absent, conversation.Overview: absent}},
	})
}
