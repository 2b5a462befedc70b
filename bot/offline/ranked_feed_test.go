package offline_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// Ranking a feed is a change the offline designer can make: it adds a scoring stage on the read
// path and touches only the sections that stage lives in; asked as a question, it is explained
// over this design's own parts.
func TestRankTheFeed(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a feed for a gardening community: 4M daily members share photos of their plots and scroll posts from the gardeners they follow"))

	in := mustInterpret(t, g, "let's order the home feed by relevance rather than by recency")
	if in.Intent != bot.IntentChange || in.Unsupported != "" {
		t.Fatalf("intent=%s unsupported=%q", in.Intent, in.Unsupported)
	}
	if !slices.ContainsFunc(in.Components, func(c conversation.Component) bool { return c.Name == "Ranking service" }) {
		t.Errorf("no ranking stage added: %s", in.Decision)
	}
	for _, id := range []conversation.SectionID{conversation.DataFlow, conversation.DeepDive, conversation.Tradeoffs} {
		if !slices.Contains(in.Sections, id) {
			t.Errorf("section %s not updated: %v", id, in.Sections)
		}
	}
	for _, id := range []conversation.SectionID{conversation.API, conversation.Security, conversation.UI} {
		if slices.Contains(in.Sections, id) {
			t.Errorf("ranking changed %s, which it does not touch", id)
		}
	}
	if in.Requirements == nil || slices.ContainsFunc(in.Requirements.Functional, func(f string) bool { return strings.Contains(f, "newest (or ranked)") }) {
		t.Errorf("the feed still says newest or ranked: %v", in.Requirements)
	}

	q := "how would you rank posts in the feed instead of showing the newest first?"
	if in := mustInterpret(t, g, q); in.Intent != bot.IntentQuestion {
		t.Fatalf("%q: intent %s, want a question", q, in.Intent)
	}
	a := mustAnswer(t, g, q)
	if !strings.Contains(a, "Ranking service") || !strings.Contains(a, "Timeline cache") || !strings.Contains(a, "does not do it yet") {
		t.Errorf("%q: %s", q, a)
	}
}
