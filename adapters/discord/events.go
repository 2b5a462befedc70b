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
	owned, err := a.followUp(ctx, msg)
	if err != nil {
		a.log.ErrorContext(ctx, "check thread ownership", "thread", ref.Key(), "err", err)
	}
	switch {
	case owned && a.dispatch != nil:
		return // queued (or a duplicate) by followUp
	case owned:
		a.turn(ctx, msg, "", "")
		return
	case !mentioned && !a.ownThread(ctx, m.ChannelID):
		return // chatter archbot is not part of
	case !mentioned:
		// A thread archbot opened whose state Redis lost: the engine says so.
		a.turn(ctx, msg, "", "")
		return
	}

	msg.New = true
	ch := a.channel(ctx, m.ChannelID)
	if ch != nil && ch.IsThread() {
		// Mentioned in someone else's thread: design right there, Discord has no nested threads.
		a.turn(ctx, msg, "", ch.ParentID)
		return
	}
	name := threadName(text)
	var th *discordgo.Channel
	err = a.rest(ctx, "open thread from mention", func(opts ...discordgo.RequestOption) error {
		var err error
		th, err = a.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{
			Name: name, AutoArchiveDuration: autoArchive,
		}, opts...)
		return err
	})
	switch {
	case discordCode(err) == codeThreadExists:
		// Opened by an earlier delivery of this message (another process, before a restart),
		// or by an attempt above whose answer was lost; the thread shares the message's id, and
		// the engine drops the event if it saw it.
		th = &discordgo.Channel{ID: m.ID, Name: name}
	case err != nil:
		a.log.ErrorContext(ctx, "open thread from mention", "channel", m.ChannelID, "err", err)
		a.notice(ctx, m.ChannelID, m.ID, "I couldn't open a thread here. I need the Create Public Threads and "+
			"Send Messages in Threads permissions in this channel.")
		return
	}
	msg.Thread = threadRef(m.GuildID, th.ID)
	a.turn(ctx, msg, th.Name, m.ChannelID)
}

// followUp reports whether archbot owns msg's thread. With a dispatcher it also queues msg when
// it does, in the same round trip as the check; after an error nothing is queued and the caller
// goes on as for a thread that is not archbot's (which queue retries for one it opened).
func (a *Adapter) followUp(ctx context.Context, msg bot.Message) (bool, error) {
	if a.dispatch == nil {
		return a.engine.Owns(ctx, msg.Thread)
	}
	queued, owned, err := a.dispatch.SubmitOwned(ctx, msg, jobData(msg, "", ""))
	if owned && !queued {
		a.log.DebugContext(ctx, "duplicate delivery ignored", "thread", msg.Thread.Key(), "event", msg.EventID)
	}
	return owned, err
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
	th, err := a.openThread(ctx, i.GuildID, parent, threadName(problem), i.ID)
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
	}, th.Name, parent)
}

// turn runs the engine on msg with a sink posting into its thread: queued when a dispatcher is
// configured, else here and now. threadName is the name archbot gave the thread when it opened it
// ("" otherwise): such a thread is renamed after the design's title once that is known. parent is
// the thread's channel when known, where failures to post in the thread are reported.
func (a *Adapter) turn(ctx context.Context, msg bot.Message, threadName, parent string) {
	if a.dispatch != nil {
		a.queue(ctx, msg, threadName, parent)
		return
	}
	k := newSink(a, msg.Thread, threadName, parent)
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
	err := a.rest(ctx, "edit /design response", func(opts ...discordgo.RequestOption) error {
		_, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}, opts...)
		return err
	})
	if err != nil {
		a.log.ErrorContext(ctx, "edit /design response", "interaction", i.ID, "err", errSummary(err))
	}
}

// notice posts a short plain message in a channel, for problems that happen before a thread
// exists; event is what it answers, so a retried notice is posted once.
func (a *Adapter) notice(ctx context.Context, channelID, event, text string) {
	if err := a.createMessage(ctx, channelID, text, nil, nonceFor("notice", channelID, event, text)); err != nil {
		a.log.ErrorContext(ctx, "post notice", "channel", channelID, "err", errSummary(err))
	}
}

// openThread opens a public thread in parent for the event with id after. Discord has no
// idempotency key for this call, so before repeating an attempt whose outcome is unknown (a 5xx
// or a timeout: the thread may exist) it looks among the guild's active threads for the one that
// attempt opened, rather than open a second.
func (a *Adapter) openThread(ctx context.Context, guildID, parent, name, after string) (*discordgo.Channel, error) {
	var th *discordgo.Channel
	var last error
	err := a.rest(ctx, "open thread", func(opts ...discordgo.RequestOption) error {
		if last != nil && inDoubt(last) {
			found, err := a.findThread(guildID, parent, name, after, opts)
			if err != nil || found != nil {
				th = found
				return err // a failed look is retried like the call: opening blind could open a twin
			}
		}
		th, last = a.s.ThreadStartComplex(parent, &discordgo.ThreadStart{
			Name: name, Type: discordgo.ChannelTypeGuildPublicThread, AutoArchiveDuration: autoArchive,
		}, opts...)
		return last
	})
	return th, err
}

// inDoubt reports whether a failed call may nonetheless have taken effect: Discord answered
// 429 or a 4xx before doing anything, but not a 5xx, and a lost answer says nothing.
func inDoubt(err error) bool {
	if _, ok := retryAfter(err); ok {
		return false
	}
	st := restStatus(err)
	return st == 0 || st >= 500
}

// findThread returns the bot's active thread in parent named name and opened after the
// snowflake after, or nil.
func (a *Adapter) findThread(guildID, parent, name, after string, opts []discordgo.RequestOption) (*discordgo.Channel, error) {
	list, err := a.s.GuildThreadsActive(guildID, opts...)
	if err != nil {
		return nil, fmt.Errorf("look for a thread an earlier attempt opened: %w", err)
	}
	for _, th := range list.Threads {
		if th.ParentID == parent && th.Name == name && th.OwnerID == a.self() && idLess(after, th.ID) {
			return th, nil
		}
	}
	return nil, nil
}

// discordCode returns the JSON error code of a failed REST call, or 0.
func discordCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}
