package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// A command alone is a round trip, a pipeline of any length is one, and a new connection's
// handshake is counted apart.
func TestCountingHook(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustOpen(t, conversationtest.MustRedisURL(t))
	h := &redisstore.CountingHook{}
	rdb.AddHook(h)
	key := conversationtest.UniquePrefix(t) + "n"
	if err := rdb.Set(ctx, key, 1, 0).Err(); err != nil {
		t.Fatal(err)
	}
	if _, err := rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.Incr(ctx, key)
		p.Incr(ctx, key)
		p.Get(ctx, key)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got := h.Counts()
	if got.RoundTrips != 2 || got.Commands != 4 || got.ByName["incr"] != 2 || got.ByName["set"] != 1 || got.ByName["get"] != 1 {
		t.Fatalf("counts %+v, want 2 round trips of 4 commands (set, incr x2, get)", got)
	}
	if got.Handshakes < 1 {
		t.Fatalf("handshakes %d, want the first connection's", got.Handshakes)
	}
	// A poll of an empty stream is an idle poll, not a round trip of the turn being measured.
	h.Reset()
	stream := conversationtest.UniquePrefix(t) + "s"
	if err := rdb.XGroupCreateMkStream(ctx, stream, "g", "0").Err(); err != nil {
		t.Fatal(err)
	}
	if err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: "g", Consumer: "c", Streams: []string{stream, ">"}, Block: 10 * time.Millisecond}).Err(); err != redis.Nil {
		t.Fatalf("read of an empty stream: %v", err)
	}
	if got := h.Counts(); got.IdlePolls != 1 || got.RoundTrips != 1 || got.ByName["xgroup"] != 1 {
		t.Fatalf("counts %+v, want the group's creation and 1 idle poll", got)
	}
	h.Reset()
	if got := h.Counts(); got.RoundTrips != 0 || got.Commands != 0 || got.Handshakes != 0 || got.IdlePolls != 0 {
		t.Fatalf("counts after Reset %+v, want none", got)
	}
}
