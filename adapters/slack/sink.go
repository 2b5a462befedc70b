package slack

import (
	"context"
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

	mu           sync.Mutex
	mode         progressMode
	progressTS   string
	lastProgress time.Time
	failed       bool
	title        string
	version      int
	// history is the thread as it stood when a resumed job first asked what was delivered.
	history []slack.Message
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
			if _, err := s.a.post(ctx, s.channel, s.threadTS, text, blocks); err != nil {
				return fmt.Errorf("post section %s: %w", r.Section.ID, err)
			}
		}
		return nil
	case bot.ReplyDiagram:
		return s.diagram(ctx, r)
	case bot.ReplyDocument:
		if r.Document == nil {
			return nil
		}
		title := r.Document.Filename
		if r.Document.Design != nil {
			title = fmt.Sprintf("%s (v%d)", r.Document.Design.Title, r.Document.Design.Version)
		}
		if err := s.a.upload(ctx, s.channel, s.threadTS, r.Document.Filename, title, []byte(r.Document.Markdown)); err != nil {
			return fmt.Errorf("upload %s: %w", r.Document.Filename, err)
		}
		return nil
	case bot.ReplyDone:
		_, err := s.a.post(ctx, s.channel, s.threadTS, "What next?", doneBlocks(r.Text))
		return err
	case bot.ReplyError:
		s.failed = true
		_, err := s.a.post(ctx, s.channel, s.threadTS, clip(Mrkdwn(r.Text), maxMessageText), nil)
		return err
	default: // bot.ReplyText and kinds added later: a plain mrkdwn message
		return s.text(ctx, r.Text)
	}
}

func (s *threadSink) text(ctx context.Context, md string) error {
	mrk := Mrkdwn(strings.TrimSpace(md))
	for _, blocks := range messages(mrkdwnBlocks(mrk)) {
		if _, err := s.a.post(ctx, s.channel, s.threadTS, fallbackText(mrk), blocks); err != nil {
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
		ts, err := s.a.post(ctx, s.channel, s.threadTS, line, nil)
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

// finish closes the turn's status: clears the assistant status or turns the progress message
// into a final line.
func (s *threadSink) finish(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch s.mode {
	case progressAssistant:
		if err := s.a.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: s.channel, ThreadTS: s.threadTS}); err != nil {
			s.a.log.DebugContext(ctx, "clear assistant status", "err", err)
		}
	case progressMessage:
		line := ":white_check_mark: Done"
		if s.title != "" && s.version > 0 {
			line = fmt.Sprintf(":white_check_mark: Done: *%s* v%d", escape(s.title), s.version)
		}
		if s.failed {
			line = ":warning: Stopped; see below."
		}
		if err := s.a.update(ctx, s.channel, s.progressTS, line, nil); err != nil {
			s.a.log.WarnContext(ctx, "finish progress", "err", err)
		}
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
			if err := s.a.upload(ctx, s.channel, s.threadTS, name, fmt.Sprintf("Architecture (v%d)", version), png); err != nil {
				return fmt.Errorf("upload diagram: %w", err)
			}
			return nil
		}
		s.a.log.WarnContext(ctx, "render diagram, posting Mermaid instead", "err", err)
	}
	if strings.TrimSpace(r.Diagram.Mermaid) == "" {
		return nil
	}
	intro := "*Architecture diagram* (Mermaid source; paste it into mermaid.live or a Markdown viewer to draw it)"
	code := "```\n" + escape(strings.TrimSpace(r.Diagram.Mermaid)) + "\n```"
	blocks := append(mrkdwnBlocks(intro), mrkdwnBlocks(code)...)
	for _, msg := range messages(blocks) {
		if _, err := s.a.post(ctx, s.channel, s.threadTS, "Architecture diagram", msg); err != nil {
			return fmt.Errorf("post diagram: %w", err)
		}
	}
	return nil
}

// Finish rounds off the turn's status line; Engine.Run calls it once the engine is done.
func (s *threadSink) Finish(ctx context.Context) { s.finish(ctx) }
