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

// A dropped feature's parts are gone from every section: no remaining part still says it fronts
// or calls them, and only the decision log and the quoted statement may name them.
func TestDroppedPartsAreNamedNowhere(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	photos := grounding(design(t, "Design Instagram: 50M DAU post photos, follow people, like and comment on posts, search for users and hashtags."))
	for _, text := range []string{"drop search", "we no longer need the search feature", "get rid of search please"} {
		t.Run(text, func(t *testing.T) {
			in, err := d.Interpret(ctx, photos, text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Components == nil {
				t.Fatalf("intent=%s decision=%q unsupported=%q", in.Intent, in.Decision, in.Unsupported)
			}
			var gone []string
			for _, c := range photos.Components {
				if !slices.ContainsFunc(in.Components, func(x conversation.Component) bool { return x.Name == c.Name }) {
					gone = append(gone, c.Name)
				}
			}
			if len(gone) == 0 {
				t.Fatalf("nothing dropped by %q", text)
			}
			for _, c := range in.Components {
				for _, n := range gone {
					if strings.Contains(c.Description, n) {
						t.Errorf("%s still names %s: %s", c.Name, n, c.Description)
					}
				}
			}
		})
	}
}
