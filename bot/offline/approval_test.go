package offline

import (
	"slices"
	"testing"
)

// TestApprovalDesigns designs requests that people approve before something is done as one
// request-and-approval workflow in the statement's nouns: policy routing, separation of duties,
// an append-only decision log, and the variant the statement names (revocation at expiry for
// time-boxed access, balances for leave, budgets for purchases, a door's window for site access).
// Before, engineers' database access was "a system for items" where "Engineers create items",
// leave was "a system for offs", and a site visit was a local services marketplace.
func TestApprovalDesigns(t *testing.T) {
	t.Parallel()
	always := []string{"separation of duties", "decision log", "nobody approves their own"}
	never := []string{"{ap_", "{said", "create items", "a system for", "practitioner", "marketplace"}
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Design a feature to let 30 engineers at our startup request and approve production database access for an hour at a time, with an audit trail the auditors can read.",
			mentions:  []string{"access request", "engineers raise", "revoked automatically at the end of the window", "dynamic database user with a ttl", "break glass"},
			absent:    []string{"leave balance", "cost centre"},
		},
		{
			statement: "Design a leave request app for a 200-person company: employees request days off, their manager approves, HR sees balances.",
			mentions:  []string{"leave request", "leave balance", "balances that two leave requests cannot overdraw", "held against the balance"},
			absent:    []string{"dynamic database user", "door controllers decide", "offs"},
		},
		{
			statement: "Build a purchase approval tool: staff raise purchase requests, spends over 5,000 need a director's approval, finance pays approved ones.",
			mentions:  []string{"purchase request", "budget", "above the stated threshold"},
			absent:    []string{"dynamic database user", "leave balance"},
		},
		{
			statement: "Design a door access system where contractors request site access for a day and a site manager approves.",
			mentions:  []string{"site access request", "contractors raise", "site managers", "refuses the badge outside the window"},
			absent:    []string{"leave balance", "local services"},
		},
		{
			statement: "Our network team of 40 engineers submits firewall rule change requests; the security team must approve each before it is applied.",
			mentions:  []string{"change request", "security reviewer"},
		},
		{
			statement: "Design permission slips for a school of 900 pupils: teachers create field trips and parents sign the slip in the app to consent.",
			mentions:  []string{"permission slip", "parents"},
		},
		{
			statement: "Employees of a 500-person firm book a company car for a trip; the fleet manager approves each booking.",
			mentions:  []string{"booking request", "fleet manager"},
		},
		{
			statement: "A hospital with 1,200 nurses needs overtime requests: nurses ask for extra shifts and their ward supervisor approves.",
			mentions:  []string{"overtime request", "nurses raise", "supervisor"},
		},
		// Said without the word "request": asking, signing off, a teammate's approval, a day pass.
		{
			statement: "Staff at our 80-person agency ask to take annual holiday and their team lead signs off; nobody may go below zero days.",
			mentions:  []string{"leave balance", "team leads"},
		},
		{
			statement: "Let developers get temporary admin access to the AWS console for 30 minutes once a teammate approves.",
			mentions:  []string{"revoked automatically at the end of the window", "engineers raise"},
		},
		{
			statement: "Visitors to our three warehouses need a day pass: they ask in advance and the warehouse supervisor approves.",
			mentions:  []string{"site access request", "visitors raise", "refuses the badge outside the window"},
		},
	} {
		checkDesignSays(t, tc.statement, append(tc.mentions, always...), append(tc.absent, never...))
		g, _ := renderAll(t, tc.statement)
		for _, e := range g.Requirements.Entities {
			if e == "Record" || e == "Item" {
				t.Errorf("%q: entity %q, want the statement's own", tc.statement, e)
			}
		}
	}
}

// TestApprovalNearMisses keeps the neighbours that approve something with their own patterns: a
// bank's credit decision, an insurer's claims, moderation, expense fraud and code review.
func TestApprovalNearMisses(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a loan approval system for a bank: applicants apply online, credit scoring decides most, underwriters approve the rest",
		"an insurance claims platform where policyholders submit claims with photos and adjusters approve payouts",
		"content moderation for a social network: moderators approve or remove flagged posts within an hour",
		"Design an expense fraud detection system scoring 50 million expense reports a year",
		"a code review tool where reviewers approve pull requests before merge",
		"car owners approve or auto-accept requests and get paid after the trip",
	} {
		if ids, why := detect(s); slices.Contains(ids, "approval") {
			t.Errorf("%q: detected approval (%s), want its own pattern", s, why["approval"])
		}
	}
}
