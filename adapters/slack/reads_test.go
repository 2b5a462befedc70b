package slack_test

import (
	"strings"
	"testing"
	"time"

	slackgo "github.com/slack-go/slack"

	"github.com/archbot/archbot/adapters/slack/slacktest"
)

// Slack rate-limits reads as it does posts. A 429 on auth.test at startup is waited out, not
// taken for a failure to authenticate: the adapter becomes ready after the Retry-After.
func TestStartupWaitsOutARateLimitedAuthTest(t *testing.T) {
	srv := slacktest.NewServer(t)
	srv.RateLimit("auth.test", 1)
	start(t, options{designer: longDesigner{}, slack: srv}) // waits for the adapter to be ready
	checkWaited(t, srv.Calls("auth.test"), time.Second)
}

// A 429 on the thread read that tells a lost thread from a new one is waited out: a mention in a
// thread archbot answered before, whose state is gone, is told so after the Retry-After, rather
// than taken for a new design of its own text.
func TestLostThreadReadWaitsOutARateLimit(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	const channel, root = "C0READ", "1700000700.000100"
	h.slack.UserMessage(channel, "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", root, "")
	api := slackgo.New(slacktest.BotToken, slackgo.OptionAPIURL(h.slack.APIURL()))
	if _, _, err := api.PostMessage(channel, slackgo.MsgOptionText("Here is the design.", false), slackgo.MsgOptionTS(root)); err != nil {
		t.Fatal(err)
	}
	h.slack.RateLimit("conversations.replies", 1)
	followUp := "<@" + slacktest.BotUserID + "> make it multi-region"
	h.event(t, "Ev0READ", slacktest.Mention(channel, "U0BOB", followUp, "1700000700.000200", root))
	h.slack.WaitFor(t, "a reply to the follow-up", func() bool { return len(h.slack.Replies(channel, root)) > 1 })
	h.stop()
	if got := h.slack.Replies(channel, root); len(got) != 2 || !strings.Contains(got[1].Text, "I lost this design's state") {
		t.Fatalf("thread replies %+v, want archbot's first and the lost-state message", got)
	}
	checkWaited(t, h.slack.Calls("conversations.replies"), time.Second)
}

// checkWaited fails unless calls are a call Slack answered 429 with a Retry-After of wait and
// the retry that followed, at least wait later.
func checkWaited(t *testing.T, calls []slacktest.Call, wait time.Duration) {
	t.Helper()
	if len(calls) < 2 {
		t.Fatalf("%d calls, want the rate-limited one and its retry", len(calls))
	}
	if gap := calls[1].At.Sub(calls[0].At); gap < wait {
		t.Errorf("%s retried %v after a 429 with Retry-After %v, want at least that", calls[0].Method, gap, wait)
	}
}
