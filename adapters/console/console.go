package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// Handler runs a turn; *bot.Engine is one.
type Handler interface {
	Handle(ctx context.Context, msg bot.Message, sink bot.Sink) error
}

// Config says where the conversation happens.
type Config struct {
	In     io.Reader
	Out    io.Writer
	Status io.Writer // progress lines; nil discards them
	// Thread is the thread the session works in; a fresh one per process by default.
	Thread conversation.ThreadRef
	// Author names the person at the terminal.
	Author string
	// SaveDir, when set, is where documents are written as files on export.
	SaveDir string
	// Prompt is shown before each line is read, when the input is a terminal.
	Prompt string
}

// Adapter is a terminal conversation with the engine.
type Adapter struct {
	cfg Config
	h   Handler
}

// New returns a console adapter for h.
func New(cfg Config, h Handler) *Adapter {
	if cfg.Status == nil {
		cfg.Status = io.Discard
	}
	if cfg.Author == "" {
		cfg.Author = "you"
	}
	if cfg.Thread.Platform == "" {
		cfg.Thread = conversation.ThreadRef{Platform: "console", Channel: "local", ThreadID: fmt.Sprint(os.Getpid())}
	}
	return &Adapter{cfg: cfg, h: h}
}

// Run reads lines until the input ends, ctx is cancelled or the user types "quit".
func (a *Adapter) Run(ctx context.Context) error {
	sc := bufio.NewScanner(a.cfg.In)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	started := false
	n := 0
	for {
		if a.cfg.Prompt != "" {
			fmt.Fprint(a.cfg.Out, a.cfg.Prompt)
		}
		if !sc.Scan() {
			break
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if line == "quit" || line == "exit" {
			return nil
		}
		n++
		msg := bot.Message{Thread: a.cfg.Thread, Author: a.cfg.Author, AuthorID: a.cfg.Author, Text: line,
			EventID: fmt.Sprintf("%s-%d", a.cfg.Thread.ThreadID, n), New: !started}
		// The engine reports problems to the user through the sink; its error is only for logs.
		_ = a.h.Handle(ctx, msg, &sink{cfg: a.cfg, started: &started})
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	return nil
}

// sink prints replies as Markdown, which reads fine in a terminal.
type sink struct {
	cfg     Config
	started *bool
}

func (s *sink) Send(_ context.Context, r bot.Reply) error {
	w := s.cfg.Out
	var err error
	switch r.Kind {
	case bot.ReplyProgress:
		_, err = fmt.Fprintf(s.cfg.Status, "… %s\n", r.Text)
	case bot.ReplySection:
		*s.started = true
		_, err = fmt.Fprint(w, conversation.SectionMarkdown(*r.Section))
	case bot.ReplyDiagram:
		_, err = fmt.Fprintf(w, "```mermaid\n%s\n```\n\n", strings.TrimSpace(r.Diagram.Mermaid))
	case bot.ReplyDocument:
		err = s.document(r.Document)
	case bot.ReplyError:
		_, err = fmt.Fprintf(w, "⚠ %s\n\n", r.Text)
	default:
		_, err = fmt.Fprintf(w, "%s\n\n", strings.TrimSpace(r.Text))
	}
	return err
}

func (s *sink) document(doc *bot.Document) error {
	if s.cfg.SaveDir == "" {
		_, err := fmt.Fprintf(s.cfg.Out, "(%s is ready, %d characters: start archbot chat with --save DIR to have every version written there)\n\n", doc.Filename, len(doc.Markdown))
		return err
	}
	path := strings.TrimRight(s.cfg.SaveDir, "/") + "/" + doc.Filename
	if err := os.WriteFile(path, []byte(doc.Markdown), 0o644); err != nil {
		return fmt.Errorf("save document: %w", err)
	}
	_, err := fmt.Fprintf(s.cfg.Out, "(saved %s)\n\n", path)
	return err
}
