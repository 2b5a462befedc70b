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
