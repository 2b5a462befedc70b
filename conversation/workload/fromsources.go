package workload

import (
	"regexp"
	"strings"
)

// fromSourcesRe finds things gathered from counted sources on a schedule: "collects meal choices
// from 30 wards every evening", "receive invoices from 400 suppliers each month". Sub-day
// periods are left to the devices' readers ("readings from 1,200 stations every hour").
var fromSourcesRe = regexp.MustCompile(`(?i)\b((?:[a-z-]+\s+){0,4}?[a-z-]+s)\s+from\s+(?:the\s+|its\s+|our\s+|their\s+|all\s+)?(\d[\d,.]*(?:\s*(?:k|thousand))?)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+s)\s+((?:every|each)\s+(?:day|week|fortnight|month|quarter|year|term|evening|morning|night|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b`)

// fromSources says "collects meal choices from 30 wards every evening" as "30 wards send meal
// choices every evening": each source sends once a period, and the flow is named for what it
// sends. Read as it stands, the count would be taken for people using the system every day
// ("30 daily active wards") and the period for a flow of its own ("month").
func fromSources(statement string) string {
	return fromSourcesRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := fromSourcesRe.FindStringSubmatch(m)
		words := strings.Fields(sub[1])
		n := gathered(words)
		if !gatheredBy(words[:len(words)-n]) {
			return m // "buy tickets from 40 venues each week" sells; it does not gather
		}
		kept := strings.Join(words[:len(words)-n], " ")
		return strings.TrimSpace(kept+";") + " " + sub[2] + " " + sub[3] + " send " + strings.Join(words[len(words)-n:], " ") + " " + sub[4]
	})
}

// gathered counts the words at the end of a phrase before "from" that name what is gathered:
// "kitchen collects meal choices" ends in two, "takes in parish registers" in two; the verb and
// the words that take it in stop the run. The last word counts whatever it is ("samples").
func gathered(words []string) int {
	n := 1
	for n < len(words) {
		w := strings.ToLower(words[len(words)-1-n])
		if verbStem(w) != "" || stopWords[w] || !isWordNoun(w) {
			break
		}
		n++
	}
	return n
}

// gatherVerbs take in what others send: "users buy tickets from 40 venues" is a sale, not a
// gathering, and keeps its own reading.
var gatherVerbs = set("collect gather receive take get pull import accept fetch pick ingest obtain compile aggregate load bring")

// gatheredBy reports the words before what is gathered ending in a gathering verb, its particle
// after it ("takes in", "picks up") or an article before the thing.
func gatheredBy(before []string) bool {
	for i := len(before) - 1; i >= 0; i-- {
		w := strings.ToLower(before[i])
		switch {
		case w == "in" || w == "up" || w == "the" || w == "their" || w == "all":
			continue
		case gatherVerbs[verbStem(w)]:
			return true
		}
		return false
	}
	return false
}
