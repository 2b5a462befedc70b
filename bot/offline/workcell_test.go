package offline

import "testing"

// TestWorkCellDesigns designs robots and automated machines doing physical work on orders as a
// work cell in the statement's own nouns: tasks a dispatcher gives to a machine whose state it
// knows, a timed-out task reconciled by asking the controller, a check where things leave the
// machine, and each machine's share of the stated day; the composed template's "where
// pharmacy's live as they grow" never appears.
func TestWorkCellDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "a hospital pharmacy's robot dispensing system: 3 robots pick about 9,000 medication orders a day, every dose is barcode-checked before it leaves",
			mentions: []string{"work-cell orchestration", "9,000 medication orders a day over 3 robots is 3,000 per robot, ≈ 2.1 a minute each",
				"≈ 6.3 a minute if they come in an 8-hour shift", "idle robot", "heartbeat", "never seen", "quarantine", "exception queue", "controlled substances", "task, machine, step event, location stock, check, exception"},
			absent: []string{"pharmacy' system", "live as they grow", "⚠", "{cell_", "{said:", "{unsaid:"},
		},
		{
			statement: "our distribution centre has 80 autonomous mobile robots carrying totes to 25 packing stations; 40,000 order lines a day, each line scanned before the tote is sealed, and a robot that breaks down must not lose its tote",
			mentions:  []string{"work-cell orchestration", "40,000 order lines a day over 80 robots is 500 per robot", "idle robot", "quarantine"},
			absent:    []string{"controlled substances", "{cell_", "{said:", "{unsaid:"},
		},
		{
			statement: "an automated parking tower in the city centre holds 300 cars; drivers drop the car in an entry bay and a lift and shuttles store it, retrieval within 4 minutes at the evening peak",
			mentions:  []string{"work-cell orchestration", "600 car movements a day", "idle lift", "plate read at the exit bay"},
			absent:    []string{"900,000", "controlled substances", "barcode that does not match", "{cell_", "{said:", "{unsaid:"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
