package offline

import (
	"slices"
	"testing"
)

// TestRFIDDesigns designs tagged items read at gates, tunnels and dock doors as item tracking
// through read points: a pass's reads collapsed at the edge with their direction, an append-only
// read archive beside one current-state row per item, par levels as counters, missing as not seen
// for N days, manifests reconciled against the gate and billing from counters. Before, a
// hospital's linen was a CRUD template ("Managers create linen", entities Linen and Manager).
func TestRFIDDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Design a linen tracking system for a hospital group: 40 hospitals, 2 million RFID-tagged sheets and gowns, each item is scanned at laundry gates about 6 times a day; managers want to see par levels per ward and lost items.",
			mentions: []string{"item tracking system (rfid tags read at gates and checkpoints)", "edge agent", "direction", "stray reads", "par levels as counters", "last-seen index",
				"read archive", "clean → issued or shipped to a ward or customer → soiled → at the laundry → washed", "ward 5b", "manifest", "139/s", "epc", "laundry tags (chips) sewn"},
			absent: []string{"managers create linen", "linen, manager", "bluetooth", "rssi per gateway", "room visit", "custody tracking", "hip trays", "empty kegs at"},
		},
		{
			statement: "A workwear rental company puts UHF RFID tags in 3 million uniforms; each garment is read in a tunnel reader when it goes into the wash and when it ships back to the customer, and customers are billed per wash.",
			mentions:  []string{"item tracking system", "each of the 3m uniforms has 2 a day", "every wash is counted", "150th wash", "billed from the counters"},
			absent:    []string{"custody tracking", "ward 5b", "dock door 3", "stripe"},
		},
		{
			// The towels the statement counts are what the gates read, not only what the system
			// keeps: 800,000 of them at 2 reads a day, not 50,000 assumed at each of 200 hotels.
			statement: "Our linen service tracks 800,000 barcoded towels and sheets for 200 hotels; each is scanned at the laundry's soiled and clean gates and we bill hotels per wash.",
			mentions:  []string{"item tracking system", "each of the 800k towels has 2 a day", "18.5/s"},
			absent:    []string{"what the system keeps", "10m assumed", "ward 5b", "custody tracking"},
		},
		{
			statement: "Design a keg pooling platform: 500,000 kegs with RFID tags read at brewery dock doors and distributor depots, so we know which kegs are lost and bill fillers per trip.",
			mentions:  []string{"keg pooling platform", "returned empty", "dock door 3", "on-metal hard tags", "trips a year per item are the figure to ask for"},
			absent:    []string{"laundry tags", "150th wash", "ward 5b", "custody tracking", "soiled-in gate"},
		},
		{
			statement: "Our sterile services department wants to track surgical instrument trays with RFID through decontamination, sterilisation and theatre, counting cycles per tray.",
			mentions:  []string{"decontamination → washed → packed → sterilised", "autoclave-rated tags", "hip trays"},
			absent:    []string{"laundry tags", "custody tracking", "chemical dosing"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestRFIDNearMisses keeps the neighbours' statements where they were: active BLE tags located
// room by room are rtls, a warehouse's stock per SKU, a courier's parcels and a library's books
// are their own designs, and things scanned at each hand-over without a tag or a read point stay
// custody.
func TestRFIDNearMisses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Design a system for a hospital to track where its 4,000 infusion pumps and wheelchairs are, using BLE tags heard by ceiling gateways every 10 seconds.", "rtls"},
		{"nurses waste time hunting for wheelchairs, can we put bluetooth beacons on them and show which room each one is in?", "rtls"},
		{"a warehouse system that reserves stock for each order and tracks stock levels per SKU", ""},
		{"a package-tracking API for a courier where every parcel is scanned at each hub", "parcels"},
		{"Design a library management system where members borrow books with RFID self-checkout", "library"},
		{"A brewery logs 25,000 returnable kegs a month as they go out to 600 pubs and come back, scanned at dispatch and on return", "custody"},
		{"We need software for a uniform rental firm that follows 40,000 garment bags between client sites and the laundry, counting items at each pickup", "custody"},
	} {
		ids, why := detect(tc.statement)
		if slices.Contains(ids, "rfid") {
			t.Errorf("%q: detected rfid (%s), want none", tc.statement, why["rfid"])
		}
		if tc.want != "" && !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v, want %s", tc.statement, ids, tc.want)
		}
	}
}
