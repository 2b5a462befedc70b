package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	casesPath := fs.String("cases", "", "JSONL file of cases (see docs/ and ../shared/bench/design-cases.jsonl)")
	provider := fs.String("provider", "", "offline or openai (default: ARCHBOT_PROVIDER)")
	format := fs.String("format", "text", "report format: text or json")
	parallel := fs.Int("parallel", 4, "cases designed at once")
	noFloors := fs.Bool("no-floors", false, "report only; do not fail below the offline designer's floors")
	if _, err := parseInterleaved(fs, args); err != nil || *casesPath == "" {
		fmt.Fprintln(stderr, "usage: archbot eval --cases FILE [--provider offline|openai] [--format text|json]")
		return errUsage
	}
	c, err := loadConfig()
	if err != nil {
		return err
	}
	if *provider != "" {
		c.Provider = *provider
	}
	f, err := os.Open(*casesPath)
	if err != nil {
		return fmt.Errorf("open cases: %w", err)
	}
	cases, err := eval.LoadCases(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("read cases %s: %w", *casesPath, err)
	}
	log := newLogger(c, os.Stderr)
	engine, err := newEngine(c, conversation.NewMemoryStore(), nil, log)
	if err != nil {
		return err
	}

	results := make([]eval.CaseResult, len(cases))
	sem := make(chan struct{}, max(1, *parallel))
	var wg sync.WaitGroup
	for i, cs := range cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			dr, err := engine.Design(ctx, cs.Statement, nil)
			if err != nil {
				results[i] = eval.CaseResult{ID: cs.ID, Error: err.Error()}
				return
			}
			results[i] = eval.Score(cs, dr.Design)
		}()
	}
	wg.Wait()

	floors := eval.DefaultFloors
	if *noFloors {
		floors = eval.Floors{}
	}
	rep := eval.NewReport(engine.DesignerName(), results, floors)
	if *format == "json" {
		err = rep.JSON(stdout)
	} else {
		err = rep.Text(stdout)
	}
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if !rep.Pass {
		return fmt.Errorf("evaluation below the floors: %v", rep.Failures)
	}
	return nil
}
