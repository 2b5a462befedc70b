package redisstore_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// A turn's load reads the thread's metadata and design, not its undo history, which is half of a
// large thread's record and read by undo alone; undo reads the one revision it restores. A
// replica that did not write the thread (another one, or this one restarted) gets the same.
func TestRedisStoreLoadLeavesTheUndoHistoryInRedis(t *testing.T) {
	ctx := context.Background()
	prefix := conversationtest.UniquePrefix(t)
	writer := redisstore.New(conversationtest.MustRedisClient(t), redisstore.Options{KeyPrefix: prefix})
	saved := conversationtest.LargeThread(ref, 3)
	want := mustRevisions(t, writer, saved)
	if err := writer.Save(ctx, saved); err != nil {
		t.Fatal(err)
	}
	rdb := conversationtest.MustRedisClient(t)
	read := &replyBytes{}
	rdb.AddHook(read)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: prefix})
	key := s.Key(ref, "thread")
	hot := rdb.HStrLen(ctx, key, "meta").Val() + rdb.HStrLen(ctx, key, "design").Val()
	var undo, newest int64
	for _, f := range rdb.HKeys(ctx, key).Val() {
		if strings.HasPrefix(f, conversation.UndoFieldPrefix) {
			n := rdb.HStrLen(ctx, key, f).Val()
			undo += n
			if f == conversation.UndoFieldPrefix+"9" {
				newest = n
			}
		}
	}
	if undo < hot/4 || newest == 0 {
		t.Fatalf("stored: %d bytes of meta and design, %d of undo history (newest %d); want a history worth leaving out", hot, undo, newest)
	}

	loads := []struct {
		name string
		load func() (*conversation.Thread, error)
	}{
		{"Load", func() (*conversation.Thread, error) { return s.Load(ctx, ref) }},
		{"AcquireLoad", func() (*conversation.Thread, error) {
			held, th, err := s.Locks().AcquireLoad(ctx, ref, "job-1", time.Minute)
			if err == nil && !held {
				err = errors.New("lock not taken")
			}
			return th, err
		}},
	}
	for _, l := range loads {
		read.take()
		th, err := l.load()
		if err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		if n := read.take(); n > hot+1024 {
			t.Errorf("%s read %d bytes: meta and design are %d, the undo history %d more", l.name, n, hot, undo)
		}
		if th.RevisionCount() != conversation.MaxRevisions {
			t.Fatalf("%s: %d revisions, want %d", l.name, th.RevisionCount(), conversation.MaxRevisions)
		}
		if err := s.LoadRevisions(ctx, th, 1); err != nil {
			t.Fatalf("%s: LoadRevisions: %v", l.name, err)
		}
		if n := read.take(); n > newest+64 {
			t.Errorf("%s: undo read %d bytes, the newest revision is %d", l.name, n, newest)
		}
		r, ok, err := th.PopRevision()
		if err != nil || !ok || mustJSON(t, r) != mustJSON(t, want[len(want)-1]) {
			t.Fatalf("%s: undo restored v%d (%v, %v), want v%d as saved", l.name, r.Version, ok, err, want[len(want)-1].Version)
		}
	}
}

// A revision read after someone else saved the thread may not be the one undo stepped back to:
// LoadRevisions says so, and the engine redoes the turn on what is stored now. Part of
// TestStoreContract.
func testRevisionConflict(t *testing.T, s store) {
	ctx := context.Background()
	if err := s.Save(ctx, conversationtest.LargeThread(ref, 5)); err != nil {
		t.Fatal(err)
	}
	mine, other := mustLoad(t, s, ref), mustLoad(t, s, ref)
	if _, _, err := other.PopRevision(); !errors.Is(err, conversation.ErrRevisionUnread) {
		t.Fatalf("PopRevision before reading = %v, want ErrRevisionUnread", err)
	}
	if err := s.LoadRevisions(ctx, other, 1); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := other.PopRevision(); !ok || err != nil {
		t.Fatalf("PopRevision: %v %v", ok, err)
	}
	if err := s.Save(ctx, other); err != nil {
		t.Fatal(err)
	}
	if err := s.LoadRevisions(ctx, mine, 1); !errors.Is(err, conversation.ErrConflict) {
		t.Fatalf("LoadRevisions after another save = %v, want ErrConflict", err)
	}
}

// A loaded thread saved under another ref is written whole, its undo history included, though
// its load left the history in the store. Part of TestStoreContract.
func testCopyKeepsUndoHistory(t *testing.T, s store) {
	ctx := context.Background()
	orig := conversationtest.LargeThread(ref, 6)
	want := mustRevisions(t, s, orig)
	if err := s.Save(ctx, orig); err != nil {
		t.Fatal(err)
	}
	cp := *mustLoad(t, s, ref)
	other := ref
	other.ThreadID = "copy"
	cp.Ref, cp.Rev = other, 0
	if err := s.Save(ctx, &cp); err != nil {
		t.Fatal(err)
	}
	if got := mustRevisions(t, s, mustLoad(t, s, other)); mustJSON(t, got) != mustJSON(t, want) {
		t.Fatalf("the copy's undo history: %d revisions, want the %d saved", len(got), len(want))
	}
}

// replyBytes adds up the bytes of the strings Redis sends back.
type replyBytes struct {
	mu sync.Mutex
	n  int64
}

func (h *replyBytes) take() int64 { h.mu.Lock(); defer h.mu.Unlock(); n := h.n; h.n = 0; return n }

func (h *replyBytes) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *replyBytes) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		var n int64
		switch c := cmd.(type) {
		case *redis.Cmd:
			n = stringBytes(c.Val())
		case *redis.SliceCmd:
			n = stringBytes(c.Val())
		case *redis.MapStringStringCmd:
			for k, v := range c.Val() {
				n += int64(len(k) + len(v))
			}
		case *redis.StringCmd:
			n = int64(len(c.Val()))
		}
		h.mu.Lock()
		h.n += n
		h.mu.Unlock()
		return err
	}
}
func (h *replyBytes) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

func stringBytes(v any) int64 {
	switch v := v.(type) {
	case string:
		return int64(len(v))
	case []any:
		var n int64
		for _, e := range v {
			n += stringBytes(e)
		}
		return n
	}
	return 0
}
