package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// cadenceUnit is a period said as a unit after "every".
const cadenceUnit = `(second|minute|hour|day|week|fortnight|month|quarter|year)s?`

// eitherEveryRe finds two cadences offered as a choice: "every week or every month", "every 2
// weeks or every month", "every week or month".
var eitherEveryRe = regexp.MustCompile(`(?i)\bevery\s+(?:(\d+(?:\.\d+)?|a|one)\s+)?` + cadenceUnit + `\s*,?\s+or\s+(?:every\s+)?(?:(\d+(?:\.\d+)?|a|one)\s+)?` + cadenceUnit + `\b`)

// everyOfRe finds a choice of counts of one period: "every 1, 2 or 3 months", "every 2 or 4
// weeks".
var everyOfRe = regexp.MustCompile(`(?i)\bevery\s+((?:\d+(?:\.\d+)?\s*,\s*)*\d+(?:\.\d+)?\s*,?\s+or\s+\d+(?:\.\d+)?)\s+` + cadenceUnit + `\b`)

// cadenceWordRe finds two cadences said as adverbs: "weekly or monthly".
var cadenceWordRe = regexp.MustCompile(`(?i)\b(hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\s*,?\s+or\s+(hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b`)

var cadenceWords = map[string]string{"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight",
	"monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year"}

// mixedCadences says a choice of cadences as one cadence, their even split, and notes it: "50,000
// customers choose a delivery every week or every month" is half of them weekly and half monthly,
// one every 11.3 days on average. Read as it stood, the choice became two flows, or none.
func mixedCadences(statement string) (string, []string) {
	var notes []string
	mixed := func(said string, periods []float64) string {
		if len(periods) < 2 {
			return said
		}
		perSecond := 0.0
		for _, p := range periods {
			perSecond += 1 / p / float64(len(periods))
		}
		every := cadenceSaid(1 / perSecond)
		notes = append(notes, fmt.Sprintf("%q: a mixed cadence, assumed split evenly across the %d choices = one %s on average (all on the slowest, %s, would be %s× that)",
			said, len(periods), every, cadenceSaid(periods[slowest(periods)]), human(1/periods[slowest(periods)]/perSecond)))
		return every
	}
	statement = eitherEveryRe.ReplaceAllStringFunc(statement, func(m string) string {
		s := eitherEveryRe.FindStringSubmatch(m)
		return mixed(m, []float64{cadenceCount(s[1]) * cadenceSeconds(s[2]), cadenceCount(s[3]) * cadenceSeconds(s[4])})
	})
	statement = everyOfRe.ReplaceAllStringFunc(statement, func(m string) string {
		s := everyOfRe.FindStringSubmatch(m)
		var periods []float64
		for _, f := range strings.FieldsFunc(s[1], func(r rune) bool { return r == ',' || r == ' ' }) {
			if v, err := strconv.ParseFloat(f, 64); err == nil && v > 0 {
				periods = append(periods, v*cadenceSeconds(s[2]))
			}
		}
		return mixed(m, periods)
	})
	return cadenceWordRe.ReplaceAllStringFunc(statement, func(m string) string {
		s := cadenceWordRe.FindStringSubmatch(m)
		return mixed(m, []float64{cadenceSeconds(cadenceWords[strings.ToLower(s[1])]), cadenceSeconds(cadenceWords[strings.ToLower(s[2])])})
	}), notes
}

func cadenceCount(s string) float64 {
	if v, err := strconv.ParseFloat(s, 64); err == nil && v > 0 {
		return v
	}
	return 1 // "every week", "every a week" is not said, "every one week" is one
}

func cadenceSeconds(unit string) float64 { return timeUnits[strings.ToLower(unit)] }

func slowest(periods []float64) int {
	k := 0
	for i, p := range periods {
		if p > periods[k] {
			k = i
		}
	}
	return k
}

// cadenceSaid says a period as "every N units" in the largest unit up to a day it is at least one
// of: a week or a month to one decimal would be a percent or two off.
func cadenceSaid(seconds float64) string {
	for _, u := range []string{"day", "hour", "minute"} {
		if n := seconds / timeUnits[u]; round1(n) == 1 {
			return "every " + u
		} else if n >= 1 {
			return "every " + strconv.FormatFloat(round1(n), 'f', -1, 64) + " " + u + "s"
		}
	}
	return "every " + strconv.FormatFloat(round1(seconds), 'f', -1, 64) + " seconds"
}

func round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }
