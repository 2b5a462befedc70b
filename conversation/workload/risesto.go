package workload

import (
	"math"
	"strings"
)

// risesTo reads a count said as what the rate counted just before it rises to at its busiest:
// "about 1,500 reports a day rising to 10,000 after a storm", "300 orders an hour, spiking to
// 2,000 during a flash sale", "40 sign-ups a day, up to 600 on launch day". It is the same flow
// counted over the same period on its busiest days (or hours), so how far the peak runs over the
// average, not a second flow nor a figure to drop. Growth over the calendar ("rising to 10,000
// by next year") is no peak and is left alone. It reports whether it read m so.
func (r *reader) risesTo(toks []string, m *mention, start, k int, mods []string) bool {
	if !(riseBefore(toks, start) || elidedRise(toks, start, k)) || !busyOccasion(toks, k) || len(r.ms) == 0 {
		return false
	}
	prev := r.ms[len(r.ms)-1]
	if prev.sent != r.sent || prev.kind != mEvents || prev.per == 0 || prev.value <= 0 || prev.each || start-prev.end > 5 {
		return false
	}
	if len(mods) > 0 && singular(mods[len(mods)-1]) != prev.noun {
		return false // "1,500 reports a day rising to 10,000 photos …": another thing counted
	}
	f := math.Round(m.value/prev.value*10) / 10
	if f <= 1 {
		return false
	}
	m.kind, m.used, m.noun, m.end = mOther, true, prev.noun, k
	when := strings.Join(toks[k:occasionEnd(toks, k)], " ")
	if prev.per >= 86400 {
		// The busiest days: within them the load still bunches into busy hours, which the
		// designer assumes and multiplies by this.
		r.out.WeekPeak = math.Max(r.out.WeekPeak, f)
		r.note("busiest days: %s %s %s %s, %s × the average: stated", human(m.value), plural(prev.noun), periodWord(prev.per), when, human(f))
		return true
	}
	r.out.PeakFactor = math.Max(r.out.PeakFactor, f)
	r.note("peak: %s %s %s %s, %s × the average: stated", human(m.value), plural(prev.noun), periodWord(prev.per), when, human(f))
	return true
}

// riseBefore reports a word of rising or reaching just before the count at toks[start], with
// "to" or "at" and an approximation between: "rising to", "spiking to about", "peaking at",
// "up to", "reaching".
func riseBefore(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && approxWords[toks[j]] {
		j--
	}
	switch w := word(toks, j); {
	case reachWords[w]:
		return true
	case w == "to" || w == "at":
		return riseWords[word(toks, j-1)] || w == "to" && word(toks, j-1) == "up" && word(toks, j-2) == ","
	}
	return false
}

var approxWords = set(`about around roughly nearly almost some over approximately`)

var riseWords = set(`rising rises rise climbing climbs jumping jumps swelling swells surging surges spiking spikes
peaking peaks shooting shoots going goes`)

var reachWords = set(`reaching reaches hitting hits topping tops`)

// busyOccasion reports an occasion named right after the count at toks[k], when the busier rate
// holds: "after a storm", "during a flash sale", "on launch day", "when a campaign goes out", "at
// peak". A time to come ("by next year", "within two years") makes the rise growth instead.
func busyOccasion(toks []string, k int) bool {
	switch w := word(toks, k); {
	case w == "at" || w == "in":
		// "at peak", "in peak season", "at the busiest": not "up to 256 in a group".
		if !busyWords[word(toks, k+1)] && !(word(toks, k+1) == "the" && busyWords[word(toks, k+2)]) {
			return false
		}
	case !occasionWords[w]:
		return false
	}
	for j := k + 1; j < occasionEnd(toks, k); j++ {
		if calendarGrowth[toks[j]] || isNumberStart(toks[j]) {
			return false
		}
	}
	return word(toks, k) != "by" && word(toks, k) != "within"
}

var occasionWords = set(`after during on when whenever around before`)

var busyWords = set(`peak peaks busiest busy height rush holiday holidays season`)

// calendarGrowth are words that make "rising to N in …" a change over the calendar, not a busy
// day: "in two years", "next quarter", "by the end of the year".
var calendarGrowth = set(`year years month months quarter quarters decade next future later time`)

// occasionEnd is where the occasion phrase starting at toks[k] ends: at the clause's end or after
// seven words.
func occasionEnd(toks []string, k int) int {
	j := k
	for j < len(toks) && j < k+8 && toks[j] != "," && toks[j] != ";" && toks[j] != "." && toks[j] != "and" {
		j++
	}
	return j
}
