package offline

import "testing"

// TestWrongDomainDesigns designs statements that a word of another domain carried off: each must
// read as its own domain, with none of the neighbour's parts. Before, a lab's critical results,
// escalated to the charge nurse, were taken with a payments stack (a PSP, PCI, POST /v1/payments);
// a school district's substitutes, offered the day's absences by SMS, became a home-services
// marketplace of quotes, payouts and reviews; a city's building permit applications, reviewed by
// departments in rounds, became a field-service router (arrival windows, a route optimiser) from
// "inspectors schedule inspections"; a county's property tax portal became parcel tracking and a
// data pipeline orchestrator from its 220,000 (land) parcels and a deadline beside "nightly".
func TestWrongDomainDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Our 6-hospital network wants a lab results delivery service. about 25k results per day across all sites, roughly 1 in 8 is a critical value " +
				"that has to reach the ordering physician within 15 minutes, escalating to the charge nurse if not acknowledged. patients see normal results " +
				"in the portal but only after a 36 hour hold. ~3,500 clinicians, 400k patients with portal accounts. results must be kept 10 years.",
			mentions: []string{"paging until acknowledged", "escalation policy", "within 15 min", "retention: 10 years"},
			absent:   []string{"payment", "psp", "stripe", "adyen", "pci", "/v1/payments", "refund", "checkout"},
		},
		{
			statement: "school district with 120 schools, each with ~50 teachers. on a typical morning 4% of teachers call in absent (up to 12% on flu days), " +
				"almost all reported between 5:00 and 7:00am. we have a pool of 900 substitutes who get SMS/app offers; first to accept gets the job, " +
				"and a sub must never be double-booked for the same day. every class has to be covered by 7:45am. keep assignment history 3 years for payroll.",
			mentions: []string{"shift scheduling", "900 substitutes", "double-booked", "offers open shifts", "retention: 3 years"},
			absent:   []string{"payment", "psp", "stripe", "payout", "quote", "customer", "leaking", "rating", "marketplace"},
		},
		{
			statement: "city permitting office here. we want online building permit applications: about 300 new applications a week, each with around 40 plan PDFs " +
				"averaging 15 MB. every application gets routed to up to 8 review departments (zoning, fire, structural, etc.) that review in parallel and can " +
				"mark up the plans; applicants resubmit revised sets, usually 2-3 rounds. 60 field inspectors schedule inspections from tablets. " +
				"keep everything for the life of the building, call it 50 years.",
			mentions: []string{"applicants resubmit revised sets", "inspection", "600 mb per application", "60 inspectors", "object storage"},
			absent:   []string{"arrival window", "route optimi", "parts used", "field-service", "customers book", "vehicle-routing", "customer"},
		},
		{
			statement: "County treasurer here - we need an online property tax payment portal. 220,000 parcels, bills go out twice a year, and about 60% of " +
				"people pay in the last 10 days before the deadline; on the deadline day we've seen 2,000 payments a minute at peak. card and eCheck through " +
				"a payment processor, absolutely no double charges, each payment must be reconciled nightly against the treasurer's ledger, and records kept 7 years.",
			mentions: []string{"exactly-once payments", "no double charges", "reconciliation job", "payment processor", "idempotency", "retention: 7 years"},
			absent:   []string{"tracking number", "scan", "hub", "courier", "dag", "upstream_failed", "pipeline", "orchestrat"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
