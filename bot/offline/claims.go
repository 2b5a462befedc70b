package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Adjudicated submissions (knowledge/archetypes-claims.yaml) are one design under many names: a
// policyholder's insurance claim with photos decided by a claims handler, an employee's expense
// report with receipts approved by a manager, a dealer's warranty claim, an applicant's loan,
// benefit or grant application. Its texts say {cl_claim}, {cl_claimant}, {cl_reviewer},
// {cl_payout}, {cl_supplier} (and plurals with an s), {cl_evidence} and {cl_evidence_one}; the
// kind of submission the statement names gives the usual words, and a role the statement names
// itself (dealers, managers, underwriters) replaces the usual one.
type claimKind struct {
	said                                        *regexp.Regexp
	claim, claimant, reviewer, payout, supplier string
	evidence                                    string
	// what is claimed, for a statement that does not say ("windscreen damage").
	what string
	// perDay is how many of these one reviewer decides in a working day, the assumption that
	// turns the referred share into headcount: a windscreen claim takes minutes, a grant days.
	perDay float64
}

var claimKinds = []claimKind{
	{regexp.MustCompile(`\bwarrant(?:y|ies)\b`), "warranty claim", "customer", "warranty analyst", "reimbursement", "dealer", "photos", "the fault", 50},
	{regexp.MustCompile(`\bexpenses?\b`), "expense report", "employee", "approver", "reimbursement", "merchant", "receipts", "the expenses", 80},
	{regexp.MustCompile(`\brefund requests?\b|\brefund claims?\b`), "refund request", "customer", "support agent", "refund", "merchant", "photos", "the order refunded", 60},
	{regexp.MustCompile(`\bgrants?\b`), "grant application", "applicant", "reviewer", "grant payment", "institution", "documents", "the project to fund", 6},
	{regexp.MustCompile(`\bmortgages?\b`), "mortgage application", "applicant", "underwriter", "disbursement", "employer", "documents", "the property and the loan", 10},
	{regexp.MustCompile(`\bloans?\b|\bcredit applications?\b`), "loan application", "applicant", "underwriter", "disbursement", "employer", "documents", "the loan asked for", 15},
	{regexp.MustCompile(`\b(?:benefits?|welfare|subsid(?:y|ies))\b.*\bapplications?\b|\bapplications?\b.*\b(?:benefits?|welfare|subsid(?:y|ies))\b`), "benefit application", "applicant", "caseworker", "benefit payment", "employer", "documents", "the benefit asked for", 25},
	{regexp.MustCompile(`\bbenefits?\b|\bwelfare\b|\bunemployment\b`), "benefit claim", "claimant", "caseworker", "benefit payment", "employer", "documents", "the benefit claimed", 25},
	{regexp.MustCompile(`\binsur|\bpolicyholders?\b|\bwindscreens?\b|\bwindshields?\b|\badjusters?\b`), "claim", "policyholder", "claims handler", "payout", "supplier", "photos", "the loss claimed", 40},
	{regexp.MustCompile(`\bapplications?\b`), "application", "applicant", "reviewer", "payout", "supplier", "documents", "what is applied for", 20},
}

// claimUsual is the kind for a statement that names none of the others.
var claimUsual = claimKind{claim: "claim", claimant: "claimant", reviewer: "reviewer", payout: "payout", supplier: "supplier", evidence: "documents", what: "what is claimed", perDay: 40}

var (
	// Who submits and who decides, when the statement names them; fraud investigators are not the
	// people who work the queue.
	claimantRe = regexp.MustCompile(`\b(policyholders?|employees?|dealers?|applicants?|customers?|claimants?|farmers?|researchers?|citizens?|residents?|retailers?|installers?|contractors?|households?|drivers?|motorists?|travell?ers?|owners?|staff)\b`)
	reviewerRe = regexp.MustCompile(`\b(loss adjusters?|adjusters?|claims handlers?|handlers?|assessors?|underwriters?|caseworkers?|case workers?|managers?|approvers?|reviewers?|analysts?|panel)\b`)
	// A repair shop is the supplier a motor or glass claim names.
	repairRe = regexp.MustCompile(`\brepair(?:ers?| shops?)?\b|\bgarages?\b|\bbody shops?\b|\bglaziers?\b|\bfitters?\b|\bwindscreens?\b|\bwindshields?\b|\bvehicles?\b|\bmotor\b`)
	// What is claimed for, where the statement says: "windscreen damage", "storm damage", "a boiler breakdown".
	claimWhatRe = regexp.MustCompile(`\b((?:[a-z]+ )?(?:damage|breakdowns?|theft|injur(?:y|ies)|subsidence|flooding)|damaged [a-z]+)\b`)
	claimOfRe   = regexp.MustCompile(`\b([a-z]+) claims?\b`)
	photoOfRe   = regexp.MustCompile(`\b(?:photos?|pictures?|images?|scans?) of (?:the |their |each |every )?(receipts?|invoices?|documents?|payslips?)\b`)
	evidenceRe  = regexp.MustCompile(`\b(photos?|pictures?|images?|receipts?|invoices?|documents?|payslips?|bank statements?|videos?)\b`)
)

// claimKindOf is the kind of submission the statement names, with its roles replaced by the ones
// it names itself.
func claimKindOf(problem string) claimKind {
	low := strings.ToLower(problem)
	k := claimUsual
	for _, c := range claimKinds {
		if c.said.MatchString(low) {
			k = c
			break
		}
	}
	if m := claimantRe.FindStringSubmatch(low); m != nil {
		k.claimant = singularRole(m[1])
	}
	if m := reviewerRe.FindStringSubmatch(low); m != nil && !strings.Contains(low, "fraud "+m[1]) {
		k.reviewer = singularRole(m[1])
	}
	if repairRe.MatchString(low) && k.supplier == "supplier" {
		k.supplier = "repair shop"
	}
	if k.supplier == k.claimant {
		// Dealers filing warranty claims are the claimants: the third party a claim names is
		// then the customer who owns the machine.
		k.supplier = "end customer"
	}
	k.evidence = evidenceOf(low, k.evidence)
	return k
}

// singularRole is a role's singular: "dealers" → "dealer", "staff" stays.
func singularRole(w string) string {
	if w == "staff" || w == "panel" {
		return w + " member"
	}
	return strings.TrimSuffix(w, "s")
}

// evidenceOf names what comes with a submission in the statement's words, up to two kinds in the
// order said ("photos and receipts"), else the kind's usual evidence.
func evidenceOf(low, usual string) string {
	var said []string
	// "photos of receipts": the receipts are the evidence, the photo only how they arrive.
	if m := photoOfRe.FindStringSubmatch(low); m != nil {
		return pluralNoun(strings.TrimSuffix(m[1], "s"))
	}
	for _, m := range evidenceRe.FindAllString(low, -1) {
		w := m
		if !strings.HasSuffix(w, "s") {
			w = pluralNoun(w)
		}
		if w == "pictures" || w == "images" {
			w = "photos"
		}
		if w == "payslips" || w == "bank statements" {
			w = "documents"
		}
		if !slices.Contains(said, w) && len(said) < 2 {
			said = append(said, w)
		}
	}
	if len(said) == 0 {
		return usual
	}
	return strings.Join(said, " and ")
}

// claimWhat is what the statement says is claimed for ("windscreen damage", "damaged suitcases",
// "baggage" of baggage claims), else the kind's usual words.
func claimWhat(low, usual string) string {
	if m := claimWhatRe.FindStringSubmatch(low); m != nil {
		return m[1]
	}
	for _, m := range claimOfRe.FindAllStringSubmatch(low, -1) {
		if !claimOfStop[m[1]] {
			return m[1]
		}
	}
	return usual
}

// claimOfStop are the words before "claims" that name no thing claimed for.
var claimOfStop = set("a", "an", "the", "our", "their", "its", "of", "many", "all", "new", "insurance", "warranty", "expense", "expenses",
	"benefit", "benefits", "refund", "file", "files", "filed", "submit", "submits", "handle", "handles", "process", "processes", "million",
	"thousand", "small", "simple", "large", "big", "most", "some", "these", "those", "duplicate", "fraudulent", "paid", "open", "pay")

// claimsWords renders the {cl_*} nouns for problem.
func claimsWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "cl_")
	if !ok {
		return "", false
	}
	if noun, ok := strings.CutPrefix(rest, "a_"); ok {
		return claimArticle(problem, noun, false)
	}
	if noun, ok := strings.CutPrefix(rest, "ca_"); ok {
		return claimArticle(problem, noun, true)
	}
	k := claimKindOf(problem)
	switch rest {
	case "evidence":
		return k.evidence, true
	case "what":
		return claimWhat(strings.ToLower(problem), k.what), true
	case "evidence_one":
		first, _, _ := strings.Cut(k.evidence, " and ")
		return strings.TrimSuffix(first, "s"), true
	}
	nouns := map[string]string{"claim": k.claim, "claimant": k.claimant, "reviewer": k.reviewer, "payout": k.payout, "supplier": k.supplier}
	if n, ok := nouns[rest]; ok {
		return n, true
	}
	if n, ok := nouns[strings.TrimSuffix(rest, "s")]; ok {
		return pluralNoun(n), true
	}
	return "", false
}

// claimArticle renders {cl_a_claim} ("an expense report") and, at the start of a sentence,
// {cl_ca_claim} ("An expense report") for a singular noun.
func claimArticle(problem, noun string, capital bool) (string, bool) {
	w, ok := claimsWords(problem, "cl_"+noun)
	if !ok || strings.HasSuffix(noun, "s") {
		return "", false
	}
	w = article(w)
	if capital {
		w = strings.ToUpper(w[:1]) + w[1:]
	}
	return w, true
}

// Straight-through share as the statement says it: "70% approved automatically", "auto-approve
// 80% of them", or the other side, "30% need a manual review".
var (
	autoShareRe   = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:%|percent)[^.;:,]{0,40}?\b(?:automatic(?:ally)?|auto[- ]?(?:approv|adjudicat|decid|pa)\w*|straight[- ]through|without (?:a |any )?(?:human|person|review)|no[- ]touch|touchless)`)
	autoLeadRe    = regexp.MustCompile(`\b(?:auto[- ]?approv\w*|automatically (?:approv|decid|pa)\w*|straight[- ]through)\D{0,30}?(\d+(?:\.\d+)?)\s*(?:%|percent)`)
	manualShareRe = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:%|percent)[^.;:,]{0,40}?\b(?:manual(?:ly)?|by hand|human|(?:go|goes|sent|routed|referred) to (?:a |an )?(?:person|people|review|reviewer|adjuster|handler|caseworker|underwriter|manager))`)
)

// autoShare is the share of submissions decided without a person, and whether the statement says so.
func autoShare(problem string) (float64, bool) {
	low := strings.ToLower(problem)
	for _, re := range []*regexp.Regexp{autoShareRe, autoLeadRe} {
		if m := re.FindStringSubmatch(low); m != nil {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil && v <= 100 {
				return v / 100, true
			}
		}
	}
	if m := manualShareRe.FindStringSubmatch(low); m != nil {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v <= 100 {
			return 1 - v/100, true
		}
	}
	return 0.6, false
}

// claimQueue is the human queue the straight-through share leaves: submissions a year, the share
// referred, a working day's arrivals and the reviewers they need.
type claimQueue struct {
	auto, stated          bool
	share                 float64
	year, referred, daily float64
	reviewers             float64
	kind                  claimKind
}

// workingDays is a year's working days for a review team.
const workingDays = 250

func claimQueueOf(problem string, writeQPS float64) claimQueue {
	share, stated := autoShare(problem)
	k := claimKindOf(problem)
	year := writeQPS * 365 * 86_400
	referred := year * (1 - share)
	daily := referred / workingDays
	return claimQueue{stated: stated, share: share, year: year, referred: referred, daily: daily,
		reviewers: twoFigures(math.Ceil(daily / k.perDay)), kind: k}
}

// twoFigures rounds a headcount to two significant figures: 271 handlers is a false precision
// from an assumed rate.
func twoFigures(n float64) float64 {
	if n < 100 {
		return n
	}
	p := math.Pow(10, math.Floor(math.Log10(n))-1)
	return math.Round(n/p) * p
}

// claimsQueueWords renders {cl_auto}, {cl_queue} and {cl_queue_short} from the design's intake
// rate and the share the statement says is decided automatically.
func (r *renderer) claimsQueueWords(name string) (string, bool) {
	switch name {
	case "cl_auto", "cl_queue", "cl_queue_short":
	default:
		return "", false
	}
	q := claimQueueOf(r.g.Problem, r.capa.WriteQPS)
	return q.words(name), true
}

func (q claimQueue) words(name string) string {
	pct := fmt.Sprintf("%s%%", strconv.FormatFloat(math.Round(q.share*1000)/10, 'f', -1, 64))
	rest := fmt.Sprintf("%s%%", strconv.FormatFloat(math.Round((1-q.share)*1000)/10, 'f', -1, 64))
	claims, reviewers := pluralNoun(q.kind.claim), pluralNoun(q.kind.reviewer)
	switch name {
	case "cl_auto":
		if q.stated {
			return pct
		}
		return "an assumed " + pct
	case "cl_queue_short":
		if q.kind.reviewer == "manager" {
			return fmt.Sprintf("%s %s a year for the submitters' managers", conversation.Human(q.referred), claims)
		}
		return fmt.Sprintf("%s %s a year for some %s %s", conversation.Human(q.referred), claims, conversation.Human(q.reviewers), reviewers)
	}
	said := "stated"
	if !q.stated {
		said = "assumed"
	}
	staff := fmt.Sprintf("some %s %s before leave, training and peaks", conversation.Human(q.reviewers), reviewers)
	if q.kind.reviewer == "manager" {
		// Each submitter's own manager approves: the figure is manager time, not a team to hire.
		staff = fmt.Sprintf("some %s full days of managers' time every working day, spread across the submitters' own managers", conversation.Human(q.reviewers))
	}
	return fmt.Sprintf("the %s of %s %s a year not decided automatically (%s straight through, %s) is %s a year, about %s a working day over %d days, "+
		"and at an assumed %s decisions per %s a day that is %s",
		rest, conversation.Human(q.year), claims, pct, said, conversation.Human(q.referred), conversation.Human(q.daily), workingDays,
		conversation.Human(q.kind.perDay), q.kind.reviewer, staff)
}
