package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A city's parking permits are a register of permits by plate, zone and validity window, a
// read by (plate, zone) for the officer's check, and each zone's list on the handhelds for
// streets with poor signal; not a lookup modelled as a POST of a licence plate, a garage's
// barrier, or a ski gate's entitlement sync.
func TestParkingPermitDesign(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Design a parking permit system for a city of 800k: residents buy yearly zone permits online, enforcement officers scan licence plates with handhelds and must know within a second whether the car has a valid permit for that zone.",
		"Our borough of 250,000 people sells residents' parking permits per zone; traffic wardens check number plates on their handheld devices on patrol, often with weak mobile signal, and need an answer immediately.",
		"Build the system behind a city's resident parking scheme: households renew their zone permit every January and pay online; parking officers check whether a parked car's licence plate has a permit for the street's zone.",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "municipal parking permit") {
				t.Errorf("archetype not in overview:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d),
				[]string{"GET /v1/zones/{zone_id}/permits/{plate}", "valid_from", "valid_to", "(plate, zone", "poor or no signal", "renewal rush",
					"Payment processor", "Idempotency-Key", "numbered deltas"},
				[]string{"POST /v1/licence-plates", "Single point of failure", "Kafka tap stream", "sharing checker", "barrier"})
			checkComponents(t, d)
		})
	}
}

// Near misses keep their own designs: a garage's barrier reads permits at its lanes, and a
// building permit is reviewed, not checked on the street.
func TestParkingPermitNearMisses(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Build the software for a parking garage with entry and exit gates that read licence plates, monthly permits, and hourly rates up to a daily maximum",
		"an online building-permit system where city reviewers from 6 departments comment on the same drawings",
		"a ski resort where skiers with a season pass tap at the lift gates",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if strings.Contains(ov.Markdown, "municipal parking permit") {
				t.Errorf("near miss read as parking permits:\n%s", firstLines(ov.Markdown, 3))
			}
		})
	}
}
