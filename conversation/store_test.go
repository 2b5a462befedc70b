package conversation_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// store is what bot.Store asks of a store; both implementations must behave alike.
type store interface {
	Load(ctx context.Context, ref conversation.ThreadRef) (*conversation.Thread, error)
	Save(ctx context.Context, th *conversation.Thread) error
	FirstSeen(ctx context.Context, eventID string, ttl time.Duration) (bool, error)
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
			t.Run("conflict", func(t *testing.T) { testConflict(t, open(t)) })
			t.Run("concurrent turns", func(t *testing.T) { testConcurrentTurns(t, open(t)) })
			t.Run("first seen", func(t *testing.T) { testFirstSeen(t, open(t)) })
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
	if got.Rev != 1 || mustJSON(t, got) != mustJSON(t, th) {
		t.Fatalf("loaded rev %d; want rev 1 and the thread as saved", got.Rev)
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
	deadline := time.Now().Add(5 * time.Second)
	for {
		if first, _ := s.FirstSeen(ctx, "E", time.Millisecond); first {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("event id still remembered 5s after a 1ms ttl")
		}
		time.Sleep(time.Millisecond) // waiting on the clock itself
	}
}
