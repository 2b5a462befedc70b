package e2e_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/cmd/archbot/servetest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// archbot is the binary TestMain builds once for every test.
var archbot string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "archbot-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "make build dir:", err)
		os.Exit(1)
	}
	if archbot, err = servetest.Build(context.Background(), dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const secret = "e2e-signing-secret"

// claimAfter is short so a killed replica's jobs are taken over within the test's patience.
const claimAfter = 2 * time.Second

// replica is one `archbot serve` process.
type replica struct{ *servetest.Replica }

// startReplica runs `archbot serve` with Slack only, against a local Slack; env overrides the
// defaults (later settings win).
func startReplica(t *testing.T, name, redisURL string, slack *slacktest.Server, env ...string) *replica {
	t.Helper()
	return startServe(t, name, redisURL, append([]string{
		"SLACK_BOT_TOKEN=" + slacktest.BotToken, "SLACK_SIGNING_SECRET=" + secret, "SLACK_API_URL=" + slack.APIURL(),
		"SLACK_APP_TOKEN=", "DISCORD_TOKEN=", "SLACK_POST_INTERVAL=10ms"}, env...)...)
}

// startServe runs `archbot serve` on the offline designer with the given platform settings,
// waits until it is ready, and kills it when the test ends (logging its tail if the test failed).
func startServe(t *testing.T, name, redisURL string, platformEnv ...string) *replica {
	t.Helper()
	env := append([]string{
		"REDIS_URL=" + redisURL, "ARCHBOT_HTTP_ADDR=127.0.0.1:0", "ARCHBOT_PROVIDER=offline", "OPENAI_API_KEY=",
		"ARCHBOT_JOB_CLAIM_AFTER=" + claimAfter.String(), "ARCHBOT_SHUTDOWN_TIMEOUT=10s", "ARCHBOT_WORKERS=16",
		"ARCHBOT_LOG_FORMAT=json", "ARCHBOT_LOG_LEVEL=info",
		"ARCHBOT_DESIGNS_PER_USER_PER_DAY=0", "ARCHBOT_DESIGNS_PER_TEAM_PER_DAY=0",
		"ARCHBOT_TOKENS_PER_USER_PER_DAY=0", "ARCHBOT_TOKENS_PER_TEAM_PER_DAY=0",
	}, platformEnv...)
	r, err := servetest.Start(context.Background(), archbot, name, filepath.Join(t.TempDir(), name+".log"), env)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		r.Kill()
		if t.Failed() {
			t.Logf("%s log tail:\n%s", name, r.Tail(3000))
		}
	})
	return &replica{r}
}

// event delivers an Events API callback to the replica, signed as Slack signs it.
func (r *replica) event(t *testing.T, eventID string, inner map[string]any) {
	body := slacktest.JSON(slacktest.EventCallback(eventID, inner))
	req := slacktest.SignedRequest(r.URL+"/slack/events", secret, "application/json", body, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Errorf("deliver %s to %s: %v", eventID, r.Name, err)
		return
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("deliver %s to %s: status %d", eventID, r.Name, resp.StatusCode)
	}
}

// terminate sends SIGTERM and checks the replica exits 0 within its shutdown timeout.
func (r *replica) terminate(t *testing.T) {
	t.Helper()
	switch {
	case !r.Terminate(20 * time.Second):
		t.Errorf("%s still running 20s after SIGTERM", r.Name)
	case r.Err() != nil:
		t.Errorf("%s exited with %v after SIGTERM, want 0", r.Name, r.Err())
	}
}

// logged counts the replica's log lines whose msg is msg.
func (r *replica) logged(t *testing.T, msg string) int {
	raw, err := os.ReadFile(r.Log)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(raw), "\n") {
		var rec struct {
			Msg string `json:"msg"`
		}
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == msg {
			n++
		}
	}
	return n
}

func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	conversationtest.WaitFor(t, what, limit, cond)
}

// env is one Redis (a server or a cluster), a local Slack, and what the tests read back.
type env struct {
	url   string
	rdb   redis.UniversalClient
	store *redisstore.Store
	slack *slacktest.Server
}

func newEnv(t *testing.T, url string) *env {
	rdb := conversationtest.MustOpen(t, url)
	return &env{url: url, rdb: rdb, store: redisstore.New(rdb, redisstore.Options{}), slack: slacktest.NewServer(t)}
}

// idle reports whether every queued job has been finished.
func (e *env) idle(t *testing.T) bool {
	n, err := e.store.Queue().Depth(context.Background())
	if err != nil {
		t.Logf("queue depth: %v", err)
		return false
	}
	return n == 0
}

func ref(channel, ts string) conversation.ThreadRef {
	return conversation.ThreadRef{Platform: "slack", Team: slacktest.TeamID, Channel: channel, ThreadID: ts}
}

// threadPosts is what archbot posted in one thread: messages by text and completed files.
type threadPosts struct {
	texts   map[string]int
	files   int
	closing int // "What next?" messages
}

func (e *env) posts() map[string]*threadPosts {
	out := map[string]*threadPosts{}
	get := func(channel, ts string) *threadPosts {
		k := channel + "/" + ts
		if out[k] == nil {
			out[k] = &threadPosts{texts: map[string]int{}}
		}
		return out[k]
	}
	for _, m := range e.slack.Messages() {
		if m.ThreadTS == "" || m.ThreadTS == m.TS {
			continue
		}
		p := get(m.Channel, m.ThreadTS)
		p.texts[m.Text]++
		if m.Text == "What next?" {
			p.closing++
		}
	}
	for _, f := range e.slack.Files() {
		if f.Complete {
			get(f.Channel, f.ThreadTS).files++
		}
	}
	return out
}

// completed counts the threads whose design has been posted to the end.
func (e *env) completed() int {
	n := 0
	for _, p := range e.posts() {
		if p.closing > 0 {
			n++
		}
	}
	return n
}

// waitCompleted waits until designs threads are posted to the end and no job is left.
func (e *env) waitCompleted(t *testing.T, designs int) {
	t.Helper()
	waitFor(t, "every design to complete", 120*time.Second, func() bool {
		return e.completed() == designs && e.idle(t)
	})
}

// killUnderWay SIGKILLs r once posted messages are out, so it dies holding jobs half posted,
// and waits for it to exit.
func (e *env) killUnderWay(t *testing.T, r *replica, posted int) {
	t.Helper()
	waitFor(t, "designs under way", 60*time.Second, func() bool {
		n := 0
		for _, p := range e.posts() {
			n += len(p.texts)
		}
		return n >= posted
	})
	r.Kill()
}

const problem = "design a photo sharing app like Instagram for 50M DAU"

func TestReplicas(t *testing.T) {
	for _, tt := range []struct {
		name  string
		redis func(t *testing.T) string
	}{
		{"standalone", func(t *testing.T) string { return conversationtest.StartRedis(t).URL() }},
		{"cluster", func(t *testing.T) string { return conversationtest.StartRedisCluster(t, 3).URL() }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			url := tt.redis(t)
			t.Run("hundred designs, one replica killed", func(t *testing.T) { testKilledReplica(t, newEnv(t, url)) })
			t.Run("every event three times", func(t *testing.T) { testRedelivery(t, newEnv(t, url)) })
			t.Run("ten concurrent changes", func(t *testing.T) { testConcurrentChanges(t, newEnv(t, url)) })
		})
	}
}

// 100 designs start at once through both replicas; one is SIGKILLed mid-run. Every design
// completes, and every section, diagram, document and closing message is posted exactly once.
func testKilledReplica(t *testing.T, e *env) {
	const designs = 100
	a := startReplica(t, "a", e.url, e.slack)
	b := startReplica(t, "b", e.url, e.slack)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range designs {
		r := []*replica{a, b}[i%2]
		channel, ts := fmt.Sprintf("C%03d", i), fmt.Sprintf("1690000000.%06d", i)
		wg.Go(func() {
			r.event(t, fmt.Sprintf("Ev%03d", i), slacktest.Mention(channel, fmt.Sprintf("U%03d", i),
				"<@"+slacktest.BotUserID+"> "+problem, ts, ""))
		})
	}
	wg.Wait()
	// Kill a once a fair share of the work is out, so it dies holding jobs half posted.
	e.killUnderWay(t, a, designs*3)
	killedAt := time.Since(start)
	e.waitCompleted(t, designs)
	took := time.Since(start)
	b.terminate(t)

	dup := 0
	posts := e.posts()
	for i := range designs {
		channel, ts := fmt.Sprintf("C%03d", i), fmt.Sprintf("1690000000.%06d", i)
		th, err := e.store.Load(context.Background(), ref(channel, ts))
		if err != nil || th.Design == nil {
			t.Fatalf("design %d: %v (thread %+v)", i, err, th)
		}
		p := posts[channel+"/"+ts]
		for _, s := range th.Design.Sections {
			title := s.Title
			if title == "" {
				title = s.ID.Title()
			}
			if n := p.texts[title]; n != 1 {
				t.Errorf("design %d: section %q posted %d times, want 1", i, title, n)
				dup += max(n-1, 0)
			}
		}
		if p.closing != 1 {
			t.Errorf("design %d: %d closing messages, want 1", i, p.closing)
			dup += max(p.closing-1, 0)
		}
		// The diagram (a PNG, or Mermaid source without Graphviz) and the document.
		if want := 2; p.files != want && p.files+p.texts["Architecture diagram"] != want {
			t.Errorf("design %d: %d files, want the diagram and the document", i, p.files)
		}
	}
	resumed := b.logged(t, "resuming a job another run left unfinished")
	if resumed == 0 {
		t.Errorf("no job was taken over from the killed replica; it was killed after %v", killedAt)
	}
	t.Logf("%d designs in %v through 2 replicas, one SIGKILLed at %v; %d jobs taken over, %d duplicate posts",
		designs, took.Round(10*time.Millisecond), killedAt.Round(10*time.Millisecond), resumed, dup)
}

// Every event reaches the replicas three times, alternating: each gets exactly one answer.
func testRedelivery(t *testing.T, e *env) {
	const designs = 10
	a := startReplica(t, "a", e.url, e.slack)
	b := startReplica(t, "b", e.url, e.slack)
	deliver := func(eventID string, inner map[string]any) {
		var wg sync.WaitGroup
		for _, r := range []*replica{a, b, a} {
			wg.Go(func() { r.event(t, eventID, inner) })
		}
		wg.Wait()
	}
	for i := range designs {
		deliver(fmt.Sprintf("EvR%02d", i), slacktest.Mention(fmt.Sprintf("CR%02d", i), "U0ANA",
			"<@"+slacktest.BotUserID+"> "+problem, fmt.Sprintf("1690000100.%06d", i), ""))
	}
	waitFor(t, "every design", 60*time.Second, func() bool {
		n := 0
		for _, p := range e.posts() {
			n += p.closing
		}
		return n >= designs && e.idle(t)
	})
	before := e.posts()
	for i := range designs {
		channel, ts := fmt.Sprintf("CR%02d", i), fmt.Sprintf("1690000100.%06d", i)
		deliver(fmt.Sprintf("EvQ%02d", i), slacktest.ChatMessage(channel, "channel", "U0ANA",
			"why this database?", fmt.Sprintf("1690000200.%06d", i), ts))
	}
	count := func(p *threadPosts) int {
		n := 0
		for _, c := range p.texts {
			n += c
		}
		return n
	}
	waitFor(t, "every answer", 60*time.Second, func() bool {
		after := e.posts()
		for k, p := range before {
			if count(after[k]) == count(p) {
				return false
			}
		}
		return e.idle(t)
	})
	after := e.posts()
	for k, p := range after {
		if p.closing != 1 {
			t.Errorf("thread %s: %d designs for one event delivered three times, want 1", k, p.closing)
		}
		if got := count(p) - count(before[k]); got != 1 {
			t.Errorf("thread %s: %d answers to one question delivered three times, want 1", k, got)
		}
	}
	if len(after) != designs {
		t.Errorf("%d threads, want %d", len(after), designs)
	}
	a.terminate(t)
	b.terminate(t)
}

// Ten changes sent at once to one thread, alternating replicas: all are applied, one after the
// other, and the design ends at version 11.
func testConcurrentChanges(t *testing.T, e *env) {
	a := startReplica(t, "a", e.url, e.slack)
	b := startReplica(t, "b", e.url, e.slack)
	channel, ts := "CCHANGE", "1690000300.000001"
	a.event(t, "EvC", slacktest.Mention(channel, "U0ANA", "<@"+slacktest.BotUserID+"> "+problem, ts, ""))
	waitFor(t, "v1", 60*time.Second, func() bool { p := e.posts()[channel+"/"+ts]; return p != nil && p.closing == 1 })
	var wg sync.WaitGroup
	for i := range 10 {
		r := []*replica{a, b}[i%2]
		wg.Go(func() {
			r.event(t, fmt.Sprintf("EvC%02d", i), slacktest.ChatMessage(channel, "channel", "U0ANA",
				fmt.Sprintf("make it %dM DAU", 110+10*i), fmt.Sprintf("1690000301.%06d", i), ts))
		})
	}
	wg.Wait()
	waitFor(t, "ten changes", 90*time.Second, func() bool {
		th, err := e.store.Load(context.Background(), ref(channel, ts))
		return err == nil && th.Design.Version >= 11 && e.idle(t)
	})
	th, err := e.store.Load(context.Background(), ref(channel, ts))
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 11 {
		t.Fatalf("version %d after ten changes, want 11", th.Design.Version)
	}
	if p := e.posts()[channel+"/"+ts]; p.files != 2+10 {
		t.Errorf("%d files in the thread, want v1's diagram and document and one document per change", p.files)
	}
	a.terminate(t)
	b.terminate(t)
}
