package offline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// "Send the booking confirmation by email too" asks for a channel the design may already have:
// when one of its parts already sends email, the answer says which and through what, from the
// design's own parts, instead of reading "email" as the name of a missing component.

var (
	// emailAskRe finds a request to reach people by email as well.
	emailAskRe  = regexp.MustCompile(`\b(?:by|via|over|as an?|through) e-?mails?\b|\be-?mail (?:them|it|the|a copy|too|as well)\b|\be-?mails? (?:too|as well)\b`)
	emailTechRe = regexp.MustCompile(`(?i)\b(?:ses|sendgrid|postmark|mailgun|e-?mail|smtp)\b`)
)

// answerEmailChannel answers a request for email with the design's part that already sends it;
// it returns "" when the design sends no email, so the request is read as a change.
func answerEmailChannel(g bot.Grounding, q string) string {
	if !emailAskRe.MatchString(q) {
		return ""
	}
	var via, senders []string
	for _, c := range g.Components {
		if c.Kind == "external" && emailTechRe.MatchString(c.Technology) {
			via = append(via, fmt.Sprintf("%s (%s)", c.Name, c.Technology))
		}
	}
	if len(via) == 0 {
		return ""
	}
	for _, c := range g.Components {
		if c.Kind != "external" && emailTechRe.MatchString(c.Description+" "+strings.Join(c.Flows, " ")) {
			senders = append(senders, c.Name)
		}
	}
	who := "The design's senders"
	if len(senders) > 0 {
		who = strings.Join(senders, ", ")
	}
	return fmt.Sprintf("**Email is already a channel here.** %s send email through %s, for the people the events concern, once per event (its id is the idempotency key). Nothing changes in the design; if a message it does not send yet should go by email, say which event it follows. %s",
		who, strings.Join(via, ", "), cite(conversation.Architecture, conversation.Reliability))
}
