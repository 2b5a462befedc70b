package discord_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/discord"
	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// replica is one archbot process's Discord side: an adapter with its own gateway session, an
// engine and a dispatcher, sharing the Redis store and the local Discord with other replicas.
type replica struct {
	a        *discord.Adapter
	d        *bot.Dispatcher
	dispatch func() // starts the dispatcher's workers
	stop     func() // stops the dispatcher (handing back what it runs) and the adapter
	ready    func() bool
}

func startReplica(t *testing.T, srv *discordtest.Server, store *redisstore.Store, logs *discord.LogBuffer, name string) *replica {
	t.Helper()
	return startShard(t, srv, store, logs, name, 0, 0)
}

// startShard is startReplica with the gateway session on shard id of count (count 0: unsharded).
func startShard(t *testing.T, srv *discordtest.Server, store *redisstore.Store, logs *discord.LogBuffer, name string, id, count int) *replica {
	t.Helper()
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})).With("replica", name)
	engine := bot.New(bot.Config{}, store, newDesigner(), nil, log)
	d := bot.NewDispatcher(bot.DispatchConfig{Workers: 4, ClaimAfter: 2 * time.Second,
		ShutdownTimeout: 100 * time.Millisecond, Consumer: name}, engine, store.Queue(), store.Locks(), store.Ledger(), log)
	a, err := discord.New(discord.Config{Token: srv.Token, GuildID: srv.GuildID, APIURL: srv.URL, ShardID: id, ShardCount: count}, engine, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a.UseDispatcher(d)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := a.Run(ctx); err != nil {
			t.Errorf("%s: Run: %v", name, err)
		}
	})
	var startOnce sync.Once
	r := &replica{a: a, d: d, ready: a.Ready}
	r.dispatch = func() {
		startOnce.Do(func() {
			wg.Go(func() {
				if err := d.Run(ctx); err != nil {
					t.Errorf("%s: dispatcher: %v", name, err)
				}
			})
		})
	}
	r.stop = sync.OnceFunc(func() { cancel(); wg.Wait() })
	t.Cleanup(r.stop)
	return r
}

// twoReplicas starts two replicas on one Redis and one local Discord and waits until both
// gateway sessions receive dispatches.
func twoReplicas(t *testing.T) (*harness, *replica, *replica) {
	t.Helper()
	srv := discordtest.NewServer()
	t.Cleanup(srv.Close)
	h := &harness{t: t, srv: srv, store: conversationtest.MustRedisStore(t), logs: &discord.LogBuffer{}}
	a := startReplica(t, srv, h.store, h.logs, "a")
	b := startReplica(t, srv, h.store, h.logs, "b")
	h.waitFor("both gateway sessions", func() bool { return srv.Sessions() == 2 && a.ready() && b.ready() })
	return h, a, b
}

// botMessages returns the contents of archbot's messages in a thread, and how often each occurs.
func botMessages(h *harness, threadID string) map[string]int {
	seen := map[string]int{}
	for _, m := range h.srv.Messages(threadID) {
		if m.API {
			key := m.Content
			for _, f := range m.Files {
				key += " +" + f.Name
			}
			seen[key]++
		}
	}
	return seen
}

// checkOnce asserts that a finished design is in its thread with every message of it posted
// exactly once.
func (h *harness) checkOnce(threadID string, d *conversation.Design) {
	h.t.Helper()
	h.checkDesignPosted(threadID, d)
	for content, n := range botMessages(h, threadID) {
		if n != 1 {
			h.t.Errorf("posted %d times: %q\n%s", n, clip(content), dump(h.srv.Messages(threadID)))
		}
	}
}

// A mention and a /design command that reach both replicas' sessions are answered once: one
// thread each, each section posted once.
func TestTwoReplicasAnswerEachEventOnce(t *testing.T) {
	h, a, b := twoReplicas(t)
	a.dispatch()
	b.dispatch()

	user := h.srv.User("ada")
	m := h.srv.Post(h.srv.ChannelID, user, "<@"+h.srv.Bot.ID+"> design a URL shortener for 100M new URLs a month", h.srv.Bot)
	in := h.srv.SlashCommand(h.srv.ChannelID, user, "design", map[string]string{"problem": "a chat app for 10M DAU"})
	h.waitFor("two threads", func() bool { return len(h.srv.Threads()) == 2 })
	var cmdThread string
	for _, th := range h.srv.Threads() {
		if th.ID != m.ID {
			cmdThread = th.ID
		}
	}
	d1 := h.waitForDocument(m.ID, 1)
	d2 := h.waitForDocument(cmdThread, 1)
	h.waitFor("both jobs acknowledged", func() bool { return a.d.Stats().Done.Load()+b.d.Stats().Done.Load() == 2 })
	a.stop()
	b.stop()

	h.checkOnce(m.ID, d1)
	h.checkOnce(cmdThread, d2)
	if n := len(h.srv.Threads()); n != 2 {
		t.Fatalf("%d threads for two events, want 2", n)
	}
	if _, original := h.srv.InteractionResponse(in); original == nil || !strings.Contains(original.Content, "<#"+cmdThread+">") {
		t.Fatalf("deferred reply %+v, want it to point at the thread", original)
	}
	// Both sessions received both events; the losers' attempts are the only failed calls.
	var failed []string
	for _, c := range h.srv.Calls() {
		if c.Status >= 400 {
			failed = append(failed, c.String())
		}
	}
	want := []string{
		"POST /channels/" + h.srv.ChannelID + "/messages/" + m.ID + "/threads -> 400",
		"POST /interactions/" + in.ID + "/" + in.Token + "/callback -> 400",
	}
	if strings.Join(sorted(failed), "\n") != strings.Join(sorted(want), "\n") {
		t.Fatalf("failed calls:\n%s\nwant only the second replica's thread and callback:\n%s", strings.Join(failed, "\n"), strings.Join(want, "\n"))
	}
	if got := a.d.Stats().Done.Load() + b.d.Stats().Done.Load(); got != 2 {
		t.Fatalf("%d jobs done, want 2", got)
	}
}

// Replicas on shards of their own split the servers between their sessions, as Discord routes
// events by (server id >> 22) % shards: a mention and the follow-up in its thread reach one
// replica, which queues each once, and no replica loses a race to open the thread (unlike
// TestTwoReplicasAnswerEachEventOnce, where both sessions receive every event). Either
// replica's workers may run the jobs.
func TestShardedReplicasEachReceiveTheirServersEvents(t *testing.T) {
	srv := discordtest.NewServer()
	t.Cleanup(srv.Close)
	h := &harness{t: t, srv: srv, store: conversationtest.MustRedisStore(t), logs: &discord.LogBuffer{}}
	a := startShard(t, srv, h.store, h.logs, "a", 0, 2)
	b := startShard(t, srv, h.store, h.logs, "b", 1, 2)
	h.waitFor("both gateway sessions", func() bool { return srv.Sessions() == 2 && a.ready() && b.ready() })
	a.dispatch()
	b.dispatch()

	user := h.srv.User("ada")
	m := h.srv.Post(h.srv.ChannelID, user, "<@"+h.srv.Bot.ID+"> design a URL shortener for 100M new URLs a month", h.srv.Bot)
	d := h.waitForDocument(m.ID, 1)
	h.srv.Post(m.ID, user, "why did you choose this database?")
	h.waitFor("both jobs acknowledged", func() bool { return a.d.Stats().Done.Load()+b.d.Stats().Done.Load() == 2 })
	a.stop()
	b.stop()

	h.checkOnce(m.ID, d)
	var shards []string
	for _, id := range h.srv.Identifies() {
		if id.Shard == nil {
			t.Fatalf("a session identified without a shard")
		}
		shards = append(shards, fmt.Sprint(*id.Shard))
	}
	if got := strings.Join(sorted(shards), " "); got != "[0 2] [1 2]" {
		t.Fatalf("sessions identified on shards %s, want [0 2] [1 2]", got)
	}
	for _, c := range h.srv.Calls() {
		if c.Status >= 400 {
			t.Errorf("failed call %s: only one replica should have received the mention", c)
		}
	}
	if got := a.d.Stats().Submitted.Load() + b.d.Stats().Submitted.Load(); got != 2 {
		t.Errorf("%d jobs submitted for a mention and a follow-up, want 2", got)
	}
	if _, err := discord.New(discord.Config{Token: srv.Token, ShardID: 2, ShardCount: 2}, nil, nil); err == nil {
		t.Error("New accepted shard 2 of 2")
	}
}

// A replica that stops in the middle of a design, with a message sent but its answer never
// received, hands the job back; the other replica finishes it, asking Discord whether that
// message arrived rather than posting it again: every message of the design is in the thread
// once. The message in doubt is a whole section, or the middle of a section split over several
// messages (the rest of that section goes out, not all of it).
func TestJobLeftMidDesignIsFinishedByTheOtherReplica(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stall int // which of the design's messages never gets its answer
		split bool
	}{{"whole section", 3, false}, {"part of a section", 6, true}} {
		t.Run(tc.name, func(t *testing.T) { leftMidDesign(t, tc.stall, tc.split) })
	}
}

func leftMidDesign(t *testing.T, stall int, split bool) {
	h, a, b := twoReplicas(t)
	a.dispatch() // b's workers start only once a has gone, so a takes the job
	stalled := h.srv.StallPost(stall)

	user := h.srv.User("grace")
	m := h.srv.Post(h.srv.ChannelID, user, "<@"+h.srv.Bot.ID+"> design an Instagram-like photo sharing app for 50M DAU", h.srv.Bot)
	select {
	case <-stalled:
	case <-time.After(20 * time.Second):
		t.Fatalf("the design's message %d was never posted\n%s", stall, h.logs)
	}
	a.stop()
	if got := a.d.Stats().HandedBack.Load(); got != 1 {
		t.Fatalf("replica a handed back %d jobs, want 1\n%s", got, h.logs)
	}
	msgs := h.srv.Messages(m.ID)
	if len(msgs) != stall {
		t.Fatalf("%d messages in the thread when the post stalled, want %d", len(msgs), stall)
	}
	if heading := strings.HasPrefix(msgs[stall-1].Content, "## "); heading == split {
		t.Fatalf("message in doubt %q: the case needs another stall point", clip(msgs[stall-1].Content))
	}

	b.dispatch()
	d := h.waitForDocument(m.ID, 1)
	h.waitFor("the job acknowledged", func() bool { return b.d.Stats().Done.Load() == 1 })
	b.stop()

	h.checkOnce(m.ID, d)
	if got := b.d.Stats().Resumed.Load(); got != 1 {
		t.Errorf("replica b resumed %d jobs, want 1", got)
	}
	read := false
	for _, c := range h.srv.Calls() {
		read = read || (c.Method == "GET" && strings.HasPrefix(c.Path, "/channels/"+m.ID+"/messages"))
	}
	if !read {
		t.Errorf("the resumed job never read the thread to find the message in doubt")
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}
