package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// dayOverShiftsRe finds a day's count said over shifts: "45,000 boxes a day over two shifts",
// "per day across three 6-hour shifts", "daily in 2 shifts".
var dayOverShiftsRe = regexp.MustCompile(`(?i)\b((?:a|per|each)\s+day|daily)(\s*,?\s+)(?:over|across|in|split\s+(?:over|across|into|between))\s+(\d|two|three|four)\s+(?:(\d+(?:\.\d+)?)[\s-]*(?:hours?|h)\s+)?shifts\b`)

// shiftHours is how long a shift is taken to be where the statement does not say.
const shiftHours = 8

// dayOverShifts says a day's count over shifts as over the hours they cover ("a day over 16
// hours"), which the counting reads as the day's work in those hours: the shifts split the day,
// they are no count of their own. Shifts that cover the whole day leave the day alone.
func dayOverShifts(statement string) (string, []string) {
	var notes []string
	out := dayOverShiftsRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := dayOverShiftsRe.FindStringSubmatch(m)
		n := wordNumbers[strings.ToLower(sub[3])]
		if v, err := strconv.ParseFloat(sub[3], 64); err == nil {
			n = v
		}
		each, how := float64(shiftHours), "8-hour shifts assumed"
		if sub[4] != "" {
			each, _ = strconv.ParseFloat(sub[4], 64)
			how = "stated"
		}
		hours := n * each
		if n < 1 || hours <= 0 {
			return m
		}
		notes = append(notes, fmt.Sprintf("a day's work over %s shifts: %s hours a day (%s)", human(n), human(hours), how))
		if hours >= 24 {
			return sub[1]
		}
		return fmt.Sprintf("%s over %s hours", sub[1], strconv.FormatFloat(hours, 'f', -1, 64))
	})
	return out, notes
}
