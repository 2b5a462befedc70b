package offline_test

import (
	"strings"
	"testing"
)

// A what-if that grows one stated flow grows it alone ("orders triple": the pickers scan at
// their own pace), is no question about an Order DB, and one that lasts a week keeps a week of
// its extra data rather than tripling what the stores keep.
func TestWhatIfGrowsOneFlowForAWhile(t *testing.T) {
	t.Parallel()
	problem := "need a design for our warehouse picking system. 3 warehouses, each has 40 pickers on the floor at peak, a picker scans a barcode roughly every 8 seconds. we ship about 12k orders a day, avg 4 lines per order. keep scan logs 18 months for audits."
	for q, want := range map[string][]string{
		"what if orders triple?":                                    {"With 3× the orders", "| Peak writes/s | 17.1 | 17.9 |"},
		"what if black friday triples the order volume for a week?": {"With 3× the orders", "It lasts a week", "| Storage kept | 303 GB | 303 GB |"},
	} {
		a := answer(t, problem, q)
		for _, w := range want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: the answer lacks %q:\n%s", q, w, a)
			}
		}
		if strings.Contains(a, "There is no Order DB") {
			t.Errorf("%q: read as a question about an Order DB:\n%s", q, a)
		}
	}
}
