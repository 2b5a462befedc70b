package offline

import "testing"

// TestColdChainDesigns designs loggers travelling with vaccines, blood or food as cold-chain
// monitoring: samples in event time, an excursion that decides a batch once, a notice to the
// person the statement names and an audit trail; the goods are never taken for patients'
// records, nor the words for "chains and bursts".
func TestColdChainDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Design a cold-chain tracking system for a vaccine distributor: 8,000 refrigerated shipping boxes with temperature loggers sampling every minute, uploading in bursts when they reach cellular coverage; any excursion above 8°C for more than 30 minutes must void the batch and notify the pharmacist.",
			mentions: []string{"cold-chain monitoring", "event time", "excursion", "above 8°c for more than 30 minutes is voided once", "each excursion reaches the pharmacist once", "audit trail",
				"logger, shipment, batch, sample, excursion", "temperature sample: stated (8,000 boxes × 1 a minute)"},
			absent: []string{"people they treat", "chains and bursts", "quarantined once", "threshold rule processor", "{said:", "{unsaid:"},
		},
		{
			statement: "Build a system for a regional blood bank: 1,200 insulated transport coolers of platelets each carry a data logger that records temperature every 30 seconds and uploads when the courier returns to base; a unit kept above 6 degrees for over 15 minutes is discarded and the transfusion lab informed.",
			mentions:  []string{"cold-chain monitoring", "event time", "above 6 degrees for over 15 minutes is quarantined once"},
			absent:    []string{"people they treat", "pharmacist", "{said:", "{unsaid:"},
		},
		{
			statement: "Pallets of premium chocolate travel by sea and road with Bluetooth temperature loggers that read every 5 minutes and sync at each warehouse; a pallet above 22 degrees for three hours gets rejected.",
			mentions:  []string{"cold-chain monitoring", "excursion", "batch"},
			absent:    []string{"people they treat", "{said:", "{unsaid:"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
