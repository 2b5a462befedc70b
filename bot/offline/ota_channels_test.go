package offline_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestTravelAgenciesBesideStaysAreChannels: online travel agencies and booking sites beside
// hotels, rentals or pitches are channels the stays are pushed to and sold through (a channel
// manager), not airlines' seats; an agency that sells flights keeps the airline booking.
func TestTravelAgenciesBesideStaysAreChannels(t *testing.T) {
	t.Parallel()
	airline := regexp.MustCompile(`\bgds\b|\bpnrs?\b|airline`)
	channel := []string{"channel manager", "idempotent", "reconciliation", "rate limit"}
	tests := []struct {
		prompt string
		want   []string // lower-case substrings that must appear
		banned *regexp.Regexp
	}{
		{prompt: "A group of 120 hotels sells its rooms through six online travel agencies and its own site; a room must never be sold twice.",
			want: channel, banned: airline},
		{prompt: "We manage 800 vacation rentals that are also listed on Airbnb and Booking.com; keep their calendars in sync so no home is ever booked twice.",
			want: channel, banned: airline},
		{prompt: "A campsite chain with 40 sites sells its pitches through 3 booking sites as well as its own website; build the availability and booking system.",
			want: channel, banned: airline},
		{prompt: "an online travel agency selling flights from 200 airlines", want: []string{"gds", "pnr"},
			banned: regexp.MustCompile(`channel manager`)},
		{prompt: "Design a hotel booking system like Booking.com", want: []string{"overbook"},
			banned: regexp.MustCompile(`channel manager|\bgds\b|\bpnrs?\b`)},
	}
	for _, tc := range tests {
		t.Run(tc.prompt, func(t *testing.T) {
			text := eval.Text(design(t, tc.prompt))
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("design never mentions %q", w)
				}
			}
			if m := tc.banned.FindAllString(text, 5); len(m) > 0 {
				t.Errorf("design mentions out-of-domain %q", m)
			}
		})
	}
}
