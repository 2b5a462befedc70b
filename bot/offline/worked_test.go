package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestWorkedPlacesFromPings designs fleets whose work is passing over places (ploughs, gritters,
// refuse trucks, spraying tractors): what is designed is which segments were done, from pings
// map-matched with the implement working, and a status map read by whoever waits for the work;
// the vehicles are not people (no email, no personal data) and their positions are not one
// trip's secret.
func TestWorkedPlacesFromPings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "A town's 35 snowplows transmit GPS every 20 seconds while it snows, and people can check online which streets have been plowed",
			mentions:  []string{"route and area coverage", "map-match", "implement working", "segment status", "cdn", "people a day assumed reading it"},
		},
		{
			statement: "Design software for 60 road gritters on a county's highways: each reports location every half minute, and motorists see which roads were salted",
			mentions:  []string{"route and area coverage", "map-match", "segment status", "per-vehicle certificate"},
		},
		{
			statement: "Our waste department runs 75 bin lorries; every lorry sends its position every 15 seconds, and households check whether their bins were emptied today",
			mentions:  []string{"route and area coverage", "collection day", "lift arm", "segment status"},
		},
		{
			// Dispatch said beside the coverage is designed in it, not put out of scope.
			statement: "A county's 90 snowplows stream GPS every 10 seconds; residents check which roads were plowed, and dispatchers send the nearest idle plow to a blocked road",
			mentions:  []string{"coverage of worked segments", "nearest free vehicle", "road travel times"},
			absent:    []string{"dispatching a vehicle to a blocked segment on request"},
		},
		{
			// A farm's staff read its maps: no city's worth of readers, no public map.
			statement: "A vineyard's 12 spraying tractors send position every 3 seconds and the farm manager sees which rows were sprayed",
			mentions:  []string{"route and area coverage", "area coverage: swaths", "overlap"},
			absent:    []string{"people a day assumed reading it", "a public map that a whole city"},
		},
	} {
		g, sections := renderAll(t, tc.statement)
		var all strings.Builder
		for _, id := range conversation.SectionOrder {
			all.WriteString(strings.ToLower(sections[id]) + "\n")
		}
		text := all.String()
		absent := append([]string{"counterpart of an active trip", "seen only by the other party", "display_name", "personal data of",
			"{said:", "{unsaid:", "asked for but not designed"}, tc.absent...)
		for _, m := range tc.mentions {
			if !strings.Contains(text, m) {
				t.Errorf("%q (%s): design does not mention %q", tc.statement, g.Title, m)
			}
		}
		for _, a := range absent {
			if strings.Contains(text, a) {
				t.Errorf("%q (%s): design mentions %q", tc.statement, g.Title, a)
			}
		}
	}
}

// TestTrackedPeopleKeepTheirPrivacy: a hailed ride, a food courier and a school run follow
// people, whose positions stay private to who is linked to them; coverage leaves them alone.
func TestTrackedPeopleKeepTheirPrivacy(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Build a ride-hailing service where 200,000 drivers send their location every 4 seconds and riders watch their car arrive", "counterpart of an active trip"},
		{"A food delivery app: couriers stream GPS every 5 seconds and customers follow their order to the door", "counterpart of an active trip"},
		{"Our district's 250 school buses send GPS every 15 seconds and parents get a push when the bus is 10 minutes from their child's stop", "positions that only the right people see"},
	} {
		g, sections := renderAll(t, tc.statement)
		text := strings.ToLower(sections[conversation.Security] + "\n" + sections[conversation.DeepDive])
		if !strings.Contains(text, tc.want) {
			t.Errorf("%q (%s): security and deep dives lack %q:\n%s", tc.statement, g.Title, tc.want, text)
		}
		if strings.Contains(strings.ToLower(sections[conversation.Overview]), "route and area coverage") {
			t.Errorf("%q (%s): designed as coverage", tc.statement, g.Title)
		}
	}
}

// TestFleetPositionsAreNotPeople: positions streamed by machines or vehicles (sweepers, patrol
// boats, survey drones) are their operator's equipment: shown to those who run the fleet, not
// hidden from all but a trip's counterpart, and not listed as anyone's personal data.
func TestFleetPositionsAreNotPeople(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, fleet string }{
		{"Our 80 street sweepers report GPS every 15 seconds and the depot supervisors follow them on a live map", "sweepers"},
		{"The coastguard's 25 patrol boats send their position every 20 seconds and the control room watches them on a map", "boats"},
		{"Our 35 survey drones send their location every 5 seconds; operators watch them on a live map", "drones"},
	} {
		g, sections := renderAll(t, tc.statement)
		security, dives := strings.ToLower(sections[conversation.Security]), strings.ToLower(sections[conversation.DeepDive])
		if want := "operator's own " + tc.fleet; !strings.Contains(security, want) {
			t.Errorf("%q (%s): security lacks %q:\n%s", tc.statement, g.Title, want, security)
		}
		if strings.Contains(security, "counterpart of an active trip") || strings.Contains(dives, "seen only by the other party") {
			t.Errorf("%q (%s): positions kept private to a trip's counterpart:\n%s\n%s", tc.statement, g.Title, security, dives)
		}
		for _, line := range strings.Split(security, "\n") {
			if strings.Contains(line, "personal data of") && strings.Contains(line, "location (") {
				t.Errorf("%q (%s): positions listed as personal data: %s", tc.statement, g.Title, line)
			}
		}
		if model := strings.ToLower(sections[conversation.DataModel]); strings.Contains(model, strings.TrimSuffix(tc.fleet, "s")+"_id, display_name") {
			t.Errorf("%q (%s): the %s are kept as people:\n%s", tc.statement, g.Title, tc.fleet, model)
		}
	}
}
