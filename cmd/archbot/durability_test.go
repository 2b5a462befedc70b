package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation/conversationtest"
)

// serveLogged runs `archbot serve` until the test ends and returns its base URL and a function
// giving what it has logged so far.
func serveLogged(t *testing.T) (string, func() string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	// A file takes writes from serve's goroutines while the test reads it back.
	logs, err := os.Create(filepath.Join(t.TempDir(), "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logs.Close() })
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, strings.NewReader(""), pw, logs)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		conversationtest.Receive(t, "serve to stop after its context ended", 10*time.Second, done)
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed no address: %v", err)
	}
	go io.Copy(io.Discard, pr)
	return "http://" + strings.TrimSpace(strings.TrimPrefix(line, "archbot listening on ")), func() string {
		b, err := os.ReadFile(logs.Name())
		if err != nil {
			t.Fatalf("read serve's log: %v", err)
		}
		return string(b)
	}
}

func readyz(t *testing.T, base string) (int, string) {
	t.Helper()
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatalf("GET /readyz: %v", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// Readiness fails in production mode while Redis may evict archbot's keys or persists nothing,
// says why, and is logged loudly at start-up; development mode only warns.
func TestServeReadinessWantsARedisThatKeepsState(t *testing.T) {
	for _, tt := range []struct {
		name  string
		env   string
		redis []string
		ready bool
		say   []string // in /readyz's body (when not ready) and the log
	}{
		{"allkeys-lru", "production", []string{"--maxmemory", "5mb", "--maxmemory-policy", "allkeys-lru"}, false,
			[]string{"maxmemory-policy is allkeys-lru"}},
		{"volatile-lru", "", []string{"--maxmemory", "5mb", "--maxmemory-policy", "volatile-lru"}, false,
			[]string{"maxmemory-policy is volatile-lru"}},
		{"no persistence", "production", []string{"--appendonly", "no", "--save", ""}, false,
			[]string{"persistence is off"}},
		{"both, in development", "development", []string{"--appendonly", "no", "--maxmemory", "5mb", "--maxmemory-policy", "allkeys-lru"}, true,
			[]string{"maxmemory-policy is allkeys-lru", "persistence is off", "serving anyway"}},
		{"noeviction and aof", "production", []string{"--maxmemory", "5mb", "--maxmemory-policy", "noeviction"}, true, nil},
		{"config disabled, aof on", "production", []string{"--rename-command", "CONFIG", ""}, true,
			[]string{"Redis refuses CONFIG GET"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cleanEnv(t)
			t.Setenv("ARCHBOT_LOG_LEVEL", "info")
			t.Setenv("REDIS_URL", conversationtest.StartRedisWith(t, tt.redis...).URL())
			t.Setenv("ARCHBOT_HTTP_ADDR", "127.0.0.1:0")
			if tt.env != "" {
				t.Setenv("ARCHBOT_ENV", tt.env)
			}
			base, logs := serveLogged(t)
			code, body := readyz(t, base)
			if (code == http.StatusOK) != tt.ready {
				t.Fatalf("/readyz = %d %q, want ready %v", code, body, tt.ready)
			}
			for _, s := range tt.say {
				if !strings.Contains(logs(), s) {
					t.Errorf("log lacks %q:\n%s", s, logs())
				}
				if !tt.ready && !strings.Contains(body, s) {
					t.Errorf("/readyz body %q lacks %q", body, s)
				}
			}
			if !tt.ready && !strings.Contains(logs(), "REDIS WILL LOSE ARCHBOT'S STATE") {
				t.Errorf("no loud warning in the log:\n%s", logs())
			}
		})
	}
}
