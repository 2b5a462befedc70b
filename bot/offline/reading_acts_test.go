package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestActsLeaveRecordsNotGerunds keeps what an act leaves behind, never the act's -ing form: a
// choosing leaves a choice of something, a rescuing a rescue, a preparing a preparation.
func TestActsLeaveRecordsNotGerunds(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, want string }{
		{"a flower subscription: 9,000 members choose 3 bouquets a month", "bouquet choice"},
		{"pupils choose 2 electives each term and tutors approve them", "elective choice"},
		{"volunteers rescue injured hedgehogs and vets treat them", "rescue"},
		{"lab technicians prepare slides for 40 pathologists", "preparation"},
	}
	for _, tc := range tests {
		m := modelOf(tc.statement)
		if !slices.Contains(m.kept, tc.want) {
			t.Errorf("%q: kept %q, want %q among them", tc.statement, m.kept, tc.want)
		}
		if i := slices.IndexFunc(m.kept, func(e string) bool { return strings.HasSuffix(e, "ing") }); i >= 0 {
			t.Errorf("%q: kept the act %q as a thing (kept %q)", tc.statement, m.kept[i], m.kept)
		}
	}
}

// TestOrganisationsActAndDaysSayWhen reads an organisation that opens a clause as who acts ("depots
// load trailers"), a day after the object as when, and a thing that merely happens ("when a spice
// runs out") as no actor.
func TestOrganisationsActAndDaysSayWhen(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		action    [3]string
		notActor  string
	}{
		{"a parcel network: depots stack pallets Monday night, drivers deliver parcels", [3]string{"depot", "stack", "pallet"}, ""},
		{"breweries bottle beer Friday, pubs order kegs", [3]string{"brewery", "bottle", "beer"}, ""},
		{"nurseries pot seedlings Tuesday and shops order trays", [3]string{"nursery", "pot", "seedling"}, ""},
		{"a lab app: technicians run assays, reorders when a reagent runs out", [3]string{"technician", "run", "assay"}, "reagent"},
		{"a laundromat app: staff wash loads, alerts when a detergent runs low", [3]string{}, "detergent"},
		{"a garage app: mechanics service vans, alerts when a coolant runs low", [3]string{}, "coolant"},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		if tc.action[0] != "" && !slices.ContainsFunc(rd.Actions, func(a action) bool { return [3]string{a.Actor, a.Verb, a.Object} == tc.action }) {
			t.Errorf("%q: actions %+v, want %q", tc.statement, rd.Actions, tc.action)
		}
		if tc.notActor != "" && slices.Contains(rd.Actors, tc.notActor) {
			t.Errorf("%q: actors %q, want no %q: it happens to, it does not act", tc.statement, rd.Actors, tc.notActor)
		}
	}
}

// TestOwnerOfTheNameIsNotKept reads "X's Y system" as X's system: what it keeps is what it takes
// in, counted or named, never the owner.
func TestOwnerOfTheNameIsNotKept(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, owner, kept string }{
		{"a grain cooperative's intake system: 600 truckloads a day at harvest, each weighed in and out", "cooperative", "truckload"},
		{"a dairy cooperative's collection app: tankers collect milk from 400 farms every morning", "cooperative", "milk"},
		{"a sawmill's log intake system: 150 log trucks a day", "sawmill", "log"},
	}
	for _, tc := range tests {
		m := modelOf(tc.statement)
		if slices.ContainsFunc(m.kept, func(e string) bool { return strings.Contains(e, tc.owner) }) {
			t.Errorf("%q: kept %q, want no %q: it owns the system", tc.statement, m.kept, tc.owner)
		}
		if !slices.Contains(m.kept, tc.kept) {
			t.Errorf("%q: kept %q, want %q among them", tc.statement, m.kept, tc.kept)
		}
	}
}

// TestTitleBeforeAColon names a system from an article and a name before a colon.
func TestTitleBeforeAColon(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, want string }{
		{"a flower subscription: 9,000 members choose 3 bouquets a month", "Flower subscription"},
		{"a mobile vet practice: 6 vans visit farms and vets log treatments", "Mobile vet practice"},
		{"an allotment society: members rent plots and pay yearly", "Allotment society"},
	}
	for _, tc := range tests {
		ids, _ := detect(tc.statement)
		fs := featuresOf(conversation.RequirementSet{Features: ids})
		if got := title(tc.statement, primary(fs)); got != tc.want {
			t.Errorf("title(%q) = %q, want %q", tc.statement, got, tc.want)
		}
	}
}
