package offline_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// fanOut finds the design's worker that pushes into a cache, and that cache.
func fanOut(t *testing.T, d *conversation.Design) (worker, cache string) {
	t.Helper()
	for _, c := range d.Components {
		if c.Kind != "worker" {
			continue
		}
		for _, to := range c.TalksTo {
			if i := slices.IndexFunc(d.Components, func(x conversation.Component) bool { return x.Name == to }); i >= 0 && d.Components[i].Kind == "cache" {
				return c.Name, to
			}
		}
	}
	t.Fatalf("no worker fills a cache in %v", d.Components)
	return "", ""
}

// A write that undoes or alters something is answered from the state the design computed ahead
// from it (the fan-out's timelines, the caches of copies), not from the celebrity dive the word
// "timeline" is nearest to.
func TestAnswerWriteThatInvalidatesPrecomputedState(t *testing.T) {
	t.Parallel()
	d := design(t, "Design the home feed of a short-video app with 12M daily users who follow creators")
	g := grounding(d)
	worker, cache := fanOut(t, d)

	for _, q := range []string{
		"what happens to someone's home feed after they unfollow a creator?",
		"if I unfollow an account, does its stuff vanish from my timeline?",
	} {
		a := mustAnswer(t, g, q)
		for _, want := range []string{worker, cache, "Social graph DB"} {
			if !strings.Contains(a, want) {
				t.Errorf("%q: answer does not name %s:\n%s", q, want, a)
			}
		}
		if strings.Contains(a, "celebrity problem") || strings.HasPrefix(a, "**From") {
			t.Errorf("%q: answered from a passage or the celebrity dive:\n%s", q, a)
		}
	}

	a := mustAnswer(t, g, "what if a creator deletes a video after it already went out to followers?")
	for _, want := range []string{"Video metadata DB", "tombstone", "Object storage", "CDN"} {
		if !strings.Contains(a, want) {
			t.Errorf("delete: answer does not name %s:\n%s", want, a)
		}
	}

	feed := grounding(design(t, "Design the home timeline for a microblogging site where 8M people read posts from accounts they follow"))
	a = mustAnswer(t, feed, "what if the author edits a post that is already in thousands of timelines?")
	if !strings.Contains(a, "only ids") || !strings.Contains(a, "Post store") {
		t.Errorf("edit: answer does not say the timelines hold ids of posts in Post store:\n%s", a)
	}
}

// A what-if about what someone does is a question about the design, not a change to it; what
// we do to the design is still a change.
func TestInterpretActorWriteIsAQuestion(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a platform for allotment gardeners: 90,000 soil probes report moisture every 10 minutes, and gardeners get an alert when a bed is too dry"))
	for text, want := range map[string]bot.Intent{
		"what if a gardener deletes an alert rule?":    bot.IntentQuestion,
		"what happens if someone edits an alert rule?": bot.IntentQuestion,
		"what if the cache loses a shard?":             bot.IntentQuestion,
		"what if we remove the cache?":                 bot.IntentChange,
	} {
		if in := mustInterpret(t, g, text); in.Intent != want {
			t.Errorf("%q: intent %s, want %s", text, in.Intent, want)
		}
	}
	a := mustAnswer(t, g, "what if a gardener deletes an alert rule?")
	if !strings.Contains(a, "Alert evaluator") || !strings.Contains(a, "re-reads") {
		t.Errorf("answer does not say the evaluator keeps the rule it loaded until it re-reads:\n%s", a)
	}
}
