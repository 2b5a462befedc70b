package conversation_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/archbot/archbot/conversation"
)

func TestThreadRefKey(t *testing.T) {
	r := conversation.ThreadRef{Platform: "discord", Team: "G1", Channel: "C9", ThreadID: "T7"}
	if got, want := r.Key(), "discord:C9:T7"; got != want {
		t.Fatalf("Key=%q, want %q", got, want)
	}
	if r.String() != r.Key() {
		t.Fatalf("String=%q, want the key", r.String())
	}
}

func TestAddTurnFoldsOldTurnsIntoSummary(t *testing.T) {
	var th conversation.Thread
	for i := 1; i <= conversation.MaxTurns; i++ {
		th.AddTurn(conversation.Turn{Author: "U1", Text: fmt.Sprint("turn ", i), Intent: "question"})
	}
	if len(th.Turns) != conversation.MaxTurns || th.Summary != "" {
		t.Fatalf("after %d turns: %d kept, summary %q; want all kept and no summary", conversation.MaxTurns, len(th.Turns), th.Summary)
	}
	th.AddTurn(conversation.Turn{Author: "U2", Text: "turn 7", Intent: "change", Reply: "v2: cache added"})
	if len(th.Turns) != conversation.MaxTurns {
		t.Fatalf("kept %d turns, want %d", len(th.Turns), conversation.MaxTurns)
	}
	if th.Turns[0].Text != "turn 2" || th.Turns[len(th.Turns)-1].Text != "turn 7" {
		t.Fatalf("turns run %q..%q, want turn 2..turn 7", th.Turns[0].Text, th.Turns[len(th.Turns)-1].Text)
	}
	if want := "- U1 (question): turn 1"; th.Summary != want {
		t.Fatalf("summary=%q, want %q", th.Summary, want)
	}
}

func TestAddTurnBoundsSummary(t *testing.T) {
	var th conversation.Thread
	long := strings.Repeat("é long words ", 40) // multi-byte runes at clip points
	for i := range 200 {
		th.AddTurn(conversation.Turn{Author: "U1", Text: fmt.Sprintf("turn %d %s", i, long), Intent: "change",
			Reply: strings.Repeat("réponse ", 30)})
	}
	if len(th.Summary) > conversation.MaxSummary {
		t.Fatalf("summary is %d bytes, want at most %d", len(th.Summary), conversation.MaxSummary)
	}
	if !utf8.ValidString(th.Summary) {
		t.Fatal("summary holds a cut rune")
	}
	lines := strings.Split(th.Summary, "\n")
	for _, l := range lines {
		if !strings.HasPrefix(l, "- U1 (change): turn ") {
			t.Fatalf("summary line %q is not a whole turn line", l)
		}
		if !strings.Contains(l, "…") {
			t.Fatalf("summary line %q was not clipped", l)
		}
	}
	// The newest folded turn (193: turns 194..199 are kept verbatim) ends the summary.
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "- U1 (change): turn 193 ") {
		t.Fatalf("last summary line=%q, want turn 193", last)
	}
}

func TestAddRevisionKeepsTheNewest(t *testing.T) {
	var th conversation.Thread
	for v := 1; v <= 15; v++ {
		th.AddRevision(conversation.Revision{Version: v})
	}
	revs, err := th.Revisions()
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != conversation.MaxRevisions || th.RevisionCount() != len(revs) {
		t.Fatalf("kept %d revisions (count %d), want %d", len(revs), th.RevisionCount(), conversation.MaxRevisions)
	}
	if first, last := revs[0].Version, revs[len(revs)-1].Version; first != 6 || last != 15 {
		t.Fatalf("revisions run v%d..v%d, want v6..v15", first, last)
	}
}

func TestPopRevisionTakesTheNewest(t *testing.T) {
	var th conversation.Thread
	if _, ok, err := th.PopRevision(); ok || err != nil {
		t.Fatalf("PopRevision on no history: ok=%v err=%v, want nothing", ok, err)
	}
	for v := 1; v <= 3; v++ {
		th.AddRevision(conversation.Revision{Version: v})
	}
	// A copy shares the history until either changes it; neither may see the other's change.
	cp := th
	r, ok, err := th.PopRevision()
	if err != nil || !ok || r.Version != 3 || th.RevisionCount() != 2 {
		t.Fatalf("PopRevision=v%d, %v, %v with %d left; want v3 with 2 left", r.Version, ok, err, th.RevisionCount())
	}
	th.AddRevision(conversation.Revision{Version: 9})
	if revs, _ := cp.Revisions(); len(revs) != 3 || revs[2].Version != 3 {
		t.Fatalf("the copy's history changed with the original's: %+v", revs)
	}
}

func TestTokenUsageAdd(t *testing.T) {
	u := conversation.TokenUsage{PromptTokens: 1, CompletionTokens: 2, Calls: 1}
	u.Add(conversation.TokenUsage{PromptTokens: 10, CompletionTokens: 20, Calls: 2})
	if u != (conversation.TokenUsage{PromptTokens: 11, CompletionTokens: 22, Calls: 3}) {
		t.Fatalf("usage=%+v, want 11/22/3", u)
	}
}
