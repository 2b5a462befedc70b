package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/archbot/archbot/adapters/console"
	"github.com/archbot/archbot/conversation"
)

const designUsage = `usage: archbot design [--format terminal|markdown|json] [-o FILE] [-q] "<problem statement>"
       archbot design [flags] - < statement.txt    (- reads the statement from standard input)`

func runDesign(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("design", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "output format: terminal (rendered), markdown or json; default terminal when standard output is one, else markdown")
	out := fs.String("o", "", "write the document to this file instead of standard output")
	quiet := fs.Bool("q", false, "do not print progress to standard error")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return errUsage
	}
	problem, err := statement(pos, stdin, stderr)
	if err != nil {
		return err
	}
	if problem == "" {
		fmt.Fprintln(stderr, designUsage)
		return errUsage
	}
	switch *format {
	case "", "terminal", "markdown", "md", "json":
	default:
		fmt.Fprintf(stderr, "archbot design: --format %q: want terminal, markdown or json\n", *format)
		return errUsage
	}
	engine, designer, closeStore, err := localEngine(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	progress := func(status string) {
		if !*quiet {
			fmt.Fprintln(stderr, "…", status)
		}
	}
	progress("designer: " + designer)
	dr, err := engine.Design(ctx, problem, progress)
	if err != nil {
		return err
	}
	if len(dr.Fallbacks) > 0 {
		fmt.Fprintf(stderr, "note: the model failed for %s; the offline designer drafted it\n", strings.Join(dr.Fallbacks, ", "))
	}
	if *out == "" {
		return printDesign(dr.Design, *format, stdout)
	}
	body, err := render(dr.Design, *format)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, body, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(stderr, "wrote %s (%s, version %d)\n", *out, dr.Design.Title, dr.Design.Version)
	return nil
}

// statement is the problem statement from the command line, or from stdin when it is "-".
func statement(pos []string, stdin io.Reader, stderr io.Writer) (string, error) {
	if len(pos) != 1 || pos[0] != "-" {
		return strings.TrimSpace(strings.Join(pos, " ")), nil
	}
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		// Otherwise a user who typed `design -` by mistake sees a command that seems to hang.
		fmt.Fprintln(stderr, "reading the problem statement from standard input; end it with Ctrl-D")
	}
	b, err := io.ReadAll(io.LimitReader(stdin, maxStatementBytes))
	if err != nil {
		return "", fmt.Errorf("read the problem statement from standard input: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// maxStatementBytes bounds what `design -` reads; the engine refuses anything past
// ARCHBOT_MAX_INPUT_CHARS anyway, with a message saying so.
const maxStatementBytes = 1 << 20

// printDesign writes the document to w: rendered for the terminal when w is one (or --format
// terminal asks for it), Markdown or JSON otherwise, so a pipe or a file gets what it can parse.
func printDesign(d *conversation.Design, format string, w io.Writer) error {
	width, tty := terminalWidth(w)
	if format == "terminal" || (format == "" && tty) {
		if !tty {
			width = readableWidth
		}
		r, err := terminalRenderer(width)
		if err != nil {
			return err
		}
		text, err := r(d.Markdown())
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, text)
		return err
	}
	body, err := render(d, format)
	if err != nil {
		return err
	}
	_, err = w.Write(body)
	return err
}

// render encodes the document for a file or a pipe: JSON, or else Markdown.
func render(d *conversation.Design, format string) ([]byte, error) {
	if format == "json" {
		b, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("encode design: %w", err)
		}
		return append(b, '\n'), nil
	}
	return []byte(d.Markdown()), nil
}

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	saveDir := fs.String("save", "", "directory where every version of the document is written, created if missing (default: `export` writes into the current directory)")
	thread := fs.String("thread", "", "thread id to continue (with REDIS_URL); default a new one")
	if _, err := parseInterleaved(fs, args); err != nil {
		return errUsage
	}
	if *saveDir != "" {
		// Made now, so a folder that cannot be made is said plainly before any design is drafted.
		if err := os.MkdirAll(*saveDir, 0o755); err != nil {
			return fmt.Errorf("--save %s: %w", *saveDir, err)
		}
	}
	engine, designer, closeStore, err := localEngine(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	fmt.Fprintln(stderr, "… designer:", designer)
	cfg := console.Config{In: stdin, Out: stdout, Status: stderr, SaveDir: *saveDir, Author: os.Getenv("USER")}
	if *thread != "" {
		cfg.Thread = conversation.ThreadRef{Platform: "console", Channel: "local", ThreadID: *thread}
		if cfg.Continue, err = engine.Owns(ctx, cfg.Thread); err != nil {
			return fmt.Errorf("look up thread %s: %w", *thread, err)
		}
	}
	if width, tty := terminalWidth(stdout); tty {
		if cfg.Render, err = terminalRenderer(width); err != nil {
			return err
		}
	}
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		cfg.Prompt = "> "
		fmt.Fprintln(stdout, "Describe the system to design (one line). Then ask questions, request changes, or say `help`; `export` writes the document; `quit` ends.")
	}
	return console.New(cfg, engine).Run(ctx)
}
