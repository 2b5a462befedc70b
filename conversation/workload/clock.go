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
}

const clockTime = `(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?`

var (
	// "between 7 and 9 am", "from 17:00 to 19:00", "7-9am", "11 am to 2 pm".
	clockRangeRe = regexp.MustCompile(`(?i)\b(?:(?:between|from)\s+)?` + clockTime + `\s*(?:and|to|until|till|-|–)\s*` + clockTime + `(?:\s*o'clock)?\b`)
	// "at 9 pm", "9:30": a clock time on its own.
	clockAloneRe = regexp.MustCompile(`(?i)\b\d{1,2}(?::\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\s*(?:a\.?m\.?|p\.?m\.?))(?:\W|$)`)
	// What says how much of the day's load the window holds, read just before it.
	windowShareRe = regexp.MustCompile(`(?i)(\d+(?:\.\d+)?)\s*(?:%|percent)|\b(most|majority|bulk|half|a third|two thirds|three quarters|nearly all|almost all|all)\b`)
)

var windowShares = map[string]float64{"most": 0.6, "majority": 0.6, "bulk": 0.6, "half": 0.5, "a third": 0.33,
	"two thirds": 0.67, "three quarters": 0.75, "nearly all": 0.9, "almost all": 0.9, "all": 0.9}

// periodWindowRe finds the days of a month (or quarter, or year) that hold its load: "most claims
// are filed in the last three days of the month".
var periodWindowRe = regexp.MustCompile(`(?i)\b(?:in|during|over|on|within)\s+the\s+(?:last|first|final|closing|opening)\s+(\w+)\s+(days?|weeks?)\s+of\s+(?:the|each|every|a)\s+(month|quarter|year)\b`)

var spelledSmall = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "a": 1}

// readPeriodWindow reads a window of days within a month, quarter or year as the peak, and
// blanks it so its number is not read as a retention or a count.
func readPeriodWindow(statement string) (string, dailyWindow) {
	loc := periodWindowRe.FindStringSubmatchIndex(statement)
	if loc == nil {
		return statement, dailyWindow{}
	}
	sub := func(k int) string { return strings.ToLower(statement[loc[2*k]:loc[2*k+1]]) }
	n, ok := spelledSmall[sub(1)]
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
	var w dailyWindow
	for _, loc := range clockRangeRe.FindAllStringSubmatchIndex(statement, -1) {
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
		if w.hours == 0 && hours < 12 {
			w.hours = hours
			w.share, w.note = windowShare(statement[:loc[0]], statement[loc[0]:loc[1]], hours)
		}
	}
	if w.hours > 0 {
		w.factor = math.Round(w.share*24/w.hours*10) / 10
		if w.factor <= 1 {
			w = dailyWindow{}
		}
	}
	blank := func(s string) string { return strings.Repeat(" ", len(s)) }
	statement = clockRangeRe.ReplaceAllStringFunc(statement, func(m string) string {
		if clockAloneRe.MatchString(m) {
			return blank(m)
		}
		return m
	})
	return clockAloneRe.ReplaceAllStringFunc(statement, blank), w
}

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
	return share, fmt.Sprintf("peak: %s of the day's load falls %s (%s): stated; %q taken as %.0f%% (assumed)", word, window, span, word, share*100)
}
