package bot_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// stealingSink records replies (and answers Delivered from them) and, at the third section, hands the thread's lock to someone
// else, as another replica would take it after a stall; it records the stop note too.
type stealingSink struct {
	recorder
	steal func()
	mu    sync.Mutex
	n     int
	notes []string
}

func (s *stealingSink) Send(ctx context.Context, r bot.Reply) error {
	if r.Kind == bot.ReplySection {
		s.mu.Lock()
		s.n++
		if s.n == 3 {
			s.steal()
		}
		s.mu.Unlock()
	}
	return s.recorder.Send(ctx, r)
}

// Delivered answers from what the sink received, as a platform's thread history would.
func (s *stealingSink) Delivered(_ context.Context, r bot.Reply, _, _ string) (bool, error) {
	for _, got := range s.of(r.Kind) {
		if got.Version == r.Version && (r.Section == nil || got.Section.ID == r.Section.ID) {
			return true, nil
		}
	}
	return false, nil
}

func (s *stealingSink) Stopped(_ context.Context, note string) {
	s.mu.Lock()
	s.notes = append(s.notes, note)
	s.mu.Unlock()
}

// A job whose lock passes to someone else posts nothing more, says on the thread that it
// stopped, and stays queued; once the lock is free again a run resumes it and posts the rest,
// so every section is posted once.
func TestJobThatLostItsLockStopsPostingAndIsResumed(t *testing.T) {
	ctx := context.Background()
	store := conversationtest.MustRedisStore(t)
	rdb := conversationtest.MustRedisClient(t)
	r := ref()
	lockKey := store.Key(r, "lock")
	stolen := make(chan struct{})
	sink := &stealingSink{steal: func() {
		if err := rdb.Set(ctx, lockKey, "thief", time.Minute).Err(); err != nil {
			t.Errorf("steal the lock: %v", err)
		}
		close(stolen)
	}}
	e := bot.New(bot.Config{LLMConcurrency: 1}, store, offline.New(), nil, quietLog())
	d := bot.NewDispatcher(bot.DispatchConfig{ClaimAfter: 600 * time.Millisecond, Workers: 2}, e, store.Queue(), store.Locks(), store.Ledger(), quietLog())
	runDispatcher(t, d, into(sink))

	if !submit(t, d, msg(r, problem, true)) {
		t.Fatal("design refused")
	}
	<-stolen
	waitFor(t, "the job to stop", func() bool { return d.Stats().Stopped.Load() == 1 })
	if got := len(sink.of(bot.ReplySection)); got != 3 {
		t.Fatalf("%d sections posted by the run that lost its lock, want the 3 before it lost it", got)
	}
	sink.mu.Lock()
	notes := len(sink.notes)
	sink.mu.Unlock()
	if notes != 1 {
		t.Fatalf("the stopped job left %d notes, want 1", notes)
	}
	if n, _ := store.Queue().Depth(ctx); n != 1 {
		t.Fatalf("%d jobs queued after the job stopped, want it kept", n)
	}

	// The thief lets go: the job is taken over and finished, each section posted once.
	if err := rdb.Del(ctx, lockKey).Err(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the resumed job", func() bool { return d.Stats().Done.Load() == 1 })
	seen := map[conversation.SectionID]int{}
	for _, rep := range sink.of(bot.ReplySection) {
		seen[rep.Section.ID]++
	}
	for _, id := range conversation.SectionOrder {
		if seen[id] != 1 {
			t.Errorf("section %s posted %d times, want 1", id, seen[id])
		}
	}
	if got := len(sink.of(bot.ReplyDone)); got != 1 {
		t.Errorf("%d closing replies, want 1", got)
	}
}
