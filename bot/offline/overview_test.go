package offline_test

import (
	"context"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// The engine writes the overview while the components are being chosen (so the first section
// comes after two model round trips), and every other section after. The offline overview must
// still name exactly the hard parts its deep-dive section designs, and be the text it would be
// with the components known.
func TestOverviewAgreesWithDeepDivesWithoutComponents(t *testing.T) {
	t.Parallel()
	d := offline.New()
	eng := bot.New(bot.Config{}, conversation.NewMemoryStore(), d, d, slog.New(slog.NewTextHandler(io.Discard, nil)))
	heading := regexp.MustCompile(`(?m)^### \d+\. (.+)$`)
	for _, problem := range []string{
		"Design a URL shortener handling 100M new links a month",
		"Design a chat app like WhatsApp for 500M DAU",
		"Design an Instagram-like photo sharing app for 50M DAU",
		"Design Twitter's home timeline for 300M users",
		"Design a food delivery app",
		"Design a rate limiter for an API gateway at 1M requests per second",
		"Design a distributed key-value store",
		"Design a notification service sending 10M notifications per minute",
		"Design Zendesk",
		"Design GitHub Actions",
	} {
		t.Run(problem, func(t *testing.T) {
			dr, err := eng.Design(context.Background(), problem, nil)
			if err != nil {
				t.Fatal(err)
			}
			ov, _ := dr.Design.Section(conversation.Overview)
			dd, _ := dr.Design.Section(conversation.DeepDive)
			var dives []string
			for _, m := range heading.FindAllStringSubmatch(dd.Markdown, -1) {
				dives = append(dives, m[1])
			}
			_, hard, ok := strings.Cut(ov.Markdown, "**The hard parts** (see Deep dives): ")
			if len(dives) == 0 || !ok {
				t.Fatalf("no hard parts to compare: deep dives %q, overview %q", dives, ov.Markdown)
			}
			if got, want := strings.TrimSpace(hard), strings.Join(dives, "; ")+"."; got != want {
				t.Errorf("overview's hard parts = %q\nwant the deep dives' %q", got, want)
			}
			g := bot.Grounding{Title: dr.Design.Title, Problem: problem, Requirements: dr.Design.Requirements,
				Capacity: dr.Design.Capacity, Components: dr.Design.Components, Decisions: dr.Design.Decisions}
			with, err := d.Section(context.Background(), g, conversation.Overview)
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(with) != ov.Markdown {
				t.Errorf("overview differs once the components are known:\nwithout: %s\nwith:    %s", ov.Markdown, with)
			}
		})
	}
}
