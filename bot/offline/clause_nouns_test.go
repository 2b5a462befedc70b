package offline

import (
	"slices"
	"testing"
)

// TestPluralSubjectNamesNoThing reads "Farmers buy and sell hay" as a clause, not as a system
// named "farmer buy": a plural noun before a verb is who acts.
func TestPluralSubjectNamesNoThing(t *testing.T) {
	t.Parallel()
	cases := []struct {
		problem string
		want    string   // an entity the statement keeps
		never   []string // entities it must not read
	}{
		{"Farmers buy and sell hay on our platform: ~8,000 farmers.", "hay", []string{"buy"}},
		{"Collectors buy and sell stamps online.", "stamp", []string{"buy"}},
		{"Growers list their seedlings for local buyers.", "seedling", []string{"list", "grower list"}},
		// Near miss: a name whose middle word is also a verb stays a name.
		{"Parts order tracking for a garage.", "order", nil},
	}
	for _, c := range cases {
		rd := readStatement(c.problem)
		if !slices.Contains(rd.Entities, c.want) {
			t.Errorf("%q: entities %q, want %q", c.problem, rd.Entities, c.want)
		}
		for _, e := range c.never {
			if slices.Contains(rd.Entities, e) {
				t.Errorf("%q: entities %q hold %q", c.problem, rd.Entities, e)
			}
		}
	}
}

// TestTradedBothWays gives "buy and sell hay" both acts on the hay.
func TestTradedBothWays(t *testing.T) {
	t.Parallel()
	for _, problem := range []string{"Farmers buy and sell hay on our platform.", "Collectors buy or sell stamps online."} {
		rd := readStatement(problem)
		var verbs []string
		for _, a := range rd.Actions {
			if a.Object != "" {
				verbs = append(verbs, a.Verb)
			}
		}
		if !slices.Contains(verbs, "buy") || !slices.Contains(verbs, "sell") {
			t.Errorf("%q: acts %v, want buy and sell on one object", problem, rd.Actions)
		}
	}
}

// TestSharedLotHead reads "hay and straw lots" as lots, the batch both materials are sold in.
func TestSharedLotHead(t *testing.T) {
	t.Parallel()
	cases := []struct {
		problem, want, never string
	}{
		{"Farmers buy and sell hay and straw lots on our platform.", "hay lot", "hay"},
		{"Mills buy wheat and barley batches from growers.", "wheat batch", "wheat"},
		{"Importers ship tea or coffee consignments to cafes.", "tea consignment", "tea"},
		// Near misses: two materials, no batch noun; a plural head that is no batch.
		{"Farmers sell hay and straw.", "hay", "hay lot"},
		{"Shops sell bike and scooter parts.", "bike", "bike part"},
		{"Design a parking lot reservation app where drivers reserve spots in garages", "spot", "parking lot"},
	}
	for _, c := range cases {
		rd := readStatement(c.problem)
		if !slices.Contains(rd.Entities, c.want) || slices.Contains(rd.Entities, c.never) {
			t.Errorf("%q: entities %q, want %q and no %q", c.problem, rd.Entities, c.want, c.never)
		}
	}
}
