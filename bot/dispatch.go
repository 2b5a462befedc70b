package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/archbot/archbot/conversation"
)

// SinkFactory rebuilds, on whichever replica runs a queued message, the sink its adapter would
// have answered with; data is what the adapter queued with the message (channel, thread, ...).
// A nil Sink without error says the factory did all the job asked and there is no turn to run
// (Slack's /design job opens its thread, then queues the design there as a job of its own).
type SinkFactory func(ctx context.Context, msg Message, data map[string]string) (Sink, error)

// Finisher is a Sink that rounds off a turn's output once the engine is done with it, such as
// turning a progress line into "Done". Engine.Run calls Finish after Handle returns.
type Finisher interface {
	Finish(ctx context.Context)
}

// Deliveries is a Sink that can tell whether a reply reached the thread, for the reply a run was
// sending when its replica died: the ledger cannot know whether the platform got it. Sinks find
// their posts by the name ReplyName gives them while sending.
type Deliveries interface {
	Delivered(ctx context.Context, r Reply, job, name string) (bool, error)
}

type replyNameKey struct{}

type replyName struct{ job, name string }

// ReplyName returns the job and the name the dispatcher gave the reply being sent with ctx, so a
// sink can tag the post (Slack message metadata) and later find it for Delivered.
func ReplyName(ctx context.Context) (job, name string, ok bool) {
	n, ok := ctx.Value(replyNameKey{}).(replyName)
	return n.job, n.name, ok
}

// DispatchConfig tunes a Dispatcher; cmd/archbot fills it from the environment.
type DispatchConfig struct {
	// Workers is how many jobs one replica runs at once; default 16. Jobs spend most of their
	// time waiting on the model and on the chat platform's pace, so this can exceed the CPUs.
	Workers int
	// ClaimAfter is how long a job may go without a sign of life from its worker before
	// another replica takes it over; it is also the thread lock's TTL. Default 30s.
	ClaimAfter time.Duration
	// ShutdownTimeout is how long Run lets in-flight jobs finish once its context ends; jobs
	// still running then are handed back to the queue. Default 25s.
	ShutdownTimeout time.Duration
	// LockWait is how long a job waits for its thread's lock (another job of the thread is
	// running) before it goes back to the end of the queue, freeing the worker. Default ClaimAfter.
	LockWait time.Duration
	// DedupTTL is how long an event id is remembered; default 24h.
	DedupTTL time.Duration
	// Consumer names this replica in the consumer group; default host-pid-random.
	Consumer string
}

// Dispatcher runs accepted messages as jobs on a queue all replicas share: any replica's
// workers may take any job, jobs of one thread run one at a time under the thread's lock, and a
// job whose replica died is taken over and continued, posting only what was not out yet.
type Dispatcher struct {
	cfg    DispatchConfig
	engine *Engine
	queue  JobQueue
	locks  ThreadLocks
	ledger PostingLedger
	log    *slog.Logger

	mu    sync.Mutex
	sinks map[string]SinkFactory

	stats DispatchStats
}

// DispatchStats counts what a dispatcher did, for logs and tests.
type DispatchStats struct {
	Done       atomic.Int64 // jobs finished and acknowledged
	Resumed    atomic.Int64 // jobs this replica ran after another run of them stopped part-way
	HandedBack atomic.Int64 // jobs returned to the queue (busy thread, shutdown)
	Skipped    atomic.Int64 // replies not posted again because an earlier run had posted them
	Submitted  atomic.Int64 // jobs this replica put on the queue
	Running    atomic.Int64 // jobs running on this replica now
	Stopped    atomic.Int64 // jobs stopped part-way because their thread's lock was lost
}

// JobQueue is the job stream all replicas share, read through one consumer group
// (redisstore.Queue). A job goes to one consumer at a time; one whose consumer stops touching it
// is reclaimed by another.
type JobQueue interface {
	// Enqueue adds j unless its event id was queued within dedupTTL; it reports whether it did.
	Enqueue(ctx context.Context, j *conversation.Job, dedupTTL time.Duration) (bool, error)
	// EnqueueOwned is Enqueue for a message that counts only if j's thread has state: owned says
	// whether it has, queued whether j was added. The check should cost no round trip of its own.
	EnqueueOwned(ctx context.Context, j *conversation.Job, dedupTTL time.Duration) (queued, owned bool, err error)
	// Read waits up to block for at most count new jobs for consumer.
	Read(ctx context.Context, consumer string, count int, block time.Duration) ([]*conversation.Job, error)
	// Reclaim takes over at most count jobs idle for minIdle, marked Resumed.
	Reclaim(ctx context.Context, consumer string, minIdle time.Duration, count int) ([]*conversation.Job, error)
	// Touch shows that consumer still works on job id; false when it is no longer its own.
	Touch(ctx context.Context, consumer, id string) (bool, error)
	// Pending reports whether job id is still waiting to be acknowledged.
	Pending(ctx context.Context, id string) (bool, error)
	// Ack marks job id done.
	Ack(ctx context.Context, id string) error
	// Finish ends job j in one round trip: confirms the replies named done in its posting
	// ledger, releases its thread's lock if token holds it, acknowledges it and, if it can,
	// counts spend against the daily token budgets; it reports whether it counted spend.
	Finish(ctx context.Context, j *conversation.Job, token string, done []string, spend conversation.TokenSpend) (bool, error)
	// HandBack returns j to the end of the queue, resumed if a run of it may have started.
	HandBack(ctx context.Context, j *conversation.Job, resumed bool) error
	// Depth counts the jobs on the queue, for the metrics.
	Depth(ctx context.Context) (int64, error)
}

// ThreadLocks let one job at a time work on a thread, across replicas (redisstore.Locks).
type ThreadLocks interface {
	// AcquireLoad takes the lock for token for ttl and, when it did, returns the thread's state
	// as of then (nil when the thread has none); it reports false when someone holds the lock.
	AcquireLoad(ctx context.Context, ref conversation.ThreadRef, token string, ttl time.Duration) (bool, *conversation.Thread, error)
	Renew(ctx context.Context, ref conversation.ThreadRef, token string, ttl time.Duration) (bool, error)
	Release(ctx context.Context, ref conversation.ThreadRef, token string) (bool, error)
}

// PostingLedger remembers, per job, the state (PostPending, PostDone) of each reply it began to
// post, so a job taken over after a crash or a stall posts only what is missing
// (redisstore.Ledger).
type PostingLedger interface {
	Posted(ctx context.Context, ref conversation.ThreadRef, job string) (map[string]string, error)
	// Mark records the replies named done as done and those named pending as pending, only if
	// token holds the thread's lock, and renews the lock for lockTTL; it reports false, writing
	// nothing, when token does not hold it.
	Mark(ctx context.Context, ref conversation.ThreadRef, job, token string, lockTTL time.Duration, done, pending []string) (bool, error)
}

// Stopper is a Sink that can tell the thread its turn stopped part-way, for a job that lost its
// thread's lock (Redis stalled or lost it): a status line must not be left saying "Designing…".
type Stopper interface {
	Stopped(ctx context.Context, note string)
}

// stoppedNote is what a job that lost its thread leaves on its status line. Another run picks
// the job up (the queue keeps it until one finishes it) unless Redis lost the queue too.
const stoppedNote = "Interrupted: I lost my hold on this thread (my memory, Redis, stalled or restarted). " +
	"I'll pick up where I stopped without repeating what is above; if nothing more appears here within a few minutes, send your message again."

// States of a reply in the PostingLedger: marked pending before it is sent and done once the
// platform accepted it. A pending one is what a run was sending when it died, which only the
// platform can tell went out.
const (
	PostPending = "pending"
	PostDone    = "done"
)

// NewDispatcher returns a dispatcher running jobs from queue through engine, under locks, behind
// ledger; redisstore.Store provides all three.
func NewDispatcher(cfg DispatchConfig, engine *Engine, queue JobQueue, locks ThreadLocks, ledger PostingLedger, log *slog.Logger) *Dispatcher {
	if cfg.Workers <= 0 {
		cfg.Workers = 16
	}
	if cfg.ClaimAfter <= 0 {
		cfg.ClaimAfter = 30 * time.Second
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 25 * time.Second
	}
	if cfg.LockWait <= 0 {
		cfg.LockWait = cfg.ClaimAfter
	}
	if cfg.DedupTTL <= 0 {
		cfg.DedupTTL = 24 * time.Hour
	}
	if cfg.Consumer == "" {
		host, _ := os.Hostname()
		cfg.Consumer = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), randomHex(3))
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Dispatcher{
		cfg: cfg, engine: engine, queue: queue, locks: locks, ledger: ledger,
		log: log.With("consumer", cfg.Consumer), sinks: map[string]SinkFactory{},
	}
}

// Register sets how jobs of platform get their sink. Adapters register before Run.
func (d *Dispatcher) Register(platform string, f SinkFactory) {
	d.mu.Lock()
	d.sinks[platform] = f
	d.mu.Unlock()
}

// Stats returns the dispatcher's counters.
func (d *Dispatcher) Stats() *DispatchStats { return &d.stats }

// Submit queues msg for any replica to handle, with the data its platform's SinkFactory needs.
// It reports false, without error, when msg's event id was queued before (a redelivery, maybe
// to another replica): the event id is deduplicated here, once, so that a job taken over after
// a crash is not mistaken for a duplicate when it runs. An error means the message was not
// queued; the adapter should let the platform redeliver it.
func (d *Dispatcher) Submit(ctx context.Context, msg Message, data map[string]string) (bool, error) {
	ok, err := d.queue.Enqueue(ctx, newJob(msg, data), d.cfg.DedupTTL)
	if err != nil {
		return false, fmt.Errorf("submit message in %s: %w", msg.Thread.Key(), err)
	}
	d.submitted(ctx, msg, ok)
	return ok, nil
}

// SubmitOwned is Submit for a message that counts only in a thread archbot owns (Engine.Owns),
// such as a reply in a channel thread: the ownership check rides in the enqueue's round trip.
// owned reports whether the thread is archbot's; when it is not, nothing was queued.
func (d *Dispatcher) SubmitOwned(ctx context.Context, msg Message, data map[string]string) (queued, owned bool, err error) {
	queued, owned, err = d.queue.EnqueueOwned(ctx, newJob(msg, data), d.cfg.DedupTTL)
	if err != nil {
		return false, false, fmt.Errorf("submit message in %s: %w", msg.Thread.Key(), err)
	}
	if owned {
		d.submitted(ctx, msg, queued)
	}
	return queued, owned, nil
}

func newJob(msg Message, data map[string]string) *conversation.Job {
	return &conversation.Job{
		Key: randomHex(8), Thread: msg.Thread, Author: msg.Author, AuthorID: msg.AuthorID,
		Text: msg.Text, EventID: msg.EventID, New: msg.New, Data: data,
	}
}

func (d *Dispatcher) submitted(ctx context.Context, msg Message, queued bool) {
	if !queued {
		d.log.DebugContext(ctx, "duplicate delivery ignored", "thread", msg.Thread.Key(), "event", msg.EventID)
		return
	}
	d.stats.Submitted.Add(1)
}

// Run takes jobs until ctx ends, then stops taking new ones, lets the running ones finish
// within ShutdownTimeout and hands back those that do not. It returns nil once every job it
// took is finished or back on the queue.
func (d *Dispatcher) Run(ctx context.Context) error {
	// Jobs outlive ctx by the shutdown timeout, so they get their own context.
	jobCtx, cancelJobs := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelJobs()
	slots := make(chan struct{}, d.cfg.Workers)
	var running sync.WaitGroup
	nextReclaim := time.Now()
	backoff := time.Duration(0)
	d.log.InfoContext(ctx, "dispatcher running", "workers", d.cfg.Workers, "claim_after", d.cfg.ClaimAfter)

	for ctx.Err() == nil {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		free := 1
	more:
		for free < d.cfg.Workers {
			select {
			case slots <- struct{}{}:
				free++
			default:
				break more
			}
		}
		// Reads use jobCtx: a read cut short by shutdown could leave jobs delivered to this
		// replica that nobody here runs; they would wait for a reclaim.
		var jobs []*conversation.Job
		var err error
		readAt := time.Now()
		if time.Now().After(nextReclaim) {
			nextReclaim = time.Now().Add(d.cfg.ClaimAfter / 4)
			jobs, err = d.queue.Reclaim(jobCtx, d.cfg.Consumer, d.cfg.ClaimAfter, free)
			if len(jobs) > 0 {
				d.log.InfoContext(ctx, "took over jobs left idle by another replica", "jobs", len(jobs))
			}
		}
		if err == nil && len(jobs) < free {
			var fresh []*conversation.Job
			fresh, err = d.queue.Read(jobCtx, d.cfg.Consumer, free-len(jobs), min(time.Second, d.cfg.ClaimAfter/4))
			jobs = append(jobs, fresh...)
		}
		for range free - len(jobs) {
			<-slots
		}
		for _, j := range jobs {
			running.Add(1)
			go func() {
				defer running.Done()
				defer func() { <-slots }()
				d.run(jobCtx, j, readAt)
			}()
		}
		if err != nil {
			// Redis is away: keep trying, without hammering it.
			backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
			d.log.WarnContext(ctx, "cannot take jobs", "err", err, "retry_in", backoff)
			wait(ctx, backoff)
			continue
		}
		backoff = 0
	}

	done := make(chan struct{})
	go func() {
		running.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(d.cfg.ShutdownTimeout):
		d.log.Warn("jobs outlived the shutdown timeout; handing them back")
		cancelJobs()
		<-done
	}
	d.log.Info("dispatcher stopped", "done", d.stats.Done.Load(), "resumed", d.stats.Resumed.Load(),
		"handed_back", d.stats.HandedBack.Load())
	return nil
}

// run handles one job under its thread's lock. shutdown is jobCtx: cancelled when the replica
// gives up on in-flight work. readAt is when the read that returned j was sent.
func (d *Dispatcher) run(shutdown context.Context, j *conversation.Job, readAt time.Time) {
	log := d.log.With("thread", j.Thread.Key(), "job", j.Key)
	defer func() {
		if p := recover(); p != nil {
			// The job stays pending and another replica retries it after ClaimAfter.
			log.Error("panic in job", "panic", p, "stack", string(debug.Stack()))
		}
	}()
	token := randomHex(8)
	locked, th, ok := d.lock(shutdown, log, j, token)
	if !ok {
		return
	}
	ctx, cancel := context.WithCancel(shutdown)
	defer cancel()
	var lost atomic.Bool
	stop := func() { lost.Store(true); cancel() }
	ls := newLease(locked, d.cfg.ClaimAfter, func() {
		log.Warn("Redis did not confirm the thread's lock in time; stopping the job before the lock can pass on")
		stop()
	})
	defer ls.stop()
	beat := make(chan struct{})
	go func() {
		defer close(beat)
		d.heartbeat(ctx, log, j, token, ls, stop)
	}()
	finished := false
	defer func() {
		cancel()
		<-beat
		if finished {
			return
		}
		bg, stop := context.WithTimeout(context.WithoutCancel(shutdown), 5*time.Second)
		defer stop()
		if _, err := d.locks.Release(bg, j.Thread, token); err != nil {
			log.WarnContext(bg, "release thread lock", "err", err)
		}
	}()

	// Under the lock, a job somebody else finished is done: it was read twice when its first
	// worker looked dead but was not. Only a job that may have sat idle for ClaimAfter can
	// have been read twice, so a fresh one taken soon after its read skips the check.
	if j.Resumed || time.Since(readAt) > d.cfg.ClaimAfter/2 {
		if pending, err := d.queue.Pending(ctx, j.ID); err != nil || !pending {
			if err != nil {
				log.WarnContext(ctx, "check job before running", "err", err)
			}
			return
		}
	}
	if j.Resumed {
		d.stats.Resumed.Add(1)
		log.InfoContext(ctx, "resuming a job another run left unfinished")
	}
	d.stats.Running.Add(1)
	pre := &preload{th: th}
	sink, posted, err := d.handle(ctx, log, j, token, ls, stop, pre)
	d.stats.Running.Add(-1)
	finished = d.conclude(shutdown, log, j, token, sink, posted, pre.spend, err, lost.Load() || !ls.valid())
}

// conclude ends a job's run: finished (acknowledged, its lock released), handed back at
// shutdown, or left for another run when it stopped because it lost its thread. It reports
// whether the job finished.
func (d *Dispatcher) conclude(shutdown context.Context, log *slog.Logger, j *conversation.Job, token string, sink Sink, posted []string, spend conversation.TokenSpend, err error, lost bool) bool {
	bg, stop := context.WithTimeout(context.WithoutCancel(shutdown), 5*time.Second)
	defer stop()
	counted := false
	defer func() {
		// Whatever became of the job, its run spent the tokens.
		if !counted && spend.Tokens > 0 {
			d.engine.charge(bg, j.Thread, spend)
		}
	}()
	switch {
	case err != nil && lost:
		// A turn that went to the end posted everything under the lock and is finished below,
		// lock or not; one that did not is left for a run that holds the lock.
		d.stopped(bg, log, j, sink)
	case shutdown.Err() != nil:
		if herr := d.queue.HandBack(bg, j, true); herr != nil {
			log.ErrorContext(bg, "hand back unfinished job; it waits for a reclaim", "err", herr)
			return false
		}
		d.stats.HandedBack.Add(1)
		log.InfoContext(bg, "handed back an unfinished job")
	default:
		if err != nil {
			// The engine has told the user; this is for operators.
			log.WarnContext(bg, "job ended with an error", "err", err)
		}
		var ferr error
		counted, ferr = d.queue.Finish(bg, j, token, posted, spend)
		if ferr != nil {
			log.ErrorContext(bg, "finish job; it will run again and skip what it posted", "err", ferr)
			return false
		}
		d.stats.Done.Add(1)
		return true
	}
	return false
}

// stopped handles a job that lost its thread's lock: someone else may hold it now, so the job
// stays pending, for a later run to resume, and the thread is told the turn stopped.
func (d *Dispatcher) stopped(ctx context.Context, log *slog.Logger, j *conversation.Job, sink Sink) {
	log.WarnContext(ctx, "lost the thread lock mid-job; leaving the job to be taken over")
	d.stats.Stopped.Add(1)
	if s, ok := sink.(Stopper); ok {
		s.Stopped(ctx, stoppedNote)
	}
}

// lock waits for the thread's lock, keeping the job marked alive meanwhile, and returns when the
// request that took it was sent and the thread's state read with it. After LockWait it hands
// the job back so a hot thread cannot tie up every worker; it reports false then.
func (d *Dispatcher) lock(ctx context.Context, log *slog.Logger, j *conversation.Job, token string) (time.Time, *conversation.Thread, bool) {
	deadline := time.Now().Add(d.cfg.LockWait)
	lastTouch := time.Now()
	for attempt := 0; ; {
		sent := time.Now()
		ok, th, err := d.locks.AcquireLoad(ctx, j.Thread, token, d.cfg.ClaimAfter)
		if ok && err == nil {
			return sent, th, true
		}
		if ok {
			// Locked, but the state did not decode: let the engine load it and report.
			log.WarnContext(ctx, "read thread with its lock", "err", err)
			return sent, nil, true
		}
		if err != nil {
			log.WarnContext(ctx, "take thread lock", "err", err)
		}
		if ctx.Err() != nil || time.Now().After(deadline) {
			bg, stop := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer stop()
			if err := d.queue.HandBack(bg, j, false); err != nil {
				log.WarnContext(bg, "hand back a job whose thread is busy; it waits for a reclaim", "err", err)
			} else {
				d.stats.HandedBack.Add(1)
			}
			return time.Time{}, nil, false
		}
		if time.Since(lastTouch) > d.cfg.ClaimAfter/3 {
			lastTouch = time.Now()
			if _, err := d.queue.Touch(ctx, d.cfg.Consumer, j.ID); err != nil {
				log.WarnContext(ctx, "keep job while waiting", "err", err)
			}
		}
		wait(ctx, lockPause(attempt))
		attempt++
	}
}

// lockPause is how long a job waits before its attempt-th retry (from 0) at a busy thread's
// lock. Most often the lock's holder is the thread's previous job finishing (the user's next
// message can arrive as its last reply does), which releases it within a round trip or two: so
// the first retries come after a millisecond or two, doubling, and only then settle at 20 to
// 60 ms, which bounds what a thread busy with a long design costs Redis.
func lockPause(attempt int) time.Duration {
	if attempt < 4 {
		lo := time.Millisecond << attempt
		return jitter(lo, 2*lo)
	}
	return jitter(20*time.Millisecond, 60*time.Millisecond)
}

// heartbeat renews the thread lock and marks the job alive every quarter of ClaimAfter, so no
// other replica takes either over; it calls lost when the lock turns out to be someone else's.
func (d *Dispatcher) heartbeat(ctx context.Context, log *slog.Logger, j *conversation.Job, token string, ls *lease, lost func()) {
	t := time.NewTicker(d.cfg.ClaimAfter / 4)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		sent := time.Now()
		held, err := d.locks.Renew(ctx, j.Thread, token, d.cfg.ClaimAfter)
		if err != nil {
			log.WarnContext(ctx, "renew thread lock", "err", err)
			continue
		}
		if !held && d.retake(ctx, log, j, token) {
			held = true
		}
		if !held {
			lost()
			return
		}
		ls.extend(sent)
		if _, err := d.queue.Touch(ctx, d.cfg.Consumer, j.ID); err != nil {
			log.WarnContext(ctx, "keep job alive", "err", err)
		}
	}
}

// handle runs the engine on the job with its platform's sink, behind the posting ledger, from
// the thread's state pre read with the lock. It returns the platform's sink, for the job's end,
// and the replies it posted that the ledger does not yet know are done.
func (d *Dispatcher) handle(ctx context.Context, log *slog.Logger, j *conversation.Job, token string, ls *lease, lost func(), pre *preload) (Sink, []string, error) {
	// The event id was deduplicated when the job was queued; a second check here would drop a
	// job taken over after a crash as a "duplicate" of itself.
	msg := Message{Thread: j.Thread, Author: j.Author, AuthorID: j.AuthorID, Text: j.Text, New: j.New, Resumed: j.Resumed, ID: j.Key}
	d.mu.Lock()
	factory := d.sinks[j.Thread.Platform]
	d.mu.Unlock()
	if factory == nil {
		return nil, nil, fmt.Errorf("no sink for platform %q", j.Thread.Platform)
	}
	sink, err := factory(ctx, msg, j.Data)
	if err != nil {
		return nil, nil, fmt.Errorf("build sink: %w", err)
	}
	if sink == nil {
		// The factory finished the job itself: a retried /design whose thread is already open.
		return nil, nil, nil
	}
	lsink := &ledgerSink{next: sink, ledger: d.ledger, ref: j.Thread, job: j.Key, token: token, ttl: d.cfg.ClaimAfter,
		lease: ls, lost: lost, resumed: j.Resumed, seq: map[string]int{}, log: log, skipped: &d.stats.Skipped,
		retake: func() bool { return d.retake(ctx, log, j, token) }}
	if j.Resumed {
		if lsink.posted, err = d.ledger.Posted(ctx, j.Thread, j.Key); err != nil {
			// Without the ledger this run cannot tell what is out: leave the job for a later run.
			lost()
			return sink, nil, err
		}
	}
	start := time.Now()
	err = d.engine.run(ctx, msg, lsink, pre)
	if err == nil {
		log.InfoContext(ctx, "job done", "new", j.New, "took", time.Since(start), "resumed", j.Resumed)
	}
	return sink, lsink.confirmations(), err
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("read random bytes: %v", err))
	}
	return hex.EncodeToString(b)
}

func jitter(lo, hi time.Duration) time.Duration {
	n, err := rand.Int(rand.Reader, big.NewInt(int64(hi-lo)))
	if err != nil {
		return lo
	}
	return lo + time.Duration(n.Int64())
}

// wait sleeps for d or until ctx ends.
func wait(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
