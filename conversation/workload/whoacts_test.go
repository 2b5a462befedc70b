package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "who" or "they" says who acts, not that each one does it all: thousands a day, more than there
// are of them, is the crowd's total. "each", "apiece" or "per harvester" divides it.
func TestReadWhoActsIsTheCrowdsTotal(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
		each      bool
	}{
		{"Shellfish traceability for a state health department: 1,300 licensed harvesters who tag about 9,000 bags a day.", 9000, false},
		{"Shellfish traceability: there are 1,300 licensed harvesters and they tag about 9,000 bags a day.", 9000, false},
		{"Shellfish traceability: 1,300 licensed harvesters tag about 9,000 bags a day.", 9000, false},
		{"Shellfish traceability: harvesters tag 9,000 bags a day between them, 1,300 licensed harvesters in all.", 9000, false},
		{"A CRM for 50 sales reps who log 3,000 calls a day.", 3000, false},
		// Near misses: divided among them, or a few each.
		{"Shellfish traceability: 1,300 harvesters who each tag 9,000 bags a day.", 9000 * 1300, true},
		{"Shellfish traceability: each of the 1,300 harvesters tags ~7 bags a day.", 7 * 1300, true},
		{"Shellfish traceability: 1,300 harvesters tag 7 bags a day apiece.", 7 * 1300, true},
		{"Shellfish traceability: 1,300 harvesters tag 7 bags per harvester per day.", 7 * 1300, true},
		{"A field service app for 300 gas engineers who do 6 jobs a day.", 6 * 300, true},
		{"A recipe site where 5,000 cooks who post 2 recipes a day.", 2 * 5000, true},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Each != tc.each || !near(perSecond(rd.Flows[0])*86400, tc.perDay) {
			t.Errorf("%q: flows %+v; want one flow of %v a day (each %v) (notes %q)", tc.statement, rd.Flows, tc.perDay, tc.each, rd.Notes)
		}
	}
}
