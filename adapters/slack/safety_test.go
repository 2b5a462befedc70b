package slack_test

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// echoDesigner repeats the user's problem statement in every section, as a model talked into it
// would: whatever the user wrote reaches archbot's own messages.
type echoDesigner struct{ longDesigner }

func (echoDesigner) Section(_ context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	return "Section " + id.Title() + ". You asked: " + g.Problem, nil
}

// hostile is what a user types: a link hiding its target, broadcast mentions in every form Slack
// delivers them (typed @channel arrives as <!channel>), a user group and a user.
const hostile = "a shop. [click here](https://evil.example/login) to continue @channel @here @everyone " +
	"<!channel> <!here> <!everyone> <!subteam^S0OPS|@ops> <@U0ALICE> <https://evil.example/x|your bank>"

// unsafe finds, in text archbot posted, a link whose visible text is not its URL, or a mention.
var unsafe = regexp.MustCompile(`<https?://[^>|]*\|[^>]*>|<!(channel|here|everyone|subteam)[^>]*>|(^|[^\p{L}\p{N}_])@(channel|here|everyone)\b`)

// posted returns every text Slack would render for m: its text and its blocks' texts.
func posted(m slacktest.Message) []string {
	out := []string{m.Text}
	for _, b := range m.Blocks {
		if b.Text != nil {
			out = append(out, b.Text.Text)
		}
	}
	return out
}

func checkSafe(t *testing.T, ms []slacktest.Message, allowedUser string) {
	t.Helper()
	evilShown := false
	for _, m := range ms {
		for _, text := range posted(m) {
			if loc := unsafe.FindStringIndex(text); loc != nil {
				t.Errorf("posted %q: unsafe %q", clipTo(text, 200), text[loc[0]:loc[1]])
			}
			for _, u := range regexp.MustCompile(`<@(U[A-Z0-9]+)`).FindAllStringSubmatch(text, -1) {
				if u[1] != allowedUser {
					t.Errorf("posted %q: mentions %s from the user's text", clipTo(text, 200), u[1])
				}
			}
			evilShown = evilShown || strings.Contains(text, "(<https://evil.example/login>)")
		}
	}
	if !evilShown {
		t.Error("the user's link was not shown with its URL anywhere")
	}
}

func clipTo(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func TestUserTextCannotPhishOrPingThroughArchbot(t *testing.T) {
	t.Run("mention", func(t *testing.T) {
		h := newHarness(t, echoDesigner{}, false)
		const thread = "1690000031.000100"
		h.event(t, "Ev0HOSTILE", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design "+hostile, thread, ""))
		h.waitDone(t, "C0CHAN", thread, 1)
		checkSafe(t, h.slack.Replies("C0CHAN", thread), "")
	})
	t.Run("slash command", func(t *testing.T) {
		h := newHarness(t, echoDesigner{}, false)
		resp, _ := h.do(t, "/slack/commands", "application/x-www-form-urlencoded",
			slacktest.Form(h.slack.SlashCommand("/design", "C0CHAN", "U0BOB", hostile, "trig-hostile")))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("command: status %d", resp.StatusCode)
		}
		var root slacktest.Message
		h.slack.WaitFor(t, "the root message", func() bool {
			rs := roots(h.slack, "C0CHAN")
			if len(rs) == 1 {
				root = rs[0]
			}
			return len(rs) == 1
		})
		h.waitDone(t, "C0CHAN", root.TS, 1)
		// The root names who asked, and no one else.
		all := append([]slacktest.Message{root}, h.slack.Replies("C0CHAN", root.TS)...)
		checkSafe(t, all, "U0BOB")
		if !strings.Contains(root.Text, "<@U0BOB>") {
			t.Errorf("root %q does not name who asked", root.Text)
		}
	})
}

// The signing secret is the app's, shared by every workspace it is installed in; archbot acts
// for its token's workspace only.
func TestRequestsFromAnotherWorkspaceAreRefused(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	before := len(h.slack.Calls("chat.postMessage"))

	ev := slacktest.EventCallback("Ev0FOREIGN", slacktest.Mention("C0CHAN", "U0EVE", "<@"+slacktest.BotUserID+"> design a chat app", "1690000032.000100", ""))
	ev["team_id"] = "T0OTHER"
	if resp, _ := h.do(t, "/slack/events", "application/json", slacktest.JSON(ev)); resp.StatusCode != http.StatusOK {
		t.Errorf("foreign event: status %d, want 200 (acknowledged, so Slack does not retry it)", resp.StatusCode)
	}
	dm := slacktest.EventCallback("Ev0FOREIGNDM", slacktest.ChatMessage("D0EVE", "im", "U0EVE", "design a chat app", "1690000033.000100", ""))
	dm["team_id"] = "T0OTHER"
	h.do(t, "/slack/events", "application/json", slacktest.JSON(dm))

	cmd := h.slack.SlashCommand("/design", "C0CHAN", "U0EVE", "a chat app", "trig-foreign")
	cmd["team_id"] = "T0OTHER"
	resp, body := h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd))
	var answer struct{ Text string }
	_ = json.Unmarshal([]byte(body), &answer)
	if resp.StatusCode != http.StatusOK || !strings.Contains(answer.Text, "another Slack workspace") {
		t.Errorf("foreign command answered %d %q, want a refusal only its user sees", resp.StatusCode, body)
	}

	click := h.slack.BlockAction("C0CHAN", "1690000034.000100", "1690000034.000200", "U0EVE", "archbot_export", "trig-foreign-click")
	click["team"] = map[string]any{"id": "T0OTHER", "domain": "other"}
	h.do(t, "/slack/interactions", "application/x-www-form-urlencoded", slacktest.InteractionForm(click))

	// A request from archbot's own workspace, sent last, is answered: once it is, the foreign
	// ones before it would have been too.
	const thread = "1690000035.000100"
	h.event(t, "Ev0HOME", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a chat app", thread, ""))
	h.waitDone(t, "C0CHAN", thread, 1)
	h.stop()
	for _, m := range h.slack.Messages() {
		if m.ThreadTS != thread && m.TS != thread {
			t.Errorf("posted %q in %s/%s for another workspace", clipTo(m.Text, 80), m.Channel, m.ThreadTS)
		}
	}
	if len(h.slack.Calls("chat.postMessage")) == before {
		t.Fatal("nothing was posted at all; the home workspace's design did not run")
	}
}
