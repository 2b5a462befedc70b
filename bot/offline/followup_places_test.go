package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

// A what-if that counts the places the design runs in ("40 cities", "120 garages") multiplies
// the load the statement gave for the places it counted; places it did not count (continents)
// are said as what they ask of the design, never read as its users.
func TestWhatIfCountsPlaces(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	rides := grounding(design(t, "ride hailing for one city: 1M riders, 30k drivers online at peak sending GPS every 5s, 20k ride requests an hour at peak"))
	blood := grounding(design(t, bloodBank))
	for _, tc := range []struct {
		g         bot.Grounding
		q         string
		say, dont []string
	}{
		{rides, "what if we expand to 40 cities on 3 continents?", []string{"40 cities", "multi-region"}, []string{"3 users", "With 3 "}},
		{rides, "what if we launch in 6 more cities?", []string{"7 cities"}, []string{"6 users"}},
		{blood, "what if we add 20 more donor centres?", []string{"30 donor centres"}, nil},
		{blood, "what if the network grows to 25 donor centres?", []string{"25 donor centres"}, nil},
	} {
		a, err := d.Answer(ctx, tc.g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tc.say {
			if !strings.Contains(a, s) {
				t.Errorf("%q: answer does not say %q:\n%s", tc.q, s, a)
			}
		}
		for _, s := range tc.dont {
			if strings.Contains(a, s) {
				t.Errorf("%q: answer says %q:\n%s", tc.q, s, a)
			}
		}
	}
}

// A count of the statement's own places that the load reader has no word for ("districts",
// "depots") is a what-if on them too, said as a change or asked as a question.
func TestWhatIfCountsThePlacesTheStatementNamed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	buses := grounding(design(t, "A school bus tracker: parents see where their child's bus is and get a text if it is running late; one district with 120 buses"))
	vans := grounding(design(t, "A bakery chain's delivery vans: 3 depots each send out 20 vans every morning to 400 cafés, and drivers record each drop"))
	for _, tc := range []struct {
		g    bot.Grounding
		q    string
		want string
	}{
		{buses, "support 10 districts", "10 districts (was 1)"},
		{buses, "we need to support 10 districts now", "10 districts (was 1)"},
		{vans, "what if we open 12 depots?", "12 depots (was 3)"},
	} {
		in, err := d.Interpret(ctx, tc.g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent == bot.IntentChange && !strings.Contains(in.Decision, tc.want) {
			t.Errorf("%q: decision %q (unsupported %q), want one for %s", tc.q, in.Decision, in.Unsupported, tc.want)
		}
		if in.Intent != bot.IntentChange {
			a, err := d.Answer(ctx, tc.g, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a, tc.want) {
				t.Errorf("%q: answer does not say %q:\n%s", tc.q, tc.want, a)
			}
		}
	}
}

// A what-if that grows a counted noun by a word or to a count ("farms triple to 12,000", "what
// if the farms double?") scales the load by it, against the statement's figure for them, not its
// "a farm irrigation network".
func TestWhatIfGrowsACountedNoun(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	farms := grounding(design(t, "Design a farm irrigation controller network: about 4,000 farms run 30,000 field controllers over cellular; each controller sends soil moisture and flow readings every 5 minutes."))
	// A reminder service "for 900 veterinary clinics" carries their load: more clinics, more texts.
	vets := grounding(design(t, "Design a reminder service for 900 veterinary clinics: about 180,000 pets are due for vaccines each year, and owners get a text 14 days before and another 2 days before the due date."))
	if a, err := d.Answer(ctx, vets, "what if clinics double?"); err != nil || !strings.Contains(a, "1,800 veterinary clinics (was 900)") {
		t.Errorf("what if clinics double?: want 1,800 veterinary clinics (was 900):\n%s", a)
	}
	for q, want := range map[string]string{"what if farms triple to 12,000?": "12K farms (was 4,000)", "what if the farms double?": "8,000 farms (was 4,000)"} {
		a, err := d.Answer(ctx, farms, q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a, want) || !strings.Contains(a, "| Peak writes/s | 100 |") || strings.Contains(a, "couldn't tie") {
			t.Errorf("%q: want %q and the writes scaled from 100/s:\n%s", q, want, a)
		}
	}
}
