package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
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
