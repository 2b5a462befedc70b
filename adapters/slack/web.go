package slack

import (
	"bytes"
	"context"

	"github.com/slack-go/slack"

	"github.com/archbot/archbot/bot"
)

// post sends a message (into a thread when threadTS is set), paced per channel and retried on
// rate limits, and returns its ts.
func (a *Adapter) post(ctx context.Context, channel, threadTS, text string, blocks []slack.Block) (string, error) {
	opts := []slack.MsgOption{
		slack.MsgOptionText(text, false),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	if job, name, ok := bot.ReplyName(ctx); ok {
		// Lets a run that takes over the job find what the first run posted (Delivered).
		opts = append(opts, slack.MsgOptionMetadata(slack.SlackMetadata{EventType: replyEvent,
			EventPayload: map[string]any{"job": job, "reply": name}}))
	}
	if err := a.pacer.wait(ctx, channel); err != nil {
		return "", err
	}
	_, ts, err := a.api.PostMessageContext(ctx, channel, opts...)
	return ts, err
}

// update edits a message archbot posted.
func (a *Adapter) update(ctx context.Context, channel, ts, text string, blocks []slack.Block) error {
	opts := []slack.MsgOption{slack.MsgOptionText(text, false)}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts, opts...)
	return err
}

// upload shares a file in a thread through the files upload v2 flow
// (files.getUploadURLExternal, the upload itself, files.completeUploadExternal).
func (a *Adapter) upload(ctx context.Context, channel, threadTS, filename, title string, content []byte) error {
	if err := a.pacer.wait(ctx, channel); err != nil {
		return err
	}
	_, err := a.api.UploadFileContext(ctx, slack.UploadFileParameters{
		Reader:          bytes.NewReader(content),
		FileSize:        len(content),
		Filename:        filename,
		Title:           title,
		Channel:         channel,
		ThreadTimestamp: threadTS,
	})
	return err
}
