package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// Texts are a channel of their own: a design that already pushes to apps gets an SMS provider
// beside its push providers, wired from the part that sends notifications, whatever words ask for
// it; it is never told it "already has push notifications".
func TestTextsBesidePush(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	hotel := grounding(design(t, "Design a hotel booking system like Booking.com: 2 million hotels, 50 million searches a day, rooms must never be double-booked."))
	chat := grounding(design(t, "Design a chat app like WhatsApp for 50 million daily users sending 40 messages each a day"))
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
		// occasion must be in the requirement line the change adds ("" for none).
		occasion string
	}{
		{"add, bare", chat, "add SMS notifications", ""},
		{"alerts with an occasion", hotel, "please add text alerts when a booking is cancelled", "when a booking is cancelled"},
		{"notify, by SMS", hotel, "we'd like to notify guests by SMS", ""},
		{"text as a verb", chat, "text users after they miss a call", "after they miss a call"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Unsupported != "" {
				t.Fatalf("%q: intent=%s unsupported=%q reply=%q", tc.text, in.Intent, in.Unsupported, in.Reply)
			}
			if !hasComp(in.Components, "SMS provider") || !hasComp(in.Components, "Push providers") {
				t.Fatalf("%q: components %v, want SMS provider beside Push providers", tc.text, in.Components)
			}
			called := false
			for _, c := range in.Components {
				for _, to := range c.TalksTo {
					called = called || to == "SMS provider"
				}
			}
			if !called {
				t.Errorf("%q: nothing calls SMS provider", tc.text)
			}
			if in.Requirements == nil {
				t.Fatalf("%q: no requirement says what the texts are for", tc.text)
			}
			line := in.Requirements.Functional[len(in.Requirements.Functional)-1]
			if !strings.HasPrefix(line, "Text messages (SMS)") || !strings.Contains(line, tc.occasion) || strings.Contains(line, tc.text) {
				t.Errorf("%q: requirement line %q", tc.text, line)
			}
		})
	}
	t.Run("a question about texts changes nothing", func(t *testing.T) {
		in, err := d.Interpret(ctx, chat, "how would you send SMS notifications?")
		if err != nil || in.Intent != bot.IntentQuestion {
			t.Fatalf("err=%v intent=%s", err, in.Intent)
		}
	})
}
