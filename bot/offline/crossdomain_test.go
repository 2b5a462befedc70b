package offline_test

import (
	"slices"
	"strings"
	"testing"
)

// crossCase is a statement that must not carry a neighbouring domain's capability (and its
// words), or that must keep it because the statement really is that domain.
type crossCase struct {
	statement string
	want      []string // features the design must have
	not       []string // features it must not have
	gone      []string // the neighbour's own words, which must not be in the design
}

// checkCross designs each statement and checks its features and text.
func checkCross(t *testing.T, cases []crossCase) {
	t.Helper()
	for _, tc := range cases {
		d := design(t, tc.statement)
		features := d.Requirements.Features
		for _, f := range tc.want {
			if !slices.Contains(features, f) {
				t.Errorf("%q: features %v, want %s", tc.statement, features, f)
			}
		}
		for _, f := range tc.not {
			if slices.Contains(features, f) {
				t.Errorf("%q: features %v, want no %s", tc.statement, features, f)
			}
		}
		text := allText(d)
		for _, w := range tc.gone {
			if strings.Contains(text, w) {
				t.Errorf("%q: the neighbour's %q is in the design", tc.statement, w)
			}
		}
	}
}

// A skier's RFID lift pass read at a lift gate is an entitlement checked at the gate, not a
// hospital's linen read at a laundry gate: "rfid" and "gates" alone named no tagged item, yet
// brought par levels, wards and manifests beside the gate's design.
func TestSkiPassRFIDIsNoLinen(t *testing.T) {
	t.Parallel()
	linen := []string{"Par levels", "ward door", "manifest", "linen"}
	checkCross(t, []crossCase{
		{statement: "We run a ski resort with 14 lifts; every skier's RFID pass is scanned at the lift gate, about 9,000 scans an hour on a normal day but three times that on powder Saturdays between 9 and 11 am. Gates must reject invalid or already-used passes within 300 ms even if the link to the base lodge drops, and we keep scan history for two seasons.",
			want: []string{"gateentry"}, not: []string{"rfid"}, gone: linen},
		{statement: "Skiers tap RFID lift passes at the gates of our 30 chairlifts; a pass must never let two people through and the gates keep working offline.",
			want: []string{"gateentry"}, not: []string{"rfid"}, gone: linen},
		{statement: "Our water park's RFID wristbands are read at the entry gates, about 4,000 reads an hour in summer.",
			not: []string{"rfid"}, gone: linen},
		// The near miss: a hospital's tagged linen read at laundry gates is still linen tracking.
		{statement: "A hospital group wants RFID tracking of its sheets and gowns: each item is read at the laundry gates and at ward doors, and managers see par levels per ward.",
			want: []string{"rfid"}, not: []string{"gateentry"}},
		{statement: "Track 40,000 RFID-tagged kegs read at the gates of our 12 depots and find the ones that never come back.",
			want: []string{"rfid"}, not: []string{"gateentry"}},
	})
}
