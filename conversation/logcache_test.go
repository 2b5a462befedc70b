package conversation_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/archbot/archbot/conversation"
)

func logEntries(t *testing.T, from, to int, tag string) []string {
	t.Helper()
	var out []string
	for i := from; i < to; i++ {
		raw, err := json.Marshal(conversation.Decision{Version: i + 2, Summary: fmt.Sprintf("%s decision %d", tag, i), Rationale: "asked for in the thread"})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(raw))
	}
	return out
}

// A log read again, grown, cut by an undo and grown with other entries, or changed in the middle,
// decodes as a fresh decode does whatever this process remembers of it, and changing a decoded
// log does not change the next one.
func TestDecisionLogDecodesAsStored(t *testing.T) {
	key := "test:decisions:" + t.Name()
	base := logEntries(t, 0, 30, "first")
	middle := append([]string(nil), base...)
	middle[10] = logEntries(t, 10, 11, "edited")[0]
	steps := map[string][]string{
		"first read": base,
		"read again": base,
		"grown":      append(append([]string(nil), base...), logEntries(t, 30, 32, "first")...),
		"undone":     base[:29],
		"regrown":    append(append([]string(nil), base[:29]...), logEntries(t, 29, 31, "second")...),
		"middle":     middle,
		"empty":      nil,
		"again":      base,
	}
	for _, name := range []string{"first read", "read again", "grown", "undone", "regrown", "middle", "empty", "again"} {
		entries := steps[name]
		got, err := conversation.DecodeDecisionLog(key, entries)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, err := conversation.DecodeDecisions(entries)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
			t.Fatalf("%s: decoded %v, want %v", name, got, want)
		}
		for i := range got {
			got[i].Summary = "changed by the caller"
		}
	}
	if _, err := conversation.DecodeDecisionLog(key, []string{"not json"}); err == nil {
		t.Fatal("a bad entry decoded without an error")
	}
}

// A change adds one entry to the log; reading the log back decodes that one, not the whole log
// again, so a change to a long-lived thread costs no more than one to a young thread.
func TestDecisionLogDecodesOnlyNewEntries(t *testing.T) {
	key := "test:decisions:" + t.Name()
	log := logEntries(t, 0, 400, "long")
	if _, err := conversation.DecodeDecisionLog(key, log[:399]); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := conversation.DecodeDecisionLog(key, log); err != nil {
			t.Fatal(err)
		}
	})
	// Two copies of the log and the one new entry's decoding; a whole decode makes over 1,000.
	if allocs > 20 {
		t.Fatalf("reading a 400-entry log with one new entry made %.0f allocations, want at most 20", allocs)
	}
}
