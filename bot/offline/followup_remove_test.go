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

const (
	garages   = "parking for a city's 30 garages: plate cameras at every gate, drivers pay in the app or at a kiosk, monthly permits, the gate must open when the cloud is unreachable"
	bloodBank = "software for a blood bank: 10 donor centres, 600 donations a day, units split into components that expire, hospitals order units by blood type, every unit traceable for 30 years"
)

func hasComp(cs []conversation.Component, name string) bool {
	return slices.ContainsFunc(cs, func(c conversation.Component) bool { return c.Name == name })
}

// A removal names a thing by its words: it is resolved against the design's parts, and what it
// cannot resolve to one part is asked about, never taken to be a store or a capability that
// other parts need.
func TestRemovalResolvesTheNamedThing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	park := grounding(design(t, garages))
	blood := grounding(design(t, bloodBank))
	photos := grounding(design(t, "Design an Instagram-like photo sharing app for 50M DAU"))
	for _, tc := range []struct {
		name string
		g    bot.Grounding
		text string
		// keep must stay in the design; say must be in the reply.
		keep, say []string
	}{
		{"a payment method of a machine", park, "remove kiosk cash payments", []string{"User DB", "Pay stations"}, []string{"Pay stations", "cash"}},
		{"a payment method, other words", park, "stop accepting cash at the pay machines", []string{"Pay stations"}, []string{"Pay stations"}},
		{"nothing matches", park, "remove the valet desk", []string{"User DB"}, []string{"valet desk"}},
		{"an app that is not a part", blood, "get rid of the hospital ordering app", []string{"Primary DB"}, []string{"Order"}},
		{"a store others need", photos, "drop the post store", []string{"Post store"}, []string{"Post"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent == bot.IntentChange && in.Unsupported == "" {
				t.Fatalf("%q applied %q", tc.text, in.Decision)
			}
			reply := in.Reply + in.Unsupported
			for _, s := range tc.say {
				if !strings.Contains(strings.ToLower(reply), strings.ToLower(s)) {
					t.Errorf("reply does not name %q:\n%s", s, reply)
				}
			}
		})
	}
	t.Run("a store others need, confirmed", func(t *testing.T) {
		g := photos
		g.Recent = []conversation.Turn{{Text: "drop the post store", Intent: string(bot.IntentPushback)}}
		in, err := d.Interpret(ctx, g, "yes, drop it anyway")
		if err != nil || in.Intent != bot.IntentChange || hasComp(in.Components, "Post store") {
			t.Fatalf("err=%v intent=%s decision=%q", err, in.Intent, in.Decision)
		}
	})
	t.Run("a part the words name, confirmed", func(t *testing.T) {
		// Dropping the CDN of a 50M-DAU photo app is pushed back first (its egress would land on
		// one origin); confirmed, it drops the CDN and nothing else.
		g := photos
		g.Recent = []conversation.Turn{{Text: "drop the cdn", Intent: string(bot.IntentPushback)}}
		in, err := d.Interpret(ctx, g, "yes, drop it anyway")
		if err != nil || in.Intent != bot.IntentChange || hasComp(in.Components, "CDN") || !hasComp(in.Components, "User DB") {
			t.Fatalf("err=%v intent=%s decision=%q", err, in.Intent, in.Decision)
		}
	})
}

// A request with two changes makes both, or says which it did not make.
func TestTwoChangesInOneRequest(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	photos := grounding(design(t, "Design an Instagram-like photo sharing app for 50M DAU"))
	in, err := d.Interpret(ctx, photos, "drop the engagement service and add search")
	if err != nil || in.Intent != bot.IntentChange {
		t.Fatalf("err=%v intent=%s %q", err, in.Intent, in.Unsupported+in.Reply)
	}
	if hasComp(in.Components, "Engagement service") || !strings.Contains(strings.ToLower(in.Decision), "search") || !strings.Contains(in.Decision, "Engagement service") {
		t.Fatalf("decision=%q", in.Decision)
	}
	// One of the two pushed back: the other is made, and the reply says which was not.
	in, err = d.Interpret(ctx, photos, "drop the cdn and add search")
	if err != nil || in.Intent != bot.IntentChange || !hasComp(in.Components, "CDN") || !strings.Contains(in.Reply, `Not done: "drop the cdn"`) {
		t.Fatalf("err=%v intent=%s decision=%q reply=%q", err, in.Intent, in.Decision, in.Reply)
	}
	blood := grounding(design(t, bloodBank))
	in, err = d.Interpret(ctx, blood, "remove the hospital ordering app and add donor appointment booking")
	if err != nil {
		t.Fatal(err)
	}
	if in.Intent == bot.IntentChange && !hasComp(in.Components, "Primary DB") && in.Components != nil {
		t.Fatalf("dropped the primary db: %q", in.Decision)
	}
	reply := strings.ToLower(in.Reply + in.Unsupported)
	if !strings.Contains(reply, "hospital ordering app") || !strings.Contains(reply+strings.ToLower(in.Decision), "appointment") {
		t.Fatalf("reply does not account for both changes: decision=%q\n%s", in.Decision, reply)
	}
}

// Verbs that are what people do, not changes to the design, keep a request whole.
func TestOneChangeWithTwoActions(t *testing.T) {
	t.Parallel()
	photos := grounding(design(t, "Design an Instagram-like photo sharing app for 50M DAU"))
	for _, text := range []string{"let users edit and remove their posts", "add a way to tag and remove photos"} {
		in, err := offline.New().Interpret(context.Background(), photos, text)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(in.Reply+in.Unsupported, "Not done") || strings.Contains(in.Decision, "Drop") {
			t.Errorf("%q was split into two changes: decision=%q\n%s", text, in.Decision, in.Reply+in.Unsupported)
		}
	}
}
