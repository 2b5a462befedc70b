package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// What is done to each item of an earlier figure, said in the passive with a verb no list holds
// ("each page is transcribed twice"), is that many writes per item: a transcription, a test
// result, a mark is kept. It was a read, or no flow at all when the items came from a scanner.
func TestPassiveActOnEachItemIsWritten(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		item      string // the flow the acts hang off
		perItem   float64
		kind      conversation.FlowKind
	}{
		{"A parish archive where 14 volunteers scan about 3,000 pages a week; each page is transcribed twice by different volunteers", "scan page", 2, conversation.FlowWrite},
		{"The clinic takes 400 blood samples a day and each sample is tested twice by different labs", "blood sample", 2, conversation.FlowWrite},
		{"The exam board receives 90,000 scripts a year and every script is marked twice", "script", 2, conversation.FlowWrite},
		{"Our accounts team scans 800 receipts a day and each receipt is coded 3 times", "scan receipt", 3, conversation.FlowWrite},
		// Looking at an item is a read however it is said.
		{"A URL shortener that creates 100 million links a month; each link is clicked 50 times on average", "create link", 50, conversation.FlowRead},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			found = found || f.ItemsOf == tc.item && f.Count == tc.perItem && f.Kind == tc.kind
		}
		if !found {
			t.Errorf("%q: flows %+v; want %v %s per %q", tc.statement, rd.Flows, tc.perItem, tc.kind, tc.item)
		}
	}
}

// Scanning paper keeps its image; scanning a code or a pass only records that it was seen.
func TestScanningPaperIsWritten(t *testing.T) {
	t.Parallel()
	for statement, want := range map[string]conversation.FlowKind{
		"Volunteers scan about 3,000 pages a week":             conversation.FlowWrite,
		"Our accounts team scans 800 receipts a day":           conversation.FlowWrite,
		"The land registry scans 2,000 deeds a month":          conversation.FlowWrite,
		"Gate staff scan 40,000 tickets on match day":          conversation.FlowWrite,
		"Reviewers scan 500 headlines a day for breaking news": conversation.FlowRead,
	} {
		rd := workload.Read(statement)
		if len(rd.Flows) == 0 || rd.Flows[0].Kind != want {
			t.Errorf("%q: flows %+v; want the first a %s", statement, rd.Flows, want)
		}
	}
}
