package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

const dutchTransfers = "Design a payments backend for a bank in the Netherlands: customers send transfers between accounts, 40 transfers per second at peak, balances must never go negative."

// A question whether the design needs another region is answered from its figures and ends with
// an offer; the design keeps its version until the user says yes. Asked as a request, it is made.
func TestRegionNeedIsAnsweredNotApplied(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	g := grounding(design(t, dutchTransfers))
	for _, q := range []string{
		"do we really need multi-region for 40 transfers a second?",
		"should we be running in two regions?",
		"would active-active across regions be overkill here?",
		"is multi-region necessary if all our customers are Dutch?",
	} {
		t.Run(q, func(t *testing.T) {
			in, err := d.Interpret(ctx, g, q)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentQuestion {
				t.Fatalf("intent=%s decision=%q, want a question", in.Intent, in.Decision)
			}
			a, err := d.Answer(ctx, g, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"second region", "40 writes/s", "99.99%", "Netherlands", "\"yes\""} {
				if !strings.Contains(a, want) {
					t.Errorf("answer lacks %q:\n%s", want, a)
				}
			}
		})
	}
	t.Run("yes takes the offer", func(t *testing.T) {
		y := g
		y.Recent = []conversation.Turn{{Text: "should we be running in two regions?", Intent: string(bot.IntentQuestion)}}
		in, err := d.Interpret(ctx, y, "yes")
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || !strings.Contains(in.Decision, "multi-region") {
			t.Fatalf("yes gave intent=%s decision=%q", in.Intent, in.Decision)
		}
	})
	for _, req := range []string{"make it multi-region", "we need a second region for disaster recovery"} {
		in, err := d.Interpret(ctx, g, req)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || in.Unsupported != "" {
			t.Errorf("%q: intent=%s unsupported=%q, want the change", req, in.Intent, in.Unsupported)
		}
	}
}
