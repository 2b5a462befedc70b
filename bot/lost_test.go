package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// threadSink is a recorder on a platform that shows the thread: whether archbot posted there
// and its first message, as Slack's conversations.replies does.
type threadSink struct {
	recorder
	root bot.ThreadRoot
}

func (s *threadSink) ThreadRoot(context.Context) (bot.ThreadRoot, error) { return s.root, nil }

// A Redis restarted without persistence forgets a thread mid-conversation: a follow-up, even an
// @mention, is told the state is lost instead of starting a design from its own text, and
// `regenerate` rebuilds the design from the thread's problem statement.
func TestLostThreadStateIsToldAndRegenerated(t *testing.T) {
	ctx := context.Background()
	srv := conversationtest.StartRedisWith(t, "--appendonly", "no", "--save", "")
	st := redisstore.New(conversationtest.MustOpen(t, srv.URL()), redisstore.Options{})
	e := newEngine(t, st, &scripted{name: "model"}, nil)
	r := ref()
	const problem = "Design a photo sharing app for 50M daily users"
	first := &threadSink{}
	if err := e.Handle(ctx, msg(r, problem, true), first); err != nil {
		t.Fatal(err)
	}
	if len(first.of(bot.ReplyDone)) != 1 {
		t.Fatalf("first design: %v", first.kinds())
	}
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	conversationtest.WaitFor(t, "redis back", 10*time.Second, func() bool { return st.Ping(ctx) == nil })
	if _, err := st.Load(ctx, r); !errors.Is(err, conversation.ErrNotFound) {
		t.Fatalf("after a restart without persistence the thread is still there (%v); the test proves nothing", err)
	}

	// The platform shows archbot's earlier posts and the thread's first message.
	platform := bot.ThreadRoot{Answered: true, Statement: problem}
	for _, m := range []bot.Message{msg(r, "why PostgreSQL?", false), msg(r, "make it multi-region", true)} {
		s := &threadSink{root: platform}
		if err := e.Handle(ctx, m, s); err != nil {
			t.Fatal(err)
		}
		texts := s.of(bot.ReplyText)
		if len(texts) != 1 || texts[0].Text != bot.LostStateText || len(s.of(bot.ReplySection)) != 0 {
			t.Fatalf("%q (new %v) after the state was lost: %v %+v, want only the lost-state message", m.Text, m.New, s.kinds(), texts)
		}
		if _, err := st.Load(ctx, r); !errors.Is(err, conversation.ErrNotFound) {
			t.Fatalf("%q started a design from its own text (%v)", m.Text, err)
		}
	}

	regen := &threadSink{root: platform}
	if err := e.Handle(ctx, msg(r, "regenerate", false), regen); err != nil {
		t.Fatal(err)
	}
	if len(regen.of(bot.ReplyDone)) != 1 || len(regen.of(bot.ReplySection)) != len(first.of(bot.ReplySection)) {
		t.Fatalf("regenerate: %v, want the whole design again", regen.kinds())
	}
	th, err := st.Load(ctx, r)
	if err != nil || th.Design == nil || th.Problem != problem {
		t.Fatalf("after regenerate: %v, problem %q, want the design of %q", err, th.Problem, problem)
	}
	// The thread is whole again: a follow-up is answered as one.
	q := &threadSink{root: platform}
	if err := e.Handle(ctx, msg(r, "why PostgreSQL?", false), q); err != nil {
		t.Fatal(err)
	}
	if texts := q.of(bot.ReplyText); len(texts) != 1 || texts[0].Text == bot.LostStateText {
		t.Fatalf("question after regenerate: %+v", texts)
	}

	// A thread archbot never answered in still starts a design from the message.
	fresh := &threadSink{root: bot.ThreadRoot{Statement: problem}}
	if err := e.Handle(ctx, msg(ref(), problem, true), fresh); err != nil || len(fresh.of(bot.ReplyDone)) != 1 {
		t.Fatalf("new design in a fresh thread: %v %v", err, fresh.kinds())
	}
	// A lost thread whose first message cannot be read says how to start again.
	blind := &threadSink{root: bot.ThreadRoot{Answered: true}}
	_ = e.Handle(ctx, msg(ref(), "regenerate", false), blind)
	if errs := blind.of(bot.ReplyError); len(errs) != 1 || !strings.Contains(errs[0].Text, "/design") {
		t.Fatalf("regenerate without a statement: %+v", blind.replies)
	}
}

// gated is the offline designer whose first section waits for the test.
type gated struct {
	bot.Designer
	entered, open chan struct{}
	once          sync.Once
}

func (g *gated) Section(ctx context.Context, gr bot.Grounding, id conversation.SectionID) (string, error) {
	first := false
	g.once.Do(func() { first = true; close(g.entered) })
	if first {
		select {
		case <-g.open:
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	return g.Designer.Section(ctx, gr, id)
}

// finishing records replies and whether the turn was rounded off (the progress line closed).
type finishing struct {
	recorder
	finished atomic.Bool
}

func (f *finishing) Finish(context.Context) { f.finished.Store(true) }

// Redis restarts without persistence while a design is being drafted: its thread lock vanishes
// with everything else. The job takes the lock again and tells the user the state was lost,
// rounding off the turn, instead of stopping silently with its progress line hanging.
func TestDesignWhoseStateVanishesMidwayTellsTheUser(t *testing.T) {
	srv := conversationtest.StartRedisWith(t, "--appendonly", "no", "--save", "")
	store := redisstore.New(conversationtest.MustOpen(t, srv.URL()), redisstore.Options{})
	g := &gated{Designer: offline.New(), entered: make(chan struct{}), open: make(chan struct{})}
	e := bot.New(bot.Config{}, store, g, nil, quietLog())
	// The job's lease must outlast the restart: a restart slower than ClaimAfter (a loaded
	// machine under the race detector) expires the lease, the job stops, and with the stream
	// gone too nothing is left to take the lock again. 5 s is far beyond a restart's usual
	// hundred milliseconds while the heartbeat still sees the lock gone within 1.25 s.
	d := bot.NewDispatcher(bot.DispatchConfig{ClaimAfter: 5 * time.Second}, e, store.Queue(), store.Locks(), store.Ledger(), quietLog())
	sink := &finishing{}
	runDispatcher(t, d, into(sink))

	r := ref()
	if _, err := d.Submit(context.Background(), msg(r, problem, true), nil); err != nil {
		t.Fatal(err)
	}
	<-g.entered
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	rdb := conversationtest.MustOpen(t, srv.URL())
	waitFor(t, "the job to take its vanished lock again", func() bool {
		n, err := rdb.Exists(context.Background(), store.Key(r, "lock")).Result()
		return err == nil && n == 1
	})
	close(g.open)
	waitFor(t, "the user told and the turn rounded off", func() bool {
		errs := sink.of(bot.ReplyError)
		return len(errs) == 1 && errs[0].Text == bot.LostStateText && sink.finished.Load()
	})
	if n := len(sink.of(bot.ReplyDocument)); n != 0 {
		t.Errorf("%d documents posted for a design whose state was lost", n)
	}
}
