package offline

import (
	"slices"
	"testing"
)

// TestReadStageList reads the stages a statement names in order, what moves through them (the
// counted plural "each" stands for, or the order when the things are ordered) and the stage the
// statement counts in the plural as repeated. Before, only "passes through 7 stages" was read, so
// a prosthetics lab's "each goes through design, 3D print, test fitting and adjustment" had no
// stages at all.
func TestReadStageList(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement      string
		thing          string
		names          []string
		repeats, times string
	}{
		{"Design an order-tracking system for a prosthetics lab network: 14 clinics scan residual limbs with 3D scanners (each scan is ~300 MB), about 70 new sockets are ordered a week, and each goes through design, 3D print, test fitting and adjustment (typically 2-3 fittings).",
			"order", []string{"design", "3D print", "test fitting", "adjustment"}, "test fitting", "2-3"},
		{"about 300 crowns are ordered a week, and each goes through modelling, milling, try-in and glazing, typically 1-2 try-ins, and dentists see the stage.",
			"order", []string{"modelling", "milling", "try-in", "glazing"}, "try-in", "1-2"},
		{"A genomics core receives 5,000 samples a week and every sample passes through extraction, PCR, library prep and sequencing",
			"sample", []string{"extraction", "PCR", "library prep", "sequencing"}, "", ""},
	} {
		st, ok := readStaging(tc.statement)
		if !ok || st.thing != tc.thing || !slices.Equal(st.names, tc.names) || st.repeats != tc.repeats || st.times != tc.times {
			t.Errorf("%q: read %+v (%v), want %s through %v, %q repeated %s", tc.statement, st, ok, tc.thing, tc.names, tc.repeats, tc.times)
		}
	}
	for _, s := range []string{
		"each user goes through onboarding before they can post",
		"every request goes through the gateway and the auth service",
	} {
		if st, ok := readStaging(s); ok {
			t.Errorf("%q: read stages %+v, want none", s, st)
		}
	}
}

// TestStageListDesigns designs an order that moves through named stages as a state machine of
// those stages, the repeated one counted in a round.
func TestStageListDesigns(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "Design an order-tracking system for a prosthetics lab network: 14 clinics scan residual limbs with 3D scanners (each scan is ~300 MB), about 70 new sockets are ordered a week, and each goes through design, 3D print, test fitting and adjustment (typically 2-3 fittings). Clinicians need the scan, design file and fitting notes together, and patient data is PHI.",
		[]string{"each order moves through design → 3d print → test fitting (repeated, 2-3 times) → adjustment → done", "stage (design | 3d print | test fitting | adjustment | done)", "fitting_round"},
		[]string{"so a order"})
}
