package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Things gathered from counted sources on a schedule ("meal choices from 30 wards every
// evening", "invoices from 400 suppliers each month") come once a period from each source: the
// sources are where the things come from, not people using the system every day.
func TestReadThingsFromCountedSources(t *testing.T) {
	t.Parallel()
	const day, week, month = 86400.0, 7 * 86400.0, 30 * 86400.0
	tests := []struct {
		statement, flow string
		perDay          float64
	}{
		{"A hospital kitchen collects meal choices from 30 wards every evening and must send each ward's tray list by 6am", "meal choice", 30},
		{"We receive invoices from 400 suppliers each month and pay them within 30 days", "invoice", 400 * day / month},
		{"The diocesan archive takes in parish registers from 120 parishes every week", "register", 120 * day / week},
		{"A reference lab receives blood samples from 85 clinics every morning", "sample", 85},
		{"Every evening 30 wards send their meal choices to the kitchen", "meal choice", 30},
		{"30 wards send meal choices every evening", "meal choice", 30},
	}
	for _, tc := range tests {
		t.Run(tc.statement, func(t *testing.T) {
			t.Parallel()
			rd := workload.Read(tc.statement)
			f := onlyFlow(t, rd, tc.statement, tc.flow)
			got := f.Count / f.PerSeconds * day
			if f.Each {
				got *= f.Actors // each of the sources once a period
			}
			if math.Abs(got-tc.perDay) > tc.perDay*0.02 {
				t.Errorf("%q: %s is %.2f a day, want %.2f (notes %q)", tc.statement, f.Name, got, tc.perDay, rd.Notes)
			}
			if f.Kind != conversation.FlowWrite {
				t.Errorf("%q: %s is a %v, want a write", tc.statement, f.Name, f.Kind)
			}
			for _, n := range rd.Notes {
				if strings.Contains(n, "daily active") {
					t.Errorf("%q: %q reads the sources as people on the system every day", tc.statement, n)
				}
			}
		})
	}
}

// Counted things each changed on a schedule, said in the passive after them, are changed that
// often each: the count multiplies the rate ("50,000 listings updated twice a day" is 100,000
// updates a day, not 50,000).
func TestReadThingsUpdatedEach(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, flow string
		perSecond       float64
	}{
		{"A property site with 50,000 listings updated twice a day", "listing", 100000 / 86400.0},
		{"A property site with half a million listings that are updated twice a day", "listing", 1e6 / 86400.0},
		{"A catalogue of 300k SKUs whose stock levels are refreshed every 15 minutes", "sku", 300000 / 900.0},
		{"A transit map with 2,400 stops, each updated three times a week", "stop", 2400 * 3 / (7 * 86400.0)},
	}
	for _, tc := range tests {
		t.Run(tc.statement, func(t *testing.T) {
			t.Parallel()
			rd := workload.Read(tc.statement)
			f := onlyFlow(t, rd, tc.statement, tc.flow)
			got := f.Count / f.PerSeconds
			if f.Each {
				got *= f.Actors
			}
			if math.Abs(got-tc.perSecond) > tc.perSecond*0.02 {
				t.Errorf("%q: %s is %.4g/s, want %.4g/s (notes %q)", tc.statement, f.Name, got, tc.perSecond, rd.Notes)
			}
		})
	}
}

// A group's size said in brackets ("suppliers (400 of them)") and the share of it active said as
// a fraction ("a tenth of whom log in daily") are read as the count and the share they are.
func TestReadCountsSaidAside(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A supplier portal: suppliers (400 of them) send invoices monthly")
	f := onlyFlow(t, rd, "suppliers (400 of them)", "invoice")
	if got := f.Count * f.Actors / f.PerSeconds * 30 * 86400; math.Abs(got-400) > 8 {
		t.Errorf("invoices: %.1f a month, want 400 (notes %q)", got, rd.Notes)
	}
	for _, tc := range []struct {
		statement string
		dau       float64
	}{
		{"A habit app with 20k users, a tenth of whom log in daily", 2000},
		{"A fitness app with 80,000 members, about a third of them active on a given day", 80000 * 0.33},
	} {
		if got := workload.Read(tc.statement).Workload.DAU; math.Abs(got-tc.dau) > tc.dau*0.02 {
			t.Errorf("%q: %.0f daily active, want %.0f", tc.statement, got, tc.dau)
		}
	}
}
