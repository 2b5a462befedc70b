package prompts_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/prompts"
)

// The design part of a prompt is rendered once per design and remembered; a grounding that
// differs in any of it, at the same title, problem and version, is rendered anew, even when the
// caller changed the slices of a grounding it rendered before in place.
func TestDesignPartFollowsTheDesign(t *testing.T) {
	g := fixture()
	render := func() string {
		t.Helper()
		p, err := prompts.Interpret(prompts.InterpretData{Grounding: g, Text: "what if we used Kafka?"})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := render()
	if again := render(); again != first {
		t.Fatalf("the same grounding rendered differently the second time:\n%s\n---\n%s", first, again)
	}

	// In place, in a slice the prompt's bounds do not copy: the remembered text must not be reused.
	g.Components[0].TalksTo[0] = "Edge Proxy"
	mustContain(t, render(), "Mobile App | client | iOS/Android | Edge Proxy |")

	g.Components[3].Technology = "Memcached"
	changed := render()
	mustContain(t, changed, "Feed Cache | cache | Memcached")
	mustNotContain(t, changed, "Feed Cache | cache | Redis Cluster")

	g.Facts.Technologies[0].Limits = "one node: 1M gets/s"
	mustContain(t, render(), "one node: 1M gets/s")

	g.Capacity.AppServers = 12345
	mustContain(t, render(), "about 12345 stateless app servers")

	// What changes from turn to turn is never remembered with the design.
	g.Recent[len(g.Recent)-1].Text = "a brand new question"
	if p := render(); !strings.Contains(p, "a brand new question") {
		t.Fatal("the latest turn is missing from the prompt")
	}
}
