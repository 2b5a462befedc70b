package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/archbot/archbot/adapters/console"
	"github.com/archbot/archbot/conversation"
)

func runDesign(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("design", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "markdown", "output format: markdown or json")
	out := fs.String("o", "", "write the document to this file instead of standard output")
	quiet := fs.Bool("q", false, "do not print progress to standard error")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return errUsage
	}
	problem := strings.TrimSpace(strings.Join(pos, " "))
	if problem == "" {
		fmt.Fprintln(stderr, `usage: archbot design [--format markdown|json] [-o FILE] "<problem statement>"`)
		return errUsage
	}
	if *format != "markdown" && *format != "md" && *format != "json" {
		fmt.Fprintf(stderr, "archbot design: --format %q: want markdown or json\n", *format)
		return errUsage
	}
	engine, closeStore, err := localEngine(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	dr, err := engine.Design(ctx, problem, func(status string) {
		if !*quiet {
			fmt.Fprintln(stderr, "…", status)
		}
	})
	if err != nil {
		return err
	}
	if len(dr.Fallbacks) > 0 {
		fmt.Fprintf(stderr, "note: the model failed for %s; the offline designer drafted it\n", strings.Join(dr.Fallbacks, ", "))
	}
	body, err := render(dr.Design, *format)
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = stdout.Write(body)
		return err
	}
	if err := os.WriteFile(*out, body, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(stderr, "wrote %s (%s, version %d)\n", *out, dr.Design.Title, dr.Design.Version)
	return nil
}

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
	saveDir := fs.String("save", "", "directory where each new version of the document is written (default: not saved)")
	thread := fs.String("thread", "", "thread id to continue (with REDIS_URL); default a new one")
	if _, err := parseInterleaved(fs, args); err != nil {
		return errUsage
	}
	engine, closeStore, err := localEngine(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	cfg := console.Config{In: stdin, Out: stdout, Status: stderr, SaveDir: *saveDir, Author: os.Getenv("USER")}
	if *thread != "" {
		cfg.Thread = conversation.ThreadRef{Platform: "console", Channel: "local", ThreadID: *thread}
	}
	if f, ok := stdin.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			cfg.Prompt = "> "
			fmt.Fprintln(stdout, "Describe the system to design (one line). Then ask questions, request changes, or say `help`; `quit` ends.")
		}
	}
	return console.New(cfg, engine).Run(ctx)
}
