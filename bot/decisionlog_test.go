package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// A thread's state holds only the newest decisions, yet history and the exported document give
// the whole log, and undo takes the newest entry off it.
func TestHistoryAndExportGiveTheWholeDecisionLog(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e, r := designed(t, st, &scripted{name: "model"}, nil)
	const changes = conversation.MaxHotDecisions + 16
	for i := 1; i <= changes; i++ {
		if err := e.Handle(ctx, msg(r, fmt.Sprintf("change number %d", i), false), &recorder{}); err != nil {
			t.Fatal(err)
		}
	}
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(th.Design.Decisions) != conversation.MaxHotDecisions || th.Design.DecisionCount() != changes+1 {
		t.Fatalf("state holds %d decisions of %d, want the newest %d of %d", len(th.Design.Decisions), th.Design.DecisionCount(),
			conversation.MaxHotDecisions, changes+1)
	}

	run := func(text string) *recorder {
		rec := &recorder{}
		if err := e.Handle(ctx, msg(r, text, false), rec); err != nil {
			t.Fatal(err)
		}
		return rec
	}
	h := run("history").of(bot.ReplyText)
	if len(h) != 1 || !strings.Contains(h[0].Text, "change number 1.") && !strings.Contains(h[0].Text, "change number 1\n") ||
		!strings.Contains(h[0].Text, fmt.Sprintf("change number %d", changes)) {
		t.Fatalf("history lacks the oldest or the newest change:\n%v", h)
	}
	docs := run("export").of(bot.ReplyDocument)
	if len(docs) != 1 || len(docs[0].Document.Design.Decisions) != changes+1 || docs[0].Document.Design.DecisionsBefore != 0 {
		t.Fatalf("exported document: %+v", docs)
	}
	run("undo")
	h = run("history").of(bot.ReplyText)
	if len(h) != 1 || strings.Contains(h[0].Text, fmt.Sprintf("change number %d", changes)) ||
		!strings.Contains(h[0].Text, fmt.Sprintf("change number %d", changes-1)) {
		t.Fatalf("history after undo still lists the undone change, or lost the one before:\n%v", h)
	}
}
