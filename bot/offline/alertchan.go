package offline

import (
	"regexp"
	"strings"
)

// alertChannelWords are the ways a statement says alerts reach people, each with the channel and
// the technology that carries it. The order is the order the design lists them in.
var alertChannelWords = []struct {
	re            *regexp.Regexp
	channel, tech string
}{
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
		return "", "", false
	}
	desc = "Where firing alerts go: " + series(channels, "and", "")
	if who := notified(problem); who != "" {
		desc = "How alerts reach " + who + ": " + series(channels, "and", "") + ", as the statement asks"
	}
	return strings.Join(techs, "; "), desc, true
}
