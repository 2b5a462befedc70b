package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

const evalUsage = `usage: archbot eval [--cases FILE[,FILE...]]... [--numbers FILE] [flags]

Designs every case's statement and scores the designs as an interviewer would read them: recall
of the problem's own concepts, specificity margin against the other cases of the same file,
boilerplate shared between designs, out-of-place concepts, paraphrase drift and, with --numbers,
whether the capacity figures follow from each statement. Fails (exit 1) below the floors.
Case formats, what each figure means and how to run: docs/EVAL.md.

flags:
`

// evalOptions are the command line of archbot eval.
type evalOptions struct {
	cases    []string
	numbers  string
	provider string
	format   string
	parallel int
	floors   eval.Floors
	minNums  float64
}

// fileList is a flag that may repeat and may hold comma-separated files.
type fileList []string

func (l *fileList) String() string { return strings.Join(*l, ",") }

func (l *fileList) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l = append(*l, f)
		}
	}
	return nil
}

func parseEvalFlags(args []string, stderr io.Writer) (evalOptions, error) {
	var o evalOptions
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, evalUsage)
		fs.PrintDefaults()
	}
	d := eval.DefaultFloors
	fs.Var((*fileList)(&o.cases), "cases", "JSONL file(s) of design cases; repeat or separate with commas (paraphrases find their originals across files)")
	fs.StringVar(&o.numbers, "numbers", "", "JSONL file of numbers cases: statements and the capacity figures they imply")
	fs.StringVar(&o.provider, "provider", "", "offline or openai (default: ARCHBOT_PROVIDER)")
	fs.StringVar(&o.format, "format", "text", "report format: text or json")
	fs.IntVar(&o.parallel, "parallel", 4, "cases designed at once")
	noFloors := fs.Bool("no-floors", false, "report only; never fail below a floor")
	fs.Float64Var(&o.floors.TotalRecall, "min-recall", d.TotalRecall, "lowest mean recall over the cases")
	fs.Float64Var(&o.floors.CaseRecall, "min-case-recall", d.CaseRecall, "lowest recall of any one case")
	fs.Float64Var(&o.floors.MinMargin, "min-margin", d.MinMargin, "lowest mean specificity margin (own recall minus recall on the other cases' groups)")
	fs.Float64Var(&o.floors.MaxBoilerplate, "max-boilerplate", d.MaxBoilerplate, "highest mean share of sentences two designs share")
	fs.IntVar(&o.floors.MaxNegCases, "max-out-of-place-cases", d.MaxNegCases, "most cases that may name an out-of-place concept")
	fs.Float64Var(&o.floors.MaxParaphraseDrift, "max-paraphrase-drift", d.MaxParaphraseDrift, "largest recall difference between a paraphrase and its original")
	fs.Float64Var(&o.minNums, "min-numbers", 0.95, "lowest share of numbers cases whose figures all pass")
	if _, err := parseInterleaved(fs, args); err != nil {
		return o, err
	}
	o.floors.NumbersWithin = d.NumbersWithin
	if *noFloors {
		o.floors, o.minNums = eval.NoFloors, 0
	}
	if len(o.cases) == 0 && o.numbers == "" {
		fmt.Fprintln(stderr, "archbot eval: give --cases, --numbers or both (--help for more)")
		return o, errUsage
	}
	if o.format != "text" && o.format != "json" {
		fmt.Fprintf(stderr, "archbot eval: --format %q: want text or json\n", o.format)
		return o, errUsage
	}
	return o, nil
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, err := parseEvalFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return errUsage
	}
	c, err := loadConfig()
	if err != nil {
		return err
	}
	if o.provider != "" {
		c.Provider = o.provider
	}
	log := newLogger(c, os.Stderr)
	var (
		design  *eval.Report
		numbers *eval.NumbersReport
	)
	if len(o.cases) > 0 {
		if design, err = evalDesigns(ctx, c, log, o); err != nil {
			return err
		}
	}
	if o.numbers != "" {
		if numbers, err = evalNumbers(ctx, c, log, o); err != nil {
			return err
		}
	}
	if err := writeEval(stdout, o.format, design, numbers); err != nil {
		return err
	}
	var fails []string
	if design != nil && !design.Pass {
		fails = append(fails, design.Failures...)
	}
	if numbers != nil && !numbers.Pass {
		fails = append(fails, numbers.Failures...)
	}
	if len(fails) > 0 {
		return fmt.Errorf("evaluation below the floors: %s", strings.Join(fails, "; "))
	}
	return nil
}

func loadCaseFiles(paths []string) ([]eval.Case, error) {
	var all []eval.Case
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("open cases: %w", err)
		}
		cases, err := eval.LoadCases(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read cases %s: %w", p, err)
		}
		for i := range cases {
			cases[i].Source = p
		}
		all = append(all, cases...)
	}
	return all, nil
}

// evalDesigns drafts a whole design for every case, as `archbot design` would, and scores them.
func evalDesigns(ctx context.Context, c Config, log *slog.Logger, o evalOptions) (*eval.Report, error) {
	cases, err := loadCaseFiles(o.cases)
	if err != nil {
		return nil, err
	}
	engine, err := newEngine(c, conversation.NewMemoryStore(), nil, nil, log)
	if err != nil {
		return nil, err
	}
	runs := make([]eval.Run, len(cases))
	forEach(len(cases), o.parallel, func(i int) {
		runs[i].Case = cases[i]
		dr, err := engine.Design(ctx, cases[i].Statement, nil)
		if err != nil {
			runs[i].Err = err
			return
		}
		runs[i].Design = dr.Design
	})
	rep := eval.Evaluate(engine.DesignerName(), runs, o.floors)
	return &rep, nil
}

// evalNumbers runs only the first two steps of a draft for each statement, requirements and then
// capacity in Go (bot.Engine's draft does the same, falling back to the offline designer when the
// primary fails), since the figures depend on nothing after them.
func evalNumbers(ctx context.Context, c Config, log *slog.Logger, o evalOptions) (*eval.NumbersReport, error) {
	f, err := os.Open(o.numbers)
	if err != nil {
		return nil, fmt.Errorf("open numbers cases: %w", err)
	}
	cases, err := eval.LoadNumbersCases(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("read numbers cases %s: %w", o.numbers, err)
	}
	primary, fallback, err := designers(c, log)
	if err != nil {
		return nil, err
	}
	results := make([]eval.NumbersResult, len(cases))
	forEach(len(cases), o.parallel, func(i int) {
		capa, err := capacityOf(ctx, primary, fallback, cases[i].Statement)
		if err != nil {
			results[i] = eval.NumbersResult{ID: cases[i].ID, Error: err.Error()}
			return
		}
		results[i] = eval.ScoreNumbers(cases[i], capa)
	})
	rep := eval.NewNumbersReport(primary.Name(), results, o.minNums)
	return &rep, nil
}

func capacityOf(ctx context.Context, primary, fallback bot.Designer, statement string) (conversation.Capacity, error) {
	statement = strings.TrimSpace(statement)
	_, req, err := primary.Requirements(ctx, statement)
	if err != nil && fallback != primary && ctx.Err() == nil {
		_, req, err = fallback.Requirements(ctx, statement)
	}
	if err != nil {
		return conversation.Capacity{}, fmt.Errorf("requirements: %w", err)
	}
	return conversation.Estimate(req.Workload), nil
}

// forEach calls fn for 0..n-1 with at most parallel calls at once.
func forEach(n, parallel int, fn func(i int)) {
	sem := make(chan struct{}, max(1, parallel))
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			fn(i)
		}()
	}
	wg.Wait()
}

// writeEval writes whichever reports ran. In JSON a run of both is one object with a "design"
// and a "numbers" member; a run of one is that report alone.
func writeEval(w io.Writer, format string, design *eval.Report, numbers *eval.NumbersReport) error {
	if format == "json" {
		switch {
		case design != nil && numbers != nil:
			return eval.Reports{Design: design, Numbers: numbers}.JSON(w)
		case design != nil:
			return design.JSON(w)
		default:
			return numbers.JSON(w)
		}
	}
	if design != nil {
		if err := design.Text(w); err != nil {
			return err
		}
	}
	if numbers != nil {
		if design != nil {
			fmt.Fprintln(w)
		}
		return numbers.Text(w)
	}
	return nil
}
