package conversation_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// The bytes coming in are compared with a stated link: 24M samples/s of 2 bytes are 384 Mbps,
// nearly twice a 200 Mbps uplink.
func TestEstimateComparesIngressWithTheLink(t *testing.T) {
	for _, tc := range []struct {
		bytes, link, share float64
		says               string
	}{
		{2, 200e6, 1.92, "cannot cross"},
		{1, 1e9, 0.192, "19% of it"},
	} {
		w := conversation.Workload{LinkBitsPerSec: tc.link, Link: "uplink", Flows: []conversation.Flow{{
			Name: "sample", Kind: conversation.FlowWrite, Count: 1, PerSeconds: 1e-4, Each: true, Actors: 2400,
			Bytes: tc.bytes, StoredBytes: tc.bytes, Steady: true, Source: conversation.Stated}}}
		c := conversation.Estimate(w)
		if c.LinkShare < tc.share*0.99 || c.LinkShare > tc.share*1.01 {
			t.Errorf("%v B over %v bps: share %v; want %v", tc.bytes, tc.link, c.LinkShare, tc.share)
		}
		if !strings.Contains(strings.Join(c.Steps, "\n"), tc.says) {
			t.Errorf("%v B over %v bps: steps %q; want %q", tc.bytes, tc.link, c.Steps, tc.says)
		}
	}
}
