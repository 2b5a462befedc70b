package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// askedOnly checks that a turn posted the clarifying questions and nothing of a design.
func askedOnly(t *testing.T, rec *recorder) {
	t.Helper()
	texts := rec.of(bot.ReplyText)
	if len(rec.replies) != 1 || len(texts) != 1 {
		t.Fatalf("replies %v, want exactly one text reply (the questions)", rec.kinds())
	}
	q := texts[0].Text
	if !strings.Contains(q, "1. **What does it do") || !strings.Contains(q, "2. **") || !strings.Contains(q, "`just assume`") {
		t.Fatalf("reply %q, want numbered questions starting with what the system does, and how to proceed", q)
	}
}

// asked starts an engine on st with designer d and sends a vague request in a new thread, which
// must be answered with the clarifying questions only.
func asked(t *testing.T, st bot.Store, d bot.Designer, request string) (*bot.Engine, conversation.ThreadRef) {
	t.Helper()
	e := newEngine(t, st, d, nil)
	r := ref()
	askedOnly(t, say(t, e, r, request, true))
	return e, r
}

// requirementsOf returns the Requirements section a design turn posted.
func requirementsOf(t *testing.T, rec *recorder) string {
	t.Helper()
	for _, r := range rec.of(bot.ReplySection) {
		if r.Section.ID == conversation.Requirements {
			return r.Section.Markdown
		}
	}
	t.Fatalf("no requirements section among %v", rec.kinds())
	return ""
}

func TestVagueDesignAsksThenDesignsFromTheAnswer(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e, r := asked(t, st, offline.New(), "make it scale")
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if !th.Clarify.Awaiting() || th.Clarify.Statement != "make it scale" || th.Problem != "make it scale" || th.Design != nil {
		t.Fatalf("thread after asking: clarify %+v, problem %q, design %v; want it awaiting with the request kept", th.Clarify, th.Problem, th.Design != nil)
	}
	if owned, err := e.Owns(ctx, r); err != nil || !owned {
		t.Fatalf("Owns = %v, %v; want true, so the platforms route the answer here", owned, err)
	}

	answer := "a marketplace where people sell used bikes, about 100k daily users; low latency matters most"
	rec := say(t, e, r, answer, false)
	docs := rec.of(bot.ReplyDocument)
	if len(docs) != 1 || len(rec.of(bot.ReplySection)) != len(conversation.SectionOrder) {
		t.Fatalf("answer produced %v, want a whole design", rec.kinds())
	}
	d := docs[0].Document.Design
	if !strings.Contains(d.Problem, answer) || !strings.Contains(d.Problem, "make it scale") {
		t.Errorf("design problem %q, want the answer and the request", d.Problem)
	}
	if d.Requirements.Workload.DAU != 100e3 {
		t.Errorf("DAU = %v, want the answer's 100k", d.Requirements.Workload.DAU)
	}
	req := requirementsOf(t, rec)
	if !strings.Contains(req, "Assumed, as no stack was given") {
		t.Errorf("requirements do not say the stack was assumed:\n%s", req)
	}
	for _, answered := range []string{"did not say what the system does", "no figures were given", "no priority was given"} {
		if strings.Contains(req, answered) {
			t.Errorf("requirements assume %q, which the request or its answer said:\n%s", answered, req)
		}
	}
	th, err = st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Clarify.Awaiting() || th.Clarify.Answer != answer || th.Design == nil || th.Problem != d.Problem {
		t.Fatalf("thread after the answer: clarify %+v, problem %q; want the answer recorded and the design saved", th.Clarify, th.Problem)
	}
	// The thread is an ordinary design thread now: the next message is a follow-up.
	follow := &recorder{}
	if err := e.Handle(ctx, msg(r, "status", false), follow); err != nil || !strings.Contains(follow.of(bot.ReplyText)[0].Text, "version 1") {
		t.Fatalf("status after the design: %v %+v", err, follow.replies)
	}
}

func TestJustAssumeDesignsWithTheAssumptionsWrittenDown(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e, r := asked(t, st, offline.New(), "design something for my startup")

	// Commands still answer while archbot waits, and change nothing.
	for _, cmd := range []string{"help", "export", "what do you mean?"} {
		rec := say(t, e, r, cmd, false)
		if texts := rec.of(bot.ReplyText); len(rec.replies) != 1 || len(texts) != 1 || !strings.Contains(texts[0].Text, "`just assume`") {
			t.Fatalf("%s while waiting: replies %+v, want one reminder of how to go on", cmd, rec.replies)
		}
	}
	if th, err := st.Load(ctx, r); err != nil || !th.Clarify.Awaiting() {
		t.Fatalf("after commands: %v, clarify %+v; want still awaiting", err, th.Clarify)
	}

	rec := say(t, e, r, "Just assume.", false)
	docs := rec.of(bot.ReplyDocument)
	if len(docs) != 1 {
		t.Fatalf("just assume produced %v, want a design", rec.kinds())
	}
	if p := docs[0].Document.Design.Problem; p != "design something for my startup" {
		t.Errorf("problem %q, want the request alone", p)
	}
	req := requirementsOf(t, rec)
	for _, want := range []string{"did not say what the system does", "no figures were given", "no priority was given", "no stack was given"} {
		if !strings.Contains(req, want) {
			t.Errorf("requirements do not write down %q:\n%s", want, req)
		}
	}
	if done := rec.of(bot.ReplyDone); len(done) != 1 || !strings.Contains(done[0].Text, "listed under Requirements") {
		t.Errorf("done %+v, want it to point at the assumptions", done)
	}
}

// A clear request, however short, designs at once, as before: no questions, no assumptions.
func TestClearDesignStartsAtOnce(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e := newEngine(t, st, offline.New(), nil)
	for _, statement := range []string{"Design Twitter", "a todo app for my family"} {
		r := ref()
		rec := say(t, e, r, statement, true)
		if len(rec.of(bot.ReplyText)) != 0 || len(rec.of(bot.ReplyDocument)) != 1 {
			t.Fatalf("%q: replies %v, want a design and no questions", statement, rec.kinds())
		}
		if req := requirementsOf(t, rec); strings.Contains(req, "Assumed, as") {
			t.Errorf("%q: requirements carry clarification assumptions:\n%s", statement, req)
		}
		th, err := st.Load(ctx, r)
		if err != nil || th.Clarify != nil || th.Design == nil {
			t.Fatalf("%q: thread %v, clarify %+v; want a design and no clarification", statement, err, th.Clarify)
		}
	}
}

// A turn retried after its replica died part-way does its own work again: the questions of a
// vague request are posted again, not asked twice, and an answer whose claim was saved drafts
// from it while any other message is told the draft is under way.
func TestResumedClarificationTurns(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e := newEngine(t, st, offline.New(), nil)
	r := ref()
	ask := bot.Message{Thread: r, Author: "ana", Text: "build a backend", New: true, ID: "job-1"}
	if err := e.Handle(ctx, ask, &recorder{}); err != nil {
		t.Fatal(err)
	}
	ask.Resumed = true
	again := &recorder{}
	if err := e.Handle(ctx, ask, again); err != nil {
		t.Fatal(err)
	}
	askedOnly(t, again)
	th, err := st.Load(ctx, r)
	if err != nil || len(th.Turns) != 1 || !th.Clarify.Awaiting() {
		t.Fatalf("after a resumed ask: %v, %d turns, clarify %+v; want one turn, still awaiting", err, len(th.Turns), th.Clarify)
	}

	// The answer's first run claimed the thread and died.
	answer := "a booking system for dentists"
	th.Clarify.Answer, th.Clarify.AnswerID = answer, "job-2"
	th.Problem, th.UpdatedAt = answer+"\n\n(First asked as: build a backend)", time.Now().UTC()
	if err := st.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	busy := &recorder{}
	if err := e.Handle(ctx, msg(r, "just assume", false), busy); err == nil || len(busy.of(bot.ReplyError)) != 1 {
		t.Fatalf("another message during the draft: err %v, replies %v; want a busy error", err, busy.kinds())
	}
	resumed := &recorder{}
	if err := e.Handle(ctx, bot.Message{Thread: r, Author: "ana", Text: answer, ID: "job-2", Resumed: true}, resumed); err != nil {
		t.Fatal(err)
	}
	docs := resumed.of(bot.ReplyDocument)
	if len(docs) != 1 || !strings.Contains(docs[0].Document.Design.Problem, "dentists") {
		t.Fatalf("resumed answer: %v, want the design drafted from the answer", resumed.kinds())
	}
}

// The rule and the assumptions are the engine's, so a model designer asks and assumes alike.
func TestModelDesignerAsksToo(t *testing.T) {
	st := conversationtest.MustRedisStore(t)
	e, r := asked(t, st, &scripted{name: "model"}, "an app")
	rec := say(t, e, r, "go ahead", false)
	docs := rec.of(bot.ReplyDocument)
	if len(docs) != 1 {
		t.Fatalf("go ahead produced %v, want a design", rec.kinds())
	}
	req := docs[0].Document.Design.Requirements
	if len(req.Functional) != 2 || !strings.Contains(req.Functional[0], "did not say what the system does") || req.Functional[1] != "upload photos" {
		t.Errorf("functional %q, want the assumption first, then the designer's own", req.Functional)
	}
	if len(req.Workload.Notes) == 0 || !strings.Contains(req.Workload.Notes[0], "no figures were given") {
		t.Errorf("scale notes %q, want the load assumption", req.Workload.Notes)
	}
}
