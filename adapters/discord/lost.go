package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/bot"
)

// ThreadRoot reads the thread from Discord for a turn that found no state for it: whether
// archbot posted there before (its state was lost) and the problem statement of the message the
// thread was opened from, which `regenerate` rebuilds the design from. A thread this turn opened
// is new by construction and costs no call. It needs Read Message History.
func (k *sink) ThreadRoot(ctx context.Context) (bot.ThreadRoot, error) {
	if k.name != "" {
		return bot.ThreadRoot{}, nil
	}
	thread, self := k.ref.Channel, k.a.self()
	msgs, err := k.a.s.ChannelMessages(thread, 100, "", "", "", discordgo.WithContext(ctx))
	if err != nil {
		return bot.ThreadRoot{}, fmt.Errorf("read thread: %w", err)
	}
	var root bot.ThreadRoot
	for _, m := range msgs {
		root.Answered = root.Answered || (m.Author != nil && m.Author.ID == self)
		if m.Type == discordgo.MessageTypeThreadStarterMessage && m.ReferencedMessage != nil {
			root.Statement = stripMention(m.ReferencedMessage.Content, self)
		}
	}
	// A thread opened from a message shares its id; the message is in the parent channel.
	if ch := k.a.channel(ctx, thread); root.Statement == "" && ch != nil && ch.ParentID != "" {
		if m, err := k.a.s.ChannelMessage(ch.ParentID, thread, discordgo.WithContext(ctx)); err == nil && m.Author != nil && m.Author.ID != self {
			root.Statement = stripMention(m.Content, self)
		}
	}
	return root, nil
}

// ownThread reports whether channel is a thread archbot opened, whatever the store remembers of
// it; the gateway's state cache answers without a call for threads it has seen.
func (a *Adapter) ownThread(ctx context.Context, channel string) bool {
	ch := a.channel(ctx, channel)
	return ch != nil && ch.IsThread() && ch.OwnerID == a.self()
}
