package slack_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/archbot/archbot/adapters/markdownsplit"
	"github.com/archbot/archbot/adapters/slack"
	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

const secret = "test-signing-secret"

// harness runs a real engine and the adapter (with the real slack-go client) against a local
// Slack, over HTTP or Socket Mode.
type harness struct {
	slack   *slacktest.Server
	adapter *slack.Adapter
	store   bot.Store
	http    *httptest.Server
	// dispatcher runs the queued turns when options.dispatch is set.
	dispatcher *bot.Dispatcher
	stop       func() // stops Run and waits for in-flight turns
	cancel     func() // stops Run without waiting
	done       chan error
	long       bool // the designer writes sections that must be split
}

func newHarness(t *testing.T, designer bot.Designer, socket bool) *harness {
	t.Helper()
	return start(t, options{designer: designer, socket: socket})
}

// defaultDispatch is the dispatcher configuration of most harnesses that queue their turns.
var defaultDispatch = &bot.DispatchConfig{Workers: 4, ShutdownTimeout: 5 * time.Second}

// options of a harness; zero values get a fresh local Slack and memory store.
type options struct {
	designer bot.Designer
	socket   bool
	slack    *slacktest.Server // share one local Slack between replicas
	store    bot.Store         // share one store between replicas
	token    string            // bot token; default the one the local Slack accepts
	grace    time.Duration
	// dispatch, when set, queues turns on a dispatcher with this configuration (store must be a
	// *redisstore.Store).
	dispatch *bot.DispatchConfig
	// callTimeout bounds one attempt at a Slack call; default 5s.
	callTimeout time.Duration
}

func start(t *testing.T, o options) *harness {
	t.Helper()
	if o.slack == nil {
		o.slack = slacktest.NewServer(t)
	}
	if o.store == nil {
		o.store = conversation.NewMemoryStore()
	}
	if o.token == "" {
		o.token = slacktest.BotToken
	}
	log := slog.New(slog.DiscardHandler)
	if os.Getenv("ARCHBOT_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	engine := bot.New(bot.Config{}, o.store, o.designer, nil, log)
	cfg := slack.Config{BotToken: o.token, SigningSecret: secret, APIURL: o.slack.APIURL(),
		PostInterval: time.Millisecond, PostBurst: 1000, ShutdownGrace: o.grace,
		RetryBackoff: 10 * time.Millisecond, CallTimeout: cmp.Or(o.callTimeout, 5*time.Second)}
	if o.socket {
		cfg.AppToken = slacktest.AppToken
	}
	a, err := slack.New(cfg, engine, log)
	if err != nil {
		t.Fatalf("new adapter: %v", err)
	}
	var dispatcher *bot.Dispatcher
	if o.dispatch != nil {
		rs, ok := o.store.(*redisstore.Store)
		if !ok {
			t.Fatalf("a dispatcher needs a Redis store, not %T", o.store)
		}
		dispatcher = bot.NewDispatcher(*o.dispatch, engine, rs.Queue(), rs.Locks(), rs.Ledger(), log)
		a.UseDispatcher(dispatcher)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)

	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{slack: o.slack, adapter: a, store: o.store, http: hs, dispatcher: dispatcher, done: make(chan error, 1)}
	go func() { h.done <- a.Run(ctx) }()
	dispatched := make(chan error, 1)
	if dispatcher != nil {
		go func() { dispatched <- dispatcher.Run(ctx) }()
	} else {
		dispatched <- nil
	}
	stopped := false
	h.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := conversationtest.Receive(t, "Run to return after cancel", 30*time.Second, h.done); err != nil {
			t.Errorf("Run: %v", err)
		}
		if err := <-dispatched; err != nil {
			t.Errorf("dispatcher: %v", err)
		}
	}
	h.cancel = cancel
	t.Cleanup(h.stop)
	if o.token == slacktest.BotToken {
		o.slack.WaitFor(t, "adapter ready", a.Ready)
	}
	return h
}

// do sends a request signed now to the adapter's HTTP endpoints.
func (h *harness) do(t *testing.T, path, contentType string, body []byte, header ...string) (*http.Response, string) {
	t.Helper()
	req := slacktest.SignedRequest(h.http.URL+path, secret, contentType, body, time.Now())
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return send(t, req)
}

func send(t *testing.T, req *http.Request) (*http.Response, string) {
	t.Helper()
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", req.URL.Path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("%s answered after %v; Slack gives up after 3s", req.URL.Path, took)
	}
	return resp, string(body)
}

func (h *harness) event(t *testing.T, eventID string, inner map[string]any, header ...string) {
	t.Helper()
	resp, _ := h.do(t, "/slack/events", "application/json", slacktest.JSON(slacktest.EventCallback(eventID, inner)), header...)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("event %s: status %d", eventID, resp.StatusCode)
	}
}

// waitDone waits until the thread has n closing messages (the ones with buttons).
func (h *harness) waitDone(t *testing.T, channel, thread string, n int) {
	t.Helper()
	h.slack.WaitFor(t, "the closing message", func() bool { return len(closing(h.slack.Replies(channel, thread))) >= n })
}

func closing(ms []slacktest.Message) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range ms {
		for _, b := range m.Blocks {
			if b.Type == "actions" {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

func (h *harness) design(t *testing.T, channel, thread string) *conversation.Design {
	t.Helper()
	th, err := h.store.Load(context.Background(), conversation.ThreadRef{Platform: "slack", Team: slacktest.TeamID, Channel: channel, ThreadID: thread})
	if err != nil {
		t.Fatalf("load thread %s/%s: %v", channel, thread, err)
	}
	if th.Design == nil {
		t.Fatalf("thread %s/%s has no design", channel, thread)
	}
	return th.Design
}

func u16(s string) int { return len(utf16.Encode([]rune(s))) }

// sectionPosts groups the thread's section messages (a header, then body blocks; continuation
// messages without a header belong to the section before) by title, in posting order.
type sectionPost struct {
	title  string
	pieces []string
}

func sectionPosts(t *testing.T, ms []slacktest.Message) []sectionPost {
	t.Helper()
	var out []sectionPost
	for _, m := range ms {
		checkLimits(t, m)
		if len(m.Blocks) == 0 || m.Blocks[0].Type != "header" {
			if strings.HasSuffix(m.Text, "(continued)") && len(out) > 0 {
				for _, b := range m.Blocks {
					out[len(out)-1].pieces = append(out[len(out)-1].pieces, b.Text.Text)
				}
			}
			continue
		}
		sp := sectionPost{title: m.Blocks[0].Text.Text}
		for _, b := range m.Blocks[1:] {
			if b.Type != "section" {
				t.Fatalf("section message holds a %s block", b.Type)
			}
			sp.pieces = append(sp.pieces, b.Text.Text)
		}
		out = append(out, sp)
	}
	return out
}

// checkLimits asserts Slack's limits on one message.
func checkLimits(t *testing.T, m slacktest.Message) {
	t.Helper()
	if n := len(m.Blocks); n > 50 {
		t.Errorf("message %s has %d blocks, limit 50", m.TS, n)
	}
	if n := u16(m.Text); n > 40000 {
		t.Errorf("message %s text has %d chars, limit 40000", m.TS, n)
	}
	for _, b := range m.Blocks {
		if b.Text == nil {
			continue
		}
		switch b.Type {
		case "header":
			if n := u16(b.Text.Text); n > 150 || b.Text.Type != "plain_text" {
				t.Errorf("header %q: %d chars of %s, want <= 150 plain_text", b.Text.Text, n, b.Text.Type)
			}
		case "section":
			if n := u16(b.Text.Text); n > 3000 || strings.TrimSpace(b.Text.Text) == "" {
				t.Errorf("section block of %d chars, want 1..3000", n)
			}
		}
	}
}

// checkDesignThread asserts what a new design leaves in its thread: every section of the
// document as its own message(s), in order, whose pieces together are the section's text;
// the diagram; the document file; the closing message with buttons.
func checkDesignThread(t *testing.T, h *harness, channel, thread string) *conversation.Design {
	t.Helper()
	h.waitDone(t, channel, thread, 1)
	d := h.design(t, channel, thread)
	replies := h.slack.Replies(channel, thread)

	posts := sectionPosts(t, replies)
	if len(posts) != len(d.Sections) {
		t.Fatalf("%d section posts, want %d (one per section of the document)", len(posts), len(d.Sections))
	}
	split := false
	for i, s := range d.Sections {
		p := posts[i]
		if p.title != s.Title {
			t.Errorf("section %d titled %q, want %q", i, p.title, s.Title)
		}
		if got, want := markdownsplit.Join(p.pieces), slack.Mrkdwn(strings.TrimSpace(s.Markdown)); got != want {
			t.Errorf("section %s: posted pieces do not add up to the document's text\n got %q\nwant %q", s.ID, got, want)
		}
		split = split || len(p.pieces) > 1
	}
	if h.long && !split {
		t.Errorf("no section was split; the long designer's capacity section must be")
	}

	var doc *slacktest.File
	for _, f := range h.slack.Files() {
		if f.Channel == channel && f.ThreadTS == thread && strings.HasSuffix(f.Name, ".md") {
			doc = &f
		}
	}
	if doc == nil {
		t.Fatalf("no document uploaded in the thread; files: %+v", h.slack.Files())
	}
	if doc.Name != d.Filename() || !doc.Complete {
		t.Errorf("document %q (complete %v), want %q shared", doc.Name, doc.Complete, d.Filename())
	}
	if string(doc.Content) != d.Markdown() {
		t.Errorf("uploaded document differs from the design's Markdown")
	}

	if diagram.Available() {
		png := false
		for _, f := range h.slack.Files() {
			png = png || (f.ThreadTS == thread && f.Name == fmt.Sprintf("architecture-v%d.png", d.Version) && strings.HasPrefix(string(f.Content), "\x89PNG"))
		}
		if !png {
			t.Errorf("Graphviz is installed but no PNG diagram was uploaded")
		}
	} else {
		mermaid := false
		for _, m := range replies {
			mermaid = mermaid || strings.Contains(blockText(m), strings.SplitN(d.Diagram.Mermaid, "\n", 2)[0])
		}
		if !mermaid {
			t.Errorf("no Mermaid diagram posted")
		}
	}

	done := closing(replies)
	var actions []string
	for _, b := range done[0].Blocks {
		for _, e := range b.Elements {
			actions = append(actions, e.ActionID)
		}
	}
	if got := strings.Join(actions, ","); got != "archbot_export,archbot_diagram,archbot_help" {
		t.Errorf("closing buttons %s, want export, diagram, help", got)
	}
	for _, c := range h.slack.Calls() {
		if c.Method != "upload" && c.Method != "response_url" && !strings.HasPrefix(c.Method, "socket_") && c.Method != "apps.connections.open" && c.Token != slacktest.BotToken {
			t.Errorf("%s called with token %q, want the bot token", c.Method, c.Token)
		}
	}
	return d
}

func TestSlashCommandDesignsInANewThread(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	h.long = true
	cmd := h.slack.SlashCommand("/design", "C0DESIGN", "U0ALICE", "Design a photo sharing app for 50M DAU", "trig-1")
	resp, body := h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd))
	if resp.StatusCode != http.StatusOK || body != "" {
		t.Fatalf("slash command answered %d %q, want an empty 200", resp.StatusCode, body)
	}
	h.slack.WaitFor(t, "the root message", func() bool { return len(h.slack.Messages()) > 0 })
	root := h.slack.Messages()[0]
	if root.Channel != "C0DESIGN" || root.ThreadTS != "" {
		t.Fatalf("first message in %s thread %q, want a root message in C0DESIGN", root.Channel, root.ThreadTS)
	}
	d := checkDesignThread(t, h, "C0DESIGN", root.TS)

	root = h.slack.Messages()[0]
	if want := "Designing: *" + d.Title + "*, asked by <@U0ALICE>"; root.Text != want {
		t.Errorf("root message %q, want %q", root.Text, want)
	}
	// Progress: one message in the thread, edited at most once a second, closed when done.
	replies := h.slack.Replies("C0DESIGN", root.TS)
	if first := h.slack.Calls("chat.postMessage")[1]; !strings.HasPrefix(first.Params.Get("text"), ":hourglass") || first.Params.Get("thread_ts") != root.TS {
		t.Errorf("first reply %q, want the progress message", first.Params.Get("text"))
	}
	var edits []time.Time
	for _, c := range h.slack.Calls("chat.update") {
		if c.Params.Get("ts") == replies[0].TS {
			edits = append(edits, c.At)
		}
	}
	for i := 1; i < len(edits)-1; i++ {
		if gap := edits[i].Sub(edits[i-1]); gap < time.Second-50*time.Millisecond {
			t.Errorf("progress edited twice within %v", gap)
		}
	}
	if m := h.slack.Replies("C0DESIGN", root.TS)[0]; !strings.Contains(m.Text, "Done") {
		t.Errorf("progress message ends as %q, want a closing line", m.Text)
	}
}

func TestSlashCommandWithoutTextAnswersUsagePrivately(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	before := len(h.slack.Calls())
	for _, text := range []string{"", "help", "  HELP "} {
		cmd := h.slack.SlashCommand("/design", "C0DESIGN", "U0ALICE", text, "trig-help")
		resp, body := h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd))
		var got struct{ ResponseType, Text string }
		_ = json.Unmarshal([]byte(body), &struct {
			ResponseType *string `json:"response_type"`
			Text         *string `json:"text"`
		}{&got.ResponseType, &got.Text})
		if resp.StatusCode != http.StatusOK || got.ResponseType != "ephemeral" || !strings.Contains(got.Text, "/design <problem>") {
			t.Errorf("/design %q answered %d %s, want ephemeral usage", text, resp.StatusCode, body)
		}
	}
	h.stop()
	if calls := h.slack.Calls()[before:]; len(calls) != 0 {
		t.Errorf("usage made %d Slack calls, want none", len(calls))
	}
}

func TestMentionOverSocketModeDesignsInItsThread(t *testing.T) {
	h := newHarness(t, longDesigner{}, true)
	h.long = true
	mention := slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a photo sharing app for 50M DAU", "1690000000.000100", "")
	id := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: slacktest.EventCallback("Ev0MENTION", mention)})
	if ack := h.slack.WaitAck(t, id); string(ack) != "null" {
		t.Errorf("event ack payload %s, want none", ack)
	}
	d := checkDesignThread(t, h, "C0CHAN", "1690000000.000100")
	if d.Problem != "design a photo sharing app for 50M DAU" {
		t.Errorf("problem %q: the mention was not stripped", d.Problem)
	}
}

func TestSocketModeSlashCommandAndButton(t *testing.T) {
	h := newHarness(t, longDesigner{}, true)
	id := h.slack.Send(t, slacktest.Envelope{Type: "slash_commands", Payload: h.slack.SlashCommand("/design", "C0SOCK", "U0ALICE", "help", "trig-s0")})
	if ack := h.slack.WaitAck(t, id); !strings.Contains(string(ack), "ephemeral") {
		t.Errorf("help ack %s, want ephemeral usage", ack)
	}
	id = h.slack.Send(t, slacktest.Envelope{Type: "slash_commands", Payload: h.slack.SlashCommand("/design", "C0SOCK", "U0ALICE", "a url shortener", "trig-s1")})
	h.slack.WaitAck(t, id)
	h.slack.WaitFor(t, "the root message", func() bool { return len(h.slack.Messages()) > 0 })
	root := h.slack.Messages()[0]
	h.waitDone(t, "C0SOCK", root.TS, 1)

	done := closing(h.slack.Replies("C0SOCK", root.TS))[0]
	before := len(h.slack.Replies("C0SOCK", root.TS))
	click := h.slack.BlockAction("C0SOCK", root.TS, done.TS, "U0ALICE", "archbot_help", "trig-click")
	id = h.slack.Send(t, slacktest.Envelope{Type: "interactive", Payload: click})
	h.slack.WaitAck(t, id)
	h.slack.WaitFor(t, "the help reply", func() bool { return len(h.slack.Replies("C0SOCK", root.TS)) > before })
	h.stop()
	got := h.slack.Replies("C0SOCK", root.TS)[before:]
	if len(got) != 1 || !strings.Contains(strings.ToLower(got[0].Text+blockText(got[0])), "export") {
		t.Errorf("help button posted %d messages (%+v), want the help text", len(got), got)
	}
}

func blockText(m slacktest.Message) string {
	var b strings.Builder
	for _, bl := range m.Blocks {
		if bl.Text != nil {
			b.WriteString(bl.Text.Text)
		}
	}
	return b.String()
}

func TestFollowUpChangePostsOnlyChangedSections(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	h.event(t, "Ev1", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design photo sharing", "1690000001.000100", ""))
	v1 := checkDesignThread(t, h, "C0CHAN", "1690000001.000100")
	before := len(h.slack.Replies("C0CHAN", "1690000001.000100"))

	// A reply in archbot's thread is a follow-up without a mention.
	h.event(t, "Ev2", slacktest.ChatMessage("C0CHAN", "channel", "U0BOB", "use Cassandra for posts", "1690000001.000200", "1690000001.000100"))
	h.slack.WaitFor(t, "the v2 document", func() bool {
		for _, f := range h.slack.Files() {
			if strings.HasSuffix(f.Name, "-v2.md") && f.Complete {
				return true
			}
		}
		return false
	})
	h.stop()
	v2 := h.design(t, "C0CHAN", "1690000001.000100")
	if v2.Version != v1.Version+1 {
		t.Fatalf("version %d after the change, want %d", v2.Version, v1.Version+1)
	}
	var changed []string
	for _, s := range v2.Sections {
		if old, _ := v1.Section(s.ID); old.Markdown != s.Markdown {
			changed = append(changed, s.Title)
		}
	}
	if len(changed) == 0 || len(changed) == len(v2.Sections) {
		t.Fatalf("%d of %d sections changed; the test needs a partial change", len(changed), len(v2.Sections))
	}
	after := h.slack.Replies("C0CHAN", "1690000001.000100")[before:]
	if len(after) == 0 || !strings.Contains(after[0].Text+blockText(after[0]), "v2: use cassandra for posts") {
		t.Fatalf("first reply to the change %+v, want the v2 summary", after)
	}
	var posted []string
	for _, p := range sectionPosts(t, after) {
		posted = append(posted, p.title)
	}
	if strings.Join(posted, "|") != strings.Join(changed, "|") {
		t.Errorf("posted sections %v, want only the changed ones %v", posted, changed)
	}
}

func TestRetriedAndDuplicateEventsReplyOnce(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	mention := slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a chat app", "1690000002.000100", "")
	h.event(t, "Ev0DUP", mention)
	h.event(t, "Ev0DUP", mention, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
	h.event(t, "Ev0DUP", mention)
	h.waitDone(t, "C0CHAN", "1690000002.000100", 1)

	// The same event over Socket Mode on a second replica sharing the store.
	h.stop()
	if n := countDesigns(h); n != 1 {
		t.Fatalf("%d designs posted for one event delivered three times, want 1", n)
	}
	if files := len(docs(h)); files != 1 {
		t.Errorf("%d files uploaded, want 1", files)
	}
}

func TestDuplicateEnvelopesOverSocketModeReplyOnce(t *testing.T) {
	h := newHarness(t, longDesigner{}, true)
	mention := slacktest.EventCallback("Ev0SOCKDUP", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000003.000100", ""))
	a := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: mention})
	b := h.slack.Send(t, slacktest.Envelope{Type: "events_api", Payload: mention, RetryAttempt: 1, RetryReason: "timeout"})
	h.slack.WaitAck(t, a)
	h.slack.WaitAck(t, b)
	h.waitDone(t, "C0CHAN", "1690000003.000100", 1)
	h.stop()
	if n := countDesigns(h); n != 1 {
		t.Fatalf("%d designs posted for a redelivered envelope, want 1", n)
	}
}

// docs returns the uploaded design documents.
func docs(h *harness) []slacktest.File {
	var out []slacktest.File
	// Only completed uploads count: a file is in the thread once files.completeUploadExternal
	// has named its channel and thread.
	for _, f := range h.slack.Files() {
		if f.Complete && strings.HasSuffix(f.Name, ".md") {
			out = append(out, f)
		}
	}
	return out
}

// countDesigns counts closing messages across all threads.
func countDesigns(h *harness) int { return len(closing(h.slack.Messages())) }

func TestUnverifiedRequestsAreRefused(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	before := len(h.slack.Calls())
	body := slacktest.JSON(slacktest.EventCallback("Ev0FORGED", slacktest.Mention("C0CHAN", "U0EVE", "<@"+slacktest.BotUserID+"> design", "1690000004.000100", "")))
	cmd := slacktest.Form(h.slack.SlashCommand("/design", "C0CHAN", "U0EVE", "a forged design", "trig-forged"))
	for _, tt := range []struct {
		name string
		req  *http.Request
	}{
		{"wrong secret", slacktest.SignedRequest(h.http.URL+"/slack/events", "not-the-secret", "application/json", body, time.Now())},
		{"stale timestamp", slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", body, time.Now().Add(-6*time.Minute))},
		{"future timestamp", slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", body, time.Now().Add(6*time.Minute))},
		{"command with wrong secret", slacktest.SignedRequest(h.http.URL+"/slack/commands", "not-the-secret", "application/x-www-form-urlencoded", cmd, time.Now())},
		{"stale command", slacktest.SignedRequest(h.http.URL+"/slack/commands", secret, "application/x-www-form-urlencoded", cmd, time.Now().Add(-10*time.Minute))},
		{"interaction with wrong secret", slacktest.SignedRequest(h.http.URL+"/slack/interactions", "nope", "application/x-www-form-urlencoded",
			slacktest.InteractionForm(h.slack.BlockAction("C0CHAN", "1.1", "1.2", "U0EVE", "archbot_export", "trig-x")), time.Now())},
		{"tampered body", func() *http.Request {
			r := slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", body, time.Now())
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(string(body), "U0EVE", "U0MAL", 1)))
			return r
		}()},
		{"unsigned", func() *http.Request {
			r := slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", body, time.Now())
			r.Header.Del("X-Slack-Signature")
			return r
		}()},
	} {
		resp, _ := send(t, tt.req)
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", tt.name, resp.StatusCode)
		}
	}
	h.stop()
	if calls := h.slack.Calls()[before:]; len(calls) != 0 {
		t.Errorf("refused requests made %d Slack calls (%v), want none", len(calls), calls[0].Method)
	}
}

func TestURLVerificationChallenge(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	body := slacktest.JSON(map[string]any{"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"})
	resp, got := h.do(t, "/slack/events", "application/json", body)
	if resp.StatusCode != http.StatusOK || got != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Fatalf("challenge answered %d %q", resp.StatusCode, got)
	}
}

func TestIgnoresBotMessagesEditsAndForeignThreads(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	const thread = "1690000005.000100"
	h.event(t, "Ev0START", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a ride sharing app", thread, ""))
	h.waitDone(t, "C0CHAN", thread, 1)
	// The progress line is closed just after the closing message; count edits from there.
	h.slack.WaitFor(t, "the progress line closed", func() bool {
		for _, c := range h.slack.Calls("chat.update") {
			if strings.Contains(c.Params.Get("text"), "Done") {
				return true
			}
		}
		return false
	})
	posted := len(h.slack.Messages())
	updates := len(h.slack.Calls("chat.update"))

	botMsg := slacktest.ChatMessage("C0CHAN", "channel", "U0OTHERBOT", "beep", "1690000005.000200", thread)
	botMsg["bot_id"] = "B0OTHER"
	botMsg["subtype"] = "bot_message"
	ownMsg := slacktest.ChatMessage("C0CHAN", "channel", slacktest.BotUserID, "my own words", "1690000005.000300", thread)
	edit := map[string]any{"type": "message", "subtype": "message_changed", "channel": "C0CHAN", "channel_type": "channel",
		"ts": "1690000005.000400", "event_ts": "1690000005.000400",
		"message":          map[string]any{"type": "message", "user": "U0BOB", "text": "use Cassandra for posts", "ts": "1690000005.000150", "thread_ts": thread},
		"previous_message": map[string]any{"type": "message", "user": "U0BOB", "text": "hi", "ts": "1690000005.000150", "thread_ts": thread}}
	deleted := map[string]any{"type": "message", "subtype": "message_deleted", "channel": "C0CHAN", "channel_type": "channel",
		"ts": "1690000005.000500", "deleted_ts": "1690000005.000150", "event_ts": "1690000005.000500"}
	foreign := slacktest.ChatMessage("C0CHAN", "channel", "U0BOB", "use Cassandra for posts", "1690000006.000200", "1690000006.000100")
	topLevel := slacktest.ChatMessage("C0CHAN", "channel", "U0BOB", "design a photo app", "1690000007.000100", "")
	// The message copy of a mention in a foreign thread: the app_mention event is the one acted on.
	mentionCopy := slacktest.ChatMessage("C0CHAN", "channel", "U0BOB", "<@"+slacktest.BotUserID+"> hello", "1690000006.000300", "1690000006.000100")
	botMention := slacktest.Mention("C0CHAN", "U0OTHERBOT", "<@"+slacktest.BotUserID+"> design spam", "1690000008.000100", "")
	botMention["bot_id"] = "B0OTHER"
	for i, e := range []map[string]any{botMsg, ownMsg, edit, deleted, foreign, topLevel, mentionCopy, botMention} {
		h.event(t, "Ev0IGNORE"+string(rune('a'+i)), e)
	}
	h.stop()
	if n := len(h.slack.Messages()); n != posted {
		for _, m := range h.slack.Messages()[posted:] {
			t.Logf("unexpected post in %s/%s: %q", m.Channel, m.ThreadTS, m.Text+blockText(m))
		}
		t.Errorf("%d messages posted for events archbot must ignore", n-posted)
	}
	if n := len(h.slack.Calls("chat.update")); n != updates {
		t.Errorf("%d messages edited for events archbot must ignore", n-updates)
	}
	if n := len(docs(h)); n != 1 {
		t.Errorf("%d files, want only the first design's", n)
	}
}

func TestDirectMessageUsesAssistantStatus(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	h.event(t, "Ev0DM", slacktest.ChatMessage("D0BOB", "im", "U0BOB", "design a url shortener", "1690000009.000100", ""))
	checkDesignThread(t, h, "D0BOB", "1690000009.000100")
	h.stop()
	if n := len(h.slack.Calls("assistant.threads.setStatus")); n < 2 {
		t.Errorf("%d assistant.threads.setStatus calls, want a status and its clearing", n)
	}
	for _, m := range h.slack.Replies("D0BOB", "1690000009.000100") {
		if strings.HasPrefix(m.Text, ":hourglass") {
			t.Errorf("a progress message was posted although the assistant status worked")
		}
	}
}

func TestRateLimitedPostsAreRetried(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	h.slack.RateLimit("chat.postMessage", 1)
	h.slack.RateLimit("files.getUploadURLExternal", 1)
	start := time.Now()
	h.event(t, "Ev0RL", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000010.000100", ""))
	checkDesignThread(t, h, "C0CHAN", "1690000010.000100")
	if took := time.Since(start); took < 2*time.Second {
		t.Errorf("design finished in %v despite two 429s with Retry-After: 1", took)
	}
	if posts, msgs := len(h.slack.Calls("chat.postMessage")), len(h.slack.Messages()); posts != msgs+1 {
		t.Errorf("%d chat.postMessage calls for %d messages, want exactly one retry", posts, msgs)
	}
}

// A 429's Retry-After is a floor: the retry waits at least that long, not the far shorter
// backoff (10ms here) it would take after a failure Slack gave no Retry-After for.
func TestRetryAfterIsHonoured(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	h.slack.RateLimit("chat.postMessage", 2)
	h.event(t, "Ev0RA", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000013.000100", ""))
	h.slack.WaitFor(t, "the rate-limited post and its retry", func() bool { return len(h.slack.Calls("chat.postMessage")) >= 2 })
	checkWaited(t, h.slack.Calls("chat.postMessage"), 2*time.Second)
	checkDesignThread(t, h, "C0CHAN", "1690000013.000100")
	if posts, msgs := len(h.slack.Calls("chat.postMessage")), len(h.slack.Messages()); posts != msgs+1 {
		t.Errorf("%d chat.postMessage calls for %d messages, want exactly one retry", posts, msgs)
	}
}

func TestErrorsReachTheThreadInPlainWords(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	// A follow-up in a thread with no design: the engine's error must reach the user.
	h.event(t, "Ev0LONG", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> "+strings.Repeat("x", 9000), "1690000011.000100", ""))
	h.slack.WaitFor(t, "the error reply", func() bool { return len(h.slack.Replies("C0CHAN", "1690000011.000100")) > 0 })
	h.stop()
	got := h.slack.Replies("C0CHAN", "1690000011.000100")
	if len(got) != 1 || !strings.Contains(got[0].Text, "characters long") {
		t.Fatalf("replies %+v, want one plain message about the length", got)
	}
}

func TestMermaidWhenGraphvizIsMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if diagram.Available() {
		t.Fatal("dot still found with an empty PATH")
	}
	h := newHarness(t, longDesigner{}, false)
	h.event(t, "Ev0MERMAID", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000012.000100", ""))
	checkDesignThread(t, h, "C0CHAN", "1690000012.000100")
	for _, f := range h.slack.Files() {
		if strings.HasSuffix(f.Name, ".png") {
			t.Errorf("uploaded %s without Graphviz", f.Name)
		}
	}
}
