package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// A removal that names what a part does ("the push notifications" are what Push providers
// deliver) drops that part and says who loses it, rather than answering that nothing is called so.
func TestDropFindsThePartByWhatItDoes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	g := grounding(design(t, vanTracking))
	for _, text := range []string{
		"drop the push notifications",
		"we don't need push notifications anymore",
		"let's get rid of push notifications",
	} {
		t.Run(text, func(t *testing.T) {
			in, err := d.Interpret(ctx, g, text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || !strings.Contains(in.Decision, "Push providers") {
				t.Fatalf("intent=%s decision=%q reply=%q", in.Intent, in.Decision, in.Reply)
			}
			if !strings.Contains(in.Reply, "Notification workers") {
				t.Errorf("reply does not say who loses it:\n%s", in.Reply)
			}
		})
	}
}
