package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// A what-if about something happening in the world is a question the design answers; a what-if
// whose subject is us, or that puts a part of the design in the past or the subjunctive, or
// names a technology, is a change.
func TestWhatIfQuestionOrChange(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "a chain of 120 gyms where members tap a key fob at the turnstile and memberships are billed monthly"))
	for text, question := range map[string]bool{
		"what if someone cancels their membership, how fast do the turnstiles know?":     true,
		"what if a member's card payment bounces on the first of the month?":             true,
		"suppose a member lends their fob to a friend — would the turnstile notice?":     true,
		"what if the front desk freezes a membership while its owner is already inside?": true,
		"what happens if a member taps twice within a second?":                           true,
		"what if we kept memberships in DynamoDB?":                                       false,
		"what if members could pause their membership for a month?":                      false,
		"what if we need a second region for the gyms abroad?":                           false,
		"what if the turnstiles used the members' phones instead of fobs?":               false,
	} {
		in, err := offline.New().Interpret(context.Background(), g, text)
		if err != nil {
			t.Fatal(err)
		}
		if got := in.Intent == bot.IntentQuestion; got != question {
			t.Errorf("%q: intent %s, want question=%v", text, in.Intent, question)
		}
	}
}

// A what-if about an event is answered from the passages of the design that speak of it: the
// bound on a cancelled pass reaching the gates, the dunning of a declined card.
func TestWhatIfAnsweredFromTheDesign(t *testing.T) {
	t.Parallel()
	gyms := grounding(design(t, "a chain of 120 gyms where members tap a key fob at the turnstile and memberships are billed monthly"))
	ski := grounding(design(t, "ski resort lift access: 2 million taps on a powder-day Saturday, passes bought online"))
	for _, c := range []struct {
		g    bot.Grounding
		q    string
		want []string
	}{
		{gyms, "what if someone cancels their membership, how fast do the turnstiles know?", []string{"delta", "seconds"}},
		{gyms, "what if a member's card payment bounces on the first of the month?", []string{"past due", "dunning"}},
		{ski, "Suppose a skier's pass gets cancelled at noon — can it still open a lift gate after that?", []string{"delta", "until"}},
		{ski, "what if a skier buys a pass in the queue and taps two minutes later?", []string{"bought a minute ago"}},
	} {
		d := offline.New()
		in, err := d.Interpret(context.Background(), c.g, c.q)
		if err != nil || in.Intent != bot.IntentQuestion {
			t.Errorf("%q: intent %s (%v), want a question", c.q, in.Intent, err)
			continue
		}
		a, _ := d.Answer(context.Background(), c.g, c.q)
		for _, w := range c.want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: answer lacks %q:\n%s", c.q, w, a)
			}
		}
	}
}

// A condition and then a question is a question about the event ("if someone cancels, how fast
// ...?"); a swap proposed in the past tense ("what if we switched X to Y?") is the swap.
func TestConditionsAskAndProposedSwapsChange(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "a chain of 120 gyms where members tap a key fob at the turnstile and memberships are billed monthly"))
	d := offline.New()
	for q, want := range map[string]string{
		"if someone cancels their membership, how fast do the turnstiles know?": "delta",
		"once a member's card is declined, can they still get in?":              "past due",
	} {
		in, _ := d.Interpret(context.Background(), g, q)
		a, _ := d.Answer(context.Background(), g, q)
		if in.Intent != bot.IntentQuestion || !strings.Contains(a, want) {
			t.Errorf("%q: intent %s, answer lacks %q:\n%s", q, in.Intent, want, a)
		}
	}
	for _, q := range []string{
		"what if we switched the entitlement DB to DynamoDB?",
		"what if we migrated the entitlement db to MongoDB?",
		"suppose we replaced the entitlement db with CockroachDB",
	} {
		in, _ := d.Interpret(context.Background(), g, q)
		if in.Intent != bot.IntentChange || in.Unsupported != "" || !strings.Contains(in.Decision, "Entitlement DB") {
			t.Errorf("%q: intent %s, decision %q, unsupported %q", q, in.Intent, in.Decision, in.Unsupported)
		}
	}
}
