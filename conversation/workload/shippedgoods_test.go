package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Goods people get on a clock ("12,000 subscribers get a tin every month", "a weekly box") are
// deliveries, an order written for each, not pages fetched: the verb "get" made them reads, and
// a tea subscription's renewals came out at a tenth of the stated 12,000 a month.
func TestReadGoodsGotOnAClockAreDeliveries(t *testing.T) {
	for _, tc := range []struct {
		s, noun string
		kind    conversation.FlowKind
		perDay  float64
	}{
		{"We run a tea subscription: about 12,000 subscribers get a tin every month.", "tin", conversation.FlowWrite, 12000 / 30.0},
		{"A meal kit company: 50,000 customers get a weekly box.", "box", conversation.FlowWrite, 50000 / 7.0},
		{"Flower subscriptions: 8,000 members receive a bouquet every week.", "bouquet", conversation.FlowWrite, 8000 / 7.0},
		// Near misses: what is fetched on a clock stays a read.
		{"Our trading app: 40,000 users get the latest prices every 30 seconds.", "price", conversation.FlowRead, 40000 * 2880},
		{"Our 30,000 readers get the weekly newsletter.", "newsletter", conversation.FlowRead, 30000 / 7.0},
	} {
		rd := workload.Read(tc.s)
		found := false
		for _, f := range rd.Flows {
			if f.Name != tc.noun {
				continue
			}
			found = true
			if f.Kind != tc.kind || !near(rd.Rate(f)*86400, tc.perDay) {
				t.Errorf("%q: %s is a %s flow of %.0f a day, want a %s flow of %.0f (%v)", tc.s, f.Name, f.Kind, rd.Rate(f)*86400, tc.kind, tc.perDay, rd.Notes)
			}
		}
		if !found {
			t.Errorf("%q: no flow %q: %+v (%v)", tc.s, tc.noun, rd.Flows, rd.Notes)
		}
	}
}
