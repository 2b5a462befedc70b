package offline_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// requirementsCapacity is the capacity the designer computes for a statement's requirements.
func requirementsCapacity(t *testing.T, problem string) (conversation.Workload, conversation.Capacity) {
	t.Helper()
	_, req, err := offline.New().Requirements(context.Background(), problem)
	if err != nil {
		t.Fatalf("requirements: %v", err)
	}
	return req.Workload, conversation.Estimate(req.Workload)
}

// A ride-hailing design keeps drivers' positions in its geo index and their history in object
// storage: thousands of GPS updates a second partition no database.
func TestGPSUpdatesPartitionNoDatabase(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Build a taxi app like Lyft for a metro area where 25,000 drivers on shift report their position every 5 seconds and riders book 1,200 trips an hour",
		"Design ride sharing for 60k online drivers pinging location every 3 s",
		"A ride-hailing backend: 90,000 drivers stream GPS every 2 seconds while riders request trips",
	} {
		w, c := requirementsCapacity(t, prompt)
		if c.DBShards != 1 || c.BlobBytesPerMonth <= 0 {
			t.Errorf("%q: %d database partitions, %v blob bytes a month; want one partition and the history in object storage (steps %q)", prompt, c.DBShards, c.BlobBytesPerMonth, c.Steps)
		}
		if !slices.ContainsFunc(w.Notes, func(n string) bool { return strings.Contains(n, "no database writes") }) {
			t.Errorf("%q: notes %q; want where the updates land said", prompt, w.Notes)
		}
	}
}

// An exam sitting with no stated recurrence comes about once a year: its storage is the sitting's
// saves, its day's users the candidates, not a fifth of them every day.
func TestExamSittingOnceAYearWhenUnsaid(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		prompt     string
		candidates float64
	}{
		{"A national licensing exam: 250,000 candidates sit a 4-hour paper online at the same time, and answers autosave every 20 seconds.", 250000},
		{"Design the exam-submission system for a national university entrance exam: 600,000 students take a 3-hour online exam at the same start time, answers autosave every 30 seconds, and results are released 10 days later.", 600000},
	} {
		w, c := requirementsCapacity(t, tc.prompt)
		if w.DAU != tc.candidates && !(w.DAU == 0 && w.Concurrent == tc.candidates) {
			t.Errorf("%q: DAU=%v, want the %v candidates (notes %q)", tc.prompt, w.DAU, tc.candidates, w.Notes)
		}
		// One sitting of 600,000 saving every 30 s for 3 h is 216M saves of ~100 B: some 22 GB,
		// about 65 GB replicated, once a year.
		if c.StorageBytesKept > 1e12 || c.WriteQPS > 100 {
			t.Errorf("%q: %v bytes kept, %v writes/s on average; want one sitting a year (steps %q)", tc.prompt, c.StorageBytesKept, c.WriteQPS, c.Steps)
		}
		if !slices.ContainsFunc(w.Notes, func(n string) bool { return strings.Contains(n, "once a year (assumed)") }) {
			t.Errorf("%q: notes %q; want the yearly sitting said to be assumed", tc.prompt, w.Notes)
		}
	}
}
