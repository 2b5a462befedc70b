package prompts_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/prompts"
)

// The engine asks for the overview while the components are still being chosen; the prompt then
// says so, and asks for the problems the design must solve rather than the choices it made.
func TestOverviewBeforeComponents(t *testing.T) {
	g := fixture()
	g.Components = nil
	got, err := prompts.Section(prompts.SectionData{Grounding: g, ID: conversation.Overview})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, got, "Components: not chosen yet.", "architectural style", "hardest problems", "name no component")
	mustNotContain(t, got, "choices that shape the design")

	with, err := prompts.Section(prompts.SectionData{Grounding: fixture(), ID: conversation.Overview})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, with, "choices that shape the design")
	mustNotContain(t, with, "name no component")
}
