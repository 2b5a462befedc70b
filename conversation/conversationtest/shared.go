package conversationtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation/redisstore"
)

// EnvRedisURL names the variable through which `make test` hands every test binary one server.
const EnvRedisURL = "ARCHBOT_TEST_REDIS_URL"

// shared is the per-binary server used when EnvRedisURL is unset. It lives as long as the test
// binary: the watchdog stops it when the process exits (see the package comment), so nothing
// here needs to stop it and no test owns it.
var shared struct {
	once sync.Once
	url  string
	proc *process // referenced so the pipe that keeps the server alive is never collected
	err  error
}

// MustRedisURL returns the URL of a Redis for tests: $ARCHBOT_TEST_REDIS_URL when set, else a
// redis-server started once per test binary on a free port. Tests sharing it must keep to their
// own keys; MustRedisStore and UniquePrefix give them a prefix of their own.
func MustRedisURL(tb testing.TB) string {
	tb.Helper()
	if u := os.Getenv(EnvRedisURL); u != "" {
		return u
	}
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "archbot-redis-")
		if err != nil {
			shared.err = fmt.Errorf("make redis dir: %w", err)
			return
		}
		p, port, err := spawnOnFreePort(dir, []string{"ARCHBOT_REDIS_RMDIR=" + dir},
			"--save", "", "--appendonly", "no")
		if err != nil {
			os.RemoveAll(dir)
			shared.err = err
			return
		}
		shared.proc = p
		shared.url = fmt.Sprintf("redis://127.0.0.1:%d", port)
	})
	if shared.err != nil {
		tb.Fatalf("start shared redis-server: %v", shared.err)
	}
	return shared.url
}

// MustRedisClient returns a client of the Redis MustRedisURL names, closed when tb ends.
func MustRedisClient(tb testing.TB) redis.UniversalClient {
	tb.Helper()
	return MustOpen(tb, MustRedisURL(tb))
}

// MustOpen connects to the Redis at url, as archbot would with REDIS_URL, and closes the client
// when tb ends.
func MustOpen(tb testing.TB, url string) redis.UniversalClient {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rdb, err := redisstore.Open(ctx, url)
	if err != nil {
		tb.Fatalf("open test redis: %v", err)
	}
	tb.Cleanup(func() { rdb.Close() })
	return rdb
}

// MustRedisStore returns a RedisStore on the shared test Redis whose keys no other test uses.
func MustRedisStore(tb testing.TB) *redisstore.Store {
	tb.Helper()
	return redisstore.New(MustRedisClient(tb), redisstore.Options{KeyPrefix: UniquePrefix(tb)})
}

// UniquePrefix returns a key prefix for tb alone, readable in MONITOR output: "test:<name>:<random>:".
func UniquePrefix(tb testing.TB) string {
	tb.Helper()
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		tb.Fatalf("random prefix: %v", err)
	}
	// Braces would become the hash tag of every key; spaces only make keys awkward to type.
	name := strings.NewReplacer("{", "(", "}", ")", " ", "_").Replace(tb.Name())
	return "test:" + name + ":" + hex.EncodeToString(b[:]) + ":"
}
