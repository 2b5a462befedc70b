package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A hyphenated prefix leaves the verb the act it was: a pre-order is an order.
func TestReadPrefixedVerb(t *testing.T) {
	rd := workload.Read("30,000 pupils pre-order lunch within 15 minutes")
	if len(rd.Flows) != 1 || rd.Flows[0].Count != 30000 || rd.Flows[0].PerSeconds != 900 || !rd.Flows[0].Burst {
		t.Errorf("flows %+v; want 30,000 orders in a 15-minute burst", rd.Flows)
	}
}
