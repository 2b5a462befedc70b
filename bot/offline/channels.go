package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A request for messages on a channel ("add SMS pickup reminders") asks for that channel: the
// design's own way to reach people is used when it has one, and a text message is sent through
// an SMS provider, not as a push to an app.

var (
	// smsAskRe finds a request for text messages.
	smsAskRe = regexp.MustCompile(`\b(?:sms|text messages?|texts|by text|via text|texting|whatsapp)\b`)
	// channelTechRe finds a component that reaches people: push, SMS or email providers.
	channelTechRe = regexp.MustCompile(`(?i)\b(?:apns|fcm|twilio|vonage|sms|ses|sendgrid|email)\b`)
	smsTechRe     = regexp.MustCompile(`(?i)\b(?:twilio|vonage|sms)\b`)
)

// reachesPeople is the design's component that delivers notifications on a channel the request
// asks for (an SMS-capable one for texts), or "".
func reachesPeople(g bot.Grounding, what string) string {
	for _, c := range g.Components {
		if c.Kind != "external" || !channelTechRe.MatchString(c.Technology) {
			continue
		}
		if smsAskRe.MatchString(what) && !smsTechRe.MatchString(c.Technology) {
			continue
		}
		return c.Name
	}
	return ""
}

// withoutHeldChannel takes notifications out of the features a request adds when the design
// already reaches people on the channel asked for, and says through which part.
func withoutHeldChannel(g bot.Grounding, what string, add []string) ([]string, string) {
	if !slices.Contains(add, "notifications") {
		return add, ""
	}
	held := reachesPeople(g, what)
	if held == "" {
		return add, ""
	}
	return slices.DeleteFunc(slices.Clone(add), func(id string) bool { return id == "notifications" }), "The design already reaches people through " + held + ", so the messages go out through it."
}

// channelFor makes the parts a request adds reach people on the channel it asks for: through
// the design's own channel when it has one (held), else through an SMS provider for texts, in
// place of push providers the request would add or beside the ones the design has.
func channelFor(old, comps []conversation.Component, what, held string) []conversation.Component {
	const push, sms = "Push providers", "SMS provider"
	fresh := !slices.ContainsFunc(old, func(c conversation.Component) bool { return c.Name == push })
	i := slices.IndexFunc(comps, func(c conversation.Component) bool { return c.Name == push })
	switch {
	case i < 0:
		return comps
	case held != "" && fresh:
		comps = slices.Delete(comps, i, i+1)
		repoint(comps, push, held, "")
	case !smsAskRe.MatchString(what) || slices.ContainsFunc(comps, func(c conversation.Component) bool { return smsTechRe.MatchString(c.Technology) }):
	case fresh:
		comps[i] = smsComponent(sms)
		repoint(comps, push, sms, "texts")
	default:
		comps = append(comps, smsComponent(sms))
		for j := range comps {
			if k := slices.Index(comps[j].TalksTo, push); k >= 0 {
				comps[j].TalksTo = append(comps[j].TalksTo, sms)
				comps[j].Flows = append(comps[j].Flows, "texts")
			}
		}
	}
	return comps
}

func smsComponent(name string) conversation.Component {
	return conversation.Component{Name: name, Kind: "external", Technology: "Twilio or Vonage (SMS) with a second provider for failover", Description: "Sends text messages to phones and posts delivery receipts back to a webhook (added in conversation)"}
}

// repoint moves every call to from onto to, renaming "push" in its flow when word is set.
func repoint(comps []conversation.Component, from, to, word string) {
	for j := range comps {
		for k, t := range comps[j].TalksTo {
			if t != from {
				continue
			}
			comps[j].TalksTo[k] = to
			if word != "" && k < len(comps[j].Flows) {
				comps[j].Flows[k] = strings.ReplaceAll(comps[j].Flows[k], "push", word)
			}
		}
	}
}
