package offline

import (
	"context"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Sessions held over video, counted and given a length, carry their media: 20,000 notarization
// sessions a month of 15 minutes, every recording kept, are 6.9 sessions at once and about
// 2.2 TB of recordings a month (270 TB over the 10 years stated), not the 1 KB row each writes;
// a fitting session over a video call has two parties, not a meeting's eight.
func TestVideoSessionsCarryTheirMedia(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement            string
		monthLo, monthHi     float64 // storage a month
		streamsLo, streamsHi float64
	}{
		{"Remote online notarization: signers join a video session with a commissioned notary, show ID, and e-sign. We expect about 20,000 sessions a month, average 15 minutes, and the state requires keeping the full audio-video recording for 10 years.",
			2e12, 2.5e12, 34, 35}, // 13.9 people sending, 13.9 receiving, 6.9 recordings
		{"Remote fitting service for hearing aids: audiologists adjust patients' devices over a video call via the patient's phone. About 6,000 fitting sessions a week, each around 25 minutes.",
			0, 1e9, 59, 60}, // 29.8 people sending and receiving
	} {
		_, req, err := New().Requirements(context.Background(), tc.statement)
		if err != nil {
			t.Fatal(err)
		}
		c := conversation.Estimate(req.Workload)
		if c.StorageBytesPerMonth < tc.monthLo || c.StorageBytesPerMonth > tc.monthHi {
			t.Errorf("%q: %s a month, want %s to %s", tc.statement[:40], conversation.Bytes(c.StorageBytesPerMonth), conversation.Bytes(tc.monthLo), conversation.Bytes(tc.monthHi))
		}
		if c.ConcurrentStreams < tc.streamsLo || c.ConcurrentStreams > tc.streamsHi {
			t.Errorf("%q: %v concurrent streams, want %v to %v", tc.statement[:40], c.ConcurrentStreams, tc.streamsLo, tc.streamsHi)
		}
	}
}
