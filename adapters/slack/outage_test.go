package slack_test

import (
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// TestRedisOutageOverHTTP stops the real redis-server behind the adapter: Slack's requests are
// still acknowledged at once, users who mention archbot in their design thread or start a design
// are told in the thread to try again in a minute, and once Redis is back the same thread
// answers again, with nothing restarted.
func TestRedisOutageOverHTTP(t *testing.T) {
	srv := conversationtest.StartRedis(t)
	rdb := conversationtest.MustOpen(t, srv.URL())
	st := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	h := start(t, options{designer: offline.New(), store: st})

	cmd := h.slack.SlashCommand("/design", "C0OUT", "U0ALICE", "a URL shortener for 100M links a month", "trig-out-1")
	h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd))
	h.slack.WaitFor(t, "the first design's root", func() bool { return len(h.slack.Messages()) > 0 })
	thread := h.slack.Messages()[0].TS
	h.waitDone(t, "C0OUT", thread, 1)
	before := len(h.slack.Replies("C0OUT", thread))

	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	// A mention in the design thread, and a new design elsewhere, while Redis is down.
	h.event(t, "EvOut1", slacktest.Mention("C0OUT", "U0BOB", "<@"+slacktest.BotUserID+"> why this database?", "9000.1", thread))
	cmd2 := h.slack.SlashCommand("/design", "C0OUT2", "U0BOB", "a chat app", "trig-out-2")
	h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd2))

	told := func(ms []slacktest.Message) bool {
		for _, m := range ms {
			if strings.Contains(m.Text, "try again in a minute") {
				return true
			}
		}
		return false
	}
	h.slack.WaitFor(t, "the follow-up told to try again", func() bool { return told(h.slack.Replies("C0OUT", thread)[before:]) })
	h.slack.WaitFor(t, "the new design told to try again", func() bool {
		for _, m := range h.slack.Messages() {
			if m.Channel == "C0OUT2" && told(h.slack.Replies("C0OUT2", m.TS)) {
				return true
			}
		}
		return false
	})
	for _, m := range h.slack.Replies("C0OUT", thread)[before:] {
		if strings.Contains(m.Text, "refused") || strings.Contains(m.Text, "dial tcp") {
			t.Fatalf("a raw error reached the thread: %q", m.Text)
		}
	}

	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	restarted := time.Now()
	after := len(h.slack.Replies("C0OUT", thread))
	h.event(t, "EvOut2", slacktest.Mention("C0OUT", "U0BOB", "<@"+slacktest.BotUserID+"> show capacity", "9000.2", thread))
	h.slack.WaitFor(t, "an answer after Redis returned", func() bool {
		for _, m := range h.slack.Replies("C0OUT", thread)[after:] {
			if len(m.Blocks) > 0 && m.Blocks[0].Type == "header" {
				return true
			}
		}
		return false
	})
	t.Logf("answered %v after Redis restarted", time.Since(restarted).Round(time.Millisecond))
}
