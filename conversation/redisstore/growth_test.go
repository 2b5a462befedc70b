package redisstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// A thread of 400 turns, each with a distinct decision, stays under 64 KiB in Redis: its record
// holds the newest decisions, the whole log is kept apart, in order, and undo cuts it.
func TestThreadStaysBoundedAtTurn400(t *testing.T) {
	ctx := context.Background()
	rdb := conversationtest.MustRedisClient(t)
	s := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	at50, err := conversationtest.ThreadBytesAtTurn(ctx, s, ref, 50)
	if err != nil {
		t.Fatal(err)
	}
	if err := conversationtest.GrowThread(ctx, s, ref, 50, 400); err != nil {
		t.Fatal(err)
	}
	at400, err := s.ThreadBytes(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	logBytes, err := rdb.MemoryUsage(ctx, s.Key(ref, "decisions"), 0).Result()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("thread record: %d bytes at turn 50, %d at turn 400 (%.1f KiB); decision log kept apart: %d bytes",
		at50, at400, float64(at400)/1024, logBytes)
	if at400 >= 64*1024 {
		t.Errorf("record at turn 400 is %d bytes, want under 64 KiB", at400)
	}

	th, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	d := th.Design
	if len(d.Decisions) != conversation.MaxHotDecisions || d.DecisionCount() != 400 {
		t.Fatalf("loaded design holds %d decisions of %d, want the newest %d of 400", len(d.Decisions), d.DecisionCount(), conversation.MaxHotDecisions)
	}
	log, err := s.DecisionLog(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	full, ok := d.WithDecisionLog(log)
	if !ok || len(full.Decisions) != 400 || full.DecisionsBefore != 0 {
		t.Fatalf("whole log: %d entries (ok %v), want 400", len(log), ok)
	}
	for i := 50; i < len(log); i++ {
		if want := fmt.Sprintf("turn %d: ", i+1); !strings.HasPrefix(log[i].Summary, want) {
			t.Fatalf("log entry %d is %q, want turn %d's", i, log[i].Summary, i+1)
		}
	}
	if !strings.HasPrefix(log[399].Summary, "turn 400: ") || log[399] != d.Decisions[len(d.Decisions)-1] {
		t.Errorf("last entry %+v, want turn 400's, as the record's newest", log[399])
	}

	// Undo takes the newest decision off the log too.
	if err := s.LoadRevisions(ctx, th, 1); err != nil {
		t.Fatal(err)
	}
	rev, ok, err := th.PopRevision()
	if err != nil || !ok {
		t.Fatalf("PopRevision: %v %v", ok, err)
	}
	undone := *d
	undone.TruncateDecisions(rev.Decisions)
	th.Design = &undone
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	if log, err = s.DecisionLog(ctx, ref); err != nil || len(log) != 399 || strings.HasPrefix(log[398].Summary, "turn 400: ") {
		t.Fatalf("log after undo: %d entries, last %+v (%v); want 399 without turn 400's", len(log), log[len(log)-1], err)
	}
	// The log expires with the thread.
	if ttl, err := rdb.PTTL(ctx, s.Key(ref, "decisions")).Result(); err != nil || ttl <= 0 {
		t.Errorf("decision log TTL %v (%v), want the thread's", ttl, err)
	}
}
