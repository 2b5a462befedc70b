package workload

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A daily window is the part of the day that holds most of the load: "most of them between 7 and
// 9 am", "80% of orders come in from 6 to 9 pm", "the 7-9am rush". It sets the peak factor, and
// its clock times are not counts: the 9 of "9 am" is not nine of anything.
type dailyWindow struct {
	hours  float64 // how long the window is
	share  float64 // the part of the day's load inside it
	factor float64 // share × 24 ÷ hours: the window's rate over the day's average
	note   string
	cutoff float64 // the hours a cut-off comes back in (24, 168); its stretch is within that period
	// sending is how many hours a day senders on a clock run, where clock windows are said of
	// them ("each bus sends a position every 10 seconds during the runs, 6:30-8:30 am and
	// 2:30-4:30 pm": 4 hours), and sendingSaid the windows as said.
	sending     float64
	sendingSaid string
}

// onAClockRe finds a sender's interval, said before a window of clock times in its sentence.
var onAClockRe = regexp.MustCompile(`(?i)\bevery\s+(?:\d+(?:\.\d+)?\s*)?(?:s|secs?|seconds?|mins?|minutes?)\b`)

const clockTime = `(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?`

var (
	// "between 7 and 9 am", "from 17:00 to 19:00", "7-9am", "11 am to 2 pm".
	clockRangeRe = regexp.MustCompile(`(?i)\b(?:(?:between|from)\s+)?` + clockTime + `\s*(?:and|to|until|till|-|–)\s*` + clockTime + `(?:\s*o'clock)?\b`)
	// "at 9 pm", "9:30": a clock time on its own.
	clockAloneRe = regexp.MustCompile(`(?i)\b\d{1,2}(?::\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\s*(?:a\.?m\.?|p\.?m\.?))(?:\W|$)`)
	// What says how much of the day's load the window holds, read just before it.
	windowShareRe = regexp.MustCompile(`(?i)(\d+(?:\.\d+)?)\s*(?:%|percent)|\b(most|mostly|mainly|majority|bulk|half|a third|one third|two thirds|a quarter|one quarter|three quarters|a fifth|one fifth|nearly all|almost all|all)\b`)
)

var windowShares = map[string]float64{"most": 0.6, "mostly": 0.6, "mainly": 0.6, "majority": 0.6, "bulk": 0.6, "half": 0.5, "a third": 0.33, "one third": 0.33,
	"a quarter": 0.25, "one quarter": 0.25, "a fifth": 0.2, "one fifth": 0.2,
	"two thirds": 0.67, "three quarters": 0.75, "nearly all": 0.9, "almost all": 0.9, "all": 0.9}

// periodWindowRe finds the days of a month (or quarter, or year) that hold its load: "most claims
// are filed in the last three days of the month".
var periodWindowRe = regexp.MustCompile(`(?i)\b(?:in|during|over|on|within)\s+the\s+(?:last|first|final|closing|opening)\s+(?:(\w+)\s+)?(days?|weeks?)\s+of\s+(?:the|each|every|a)\s+(month|quarter|year)\b`)

var spelledSmall = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "a": 1}

// readPeriodWindow reads a window of days within a month, quarter or year as the peak, and
// blanks it so its number is not read as a retention or a count.
func readPeriodWindow(statement string) (string, dailyWindow) {
	loc := periodWindowRe.FindStringSubmatchIndex(statement)
	if loc == nil {
		return statement, dailyWindow{}
	}
	sub := func(k int) string {
		if loc[2*k] < 0 {
			return ""
		}
		return strings.ToLower(statement[loc[2*k]:loc[2*k+1]])
	}
	n, ok := spelledSmall[sub(1)]
	if loc[2] < 0 {
		n, ok = 1, true // "in the first week of the month"
	}
	if !ok {
		v, err := strconv.ParseFloat(sub(1), 64)
		if err != nil {
			return statement, dailyWindow{}
		}
		n = v
	}
	days := n
	if strings.HasPrefix(sub(2), "week") {
		days *= 7
	}
	period := map[string]float64{"month": 30, "quarter": 91, "year": 365}[sub(3)]
	window := strings.Join(strings.Fields(statement[loc[0]:loc[1]]), " ")
	share, note := windowShare(statement[:loc[0]], window, days*24)
	note = strings.Replace(note, "the day's load", "the "+sub(3)+"'s load", 1)
	note = strings.Replace(note, strconv.FormatFloat(days*24, 'f', -1, 64)+" h of the day", fmt.Sprintf("%s of %s days", strconv.FormatFloat(days, 'f', -1, 64), strconv.FormatFloat(period, 'f', -1, 64)), 1)
	w := dailyWindow{hours: days * 24, share: share, note: note}
	if days < period {
		w.factor = math.Round(share*period/days*10) / 10
	}
	if w.factor <= 1 {
		w = dailyWindow{}
	}
	return statement[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + statement[loc[1]:], w
}

// readDailyWindow finds a daily window in the statement and returns the statement with every
// clock time blanked out, so the counting that follows never reads one as a figure.
func readDailyWindow(statement string) (string, dailyWindow) {
	statement = namedHours(statement)
	var w dailyWindow
	var crowd []int // where a crowd's window is said, and its length in minutes
	var sending float64
	var sendingSaid string
	for _, loc := range clockRangeRe.FindAllStringSubmatchIndex(statement, -1) {
		if numberGoesOn(statement, loc[1]) {
			continue
		}
		sub := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return statement[loc[2*k]:loc[2*k+1]]
		}
		if sub(3) == "" && sub(6) == "" && sub(2) == "" && sub(5) == "" {
			continue // "between 7 and 9": no clock without am, pm or minutes
		}
		start, end := clockHour(sub(1), sub(2), sub(3), sub(6)), clockHour(sub(4), sub(5), sub(6), "")
		if start < 0 || end < 0 {
			continue
		}
		hours := end - start
		switch {
		case hours <= 0 && sub(3) == "" && sub(6) == "" && end+12 > start:
			hours += 12 // "11:30 to 1:30": a twelve-hour clock without am or pm
		case hours <= 0:
			hours += 24 // "10 pm to 2 am"
		}
		sentence := statement[:loc[0]]
		if i := strings.LastIndexAny(sentence, ".;!?"); i >= 0 {
			sentence = sentence[i+1:]
		}
		if at := onAClockRe.FindAllStringIndex(sentence, -1); at != nil && hours < 24 && !strings.ContainsAny(clockRangeRe.ReplaceAllString(sentence[at[len(at)-1][1]:], ""), "0123456789") {
			// When machines on a clock run, not when people's load bunches; a count between
			// them ("every 10 seconds, and 350k riders check … in the 7-9am peak") says the
			// window is another subject's.
			sending += hours
			sendingSaid = strings.TrimPrefix(sendingSaid+" and "+strings.TrimSpace(statement[loc[0]:loc[1]]), " and ")
			continue
		}
		if w.hours == 0 && hours < 12 {
			w.hours = hours
			w.share, w.note = windowShare(statement[:loc[0]], statement[loc[0]:loc[1]], hours)
			crowd = crowdInWindow(statement, loc[0], loc[1], hours)
		}
	}
	if w.hours == 0 {
		w = aroundClock(statement)
	}
	if w.hours > 0 {
		w.factor = math.Round(w.share*24/w.hours*10) / 10
		if w.factor <= 1 {
			w = dailyWindow{}
		}
	}
	w.sending, w.sendingSaid = sending, sendingSaid
	blank := func(s string) string { return strings.Repeat(" ", len(s)) }
	b := []byte(statement)
	for _, loc := range clockRangeRe.FindAllStringIndex(statement, -1) {
		if m := statement[loc[0]:loc[1]]; clockAloneRe.MatchString(m) && !numberGoesOn(statement, loc[1]) {
			copy(b[loc[0]:], blank(m))
		}
	}
	out := clockAloneRe.ReplaceAllStringFunc(string(b), blank)
	if crowd != nil {
		// Blanking kept every length, so the crowd's window is where it was.
		span := fmt.Sprintf("%d minutes", crowd[2])
		if crowd[2]%60 == 0 {
			span = fmt.Sprintf("%d hours", crowd[2]/60)
		}
		// People rush within it; a count of things is spread over it.
		lead := " within "
		if crowd[3] == 1 {
			lead = " over "
		}
		out = out[:crowd[0]] + lead + span + " " + out[crowd[1]:]
	}
	return out, w
}

var (
	// crowdRe finds counted people and what they do, ending where a window follows: "up to 350k
	// riders check arrival times in the".
	crowdRe = regexp.MustCompile(`(?i)\d[\d,.]*\s*(?:k|m|thousand|million)?\s+([a-z-]+s)\s+[a-z][^.;,]*$`)
	// windowLeadRe and windowTailRe are the words that put a window in a clause: "in the … peak".
	windowLeadRe = regexp.MustCompile(`(?i)\b(?:in|during|over|within)\s+(?:the\s+)?$`)
	windowTailRe = regexp.MustCompile(`(?i)^\s*(?:morning |evening |commute |daily )?(?:peak|rush(?: hour)?|window|busy hours?)\b`)
)

// crowdInWindow finds counted people who act in a stated window ("up to 350k riders check
// arrival times in the 7-9am peak"): each of them acts at least once in it, so the window holds
// their whole count, a burst, not a bound or a day's total. A share said before ("most of them
// between 7 and 9 am") makes the count the day's instead. It returns the span to say the window
// as a length over and the length in minutes, or nil.
func crowdInWindow(statement string, start, end int, hours float64) []int {
	before := statement[:start]
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before = before[i+1:]
	}
	clause := before
	if i := strings.LastIndexAny(clause, ","); i >= 0 {
		clause = clause[i+1:]
	}
	lead := windowLeadRe.FindStringIndex(clause)
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(statement[start:end])), "between") ||
		strings.HasPrefix(strings.ToLower(strings.TrimSpace(statement[start:end])), "from") {
		lead = []int{len(clause), len(clause)}
	}
	if lead == nil || windowShareRe.MatchString(before) {
		return nil
	}
	events := 0
	if m := crowdRe.FindStringSubmatch(clause[:lead[0]]); m == nil || !personNoun(singular(strings.ToLower(m[1]))) {
		// "60k views on a storm morning between 5 and 8 am": a count of things, with no period
		// of its own, said right before the window is what the window holds.
		e := countedEventsRe.FindStringSubmatch(clause[:lead[0]])
		if e == nil || personNoun(singular(strings.ToLower(e[1]))) || ratedRe.MatchString(e[2]) {
			return nil
		}
		events = 1
	}
	from := start - (len(clause) - lead[0])
	if t := windowTailRe.FindStringIndex(statement[end:]); t != nil {
		end += t[1]
	}
	return []int{from, end, int(math.Round(hours * 60)), events}
}

var (
	// countedEventsRe finds a count of things and what follows it, up to where a window starts:
	// "60k views on a storm morning", "60,000 forecast views".
	countedEventsRe = regexp.MustCompile(`(?i)\d[\d,.]*\s*(?:k|m|thousand|million)?\s+(?:[a-z-]+\s+)?([a-z-]+s)\b([^.;,\d]*)$`)
	// ratedRe finds a period said of a count already: "a day", "per hour", "daily".
	ratedRe = regexp.MustCompile(`(?i)\b(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year|night|morning|evening)\b|\b(?:daily|hourly|weekly|monthly|nightly|yearly|annually)\b`)
)

// aroundClockRe finds one clock time the load gathers near: "mostly around 6am", "most of them
// at 7:30 pm".
var aroundClockRe = regexp.MustCompile(`(?i)\b(?:around|about|near|close to|at|by)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)`)

// aroundHours is how long the busy stretch around one stated clock time is taken to last.
const aroundHours = 1

// aroundClock reads a share of the load said to fall at one clock time ("about 900 farmers check
// the app, mostly around 6am") as a window of an hour around it. Without a share said in its
// sentence, a lone time is a schedule ("published Monday at 9am") or a crowd's opening, not
// where the day's load falls.
func aroundClock(statement string) dailyWindow {
	loc := aroundClockRe.FindStringIndex(statement)
	if loc == nil || numberGoesOn(statement, loc[1]) {
		return dailyWindow{}
	}
	before := statement[:loc[0]]
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before = before[i+1:]
	}
	if !windowShareRe.MatchString(before) {
		return dailyWindow{}
	}
	share, note := windowShare(before, strings.TrimRight(statement[loc[0]:loc[1]], "."), aroundHours)
	note = strings.Replace(note, "(1 h of the day)", "(1 h of the day, assumed)", 1)
	return dailyWindow{hours: aroundHours, share: share, note: note}
}

// numberGoesOn reports whether the figure ending at i is part of a longer one: the "2" of "9am
// and 2,000 customers" is no end of a clock range.
func numberGoesOn(s string, i int) bool {
	if m := magnitudeAfterRe.FindStringSubmatch(s[min(i, len(s)):]); m != nil && magnitudes[strings.ToLower(m[1])] > 0 {
		return true // "at 10am and 2 million fans": the 2 is two million, no end of a range
	}
	return i < len(s) && (s[i] >= '0' && s[i] <= '9' || (s[i] == ',' || s[i] == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9')
}

// namedHourRe finds noon, midday or midnight at either end of a clock range: "between 10am and
// noon", "from midnight to 6 am".
var namedHourRe = regexp.MustCompile(`(?i)\b(?:and|to|until|till)\s+(noon|midday|midnight)\b|\b(noon|midday|midnight)\s*(?:and|to|until|till|-|–)\s*\d`)

// namedHours writes noon, midday and midnight that end a clock range as the clock times they are,
// padded to their length, so the range is read as any other ("between 10am and noon" is 2 h).
func namedHours(statement string) string {
	b := []byte(statement)
	for _, loc := range namedHourRe.FindAllStringSubmatchIndex(statement, -1) {
		i, j := loc[2], loc[3]
		if i < 0 {
			i, j = loc[4], loc[5]
		}
		clock := "12pm"
		if strings.EqualFold(statement[i:j], "midnight") {
			clock = "12am"
		}
		copy(b[i:j], clock+strings.Repeat(" ", j-i-len(clock)))
	}
	return string(b)
}

// magnitudeAfterRe finds a magnitude word right after a figure: "2 million", "2 thousand".
var magnitudeAfterRe = regexp.MustCompile(`(?i)^\s*(million|millions|thousand|thousands|billion|billions|hundred|lakh|crore)\b`)

// clockHour reads one end of a range as hours since midnight; the other end's am or pm counts
// when this one has none ("between 5 and 7 pm"). -1 when it is no time of day.
func clockHour(h, m, half, otherHalf string) float64 {
	hour, err := strconv.Atoi(h)
	if err != nil || hour > 24 {
		return -1
	}
	mins, _ := strconv.Atoi(m)
	if half == "" {
		half = otherHalf
	}
	half = strings.ToLower(strings.ReplaceAll(half, ".", ""))
	switch {
	case half == "pm" && hour < 12:
		hour += 12
	case half == "am" && hour == 12:
		hour = 0
	case half == "" && m == "" && otherHalf == "":
		return -1
	}
	return float64(hour) + float64(mins)/60
}

// windowShare reads how much of the day the window holds from the words of its sentence before
// it ("most of them", "80% of orders"); with none, half is assumed.
func windowShare(before, window string, hours float64) (float64, string) {
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before = before[i+1:]
	}
	window = strings.Join(strings.Fields(window), " ")
	span := fmt.Sprintf("%s h of the day", strconv.FormatFloat(hours, 'f', -1, 64))
	ms := windowShareRe.FindAllStringSubmatch(before, -1)
	if len(ms) == 0 {
		return 0.5, fmt.Sprintf("peak: the load bunches %s (%s): stated; half of the day's load in it (assumed)", window, span)
	}
	m := ms[len(ms)-1]
	if m[1] != "" {
		p, _ := strconv.ParseFloat(m[1], 64)
		return p / 100, fmt.Sprintf("peak: %s%% of the day's load falls %s (%s): stated", m[1], window, span)
	}
	word := strings.ToLower(m[2])
	share := windowShares[word]
	amount := word
	if word == "mostly" || word == "mainly" {
		amount = "most" // "mostly around 6am": most of the day's load
	}
	return share, fmt.Sprintf("peak: %s of the day's load falls %s (%s): stated; %q taken as %.0f%% (assumed)", amount, window, span, word, share*100)
}

// openingRe finds a crowd acting at one clock time, with nothing between the crowd and the
// time but what they do: "15,000 students try to enrol at 7am", "40,000 fans log in at 9:00".
var openingRe = regexp.MustCompile(`(?i)(\d[\d,.]*\s*(?:k|m|thousand|million)?\s+[a-z-]+s\b[^.;,]{1,60}?)\s+(?:at|right at|sharp at)\s+(` + clockTime + `)(?:\s+sharp)?`)

// openingMinutes is how long the rush at a stated opening time lasts when the statement does not
// say: most of a crowd that waits for a time acts in its first minutes.
const openingMinutes = 10

// readOpening reads a crowd that acts at one clock time as a rush in the first minutes after it,
// and says so as an assumption. It returns the statement with the time replaced by that window.
func readOpening(statement string) (string, string) {
	loc := openingRe.FindStringSubmatchIndex(statement)
	if loc == nil || clockRangeRe.MatchString(statement[loc[4]:loc[5]]) {
		return statement, ""
	}
	at := statement[loc[4]:loc[5]]
	if !strings.ContainsAny(strings.ToLower(at), "apm:") {
		return statement, "" // "at 7" may be a count or a platform number
	}
	note := fmt.Sprintf("a crowd acting at %s: most of it within the first %d minutes (assumed)", strings.TrimSpace(at), openingMinutes)
	return statement[:loc[3]] + fmt.Sprintf(" within %d minutes ", openingMinutes) + strings.TrimLeft(statement[loc[1]:], " "), note
}

// windowOfRe finds a count's window said as a stretch of stated length: "in a 3-hour window",
// "during a two-hour spike", "over one 90-minute stretch".
var windowOfRe = regexp.MustCompile(`(?i)\b(?:in|within|during|over|across)\s+(?:a|an|one|the|that|this|each)\s+(\d+(?:\.\d+)?|one|two|three|four|five|six|eight|ten|twelve)[- ](second|minute|hour)[- ](?:window|stretch|span|period|burst|spike|surge|rush)\b`)

// windowLengths writes a window said as a stretch of stated length as the length it lasts
// ("60k views in a 3-hour window" → "60k views over 3 hours"), so a count before it is read as
// what the stretch holds, as "over 3 hours" is, not as a bound beside a lone time.
func windowLengths(statement string) string {
	return windowOfRe.ReplaceAllString(statement, "over $1 ${2}s")
}

// partOfDayRe finds a count of things said of one kind of part of a day, with no period of its
// own: "60k views on a storm morning", "9,000 bookings on a race evening".
var partOfDayRe = regexp.MustCompile(`(?i)(\d[\d,.]*\s*(?:k|m|thousand|million)?\s+(?:[a-z-]+\s+)?([a-z-]+s))\s+on\s+an?\s+([a-z-]+)\s+(morning|afternoon|evening|night)\b`)

// partOfDayWindows writes a count said of one kind of morning or evening as that many over the
// part of the day it names, whose length is assumed: the count's peak rate is over those
// hours, not the day's. A window said after it ("on a storm morning between 5 and 8 am", read
// before) is the one that counts; "on a typical morning" is any day's.
func partOfDayWindows(statement string) (string, string) {
	note := ""
	out := partOfDayRe.ReplaceAllStringFunc(statement, func(s string) string {
		m := partOfDayRe.FindStringSubmatch(s)
		if personNoun(singular(strings.ToLower(m[2]))) || periodAdjectives[strings.ToLower(m[3])] || ratedRe.MatchString(m[1]) {
			return s
		}
		i := strings.Index(statement, s) + len(s)
		if next := strings.Fields(statement[i:]); len(next) > 0 && (next[0] == "over" || next[0] == "within" || next[0] == "between" || next[0] == "from") {
			return s
		}
		part := strings.ToLower(m[4])
		h := sittingHours[part]
		note = fmt.Sprintf("“a %s %s” taken as %g h (assumed): the count falls within it", strings.ToLower(m[3]), part, h)
		return fmt.Sprintf("%s over %g hours", m[1], h)
	})
	return out, note
}
