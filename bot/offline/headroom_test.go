package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// The relational primary is sized on what it holds: an irrigation network's readings go to the
// time-series store, so the primary keeps the devices, not the 933 GB of readings its
// scalability line used to claim it kept (while the capacity section said readings never
// touch it).
func TestHeadroomCountsOnlyWhatThePrimaryHolds(t *testing.T) {
	t.Parallel()
	d := design(t, "Design a farm irrigation controller network: about 4,000 farms run 30,000 field controllers over cellular; each controller sends soil moisture and flow readings every 5 minutes, and farmers schedule watering from a phone app. Keep readings 3 years for water-use reports.")
	sec, _ := d.Section(conversation.Scalability)
	scale := sec.Markdown
	if !strings.Contains(scale, "it holds devices, a few rows each, while the readings") || strings.Contains(scale, "it keeps over the retention is") {
		t.Errorf("scalability:\n%s\nwant the primary holding devices and the readings in the time-series store", scale)
	}
	// A design whose records are all the primary's still sizes it on them.
	d = design(t, "Design a library book loan system: 300 branches, 40,000 loans a day, loans kept for 7 years")
	sec, _ = d.Section(conversation.Scalability)
	if scale := sec.Markdown; strings.Contains(scale, "stays one primary") && !strings.Contains(scale, "it keeps over the retention is") {
		t.Errorf("scalability:\n%s\nwant the primary sized on the loans it keeps", scale)
	}
}
