package offline_test

import (
	"strings"
	"testing"
)

// A question about the domain's hard part is answered from the passages of the design that speak
// of its thing and its trouble, though in other words ("breaks down" is a pause there, "the right
// person's" is a chain the design may not have), and says what the design leaves out; a question
// about nothing in the design still says so, and a part named outright keeps its own answer.
func TestCruxQuestionsAreAnsweredFromTheDesign(t *testing.T) {
	t.Parallel()
	const (
		queue = "Design a timed-entry virtual queue for a theme park: 60,000 guests a day reserve return windows for 40 rides from their phones, each ride has an hourly capacity, and guests scan at the ride entrance within their window."
		rooms = "Design a booking system for a chain of 40 escape rooms: each room runs 8 sessions a day, groups of 2-6 book online, a session must never be double-booked, and game masters see the day's schedule."
		ashes = "Design a chain-of-custody system for a group of 12 crematoria: each body is tagged on arrival, moves through refrigeration, cremation and processing, and the ashes are returned to the family; staff scan at every handover and families can see the status."
		drone = "Design a drone bridge inspection platform: 300 drones photograph 5,000 bridges a year, an ML model flags cracks and corrosion, engineers review the defects, and each defect is tracked across yearly inspections."
	)
	for _, tc := range []struct {
		problem string
		qs      []string
		want    []string
		not     []string
	}{
		// A ride that stops is a pause in this design, which moves the windows behind it.
		{queue, []string{
			"what happens if a ride breaks down while people hold return windows?",
			"what if one of the rides is out of service for an hour after guests booked windows?",
			"what if a ride is closed for repairs midday?",
		}, []string{"paus", "Window scheduler"}, []string{"Push providers** (APNs"}},
		// Allocating beyond a ride's capacity is the deep dive on demand beyond capacity.
		{queue, []string{
			"how do you make sure a ride is never over-allocated beyond its hourly capacity?",
			"what stops a ride from being overbooked?",
		}, []string{"Deep dives, Demand beyond capacity", "closes to new joins"}, []string{"Numbers (from the capacity section)"}},
		// Paid but not saved: the booking confirms on its payment.
		{rooms, []string{
			"what if a group pays but the booking fails to save?",
			"what if the payment succeeds but the booking write fails?",
		}, []string{"confirm", "Session booking DB"}, []string{"fails**"}},
		// Holding a session while the group pays is the hold that expires.
		{rooms, []string{
			"how do you hold a slot while someone is paying?",
			"can a group reserve the session until they finish paying?",
		}, []string{"expire", "hold"}, []string{"does not do it yet"}},
		// The design never designed the ashes: the honest answer says so, from its self-review.
		{ashes, []string{
			"how do you guarantee the ashes returned are the right person's?",
			"what if the ashes get mixed up with another family's?",
		}, []string{"Not covered", "“ashes”"}, []string{"couldn't tie"}},
		// An altered record: the custody events are appended, never updated, hash-chained.
		{ashes, []string{
			"how do you prove the custody record wasn't altered afterwards?",
			"could someone tamper with the custody history?",
		}, []string{"never updated", "Primary DB"}, []string{"couldn't tie"}},
		// The same crack as last time is the defect that outlives one inspection.
		{drone, []string{
			"how do you know a defect found this year is the same crack as last year?",
			"is it the same crack as the previous inspection found?",
		}, []string{"tracked across cycles", "Inspection catalogue"}, []string{"Upload coordinator verifies"}},
	} {
		g := grounding(design(t, tc.problem))
		for _, q := range tc.qs {
			a := mustAnswer(t, g, q)
			for _, w := range tc.want {
				if !strings.Contains(a, w) {
					t.Errorf("%q: want %q in\n%s", q, w, a)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(a, w) {
					t.Errorf("%q: want no %q in\n%s", q, w, a)
				}
			}
		}
	}
}

// Near misses: nothing of the design, a part named outright, and another domain's trouble keep
// the answers they had.
func TestCruxNearMisses(t *testing.T) {
	t.Parallel()
	queue := grounding(design(t, "Design a timed-entry virtual queue for a theme park: 60,000 guests a day reserve return windows for 40 rides from their phones, each ride has an hourly capacity, and guests scan at the ride entrance within their window."))
	if a := mustAnswer(t, queue, "what if the moon falls into the sea?"); !strings.Contains(a, "couldn't tie") {
		t.Errorf("unrelated: want couldn't tie, got\n%s", a)
	}
	if a := mustAnswer(t, queue, "what if the queue order store goes down?"); !strings.HasPrefix(a, "**If Queue order store") {
		t.Errorf("a named part keeps its failure answer:\n%s", a)
	}
	rooms := grounding(design(t, "Design a booking system for a chain of 40 escape rooms: each room runs 8 sessions a day, groups of 2-6 book online, a session must never be double-booked, and game masters see the day's schedule."))
	for _, q := range []string{"what if a ride breaks down?", "what if the moon falls into the sea?"} {
		a := mustAnswer(t, rooms, q)
		if strings.Contains(a, "What the design does about that") || strings.Contains(a, "What the design says about") || strings.Contains(a, "paus") {
			t.Errorf("%q: answered from a passage of another trouble:\n%s", q, a)
		}
	}
}
