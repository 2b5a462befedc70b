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

// Options tunes a Store; zero values take the defaults.
type Options struct {
	// KeyPrefix starts every key, default "archbot:". Tests give each store its own prefix so they
	// can share one server. It must not contain '{' or '}', which would break the hash tags.
	KeyPrefix string
	// ThreadTTL is how long an idle thread is kept; every Save restarts it. Default 30 days.
	ThreadTTL time.Duration
}

// Defaults for Options.
const (
	DefaultKeyPrefix = "archbot:"
	DefaultThreadTTL = 30 * 24 * time.Hour
)

// Store keeps threads in Redis (standalone, Sentinel or Cluster). A thread is one hash, the
// record conversation/codec.go describes (PlanSave, DecodeRecord): its revision, its metadata,
// its design and one field per revision of its undo history, the large ones compressed with
// gzip. Load and Save cost one round trip each; a Load reads every field but the undo
// history's values and, when this process holds the design stored, the design (conversation.Held);
// a Save writes only the fields the turn changed.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
	ttl    time.Duration
}

// New returns a store on client. It does not contact Redis; call Ping for that.
func New(client redis.UniversalClient, opts Options) *Store {
	if opts.KeyPrefix == "" {
		opts.KeyPrefix = DefaultKeyPrefix
	}
	if opts.ThreadTTL <= 0 {
		opts.ThreadTTL = DefaultThreadTTL
	}
	return &Store{rdb: client, prefix: opts.KeyPrefix, ttl: opts.ThreadTTL}
}

// Key returns the Redis key for one kind of per-thread record ("thread", "lock", "posted", ...).
// Every key of a thread carries the same hash tag, {<ref.Key()>}, so Redis Cluster keeps them in
// one slot and a script may touch several of them at once.
func (s *Store) Key(ref conversation.ThreadRef, kind string) string {
	return s.prefix + "{" + ref.Key() + "}:" + kind
}

// Ping reports whether Redis answers; it backs the readiness probe.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("ping redis: %w", err)
	}
	return nil
}

// Exists reports whether the thread has state, without reading it: adapters ask it of every
// message in a channel thread to tell archbot's threads from others.
func (s *Store) Exists(ctx context.Context, ref conversation.ThreadRef) (bool, error) {
	ok, err := s.rdb.HExists(ctx, s.Key(ref, "thread"), conversation.FieldRev).Result()
	if err != nil {
		return false, fmt.Errorf("check thread %s: %w", ref.Key(), err)
	}
	return ok, nil
}

// hotFieldsLua defines hot_fields(key, prefix, held), which reads the hash at key as HGETALL
// does but gives the fields whose names start with prefix (the undo history) an empty value: a
// turn needs their names, to number and drop revisions, and only an undo the value of one. They
// are half of a large thread, so leaving them in Redis spares every other turn reading, sending
// and allocating them. It leaves out the design too when held, the DesignTag of the design the
// caller holds, is what the record's design tag vouches for at its revision
// (conversation.FieldDesignTag): most turns load a design the replica already holds.
const hotFieldsLua = `
local function hot_fields(key, prefix, held)
  local skip = ''
  if held ~= '' then
    local v = redis.call('HMGET', key, 'rev', '` + conversation.FieldDesignTag + `')
    if v[1] and v[2] == v[1] .. ':' .. held then
      skip = 'design'
    end
  end
  local names = redis.call('HKEYS', key)
  local out, hot, at = {}, {}, {}
  for _, f in ipairs(names) do
    if f ~= skip then
      out[#out + 1] = f
      out[#out + 1] = ''
      if string.sub(f, 1, #prefix) ~= prefix then
        hot[#hot + 1] = f
        at[#at + 1] = #out
      end
    end
  end
  if #hot > 0 then
    local vals = redis.call('HMGET', key, unpack(hot))
    for i = 1, #hot do
      out[at[i]] = vals[i]
    end
  end
  return out
end
`

// loadScript reads a thread for a turn. KEYS[1] thread; ARGV[1] conversation.UndoFieldPrefix;
// ARGV[2] the held design's tag, "" for none.
var loadScript = redis.NewScript(hotFieldsLua + `return hot_fields(KEYS[1], ARGV[1], ARGV[2])`)

// Load returns the thread's state or conversation.ErrNotFound, in one round trip. Its undo
// history is known by name only: undo reads the revision it needs with LoadRevisions.
func (s *Store) Load(ctx context.Context, ref conversation.ThreadRef) (*conversation.Thread, error) {
	key := s.Key(ref, "thread")
	held := conversation.HeldDesign(key)
	flat, err := loadScript.Run(ctx, s.rdb, []string{key}, conversation.UndoFieldPrefix, held.Tag()).Slice()
	if err != nil {
		return nil, fmt.Errorf("load thread %s: %w", ref.Key(), err)
	}
	return threadFromFields(ref, key, pairs(flat), held)
}

// pairs makes a map of a reply listing field, value, field, value.
func pairs(flat []any) map[string]string {
	fields := make(map[string]string, len(flat)/2)
	for i := 0; i+1 < len(flat); i += 2 {
		k, _ := flat[i].(string)
		v, _ := flat[i+1].(string)
		fields[k] = v
	}
	return fields
}

// LoadRevisions reads the values of th's newest n undo revisions (all of them when n < 0) that
// its load left in Redis, in one round trip, none when they are at hand. It reports
// conversation.ErrConflict when the thread was saved since th was loaded.
func (s *Store) LoadRevisions(ctx context.Context, th *conversation.Thread, n int) error {
	key, rev, fields := conversation.RevisionsToRead(th, n)
	if len(fields) == 0 {
		return nil
	}
	vals, err := s.rdb.HMGet(ctx, key, append([]string{conversation.FieldRev}, fields...)...).Result()
	if err != nil {
		return fmt.Errorf("read undo history of %s: %w", th.Ref.Key(), err)
	}
	if cur, _ := vals[0].(string); cur != strconv.FormatInt(rev, 10) {
		return conversation.ErrConflict
	}
	values := make([]string, len(fields))
	for i := range fields {
		if values[i], _ = vals[i+1].(string); values[i] == "" {
			return conversation.ErrConflict
		}
	}
	return conversation.SetRevisions(th, fields, values)
}

// saveScript stores a thread's changed fields only if its revision is still the one the caller
// loaded, so two turns on one thread can never overwrite each other, and changes its decision
// log with it. Both keys share the thread's hash tag, which keeps it valid on Cluster. KEYS[1]
// thread key, KEYS[2] decision log (a list); ARGV[1] expected revision; ARGV[2] TTL in ms;
// ARGV[3] "1" to replace the whole hash; ARGV[4] the number d of fields to delete; ARGV[5] how
// many log entries to keep, -1 to leave the log alone; ARGV[6] the number a of log entries to
// append; then the d fields to delete, the a entries to append, and the rest field, value pairs
// to set. Deletes come before sets. Returns the new revision, or -1 on conflict.
var saveScript = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if cur ~= tonumber(ARGV[1]) then
  return -1
end
local nxt = cur + 1
if ARGV[3] == '1' then
  redis.call('DEL', KEYS[1])
end
local d, keep, a = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
if d > 0 then
  redis.call('HDEL', KEYS[1], unpack(ARGV, 7, 6 + d))
end
if keep == 0 then
  redis.call('DEL', KEYS[2])
elseif keep > 0 then
  redis.call('LTRIM', KEYS[2], 0, keep - 1)
end
if a > 0 then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, 7 + d, 6 + d + a))
end
redis.call('HSET', KEYS[1], 'rev', nxt, unpack(ARGV, 7 + d + a))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return nxt
`)

// Save stores th if nobody saved the thread since th was loaded, advances th.Rev and restarts the
// thread's TTL; it returns conversation.ErrConflict when the thread changed in between. Only the
// parts th changed since it was loaded are encoded and sent, new decisions to the decision log.
func (s *Store) Save(ctx context.Context, th *conversation.Thread) error {
	key := s.Key(th.Ref, "thread")
	op, err := conversation.PlanSave(th, key)
	if errors.Is(err, conversation.ErrRevisionUnread) {
		// A loaded thread saved whole, as a copy under another ref is: it needs the values of
		// the revisions its load left in Redis.
		if err = s.LoadRevisions(ctx, th, -1); err == nil {
			op, err = conversation.PlanSave(th, key)
		}
	}
	if err != nil {
		return fmt.Errorf("save thread %s: %w", th.Ref.Key(), err)
	}
	replace := "0"
	if op.Replace {
		replace = "1"
	}
	keep, add := -1, []string(nil)
	if op.Log != nil {
		keep, add = op.Log.Keep, op.Log.Append
	}
	args := make([]any, 0, 6+len(op.Del)+len(add)+len(op.Set))
	args = append(args, th.Rev, s.ttl.Milliseconds(), replace, len(op.Del), keep, len(add))
	for _, f := range op.Del {
		args = append(args, f)
	}
	for _, e := range add {
		args = append(args, e)
	}
	for _, v := range op.Set {
		args = append(args, v)
	}
	rev, err := saveScript.Run(ctx, s.rdb, []string{key, s.Key(th.Ref, "decisions")}, args...).Int64()
	if err != nil {
		return fmt.Errorf("save thread %s: %w", th.Ref.Key(), err)
	}
	if rev < 0 {
		return conversation.ErrConflict
	}
	op.Commit(th, rev)
	return nil
}

// DecisionLog returns the thread's whole decision log, oldest first, for history and export: the
// thread's record holds only the newest entries. One round trip.
func (s *Store) DecisionLog(ctx context.Context, ref conversation.ThreadRef) ([]conversation.Decision, error) {
	key := s.Key(ref, "decisions")
	entries, err := s.rdb.LRange(ctx, key, 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("read decision log of %s: %w", ref.Key(), err)
	}
	log, err := conversation.DecodeDecisionLog(key, entries)
	if err != nil {
		return nil, fmt.Errorf("read decision log of %s: %w", ref.Key(), err)
	}
	return log, nil
}

// ThreadBytes is what Redis reports for the thread's record (MEMORY USAGE): the hot state every
// turn loads and saves, without the decision log kept apart.
func (s *Store) ThreadBytes(ctx context.Context, ref conversation.ThreadRef) (int64, error) {
	n, err := s.rdb.MemoryUsage(ctx, s.Key(ref, "thread"), 0).Result()
	if err != nil {
		return 0, fmt.Errorf("measure thread %s: %w", ref.Key(), err)
	}
	return n, nil
}

// FirstSeen records an event id for ttl and reports whether this is its first sighting, across
// every replica sharing the Redis. An empty id is never a duplicate: there is nothing to compare.
func (s *Store) FirstSeen(ctx context.Context, eventID string, ttl time.Duration) (bool, error) {
	if eventID == "" {
		return true, nil
	}
	if ttl <= 0 {
		return false, fmt.Errorf("record event %s: ttl must be positive, got %v", eventID, ttl)
	}
	err := s.rdb.SetArgs(ctx, s.prefix+"seen:"+eventID, "1", redis.SetArgs{Mode: "NX", TTL: ttl}).Err()
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, redis.Nil):
		return false, nil
	default:
		return false, fmt.Errorf("record event %s: %w", eventID, err)
	}
}
