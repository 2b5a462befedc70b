package offline

import (
	"slices"
	"testing"
)

// TestExpenseReportsAreApprovals designs an employer's expense reports as an approval workflow:
// submitted, approved or rejected by the manager from the org chart, exported to the ledger by
// a monthly batch, with receipts kept as private images and checked against policy. Before, a
// manager approving expense reports was a claims adjudicator with a straight-through share,
// fraud rings and payouts, because "expense report" alone decided it.
func TestExpenseReportsAreApprovals(t *testing.T) {
	t.Parallel()
	mentions := []string{"expense report", "org chart", "export batch", "object storage", "policy checks", "once a month finance exports"}
	// "Managers approve" decides the reports rather than raising them, and a snapped receipt
	// is a photo in object storage.
	absent := []string{"{ap_", "{said", "straight through", "fraud ring", "adjudicat", "gallery", "news feed", "checkout", "managers report", "managers raise"}
	for _, s := range []string{
		"Employees photograph receipts and submit expense reports; managers approve; finance exports approved expenses to the ledger monthly",
		"Design an expenses app for a 2,000-person company: staff snap a photo of each receipt, their line manager approves the report, and approved expenses go to the accounting system at month end",
		"Build expense reporting where employees upload receipts, managers approve or reject each report, and finance exports approved reports to the general ledger every month",
		"Design an expense reporting tool for a 5,000-employee company: employees snap receipts, managers approve, finance exports to the ERP monthly",
	} {
		if ids, why := detect(s); !slices.Contains(ids, "approval") || slices.Contains(ids, "claims") {
			t.Errorf("%q: detected %v (%v), want approval and not claims", s, ids, why)
			continue
		}
		checkDesignSays(t, s, mentions, absent)
	}
}

// TestExpenseNearMisses keeps what expense words say elsewhere: rules and fraud checks that
// decide reports without a person are claims adjudication, and receipts read into totals,
// friends splitting a bill and a photo app keep their own designs.
func TestExpenseNearMisses(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"employees submit expense reports with receipts; small ones are auto-approved by rules and the rest go to their manager, and duplicate receipts must be caught",
			[]string{"claims"}, []string{"approval"}},
		{"Design an expense fraud detection system scoring 50 million expense reports a year", []string{"claims"}, []string{"approval"}},
		{"a photo sharing app where friends like and comment on pictures", nil, []string{"approval", "claims"}},
		{"Design a system where our accounts payable team receives supplier invoices, matches them to purchase orders and pays them", nil, []string{"claims"}},
	})
}
