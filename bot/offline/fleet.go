package offline

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// workVehicles are vehicles whose work is passing over places: a plough clears a street, a
// sweeper sweeps it, a sprayer covers a field. A statement has them act ("220 ploughs report
// their position") but they are equipment, known by a fleet number, with no email and no
// personal data.
var workVehicles = set("plough", "plow", "snowplough", "snowplow", "gritter", "salter", "spreader", "sweeper", "mower", "sprayer",
	"harvester", "tractor", "grader")

// trackedFleet names the things whose positions a statement streams when every one of them is a
// machine or a vehicle ("60 pilot boats report their position"), plural, or "" when any is a
// person or the statement follows people (a rider's car, a courier with an order, a child's
// bus) or says the positions are private. A fleet's positions are its operator's equipment, not
// one trip's secret shared with its counterpart.
func trackedFleet(problem string) string {
	if followsPeopleRe.MatchString(problem) {
		return ""
	}
	var fleet string
	for _, f := range workload.Read(problem).Workload.Flows {
		if f.Kind != conversation.FlowWrite || f.ActorNoun == "" || !positionRe.MatchString(f.Name) {
			continue
		}
		noun := singularNoun(lastWord(strings.ToLower(f.ActorNoun)))
		if !isMachine(noun) && !vehicleWords[noun] {
			return ""
		}
		fleet = pluralNoun(noun)
	}
	return fleet
}

// followsPeopleRe marks a statement whose positions are people's or said to be private.
var followsPeopleRe = regexp.MustCompile(`(?i)\b(riders?|passengers?|ride-?hail\w*|ride-?shar\w*|taxis?|uber|lyft|couriers?|deliver\w*|orders?|` +
	`parcels?|packages?|parents?|guardians?|child\w*|kids?|pupils?|students?|patients?|friends?|famil\w+|walkers?|runners?|hikers?|` +
	`athletes?|private|privacy|confidential)\b`)
