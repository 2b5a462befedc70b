package offline

import (
	"slices"
	"testing"
)

// TestWMSDesigns designs a warehouse's picking floor as warehouse execution in the statement's
// own nouns: orders released in waves or batches, pick tasks per bin location in walk order on
// handhelds, each pick confirmed by scan against the bin's stock with a movement ledger, one
// open recount task per short bin, and a handheld queue replayed idempotently by scan id. Before,
// a scanning system was "a system for scannings, barcodes and orders" and a WMS or a pick-to-cart
// floor was an e-commerce checkout with payments.
func TestWMSDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "need a design for our warehouse scanning/picking system. 3 warehouses, each has 40 pickers on the floor at peak, a picker scans a barcode roughly every 8 seconds. we ship about 12k orders a day, avg 4 lines per order, and about 1 in 20 orders hits a short pick (bin empty) that needs a recount task created immediately. handhelds must keep working if wifi drops for a minute. keep scan logs 18 months for audits.",
			mentions: []string{"warehouse management system for wave picking on handhelds", "order, order line, wave, pick task, bin location, inventory movement, scan log, count task, picker and handheld",
				"with about 1 in 20 orders coming up short", "unique (bin_id) where status in (open, assigned)", "`/v1/scans`", "`/v1/pickers/{id}/tasks",
				"two pickers on one bin", "handhelds when wi-fi drops", "barcode scan", "one postgresql primary per warehouse"},
			absent: []string{"scannings", "an e-commerce checkout", "payment processor", "custody", "parcel", "“avg”", "{wm_"},
		},
		{
			statement: "Design a WMS for a 3PL with 6 fulfilment centres: 200k order lines a day, wave picking with zone pickers, put-away of 30k inbound cartons a day, and cycle counts of every bin once a quarter.",
			mentions: []string{"fulfilment centre management system for wave picking", "one postgresql primary per fulfilment centre", "fulfilment_centre_id",
				"`/v1/waves`", "put-away", "cycle counts", "zone picking splits an order's lines across zones", "in a 3pl each client sees only its own orders and stock"},
			absent: []string{"e-commerce checkout", "never charge twice", "cart:", "refunds", "{wm_"},
		},
		{
			statement: "Pick-to-cart system for an e-commerce warehouse: 150 pickers, batch picking of 20 orders per cart, 40,000 orders a day in peak season, pick path optimisation and short-pick handling.",
			mentions: []string{"warehouse management system for batch picking", "batch release and pick path optimisation", "`/v1/batches`", "cart_id",
				"20 orders to one cart", "short picks and recounts, once per bin"},
			absent: []string{"e-commerce checkout", "never charge twice", "flash-sale", "add, update, remove items", "“season”", "{wm_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestWMSLeavesOthers keeps stock, custody, parcels and food banks where they were: a retailer's
// stock across tills and marketplaces, a co-op's bins handed to a packhouse, a courier's scans and
// a food bank's lots say warehouse, bins and scans too, but no one picks orders on a floor.
func TestWMSLeavesOthers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"we sell on Shopify, Amazon and eBay from three warehouses and keep overselling; we need one stock ledger that syncs to every channel", "invmgmt"},
		{"a gift shop chain with 12 stores wants one inventory system for stock across its tills, its web shop and two marketplaces, with transfers between stores", "invmgmt"},
		{"An orchard co-op tracks 18k bins each harvest week from 40 growers to the packhouse, with grade and weight at weigh-in", "custody"},
		{"a package-tracking API for a courier where every parcel is scanned at each hub", "parcels"},
		{"Design an inventory management system for a regional food bank network of 30 warehouses. Items must be picked first-expiry-first-out, and we must be able to trace any recalled lot to the pantries that received it within an hour.", "foodbank"},
	} {
		g, _ := renderAll(t, tc.statement)
		if fs := g.Requirements.Features; !slices.Contains(fs, tc.want) || slices.Contains(fs, "wms") {
			t.Errorf("%q: features %v, want %s and no wms", tc.statement, fs, tc.want)
		}
	}
}
