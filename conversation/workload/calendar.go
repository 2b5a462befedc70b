package workload

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Periods said by the calendar rather than the clock: "twice a term", "every Saturday", "on
// weekends", "every other day". They say how often each actor acts; a weekend or a weekday named
// also says on which days of the week the load falls, which is the week's peak.

const (
	weekSeconds = 7 * 86400
	yearSeconds = 365 * 86400
)

// calendarPeriods recur by the calendar. They are periods only after a word that makes them one
// ("a", "each", "every", "on"), since "search terms" and "launch on Monday" are not.
var calendarPeriods = map[string]float64{
	"term": 365.0 / 3 * 86400, "terms": 365.0 / 3 * 86400, "semester": 365.0 / 2 * 86400, "semesters": 365.0 / 2 * 86400,
	"weekend": weekSeconds, "weekends": weekSeconds,
	// "30 messages per shift": each worker works one shift a day (said as assumed, shiftRe).
	"shift":  86400,
	"monday": weekSeconds, "tuesday": weekSeconds, "wednesday": weekSeconds, "thursday": weekSeconds, "friday": weekSeconds,
	"saturday": weekSeconds, "sunday": weekSeconds, "mondays": weekSeconds, "tuesdays": weekSeconds, "wednesdays": weekSeconds,
	"thursdays": weekSeconds, "fridays": weekSeconds, "saturdays": weekSeconds, "sundays": weekSeconds,
}

// seasons qualify a recurring day without changing how often it comes: "each spring weekend".
var seasons = set(`spring summer autumn fall winter`)

// partsOfDay follow a day named as a habit: "on Monday mornings", "every Tuesday night".
var partsOfDay = set(`morning mornings afternoon afternoons evening evenings night nights lunchtime lunchtimes`)

// calendarAt reads a period said by the calendar at toks[j] and returns it in seconds with the
// index after it: "on Saturdays", "at weekends", "over the weekend", "every Sunday", "a term",
// "each spring weekend", "on Monday mornings". A day named once ("on Monday") is a date, not a
// habit.
func calendarAt(toks []string, j int) (float64, int) {
	w, k := word(toks, j), j+1
	switch w {
	case "a", "an", "per", "each", "every":
	case "on", "at", "over", "during":
		if word(toks, k) == "the" {
			k++
		}
	default:
		return 0, 0
	}
	if seasons[word(toks, k)] {
		k++
		// "borrow packets each spring", "book lessons every winter": once a year, in that season
		// (seasonPeak reads the season as the year's peak); "during the summer" may be one summer.
		habit := w == "each" || w == "every" || w == "per"
		if c := word(toks, k); habit && (c == "and" || c == "or" || c == "&") && seasons[word(toks, k+1)] {
			return yearSeconds / 2, k + 2 // "each spring and autumn": twice a year
		}
		if habit && calendarPeriods[word(toks, k)] == 0 {
			return yearSeconds, k
		}
	}
	unit := word(toks, k)
	sec := calendarPeriods[unit]
	if sec == 0 {
		return 0, 0
	}
	k++
	if partsOfDay[word(toks, k)] {
		k++
	}
	day := sec == weekSeconds && !strings.HasPrefix(unit, "weekend")
	if w == "on" && day && !strings.HasSuffix(unit, "s") && !strings.HasSuffix(word(toks, k-1), "s") {
		return 0, 0 // "launch on Monday": one day, not every one
	}
	if (w == "a" || w == "an") && word(toks, j-1) == "on" && day && !strings.HasSuffix(unit, "s") {
		return 0, 0 // "2 million taps on a Saturday": that one day's count (dayNamed), not every week's
	}
	return sec, k
}

// periodAt is a period of any kind at toks[j] after "a", "per", "each" or "every": a clock unit
// ("a day") or a calendar one ("a term", "every Saturday").
func periodAt(toks []string, j int) (float64, int) {
	if sec, end := calendarAt(toks, j); sec > 0 {
		return sec, end
	}
	switch word(toks, j) {
	case "a", "an", "per", "each", "every":
		if sec := timeUnits[word(toks, j+1)]; sec >= 60 {
			return sec, j + 2
		}
		if w := word(toks, j+1); (word(toks, j) == "each" || word(toks, j) == "every") && partsOfDay[w] && singular(w) == w {
			return 86400, j + 2 // "every evening" comes once a day
		}
	}
	return 0, 0
}

// everyOtherRe finds "every other day", "every second week", "on alternate days": a period of two
// (or three, or four) of the unit.
var everyOtherRe = regexp.MustCompile(`(?i)\b(?:every\s+(other|second|third|fourth)|on\s+(alternate))\s+(day|week|weekend|month|year|fortnight|` + dayName + `)s?\b`)

// everyOther says "every other day" as "every 2 days", which the counting reads as a period, and
// "every other week" or "every other Saturday" as "fortnightly" ("on saturdays"), which it reads
// as a habit and the day as where the load falls.
func everyOther(statement string) string {
	return everyOtherRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := everyOtherRe.FindStringSubmatch(m)
		n := map[string]string{"other": "2", "second": "2", "third": "3", "fourth": "4", "alternate": "2"}[strings.ToLower(sub[1]+sub[2])]
		unit := strings.TrimSuffix(strings.ToLower(sub[3]), "s")
		switch {
		case n == "2" && (unit == "week" || unit == "weekend"):
			return "fortnightly"
		case n == "2" && dayNameRe.MatchString(unit):
			return "fortnightly on " + unit + "s"
		}
		return "every " + n + " " + unit + "s"
	})
}

const dayName = `(?:mon|tues|wednes|thurs|fri|satur|sun)days?`

// busyDaysRe finds the days of the week that hold the load: "each weekend", "on Saturdays",
// "every Tuesday night", "Friday and Saturday evenings", "on Monday mornings".
var busyDaysRe = regexp.MustCompile(`(?i)\b(?:(each|every|on|at|over|during)\s+(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter)\s+)?)?(weekends?|` +
	dayName + `(?:\s*(?:,|and|or|&)\s*` + dayName + `)*)(?:\s+(mornings?|afternoons?|evenings?|nights?|lunchtimes?))?\b`)

var dayNameRe = regexp.MustCompile(`(?i)` + dayName)

// weekPeak reads the days of the week that hold a statement's load as a peak over the week's
// average: a weekend holds a week's load in two days, 3.5 times the week's average rate on them.
// The share of the load those days hold is read from the words around ("most"), else all of it.
func weekPeak(statement string) (float64, string) {
	for _, loc := range busyDaysRe.FindAllStringSubmatchIndex(statement, -1) {
		sub := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return strings.ToLower(statement[loc[2*k]:loc[2*k+1]])
		}
		lead, days, part := sub(1), sub(2), sub(3)
		n := 2.0
		if !strings.HasPrefix(days, "weekend") {
			n = float64(len(dayNameRe.FindAllString(days, -1)))
		}
		habit := lead == "each" || lead == "every" || strings.HasSuffix(days, "s") || strings.HasSuffix(part, "s")
		if !habit || n == 0 || n >= 7 || otherActsDay(statement[:loc[0]]) {
			continue // "launch on Monday", "the weekend rush": one day, or no habit
		}
		phrase := strings.ToLower(strings.Join(strings.Fields(statement[loc[0]:loc[1]]), " "))
		if lead == "" {
			phrase = "on " + phrase // "Friday and Saturday evenings carry most sales"
		}
		share, how := dayShare(statement, loc[0], loc[1])
		if busier := busierShare(statement, loc[0], loc[1], n, 7); busier > 0 {
			factor := math.Round(busier*7/n*10) / 10
			return factor, fmt.Sprintf("peak: the load peaks %s (%s of 7 days), no share said: those days taken to carry twice a normal day's load (assumed), %.0f%% of the week's, so they run at %s × the week's average",
				phrase, strconv.FormatFloat(n, 'f', -1, 64), busier*100, strconv.FormatFloat(factor, 'f', -1, 64))
		}
		factor := share * 7 / n
		if factor <= 1 {
			continue
		}
		factor = float64(int(factor*10+0.5)) / 10
		return factor, fmt.Sprintf("peak: %s of the week's load falls %s (%s of 7 days): stated%s, so those days run at %s × the week's average",
			shareWords(share), phrase, strconv.FormatFloat(n, 'f', -1, 64), how, strconv.FormatFloat(factor, 'f', -1, 64))
	}
	return 0, ""
}

// offLoadVerbs name acts done on the load's results, not the load: pickers "are paid every
// Friday", customers "are billed on Mondays", the books "are closed on Sundays".
var offLoadVerbs = set(`paid pay pays billed bill bills invoiced settled settle settles reconciled closed published payroll audited paid-out cleared`)

// otherActsDay reports a day (said after before) that belongs to an act not the load's: the
// clause it ends names an offLoadVerbs verb and counts nothing after it ("are paid per kilo
// every Friday"). "Customers pay 30,000 invoices every Friday" counts what is paid, so the
// paying is the load.
func otherActsDay(before string) bool {
	clause := before[strings.LastIndexAny(before, ".,;:!?")+1:]
	words := strings.Fields(strings.ToLower(clause))
	for k := len(words) - 1; k >= 0; k-- {
		if isNumberStart(words[k]) || wordNumbers[words[k]] > 1 {
			return false
		}
		if offLoadVerbs[words[k]] {
			return true
		}
	}
	return false
}

// seasonRe finds a season named as a habit: "each spring", "every winter", "each spring and
// autumn"; "in the summer" may be one summer, a launch or an event, and is left alone.
var seasonRe = regexp.MustCompile(`(?i)\b(?:each|every)\s+(spring|summer|autumn|fall|winter)(?:\s+(?:and|or|&)\s+(spring|summer|autumn|fall|winter))?\b`)

// seasonPeak reads the seasons that hold a year's load as a peak over the year's average: a
// season is a quarter of the year, so "4,000 gardeners borrow packets each spring" runs at 4 ×
// the year's average in spring. A season that only qualifies a recurring day ("each spring
// weekend") is left to the day.
func seasonPeak(statement string) (float64, string) {
	for _, loc := range seasonRe.FindAllStringSubmatchIndex(statement, -1) {
		rest := strings.Fields(strings.ToLower(statement[loc[1]:]))
		if len(rest) > 0 && calendarPeriods[strings.Trim(rest[0], ",.;:")] > 0 {
			continue
		}
		n := 1.0
		if loc[4] >= 0 {
			n = 2
		}
		share, how := dayShare(statement, loc[0], loc[1])
		phrase := strings.ToLower(strings.Join(strings.Fields(statement[loc[0]:loc[1]]), " "))
		if busier := busierShare(statement, loc[0], loc[1], n, 4); busier > 0 {
			factor := math.Round(busier*4/n*10) / 10
			return factor, fmt.Sprintf("peak: the load peaks %s (%s of 4 seasons), no share said: taken to carry twice a normal season's load (assumed), %.0f%% of the year's, so it runs at %s × the year's average",
				phrase, strconv.FormatFloat(n, 'f', -1, 64), busier*100, strconv.FormatFloat(factor, 'f', -1, 64))
		}
		factor := math.Round(share*4/n*10) / 10
		if factor <= 1 {
			continue
		}
		runs := map[bool]string{true: "that season runs", false: "those seasons run"}[n == 1]
		return factor, fmt.Sprintf("peak: %s of the year's load falls %s (%s of 4 seasons): stated%s, so %s at %s × the year's average",
			shareWords(share), phrase, strconv.FormatFloat(n, 'f', -1, 64), how, runs, strconv.FormatFloat(factor, 'f', -1, 64))
	}
	return 0, ""
}

// peakWordRe finds words that name a time busier than the rest: "traffic peaks on summer
// weekends", "Saturdays are the busiest".
var peakWordRe = regexp.MustCompile(`(?i)\b(?:peak|peaks|peaking|peaked|busiest|busy|busier|rush|rushes|spike|spikes|spiking|surge|surges|surging|heaviest|highest)\b`)

// busierShare is the share of the load n named days (or seasons) of every of hold where the
// statement names them as the busy ones ("traffic peaks on summer weekends") but says no share
// and counts nothing on them: they are busier days, not all of the load. Each is taken to carry
// twice a normal one's load, so they hold 2n/(n+of) of it. It is 0 where a share is said, no
// peak word is, or a count is said on those days ("150,000 sightings each weekend": all the
// week's, counted there).
func busierShare(statement string, from, to int, n, of float64) float64 {
	before := statement[strings.LastIndexAny(statement[:from], ".,;:!?")+1 : from]
	after := statement[to:]
	if i := strings.IndexAny(after, ".,;!?"); i >= 0 {
		after = after[:i]
	}
	if n <= 0 || n >= of || !peakWordRe.MatchString(before) && !peakWordRe.MatchString(after) {
		return 0
	}
	sentence := statement[strings.LastIndexAny(statement[:from], ".;!?")+1 : to]
	if i := strings.IndexAny(statement[to:], ".;!?"); i >= 0 {
		sentence += statement[to : to+i]
	} else {
		sentence += statement[to:]
	}
	if windowShareRe.MatchString(sentence) {
		return 0
	}
	for _, w := range strings.Fields(before + " " + after) {
		if isNumberStart(w) || wordNumbers[strings.ToLower(w)] > 1 {
			return 0 // "peaks of 900 a minute on Friday evenings": a count said on those days
		}
	}
	return 2 * n / (n + of)
}

// dayShare reads how much of the week's load the named days hold from a share said in their
// sentence ("most sales", "80% of bookings"), before them or after; with none, all of it.
func dayShare(statement string, from, to int) (float64, string) {
	start := strings.LastIndexAny(statement[:from], ".;!?") + 1
	end := len(statement)
	if i := strings.IndexAny(statement[to:], ".;!?"); i >= 0 {
		end = to + i
	}
	for _, part := range []string{statement[start:from], statement[to:end]} {
		ms := windowShareRe.FindAllStringSubmatch(part, -1)
		if len(ms) == 0 {
			continue
		}
		m := ms[len(ms)-1]
		if m[1] != "" {
			p, _ := strconv.ParseFloat(m[1], 64)
			return p / 100, ""
		}
		w := strings.ToLower(m[2])
		return windowShares[w], fmt.Sprintf("; %q taken as %.0f%% (assumed)", w, windowShares[w]*100)
	}
	return 1, ""
}

func shareWords(share float64) string {
	if share >= 1 {
		return "all"
	}
	return strconv.FormatFloat(share*100, 'f', -1, 64) + "%"
}

// shiftRe finds a count per shift, read as per worker per day.
var shiftRe = regexp.MustCompile(`(?i)\b(?:a|per|each|every)\s+shift\b`)

// shiftNote says how a shift was read, when the statement counts by one.
func shiftNote(statement string) string {
	if !shiftRe.MatchString(statement) {
		return ""
	}
	return "a shift taken as one a day for each worker (assumed)"
}

// peaks sets the peak from a stated daily window and the days of the week that hold the load:
// both stated, the peak is their product; the days alone are left for the designer to combine
// with the bunching it assumes within a day.
func (r *reader) peaks(window dailyWindow, week float64, weekNote, statement string) {
	f, said := multiplies(statement)
	if weekNote != "" && r.out.PeakFactor == 0 && f == 0 {
		// A stated peak rate ("peaks at 900 a minute on Friday evenings") or multiple ("three
		// times that on powder Saturdays") already says how busy the busy days are; the days
		// alone are noted only where they make the peak.
		r.note("%s", weekNote)
	}
	if f > r.out.PeakFactor {
		r.out.PeakFactor = f
		r.note("peak is %s× the average: stated (%q)", human(f), said)
	}
	if f, said := averageShare(statement); f > r.out.PeakFactor {
		r.out.PeakFactor = math.Round(f*10) / 10
		r.note("peak is %s× the average: stated (%q: the average as a share of the peak)", human(r.out.PeakFactor), said)
	}
	if f := r.busiest.factor; f > r.out.PeakFactor {
		r.out.PeakFactor = math.Round(f*10) / 10
		r.note("peak is %s× the average: stated (%q: the busiest hours' share of the day)", human(r.out.PeakFactor), r.busiest.said)
	}
	switch {
	case r.out.PeakFactor > 0:
	case window.cutoff > 0 && slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool { return f.Burst }):
		// "150 teams submit in the last hour before the deadline": the count in it is the peak.
	case window.cutoff >= 7*24 && week > 0:
		// "due by 2pm on Mondays": the cut-off's stretch is already where in the week it falls.
		r.out.PeakFactor = window.factor
		r.note("%s, so the peak is %s × the week's average (not again for its day)", window.note, strconv.FormatFloat(window.factor, 'f', -1, 64))
	case window.factor > 0 && week > 0:
		r.out.PeakFactor = math.Round(window.factor*week*10) / 10
		r.note("%s; with the busy days, the peak is %s × %s = %s × the average", window.note, strconv.FormatFloat(window.factor, 'f', -1, 64),
			strconv.FormatFloat(week, 'f', -1, 64), strconv.FormatFloat(r.out.PeakFactor, 'f', -1, 64))
	case window.factor > 0:
		r.out.PeakFactor = window.factor
		r.note("%s, so the peak is %s × the average", window.note, strconv.FormatFloat(window.factor, 'f', -1, 64))
	case week > 0:
		r.out.WeekPeak = math.Max(r.out.WeekPeak, week) // a busiest day said outright may run higher
	}
}

// multiplierRe finds load said to grow by a factor at a time of day or week, or at its peak:
// "traffic triples at lunch", "orders double on Friday evenings", "load quadruples during the
// evening rush".
var multiplierRe = regexp.MustCompile(`(?i)\b(doubl|tripl|quadrupl)(?:es|e|ing)\s+(?:(?:at|during|around|on|over|in)\s+(?:the\s+)?|every\s+)(\w+)`)

// multiplies reads the peak factor multiplierRe finds, or 0. Growth over the calendar ("doubles
// every year", "triples in months") is not a peak: it changes the average.
func multiplies(statement string) (float64, string) {
	for _, m := range multiplierRe.FindAllStringSubmatch(statement, -1) {
		when := strings.ToLower(m[2])
		if growthUnits[when] || isNumberStart(when) {
			continue
		}
		return map[string]float64{"doubl": 2, "tripl": 3, "quadrupl": 4}[strings.ToLower(m[1])], m[0]
	}
	return timesThat(statement)
}

// timesThatRe finds a multiple of the load just said, on an occasion: "twice that on New Year's
// Eve", "three times as many in December", "5x that during the sales", "double the usual on
// race day".
var timesThatRe = regexp.MustCompile(`(?i)\b(twice|double|triple|(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s*(?:x|×|times))\s+` +
	`(?:that|as many|as much|the (?:usual|normal|average|figure|number|volume|load|traffic))\s+(?:on|in|at|during|over|around|before|near)\s+(?:the\s+|a\s+)?(?:\d+\s+)?(\w+)[^,.;]*`)

// timesThat reads the peak factor timesThatRe finds, or 0 ("the week before" is said "1 week
// before" by then). "Twice as many next year" or "in two
// years" is growth, not a peak.
func timesThat(statement string) (float64, string) {
	for _, m := range timesThatRe.FindAllStringSubmatch(statement, -1) {
		when := strings.ToLower(m[3])
		if growthUnits[when] || isNumberStart(when) || wordNumbers[when] > 0 || when == "next" || when == "future" {
			continue
		}
		f := map[string]float64{"twice": 2, "double": 2, "triple": 3}[strings.ToLower(m[1])]
		if f == 0 {
			f = wordNumbers[strings.ToLower(m[2])]
			if f == 0 {
				f, _ = strconv.ParseFloat(m[2], 64)
			}
		}
		if f > 1 {
			return f, m[0]
		}
	}
	return 0, ""
}

// growthUnits are periods over which load grows rather than peaks.
var growthUnits = set(`year years month months quarter quarters decade launch release`)
