package redisstore_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

var ref = conversation.ThreadRef{Platform: "slack", Team: "T1", Channel: "C42", ThreadID: "1700000000.000100"}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRedisStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := conversationtest.MustRedisStore(t)
	th := conversationtest.LargeThread(ref, 1)
	if err := s.Save(ctx, th); err != nil {
		t.Fatalf("Save: %v", err)
	}
	if th.Rev != 1 {
		t.Fatalf("Rev after first Save=%d, want 1", th.Rev)
	}
	got, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if g, w := mustJSON(t, withWholeLog(t, s, got)), mustJSON(t, th); g != w {
		t.Fatalf("loaded thread differs from saved one:\n got %.300s\nwant %.300s", g, w)
	}

	got.Summary = "changed"
	if err := s.Save(ctx, got); err != nil {
		t.Fatalf("second Save: %v", err)
	}
	again, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if again.Rev != 2 || again.Summary != "changed" {
		t.Fatalf("after second Save: rev=%d summary=%q, want 2 and %q", again.Rev, again.Summary, "changed")
	}
}

func TestRedisStoreTTL(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustRedisClient(t)
	ttl := 2 * time.Hour
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t), ThreadTTL: ttl})
	th := &conversation.Thread{Ref: ref}
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	key := s.Key(ref, "thread")
	if got := rdb.PTTL(ctx, key).Val(); got <= ttl-time.Minute || got > ttl {
		t.Fatalf("TTL after Save=%v, want about %v", got, ttl)
	}
	// Every Save restarts the idle clock.
	if err := rdb.Expire(ctx, key, time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	if got := rdb.PTTL(ctx, key).Val(); got <= ttl-time.Minute {
		t.Fatalf("TTL after a second Save=%v, want it restarted to about %v", got, ttl)
	}

	def := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	if err := def.Save(ctx, &conversation.Thread{Ref: ref}); err != nil {
		t.Fatal(err)
	}
	if got := rdb.TTL(ctx, def.Key(ref, "thread")).Val(); got <= 30*24*time.Hour-time.Minute || got > 30*24*time.Hour {
		t.Fatalf("default TTL=%v, want 30 days", got)
	}
}

func TestRedisStoreKey(t *testing.T) {
	s := redisstore.New(nil, redisstore.Options{})
	if got, want := s.Key(ref, "thread"), "archbot:{slack:C42:1700000000.000100}:thread"; got != want {
		t.Fatalf("Key=%q, want %q", got, want)
	}
	p := redisstore.New(nil, redisstore.Options{KeyPrefix: "x:"})
	if got, want := p.Key(ref, "lock"), "x:{slack:C42:1700000000.000100}:lock"; got != want {
		t.Fatalf("Key with prefix=%q, want %q", got, want)
	}
}

// On a real 3-master Cluster the store works, and all keys of one thread share a slot (so
// scripts over several of them are allowed) while different threads spread over the nodes.
func TestRedisStoreOnCluster(t *testing.T) {
	ctx := context.Background()
	cluster := conversationtest.StartRedisCluster(t, 3)
	rdb := conversationtest.MustOpen(t, cluster.URL())
	if _, ok := rdb.(*redis.ClusterClient); !ok {
		t.Fatalf("OpenRedis(%s) gave a %T, want a cluster client", cluster.URL(), rdb)
	}
	s := redisstore.New(rdb, redisstore.Options{})

	slot := func(key string) int64 {
		t.Helper()
		n, err := rdb.ClusterKeySlot(ctx, key).Result()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if a, b := slot(s.Key(ref, "thread")), slot(s.Key(ref, "lock")); a != b {
		t.Fatalf("thread and lock keys hash to slots %d and %d, want one slot", a, b)
	}
	slots := map[int64]bool{}
	for i := range 50 {
		r := conversation.ThreadRef{Platform: "slack", Channel: "C1", ThreadID: fmt.Sprint(i)}
		slots[slot(s.Key(r, "thread"))/(16384/3+1)] = true
		th := &conversation.Thread{Ref: r, Problem: fmt.Sprint("problem ", i)}
		if err := s.Save(ctx, th); err != nil {
			t.Fatalf("Save on cluster: %v", err)
		}
		got, err := s.Load(ctx, r)
		if err != nil || got.Problem != th.Problem || got.Rev != 1 {
			t.Fatalf("Load on cluster=%+v, %v; want the saved thread at rev 1", got, err)
		}
		th.Rev = 0
		if err := s.Save(ctx, th); !errors.Is(err, conversation.ErrConflict) {
			t.Fatalf("stale Save on cluster: err=%v, want ErrConflict", err)
		}
	}
	if len(slots) != 3 {
		t.Fatalf("50 threads landed on %d of 3 nodes' slot ranges, want all 3", len(slots))
	}
	if first, err := s.FirstSeen(ctx, "Ev1", time.Hour); err != nil || !first {
		t.Fatalf("FirstSeen on cluster=%v, %v; want true", first, err)
	}
	if first, err := s.FirstSeen(ctx, "Ev1", time.Hour); err != nil || first {
		t.Fatalf("second FirstSeen on cluster=%v, %v; want false", first, err)
	}
}

func TestRedisStoreFirstSeen(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustRedisClient(t)
	prefix := conversationtest.UniquePrefix(t)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: prefix})
	// A second store on the same Redis plays another replica.
	other := redisstore.New(conversationtest.MustRedisClient(t), redisstore.Options{KeyPrefix: prefix})

	first, err := s.FirstSeen(ctx, "Ev1", time.Hour)
	if err != nil || !first {
		t.Fatalf("FirstSeen(Ev1)=%v, %v; want true", first, err)
	}
	first, err = other.FirstSeen(ctx, "Ev1", time.Hour)
	if err != nil || first {
		t.Fatalf("FirstSeen(Ev1) again on another replica=%v, %v; want false", first, err)
	}
	first, err = s.FirstSeen(ctx, "Ev2", time.Hour)
	if err != nil || !first {
		t.Fatalf("FirstSeen(Ev2)=%v, %v; want true", first, err)
	}
	if got := rdb.TTL(ctx, prefix+"seen:Ev1").Val(); got <= 59*time.Minute || got > time.Hour {
		t.Fatalf("event id TTL=%v, want about 1h", got)
	}
	// Once the id expires it is new again. Expire it now rather than wait.
	if err := rdb.Del(ctx, prefix+"seen:Ev1").Err(); err != nil {
		t.Fatal(err)
	}
	if first, err = s.FirstSeen(ctx, "Ev1", time.Hour); err != nil || !first {
		t.Fatalf("FirstSeen(Ev1) after expiry=%v, %v; want true", first, err)
	}
	for range 2 {
		if first, err = s.FirstSeen(ctx, "", time.Hour); err != nil || !first {
			t.Fatalf("FirstSeen(\"\")=%v, %v; want true: an event without id is never a duplicate", first, err)
		}
	}
	if _, err := s.FirstSeen(ctx, "Ev3", 0); err == nil {
		t.Fatal("FirstSeen with ttl 0: want an error, a key without expiry would live forever")
	}
}

func TestRedisStoreCorruptData(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustRedisClient(t)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	key := s.Key(ref, "thread")
	tests := []struct {
		name, rev, data string
		wantErr         string // "" means it loads
	}{
		{"garbage", "3", "not json", "neither gzip nor JSON"},
		{"truncated gzip", "3", "\x1f\x8b\x08\x00", "decompress"},
		{"bad revision", "x", "{}", "bad revision"},
		{"plain JSON", "3", `{"problem":"hand-repaired"}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := rdb.HSet(ctx, key, "rev", tt.rev, "data", tt.data).Err(); err != nil {
				t.Fatal(err)
			}
			th, err := s.Load(ctx, ref)
			if tt.wantErr == "" {
				if err != nil || th.Problem != "hand-repaired" || th.Rev != 3 {
					t.Fatalf("Load=%+v, %v; want the plain JSON thread at rev 3", th, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), ref.Key()) {
				t.Fatalf("Load err=%v, want one naming the thread and containing %q", err, tt.wantErr)
			}
			if errors.Is(err, conversation.ErrNotFound) {
				t.Fatalf("corrupt state reported as not found, which would let a new design overwrite it")
			}
		})
	}
}

// largeThreadStore is a store of its own on the shared Redis, holding LargeThread(ref, seed),
// whose client passes every command to hook.
func largeThreadStore(t *testing.T, hook redis.Hook, seed uint64) *redisstore.Store {
	t.Helper()
	rdb := conversationtest.MustRedisClient(t)
	rdb.AddHook(hook)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	if err := s.Save(context.Background(), conversationtest.LargeThread(ref, seed)); err != nil {
		t.Fatal(err)
	}
	return s
}

// followUp does a follow-up turn's store work on the thread at ref: load it, add the turn, save
// it. It returns the thread as saved.
func followUp(t *testing.T, s *redisstore.Store, text string) *conversation.Thread {
	t.Helper()
	ctx := context.Background()
	th, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	th.AddTurn(conversation.Turn{Author: "U1", Text: text})
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	return th
}

// The round trips of one follow-up turn's store work: FirstSeen, Load, Save. Issue 7 allows four.
func TestRedisStoreRoundTripsPerTurn(t *testing.T) {
	ctx := context.Background()
	counter := &countHook{}
	s := largeThreadStore(t, counter, 2)
	counter.reset() // the first Save may load the script; steady state is what counts
	for i := range 10 {
		if _, err := s.FirstSeen(ctx, fmt.Sprint("ev", i), time.Hour); err != nil {
			t.Fatal(err)
		}
		followUp(t, s, "make it multi-region")
	}
	if got := counter.n(); got != 30 {
		t.Fatalf("round trips for 10 turns=%d, want 30 (FirstSeen, Load, Save each one)", got)
	}
}

// countHook counts commands and pipelines sent, i.e. round trips.
type countHook struct {
	mu    sync.Mutex
	count int
}

func (h *countHook) reset()                                      { h.mu.Lock(); h.count = 0; h.mu.Unlock() }
func (h *countHook) n() int                                      { h.mu.Lock(); defer h.mu.Unlock(); return h.count }
func (h *countHook) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *countHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.mu.Lock()
		h.count++
		h.mu.Unlock()
		return next(ctx, cmd)
	}
}
func (h *countHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.mu.Lock()
		h.count++
		h.mu.Unlock()
		return next(ctx, cmds)
	}
}

// Issue 7 budgets 64 KiB of Redis memory per thread after 50 turns.
func TestRedisStoreMemoryPerLargeThread(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustRedisClient(t)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	th := conversationtest.LargeThread(ref, 3)
	if th.RevisionCount() != conversation.MaxRevisions || len(th.Design.Sections) != 13 || len(th.Design.Components) != 12 {
		t.Fatalf("LargeThread: %d revisions, %d sections, %d components; want %d, 13, 12",
			th.RevisionCount(), len(th.Design.Sections), len(th.Design.Components), conversation.MaxRevisions)
	}
	raw, err := json.Marshal(th)
	if err != nil {
		t.Fatal(err)
	}
	revs, err := json.Marshal(mustRevisions(t, s, th))
	if err != nil {
		t.Fatal(err)
	}
	raw = append(raw, revs...) // the undo history is kept apart from the thread's JSON
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	used, err := rdb.MemoryUsage(ctx, s.Key(ref, "thread"), 0).Result()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("thread after 50 turns: %d bytes of JSON, MEMORY USAGE %d bytes (%.1f KiB)", len(raw), used, float64(used)/1024)
	if len(raw) < 80_000 {
		t.Fatalf("LargeThread JSON is %d bytes; want at least 80 KB for the measure to mean anything", len(raw))
	}
	if used >= 64*1024 {
		t.Fatalf("MEMORY USAGE=%d bytes, want under 64 KiB", used)
	}
}

func BenchmarkRedisStoreTurn(b *testing.B) {
	ctx := context.Background()
	s := conversationtest.MustRedisStore(b)
	if err := s.Save(ctx, conversationtest.LargeThread(ref, 4)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		th, err := s.Load(ctx, ref)
		if err != nil {
			b.Fatal(err)
		}
		th.Summary = "x"
		if err := s.Save(ctx, th); err != nil {
			b.Fatal(err)
		}
	}
}

// A turn that only adds a turn rewrites the thread's metadata, not its design or undo history; a
// change sends the design and its one new revision, not the history before it.
func TestRedisStoreSavesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	sent := &argBytes{}
	s := largeThreadStore(t, sent, 5)
	whole := sent.take()
	th := followUp(t, s, "why shard by user id?")
	question := sent.take()
	th.Design.Sections[2].Markdown += " Rewritten."
	th.AddRevision(conversation.Revision{Version: th.Design.Version, Summary: "rewrite", Sections: th.Design.Sections[2:3]})
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	change := sent.take()
	t.Logf("bytes sent: whole thread %d, question %d, change %d", whole, question, change)
	// The metadata is plain JSON (about 6 KB here, six turns of long prose); the design is 60 KB.
	if question > 8192 || question*10 > whole {
		t.Fatalf("a question's save sent %d bytes of %d for the whole thread; want only the metadata (< 8 KB)", question, whole)
	}
	if change*2 > whole {
		t.Fatalf("a change's save sent %d bytes of %d for the whole thread; want the design and one revision", change, whole)
	}
}

// argBytes adds up the bytes of string arguments sent to Redis.
type argBytes struct {
	mu sync.Mutex
	n  int
}

func (h *argBytes) take() int { h.mu.Lock(); defer h.mu.Unlock(); n := h.n; h.n = 0; return n }

func (h *argBytes) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *argBytes) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		n := 0
		for _, a := range cmd.Args() {
			if s, ok := a.(string); ok {
				n += len(s)
			}
		}
		h.mu.Lock()
		h.n += n
		h.mu.Unlock()
		return next(ctx, cmd)
	}
}
func (h *argBytes) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

// Threads saved before the record layout, as one JSON blob with their revisions inside, still
// load, and the next save rewrites them in the record layout.
func TestRedisStoreReadsTheSingleBlobLayout(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustRedisClient(t)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	key := s.Key(ref, "thread")
	blob := `{"problem":"old layout","revisions":[{"version":1,"summary":"first"},{"version":2,"summary":"second"}]}`
	if err := rdb.HSet(ctx, key, "rev", 4, "data", blob).Err(); err != nil {
		t.Fatal(err)
	}
	th, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if th.Rev != 4 || th.Problem != "old layout" || th.RevisionCount() != 2 {
		t.Fatalf("loaded rev %d, problem %q, %d revisions; want 4, old layout, 2", th.Rev, th.Problem, th.RevisionCount())
	}
	th.Summary = "moved"
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	if n := rdb.HExists(ctx, key, "data").Val(); n {
		t.Fatal("the single blob is still there after a save")
	}
	again, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	revs := mustRevisions(t, s, again)
	if again.Rev != 5 || again.Summary != "moved" || len(revs) != 2 || revs[1].Summary != "second" {
		t.Fatalf("after the save: rev %d, summary %q, revisions %+v", again.Rev, again.Summary, revs)
	}
}
