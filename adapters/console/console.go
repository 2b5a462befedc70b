package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

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
	// SaveDir, when set, is where every version of the document is written as a file. Without
	// it, `export` writes the document into the current directory.
	SaveDir string
	// Prompt is shown before each line is read, when the input is a terminal.
	Prompt string
	// Render, when set, turns a reply's Markdown into what Out shows (styled and wrapped for a
	// terminal); without it replies are written as Markdown.
	Render func(markdown string) (string, error)
	// Continue says Thread already holds a design (an earlier run's, kept in Redis): the first
	// line is a follow-up to it, not a new problem statement.
	Continue bool
}

// Adapter is a terminal conversation with the engine.
type Adapter struct {
	cfg Config
	h   Handler
	run string // this run's mark in event ids, as another run may carry on the same thread
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
	// Event ids are deduplicated per thread, so a later run continuing this thread must not
	// number its lines as this one does.
	run := strconv.FormatInt(time.Now().UnixNano(), 36)
	return &Adapter{cfg: cfg, h: h, run: run}
}

// Run reads lines until the input ends, ctx is cancelled or the user types "quit".
func (a *Adapter) Run(ctx context.Context) error {
	sc := bufio.NewScanner(a.cfg.In)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	started := a.cfg.Continue
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
			EventID: fmt.Sprintf("%s-%s-%d", a.cfg.Thread.ThreadID, a.run, n), New: !started}
		cmd, isCmd := bot.ParseCommand(line)
		// The engine reports problems to the user through the sink; its error is only for logs.
		_ = a.h.Handle(ctx, msg, &sink{cfg: a.cfg, started: &started, export: isCmd && cmd.Name == "export"})
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
	export  bool // the turn is an `export` command: the document it sends is to be written
}

func (s *sink) Send(_ context.Context, r bot.Reply) error {
	w := s.cfg.Out
	var err error
	switch r.Kind {
	case bot.ReplyProgress:
		_, err = fmt.Fprintf(s.cfg.Status, "… %s\n", r.Text)
	case bot.ReplySection:
		*s.started = true
		err = s.print(conversation.SectionMarkdown(*r.Section))
	case bot.ReplyDiagram:
		err = s.print(fmt.Sprintf("```mermaid\n%s\n```\n\n", strings.TrimSpace(r.Diagram.Mermaid)))
	case bot.ReplyDocument:
		err = s.document(r.Document)
	case bot.ReplyError:
		_, err = fmt.Fprintf(w, "⚠ %s\n\n", r.Text)
	default:
		err = s.print(strings.TrimSpace(r.Text) + "\n\n")
	}
	return err
}

// print writes Markdown to the output, rendered when the configuration says how.
func (s *sink) print(md string) error {
	if s.cfg.Render != nil {
		out, err := s.cfg.Render(md)
		if err != nil {
			return err
		}
		md = out
	}
	_, err := io.WriteString(s.cfg.Out, md)
	return err
}

func (s *sink) document(doc *bot.Document) error {
	dir := s.cfg.SaveDir
	if dir == "" && s.export {
		dir = "."
	}
	if dir == "" {
		_, err := fmt.Fprintf(s.cfg.Out, "(%s is ready, %d characters: say `export` to write it into the current directory, or start archbot chat with --save DIR to have every version written there)\n\n", doc.Filename, len(doc.Markdown))
		return err
	}
	path, err := save(dir, doc)
	if err != nil {
		// Said here, plainly, rather than returned: the engine would turn an error from the sink
		// into a bare apology, and the user could not tell what to fix.
		_, err = fmt.Fprintf(s.cfg.Out, "⚠ I could not write %s: %v\n\n", doc.Filename, err)
		return err
	}
	_, err = fmt.Fprintf(s.cfg.Out, "(saved %s)\n\n", path)
	return err
}

// save writes doc into dir, making dir first if need be, and returns the file's path.
func save(dir string, doc *bot.Document) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, doc.Filename)
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if err := os.WriteFile(path, []byte(doc.Markdown), 0o644); err != nil {
		return "", err
	}
	return path, nil
}
