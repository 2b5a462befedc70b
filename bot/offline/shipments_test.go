package offline_test

import (
	"slices"
	"strings"
	"testing"
)

// A shipment or a consignment is a parcel's only where couriers scan it, hubs sort it or
// shippers track it: a chilled pharma shipment or a grain cooperative's is no parcel tracking.
func TestShipmentsAloneAreNoParcelTracking(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Cold-chain tracking for a pharma distributor: 6,000 refrigerated trucks report temperature every 30 s. If a shipment is outside 2-8 C for more than 15 minutes we must notify QA and quarantine the lot. Records must be tamper-evident for GDP audits.",
		"A grain cooperative records each shipment of wheat leaving its 40 silos by rail, with its weight and moisture, and buyers see the grade of their shipments.",
		"Our fine-art logistics firm logs humidity for every consignment of paintings in its 30 climate-controlled vans each minute and alerts the registrar when it drifts.",
	} {
		text := allText(design(t, s))
		for _, leak := range []string{"Scanners and hub sorters", "tracking number", "merchant"} {
			if strings.Contains(text, leak) {
				t.Errorf("%q: the design says %q", s, leak)
			}
		}
	}
	for _, s := range []string{
		"A courier scans every shipment at each of its 12 hubs and customers follow it online.",
		"Shippers want a webhook whenever one of their consignments is sorted at a depot.",
	} {
		if features, _, _ := requirementsOf(t, s); !slices.Contains(features, "parcels") {
			t.Errorf("%q: features %v, want parcels", s, features)
		}
	}
}
