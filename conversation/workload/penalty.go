package workload

import (
	"regexp"
	"strings"
)

// penaltyRe finds a rule's sanction: "blocks booking", "locks the account", "banned",
// "suspended", "frozen". A lock that is a thing ("2,000 smart locks") is no sanction.
var penaltyRe = regexp.MustCompile(`(?i)\b(?:block(?:s|ed|ing)?|locks?\s+(?:the|their|a|an|them|it|out|accounts?|users?|cards?)\b|locked|lockout|lock-out|ban(?:s|ned)?|suspend(?:s|ed)?|suspension|disables?|disabled|freez(?:e|es)|frozen|barred|bars\s+(?:the|them|a|an)\b|throttled|penali[sz]ed|blacklist(?:s|ed)?|strikes?\s+(?:and|rule|policy))`)

// ruleFigureRe finds what makes a sanction a rule with parameters: a count within a stretch
// ("three no-shows in a month", "5 failed logins in 10 minutes"), a count after which it applies
// ("after 5 attempts") or how long it lasts ("for 30 days", "for an hour").
var ruleFigureRe = regexp.MustCompile(`(?i)(?:\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:[a-z-]+\s+){1,2}(?:in|within|over)\s+(?:a|an|one|the\s+same|\d+|[a-z]+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|calendar\s+months?|rolling\s+\w+)\b|\bafter\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bfor\s+(?:\d[\d,.]*|an?|one|two|three|seven|ten|thirty|fourteen)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)`)

// thresholdRe finds a clause that is only a rule's trigger, said before the clause with its
// sanction: "three no-shows in a month, and booking is blocked for 30 days".
var thresholdRe = regexp.MustCompile(`(?i)^\s*(?:after\s+|if\s+|when\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){1,2}(?:in|within|over)\s+(?:a|an|one|\d+|[a-z]+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s*$`)

// clauseRe splits a sentence at its commas and at "and"/"then" after a comma.
var clauseRe = regexp.MustCompile(`,\s+(?:and\s+|then\s+)?`)

// ruleParameters takes out the clauses that state a rule's parameters ("Three no-shows in a month
// blocks booking for 30 days", "5 failed logins in 10 minutes locks the account for an hour"):
// their counts are no flow and their durations no retention. Each is kept as a note.
func ruleParameters(statement string) (string, []string) {
	var notes []string
	var b strings.Builder
	for _, s := range splitKeep(statement) {
		if !penaltyRe.MatchString(s) || !ruleFigureRe.MatchString(s) {
			b.WriteString(s)
			continue
		}
		body, end := s, ""
		if t := strings.TrimRight(s, ".;\n"); len(t) < len(s) {
			body, end = t, s[len(t):]
		}
		parts := clauseRe.Split(body, -1)
		var keep []string
		for i, p := range parts {
			rule := penaltyRe.MatchString(p) && ruleFigureRe.MatchString(p) ||
				penaltyRe.MatchString(p) && i > 0 && thresholdRe.MatchString(parts[i-1]) ||
				thresholdRe.MatchString(p) && i+1 < len(parts) && penaltyRe.MatchString(parts[i+1])
			if rule {
				notes = append(notes, strings.TrimSpace(p))
				continue
			}
			keep = append(keep, p)
		}
		if len(keep) > 0 {
			b.WriteString(strings.Join(keep, ", "))
		} else if strings.HasPrefix(s, " ") {
			b.WriteString(" ")
		}
		b.WriteString(end)
	}
	out := make([]string, 0, len(notes))
	for _, n := range notes {
		out = append(out, "\""+n+"\": a rule's parameters, not load or retention")
	}
	return b.String(), out
}
