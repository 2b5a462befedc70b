package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// People counted as what each person picks are no population: "players pick five drivers"
// sized a fantasy F1 game for 5 users.
func TestChosenPeopleAreNoPopulation(t *testing.T) {
	t.Parallel()
	for statement, users := range map[string]float64{
		"A fantasy F1 game where players pick five drivers before each race weekend.":           0,
		"A fantasy F1 game for 300,000 players who pick five drivers before each race weekend.": 300_000,
		"A carpool app where commuters choose 3 drivers they trust.":                            0,
		"A taxi app for 5,000 drivers.":                                                         5_000,
	} {
		if rd := workload.Read(statement); rd.Users != users {
			t.Errorf("%q: %v users; want %v (notes %q)", statement, rd.Users, users, rd.Notes)
		}
	}
}

// Picking is an act people do: "2 million managers pick squads each week" is each manager's
// pick once a week, a flow "pick squad" of 2 million managers, not a noun phrase "manager pick
// squad" counted 2 million times with no one to do it.
func TestPickingIsAnAct(t *testing.T) {
	t.Parallel()
	rd := workload.Read("Design a fantasy football platform: 2 million managers pick squads each week.")
	if rd.Users != 2e6 || len(rd.Flows) != 1 || rd.Flows[0].Name != "pick squad" || rd.Flows[0].Actors != 2e6 {
		t.Errorf("users %v, flows %+v; want 2M managers who each pick a squad", rd.Users, rd.Flows)
	}
}
