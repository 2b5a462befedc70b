package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// How long data is kept is a change the designer can make from its own capacity model: the
// retention moves, the storage kept moves with it, and the reply says by how much. A deadline to
// act on an event ("delete within 48 h if it leaks") and a question about retention are not one.
func TestRetentionIsAChange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	market := grounding(design(t, "Design a marketplace where freelance translators bid on documents that clients upload; about 20,000 documents a month, translators get paid when the client accepts the work."))
	chat := grounding(design(t, "Design a chat app like WhatsApp for 50 million daily users sending 40 messages each a day"))
	linen := grounding(design(t, "a laundry service for 40 hospitals: daily orders for sheets and gowns, trucks collect soiled linen, every cart scanned with RFID at the plant"))
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
		// years is the retention the change must leave; say must be in its reply.
		years float64
		say   string
	}{
		{"must keep, bare years", market, "we must keep records 9 years", 9, "9 years"},
		{"passive, for a reason", chat, "messages must be kept for 7 years for compliance", 7, "7 years"},
		{"retain, a number word", linen, "Retain scan history for ten years.", 10, "10 years"},
		{"deletion after days", chat, "delete chats after 30 days", 30.0 / 365, "30 days"},
		{"shorter history", linen, "we only need 90 days of history", 90.0 / 365, "90 days"},
		{"regulator, months", market, "the regulator says invoices are archived for 18 months", 1.5, "18 months"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Unsupported != "" || in.Requirements == nil {
				t.Fatalf("%q: intent=%s unsupported=%q", tc.text, in.Intent, in.Unsupported)
			}
			if got := in.Requirements.Workload.RetentionYears; got < tc.years*0.97 || got > tc.years*1.03 {
				t.Fatalf("%q: retention %v years, want %v", tc.text, got, tc.years)
			}
			before := conversation.Estimate(tc.g.Requirements.Workload).StorageBytesKept
			after := conversation.Estimate(in.Requirements.Workload).StorageBytesKept
			if before == after {
				t.Errorf("%q: storage kept stayed %v", tc.text, after)
			}
			if !strings.Contains(in.Reply, tc.say) || !strings.Contains(in.Reply, conversation.Bytes(after)) {
				t.Errorf("%q: reply does not say %q and the new storage %s:\n%s", tc.text, tc.say, conversation.Bytes(after), in.Reply)
			}
			if in.Components != nil {
				t.Errorf("%q: a retention change touched the components", tc.text)
			}
		})
	}
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
	}{
		{"a breach deadline", linen, "scan data must be deleted within 48 h if it leaks personal data"},
		{"an erasure deadline", chat, "erase a user's messages within 30 days of their request"},
		{"a question", market, "how long do we keep documents, 5 years?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Requirements != nil && in.Requirements.Workload.RetentionYears != tc.g.Requirements.Workload.RetentionYears {
				t.Fatalf("%q read as a retention of %v years", tc.text, in.Requirements.Workload.RetentionYears)
			}
		})
	}
}
