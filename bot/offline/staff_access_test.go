package offline_test

import (
	"strings"
	"testing"
)

// Staff who update shared things (beds, trails, level crossings) do not own the rows: access is
// by role and by where they work, never "the row's nurse_id is the caller's".
func TestStaffUpdatingSharedThingsGetRoleBasedAccess(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A regional network of 11 hospitals needs a bed management board: about 3,500 beds, nurses update bed status on tablets, the ED must see available beds in near real time (under 3 s), and every change must be audit-logged for 7 years for HIPAA.",
		"Rangers update trail status (open, closed, muddy) across 60 parks from their phones; visitors see the current status within a minute; every change is audited for 5 years.",
		"Signal technicians update the state of 2,000 level crossings across 9 depots from rugged laptops; controllers must see faulty crossings within 5 s; every change is audited.",
	} {
		text := allText(design(t, s))
		if strings.Contains(text, "is the caller's") || strings.Contains(text, "checked on every write against the row's owner") {
			t.Errorf("%q: staff changing shared things are checked against a row owner", s)
		}
		if !strings.Contains(text, "each write is checked against the caller's role and the") {
			t.Errorf("%q: no role-based check of writes", s)
		}
	}
}

// A privacy law the statement names is the one the design answers to: HIPAA gives no erasure
// on request, and a statement naming GDPR alone is not under CCPA.
func TestNamedPrivacyLawIsTheOneDesigned(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A regional network of 11 hospitals needs a bed management board: about 3,500 beds, nurses update bed status on tablets, and every change must be audit-logged for 7 years for HIPAA.",
		"Porters at a 900-bed teaching hospital mark wheelchairs and trolleys as free or in use from their phones; dispatchers need to see free equipment per ward within 5 seconds; HIPAA applies.",
		"Dialysis technicians at 14 centres update chair availability on tablets; as a HIPAA covered entity we keep every change for 6 years.",
	} {
		text := allText(design(t, s))
		if strings.Contains(text, "GDPR") || strings.Contains(text, "CCPA") {
			t.Errorf("%q: a HIPAA statement is designed under GDPR/CCPA", s)
		}
		if !strings.Contains(text, "BAA (HIPAA)") {
			t.Errorf("%q: the design does not answer to HIPAA", s)
		}
	}
	s := "Our Berlin gym chain lets members book classes at 30 studios; member data falls under GDPR."
	if text := allText(design(t, s)); strings.Contains(text, "CCPA") || !strings.Contains(text, "(GDPR)") {
		t.Errorf("%q: the design does not answer to GDPR alone", s)
	}
}

// Shared things staff change and others must see at once get a live board: changes pushed on a
// channel per hospital, depot or terminal within the stated bound, not a deep dive on sharding a
// few thousand rows.
func TestLiveBoardsOfSharedThingsPushChangesPerGroup(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"A regional network of 11 hospitals needs a bed management board: about 3,500 beds, nurses update bed status on tablets, the ED must see available beds in near real time (under 3 s), and every change must be audit-logged for 7 years for HIPAA.": "A live board of beds per hospital, within 3 s",
		"Signal technicians update the state of 2,000 level crossings across 9 depots from rugged laptops; controllers must see faulty crossings in real time, within 5 s; every change is audited.":                                                         "per depot, within 5 s",
		"Harbour staff update the status of 600 berths across 4 terminals and pilots see free berths live on their tablets, in under 2 seconds.":                                                                                                             "A live board of berths per terminal, within 2 s",
	} {
		text := allText(design(t, s))
		if !strings.Contains(text, want) {
			t.Errorf("%q: no deep dive %q", s, want)
		}
		if strings.Contains(text, "live as they grow") {
			t.Errorf("%q: a board of a few thousand rows gets a sharding deep dive", s)
		}
	}
}
