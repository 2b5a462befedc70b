package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// A what-if that changes how often things report changes a period, and a period divides the
// load: "every 5 seconds instead of every 30" is 6× the writes, never 5/30 of them, as if "5
// seconds" counted places. A count of places in a what-if still scales by places.
func TestWhatIfPeriodDividesTheLoad(t *testing.T) {
	t.Parallel()
	reefers := grounding(design(t, "Cold-chain monitoring for refrigerated shipping containers: 35,000 reefers, each sensor reports temperature, humidity and door state every 30 seconds over satellite or cellular, often buffering for hours at sea. Alert the shipper within a minute of a temperature excursion once the data lands, and keep raw readings 3 years for insurance claims."))
	warehouses := grounding(design(t, "A retail chain with 40 warehouses tracks stock levels; each warehouse scans about 2,000 items an hour and store managers check availability"))
	d := offline.New()
	for _, tc := range []struct {
		g         bot.Grounding
		q, header string
		writes    string
	}{
		{reefers, "What if the sensors report every 5 seconds instead of every 30?", "every 5 s (was every 30 s)", "| Peak writes/s | 1,167 | 7,000 |"},
		{reefers, "what if they report every 10 seconds?", "every 10 s (was every 30 s)", "| Peak writes/s | 1,167 | 3,500 |"},
		{reefers, "What if the sensors report every minute instead of every 30 seconds?", "every minute (was every 30 s)", "| Peak writes/s | 1,167 | 583 |"},
		{reefers, "what if we went from every 30 seconds to every 15?", "every 15 s (was every 30 s)", "| Peak writes/s | 1,167 | 2,333 |"},
		{warehouses, "what if we have 60 warehouses instead of 40", "60 warehouses (was 40)", "| Peak writes/s | 6.7 | 10 |"},
	} {
		a, err := d.Answer(context.Background(), tc.g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a, tc.header) || !strings.Contains(a, tc.writes) {
			t.Errorf("%q: want %q and %q:\n%s", tc.q, tc.header, tc.writes, a)
		}
	}
}
