package slack_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack"
	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

func TestNewChecksConfig(t *testing.T) {
	engine := bot.New(bot.Config{}, conversation.NewMemoryStore(), longDesigner{}, nil, nil)
	for _, tt := range []struct {
		name string
		cfg  slack.Config
	}{
		{"no bot token", slack.Config{SigningSecret: "s"}},
		{"no transport", slack.Config{BotToken: "xoxb-1"}},
		{"bot token as app token", slack.Config{BotToken: "xoxb-1", AppToken: "xoxb-2"}},
	} {
		if _, err := slack.New(tt.cfg, engine, nil); err == nil {
			t.Errorf("%s: New accepted %+v", tt.name, tt.cfg)
		}
	}
	if _, err := slack.New(slack.Config{BotToken: "xoxb-1", AppToken: "xapp-1"}, engine, nil); err != nil {
		t.Errorf("socket mode config refused: %v", err)
	}
}

func TestRunFailsOnARefusedToken(t *testing.T) {
	h := start(t, options{designer: longDesigner{}, token: "xoxb-revoked"})
	select {
	case err := <-h.done:
		if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
			t.Fatalf("Run = %v, want an invalid_auth error", err)
		}
		h.done <- nil // for the cleanup's stop
	case <-time.After(10 * time.Second):
		t.Fatal("Run kept going with a refused token")
	}
	if h.adapter.Ready() {
		t.Error("Ready with a refused token")
	}
}

func TestTwoReplicasAnswerOneEventOnce(t *testing.T) {
	srv := slacktest.NewServer(t)
	store := conversation.NewMemoryStore()
	a := start(t, options{designer: longDesigner{}, slack: srv, store: store})
	b := start(t, options{designer: longDesigner{}, slack: srv, store: store})
	mention := slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a chat app", "1690000020.000100", "")
	var wg sync.WaitGroup
	for _, h := range []*harness{a, b} {
		wg.Go(func() { h.event(t, "Ev0TWICE", mention) })
	}
	wg.Wait()
	a.waitDone(t, "C0CHAN", "1690000020.000100", 1)
	a.stop()
	b.stop()
	if n := countDesigns(a); n != 1 {
		t.Fatalf("%d designs for one event delivered to two replicas, want 1", n)
	}
}

func TestSocketModeReconnectsWhenSlackAsks(t *testing.T) {
	h := newHarness(t, longDesigner{}, true)
	h.slack.Disconnect(t)
	h.slack.WaitFor(t, "a second connection", func() bool {
		return len(h.slack.Calls("apps.connections.open")) >= 2 && h.slack.Connected() == 1 && h.adapter.Ready()
	})
	id := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: slacktest.EventCallback("Ev0AFTER",
		slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000021.000100", ""))})
	h.slack.WaitAck(t, id)
	h.waitDone(t, "C0CHAN", "1690000021.000100", 1)
}

// blockingDesigner holds the first step of a design until released.
type blockingDesigner struct {
	longDesigner
	started chan struct{}
	release chan struct{}
}

func (d blockingDesigner) Requirements(ctx context.Context, problem string) (string, conversation.RequirementSet, error) {
	close(d.started)
	select {
	case <-d.release:
	case <-ctx.Done():
		return "", conversation.RequirementSet{}, ctx.Err()
	}
	return d.longDesigner.Requirements(ctx, problem)
}

func TestShutdownWaitsForTurnsInFlight(t *testing.T) {
	d := blockingDesigner{started: make(chan struct{}), release: make(chan struct{})}
	h := newHarness(t, d, false)
	h.event(t, "Ev0SLOW", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000022.000100", ""))
	<-d.started
	h.cancel()
	// A request arriving while shutting down is refused so that Slack redelivers it elsewhere.
	// Poll with a challenge, which starts no work when it is still accepted.
	challenge := slacktest.JSON(map[string]any{"type": "url_verification", "challenge": "c"})
	h.slack.WaitFor(t, "the adapter to refuse new work", func() bool {
		resp, _ := send(t, slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", challenge, time.Now()))
		return resp.StatusCode == http.StatusServiceUnavailable
	})
	late := slacktest.JSON(slacktest.EventCallback("Ev0LATE", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> x", "1690000023.000100", "")))
	if resp, _ := send(t, slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", late, time.Now())); resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("event during shutdown: status %d, want 503", resp.StatusCode)
	}
	select {
	case err := <-h.done:
		t.Fatalf("Run returned (%v) while a turn was in flight", err)
	default:
	}
	close(d.release)
	if err := <-h.done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	h.done <- nil
	if len(closing(h.slack.Replies("C0CHAN", "1690000022.000100"))) != 1 {
		t.Fatal("the in-flight design did not finish before Run returned")
	}
	if n := len(h.slack.Replies("C0CHAN", "1690000023.000100")); n != 0 {
		t.Fatalf("the refused event got %d replies", n)
	}
}

func TestShutdownCancelsTurnsAfterTheGrace(t *testing.T) {
	d := blockingDesigner{started: make(chan struct{}), release: make(chan struct{})}
	h := start(t, options{designer: d, grace: 100 * time.Millisecond})
	h.event(t, "Ev0STUCK", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000024.000100", ""))
	<-d.started
	start := time.Now()
	h.stop()
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("Run took %v to give up on a stuck turn, grace 100ms", took)
	}
}

func TestExportButtonOverHTTPUploadsTheDocumentAgain(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	const thread = "1690000025.000100"
	h.event(t, "Ev0EXP", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", thread, ""))
	h.waitDone(t, "C0CHAN", thread, 1)
	done := closing(h.slack.Replies("C0CHAN", thread))[0]
	click := slacktest.InteractionForm(h.slack.BlockAction("C0CHAN", thread, done.TS, "U0BOB", "archbot_export", "trig-exp"))
	resp, body := h.do(t, "/slack/interactions", "application/x-www-form-urlencoded", click)
	if resp.StatusCode != http.StatusOK || body != "" {
		t.Fatalf("interaction answered %d %q, want an empty 200", resp.StatusCode, body)
	}
	h.slack.WaitFor(t, "the exported document", func() bool { return len(docs(h)) == 2 })
	d := h.design(t, "C0CHAN", thread)
	if f := docs(h)[1]; f.Name != d.Filename() || string(f.Content) != d.Markdown() || f.ThreadTS != thread {
		t.Errorf("export uploaded %s in thread %s, want %s in %s", f.Name, f.ThreadTS, d.Filename(), thread)
	}
}

// downStore is a store whose backend is unreachable.
type downStore struct{}

var errDown = errors.New("dial tcp 127.0.0.1:6379: connect: connection refused")

func (downStore) Load(context.Context, conversation.ThreadRef) (*conversation.Thread, error) {
	return nil, errDown
}
func (downStore) Save(context.Context, *conversation.Thread) error { return errDown }
func (downStore) FirstSeen(context.Context, string, time.Duration) (bool, error) {
	return false, errDown
}

func TestStoreDownIsToldInTheThread(t *testing.T) {
	h := start(t, options{designer: longDesigner{}, store: downStore{}})
	cmd := h.slack.SlashCommand("/design", "C0DOWN", "U0ALICE", "a photo sharing app", "trig-down")
	h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd))
	h.slack.WaitFor(t, "the error in the thread", func() bool {
		ms := h.slack.Messages()
		return len(ms) > 0 && len(h.slack.Replies("C0DOWN", ms[0].TS)) > 0
	})
	h.stop()
	root := h.slack.Messages()[0]
	got := h.slack.Replies("C0DOWN", root.TS)
	if len(got) != 1 || !strings.Contains(got[0].Text, "Redis") || strings.Contains(got[0].Text, "connection refused") {
		t.Fatalf("replies %+v, want one plain message about Redis without the raw error", got)
	}
}
