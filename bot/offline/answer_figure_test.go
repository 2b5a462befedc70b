package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A question that quotes one of the design's figures is answered with the arithmetic that yields
// it and the assumptions under it, not with the deep dive its other words are nearest to.
func TestAnswerFigureFromItsStep(t *testing.T) {
	t.Parallel()
	d := design(t, "Design a photo feed for a hiking club app: 2M daily members post 1 trail photo a day and scroll the feed 15 times a day, following each other")
	g := grounding(d)
	if d.Capacity.DeliveriesPerSec == 0 {
		t.Fatal("no fan-out in the capacity model")
	}
	fan := conversation.Human(d.Capacity.DeliveriesPerSec)
	a := mustAnswer(t, g, "where does the "+fan+" deliveries per second figure come from, and what does it mean for the fan-out workers?")
	if !strings.Contains(a, "recipients = "+fan) || !strings.Contains(a, "(assumed") || strings.Contains(a, "Deep dives") {
		t.Errorf("fan-out figure %s: %s", fan, a)
	}
	// A question that uses a figure as its premise does not ask where it comes from.
	if a := mustAnswer(t, g, "how many fan-out workers do "+fan+" deliveries a second need, and why?"); strings.Contains(a, "**Where") {
		t.Errorf("answered the origin of a premise: %s", a)
	}
	for _, f := range d.Capacity.Flows {
		if f.Kind != conversation.FlowRead || f.PeakPerSec <= f.PerSec {
			continue
		}
		peak := conversation.Human(f.PeakPerSec)
		a := mustAnswer(t, g, "how did you get "+peak+" reads a second?")
		if !strings.Contains(a, f.Name+":") || !strings.Contains(a, "= "+peak+"/s") {
			t.Errorf("peak %s of %s: %s", peak, f.Name, a)
		}
	}
}
