package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// designTagStore is a store of its own on the shared Redis, whose client adds up reply bytes in
// read, with its Redis client.
func designTagStore(t *testing.T, read *replyBytes) (*redisstore.Store, redis.UniversalClient) {
	t.Helper()
	rdb := conversationtest.MustRedisClient(t)
	rdb.AddHook(read)
	return redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)}), rdb
}

// A replica that holds a thread's design (it wrote it, or decoded it on an earlier turn) loads
// the thread without it: the design field is most of a follow-up's reply, and most turns load
// the design they saved. The thread still comes back whole, and so after a question's save,
// which leaves the design as it was.
func TestLoadLeavesOutTheDesignItHolds(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	read := &replyBytes{}
	s, rdb := designTagStore(t, read)
	saved := conversationtest.LargeThread(ref, 7)
	if err := s.Save(ctx, saved); err != nil {
		t.Fatal(err)
	}
	key := s.Key(ref, "thread")
	design := rdb.HStrLen(ctx, key, "design").Val()
	want := mustJSON(t, saved.Design)
	whole := func(th *conversation.Thread) string { return mustJSON(t, withWholeLog(t, s, th).Design) }

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
			s.Locks().Release(ctx, ref, "job-1")
			return th, err
		}},
	}
	for round := range 2 {
		for _, l := range loads {
			read.take()
			th, err := l.load()
			if err != nil {
				t.Fatalf("round %d, %s: %v", round, l.name, err)
			}
			if n := read.take(); n >= design {
				t.Errorf("round %d, %s read %d bytes, the design field alone is %d: it was sent though this process holds it", round, l.name, n, design)
			}
			if got := whole(th); got != want {
				t.Fatalf("round %d, %s: design differs from the one saved:\n got %.300s\nwant %.300s", round, l.name, got, want)
			}
		}
		// A question: the save rewrites the metadata only, and the design still need not travel.
		th, err := s.Load(ctx, ref)
		if err != nil {
			t.Fatal(err)
		}
		th.AddTurn(conversation.Turn{Author: "U1", Text: "why shard by user id?"})
		if err := s.Save(ctx, th); err != nil {
			t.Fatal(err)
		}
	}
}

// olderSaveScript is the save script of the versions before the design tag
// (conversation.FieldDesignTag), verbatim: in a rolling deploy they save threads the new
// version reads, changing the design without touching the tag.
var olderSaveScript = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if cur ~= tonumber(ARGV[1]) then
  return -1
end
local nxt = cur + 1
if ARGV[3] == '1' then
  redis.call('DEL', KEYS[1])
end
local d, keep, a = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
if d > 0 then
  redis.call('HDEL', KEYS[1], unpack(ARGV, 7, 6 + d))
end
if keep == 0 then
  redis.call('DEL', KEYS[2])
elseif keep > 0 then
  redis.call('LTRIM', KEYS[2], 0, keep - 1)
end
if a > 0 then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, 7 + d, 6 + d + a))
end
redis.call('HSET', KEYS[1], 'rev', nxt, unpack(ARGV, 7 + d + a))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return nxt
`)

// A design held by this process is never served in place of one changed behind its back: by a
// replica of an older version, which rewrites the design and rev but not the tag (a rolling
// deploy), first with a change and then with a question, or by a thread that expired and began
// again with another design at the same revision.
func TestHeldDesignChangedElsewhereIsLoaded(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, rdb := designTagStore(t, &replyBytes{})
	key := s.Key(ref, "thread")
	if err := s.Save(ctx, conversationtest.LargeThread(ref, 8)); err != nil {
		t.Fatal(err)
	}
	held := mustJSON(t, mustLoad(t, s, ref).Design)
	// design saves LargeThread(_, seed) as a thread of its own and returns its record's fields and
	// its design as loaded.
	design := func(seed uint64) (map[string]string, string) {
		t.Helper()
		r := conversation.ThreadRef{Platform: "slack", Team: "T1", Channel: "C42", ThreadID: fmt.Sprint(seed)}
		if err := s.Save(ctx, conversationtest.LargeThread(r, seed)); err != nil {
			t.Fatal(err)
		}
		d := mustJSON(t, mustLoad(t, s, r).Design)
		if d == held {
			t.Fatalf("seed %d gives the held design; the test needs another", seed)
		}
		return rdb.HGetAll(ctx, s.Key(r, "thread")).Val(), d
	}
	// older saves fields as an older replica does: it advances rev and writes them, the design
	// tag untouched.
	older := func(fields ...any) {
		t.Helper()
		rev := rdb.HGet(ctx, key, "rev").Val()
		args := append([]any{rev, time.Hour.Milliseconds(), "0", 0, -1, 0}, fields...)
		if n, err := olderSaveScript.Run(ctx, rdb, []string{key, s.Key(ref, "decisions")}, args...).Int(); err != nil || n < 0 {
			t.Fatalf("older save: %d, %v", n, err)
		}
	}
	loaded := func(want, after string) {
		t.Helper()
		if got := mustJSON(t, mustLoad(t, s, ref).Design); got != want {
			t.Fatalf("after %s the design loaded is not the stored one:\n got %.200s\nwant %.200s", after, got, want)
		}
	}

	second, want := design(9)
	older("design", second["design"])
	loaded(want, "an older replica's change")

	// This process saves (its tag vouches for the second design), an older replica answers a
	// question, then changes the design: rev has moved twice past the tag.
	th := mustLoad(t, s, ref)
	th.AddTurn(conversation.Turn{Author: "U1", Text: "and the cache?"})
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	older("meta", rdb.HGet(ctx, key, "meta").Val())
	loaded(want, "an older replica's question")
	third, want := design(10)
	older("design", third["design"])
	loaded(want, "an older replica's question and change")

	// The thread expires and begins again with another design, written by a replica of this
	// version, at the very revision this process last loaded it at.
	fourth, want := design(11)
	fourth["rev"] = rdb.HGet(ctx, key, "rev").Val()
	fourth[conversation.FieldDesignTag] = fourth["rev"] + ":" + conversation.DesignTag(fourth["design"])
	if err := rdb.Del(ctx, key).Err(); err != nil {
		t.Fatal(err)
	}
	if err := rdb.HSet(ctx, key, fourth).Err(); err != nil {
		t.Fatal(err)
	}
	loaded(want, "the thread began again at the same revision")
}
