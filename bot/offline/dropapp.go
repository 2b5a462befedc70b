package offline

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/bot"
)

var (
	// dropAppRe finds a request to ship no phone app: "drop the mobile app", "we don't need iOS
	// and Android apps", "no native apps", "make it web only".
	dropAppRe = regexp.MustCompile(`(?i)\b(?:drop|remove|get rid of|cut|skip|without|no|(?:don'?t|do not|no longer) (?:need|want|build)|won'?t build)\b.{0,30}\b(?:mobile|native|ios|android|phone|iphone|smartphone)\b.{0,20}\bapps?\b|\b(?:web|browser)[- ]only\b|\bonly (?:a )?(?:website|web app)\b`)
	// phoneTechRe finds a client part that ships phone apps.
	phoneTechRe = regexp.MustCompile(`(?i)\b(?:ios|android|mobile|phone)\b`)
	// phonePushRe finds a push channel that reaches installed phone apps only.
	phonePushRe = regexp.MustCompile(`(?i)\bAPNs(?: \(iOS\))?(?: and |/| )?(?:FCM)?(?: \(Android\))?`)
)

// webClients is what people use once the phone apps go.
const webClients = "web app in the browser (responsive, so it works in phones' browsers too)"

// planDropApp makes the clients a web app: the phone apps go, and with them the push channel
// that only reaches installed apps; the API and everything behind it stay as they are.
func planDropApp(g bot.Grounding, t string) (*change, bool) {
	if !dropAppRe.MatchString(t) || questionRe.MatchString(t) && strings.HasSuffix(t, "?") {
		return nil, false
	}
	comps := cloneComps(g.Components)
	at := -1
	for i, c := range comps {
		if c.Kind == "client" && phoneTechRe.MatchString(c.Technology) {
			at = i
			break
		}
	}
	if at < 0 {
		var clients []string
		for _, c := range comps {
			if c.Kind == "client" {
				clients = append(clients, c.Name+" ("+c.Technology+")")
			}
		}
		return &change{unsupported: "This design ships no phone app: its clients are " + list(clients, "not named") + ", so there is nothing to drop. (see Architecture)"}, true
	}
	was := comps[at].Technology
	comps[at].Technology = webClients
	reply := comps[at].Name + ": " + was + " → " + webClients + ". The API and everything behind it stay as they are; app-store releases and forced upgrades for old app versions go."
	for i, c := range comps {
		if c.Kind != "external" || !phonePushRe.MatchString(c.Technology) {
			continue
		}
		comps[i].Technology = "Web Push (VAPID) to browsers that allowed notifications"
		reply += " " + c.Name + " now deliver Web Push to browsers instead of APNs/FCM to apps: a browser that was never opened or has notifications blocked gets nothing, so for messages that must land, add email or SMS (\"add SMS notifications\")."
		for j := range comps {
			for k, to := range comps[j].TalksTo {
				if to == c.Name && k < len(comps[j].Flows) {
					comps[j].Flows[k] = pushWordRe.ReplaceAllString(comps[j].Flows[k], "web push")
				}
			}
		}
	}
	return &change{decision: "Drop the phone apps: " + comps[at].Name + " become a web app", rationale: "asked in the conversation; one client to build and release instead of three",
		comps: comps, reply: reply}, true
}
