package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// Dropping the phone apps is a change to the clients, however it is said: they become a web app,
// push that only reaches installed apps becomes web push, and nothing else moves. A design that
// ships no phone app says so rather than dropping a part.
func TestDropThePhoneApps(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	chat := grounding(design(t, "Design a chat app like WhatsApp for 50 million daily users sending 40 messages each a day"))
	vineyard := grounding(design(t, "Design harvest logistics for a vineyard group: 12 estates, 400 pickers, tractors carry bins to the winery where each bin is weighed and logged; harvest lasts six weeks."))
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
	}{
		{"drop", chat, "drop the mobile app"},
		{"don't need, platforms named", vineyard, "we don't need iOS and Android apps, a website is enough"},
		{"web only", chat, "Make it web-only."},
		{"no native apps", vineyard, "let's ship no native apps for now"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Unsupported != "" || len(in.Components) != len(tc.g.Components) {
				t.Fatalf("%q: intent=%s unsupported=%q components %d → %d", tc.text, in.Intent, in.Unsupported, len(tc.g.Components), len(in.Components))
			}
			for i, c := range in.Components {
				was := tc.g.Components[i]
				switch {
				case c.Kind == "client" && strings.Contains(was.Technology, "iOS"):
					if strings.Contains(c.Technology, "iOS") || !strings.Contains(c.Technology, "browser") {
						t.Errorf("%q: %s is %q", tc.text, c.Name, c.Technology)
					}
				case strings.Contains(was.Technology, "APNs"):
					if strings.Contains(c.Technology, "APNs") {
						t.Errorf("%q: %s still pushes to apps: %q", tc.text, c.Name, c.Technology)
					}
				case c.Technology != was.Technology:
					t.Errorf("%q changed %s: %q → %q", tc.text, c.Name, was.Technology, c.Technology)
				}
			}
			if !strings.Contains(in.Reply, "→") {
				t.Errorf("%q: reply does not say what changed: %q", tc.text, in.Reply)
			}
		})
	}
	t.Run("no phone app to drop", func(t *testing.T) {
		desk := grounding(design(t, "an internal tool for our finance team to approve supplier invoices, 300 invoices a day"))
		in, err := d.Interpret(ctx, desk, "drop the mobile app")
		if err != nil || in.Components != nil || !strings.Contains(in.Unsupported, "no phone app") {
			t.Fatalf("err=%v components=%v unsupported=%q", err, in.Components != nil, in.Unsupported)
		}
	})
}
