package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/retry"
)

// UseDispatcher makes the adapter queue the turns it accepts on d instead of running them
// itself, so that any replica may run them and a replica's death loses none; d rebuilds the
// thread's sink from the job on whichever replica runs it. Call it before Run.
func (a *Adapter) UseDispatcher(d *bot.Dispatcher) {
	a.dispatch = d
	d.Register("discord", a.jobSink)
}

// What a queued turn needs besides its message: the name archbot gave the thread when it opened
// it (renamed after the design's title), and where in the thread the job's replies can start.
const (
	dataThreadName = "thread_name"
	dataAfter      = "after"
	dataParent     = "parent"
)

// queue submits msg as a job. The message or interaction id is deduplicated when it is queued,
// so a MESSAGE_CREATE that reaches several replicas (sessions on one shard, a resume's replay)
// is answered once. Discord does not redeliver gateway events, so a failed enqueue is retried
// briefly and then the user is told to try again.
func (a *Adapter) queue(ctx context.Context, msg bot.Message, threadName, parent string) {
	data := jobData(msg, threadName, parent)
	pauses := retry.NewPauses(100*time.Millisecond, time.Second)
	attempts := 0
	err := retry.Do(ctx, func() error {
		fresh, err := a.dispatch.Submit(ctx, msg, data)
		switch {
		case err == nil && !fresh:
			a.log.DebugContext(ctx, "duplicate delivery ignored", "thread", msg.Thread.Key(), "event", msg.EventID)
		case err != nil && attempts < 2:
			attempts++
			return retry.Again(err, pauses.Next(0))
		}
		return err
	}, nil)
	if err == nil {
		return
	}
	a.log.ErrorContext(ctx, "queue turn", "thread", msg.Thread.Key(), "event", msg.EventID, "err", err)
	a.notice(context.WithoutCancel(ctx), msg.Thread.Channel, msg.EventID, "I couldn't take that on just now; please try again in a minute.")
}

// jobData is what a queued turn carries besides its message.
func jobData(msg bot.Message, threadName, parent string) map[string]string {
	// Snowflakes grow with time: every reply is posted after the event that asked for it.
	data := map[string]string{dataAfter: msg.EventID}
	if threadName != "" {
		data[dataThreadName] = threadName
	}
	if parent != "" {
		data[dataParent] = parent
	}
	return data
}

// jobSink is the bot.SinkFactory for Discord jobs: a sink posting into the job's thread, with
// the typing indicator up until the dispatcher calls Finish (or the job's context ends).
func (a *Adapter) jobSink(ctx context.Context, msg bot.Message, data map[string]string) (bot.Sink, error) {
	if msg.Thread.Channel == "" {
		return nil, errors.New("discord job without a thread")
	}
	k := newSink(a, msg.Thread, data[dataThreadName], data[dataParent])
	k.after = data[dataAfter]
	k.startTyping(ctx)
	return k, nil
}

// historyPages bounds how far Delivered reads a thread: 100 messages a page.
const historyPages = 20

// Delivered reports whether the reply named name, which a run that died was sending, is in the
// thread: every message it renders to is among archbot's messages after the job's event, in
// order (a file by its name). When only the first few are there, it notes how many, and Send
// posts the rest. It reads the thread once per sink; a job that is taken over only asks about
// the reply the dead run had begun to send.
func (k *sink) Delivered(ctx context.Context, r bot.Reply, _, name string) (bool, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.history == nil {
		h, err := k.readHistory(ctx)
		if err != nil {
			return false, err
		}
		k.history = h
	}
	posts := k.render(ctx, r)
	n := 0
	for _, m := range k.history {
		if n < len(posts) && matches(m, posts[n]) {
			n++
		}
	}
	if n == len(posts) {
		return true, nil
	}
	if n > 0 {
		if k.sent == nil {
			k.sent = map[string]int{}
		}
		k.sent[name] = n
	}
	return false, nil
}

// readHistory returns archbot's messages in the thread after k.after, oldest first.
func (k *sink) readHistory(ctx context.Context) ([]*discordgo.Message, error) {
	self := k.a.self()
	var out []*discordgo.Message
	after := k.after
	for range historyPages {
		var page []*discordgo.Message
		err := k.a.rest(ctx, "read thread history", func(opts ...discordgo.RequestOption) error {
			var err error
			page, err = k.a.s.ChannelMessages(k.ref.Channel, 100, "", after, "", opts...)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("read thread %s to resume: %w", k.ref.Key(), err)
		}
		for _, m := range page {
			if m.Author != nil && (m.Author.ID == self || (self == "" && m.Author.Bot)) {
				out = append(out, m)
			}
			if after == "" || idLess(after, m.ID) {
				after = m.ID
			}
		}
		if len(page) < 100 {
			break
		}
	}
	slices.SortFunc(out, func(a, b *discordgo.Message) int {
		switch {
		case idLess(a.ID, b.ID):
			return -1
		case idLess(b.ID, a.ID):
			return 1
		}
		return 0
	})
	return out, nil
}

// matches reports whether m is p as posted: the same attachment name, or the same text.
func matches(m *discordgo.Message, p post) bool {
	if p.file != nil {
		for _, a := range m.Attachments {
			if a.Filename == p.file.Name {
				return true
			}
		}
		return false
	}
	return strings.TrimSpace(m.Content) == strings.TrimSpace(p.content)
}

// idLess orders snowflakes, decimal numbers of up to 20 digits.
func idLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
