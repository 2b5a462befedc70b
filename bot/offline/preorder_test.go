package offline_test

import (
	"slices"
	"strings"
	"testing"
)

// A few shops' preorders for pickup are a capacity row per shop, product and day, a cut-off, a
// printed list per shop and a deposit through the provider on one PostgreSQL, not an online
// shop's cart, broker and capture at shipment.
func TestShopPreordersForPickup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, title string }{
		{"A bakery chain with 9 shops wants online preorders for pickup: about 600 orders a day, peaking at 4x before holidays. Each shop has a daily production cap per product and orders close at 6 pm the day before. Payment via Stripe, and staff print a pick list each morning.", "Bakery"},
		{"Our family bakery with 3 shops wants online preorders for cakes and bread: maybe 150 orders/day, 600 on the days before holidays. Bakers need a printed production sheet at 4am per shop, and customers pay a 30% deposit when ordering.", "Bakery"},
		{"We run two butcher shops and want customers to order Christmas turkeys and joints online, then collect them on the 23rd. We can only prepare so many birds per shop per day, orders close the night before, and the team needs a printed list of what to cut.", "Butcher"},
		{"Florist with 4 branches: people order bouquets on our website for collection, roughly 200 a day and 5x that before Valentine's. Each branch can make a limited number of each arrangement a day; we want a prep list printed at 7am and a deposit taken by card.", "Florist"},
		{"Design an app where 400 pupils pre-order lunch from the school canteen by 10am and pick it up at break; the kitchen can make 80 of each dish a day and needs a production list each morning.", "Canteen"},
		{"Our deli and farm shop wants order-ahead for Saturday hampers: customers pick a collection slot, pay half up front with Stripe and the rest at pickup. Each hamper type is limited per day, and ordering closes Thursday at noon; we print a pick list on Friday.", "Deli"},
		{"Customers of our 5 bakeries should be able to order online by 6pm the day before and pick up from their shop; each shop can bake only 40 of each cake a day and needs a baking list at 5am.", "Bakery"},
		{"We are a butcher with two shops. For Easter people reserve lamb online and collect it on Saturday; we can only prepare 60 legs per shop per day. Take a deposit by card, and print what to prepare each morning.", "Butcher"},
		{"Cake shop, 2 locations: customers place orders online at least a day ahead for pickup, a cap on how many celebration cakes we can bake per day at each location, 50% deposit via Stripe, no-shows keep the deposit.", "Cake shop"},
	} {
		d := design(t, tc.statement)
		if !slices.Contains(d.Requirements.Features, "preorder") {
			t.Errorf("%q: features %v, want preorder", tc.statement, d.Requirements.Features)
			continue
		}
		// A statement that opens with its own name keeps it ("Florist with 4 branches: …").
		if !strings.HasPrefix(d.Title, tc.title) {
			t.Errorf("%q: title %q, want it to name the %s", tc.statement, d.Title, tc.title)
		}
		text := allText(d)
		for _, gone := range []string{"captured at shipment", "Hot SKUs", "E-commerce checkout", "DynamoDB", "Kafka", "Redis Cluster"} {
			if strings.Contains(text, gone) {
				t.Errorf("%q: a shop's preorders got %q", tc.statement, gone)
			}
		}
		for _, want := range []string{"taken + qty <= cap", "cut-off", "production list", "deposit", "no-show"} {
			if !strings.Contains(text, want) {
				t.Errorf("%q: no %q in the design", tc.statement, want)
			}
		}
	}
}

// An online shop that ships, a flash sale and a checkout at scale keep the e-commerce checkout.
func TestShippingShopsKeepTheCheckout(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"An online shop selling coffee beans that ships nationwide: cart, checkout with cards, 2,000 orders a day.",
		"Design a flash sale system for limited sneaker drops",
		"Design an Amazon-scale checkout: carts, orders and payments for 50 million customers",
		"Our online bakery ships cookie boxes nationwide; customers add to cart and pay by card, about 800 orders a day.",
	} {
		d := design(t, s)
		if slices.Contains(d.Requirements.Features, "preorder") || !slices.Contains(d.Requirements.Features, "orders") {
			t.Errorf("%q: features %v, want orders and no preorder", s, d.Requirements.Features)
		}
	}
}
