package slack_test

import (
	"net/http"
	"testing"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// An event that arrives over Socket Mode while Redis is down cannot be queued, so it is left
// unacknowledged and Slack redelivers it (a click over HTTP gets 503); once Redis is back the redelivery is queued,
// acknowledged and answered, once.
func TestSocketModeEventNotQueuedIsLeftForSlackToRedeliver(t *testing.T) {
	srv := conversationtest.StartRedis(t)
	st := redisstore.New(conversationtest.MustOpen(t, srv.URL()), redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	h := start(t, options{designer: offline.New(), store: st, socket: true, dispatch: defaultDispatch})

	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	mention := slacktest.EventCallback("Ev0NOQUEUE", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000009.000100", ""))
	lost := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: mention})
	// Envelopes are handled in order: once the help command behind it is acknowledged, the
	// event has been dealt with.
	help := h.slack.Send(t, slacktest.Envelope{Type: "slash_commands", Payload: h.slack.SlashCommand("/design", "C0CHAN", "U0BOB", "help", "trig-nq")})
	h.slack.WaitAck(t, help)
	if ack, ok := h.slack.Ack(lost); ok {
		t.Fatalf("an event that could not be queued was acknowledged (%s); Slack will not redeliver it", ack)
	}

	// A button click over HTTP that cannot be queued is refused, so Slack shows it failed.
	click := slacktest.InteractionForm(h.slack.BlockAction("C0CHAN", "1690000009.000100", "1690000009.000200", "U0BOB", "archbot_export", "trig-nq-click"))
	if resp, _ := h.do(t, "/slack/interactions", "application/x-www-form-urlencoded", click); resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("a click that could not be queued answered %d, want 503", resp.StatusCode)
	}

	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	again := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: mention, RetryAttempt: 1, RetryReason: "timeout"})
	if ack := h.slack.WaitAck(t, again); string(ack) != "null" {
		t.Errorf("redelivery ack payload %s, want none", ack)
	}
	h.waitDone(t, "C0CHAN", "1690000009.000100", 1)
	// Slack's own retry of the first envelope may still come; it is a duplicate now.
	dup := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: mention, RetryAttempt: 2, RetryReason: "timeout"})
	h.slack.WaitAck(t, dup)
	h.stop()
	if n := countDesigns(h); n != 1 {
		t.Fatalf("%d designs posted, want 1", n)
	}
	if _, ok := h.slack.Ack(lost); ok {
		t.Fatalf("the envelope that could not be queued was acknowledged later")
	}
}
