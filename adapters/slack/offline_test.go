package slack_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// TestOfflineDesignInSlack runs the shipped offline designer with the Redis store: a /design
// command, then a change in the thread.
func TestOfflineDesignInSlack(t *testing.T) {
	h := start(t, options{designer: offline.New(), store: conversationtest.MustRedisStore(t)})
	cmd := h.slack.SlashCommand("/design", "C0OFF", "U0ALICE", "Design an Instagram-like photo sharing app for 50M DAU", "trig-off")
	if resp, _ := h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd)); resp.StatusCode != http.StatusOK {
		t.Fatalf("slash command: status %d", resp.StatusCode)
	}
	h.slack.WaitFor(t, "the root message", func() bool { return len(h.slack.Messages()) > 0 })
	root := h.slack.Messages()[0].TS
	v1 := checkDesignThread(t, h, "C0OFF", root)
	before := len(h.slack.Replies("C0OFF", root))

	for _, change := range []string{"make it 200M DAU"} {
		h.event(t, "Ev0OFFCHANGE", slacktest.ChatMessage("C0OFF", "channel", "U0ALICE", change, "1690000030.000200", root))
	}
	h.slack.WaitFor(t, "the v2 document", func() bool {
		for _, f := range docs(h) {
			if strings.HasSuffix(f.Name, "-v2.md") && f.Complete {
				return true
			}
		}
		return false
	})
	h.stop()
	v2 := h.design(t, "C0OFF", root)
	if v2.Version != 2 {
		t.Fatalf("version %d after a change, want 2", v2.Version)
	}
	var changed []string
	for _, s := range v2.Sections {
		if old, _ := v1.Section(s.ID); old.Markdown != s.Markdown {
			changed = append(changed, s.Title)
		}
	}
	var posted []string
	for _, p := range sectionPosts(t, h.slack.Replies("C0OFF", root)[before:]) {
		posted = append(posted, p.title)
	}
	if len(posted) == 0 || strings.Join(posted, "|") != strings.Join(changed, "|") {
		t.Errorf("posted sections %v, want exactly the changed ones %v", posted, changed)
	}
	if len(changed) == len(v2.Sections) {
		t.Logf("note: the change touched every section")
	}
}
