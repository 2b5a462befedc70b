package conversation

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Ledger records what a job has posted into its thread, so that a job taken over from a replica
// that died posts only what is still missing. Entries are kept per job (its Key) under the
// thread's hash tag; a reply is named by the design version and what it is ("section/v1/capacity").
type Ledger struct {
	s   *RedisStore
	ttl time.Duration
}

// ledgerTTL outlives any retry of a job by far; the ledger is useless once the job is done.
const ledgerTTL = 24 * time.Hour

// Ledger returns the posting ledger kept next to the store's threads.
func (s *RedisStore) Ledger() *Ledger { return &Ledger{s: s, ttl: ledgerTTL} }

func (l *Ledger) key(ref ThreadRef, job string) string { return l.s.Key(ref, "posted:"+job) }

// Posted returns the names of the replies job has already posted in the thread.
func (l *Ledger) Posted(ctx context.Context, ref ThreadRef, job string) (map[string]bool, error) {
	names, err := l.s.rdb.HKeys(ctx, l.key(ref, job)).Result()
	if err != nil {
		return nil, fmt.Errorf("read posting ledger of %s: %w", ref.Key(), err)
	}
	out := make(map[string]bool, len(names))
	for _, n := range names {
		out[n] = true
	}
	return out, nil
}

// recordScript notes one posted reply and keeps the job's ledger alive.
// KEYS[1] ledger; ARGV[1] reply name; ARGV[2] TTL ms.
var recordScript = redis.NewScript(`
redis.call('HSET', KEYS[1], ARGV[1], '1')
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
`)

// Record notes that job posted the reply named name in the thread.
func (l *Ledger) Record(ctx context.Context, ref ThreadRef, job, name string) error {
	if err := recordScript.Run(ctx, l.s.rdb, []string{l.key(ref, job)}, name, l.ttl.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("record posted %s in %s: %w", name, ref.Key(), err)
	}
	return nil
}
