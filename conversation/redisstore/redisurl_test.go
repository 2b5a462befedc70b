package redisstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

func TestParseRedisURL(t *testing.T) {
	tests := []struct {
		url                string
		addrs              string // comma-joined
		cluster            bool
		master             string
		db                 int
		user, pass, sentPw string
		tls                bool
		dialTimeout        time.Duration
	}{
		{url: "redis://localhost:6379", addrs: "localhost:6379"},
		{url: "redis://", addrs: "localhost:6379"},
		{url: "redis://cache.internal", addrs: "cache.internal:6379"},
		{url: "redis://:s3cret@10.0.0.5:6380/2", addrs: "10.0.0.5:6380", db: 2, pass: "s3cret"},
		{url: "redis://bot:p%40ss@h:1?db=3&dial_timeout=2", addrs: "h:1", db: 3, user: "bot", pass: "p@ss", dialTimeout: 2 * time.Second},
		{url: "redis://h:1?dial_timeout=250ms", addrs: "h:1", dialTimeout: 250 * time.Millisecond},
		{url: "rediss://u:p@redis.example.com:6380", addrs: "redis.example.com:6380", user: "u", pass: "p", tls: true},
		{url: "redis://[::1]:7000", addrs: "[::1]:7000"},
		{url: "redis://a:7000,b:7001,c", addrs: "a:7000,b:7001,c:6379", cluster: true},
		{url: "redis://a:7000?cluster=true", addrs: "a:7000", cluster: true},
		{url: "redis-sentinel://s1,s2:26380/mymaster", addrs: "s1:26379,s2:26380", master: "mymaster"},
		{url: "redis+sentinel://:pw@s1:26379/mymaster/4?sentinel_password=sp", addrs: "s1:26379", master: "mymaster", db: 4, pass: "pw", sentPw: "sp"},
		{url: "rediss-sentinel://s1/primary", addrs: "s1:26379", master: "primary", tls: true},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			o, err := redisstore.ParseURL(tt.url)
			if err != nil {
				t.Fatalf("ParseRedisURL: %v", err)
			}
			if got := strings.Join(o.Addrs, ","); got != tt.addrs {
				t.Errorf("addrs=%q, want %q", got, tt.addrs)
			}
			if o.IsClusterMode != tt.cluster || o.MasterName != tt.master || o.DB != tt.db {
				t.Errorf("cluster=%v master=%q db=%d, want %v %q %d", o.IsClusterMode, o.MasterName, o.DB, tt.cluster, tt.master, tt.db)
			}
			if o.Username != tt.user || o.Password != tt.pass || o.SentinelPassword != tt.sentPw {
				t.Errorf("user=%q pass=%q sentinel pass=%q, want %q %q %q", o.Username, o.Password, o.SentinelPassword, tt.user, tt.pass, tt.sentPw)
			}
			if (o.TLSConfig != nil) != tt.tls {
				t.Errorf("tls=%v, want %v", o.TLSConfig != nil, tt.tls)
			}
			if o.DialTimeout != tt.dialTimeout {
				t.Errorf("dial timeout=%v, want %v", o.DialTimeout, tt.dialTimeout)
			}
			if !o.ContextTimeoutEnabled {
				t.Errorf("context deadlines ignored; a stalled Redis would hold a turn past its deadline")
			}
		})
	}
}

func TestParseRedisURLErrors(t *testing.T) {
	tests := []struct{ url, want string }{
		{"localhost:6379", "missing scheme"},
		{"http://h:1", "unsupported scheme"},
		{"redis://h:notaport", "invalid port"},
		{"redis://h:99999", "invalid port"},
		{"redis://h/abc", "invalid database number"},
		{"redis://h/1/2", "invalid URL path"},
		{"redis://h?dial_timeout=soon", "dial_timeout"},
		{"redis://h?cluster=maybe", "cluster"},
		{"redis://h?pool_sise=3&bogus=1", "unexpected option: bogus, pool_sise"},
		{"redis://a,b/1", "only database 0"},
		{"redis-sentinel://s1:26379", "primary's name"},
		{"redis-sentinel://s1/m?cluster=true", "does not go with a sentinel"},
		{"redis://user:p%zzsecret@h", "malformed user or password"},
		{"redis://:secret@h?skip_verify=true", "unexpected option: skip_verify"}, // no TLS to verify
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := redisstore.ParseURL(tt.url)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err=%v, want one containing %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Fatalf("error %q leaks the password", err)
			}
		})
	}
}

// Every tuning parameter go-redis's own URL parser knows reaches the options, in every mode.
func TestParseRedisURLGoRedisParameters(t *testing.T) {
	for _, u := range []string{"rediss://h", "rediss://a,b", "rediss-sentinel://s/m"} {
		o, err := redisstore.ParseURL(u + "?skip_verify=true&min_idle_conns=2&conn_max_idle_time=1m&read_timeout=0")
		if err != nil {
			t.Fatalf("ParseURL(%s): %v", u, err)
		}
		if !o.TLSConfig.InsecureSkipVerify || o.MinIdleConns != 2 || o.ConnMaxIdleTime != time.Minute || o.ReadTimeout != -1 {
			t.Errorf("%s: skip verify=%v min idle=%d max idle time=%v read timeout=%v, want true 2 1m -1",
				u, o.TLSConfig.InsecureSkipVerify, o.MinIdleConns, o.ConnMaxIdleTime, o.ReadTimeout)
		}
	}
}

func TestOpenRedis(t *testing.T) {
	ctx := context.Background()
	rdb, err := redisstore.Open(ctx, conversationtest.MustRedisURL(t))
	if err != nil {
		t.Fatalf("OpenRedis: %v", err)
	}
	defer rdb.Close()
	if err := redisstore.New(rdb, redisstore.Options{}).Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

func TestOpenRedisUnreachable(t *testing.T) {
	srv := conversationtest.StartRedis(t)
	addr := srv.Addr()
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := redisstore.Open(ctx, "redis://archbot:hunter2secret@"+addr+"?dial_timeout=1s&max_retries=-1")
	if err == nil {
		t.Fatal("OpenRedis of a stopped server: want an error")
	}
	if want := "redis at " + addr + " unreachable"; !strings.Contains(err.Error(), want) {
		t.Fatalf("err=%q, want it to contain %q", err, want)
	}
	if strings.Contains(err.Error(), "hunter2secret") {
		t.Fatalf("error %q leaks the password", err)
	}
}

// A server that stops and comes back keeps its threads, and the store recovers by itself.
func TestRedisStoreSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	srv := conversationtest.StartRedis(t)
	rdb := conversationtest.MustOpen(t, srv.URL())
	s := redisstore.New(rdb, redisstore.Options{})
	th := &conversation.Thread{Ref: ref, Problem: "p"}
	if err := s.Save(ctx, th); err != nil {
		t.Fatal(err)
	}
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := s.Ping(short); err == nil {
		t.Fatal("Ping with Redis stopped: want an error")
	}
	if _, err := s.Load(short, ref); err == nil || err == conversation.ErrNotFound {
		t.Fatalf("Load with Redis stopped: err=%v, want a connection error, not ErrNotFound", err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(ctx, ref)
	if err != nil {
		t.Fatalf("Load after restart: %v", err)
	}
	if got.Problem != "p" || got.Rev != 1 {
		t.Fatalf("after restart: problem=%q rev=%d, want %q and 1", got.Problem, got.Rev, "p")
	}
	// The script cache is empty after a restart; Save must reload it transparently.
	if err := s.Save(ctx, got); err != nil || got.Rev != 2 {
		t.Fatalf("Save after restart: rev=%d err=%v, want 2 and nil", got.Rev, err)
	}
}
