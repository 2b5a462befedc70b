package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/archbot/archbot/conversation"
)

// maxSaveAttempts bounds how often a turn is redone after losing a compare-and-set race.
const maxSaveAttempts = 8

// Run is Handle followed by the sink's Finish, when it is a Finisher and ctx is still live: a
// turn from start to the sink's last word. The Dispatcher runs every job with it, and an adapter
// without a dispatcher runs its turns with it, so both round off a turn alike.
func (e *Engine) Run(ctx context.Context, msg Message, sink Sink) error {
	return e.run(ctx, msg, sink, nil)
}

// preload is a thread's state read before the turn began, by the dispatcher with the thread's
// lock: th is nil when the thread had none. The turn leaves in spend the tokens it spent, for
// the dispatcher to count when it finishes the job.
type preload struct {
	th    *conversation.Thread
	spend conversation.TokenSpend
}

// run is Run from the thread's state pre, when the caller has read it; nil loads it.
func (e *Engine) run(ctx context.Context, msg Message, sink Sink, pre *preload) error {
	err := e.handle(ctx, msg, sink, pre)
	// A turn whose context ended has nowhere left to post; the sink's own goroutines end with it.
	if f, ok := sink.(Finisher); ok && ctx.Err() == nil {
		f.Finish(ctx)
	}
	return err
}

// Handle runs one turn: a new design (msg.New) or a follow-up in a thread archbot owns. Replies go
// to sink in order. Problems the user should know about are sent as a ReplyError; the returned
// error is for the caller's log only, the user has already been told.
func (e *Engine) Handle(ctx context.Context, msg Message, sink Sink) error {
	return e.handle(ctx, msg, sink, nil)
}

func (e *Engine) handle(ctx context.Context, msg Message, sink Sink, pre *preload) error {
	log := e.log.With("thread", msg.Thread.Key())
	raw := sink
	sink = guardSink{next: sink, secrets: e.secrets}
	if msg.EventID != "" {
		first, err := e.store.FirstSeen(ctx, msg.Thread.Platform+":"+msg.EventID, e.cfg.DedupTTL)
		if err != nil {
			return e.fail(ctx, log, sink, storeDown(fmt.Errorf("dedup event %s: %w", msg.EventID, err)))
		}
		if !first {
			log.DebugContext(ctx, "duplicate delivery ignored", "event", msg.EventID)
			return nil
		}
	}
	if err := e.validate(msg); err != nil {
		return e.fail(ctx, log, sink, err)
	}
	msg.Text = strings.TrimSpace(msg.Text)
	ctx, meter := withUsageMeter(ctx)
	t := &turn{e: e, log: log, sink: sink, raw: raw, msg: msg, meter: meter, intent: IntentChange, pre: pre}
	start := time.Now()
	var err error
	if msg.New {
		t.intent = IntentDesign
		err = t.design(ctx)
	} else {
		err = t.followUp(ctx)
	}
	u := meter.total()
	e.cfg.Metrics.spent(e.designer.Name(), u.PromptTokens, u.CompletionTokens)
	e.spend(ctx, msg, u, pre)
	outcome := "ok"
	if err != nil {
		outcome = "error"
		var ue *UserError
		if errors.As(err, &ue) {
			outcome = "user_error"
		}
		err = e.fail(ctx, log, sink, err)
	}
	e.cfg.Metrics.turn(string(t.intent), outcome, time.Since(start))
	return err
}

func (e *Engine) validate(msg Message) error {
	text := strings.TrimSpace(msg.Text)
	if text == "" {
		if msg.New {
			return &UserError{Code: CodeEmpty, Message: "Tell me what to design, for example: `/design a photo sharing app like Instagram for 50M daily users`."}
		}
		return &UserError{Code: CodeEmpty, Message: "That message was empty. Ask a question, ask for a change, or say `help`."}
	}
	if n := utf8.RuneCountInString(text); n > e.cfg.MaxInputChars {
		return &UserError{Code: CodeTooLong, Message: fmt.Sprintf(
			"That message is %d characters long; I take at most %d. Please shorten it (a summary of the requirements is enough).", n, e.cfg.MaxInputChars)}
	}
	return nil
}

// fail tells the user about err in plain words and logs the detail.
func (e *Engine) fail(ctx context.Context, log *slog.Logger, sink Sink, err error) error {
	var ue *UserError
	if errors.As(err, &ue) {
		e.cfg.Metrics.userError(ue.Code)
	}
	if ue != nil && ue.Err == nil {
		log.InfoContext(ctx, "turn refused", "code", ue.Code)
	} else {
		log.ErrorContext(ctx, "turn failed", "err", err)
	}
	if ctx.Err() == nil {
		if serr := sink.Send(ctx, Reply{Kind: ReplyError, Text: userMessage(err)}); serr != nil {
			log.ErrorContext(ctx, "send error reply", "err", serr)
		}
	}
	return err
}

// turn is the work of one message.
type turn struct {
	e      *Engine
	log    *slog.Logger
	sink   Sink
	raw    Sink // the sink as given, for its optional capabilities (ThreadReader)
	msg    Message
	meter  *usageMeter
	intent Intent   // what the turn turned out to be, for metrics
	pre    *preload // the thread's state as read with its lock; used once, by load
	// claimRetries counts a resumed first draft's claims lost to the run it resumes.
	claimRetries int
	fbMu         sync.Mutex
	fallbacks    []string // steps the fallback designer wrote; sections report them concurrently
}

func (t *turn) send(ctx context.Context, r Reply) error {
	if err := t.sink.Send(ctx, r); err != nil {
		return fmt.Errorf("send %s reply: %w", r.Kind, err)
	}
	return nil
}

// sendAll sends rs in order, letting a sink that can (the dispatcher's ledger) prepare for all of
// them at once.
func (t *turn) sendAll(ctx context.Context, rs ...Reply) error {
	if b, ok := t.sink.(batchSink); ok {
		if err := b.sendAll(ctx, rs); err != nil {
			return fmt.Errorf("send %d replies: %w", len(rs), err)
		}
		return nil
	}
	for _, r := range rs {
		if err := t.send(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// load reads the turn's thread, or takes the state the dispatcher read with the thread's lock
// the first time it is asked, which saves the turn a round trip.
func (t *turn) load(ctx context.Context) (*conversation.Thread, error) {
	if p := t.pre; p != nil {
		t.pre = nil
		if p.th == nil {
			return nil, conversation.ErrNotFound
		}
		return p.th, nil
	}
	return t.e.store.Load(ctx, t.msg.Thread)
}

func (t *turn) noteFallback(step string) {
	t.fbMu.Lock()
	t.fallbacks = append(t.fallbacks, step)
	t.fbMu.Unlock()
}

// design drafts the first version of a design and posts it section by section, or asks first
// when the request is too vague to design.
func (t *turn) design(ctx context.Context) error {
	now := time.Now().UTC()
	th, err := t.load(ctx)
	switch {
	case err == nil && th.Design != nil && t.msg.Resumed && th.Problem == t.msg.Text:
		// An earlier run of this message saved the design, then stopped before posting all of it.
		return t.repost(ctx, th.Design)
	case err == nil && th.Design != nil:
		// A mention in a thread that already has a design is a follow-up, not a second design.
		return t.followUp(ctx)
	case err == nil && th.Clarify != nil:
		// Questions were asked here: this message goes on from them (the console sends every
		// line as a new design until one is posted).
		return t.clarified(ctx, th)
	case err == nil && now.Sub(th.UpdatedAt) < staleClaim && !t.msg.Resumed:
		return &UserError{Code: CodeBusy, Message: "I'm still drafting the first version of this design; it will appear here shortly."}
	case err == nil:
		// A claim whose draft failed or whose process died: start over on the same revision.
		th.Owner, th.Problem, th.CreatedAt, th.UpdatedAt = t.msg.Author, t.msg.Text, now, now
	case !errors.Is(err, conversation.ErrNotFound):
		return storeDown(fmt.Errorf("load thread: %w", err))
	default:
		// No state: a new thread, or one whose state Redis lost. A message in a thread archbot
		// answered before never starts a design from its own text.
		if root, lost := t.lostThread(ctx); lost {
			return t.lost(ctx, root)
		}
		th = &conversation.Thread{Ref: t.msg.Thread, Owner: t.msg.Author, Problem: t.msg.Text, CreatedAt: now, UpdatedAt: now}
	}
	return t.start(ctx, th)
}

// start drafts a first design from t.msg.Text in th, which holds no design yet: it asks first
// when the request is too vague, counts the design against the daily limits before any work,
// and claims the thread.
func (t *turn) start(ctx context.Context, th *conversation.Thread) error {
	e := t.e
	// Counted before anything else, questions included, so a refusal comes first or never; the
	// answer to the questions is the same design and passes without counting again.
	if err := e.startDesign(ctx, t.msg); err != nil {
		return err
	}
	if Vague(t.msg.Text) {
		return t.ask(ctx, th)
	}
	// Claim the thread before drafting, so other replicas and follow-ups see it is taken.
	if err := e.store.Save(ctx, th); err != nil {
		if errors.Is(err, conversation.ErrConflict) && t.msg.Resumed && t.claimRetries < maxSaveAttempts {
			// The run this one resumes was still winding down and saved in between: the claim
			// is still this message's own, so read it again.
			t.claimRetries++
			return t.design(ctx)
		}
		if errors.Is(err, conversation.ErrConflict) {
			return &UserError{Code: CodeBusy, Message: "I'm already drafting a design in this thread."}
		}
		return storeDown(fmt.Errorf("claim thread: %w", err))
	}
	return t.draftFirst(ctx, th, t.msg.Text, nil)
}

// draftFirst drafts v1 from problem in a thread this turn has claimed, saves it and posts it.
// assume lists what a vague request left open, written down as assumptions; nil for a request
// designed as it came.
func (t *turn) draftFirst(ctx context.Context, th *conversation.Thread, problem string, assume []gap) error {
	e := t.e
	t.log.InfoContext(ctx, "design started", "designer", e.designer.Name())

	progress := func(ctx context.Context, status string) {
		if err := t.send(ctx, Reply{Kind: ReplyProgress, Text: status}); err != nil {
			t.log.WarnContext(ctx, "progress not shown", "err", err)
		}
	}
	onSection := func(ctx context.Context, s conversation.Section, title string) error {
		return t.send(ctx, Reply{Kind: ReplySection, Section: &s, Version: 1, Title: title})
	}
	dr, err := e.draft(ctx, problem, assume, progress, onSection)
	if err != nil {
		if th.Clarify != nil {
			// Wait for an answer again, so the next message retries the draft.
			th.Clarify.Answer, th.Clarify.AnswerID = "", ""
		}
		if ctx.Err() == nil || t.msg.ID == "" {
			// A dispatcher's job stopped from outside (its lock lost, the replica shutting down)
			// is resumed, and its next run takes the claim as its own; releasing it now would
			// only race that run's save.
			t.releaseClaim(ctx, th)
		}
		return err
	}
	t.fallbacks = append(t.fallbacks, dr.Fallbacks...)
	d := dr.Design

	saveDesign := func(th *conversation.Thread) error {
		th.Design = d
		th.Usage.Add(t.meter.total())
		th.AddTurn(conversation.Turn{Author: t.msg.Author, Text: t.msg.Text, Intent: string(IntentDesign),
			Reply: fmt.Sprintf("v1 of %s with %d components", d.Title, len(d.Components)), At: time.Now().UTC()})
		return nil
	}
	err = e.waitForStore(ctx, func() {
		progress(ctx, "Saving v1: waiting for my memory (Redis) to come back…")
	}, func(attempt int) error {
		loaded := th
		if attempt > 0 {
			loaded = nil // the failed try changed th; start again from what Redis holds
		}
		return e.update(ctx, t.msg.Thread, loaded, saveDesign)
	})
	if err != nil {
		return err
	}
	done := doneHints(d)
	if len(assume) > 0 {
		done = "The request left some things open; what I assumed is listed under Requirements.\n\n" + done
	}
	return t.sendAll(ctx, Reply{Kind: ReplyDiagram, Diagram: &d.Diagram, Version: d.Version, Title: d.Title},
		documentReply(d), Reply{Kind: ReplyDone, Text: t.withFallbackNote(done), Version: d.Version, Title: d.Title})
}

// staleClaim is how long a thread claimed for a first draft stays claimed without a design.
const staleClaim = 10 * time.Minute

// releaseClaim marks a failed first draft's claim stale, so the user can simply ask again.
func (t *turn) releaseClaim(ctx context.Context, th *conversation.Thread) {
	th.UpdatedAt = time.Time{}
	if err := t.e.store.Save(context.WithoutCancel(ctx), th); err != nil {
		t.log.WarnContext(ctx, "release claim of failed draft", "err", err)
	}
}

// doneHints closes a first draft with what to try next, using this design's own names so the
// suggestions work as typed.
func doneHints(d *conversation.Design) string {
	swap := `"use DynamoDB for the main database"`
	for _, c := range d.Components {
		if c.Kind != "database" {
			continue
		}
		alt := "Cassandra"
		if strings.Contains(strings.ToLower(c.Technology), "cassandra") {
			alt = "DynamoDB"
		}
		swap = fmt.Sprintf(`"use %s for the %s"`, alt, strings.ToLower(c.Name))
		break
	}
	return "That's v1. Keep talking to me in this thread:\n" +
		`- ask _"how do you handle a cache stampede?"_ or _"why this database?"_` + "\n" +
		"- change it: _" + swap + `_, _"what if we need multi-region?"_` + "\n" +
		"- `show capacity`, `diagram`, `export`, `history`, `undo`, `help`"
}

// document is the whole-document reply for d, with the whole decision log, which the thread's
// state holds only the newest entries of.
func (t *turn) document(ctx context.Context, d *conversation.Design) Reply {
	return documentReply(t.e.fullDesign(ctx, t.log, t.msg.Thread, d))
}

func documentReply(d *conversation.Design) Reply {
	return Reply{Kind: ReplyDocument, Version: d.Version, Title: d.Title,
		Document: &Document{Filename: d.Filename(), Markdown: d.Markdown(), Design: d}}
}

func (t *turn) withFallbackNote(text string) string {
	if len(t.fallbacks) == 0 {
		return text
	}
	return text + fmt.Sprintf("\n\n_The model was unavailable for %s; my offline designer drafted %s._",
		strings.Join(t.fallbacks, ", "), map[bool]string{true: "that part", false: "those parts"}[len(t.fallbacks) == 1])
}

// update applies fn to the thread and saves it with compare-and-set, redoing fn on a fresh load
// when another turn saved in between. loaded, when not nil, is the state the turn already read:
// the first attempt starts from it instead of loading again, which saves a Redis round trip and
// a decode per turn, and the compare-and-set still catches any save since. fn must only change
// th (it may run more than once); loaded is changed in place.
func (e *Engine) update(ctx context.Context, ref conversation.ThreadRef, loaded *conversation.Thread, fn func(th *conversation.Thread) error) error {
	for attempt := 0; attempt < maxSaveAttempts; attempt++ {
		th := loaded
		loaded = nil
		if th == nil {
			var err error
			if th, err = e.store.Load(ctx, ref); err != nil {
				if errors.Is(err, conversation.ErrNotFound) {
					// Gone between this turn's load and save: Redis lost it (eviction, a restart
					// without persistence) or it expired.
					return &UserError{Code: CodeNoDesign, Err: err, Message: LostStateText}
				}
				return storeDown(fmt.Errorf("load thread: %w", err))
			}
		}
		if err := fn(th); err != nil {
			if errors.Is(err, conversation.ErrConflict) {
				// fn read more of the thread (undo, its revision) and found it changed.
				e.log.DebugContext(ctx, "thread changed while read; redoing turn", "thread", ref.Key(), "attempt", attempt+1)
				continue
			}
			return err
		}
		th.UpdatedAt = time.Now().UTC()
		err := e.store.Save(ctx, th)
		if err == nil {
			return nil
		}
		if !errors.Is(err, conversation.ErrConflict) {
			return storeDown(fmt.Errorf("save thread: %w", err))
		}
		e.log.DebugContext(ctx, "save conflict; redoing turn", "thread", ref.Key(), "attempt", attempt+1)
	}
	return &UserError{Code: CodeBusy, Message: "This thread is very busy right now; please send that again in a moment."}
}

// grounding builds what designers see from a thread and a design version.
func grounding(th *conversation.Thread, d *conversation.Design) Grounding {
	return Grounding{
		Title: d.Title, Problem: d.Problem, Requirements: d.Requirements, Capacity: d.Capacity,
		Components: d.Components, Decisions: d.Decisions, Design: d,
		Summary: th.Summary, Recent: th.Turns,
	}
}
