package offline_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// Messages asked for on a channel go out on that channel: through the design's own way to reach
// people when it has one, else through an SMS provider for texts, never as push notifications
// in place of the texts asked for.
func TestAddedMessagesUseTheChannelAsked(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	shop := grounding(design(t, clickCollect))
	links := grounding(design(t, "Design a URL shortener handling 100M new links a month and 10B redirects a month"))
	rides := grounding(design(t, rideHailing))
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
		want string // a component the design must have after the change
		not  string // a component it must not gain
	}{
		{"the design's own channel", shop, "add text message reminders before pickup", "Delivery providers", "Push providers"},
		{"texts, no channel yet", links, "add SMS notifications for link owners", "SMS provider", "Push providers"},
		{"texts beside push", rides, "please add SMS reminders for scheduled rides", "SMS provider", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Components == nil {
				t.Fatalf("intent=%s decision=%q unsupported=%q", in.Intent, in.Decision, in.Unsupported)
			}
			has := func(n string) bool {
				return slices.ContainsFunc(in.Components, func(c conversation.Component) bool { return c.Name == n })
			}
			if !has(tc.want) {
				t.Errorf("no %s after %q (%s)", tc.want, tc.text, in.Decision)
			}
			if tc.not != "" && has(tc.not) && !slices.ContainsFunc(tc.g.Components, func(c conversation.Component) bool { return c.Name == tc.not }) {
				t.Errorf("%q added %s", tc.text, tc.not)
			}
			if strings.Contains(in.Decision, "push") {
				t.Errorf("decision %q says push for texts", in.Decision)
			}
		})
	}
}
