package slack

import (
	"context"
	"errors"
	"fmt"

	"github.com/archbot/archbot/bot"
)

// UseDispatcher makes the adapter queue the turns it accepts on d instead of running them
// itself, so that any replica may run them and a replica's death loses none; d rebuilds the
// thread's sink from the job on whichever replica runs it. Call it before Run.
func (a *Adapter) UseDispatcher(d *bot.Dispatcher) {
	a.dispatch = d
	d.Register("slack", a.jobSink)
}

// Where a queued turn answers: the thread, and the /design root message to retitle, if any.
const (
	dataChannel  = "channel"
	dataThread   = "thread_ts"
	dataRootTS   = "root_ts"
	dataRootUser = "root_user"
)

// What a queued /design command carries besides the message: its job opens the thread.
const (
	dataOpen        = "open" // the slash command's trigger id
	dataResponseURL = "response_url"
)

// queueOpening queues a /design command as a job that opens its thread (jobSink). The job's
// thread is the command itself, as the thread it opens does not exist yet; its event id is the
// command's trigger, so a redelivered request is queued, and its root message posted, once.
func (a *Adapter) queueOpening(ctx context.Context, o opening) error {
	msg := bot.Message{Thread: a.ref(o.team, o.channel, "command-"+o.trigger), Author: o.author, AuthorID: o.userID,
		Text: o.problem, EventID: "open:" + o.trigger, New: true}
	data := map[string]string{dataOpen: o.trigger, dataChannel: o.channel, dataResponseURL: o.responseURL}
	if _, err := a.dispatch.Submit(ctx, msg, data); err != nil {
		a.log.ErrorContext(ctx, "queue slash command", "channel", o.channel, "err", err)
		return err
	}
	return nil
}

// turn runs msg's turn in the channel's thread: queued when a dispatcher is configured, else
// here and now. The error reports a turn that could not be queued.
func (a *Adapter) turn(ctx context.Context, msg bot.Message, channel, thread string, root *rootMessage) error {
	if a.dispatch == nil {
		a.handle(ctx, msg, a.sink(channel, thread, root))
		return nil
	}
	_, err := a.submit(ctx, msg, channel, thread, root)
	return err
}

// submit queues msg's turn on the dispatcher; false, without error, when its event id was
// queued before.
func (a *Adapter) submit(ctx context.Context, msg bot.Message, channel, thread string, root *rootMessage) (bool, error) {
	queued, err := a.dispatch.Submit(ctx, msg, threadData(channel, thread, root))
	if err != nil {
		a.log.ErrorContext(ctx, "queue turn", "thread", msg.Thread.Key(), "err", err)
		return false, err
	}
	return queued, nil
}

// threadData is what a queued turn carries to answer in the channel's thread (jobSink).
func threadData(channel, thread string, root *rootMessage) map[string]string {
	data := map[string]string{dataChannel: channel, dataThread: thread}
	if root != nil {
		data[dataRootTS], data[dataRootUser] = root.ts, root.userID
	}
	return data
}

// jobSink is the bot.SinkFactory for Slack jobs. A /design command's job is done here: it posts
// the root message and queues the design in the thread that opens, and has no turn of its own.
func (a *Adapter) jobSink(ctx context.Context, msg bot.Message, data map[string]string) (bot.Sink, error) {
	if trigger := data[dataOpen]; trigger != "" {
		o := opening{team: msg.Thread.Team, channel: data[dataChannel], userID: msg.AuthorID, author: msg.Author,
			problem: msg.Text, trigger: trigger, responseURL: data[dataResponseURL], resumed: msg.Resumed}
		return nil, a.design(ctx, o)
	}
	channel, thread := data[dataChannel], data[dataThread]
	if channel == "" || thread == "" {
		return nil, errors.New("slack job without a channel and thread")
	}
	var root *rootMessage
	if ts := data[dataRootTS]; ts != "" {
		root = &rootMessage{ts: ts, userID: data[dataRootUser]}
	}
	sink := a.sink(channel, thread, root)
	sink.user = msg.AuthorID // told privately if the thread cannot be reached
	return sink, nil
}

// replyEvent is the metadata event type of archbot's posts that carry a reply name.
const replyEvent = "archbot_reply"

// Delivered reports whether the reply named name of job is already in the thread: a message
// tagged with that name, or for a file, an upload of that file name. It reads the thread once per
// sink; a run that takes over a job only asks about what the dead run had begun to send.
func (s *threadSink) Delivered(ctx context.Context, r bot.Reply, job, name string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.history == nil {
		h, err := s.a.recent(ctx, s.channel, s.threadTS)
		if err != nil {
			return false, fmt.Errorf("read thread to resume: %w", err)
		}
		s.history = h
	}
	var file string
	switch {
	case r.Kind == bot.ReplyDocument && r.Document != nil:
		file = r.Document.Filename
	case r.Kind == bot.ReplyDiagram:
		file = fmt.Sprintf("architecture-v%d.png", max(r.Version, s.version))
	}
	for _, m := range s.history {
		p := m.Metadata.EventPayload
		if m.Metadata.EventType == replyEvent && p["job"] == job && p["reply"] == name {
			return true, nil
		}
		for _, f := range m.Files {
			if file != "" && f.Name == file {
				return true, nil
			}
		}
	}
	return false, nil
}
