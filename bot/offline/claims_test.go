package offline

import (
	"testing"
)

// Submissions someone decides (insurance, travel and pet claims, expense reports, grants, refund
// requests) are adjudicated claims whatever comes with them: photos or receipts are evidence, not
// a photo app. A photo app, a token's claims, a job applicant and a found item claimed keep
// their patterns.
func TestDetectClaims(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Design the claims system for a pet insurer: owners send vet invoices, 65% are paid without a human, and we need to spot clinics that inflate bills across many claims", []string{"claims"}, []string{"photo", "media", "practappt", "generic"}},
		{"Our travel insurer handles 400k baggage claims a year; travellers upload pictures of damaged suitcases, simple ones are approved straight through, and fraud rings must be found", []string{"claims"}, []string{"photo", "media", "feed"}},
		{"research grant applications at a foundation: 12,000 a year, eligibility rules screen them, a panel reviews what passes and the grants are paid out in tranches", []string{"claims"}, []string{"generic", "payments"}},
		{"an expense tool for a consulting firm: staff snap receipts, reports under policy are reimbursed automatically, and duplicate receipts across employees are flagged as fraud", []string{"claims"}, []string{"photo", "inference", "splitexpenses"}},
		{"refund requests for a food delivery app: customers attach photos of spilled orders, 85% are refunded automatically and serial abusers must be spotted", []string{"claims"}, []string{"photo", "feed"}},
		{"Build Instagram for 10M users who post photos and stories and follow each other", []string{"photo"}, []string{"claims"}},
		{"a photo sharing app for 50M DAU where people follow friends and like pictures", []string{"photo"}, []string{"claims"}},
		{"an API gateway that checks JWT claims and scopes for 200 microservices", nil, []string{"claims"}},
		{"an applicant tracking system: recruiters screen job applications and 30% are rejected automatically", nil, []string{"claims"}},
		{"a lost-property office where travellers claim found items by describing them with a photo", nil, []string{"claims"}},
		// A small team's approval workflow has no straight-through share and no rings to find.
		{"a 40-person charity's volunteers submit mileage expense claims with receipts and the treasurer approves them", nil, []string{"claims"}},
	})
}

// The design speaks of what the statement submits and who decides it: an insurer's policyholder
// and claims handler, an employee's expense report and receipts, dealers' warranty claims.
func TestClaimsWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, name, want string
	}{
		{"hail damage claims from policyholders with photos of their roofs", "cl_claimants", "policyholders"},
		{"hail damage claims from policyholders with photos of their roofs", "cl_evidence", "photos"},
		{"hail damage claims from policyholders with photos of their roofs", "cl_what", "hail damage"},
		{"hail damage claims from policyholders with photos of their roofs, checked by loss adjusters", "cl_reviewer", "loss adjuster"},
		{"staff expense reports with photos of receipts, approved by managers", "cl_claims", "expense reports"},
		{"staff expense reports with photos of receipts, approved by managers", "cl_evidence", "receipts"},
		{"staff expense reports with photos of receipts, approved by managers", "cl_reviewers", "managers"},
		{"staff expense reports with photos of receipts, approved by managers", "cl_payout", "reimbursement"},
		{"dealers file warranty claims for broken dishwashers", "cl_claimant", "dealer"},
		{"dealers file warranty claims for broken dishwashers", "cl_claim", "warranty claim"},
		{"a council's housing benefit applications with payslips attached", "cl_claim", "benefit application"},
		{"a council's housing benefit applications with payslips attached", "cl_evidence", "documents"},
		{"car glass claims paid to the fitting garage", "cl_supplier", "repair shop"},
		{"car glass claims paid to the fitting garage", "cl_what", "glass"},
		{"travellers upload pictures of damaged suitcases", "cl_what", "damaged suitcases"},
		{"our insurance claims are filed online", "cl_what", "the loss claimed"},
		{"travellers upload pictures of damaged suitcases for their insurer", "cl_claimants", "travellers"},
		{"a pet insurer whose owners send vet invoices", "cl_a_claimant", "an owner"},
		{"staff expense reports with photos of receipts, approved by managers", "cl_ca_claim", "An expense report"},
		{"dealers file warranty claims for broken dishwashers", "cl_a_claimant", "a dealer"},
		{"dealers file warranty claims for broken dishwashers", "cl_supplier", "end customer"},
		{"owners file warranty claims for broken dishwashers", "cl_supplier", "dealer"},
	} {
		if got, ok := claimsWords(tc.statement, tc.name); !ok || got != tc.want {
			t.Errorf("%q {%s} = %q, %v; want %q", tc.statement, tc.name, got, ok, tc.want)
		}
	}
	if _, ok := claimsWords("anything", "ge_gate"); ok {
		t.Errorf("claimsWords claims {ge_gate}")
	}
}

// The share decided without a person is read however it is said, and the rest is the queue:
// stated, from the side that goes to people, or assumed.
func TestAutoShare(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		share     float64
		stated    bool
	}{
		{"we want to auto-approve 80% of them", 0.8, true},
		{"about 92 percent go straight through", 0.92, true},
		{"25% need a manual review by an assessor", 0.75, true},
		{"three quarters of travel claims are settled without a human", 0.6, false},
		{"2 million claims a year with photos", 0.6, false},
	} {
		if share, stated := autoShare(tc.statement); share != tc.share || stated != tc.stated {
			t.Errorf("%q: share %v stated %v; want %v %v", tc.statement, share, stated, tc.share, tc.stated)
		}
	}
}

// The queue is the statement's volume times the share left to people, per working day, over what
// one reviewer decides a day, rounded as an estimate should be.
func TestClaimQueueSizesStaff(t *testing.T) {
	t.Parallel()
	q := claimQueueOf("an insurer's storm damage claims, 60% decided automatically", 6e6/(365*86_400))
	if q.referred != 2.4e6 || q.daily != 9600 || q.reviewers != 240 {
		t.Errorf("queue %+v; want 2.4M referred, 9,600 a day, 240 reviewers", q)
	}
	if got := q.words("cl_queue_short"); got != "2.4M claims a year for some 240 claims handlers" {
		t.Errorf("short = %q", got)
	}
}
