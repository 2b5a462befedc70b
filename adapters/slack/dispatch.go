package slack

import (
	"context"
	"errors"

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

// turn runs msg's turn in the channel's thread: queued when a dispatcher is configured, else
// here and now. The error reports a turn that could not be queued.
func (a *Adapter) turn(ctx context.Context, msg bot.Message, channel, thread string, root *rootMessage) error {
	if a.dispatch == nil {
		a.handle(ctx, msg, a.sink(channel, thread, root))
		return nil
	}
	data := map[string]string{dataChannel: channel, dataThread: thread}
	if root != nil {
		data[dataRootTS], data[dataRootUser] = root.ts, root.userID
	}
	if _, err := a.dispatch.Submit(ctx, msg, data); err != nil {
		a.log.ErrorContext(ctx, "queue turn", "thread", msg.Thread.Key(), "err", err)
		return err
	}
	return nil
}

// jobSink is the bot.SinkFactory for Slack jobs.
func (a *Adapter) jobSink(_ context.Context, _ bot.Message, data map[string]string) (bot.Sink, error) {
	channel, thread := data[dataChannel], data[dataThread]
	if channel == "" || thread == "" {
		return nil, errors.New("slack job without a channel and thread")
	}
	var root *rootMessage
	if ts := data[dataRootTS]; ts != "" {
		root = &rootMessage{ts: ts, userID: data[dataRootUser]}
	}
	return a.sink(channel, thread, root), nil
}

// Finish rounds off the turn's status line; the dispatcher calls it once the engine is done.
func (s *threadSink) Finish(ctx context.Context) { s.finish(ctx) }
