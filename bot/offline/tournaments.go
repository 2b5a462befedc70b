package offline

import (
	"math"
	"slices"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// tourneyNouns are what a tournament's field is counted in ("Swiss events of up to 5k players").
var tourneyNouns = []string{"player", "entrant", "participant", "competitor", "contestant"}

// usualTourneyField sizes a tournament the statement gives no field for: a large open online event.
const usualTourneyField = 1000

// tourneyWords renders the tournament placeholders from the field the statement caps: a Swiss
// event needs about log2(field) rounds to leave one clear winner ({tourney_rounds}), and each
// round starts field/2 games at once ({tourney_boards}), which is the burst the round start
// must carry.
func tourneyWords(rd workload.Reading, name string) (string, bool) {
	field := tourneyField(rd)
	switch name {
	case "tourney_players":
		return conversation.Human(field), true
	case "tourney_rounds":
		return conversation.Human(swissRounds(field)), true
	case "tourney_boards":
		return conversation.Human(math.Ceil(field / 2)), true
	}
	return "", false
}

// tourneyField is the largest field the statement allows a tournament ("up to 5k players"),
// else the usual one.
func tourneyField(rd workload.Reading) float64 {
	n := 0.0
	for _, l := range rd.Limits {
		if slices.Contains(tourneyNouns, l.Noun) {
			n = max(n, l.Value)
		}
	}
	if n < 2 {
		return usualTourneyField
	}
	return n
}

// swissRounds is the number of Swiss rounds that leaves one player with a perfect score:
// each round halves the leaders' group.
func swissRounds(field float64) float64 {
	return math.Ceil(math.Log2(field))
}
