package offline

import (
	"slices"
	"testing"
)

// TestPerishDesigns designs stock that expires and must be traced, in several trades, as units
// with an expiry and a state, first-expiry allocation under the trade's own rule, an expiry sweep
// with wastage, a recall along the chain and quarantine, named with the statement's nouns; none
// of them is a shop's order system.
func TestPerishDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "A regional transfusion service supplies 40 hospitals: it issues about 1,500 blood units a day, platelets keep only 7 days, and each bag must be traceable from the donor who gave it to the patient who received it",
			mentions: []string{"blood unit stock, expiry and traceability system", "abo/rh compatibility", "donor → donation → blood unit → patient",
				"7 days for platelets", "at most about 10.5k on the shelves", "quarantined → available → reserved → issued → used", "reserved_until", "wastage"},
			absent: []string{"order system", "checkout", "cart", "{pk_", "{c:", "pantr"},
		},
		{
			statement: "A national vaccine distributor ships about 40,000 doses a day from 3 depots to 900 clinics; each vial carries a lot number and expires 28 days after thawing, and a manufacturer recall must find every patient vaccinated from the lot within the hour",
			mentions:  []string{"vaccine vial stock, expiry and traceability system", "manufacturer → lot → vaccine vial → patient", "28 days", "product and presentation matching"},
			absent:    []string{"abo/rh", "free slots", "waiting room", "for blood", "{pk_", "donor"},
		},
		{
			statement: "Our grocery chain's two warehouses receive fresh produce from 300 growers and send it to 120 stores; salads spoil within 6 days, so stores must get the earliest use-by first and any contaminated batch has to be pulled from every store it reached",
			mentions:  []string{"produce case stock, expiry and traceability system", "grower → batch → produce case", "6 days for salads", "each store's minimum days of shelf life"},
			absent:    []string{"abo/rh", "patient", "for blood", "{pk_", "checkout"},
		},
		{
			statement: "Build stock control for a hospital network's 14 labs: reagent kits carry lot numbers and a shelf life of 90 days once opened, each lot must be traceable to the test runs that used it, and kits close to expiry should move to a lab that will use them",
			mentions:  []string{"reagent kit", "assay and analyser validation", "supplier → lot → reagent kit → test run", "90 days"},
			absent:    []string{"abo/rh", "for blood", "{pk_", "checkout"},
		},
		{
			statement: "a medicines wholesaler keeps insulin and antibiotics with batch numbers in 5 depots, sends the shortest-dated packs out first, and must recall a batch from every pharmacy it reached",
			mentions:  []string{"medicine pack stock, expiry and traceability system", "product and strength matching", "manufacturer → batch → medicine pack"},
			absent:    []string{"abo/rh", "refill", "{pk_", "patient"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestPerishComposedBefore designs blood and plasma that were composed as a request system
// (TestComposedAsksAndLimits, TestComposedOneNameForOneThing used them) as perishable stock, with
// one name for the unit and the statement's own expiry.
func TestPerishComposedBefore(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "Design a system for a regional blood bank network: 40 hospitals request blood units, 12 donation centres record about 3,000 donations a day, and units expire after 42 days",
		[]string{"| blood unit |", "42 days", "abo/rh compatibility", "donor → donation → blood unit → patient"}, []string{"| unit |", "{pk_"})
	checkDesignSays(t, "Design a service where 60 field hospitals request plasma bags from 5 depots, depots log incoming batches, and bags expire 5 days after thawing",
		[]string{"blood unit stock, expiry and traceability system", "5 days", "first-expiry"}, []string{"{pk_"})
}

// TestPerishNotForOtherStock keeps a shop's checkout, a food bank's donated lots, a warehouse's
// ledger without expiry, loggers on a shipment and things that expire but are not stock out of
// perishable stock.
func TestPerishNotForOtherStock(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"an online sneaker shop with a cart and checkout whose stock must never be oversold in a drop", ""},
		{"our bakery sells loaves online; customers add bread to a cart, pay at checkout and collect the next morning", ""},
		{"a food bank network's partner pantries order donated tins each week and pickers take the oldest expiry date first", "foodbank"},
		{"a warehouse management system for an electronics distributor with stock per bin, cycle counts and reorder points", "invmgmt"},
		{"reefer containers of salmon carry data loggers; a cold-chain excursion above 4 degrees for an hour puts the consignment on hold", "coldchain"},
		{"a file sharing service whose download links expire after 7 days", ""},
		{"a florist's website where customers order bouquets for same-day delivery; cut flowers expire after a week", ""},
		{"an online shop for vitamins and supplements with expiry dates, a basket and card payments", ""},
		{"a supermarket app that shows shoppers the dairy and meat nearing its best-before date at a discount", ""},
	} {
		ids, _ := detect(tc.statement)
		if slices.Contains(ids, "perish") {
			t.Errorf("%q: detected perish (%v)", tc.statement, ids)
		}
		if tc.want != "" && !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v, want %s", tc.statement, ids, tc.want)
		}
	}
}

// TestPerishShelf reads the shortest shelf life a statement gives and what it is said of.
func TestPerishShelf(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"platelets keep only 7 days and red cells 42 days", "7 days for platelets"},
		{"milk spoils in 10 days while yoghurt lasts 3 weeks", "10 days for milk"},
		{"the kits have a shelf life of 90 days once opened", "90 days"},
		{"every jar is traced to its hive", ""},
	} {
		if got := perishShelf(tc.statement); got != tc.want {
			t.Errorf("perishShelf(%q) = %q, want %q", tc.statement, got, tc.want)
		}
	}
}
