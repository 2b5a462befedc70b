package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
)

// Locks are per-thread mutual exclusion across replicas: the job that holds a thread's lock is
// the only one working on it. A lock carries its holder's token and expires unless renewed, so a
// replica that dies only blocks the thread until the TTL runs out; renew and release act only
// for the holder, so a worker that lost its lock (a long pause) cannot free someone else's.
type Locks struct {
	s *Store
}

// Locks returns the thread locks kept next to the store's threads.
func (s *Store) Locks() *Locks { return &Locks{s: s} }

// Acquire takes the thread's lock for token for ttl; it reports false when someone holds it.
func (l *Locks) Acquire(ctx context.Context, ref conversation.ThreadRef, token string, ttl time.Duration) (bool, error) {
	ok, err := l.s.rdb.SetNX(ctx, l.s.Key(ref, "lock"), token, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("lock thread %s: %w", ref.Key(), err)
	}
	return ok, nil
}

// acquireLoadScript takes the lock and, when it got it, reads the thread in the same step: a job
// needs both before it starts, and the state it reads is the one no other job can change while
// it holds the lock. KEYS[1] lock; KEYS[2] thread; ARGV[1] token; ARGV[2] TTL ms; ARGV[3]
// conversation.UndoFieldPrefix; ARGV[4] the held design's tag, "" for none. Returns 0 when the
// lock is taken, else the thread hash as loadScript gives it (empty when there is no thread).
var acquireLoadScript = redis.NewScript(hotFieldsLua + `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 0
end
return hot_fields(KEYS[2], ARGV[3], ARGV[4])
`)

// AcquireLoad is Acquire followed, when the lock was free, by the thread's Load, in one round
// trip. th is nil, with no error, when the thread has no state (conversation.ErrNotFound for Load)
// or the lock is held by someone else.
func (l *Locks) AcquireLoad(ctx context.Context, ref conversation.ThreadRef, token string, ttl time.Duration) (held bool, th *conversation.Thread, err error) {
	key := l.s.Key(ref, "thread")
	have := conversation.HeldDesign(key)
	res, err := acquireLoadScript.Run(ctx, l.s.rdb, []string{l.s.Key(ref, "lock"), key},
		token, ttl.Milliseconds(), conversation.UndoFieldPrefix, have.Tag()).Result()
	if err != nil {
		return false, nil, fmt.Errorf("lock and load thread %s: %w", ref.Key(), err)
	}
	flat, ok := res.([]any)
	if !ok {
		return false, nil, nil
	}
	th, err = threadFromFields(ref, key, pairs(flat), have)
	if errors.Is(err, conversation.ErrNotFound) {
		return true, nil, nil
	}
	return true, th, err
}

// threadFromFields decodes a thread hash as Store.Load does: the rev field is the authority for
// the revision and the key the thread was found under for its ref; held is the design the load
// told Redis it holds.
func threadFromFields(ref conversation.ThreadRef, key string, fields map[string]string, held conversation.Held) (*conversation.Thread, error) {
	revText, ok := fields[conversation.FieldRev]
	if !ok {
		return nil, conversation.ErrNotFound
	}
	rev, err := strconv.ParseInt(revText, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("load thread %s: bad revision %q", ref.Key(), revText)
	}
	th, err := conversation.DecodeHeld(key, rev, fields, held)
	if err != nil {
		return nil, fmt.Errorf("load thread %s: %w", ref.Key(), err)
	}
	th.Ref = ref
	return th, nil
}

// renewScript extends the lock only for its holder. KEYS[1] lock; ARGV[1] token; ARGV[2] TTL ms.
var renewScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`)

// Renew extends token's hold on the lock by ttl; it reports false when token no longer holds it.
func (l *Locks) Renew(ctx context.Context, ref conversation.ThreadRef, token string, ttl time.Duration) (bool, error) {
	n, err := renewScript.Run(ctx, l.s.rdb, []string{l.s.Key(ref, "lock")}, token, ttl.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("renew lock of thread %s: %w", ref.Key(), err)
	}
	return n == 1, nil
}

// releaseScript deletes the lock only for its holder. KEYS[1] lock; ARGV[1] token.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

// Release frees the lock if token holds it; it reports whether it did.
func (l *Locks) Release(ctx context.Context, ref conversation.ThreadRef, token string) (bool, error) {
	n, err := releaseScript.Run(ctx, l.s.rdb, []string{l.s.Key(ref, "lock")}, token).Int()
	if err != nil {
		return false, fmt.Errorf("unlock thread %s: %w", ref.Key(), err)
	}
	return n == 1, nil
}
