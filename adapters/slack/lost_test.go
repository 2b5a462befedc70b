package slack_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// Redis restarts without persistence after a design was posted: a mention in the thread is told
// the state is lost (read from the thread through conversations.replies), never starts a design
// from its own text, and `regenerate` rebuilds the design from the thread's first message.
func TestLostStateMentionIsToldAndRegenerateRebuilds(t *testing.T) {
	srv := conversationtest.StartRedisWith(t, "--appendonly", "no", "--save", "")
	store := redisstore.New(conversationtest.MustOpen(t, srv.URL()), redisstore.Options{})
	h := start(t, options{designer: offline.New(), store: store, dispatch: defaultDispatch})
	const channel, root = "CLOST", "1700000500.000100"
	const problem = "design a photo sharing app like Instagram for 50M DAU"
	ask := "<@" + slacktest.BotUserID + "> " + problem
	h.slack.UserMessage(channel, "U1", ask, root, "")
	h.event(t, "EvLost1", slacktest.Mention(channel, "U1", ask, root, ""))
	h.waitDone(t, channel, root, 1)
	ref := conversation.ThreadRef{Platform: "slack", Team: slacktest.TeamID, Channel: channel, ThreadID: root}

	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	conversationtest.WaitFor(t, "redis back", 10*time.Second, func() bool { return store.Ping(context.Background()) == nil })
	if _, err := store.Load(context.Background(), ref); !errors.Is(err, conversation.ErrNotFound) {
		t.Fatalf("thread survived a restart without persistence (%v); the test proves nothing", err)
	}

	lostSaid := func() int {
		n := 0
		for _, m := range h.slack.Replies(channel, root) {
			if strings.Contains(m.Text, "I lost this design's state") {
				n++
			}
		}
		return n
	}
	followUp := "<@" + slacktest.BotUserID + "> make it multi-region"
	h.slack.UserMessage(channel, "U1", followUp, "1700000500.000200", root)
	h.event(t, "EvLost2", slacktest.Mention(channel, "U1", followUp, "1700000500.000200", root))
	h.slack.WaitFor(t, "the lost-state message", func() bool { return lostSaid() == 1 })
	if _, err := store.Load(context.Background(), ref); !errors.Is(err, conversation.ErrNotFound) {
		t.Fatalf("the follow-up started a design from its own text (%v)", err)
	}

	regen := "<@" + slacktest.BotUserID + "> regenerate"
	h.slack.UserMessage(channel, "U1", regen, "1700000500.000300", root)
	h.event(t, "EvLost3", slacktest.Mention(channel, "U1", regen, "1700000500.000300", root))
	h.waitDone(t, channel, root, 2)
	th, err := store.Load(context.Background(), ref)
	if err != nil || th.Design == nil || th.Problem != problem {
		t.Fatalf("after regenerate: %v, problem %q, want a design of %q", err, th.Problem, problem)
	}
	if lostSaid() != 1 {
		t.Errorf("lost-state message said %d times, want once", lostSaid())
	}
}

// A plain reply in a /design thread (Slack's parent_user_id is archbot) whose state Redis lost
// is answered with the lost-state message rather than ignored as someone else's thread.
func TestLostStatePlainReplyInDesignThreadIsAnswered(t *testing.T) {
	srv := conversationtest.StartRedisWith(t, "--appendonly", "no", "--save", "")
	store := redisstore.New(conversationtest.MustOpen(t, srv.URL()), redisstore.Options{})
	h := start(t, options{designer: offline.New(), store: store, dispatch: defaultDispatch})
	cmd := h.slack.SlashCommand("/design", "CLOSTCMD", "U1", "design a photo sharing app like Instagram for 50M DAU", "trig-lost")
	if resp, _ := h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd)); resp.StatusCode != 200 {
		t.Fatalf("slash command: %d", resp.StatusCode)
	}
	h.slack.WaitFor(t, "the root message", func() bool { return len(h.slack.Messages()) > 0 })
	root := h.slack.Messages()[0].TS
	h.waitDone(t, "CLOSTCMD", root, 1)
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	conversationtest.WaitFor(t, "redis back", 10*time.Second, func() bool { return store.Ping(context.Background()) == nil })

	reply := slacktest.ChatMessage("CLOSTCMD", "channel", "U1", "why this database?", "1700000600.000200", root)
	reply["parent_user_id"] = slacktest.BotUserID
	h.event(t, "EvLostPlain", reply)
	h.slack.WaitFor(t, "the lost-state message", func() bool {
		for _, m := range h.slack.Replies("CLOSTCMD", root) {
			if strings.Contains(m.Text, "I lost this design's state") {
				return true
			}
		}
		return false
	})
	// A plain reply in a thread somebody else began stays ignored.
	other := slacktest.ChatMessage("CLOSTCMD", "channel", "U2", "lunch?", "1700000600.000400", "1700000600.000300")
	other["parent_user_id"] = "U2"
	before := len(h.slack.Calls("chat.postMessage"))
	h.event(t, "EvOther", other)
	if err := store.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(h.slack.Replies("CLOSTCMD", "1700000600.000300")); n != 0 {
		t.Errorf("archbot posted %d messages in a thread it never was part of (calls before: %d)", n, before)
	}
}
