package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// store is what the engine asks of a store: bot.Store, and the existence check and decision log
// it uses where a store has them. Both implementations must behave alike.
type store interface {
	bot.Store
	Exists(ctx context.Context, ref conversation.ThreadRef) (bool, error)
	DecisionLog(ctx context.Context, ref conversation.ThreadRef) ([]conversation.Decision, error)
	LoadRevisions(ctx context.Context, th *conversation.Thread, n int) error
}

// withWholeLog is a loaded thread with its design's whole decision log, which the record holds
// only the newest entries of: what a thread saved whole and loaded back should equal.
func withWholeLog(t *testing.T, s store, th *conversation.Thread) *conversation.Thread {
	t.Helper()
	if th.Design == nil {
		return th
	}
	log, err := s.DecisionLog(context.Background(), th.Ref)
	if err != nil {
		t.Fatal(err)
	}
	full, ok := th.Design.WithDecisionLog(log)
	if !ok {
		t.Fatalf("decision log holds %d entries, want %d", len(log), th.Design.DecisionCount())
	}
	c := *th
	c.Design = full
	return &c
}

func TestStoreContract(t *testing.T) {
	stores := map[string]func(t *testing.T) store{
		"memory": func(*testing.T) store { return conversation.NewMemoryStore() },
		"redis":  func(t *testing.T) store { return conversationtest.MustRedisStore(t) },
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			t.Run("load missing", func(t *testing.T) {
				if _, err := open(t).Load(context.Background(), ref); !errors.Is(err, conversation.ErrNotFound) {
					t.Fatalf("err=%v, want ErrNotFound", err)
				}
			})
			t.Run("save and load", func(t *testing.T) { testSaveLoad(t, open(t)) })
			t.Run("exists", func(t *testing.T) { testExists(t, open(t)) })
			t.Run("conflict", func(t *testing.T) { testConflict(t, open(t)) })
			t.Run("concurrent turns", func(t *testing.T) { testConcurrentTurns(t, open(t)) })
			t.Run("first seen", func(t *testing.T) { testFirstSeen(t, open(t)) })
			t.Run("undo history", func(t *testing.T) { testUndoHistory(t, open(t)) })
			t.Run("revision conflict", func(t *testing.T) { testRevisionConflict(t, open(t)) })
			t.Run("copy keeps undo history", func(t *testing.T) { testCopyKeepsUndoHistory(t, open(t)) })
		})
	}
}

func testSaveLoad(t *testing.T, s store) {
	ctx := context.Background()
	th := conversationtest.LargeThread(ref, 7)
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if got.Rev != 1 || mustJSON(t, withWholeLog(t, s, got)) != mustJSON(t, th) || mustJSON(t, mustRevisions(t, s, got)) != mustJSON(t, mustRevisions(t, s, th)) {
		t.Fatalf("loaded rev %d; want rev 1 and the thread as saved, undo history included", got.Rev)
	}
	// What Load returns is the caller's copy: changing it changes nothing stored.
	got.Design.Sections[0].Markdown = "scribbled"
	again, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if again.Design.Sections[0].Markdown == "scribbled" {
		t.Fatal("a loaded thread aliases the stored one")
	}
	// Other threads are untouched.
	other := ref
	other.ThreadID = "other"
	if _, err := s.Load(ctx, other); !errors.Is(err, conversation.ErrNotFound) {
		t.Fatalf("Load of another thread: err=%v, want ErrNotFound", err)
	}
}

func testExists(t *testing.T, s store) {
	ctx := context.Background()
	if ok, err := s.Exists(ctx, ref); err != nil || ok {
		t.Fatalf("Exists before any save = %v, %v; want false", ok, err)
	}
	if err := s.Save(ctx, &conversation.Thread{Ref: ref, Problem: "claimed, no design yet"}); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Exists(ctx, ref); err != nil || !ok {
		t.Fatalf("Exists after a save = %v, %v; want true", ok, err)
	}
}

func testConflict(t *testing.T, s store) {
	ctx := context.Background()
	if err := s.Save(ctx, &conversation.Thread{Ref: ref}); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Load(ctx, ref)
	b, _ := s.Load(ctx, ref)
	if err := s.Save(ctx, a); err != nil {
		t.Fatal(err)
	}
	b.Summary = "lost"
	if err := s.Save(ctx, b); !errors.Is(err, conversation.ErrConflict) {
		t.Fatalf("stale Save: err=%v, want ErrConflict", err)
	}
	if b.Rev != 1 {
		t.Fatalf("rev after a failed Save=%d, want it unchanged at 1", b.Rev)
	}
	if err := s.Save(ctx, &conversation.Thread{Ref: ref}); !errors.Is(err, conversation.ErrConflict) {
		t.Fatalf("fresh Save over an existing thread: err=%v, want ErrConflict", err)
	}
	got, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if got.Rev != 2 || got.Summary == "lost" {
		t.Fatalf("stored rev=%d summary=%q; want the winner's save at rev 2", got.Rev, got.Summary)
	}
}

func testConcurrentTurns(t *testing.T, s store) {
	ctx := context.Background()
	if err := s.Save(ctx, &conversation.Thread{Ref: ref}); err != nil {
		t.Fatal(err)
	}
	const n = 10
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				th, err := s.Load(ctx, ref)
				if err != nil {
					errs <- err
					return
				}
				th.AddTurn(conversation.Turn{Text: fmt.Sprint(i)})
				if err = s.Save(ctx, th); !errors.Is(err, conversation.ErrConflict) {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	folded := len(strings.Split(got.Summary, "\n"))
	if got.Rev != n+1 || len(got.Turns)+folded != n {
		t.Fatalf("rev=%d, %d turns + %d summarised; want rev %d and %d turns in all",
			got.Rev, len(got.Turns), folded, n+1, n)
	}
}

func testFirstSeen(t *testing.T, s store) {
	ctx := context.Background()
	for _, step := range []struct {
		id   string
		want bool
	}{{"E1", true}, {"E1", false}, {"E2", true}, {"E1", false}} {
		got, err := s.FirstSeen(ctx, step.id, time.Hour)
		if err != nil || got != step.want {
			t.Fatalf("FirstSeen(%s)=%v, %v; want %v", step.id, got, err, step.want)
		}
	}
}

// A remembered event id is forgotten after its ttl.
func TestMemoryStoreFirstSeenExpires(t *testing.T) {
	ctx := context.Background()
	s := conversation.NewMemoryStore()
	if first, _ := s.FirstSeen(ctx, "E", time.Millisecond); !first {
		t.Fatal("first sighting reported as a duplicate")
	}
	forgotten := conversationtest.Eventually(5*time.Second, func() bool {
		first, _ := s.FirstSeen(ctx, "E", time.Millisecond)
		return first
	})
	if !forgotten {
		t.Fatal("event id still remembered 5s after a 1ms ttl")
	}
}

// mustRevisions returns th's whole undo history, read from s where s loaded th without it.
func mustRevisions(t *testing.T, s store, th *conversation.Thread) []conversation.Revision {
	t.Helper()
	if err := s.LoadRevisions(context.Background(), th, -1); err != nil {
		t.Fatal(err)
	}
	revs, err := th.Revisions()
	if err != nil {
		t.Fatal(err)
	}
	return revs
}

func mustLoad(t *testing.T, s store, r conversation.ThreadRef) *conversation.Thread {
	t.Helper()
	th, err := s.Load(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// Stores keep the undo history apart from the rest of a thread and write back only what a turn
// changed; whatever they save, a load must give back the thread as it was saved.
func testUndoHistory(t *testing.T, s store) {
	ctx := context.Background()
	orig := conversationtest.LargeThread(ref, 11)
	want := mustRevisions(t, s, orig)
	if err := s.Save(ctx, orig); err != nil {
		t.Fatal(err)
	}
	versions := func(th *conversation.Thread) []int {
		var vs []int
		for _, r := range mustRevisions(t, s, th) {
			vs = append(vs, r.Version)
		}
		return vs
	}

	// A question: only the turns change.
	th := mustLoad(t, s, ref)
	th.AddTurn(conversation.Turn{Author: "U1", Text: "why Cassandra?"})
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	got := mustLoad(t, s, ref)
	if mustJSON(t, got) != mustJSON(t, th) || mustJSON(t, mustRevisions(t, s, got)) != mustJSON(t, want) {
		t.Fatal("after a question: thread or undo history differs from what was saved")
	}

	// A change: a new design version and a revision, the oldest dropped past MaxRevisions.
	got.Design.Version++
	got.Design.Sections[3].Markdown = "rewritten"
	got.AddRevision(conversation.Revision{Version: 100, Summary: "switch to Cassandra"})
	if err := s.Save(ctx, got); err != nil {
		t.Fatal(err)
	}
	changed := mustLoad(t, s, ref)
	wantVs := append(versions(orig)[1:], 100)
	if fmt.Sprint(versions(changed)) != fmt.Sprint(wantVs) || changed.Design.Sections[3].Markdown != "rewritten" {
		t.Fatalf("after a change: revisions %v, want %v; section %q", versions(changed), wantVs, changed.Design.Sections[3].Markdown)
	}

	// Undo twice in one save, then a new change in the next.
	if err := s.LoadRevisions(ctx, changed, 2); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, ok, err := changed.PopRevision(); !ok || err != nil {
			t.Fatalf("PopRevision: ok=%v err=%v", ok, err)
		}
	}
	if err := s.Save(ctx, changed); err != nil {
		t.Fatal(err)
	}
	undone := mustLoad(t, s, ref)
	if fmt.Sprint(versions(undone)) != fmt.Sprint(wantVs[:len(wantVs)-2]) {
		t.Fatalf("after two undos: revisions %v, want %v", versions(undone), wantVs[:len(wantVs)-2])
	}
	undone.AddRevision(conversation.Revision{Version: 200})
	undone.Design = nil
	if err := s.Save(ctx, undone); err != nil {
		t.Fatal(err)
	}
	last := mustLoad(t, s, ref)
	if vs := versions(last); len(vs) != len(wantVs)-1 || vs[len(vs)-1] != 200 || last.Design != nil {
		t.Fatalf("after undos and a change: revisions %v, design %v; want %d ending with 200 and no design", vs, last.Design != nil, len(wantVs)-1)
	}

	// A copy saved as a new thread elsewhere carries everything along.
	other := ref
	other.ThreadID = "copy"
	cp := *last
	cp.Ref, cp.Rev = other, 0
	if err := s.Save(ctx, &cp); err != nil {
		t.Fatal(err)
	}
	copied := mustLoad(t, s, other)
	if mustJSON(t, mustRevisions(t, s, copied)) != mustJSON(t, mustRevisions(t, s, last)) || copied.Problem != last.Problem {
		t.Fatal("a thread copied to another ref lost its state")
	}
	// and the original is untouched by the copy's save.
	if again := mustLoad(t, s, ref); again.Rev != last.Rev || fmt.Sprint(versions(again)) != fmt.Sprint(versions(last)) {
		t.Fatalf("the original changed when its copy was saved: rev %d, revisions %v", again.Rev, versions(again))
	}
}
