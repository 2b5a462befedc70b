package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// How a design would run across regions, or keep its data in one, is answered from its own
// stores: each record's home, which writes stay single-homed and how, what is read locally, what
// a failover does, and the replication its write volume costs. Asked as a question it changes
// nothing; "we need multi-region" is the change.
func TestRegionPlanFollowsTheDesignsOwnRecords(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	cases := []struct {
		problem string
		want    []string // facts only this design's answer has
	}{
		{"Design a WhatsApp-like chat app with group chats for 50M DAU", []string{"Message in Message store", "serialised per conversation", "client message id"}},
		{"Design a ride-hailing app like Uber for 5M riders a day in 40 cities", []string{"Trip in Trip DB", "single-homed per city"}},
		{"Design a payments ledger for a fintech with 10M accounts and 2,000 transfers per second", []string{"Payment ledger DB", "single-homed per account", "saga"}},
		{"Design an Instagram-like photo sharing app for 50M DAU", []string{"served locally from every region's replica and the CDN", "/s of files"}},
		{"Design a ticketing system like Ticketmaster selling 20,000 seats per concert in minutes", []string{"Seat in Booking DB", "serialised per event", "never sell the last unit"}},
		{"Design an IoT telemetry pipeline for 2M sensors reporting every 10 seconds", []string{"Reading in Time-series DB", "append-only", "(device, sequence)"}},
	}
	questions := []string{"how would this work across two regions?", "what would running it in 3 regions look like?", "we're expanding to the EU, data must stay there", "our German customers' data has to remain in the EU under GDPR, how does that work?"}
	for _, c := range cases {
		g := grounding(design(t, c.problem))
		for i, q := range questions {
			in, err := d.Interpret(ctx, g, q)
			if err != nil || in.Intent != bot.IntentQuestion || in.Requirements != nil {
				t.Errorf("%s\n%q: intent=%v requirements changed=%v, want a question that changes nothing", c.problem, q, in.Intent, in.Requirements != nil)
			}
			a, err := d.Answer(ctx, g, strings.ToLower(q))
			if err != nil {
				t.Fatal(err)
			}
			want := append([]string{"writes/s at peak are about", "*Failover:*"}, c.want...)
			if i >= 2 {
				want = append(want, "*Residency:*", "EU region")
			}
			for _, w := range want {
				if !strings.Contains(a, w) {
					t.Errorf("%s\n%q: the answer lacks %q:\n%s", c.problem, q, w, a)
				}
			}
			if i < 2 && strings.Contains(a, "*Residency:*") {
				t.Errorf("%s\n%q: residency said where nobody asked:\n%s", c.problem, q, a)
			}
		}
	}
}

// The ledger's balances and the feed's photos span regions in opposite ways: one homes every
// write of an account, the other reads everything locally. Neither answer carries the other's.
func TestRegionPlanTellsMoneyFromMedia(t *testing.T) {
	t.Parallel()
	ledger := answer(t, "Design a payments ledger for a fintech with 10M accounts and 2,000 transfers per second", "how would this work across two regions?")
	feed := answer(t, "Design an Instagram-like photo sharing app for 50M DAU", "how would this work across two regions?")
	if strings.Contains(feed, "single-homed per account") || !strings.Contains(ledger, "single-homed per account") {
		t.Errorf("per-account homing belongs to the ledger only:\nledger: %s\nfeed: %s", ledger, feed)
	}
	// Near miss: whether a second region is needed is a judgement, answered as before.
	need := answer(t, "Design a payments ledger for a fintech with 10M accounts and 2,000 transfers per second", "do we need multi-region?")
	if !strings.Contains(need, "Does this design need a second region?") {
		t.Errorf("a whether-question lost its own answer: %s", need)
	}
}

// "We need multi-region" asks for the change, as it did before.
func TestNeedingRegionsIsStillAChange(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a WhatsApp-like chat app with group chats for 50M DAU"))
	for _, q := range []string{"we need multi-region", "what if we need multi-region?"} {
		in, err := offline.New().Interpret(context.Background(), g, q)
		if err != nil || in.Intent != bot.IntentChange || in.Requirements == nil {
			t.Errorf("%q: intent=%v unsupported=%q, want a change", q, in.Intent, in.Unsupported)
		}
	}
}
