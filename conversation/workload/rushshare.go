package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// rushShareRe finds a share of a crowd said without its count, acting in a stretch at one end of
// something: "most fans arrive in the last 30 minutes before kickoff", "half of our users log in
// during the first hour", "80% arrive within 20 minutes of the gates opening". A share followed
// by "of them" or by a count is read elsewhere (ofThem, sharesOfGroup).
var rushShareRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?\s*%|most|the bulk|the majority|nearly all|almost all|virtually all|half|a third|one third|two thirds|a quarter|one quarter|three quarters|nine tenths)` +
	`(?:\s+of\s+(?:the|our|its|their|them|all(?:\s+the)?))?(?:\s+([a-z-]+s|people))?\s+` +
	`(arrive|come|turn up|show up|log in|sign in|check in|enter|get in|pour in|try|rush)(?:\s+(?:in|through|along))?\s+` +
	`(?:(?:at|to|in)\s+(?:the\s+)?[a-z-]+\s+)?(within|in under|in the (?:first|last|final|opening|closing)|during the (?:first|last|final|opening|closing)|over the (?:first|last|final)|in the (?:[a-z\d]+\s+)?(?:minutes?|hours?)\s+(?:before|ahead of|leading up to))\b`)

// crowdCountRe finds a counted crowd or what a venue holds: "40,000 fans", "a 40,000-seat
// stadium", "an arena of 18,000 seats".
var crowdCountRe = regexp.MustCompile(`(?i)\b(?:(holds|seats|capacity of|room for)\s+)?(\d[\d,]*(?:\.\d+)?)(?:\s*(k|thousand|m|million)\b)?` +
	`(?:[- ](seat|seater|capacity|place|person)\b|\s+(?:[a-z-]+\s+)?([a-z-]+s)\b)?`)

// rushShares says a share of a crowd that comes in a rush as the people it counts: "a
// 40,000-seat stadium: most fans arrive in the last 30 minutes" is 32,000 fans arriving in those
// 30 minutes. Read as it stood, the share had no count and the rush was lost; the crowd is the
// nearest counted people before it, or what the venue holds when it is full.
func rushShares(statement string) (string, []string) {
	var notes []string
	var b strings.Builder
	last := 0
	for _, loc := range rushShareRe.FindAllStringSubmatchIndex(statement, -1) {
		sub := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return statement[loc[2*k]:loc[2*k+1]]
		}
		word := strings.ToLower(sub(1))
		share, vague := vagueShares[word]
		if !vague {
			share = shareValue(word)
		}
		said := strings.ToLower(sub(2))
		if said == "people" {
			said = "" // any crowd counted before: "18,000 fans …; most people arrive"
		}
		n, noun := crowdBefore(statement[:loc[0]], said)
		if n == 0 || share <= 0 || share >= 1 {
			continue
		}
		b.WriteString(statement[last:loc[0]])
		if noun != "" {
			// A crowd counted before: the share of them, which the counting reads as such.
			b.WriteString(strconv.FormatFloat(share*100, 'f', -1, 64) + "% of them " + statement[loc[6]:loc[1]])
		} else {
			// What a venue holds: the people are its seats filled.
			noun = orWord(sub(2), "people")
			b.WriteString(strconv.FormatFloat(n*share, 'f', 0, 64) + " " + noun + " " + statement[loc[6]:loc[1]])
		}
		last = loc[1]
		if vague {
			notes = append(notes, fmt.Sprintf("%q taken as %g%% of the %s (assumed)", sub(1), share*100, noun))
		}
	}
	return b.String() + statement[last:], notes
}

// crowdBefore finds the nearest crowd counted in text, of noun when it is given, or a venue's
// seats: their count and what they are called ("" for seats).
func crowdBefore(text, noun string) (float64, string) {
	all := crowdCountRe.FindAllStringSubmatch(text, -1)
	for i := len(all) - 1; i >= 0; i-- {
		m := all[i]
		said := strings.ToLower(m[5])
		people := said != "" && (noun == "" && (publicNouns[singular(said)] || actorNouns[singular(said)]) || strings.EqualFold(said, noun))
		if m[1] == "" && m[4] == "" && !people {
			continue
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
		if err != nil {
			continue
		}
		return n * groupScale[strings.ToLower(m[3])], said
	}
	return 0, ""
}
