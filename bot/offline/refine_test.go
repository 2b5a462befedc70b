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

const clickCollect = "Design click-and-collect for a grocery chain with 400 stores: customers order in the app, staff pick the order, and customers collect at the store; 50,000 orders a day."

// A rule, a threshold, a manual review step or a split payment on an existing flow is a change
// to the sections it touches (requirements, data flow, API, data model), on the record it names,
// never a second product or a rewrite that needs a model.
func TestRefinementOfAnExistingFlowIsApplied(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	bank := grounding(design(t, dutchTransfers))
	shop := grounding(design(t, clickCollect))
	for _, tc := range []struct {
		name       string
		g          bot.Grounding
		text, ent  string
		inSections []string // text that must appear in the API section
	}{
		{"review over a threshold", bank, "park any transfer above €25,000 until compliance signs it off", "Transfer", []string{"/review"}},
		{"second approver", bank, "payments larger than 100k dollars require a second approver", "Transfer", []string{"/review"}},
		{"split payment at pickup", shop, "Use Stripe, and let people pay the remainder when they collect", "Pickup order", []string{"/payments"}},
		{"deposit now, rest later", shop, "shoppers should pay a deposit online and the balance at the store", "Pickup order", []string{"/payments"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := d.Interpret(ctx, tc.g, tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if in.Intent != bot.IntentChange || in.Unsupported != "" {
				t.Fatalf("intent=%s unsupported=%q reply=%q", in.Intent, in.Unsupported, in.Reply)
			}
			if !strings.Contains(in.Decision, tc.ent) {
				t.Errorf("decision %q, want one on %s", in.Decision, tc.ent)
			}
			for _, id := range []conversation.SectionID{conversation.Requirements, conversation.DataFlow, conversation.API, conversation.DataModel} {
				if !slices.Contains(in.Sections, id) {
					t.Errorf("section %s not changed (changed: %v)", id, in.Sections)
				}
			}
			for _, w := range tc.inSections {
				if !strings.Contains(in.Written[conversation.API], w) {
					t.Errorf("API section lacks %q", w)
				}
			}
		})
	}
}
