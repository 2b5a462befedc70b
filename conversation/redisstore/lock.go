package redisstore

import (
	"context"
	"errors"
	"fmt"
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
	err := l.s.rdb.SetArgs(ctx, l.s.Key(ref, "lock"), token, redis.SetArgs{Mode: "NX", TTL: ttl}).Err()
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, redis.Nil):
		return false, nil
	default:
		return false, fmt.Errorf("lock thread %s: %w", ref.Key(), err)
	}
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
