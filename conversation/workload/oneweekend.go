package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// One weekend, said with "the": "2 million taps over the weekend" are that weekend's count, the
// days it lasts, not a week's. "Each weekend" and "at weekends" are the habit (a week's count, its
// load on two days, weekPeak); "the weekend" is one of them, and the count falls on its days
// alone. An event said to last a few days ("a 3-day festival") is the weekend it fills.

const weekendSeconds = 2 * 86400

// oneWeekendLeads say a count falls within one weekend: "over the weekend", "during the weekend",
// "across the weekend", "throughout the weekend".
var oneWeekendLeads = set(`over during across throughout`)

// oneWeekendAt reports one weekend said at toks[j] ("over the weekend") and the index after it.
func oneWeekendAt(toks []string, j int) (int, bool) {
	if !oneWeekendLeads[word(toks, j)] || word(toks, j+1) != "the" {
		return 0, false
	}
	k := j + 2
	if word(toks, k) == "long" {
		k++ // "over the long weekend": still one weekend, its days said by the event
	}
	if word(toks, k) != "weekend" {
		return 0, false
	}
	return k + 1, true
}

// eventDaysRe finds an event said to last a few days: "a 3-day music festival", "a three-day
// conference", "the 2-day tournament". Four days is as long as a weekend stretches.
var eventDaysRe = regexp.MustCompile(`(?i)\b(2|3|4|two|three|four)[- ]days?\s+(?:[a-z]+\s+){0,2}?(festival|event|conference|convention|fair|show|expo|tournament|summit|carnival|rally|gathering|meet|competition|camp|race|weekend)s?\b`)

// eventDays is how many days the statement's event lasts where it says so, else 0.
func eventDays(statement string) float64 {
	sub := eventDaysRe.FindStringSubmatch(statement)
	if sub == nil {
		return 0
	}
	if n, err := strconv.ParseFloat(sub[1], 64); err == nil {
		return n
	}
	return wordNumbers[strings.ToLower(sub[1])]
}

// weekendSpan is how long the one weekend a count falls in lasts: the event's days where the
// statement says how many, else a weekend's two.
func (r *reader) weekendSpan() float64 {
	if r.eventDays > 0 {
		return r.eventDays * 86400
	}
	return weekendSeconds
}
