package offline

import "testing"

// TestAircraftFleetDesigns designs a fleet that flies as a fleet that flies: plans checked against
// geofenced zones before upload and enforced on board, telemetry while airborne, return-to-home
// on a lost link, and spray records kept for the regulator; none of a road fleet's idling vans,
// tunnels or drivers' payroll, nor a helpdesk's support mailboxes. A truck fleet keeps them.
func TestAircraftFleetDesigns(t *testing.T) {
	t.Parallel()
	road := []string{"idling longer", "timers (idling", "engine data", "engine faults", "driver payroll", "tunnel", " van ", "vans", "can bus", "support addresses", "{said:", "{unsaid:"}
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "fleet management for 80 crop-spraying drones at 20 farms: each flight plan is uploaded before takeoff, telemetry at 5Hz while flying, no-spray buffers around rivers enforced, spray logs kept 6 years for the regulator",
			mentions:  []string{"geofence", "no-spray", "return-to-home", "before upload", "spray log", "append-only", "kept 6 years"},
			absent:    road,
		},
		{
			statement: "fleet management for an air-ambulance operator with 25 helicopters: live position every 5 seconds, crews see each aircraft on a map, flight logs kept 7 years",
			mentions:  []string{"geofence", "return-to-home", "flight plan"},
			absent:    append([]string{"spray"}, road...),
		},
		{
			// Drones flying plans and watched airborne are a fleet, not a box of sensors.
			statement: "A utility runs 60 inspection drones along its power lines; each flight's plan is approved before takeoff, the drones stream position and battery every second while airborne, and operators watch them on a live map",
			mentions:  []string{"fleet telematics", "geofence", "return-to-home"},
			absent:    append([]string{"spray"}, road...),
		},
		{
			statement: "fleet management for 2,000 delivery trucks with GPS every 30 seconds and alerts when a truck idles more than 10 minutes",
			mentions:  []string{"idling", "driver payroll", "engine faults"},
			absent:    []string{"geofenced no-fly", "return-to-home", "support addresses"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
