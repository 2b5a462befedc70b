package offline

import (
	"regexp"
	"strings"
)

// notifiedRe finds whom a statement says to tell of something: "notify QA", "alert the quality
// manager", "email the shipper", "page the pharmacist on call".
var notifiedRe = regexp.MustCompile(`(?i)\b(?:notify|notifies|alert|alerts|page|pages|email|emails|tell|tells|inform|informs|warn|warns)\s+` +
	`((?:the|our|their|its)\s+)?([A-Za-z][A-Za-z-]*(?:\s+(?:team|manager|managers|lead|desk|officer|department|staff|on duty|on call))?)\b`)

// notNotified are words after "alert" or "notify" that name no one ("alert when", "notify us").
var notNotified = set("when", "if", "us", "them", "me", "you", "him", "her", "it", "everyone", "anyone", "someone", "users", "user", "and", "or",
	"within", "on", "about", "of", "after", "before", "immediately", "automatically", "all", "any")

// notifiedSaid is who the statement says is told, with its article ("QA", "the shipper"), or ""
// when it names no one.
func notifiedSaid(problem string) string {
	for _, m := range notifiedRe.FindAllStringSubmatch(problem, -1) {
		if notNotified[strings.ToLower(strings.Fields(m[2])[0])] {
			continue
		}
		return strings.TrimSpace(strings.ToLower(m[1]) + m[2])
	}
	return ""
}
