package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A rule's threshold and its sanction's length are the rule's parameters: no flow, no retention.
// The load said beside them is still read.
func TestReadRuleThresholdsAreNoLoad(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64 // the load said beside the rule, a second
		noFlow    string  // the rule's counted noun, which must be no flow
	}{
		{"Three no-shows in a month blocks booking for 30 days. About 9,000 residents book per week.", 9000.0 / 604800, "no-show"},
		{"5 failed logins in 10 minutes locks the account for an hour; 2 million users sign in daily", 0, "login"},
		{"Members who miss 2 classes within a week are barred from booking for 14 days, and 3,000 members each book 3 classes a week", 9000.0 / 604800, "miss"},
		{"After five wrong PINs the card is frozen for 24 hours. 400,000 cardholders make 2 purchases a day.", 800000.0 / 86400, "pin"},
		{"Drivers with 3 complaints in a quarter are suspended for a month. 12,000 drivers complete 20 trips a day each.", 240000.0 / 86400, "complaint"},
	} {
		rd := workload.Read(tc.statement)
		if rd.RetentionYears != 0 {
			t.Errorf("%q: retention %v years; a sanction's length is no retention", tc.statement, rd.RetentionYears)
		}
		for _, f := range rd.Flows {
			if strings.Contains(f.Name, tc.noFlow) {
				t.Errorf("%q: flow %+v; a rule's threshold is no flow", tc.statement, f)
			}
		}
		if !strings.Contains(strings.Join(rd.Notes, "\n"), "a rule's parameters") {
			t.Errorf("%q: notes %q; want the rule noted", tc.statement, rd.Notes)
		}
		if tc.rate > 0 {
			checkTotalRate(t, tc.statement, tc.rate)
		}
	}
	// A lock that is a thing reports like any sensor; a retention beside it stays a retention.
	rd := workload.Read("2,000 smart locks each report battery level every 10 minutes, logs kept for 90 days")
	if len(rd.Flows) != 1 || rd.RetentionYears == 0 {
		t.Errorf("smart locks: flows %+v retention %v; want one flow and a retention", rd.Flows, rd.RetentionYears)
	}
}
