package offline

import "testing"

// A statement whose clauses name no thing kept but count one by a rate ("1.2M filings per year")
// is about that thing, not about "items"; and people named only as who may see things ("visible
// only to judges") read what others create, so the design does not have them create it.
func TestComposedKeepsWhatIsCountedAndViewersOnlyRead(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement     string
		want, without []string
	}{
		{"court e-filing for a state's judiciary: about 900,000 filings a year across 40 courthouses, sealed matters visible only to judges and clerks",
			[]string{"filings"}, []string{"create items", "system for items", "judges create"}},
		{"an archive for a newspaper: 3,000 clippings per week scanned in, restricted issues open only to editors",
			[]string{"clippings"}, []string{"create items", "system for items", "editors create"}},
		{"a permit portal for a county: roughly 50k applications per year, files readable only by inspectors",
			[]string{"applications"}, []string{"create items", "system for items", "inspectors create"}},
	} {
		checkDesignSays(t, tc.statement, tc.want, tc.without)
	}
}

// Irregular verbs keep their own participles: critical values are "seen" within 5 minutes, not
// "seed".
func TestPastTenseOfIrregularVerbs(t *testing.T) {
	t.Parallel()
	for v, want := range map[string]string{"see": "seen", "send": "sent", "pay": "paid", "bid": "bid", "plan": "planned", "file": "filed", "copy": "copied"} {
		if got := pastTense(v); got != want {
			t.Errorf("pastTense(%q) = %q, want %q", v, got, want)
		}
	}
}

// A field of work names no thing kept: a citizen science app keeps sightings, not "sciences".
func TestFieldsOfWorkAreNotThingsKept(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "a citizen science app where 12,000 volunteers log butterfly counts from their gardens each summer weekend",
		[]string{"butterfly count"}, []string{"sciences", "system for science"})
}
