package slack

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/diagram"
)

// progressEvery is how often the progress message may be edited.
const progressEvery = time.Second

type progressMode int

const (
	progressUnknown   progressMode = iota
	progressAssistant              // Slack's assistant thread status
	progressMessage                // one message edited in place
)

// threadSink renders one turn's replies into a Slack thread.
type threadSink struct {
	a        *Adapter
	channel  string
	threadTS string
	// assistant says the thread may take an assistant status (app DMs); elsewhere Slack refuses it.
	assistant bool
	// root is the message a /design command opened the thread with, retitled once the design has
	// a title; nil for threads that began with a user's message.
	root *rootMessage
	// user is who the turn answers; told privately when nothing reaches the thread.
	user string

	mu           sync.Mutex
	mode         progressMode
	progressTS   string
	lastProgress time.Time
	failed       bool
	title        string
	version      int
	// history is the thread as it stood when a resumed job first asked what was delivered.
	history []slack.Message
	// joined is set once a /design thread's channel has been joined (or found unjoinable).
	joined bool
	// doubts are posts repeated after an unclear failure, to check for late copies at the end.
	doubts doubts
	// lost is the last post that failed for good, cleared by any later post that succeeds: the
	// user has seen nothing since, which Finish tells them privately.
	lost error
}

type rootMessage struct {
	ts     string
	userID string
	titled bool
}

func rootText(subject, userID string) string {
	return fmt.Sprintf("Designing: *%s*, asked by <@%s>", escape(subject), userID)
}

// Send renders one reply. The engine sends replies in order, one at a time.
func (s *threadSink) Send(ctx context.Context, r bot.Reply) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Title != "" {
		s.title = r.Title
	}
	if r.Version > 0 {
		s.version = r.Version
	}
	if s.root != nil && !s.root.titled && s.title != "" {
		s.root.titled = true
		if err := s.a.update(ctx, s.channel, s.root.ts, rootText(s.title, s.root.userID), nil); err != nil {
			// The thread works without the nicer title; keep going.
			s.a.log.WarnContext(ctx, "retitle root message", "err", err)
		}
	}
	switch r.Kind {
	case bot.ReplyProgress:
		return s.progress(ctx, r.Text)
	case bot.ReplySection:
		if r.Section == nil {
			return nil
		}
		title := r.Section.Title
		if title == "" {
			title = r.Section.ID.Title()
		}
		for i, blocks := range sectionMessages(title, r.Section.Markdown) {
			text := escape(title) // the notification text is mrkdwn: a title must not mention
			if i > 0 {
				text += " (continued)"
			}
			if _, err := s.post(ctx, text, blocks); err != nil {
				return fmt.Errorf("post section %s: %w", r.Section.ID, err)
			}
		}
		return nil
	case bot.ReplyDiagram:
		return s.diagram(ctx, r)
	case bot.ReplyDocument:
		return s.document(ctx, r)
	case bot.ReplyDone:
		// The buttons come last, so they are in the last message however long the hints.
		for _, blocks := range messages(doneBlocks(r.Text)) {
			if _, err := s.post(ctx, "What next?", blocks); err != nil {
				return fmt.Errorf("post closing message: %w", err)
			}
		}
		return nil
	case bot.ReplyError:
		s.failed = true
		_, err := s.post(ctx, clip(Mrkdwn(r.Text), maxMessageText), nil)
		return err
	default: // bot.ReplyText and kinds added later: a plain mrkdwn message
		return s.text(ctx, r.Text)
	}
}

func (s *threadSink) text(ctx context.Context, md string) error {
	mrk := Mrkdwn(strings.TrimSpace(md))
	for _, blocks := range messages(mrkdwnBlocks(mrk)) {
		if _, err := s.post(ctx, fallbackText(mrk), blocks); err != nil {
			return fmt.Errorf("post text: %w", err)
		}
	}
	return nil
}

// progress shows a status line: the assistant status where Slack offers it, else one message
// edited at most once a second (edits in between are skipped; the next one shows the latest).
func (s *threadSink) progress(ctx context.Context, text string) error {
	text = clip(strings.TrimSpace(text), 150)
	if text == "" {
		return nil
	}
	if s.mode == progressUnknown && s.assistant {
		err := s.a.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: s.channel, ThreadTS: s.threadTS, Status: text})
		if err == nil {
			s.mode = progressAssistant
			return nil
		}
		s.a.log.DebugContext(ctx, "assistant status unavailable, using a progress message", "err", err)
	}
	if s.mode == progressAssistant {
		return s.a.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: s.channel, ThreadTS: s.threadTS, Status: text})
	}
	s.mode = progressMessage
	line := ":hourglass_flowing_sand: " + Mrkdwn(text)
	if s.progressTS == "" {
		ts, err := s.post(ctx, line, nil)
		if err != nil {
			return fmt.Errorf("post progress: %w", err)
		}
		s.progressTS, s.lastProgress = ts, time.Now()
		return nil
	}
	if time.Since(s.lastProgress) < progressEvery {
		return nil
	}
	s.lastProgress = time.Now()
	if err := s.a.update(ctx, s.channel, s.progressTS, line, nil); err != nil {
		// A stale status line is not worth failing the turn for.
		s.a.log.WarnContext(ctx, "update progress", "err", err)
	}
	return nil
}

// clearAssistantStatus removes the assistant thread's status line; it is only a status, so a
// failure is logged and not retried. The caller holds s.mu.
func (s *threadSink) clearAssistantStatus(ctx context.Context) {
	if err := s.a.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
		ChannelID: s.channel, ThreadTS: s.threadTS}); err != nil {
		s.a.log.DebugContext(ctx, "clear assistant status", "err", err)
	}
}

// closeStatus ends the turn's status: clears the assistant status, or turns the progress
// message into line (what says what was being done, for the log). The caller holds s.mu.
func (s *threadSink) closeStatus(ctx context.Context, line, what string) {
	switch s.mode {
	case progressAssistant:
		s.clearAssistantStatus(ctx)
	case progressMessage:
		if s.progressTS == "" {
			return // the progress message was never posted: there is nothing to edit
		}
		if err := s.a.update(ctx, s.channel, s.progressTS, line, nil); err != nil {
			s.a.log.WarnContext(ctx, what, "err", err)
		}
	}
}

// finish closes the turn's status with a final line.
func (s *threadSink) finish(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	line := ":white_check_mark: Done"
	if s.title != "" && s.version > 0 {
		line = fmt.Sprintf(":white_check_mark: Done: *%s* v%d", escape(s.title), s.version)
	}
	if s.failed {
		line = ":warning: Stopped; see below."
	}
	s.closeStatus(ctx, line, "finish progress")
	if s.lost != nil {
		s.tellPrivately(ctx, s.lost)
	}
	if ds := s.doubts.take(); len(ds) > 0 {
		s.a.settle(ctx, ds)
	}
}

// diagram posts the architecture as a PNG when Graphviz is installed, else its Mermaid source.
func (s *threadSink) diagram(ctx context.Context, r bot.Reply) error {
	if r.Diagram == nil {
		return nil
	}
	version := max(r.Version, s.version)
	if r.Diagram.DOT != "" && diagram.Available() {
		png, err := diagram.PNG(ctx, r.Diagram.DOT)
		if err == nil {
			name := fmt.Sprintf("architecture-v%d.png", version)
			err = s.upload(ctx, name, fmt.Sprintf("Architecture (v%d)", version), png)
			if err == nil {
				return nil
			}
			if ctx.Err() != nil {
				return fmt.Errorf("upload diagram: %w", err)
			}
			// The Mermaid source says the same, as a message.
			s.a.log.WarnContext(ctx, "upload diagram, posting Mermaid instead", "err", err)
		} else {
			s.a.log.WarnContext(ctx, "render diagram, posting Mermaid instead", "err", err)
		}
	}
	if strings.TrimSpace(r.Diagram.Mermaid) == "" {
		return nil
	}
	intro := "*Architecture diagram* (Mermaid source; paste it into mermaid.live or a Markdown viewer to draw it)"
	code := "```\n" + escape(strings.TrimSpace(r.Diagram.Mermaid)) + "\n```"
	blocks := append(mrkdwnBlocks(intro), mrkdwnBlocks(code)...)
	for _, msg := range messages(blocks) {
		if _, err := s.post(ctx, "Architecture diagram", msg); err != nil {
			return fmt.Errorf("post diagram: %w", err)
		}
	}
	return nil
}

// document uploads the design document. Should Slack refuse it, a note takes its place so that
// the closing message and its buttons still follow, and `export` tries the upload again.
func (s *threadSink) document(ctx context.Context, r bot.Reply) error {
	if r.Document == nil {
		return nil
	}
	title := r.Document.Filename
	if r.Document.Design != nil {
		title = fmt.Sprintf("%s (v%d)", r.Document.Design.Title, r.Document.Design.Version)
	}
	err := s.upload(ctx, r.Document.Filename, title, []byte(r.Document.Markdown))
	if err == nil || ctx.Err() != nil {
		return err
	}
	s.a.log.ErrorContext(ctx, "upload the document", "file", r.Document.Filename, "err", err)
	note := fmt.Sprintf("_I couldn't upload the document `%s` (Slack said: %s). Say `export` to try again._", r.Document.Filename, refusal(err))
	if _, perr := s.post(ctx, note, nil); perr != nil {
		return fmt.Errorf("upload %s: %w", r.Document.Filename, err)
	}
	return nil
}

// Finish rounds off the turn's status line; Engine.Run calls it once the engine is done.
func (s *threadSink) Finish(ctx context.Context) { s.finish(ctx) }

// refusal says briefly why Slack refused a call: its error code, or "an error".
func refusal(err error) string {
	if code := slackCode(err); code != "" {
		return code
	}
	return "an error"
}

// post posts into the thread and keeps track of whether the user still sees anything.
func (s *threadSink) post(ctx context.Context, text string, blocks []slack.Block) (string, error) {
	s.join(ctx)
	ts, err := s.a.post(context.WithValue(ctx, doubtsKey{}, &s.doubts), s.channel, s.threadTS, text, blocks)
	s.track(err)
	return ts, err
}

func (s *threadSink) upload(ctx context.Context, filename, title string, content []byte) error {
	s.join(ctx)
	err := s.a.upload(ctx, s.channel, s.threadTS, filename, title, content)
	s.track(err)
	return err
}

func (s *threadSink) track(err error) {
	switch {
	case err == nil:
		s.lost = nil
	case !errors.Is(err, context.Canceled):
		s.lost = err
	}
}

// join makes archbot a member of the channel a /design command opened the thread in: Slack
// lets archbot post there through chat:write.public, but sends no events from channels archbot
// is not in, so the user's replies in the thread would never arrive. Where archbot cannot join
// (a private channel, a workspace that withholds channels:join), the thread says how to invite it.
func (s *threadSink) join(ctx context.Context) {
	if s.joined || s.root == nil {
		return
	}
	s.joined = true
	err := s.a.join(ctx, s.channel)
	if err == nil || slackCode(err) == "method_not_supported_for_channel_type" {
		// A private channel: the root message got in, so archbot is a member already.
		return
	}
	s.a.log.WarnContext(ctx, "join the channel of a /design thread", "channel", s.channel, "thread_ts", s.threadTS, "err", err)
	// Without channels:join (an install from before it was asked for) archbot may well be a
	// member already, but cannot tell: the note says what to do if not.
	note := "If I'm not a member of this channel yet, I won't see your replies in this thread: " +
		"invite me with `/invite @archbot`, then reply here."
	if _, err := s.a.post(ctx, s.channel, s.threadTS, note, nil); err != nil {
		s.a.log.WarnContext(ctx, "tell the thread to invite archbot", "err", err)
	}
}

// tellPrivately lets the user know, by an ephemeral message in the channel or else in a DM,
// that archbot's answer could not be posted in their thread.
func (s *threadSink) tellPrivately(ctx context.Context, cause error) {
	log := s.a.log.With("channel", s.channel, "thread_ts", s.threadTS, "user", s.user)
	log.ErrorContext(ctx, "nothing of the turn's answer reached the thread", "err", cause)
	if s.user == "" {
		return
	}
	var why string
	switch slackCode(cause) {
	case "not_in_channel", "channel_not_found":
		why = "I'm not a member of that channel. Invite me with `/invite @archbot` and ask again there, or send me the problem here."
	case "is_archived":
		why = "that channel is archived. Ask me in another channel, or send me the problem here."
	default:
		why = "Slack refused my messages there. Please try again in a few minutes, or send me the problem here."
	}
	text := fmt.Sprintf("I couldn't post my answer in your thread in <#%s>: %s", s.channel, why)
	err := retrier{a: s.a, what: "chat.postEphemeral"}.do(ctx, func(actx context.Context) error {
		_, err := s.a.api.PostEphemeralContext(actx, s.channel, s.user, slack.MsgOptionText(text, false))
		return err
	})
	if err == nil {
		return
	}
	log.WarnContext(ctx, "tell the user in the channel; trying a DM", "err", err)
	// A user ID as the channel posts in archbot's DM with that user.
	if _, err := s.a.postJoined(ctx, s.user, "", text, nil); err != nil {
		log.ErrorContext(ctx, "tell the user their thread cannot be reached", "err", err)
	}
}
