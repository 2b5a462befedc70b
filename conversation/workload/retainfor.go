package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// keptForRe finds how long data is kept said with an article or in seasons: "keep the track
// history for a year", "retained for a decade", "we keep scan history for two seasons". The
// words of keeping come first, in the same clause.
var keptForRe = regexp.MustCompile(`(?i)\b((?:keep|keeps|kept|keeping|retain|retains|retained|retaining|store|stores|stored|storing|archive|archives|archived|history|retention)\b[^.;:!?]{0,40}?\bfor\s+)` +
	`(?:(a|an)\s+(year|month|week|day|decade|fortnight)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(seasons?))\b`)

// retainedFor says such a retention in the figures the counting reads as one: "for a year" is
// "for 1 year", "for a decade" "for 10 years". A season (a ski resort's, a league's) comes
// once a year, so history kept for two seasons is kept about two years: assumed, and noted.
func retainedFor(statement string) (string, []string) {
	var notes []string
	out := keptForRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := keptForRe.FindStringSubmatch(m)
		lead := sub[1]
		if sub[3] != "" {
			if strings.EqualFold(sub[3], "decade") {
				return lead + "10 years"
			}
			return lead + "1 " + strings.ToLower(sub[3])
		}
		n := wordNumbers[strings.ToLower(sub[4])]
		if n == 0 {
			n, _ = strconv.ParseFloat(sub[4], 64)
		}
		if n <= 0 {
			return m
		}
		years := strconv.FormatFloat(n, 'f', -1, 64)
		unit := " years"
		if n == 1 {
			unit = " year"
		}
		notes = append(notes, fmt.Sprintf("%q: a season comes once a year, so kept about %s%s (assumed)", strings.TrimSpace(sub[4]+" "+sub[5]), years, unit))
		return lead + years + unit
	})
	return out, notes
}
