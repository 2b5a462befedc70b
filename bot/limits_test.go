package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// spender is the scripted designer reporting model tokens for every follow-up call, as a
// model-backed designer does.
type spender struct {
	scripted
	tokens int
}

func (s *spender) Interpret(ctx context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	bot.RecordUsage(ctx, conversation.TokenUsage{PromptTokens: s.tokens / 2, Calls: 1})
	return s.scripted.Interpret(ctx, g, text)
}

func (s *spender) Answer(ctx context.Context, g bot.Grounding, q string) (string, error) {
	bot.RecordUsage(ctx, conversation.TokenUsage{PromptTokens: s.tokens / 2, CompletionTokens: s.tokens / 2, Calls: 1})
	return s.scripted.Answer(ctx, g, q)
}

// limitedEngine returns an engine on its own Redis keys with the limits, and the counter of
// that store's round trips.
func limitedEngine(t *testing.T, d bot.Designer, l conversation.Limits) (*bot.Engine, *redisstore.CountingHook) {
	t.Helper()
	rdb := conversationtest.MustOpen(t, conversationtest.MustRedisURL(t))
	rts := &redisstore.CountingHook{}
	rdb.AddHook(rts)
	st := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	return bot.New(bot.Config{Limiter: st.Limiter(l)}, st, d, d, quietLog()), rts
}

func teamMsg(r conversation.ThreadRef, user, text string, isNew bool) bot.Message {
	m := msg(r, text, isNew)
	m.Author, m.AuthorID = "user-"+user, user
	return m
}

func teamRef(team string) conversation.ThreadRef {
	r := ref()
	r.Team = team
	return r
}

func limitCode(err error) string {
	var ue *bot.UserError
	if errors.As(err, &ue) {
		return ue.Code
	}
	return ""
}

func TestDailyDesignLimitsPerUserAndTeam(t *testing.T) {
	ctx := context.Background()
	e, _ := limitedEngine(t, &scripted{name: "model"}, conversation.Limits{DesignsPerUser: 2, DesignsPerTeam: 3})
	for i := range 2 {
		rec := &recorder{}
		if err := e.Handle(ctx, teamMsg(teamRef("T1"), "U1", "Design a photo app", true), rec); err != nil {
			t.Fatalf("design %d: %v", i+1, err)
		}
	}
	rec := &recorder{}
	err := e.Handle(ctx, teamMsg(teamRef("T1"), "U1", "Design a chat app", true), rec)
	if limitCode(err) != bot.CodeLimited {
		t.Fatalf("third design of U1: err %v, want code %q", err, bot.CodeLimited)
	}
	errs := rec.of(bot.ReplyError)
	if len(errs) != 1 || len(rec.replies) != 1 || !strings.Contains(errs[0].Text, "started 2 designs today") ||
		!strings.Contains(errs[0].Text, "midnight UTC") {
		t.Fatalf("replies to the refused design = %+v, want one plain error naming the limit and the reset", rec.replies)
	}
	// Another user of the workspace takes its third and last design.
	if err := e.Handle(ctx, teamMsg(teamRef("T1"), "U2", "Design a chat app", true), &recorder{}); err != nil {
		t.Fatalf("U2's design: %v", err)
	}
	rec = &recorder{}
	err = e.Handle(ctx, teamMsg(teamRef("T1"), "U3", "Design a chat app", true), rec)
	if limitCode(err) != bot.CodeLimited || !strings.Contains(rec.of(bot.ReplyError)[0].Text, "This workspace has started 3 designs today") {
		t.Fatalf("fourth design in the workspace: err %v, replies %+v", err, rec.replies)
	}
	// Another workspace is not affected.
	if err := e.Handle(ctx, teamMsg(teamRef("T2"), "U1", "Design a chat app", true), &recorder{}); err != nil {
		t.Fatalf("design in another workspace: %v", err)
	}
}

func TestTokenBudgetStopsModelTurnsButNotCommands(t *testing.T) {
	ctx := context.Background()
	d := &spender{scripted: scripted{name: "model"}, tokens: 400}
	e, rts := limitedEngine(t, d, conversation.Limits{TokensPerTeam: 1000})
	r := teamRef("T9")
	if err := e.Handle(ctx, teamMsg(r, "U1", "Design a photo app", true), &recorder{}); err != nil {
		t.Fatal(err)
	}
	// Each question spends 400 tokens, one answer (a plain question is not interpreted first):
	// the third takes the team over 1000, the fourth is refused.
	for i := range 3 {
		before := rts.Counts().RoundTrips
		rec := &recorder{}
		if err := e.Handle(ctx, teamMsg(r, "U2", "why PostgreSQL?", false), rec); err != nil {
			t.Fatalf("question %d: %v", i+1, err)
		}
		if len(rec.of(bot.ReplyText)) != 1 {
			t.Fatalf("question %d: replies %+v", i+1, rec.replies)
		}
		// Dedup, load, save, and the token count: the budget check itself costs no round trip.
		// (The first question also loads the counting script into Redis, once per process.)
		if n := rts.Counts().RoundTrips - before; i > 0 && n > 4 {
			t.Errorf("question %d took %d Redis round trips, want at most 4", i+1, n)
		}
	}
	rec := &recorder{}
	err := e.Handle(ctx, teamMsg(r, "U3", "and why Kafka?", false), rec)
	if limitCode(err) != bot.CodeLimited {
		t.Fatalf("question over the budget: err %v, replies %+v", err, rec.replies)
	}
	if errs := rec.of(bot.ReplyError); len(errs) != 1 || !strings.Contains(errs[0].Text, "model budget") {
		t.Fatalf("replies = %+v, want one error about the model budget", rec.replies)
	}
	// Commands call no model and still work.
	rec = &recorder{}
	if err := e.Handle(ctx, teamMsg(r, "U3", "show capacity", false), rec); err != nil || len(rec.of(bot.ReplySection)) != 1 {
		t.Fatalf("show capacity over the budget: err %v, replies %+v", err, rec.replies)
	}
	// New designs in the workspace are refused too, in the one round trip that counts designs.
	rec = &recorder{}
	if err := e.Handle(ctx, teamMsg(teamRef("T9"), "U4", "Design a chat app", true), rec); limitCode(err) != bot.CodeLimited {
		t.Fatalf("design over the token budget: err %v, replies %+v", err, rec.replies)
	}
}

// A design is counted once, before any of its work: a request vague enough to ask about is
// counted when the questions go out, so the answer is never refused midway, and a request over
// the limit is refused before any question.
func TestDesignCountedOnceBeforeQuestions(t *testing.T) {
	ctx := context.Background()
	e, _ := limitedEngine(t, &scripted{name: "model"}, conversation.Limits{DesignsPerUser: 1})
	r := teamRef("TQ")
	asked := &recorder{}
	if err := e.Handle(ctx, teamMsg(r, "U1", "design something for my startup", true), asked); err != nil {
		t.Fatal(err)
	}
	if len(asked.of(bot.ReplyText)) != 1 || len(asked.of(bot.ReplySection)) != 0 {
		t.Fatalf("vague request: %v, want questions", asked.kinds())
	}
	answered := &recorder{}
	if err := e.Handle(ctx, teamMsg(r, "U1", "just assume", false), answered); err != nil {
		t.Fatalf("answer to the questions of an admitted design: %v", err)
	}
	if len(answered.of(bot.ReplyDone)) != 1 {
		t.Fatalf("answer: %v, want the design", answered.kinds())
	}
	refused := &recorder{}
	err := e.Handle(ctx, teamMsg(teamRef("TQ"), "U1", "design something for my startup", true), refused)
	if limitCode(err) != bot.CodeLimited || len(refused.replies) != 1 || refused.replies[0].Kind != bot.ReplyError {
		t.Fatalf("second design over the limit: %v %v, want only the refusal, before any question", err, refused.kinds())
	}
}
