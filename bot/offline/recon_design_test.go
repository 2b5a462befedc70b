package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// Matching a ledger against what banks and PSPs report is a reconciliation, however it is
// phrased: statement files taken in per bank and parsed to one line, matched by rules, the
// breaks owned and aged in a queue, a deadline met by working as files land. No card is taken,
// so nothing of a card checkout (vault, 3-D Secure, PCI scope, a consumer's bank aggregator) or
// of an ETL orchestrator belongs in it.
func TestReconciliationDesigns(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Our treasury team needs a system that matches the 3 million ledger postings we make every night against the statements 20 banks send over SFTP in MT940 and BAI2, with every break assigned to an analyst by 7am",
		"Build the daily reconciliation of our marketplace's seller payouts against the settlement reports two PSPs publish each morning; about 1.5 million payouts a day, and mismatches must reach finance the same day",
		"A chain of 800 restaurants must tie out each location's nightly cash deposit to the lines on its bank statement, and deposits that never show up go to the area manager",
		"A health insurer receives premiums by direct debit and bank transfer and wants 300,000 premium receipts a month matched to open policy invoices, with underpayments sent to collections",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "reconciliation system") {
				t.Errorf("archetype not reconciliation:\n%s", firstLines(ov.Markdown, 3))
			}
			text := eval.Text(d)
			for _, m := range []string{"camt.053", "canonical bank line", "exceptions service", "arrival monitor", "account-day", "object lock"} {
				if !strings.Contains(text, m) {
					t.Errorf("design never mentions %q", m)
				}
			}
			for _, a := range []string{"3-d secure challenge", "to the card vault", "pci dss scope there", "plaid", "upstream_failed", "cart service", "hosted payment fields"} {
				if strings.Contains(text, a) {
					t.Errorf("design mentions out-of-place %q", a)
				}
			}
			checkComponents(t, d)
		})
	}
}
