package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// A swap may name its part by where it runs ("on each garage's local box"): that is the store
// whose technology runs there. What is offered instead must run there too: a managed cloud
// service is no option for a box on the site's own network that must work offline.
func TestSwapByWhereThePartRuns(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	park := grounding(design(t, garages))
	for _, text := range []string{
		"use SQLite on each garage's local box",
		"switch the on-site box to sqlite",
		"move the local boxes at every garage to sqlite",
	} {
		in, err := d.Interpret(ctx, park, text)
		if err != nil {
			t.Fatal(err)
		}
		reply := in.Reply + in.Unsupported + in.Decision
		if in.Intent == bot.IntentQuestion {
			if reply, err = d.Answer(ctx, park, text); err != nil {
				t.Fatal(err)
			}
		}
		if !strings.Contains(reply, "Site journal") || strings.Contains(reply, "Which part") {
			t.Errorf("%q: not about the Site journal (intent %s):\n%s", text, in.Intent, reply)
		}
		if in.Intent == bot.IntentPushback && strings.Contains(reply, "DynamoDB") {
			t.Errorf("%q: offers a managed cloud store for an on-site box:\n%s", text, reply)
		}
	}
}
