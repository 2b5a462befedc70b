package redisstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// The queue, the locks and the ledger run the same on one server and on a 3-master Cluster,
// where a script touching keys in two slots would fail with CROSSSLOT.
func TestWorkDistribution(t *testing.T) {
	cluster := conversationtest.StartRedisCluster(t, 3)
	for _, tt := range []struct {
		name  string
		store func(t *testing.T) *redisstore.Store
	}{
		{"standalone", func(t *testing.T) *redisstore.Store { return conversationtest.MustRedisStore(t) }},
		{"cluster", func(t *testing.T) *redisstore.Store {
			return redisstore.New(conversationtest.MustOpen(t, cluster.URL()),
				redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Run("queue", func(t *testing.T) { testQueue(t, tt.store(t)) })
			t.Run("locks", func(t *testing.T) { testLocks(t, tt.store(t)) })
			t.Run("ledger", func(t *testing.T) { testLedger(t, tt.store(t)) })
			t.Run("mark", func(t *testing.T) { testMark(t, tt.store(t)) })
			t.Run("lock and load", func(t *testing.T) { testAcquireLoad(t, tt.store(t)) })
			t.Run("finish", func(t *testing.T) { testFinish(t, tt.store(t)) })
			t.Run("enqueue owned", func(t *testing.T) { testEnqueueOwned(t, tt.store(t)) })
			t.Run("finish counts tokens", func(t *testing.T) { testFinishCountsTokens(t, tt.store(t)) })
		})
	}
}

func testQueue(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	q := s.Queue()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: "1.0"}
	job := func(key, event string) *conversation.Job {
		return &conversation.Job{Key: key, Thread: ref, Text: "design " + key, EventID: event, New: true,
			Data: map[string]string{"channel": "C1"}}
	}
	for _, tt := range []struct {
		job  *conversation.Job
		want bool
	}{
		{job("a", "Ev1"), true},
		{job("a2", "Ev1"), false}, // the same event delivered again
		{job("b", ""), true},      // no event id: nothing to deduplicate on
		{job("c", "Ev2"), true},
	} {
		ok, err := q.Enqueue(ctx, tt.job, time.Hour)
		if err != nil {
			t.Fatalf("enqueue %s: %v", tt.job.Key, err)
		}
		if ok != tt.want {
			t.Fatalf("enqueue %s = %v, want %v", tt.job.Key, ok, tt.want)
		}
	}

	got, err := q.Read(ctx, "one", 10, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Key != "a" || got[1].Key != "b" || got[2].Key != "c" {
		t.Fatalf("read %d jobs %v, want a, b, c", len(got), got)
	}
	if got[0].Data["channel"] != "C1" || !got[0].New || got[0].Thread != ref || got[0].Resumed {
		t.Fatalf("job read back as %+v", got[0])
	}
	if more, err := q.Read(ctx, "two", 10, 50*time.Millisecond); err != nil || len(more) != 0 {
		t.Fatalf("second reader got %d jobs (%v), want none: each job goes to one consumer", len(more), err)
	}

	// "one" finishes a, hands b back, and dies holding c.
	if err := q.Ack(ctx, got[0].ID); err != nil {
		t.Fatal(err)
	}
	if p, err := q.Pending(ctx, got[0].ID); err != nil || p {
		t.Fatalf("acked job pending=%v (%v)", p, err)
	}
	if err := q.HandBack(ctx, got[1], true); err != nil {
		t.Fatal(err)
	}
	back, err := q.Read(ctx, "two", 10, 100*time.Millisecond)
	if err != nil || len(back) != 1 || back[0].Key != "b" || !back[0].Resumed {
		t.Fatalf("after hand-back, read %v (%v), want b marked resumed", back, err)
	}
	if held, err := q.Touch(ctx, "one", got[2].ID); err != nil || !held {
		t.Fatalf("touch by its consumer = %v (%v)", held, err)
	}
	if early, err := q.Reclaim(ctx, "two", time.Hour, 10); err != nil || len(early) != 0 {
		t.Fatalf("reclaimed %d jobs before they were idle long enough (%v)", len(early), err)
	}
	deadline := time.Now().Add(5 * time.Second)
	// b is "two"'s own and goes idle too; c is the dead consumer's.
	var reclaimed []*conversation.Job
	keys := map[string]bool{}
	for !keys["c"] && time.Now().Before(deadline) {
		got, err := q.Reclaim(ctx, "two", 50*time.Millisecond, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range got {
			keys[j.Key] = j.Resumed
		}
		reclaimed = append(reclaimed, got...)
	}
	if !keys["c"] {
		t.Fatalf("reclaimed %v, want c marked resumed", reclaimed)
	}
	if held, err := q.Touch(ctx, "one", got[2].ID); err != nil || held {
		t.Fatalf("touch by the consumer that lost the job = %v (%v), want false", held, err)
	}
	for _, j := range append(back, reclaimed...) {
		if err := q.Ack(ctx, j.ID); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := q.Depth(ctx); err != nil || n != 0 {
		t.Fatalf("depth %d (%v) after every job was acked, want 0", n, err)
	}
	// Handing back a job that someone finished meanwhile adds nothing.
	if err := q.HandBack(ctx, got[2], true); err != nil {
		t.Fatal(err)
	}
	if n, _ := q.Depth(ctx); n != 0 {
		t.Fatalf("depth %d after handing back a finished job, want 0", n)
	}
}

func testLocks(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	l := s.Locks()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: "2.0"}
	if ok, err := l.Acquire(ctx, ref, "A", time.Minute); err != nil || !ok {
		t.Fatalf("first acquire = %v (%v)", ok, err)
	}
	if ok, _ := l.Acquire(ctx, ref, "B", time.Minute); ok {
		t.Fatal("a second holder got the lock")
	}
	if ok, _ := l.Renew(ctx, ref, "B", time.Minute); ok {
		t.Fatal("a non-holder renewed the lock")
	}
	if ok, _ := l.Release(ctx, ref, "B"); ok {
		t.Fatal("a non-holder released the lock")
	}
	if ok, err := l.Renew(ctx, ref, "A", 100*time.Millisecond); err != nil || !ok {
		t.Fatalf("holder's renew = %v (%v)", ok, err)
	}
	// The short TTL runs out: a holder that died blocks the thread only that long.
	var acqErr error
	free := conversationtest.Eventually(5*time.Second, func() bool {
		ok, err := l.Acquire(ctx, ref, "B", time.Minute)
		acqErr = err
		return ok || err != nil
	})
	if acqErr != nil {
		t.Fatal(acqErr)
	}
	if !free {
		t.Fatal("expired lock never became free")
	}
	if ok, _ := l.Release(ctx, ref, "A"); ok {
		t.Fatal("the old holder released its successor's lock")
	}
	if ok, err := l.Release(ctx, ref, "B"); err != nil || !ok {
		t.Fatalf("holder's release = %v (%v)", ok, err)
	}
}

func testLedger(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	l := s.Ledger()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: "3.0"}
	for _, name := range []string{"section/v1/overview", "section/v1/capacity"} {
		if err := l.Record(ctx, ref, "job1", name, "pending"); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Record(ctx, ref, "job1", "section/v1/overview", "done"); err != nil {
		t.Fatal(err)
	}
	got, err := l.Posted(ctx, ref, "job1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["section/v1/overview"] != "done" || got["section/v1/capacity"] != "pending" {
		t.Fatalf("posted %v", got)
	}
	if other, _ := l.Posted(ctx, ref, "job2"); len(other) != 0 {
		t.Fatalf("another job's ledger holds %v", other)
	}
}

// Only the lock's holder may mark replies, which is what keeps a run that lost its thread from
// posting; a mark renews the lock and never turns done back into pending.
func testMark(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	l, locks := s.Ledger(), s.Locks()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: "4.0"}
	if held, err := l.Mark(ctx, ref, "job1", "A", time.Minute, nil, []string{"text/v1/0"}); err != nil || held {
		t.Fatalf("mark without the lock = %v (%v), want false", held, err)
	}
	if got, _ := l.Posted(ctx, ref, "job1"); len(got) != 0 {
		t.Fatalf("a mark without the lock wrote %v", got)
	}
	if ok, err := locks.Acquire(ctx, ref, "A", 200*time.Millisecond); err != nil || !ok {
		t.Fatalf("acquire = %v (%v)", ok, err)
	}
	if held, err := l.Mark(ctx, ref, "job1", "B", time.Minute, nil, []string{"text/v1/0"}); err != nil || held {
		t.Fatalf("mark by a non-holder = %v (%v), want false", held, err)
	}
	if held, err := l.Mark(ctx, ref, "job1", "A", time.Minute, nil, []string{"text/v1/0", "section/v1/api"}); err != nil || !held {
		t.Fatalf("holder's mark = %v (%v)", held, err)
	}
	if held, err := l.Mark(ctx, ref, "job1", "A", time.Minute, []string{"text/v1/0"}, []string{"document/v1/0", "text/v1/0"}); err != nil || !held {
		t.Fatalf("holder's second mark = %v (%v)", held, err)
	}
	got, err := l.Posted(ctx, ref, "job1")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"text/v1/0": "done", "section/v1/api": "pending", "document/v1/0": "pending"}
	if len(got) != len(want) {
		t.Fatalf("ledger %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("ledger %v, want %v", got, want)
		}
	}
	// The mark renewed the 200ms lock to a minute: nobody else can take it.
	if ok := conversationtest.Eventually(400*time.Millisecond, func() bool {
		ok, _ := locks.Acquire(ctx, ref, "B", time.Minute)
		return ok
	}); ok {
		t.Fatal("the lock expired although a mark renewed it")
	}
}

// AcquireLoad takes the lock and reads the thread in one step, and reads nothing when the lock
// is taken.
func testAcquireLoad(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	locks := s.Locks()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: "5.0"}
	held, th, err := locks.AcquireLoad(ctx, ref, "A", time.Minute)
	if err != nil || !held || th != nil {
		t.Fatalf("lock and load a thread without state = %v, %v (%v); want the lock and no thread", held, th, err)
	}
	now := time.Now().UTC()
	if err := s.Save(ctx, &conversation.Thread{Ref: ref, Owner: "ana", Problem: "a feed", CreatedAt: now, UpdatedAt: now}); err != nil {
		t.Fatal(err)
	}
	if held, th, err := locks.AcquireLoad(ctx, ref, "B", time.Minute); err != nil || held || th != nil {
		t.Fatalf("lock and load of a held lock = %v, %v (%v); want neither", held, th, err)
	}
	if ok, err := locks.Release(ctx, ref, "A"); err != nil || !ok {
		t.Fatalf("release = %v (%v)", ok, err)
	}
	held, th, err = locks.AcquireLoad(ctx, ref, "B", time.Minute)
	if err != nil || !held || th == nil {
		t.Fatalf("lock and load = %v, %v (%v)", held, th, err)
	}
	loaded, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if th.Rev != loaded.Rev || th.Problem != "a feed" || th.Owner != "ana" || th.Ref != ref {
		t.Fatalf("lock and load read %+v, Load reads %+v", th, loaded)
	}
	// What it read saves like what Load reads: the revision is the one compare-and-set expects.
	th.Problem = "a feed, changed"
	if err := s.Save(ctx, th); err != nil {
		t.Fatalf("save what lock and load read: %v", err)
	}
}

// Finish confirms the last posts, releases the holder's lock and acknowledges the job at once;
// a second Finish (a retry) changes nothing, and a non-holder's leaves the lock alone.
func testFinish(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	q, locks, l := s.Queue(), s.Locks(), s.Ledger()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: "6.0"}
	j := &conversation.Job{Key: "jobf", Thread: ref, Text: "x", New: true}
	if ok, err := q.Enqueue(ctx, j, time.Hour); err != nil || !ok {
		t.Fatalf("enqueue = %v (%v)", ok, err)
	}
	jobs, err := q.Read(ctx, "c1", 10, time.Second)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("read %d jobs (%v)", len(jobs), err)
	}
	if ok, err := locks.Acquire(ctx, ref, "A", time.Minute); err != nil || !ok {
		t.Fatalf("acquire = %v (%v)", ok, err)
	}
	if held, err := l.Mark(ctx, ref, "jobf", "A", time.Minute, nil, []string{"text/v1/0"}); err != nil || !held {
		t.Fatalf("mark = %v (%v)", held, err)
	}
	if _, err := q.Finish(ctx, jobs[0], "B", nil, conversation.TokenSpend{}); err != nil {
		t.Fatal(err)
	}
	if ok, _ := locks.Acquire(ctx, ref, "C", time.Minute); ok {
		t.Fatal("a non-holder's Finish released the lock")
	}
	for range 2 {
		if _, err := q.Finish(ctx, jobs[0], "A", []string{"text/v1/0"}, conversation.TokenSpend{}); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := l.Posted(ctx, ref, "jobf"); got["text/v1/0"] != "done" {
		t.Fatalf("ledger after Finish %v, want text/v1/0 done", got)
	}
	if pending, err := q.Pending(ctx, jobs[0].ID); err != nil || pending {
		t.Fatalf("job pending after Finish = %v (%v)", pending, err)
	}
	if ok, err := locks.Acquire(ctx, ref, "C", time.Minute); err != nil || !ok {
		t.Fatalf("lock after the holder's Finish = %v (%v), want free", ok, err)
	}
}

// A reply in a channel thread is queued only if the thread is archbot's; the check and the
// event's dedup are one call.
func testEnqueueOwned(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	q := s.Queue()
	ref := conversation.ThreadRef{Platform: "slack", Channel: "C7", ThreadID: "7.0"}
	job := func(key, event string) *conversation.Job {
		return &conversation.Job{Key: key, Thread: ref, Text: "why?", EventID: event}
	}
	if queued, owned, err := q.EnqueueOwned(ctx, job("a", "Ev7"), time.Hour); err != nil || queued || owned {
		t.Fatalf("enqueue in a thread without state = queued %v, owned %v (%v); want neither", queued, owned, err)
	}
	if err := s.Save(ctx, &conversation.Thread{Ref: ref, Problem: "a URL shortener"}); err != nil {
		t.Fatal(err)
	}
	// The refused delivery left no dedup mark: the same event counts once the thread is archbot's.
	for _, tt := range []struct {
		job          *conversation.Job
		queued, owns bool
	}{
		{job("b", "Ev7"), true, true},
		{job("c", "Ev7"), false, true}, // delivered again, to another replica
	} {
		queued, owned, err := q.EnqueueOwned(ctx, tt.job, time.Hour)
		if err != nil || queued != tt.queued || owned != tt.owns {
			t.Fatalf("enqueue %s = queued %v, owned %v (%v); want %v, %v", tt.job.Key, queued, owned, err, tt.queued, tt.owns)
		}
	}
	jobs, err := q.Read(ctx, "c1", 10, time.Second)
	if err != nil || len(jobs) != 1 || jobs[0].Key != "b" {
		t.Fatalf("read %d jobs (%v), want job b alone", len(jobs), err)
	}
}

// Finish counts a job's tokens when the queue counts for the engine's limiter, and the limiter's
// view of the day (CanSpend) sees them.
func testFinishCountsTokens(t *testing.T, s *redisstore.Store) {
	ctx := context.Background()
	q := s.Queue()
	ref := conversation.ThreadRef{Platform: "slack", Team: "T9", Channel: "C9", ThreadID: "9.0"}
	run := func(key string) *conversation.Job {
		if ok, err := q.Enqueue(ctx, &conversation.Job{Key: key, Thread: ref, Text: "x"}, time.Hour); err != nil || !ok {
			t.Fatalf("enqueue = %v (%v)", ok, err)
		}
		jobs, err := q.Read(ctx, "c1", 1, time.Second)
		if err != nil || len(jobs) != 1 {
			t.Fatalf("read %d jobs (%v)", len(jobs), err)
		}
		return jobs[0]
	}
	spend := conversation.TokenSpend{Team: "T9", User: "U9", Tokens: 600}
	if counted, err := q.Finish(ctx, run("j1"), "A", nil, spend); err != nil || counted {
		t.Fatalf("Finish without a limiter = counted %v (%v), want false", counted, err)
	}
	l := s.Limiter(conversation.Limits{TokensPerUser: 1000})
	q.CountTokens(l)
	for i, want := range []bool{true, true} {
		counted, err := q.Finish(ctx, run("j"+string(rune('2'+i))), "A", nil, spend)
		if err != nil || counted != want {
			t.Fatalf("Finish %d = counted %v (%v), want %v", i, counted, err, want)
		}
	}
	// 1,200 tokens counted; the first 600, left to the caller, were not.
	var qe *conversation.QuotaError
	if err := l.CanSpend(ctx, "T9", "U9"); !errors.As(err, &qe) || qe.Quota != conversation.QuotaUserTokens {
		t.Fatalf("CanSpend after 1,200 of 1,000 tokens = %v, want the user's token quota", err)
	}
	if depth, err := q.Depth(ctx); err != nil || depth != 0 {
		t.Fatalf("queue depth after the jobs finished = %d (%v), want 0", depth, err)
	}
}
