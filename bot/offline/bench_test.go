package offline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// design runs the offline designer through the same steps the engine does, without the engine.
func design(tb testing.TB, problem string) *conversation.Design {
	tb.Helper()
	ctx := context.Background()
	d := offline.New()
	title, req, err := d.Requirements(ctx, problem)
	if err != nil {
		tb.Fatalf("requirements: %v", err)
	}
	g := bot.Grounding{Title: title, Problem: problem, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
	comps, err := d.Components(ctx, g)
	if err != nil {
		tb.Fatalf("components: %v", err)
	}
	g.Components = comps
	out := &conversation.Design{Title: title, Problem: problem, Version: 1, Components: comps, Capacity: g.Capacity, Requirements: req}
	for _, id := range conversation.SectionOrder {
		md, err := d.Section(ctx, g, id)
		if err != nil {
			tb.Fatalf("section %s: %v", id, err)
		}
		if strings.TrimSpace(md) == "" {
			tb.Fatalf("section %s is empty", id)
		}
		out.SetSection(conversation.Section{ID: id, Markdown: md})
	}
	return out
}

func casesPath() string {
	if p := os.Getenv("ARCHBOT_CASES"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "..", "shared", "bench", "design-cases.jsonl")
}

// TestBenchmarkFloors holds the offline designer to the quality floors on the shared cases.
func TestBenchmarkFloors(t *testing.T) {
	f, err := os.Open(casesPath())
	if err != nil {
		t.Fatalf("open cases (set ARCHBOT_CASES to override): %v", err)
	}
	defer f.Close()
	cases, err := eval.LoadCases(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	var results []eval.CaseResult
	for _, c := range cases {
		results = append(results, eval.Score(c, design(t, c.Statement)))
	}
	rep := eval.NewReport("offline", results, eval.DefaultFloors)
	var sb strings.Builder
	if err := rep.Text(&sb); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + sb.String())
	if !rep.Pass {
		t.Fatalf("benchmark below floors:\n%s", sb.String())
	}
}
