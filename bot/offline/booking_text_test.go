package offline_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestReservationStaysInItsDomain: the generic reservation archetype serves parking, tables,
// courts and appointments, so lodging (nights, rooms, overbooking), airline-ticket selling (GDS,
// PNR) and clinic (HIPAA) text appears only where the statement is about those.
func TestReservationStaysInItsDomain(t *testing.T) {
	t.Parallel()
	lodging := regexp.MustCompile(`\bnights?\b|\brooms?\b|overbook|\bgds\b|\bpnrs?\b|hipaa`)
	tests := []struct {
		prompt string
		want   []string // lower-case substrings that must appear
		banned *regexp.Regexp
	}{
		{prompt: "book a parking spot near the office for tomorrow", banned: lodging},
		{prompt: "Design a restaurant reservation system like OpenTable", banned: lodging},
		{prompt: "members book a tennis court for an hour", banned: lodging},
		{prompt: "customers book a 30-minute appointment with their hair salon", banned: lodging},
		{prompt: "patients schedule a slot with their dentist online", want: []string{"hipaa"},
			banned: regexp.MustCompile(`\bnights?\b|overbook|\bgds\b|\bpnrs?\b`)},
		{prompt: "Design a hotel booking system like Booking.com", want: []string{"overbook", "nights"},
			banned: regexp.MustCompile(`\bgds\b|\bpnrs?\b|hipaa`)},
		{prompt: "Design a flight booking system where travellers pick seats", want: []string{"gds", "pnr"},
			banned: regexp.MustCompile(`hipaa|room type`)},
		{prompt: "Design a flight booking site like Expedia where travellers search fares and book tickets", want: []string{"gds"},
			banned: regexp.MustCompile(`\bnights?\b|\brooms?\b|overbook_limit|hipaa`)},
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
