package slack_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack"
	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// gatedDesigner holds every design at its first step until release closes.
type gatedDesigner struct {
	longDesigner
	release chan struct{}
}

func (d gatedDesigner) Requirements(ctx context.Context, problem string) (string, conversation.RequirementSet, error) {
	select {
	case <-d.release:
	case <-ctx.Done():
		return "", conversation.RequirementSet{}, ctx.Err()
	}
	return d.longDesigner.Requirements(ctx, problem)
}

// pacedReplica runs the adapter over HTTP with a dispatcher on Redis and a per-channel pace of
// interval (burst 4, as in production), so that posts in one channel queue up as they do there.
func pacedReplica(t *testing.T, sl *slacktest.Server, d bot.Designer, interval time.Duration) *httptest.Server {
	t.Helper()
	st := redisstore.New(conversationtest.MustRedisClient(t), redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	log := slog.New(slog.DiscardHandler)
	engine := bot.New(bot.Config{}, st, d, nil, log)
	a, err := slack.New(slack.Config{BotToken: slacktest.BotToken, SigningSecret: secret, APIURL: sl.APIURL(),
		PostInterval: interval, PostBurst: 4, ShutdownGrace: time.Second}, engine, log)
	if err != nil {
		t.Fatal(err)
	}
	disp := bot.NewDispatcher(bot.DispatchConfig{Workers: 32, ShutdownTimeout: time.Second}, engine, st.Queue(), st.Locks(), st.Ledger(), log)
	a.UseDispatcher(disp)
	mux := http.NewServeMux()
	a.Routes(mux)
	hs := httptest.NewServer(mux)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _ = a.Run(ctx) }()
	go func() { defer wg.Done(); _ = disp.Run(ctx) }()
	t.Cleanup(func() { cancel(); wg.Wait(); hs.Close() })
	sl.WaitFor(t, "adapter ready", a.Ready)
	return hs
}

// roots are the top-level messages archbot posted in channel.
func roots(sl *slacktest.Server, channel string) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range sl.Messages() {
		if m.Channel == channel && (m.ThreadTS == "" || m.ThreadTS == m.TS) {
			out = append(out, m)
		}
	}
	return out
}

// Twelve /design commands at once in one channel, each request sent twice (a retry with the same
// trigger): every request is acknowledged at once, although the channel's posts are paced, and
// each command opens exactly one thread.
func TestDesignCommandsAreAcknowledgedAtOnce(t *testing.T) {
	sl := slacktest.NewServer(t)
	d := gatedDesigner{release: make(chan struct{})}
	hs := pacedReplica(t, sl, d, 250*time.Millisecond)
	t.Cleanup(func() { close(d.release) })
	const commands, channel = 12, "C0BUSY"

	// Something already going on in the channel, as in a busy one: the pace is used up.
	for i := range 8 {
		body := slacktest.Form(sl.SlashCommand("/design", channel, "U0WARM", fmt.Sprintf("warm-up design %d", i), fmt.Sprintf("trig-warm-%d", i)))
		send(t, slacktest.SignedRequest(hs.URL+"/slack/commands", secret, "application/x-www-form-urlencoded", body, time.Now()))
	}
	var (
		mu    sync.Mutex
		took  []time.Duration
		wg    sync.WaitGroup
		codes = map[int]int{}
	)
	for i := range commands * 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := i % commands
			body := slacktest.Form(sl.SlashCommand("/design", channel, fmt.Sprintf("U0USER%02d", n), fmt.Sprintf("design system number %d", n), fmt.Sprintf("trig-busy-%d", n)))
			req := slacktest.SignedRequest(hs.URL+"/slack/commands", secret, "application/x-www-form-urlencoded", body, time.Now())
			start := time.Now()
			resp, err := http.DefaultClient.Do(req)
			elapsed := time.Since(start)
			if err != nil {
				t.Errorf("command %d: %v", n, err)
				return
			}
			resp.Body.Close()
			mu.Lock()
			took = append(took, elapsed)
			codes[resp.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(took)
	p99 := took[(len(took)*99+99)/100-1]
	t.Logf("%d acknowledgements: median %v, p99 %v, max %v", len(took), took[len(took)/2], p99, took[len(took)-1])
	if codes[http.StatusOK] != commands*2 {
		t.Fatalf("statuses %v, want %d × 200", codes, commands*2)
	}
	if p99 >= time.Second {
		t.Fatalf("ack p99 %v, want < 1s (Slack gives up at 3s)", p99)
	}

	sl.WaitFor(t, "every command's root message", func() bool { return len(roots(sl, channel)) >= commands+8 })
	// Each busy command has one root message, retried or not, and its design runs in it (the
	// designs wait at their first step: finishing twenty at this pace would take minutes).
	for n := range commands {
		var mine []slacktest.Message
		for _, m := range roots(sl, channel) {
			if strings.Contains(m.Text, fmt.Sprintf("design system number %d*", n)) {
				mine = append(mine, m)
			}
		}
		if len(mine) != 1 {
			t.Fatalf("command %d has %d root messages, want 1", n, len(mine))
		}
		sl.WaitFor(t, "the design's progress line in its thread", func() bool { return len(sl.Replies(channel, mine[0].TS)) > 0 })
	}
	if got := len(roots(sl, channel)); got != commands+8 {
		t.Fatalf("%d root messages, want %d", got, commands+8)
	}
}
