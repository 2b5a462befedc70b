package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

const (
	vanTracking = "Design a fleet tracking system for 20,000 delivery vans reporting GPS positions every 10 seconds; dispatchers see live positions on a map and customers get push notifications when their van is near."
	rideHailing = "Design Uber: riders request trips, 500K drivers send their location every 4 seconds, match riders with nearby drivers, 10M trips a day."
)

// A swap lands on the part that holds what the user names, found by what each part holds; when
// the data named lives only in parts of another kind, the one store of the technology's kind is
// not moved in its place.
func TestSwapFindsThePartByWhatItHolds(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	vans := grounding(design(t, vanTracking))
	rides := grounding(design(t, rideHailing))
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
		// part is the component the swap must land on; "" means nothing may change, and the
		// reply must name where the data goes instead.
		part, where string
	}{
		{"positions pass through a stream", vans, "use Cassandra for the positions", "", "Position stream"},
		{"pings, other words", vans, "could we move the GPS pings to DynamoDB?", "", "Position ingest"},
		{"the head noun decides", rides, "store the driver positions in ScyllaDB", "Geo index", ""},
		{"data a store holds", vans, "keep the subscriber links in MongoDB", "Routes and riders store", ""},
		{"another word for positions", rides, "use Cassandra for the locations", "Geo index", ""},
		{"coordinates are positions", rides, "move driver coordinates to ScyllaDB", "Geo index", ""},
		{"locations that only pass through", vans, "store the vans' locations in ScyllaDB", "", "Position stream"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if tc.part == "" {
				if in.Intent == bot.IntentChange && in.Unsupported == "" {
					t.Fatalf("applied %q", in.Decision)
				}
				if !strings.Contains(in.Unsupported+in.Reply, tc.where) {
					t.Errorf("reply does not say it goes through %s:\n%s", tc.where, in.Unsupported+in.Reply)
				}
				return
			}
			if !strings.Contains(in.Decision, "for "+tc.part+" (was") {
				t.Errorf("decision %q (unsupported %q), want one for %s", in.Decision, in.Unsupported, tc.part)
			}
		})
	}
}
