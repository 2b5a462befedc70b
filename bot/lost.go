package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"time"

	"github.com/archbot/archbot/conversation"
)

// ThreadRoot is what the platform shows of a thread, for a turn that finds no state for it:
// whether archbot has answered there before (so the state was lost, by eviction or a Redis that
// restarted without persistence) and the problem statement the thread began with.
type ThreadRoot struct {
	// Answered says archbot posted in the thread before this turn.
	Answered bool
	// Statement is the problem the thread's first message asked for; "" when it cannot be read.
	Statement string
}

// ThreadReader is a Sink that can read its thread from the platform (Slack's
// conversations.replies). The engine asks only when a thread has no state.
type ThreadReader interface {
	ThreadRoot(ctx context.Context) (ThreadRoot, error)
}

// ThreadRoot passes the question on to the sink the ledger wraps.
func (s *ledgerSink) ThreadRoot(ctx context.Context) (ThreadRoot, error) {
	if r, ok := s.next.(ThreadReader); ok {
		return r.ThreadRoot(ctx)
	}
	return ThreadRoot{}, errNoThreadReader
}

var errNoThreadReader = errors.New("the platform cannot read the thread")

// LostStateText is what a thread whose state is gone is told.
const LostStateText = "I lost this design's state; say `regenerate` to rebuild it from the problem statement."

// lostThread reports, for a turn that found no state, whether archbot answered in the thread
// before: its state was lost, and the message must not start a design from its own text.
func (t *turn) lostThread(ctx context.Context) (ThreadRoot, bool) {
	r, ok := t.raw.(ThreadReader)
	if !ok {
		return ThreadRoot{}, false
	}
	root, err := r.ThreadRoot(ctx)
	if err != nil {
		if !errors.Is(err, errNoThreadReader) {
			t.log.WarnContext(ctx, "cannot read the thread to tell whether its state was lost", "err", err)
		}
		return ThreadRoot{}, false
	}
	return root, root.Answered
}

// lost answers in a thread whose state is gone: `regenerate` drafts the design again from the
// thread's problem statement; anything else is told what happened and what to say.
func (t *turn) lost(ctx context.Context, root ThreadRoot) error {
	t.log.WarnContext(ctx, "thread state lost: archbot answered here before, but Redis holds nothing for it")
	word := strings.ToLower(strings.Trim(t.msg.Text, " \t\n.!`"))
	if word != "regenerate" && word != "regen" {
		t.intent = IntentCommand
		return t.send(ctx, Reply{Kind: ReplyText, Text: LostStateText})
	}
	statement := strings.TrimSpace(root.Statement)
	if statement == "" {
		return &UserError{Code: CodeNoDesign, Message: "I lost this design's state and can't read its problem statement " +
			"from the thread's first message. Start again with `/design <problem statement>`."}
	}
	t.intent = IntentDesign
	t.msg.Text, t.msg.New = statement, true
	now := time.Now().UTC()
	th := &conversation.Thread{Ref: t.msg.Thread, Owner: t.msg.Author, Problem: statement, CreatedAt: now, UpdatedAt: now}
	return t.start(ctx, th)
}

// retake takes the thread's lock again when it vanished rather than passed to another job:
// Redis lost it (a restart without persistence, eviction). Taking it only if nobody holds it
// keeps one job per thread; the job then runs on and tells the user what became of its state,
// instead of stopping silently with its progress line hanging.
func (d *Dispatcher) retake(ctx context.Context, log *slog.Logger, j *conversation.Job, token string) bool {
	ok, _, err := d.locks.AcquireLoad(ctx, j.Thread, token, d.cfg.ClaimAfter)
	if err != nil || !ok {
		return false
	}
	log.WarnContext(ctx, "thread lock vanished from Redis (restart without persistence or eviction?); took it again")
	return true
}
