package workload

import "strings"

// months number the months of the year, as said in full or short.
var months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12}

// monthSpan reads "from March to May" or "between March and May" at toks[k:], within a few
// words: how many months it covers and where it ends, or 0.
func monthSpan(toks []string, k int) (int, int, string) {
	for j := k; j < len(toks) && j < k+3; j++ {
		w := toks[j]
		if w != "from" && w != "between" {
			continue
		}
		a, b := months[word(toks, j+1)], months[word(toks, j+3)]
		if a == 0 || b == 0 || word(toks, j+2) != "to" && word(toks, j+2) != "and" && word(toks, j+2) != "through" && word(toks, j+2) != "until" {
			return 0, 0, ""
		}
		n := (b-a+12)%12 + 1
		return n, j + 4, titled(word(toks, j+1)) + "–" + titled(word(toks, j+3))
	}
	return 0, 0, ""
}

func titled(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// restOfYear reports "the rest of the year" or "otherwise" within a few words after toks[k].
func restOfYear(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j] == "otherwise" || toks[j] == "rest" && word(toks, j+3) == "year" {
			return true
		}
	}
	return false
}

// monthSeasons reads a daily count said for a stretch of months ("2,000 samples a day from March
// to May") as that stretch's count, coming once a year, and a second count said for "the rest
// of the year" as the same events at the quieter rate: the year's storage is both, and neither
// rate runs all year.
func (r *reader) monthSeasons() {
	for i, m := range r.ms {
		toks := r.sents[m.sent]
		if m.kind != mEvents || m.per <= 0 || m.per > 7*86400 || m.season > 0 || m.noun == "" {
			continue
		}
		n, end, said := monthSpan(toks, m.end)
		if n == 0 || n >= 12 {
			continue
		}
		stretch := float64(n) * yearSeconds / 12
		m.value, m.per, m.season = m.value*stretch/m.per, stretch, yearSeconds
		m.name = orWord(m.name, m.noun) + " (" + said + ")"
		m.end = max(m.end, end)
		for _, o := range r.ms[i+1:] {
			if o.sent != m.sent || o.kind != mEvents || o.per <= 0 || o.per > 7*86400 || !restOfYear(toks, o.end) {
				continue
			}
			rest := yearSeconds - stretch
			o.noun, o.name = m.noun, strings.TrimSuffix(m.name, " ("+said+")")+" (rest of the year)"
			o.value, o.per, o.season, o.flow = o.value*rest/o.per, rest, yearSeconds, m.flow
			break
		}
	}
}

// dayOfMonth reports a number at toks[start] that is the day of a month named next to it: "1
// March", "1st of March", "March 1". "May" is a verb too often ("10 may join") to be read as
// the month.
func dayOfMonth(toks []string, start, next int, v float64, unit string) bool {
	if v < 1 || v > 31 || v != float64(int(v)) || unit != "" && unit != "st" && unit != "nd" && unit != "rd" && unit != "th" {
		return false
	}
	after, prev := word(toks, next), word(toks, start-1)
	if after == "of" {
		after = word(toks, next+1)
	}
	return months[after] > 0 && after != "may" || months[prev] > 0 && prev != "may"
}
