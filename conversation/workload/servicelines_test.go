package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "311 plow complaints" name a city's service line, not 311 of anything, and "a city of ~400k
// here" counts residents, not "heres".
func TestServiceLinesAreNamesNotCounts(t *testing.T) {
	t.Parallel()
	rd := workload.Read("city of ~400k here, public works wants a snow plow tracker. we have 120 plows, each pings GPS every 10 sec; during a big storm 311 plow complaints peak around 3k an hour.")
	for _, want := range []string{"complaint: stated (3,000 an hour at peak)", "400K residents: stated"} {
		if !slices.Contains(rd.Notes, want) {
			t.Errorf("notes %q lack %q", rd.Notes, want)
		}
	}
	if slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "311") || strings.Contains(n, "heres") }) {
		t.Errorf("notes %q read 311 as a count or 'here' as a noun", rd.Notes)
	}
}

// Money is no load ("any wire over $10k needs a second approver" was 10K requests a second), a
// second approver is the next one, an organisation sized by its members counts them, and a share
// said with no noun ("1 in 8 is a critical value") is of the items counted before it.
func TestMoneyOrdinalsMembersAndBareShares(t *testing.T) {
	t.Parallel()
	rd := workload.Read("We're a ~180k member credit union: roughly 6,000 wires a day, and any wire over $10k needs a second approver.")
	for _, f := range rd.Flows {
		if f.PerSeconds < 3600 {
			t.Errorf("flow %+v: a threshold or an ordinal read as a rate (notes %q)", f, rd.Notes)
		}
	}
	if !slices.Contains(rd.Notes, "180K members: stated") {
		t.Errorf("notes %q: want the credit union's 180K members", rd.Notes)
	}
	rd = workload.Read("A lab results service: about 25k results per day, roughly 1 in 8 is a critical value that must reach the physician within 15 minutes.")
	if !slices.Contains(rd.Notes, "critical value: 12.5% of results: stated") {
		t.Errorf("notes %q: want the critical eighth of the results as a flow", rd.Notes)
	}
}

// "14 routes with 60 sailings a day": the routes are there and the sailings run, not 14 routes
// a day.
func TestCountWithARatedCountIsThere(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A ferry operator runs 14 routes with 60 sailings a day; passengers make about 9,000 bookings a day in summer.")
	for _, f := range rd.Flows {
		if f.Name == "route" {
			t.Errorf("flows %+v: routes read as 14 a day", rd.Flows)
		}
	}
}
