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
	for _, q := range []string{"what if orders triple?", "what if black friday triples the order volume for a week?"} {
		a := answer(t, problem, q)
		if !strings.Contains(a, "With 3× the orders") || strings.Contains(a, "There is no Order DB") {
			t.Errorf("%q: not read as 3× the orders:\n%s", q, a)
		}
		if was, now := tableRow(a, "Peak writes/s"); was == "" || was == now || strings.HasPrefix(now, "5") {
			t.Errorf("%q: peak writes %s → %s: the scans grew with the orders, or nothing did:\n%s", q, was, now, a)
		}
		was, now := tableRow(a, "Storage kept")
		if week := strings.Contains(q, "for a week"); week != (was == now) {
			t.Errorf("%q: storage kept %s → %s (a week's spike keeps its size, a lasting growth does not):\n%s", q, was, now, a)
		}
		if strings.Contains(q, "for a week") && !strings.Contains(a, "It lasts a week") {
			t.Errorf("%q: the answer does not say the spike is bounded:\n%s", q, a)
		}
	}
}

// tableRow reads the two figures of a what-if table's row.
func tableRow(a, name string) (was, now string) {
	for _, l := range strings.Split(a, "\n") {
		if cells := strings.Split(l, "|"); len(cells) >= 4 && strings.TrimSpace(cells[1]) == name {
			return strings.TrimSpace(cells[2]), strings.TrimSpace(cells[3])
		}
	}
	return "", ""
}

// A what-if tells a design with no cache nothing about a cache, and one with a cache how many
// nodes its hot set takes.
func TestWhatIfCacheOnlyWhereThereIsOne(t *testing.T) {
	t.Parallel()
	a := answer(t, "We are a regional blood bank supplying 14 hospitals, each holding around 600 units on hand. we issue about 900 units a day.", "what if we add 6 more hospitals to the network?")
	if strings.Contains(a, "Cache") {
		t.Errorf("a design with no cache is sized one:\n%s", a)
	}
	if a := answer(t, "Design Twitter for 200M DAU", "what if traffic triples?"); !strings.Contains(a, "| Cache for the hot set |") || !strings.Contains(a, "cache nodes for") {
		t.Errorf("a design with a cache is not told its size:\n%s", a)
	}
}

// When a what-if happens ("next year", "by 2028") is no rate of what it counts: the schools grow.
func TestWhatIfSaysWhen(t *testing.T) {
	t.Parallel()
	problem := "school district with 120 schools, each with ~50 teachers. on a typical morning 4% of teachers call in absent."
	for q, want := range map[string]string{"what if we add 40 more schools next year?": "With 160 schools (was 120)", "what if we grow to 200 schools by 2028?": "With 200 schools (was 120)"} {
		if a := answer(t, problem, q); !strings.Contains(a, want) {
			t.Errorf("%q: want %q:\n%s", q, want, a)
		}
	}
}
