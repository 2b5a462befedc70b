package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
)

// Queue is the job stream all replicas share, read through one consumer group so that each
// job goes to one worker at a time, and a job whose worker died is reclaimed after it sat idle.
// Its keys share one hash tag, so on Cluster every script below touches a single slot.
type Queue struct {
	s      *Store // for the per-thread keys Finish releases and confirms
	rdb    redis.UniversalClient
	stream string
	seen   string // prefix of the event-id dedup keys, in the stream's slot
	group  string

	// cluster: the thread's keys and the queue's are on different nodes, so no one script may
	// touch both.
	cluster bool
	tokens  *Limiter // counts a finished job's tokens in Finish's round trip; nil: Finish does not

	mu     sync.Mutex
	cursor string // where the next XAUTOCLAIM scan starts
	ready  bool   // the consumer group is known to exist
}

// jobGroup is the consumer group every replica reads the stream through.
const jobGroup = "workers"

// Queue returns the job queue kept next to the store's threads.
func (s *Store) Queue() *Queue {
	_, cluster := s.rdb.(*redis.ClusterClient)
	return &Queue{s: s, rdb: s.rdb, stream: s.prefix + "{jobs}", seen: s.prefix + "{jobs}:seen:", group: jobGroup,
		cursor: "0-0", cluster: cluster}
}

// CountTokens makes Finish add a job's model tokens to l's daily counters in the same round
// trip, so a turn's spend costs no round trip of its own. The engine must use the same l, whose
// view of the day's totals (Limiter.CanSpend) the counts refresh. Call it before the queue is
// used.
func (q *Queue) CountTokens(l *Limiter) { q.tokens = l }

// enqueueScript adds a job unless its thread must be archbot's and is not, or its event id was
// queued before; the event id is recorded with the job, so a delivery is either queued and
// remembered, or neither (and the platform's retry gets another chance). Ownership is checked
// first, so a message in a thread that is not archbot's leaves no trace.
// KEYS[1] stream; KEYS[2] dedup key; KEYS[3], when given, the thread's record, which must hold
// field ARGV[4]. ARGV[1] job; ARGV[2] "1" to deduplicate; ARGV[3] TTL ms.
// Returns the entry id, false for a duplicate, or 0 for a thread that is not archbot's.
var enqueueScript = redis.NewScript(`
if #KEYS == 3 and redis.call('HEXISTS', KEYS[3], ARGV[4]) == 0 then
  return 0
end
if ARGV[2] == '1' then
  if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[3]) then
    return false
  end
end
return redis.call('XADD', KEYS[1], '*', 'job', ARGV[1])
`)

// Enqueue adds j to the stream unless its event id (scoped by platform) was queued within
// dedupTTL; it reports whether the job was queued. j.ID is set on success.
func (q *Queue) Enqueue(ctx context.Context, j *conversation.Job, dedupTTL time.Duration) (bool, error) {
	queued, _, err := q.enqueue(ctx, j, dedupTTL, false)
	return queued, err
}

// EnqueueOwned is Enqueue for a message that counts only in a thread archbot owns (one with
// state): owned reports whether the thread is, and queued, as for Enqueue, whether the job was
// added. The check rides in the enqueue's round trip, except on Cluster, where the thread's
// record and the queue live in different slots and it takes one of its own.
func (q *Queue) EnqueueOwned(ctx context.Context, j *conversation.Job, dedupTTL time.Duration) (queued, owned bool, err error) {
	if q.cluster {
		if owned, err = q.s.Exists(ctx, j.Thread); err != nil || !owned {
			return false, owned, err
		}
		queued, _, err = q.enqueue(ctx, j, dedupTTL, false)
		return queued, true, err
	}
	return q.enqueue(ctx, j, dedupTTL, true)
}

func (q *Queue) enqueue(ctx context.Context, j *conversation.Job, dedupTTL time.Duration, mustOwn bool) (queued, owned bool, err error) {
	if j.Queued.IsZero() {
		j.Queued = time.Now().UTC()
	}
	if j.Key == "" {
		return false, false, errors.New("enqueue job: a job needs a key")
	}
	raw, err := json.Marshal(j)
	if err != nil {
		return false, false, fmt.Errorf("enqueue job for %s: %w", j.Thread.Key(), err)
	}
	dedup, seenKey := "0", q.seen
	if j.EventID != "" {
		if dedupTTL <= 0 {
			return false, false, fmt.Errorf("enqueue job for %s: dedup ttl must be positive, got %v", j.Thread.Key(), dedupTTL)
		}
		dedup, seenKey = "1", q.seen+j.Thread.Platform+":"+j.EventID
	}
	keys := []string{q.stream, seenKey}
	if mustOwn {
		keys = append(keys, q.s.Key(j.Thread, "thread"))
	}
	res, err := enqueueScript.Run(ctx, q.rdb, keys, raw, dedup, dedupTTL.Milliseconds(), conversation.FieldRev).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return false, true, nil
	case err != nil:
		return false, false, fmt.Errorf("enqueue job for %s: %w", j.Thread.Key(), err)
	}
	id, ok := res.(string)
	if !ok {
		return false, false, nil // the thread is not archbot's
	}
	j.ID = id
	return true, true, nil
}

// ensureGroup creates the consumer group (and the stream) once. It starts at the beginning of
// the stream so that jobs queued before any replica read are not skipped.
func (q *Queue) ensureGroup(ctx context.Context) error {
	q.mu.Lock()
	ready := q.ready
	q.mu.Unlock()
	if ready {
		return nil
	}
	err := q.rdb.XGroupCreateMkStream(ctx, q.stream, q.group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return fmt.Errorf("create consumer group: %w", err)
	}
	q.mu.Lock()
	q.ready = true
	q.mu.Unlock()
	return nil
}

// noGroup reports whether Redis lost the consumer group (a restart without persistence).
func (q *Queue) noGroup(err error) bool {
	if err != nil && strings.HasPrefix(err.Error(), "NOGROUP") {
		q.mu.Lock()
		q.ready = false
		q.mu.Unlock()
		return true
	}
	return false
}

// Read takes up to count new jobs for consumer, waiting up to block for the first one. It
// returns no jobs and no error when none arrived.
func (q *Queue) Read(ctx context.Context, consumer string, count int, block time.Duration) ([]*conversation.Job, error) {
	for attempt := 0; ; attempt++ {
		if err := q.ensureGroup(ctx); err != nil {
			return nil, err
		}
		res, err := q.rdb.XReadGroup(ctx, &redis.XReadGroupArgs{
			Group: q.group, Consumer: consumer, Streams: []string{q.stream, ">"},
			Count: int64(count), Block: block,
		}).Result()
		if errors.Is(err, redis.Nil) {
			return nil, nil
		}
		if q.noGroup(err) && attempt == 0 {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read jobs: %w", err)
		}
		var jobs []*conversation.Job
		for _, s := range res {
			for _, m := range s.Messages {
				if j := q.decode(m); j != nil {
					jobs = append(jobs, j)
				}
			}
		}
		return jobs, nil
	}
}

// Reclaim takes over up to count jobs that other consumers (dead replicas, most likely) have
// left idle for at least minIdle. The jobs come back marked Resumed.
func (q *Queue) Reclaim(ctx context.Context, consumer string, minIdle time.Duration, count int) ([]*conversation.Job, error) {
	if err := q.ensureGroup(ctx); err != nil {
		return nil, err
	}
	q.mu.Lock()
	start := q.cursor
	q.mu.Unlock()
	msgs, next, err := q.rdb.XAutoClaim(ctx, &redis.XAutoClaimArgs{
		Stream: q.stream, Group: q.group, Consumer: consumer, MinIdle: minIdle, Start: start, Count: int64(count),
	}).Result()
	if err != nil {
		q.noGroup(err)
		return nil, fmt.Errorf("reclaim idle jobs: %w", err)
	}
	q.mu.Lock()
	q.cursor = next
	q.mu.Unlock()
	var jobs []*conversation.Job
	for _, m := range msgs {
		if j := q.decode(m); j != nil {
			j.Resumed = true
			jobs = append(jobs, j)
		}
	}
	return jobs, nil
}

// decode reads a stream entry; an entry that cannot be read is acknowledged and dropped, since
// no replica will ever read it better.
func (q *Queue) decode(m redis.XMessage) *conversation.Job {
	raw, _ := m.Values["job"].(string)
	var j conversation.Job
	if err := json.Unmarshal([]byte(raw), &j); err != nil || j.Key == "" {
		_ = ackScript.Run(context.Background(), q.rdb, []string{q.stream}, q.group, m.ID).Err()
		return nil
	}
	j.ID = m.ID
	return &j
}

// touchScript resets a job's idle time while its consumer still holds it, which tells other
// replicas the worker is alive. A job another consumer has reclaimed is left to it.
// KEYS[1] stream; ARGV[1] group; ARGV[2] consumer; ARGV[3] entry id. Returns 1 if still held.
var touchScript = redis.NewScript(`
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1)
if #p == 0 or p[1][2] ~= ARGV[2] then
  return 0
end
redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
return 1
`)

// Touch marks the job as being worked on by consumer; it reports false when the job is no
// longer consumer's (finished or reclaimed by another).
func (q *Queue) Touch(ctx context.Context, consumer, id string) (bool, error) {
	n, err := touchScript.Run(ctx, q.rdb, []string{q.stream}, q.group, consumer, id).Int()
	if err != nil {
		return false, fmt.Errorf("touch job %s: %w", id, err)
	}
	return n == 1, nil
}

// Pending reports whether the job still waits to be finished (read but not acknowledged).
func (q *Queue) Pending(ctx context.Context, id string) (bool, error) {
	p, err := q.rdb.XPendingExt(ctx, &redis.XPendingExtArgs{Stream: q.stream, Group: q.group, Start: id, End: id, Count: 1}).Result()
	if err != nil {
		return false, fmt.Errorf("check job %s: %w", id, err)
	}
	return len(p) > 0, nil
}

// ackScript finishes a job and deletes its entry, which keeps the stream as short as the work
// in flight. KEYS[1] stream; ARGV[1] group; ARGV[2] entry id.
var ackScript = redis.NewScript(`
local n = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
return n
`)

// Ack marks the job done.
func (q *Queue) Ack(ctx context.Context, id string) error {
	if err := ackScript.Run(ctx, q.rdb, []string{q.stream}, q.group, id).Err(); err != nil {
		return fmt.Errorf("ack job %s: %w", id, err)
	}
	return nil
}

// handBackScript puts a job back at the end of the stream for any replica to take, unless it
// was finished meanwhile: the copy is added only if the original was still pending.
// KEYS[1] stream; ARGV[1] group; ARGV[2] entry id; ARGV[3] job.
var handBackScript = redis.NewScript(`
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return false
end
redis.call('XDEL', KEYS[1], ARGV[2])
return redis.call('XADD', KEYS[1], '*', 'job', ARGV[3])
`)

// HandBack returns a job to the queue at once, for a replica that is shutting down or a job
// whose thread stays busy; another worker takes it without waiting for the claim timeout.
// resumed marks that the job may have started, so its next run continues where this one
// stopped. j.ID becomes the new entry's id.
func (q *Queue) HandBack(ctx context.Context, j *conversation.Job, resumed bool) error {
	cp := *j
	cp.Resumed = j.Resumed || resumed
	raw, err := json.Marshal(&cp)
	if err != nil {
		return fmt.Errorf("hand back job %s: %w", j.ID, err)
	}
	id, err := handBackScript.Run(ctx, q.rdb, []string{q.stream}, q.group, j.ID, raw).Text()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("hand back job %s: %w", j.ID, err)
	}
	j.ID, j.Resumed = id, cp.Resumed
	return nil
}

// Depth returns how many jobs are queued or in progress, for metrics and tests.
func (q *Queue) Depth(ctx context.Context) (int64, error) {
	n, err := q.rdb.XLen(ctx, q.stream).Result()
	if err != nil {
		return 0, fmt.Errorf("count jobs: %w", err)
	}
	return n, nil
}

// finishThreadScript confirms a job's last posts in its ledger and releases the thread's lock if
// token holds it. KEYS[1] ledger; KEYS[2] lock; ARGV[1] token; ARGV[2] ledger TTL ms; ARGV[3..]
// names to mark done. Returns 1 if it released the lock.
var finishThreadScript = redis.NewScript(`
for i = 3, #ARGV do
  redis.call('HSET', KEYS[1], ARGV[i], 'done')
end
if #ARGV >= 3 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if redis.call('GET', KEYS[2]) == ARGV[1] then
  return redis.call('DEL', KEYS[2])
end
return 0
`)

// Finish ends a job in one round trip: it confirms the replies named done in the job's posting
// ledger, releases the thread's lock if token holds it, acknowledges the job and, with a limiter
// set by CountTokens, adds spend to the day's token counters. On Cluster the thread's keys, the
// queue's and the counters live in different slots, so this is a pipeline of scripts (one per
// slot), not one script; each is idempotent but the count, which is sent once: a retry after an
// error may miss counting a turn's tokens, never count them twice. It reports whether it
// counted spend; false (no limiter, nothing to count) leaves that to the caller.
func (q *Queue) Finish(ctx context.Context, j *conversation.Job, token string, done []string, spend conversation.TokenSpend) (bool, error) {
	thread := []string{q.s.Ledger().key(j.Thread, j.Key), q.s.Key(j.Thread, "lock")}
	args := make([]any, 0, 2+len(done))
	args = append(args, token, ledgerTTL.Milliseconds())
	for _, n := range done {
		args = append(args, n)
	}
	count := q.tokens != nil && spend.Tokens > 0
	var (
		k       limitKeys
		totals  *redis.Cmd
		counted bool
	)
	if count {
		k = q.tokens.keys(spend.Team, spend.User)
	}
	run := func(pipe redis.Pipeliner, eval bool) {
		if eval {
			finishThreadScript.Eval(ctx, pipe, thread, args...)
			ackScript.Eval(ctx, pipe, []string{q.stream}, q.group, j.ID)
		} else {
			finishThreadScript.EvalSha(ctx, pipe, thread, args...)
			ackScript.EvalSha(ctx, pipe, []string{q.stream}, q.group, j.ID)
		}
		if count && !counted {
			// Sent whole: a NOSCRIPT retry of the pipeline would count the tokens again.
			totals = spendScript.Eval(ctx, pipe, []string{k.userTokens, k.teamTokens}, spend.Tokens, k.ttl)
		}
	}
	_, err := q.rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error { run(pipe, false); return nil })
	if count && totals.Err() == nil {
		counted = true
		if res, ierr := totals.Int64Slice(); ierr == nil && len(res) == 2 {
			q.tokens.remember(k, res[0], res[1])
		}
	}
	if err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
		// The server has not seen the scripts yet (or restarted): send them whole, once.
		_, err = q.rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error { run(pipe, true); return nil })
	}
	if err != nil {
		return counted, fmt.Errorf("finish job %s: %w", j.ID, err)
	}
	return counted, nil
}
