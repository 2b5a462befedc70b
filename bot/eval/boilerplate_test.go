package eval_test

import (
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, markdown string
		want           []string
	}{
		{
			name:     "punctuation splits, short sentences are dropped, digits are masked",
			markdown: "The gateway terminates TLS and routes each request to a service. Too short to count here. Writes land in 3 replicas before the 200 ms acknowledgement goes out!",
			want: []string{
				"the gateway terminates tls and routes each request to a service",
				"writes land in # replicas before the # ms acknowledgement goes out",
			},
		},
		{
			name:     "list markers, emphasis and whitespace are normalised",
			markdown: "- **Durability:**   no acknowledged write is ever lost   in any region\n1. A user creates a record and the service stores it durably",
			want: []string{
				"durability: no acknowledged write is ever lost in any region",
				"a user creates a record and the service stores it durably",
			},
		},
		{
			name: "table cells split, table rules and fenced code are skipped",
			markdown: "| Component | Role and why it is here |\n|---|:---:|\n" +
				"| Cache | Hot reads served from memory so the primary database sees only misses |\n" +
				"```mermaid\nflowchart LR a b c d e f g h i j k l\n```\n" +
				"Version 12.5 of the service answers in 40 ms at the 99th percentile.",
			want: []string{
				"hot reads served from memory so the primary database sees only misses",
				"version #.# of the service answers in # ms at the #th percentile",
			},
		},
		{
			name:     "a repeated sentence counts once",
			markdown: "One two three four five six seven eight.\nOne two three four five six seven eight.",
			want:     []string{"one two three four five six seven eight"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for s := range eval.Sentences(tc.markdown) {
				got = append(got, s)
			}
			sort.Strings(got)
			sort.Strings(tc.want)
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("sentences:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// Eight-word sentences for hand-built designs; s1 and s2 recur, the others are each design's own.
const (
	s1 = "Every write is replicated to three zones before acknowledging."
	s2 = "The gateway retries idempotent calls with exponential backoff and jitter."
	a3 = "Alerts fire when a ticker crosses the watcher's threshold price."
	a4 = "Quotes stream from the exchange feed into the matching engine."
	b3 = "Drivers are matched with riders through a geohash cell index."
	c2 = "Whiteboard strokes merge through a CRDT when a device reconnects."
	c3 = "Each board keeps an append-only log of strokes per session."
	c4 = "Cursors of other editors are broadcast over one websocket each."
	c5 = "Offline edits queue on the device until the sync succeeds."
)

func designOf(title string, sentences ...string) *conversation.Design {
	return &conversation.Design{Title: title, Sections: []conversation.Section{
		{ID: conversation.Overview, Title: "Overview", Markdown: strings.Join(sentences, " ")},
	}}
}

func TestBoilerplate(t *testing.T) {
	// A: s1 s2 a3 a4 (4); B: s1 s2 b3 (3; s1 upper-cased, s2 spaced out); C: s1 c2..c5 (5).
	a := designOf("A", s1, s2, a3, a4)
	b := designOf("B", strings.ToUpper(s1), strings.ReplaceAll(s2, " ", "  "), b3)
	c := designOf("C", s1, c2, c3, c4, c5)
	tests := []struct {
		name       string
		runs       []eval.Run
		pairs      int
		share      float64
		topCounts  []int
		everywhere int
	}{
		{
			// AB 2/3, AC 1/4, BC 1/3: (8+3+4)/12/3 = 15/36.
			name:  "three designs",
			runs:  []eval.Run{{Case: caseOf("a"), Design: a}, {Case: caseOf("b"), Design: b}, {Case: caseOf("c"), Design: c}},
			pairs: 3, share: 15.0 / 36, topCounts: []int{3, 2}, everywhere: 1,
		},
		{
			// A paraphrase of a with a's text: pairs with B (2/3) and C (1/4) count, not with A.
			name: "a paraphrase is not compared with its original",
			runs: []eval.Run{{Case: caseOf("a"), Design: a}, {Case: caseOf("b"), Design: b}, {Case: caseOf("c"), Design: c},
				{Case: eval.Case{ID: "a2", Statement: "x", ParaphraseOf: "a"}, Design: designOf("A", s1, s2, a3, a4)}},
			pairs: 5, share: (8 + 3 + 4 + 8 + 3) / 12.0 / 5, topCounts: []int{4, 3, 2, 2}, everywhere: 1,
		},
		{
			name:  "a missing design is left out",
			runs:  []eval.Run{{Case: caseOf("a"), Design: a}, {Case: caseOf("b"), Design: b}, {Case: caseOf("c")}},
			pairs: 1, share: 2.0 / 3, topCounts: []int{2, 2}, everywhere: 0, // two designs are no "every"
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bp := eval.Evaluate("test", tc.runs, eval.NoFloors).Boilerplate
			if bp.Pairs != tc.pairs || math.Abs(bp.Share-tc.share) > 1e-9 {
				t.Fatalf("pairs=%d share=%.4f, want %d and %.4f", bp.Pairs, bp.Share, tc.pairs, tc.share)
			}
			var counts []int
			for _, s := range bp.Top {
				counts = append(counts, s.Designs)
			}
			if !reflect.DeepEqual(counts, tc.topCounts) {
				t.Fatalf("top counts=%v, want %v (%+v)", counts, tc.topCounts, bp.Top)
			}
			if bp.Everywhere != tc.everywhere {
				t.Fatalf("everywhere=%d, want %d", bp.Everywhere, tc.everywhere)
			}
			if bp.Top[0].Text != "every write is replicated to three zones before acknowledging" {
				t.Fatalf("most shared = %q", bp.Top[0].Text)
			}
		})
	}
}

func caseOf(id string) eval.Case { return eval.Case{ID: id, Statement: "Design " + id} }
