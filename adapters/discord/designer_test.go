package discord_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// newDesigner returns the designer the end-to-end tests run the engine with.
func newDesigner() bot.Designer { return offline.New() }

// changeFor returns a follow-up that changes part of d: its main database swapped for another.
func changeFor(t *testing.T, d *conversation.Design) string {
	t.Helper()
	for _, c := range d.Components {
		tech, _, _ := strings.Cut(c.Technology, " (") // "PostgreSQL (primary + replicas)"
		if c.Kind == "database" && tech != "" {
			to := "Cassandra"
			if strings.Contains(strings.ToLower(tech), "cassandra") {
				to = "PostgreSQL"
			}
			return fmt.Sprintf("use %s instead of %s", to, tech)
		}
	}
	t.Fatalf("design has no database component to swap: %+v", d.Components)
	return ""
}

// stubDesigner is a deterministic designer whose architecture section is longer than a Discord
// message and holds a code block, so posting it exercises the splitter.
type stubDesigner struct{}

func (stubDesigner) Name() string { return "stub" }

func (stubDesigner) Requirements(_ context.Context, problem string) (string, conversation.RequirementSet, error) {
	title := "Design: " + strings.Join(strings.Fields(problem)[:min(4, len(strings.Fields(problem)))], " ")
	return title, conversation.RequirementSet{Functional: []string{"do the thing"}}, nil
}

func (stubDesigner) Components(_ context.Context, g bot.Grounding) ([]conversation.Component, error) {
	return []conversation.Component{
		{Name: "API", Kind: "service", Technology: "Go", TalksTo: []string{"DB"}},
		{Name: "DB", Kind: "database", Technology: "PostgreSQL"},
	}, nil
}

func (stubDesigner) Section(_ context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	db := "PostgreSQL"
	for _, c := range g.Components {
		if c.Kind == "database" {
			db = c.Technology
		}
	}
	switch id {
	case conversation.Architecture:
		var b strings.Builder
		b.WriteString("We store everything in " + db + ".\n\n```go\n")
		for i := 0; i < 120; i++ {
			fmt.Fprintf(&b, "handler%03d := api.Route(%q) // @everyone\n", i, db)
		}
		b.WriteString("```\n\nThat is all.")
		return b.String(), nil
	case conversation.DataModel:
		return "Entities live in " + db + ".", nil
	}
	return "Text of " + string(id) + " for " + g.Title + ".", nil
}

func (stubDesigner) Interpret(_ context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	if !strings.HasPrefix(text, "use ") {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	comps := append([]conversation.Component(nil), g.Components...)
	for i := range comps {
		if comps[i].Kind == "database" {
			comps[i].Technology = "DynamoDB"
		}
	}
	return bot.Interpretation{
		Intent: bot.IntentChange, Decision: "DynamoDB replaces PostgreSQL",
		Sections:   []conversation.SectionID{conversation.Architecture, conversation.DataModel},
		Components: comps,
	}, nil
}

func (stubDesigner) Answer(_ context.Context, g bot.Grounding, q string) (string, error) {
	return "Because it fits the access pattern of " + g.Title + ".", nil
}
