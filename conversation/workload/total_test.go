package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// perSecond is a flow's average rate: each of its actors' count, or the whole's.
func perSecond(f conversation.Flow) float64 {
	n := f.Count / f.PerSeconds
	if f.Each && f.Actors > 0 {
		n *= f.Actors
	}
	return n
}

// A part of the day said with "each" or "every" ("each night", "every evening") or "a night" is
// the count's period, not "each" of a group counted elsewhere; and a count drawn from the whole
// ("from our ledger", "from our marketplace"), thousands a day, is the whole's total though
// the sentence counts a group beside it.
func TestReadNightAndOurWholeAreTotals(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"Design the nightly bank reconciliation system for a mid-size payments company: each night about 9 million transactions from our ledger must be matched against statement files from 35 partner banks that arrive between midnight and 5am", 9e6},
		{"A clearing service for a card network: every evening roughly 6 million card authorisations from our switch are settled with 120 issuing banks", 6e6},
		{"A settlement service: 9 million transactions a night from our ledger are matched with files from 35 banks", 9e6},
		{"A payout tool for 400 sellers who receive 2,000 payouts a day from our marketplace", 2000},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Each || !near(perSecond(rd.Flows[0])*86400, tc.perDay) {
			t.Errorf("%q: flows %+v; want one flow of %v a day in all (notes %q)", tc.statement, rd.Flows, tc.perDay, rd.Notes)
		}
	}
	// "each" said of the subject still makes the count each one's.
	rd := workload.Read("A CRM where 50 reps who each log 3,000 calls a day on our platform")
	if len(rd.Flows) != 1 || !rd.Flows[0].Each || rd.Flows[0].Actors != 50 {
		t.Errorf("each rep's calls: flows %+v; want 3,000 for each of the 50 reps", rd.Flows)
	}
}
