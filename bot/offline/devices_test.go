package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestReportingDevicesBySentenceShape reads a device fleet from "N things report X every T"
// whatever the things are called, and never from people, their phones or servers.
func TestReportingDevicesBySentenceShape(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Our 3,000 grain silos each report their fill level every 15 minutes", "3,000 silos report every 15 min"},
		{"20,000 data loggers upload temperature every 2 minutes over cellular", "20K loggers report every 2 min"},
		{"Design the backend for 80,000 street lights that report their status every 5 minutes", "80K lights report every 5 min"},
		{"Our 600,000 smart thermostats send indoor temperature every minute", "600K thermostats report once a minute"},
		{"Design monitoring for 20,000 servers that send CPU metrics every 10 seconds", ""},
		// Where a fleet is, and nothing else, is tracking and dispatch; a daily total is no interval.
		{"60 ambulances report GPS every 5 seconds and dispatchers assign the nearest free crew", ""},
		{"each van reports its GPS position every 10 seconds", ""},
		// A ping or an update is how a position travels, not a reading of its own; a ping alone
		// is still a device's report.
		{"Our 250 buses send location updates every 15 s", ""},
		{"400 trams send a GPS fix every 20 seconds", ""},
		{"2,000 beacons send a ping every minute", "2,000 beacons report once a minute"},
		{"testers file 8,000 bug reports a day", ""},
		{"A ride-hailing app where 50,000 drivers send their location every 4 seconds", ""},
		{"A social app where 2 million users post a short status every 10 minutes", ""},
	} {
		if got := reportingDevices(tc.statement); got != tc.want {
			t.Errorf("%q: reportingDevices = %q, want %q", tc.statement, got, tc.want)
		}
	}
}

// TestHeldLimitAndWhoIsTold reads a limit held over time and the people to tell as stated.
func TestHeldLimitAndWhoIsTold(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, rule, who string }{
		{"if a freezer is warmer than -15°C for over 20 minutes, message the driver", "warmer than -15°C for over 20 minutes", "the driver"},
		{"if moisture stays below 20% for more than an hour the farmer must be texted", "below 20% for more than an hour", "the farmer"},
		{"alert the pharmacist and the regional manager when a fridge is above 8°C for 15 minutes", "above 8°C for 15 minutes", "the pharmacist and the regional manager"},
		{"page the shift lead, the plant manager or the safety officer if pressure exceeds 12 bar for 30 seconds", "exceeds 12 bar for 30 seconds", "the shift lead, the plant manager or the safety officer"},
		{"text the caretaker if humidity is over 90% humidity for more than 2 hours", "over 90% humidity for more than 2 hours", "the caretaker"},
		{"if CO2 is higher than 1,000 ppm for over half an hour", "higher than 1,000 ppm for over half an hour", ""},
		{"Beekeepers watch their hives and get an alert when the temperature stays above 38°C for 20 minutes", "above 38°C for 20 minutes", "the beekeepers"},
		{"if a gate stays below 5% for 2 hours the site manager receives a text", "below 5% for 2 hours", "the site manager"},
		{"alert rules are set per fleet", "", ""},
	} {
		h, _ := readHeldLimit(tc.statement)
		if h.rule != tc.rule {
			t.Errorf("%q: rule %q, want %q", tc.statement, h.rule, tc.rule)
		}
		if got := notified(tc.statement); got != tc.who {
			t.Errorf("%q: notified %q, want %q", tc.statement, got, tc.who)
		}
	}
}

// TestGroupCommandRead reads a command to a whole group by a deadline, in the statement's words.
func TestGroupCommandRead(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      groupCommand
	}{
		{"a curtailment command from the grid must reach all chargers at a site within 2 seconds",
			groupCommand{command: "curtailment command", devices: "chargers", group: "site", deadline: "2 seconds", said: "all chargers at a site within 2 seconds"}},
		{"the utility can push a setback to every thermostat in a zip code within 30 seconds",
			groupCommand{command: "setback", devices: "thermostat", group: "zip code", deadline: "30 seconds", said: "every thermostat in a zip code within 30 seconds"}},
		{"the city can switch all lights in a district within 10 seconds",
			groupCommand{command: "command", devices: "lights", group: "district", deadline: "10 seconds", said: "all lights in a district within 10 seconds"}},
	} {
		if got, ok := readGroupCommand(tc.statement); !ok || got != tc.want {
			t.Errorf("%q: %+v (%v), want %+v", tc.statement, got, ok, tc.want)
		}
	}
}

// TestUnitCommandRead reads a command to one device by a deadline in the statement's words, and
// leaves people's deadlines and commands to a whole group alone.
func TestUnitCommandRead(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      unitCommand
		ok        bool
	}{
		{"each pen has aerators, and aerators must switch on within 5 seconds when an operator asks",
			unitCommand{devices: "aerators", action: "switch on", deadline: "5 seconds", said: "aerators must switch on within 5 seconds"}, true},
		{"the shutters should open or close within 20 s of a tap",
			unitCommand{devices: "shutters", action: "open or close", deadline: "20 s", said: "the shutters should open or close within 20 s"}, true},
		{"a command must reach a vent motor within 20 seconds",
			unitCommand{devices: "vent motors", action: "act", deadline: "20 seconds", said: "a command must reach a vent motor within 20 seconds"}, true},
		{"on-call engineers must respond within 15 minutes", unitCommand{}, false},
		{"the city can switch all lights in a district within 10 seconds", unitCommand{}, false},
	} {
		if got, ok := readUnitCommand(tc.statement); ok != tc.ok || got != tc.want {
			t.Errorf("%q: %+v (%v), want %+v (%v)", tc.statement, got, ok, tc.want, tc.ok)
		}
	}
}

// TestDeviceFleetDesigns designs fleets of devices no word list names: each gets an ingest path,
// the stated limit held over time with its own figures and people, a command fanned out to a
// group by its deadline, and a settlement from metered energy rather than a card checkout.
func TestDeviceFleetDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "6,000 pharmacy fridges report their temperature every minute; if one stays above 8°C for 15 minutes we alert the pharmacist and the regional manager, and readings are kept for 3 years for inspections.",
			mentions:  []string{"mqtt", "time-series", "above 8°c for 15 minutes", "above_since", "hysteresis", "the pharmacist and the regional manager", "object lock", "6,000 fridges"},
			absent:    []string{"/v1/items", "stripe", "a system for"},
		},
		{
			statement: "Our 40,000 irrigation valves in orchards send soil moisture every 10 minutes; if moisture stays below 20% for more than an hour the farmer must be texted, and the agronomist can open all valves in a block within 30 seconds.",
			mentions:  []string{"below_since", "tells the farmer", "block's topic", "within 30 seconds", "2 broker nodes"},
			absent:    []string{"above_since", "{fan_", "{hold_", "stripe"},
		},
		{
			statement: "An operator of 12,000 EV chargers across Europe needs a backend: each charger sends its power draw and connector status every 15 seconds, a curtailment command from the grid must reach all chargers at a site within 2 seconds, and site hosts are paid out monthly for the energy their chargers delivered.",
			mentions:  []string{"(see deep dives): one curtailment command to every device of a site within 2 seconds; device connections; settlement from the readings", "publishes it once", "settlement job", "cumulative", "bank payouts", "power_draw, connector_status"},
			absent:    []string{"stripe", "3-d secure", "card networks", "exactly-once payments"},
		},
		{
			statement: "Our 400 delivery vans carry freezer units that send temperature and GPS every minute; if a freezer is warmer than -15°C for over 20 minutes, message the driver. Keep the records for 3 years.",
			mentions:  []string{"fleet telematics", "warmer than -15°c for over 20 minutes", "tells the driver", "temperature", "points over 3 years"},
			absent:    []string{"counterpart of an active trip", "### an idling alert", "/v1/items"},
		},
		{
			// Sensors with monitoring read as a metrics pipeline, which has no way back to a
			// device; a command by a deadline makes it the device platform with the command path.
			statement: "Design humidity monitoring for 50 greenhouses with 15 sensors each reporting every minute; vent motors must open or close within 20 seconds of a command from the grower's phone.",
			mentions:  []string{"commands to a device by a deadline", "/v1/devices/{device_id}/commands", "within 20 seconds p99", "safe state", "mqtt"},
			absent:    []string{"metrics monitoring and alerting", "{cmd_", "scrape"},
		},
		{
			// A fleet's lorries are the vehicles the design names, and "goes above" is how a
			// reading moves, not a part left undesigned.
			statement: "Our 900 lorries carry reefer units that report temperature every minute; if a load goes above 4°C for 15 minutes, alert the driver.",
			mentions:  []string{"fleet telematics", "above 4°c for 15 minutes", "tells the driver"},
			absent:    []string{"“lorries”", "“goes”"},
		},
	} {
		g, sections := renderAll(t, tc.statement)
		var all strings.Builder
		for _, id := range conversation.SectionOrder {
			all.WriteString(strings.ToLower(sections[id]) + "\n")
		}
		text := all.String()
		for _, m := range tc.mentions {
			if !strings.Contains(text, m) {
				t.Errorf("%q (%s): design does not mention %q", tc.statement, g.Title, m)
			}
		}
		for _, a := range tc.absent {
			if strings.Contains(text, a) {
				t.Errorf("%q (%s): design mentions %q", tc.statement, g.Title, a)
			}
		}
	}
}

// TestGroupCommandIsNotWrites sizes a command to a whole group as one command fanned out by the
// brokers, not as every device's delivery written to the database inside the deadline.
func TestGroupCommandIsNotWrites(t *testing.T) {
	t.Parallel()
	g, _ := renderAll(t, "An operator of 12,000 EV chargers needs a backend: each charger sends its power draw every 15 seconds, and a curtailment command must reach all chargers at a site within 2 seconds.")
	// 12,000 ÷ 15 s = 800 readings/s; the command read as writes added 6,000/s.
	if got := g.Capacity.PeakWriteQPS; got > 1000 {
		t.Errorf("peak writes %.0f/s, want the 800/s of readings only", got)
	}
}

// TestDevicePatternsStayOff keeps the device rules off statements whose senders are servers,
// people's phones or people.
func TestDevicePatternsStayOff(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a monitoring system for 20,000 servers that send CPU and memory metrics every 10 seconds and page the on-call engineer when CPU stays above 90% for 5 minutes.",
		"Design a ride-hailing app where 50,000 drivers' phones send their location every 4 seconds and riders see their driver approach.",
		"A social app where 2 million users post a short status every 10 minutes and friends see them in a feed; send a digest to all users in a region within 5 minutes.",
	} {
		ids, _ := detect(s)
		for _, id := range []string{"iot", "holdrule", "groupcommand", "meteredsettle"} {
			for _, got := range ids {
				if got == id {
					t.Errorf("%q: detected %s", s, id)
				}
			}
		}
	}
}

// TestSettlementFlowIsNamed names a stated periodic settlement for what it writes, not for the
// verb the reader met first ("settle energy delivered per household" was "deliver household").
func TestSettlementFlowIsNamed(t *testing.T) {
	t.Parallel()
	g, _ := renderAll(t, "4,000 solar inverters report their output every minute, and we settle the energy delivered per home every month.")
	var names []string
	for _, f := range g.Requirements.Workload.Flows {
		names = append(names, f.Name)
	}
	if !slices.Contains(names, "settlement statement") {
		t.Errorf("flows %q, want a settlement statement", names)
	}
}

// TestReadingsOfDropsArticles names what devices send without the article the statement puts
// before it: a field is gps_ping, never a_gps_ping, and a device reports its gps ping.
func TestReadingsOfDropsArticles(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ from, want string }{
		{"1,100 buses send a GPS ping every 10 seconds", "gps ping"},
		{"9,000 weather buoys transmit an hourly wave height reading once an hour", "hourly wave height reading"},
		{"home batteries report their state of charge every 5 seconds", "state of charge"},
	} {
		if got := readingsOf(strings.ToLower(tc.from)); got != tc.want {
			t.Errorf("readingsOf(%q) = %q, want %q", tc.from, got, tc.want)
		}
	}
}
