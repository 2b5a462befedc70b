package offline

import (
	"testing"
)

// "Check in" with its particle before the object is the phrasal verb: "users check in the beers
// they drink" record a check-in of each beer, as "lifeguards check swimmers in" does; "drivers
// check in at the depot" has no object and is unchanged.
func TestCheckInBeforeObject(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, actor, verb, object string }{
		{"Design Untappd: users check in the beers they drink with a star rating and an optional photo of about 2 MB, roughly 9 million monthly users make around 1.5 million check-ins a day, mostly on Friday and Saturday nights, and breweries see live stats for their beers.",
			"user", "check in", "beer"},
		{"Design a coffee app: members check in the coffees they try with a rating and a note", "member", "check in", "coffee"},
		{"Lifeguards check swimmers in and out at the pool", "lifeguard", "check in", "swimmer"},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		found := false
		for _, a := range rd.Actions {
			found = found || a.Actor == tc.actor && a.Verb == tc.verb && a.Object == tc.object
		}
		if !found {
			t.Errorf("%q: actions %+v, want %s %s %s", tc.statement, rd.Actions, tc.actor, tc.verb, tc.object)
		}
	}
	for _, a := range readStatement("A haulage firm with 300 drivers: drivers check in at the depot each morning and dispatchers assign loads").Actions {
		if a.Verb == "check in" && a.Object != "" {
			t.Errorf("depot: read %+v, want no object for a check-in at a place", a)
		}
	}
}

// The Untappd design keeps the check-in users make as its core record, and invents no action
// the statement does not say.
func TestUntappdCheckInDesign(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "Design Untappd: users check in the beers they drink with a star rating and an optional photo of about 2 MB, roughly 9 million monthly users make around 1.5 million check-ins a day, mostly on Friday and Saturday nights, and breweries see live stats for their beers.",
		[]string{"check-in", "users check in beers"},
		[]string{"breweries create stats", "a brewery creates a stats"})
}
