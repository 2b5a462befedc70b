package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestSubscriptionsDesigns designs goods sent on each subscriber's cadence as subscription
// commerce in the statement's own goods: a subscription with its cadence and next renewal date,
// a renewal scheduler making one order per subscription and period, the PSP charged with that
// key, dunning, skip and pause until a cut-off, and the day's production batch, with no cart.
// Before, a coffee subscription was a composed design where "Subscribers create subscriptions".
func TestSubscriptionsDesigns(t *testing.T) {
	t.Parallel()
	common := []string{"subscription service with scheduled renewals", "next_renewal_at", "renewal scheduler", "unique (subscription_id, period)",
		"idempotency-key subscription_id:period:attempt", "dunning", "skip", "pause", "cut-off", "carrier"}
	noCart := []string{"| cart |", "**cart**", "cart service", "/v1/cart", "{sb_", "{said", "{unsaid", "subscribers create subscriptions"}
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Design a coffee subscription service: 20,000 subscribers, most on a two-week cadence, who can skip or pause; we roast to order in batches each morning and print shipping labels",
			mentions:  []string{"coffee subscription service", "roast batch", "kilograms of each coffee", "skip the next bag", "1,429 renewal orders a day"},
			absent:    []string{"packing batch", "bouquet", "recipe"},
		},
		{
			statement: "a meal kit delivery subscription: 50,000 customers get a weekly box, they can skip a week or pause before Wednesday's cut-off; we charge their card on Thursday and pack boxes on Friday",
			mentions:  []string{"meal kit subscription service", "packing batch", "ingredient quantities per recipe", "skip the next box", "swap recipe"},
			absent:    []string{"roast batch", "bouquet"},
		},
		{
			statement: "Razor blade subscription: 300,000 members get a refill pack every 1, 2 or 3 months; we charge the saved card on the renewal date, retry failed payments and let them swap products or skip a shipment",
			mentions:  []string{"razor blade subscription service", "skip the next refill pack", "packing batch"},
			absent:    []string{"roast", "bouquet", "recipe"},
		},
		{
			statement: "Recurring pet food delivery: 80,000 dog and cat owners get a bag of food every 4 weeks on auto-ship, and can change the cadence, pause or cancel anytime",
			mentions:  []string{"pet food subscription service", "swap food", "packing batch", "skip the next bag"},
			absent:    []string{"roast", "bouquet"},
		},
		{
			statement: "Fresh flower subscription: 15,000 subscribers receive a bouquet every week or every month; florists arrange the bouquets the morning before delivery and couriers deliver them",
			mentions:  []string{"flower subscription service", "arranging batch", "stems of each flower", "skip the next bouquet"},
			absent:    []string{"roast", "recipe", "packing batch"},
		},
	} {
		checkDesignSays(t, tc.statement, slices.Concat(common, tc.mentions), slices.Concat(noCart, tc.absent))
	}
}

// TestSubscriptionsNearMisses keeps the neighbours where they were: a shop whose customers
// subscribe to its newsletter keeps its checkout, and SaaS seats, pub/sub, paid newsletters,
// streaming and broadband subscribers, a gym's and a car wash's memberships are not goods sent on
// a cadence.
func TestSubscriptionsNearMisses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Design an e-commerce site like Amazon with a cart, checkout and order history, where shoppers can subscribe to our newsletter", "orders"},
		{"an online coffee shop where customers buy beans with a cart and checkout, and subscribers to our newsletter get a monthly discount code", "orders"},
		{"a SaaS billing platform for per-seat subscriptions with monthly invoices, proration and usage-based charges", ""},
		{"a pub/sub system where subscribers receive messages on topics with at-least-once delivery", "mq"},
		{"Design a newsletter platform like Substack with paid subscriptions", "newsletter"},
		{"a video streaming service with 5 million subscribers on monthly plans", ""},
		{"an ISP billing system for 2 million broadband subscribers", ""},
		{"a gym membership app with monthly fees and class schedules", ""},
		{"a bakery that ships bread to 40 cafés every morning from standing orders", ""},
	} {
		ids, why := detect(tc.statement)
		if slices.Contains(ids, "subscriptions") {
			t.Errorf("%q: detected subscriptions (%s), want none", tc.statement, why["subscriptions"])
		}
		if tc.want != "" && !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v, want %s", tc.statement, ids, tc.want)
		}
	}
}

// TestSubscriptionsRephrased finds subscription commerce however it is said: auto-ship,
// subscribe and save, a box of the month, recurring deliveries of vitamins.
func TestSubscriptionsRephrased(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"customers put their dog food on auto-ship every 6 weeks and can skip or delay the next shipment",
		"subscribe and save for contact lenses: a new supply ships every 3 months, charged to the saved card, and subscribers can pause anytime",
		"a tea of the month club: 8,000 subscribers get a tin of tea monthly, can skip a month, and we pack orders in daily batches",
		"recurring deliveries of vitamins every 30 days; members pick their supplements, and failed payments are retried before the box ships",
	} {
		if ids, why := detect(s); !slices.Contains(ids, "subscriptions") {
			t.Errorf("%q: detected %v, want subscriptions (%v)", s, ids, why)
		}
	}
}

// TestOnlineShopKeepsCart renders a shop that mentions subscribers and coffee beans with its cart
// and checkout, and none of the renewal machinery.
func TestOnlineShopKeepsCart(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "an online coffee shop where customers buy beans with a cart and checkout, and subscribers to our newsletter get a monthly discount code",
		[]string{"cart"}, []string{"renewal scheduler", "dunning", "next_renewal_at", "roast batch"})
}

// TestSubsWords renders the {sb_*} nouns from the statement's goods, else the plain words.
func TestSubsWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, name, want string }{
		{"a coffee subscription; we roast to order", "sb_batch", "roast batch"},
		{"a coffee subscription; we roast to order", "sb_Batch", "Roast batch"},
		{"a coffee subscription; we roast to order", "sb_boxes", "bags"},
		{"weekly meal-kit boxes with three recipes", "sb_product", "recipe"},
		{"weekly meal-kit boxes with three recipes", "sb_box", "box"},
		{"flowers every Friday: a bouquet arranged by our florists", "sb_a_box", "a bouquet"},
		{"flowers every Friday: a bouquet arranged by our florists", "sb_item", "flower"},
		{"razor blades every two months", "sb_box", "refill pack"},
		{"dog owners get a bag of food every 4 weeks", "sb_box", "bag"},
		{"pet food every 4 weeks", "sb_box", "delivery"},
		{"vitamins every 30 days", "sb_item", "vitamin"},
		{"vitamins every 30 days", "sb_box", "shipment"},
	} {
		if got, ok := subsWords(tc.problem, tc.name); !ok || got != tc.want {
			t.Errorf("%q %s = %q, %v; want %q", tc.problem, tc.name, got, ok, tc.want)
		}
	}
	if _, ok := subsWords("coffee", "sb_per_day"); ok {
		t.Errorf("sb_per_day is a figure the renderer fills, not a noun")
	}
}

// TestRenewalsCountEverySubscriber assumes a renewal for each subscriber on their cadence,
// active that day or not: 300,000 members with no cadence stated renew some 10,800 times a day,
// not a fifth of that. An archetype whose writes are its visitors' keeps the day's actives.
func TestRenewalsCountEverySubscriber(t *testing.T) {
	t.Parallel()
	p := *features["subscriptions"].Load
	for _, s := range []string{
		"a razor blade subscription for 300,000 members who can skip or pause their refills",
		"Design a subscription box service for 300,000 subscribers with shipping labels from our carrier",
	} {
		w, _ := workloadFrom(s, p)
		f := firstOf(w.Flows, conversation.FlowWrite)
		if got := w.Rate(f) * 86400; got < 10_000 || got > 11_000 {
			t.Errorf("%q: %s %v/day (%+v), want 300K × 0.036 ≈ 10,800", s, f.Name, got, f)
		}
	}
	q := p
	q.EachUser = ""
	w, _ := workloadFrom("a razor blade subscription for 300,000 members who can skip or pause their refills", q)
	if got := w.Rate(firstOf(w.Flows, conversation.FlowWrite)) * 86400; got > 3000 {
		t.Errorf("without each_user: %v/day, want the day's actives' (≈ 2,160)", got)
	}
}

// TestRenewalFigures turns the capacity's writes into the renewal run's figures.
func TestRenewalFigures(t *testing.T) {
	t.Parallel()
	c := conversation.Capacity{WriteQPS: 20000.0 / 14 / 86400}
	for name, want := range map[string]string{"sb_per_day": "1,429", "sb_run_rate": "0.4"} {
		if got, ok := subsFigure(c, name); !ok || !strings.HasPrefix(got, want) {
			t.Errorf("%s = %q, %v; want %s", name, got, ok, want)
		}
	}
}
