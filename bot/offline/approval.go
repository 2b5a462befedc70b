package offline

import (
	"regexp"
	"strings"
)

// A request-and-approval workflow (knowledge/archetypes-approval.yaml) is one design under many
// names: engineers' production database access, employees' leave, staff's purchases, contractors'
// site access. Its texts say {ap_request}, {ap_requester} and {ap_approver} (with an s for the
// plural, a capital for a sentence's start or an entity's name, {ap_a_request} with its article);
// each is the first of its nouns the statement says, else the plain word.
var approvalNouns = map[string][]saidNoun{
	"ap_request": {
		{regexp.MustCompile(`\bleave\b|\bdays? off\b|\btime off\b|\bholidays?\b|\bvacations?\b|\bpto\b`), "leave request"},
		{regexp.MustCompile(`\bovertime\b`), "overtime request"},
		// Before purchases: an expense report's receipts are for purchases already made.
		{regexp.MustCompile(`\bexpense reports?\b|\bexpenses?\b|\breceipts?\b|\breimburse\w*`), "expense report"},
		{regexp.MustCompile(`\bpurchases?\b|\bspend(?:s|ing)?\b|\bprocure\w*`), "purchase request"},
		{regexp.MustCompile(`\bpermission slips?\b|\bfield[- ]trips?\b|\bconsent forms?\b`), "permission slip"},
		{regexp.MustCompile(`\bchange requests?\b|\bfirewall\b`), "change request"},
		{regexp.MustCompile(`\bcompany cars?\b|\bpool cars?\b|\bvehicles?\b|\bfleet\b|\bvans?\b`), "booking request"},
		{regexp.MustCompile(`\bsite access\b|\bdoors?\b|\bbadges?\b|\bpremises\b|\bday pass(?:es)?\b|\bvisitor pass(?:es)?\b`), "site access request"},
		{regexp.MustCompile(`\baccess\b`), "access request"},
	},
	"ap_requester": {
		{regexp.MustCompile(`\bengineers?\b|\bdevelopers?\b|\bsres?\b`), "engineer"},
		{regexp.MustCompile(`\bcontractors?\b`), "contractor"},
		{regexp.MustCompile(`\bteachers?\b`), "teacher"},
		{regexp.MustCompile(`\bnurses?\b`), "nurse"},
		{regexp.MustCompile(`\bdrivers?\b`), "driver"},
		{regexp.MustCompile(`\bemployees?\b|\bstaff\b|\bworkers?\b|\bcolleagues?\b`), "employee"},
		{regexp.MustCompile(`\bstudents?\b`), "student"},
		{regexp.MustCompile(`\bvisitors?\b`), "visitor"},
	},
	"ap_approver": {
		{regexp.MustCompile(`\bsite managers?\b`), "site manager"},
		{regexp.MustCompile(`\bfleet managers?\b`), "fleet manager"},
		{regexp.MustCompile(`\bline managers?\b|\bmanagers?\b`), "manager"},
		{regexp.MustCompile(`\bsecurity team\b`), "security reviewer"},
		{regexp.MustCompile(`\bsupervisors?\b`), "supervisor"},
		{regexp.MustCompile(`\bparents?\b`), "parent"},
		{regexp.MustCompile(`\bdirectors?\b`), "director"},
		{regexp.MustCompile(`\bteam leads?\b|\btech leads?\b`), "team lead"},
		{regexp.MustCompile(`\bowners?\b`), "owner"},
	},
}

var approvalSaid = saidNouns{
	plain: map[string]string{"ap_request": "request", "ap_requester": "requester", "ap_approver": "approver"},
	nouns: approvalNouns,
}

// approvalPlaceRe finds a {ap_*} placeholder anywhere in the feature, paths and titles included.
var approvalPlaceRe = regexp.MustCompile(`\{ap_[A-Za-z_]+\}`)

// approvalWords renders the {ap_*} placeholders for problem and reports whether it knows the name.
func approvalWords(problem, name string) (string, bool) {
	return approvalSaid.placeholder(problem, "ap_", name)
}

// approvalFeature is the approval feature in the statement's nouns ("Leave request and approval
// workflow", `POST /v1/leave-requests`), with the entities its variant needs: a grant where
// access is time-boxed, a balance for leave, a budget for purchases ({said:…} on the name).
func approvalFeature(f *feature, problem string) *feature {
	c := filledFeature(f, approvalPlaceRe, func(name string) (string, bool) { return approvalWords(problem, name) })
	c.Entities = saidOf(c.Entities, problem, func(e *entity) *string { return &e.Name })
	c.Functional = withDecisionDeadline(c.Functional, problem)
	return c
}

// decideWithinRe is a span the statement gives for deciding ("parents sign within 5 days"), not
// the window of what is granted ("for an hour at a time").
var decideWithinRe = regexp.MustCompile(`(?i)\bwithin ` + spanPattern)

// withDecisionDeadline puts the statement's time to decide on the line about steps' deadlines,
// so the design says what it bounds rather than a bare time limit.
func withDecisionDeadline(lines []string, problem string) []string {
	m := decideWithinRe.FindStringSubmatch(problem)
	if m == nil {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Replace(l, "a step that waits past its deadline", "a step that waits past its deadline ("+normSpan(m[1])+" as stated)", 1)
	}
	return out
}
