package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// Claims and applications decided by rules and people are designed as such in each domain's
// own nouns and figures: the intake is idempotent, evidence stays private, decisions record
// their rule version, rings are searched across claims, and the stated straight-through share
// sizes the review staff. Photos of damage are evidence, not a feed.
func TestClaimsDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		prompt           string
		mentions, absent []string
	}{
		{
			prompt:   "an insurance claims intake for windscreen damage: roughly 9 million claims a year, photos uploaded from phones, 70% approved automatically, fraud rings must be caught",
			mentions: []string{"policyholder", "windscreen damage", "rule-set version", "2.7m a year", "claims handlers", "repair shop", "union-find", "private", "four-eyes", "one claim per submission"},
			absent:   []string{"photo sharing", "captions", "likes", "followers", "cdn", "content people publish", "{cl_", "read, not used as load"},
		},
		{
			prompt:   "Our pet insurer receives 300,000 vet invoices a year from owners; 65% are paid without a human and the rest go to assessors, and clinics that inflate bills across many claims must be found",
			mentions: []string{"assessor", "invoices", "35% of 300k", "rule-set version", "ring"},
			absent:   []string{"photo sharing", "appointment", "{cl_"},
		},
		{
			prompt:   "employees at a 60,000-person firm file 50,000 expense reports a month with photos of receipts; 75% are auto-approved under the policy and the rest go to their managers, and a receipt claimed twice must be caught",
			mentions: []string{"expense report", "receipts", "managers", "reimbursement", "25% of 608k", "merchant"},
			absent:   []string{"photo sharing", "policyholder", "claims handler", "windscreen", "{cl_"},
		},
		{
			prompt:   "a national research council takes 20,000 grant applications a year with documents attached; eligibility rules screen them, reviewers score the rest, and awards are paid in tranches",
			mentions: []string{"grant application", "reviewers", "documents", "rule-set version"},
			absent:   []string{"photo", "policyholder", "phone retries", "{cl_"},
		},
	} {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "claims and applications adjudication system") {
				t.Errorf("not a claims design:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), tc.mentions, tc.absent)
			checkComponents(t, d)
		})
	}
}
