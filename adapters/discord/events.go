package discord

import (
	"context"
	"errors"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// autoArchive keeps a design thread open for a day of silence (minutes, as Discord counts).
const autoArchive = 1440

// codeThreadExists is Discord's error code for a second thread opened from one message.
const codeThreadExists = 160004

// codeAlreadyAcknowledged is Discord's error code for a second answer to one interaction.
const codeAlreadyAcknowledged = 40060

func threadRef(guildID, threadID string) conversation.ThreadRef {
	return conversation.ThreadRef{Platform: "discord", Team: guildID, Channel: threadID, ThreadID: threadID}
}

func displayName(u *discordgo.User) string {
	if u.GlobalName != "" {
		return u.GlobalName
	}
	return u.Username
}

// onMessage sorts a MESSAGE_CREATE: bots and archbot itself are ignored; a follow-up in an
// archbot thread or a mention becomes a turn.
func (a *Adapter) onMessage(ctx context.Context, m *discordgo.Message) {
	if m.Author == nil || m.Author.Bot || m.Author.ID == a.self() || m.GuildID == "" {
		a.engine.Metrics().Event("discord", "ignored")
		return
	}
	a.engine.Metrics().Event("discord", "message")
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return // thread-created notices, pins, joins
	}
	mentioned := false
	for _, u := range m.Mentions {
		mentioned = mentioned || u.ID == a.self()
	}
	text := stripMention(m.Content, a.self())
	if text == "" && !mentioned {
		// Nothing to read: an attachment, or content withheld without the Message Content intent.
		return
	}
	if !a.seen.first("message:" + m.ID) {
		a.log.DebugContext(ctx, "duplicate message delivery ignored", "message", m.ID)
		return
	}
	a.spawn(ctx, func(ctx context.Context) { a.message(ctx, m, text, mentioned) })
}

func (a *Adapter) message(ctx context.Context, m *discordgo.Message, text string, mentioned bool) {
	ref := threadRef(m.GuildID, m.ChannelID)
	msg := bot.Message{Thread: ref, Author: displayName(m.Author), AuthorID: m.Author.ID, Text: text, EventID: m.ID}
	owned, err := a.engine.Owns(ctx, ref)
	if err != nil {
		a.log.ErrorContext(ctx, "check thread ownership", "thread", ref.Key(), "err", err)
	}
	switch {
	case owned:
		a.turn(ctx, msg, "")
		return
	case !mentioned && !a.ownThread(ctx, m.ChannelID):
		return // chatter archbot is not part of
	case !mentioned:
		// A thread archbot opened whose state Redis lost: the engine says so.
		a.turn(ctx, msg, "")
		return
	}

	msg.New = true
	ch := a.channel(ctx, m.ChannelID)
	if ch != nil && ch.IsThread() {
		// Mentioned in someone else's thread: design right there, Discord has no nested threads.
		a.turn(ctx, msg, "")
		return
	}
	name := threadName(text)
	th, err := a.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{
		Name: name, AutoArchiveDuration: autoArchive,
	}, discordgo.WithContext(ctx))
	switch {
	case discordCode(err) == codeThreadExists:
		// Opened by an earlier delivery of this message (another process, before a restart);
		// the thread shares the message's id, and the engine drops the event if it saw it.
		th = &discordgo.Channel{ID: m.ID, Name: name}
	case err != nil:
		a.log.ErrorContext(ctx, "open thread from mention", "channel", m.ChannelID, "err", err)
		a.notice(ctx, m.ChannelID, "I couldn't open a thread here. I need the Create Public Threads and "+
			"Send Messages in Threads permissions in this channel.")
		return
	}
	msg.Thread = threadRef(m.GuildID, th.ID)
	a.turn(ctx, msg, th.Name)
}

// onInteraction starts a /design turn.
func (a *Adapter) onInteraction(ctx context.Context, i *discordgo.Interaction) {
	a.engine.Metrics().Event("discord", "interaction")
	if i.Type != discordgo.InteractionApplicationCommand || i.ApplicationCommandData().Name != commandDesign {
		return
	}
	if !a.seen.first("interaction:" + i.ID) {
		a.log.DebugContext(ctx, "duplicate interaction delivery ignored", "interaction", i.ID)
		return
	}
	a.spawn(ctx, func(ctx context.Context) { a.command(ctx, i) })
}

func (a *Adapter) command(ctx context.Context, i *discordgo.Interaction) {
	// Discord drops an interaction not answered within 3 seconds, so the deferred answer goes
	// first and everything slow comes after it.
	err := a.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
	}, discordgo.WithContext(ctx))
	if discordCode(err) == codeAlreadyAcknowledged {
		// Another replica's session received the interaction too and answers it.
		a.log.DebugContext(ctx, "interaction taken by another session", "interaction", i.ID)
		return
	}
	if err != nil {
		a.log.ErrorContext(ctx, "defer /design response", "interaction", i.ID, "err", err)
		return
	}
	user := i.User
	if i.Member != nil && i.Member.User != nil {
		user = i.Member.User
	}
	problem := problemOption(i.ApplicationCommandData())
	switch {
	case i.GuildID == "" || user == nil:
		a.editOriginal(ctx, i, "Use /design in a server channel: I work in threads.")
		return
	case problem == "":
		a.editOriginal(ctx, i, "Tell me what to design, for example: `/design problem: a photo sharing app for 50M daily users`.")
		return
	}

	parent := i.ChannelID
	if ch := a.channel(ctx, parent); ch != nil && ch.IsThread() {
		parent = ch.ParentID
	}
	th, err := a.s.ThreadStartComplex(parent, &discordgo.ThreadStart{
		Name: threadName(problem), Type: discordgo.ChannelTypeGuildPublicThread, AutoArchiveDuration: autoArchive,
	}, discordgo.WithContext(ctx))
	if err != nil {
		a.log.ErrorContext(ctx, "open thread for /design", "channel", parent, "err", err)
		a.editOriginal(ctx, i, "I couldn't open a thread here. I need the Create Public Threads and "+
			"Send Messages in Threads permissions in this channel.")
		return
	}
	a.editOriginal(ctx, i, fmt.Sprintf("Designing in <#%s>: %s", th.ID, threadName(problem)))
	a.turn(ctx, bot.Message{
		Thread: threadRef(i.GuildID, th.ID), Author: displayName(user), AuthorID: user.ID,
		Text: problem, EventID: i.ID, New: true,
	}, th.Name)
}

// turn runs the engine on msg with a sink posting into its thread: queued when a dispatcher is
// configured, else here and now. threadName is the name archbot gave the thread when it opened it
// ("" otherwise): such a thread is renamed after the design's title once that is known.
func (a *Adapter) turn(ctx context.Context, msg bot.Message, threadName string) {
	if a.dispatch != nil {
		a.queue(ctx, msg, threadName)
		return
	}
	k := newSink(a, msg.Thread, threadName)
	k.startTyping(ctx)
	if err := a.engine.Run(ctx, msg, k); err != nil {
		// The user has been told; the detail is for the log.
		a.log.WarnContext(ctx, "turn ended with an error", "thread", msg.Thread.Key(), "err", err)
	}
}

// channel returns a channel from the state cache or the API, or nil when neither knows it.
func (a *Adapter) channel(ctx context.Context, id string) *discordgo.Channel {
	if ch, err := a.s.State.Channel(id); err == nil {
		return ch
	}
	ch, err := a.s.Channel(id, discordgo.WithContext(ctx))
	if err != nil {
		a.log.WarnContext(ctx, "look up channel", "channel", id, "err", err)
		return nil
	}
	return ch
}

func (a *Adapter) editOriginal(ctx context.Context, i *discordgo.Interaction, text string) {
	if _, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
		Content: &text, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx)); err != nil {
		a.log.ErrorContext(ctx, "edit /design response", "interaction", i.ID, "err", err)
	}
}

// notice posts a short plain message in a channel, for problems that happen before a thread exists.
func (a *Adapter) notice(ctx context.Context, channelID, text string) {
	if _, err := a.s.ChannelMessageSendComplex(channelID, &discordgo.MessageSend{
		Content: text, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx)); err != nil {
		a.log.ErrorContext(ctx, "post notice", "channel", channelID, "err", err)
	}
}

// discordCode returns the JSON error code of a failed REST call, or 0.
func discordCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}
