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

// Record sets the state (the dispatcher's "pending" or "done") of the reply named name that job posts.
func (l *Ledger) Record(ctx context.Context, ref conversation.ThreadRef, job, name, state string) error {
	if err := recordScript.Run(ctx, l.s.rdb, []string{l.key(ref, job)}, name, state, l.ttl.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("record posted %s in %s: %w", name, ref.Key(), err)
	}
	return nil
}
