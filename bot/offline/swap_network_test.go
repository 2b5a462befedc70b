package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestBatterySwapIsNoScooterRental checks that a battery swap network for scooter riders is not
// read as a scooter rental with per-minute fares: nothing in it is paid for.
func TestBatterySwapIsNoScooterRental(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a battery swap network for e-scooter riders: 3,500 swap cabinets report their charge state every minute; riders find a cabinet with a full battery and reserve it for 10 minutes.",
		"Design the backend for 800 swap stations where e-scooter riders swap batteries; each station reports its charge status every 30 seconds",
	} {
		_, sec := renderAll(t, s)
		for _, id := range []conversation.SectionID{conversation.Overview, conversation.DeepDive, conversation.Requirements} {
			if low := strings.ToLower(sec[id]); strings.Contains(low, "payment") || strings.Contains(low, "unlock") {
				t.Errorf("%q: %s speaks of payments or unlocks:\n%s", s, id, sec[id])
			}
		}
	}
}
