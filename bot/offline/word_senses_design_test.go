package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestOneWordDecidesNoDomain designs statements that a single word used to hand to another
// domain and checks each design reads without it: a balloon ride with passengers was ride-hailing
// and its flights an airline's, a parents' carpool rota got surge pricing and fares, listings that
// go live were a live stream, a scanned ledger page was money and "a county that runs 60
// cemeteries" had the system run them.
func TestOneWordDecidesNoDomain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		prompt, kind     string
		mentions, absent []string
	}{
		{
			prompt: "Hot-air balloon ride bookings for 14 launch sites: around 60,000 passengers a season (May to October), roughly 40% of flights get cancelled for weather the morning of, and each cancellation must either rebook or refund the deposit exactly once. Most bookings are gift vouchers bought in the 3 weeks before Christmas.",
			kind:   "a reservation system", mentions: []string{"refund", "cancel"},
			absent: []string{"ride hailing", "ride-hailing", "surge", "driver", "fare", "gds", "pnr", "airline", "amadeus"},
		},
		{
			prompt: "School carpool app: parents at a school form a rota and the app picks who drives each day and notifies everyone. We're at 1,200 schools with ~300 families each. A swap needs both parents to confirm, and live location is only shared during the drive and deleted after 24h.",
			kind:   "carpool", mentions: []string{"parent"},
			absent: []string{"ride hailing", "ride-hailing", "surge", "fare", "payment", "stripe", "(view, comment, edit)"},
		},
		{
			prompt: "A marketplace where small farms list surplus produce each morning and restaurants buy it for same-day delivery: listings go live at 5am and restaurants order by 9am.",
			kind:   "order", mentions: []string{"restaurant"},
			absent: []string{"live stream", "streaming", "viewer", "hls", "rtmp", "broadcast"},
		},
		{
			prompt: "Design a burial records and plot search system for a county that runs 60 cemeteries, with 90,000 scanned ledger pages",
			kind:   "records", mentions: []string{"search"},
			absent: []string{"money (", "minor units", "job workers", "runs cemeteries", "run cemeteries"},
		},
		{
			prompt: "A parking enforcement app: wardens scan licence plates, penalty notices, drivers pay or appeal online",
			kind:   "enforcement", mentions: []string{"warden", "payment"},
			absent: []string{"barrier", "pay-on-exit", "car park", "tariff", "ride hailing", "surge", "seat"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, tc.kind) {
				t.Errorf("%q not in overview:\n%s", tc.kind, firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), tc.mentions, tc.absent)
			checkComponents(t, d)
		})
	}
}
