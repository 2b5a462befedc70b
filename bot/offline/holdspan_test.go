package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A hold that lasts minutes (a seat, a cart, a library reservation) is no outage a site rides
// out: the capacity notes say nothing of buffering readings while a link is down (a stated
// outage keeps its note: TestPlantDesigns).
func TestHoldSpanIsNoLinkOutage(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Ticket sale for a stadium tour: 60k seats per show, 1.5M fans in the queue when sales open, a seat hold lasts 8 minutes",
		"a sneaker drop where items in a cart are held for 15 minutes, 300,000 shoppers at 10am",
		"a library where holds stay on the shelf for 3 days before going to the next reader, 40 branches",
	} {
		_, sec := renderAll(t, statement)
		if c := sec[conversation.CapacityID]; strings.Contains(c, "buffers its readings") {
			t.Errorf("%q: a hold read as a link outage:\n%s", statement, c)
		}
	}
}
