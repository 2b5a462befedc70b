package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// A shortener across regions mints codes from ranges of its own in each region: its links are
// immutable, so it needs no home region per user, and the design says how a link reaches the
// other regions and what a redirect does before it has.
func TestMultiRegionShortenerMintsPerRegion(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	g := grounding(design(t, "Design a URL shortener for 100M new links a month and 10B redirects a month"))
	in, err := offline.New().Interpret(ctx, g, "what if we need multi-region?")
	if err != nil || in.Requirements == nil {
		t.Fatalf("multi-region: err=%v unsupported=%q", err, in.Unsupported)
	}
	if strings.Contains(in.Decision, "homed") || strings.Contains(in.Rationale, "home region") {
		t.Errorf("a shortener's links have no home region: %q — %q", in.Decision, in.Rationale)
	}
	g.Requirements, g.Components = *in.Requirements, in.Components
	var doc strings.Builder
	for _, id := range []conversation.SectionID{conversation.Reliability, conversation.Tradeoffs} {
		text, err := offline.New().Section(ctx, g, id)
		if err != nil {
			t.Fatalf("section %s: %v", id, err)
		}
		doc.WriteString(text)
	}
	for _, want := range []string{"never mint the same code", "reads that region's Link store once"} {
		if !strings.Contains(doc.String(), want) {
			t.Errorf("the multi-region design does not say %q", want)
		}
	}
	if strings.Contains(doc.String(), "each user has a home region") {
		t.Errorf("the shortener still homes users in a region")
	}
}
