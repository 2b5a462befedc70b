package eval_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

func textDesign(text string) *conversation.Design {
	return &conversation.Design{Title: "Design", Sections: []conversation.Section{{ID: conversation.Overview, Title: "Overview", Markdown: text}}}
}

func TestSpecificityMargin(t *testing.T) {
	a := eval.Case{ID: "a", Statement: "x", Source: "f", Groups: [][]string{{"kafka"}, {"websocket", "long poll"}}}
	b := eval.Case{ID: "b", Statement: "x", Source: "f", Groups: [][]string{{"geohash"}, {"kafka"}}}
	c := eval.Case{ID: "c", Statement: "x", Source: "f", Groups: [][]string{{"cdn"}, {"transcod"}}}
	d := eval.Case{ID: "d", Statement: "x", Source: "g", Groups: [][]string{{"websocket"}}}
	runs := []eval.Run{
		{Case: a, Design: textDesign("Kafka carries events; clients hold a long poll.")},
		{Case: b, Design: textDesign("A geohash index.")},
		{Case: c, Design: textDesign("A CDN in front of transcoding workers, Kafka and websockets.")},
		{Case: d, Design: textDesign("A websocket gateway and a CDN.")},
		{Case: eval.Case{ID: "a2", Statement: "x", Source: "f", ParaphraseOf: "a", Groups: a.Groups}, Design: textDesign("Kafka.")},
	}
	tests := []struct {
		id                    string
		recall, other, margin float64
		others                int
	}{
		{"a", 1, (0.5 + 0) / 2, 0.75, 2},          // on b: kafka; on c: nothing; a2 is a's own paraphrase
		{"b", 0.5, 0, 0.5, 3},                     // on a, c, a2: nothing
		{"c", 1, (1 + 0.5 + 1) / 3, 1 - 2.5/3, 3}, // on a and a2: both; on b: kafka
		{"d", 1, 0, 0, 0},                         // alone in its file: no margin
		{"a2", 0.5, 0.25, 0.25, 2},                // on b: kafka; on c: nothing
	}
	rep := eval.Evaluate("test", runs, eval.NoFloors)
	sum := 0.0
	for i, tc := range tests {
		r := rep.Cases[i]
		if r.ID != tc.id || r.Others != tc.others || !near(r.Recall, tc.recall) || !near(r.OtherRecall, tc.other) || !near(r.Margin, tc.margin) {
			t.Errorf("%s: recall=%.3f other=%.3f margin=%.3f others=%d, want %.3f %.3f %.3f %d",
				r.ID, r.Recall, r.OtherRecall, r.Margin, r.Others, tc.recall, tc.other, tc.margin, tc.others)
		}
		sum += tc.margin
	}
	if want := sum / 4; !rep.HasMargin || !near(rep.Margin, want) {
		t.Fatalf("margin=%.4f (has %v), want the mean of the four cases with others, %.4f", rep.Margin, rep.HasMargin, want)
	}
}

func TestParaphraseDrift(t *testing.T) {
	groups := [][]string{{"kafka"}, {"websocket"}}
	orig := eval.Case{ID: "o", Statement: "x", Source: "cases", Groups: groups}
	para := func(id, of string) eval.Case {
		return eval.Case{ID: id, Statement: "y", Source: "paraphrases", Groups: groups, ParaphraseOf: of}
	}
	runs := []eval.Run{
		{Case: para("p1", "o"), Design: textDesign("kafka and a websocket")},
		{Case: orig, Design: textDesign("kafka and websockets")},
		{Case: para("p2", "o"), Design: textDesign("kafka alone")},
		{Case: para("p3", "gone"), Design: textDesign("kafka alone")},
	}
	rep := eval.Evaluate("test", runs, eval.Floors{MaxNegCases: 9, MinMargin: -1, MaxBoilerplate: 1, MaxParaphraseDrift: 0.05})
	if len(rep.Drifts) != 2 {
		t.Fatalf("drifts=%+v, want p1 and p2", rep.Drifts)
	}
	if d := rep.Drifts[0]; d.Paraphrase != "p1" || d.Original != "o" || d.Drift != 0 || d.Over {
		t.Errorf("p1 drift=%+v, want 0", d)
	}
	if d := rep.Drifts[1]; d.Paraphrase != "p2" || !near(d.Drift, 0.5) || !d.Over || d.OriginalRecall != 1 {
		t.Errorf("p2 drift=%+v, want 0.5 and over", d)
	}
	if !near(rep.MaxDrift, 0.5) {
		t.Errorf("max drift=%v", rep.MaxDrift)
	}
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "p3") || !strings.Contains(rep.Notes[0], "gone") {
		t.Errorf("notes=%q, want one about p3's missing original", rep.Notes)
	}
	if rep.Pass || len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0], "p2") {
		t.Errorf("failures=%q, want only p2's drift (a missing original is not a failure)", rep.Failures)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
