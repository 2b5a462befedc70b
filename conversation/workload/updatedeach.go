package workload

import (
	"regexp"
	"strings"
)

// updatedEachRe finds counted things each changed on a schedule, said in the passive after
// them: "50,000 listings updated twice a day", "half a million listings that are updated twice
// a day", "300k SKUs whose stock levels are refreshed every 15 minutes".
var updatedEachRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*(?:\s*(?:k|m|thousand|million))?|half a million|a million)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+s),?\s+` +
	`(?:that are\s+|which are\s+|that get\s+|each\s+|all\s+|whose\s+(?:[a-z-]+\s+){1,2}(?:are|is)\s+)?((?:re-?)?[a-z]+ed)\s+` +
	`(twice|once|three times|four times|\d+ times\s+)?\s*(a|an|per|every|each)\s+`)

// timesWords say how often in the figures the counting reads: "twice" is "2 times", and no
// word at all is once.
var timesWords = map[string]string{"": "1 times", "once": "1 times", "twice": "2 times", "three times": "3 times", "four times": "4 times"}

// updatedEach says such a clause as "50,000 listings, each updated 2 times a day": each of the
// things is changed that often, so the count multiplies the rate. Read as it stands, the count
// would be taken for the day's total and the "twice" lost.
func updatedEach(statement string) string {
	return updatedEachRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := updatedEachRe.FindStringSubmatch(m)
		if verbStem(strings.ToLower(sub[3])) == "" {
			return m // "50,000 listings based …" names no change
		}
		times := strings.TrimSpace(strings.ToLower(sub[4]))
		if n, ok := timesWords[times]; ok {
			times = n
		}
		if times == "1 times" && strings.EqualFold(sub[5], "every") {
			times = "" // "each refreshed every 15 minutes" reads as it stands
		}
		return strings.TrimSpace(sub[1]+" "+sub[2]+", each "+sub[3]+" "+times) + " " + sub[5] + " "
	})
}
