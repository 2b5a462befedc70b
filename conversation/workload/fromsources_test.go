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
