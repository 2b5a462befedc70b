package offline

import (
	"slices"
	"testing"
)

// The dispatch clause is read from its grammar in the statement's own words: who sends, what is
// sent, to what, what reports where it is, how often, by when, and whether units answer.
func TestReadDispatch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		want      dispatch
	}{
		{"Design a dispatch system for a regional ambulance service: 60 ambulances report GPS every 5 seconds, dispatchers receive 900 calls a day and must assign the nearest free crew within 30 seconds.",
			dispatch{verb: "assign", by: "dispatcher", unit: "crew", free: "free", near: "nearest", job: "call", reporter: "ambulance", said: "GPS position", fleet: 60, every: 5, within: 30}},
		{"Build a roadside assistance platform: 400 tow trucks send their location every 10 seconds; when a stranded motorist calls, operators must dispatch the closest available truck within 2 minutes, and the driver accepts or declines the job.",
			dispatch{verb: "dispatch", by: "operator", unit: "tow truck", free: "available", near: "closest", job: "job", said: "location", fleet: 400, every: 10, within: 120, answer: "accept"}},
		{"Design a system for a home-care agency where 250 nurses share their position every 30 seconds from the app and coordinators assign the nearest available nurse to each urgent visit request within 10 minutes; about 3,000 visits a day.",
			dispatch{verb: "assign", by: "coordinator", unit: "nurse", free: "available", near: "nearest", job: "visit request", said: "position", fleet: 250, every: 30, within: 600}},
		{"Design a campus safety system: 40 security officers carry radios that report location every 15 seconds; students raise an alarm from the app and the control room sends the closest idle officer within 60 seconds.",
			dispatch{verb: "send", by: "control room operator", unit: "security officer", free: "idle", near: "closest", job: "alarm", reporter: "radio", said: "location", fleet: 40, every: 15, within: 60}},
		{"A power utility has 300 field crews whose trucks report positions every minute; when an outage ticket arrives the system should assign the nearest free crew and the crew acknowledges within 5 minutes.",
			dispatch{verb: "assign", unit: "field crew", free: "free", near: "nearest", job: "outage ticket", reporter: "truck", said: "position", fleet: 300, every: 60, answer: "acknowledge", answerIn: 300}},
		{"Design the backend for a city's snow-plough fleet: 150 ploughs stream GPS every 20 seconds, and when a resident reports a blocked street the depot supervisor dispatches the nearest idle plough.",
			dispatch{verb: "dispatch", by: "supervisor", unit: "plough", free: "idle", near: "nearest", job: "blocked street", said: "GPS position", fleet: 150, every: 20}},
		{"A national park needs a system where rangers' handhelds ping their coordinates every 2 minutes and the duty officer assigns the closest unoccupied ranger to each incident reported by visitors.",
			dispatch{verb: "assign", by: "duty officer", unit: "ranger", free: "unoccupied", near: "closest", job: "incident", reporter: "handheld", said: "coordinates", every: 120}},
		{"Our security company has 120 patrol vans; each van reports its GPS position every 10 seconds, and when an alarm comes in from a client site the control centre must dispatch the nearest available van within 90 seconds.",
			dispatch{verb: "dispatch", by: "control centre operator", unit: "patrol van", free: "available", near: "nearest", job: "alarm", said: "GPS position", fleet: 120, every: 10, within: 90}},
		{"the nearest available patrol car must be dispatched to every alarm; cars report their position every 20 seconds",
			dispatch{verb: "dispatch", unit: "patrol car", free: "available", near: "nearest", job: "alarm", said: "position", every: 20}},
	}
	for _, tt := range tests {
		got, ok := readDispatch(tt.statement)
		if !ok || got != tt.want {
			t.Errorf("%q:\n got %+v (%v)\nwant %+v", tt.statement, got, ok, tt.want)
		}
	}
}

// Location, nearness or freeness alone is no dispatch: nobody sends the nearest campsite, a
// parking bay or a charger stays put, a tracking page sends nothing, and agents report no position.
func TestReadDispatchNeedsTheClause(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design an app where hikers log trails with GPS and see the nearest campsite with free pitches.",
		"The garage assigns each arriving car the nearest free bay; 2,000 bay sensors report occupancy every 10 seconds and drivers see their bay on a map.",
		"Design a courier tracking page: couriers report their location every 30 seconds and customers see where their parcel is.",
		"Drivers find the nearest available charger; cars send GPS every minute and the app assigns each driver the nearest free charger.",
		"an IT helpdesk that assigns each ticket to the nearest free agent by skill",
		"Design a store locator: users share their location and we show the nearest open store with free parking.",
		"Assign each order to the nearest available warehouse; 300 trucks report GPS every minute.",
		"Design a bike share app: users see the nearest available bike and reserve it; bikes report GPS every 30 seconds.",
	} {
		if d, ok := readDispatch(s); ok {
			t.Errorf("%q: read a dispatch %+v, want none", s, d)
		}
	}
}

// A dispatch statement is no ride hailing, services marketplace, fleet map or ticket sale: those
// patterns shared its words ("nearest available", "idle", "ticket") and picked the wrong design.
func TestDispatchNarrowsLookalikes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		gone      []string
	}{
		{"Design a system for a home-care agency where 250 nurses share their position every 30 seconds from the app and coordinators assign the nearest available nurse to each urgent visit request within 10 minutes; about 3,000 visits a day.",
			[]string{"svcmarket", "svcdispatch", "payments"}},
		{"Design a campus safety system: 40 security officers carry radios that report location every 15 seconds; students raise an alarm from the app and the control room sends the closest idle officer within 60 seconds.",
			[]string{"telematics"}},
		{"A power utility has 300 field crews whose trucks report positions every minute; when an outage ticket arrives the system should assign the nearest free crew and the crew acknowledges within 5 minutes.",
			[]string{"tickets", "inventory", "payments", "tracking"}},
		{"Design a dispatch system for a regional ambulance service: 60 ambulances report GPS every 5 seconds, dispatchers receive 900 calls a day and must assign the nearest free crew within 30 seconds.",
			[]string{"tracking"}},
	}
	for _, tt := range tests {
		ids, _ := detect(tt.statement)
		if !slices.Contains(ids, "dispatch") {
			t.Errorf("%q: detected %v, want dispatch", tt.statement, ids)
		}
		for _, g := range tt.gone {
			if slices.Contains(ids, g) {
				t.Errorf("%q: detected %v, want no %s", tt.statement, ids, g)
			}
		}
	}
	// Ride hailing and food delivery keep their own patterns.
	for _, s := range []string{"Design a ride-hailing app where the nearest available driver is dispatched; drivers send GPS every 4 seconds.",
		"Design a food delivery app: restaurants accept orders and the nearest free courier is assigned; couriers report location every 5 seconds."} {
		if ids, _ := detect(s); slices.Contains(ids, "dispatch") {
			t.Errorf("%q: detected %v, want no dispatch", s, ids)
		}
	}
}
