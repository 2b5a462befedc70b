package offline

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

type alertChannelWord struct {
	re            *regexp.Regexp
	channel, tech string
}

// alertChannelWords are the ways a statement says alerts reach people, each with the channel and
// the technology that carries it. The order is the order the design lists them in.
var alertChannelWords = []alertChannelWord{
	{regexp.MustCompile(`(?i)\b(?:sms|text messages?|texted|texting|(?:a|by|via) texts?)\b`), "SMS", "an SMS gateway (Twilio or a local aggregator) with delivery receipts"},
	{regexp.MustCompile(`(?i)\bwhatsapp\b`), "WhatsApp", "the WhatsApp Business API"},
	{regexp.MustCompile(`(?i)\b(?:voice calls?|phone calls?|robocalls?|rings? them)\b`), "voice calls", "a voice API (Twilio Voice) reading the alert out"},
	{regexp.MustCompile(`(?i)\bpush notifications?\b|\b(?:by|via) push\b`), "push", "APNs and FCM push"},
	{regexp.MustCompile(`(?i)\be-?mails?\b|\bemailed\b`), "email", "a transactional email service (SES or SendGrid)"},
	{regexp.MustCompile(`(?i)\bpagerduty\b|\bopsgenie\b`), "PagerDuty", "PagerDuty"},
	{regexp.MustCompile(`(?i)\bslack\b`), "Slack", "Slack"},
}

// statedAlertChannels is the alert channels component's technology and description where the
// statement says how alerts reach people ("farmers get alerts by SMS"): a grower texted about
// frost has no PagerDuty. ok is false where it names no channel, and the catalogue's stands.
func statedAlertChannels(problem string) (tech, desc string, ok bool) {
	var channels, techs []string
	for _, w := range alertChannelWords {
		if w.re.MatchString(problem) {
			channels, techs = append(channels, w.channel), append(techs, w.tech)
		}
	}
	if len(channels) == 0 {
		return peopleAlertChannels(problem)
	}
	desc = "Where firing alerts go: " + series(channels, "and", "")
	if who := notified(problem); who != "" {
		desc = "How alerts reach " + who + ": " + series(channels, "and", "") + ", as the statement asks"
	}
	return strings.Join(techs, "; "), desc, true
}

// channelsSaid reports a statement saying how alerts reach people.
func channelsSaid(problem string) bool {
	return slices.ContainsFunc(alertChannelWords, func(w alertChannelWord) bool { return w.re.MatchString(problem) })
}

// opsRoles are the people an operations team pages: for them the catalogue's PagerDuty and Slack
// are right.
var opsRoles = set("engineer", "engineers", "sre", "sres", "operator", "operators", "on-call", "oncall", "team", "ops", "admin", "admins", "administrator")

// peopleAlertChannels is how a statement that names no channel reaches the person its alert is
// for ("the winery is told when a block crosses 24 Brix"): the phone in their pocket and their
// inbox, not an on-call paging tool; ok is false for an ops team's alerts.
func peopleAlertChannels(problem string) (tech, desc string, ok bool) {
	a, found := readCondAlert(problem)
	if !found || opsRoles[strings.ToLower(lastWord(a.who))] {
		return "", "", false
	}
	who := strings.TrimPrefix(strings.TrimPrefix(a.who, "the "), "The ")
	return "APNs and FCM push; an SMS gateway (Twilio or a local aggregator) with delivery receipts; a transactional email service (SES or SendGrid)",
		"How alerts reach the " + who + ": a push to their phone, an SMS when it is not acknowledged, and email for the record", true
}

// fleetAlertChannels is how a device fleet's alerts reach the people who keep the devices' things
// (beekeepers' hives, a shop's fridges) when the statement names no channel and no one an
// operations team would page: their phones and inboxes, not the catalogue's PagerDuty, which is
// for an on-call rota watching servers. ok is false for any other design.
func fleetAlertChannels(problem string, features []string) (tech, desc string, ok bool) {
	if !slices.Contains(features, "iot") || slices.Contains(features, "metrics") {
		return "", "", false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(problem), func(r rune) bool { return r != '-' && !unicode.IsLetter(r) }) {
		if opsRoles[w] {
			return "", "", false
		}
	}
	return "APNs and FCM push; an SMS gateway (Twilio or a local aggregator) with delivery receipts; a transactional email service (SES or SendGrid)",
		"How alerts reach the people who look after what the devices watch: a push to their phone, an SMS when it is not acknowledged, and email for the record", true
}
