package slack_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// slowDesigner is the offline designer with a model's latency on every section, so designs are
// still posting when Redis freezes.
type slowDesigner struct {
	bot.Designer
	delay time.Duration
}

func (d slowDesigner) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	t := time.NewTimer(d.delay)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-t.C:
	}
	return d.Designer.Section(ctx, g, id)
}

// startStallReplica is one archbot serve process: the Slack adapter and a dispatcher with its
// own Redis client, sharing the Redis, the key prefix and the local Slack with the others.
func startStallReplica(t *testing.T, redisURL, prefix string, sl *slacktest.Server, cfg bot.DispatchConfig) *harness {
	t.Helper()
	// A short read timeout lets commands fail during the stall, as they do in production once a
	// stall outlasts go-redis's retries (3s a try): marks that fail must stop posts, not wave them on.
	st := redisstore.New(conversationtest.MustOpen(t, redisURL+"?read_timeout=300ms&max_retries=1"), redisstore.Options{KeyPrefix: prefix})
	return start(t, options{designer: slowDesigner{offline.New(), 100 * time.Millisecond}, slack: sl, store: st, dispatch: &cfg})
}

// redisPID asks the server its process id, so the test can freeze it.
func redisPID(t *testing.T, url string) int {
	t.Helper()
	info, err := conversationtest.MustOpen(t, url).Info(context.Background(), "server").Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "process_id:"); ok {
			pid, err := strconv.Atoi(v)
			if err != nil {
				t.Fatal(err)
			}
			return pid
		}
	}
	t.Fatal("INFO server has no process_id")
	return 0
}

// Redis frozen (SIGSTOP) while two replicas post six designs, for three times ClaimAfter, so
// every lock and every job's claim runs out: every design still completes, no reply is posted
// twice (counted at the local Slack by the reply names archbot tags its posts with, and files by
// name), and no status line is left saying it is still working.
func TestRedisStallPostsEveryReplyOnce(t *testing.T) {
	srv := conversationtest.StartRedis(t)
	pid := redisPID(t, srv.URL())
	sl := slacktest.NewServer(t)
	prefix := conversationtest.UniquePrefix(t)
	const claimAfter = 2 * time.Second
	cfg := bot.DispatchConfig{Workers: 4, ClaimAfter: claimAfter, ShutdownTimeout: 5 * time.Second}
	replicas := []*harness{
		startStallReplica(t, srv.URL(), prefix, sl, cfg),
		startStallReplica(t, srv.URL(), prefix, sl, cfg),
	}

	const designs = 6
	var threads []string
	for i := range designs {
		ts := fmt.Sprintf("1690002000.%06d", i+1)
		threads = append(threads, ts)
		text := fmt.Sprintf("<@%s> design a photo sharing app like Instagram for %dM daily users", slacktest.BotUserID, 10+i)
		body := slacktest.JSON(slacktest.EventCallback(fmt.Sprintf("Ev0STALL%d", i), slacktest.Mention("C0STALL", "U0ANA", text, ts, "")))
		req := slacktest.SignedRequest(replicas[i%2].http.URL+"/slack/events", secret, "application/json", body, time.Now())
		if resp, _ := send(t, req); resp.StatusCode != http.StatusOK {
			t.Fatalf("event %d: status %d", i, resp.StatusCode)
		}
	}
	// Freeze Redis once designs are part-way through their sections.
	sl.WaitFor(t, "sections being posted", func() bool { return len(replyPosts(sl, "section/")) >= 8 })
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	thawed := false
	thaw := func() {
		if !thawed {
			thawed = true
			syscall.Kill(pid, syscall.SIGCONT)
		}
	}
	t.Cleanup(thaw)
	frozenAt := time.Now()
	atFreeze := len(replyPosts(sl, ""))
	// Three times ClaimAfter: every lock and every job's claim expires meanwhile. No wait on a
	// condition fits here: the stall's length is the fault being injected.
	freeze := time.NewTimer(3 * claimAfter)
	<-freeze.C
	duringFreeze := len(replyPosts(sl, "")) - atFreeze
	thaw()
	t.Logf("Redis frozen for %v; %d replies posted at the freeze, %d during it", time.Since(frozenAt).Round(time.Millisecond), atFreeze, duringFreeze)

	conversationtest.WaitFor(t, "every design to finish", 90*time.Second, func() bool {
		done := 0
		for _, ts := range threads {
			if len(closing(sl.Replies("C0STALL", ts))) > 0 {
				done++
			}
		}
		return done == designs
	})
	conversationtest.WaitFor(t, "the jobs to be acknowledged", 30*time.Second, func() bool {
		return replicas[0].dispatcher.Stats().Done.Load()+replicas[1].dispatcher.Stats().Done.Load() == designs
	})

	dups := 0
	for _, ts := range threads {
		seen := map[string]int{}
		for _, m := range sl.Replies("C0STALL", ts) {
			if name := replyName(m); name != "" {
				// A section too long for one message is several posts of one name, each its own text.
				seen[name+"\x00"+m.Text]++
			}
		}
		for k, n := range seen {
			if n > 1 {
				dups += n - 1
				t.Errorf("thread %s: %q posted %d times", ts, strings.ReplaceAll(k, "\x00", " / "), n)
			}
		}
		if n := len(closing(sl.Replies("C0STALL", ts))); n != 1 {
			t.Errorf("thread %s has %d closing messages, want 1", ts, n)
		}
	}
	files, documents := map[string]int{}, 0
	for _, f := range sl.Files() {
		if f.Complete {
			files[f.ThreadTS+" "+f.Name]++
			if strings.HasSuffix(f.Name, ".md") {
				documents++
			}
		}
	}
	for k, n := range files {
		if n > 1 {
			dups += n - 1
			t.Errorf("file %s uploaded %d times", k, n)
		}
	}
	if documents != designs {
		t.Errorf("%d documents uploaded, want %d", documents, designs)
	}
	for _, m := range sl.Messages() {
		if strings.HasPrefix(m.Text, ":hourglass") {
			t.Errorf("thread %s still shows %q after every design finished", m.ThreadTS, m.Text)
		}
	}
	var resumed, stopped, skipped int64
	for _, r := range replicas {
		resumed += r.dispatcher.Stats().Resumed.Load()
		stopped += r.dispatcher.Stats().Stopped.Load()
		skipped += r.dispatcher.Stats().Skipped.Load()
	}
	t.Logf("%d designs done, %d replies posted twice; %d jobs stopped at the stall, %d resumed, %d replies not reposted",
		designs, dups, stopped, resumed, skipped)
	if resumed == 0 {
		t.Errorf("no job was resumed: the stall did not interrupt any design, so the test proved nothing")
	}
}

// replyPosts returns the messages archbot tagged with a reply name starting with prefix.
func replyPosts(sl *slacktest.Server, prefix string) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range sl.Messages() {
		if name := replyName(m); name != "" && strings.HasPrefix(name, prefix) {
			out = append(out, m)
		}
	}
	return out
}

// replyName is the reply name archbot's metadata gives m, if any.
func replyName(m slacktest.Message) string {
	p, _ := m.Metadata["event_payload"].(map[string]any)
	name, _ := p["reply"].(string)
	return name
}
