package discord

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/adapters/markdownsplit"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// typingEvery re-sends the typing indicator before Discord's 10-second display runs out.
const typingEvery = 8 * time.Second

// sink posts one turn's replies into a Discord thread.
type sink struct {
	a   *Adapter
	ref conversation.ThreadRef

	mu    sync.Mutex // Send keeps replies in the order they come
	name  string     // the thread's name when archbot opened it, else ""
	named bool       // renamed after the design's title already

	// For a queued job (dispatch.go): after is a message id older than any reply of the job,
	// history the bot's messages after it once read, sent how many messages of a reply a dead
	// run got out, by reply name.
	after   string
	history []*discordgo.Message
	sent    map[string]int

	typing struct {
		stop chan struct{}
		done chan struct{}
		once sync.Once
	}
}

func newSink(a *Adapter, ref conversation.ThreadRef, name string) *sink {
	return &sink{a: a, ref: ref, name: name}
}

// startTyping shows the typing indicator now and keeps it up until stopTyping.
func (k *sink) startTyping(ctx context.Context) {
	k.typing.stop = make(chan struct{})
	k.typing.done = make(chan struct{})
	go func() {
		defer close(k.typing.done)
		t := time.NewTicker(typingEvery)
		defer t.Stop()
		for {
			if err := k.a.s.ChannelTyping(k.ref.Channel, discordgo.WithContext(ctx)); err != nil {
				k.a.log.DebugContext(ctx, "typing indicator", "thread", k.ref.Key(), "err", err)
			}
			select {
			case <-t.C:
			case <-k.typing.stop:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
}

func (k *sink) stopTyping() {
	k.typing.once.Do(func() {
		if k.typing.stop != nil {
			close(k.typing.stop)
			<-k.typing.done
		}
	})
}

// Send renders one engine reply as Discord messages. A reply the dispatcher is sending again
// after a run died part-way skips the messages Delivered found in the thread.
func (k *sink) Send(ctx context.Context, r bot.Reply) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.rename(ctx, r.Title)
	if r.Kind == bot.ReplyDone || r.Kind == bot.ReplyError {
		k.stopTyping() // the turn is over; do not leave "archbot is typing…" behind the last word
	}
	posts := k.render(ctx, r)
	if _, name, ok := bot.ReplyName(ctx); ok && k.sent[name] > 0 {
		posts = posts[min(k.sent[name], len(posts)):]
		delete(k.sent, name)
	}
	for _, p := range posts {
		if err := k.send(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

// post is one Discord message a reply becomes: text, or an attachment with a caption.
type post struct {
	content string
	file    *discordgo.File
}

// render turns a reply into the messages that carry it, in order.
func (k *sink) render(ctx context.Context, r bot.Reply) []post {
	switch r.Kind {
	case bot.ReplyProgress:
		return nil // the typing indicator already says archbot is working
	case bot.ReplySection:
		if r.Section == nil {
			return nil
		}
		return texts(conversation.SectionMarkdown(*r.Section))
	case bot.ReplyDiagram:
		if r.Diagram == nil {
			return nil
		}
		return k.diagram(ctx, r)
	case bot.ReplyDocument:
		if r.Document == nil {
			return nil
		}
		caption := "The whole design as one Markdown file."
		if r.Version > 0 {
			caption = fmt.Sprintf("The whole design, version %d, as one Markdown file.", r.Version)
		}
		return []post{{content: caption, file: &discordgo.File{Name: r.Document.Filename,
			ContentType: "text/markdown; charset=utf-8", Reader: strings.NewReader(r.Document.Markdown)}}}
	default: // text, done, errors and anything newer: plain Markdown
		return texts(r.Text)
	}
}

// MaxMessageLen is the most characters Discord accepts in a message's content.
const MaxMessageLen = 2000

// texts splits text into messages that fit, every link showing its URL.
func texts(text string) []post {
	var out []post
	for _, p := range markdownsplit.Split(showLinks(text), MaxMessageLen) {
		if strings.TrimSpace(p) == "" {
			continue // Discord refuses empty messages and trims whitespace anyway
		}
		out = append(out, post{content: p})
	}
	return out
}

// maskedLinkRe is a Markdown link (or image), which Discord shows as its text alone.
var maskedLinkRe = regexp.MustCompile(`!?\[([^\[\]\n]*)\]\(<?(https?://[^\s()<>]+)>?\)`)

// showLinks writes each link as its text and its URL: the text may be a user's repeated by the
// model ("[click here](https://evil…)"), and archbot's message must not lend it a hidden target.
func showLinks(md string) string {
	return maskedLinkRe.ReplaceAllStringFunc(md, func(m string) string {
		sub := maskedLinkRe.FindStringSubmatch(m)
		text, url := strings.TrimSpace(sub[1]), sub[2]
		if text == "" || strings.EqualFold(strings.TrimSuffix(text, "/"), strings.TrimSuffix(url, "/")) {
			return "<" + url + ">"
		}
		return text + " (<" + url + ">)"
	})
}

// send posts one message into the thread.
func (k *sink) send(ctx context.Context, p post) error {
	m := &discordgo.MessageSend{Content: p.content, AllowedMentions: noMentions()}
	if p.file != nil {
		m.Files = []*discordgo.File{p.file}
	}
	if _, err := k.a.s.ChannelMessageSendComplex(k.ref.Channel, m, discordgo.WithContext(ctx)); err != nil {
		if p.file != nil {
			return fmt.Errorf("upload %s in %s: %w", p.file.Name, k.ref.Key(), err)
		}
		return fmt.Errorf("post message in %s: %w", k.ref.Key(), err)
	}
	return nil
}

// diagram attaches the architecture as a PNG when Graphviz can draw it, else posts its Mermaid
// source, which readers can paste into any Mermaid viewer.
func (k *sink) diagram(ctx context.Context, r bot.Reply) []post {
	if r.Diagram.DOT != "" && diagram.Available() {
		png, err := diagram.PNG(ctx, r.Diagram.DOT)
		if err == nil {
			name := "architecture.png"
			if r.Version > 0 {
				name = fmt.Sprintf("architecture-v%d.png", r.Version)
			}
			return []post{{content: "**Architecture diagram**", file: &discordgo.File{Name: name, ContentType: "image/png", Reader: bytes.NewReader(png)}}}
		}
		k.a.log.WarnContext(ctx, "render diagram; posting Mermaid instead", "thread", k.ref.Key(), "err", err)
	}
	if strings.TrimSpace(r.Diagram.Mermaid) == "" {
		return nil
	}
	return texts("**Architecture diagram** (Mermaid)\n```mermaid\n" + strings.TrimSpace(r.Diagram.Mermaid) + "\n```")
}

// rename names a thread archbot opened after the design's title, once the title is known.
// A failed rename costs only the nicer name, so it is logged, not returned.
func (k *sink) rename(ctx context.Context, title string) {
	if k.name == "" || k.named || strings.TrimSpace(title) == "" {
		return
	}
	k.named = true
	name := threadName(title)
	if name == k.name {
		return
	}
	if _, err := k.a.s.ChannelEdit(k.ref.Channel, &discordgo.ChannelEdit{Name: name}, discordgo.WithContext(ctx)); err != nil {
		k.a.log.WarnContext(ctx, "rename thread after the design's title", "thread", k.ref.Key(), "err", err)
		return
	}
	k.name = name
}

// Finish ends the turn's typing indicator; Engine.Run calls it once the engine is done.
func (k *sink) Finish(context.Context) { k.stopTyping() }
