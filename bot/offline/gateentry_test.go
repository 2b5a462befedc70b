package offline

import "testing"

// The gate's design speaks of what the statement names: a skier's lift pass at a resort's lift
// gate, a member's membership at a car wash's entrance, else the plain words.
func TestGateWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, name, want string
	}{
		{"skiers tap lift passes at 600 gates across 45 resorts", "ge_holder", "skier"},
		{"skiers tap lift passes at 600 gates across 45 resorts", "ge_passes", "lift passes"},
		{"skiers tap lift passes at 600 gates across 45 resorts", "ge_gate", "lift gate"},
		{"skiers tap lift passes at 600 gates across 45 resorts", "ge_sites", "resorts"},
		{"members' plates are read by a plate camera at 180 car wash sites", "ge_gates", "entrances"},
		{"members' plates are read by a plate camera at 180 car wash sites", "ge_pass", "membership"},
		{"season ticket holders scan at the stadium's turnstiles", "ge_holders", "season ticket holders"},
		{"season ticket holders scan at the stadium's turnstiles", "ge_site", "stadium"},
		{"the borough's pools let residents in with a leisure card at the barrier", "ge_holders", "residents"},
		{"the borough's pools let residents in with a leisure card at the barrier", "ge_pass", "leisure card"},
		{"the borough's pools let residents in with a leisure card at the barrier", "ge_site", "pool"},
		{"skiers show a season pass at the lifts", "ge_gates", "lift gates"},
		{"people present a pass at a gate", "ge_holder", "holder"},
		{"people present a pass at a gate", "ge_passes", "passes"},
	} {
		if got, ok := gateWords(tc.statement, tc.name); !ok || got != tc.want {
			t.Errorf("%q {%s} = %q, %v; want %q", tc.statement, tc.name, got, ok, tc.want)
		}
	}
	if _, ok := gateWords("anything", "peak_write"); ok {
		t.Errorf("gateWords claims {peak_write}")
	}
}

// A noun that starts with a vowel takes "an": a car wash's entrance, a theme park's annual pass.
func TestGateWordsArticle(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, name, want string
	}{
		{"members' plates are read by a plate camera at 180 car wash sites", "ge_a_gate", "an entrance"},
		{"skiers tap lift passes at 600 gates across 45 resorts", "ge_a_gate", "a lift gate"},
		{"annual pass holders enter through turnstiles", "ge_a_pass", "an annual pass"},
		{"people present a pass at a gate", "ge_a_pass", "a pass"},
	} {
		if got, ok := gateWords(tc.statement, tc.name); !ok || got != tc.want {
			t.Errorf("%q {%s} = %q, %v; want %q", tc.statement, tc.name, got, ok, tc.want)
		}
	}
}
