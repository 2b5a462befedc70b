package offline

import (
	"slices"
	"testing"
)

// TestOutboundDesigns designs services that send texts or WhatsApp messages for many businesses
// and handle the answers as outbound messaging: the hard parts are replies routed and parsed
// (STOP first), one message per item and rule, throughput per sending number and delivery
// receipts, in the statement's own nouns; the bookings stay the businesses' own, so no
// double-booking dive leads, and messages are never counted as active users.
func TestOutboundDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "an appointment reminder service for dental practices: 3,000 practices, each sends roughly 150 SMS reminders a day, patients reply C to confirm or R to reschedule",
			mentions: []string{"outbound messaging service with replies", "replies routed to the right appointment, stop first", "c (confirm) and r (reschedule)",
				"one message per appointment per rule", "delivery receipt", "suppression list", "10dlc", "gsm-7", "backup messaging provider",
				"each practice's own system", "3,000 practices × 150 a day", "13.5m messages a month at about $0.008 a segment is $108k a month"},
			absent: []string{"exclusion constraint", "double booking", "free slots", "daily active reminders", "{ob_", "{c:"},
		},
		{
			statement: "Our vet group wants to text pet owners the day before a visit; 700 clinics, 90 messages per clinic daily, owners answer Y to keep it or N to release it and anything else reaches the front desk",
			mentions:  []string{"outbound messaging service with replies", "y (keep it) and n (release it)", "right visit", "each clinic's own system"},
			absent:    []string{"exclusion constraint", "free slots", "{ob_"},
		},
		{
			statement: "Build the messaging behind a courier's delivery-window texts: customers get an SMS with tomorrow's two-hour window and can reply 1 to accept or 2 to choose another day; 800,000 texts a day across 40 depots",
			mentions:  []string{"outbound messaging service with replies", "1 (accept) and 2 (choose another day)", "right delivery", "delivery receipt"},
			absent:    []string{"{ob_", "daily active"},
		},
		{
			// One-way texts timed ahead of a due date, for many clinics: the send rules are the
			// statement's, and the texts go through an SMS provider, not a phone's push.
			statement: "Design a reminder service for 900 veterinary clinics: about 180,000 pets are due for vaccines each year, and owners get a text 14 days before and another 2 days before the due date.",
			mentions:  []string{"outbound messaging service with replies", "14 days and 2 days before, as stated", "each clinic's upcoming vaccinations", "one message per vaccination per rule", "29.6k messages a month"},
			absent:    []string{"apns", "48 hours and 2 hours before", "{ob_"},
		},
		{
			statement: "Build a WhatsApp reminder bot for 600 gyms: members get a message before each class they booked and can reply CANCEL to free their spot",
			mentions:  []string{"outbound messaging service with replies", "cancel (free their spot)", "each gym's own system", "whatsapp"},
			absent:    []string{"group message fan-out", "{ob_"},
		},
		{
			// A sender nobody answers: its design has no replies to route.
			statement: "an SMS gateway that sends one-time login codes for 200 banks, 30 million a day, failing over between carriers when one degrades",
			mentions:  []string{"outbound messaging service with replies", "delivery receipts mapped back to the message", "backup messaging provider"},
			absent:    []string{"replies routed to the right", "replies from recipients carrying", "{said", "{ob_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestOutboundNotForOtherSenders keeps a chat app, a shop's receipts, a login's one-time codes and a
// practice's own booking system with reminders out of outbound messaging.
func TestOutboundNotForOtherSenders(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"friends message each other in a chat app, reply to each message in threads and see read receipts",
		"an online store that emails customers a receipt and a shipping update after each order",
		"a sign-in service for a bank: password plus a six-digit code by SMS, and lockout after five failures",
		"a booking system for our physio clinics where patients book appointments online and get an SMS reminder they can reply to",
	} {
		if ids, _ := detect(s); slices.Contains(ids, "outbound") {
			t.Errorf("%q: detected outbound (%v)", s, ids)
		}
	}
	checkDesignSays(t, "a booking system for our physio clinics where patients book appointments online and get an SMS reminder they can reply to",
		[]string{"exclusion constraint"}, []string{"outbound messaging service"})
}

// TestReplyKeywords reads the keywords a statement gives its replies and what each does.
func TestReplyKeywords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"patients reply C to confirm or R to reschedule", "C (confirm) and R (reschedule)"},
		{"guests reply YES to keep the table, NO to cancel or LATE to hold it 15 minutes", "YES (keep the table), NO (cancel) and LATE (hold it 15 minutes)"},
		{"with replies going to the pharmacy's inbox", ""},
		{"parents can text back a reason", ""},
	} {
		if got := replyKeywords(tc.statement); got != tc.want {
			t.Errorf("%q: keywords %q, want %q", tc.statement, got, tc.want)
		}
	}
}
