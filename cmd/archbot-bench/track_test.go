package main

import (
	"testing"
	"time"
)

// TestTrackerEndsTurnsAndFlagsRepliesTwice checks which reply ends each kind of turn, and that a
// reply posted twice or after its turn ended is counted against delivery.
func TestTrackerEndsTurnsAndFlagsRepliesTwice(t *testing.T) {
	tr := newTracker()
	now := time.Now()
	ended := func(tu *turn) bool { return len(tu.done) == 1 }

	q := tr.start("slack:C1", kindQuestion)
	tr.observe("slack:C1", reply{text: true, body: "answer 1"}, now)
	if !ended(q) {
		t.Fatal("a question did not end with its answer")
	}
	c := tr.start("slack:C1", kindChange)
	tr.observe("slack:C1", reply{text: true, body: "head"}, now)
	tr.observe("slack:C1", reply{text: true, body: "section"}, now)
	if ended(c) {
		t.Fatal("a change ended before its document")
	}
	tr.observe("slack:C1", reply{doc: true, body: "doc v2"}, now)
	if !ended(c) {
		t.Fatal("a change did not end with its document")
	}
	if s, d, _ := tr.faults(); s != 0 || d != 0 {
		t.Fatalf("clean turns: %d strays, %d duplicates", s, d)
	}
	tr.observe("slack:C1", reply{doc: true, body: "doc v2"}, now) // the document again
	if s, d, _ := tr.faults(); s != 1 || d != 1 {
		t.Fatalf("a document posted twice after its turn: %d strays, %d duplicates, want 1, 1", s, d)
	}

	// A Discord design's replies may come before the bench knows the thread's id.
	tr.observe("discord:9", reply{text: true, body: "overview"}, now)
	tr.observe("discord:9", reply{doc: true, body: "doc v1"}, now)
	des := tr.start("discord:9", kindDesign)
	if ended(des) {
		t.Fatal("a Discord design ended at its document")
	}
	tr.observe("discord:9", reply{text: true, body: "what next"}, now)
	if !ended(des) {
		t.Fatal("a Discord design did not end with the message after its document")
	}
}
