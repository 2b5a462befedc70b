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
)

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

// ParseURL turns a REDIS_URL (see Open for the forms) into client options. A Cluster is chosen by
// listing several hosts or by cluster=true; a Sentinel by the redis-sentinel scheme.
//
// go-redis has a parser for each mode (ParseURL, ParseClusterURL, ParseFailoverURL), but they
// take other forms than the README documents (more hosts as addr= parameters, the primary as
// master_name=, the userinfo of a Sentinel URL as the Sentinel's credentials) and return three
// option types; keeping the documented form keeps existing REDIS_URLs working.
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
	opts := &redis.UniversalOptions{ContextTimeoutEnabled: true}
	if authority, err = parseUser(opts, authority); err != nil {
		return nil, err
	}
	u, err := url.Parse("redis://host" + tail)
	if err != nil {
		return nil, fmt.Errorf("parse redis url: bad path or query: %w", errors.Unwrap(err))
	}
	if opts.Addrs, err = parseAddrs(authority, sentinel); err != nil {
		return nil, err
	}
	if err := parsePath(opts, u.Path, sentinel); err != nil {
		return nil, err
	}
	skipVerify, err := parseQuery(opts, u.Query(), sentinel)
	if err != nil {
		return nil, err
	}
	if secure {
		host, _, _ := net.SplitHostPort(opts.Addrs[0])
		opts.TLSConfig = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, InsecureSkipVerify: skipVerify}
	}
	return opts, nil
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

// parseUser takes the user and password off authority into opts and returns the host list.
func parseUser(opts *redis.UniversalOptions, authority string) (string, error) {
	i := strings.LastIndexByte(authority, '@')
	if i < 0 {
		return authority, nil
	}
	u, err := url.Parse("redis://" + authority[:i+1] + "host")
	if err != nil || u.User == nil {
		// The detail would quote part of the password; say what to fix instead.
		return "", errors.New("parse redis url: malformed user or password (percent-encode special characters)")
	}
	opts.Username = u.User.Username()
	opts.Password, _ = u.User.Password()
	return authority[i+1:], nil
}

// parseAddrs reads the comma-separated host list, each host:port with Redis's or Sentinel's
// default port when none is given.
func parseAddrs(authority string, sentinel bool) ([]string, error) {
	defaultPort := "6379"
	if sentinel {
		defaultPort = "26379"
	}
	var addrs []string
	for _, h := range strings.Split(authority, ",") {
		addr, err := hostPort(strings.TrimSpace(h), defaultPort)
		if err != nil {
			return nil, fmt.Errorf("parse redis url: %w", err)
		}
		addrs = append(addrs, addr)
	}
	return addrs, nil
}

// parsePath reads "/[master/]db" into opts: a Sentinel URL names its primary first.
func parsePath(opts *redis.UniversalOptions, p string, sentinel bool) error {
	path := strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
	if sentinel {
		if len(path) == 0 {
			return errors.New("parse redis url: sentinel url needs the primary's name, e.g. redis-sentinel://host:26379/mymaster")
		}
		opts.MasterName, path = path[0], path[1:]
	}
	switch len(path) {
	case 0:
		return nil
	case 1:
		db, err := strconv.Atoi(path[0])
		if err != nil || db < 0 {
			return fmt.Errorf("parse redis url: bad database number %q", path[0])
		}
		opts.DB = db
		return nil
	}
	return fmt.Errorf("parse redis url: bad path %q", p)
}

// parseQuery applies the query parameters to opts, refusing unknown ones and combinations Redis
// cannot serve, and returns skip_verify, which only matters with TLS.
func parseQuery(opts *redis.UniversalOptions, q url.Values, sentinel bool) (skipVerify bool, err error) {
	p := params{q: q}
	opts.IsClusterMode = p.flag("cluster") || (!sentinel && len(opts.Addrs) > 1)
	if db := p.num("db"); db != 0 {
		opts.DB = db
	}
	opts.ClientName = p.take("client_name")
	opts.DialTimeout = p.dur("dial_timeout")
	opts.ReadTimeout = p.dur("read_timeout")
	opts.WriteTimeout = p.dur("write_timeout")
	opts.PoolSize = p.num("pool_size")
	opts.MaxRetries = p.num("max_retries")
	opts.SentinelUsername = p.take("sentinel_username")
	opts.SentinelPassword = p.take("sentinel_password")
	skipVerify = p.flag("skip_verify")
	if p.err != nil {
		return false, p.err
	}
	if len(q) > 0 {
		names := make([]string, 0, len(q))
		for k := range q {
			names = append(names, k)
		}
		sort.Strings(names)
		return false, fmt.Errorf("parse redis url: unknown parameter %s", strings.Join(names, ", "))
	}
	if opts.IsClusterMode && sentinel {
		return false, errors.New("parse redis url: cluster=true does not go with a sentinel url")
	}
	if opts.IsClusterMode && opts.DB != 0 {
		return false, errors.New("parse redis url: Redis Cluster has only database 0")
	}
	return skipVerify, nil
}

// params reads query parameters, each once: what is left afterwards is unknown. err keeps the
// first malformed value.
type params struct {
	q   url.Values
	err error
}

func (p *params) take(name string) string {
	v := p.q.Get(name)
	delete(p.q, name)
	return v
}

func (p *params) fail(name, v, want string) {
	if p.err == nil {
		p.err = fmt.Errorf("parse redis url: %s=%q is not %s", name, v, want)
	}
}

func (p *params) num(name string) int {
	v := p.take(name)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		p.fail(name, v, "a number")
	}
	return n
}

func (p *params) dur(name string) time.Duration {
	v := p.take(name)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil { // a bare number means seconds, as in go-redis
		return time.Duration(n) * time.Second
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		p.fail(name, v, "a duration")
	}
	return d
}

func (p *params) flag(name string) bool {
	v := p.take(name)
	if v == "" {
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.fail(name, v, "true or false")
	}
	return b
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
