package bot_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// held is the scripted designer holding the trade-offs section until release is closed, so a
// test can stop Redis while a draft is half posted.
type held struct {
	scripted
	release chan struct{}
}

func (h *held) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	if id == conversation.Tradeoffs && g.Change == "" {
		select {
		case <-h.release:
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	return h.scripted.Section(ctx, g, id)
}

// outageLength is how long the test keeps Redis down: the 10 s by default. Nothing in
// archbot counts the outage's length (go-redis fails each command at once on a refused
// connection and dials again on the next), so ARCHBOT_TEST_REDIS_OUTAGE=3s shows the same
// faster while working on it.
func outageLength(t *testing.T) time.Duration {
	if v := os.Getenv("ARCHBOT_TEST_REDIS_OUTAGE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("ARCHBOT_TEST_REDIS_OUTAGE=%q: %v", v, err)
		}
		return d
	}
	return 10 * time.Second
}

// syncRecorder is a recorder whose replies can be polled while a turn runs.
type syncRecorder struct{ recorder }

func (r *syncRecorder) has(kind bot.ReplyKind, n int) bool { return len(r.of(kind)) >= n }

// TestRedisOutageTellsUsersAndRecovers stops Redis mid-run: a draft is half posted, follow-ups
// and new designs keep arriving. Everyone who writes during the outage is told to try again in
// a minute, quickly; the half-posted draft waits and is saved once Redis is back; turns after
// the restart succeed without anything being reconnected by hand.
func TestRedisOutageTellsUsersAndRecovers(t *testing.T) {
	ctx := context.Background()
	srv := conversationtest.StartRedis(t)
	rdb := conversationtest.MustOpen(t, srv.URL())
	st := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	d := &held{scripted: scripted{name: "model"}, release: make(chan struct{})}
	outage := outageLength(t)
	e := bot.New(bot.Config{Limiter: st.Limiter(conversation.Limits{DesignsPerUser: 1000, TokensPerTeam: 1e9}),
		StoreWait: outage + 20*time.Second}, st, d, d, quietLog())

	// A thread with a design, for follow-ups during the outage.
	r := teamRef("T1")
	close(d.release)
	if err := e.Handle(ctx, teamMsg(r, "U1", "Design a photo app", true), &recorder{}); err != nil {
		t.Fatal(err)
	}
	d.release = make(chan struct{})

	// A draft that will be half posted when Redis stops.
	draftRef := teamRef("T1")
	draft := &syncRecorder{}
	draftErr := make(chan error, 1)
	go func() { draftErr <- e.Handle(ctx, teamMsg(draftRef, "U2", "Design a chat app", true), draft) }()
	waitFor(t, "the draft's first sections", func() bool { return draft.has(bot.ReplySection, 3) })

	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	stoppedAt := time.Now()
	close(d.release) // the draft finishes writing while Redis is down

	// Users keep writing, several at once: follow-ups in the old thread and new designs.
	type result struct {
		err  error
		rec  *recorder
		took time.Duration
	}
	var (
		mu      sync.Mutex
		results []result
		wg      sync.WaitGroup
		slowest time.Duration
	)
	tick := time.NewTicker(100 * time.Millisecond) // the simulated users' pace
	for i := 0; time.Since(stoppedAt) < outage; i++ {
		m := teamMsg(r, "U3", "why PostgreSQL?", false)
		if i%3 == 2 {
			m = teamMsg(teamRef("T1"), "U3", "Design a URL shortener", true)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := &recorder{}
			start := time.Now()
			err := e.Handle(ctx, m, rec)
			mu.Lock()
			results = append(results, result{err, rec, time.Since(start)})
			mu.Unlock()
		}()
		<-tick.C
	}
	tick.Stop()
	wg.Wait()
	turns := len(results)
	for i, res := range results {
		slowest = max(slowest, res.took)
		errs := res.rec.of(bot.ReplyError)
		if res.err == nil || len(res.rec.replies) != 1 || len(errs) != 1 {
			t.Fatalf("turn %d during the outage: err %v, replies %+v; want exactly one error reply", i, res.err, res.rec.replies)
		}
		if !strings.Contains(errs[0].Text, "try again in a minute") || strings.Contains(errs[0].Text, "refused") {
			t.Fatalf("turn %d told %q, want a plain 'try again in a minute'", i, errs[0].Text)
		}
		if limitCode(res.err) != bot.CodeStoreDown {
			t.Fatalf("turn %d: code %q, want %q", i, limitCode(res.err), bot.CodeStoreDown)
		}
	}
	if slowest > 3*time.Second {
		t.Errorf("slowest answer during the outage took %v; users should hear at once", slowest)
	}
	select {
	case err := <-draftErr:
		t.Fatalf("the half-posted draft ended while Redis was down (%v), want it to wait and save", err)
	default:
	}
	if !draft.has(bot.ReplyProgress, 1) || !strings.Contains(strings.Join(progressTexts(draft), "\n"), "waiting for my memory") {
		t.Errorf("the draft's user was not told it is waiting for Redis: %v", progressTexts(draft))
	}

	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	restartedAt := time.Now()
	if err := conversationtest.Receive(t, "the draft to finish after Redis returned", 30*time.Second, draftErr); err != nil {
		t.Fatalf("draft after Redis returned: %v", err)
	}
	savedAfter := time.Since(restartedAt)
	if !draft.has(bot.ReplyDone, 1) || len(draft.of(bot.ReplySection)) != len(conversation.SectionOrder) {
		t.Fatalf("draft replies after the outage: %v", draft.kinds())
	}
	th, err := st.Load(ctx, draftRef)
	if err != nil || th.Design == nil || th.Design.Version != 1 {
		t.Fatalf("draft not saved after the outage: %+v, %v", th, err)
	}

	// Later turns succeed, with nothing reconnected by hand.
	after := make([]error, 3)
	recs := make([]*recorder, 3)
	for i, m := range []bot.Message{
		teamMsg(r, "U3", "why PostgreSQL?", false),
		teamMsg(draftRef, "U2", "use Cassandra for messages", false),
		teamMsg(teamRef("T1"), "U3", "Design a URL shortener", true),
	} {
		recs[i] = &recorder{}
		wg.Add(1)
		go func() { defer wg.Done(); after[i] = e.Handle(ctx, m, recs[i]) }()
	}
	wg.Wait()
	for i, err := range after {
		if err != nil || len(recs[i].of(bot.ReplyError)) != 0 {
			t.Fatalf("turn %d after the restart: %v %+v", i, err, recs[i].replies)
		}
	}
	t.Logf("Redis down %v: %d turns during it, all told to try again (slowest answer %v); half-posted draft saved %v after the restart; turns after it succeed",
		restartedAt.Sub(stoppedAt).Round(time.Millisecond), turns, slowest.Round(time.Millisecond), savedAfter.Round(time.Millisecond))
}

func progressTexts(r *syncRecorder) []string {
	var out []string
	for _, p := range r.of(bot.ReplyProgress) {
		out = append(out, p.Text)
	}
	return out
}
