package slack

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/archbot/archbot/adapters/markdownsplit"
	"github.com/archbot/archbot/bot"
)

// post sends a message (into a thread when threadTS is set), paced per channel, and returns the
// ts of its first part. Transient failures are retried without posting twice; a message Slack
// refuses as too long or as invalid blocks is posted in smaller pieces, and a piece that cannot
// be cut smaller is replaced by a short note. The error is for a message that could not be
// posted at all (not_in_channel after a failed join, is_archived, …).
func (a *Adapter) post(ctx context.Context, channel, threadTS, text string, blocks []slack.Block) (string, error) {
	ts, err := a.postJoined(ctx, channel, threadTS, text, blocks)
	if c, _ := classify(err); c != refused {
		return ts, err
	}
	a.log.WarnContext(ctx, "slack refused a message; posting it in smaller pieces", "channel", channel,
		"thread_ts", threadTS, "err", err, "blocks", len(blocks), "block_text", blocksWidth(blocks))
	parts := resplit(text, blocks)
	if len(parts) == 0 {
		return a.postNote(ctx, channel, threadTS, err)
	}
	first := ""
	for _, p := range parts {
		ts, err := a.post(ctx, channel, threadTS, p.text, p.blocks)
		if err != nil {
			return first, err
		}
		if first == "" {
			first = ts
		}
	}
	return first, nil
}

// postNote stands in for a piece Slack refused and that cannot be cut smaller.
func (a *Adapter) postNote(ctx context.Context, channel, threadTS string, refusal error) (string, error) {
	a.log.ErrorContext(ctx, "slack refused a piece of a message that cannot be cut smaller; posting a note instead",
		"channel", channel, "thread_ts", threadTS, "err", refusal)
	note := "_(Slack refused a part of this message, so it is left out here; `export` has the full document.)_"
	return a.postJoined(ctx, channel, threadTS, note, nil)
}

// postJoined posts one message as it is; when archbot is not in the channel, it joins the
// channel (public channels only) and posts again.
func (a *Adapter) postJoined(ctx context.Context, channel, threadTS, text string, blocks []slack.Block) (string, error) {
	ts, err := a.postOnce(ctx, channel, threadTS, text, blocks)
	if slackCode(err) != "not_in_channel" {
		return ts, err
	}
	if jerr := a.join(ctx, channel); jerr != nil {
		a.log.WarnContext(ctx, "join channel to post", "channel", channel, "err", jerr)
		return "", err
	}
	return a.postOnce(ctx, channel, threadTS, text, blocks)
}

// postOnce posts one message, retried while Slack fails transiently. Each message carries a
// nonce in its metadata, so that after an answer that leaves in doubt whether Slack posted it
// (a 5xx, a timeout), the thread is read before posting again.
func (a *Adapter) postOnce(ctx context.Context, channel, threadTS, text string, blocks []slack.Block) (string, error) {
	nonce := newNonce()
	payload := map[string]any{"post": nonce}
	if job, name, ok := bot.ReplyName(ctx); ok {
		// Lets a run that takes over the job find what the first run posted (Delivered).
		payload["job"], payload["reply"] = job, name
	}
	opts := []slack.MsgOption{
		slack.MsgOptionText(text, false),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
		slack.MsgOptionMetadata(slack.SlackMetadata{EventType: replyEvent, EventPayload: payload}),
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	var ts string
	looked, began := false, time.Now()
	settled := func(ctx context.Context) (bool, error) {
		found, err := a.findPost(ctx, channel, threadTS, nonce)
		ts, looked = found, true
		return found != "", err
	}
	err := retrier{a: a, what: "chat.postMessage", settled: settled}.do(ctx, func(actx context.Context) error {
		if err := a.pacer.wait(ctx, channel); err != nil {
			return err
		}
		_, t, err := a.api.PostMessageContext(actx, channel, opts...)
		ts = t
		return err
	})
	if err == nil && looked {
		if d, ok := ctx.Value(doubtsKey{}).(*doubts); ok {
			d.add(doubt{channel: channel, threadTS: threadTS, nonce: nonce, ts: ts, at: began})
		}
	}
	return ts, err
}

// doubt is a message posted again after Slack left in doubt whether the first attempt went
// through, and none was found: Slack may still carry out the first attempt late.
type doubt struct {
	channel, threadTS, nonce, ts string
	at                           time.Time // when the first attempt was sent
}

// doubts collects a turn's doubts; a sink puts it in the context of its posts (doubtsKey) and
// settles them when the turn ends.
type doubts struct {
	mu   sync.Mutex
	list []doubt
}

type doubtsKey struct{}

func (d *doubts) add(x doubt) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.list = append(d.list, x)
}

func (d *doubts) take() []doubt {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := d.list
	d.list = nil
	return out
}

// settle deletes late copies of messages posted again after a doubt: messages with the same
// nonce as the one kept. Reading the thread once per thread is enough: the copies share it.
func (a *Adapter) settle(ctx context.Context, ds []doubt) {
	byThread := map[[2]string][]doubt{}
	latest := time.Time{}
	for _, d := range ds {
		if d.at.After(latest) {
			latest = d.at
		}
		k := [2]string{d.channel, d.threadTS}
		byThread[k] = append(byThread[k], d)
	}
	// A request Slack is still working on after twice the client's patience is unlikely; wait
	// that long past the latest doubtful attempt, so its late copy is there to be found.
	if err := sleep(ctx, time.Until(latest.Add(2*a.cfg.CallTimeout))); err != nil {
		return
	}
	for k, ds := range byThread {
		msgs, err := a.recent(ctx, k[0], k[1])
		if err != nil {
			a.log.WarnContext(ctx, "read the thread for late copies", "channel", k[0], "thread_ts", k[1], "err", err)
			continue
		}
		for _, d := range ds {
			for _, m := range msgs {
				if m.Timestamp == d.ts || m.Metadata.EventType != replyEvent || m.Metadata.EventPayload["post"] != d.nonce {
					continue
				}
				err := retrier{a: a, what: "chat.delete"}.do(ctx, func(actx context.Context) error {
					_, _, err := a.api.DeleteMessageContext(actx, k[0], m.Timestamp)
					return err
				})
				a.log.WarnContext(ctx, "a post Slack carried out late was posted twice; deleting the copy",
					"channel", k[0], "thread_ts", k[1], "ts", m.Timestamp, "kept", d.ts, "err", err)
			}
		}
	}
}

func newNonce() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// findPost returns the ts of archbot's message carrying nonce, in the thread or, for a
// top-level message, among the channel's latest messages; "" if Slack has no such message.
func (a *Adapter) findPost(ctx context.Context, channel, threadTS, nonce string) (string, error) {
	msgs, err := a.recent(ctx, channel, threadTS)
	if err != nil {
		return "", err
	}
	for _, m := range msgs {
		if m.Metadata.EventType == replyEvent && m.Metadata.EventPayload["post"] == nonce {
			return m.Timestamp, nil
		}
	}
	return "", nil
}

// recent reads a whole thread, or a channel's latest hundred messages when threadTS is empty.
func (a *Adapter) recent(ctx context.Context, channel, threadTS string) ([]slack.Message, error) {
	if threadTS == "" {
		msgs, err := a.history(ctx, slack.GetConversationHistoryParameters{ChannelID: channel, Limit: 100, IncludeAllMetadata: true})
		if err != nil {
			return nil, fmt.Errorf("read channel %s: %w", channel, err)
		}
		return msgs, nil
	}
	var all []slack.Message
	cursor := ""
	for {
		msgs, next, err := a.replies(ctx, slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: threadTS, Cursor: cursor, Limit: 200, IncludeAllMetadata: true})
		if err != nil {
			return nil, fmt.Errorf("read thread %s/%s: %w", channel, threadTS, err)
		}
		all = append(all, msgs...)
		if next == "" {
			return all, nil
		}
		cursor = next
	}
}

// history reads one page of a channel's messages, newest first. A read is safe to repeat, so
// every transient failure is retried, a 429 after Slack's Retry-After.
func (a *Adapter) history(ctx context.Context, p slack.GetConversationHistoryParameters) ([]slack.Message, error) {
	var msgs []slack.Message
	err := retrier{a: a, what: "conversations.history"}.do(ctx, func(actx context.Context) error {
		resp, err := a.api.GetConversationHistoryContext(actx, &p)
		if err == nil {
			msgs = resp.Messages
		}
		return err
	})
	return msgs, err
}

// replies reads one page of a thread's messages, oldest first, and the cursor of the next page
// ("" after the last), retried like history.
func (a *Adapter) replies(ctx context.Context, p slack.GetConversationRepliesParameters) ([]slack.Message, string, error) {
	var (
		msgs []slack.Message
		more bool
		next string
	)
	err := retrier{a: a, what: "conversations.replies"}.do(ctx, func(actx context.Context) error {
		var err error
		msgs, more, next, err = a.api.GetConversationRepliesContext(actx, &p)
		return err
	})
	if !more {
		next = ""
	}
	return msgs, next, err
}

// errNoTS refuses an update of a message that was never posted: chat.update requires its ts.
var errNoTS = errors.New("update a message without its ts")

// update edits a message archbot posted; edits are idempotent, so every transient failure is
// retried.
func (a *Adapter) update(ctx context.Context, channel, ts, text string, blocks []slack.Block) error {
	if ts == "" {
		return errNoTS
	}
	opts := []slack.MsgOption{slack.MsgOptionText(text, false)}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	return retrier{a: a, what: "chat.update"}.do(ctx, func(actx context.Context) error {
		_, _, _, err := a.api.UpdateMessageContext(actx, channel, ts, opts...)
		return err
	})
}

// join makes archbot a member of channel. Threads a /design command opens in a public channel
// archbot is not in are posted through chat:write.public, but Slack sends no events from
// channels archbot is not in, so replies in those threads would go unheard.
func (a *Adapter) join(ctx context.Context, channel string) error {
	if strings.HasPrefix(channel, "D") {
		return nil // a DM needs no joining
	}
	return retrier{a: a, what: "conversations.join"}.do(ctx, func(actx context.Context) error {
		_, _, _, err := a.api.JoinConversationContext(actx, channel)
		return err
	})
}

// upload shares a file in a thread through the files upload v2 flow: files.getUploadURLExternal,
// the upload itself, files.completeUploadExternal. Each step is retried on its own, so a failed
// completion neither uploads the file again nor, when Slack did complete it, shares it twice.
func (a *Adapter) upload(ctx context.Context, channel, threadTS, filename, title string, content []byte) error {
	if err := a.pacer.wait(ctx, channel); err != nil {
		return err
	}
	var u *slack.GetUploadURLExternalResponse
	err := retrier{a: a, what: "files.getUploadURLExternal"}.do(ctx, func(actx context.Context) error {
		var err error
		u, err = a.api.GetUploadURLExternalContext(actx, slack.GetUploadURLExternalParameters{FileName: filename, FileSize: len(content)})
		return err
	})
	if err != nil {
		return fmt.Errorf("files.getUploadURLExternal: %w", err)
	}
	err = retrier{a: a, what: "upload"}.do(ctx, func(actx context.Context) error {
		return withoutURL(a.api.UploadToURL(actx, slack.UploadToURLParameters{UploadURL: u.UploadURL, Filename: filename, Reader: bytes.NewReader(content)}))
	})
	if err != nil {
		return fmt.Errorf("upload to %s: %w", filename, err)
	}
	complete := func(ctx context.Context) error {
		return retrier{a: a, what: "files.completeUploadExternal", settled: func(ctx context.Context) (bool, error) {
			return a.shared(ctx, channel, threadTS, u.FileID)
		}}.do(ctx, func(actx context.Context) error {
			_, err := a.api.CompleteUploadExternalContext(actx, slack.CompleteUploadExternalParameters{
				Files: []slack.FileSummary{{ID: u.FileID, Title: title}}, Channel: channel, ThreadTimestamp: threadTS})
			return err
		})
	}
	err = complete(ctx)
	if slackCode(err) == "not_in_channel" && a.join(ctx, channel) == nil {
		err = complete(ctx)
	}
	if err != nil {
		return fmt.Errorf("files.completeUploadExternal: %w", err)
	}
	return nil
}

// urlHidden is a transport error with its URL left out of the message: an upload URL lets
// anyone who has it upload, so it stays out of the logs. Unwrap keeps it classifiable.
type urlHidden struct{ err *url.Error }

func (e urlHidden) Error() string { return e.err.Op + " upload URL: " + e.err.Err.Error() }
func (e urlHidden) Unwrap() error { return e.err }

func withoutURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return urlHidden{ue}
	}
	return err
}

// shared reports whether the file is already shared in the thread.
func (a *Adapter) shared(ctx context.Context, channel, threadTS, fileID string) (bool, error) {
	msgs, err := a.recent(ctx, channel, threadTS)
	if err != nil {
		return false, err
	}
	for _, m := range msgs {
		for _, f := range m.Files {
			if f.ID == fileID {
				return true, nil
			}
		}
	}
	return false, nil
}

// part is one message of a message Slack refused, cut smaller.
type part struct {
	text   string
	blocks []slack.Block
}

// minCut is the smallest text worth cutting further: a refusal of less is not about length.
const minCut = 200

// resplit cuts a refused message in two or more smaller ones: blocks in halves by their text,
// one section block's text in halves, or plain text in halves; a last resort for a small section
// block is its text without blocks. It returns nil when nothing smaller is left to try.
func resplit(text string, blocks []slack.Block) []part {
	cont := strings.TrimSuffix(text, " (continued)") + " (continued)"
	switch {
	case len(blocks) > 1:
		// Cut after the block that reaches half the text, leaving at least one block for the
		// second message.
		half, used, cut := blocksWidth(blocks)/2, 0, 1
		for cut < len(blocks)-1 {
			if used += blockWidth(blocks[cut-1]); used >= half {
				break
			}
			cut++
		}
		return []part{{text, blocks[:cut]}, {cont, blocks[cut:]}}
	case len(blocks) == 1:
		sec, ok := blocks[0].(*slack.SectionBlock)
		if !ok || sec.Text == nil {
			return nil
		}
		body := sec.Text.Text
		if w := markdownsplit.Width(body); w > minCut {
			var out []part
			for _, p := range markdownsplit.Split(body, max(w/2+1, markdownsplit.MinLimit)) {
				if bs := mrkdwnBlocks(p); len(bs) > 0 {
					out = append(out, part{cont, bs})
				}
			}
			if len(out) > 1 {
				out[0].text = text
				return out
			}
		}
		// Perhaps the blocks, not the text, are what Slack refuses: the text alone then shows.
		return []part{{body, nil}}
	default:
		w := markdownsplit.Width(text)
		if w <= minCut {
			return nil
		}
		var out []part
		for _, p := range markdownsplit.Split(text, max(w/2+1, markdownsplit.MinLimit)) {
			out = append(out, part{p, nil})
		}
		if len(out) < 2 {
			return nil
		}
		return out
	}
}
