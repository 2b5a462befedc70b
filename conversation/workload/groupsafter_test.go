package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said for one group named before it ("each clinic has 6 vets") is one group's; the
// groups counted after it, in the same sentence or the next, multiply it.
func TestReadGroupCountedAfterItsMembers(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count     float64
	}{
		{"A vet practice group: each clinic has 6 vets, 30 clinics. Design the appointment booking system.", 180},
		{"Every school has 800 pupils and there are 120 schools in the trust. Design a homework platform.", 96e3},
		{"Design a retail CCTV archive: each store runs 30 cameras. We have 2,000 stores.", 60e3},
		// A bound on one group's members is no count of them.
		{"Each room holds up to 12 people, 40 rooms.", 0},
	} {
		rd := workload.Read(tc.statement)
		got := rd.Users
		for _, p := range append(rd.Things, rd.People...) {
			got = max(got, p.Value)
		}
		if got != tc.count {
			t.Errorf("%q: %v counted, want %v (notes %q)", tc.statement, got, tc.count, rd.Notes)
		}
	}
}

// A size said per group, as a bound or a range, is one group's: it is read as a tenant's size
// and counts no one, while a bare count per group ("with 800 pupils each") still multiplies.
func TestReadTenantSize(t *testing.T) {
	for _, tc := range []struct {
		statement         string
		noun              string
		smallest, largest float64
		count             float64
	}{
		{"Design a team chat like Slack for companies of up to 50,000 employees", "company", 0, 50e3, 0},
		{"Design a booking app for sports clubs of 20–200 members", "club", 20, 200, 0},
		{"A team chat for 300 companies of up to 50k employees", "company", 0, 50e3, 300},
		{"A parish newsletter for churches with at most 400 members", "church", 0, 400, 0},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Tenants) != 1 || rd.Users != 0 || rd.DAU != 0 {
			t.Errorf("%q: tenants %+v, users %v: want one tenant size and no one counted (notes %q)", tc.statement, rd.Tenants, rd.Users, rd.Notes)
			continue
		}
		got := rd.Tenants[0]
		if got.Noun != tc.noun || got.Smallest != tc.smallest || got.Largest != tc.largest || got.Count != tc.count {
			t.Errorf("%q: tenant %+v, want %s %v–%v, %v of them", tc.statement, got, tc.noun, tc.smallest, tc.largest, tc.count)
		}
	}
	if rd := workload.Read("120 schools with 800 pupils each"); len(rd.Tenants) != 0 {
		t.Errorf("a count per group read as a tenant size: %+v", rd.Tenants)
	}
}
