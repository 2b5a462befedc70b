package discord

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strconv"
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
	// parent is the channel the thread is in, where problems posting in the thread are
	// reported; "" until looked up when archbot did not open the thread.
	parent string
	// seed makes the nonces of this sink's posts its own: the job's id when dispatched, so a
	// replica resuming the job repeats the dead run's nonces and Discord drops the duplicates.
	seed string
	// lost is why archbot cannot post in the thread at all; once set, Send reports it at once.
	lost error
	// posted says something of this sink's is in the thread, so it may be renamed.
	posted bool
	// missing holds the notes for pieces of the message being delivered that Discord refused.
	missing []string
	// plainPosts drops the nonce from posts, once Discord has refused one for it.
	plainPosts bool

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

func newSink(a *Adapter, ref conversation.ThreadRef, name, parent string) *sink {
	return &sink{a: a, ref: ref, name: name, parent: parent, seed: randomSeed()}
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
//
// A message Discord refuses for what it carries is re-split or replaced by a plainer one (see
// deliver), so the rest of the reply still arrives; only when the thread itself is out of reach
// does Send fail, after saying so in the parent channel.
func (k *sink) Send(ctx context.Context, r bot.Reply) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if r.Kind == bot.ReplyDone || r.Kind == bot.ReplyError {
		k.stopTyping() // the turn is over; do not leave "archbot is typing…" behind the last word
	}
	if k.lost != nil {
		return k.lost
	}
	posts := k.render(ctx, r)
	job, name, named := bot.ReplyName(ctx)
	skip := 0
	if named && k.sent[name] > 0 {
		skip = min(k.sent[name], len(posts))
		delete(k.sent, name)
	}
	if named {
		k.seed = job
	}
	for i := skip; i < len(posts); i++ {
		p := posts[i]
		p.nonce = nonceFor(k.seed, name, strconv.Itoa(i), string(r.Kind), p.content, fileName(p.file))
		if err := k.deliver(ctx, p, 0); err != nil {
			return err
		}
	}
	// Renamed only once something is in the thread: an empty thread named after a design
	// would look like a design that vanished.
	if k.posted || len(k.history) > 0 {
		k.rename(ctx, r.Title)
	}
	return nil
}

// post is one Discord message a reply becomes: text, or an attachment with a caption.
type post struct {
	content string
	file    *discordgo.File
	// plainer is what to post instead when Discord refuses the file (the diagram's Mermaid
	// source instead of its PNG); nil posts a short note.
	plainer []post
	nonce   string
}

func fileName(f *discordgo.File) string {
	if f == nil {
		return ""
	}
	return f.Name
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
		return texts(conversation.SectionMarkdown(*r.Section), MaxMessageLen)
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
		return texts(r.Text, MaxMessageLen)
	}
}

// MaxMessageLen is the most characters Discord accepts in a message's content.
const MaxMessageLen = 2000

// texts splits text into messages of at most width characters, every link showing its URL.
func texts(text string, width int) []post {
	var out []post
	for _, p := range markdownsplit.Split(showLinks(text), width) {
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
	if !strings.Contains(md, "](") {
		return md // no link: most replies, and the regexp would scan every byte to learn it
	}
	return maskedLinkRe.ReplaceAllStringFunc(md, func(m string) string {
		sub := maskedLinkRe.FindStringSubmatch(m)
		text, url := strings.TrimSpace(sub[1]), sub[2]
		if text == "" || strings.EqualFold(strings.TrimSuffix(text, "/"), strings.TrimSuffix(url, "/")) {
			return "<" + url + ">"
		}
		return text + " (<" + url + ">)"
	})
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
			return []post{{content: "**Architecture diagram**", file: &discordgo.File{Name: name, ContentType: "image/png", Reader: bytes.NewReader(png)},
				plainer: k.mermaid(r)}}
		}
		k.a.log.WarnContext(ctx, "render diagram; posting Mermaid instead", "thread", k.ref.Key(), "err", err)
	}
	return k.mermaid(r)
}

func (k *sink) mermaid(r bot.Reply) []post {
	if strings.TrimSpace(r.Diagram.Mermaid) == "" {
		return nil
	}
	return texts("**Architecture diagram** (Mermaid)\n```mermaid\n"+strings.TrimSpace(r.Diagram.Mermaid)+"\n```", MaxMessageLen)
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
	err := k.a.rest(ctx, "rename thread", func(opts ...discordgo.RequestOption) error {
		_, err := k.a.s.ChannelEdit(k.ref.Channel, &discordgo.ChannelEdit{Name: name}, opts...)
		return err
	})
	if err != nil {
		k.a.log.WarnContext(ctx, "rename thread after the design's title", "thread", k.ref.Key(), "err", err)
		return
	}
	k.name = name
}

// Finish ends the turn's typing indicator; Engine.Run calls it once the engine is done.
func (k *sink) Finish(context.Context) { k.stopTyping() }
