package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// runSocket receives events, slash commands and button clicks over Socket Mode until ctx ends.
// An envelope is acknowledged once its work is queued (with a dispatcher) or handed to a
// goroutine, well within Slack's 3 seconds. One whose work could not be queued is left
// unacknowledged: Slack then redelivers it, up to three times over a few minutes, maybe to
// another connection; slack-go's socketmode client never acknowledges on its own.
func (a *Adapter) runSocket(ctx context.Context) error {
	sm := socketmode.New(a.api)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- sm.RunContext(ctx) }()
	for {
		select {
		case <-ctx.Done():
			<-runErr
			a.setConnected(false)
			return nil
		case err := <-runErr:
			a.setConnected(false)
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("socket mode: %w", err)
		case evt := <-sm.Events:
			a.onSocketEvent(ctx, sm, evt)
		}
	}
}

func (a *Adapter) onSocketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.setConnected(false)
	case socketmode.EventTypeConnected, socketmode.EventTypeHello:
		a.setConnected(true)
	case socketmode.EventTypeDisconnect:
		a.setConnected(false)
	case socketmode.EventTypeConnectionError:
		a.setConnected(false)
		a.log.WarnContext(ctx, "socket mode connection error", "err", evt.Data)
	case socketmode.EventTypeInvalidAuth:
		a.setConnected(false)
		a.log.ErrorContext(ctx, "socket mode: the app token was refused")
	case socketmode.EventTypeErrorBadMessage:
		// Acknowledge what cannot be parsed, or Slack redelivers it again and again.
		if bad, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bad.Message, &env) == nil && env.EnvelopeID != "" {
				a.ack(ctx, sm, env.EnvelopeID, nil)
			}
			a.log.WarnContext(ctx, "unparsed socket mode message", "err", bad.Cause)
		}
	case socketmode.EventTypeEventsAPI:
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			a.ack(ctx, sm, evt.Request.EnvelopeID, nil)
			return
		}
		if evt.Request.RetryAttempt > 0 {
			a.log.InfoContext(ctx, "slack redelivered an event", "retry", evt.Request.RetryAttempt, "reason", evt.Request.RetryReason)
		}
		if err := a.onEvent(ctx, ev); err != nil {
			a.log.ErrorContext(ctx, "event not queued; leaving it unacknowledged for slack to redeliver",
				"envelope", evt.Request.EnvelopeID, "err", err)
			return
		}
		a.ack(ctx, sm, evt.Request.EnvelopeID, nil)
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			a.ack(ctx, sm, evt.Request.EnvelopeID, nil)
			return
		}
		payload := a.onCommand(ctx, cmd)
		a.ack(ctx, sm, evt.Request.EnvelopeID, payload)
	case socketmode.EventTypeInteractive:
		if cb, ok := evt.Data.(slack.InteractionCallback); ok {
			if err := a.onInteraction(ctx, cb); err != nil {
				// Slack does not redeliver a click, but an unacknowledged one shows the user
				// that it failed, rather than nothing happening.
				a.log.ErrorContext(ctx, "button click not queued; leaving it unacknowledged", "envelope", evt.Request.EnvelopeID, "err", err)
				return
			}
		}
		a.ack(ctx, sm, evt.Request.EnvelopeID, nil)
	}
}

func (a *Adapter) ack(ctx context.Context, sm *socketmode.Client, envelopeID string, payload map[string]any) {
	var p any
	if payload != nil {
		p = payload
	}
	if err := sm.AckCtx(ctx, envelopeID, p); err != nil && !errors.Is(err, context.Canceled) {
		a.log.ErrorContext(ctx, "acknowledge envelope", "envelope", envelopeID, "err", err)
	}
}
