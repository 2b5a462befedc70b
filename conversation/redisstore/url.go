package redisstore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"
)

// Open connects to the Redis that url names and checks that it answers. Accepted forms:
//
//	redis://[user:password@]host:port[/db]            one server (rediss:// for TLS)
//	redis://host:port,host:port,...                   a Cluster, from any of its nodes
//	redis://host:port?cluster=true                    a Cluster reached through one seed
//	redis-sentinel://[:password@]host:port,host:port/master[/db]
//	                                                  a Sentinel-managed primary (rediss-sentinel:// for TLS)
//
// Query parameters: those of go-redis's ParseURL (db, client_name, dial_timeout, read_timeout,
// pool_size, max_retries, skip_verify, ...) and cluster, sentinel_username, sentinel_password.
// Errors never contain the password.
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

// ParseURL turns a REDIS_URL (see Open for the forms) into client options. A Cluster is chosen by
// listing several hosts or by cluster=true; a Sentinel by the redis-sentinel scheme.
//
// The single-server part (credentials, database, TLS, every tuning parameter) is go-redis's own
// ParseURL; this adds what the documented form has beyond it. go-redis's ParseClusterURL and
// ParseFailoverURL take other forms (more hosts as addr= parameters, the primary as master_name=,
// the userinfo of a Sentinel URL as the Sentinel's credentials), so they would break existing
// REDIS_URLs.
func ParseURL(raw string) (*redis.UniversalOptions, error) {
	scheme, rest, ok := strings.Cut(strings.TrimSpace(raw), "://")
	if !ok {
		return nil, errors.New("parse redis url: missing scheme, want e.g. redis://localhost:6379")
	}
	sentinel, secure, err := parseScheme(scheme)
	if err != nil {
		return nil, err
	}
	// Split by hand: the host list may hold commas, which net/url rejects in a port.
	authority, tail := rest, ""
	if i := strings.IndexAny(rest, "/?"); i >= 0 {
		authority, tail = rest[:i], rest[i:]
	}
	single, err := url.Parse("redis://host" + tail)
	if err != nil {
		return nil, fmt.Errorf("parse redis url: bad path or query: %w", errors.Unwrap(err))
	}
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		u, err := url.Parse("redis://" + authority[:i+1] + "host")
		if err != nil || u.User == nil {
			// The detail would quote part of the password; say what to fix instead.
			return nil, errors.New("parse redis url: malformed user or password (percent-encode special characters)")
		}
		single.User, authority = u.User, authority[i+1:]
	}
	addrs, err := parseAddrs(authority, sentinel)
	if err != nil {
		return nil, err
	}
	single.Host = addrs[0]
	if secure {
		single.Scheme = "rediss"
	}
	return parseModes(single, addrs, sentinel)
}

// parseModes takes the Cluster and Sentinel parts off single (a go-redis URL naming the first of
// addrs), has go-redis parse the rest and applies both.
func parseModes(single *url.URL, addrs []string, sentinel bool) (*redis.UniversalOptions, error) {
	var master string
	if sentinel {
		path := strings.FieldsFunc(single.Path, func(r rune) bool { return r == '/' })
		if len(path) == 0 {
			return nil, errors.New("parse redis url: sentinel url needs the primary's name, e.g. redis-sentinel://host:26379/mymaster")
		}
		master, single.Path = path[0], "/"+strings.Join(path[1:], "/")
	}
	q := single.Query()
	cluster, err := strconv.ParseBool(cmp.Or(q.Get("cluster"), "false"))
	if err != nil {
		return nil, fmt.Errorf("parse redis url: cluster=%q is not true or false", q.Get("cluster"))
	}
	sentinelUser, sentinelPassword := q.Get("sentinel_username"), q.Get("sentinel_password")
	for _, k := range []string{"cluster", "sentinel_username", "sentinel_password"} {
		q.Del(k)
	}
	single.RawQuery = q.Encode()
	o, err := redis.ParseURL(single.String())
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its URL holds the password
	}
	if err != nil {
		return nil, fmt.Errorf("parse redis url: %w", err)
	}
	opts := universal(o)
	opts.Addrs, opts.MasterName = addrs, master
	opts.IsClusterMode = cluster || (!sentinel && len(addrs) > 1)
	opts.SentinelUsername, opts.SentinelPassword = sentinelUser, sentinelPassword
	if opts.IsClusterMode && sentinel {
		return nil, errors.New("parse redis url: cluster=true does not go with a sentinel url")
	}
	if opts.IsClusterMode && opts.DB != 0 {
		return nil, errors.New("parse redis url: Redis Cluster has only database 0")
	}
	return opts, nil
}

// universal copies every field go-redis's ParseURL sets into the options all three modes take.
func universal(o *redis.Options) *redis.UniversalOptions {
	return &redis.UniversalOptions{
		Addrs: []string{o.Addr}, Username: o.Username, Password: o.Password, DB: o.DB,
		TLSConfig: o.TLSConfig, Protocol: o.Protocol, ClientName: o.ClientName,
		MaxRetries: o.MaxRetries, MinRetryBackoff: o.MinRetryBackoff, MaxRetryBackoff: o.MaxRetryBackoff,
		DialTimeout: o.DialTimeout, ReadTimeout: o.ReadTimeout, WriteTimeout: o.WriteTimeout,
		PoolFIFO: o.PoolFIFO, PoolSize: o.PoolSize, PoolTimeout: o.PoolTimeout,
		MinIdleConns: o.MinIdleConns, MaxIdleConns: o.MaxIdleConns, MaxActiveConns: o.MaxActiveConns,
		MaxConcurrentDials: o.MaxConcurrentDials, PipelinePoolSize: o.PipelinePoolSize,
		PipelineReadBufferSize: o.PipelineReadBufferSize, PipelineWriteBufferSize: o.PipelineWriteBufferSize,
		ConnMaxIdleTime: o.ConnMaxIdleTime, ConnMaxLifetime: o.ConnMaxLifetime,
		ConnMaxLifetimeJitter: o.ConnMaxLifetimeJitter,
		// A stalled Redis must not hold a turn past its deadline.
		ContextTimeoutEnabled: true,
	}
}

// parseScheme says whether scheme names a Sentinel and whether it asks for TLS.
func parseScheme(scheme string) (sentinel, secure bool, err error) {
	switch strings.ToLower(scheme) {
	case "redis":
		return false, false, nil
	case "rediss":
		return false, true, nil
	case "redis-sentinel", "redis+sentinel":
		return true, false, nil
	case "rediss-sentinel", "rediss+sentinel":
		return true, true, nil
	}
	return false, false, fmt.Errorf("parse redis url: unsupported scheme %q, want redis, rediss or redis-sentinel", scheme)
}

// parseAddrs reads the comma-separated host list, each "host", "host:port", "[v6]:port" or ""
// made host:port with Redis's or Sentinel's default port when none is given.
func parseAddrs(authority string, sentinel bool) ([]string, error) {
	defaultPort := "6379"
	if sentinel {
		defaultPort = "26379"
	}
	var addrs []string
	for _, h := range strings.Split(authority, ",") {
		h = strings.TrimSpace(h)
		u, err := url.Parse("redis://" + h)
		if err != nil {
			return nil, fmt.Errorf("parse redis url: %w", errors.Unwrap(err))
		}
		host, port := cmp.Or(u.Hostname(), "localhost"), cmp.Or(u.Port(), defaultPort)
		if u.Host != h || strings.ContainsAny(host, "[]/ ") {
			return nil, fmt.Errorf("parse redis url: bad host %q", h)
		}
		if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
			return nil, fmt.Errorf("parse redis url: invalid port %q", port)
		}
		addrs = append(addrs, net.JoinHostPort(host, port))
	}
	return addrs, nil
}
