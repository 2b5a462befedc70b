package e2e_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/discord"
	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/adapters/markdownsplit"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// startDiscordReplica runs `archbot serve` with Discord only, against a local Discord.
func startDiscordReplica(t *testing.T, name, redisURL string, srv *discordtest.Server) *replica {
	t.Helper()
	return startServe(t, name, redisURL,
		"DISCORD_TOKEN="+srv.Token, "DISCORD_API_URL="+srv.URL, "DISCORD_GUILD_ID="+srv.GuildID, "DISCORD_APP_ID=",
		"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=")
}

// designFinished reports whether a thread holds a design's document and the message after it.
func designFinished(srv *discordtest.Server, threadID string) bool {
	msgs := srv.Messages(threadID)
	for i, m := range msgs {
		for _, f := range m.Files {
			if strings.HasSuffix(f.Name, ".md") {
				return i < len(msgs)-1
			}
		}
	}
	return false
}

// checkPostedOnce asserts that every message of the thread's design is in it exactly once, and
// that archbot said nothing twice.
func checkPostedOnce(t *testing.T, srv *discordtest.Server, store *redisstore.Store, threadID string) {
	t.Helper()
	th, err := store.Load(context.Background(), conversation.ThreadRef{Platform: "discord", Team: srv.GuildID, Channel: threadID, ThreadID: threadID})
	if err != nil || th.Design == nil {
		t.Fatalf("thread %s: %+v, %v", threadID, th, err)
	}
	posted := map[string]int{}
	docs := 0
	for _, m := range srv.Messages(threadID) {
		if !m.API {
			continue
		}
		posted[m.Content]++
		for _, f := range m.Files {
			if strings.HasSuffix(f.Name, ".md") {
				docs++
			}
		}
	}
	for _, s := range th.Design.Sections {
		for _, part := range markdownsplit.Split(conversation.SectionMarkdown(s), discord.MaxMessageLen) {
			if posted[part] != 1 {
				t.Errorf("section %s: a message of it posted %d times, want once", s.ID, posted[part])
			}
		}
	}
	for content, n := range posted {
		if n > 1 {
			t.Errorf("archbot posted %d times: %.80q", n, content)
		}
	}
	if docs != 1 {
		t.Errorf("%d documents attached, want 1", docs)
	}
}

// Real `archbot serve` processes on one Redis and one local Discord. A replica is SIGKILLed
// while a post of its design hangs (Discord stored the message, the answer never came): the
// other replica takes the job over after ARCHBOT_JOB_CLAIM_AFTER, finds that message in the
// thread, and posts the rest, each message once. Then a mention that reaches two replicas'
// gateway sessions is answered once.
func TestDiscordReplicas(t *testing.T) {
	redisURL := conversationtest.StartRedis(t).URL()
	store := redisstore.New(conversationtest.MustOpen(t, redisURL), redisstore.Options{})
	srv := discordtest.NewServer()
	t.Cleanup(srv.Close)
	user := srv.User("ada")

	a := startDiscordReplica(t, "a", redisURL, srv)
	stalled := srv.StallPost(4)
	m := srv.Post(srv.ChannelID, user, "<@"+srv.Bot.ID+"> design an Instagram-like photo sharing app for 50M DAU", srv.Bot)
	select {
	case <-stalled:
	case <-time.After(30 * time.Second):
		t.Fatalf("the design's fourth message was never posted:\n%s", a.Tail(3000))
	}
	b := startDiscordReplica(t, "b", redisURL, srv)
	killed := time.Now()
	a.Kill()
	waitFor(t, "the killed replica's design to finish", 60*time.Second, func() bool { return designFinished(srv, m.ID) })
	t.Logf("design finished %v after the SIGKILL (claim after %v)", time.Since(killed).Round(time.Millisecond), claimAfter)
	checkPostedOnce(t, srv, store, m.ID)
	if n := b.logged(t, "resuming a job another run left unfinished"); n != 1 {
		t.Errorf("replica b resumed %d jobs, want 1", n)
	}

	c := startDiscordReplica(t, "c", redisURL, srv)
	waitFor(t, "two gateway sessions", 10*time.Second, func() bool { return srv.Sessions() == 2 })
	m2 := srv.Post(srv.ChannelID, user, "<@"+srv.Bot.ID+"> design a URL shortener for 100M new URLs a month", srv.Bot)
	waitFor(t, "the second design", 60*time.Second, func() bool { return designFinished(srv, m2.ID) })
	waitFor(t, "every job finished", 30*time.Second, func() bool {
		n, err := store.Queue().Depth(context.Background())
		return err == nil && n == 0
	})
	b.terminate(t)
	c.terminate(t)
	checkPostedOnce(t, srv, store, m2.ID)
	// Each design ran as one job, though the second mention reached both b and c.
	if n := b.logged(t, "job done") + c.logged(t, "job done"); n != 2 {
		t.Errorf("%d jobs done for two designs, want 2", n)
	}
	if got := len(srv.Threads()); got != 2 {
		t.Errorf("%d threads for two mentions, want 2", got)
	}
}
