package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// People selling what they own, posted as listings that buyers find and message the seller
// about, is a classifieds marketplace: listings with photos, search by filters and place,
// buyer-seller conversations, and no cart, stock or checkout; "marketplace" and "sellers" are a
// shop's words too, and "with photos" no photo sharing.
func TestClassifiedsDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		prompt, title string
		mentions      []string
	}{
		{
			prompt:   "Design a marketplace for used bikes in one country: people post bikes for sale with photos, buyers message sellers, about 80k listings live at any time and 3k new ones a day.",
			title:    "Used bikes marketplace",
			mentions: []string{"listing", "photos", "distance", "one conversation per listing and buyer", "3,000 a day", "80k listings", "scam"},
		},
		{
			prompt:   "We want a marketplace for second-hand phones where users post listings with photos and buyers chat with the seller before meeting",
			mentions: []string{"listing", "one conversation per listing and buyer"},
		},
		{
			prompt:   "a classifieds site where people sell their old furniture and buyers contact the seller through the app",
			mentions: []string{"listing", "one conversation per listing and buyer"},
		},
	} {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(firstLines(ov.Markdown, 3), "a classifieds marketplace") {
				t.Errorf("not a classifieds design:\n%s", firstLines(ov.Markdown, 3))
			}
			if tc.title != "" && d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			checkMentions(t, eval.Text(d), tc.mentions, []string{"add to cart", "cart:", "shopping cart", "oversell", "reserve inventory", "photo sharing", "place an order", "order service", "post one"})
			checkComponents(t, d)
		})
	}
}

// A shop with a cart, an auction and homes for sale keep their own designs.
func TestClassifiedsNearMisses(t *testing.T) {
	t.Parallel()
	for _, p := range []string{
		"an online shop for handmade soap with a cart and checkout",
		"an eBay-style auction where buyers bid on used cameras",
		"a real estate site where agents answer buyers' questions about listings",
		"a marketplace where sellers list vintage furniture and buyers check out a cart",
	} {
		ov, _ := design(t, p).Section("overview")
		if strings.Contains(firstLines(ov.Markdown, 3), "classifieds marketplace") {
			t.Errorf("%q: designed as classifieds:\n%s", p, firstLines(ov.Markdown, 3))
		}
	}
}
