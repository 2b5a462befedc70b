package slack

import (
	"context"
	"regexp"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/archbot/archbot/bot"
)

// usage is what /design with no text, /design help, or an empty mention answers.
const usage = "*archbot designs distributed systems with you, in a thread.*\n" +
	"• `/design <problem>` starts a design, e.g. `/design a photo sharing app like Instagram for 50M daily users`\n" +
	"• Mention @archbot with a problem in a channel, or send it to me in a DM, to start one in that thread.\n" +
	"• In the thread, just write: ask a question, ask for a change (\"use Cassandra for posts\", \"make it 200M DAU\"), " +
	"or say `show <section>`, `export`, `diagram`, `history`, `undo`, `help`."

// onEvent routes one Events API callback. Without a dispatcher it returns at once and the work
// runs in a goroutine the adapter owns; with one, the event is queued before it returns, and an
// error means it was not (Slack should redeliver). Redeliveries go through too: the event id is
// deduplicated (by the engine, or when queued), which also holds when two replicas receive the
// same event.
func (a *Adapter) onEvent(ctx context.Context, ev slackevents.EventsAPIEvent) error {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return nil
	}
	team := ev.TeamID
	if foreign, err := a.foreign(ctx, team, "event"); foreign || err != nil {
		return err
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.Edited != nil || e.User == "" {
			a.engine.Metrics().Event("slack", "ignored")
			return nil
		}
		a.engine.Metrics().Event("slack", "mention")
		return a.accept(ctx, "app_mention", func(ctx context.Context) error { return a.mention(ctx, team, cb.EventID, e) })
	case *slackevents.MessageEvent:
		// Edits, deletions, joins and bot posts carry a subtype; a reply also sent to the
		// channel is still the user's message.
		if (e.SubType != "" && e.SubType != "thread_broadcast") || e.BotID != "" || e.User == "" {
			a.engine.Metrics().Event("slack", "ignored")
			return nil
		}
		a.engine.Metrics().Event("slack", "message")
		parent := parentUser(cb)
		return a.accept(ctx, "message", func(ctx context.Context) error { return a.message(ctx, team, cb.EventID, e, parent) })
	}
	return nil
}

// foreign reports whether team is not the workspace archbot's bot token belongs to (auth.test).
// An app installed in several workspaces signs every request with one secret, but this archbot
// acts for one workspace only, and its token must not answer another's users. err means archbot
// cannot tell who it is yet (Slack should redeliver).
func (a *Adapter) foreign(ctx context.Context, team, what string) (bool, error) {
	self, err := a.identity(ctx)
	if err != nil {
		a.log.ErrorContext(ctx, "cannot tell archbot's workspace", "err", err)
		return false, err
	}
	if team == self.teamID {
		return false, nil
	}
	a.engine.Metrics().Event("slack", "foreign_team")
	a.log.WarnContext(ctx, "refused a request from another workspace", "what", what, "team", team, "own_team", self.teamID)
	return true, nil
}

// accept takes on what an event asks: with a dispatcher at once, since it only queues the turn
// and its error must reach Slack, which then redelivers the event; without one in a goroutine of
// its own, since the turn runs there and Slack wants its answer within three seconds.
func (a *Adapter) accept(ctx context.Context, what string, work func(ctx context.Context) error) error {
	if a.dispatch != nil {
		return work(ctx)
	}
	a.spawn(ctx, what, func(ctx context.Context) { _ = work(ctx) })
	return nil
}

// mention starts a design in the mentioning message's thread, or is a follow-up in a thread
// archbot owns.
func (a *Adapter) mention(ctx context.Context, team, eventID string, e *slackevents.AppMentionEvent) error {
	self, other, err := a.fromOther(ctx, e.User)
	if !other {
		return err
	}
	return a.converse(ctx, team, e.Channel, threadOf(e.TimeStamp, e.ThreadTimeStamp), e.ThreadTimeStamp != "", e.User, e.Text, eventID, self)
}

// fromOther returns archbot's identity and whether user is someone else: archbot ignores its own
// posts. other is false, with the error, when archbot cannot tell who it is.
func (a *Adapter) fromOther(ctx context.Context, user string) (self identity, other bool, err error) {
	self, err = a.identity(ctx)
	if err != nil {
		a.log.ErrorContext(ctx, "cannot tell archbot's own user", "err", err)
		return self, false, err
	}
	return self, user != self.userID, nil
}

// threadOf is the thread a message belongs to: its thread, or the one it starts.
func threadOf(ts, threadTS string) string {
	if threadTS != "" {
		return threadTS
	}
	return ts
}

// message handles a plain message: in a DM it starts or continues a design; in a channel only a
// reply in a thread archbot owns counts (mentions come as app_mention events).
// parent is the user who wrote the thread's first message (Slack's parent_user_id).
func (a *Adapter) message(ctx context.Context, team, eventID string, e *slackevents.MessageEvent, parent string) error {
	self, other, err := a.fromOther(ctx, e.User)
	if !other {
		return err
	}
	if e.ChannelType == "im" || strings.HasPrefix(e.Channel, "D") {
		return a.converse(ctx, team, e.Channel, threadOf(e.TimeStamp, e.ThreadTimeStamp), e.ThreadTimeStamp != "", e.User, e.Text, eventID, self)
	}
	if e.ThreadTimeStamp == "" || mentions(e.Text, self.userID) {
		return nil
	}
	ref := a.ref(team, e.Channel, e.ThreadTimeStamp)
	msg := bot.Message{Thread: ref, Author: e.User, AuthorID: e.User, Text: cleanText(e.Text, self.userID), EventID: eventID}
	// A thread archbot began (/design) is its own even when Redis lost its state: the engine
	// then says so, rather than archbot falling silent.
	if parent == self.userID {
		return a.turn(ctx, msg, e.Channel, e.ThreadTimeStamp, nil)
	}
	var owned bool
	if a.dispatch != nil {
		if owned, err = a.queueIfOwned(ctx, msg, e.Channel, e.ThreadTimeStamp); err != nil || owned {
			return err
		}
	} else if owned, err = a.engine.Owns(ctx, ref); err != nil {
		// Staying quiet beats posting errors into threads that may not be archbot's.
		a.log.ErrorContext(ctx, "check thread ownership", "thread", ref.Key(), "err", err)
		return err
	}
	if !owned {
		a.log.DebugContext(ctx, "ignoring a message in a thread archbot does not own", "thread", ref.Key())
		return nil
	}
	return a.turn(ctx, msg, e.Channel, e.ThreadTimeStamp, nil)
}

// queueIfOwned queues msg's turn when archbot owns its thread, and reports whether it does: the
// ownership check rides in the enqueue's round trip. It needs a dispatcher.
func (a *Adapter) queueIfOwned(ctx context.Context, msg bot.Message, channel, thread string) (bool, error) {
	_, owned, err := a.dispatch.SubmitOwned(ctx, msg, threadData(channel, thread, nil))
	if err != nil {
		a.log.ErrorContext(ctx, "queue turn", "thread", msg.Thread.Key(), "err", err)
	}
	return owned, err
}

// converse runs a message addressed to archbot (a mention, a DM): a follow-up in a thread it
// owns, else a new design in the message's thread.
func (a *Adapter) converse(ctx context.Context, team, channel, thread string, inThread bool, user, raw, eventID string, self identity) error {
	ref := a.ref(team, channel, thread)
	text := cleanText(raw, self.userID)
	if inThread && a.dispatch != nil && text != "" && !strings.EqualFold(text, "help") {
		// A follow-up in a thread archbot owns is queued in the round trip that checks it is;
		// in one it does not, the message starts a design there.
		msg := bot.Message{Thread: ref, Author: user, AuthorID: user, Text: text, EventID: eventID}
		if owned, err := a.queueIfOwned(ctx, msg, channel, thread); err != nil || owned {
			return err
		}
		msg.New = true
		return a.turn(ctx, msg, channel, thread, nil)
	}
	owned := false
	if inThread {
		var err error
		if owned, err = a.engine.Owns(ctx, ref); err != nil {
			// Let the engine try: it tells the user in plain words if the store is down.
			a.log.WarnContext(ctx, "check thread ownership", "thread", ref.Key(), "err", err)
		}
	}
	if !owned && (text == "" || strings.EqualFold(text, "help")) {
		if _, err := a.post(ctx, channel, thread, usage, nil); err != nil {
			a.log.ErrorContext(ctx, "post usage", "thread", ref.Key(), "err", err)
		}
		return nil
	}
	return a.turn(ctx, bot.Message{Thread: ref, Author: user, AuthorID: user, Text: text, EventID: eventID, New: !owned}, channel, thread, nil)
}

// onCommand handles /design. It returns the payload to acknowledge with: usage for an empty
// command or help (Slack shows it to the user only), nil when a design starts. It never waits on
// Slack: with a dispatcher it only queues the command, whose job posts the root message (paced
// with the channel's other posts, which can take seconds) and queues the design.
func (a *Adapter) onCommand(ctx context.Context, cmd slack.SlashCommand) map[string]any {
	a.engine.Metrics().Event("slack", "command")
	if foreign, err := a.foreign(ctx, cmd.TeamID, "command"); foreign || err != nil {
		if err != nil {
			return map[string]any{"response_type": "ephemeral", "text": "I couldn't start that design; please try again in a minute."}
		}
		return map[string]any{"response_type": "ephemeral", "text": "This archbot serves another Slack workspace."}
	}
	text := strings.TrimSpace(cmd.Text)
	if text == "" || strings.EqualFold(text, "help") {
		return map[string]any{"response_type": "ephemeral", "text": usage}
	}
	author := cmd.UserName
	if author == "" {
		author = cmd.UserID
	}
	o := opening{team: cmd.TeamID, channel: cmd.ChannelID, userID: cmd.UserID, author: author,
		problem: cleanText(text, ""), trigger: cmd.TriggerID, responseURL: cmd.ResponseURL}
	if a.dispatch != nil {
		// Queued before Slack is answered, so a replica that dies now loses nothing; a retried
		// request (the same trigger) is queued once, so it opens one thread.
		if err := a.queueOpening(ctx, o); err != nil {
			return map[string]any{"response_type": "ephemeral", "text": "I couldn't start that design; please try again in a minute."}
		}
		return nil
	}
	if !a.spawn(ctx, "slash command", func(ctx context.Context) { _ = a.design(ctx, o) }) {
		return map[string]any{"response_type": "ephemeral", "text": "archbot is restarting; please try again in a minute."}
	}
	return nil
}

// opening is a /design command: who asked what, where. resumed says an earlier run of its job
// stopped part-way, maybe after posting the root message.
type opening struct {
	team, channel, userID, author, problem string
	trigger, responseURL                   string
	resumed                                bool
}

// design opens a thread for a /design command with a root message and runs (or, with a
// dispatcher, queues) the design in it.
func (a *Adapter) design(ctx context.Context, o opening) error {
	text := rootText(clip(o.problem, 150), o.userID)
	ts, found := "", false
	if o.resumed {
		// A root still bearing the problem, not a title, was posted by the earlier run and its
		// design perhaps never queued.
		ts, found = a.postedRoot(ctx, o.channel, text)
	}
	if !found {
		var err error
		if ts, err = a.post(ctx, o.channel, "", text, nil); err != nil {
			a.log.WarnContext(ctx, "post root message", "channel", o.channel, "err", err)
			// Typically a private channel archbot is not in; response_url reaches the user anyway.
			a.answer(ctx, o, "I can't post in this channel. Invite me with `/invite @archbot` and try again, or DM me the problem.")
			return nil
		}
	}
	msg := bot.Message{Thread: a.ref(o.team, o.channel, ts), Author: o.author, AuthorID: o.userID,
		Text: o.problem, EventID: o.trigger, New: true}
	root := &rootMessage{ts: ts, userID: o.userID}
	if a.dispatch == nil {
		a.handle(ctx, msg, a.sink(o.channel, ts, root))
		return nil
	}
	queued, err := a.submit(ctx, msg, o.channel, ts, root)
	switch {
	case err != nil:
		if _, perr := a.post(ctx, o.channel, ts, "I couldn't start this design; please run the command again in a minute.", nil); perr != nil {
			a.log.ErrorContext(ctx, "tell the user a design was not queued", "err", perr)
		}
		return err
	case !queued && !found:
		// The earlier run of this job opened its thread and queued the design there (the
		// design's event id is the command's trigger); the root just posted is surplus.
		if _, _, err := a.api.DeleteMessageContext(ctx, o.channel, ts); err != nil {
			a.log.WarnContext(ctx, "delete a second root message", "channel", o.channel, "err", err)
		}
	}
	return nil
}

// postedRoot finds the root message an earlier run of a /design job posted before it stopped:
// archbot's newest top-level message in the channel with the same text. History comes newest
// first and a stopped job is taken over within a minute, so the first page is enough.
func (a *Adapter) postedRoot(ctx context.Context, channel, text string) (string, bool) {
	self, err := a.identity(ctx)
	if err != nil {
		return "", false
	}
	msgs, err := a.history(ctx, slack.GetConversationHistoryParameters{ChannelID: channel, Limit: 200})
	if err != nil {
		a.log.WarnContext(ctx, "look for the root message of a resumed command; posting it", "channel", channel, "err", err)
		return "", false
	}
	for _, m := range msgs {
		mine := m.User == self.userID || (self.botID != "" && m.BotID == self.botID)
		if mine && m.Text == text && (m.ThreadTimestamp == "" || m.ThreadTimestamp == m.Timestamp) {
			return m.Timestamp, true
		}
	}
	return "", false
}

// answer tells the user who ran a command something only they see, through its response_url.
func (a *Adapter) answer(ctx context.Context, o opening, text string) {
	if o.responseURL == "" {
		return
	}
	msg := &slack.WebhookMessage{ResponseType: "ephemeral", Text: text}
	if err := slack.PostWebhookContext(ctx, o.responseURL, msg); err != nil {
		a.log.ErrorContext(ctx, "answer slash command", "err", err)
	}
}

// onInteraction maps a click on the closing message's buttons to the follow-up it stands for.
// With a dispatcher the follow-up is queued before it returns; an error means it was not.
func (a *Adapter) onInteraction(ctx context.Context, cb slack.InteractionCallback) error {
	a.engine.Metrics().Event("slack", "interaction")
	if cb.Type != slack.InteractionTypeBlockActions {
		return nil
	}
	if foreign, err := a.foreign(ctx, cb.Team.ID, "interaction"); foreign || err != nil {
		return err
	}
	for _, act := range cb.ActionCallback.BlockActions {
		text, ok := actionFollowUps[act.ActionID]
		if !ok {
			continue
		}
		channel := cb.Container.ChannelID
		if channel == "" {
			channel = cb.Channel.ID
		}
		thread := cb.Container.ThreadTs
		if thread == "" {
			thread = cb.Message.ThreadTimestamp
		}
		if thread == "" || channel == "" {
			return nil
		}
		team := cb.Team.ID
		author := cb.User.Name
		if author == "" {
			author = cb.User.ID
		}
		msg := bot.Message{Thread: a.ref(team, channel, thread), Author: author, AuthorID: cb.User.ID,
			Text: text, EventID: cb.TriggerID + ":" + act.ActionID}
		return a.accept(ctx, "button", func(ctx context.Context) error { return a.turn(ctx, msg, channel, thread, nil) })
	}
	return nil
}

func (a *Adapter) sink(channel, thread string, root *rootMessage) *threadSink {
	// Assistant threads live in the app's DMs; elsewhere setStatus only fails.
	return &threadSink{a: a, channel: channel, threadTS: thread, root: root, assistant: strings.HasPrefix(channel, "D")}
}

var (
	slackLinkRe = regexp.MustCompile(`<([^<>|]*)(?:\|([^<>]*))?>`)
	unescaper   = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")
)

// mentions reports whether text mentions the user.
func mentions(text, userID string) bool {
	return userID != "" && (strings.Contains(text, "<@"+userID+">") || strings.Contains(text, "<@"+userID+"|"))
}

// cleanText turns Slack's message markup into the plain text the engine reads: archbot's own
// mention goes, other mentions, channels and links become readable, and entities are decoded.
func cleanText(text, selfID string) string {
	text = slackLinkRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := slackLinkRe.FindStringSubmatch(m)
		target, label := sub[1], sub[2]
		switch {
		case selfID != "" && (target == "@"+selfID):
			return ""
		case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "!"):
			if label != "" {
				return "@" + label
			}
			return "@" + strings.TrimPrefix(strings.TrimPrefix(target, "@"), "!")
		case strings.HasPrefix(target, "#"):
			if label != "" {
				return "#" + label
			}
			return target
		case label != "" && label != target:
			return label + " (" + target + ")"
		default:
			return target
		}
	})
	return strings.TrimSpace(unescaper.Replace(text))
}
