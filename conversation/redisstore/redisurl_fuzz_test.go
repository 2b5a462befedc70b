package redisstore_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/redisstore"
)

// REDIS_URL is outside input: it comes from an operator's environment, often pasted.

func FuzzParseRedisURL(f *testing.F) {
	for _, s := range []string{
		"redis://localhost:6379", "rediss://user:p%40ss@host:6380/2?dial_timeout=3s&pool_size=10",
		"redis://a:1,b:2,c:3", "redis://host?cluster=true", "redis-sentinel://:pw@s1:26379,s2/mymaster/1",
		"redis://[::1]:6379", "redis://", "redis://:6379/x", "http://x", "redis://h?unknown=1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		opts, err := redisstore.ParseURL(raw)
		if err != nil {
			// Errors never quote the password.
			if i := strings.LastIndexByte(raw, '@'); i > 0 {
				if _, pw, ok := strings.Cut(raw[:i], ":"); ok {
					if _, pw, ok = strings.Cut(pw, ":"); ok && len(pw) >= 6 && strings.Contains(err.Error(), pw) {
						t.Fatalf("error %q quotes the password %q", err, pw)
					}
				}
			}
			return
		}
		if len(opts.Addrs) == 0 {
			t.Fatalf("ParseRedisURL(%q) accepted a URL without an address", raw)
		}
		if opts.IsClusterMode && opts.DB != 0 {
			t.Fatalf("ParseRedisURL(%q): cluster with database %d", raw, opts.DB)
		}
	})
}
