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
