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
	// pushWordRe finds the push channel in a flow's label ("APNs/FCM push"): a text goes through
	// neither APNs nor FCM.
	// textAlertRe finds "text" as a channel before what is sent: "text alerts", "text reminders".
	textAlertRe = regexp.MustCompile(`(?i)\btext (alerts?|notifications?|reminders?|updates?)\b`)
	// sendAskRe finds a request that sends people something, whatever the verb.
	sendAskRe = regexp.MustCompile(`(?i)\b(?:notify|notifications?|alerts?|remind|reminders?|send|sends|text|texts|texting|updates?|messages?|sms)\b`)
	// textVerbRe finds "text" as the verb of a request: "text the pickers when ...".
	textVerbRe = regexp.MustCompile(`(?i)^(?:please\s+|(?:can|could) you\s+|we (?:need|want) to\s+)?text\s+(?:the|our|a|all|each|every|their|them|people|users|customers)\b`)
	// occasionRe finds what a text is sent for: "when the bus is 5 minutes away", "after a
	// booking is cancelled".
	occasionRe = regexp.MustCompile(`(?i)\b(?:when|whenever|if|after|before|once|as soon as|about)\b.*$`)
	pushWordRe = regexp.MustCompile(`(?i)(?:(?:apns|fcm)(?:/(?:apns|fcm))?\s+)?push`)
)

// planTextRequest reads a request to reach people by text however it is worded ("add SMS
// notifications", "please add text alerts when a booking is cancelled", "we'd like to notify
// guests by SMS"): texts beside the push the design has, else the notifications capability sent
// as texts.
func planTextRequest(g bot.Grounding, t string, force bool) (*change, bool) {
	if !asksTexts(t) {
		return nil, false
	}
	ids, _ := detect(t)
	for _, id := range ids {
		if id != "core" && id != "generic" && id != "notifications" && !slices.Contains(g.Requirements.Features, id) {
			return nil, false // "add SMS reminders for scheduled rides": reminders is a capability, added with its channel
		}
	}
	// Whatever the verb, the request is for SMS notifications on its occasion.
	what := strings.TrimSpace("sms notifications " + occasionRe.FindString(t))
	if ch := planTexts(g, what, []string{"notifications"}); ch != nil {
		return ch, true
	}
	if slices.Contains(g.Requirements.Features, "notifications") {
		return nil, false // the design texts people already: "add" says through which part
	}
	return planAdd(g, "add sms notifications", force)
}

// asksTexts reports whether t asks to send people texts, not a question about them or their removal.
func asksTexts(t string) bool {
	return (smsAskRe.MatchString(t) || textAlertRe.MatchString(t) || textVerbRe.MatchString(t)) && sendAskRe.MatchString(t) && !dropWords.MatchString(t) &&
		!(questionRe.MatchString(t) && strings.HasSuffix(t, "?")) && !strings.HasPrefix(t, "what if")
}

// planTexts adds texts to a design that already notifies people by push and has no SMS
// channel: "add SMS notifications" is a second channel beside push, not the push notifications
// the design has. It returns nil for any other request.
func planTexts(g bot.Grounding, what string, ids []string) *change {
	if !slices.Contains(ids, "notifications") || !slices.Contains(g.Requirements.Features, "notifications") ||
		!smsAskRe.MatchString(what) || reachesPeople(g, what) != "" {
		return nil
	}
	comps := channelFor(g.Components, cloneComps(g.Components), what, "")
	if len(comps) == len(g.Components) {
		return nil // nothing sends push here, so there is no sender to give texts to
	}
	var senders []string
	for _, c := range comps {
		if slices.Contains(c.TalksTo, "SMS provider") {
			senders = append(senders, c.Name)
		}
	}
	req := cloneReq(g.Requirements)
	occasion := occasionRe.FindString(what)
	line := "Text messages (SMS) " + strings.TrimSpace(occasion+" to people who opted in to texts, for those without the app or with push turned off")
	req.Functional = append(req.Functional, line)
	for i := range comps {
		if comps[i].Name == "SMS provider" {
			comps[i].Description = strings.Replace(comps[i].Description, "(added in conversation)", "(needed for: SMS notifications, added in conversation)", 1)
		}
	}
	return &change{decision: "Add SMS notifications", rationale: "requested in the conversation; " + strings.Join(senders, ", ") + " sends texts through SMS provider as well as push",
		req: &req, comps: comps,
		reply: "Push stays for app users; " + strings.Join(senders, ", ") + " now also sends texts through SMS provider (Twilio or Vonage, a second provider for failover). A text costs money per message and is slow to retry, so it goes only to people who opted in to texts, once per event (the event id is the idempotency key), and delivery receipts come back on a webhook."}
}

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
				comps[j].Flows[k] = pushWordRe.ReplaceAllString(comps[j].Flows[k], word)
			}
		}
	}
}

// pushWords says what the design's push goes through and why, for the phones' push services or,
// in a design with only a browser client, the browsers' own (components.go: browserPush).
func (r *renderer) pushWords(name string) string {
	web := strings.Contains(r.tech("pushprov"), "Web Push")
	switch {
	case name == "push_service" && web:
		return "the browsers' push services"
	case name == "push_service":
		return "APNs/FCM"
	case name == "push_rejected" && web:
		return "keeping the page open with a live connection"
	case name == "push_rejected":
		return "keeping a background connection open on mobile"
	case web:
		return "a closed tab holds no connection; only the browser's push service can wake it"
	}
	return "mobile OSes kill background sockets; push is the only reliable wake-up"
}
