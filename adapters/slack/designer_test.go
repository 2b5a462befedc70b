package slack_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// longDesigner is a deterministic designer whose capacity section is far over Slack's section
// limit (the deep dive; capacity is written in Go), with a code block and a table that the split must not break, so the end-to-end tests
// exercise splitting; "use <tech> for posts" is a change to the data model and trade-offs.
type longDesigner struct{}

func (longDesigner) Name() string { return "long" }

func (longDesigner) Requirements(_ context.Context, problem string) (string, conversation.RequirementSet, error) {
	return "Photo Sharing", conversation.RequirementSet{
		Functional: []string{"upload photos", "follow users", "see a feed"},
		Features:   []string{"feed", "media"},
		Workload:   conversation.Workload{DAU: 50_000_000, Notes: []string{"50M DAU: stated"}},
	}, nil
}

func (longDesigner) Components(context.Context, bot.Grounding) ([]conversation.Component, error) {
	return []conversation.Component{
		{Name: "Client", Kind: "client", TalksTo: []string{"API"}},
		{Name: "API", Kind: "service", Technology: "Go", TalksTo: []string{"Posts DB", "Cache"}},
		{Name: "Cache", Kind: "cache", Technology: "Redis"},
		{Name: "Posts DB", Kind: "database", Technology: "PostgreSQL"},
	}, nil
}

func (longDesigner) Section(_ context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	if id == conversation.DeepDive {
		var b strings.Builder
		b.WriteString("## Figures\n\n| Metric | Value |\n|---|---:|\n| Read QPS | 115,741 |\n| Write QPS | 1,157 |\n\n")
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&b, "- Step %d: **%d** requests × 86,400 s = a figure with <brackets> & ampersands, explained at length so the section grows.\n", i, i*1000)
		}
		b.WriteString("\n```text\n")
		for i := 0; i < 120; i++ {
			fmt.Fprintf(&b, "shard-%03d  range [%d, %d)  replicas=3\n", i, i*1000, (i+1)*1000)
		}
		b.WriteString("```\n\nThat is all.")
		return b.String(), nil
	}
	tech := "PostgreSQL"
	for _, c := range g.Components {
		if c.Name == "Posts DB" {
			tech = c.Technology
		}
	}
	return fmt.Sprintf("The **%s** section of _%s_, using %s for posts. See [docs](https://example.com/%s).", id.Title(), g.Title, tech, id), nil
}

func (longDesigner) Interpret(_ context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	rest, ok := strings.CutPrefix(strings.ToLower(text), "use ")
	if !ok {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	tech, _, _ := strings.Cut(rest, " ")
	comps := append([]conversation.Component(nil), g.Components...)
	for i := range comps {
		if comps[i].Name == "Posts DB" {
			comps[i].Technology = tech
		}
	}
	return bot.Interpretation{
		Intent:     bot.IntentChange,
		Sections:   []conversation.SectionID{conversation.DataModel, conversation.Tradeoffs},
		Decision:   "use " + tech + " for posts",
		Rationale:  "asked for in the thread",
		Components: comps,
	}, nil
}

func (longDesigner) Answer(_ context.Context, g bot.Grounding, question string) (string, error) {
	return "An answer about " + g.Title + ": " + question, nil
}
