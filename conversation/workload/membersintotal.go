package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// membersInTotalRe finds counted groups of people followed by how many people they hold in all:
// "14 nurses' teams (about 220 of them in total)", "30 teams of drivers, some 400 of them all
// told", "6 crews of cleaners (45 of them)".
var membersInTotalRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*(?:\s*(?:k|thousand))?)\s+` +
	`(?:([a-z-]+s)'\s+([a-z]+s)|([a-z]+s)\s+of\s+([a-z-]+s))` +
	`\s*(?:\(|,|[—–-])\s*(?:about|some|roughly|around|nearly|almost|over|approximately|~)?\s*` +
	`(\d[\d,.]*(?:\s*(?:k|thousand))?)\s+of them(?:\s+(?:in total|in all|altogether|all told|overall))?\s*\)?`)

// membersInTotal says "14 nurses' teams (about 220 of them in total)" as "14 teams: 220 nurses".
// The count after the groups is of their members, not of the groups: more of them than groups
// can only be people, and it is the people who act. A smaller count ("12 teams of nurses, 3 of
// them on nights") is some of the groups and is left as said.
func membersInTotal(statement string) string {
	return membersInTotalRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := membersInTotalRe.FindStringSubmatch(m)
		members, groups := sub[2], sub[3]
		if members == "" {
			members, groups = sub[5], sub[4]
		}
		if !groupNouns[singular(strings.ToLower(groups))] || countOf(sub[6]) <= countOf(sub[1]) {
			return m
		}
		return sub[1] + " " + groups + ": " + sub[6] + " " + members
	})
}

// countOf is the value of a count as the pattern above finds it, 0 when it is none.
func countOf(s string) float64 {
	s = strings.ToLower(strings.ReplaceAll(s, ",", ""))
	mult := 1.0
	for suffix, f := range map[string]float64{"thousand": 1e3, "k": 1e3} {
		if strings.HasSuffix(s, suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, suffix)), f
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return v * mult
}
