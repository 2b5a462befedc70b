package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/archbot/archbot/conversation"
)

// errLostThread stops a turn whose run no longer holds its thread: another run may post now.
var errLostThread = errors.New("lost the thread's lock; another run may continue this job")

// ledgerSink posts through next what the job has not posted before, and never posts a reply
// the ledger does not know about: each reply is marked pending, by the holder of the thread's
// lock only, before it is sent, and confirmed after. A run that takes the job over trusts the
// ledger for what is done and asks the platform (Deliveries) about what is pending, so no reply
// is posted twice however Redis stalls. Marks of a batch of replies and the confirmations of
// earlier posts share one round trip; the job's last confirmations ride on its Finish.
type ledgerSink struct {
	next   Sink
	ledger PostingLedger
	ref    conversation.ThreadRef
	job    string
	token  string        // the run's hold on the thread's lock
	ttl    time.Duration // the lock's TTL, renewed by every mark
	lease  *lease
	lost   func() // stops the run: the lock is someone else's
	// retake takes the lock again when it vanished rather than passed to another job (Redis
	// restarted without persistence); false when someone else holds it or Redis does not answer.
	retake  func() bool
	resumed bool
	posted  map[string]string // what earlier runs of the job recorded: reply name -> state
	seq     map[string]int
	log     *slog.Logger
	skipped *atomic.Int64

	mu sync.Mutex // a turn's progress lines and sections may come from different goroutines
	// unconfirmed are this run's posts the ledger does not yet know are done.
	unconfirmed []string
}

// confirmations returns the run's posts the ledger does not yet know are done, for the job's
// Finish to confirm; the turn is over when it is called.
func (s *ledgerSink) confirmations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unconfirmed
}

// Finish passes the end of the turn on to the sink the ledger wraps.
func (s *ledgerSink) Finish(ctx context.Context) {
	if f, ok := s.next.(Finisher); ok {
		f.Finish(ctx)
	}
}

// Send posts one reply; see sendAll.
func (s *ledgerSink) Send(ctx context.Context, r Reply) error { return s.sendAll(ctx, []Reply{r}) }

// sendAll posts rs in order, after marking all of them pending in one round trip.
func (s *ledgerSink) sendAll(ctx context.Context, rs []Reply) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	type out struct {
		r    Reply
		name string // empty for a reply the ledger does not track (progress)
		skip bool
	}
	outs := make([]out, 0, len(rs))
	var pending []string
	for _, r := range rs {
		if r.Kind == ReplyProgress {
			// A status line is not part of the answer; a resumed job leaves the first run's alone
			// rather than opening a second one.
			outs = append(outs, out{r: r, skip: s.resumed})
			continue
		}
		name := nameReply(r, s.seq)
		skip := s.delivered(ctx, r, name)
		if !skip {
			pending = append(pending, name)
		}
		outs = append(outs, out{r: r, name: name, skip: skip})
	}
	if len(pending) > 0 {
		if err := s.mark(ctx, pending); err != nil {
			return err
		}
	}
	for _, o := range outs {
		if o.skip {
			continue
		}
		if o.name == "" {
			if err := s.next.Send(ctx, o.r); err != nil {
				return err
			}
			continue
		}
		if !s.lease.valid() {
			// The mark is old news: the lock may have passed to another run since.
			return fmt.Errorf("post %s: %w", o.name, errLostThread)
		}
		if err := s.next.Send(context.WithValue(ctx, replyNameKey{}, replyName{s.job, o.name}), o.r); err != nil {
			return err
		}
		s.unconfirmed = append(s.unconfirmed, o.name)
	}
	return nil
}

// delivered reports whether an earlier run of the job posted the reply: the ledger says done, or
// it says pending (that run died or stalled sending it) and the platform has it.
func (s *ledgerSink) delivered(ctx context.Context, r Reply, name string) bool {
	switch s.posted[name] {
	case PostDone:
		s.skipped.Add(1)
		return true
	case PostPending:
		d, ok := s.next.(Deliveries)
		if !ok {
			return false
		}
		found, err := d.Delivered(ctx, r, s.job, name)
		if err != nil {
			s.log.WarnContext(ctx, "check whether a reply went out; sending it", "reply", name, "err", err)
		}
		if found {
			s.skipped.Add(1)
			s.unconfirmed = append(s.unconfirmed, name)
		}
		return found
	}
	return false
}

// mark records names as pending (and the run's earlier posts as done), retrying with backoff
// while Redis does not answer. It gives up when the lease runs out, which ends ctx, or at once
// when the lock turns out to be someone else's: either way nothing more may be posted, and the
// job is left for a later run to resume.
func (s *ledgerSink) mark(ctx context.Context, names []string) error {
	pause := 50 * time.Millisecond
	for {
		sent := time.Now()
		held, err := s.ledger.Mark(ctx, s.ref, s.job, s.token, s.ttl, s.unconfirmed, names)
		switch {
		case err == nil && held:
			s.lease.extend(sent)
			s.unconfirmed = nil
			return nil
		case err == nil && s.retake != nil && s.retake():
			continue // the lock had vanished with Redis's state; this run holds it again
		case err == nil:
			s.lost()
			return fmt.Errorf("mark %d replies pending: %w", len(names), errLostThread)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("mark %d replies pending, not posting them: %w", len(names), err)
		}
		s.log.WarnContext(ctx, "cannot mark replies pending; retrying before posting them", "replies", len(names), "retry_in", pause, "err", err)
		wait(ctx, pause)
		pause = min(2*pause, time.Second)
	}
}

// nameReply names a reply within its job: the design version and, for sections, the section id;
// other kinds are numbered in the order the job sends them.
func nameReply(r Reply, seq map[string]int) string {
	base := fmt.Sprintf("%s/v%d", r.Kind, r.Version)
	if r.Kind == ReplySection && r.Section != nil {
		return base + "/" + string(r.Section.ID)
	}
	n := seq[base]
	seq[base] = n + 1
	return fmt.Sprintf("%s/%d", base, n)
}
