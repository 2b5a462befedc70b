package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// asideRe finds a short parenthesis inside a sentence that goes on after it with words.
// The word before it stays the aside's subject: "images (about 15 MB each)" sizes the images.
var asideRe = regexp.MustCompile(`([a-z0-9-]+)\s*\(([^()]{1,60})\)(\s+[a-z][^.;!?()]*)([.;!?]|$)`)

// acronymRe finds an acronym in capitals, and its plural's small "s": "ORs", "an OR".
var acronymRe = regexp.MustCompile(`\b([A-Z]{2,5})(s?)\b`)

// spelledAcronyms are two-letter acronyms a statement counts, spelled out: lower-cased, "ORs"
// would be "ors", too short for singular to tell from a word, and "OR" the conjunction "or".
var spelledAcronyms = map[string]string{"OR": "operating room", "ER": "emergency room"}

// acronymPlurals spells out the acronyms tokenize would lose: "210 ORs total" counts operating
// rooms and "each OR runs 4 cases" is about one. Longer ones read as words ("ICUs": icu).
func acronymPlurals(s string) string {
	return acronymRe.ReplaceAllStringFunc(s, func(m string) string {
		acr, plural := strings.TrimSuffix(m, "s"), strings.HasSuffix(m, "s")
		spelled, ok := spelledAcronyms[acr]
		switch {
		case !ok:
			return m
		case plural:
			return spelled + "s"
		}
		return spelled
	})
}

// Tokens are lower-case words, numbers (with their unit glued on, as written: "50k", "4gb",
// "128kbps", "5x") and the punctuation that bounds clauses: "." ends a sentence, "," and ";"
// end a clause.
func tokenize(s string) []string {
	s = acronymPlurals(s)
	s = strings.ToLower(s)
	// "20 X-ray images (about 15 MB each) per clinic per day": an aside inside a sentence is
	// read after it, as a sentence of its own, so the count keeps its rate.
	s = asideRe.ReplaceAllString(s, "$1 $3. $1 $2$4")
	rs := []rune(s)
	var out []string
	isWord := func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '%' || r == '×' || r == '$' ||
			r > 127 && r != '’' && r != '—' && r != '–' && r != '…'
	}
	digit := func(k int) bool { return k >= 0 && k < len(rs) && rs[k] >= '0' && rs[k] <= '9' }
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isWord(r):
			j := i + 1
			for j < len(rs) {
				if isWord(rs[j]) {
					j++
					continue
				}
				c := rs[j]
				// "500,000" and "1.5" stay whole between digits; "per-user", "e-scooters", "req/s"
				// and "don't" stay joined.
				if (c == '.' || c == ',' || c == ':') && digit(j-1) && digit(j+1) ||
					(c == '-' || c == '/' || c == '\'' || c == '’') && j+1 < len(rs) && isWord(rs[j+1]) {
					j += 2
					continue
				}
				break
			}
			tok := spelledSpan(strings.TrimPrefix(string(rs[i:j]), "$"))
			// "reads/sec", "requests/s": the noun, then its rate.
			if k := strings.LastIndexByte(tok, '/'); k > 0 && (timeUnits[tok[k+1:]] > 0 || rateAdverbs[tok[k:]] > 0) && !isNumberStart(tok) {
				out = append(out, tok[:k], tok[k:])
			} else {
				out = append(out, tok)
			}
			i = j
		case strings.ContainsRune(".!?;()[]\n", r):
			out = append(out, ".")
			i++
		case r == ',' || r == ':' || r == '—' || r == '–' || spacedDash(rs, i):
			out = append(out, ",")
			i++
		default:
			i++
		}
	}
	return out
}

// spacedDash reports a hyphen typed for a dash, with a space either side ("5 teams each - around
// 300k parents"): it bounds a clause as "—" does. Between two figures ("10 - 20 minutes") it is a
// range and stays out.
func spacedDash(rs []rune, i int) bool {
	at := func(k int) rune {
		if k < 0 || k >= len(rs) {
			return 0
		}
		return rs[k]
	}
	digit := func(c rune) bool { return c >= '0' && c <= '9' }
	return rs[i] == '-' && at(i-1) == ' ' && at(i+1) == ' ' && !(digit(at(i-2)) && digit(at(i+2)))
}

// spelledSpan writes a spelled-out count joined to its unit in digits, as "2-hour" is read:
// "a two-hour window", "a thirty-minute walk".
func spelledSpan(tok string) string {
	n, unit, ok := strings.Cut(tok, "-")
	if v := wordNumbers[n]; ok && v >= 2 && n != "twice" && n != "several" && n != "dozen" && timeUnits[unit] > 0 {
		return strconv.FormatFloat(v, 'f', -1, 64) + "-" + unit
	}
	return tok
}

// sentences splits tokens at ".", dropping empty sentences.
func sentences(toks []string) [][]string {
	var out [][]string
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || toks[i] == "." {
			if i > start {
				out = append(out, toks[start:i])
			}
			start = i + 1
		}
	}
	return out
}

var magnitudes = map[string]float64{
	"k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6,
	"millions": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "t": 1e12, "tn": 1e12,
	"trillion": 1e12, "hundred": 100, "hundreds": 100, "lakh": 1e5, "crore": 1e7,
}

var wordNumbers = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12, "once": 1, "twice": 2, "several": 3,
}

// lengthWords follow a length in metres: "500 m splits", "a 2,000 m course", "within 300 m of".
var lengthWords = map[string]bool{"split": true, "splits": true, "course": true, "courses": true, "race": true, "races": true, "sprint": true,
	"swim": true, "run": true, "walk": true, "radius": true, "away": true, "long": true, "wide": true, "high": true, "deep": true,
	"tall": true, "above": true, "below": true, "altitude": true, "elevation": true, "range": true, "distance": true, "track": true,
	"pool": true, "lane": true, "lanes": true, "from": true, "apart": true, "intervals": true, "mark": true, "marks": true, "markers": true,
	"buffer": true, "climb": true, "ascent": true, "descent": true, "freestyle": true, "hurdles": true, "relay": true, "dash": true,
	"loop": true, "lap": true, "laps": true, "stretch": true, "segment": true, "segments": true, "section": true, "sections": true}

// lengthInMetres reports a number at toks[i], with the unit glued to it, that is a length in
// metres rather than millions ("500m splits", "500 m splits"), and the index after the "m".
func lengthInMetres(toks []string, i int, unit string) (bool, int) {
	at := i + 1
	if unit == "" && at < len(toks) && toks[at] == "m" {
		at++
	} else if unit != "m" {
		return false, 0
	}
	return at < len(toks) && lengthWords[toks[at]], at
}

// number reads a number at toks[i] ("500,000", "1.5m", "5 million", "a billion", "twice") and
// returns its value, the unit glued to it ("gb" of "4gb"), and the index after it (magnitude
// words included).
func number(toks []string, i int) (v float64, unit string, next int, ok bool) {
	t := toks[i]
	if v, next, ok := vagueNumber(toks, i); ok {
		return v, "", next, true
	}
	if w, isWord := wordNumbers[t]; isWord {
		next = i + 1
		mag := false
		for next < len(toks) {
			m, isMag := magnitudes[toks[next]]
			if !isMag || len(toks[next]) == 1 {
				break
			}
			w, mag = w*m, true
			next++
		}
		if mag {
			return w, "", next, true
		}
		switch {
		case t == "a" || t == "an" || t == "once" && i > 0 && toks[i-1] == "at":
			return 0, "", i, false
		case t == "once" || t == "twice":
			return w, "times", next, true
		}
		return w, "", next, true
	}
	j := 0
	for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '.' || t[j] == ',') {
		j++
	}
	if j == 0 || t[0] < '0' || t[0] > '9' {
		return 0, "", i, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(t[:j], ".,"), ",", ""), 64)
	if err != nil {
		return 0, "", i, false
	}
	unit = t[j:]
	if unit == "d" {
		return 0, "", i, false // "3D printers", "a 2D floor plan": a kind of thing, not a count
	}
	next = i + 1
	if u := strings.TrimPrefix(unit, "-"); u != unit && (timeUnits[u] > 0 || sizeUnits[u] > 0) {
		unit = u // "a 10-second interval", "a 5-minute window"
	}
	if metres, after := lengthInMetres(toks, i, unit); metres {
		return v, "metre", after, true // "500 m splits", "a 2,000m course": a length, not 500 million
	}
	if m, isMag := magnitudes[unit]; isMag {
		v *= m
		unit = ""
	} else if len(unit) > 1 {
		// "1.5mb": a magnitude letter stays part of the unit; "50kqps" splits into k + qps.
		if m, isMag := magnitudes[unit[:1]]; isMag && isRateUnit(unit[1:]) {
			v *= m
			unit = unit[1:]
		}
	}
	if unit == "" {
		for next < len(toks) {
			m, isMag := magnitudes[toks[next]]
			if !isMag {
				break
			}
			v *= m
			next++
		}
	}
	return v, unit, next, true
}

// vagueNumber reads "half a million", "a couple of hundred", "a few thousand" and "a few".
func vagueNumber(toks []string, i int) (v float64, next int, ok bool) {
	t := toks[i]
	if t == "half" && i+2 < len(toks) && (toks[i+1] == "a" || toks[i+1] == "an") && magnitudes[toks[i+2]] > 1 {
		return 0.5 * magnitudes[toks[i+2]], i + 3, true
	}
	if v, next, ok := quarterOf(toks, i); ok {
		return v, next, true
	}
	if t == "few" && i > 0 && toks[i-1] == "a" && (i+1 >= len(toks) || magnitudes[toks[i+1]] <= 1 && toks[i+1] != "of") {
		return 3, i + 1, true // "a few tenants": no number, three taken
	}
	if (t != "couple" && t != "few") || i+1 >= len(toks) {
		return 0, i, false
	}
	k := i + 1
	if toks[k] == "of" {
		k++
	}
	if k >= len(toks) || magnitudes[toks[k]] <= 1 {
		return 0, i, false
	}
	v, next = map[string]float64{"couple": 2, "few": 3}[t]*magnitudes[toks[k]], k+1
	for next < len(toks) && magnitudes[toks[next]] > 1 {
		v *= magnitudes[toks[next]]
		next++
	}
	return v, next, true
}

// quarterOf reads "a quarter million", "a quarter of a million", "three quarters of a
// million" at toks[i] (the word "quarter" or "quarters").
func quarterOf(toks []string, i int) (float64, int, bool) {
	share := map[string]float64{"a": 0.25, "one": 0.25, "three": 0.75}[word(toks, i-1)]
	if t := toks[i]; share == 0 || t != "quarter" && t != "quarters" {
		return 0, i, false
	}
	k := i + 1
	if word(toks, k) == "of" && (word(toks, k+1) == "a" || word(toks, k+1) == "an") {
		k += 2
	}
	if magnitudes[word(toks, k)] <= 1 {
		return 0, i, false
	}
	return share * magnitudes[toks[k]], k + 1, true
}

func isRateUnit(u string) bool {
	_, ok := rateUnits[u]
	return ok
}

// measureUnits are units of what a number measures other than load, by what they measure: a
// number followed by one is an attribute of something, never a count of senders or items. Words
// that also name things counted ("40 million meter reads", "5,000 degrees awarded") are left out.
var measureUnits = map[string]string{
	"nm": "a distance", "km": "a distance", "kms": "a distance", "mi": "a distance", "mile": "a distance",
	"miles": "a distance", "kilometre": "a distance", "kilometres": "a distance", "kilometer": "a distance",
	"kilometers": "a distance", "metre": "a distance", "metres": "a distance", "ft": "a distance",
	"feet": "a distance",
	"mp":   "an image resolution", "megapixel": "an image resolution", "megapixels": "an image resolution",
	"°c": "a temperature", "°f": "a temperature",
}

// rateUnits are units that make a number a per-second rate on their own.
var rateUnits = map[string]string{
	"tps": "transaction", "qps": "query", "rps": "request", "ops": "operation", "req/s": "request",
	"requests/s": "request", "/s": "", "/sec": "", "rpm": "request", "eps": "event", "mps": "message",
}

var sizeUnits = map[string]float64{
	"b": 1, "byte": 1, "bytes": 1, "kb": 1e3, "kib": 1024, "kilobyte": 1e3, "kilobytes": 1e3,
	"mb": 1e6, "mib": 1 << 20, "megabyte": 1e6, "megabytes": 1e6, "gb": 1e9, "gib": 1 << 30,
	"gigabyte": 1e9, "gigabytes": 1e9, "tb": 1e12, "tib": 1 << 40, "terabyte": 1e12, "terabytes": 1e12,
	"pb": 1e15, "pib": 1 << 50, "petabyte": 1e15, "petabytes": 1e15,
}

var bitrateUnits = map[string]float64{
	"bps": 1, "kbps": 1e3, "kb/s": 8e3, "kbit/s": 1e3, "kbits": 1e3, "mbps": 1e6, "mb/s": 8e6, "mbit/s": 1e6,
	"mbits": 1e6, "gbps": 1e9, "gb/s": 8e9, "gbit/s": 1e9,
}

var timeUnits = map[string]float64{
	"ms": 0.001, "msec": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "s": 1, "sec": 1, "secs": 1,
	"second": 1, "seconds": 1, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600,
	"hrs": 3600, "hour": 3600, "hours": 3600, "day": 86400, "days": 86400, "week": 7 * 86400,
	"weeks": 7 * 86400, "month": 30 * 86400, "months": 30 * 86400, "year": 365 * 86400, "years": 365 * 86400,
	"weekday": 86400, "weekdays": 86400, // "1.2 million taps on a weekday"
	"night": 86400, "nights": 86400, // "each night 9 million transactions": one a day
	"fortnight": 14 * 86400, "fortnights": 14 * 86400,
	"quarter": 365.0 / 4 * 86400, "quarters": 365.0 / 4 * 86400, // "a case every quarter"; "a quarter of them" is a share (shareWords)
	// A weekend comes once a week: "150,000 sightings each weekend" are a week's; that the week's
	// load falls on two of its days is read as the peak (weekPeak).
	"weekend": 7 * 86400, "weekends": 7 * 86400,
}

// adverbs that make a count a rate: "5M uploads daily".
var rateAdverbs = map[string]float64{
	"daily": 86400, "nightly": 86400, "hourly": 3600, "half-hourly": 1800, "weekly": 7 * 86400, "monthly": 30 * 86400,
	"yearly": 365 * 86400, "annually": 365 * 86400, "fortnightly": 14 * 86400, "quarterly": 365.0 / 4 * 86400,
	"termly": 365.0 / 3 * 86400, "/day": 86400, "/min": 60, "/minute": 60,
	"/hour": 3600, "/hr": 3600, "/h": 3600, "/month": 30 * 86400, "/week": 7 * 86400, "/year": 365 * 86400,
	"/s": 1, "/sec": 1, "/second": 1,
}

// singular strips a plural ending: "queries" → "query", "matches" → "match", "users" → "user".
func singular(w string) string {
	w = strings.Trim(w, "'’")
	if i := strings.LastIndexAny(w, "-/"); i > 0 && i < len(w)-1 && !strings.HasPrefix(w, "per-") && !strings.HasPrefix(w, "check") {
		// "e-scooters" → "scooters", "sign-ups" stays a word below.
		if w[:i] == "e" || w[:i] == "iot" || w[:i] == "end" || w[:i] == "smart" {
			w = w[i+1:]
		}
	}
	if irregular, ok := irregularPlurals[w]; ok {
		return irregular
	}
	if strings.HasSuffix(w, "men") && len(w) > 5 && !notMen[w] {
		return strings.TrimSuffix(w, "men") + "man" // "handymen", "tradesmen", "postmen"
	}
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses") ||
		strings.HasSuffix(w, "uses") && !strings.HasSuffix(w, "ouses") && !strings.HasSuffix(w, "cuses"):
		// "buses", "viruses" (but "houses", "excuses").
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

var irregularPlurals = map[string]string{
	// "every tech does 6 jobs": a technician, shortened.
	"techs": "technician", "tech": "technician",
	"people": "person", "menus": "menu", "gurus": "guru", "emus": "emu", "tofus": "tofu", "haikus": "haiku", "sudokus": "sudoku", "children": "child", "men": "man", "women": "woman", "data": "data",
	"media": "media", "analytics": "analytics", "news": "news", "series": "series", "status": "status",
	"aliases": "alias", "lenses": "lens", "caches": "cache", "niches": "niche", "avalanches": "avalanche", "moustaches": "moustache", "addresses": "address", "statuses": "status", "indices": "index",
	// Greek -is nouns: "2 million theses" are theses, not "these".
	"theses": "thesis", "analyses": "analysis", "diagnoses": "diagnosis", "hypotheses": "hypothesis", "crises": "crisis", "syntheses": "synthesis",
	// Trades named with -man take -men: "8,000 handymen" are 8,000 people.
	"handymen": "handyman", "tradesmen": "tradesman", "repairmen": "repairman", "craftsmen": "craftsman", "deliverymen": "deliveryman",
	"postmen": "postman", "firemen": "fireman", "linemen": "lineman", "salesmen": "salesman", "workmen": "workman",
}

// notMen end in "men" but are no plural of a "-man": "specimen", "regimen".
var notMen = set(`specimen specimens abdomen abdomens regimen regimens acumen stamen stamens hymen omen omens semen`)

func isNumberStart(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }
