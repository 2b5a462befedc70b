package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/archbot/archbot/bot"
)

// ThreadRoot reads the thread from Slack for a turn that found no state for it: whether archbot
// posted there before (its state was lost) and the problem statement of the thread's first
// message, which `regenerate` rebuilds the design from. A /design turn's own thread is new by
// construction and costs no call.
func (s *threadSink) ThreadRoot(ctx context.Context) (bot.ThreadRoot, error) {
	if s.root != nil && s.root.ts == s.threadTS {
		return bot.ThreadRoot{}, nil
	}
	self, err := s.a.identity(ctx)
	if err != nil {
		return bot.ThreadRoot{}, fmt.Errorf("read thread root: %w", err)
	}
	msgs, _, err := s.a.replies(ctx, slack.GetConversationRepliesParameters{ChannelID: s.channel, Timestamp: s.threadTS, Limit: 100})
	if err != nil {
		return bot.ThreadRoot{}, fmt.Errorf("read thread root: %w", err)
	}
	var root bot.ThreadRoot
	for i, m := range msgs {
		mine := m.User == self.userID || (self.botID != "" && m.BotID == self.botID)
		root.Answered = root.Answered || mine
		if i == 0 {
			root.Statement = rootStatement(m.Text, mine, self.userID)
		}
	}
	return root, nil
}

// parentUser is the parent_user_id of a thread reply's event (who wrote the thread's first
// message), which slackevents does not decode; "" when absent.
func parentUser(cb *slackevents.EventsAPICallbackEvent) string {
	if cb == nil || cb.InnerEvent == nil {
		return ""
	}
	var e struct {
		ParentUserID string `json:"parent_user_id"`
	}
	if json.Unmarshal(*cb.InnerEvent, &e) != nil {
		return ""
	}
	return e.ParentUserID
}

// rootStatement is the problem a thread's first message asked for: a user's message without
// archbot's mention, or the subject of archbot's own /design root ("Designing: *…*, asked by"),
// which holds the statement's first 150 characters until the design's title replaces it.
func rootStatement(text string, mine bool, selfID string) string {
	if !mine {
		return cleanText(text, selfID)
	}
	rest, ok := strings.CutPrefix(text, "Designing: *")
	if !ok {
		return ""
	}
	end := strings.LastIndex(rest, "*, asked by")
	if end < 0 {
		return ""
	}
	return strings.TrimSuffix(html.UnescapeString(rest[:end]), "…")
}
