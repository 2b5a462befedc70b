package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// Tickets already sold, scanned at an event's gates as the crowd arrives, are admission: each
// ticket redeemed once by a conditional write, a second scan answered with where and when the
// first got in, the arrival rush as the peak. "Ticket", "stadium" and "seat" are what a sale
// says too, so none of them brings a checkout, a seat map or payments here.
func TestTicketScanningIsAdmission(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		prompt, title string
		mentions      []string
	}{
		{
			prompt:   "Design the ticket scanning at a 40,000-seat stadium: most fans arrive in the last 30 minutes before kickoff and a ticket must never admit twice.",
			title:    "Ticket scanning at a 40,000-seat stadium",
			mentions: []string{"gate scan", "admits exactly once", "conditional update", "where and when it was first admitted", "arrival rush", "before the doors open", "own list"},
		},
		{
			prompt:   "We need gate scanning for a 20,000-capacity arena; fans show mobile tickets at the doors in the hour before the concert and no ticket should get two people in.",
			mentions: []string{"admits exactly once", "conditional update", "first admitted"},
		},
		{
			prompt:   "ticket validation at the turnstiles of a football ground where a duplicated barcode must be refused",
			mentions: []string{"admits exactly once", "first admitted"},
		},
	} {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "ticket admission (gate scanning) system") {
				t.Errorf("not an admission design:\n%s", firstLines(ov.Markdown, 3))
			}
			if tc.title != "" && d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			checkMentions(t, eval.Text(d), tc.mentions, []string{"seat map", "checkout", "payment processor", "hold seats", "ticket sale", "booking service", "shopping cart"})
			checkComponents(t, d)
		})
	}
}

// Selling seats, a season ticket held all year and a museum's slots keep their own designs.
func TestTicketScanningNearMisses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ prompt, want string }{
		{"sell concert tickets for a 20,000-seat arena and scan them at the doors", "ticket booking system"},
		{"Design a ticketing system for a 40,000-seat stadium where fans pick their seats when the sale opens", "ticket booking system"},
		{"a football club's season ticket holders scan their cards at the stadium's 60 gates on match day, and a season ticket must not let two people in", "gate entry system"},
		{"Design a museum's timed-entry tickets where visitors book a 30-minute entry slot and are scanned at the door", "timed-entry admission system"},
	} {
		ov, _ := design(t, tc.prompt).Section("overview")
		if !strings.Contains(firstLines(ov.Markdown, 3), tc.want) {
			t.Errorf("%q: want a %s:\n%s", tc.prompt, tc.want, firstLines(ov.Markdown, 3))
		}
	}
}
