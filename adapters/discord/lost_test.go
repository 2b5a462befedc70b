package discord_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// The thread's state vanishes from Redis (as eviction or a restart without persistence does):
// a plain reply and a mention in the thread get the lost-state message instead of silence or a
// design of their own text, and `regenerate` rebuilds the design from the message the thread was
// opened from.
func TestLostStateIsToldAndRegenerateRebuilds(t *testing.T) {
	h := start(t)
	user := h.srv.User("grace")
	const problem = "design a URL shortener for 100M new URLs a month"
	m := h.srv.Post(h.srv.ChannelID, user, "<@"+h.srv.Bot.ID+"> "+problem, h.srv.Bot)
	h.waitFor("a thread from the message", func() bool { return h.srv.Channel(m.ID) != nil })
	h.waitForDocument(m.ID, 1)
	ref := conversation.ThreadRef{Platform: "discord", Team: h.srv.GuildID, Channel: m.ID, ThreadID: m.ID}
	th, err := h.store.Load(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	rdb := conversationtest.MustRedisClient(t)
	if err := rdb.Del(context.Background(), h.store.Key(th.Ref, "thread"), h.store.Key(th.Ref, "decisions")).Err(); err != nil {
		t.Fatal(err)
	}

	lost := func() int {
		n := 0
		for _, msg := range h.srv.Messages(m.ID) {
			if strings.Contains(msg.Content, "I lost this design's state") {
				n++
			}
		}
		return n
	}
	h.srv.Post(m.ID, user, "why this database?")
	h.waitFor("the lost-state message for a plain reply", func() bool { return lost() == 1 })
	h.srv.Post(m.ID, user, "<@"+h.srv.Bot.ID+"> make it multi-region", h.srv.Bot)
	h.waitFor("the lost-state message for a mention", func() bool { return lost() == 2 })
	if _, err := h.store.Load(context.Background(), th.Ref); !errors.Is(err, conversation.ErrNotFound) {
		t.Fatalf("a follow-up started a design from its own text (%v)", err)
	}

	h.srv.Post(m.ID, user, "<@"+h.srv.Bot.ID+"> regenerate", h.srv.Bot)
	h.waitForDocument(m.ID, 1)
	h.waitFor("the regenerated design saved", func() bool {
		th, err := h.store.Load(context.Background(), th.Ref)
		return err == nil && th.Design != nil
	})
	got, _ := h.store.Load(context.Background(), th.Ref)
	if got.Problem != problem {
		t.Fatalf("regenerated from %q, want the thread's first message %q", got.Problem, problem)
	}
}
