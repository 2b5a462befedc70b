package workload

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A cut-off is a time by which something must be done: "choose 4 meals a week by Wednesday
// midnight", "before the Friday noon cut-off", "the 5pm court deadline". People do not spread
// such work over the period: they leave it late, so a large share lands just before the cut-off,
// and that stretch, not the period's average, is the peak to size for.

const (
	weekdayWord = `(?:mon|tues|wednes|thurs|fri|satur|sun)days?`
	cutoffClock = `(?:midnight|noon|midday|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))`
	cutoffWord  = `(?:cut-?off|deadline|closing time)`
)

var (
	// cutoffRe finds a cut-off said with a day of the week or a word that makes it one: "by
	// Wednesday midnight", "before the Friday noon cut-off", "before the 5pm court deadline",
	// "by noon on Fridays", "by 9am each day".
	cutoffRe = regexp.MustCompile(`(?i)\b(?:by|before|until|ahead of)\s+(?:the\s+)?(` + weekdayWord + `(?:\s+(?:at\s+)?` + cutoffClock + `)?|` +
		cutoffClock + `(?:\s+on\s+` + weekdayWord + `)?)((?:\s+[a-z-]+)?\s+` + cutoffWord + `)?` +
		`(\s+(?:each|every)\s+(?:day|morning|evening|weekday|school day|working day)|\s+daily)?`)
	// cutoffSaidRe finds one said as a deadline: "the deadline is Friday at 5pm", "the cut-off
	// of noon on Thursdays".
	cutoffSaidRe = regexp.MustCompile(`(?i)\b` + cutoffWord + `\s+(?:is|of|at)\s+(?:the\s+)?(` + weekdayWord + `(?:\s+(?:at\s+)?` + cutoffClock + `)?|` +
		cutoffClock + `(?:\s+on\s+` + weekdayWord + `)?)`)
	// lastSpanRe finds the stretch just before it that a share of the load is said to fall in:
	// "most filings arrive in the last hour before …", "40% in the final 2 hours before …".
	lastSpanRe = regexp.MustCompile(`(?i)\b(?:in|during|within)\s+the\s+(?:last|final)\s+(?:(\w+)\s+)?(minutes?|hours?|days?)\s*$`)
	weekdayRe  = regexp.MustCompile(`(?i)\b` + weekdayWord + `\b`)
	nextDayRe  = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:next|following|tomorrow)\b`)
)

// assumedCutoffShare is the share of a period's load taken to land just before its cut-off when
// the statement does not say; the stretch is cutoffHours long for a weekly cut-off, and
// dailyCutoffHours for a daily one.
const (
	assumedCutoffShare = 1.0 / 3
	cutoffHours        = 6
	dailyCutoffHours   = 2
)

// readCutoff reads a cut-off as the peak: the share said to fall in the stretch before it ("most
// … in the last hour before the 5pm court deadline"), else a third of the period's load in the
// last hours before it (assumed). A cut-off on a day of the week comes back weekly; one at a
// clock time alone, daily. A next-morning deadline is overnight's to read.
func readCutoff(statement string) dailyWindow {
	cut, loc := cutoffIn(statement)
	if cut == "" {
		return dailyWindow{}
	}
	period, each := 24.0, "day"
	if weekdayRe.MatchString(cut) {
		period, each = 168, "week"
	}
	w := dailyWindow{hours: dailyCutoffHours, share: assumedCutoffShare}
	if period > 24 {
		w.hours = cutoffHours
	}
	w.note = fmt.Sprintf("peak: sized by the cut-off (%q): a third of each %s's load lands in its last %s h (assumed: people leave it late)", cut, each, strconv.Itoa(int(w.hours)))
	before := statement[:loc]
	if span := lastSpanRe.FindStringSubmatchIndex(before); span != nil {
		n, ok := 1.0, true // "in the last hour"
		if span[2] >= 0 {
			n, ok = spanCount(strings.ToLower(before[span[2]:span[3]]))
		}
		if h := n * timeUnits[singular(strings.ToLower(before[span[4]:span[5]]))] / 3600; ok && h > 0 && h < period {
			window := strings.Join(strings.Fields(before[span[0]:span[1]]), " ") + " " + cut
			w.hours = h
			w.note = fmt.Sprintf("peak: sized by the cut-off (%q): a third of each %s's load lands %s (the stretch stated, the share assumed: people leave it late)", cut, each, window)
			if share, note := windowShare(before[:span[0]], window, h); !strings.HasPrefix(note, "peak: the load bunches") {
				w.share, w.note = share, strings.NewReplacer("the day's load", "the "+each+"'s load", " h of the day)", " h of the "+each+")").Replace(note)
			}
		}
	}
	w.factor = math.Round(w.share*period/w.hours*10) / 10
	if w.factor <= 1 {
		return dailyWindow{}
	}
	w.cutoff = period
	return w
}

// cutoffIn finds the cut-off in a statement, as said, and where its phrase starts; "" when there
// is none.
func cutoffIn(statement string) (string, int) {
	for _, loc := range cutoffRe.FindAllStringSubmatchIndex(statement, -1) {
		if nextDayRe.MatchString(statement[loc[1]:]) {
			continue // "by 7am the next morning": overnight's
		}
		if loc[4] < 0 && loc[6] < 0 && !weekdayRe.MatchString(statement[loc[2]:loc[3]]) {
			continue // "by 5pm" alone may be opening hours or a delivery promise; "by 9am each day" is a cut-off
		}
		return strings.Join(strings.Fields(statement[loc[0]:loc[1]]), " "), loc[0]
	}
	if loc := cutoffSaidRe.FindStringIndex(statement); loc != nil {
		return strings.Join(strings.Fields(statement[loc[0]:loc[1]]), " "), loc[0]
	}
	return "", 0
}
