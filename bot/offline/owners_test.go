package offline

import (
	"slices"
	"strings"
	"testing"
)

func entityNamed(es []entity, name string) (entity, bool) {
	i := slices.IndexFunc(es, func(e entity) bool { return e.Name == name })
	if i < 0 {
		return entity{}, false
	}
	return es[i], true
}

// What a sensor reports is a reading whose fields are the measurements, and the sender is a
// device that sees nothing and has no email.
func TestMeasuresAreFieldsOfAReading(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, sender string }{
		{"Design a system for a brewery: 600 fermenters send temperature and pressure every 30 seconds, brewers log each batch, and the head brewer acknowledges alarms", "Fermenter"},
		{"Design a system for a bakery chain: 900 ovens log temperature and humidity every 20 seconds, bakers record each bake, and head bakers sign off batches", "Oven"},
	} {
		f := composed(tc.problem)
		for _, e := range f.Entities {
			if measureNouns[strings.ToLower(e.Name)] {
				t.Errorf("%q: entity %s is a measurement, want a field of a reading", tc.problem, e.Name)
			}
		}
		r, ok := entityNamed(f.Entities, "Reading")
		if !ok || !strings.Contains(r.Fields, "temperature") {
			t.Errorf("%q: Reading=%+v, want a reading with a temperature field", tc.problem, r)
		}
		if s, ok := entityNamed(f.Entities, tc.sender); !ok || strings.Contains(s.Fields, "email") {
			t.Errorf("%q: %s=%+v, want a device row without email", tc.problem, tc.sender, s)
		}
		for _, l := range append(slices.Clone(f.Functional), f.UseCases...) {
			if strings.Contains(l, "their readings") || strings.Contains(l, "their temperatures") {
				t.Errorf("%q: %q: a device sees nothing", tc.problem, l)
			}
		}
	}
}

// An actor sees "their" things only when they make them; "of their harbour" keeps the relation
// the statement gives.
func TestSeesTheirOnlyWhatTheyMake(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want, never string }{
		{"Design a system for a marina: dock wardens assign slips to visiting yachts, skippers request fuel deliveries, and slips are freed when a yacht leaves", "", "wardens see their slips"},
		{"Design a system for a port authority: harbour masters assign berths to arriving vessels, shipping agents book pilots for their vessels, and berths are released when a vessel departs", "", "opens their berths"},
		{"Design a system for allotments: each secretary manages the plots of their society, gardeners rent plots for the year, and the council audits the rents", "Secretaries see the plots of their society", "see their plots"},
	} {
		f := composed(tc.problem)
		lines := append(slices.Clone(f.Functional), f.UseCases...)
		all := strings.Join(lines, "\n")
		if tc.never != "" && strings.Contains(strings.ToLower(all), tc.never) {
			t.Errorf("%q: says %q:\n%s", tc.problem, tc.never, all)
		}
		if tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%q: want %q in:\n%s", tc.problem, tc.want, all)
		}
	}
}

// Organisations and teams that act are not accounts: they have a name and a place, and the
// people who act for them are members.
func TestOrganisationsAreNotAccounts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, org, person string }{
		{"Design a system for school kitchens: schools order meals a week ahead, cooks prepare the meals, and the catering team invoices each school monthly", "Catering team", "Cook"},
		{"Design a system for school kitchens: schools order meals a week ahead, cooks prepare the meals, and the catering team invoices each school monthly", "School", "Cook"},
		{"Design a system for community pharmacies: pharmacies order vaccines from the regional depot, pharmacists record each vaccination, and the health board reimburses the pharmacies monthly", "Pharmacy", "Pharmacist"},
	} {
		f := composed(tc.problem)
		o, ok := entityNamed(f.Entities, tc.org)
		if !ok || strings.Contains(o.Fields, "email") || !strings.Contains(o.Fields, "address") || !strings.Contains(o.Fields, "_members") {
			t.Errorf("%q: %s=%+v, want a name, an address and members, no email", tc.problem, tc.org, o)
		}
		if p, ok := entityNamed(f.Entities, tc.person); !ok || !strings.Contains(p.Fields, "email") {
			t.Errorf("%q: %s=%+v, want a person's account", tc.problem, tc.person, p)
		}
	}
}

// The dive on growth partitions the main things as their row does: by their sender, by their
// maker, or by their own id when no one holds them.
func TestGrowthDivePartitionsAsTheRowDoes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want, never string }{
		{"Design a system for a brewery: 600 fermenters send temperature and pressure every 30 seconds, brewers log each batch, and the head brewer acknowledges alarms", "partitioned by fermenter_id", "a fermenter reading back"},
		{"Design a system for a port authority: harbour masters assign berths to arriving vessels, shipping agents book pilots for their vessels, and berths are released when a vessel departs", "partitioned by their own id", "partitioned by harbour_master_id"},
	} {
		f := composed(tc.problem)
		i := slices.IndexFunc(f.Deep, func(d deepDive) bool { return strings.HasPrefix(d.Title, "Where ") })
		if i < 0 {
			t.Fatalf("%q: no growth dive", tc.problem)
		}
		body := f.Deep[i].Body
		if tc.want != "" && !strings.Contains(body, tc.want) || strings.Contains(body, tc.never) {
			t.Errorf("%q: dive=%q, want %q and not %q", tc.problem, body, tc.want, tc.never)
		}
	}
}
