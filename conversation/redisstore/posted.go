package redisstore

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
)

// Ledger records what a job has posted into its thread, so that a job taken over from a replica
// that died posts only what is still missing. Entries are kept per job (its Key) under the
// thread's hash tag; a reply is named by the design version and what it is ("section/v1/capacity").
// The dispatcher marks a reply pending before it is sent and done once the platform accepted it: a
// pending one is what a run was sending when it died, which only the platform can tell went out.
type Ledger struct {
	s   *Store
	ttl time.Duration
}

// ledgerTTL outlives any retry of a job by far; the ledger is useless once the job is done.
const ledgerTTL = 24 * time.Hour

// Ledger returns the posting ledger kept next to the store's threads.
func (s *Store) Ledger() *Ledger { return &Ledger{s: s, ttl: ledgerTTL} }

func (l *Ledger) key(ref conversation.ThreadRef, job string) string {
	return l.s.Key(ref, "posted:"+job)
}

// Posted returns the state of every reply job has begun to post in the thread, by name.
func (l *Ledger) Posted(ctx context.Context, ref conversation.ThreadRef, job string) (map[string]string, error) {
	out, err := l.s.rdb.HGetAll(ctx, l.key(ref, job)).Result()
	if err != nil {
		return nil, fmt.Errorf("read posting ledger of %s: %w", ref.Key(), err)
	}
	return out, nil
}

// recordScript sets one reply's state and keeps the job's ledger alive.
// KEYS[1] ledger; ARGV[1] reply name; ARGV[2] state; ARGV[3] TTL ms.
var recordScript = redis.NewScript(`
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return redis.call('PEXPIRE', KEYS[1], ARGV[3])
`)

// Record sets the state ("pending" or "done") of the reply named name that job posts, unconditionally;
// the dispatcher uses Mark, which only the lock's holder may do.
func (l *Ledger) Record(ctx context.Context, ref conversation.ThreadRef, job, name, state string) error {
	if err := recordScript.Run(ctx, l.s.rdb, []string{l.key(ref, job)}, name, state, l.ttl.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("record posted %s in %s: %w", name, ref.Key(), err)
	}
	return nil
}

// markScript writes a batch of ledger entries for the holder of the thread's lock only, and
// renews the lock: a run that lost the lock (a stall long enough for another replica to take the
// job over) must not mark, and so must not post. Confirmations of earlier posts ride along, so a
// turn spends one round trip per batch it posts, not two per reply.
// KEYS[1] ledger; KEYS[2] lock; ARGV[1] token; ARGV[2] lock TTL ms; ARGV[3] ledger TTL ms;
// ARGV[4] the number n of names to mark done, ARGV[5..4+n] those names; the rest names to mark
// pending. Returns 1, or 0 when token does not hold the lock (nothing is written then).
var markScript = redis.NewScript(`
if redis.call('GET', KEYS[2]) ~= ARGV[1] then
  return 0
end
redis.call('PEXPIRE', KEYS[2], ARGV[2])
local n = tonumber(ARGV[4])
for i = 5, 4 + n do
  redis.call('HSET', KEYS[1], ARGV[i], 'done')
end
for i = 5 + n, #ARGV do
  if redis.call('HGET', KEYS[1], ARGV[i]) ~= 'done' then
    redis.call('HSET', KEYS[1], ARGV[i], 'pending')
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`)

// Mark records, in one round trip, that job's replies named done went out and those named
// pending are about to, provided token still holds the thread's lock, whose TTL it renews to
// lockTTL. It reports false, writing nothing, when token does not hold the lock: the caller has
// lost the thread and must not post. A name already done stays done.
func (l *Ledger) Mark(ctx context.Context, ref conversation.ThreadRef, job, token string, lockTTL time.Duration, done, pending []string) (bool, error) {
	args := make([]any, 0, 4+len(done)+len(pending))
	args = append(args, token, lockTTL.Milliseconds(), l.ttl.Milliseconds(), len(done))
	for _, n := range done {
		args = append(args, n)
	}
	for _, n := range pending {
		args = append(args, n)
	}
	held, err := markScript.Run(ctx, l.s.rdb, []string{l.key(ref, job), l.s.Key(ref, "lock")}, args...).Int()
	if err != nil {
		return false, fmt.Errorf("mark %d replies of job %s in %s: %w", len(done)+len(pending), job, ref.Key(), err)
	}
	return held == 1, nil
}
