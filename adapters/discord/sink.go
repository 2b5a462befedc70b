package discord

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

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

// Send renders one engine reply as Discord messages.
func (k *sink) Send(ctx context.Context, r bot.Reply) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.rename(ctx, r.Title)
	switch r.Kind {
	case bot.ReplyProgress:
		return nil // the typing indicator already says archbot is working
	case bot.ReplySection:
		if r.Section == nil {
			return nil
		}
		return k.post(ctx, conversation.SectionMarkdown(*r.Section))
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
		return k.file(ctx, caption, r.Document.Filename, "text/markdown; charset=utf-8", strings.NewReader(r.Document.Markdown))
	case bot.ReplyDone, bot.ReplyError:
		k.stopTyping() // the turn is over; do not leave "archbot is typing…" behind the last word
		return k.post(ctx, r.Text)
	default: // text and anything newer: plain Markdown
		return k.post(ctx, r.Text)
	}
}

// post sends text as one or more messages, split to fit.
func (k *sink) post(ctx context.Context, text string) error {
	for _, p := range Split(text, MaxMessageLen) {
		if strings.TrimSpace(p) == "" {
			continue // Discord refuses empty messages and trims whitespace anyway
		}
		if _, err := k.a.s.ChannelMessageSendComplex(k.ref.Channel, &discordgo.MessageSend{
			Content: p, AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("post message in %s: %w", k.ref.Key(), err)
		}
	}
	return nil
}

// file sends one attachment with a short caption.
func (k *sink) file(ctx context.Context, caption, name, contentType string, body io.Reader) error {
	if _, err := k.a.s.ChannelMessageSendComplex(k.ref.Channel, &discordgo.MessageSend{
		Content:         caption,
		Files:           []*discordgo.File{{Name: name, ContentType: contentType, Reader: body}},
		AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("upload %s in %s: %w", name, k.ref.Key(), err)
	}
	return nil
}

// diagram attaches the architecture as a PNG when Graphviz can draw it, else posts its Mermaid
// source, which readers can paste into any Mermaid viewer.
func (k *sink) diagram(ctx context.Context, r bot.Reply) error {
	if r.Diagram.DOT != "" && diagram.Available() {
		png, err := diagram.PNG(ctx, r.Diagram.DOT)
		if err == nil {
			name := "architecture.png"
			if r.Version > 0 {
				name = fmt.Sprintf("architecture-v%d.png", r.Version)
			}
			return k.file(ctx, "**Architecture diagram**", name, "image/png", bytes.NewReader(png))
		}
		k.a.log.WarnContext(ctx, "render diagram; posting Mermaid instead", "thread", k.ref.Key(), "err", err)
	}
	if strings.TrimSpace(r.Diagram.Mermaid) == "" {
		return nil
	}
	return k.post(ctx, "**Architecture diagram** (Mermaid)\n```mermaid\n"+strings.TrimSpace(r.Diagram.Mermaid)+"\n```")
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
