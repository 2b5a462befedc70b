package offline

import (
	"fmt"
	"slices"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A release puts a batch of slots, permits or places on offer at a clock time ("new slots are
// released every Monday at 8am"). Released to a public crowd, it is a rush in the first minutes
// after the time, whatever the words around it say the system is: the design needs the
// admission control in front that such a rush needs.

// publicCrowd is the population beyond which a release is a public rush: a busy practice's list
// is a few tens of thousands of patients.
const publicCrowd = 100_000

// publicRelease is the population a statement releases something to at a clock time, when it is
// a public crowd, else 0.
func publicRelease(statement string) float64 {
	if c := workload.Read(statement).Release.Crowd; c >= publicCrowd {
		return c
	}
	return 0
}

// practiceDiary is the clause of a practice's appointments: no release to a public crowd ("new
// slots are released every Monday at 8am" for 4 million residents is a public booking rush,
// not a practice's diary).
func practiceDiary(statement string) bool {
	return publicRelease(statement) == 0
}

// releaseRule turns on the opening-spike protection (a waiting room in front) for a
// release to a public crowd, after the exclusions: an exclusion stops words wrongly pulling a
// feature in (a reservation's "appointment" is no flash sale), and a release read from the
// statement's figures is no such word. A feature on that narrows it away handles the rush in its
// own terms (a launch-day booking site, course registration's time tickets).
func releaseRule(caps map[string]*capability, statement string, on map[string]bool, why map[string]string) {
	if caps["flashcrowd"] == nil || on["flashcrowd"] {
		return
	}
	for id := range on {
		if c := caps[id]; c != nil && slices.Contains(c.narrows, "flashcrowd") {
			return
		}
	}
	rd := workload.Read(statement)
	if rd.Release.Crowd < publicCrowd {
		return
	}
	on["flashcrowd"] = true
	why["flashcrowd"] = fmt.Sprintf("the statement releases %q to %s people", rd.Release.Said, conversation.Human(rd.Release.Crowd))
}
