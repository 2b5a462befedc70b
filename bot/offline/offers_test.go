package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// organStatement is the hardest ranked offer cascade: a match list within 5 minutes, 30 minutes
// for each centre to accept, decisions kept 25 years.
const organStatement = "National organ-sharing network: ~70 transplant centres, 9,000 patients on the waiting list, ~1,800 deceased donors a year. When a donor is registered we must produce a ranked match list (blood type, HLA, urgency, distance) within 5 minutes and offer the organ to centres in order, each having 30 min to accept. Every decision must be auditable for 25 years."

// Something scarce offered down a ranked list is one design whatever it is: a match run from a
// versioned policy, offers in order with a durable deadline each, the next in line on a decline
// or a timeout, one winner, and an audit log; said in each domain's own nouns and figures.
func TestOfferCascadeDesigns(t *testing.T) {
	t.Parallel()
	common := []string{"Match run", "ranked list", "policy version", "next in line", "FOR UPDATE SKIP LOCKED", "deadline", "accepted at most once",
		"unique(item_id) where state = accepted", "append-only", "hash-chained", "Offer deadline timers", "replay"}
	for _, tc := range []struct {
		prompt string
		must   []string
		absent []string
	}{
		{organStatement,
			[]string{"organ allocation system", "Patient", "Organ", "transplant centre", "within 5 min", "30 min", "blood type, HLA, urgency, distance", "25 years",
				"POST /v1/organs", "they get no login"},
			[]string{"{oc_", "Patients share organs", "POST /v1/offers/{offer_id}/claim", "Asked for but not designed"}},
		{"A city's social housing department: about 3,000 flats become vacant a year; each is offered to applicants on the waiting list (40,000 households) in priority order, and an applicant has 72 h to accept before it goes to the next in line.",
			[]string{"home allocation system", "Applicant", "72 hours", "housing officer", "POST /v1/homes"},
			[]string{"{oc_", "organs", "transplant", "30 min"}},
		{"Daycare places in 40 municipal centres are offered to families by priority (siblings, distance, waiting time); a family has 5 days to accept or decline, then the place goes to the next family on the list.",
			[]string{"place allocation system", "Family", "5 days", "siblings, distance, waiting time", "admissions officer"},
			[]string{"{oc_", "organs", "transplant", "a admissions"}},
		{"When a nurse calls in sick, the open shift is offered to the ward's other nurses in seniority order, 15 minutes each, until someone accepts; 2,000 nurses across 12 hospitals.",
			[]string{"shift allocation system", "Nurse", "15 min", "page"},
			[]string{"{oc_", "organs", "transplant"}},
		{"Supermarkets list surplus food lots; each lot is offered to the 300 charities in turn by distance and need, each charity has an hour to claim it before it goes to the next.",
			[]string{"lot allocation system", "Charity", "1 hour", "distance and need", "POST /v1/offers/{offer_id}/claim"},
			[]string{"{oc_", "organs", "transplant", "Asked for but not designed"}},
	} {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "allocation system with ranked offers") {
				t.Errorf("archetype not in overview:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), append(append([]string{}, common...), tc.must...), tc.absent)
			checkComponents(t, d)
		})
	}
}

// The organ network's own figures are its requirements: the match list within 5 minutes of the
// donor's registration and each centre's 30 minutes to accept, not figures assumed for it.
func TestOrganOffersKeepTheirFigures(t *testing.T) {
	t.Parallel()
	d := design(t, organStatement)
	req, _ := d.Section("requirements")
	checkMentions(t, req.Markdown,
		[]string{"ranked list for an organ is ready within 5 min", "each offer has a deadline (30 min)", "kept unaltered for 25 years"},
		[]string{"the accept window", "a minute"})
}

// Near misses keep their own designs: a job board's applications and job offers, an auction's
// bids, a hotel's holds that expire, a ride queue, a ride offered to drivers, a rota's swaps.
func TestOfferCascadeNearMisses(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"a job board where candidates apply to jobs, recruiters shortlist them and send offers that candidates accept or decline within 7 days",
		"an online auction where bidders place bids until the auction closes, highest bid wins",
		"guests book hotel rooms for dates; unpaid holds expire after 15 minutes",
		"a theme park app where guests join a virtual queue for rides and are called in order when it is their turn",
		"ride requests are offered to the nearest driver, who has 15 seconds to accept before the next driver gets it",
		"nurses see their planned shifts for the next month and swap shifts with each other",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if strings.Contains(ov.Markdown, "allocation system with ranked offers") {
				t.Errorf("near miss read as a ranked offer cascade:\n%s", firstLines(ov.Markdown, 3))
			}
		})
	}
}
