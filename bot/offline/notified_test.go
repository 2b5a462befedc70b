package offline_test

import (
	"strings"
	"testing"
)

// Who hears of a temperature excursion is who the statement names (QA, the shipper, the
// pharmacist on call), and a stated quarantine is a state of what the load carries.
func TestExcursionsTellWhomTheStatementNamesAndQuarantine(t *testing.T) {
	t.Parallel()
	for s, who := range map[string]string{
		"Cold-chain tracking for a pharma distributor: 6,000 refrigerated trucks report temperature every 30 s. If a shipment is outside 2-8 C for more than 15 minutes we must notify QA and quarantine the lot. Records must be tamper-evident for GDP audits.": "QA",
		"Our 400 reefer trailers carrying insulin report temperature every minute; any load above 8 °C for 20 minutes must alert the shipper and be put in quarantine.":                                                                                           "the shipper",
		"A vaccine carrier's 900 refrigerated vans send temperature every 15 s; if a delivery spends more than 10 minutes out of range, page the pharmacist on call and quarantine the batch.":                                                                    "the pharmacist on call",
	} {
		text := allText(design(t, s))
		if strings.Contains(text, "dispatcher on duty") || strings.Contains(text, "reaches the dispatcher") {
			t.Errorf("%q: the excursion goes to a dispatcher the statement never named", s)
		}
		if !strings.Contains(text, "alerts "+who+" once") && !strings.Contains(text, "Alert "+who+" when") {
			t.Errorf("%q: the excursion does not alert %s", s, who)
		}
		if !strings.Contains(text, "the load's status becomes quarantined") {
			t.Errorf("%q: no quarantine of what the load carries", s)
		}
	}
}
