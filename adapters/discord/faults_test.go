package discord

// The fault matrix: for each Discord call the adapter makes while designing, and each class of
// failure Discord answers with, what the adapter does about it. The server answers with
// Discord's own error payloads (discordtest's faults); discordgo is the real client.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/bot/retry"
	"github.com/archbot/archbot/conversation"
)

// clientTimeout stands in for discordgo's 20-second client timeout, so a hung request is given
// up on quickly.
const clientTimeout = 400 * time.Millisecond

type rig struct {
	t   *testing.T
	srv *discordtest.Server
	a   *Adapter
	log *LogBuffer
}

func newRig(t *testing.T) *rig {
	t.Helper()
	srv := discordtest.NewServer()
	t.Cleanup(srv.Close)
	logs := &LogBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	engine := bot.New(bot.Config{}, conversation.NewMemoryStore(), offline.New(), nil, log)
	a, err := New(Config{Token: srv.Token, GuildID: srv.GuildID, APIURL: srv.URL}, engine, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a.botID.Store(srv.Bot.ID)
	a.s.Client = &http.Client{Timeout: clientTimeout}
	return &rig{t: t, srv: srv, a: a, log: logs}
}

// thread opens a thread in the server's channel, with no faults, and a sink posting into it.
func (r *rig) thread() *sink {
	r.t.Helper()
	th, err := r.a.openThread(context.Background(), r.srv.GuildID, r.srv.ChannelID, "design", "0")
	if err != nil {
		r.t.Fatalf("open thread: %v", err)
	}
	return newSink(r.a, threadRef(r.srv.GuildID, th.ID), th.Name, r.srv.ChannelID)
}

// calls counts the calls of a route.
func (r *rig) calls(route string) int {
	n := 0
	for _, c := range r.srv.Calls() {
		if c.Route == route {
			n++
		}
	}
	return n
}

// longText is a reply of several paragraphs, under Discord's limit as a whole.
func longText() string {
	var b strings.Builder
	for i := range 12 {
		fmt.Fprintf(&b, "Paragraph %d: the write path goes through the queue, the read path through the cache, and both are sharded by user id so no partition runs hot.\n\n", i)
	}
	return b.String()
}

// Fault classes, as Discord answers them.
var (
	rateLimited   = discordtest.RateLimited(300*time.Millisecond, false)
	globalLimited = discordtest.RateLimited(300*time.Millisecond, true)
	edge429       = discordtest.Fault{Status: 429, Header: http.Header{"Content-Type": {"text/html"}}, Body: "<html><body>Error 1015: You are being rate limited</body></html>"}
	// A 500 after the request took effect: only an idempotent retry posts nothing twice.
	committed500 = withCommit(discordtest.ServerError(500))
	badGateway   = discordtest.ServerError(502)
	unavailable  = discordtest.ServerError(503)
	timeout      = discordtest.Fault{Hang: true, Commit: true}
	reset        = discordtest.Fault{Reset: true, Commit: true}
)

func withCommit(f discordtest.Fault) discordtest.Fault { f.Commit = true; return f }

var transientClasses = []struct {
	name  string
	fault discordtest.Fault
}{
	{"429", rateLimited}, {"429 global", globalLimited}, {"429 from the edge", edge429},
	{"500 after taking effect", committed500}, {"502", badGateway}, {"503", unavailable},
	{"timeout after taking effect", timeout}, {"connection reset after taking effect", reset},
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestFaultsCreateMessage(t *testing.T) {
	text := longText()
	want := texts(text, MaxMessageLen)
	for _, tc := range transientClasses {
		t.Run(tc.name+" is retried, posted once", func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Nth: 1, Fault: tc.fault})
			if err := k.Send(ctxFor(t), bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
				t.Fatalf("Send: %v\n%s", err, r.log)
			}
			msgs := r.srv.Messages(k.ref.Channel)
			if len(msgs) != len(want) || msgs[0].Content != want[0].content {
				t.Fatalf("thread has %d messages, want the reply once (%d)", len(msgs), len(want))
			}
			if n := r.calls(discordtest.RouteCreateMessage); n != len(want)+1 {
				t.Fatalf("%d posts, want %d: one retry", n, len(want)+1)
			}
		})
	}

	t.Run("50035 content too long is re-split and the field logged", func(t *testing.T) {
		r := newRig(t)
		k := r.thread()
		// As if Discord's limit were 600: everything longer is refused with its real payload.
		r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 1,
			Only: func(c discordtest.Call) bool { return len(c.Body) > 700 }, Fault: discordtest.ContentTooLong()})
		if err := k.Send(ctxFor(t), bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
			t.Fatalf("Send: %v", err)
		}
		msgs := r.srv.Messages(k.ref.Channel)
		if len(msgs) < 3 {
			t.Fatalf("%d messages, want the reply in smaller pieces", len(msgs))
		}
		var got strings.Builder
		for _, m := range msgs {
			if strings.Contains(m.Content, "refused") {
				t.Fatalf("a note where the text fits once re-split: %q", m.Content)
			}
			got.WriteString(m.Content + " ")
		}
		if strings.Join(strings.Fields(got.String()), " ") != strings.Join(strings.Fields(text), " ") {
			t.Fatalf("re-split text differs from the reply:\n%s", got.String())
		}
		if !strings.Contains(r.log.String(), "content: BASE_TYPE_MAX_LENGTH") {
			t.Fatalf("log does not name the refused field:\n%s", r.log)
		}
	})

	t.Run("50035 on every form becomes one short note and the next reply still arrives", func(t *testing.T) {
		r := newRig(t)
		k := r.thread()
		r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 1,
			Only:  func(c discordtest.Call) bool { return strings.Contains(string(c.Body), "Paragraph") },
			Fault: discordtest.InvalidFormBody(discordtest.FieldError{Path: []string{"content"}, Code: "CONTENT_TYPE_INVALID", Message: "Invalid content."})})
		ctx := ctxFor(t)
		if err := k.Send(ctx, bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
			t.Fatalf("Send: %v", err)
		}
		if err := k.Send(ctx, bot.Reply{Kind: bot.ReplyDone, Text: "Done."}); err != nil {
			t.Fatalf("Send after a refused reply: %v", err)
		}
		msgs := r.srv.Messages(k.ref.Channel)
		if len(msgs) != 2 || !strings.Contains(msgs[0].Content, "invalid content") || msgs[1].Content != "Done." {
			t.Fatalf("want a note naming the field, then the next reply; got %q", contents(msgs))
		}
	})

	for _, f := range []struct {
		name  string
		fault discordtest.Fault
	}{{"50013", discordtest.MissingPermissions}, {"50001", discordtest.MissingAccess}, {"10003", discordtest.UnknownChannel}} {
		t.Run(f.name+" in the thread is reported in the parent channel", func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			k.name, k.named = "design", false
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 1,
				Only: func(c discordtest.Call) bool { return strings.Contains(c.Path, k.ref.Channel) }, Fault: f.fault})
			ctx := ctxFor(t)
			err := k.Send(ctx, bot.Reply{Kind: bot.ReplyText, Text: text, Title: "Photo sharing"})
			if err == nil {
				t.Fatalf("Send succeeded in a thread archbot cannot post in")
			}
			before := len(r.srv.Calls())
			if err := k.Send(ctx, bot.Reply{Kind: bot.ReplyError, Text: "Sorry"}); err == nil || len(r.srv.Calls()) != before {
				t.Fatalf("a second Send tried again (err %v)", err)
			}
			parent := r.srv.Messages(r.srv.ChannelID)
			if len(parent) != 1 || !strings.Contains(parent[0].Content, "<#"+k.ref.Channel+">") {
				t.Fatalf("parent channel has %q, want one message pointing at the thread", contents(parent))
			}
			if n := r.calls(discordtest.RouteCreateMessage); n != 2 {
				t.Fatalf("%d posts, want 2: the refused one, not retried, and the report", n)
			}
			if name := r.srv.Channel(k.ref.Channel).Name; name != "design" {
				t.Fatalf("empty thread renamed to %q", name)
			}
		})
	}

	t.Run("50035 naming the nonce falls back to posts without one", func(t *testing.T) {
		r := newRig(t)
		k := r.thread()
		r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 1,
			Only:  func(c discordtest.Call) bool { return strings.Contains(string(c.Body), `"nonce"`) },
			Fault: discordtest.InvalidFormBody(discordtest.FieldError{Path: []string{"nonce"}, Code: "BASE_TYPE_BAD_TYPE", Message: "Invalid nonce."})})
		ctx := ctxFor(t)
		for _, text := range []string{text, "Done."} {
			if err := k.Send(ctx, bot.Reply{Kind: bot.ReplyText, Text: text}); err != nil {
				t.Fatalf("Send: %v", err)
			}
		}
		if msgs := r.srv.Messages(k.ref.Channel); len(msgs) != 2 || msgs[0].Content != want[0].content || msgs[1].Content != "Done." {
			t.Fatalf("thread has %q, want both replies whole", contents(msgs))
		}
		if n := r.calls(discordtest.RouteCreateMessage); n != 3 {
			t.Fatalf("%d posts, want 3: one refused for its nonce, then two without", n)
		}
	})

	t.Run("a 429 longer than the deadline fails at once", func(t *testing.T) {
		r := newRig(t)
		k := r.thread()
		r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Nth: 1, Fault: discordtest.RateLimited(time.Hour, false)})
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		start := time.Now()
		err := k.Send(ctx, bot.Reply{Kind: bot.ReplyText, Text: "hello"})
		if !errors.Is(err, retry.ErrNoTime) || time.Since(start) > 2*time.Second {
			t.Fatalf("Send = %v after %v, want retry.ErrNoTime at once", err, time.Since(start))
		}
	})
}

func TestFaultsUpload(t *testing.T) {
	doc := bot.Reply{Kind: bot.ReplyDocument, Version: 1, Document: &bot.Document{Filename: "design-v1.md", Markdown: "# Design\n\n" + longText()}}
	for _, tc := range transientClasses {
		t.Run(tc.name+" is retried, uploaded once", func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Only: discordtest.Uploads, Nth: 1, Fault: tc.fault})
			if err := k.Send(ctxFor(t), doc); err != nil {
				t.Fatalf("Send: %v\n%s", err, r.log)
			}
			msgs := r.srv.Messages(k.ref.Channel)
			if len(msgs) != 1 || len(msgs[0].Files) != 1 || string(msgs[0].Files[0].Data) != doc.Document.Markdown {
				t.Fatalf("thread has %q, want the document once, whole", contents(msgs))
			}
		})
	}
	for _, f := range []struct {
		name  string
		setup func(*discordtest.Server)
		note  string
	}{
		{"oversized (413, 40005)", func(s *discordtest.Server) { s.SetMaxUpload(100) }, "too large"},
		{"50013 without Attach Files", func(s *discordtest.Server) {
			s.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Only: discordtest.Uploads, Every: 1, Fault: discordtest.MissingPermissions})
		}, "missing permission"},
		{"50035 on the attachment", func(s *discordtest.Server) {
			s.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Only: discordtest.Uploads, Every: 1,
				Fault: discordtest.InvalidFormBody(discordtest.FieldError{Path: []string{"attachments", "0"}, Code: "BINARY_TYPE_MAX_SIZE", Message: "File cannot be larger than 10.00 MB."})})
		}, "invalid attachments.0"},
	} {
		t.Run(f.name+" becomes a note, and a diagram its Mermaid source", func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			f.setup(r.srv)
			ctx := ctxFor(t)
			if err := k.Send(ctx, doc); err != nil {
				t.Fatalf("Send: %v", err)
			}
			png := post{content: "**Architecture diagram**", plainer: texts("```mermaid\ngraph TD\n  a-->b\n```", MaxMessageLen),
				file: &discordgo.File{Name: "architecture.png", ContentType: "image/png", Reader: bytes.NewReader(bytes.Repeat([]byte{1}, 500))}}
			if err := k.deliver(ctx, png, 0); err != nil {
				t.Fatalf("deliver diagram: %v", err)
			}
			msgs := r.srv.Messages(k.ref.Channel)
			if len(msgs) != 2 || !strings.Contains(msgs[0].Content, "design-v1.md") || !strings.Contains(msgs[0].Content, f.note) ||
				!strings.Contains(msgs[1].Content, "```mermaid") {
				t.Fatalf("thread has %q, want a note on the document saying %q, then the Mermaid diagram", contents(msgs), f.note)
			}
		})
	}
}

func TestFaultsStartThread(t *testing.T) {
	for _, tc := range transientClasses {
		t.Run(tc.name+" is retried, one thread", func(t *testing.T) {
			r := newRig(t)
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteStartThread, Nth: 1, Fault: tc.fault})
			th, err := r.a.openThread(ctxFor(t), r.srv.GuildID, r.srv.ChannelID, "a design", "0")
			if err != nil {
				t.Fatalf("openThread: %v", err)
			}
			if ths := r.srv.Threads(); len(ths) != 1 || ths[0].ID != th.ID {
				t.Fatalf("%d threads, want the one returned", len(ths))
			}
		})
	}
	for _, f := range []discordtest.Fault{discordtest.MissingPermissions, discordtest.UnknownChannel,
		discordtest.InvalidFormBody(discordtest.FieldError{Path: []string{"name"}, Code: "BASE_TYPE_BAD_LENGTH", Message: "Must be between 1 and 100 in length."})} {
		t.Run(fmt.Sprintf("%d is not retried", f.Status), func(t *testing.T) {
			r := newRig(t)
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteStartThread, Every: 1, Fault: f})
			if _, err := r.a.openThread(ctxFor(t), r.srv.GuildID, r.srv.ChannelID, "a design", "0"); err == nil {
				t.Fatalf("openThread succeeded")
			}
			if n := r.calls(discordtest.RouteStartThread); n != 1 {
				t.Fatalf("%d attempts, want 1", n)
			}
		})
	}
}

func TestFaultsRenameThread(t *testing.T) {
	for _, tc := range transientClasses {
		t.Run(tc.name+" is retried", func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteEditChannel, Nth: 1, Fault: tc.fault})
			k.rename(ctxFor(t), "Photo sharing")
			if got := r.srv.Channel(k.ref.Channel).Name; got != "Photo sharing" {
				t.Fatalf("thread named %q", got)
			}
		})
	}
	t.Run("50013 leaves the name, once", func(t *testing.T) {
		r := newRig(t)
		k := r.thread()
		r.srv.Inject(discordtest.Rule{Route: discordtest.RouteEditChannel, Every: 1, Fault: discordtest.MissingPermissions})
		k.rename(ctxFor(t), "Photo sharing")
		if got, n := r.srv.Channel(k.ref.Channel).Name, r.calls(discordtest.RouteEditChannel); got != "design" || n != 1 {
			t.Fatalf("name %q after %d attempts, want design after 1", got, n)
		}
	})
}

func TestFaultsEditResponse(t *testing.T) {
	for _, tc := range transientClasses {
		t.Run(tc.name+" is retried", func(t *testing.T) {
			r := newRig(t)
			in := r.srv.SlashCommand(r.srv.ChannelID, r.srv.User("ada"), "design", map[string]string{"problem": "x"})
			in.AppID = r.srv.AppID
			if err := r.a.s.InteractionRespond(in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
				t.Fatalf("respond: %v", err)
			}
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteEditOriginal, Nth: 1, Fault: tc.fault})
			r.a.editOriginal(ctxFor(t), in, "Designing in the thread")
			if _, m := r.srv.InteractionResponse(in); m == nil || m.Content != "Designing in the thread" {
				t.Fatalf("original response = %+v\n%s", m, r.log)
			}
		})
	}
}

func TestFaultsChannelHistory(t *testing.T) {
	reply := bot.Reply{Kind: bot.ReplyText, Text: "Capacity: 50M users."}
	for _, tc := range transientClasses {
		t.Run(tc.name+" is retried", func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			k.after = "0"
			if err := k.Send(ctxFor(t), reply); err != nil {
				t.Fatal(err)
			}
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteGetMessages, Nth: 1, Fault: tc.fault})
			k2 := newSink(r.a, k.ref, "", r.srv.ChannelID)
			k2.after = "0"
			found, err := k2.Delivered(ctxFor(t), reply, "job", "text/v0/0")
			if err != nil || !found {
				t.Fatalf("Delivered = %v, %v; want the posted reply found", found, err)
			}
		})
	}
	for _, f := range []discordtest.Fault{discordtest.MissingAccess, discordtest.UnknownChannel} {
		t.Run(fmt.Sprintf("%d is not retried", f.Status), func(t *testing.T) {
			r := newRig(t)
			k := r.thread()
			r.srv.Inject(discordtest.Rule{Route: discordtest.RouteGetMessages, Every: 1, Fault: f})
			if _, err := k.Delivered(ctxFor(t), reply, "job", "text/v0/0"); err == nil {
				t.Fatalf("Delivered succeeded")
			}
			if n := r.calls(discordtest.RouteGetMessages); n != 1 {
				t.Fatalf("%d attempts, want 1", n)
			}
		})
	}
}

func contents(msgs []discordtest.Message) []string {
	var out []string
	for _, m := range msgs {
		c := m.Content
		if len(c) > 60 {
			c = c[:60] + "…"
		}
		out = append(out, c)
	}
	return out
}
