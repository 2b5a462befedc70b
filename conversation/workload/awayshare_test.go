package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A share of those who stay away ("1 in 12 students is absent") is no share of who is active,
// and a share said as one in N is quoted back without the float's tail.
func TestAbsentShareIsNoActiveShare(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A school district of 28 schools and about 19k students; on a typical day about 1 in 12 students is absent.")
	if rd.DAU > 0 && rd.DAU < 2000 {
		t.Errorf("daily actives %v: the absent twelfth read as the active share (notes %q)", rd.DAU, rd.Notes)
	}
	if slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "33333333") }) {
		t.Errorf("notes %q quote a float's tail", rd.Notes)
	}
}

// A share of counted people who stay away on a day is the events they make: 4% of 6,000
// teachers calling in absent on a typical morning is 240 absences a day.
func TestAbsentShareIsAFlowOfAbsences(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A school district with 120 schools, each with ~50 teachers; on a typical morning 4% of teachers call in absent, almost all reported between 5:00 and 7:00am.")
	var absences float64
	for _, f := range rd.Flows {
		if f.Name == "absence" {
			absences = f.Count * 86400 / f.PerSeconds
		}
	}
	if absences != 240 {
		t.Errorf("%v absences a day, want 4%% of 6,000 = 240 (notes %q)", absences, rd.Notes)
	}
}
