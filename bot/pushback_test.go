package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// pushy pushes back on "use SQLite" until a turn says "anyway", and adds a note to every change.
type pushy struct{ scripted }

func (p *pushy) Interpret(ctx context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	if strings.Contains(text, "SQLite") && !strings.Contains(text, "anyway") {
		return bot.Interpretation{Intent: bot.IntentPushback, Reply: "SQLite cannot take 200K writes/s. Say \"yes, use SQLite anyway\"."}, nil
	}
	in, err := p.scripted.Interpret(ctx, g, text)
	in.Reply = "put-if-absent now needs a lightweight transaction"
	return in, err
}

// TestPushbackIsAnAnswerUntilConfirmed: a pushback posts the designer's reply, records the turn
// and changes nothing; the confirmed change is applied with the designer's note under its headline.
func TestPushbackIsAnAnswerUntilConfirmed(t *testing.T) {
	ctx := context.Background()
	st := conversation.NewMemoryStore()
	e, r := designed(t, st, &pushy{scripted{name: "model"}}, nil)

	pb := say(t, e, r, "use SQLite for 200K writes/s", false)
	if texts := pb.of(bot.ReplyText); len(texts) != 1 || !strings.Contains(texts[0].Text, "cannot take 200K writes/s") || len(pb.of(bot.ReplySection)) != 0 {
		t.Fatalf("pushback replies = %+v", pb.replies)
	}
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 1 || th.RevisionCount() != 0 {
		t.Fatalf("pushback changed the design: v%d, %d revisions", th.Design.Version, th.RevisionCount())
	}
	if last := th.Turns[len(th.Turns)-1]; last.Intent != string(bot.IntentPushback) || !strings.Contains(last.Reply, "SQLite") {
		t.Fatalf("last turn = %+v, want the pushback recorded", last)
	}

	ok := say(t, e, r, "yes, use SQLite anyway", false)
	head := ok.of(bot.ReplyText)
	if len(head) != 1 || !strings.HasPrefix(head[0].Text, "**v2: yes, use SQLite anyway**") || !strings.HasSuffix(head[0].Text, "\nput-if-absent now needs a lightweight transaction") {
		t.Fatalf("change headline = %+v", head)
	}
	if th, err = st.Load(ctx, r); err != nil || th.Design.Version != 2 {
		t.Fatalf("after confirming: err=%v version=%d", err, th.Design.Version)
	}
}
