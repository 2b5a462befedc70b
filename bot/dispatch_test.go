package bot_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// threads collects what dispatched jobs sent, per thread, whichever replica ran them.
type threads struct {
	mu  sync.Mutex
	got map[string]*recorder
}

func (ts *threads) factory(_ context.Context, msg bot.Message, data map[string]string) (bot.Sink, error) {
	if data["thread"] != msg.Thread.Key() {
		return nil, fmt.Errorf("job data %v does not name thread %s", data, msg.Thread.Key())
	}
	return ts.of(msg.Thread), nil
}

func (ts *threads) of(r conversation.ThreadRef) *recorder {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.got == nil {
		ts.got = map[string]*recorder{}
	}
	rec := ts.got[r.Key()]
	if rec == nil {
		rec = &recorder{}
		ts.got[r.Key()] = rec
	}
	return rec
}

// replica is an engine and a dispatcher on a shared store, as one archbot process would run.
type replica struct {
	d    *bot.Dispatcher
	stop func()
}

func startReplica(t *testing.T, store *redisstore.Store, ts *threads, cfg bot.DispatchConfig) *replica {
	t.Helper()
	e := bot.New(bot.Config{}, store, offline.New(), nil, quietLog())
	d := bot.NewDispatcher(cfg, e, store.Queue(), store.Locks(), store.Ledger(), quietLog())
	return &replica{d: d, stop: runDispatcher(t, d, ts.factory)}
}

// runDispatcher runs d, with the jobs of the "test" platform answered into the sinks of sinks,
// until the test ends or the returned stop is called; an error from Run fails the test.
func runDispatcher(t *testing.T, d *bot.Dispatcher, sinks bot.SinkFactory) (stop func()) {
	t.Helper()
	d.Register("test", sinks)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := d.Run(ctx); err != nil {
			t.Errorf("dispatcher: %v", err)
		}
	}()
	stop = sync.OnceFunc(func() { cancel(); <-done })
	t.Cleanup(stop)
	return stop
}

// into answers every job into sink.
func into(sink bot.Sink) bot.SinkFactory {
	return func(context.Context, bot.Message, map[string]string) (bot.Sink, error) { return sink, nil }
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	// A deadline only bounds a failure: a Redis restart and the lock renewal's dial retries once
	// took over 20 s under the race detector on two cores busy with other builds.
	conversationtest.WaitFor(t, what, time.Minute, cond)
}

func submit(t *testing.T, d *bot.Dispatcher, m bot.Message) bool {
	t.Helper()
	ok, err := d.Submit(context.Background(), m, map[string]string{"thread": m.Thread.Key()})
	if err != nil {
		t.Fatalf("submit: %v", err)
	}
	return ok
}

const problem = "Design an Instagram-like photo sharing app for 50M DAU"

// takenByADeadReplica queues m (once: a second delivery of its event is refused) and has a replica
// read its job off the queue and die: the job stays pending until a live replica claims it after
// cfg.ClaimAfter.
func takenByADeadReplica(t *testing.T, store *redisstore.Store, cfg bot.DispatchConfig, m bot.Message) *conversation.Job {
	t.Helper()
	dead := bot.NewDispatcher(cfg, nil, store.Queue(), store.Locks(), store.Ledger(), quietLog())
	if !submit(t, dead, m) {
		t.Fatal("first delivery refused")
	}
	if submit(t, dead, m) {
		t.Fatal("second delivery of the same event queued")
	}
	jobs, err := store.Queue().Read(context.Background(), "dead", 1, time.Second)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("dead replica read %d jobs (%v)", len(jobs), err)
	}
	return jobs[0]
}

// resumed starts a live replica and returns it, stopped, and what it sent to thread r once the
// design it took over from a dead replica is done.
func resumed(t *testing.T, store *redisstore.Store, cfg bot.DispatchConfig, r conversation.ThreadRef) (*replica, *recorder) {
	t.Helper()
	ts := &threads{}
	alive := startReplica(t, store, ts, cfg)
	rec := ts.of(r)
	waitFor(t, "the resumed design to finish", func() bool { return len(rec.of(bot.ReplyDone)) == 1 })
	alive.stop()
	return alive, rec
}

// A replica died after claiming the thread and posting the first section: another replica takes
// the job over after ClaimAfter and posts the rest, each section once, despite the event id
// having been seen.
func TestDispatcherResumesAJobADeadReplicaLeft(t *testing.T) {
	ctx := context.Background()
	store := conversationtest.MustRedisStore(t)
	r := ref()
	// ClaimAfter is short so the takeover comes quickly, but not so short that the live worker's
	// own heartbeat (every quarter of it) misses it on a loaded machine: at 500 ms and load
	// average 20 the live replica's job was reclaimed from itself and resumed twice.
	cfg := bot.DispatchConfig{ClaimAfter: 2 * time.Second, Workers: 4}

	// The dead replica: it took the job, claimed the thread, posted one section and held the lock.
	job := takenByADeadReplica(t, store, cfg, msg(r, problem, true))
	now := time.Now().UTC()
	if err := store.Save(ctx, &conversation.Thread{Ref: r, Owner: "ana", Problem: problem, CreatedAt: now, UpdatedAt: now}); err != nil {
		t.Fatal(err)
	}
	first := conversation.SectionOrder[0]
	if err := store.Ledger().Record(ctx, r, job.Key, "section/v1/"+string(first), bot.PostDone); err != nil {
		t.Fatal(err)
	}
	if ok, err := store.Locks().Acquire(ctx, r, "dead-token", cfg.ClaimAfter); err != nil || !ok {
		t.Fatalf("dead replica's lock: %v %v", ok, err)
	}

	alive, rec := resumed(t, store, cfg, r)
	posted := map[conversation.SectionID]int{}
	for _, rep := range rec.of(bot.ReplySection) {
		posted[rep.Section.ID]++
	}
	for _, id := range conversation.SectionOrder {
		want := 1
		if id == first {
			want = 0 // the dead replica posted it
		}
		if posted[id] != want {
			t.Errorf("section %s posted %d times, want %d", id, posted[id], want)
		}
	}
	if n := len(rec.of(bot.ReplyError)); n != 0 {
		t.Errorf("%d error replies: %v", n, rec.of(bot.ReplyError)[0].Text)
	}
	if got := alive.d.Stats().Resumed.Load(); got != 1 {
		t.Errorf("resumed %d jobs, want 1", got)
	}
	th, err := store.Load(ctx, r)
	if err != nil || th.Design == nil || th.Design.Version != 1 {
		t.Fatalf("thread after the resumed design: %+v, %v", th, err)
	}
	if n, _ := store.Queue().Depth(ctx); n != 0 {
		t.Errorf("%d jobs left on the queue", n)
	}
}

// A design saved by a run that died before posting its end is finished, not taken for a
// follow-up: only the missing replies go out.
func TestDispatcherRepostsWhatADeadRunDidNotPost(t *testing.T) {
	ctx := context.Background()
	store := conversationtest.MustRedisStore(t)
	r := ref()
	cfg := bot.DispatchConfig{ClaimAfter: 500 * time.Millisecond}

	// Draft the design directly, as the dead run did, and record that everything but the
	// diagram, the document and the closing message went out.
	e := bot.New(bot.Config{}, store, offline.New(), nil, quietLog())
	if err := e.Handle(ctx, bot.Message{Thread: r, Author: "ana", Text: problem, New: true}, &recorder{}); err != nil {
		t.Fatal(err)
	}
	job := takenByADeadReplica(t, store, cfg, msg(r, problem, true))
	for _, id := range conversation.SectionOrder {
		if err := store.Ledger().Record(ctx, r, job.Key, "section/v1/"+string(id), bot.PostDone); err != nil {
			t.Fatal(err)
		}
	}

	_, rec := resumed(t, store, cfg, r)
	got := fmt.Sprint(rec.kinds())
	if want := fmt.Sprint([]bot.ReplyKind{bot.ReplyDiagram, bot.ReplyDocument, bot.ReplyDone}); got != want {
		t.Fatalf("resumed run sent %s, want %s", got, want)
	}
	if th, _ := store.Load(ctx, r); th.Design.Version != 1 {
		t.Fatalf("version %d after resuming, want 1", th.Design.Version)
	}
}

// Ten changes sent at once to one thread through two replicas are applied one after another:
// none is lost to a conflict, none is applied twice.
func TestDispatcherAppliesConcurrentChangesInTurn(t *testing.T) {
	ctx := context.Background()
	store := conversationtest.MustRedisStore(t)
	ts := &threads{}
	cfg := bot.DispatchConfig{ClaimAfter: 2 * time.Second, Workers: 8}
	a := startReplica(t, store, ts, cfg)
	b := startReplica(t, store, ts, cfg)
	r := ref()
	submit(t, a.d, msg(r, problem, true))
	rec := ts.of(r)
	waitFor(t, "v1", func() bool { return len(rec.of(bot.ReplyDone)) == 1 })

	var wg sync.WaitGroup
	for i := range 10 {
		d := []*bot.Dispatcher{a.d, b.d}[i%2]
		wg.Go(func() { submit(t, d, msg(r, fmt.Sprintf("make it %dM DAU", 110+10*i), false)) })
	}
	wg.Wait()
	waitFor(t, "ten new documents", func() bool { return len(rec.of(bot.ReplyDocument)) == 11 })
	a.stop()
	b.stop()
	th, err := store.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 11 {
		t.Fatalf("version %d after ten changes, want 11", th.Design.Version)
	}
	if n := len(rec.of(bot.ReplyError)); n != 0 {
		t.Fatalf("%d error replies, first: %s", n, rec.of(bot.ReplyError)[0].Text)
	}
	if got := a.d.Stats().Done.Load() + b.d.Stats().Done.Load(); got != 11 {
		t.Fatalf("%d jobs done, want 11", got)
	}
	// What each replica's /metrics shows of it.
	var submitted, done float64
	for _, d := range []*bot.Dispatcher{a.d, b.d} {
		reg := prometheus.NewRegistry()
		reg.MustRegister(d.Collector())
		fams, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fams {
			if f.GetName() != "archbot_jobs_total" {
				continue
			}
			for _, m := range f.GetMetric() {
				switch m.GetLabel()[0].GetValue() {
				case "submitted":
					submitted += m.GetCounter().GetValue()
				case "done":
					done += m.GetCounter().GetValue()
				}
			}
		}
	}
	if submitted != 11 || done != 11 {
		t.Fatalf("archbot_jobs_total: submitted %v, done %v over both replicas; want 11 and 11", submitted, done)
	}
}

// blocking is a sink that holds the first section until released or cancelled.
type blocking struct {
	recorder
	started chan struct{}
	once    sync.Once
}

func (b *blocking) Send(ctx context.Context, rep bot.Reply) error {
	if rep.Kind == bot.ReplySection {
		b.once.Do(func() { close(b.started) })
		<-ctx.Done()
		return ctx.Err()
	}
	return b.recorder.Send(ctx, rep)
}

// On shutdown a job that does not finish within ShutdownTimeout goes back to the queue at once,
// marked as resumed, for another replica to continue.
func TestDispatcherHandsBackUnfinishedJobsOnShutdown(t *testing.T) {
	ctx := context.Background()
	store := conversationtest.MustRedisStore(t)
	sink := &blocking{started: make(chan struct{})}
	e := bot.New(bot.Config{}, store, offline.New(), nil, quietLog())
	d := bot.NewDispatcher(bot.DispatchConfig{ShutdownTimeout: 200 * time.Millisecond, ClaimAfter: time.Minute}, e, store.Queue(), store.Locks(), store.Ledger(), quietLog())
	d.Register("test", into(sink))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()
	submit(t, d, msg(ref(), problem, true))
	conversationtest.Receive(t, "the job to start", 20*time.Second, sink.started)
	cancel()
	if err := conversationtest.Receive(t, "Run to return after the shutdown timeout", 10*time.Second, done); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if got := d.Stats().HandedBack.Load(); got != 1 {
		t.Fatalf("handed back %d jobs, want 1", got)
	}
	jobs, err := store.Queue().Read(ctx, "next", 10, time.Second)
	if err != nil || len(jobs) != 1 || !jobs[0].Resumed {
		t.Fatalf("queue after shutdown holds %v (%v), want the job, marked resumed", jobs, err)
	}
}
