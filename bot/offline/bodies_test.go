package offline

import (
	"slices"
	"testing"
)

// An organisation that opens a statement does the work it names, in the singular, with up to
// three words naming it and its later verbs joined by commas and "and": "a hospital linen service
// collects linen, washes it and must return it". A service that is software stays the system.
func TestBodiesActInTheSingular(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      []string // actor verb object
	}{
		{"A hospital linen service collects soiled linen from 9 hospitals, washes about 40 tonnes a week and must return each ward's order by 6am",
			[]string{"linen service collect soiled linen", "linen service return ward order"}},
		{"A regional blood service collects 2,000 donations a day and ships them to 40 hospitals",
			[]string{"blood service collect donation", "blood service ship donation"}},
		{"Our brewery brews 30 batches a week and ships kegs to 200 pubs", []string{"brewery brew batch", "brewery ship keg"}},
		{"A vineyard group records every transfer of oak barrels between its 5 wineries and the cooperage", []string{"vineyard group record transfer"}},
		{"A school district plans bus routes for 12,000 students and parents see where the bus is", []string{"school district plan bus route"}},
	} {
		rd := readStatement(tc.statement)
		var got []string
		for _, a := range rd.Actions {
			got = append(got, a.Actor+" "+a.Verb+" "+a.Object)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: actions %q, want %q among them", tc.statement, got, w)
			}
		}
	}
	for _, s := range []string{"A notification service sends 10M pushes a day", "A search service indexes 2 billion pages"} {
		if rd := readStatement(s); slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Actor == "notification service" || a.Actor == "search service" }) {
			t.Errorf("%q: a software service read as an organisation at work: %+v", s, rd.Actions)
		}
	}
}

// What a body does is said of it once, in the singular, and it has no "my list" of its own.
func TestBodyClausesReadAsOneOrganisation(t *testing.T) {
	t.Parallel()
	m := modelOf("A hospital linen service collects soiled linen from 9 hospitals, washes about 40 tonnes a week and must return each ward's order by 6am")
	got := m.functional()
	for _, want := range []string{"The linen service collects soiled linen", "The linen service returns ward orders"} {
		if !slices.Contains(got, want) {
			t.Errorf("functional %q, want %q", got, want)
		}
	}
	if slices.ContainsFunc(got, func(f string) bool {
		return f == "Users create linens" || f == "Linen services see their soiled linens and each one's current state"
	}) {
		t.Errorf("functional %q still reads as a template", got)
	}
}

// A statement in the organisation's own voice has its staff act ("we rent camera gear", "we
// manage crew changes and need to plan manifests", "we want one system to schedule services"),
// while what the organisation is ("we run 40 funeral homes") is no action, and other people
// keep their own clauses ("families need to review the order of service").
func TestWeIsTheStaffAtWork(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      []string
		not       []string
	}{
		{"We run 40 funeral homes and want one system to schedule services, chapels, hearses and staff. Roughly 60 services a week across all sites; families need to review and approve the order of service online",
			[]string{"staff schedule service", "family review order", "family approve order"}, []string{"staff run funeral home", "staff review order"}},
		{"We manage crew changes for 18 offshore platforms and need to plan manifests and block anyone whose training has expired",
			[]string{"staff manage crew change", "staff plan manifest"}, nil},
		{"We rent camera and lighting gear to film productions from 4 warehouses, about 30,000 serialized items", []string{"film production rent camera"}, []string{"staff rent camera"}},
		{"We lend power tools to neighbours from our community shed", []string{"neighbour borrow power tool"}, nil},
		{"We hire out marquees to wedding planners across the county", []string{"wedding planner hire marquee"}, nil},
		{"I keep bees in 12 hives and log each inspection", []string{"staff log inspection"}, nil},
	} {
		var got []string
		for _, a := range readStatement(tc.statement).Actions {
			got = append(got, a.Actor+" "+a.Verb+" "+a.Object)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: actions %q, want %q among them", tc.statement, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: actions %q hold %q", tc.statement, got, w)
			}
		}
	}
}
