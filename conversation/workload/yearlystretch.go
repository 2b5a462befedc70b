package workload

import "strings"

// yearlyAfter reads the recurrence said right after a stretch of days ("over 2 days once a
// year", "over one weekend a year", "during the 3 days of the count each year", "over 3 weeks
// every ten years"): how often the stretch comes back, in seconds, and where the phrase ends. It
// gives 0 where none is said within the clause.
func yearlyAfter(toks []string, end int) (float64, int) {
	for k := end; k < len(toks) && k < end+6; k++ {
		switch w := toks[k]; {
		case w == "," || w == ";" || w == "." || isNumberStart(w) && k > end:
			if w != "," && isNumberStart(w) && word(toks, k-1) == "every" && isYear(word(toks, k+1)) {
				n, _, next, ok := number(toks, k)
				if ok && n > 1 {
					return n * yearSeconds, max(next, k+2) // "every ten years"
				}
			}
			return 0, 0
		case w == "annually" || w == "yearly":
			return yearSeconds, k + 1
		case (w == "a" || w == "each" || w == "every" || w == "per") && isYear(word(toks, k+1)):
			return yearSeconds, k + 2
		case (w == "every" || w == "each") && wordNumbers[word(toks, k+1)] > 1 && isYear(word(toks, k+2)):
			return wordNumbers[word(toks, k+1)] * yearSeconds, k + 3
		}
	}
	return 0, 0
}

func isYear(w string) bool { return w == "year" || w == "years" }

// windowDays is the stretch a window of days covers: a weekend said as when something happens
// ("over one weekend a year") is its two days, where "each weekend" as a period comes once a week.
func windowDays(toks []string, end int, sec float64) float64 {
	if w := word(toks, end-1); w == "weekend" || w == "weekends" {
		return sec / 7 * 2
	}
	return sec
}

// yearlyStretchAt reports a stretch of days at toks[k] ("one weekend a year", "the 3 days of the
// count each year") that comes back on a yearly clock.
func yearlyStretchAt(toks []string, k int) bool {
	if word(toks, k) == "the" {
		k++
	}
	_, _, next, ok := number(toks, k)
	if !ok || timeUnits[word(toks, next)] < 86400 {
		return false
	}
	every, _ := yearlyAfter(toks, next+1)
	return every > 0
}

// eachDoing reads what each of a crowd does, said as a participle after the clause that counts
// them: ", each submitting one checklist" at toks[k:] is the act "submit" of "checklist".
func eachDoing(toks []string, k int) (verb, noun string) {
	if word(toks, k) == "," {
		k++
	}
	if word(toks, k) != "each" || !strings.HasSuffix(word(toks, k+1), "ing") {
		return "", ""
	}
	if verb = verbAt(toks, k+1); verb == "" {
		return "", ""
	}
	for j := k + 2; j < len(toks) && j < k+5; j++ {
		if w := toks[j]; w == "," || w == ";" || w == "." {
			break
		} else if isWordNoun(w) && !stopWords[w] && wordNumbers[w] == 0 {
			return verb, singular(w)
		}
	}
	return verb, ""
}

// atATime reports "at a time", "in a row" or "on end" at toks[k:]: the span before is how long
// one stretch lasts.
func atATime(toks []string, k int) bool {
	w, x, y := word(toks, k), word(toks, k+1), word(toks, k+2)
	return w == "at" && x == "a" && y == "time" || w == "in" && x == "a" && y == "row" || w == "on" && x == "end"
}

// fewInACase are small counts of people said as words: "when two inspectors update the same
// asset" is a case to handle, not a population.
var fewInACase = set(`two three both`)

// scenarios takes out of the populations a few people named in a case the design must handle
// ("when two inspectors update the same asset", "if three riders book the same seat").
func (r *reader) scenarios() {
	for _, m := range r.ms {
		toks := r.sents[m.sent]
		if m.kind != mActors || m.value > 3 || !fewInACase[word(toks, m.pos)] || !within(toks, m.end, m.end+5, "same") {
			continue
		}
		m.kind, m.used = mOther, true
		r.note("%q: a case to handle, not a population", strings.Join(toks[m.pos:m.end], " "))
	}
}

// countOver is the count of events said just before toks[start-1] ("2 million sheets over 4
// years") with no period of its own, or nil.
func (r *reader) countOver(start int) *mention {
	if len(r.ms) == 0 {
		return nil
	}
	c := r.ms[len(r.ms)-1]
	if c.sent != r.sent || c.kind != mEvents || c.per > 0 || c.end != start-1 || c.noun == "" {
		return nil
	}
	return c
}

// stretchAt reports "over one weekend a year", "during the 3 days of the count each year" at
// toks[j]: a yearly stretch that is a figure of its own.
func stretchAt(toks []string, j int) bool {
	w := toks[j]
	return (w == "over" || w == "during" || w == "across") && yearlyStretchAt(toks, j+1)
}
