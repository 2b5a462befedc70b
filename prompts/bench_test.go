package prompts_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/prompts"
)

// busyFixture is fixture with as many technology facts as a design of a dozen components has.
func busyFixture() prompts.Grounding {
	g := fixture()
	tech := g.Facts.Technologies[0]
	for range prompts.MaxTechnologies - 1 {
		g.Facts.Technologies = append(g.Facts.Technologies, tech)
	}
	return g
}

// The prompts a follow-up renders: interpret, then an answer or a section or two.
func BenchmarkInterpret(b *testing.B) {
	g := busyFixture()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prompts.Interpret(prompts.InterpretData{Grounding: g, Text: "what if we used Kafka?"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSection(b *testing.B) {
	g := busyFixture()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prompts.Section(prompts.SectionData{Grounding: g, ID: conversation.API, Current: "old text", Change: "add a moderation queue"}); err != nil {
			b.Fatal(err)
		}
	}
}
