package bot_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// saveBetween is a Redis store on which another turn saves the thread once, between an undo's
// load and its reading of the revision it restores.
type saveBetween struct {
	*redisstore.Store
	done atomic.Bool
}

func (s *saveBetween) LoadRevisions(ctx context.Context, th *conversation.Thread, n int) error {
	if s.done.CompareAndSwap(false, true) {
		other, err := s.Load(ctx, th.Ref)
		if err != nil {
			return err
		}
		other.AddTurn(conversation.Turn{Author: "U2", Text: "what about the feed?", Intent: "question"})
		if err := s.Save(ctx, other); err != nil {
			return err
		}
	}
	return s.Store.LoadRevisions(ctx, th, n)
}

// An undo whose thread changed between its load and its reading of the revision redoes itself
// on the thread as stored now, as a turn whose save conflicts does, rather than failing.
func TestUndoRedoneWhenTheThreadChangesBeforeItsRevisionIsRead(t *testing.T) {
	ctx := context.Background()
	st := &saveBetween{Store: conversationtest.MustRedisStore(t)}
	e, r := designed(t, st, &scripted{name: "model"}, nil)
	say(t, e, r, "use Cassandra for posts", false)
	u := say(t, e, r, "undo", false)
	if got := u.of(bot.ReplyText); len(got) != 1 || !strings.Contains(got[0].Text, "Back to v1") {
		t.Fatalf("undo replies = %+v, want back to v1", u.replies)
	}
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 1 || th.RevisionCount() != 0 || !st.done.Load() {
		t.Fatalf("after undo: version %d, %d revisions (other save made: %v)", th.Design.Version, th.RevisionCount(), st.done.Load())
	}
	if n := len(th.Turns); n < 2 || th.Turns[n-2].Text != "what about the feed?" {
		t.Fatalf("the other turn's save was lost: turns %+v", th.Turns)
	}
}
