package offline

import (
	"context"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// People counted on a day by what they come to do each do it: a ferry's "40,000 riders a day"
// travel on some 16,000 bookings, where the archetype's 0.05 bookings per daily user (an app's
// browsers) made 2,000, and the people counted by the app alone keep that rate.
func TestDayPeopleWhoCameToDoIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		min, max  float64 // bookings a day
	}{
		{"A ferry booking system for a coastal operator: 40,000 riders a day across 30 routes, most book on the app before boarding.", 10_000, 40_000},
		{"A ferry booking app for a coastal operator with 40,000 daily active users.", 1_000, 4_000},
	}
	for _, tc := range tests {
		_, req, err := New().Requirements(context.Background(), tc.statement)
		if err != nil {
			t.Fatalf("%q: %v", tc.statement, err)
		}
		w := req.Workload
		f := firstOf(w.Flows, conversation.FlowWrite)
		if got := w.Rate(f) * 86400; got < tc.min || got > tc.max {
			t.Errorf("%q: %q %.0f a day; want %.0f–%.0f", tc.statement, f.Name, got, tc.min, tc.max)
		}
	}
}
