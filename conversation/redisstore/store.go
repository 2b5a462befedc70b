package redisstore

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
	"sort"
	"strconv"
	"strings"
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
// record codec.go describes: its revision, its metadata, its design and one field per revision of
// its undo history, the large ones compressed with gzip. Load and Save cost one round trip each,
// and a Save writes only the fields the turn changed.
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

// Load returns the thread's state or conversation.ErrNotFound. The undo history comes as stored and is decoded
// only if the turn reads it.
func (s *Store) Load(ctx context.Context, ref conversation.ThreadRef) (*conversation.Thread, error) {
	key := s.Key(ref, "thread")
	fields, err := s.rdb.HGetAll(ctx, key).Result()
	if err != nil {
		return nil, fmt.Errorf("load thread %s: %w", ref.Key(), err)
	}
	revText, ok := fields[conversation.FieldRev]
	if !ok {
		return nil, conversation.ErrNotFound
	}
	// The hash field is the authority: it is what Save compares against.
	rev, err := strconv.ParseInt(revText, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("load thread %s: bad revision %q", ref.Key(), revText)
	}
	th, err := conversation.DecodeRecord(key, rev, fields)
	if err != nil {
		return nil, fmt.Errorf("load thread %s: %w", ref.Key(), err)
	}
	th.Ref = ref // the key it was found under is the authority, as for rev
	return th, nil
}

// saveScript stores a thread's changed fields only if its revision is still the one the caller
// loaded, so two turns on one thread can never overwrite each other. It touches one key, which
// keeps it valid on Cluster. KEYS[1] thread key; ARGV[1] expected revision; ARGV[2] TTL in ms;
// ARGV[3] "1" to replace the whole hash; ARGV[4] the number n of fields to delete, ARGV[5..4+n]
// those fields; the rest field, value pairs to set. Deletes come before sets. Returns the new
// revision, or -1 on conflict.
var saveScript = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if cur ~= tonumber(ARGV[1]) then
  return -1
end
local nxt = cur + 1
if ARGV[3] == '1' then
  redis.call('DEL', KEYS[1])
end
local n = tonumber(ARGV[4])
if n > 0 then
  redis.call('HDEL', KEYS[1], unpack(ARGV, 5, 4 + n))
end
redis.call('HSET', KEYS[1], 'rev', nxt, unpack(ARGV, 5 + n))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return nxt
`)

// Save stores th if nobody saved the thread since th was loaded, advances th.Rev and restarts the
// thread's TTL; it returns conversation.ErrConflict when the thread changed in between. Only the parts th
// changed since it was loaded are encoded and sent.
func (s *Store) Save(ctx context.Context, th *conversation.Thread) error {
	key := s.Key(th.Ref, "thread")
	op, err := conversation.PlanSave(th, key)
	if err != nil {
		return fmt.Errorf("save thread %s: %w", th.Ref.Key(), err)
	}
	replace := "0"
	if op.Replace {
		replace = "1"
	}
	args := make([]any, 0, 4+len(op.Del)+len(op.Set))
	args = append(args, th.Rev, s.ttl.Milliseconds(), replace, len(op.Del))
	for _, f := range op.Del {
		args = append(args, f)
	}
	for _, v := range op.Set {
		args = append(args, v)
	}
	rev, err := saveScript.Run(ctx, s.rdb, []string{key}, args...).Int64()
	if err != nil {
		return fmt.Errorf("save thread %s: %w", th.Ref.Key(), err)
	}
	if rev < 0 {
		return conversation.ErrConflict
	}
	op.Commit(th, rev)
	return nil
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

// Open connects to the Redis that url names and checks that it answers. Accepted forms:
//
//	redis://[user:password@]host:port[/db]            one server (rediss:// for TLS)
//	redis://host:port,host:port,...                   a Cluster, from any of its nodes
//	redis://host:port?cluster=true                    a Cluster reached through one seed
//	redis-sentinel://[:password@]host:port,host:port/master[/db]
//	                                                  a Sentinel-managed primary (rediss-sentinel:// for TLS)
//
// Query parameters: cluster, db, client_name, dial_timeout, read_timeout, write_timeout, pool_size,
// max_retries, sentinel_username, sentinel_password. Errors never contain the password.
func Open(ctx context.Context, url string) (redis.UniversalClient, error) {
	opts, err := ParseURL(url)
	if err != nil {
		return nil, err
	}
	rdb := redis.NewUniversalClient(opts)
	if err := rdb.Ping(ctx).Err(); err != nil {
		rdb.Close()
		return nil, fmt.Errorf("redis at %s unreachable: %w", strings.Join(opts.Addrs, ","), err)
	}
	return rdb, nil
}

// ParseURL turns a REDIS_URL (see Open for the forms) into client options. A Cluster is
// chosen by listing several hosts or by cluster=true; a Sentinel by the redis-sentinel scheme.
func ParseURL(raw string) (*redis.UniversalOptions, error) {
	scheme, rest, ok := strings.Cut(strings.TrimSpace(raw), "://")
	if !ok {
		return nil, errors.New("parse redis url: missing scheme, want e.g. redis://localhost:6379")
	}
	var sentinel, secure bool
	switch strings.ToLower(scheme) {
	case "redis":
	case "rediss":
		secure = true
	case "redis-sentinel", "redis+sentinel":
		sentinel = true
	case "rediss-sentinel", "rediss+sentinel":
		sentinel, secure = true, true
	default:
		return nil, fmt.Errorf("parse redis url: unsupported scheme %q, want redis, rediss or redis-sentinel", scheme)
	}

	// Split by hand: the host list may hold commas, which net/url rejects in a port.
	authority, tail := rest, ""
	if i := strings.IndexAny(rest, "/?"); i >= 0 {
		authority, tail = rest[:i], rest[i:]
	}
	opts := &redis.UniversalOptions{ContextTimeoutEnabled: true}
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		u, err := url.Parse("redis://" + authority[:i+1] + "host")
		if err != nil || u.User == nil {
			// The detail would quote part of the password; say what to fix instead.
			return nil, errors.New("parse redis url: malformed user or password (percent-encode special characters)")
		}
		opts.Username = u.User.Username()
		opts.Password, _ = u.User.Password()
		authority = authority[i+1:]
	}
	u, err := url.Parse("redis://host" + tail)
	if err != nil {
		return nil, fmt.Errorf("parse redis url: bad path or query: %w", errors.Unwrap(err))
	}

	defaultPort := "6379"
	if sentinel {
		defaultPort = "26379"
	}
	for _, h := range strings.Split(authority, ",") {
		addr, err := hostPort(strings.TrimSpace(h), defaultPort)
		if err != nil {
			return nil, fmt.Errorf("parse redis url: %w", err)
		}
		opts.Addrs = append(opts.Addrs, addr)
	}

	path := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if sentinel {
		if len(path) == 0 {
			return nil, errors.New("parse redis url: sentinel url needs the primary's name, e.g. redis-sentinel://host:26379/mymaster")
		}
		opts.MasterName, path = path[0], path[1:]
	}
	switch len(path) {
	case 0:
	case 1:
		if opts.DB, err = strconv.Atoi(path[0]); err != nil || opts.DB < 0 {
			return nil, fmt.Errorf("parse redis url: bad database number %q", path[0])
		}
	default:
		return nil, fmt.Errorf("parse redis url: bad path %q", u.Path)
	}

	q := u.Query()
	take := func(name string) string {
		v := q.Get(name)
		delete(q, name)
		return v
	}
	var perr error
	num := func(name string) int {
		v := take(name)
		if v == "" {
			return 0
		}
		n, err := strconv.Atoi(v)
		if err != nil && perr == nil {
			perr = fmt.Errorf("parse redis url: %s=%q is not a number", name, v)
		}
		return n
	}
	dur := func(name string) time.Duration {
		v := take(name)
		if v == "" {
			return 0
		}
		if n, err := strconv.Atoi(v); err == nil { // a bare number means seconds, as in go-redis
			return time.Duration(n) * time.Second
		}
		d, err := time.ParseDuration(v)
		if err != nil && perr == nil {
			perr = fmt.Errorf("parse redis url: %s=%q is not a duration", name, v)
		}
		return d
	}
	flag := func(name string) bool {
		v := take(name)
		if v == "" {
			return false
		}
		b, err := strconv.ParseBool(v)
		if err != nil && perr == nil {
			perr = fmt.Errorf("parse redis url: %s=%q is not true or false", name, v)
		}
		return b
	}

	opts.IsClusterMode = flag("cluster") || (!sentinel && len(opts.Addrs) > 1)
	if db := num("db"); db != 0 {
		opts.DB = db
	}
	opts.ClientName = take("client_name")
	opts.DialTimeout = dur("dial_timeout")
	opts.ReadTimeout = dur("read_timeout")
	opts.WriteTimeout = dur("write_timeout")
	opts.PoolSize = num("pool_size")
	opts.MaxRetries = num("max_retries")
	opts.SentinelUsername = take("sentinel_username")
	opts.SentinelPassword = take("sentinel_password")
	skipVerify := flag("skip_verify")
	if perr != nil {
		return nil, perr
	}
	if len(q) > 0 {
		names := make([]string, 0, len(q))
		for k := range q {
			names = append(names, k)
		}
		sort.Strings(names)
		return nil, fmt.Errorf("parse redis url: unknown parameter %s", strings.Join(names, ", "))
	}
	if opts.IsClusterMode && sentinel {
		return nil, errors.New("parse redis url: cluster=true does not go with a sentinel url")
	}
	if opts.IsClusterMode && opts.DB != 0 {
		return nil, errors.New("parse redis url: Redis Cluster has only database 0")
	}
	if secure {
		host, _, _ := net.SplitHostPort(opts.Addrs[0])
		opts.TLSConfig = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, InsecureSkipVerify: skipVerify}
	}
	return opts, nil
}

// hostPort normalises "host", "host:port", "[v6]:port" or "" into host:port.
func hostPort(h, defaultPort string) (string, error) {
	if h == "" {
		return net.JoinHostPort("localhost", defaultPort), nil
	}
	host, port, err := net.SplitHostPort(h)
	if err != nil {
		// No port given (or a bare IPv6 address).
		host, port = strings.Trim(h, "[]"), defaultPort
	}
	if host == "" {
		host = "localhost"
	}
	if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
		return "", fmt.Errorf("bad port in %q", h)
	}
	if strings.ContainsAny(host, "[]/ ") {
		return "", fmt.Errorf("bad host %q", h)
	}
	return net.JoinHostPort(host, port), nil
}
