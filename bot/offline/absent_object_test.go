package offline_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

func mustInterpret(t *testing.T, g bot.Grounding, text string) bot.Interpretation {
	t.Helper()
	in, err := offline.New().Interpret(context.Background(), g, text)
	if err != nil {
		t.Fatalf("interpret %q: %v", text, err)
	}
	return in
}

// A change that names something the design does not have says so and changes nothing; a
// capability the design already has is not added twice; the people a change names are no
// component to add.
func TestChangeNamingWhatTheDesignLacks(t *testing.T) {
	t.Parallel()
	kv := grounding(design(t, "Design a Dynamo-like replicated key-value database for session data taking 200K writes a second"))
	in := mustInterpret(t, kv, "could you add end-to-end encryption on the stored messages?")
	if in.Intent != bot.IntentPushback || !strings.Contains(in.Reply, "has no messages") || in.Components != nil {
		t.Errorf("intent=%s reply=%q components=%d", in.Intent, in.Reply, len(in.Components))
	}
	// Named as a product of its own, the same request is pushed back on as one.
	in = mustInterpret(t, kv, "please add end-to-end encryption for chat messages")
	if in.Intent != bot.IntentPushback || !strings.Contains(in.Reply, "has no") || in.Components != nil {
		t.Errorf("intent=%s reply=%q components=%d", in.Intent, in.Reply, len(in.Components))
	}

	chat := grounding(design(t, "Design an end-to-end encrypted messenger for 5M daily users"))
	if in := mustInterpret(t, chat, "add end-to-end encryption for messages"); !strings.Contains(in.Unsupported, "already has") {
		t.Errorf("chat: intent=%s unsupported=%q", in.Intent, in.Unsupported)
	}
	if in := mustInterpret(t, chat, "add end-to-end encryption for messages"); in.Intent == bot.IntentPushback {
		t.Errorf("chat has messages, yet pushed back: %s", in.Reply)
	}

	feed := grounding(design(t, "Design the home timeline for a microblogging site where 8M people read posts from accounts they follow"))
	in = mustInterpret(t, feed, "let users edit a post after publishing it")
	if slices.ContainsFunc(in.Components, func(c conversation.Component) bool { return strings.Contains(c.Name, "Browsers") }) {
		t.Errorf("an edit request added browsers and authenticators: %s", in.Decision)
	}
}
