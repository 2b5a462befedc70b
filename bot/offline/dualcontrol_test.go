package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A wire that needs a second approver is designed as maker-checker: created pending approval,
// approved only by someone other than its maker, enforced in the ledger, never sent to the rail
// before approval, every step audited. Outgoing wires at a credit union are a bank's transfers.
func TestWireApprovalIsMakerChecker(t *testing.T) {
	t.Parallel()
	for _, p := range []string{
		"Design approvals for outgoing wires at a credit union: any wire over $10k needs a second approver, and the same person cannot both create and approve.",
		"Our bank's treasury team sends outgoing wires; anything above $250,000 needs four-eyes approval and nobody may approve their own wire.",
		"Design maker-checker for outbound wire payments at a regional bank",
	} {
		t.Run(p, func(t *testing.T) {
			d := design(t, p)
			ov, _ := d.Section("overview")
			if !strings.Contains(firstLines(ov.Markdown, 3), "bank transfer system") {
				t.Errorf("not a bank transfer design:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), []string{"pending approval", "not the wire's maker", "maker_id <> the approver", "nothing is released to the rail before approval", "audit event"},
				[]string{"{said", "create approval", "users create approvals"})
			checkComponents(t, d)
		})
	}
}

// A wire with no second approver said gets no maker-checker.
func TestWiresWithoutDualControl(t *testing.T) {
	t.Parallel()
	text := eval.Text(design(t, "Design wire transfers between business accounts for a commercial bank"))
	for _, a := range []string{"maker-checker", "pending approval state"} {
		if strings.Contains(text, a) {
			t.Errorf("design mentions %q though no second approver is asked for", a)
		}
	}
}
