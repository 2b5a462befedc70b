package offline

import (
	"slices"
	"testing"
)

// TestLightVerbsKeepTheAct reads "do/perform/conduct/carry out N <acts>" as its actor recording
// the act: "do" is no verb the reader knew, so the arborists and their inspections were lost, and
// "carry"/"perform" became the design's main thing.
func TestLightVerbsKeepTheAct(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, actor, object string }{
		{"A tree register for a city: arborists do about 40 inspections a day on tablets, residents report fallen branches", "arborist", "inspection"},
		{"A ward app: nurses carry out 300 assessments a week and doctors review them", "nurse", "assessment"},
		{"Field service for a water utility: crews perform 12 repairs a day", "crew", "repair"},
		{"A fire-safety tool: inspectors conduct about 2k audits a year", "inspector", "audit"},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		if !slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Actor == tc.actor && a.Object == tc.object }) {
			t.Errorf("%q: actions %+v, want %s acting on %s", tc.statement, rd.Actions, tc.actor, tc.object)
		}
		if m := modelOf(tc.statement); slices.ContainsFunc(m.kept, func(e string) bool { return e == "carry" || e == "perform" || e == "conduct" || e == "do" }) {
			t.Errorf("%q: kept the light verb as a thing: %q", tc.statement, m.kept)
		}
	}
	// Not a light verb on an act: "do not", "do their homework".
	if rd := readStatement("Students do their homework on the app and teachers mark it"); slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Verb == "record" }) {
		t.Errorf("homework read as a recorded act: %+v", rd.Actions)
	}
}

// TestDescribedThingsAreKept keeps what the statement counts and lists fields of ("85,000 trees,
// each with species, location and condition") in the place of the collection word naming their
// set: the forestry inventory's core entity was "Inventory", with no Tree.
func TestDescribedThingsAreKept(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, want, not string }{
		{"Urban forestry inventory for a city: about 85,000 trees, each with species, location, trunk size and condition. Residents report fallen branches.", "tree", "inventory"},
		{"A museum catalogue: 40k objects, each with a title, maker, date and gallery; curators publish exhibitions", "object", "catalogue"},
		{"A register of 3,000 boats, each having an owner, a mooring and a licence; harbour staff log arrivals", "boat", ""},
	}
	for _, tc := range tests {
		m := modelOf(tc.statement)
		if !slices.Contains(m.kept, tc.want) {
			t.Errorf("%q: kept %q, want %q", tc.statement, m.kept, tc.want)
		}
		if tc.not != "" && slices.Contains(m.kept, tc.not) {
			t.Errorf("%q: kept the collection %q beside its records: %q", tc.statement, tc.not, m.kept)
		}
	}
}

// TestAskAnsweredByWhoActsNext gives an asking to whoever acts after it before whoever acted
// before it: the forestry team, which plans after residents request plantings, answers them, not
// the arborists named first.
func TestAskAnsweredByWhoActsNext(t *testing.T) {
	t.Parallel()
	m := modelOf("Urban forestry for a city: arborists do about 40 inspections a day on tablets. Residents request plantings, and the forestry team plans pruning on a 7-year rotation.")
	for _, k := range m.asks() {
		if k.record == "planting request" && k.by != "forestry team" {
			t.Errorf("planting requests answered by %q, want the forestry team", k.by)
		}
	}
	if !slices.ContainsFunc(m.asks(), func(k ask) bool { return k.record == "planting request" }) {
		t.Errorf("no planting request asked: %+v", m.asks())
	}
}
