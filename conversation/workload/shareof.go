package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// shareOfGroupRe finds a share of a counted group that acts, said before it: "5% of our 4
// million members renew each month", "roughly a third of the 90,000 students apply for housing".
var shareOfGroupRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?\s*%|half|a third|one third|two thirds|a quarter|one quarter|three quarters|a fifth|one fifth|a tenth|one tenth)` +
	`\s+of\s+(?:(?:all\s+)?(?:our|the|its|their|your)\s+)?(\d[\d,]*(?:\.\d+)?)\s*(k|m|thousand|million|billion)?\s+` +
	`((?:[a-z-]+\s+){0,2}?[a-z-]+s)\s+([a-z]+)\b`)

// groupScale is what a count's word after it multiplies by.
var groupScale = map[string]float64{"": 1, "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "billion": 1e9}

// shareActs name the verbs after which the share says who is active or what the group is, not
// who does an act: activeShare reads "20% of whom are active daily" as the day's people.
var shareActs = set(`are is were was log logs visit visits open opens use uses have has own`)

// sharesOfGroup says such a share as the group and then the part of it that acts: "our 4
// million members; 200000 members renew each month". Read as it stood, the share was dropped:
// every member renewed, and "20% of our 5 million users are active daily" was 5 million a day.
func sharesOfGroup(statement string) string {
	var out strings.Builder
	last := 0
	for _, at := range shareOfGroupRe.FindAllStringIndex(statement, -1) {
		out.WriteString(statement[last:at[0]])
		out.WriteString(shareOfGroup(statement[at[0]:at[1]], rushAfterRe.MatchString(statement[at[1]:])))
		last = at[1]
	}
	return out.String() + statement[last:]
}

// rushAfterRe finds a window right after a share's verb: "80% of our 650,000 students log in
// within the first 10 minutes" log in at once, a rush of that part, not the day's active share.
var rushAfterRe = regexp.MustCompile(`(?i)^\s*(?:in\s+|on\s+|up\s+)?(?:within|in the first|in the last|during|in under)\b`)

// shareOfGroup says one share of a group (m) as the group and the part that acts; rush says a
// window follows the verb.
func shareOfGroup(m string, rush bool) string {
	sub := shareOfGroupRe.FindStringSubmatch(m)
	verb := strings.ToLower(sub[5])
	share := shareValue(strings.ToLower(sub[1]))
	n, err := strconv.ParseFloat(strings.ReplaceAll(sub[2], ",", ""), 64)
	if err != nil || share <= 0 || share >= 1 || stopWords[verb] && !shareActs[verb] || timeUnits[verb] > 0 {
		return m
	}
	whole := "our " + strings.TrimSpace(sub[2]+" "+sub[3]) + " " + sub[4]
	if shareActs[verb] && !rush {
		// "20% of our 5 million users are active daily": the share of whom, which the
		// counting reads as the day's active people.
		return whole + ", " + strconv.FormatFloat(share*100, 'f', -1, 64) + "% of whom " + sub[5]
	}
	part := strconv.FormatFloat(n*groupScale[strings.ToLower(sub[3])]*share, 'f', 0, 64)
	return whole + "; " + part + " " + sub[4] + " " + sub[5]
}

// shareValue reads "5%" or "a third" as a share of one.
func shareValue(s string) float64 {
	if p, ok := strings.CutSuffix(strings.ReplaceAll(s, " ", ""), "%"); ok {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil {
			return 0
		}
		return v / 100
	}
	p := orWord(fractions[s], moreFractions[s])
	v, _ := strconv.ParseFloat(strings.TrimSuffix(p, "%"), 64)
	return v / 100
}

// shareOfWhomRe finds a share of a counted group said after it: "400,000 listeners, 25% of whom
// log in every day". Fractions were said as percentages already (fractionsOfThem).
var shareOfWhomRe = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?)\s*(k|m|thousand|million|billion)?\s+((?:[a-z-]+\s+){0,2}?[a-z-]+s),\s+` +
	`(?:about\s+|roughly\s+|around\s+|some\s+)?(\d+(?:\.\d+)?)\s*%\s+of\s+whom\s+([a-z]+)\b([^.;,]*)`)

// comingIn are the verbs of a share that says who is active, not what they do once in: "25% of
// whom log in every day".
var comingIn = set(`log logs sign signs visit visits open opens use uses come comes return returns access accesses are is`)

// clausePeriodRe finds the period a share's clause is said over.
var clausePeriodRe = regexp.MustCompile(`(?i)\b(?:(daily|weekly|monthly)|(?:every|each|a|per|once a)\s+(day|week|month))\b`)

// sharesOfWhom says such a share as the people it counts. Read as it stood, "whom" was the
// thing acted on and the whole group acted: "25% of whom log in every day" made a flow "whom
// log-in" of all 400,000 listeners, and "every week" was read as the day's share. Coming in
// daily is the day's active people; weekly or monthly, the week's or month's, which the counting
// turns into a day's; any other verb is the part of the group that does it.
func sharesOfWhom(statement string) string {
	return shareOfWhomRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := shareOfWhomRe.FindStringSubmatch(m)
		n, err := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64)
		share, _ := strconv.ParseFloat(sub[4], 64)
		if err != nil || share <= 0 || share >= 100 {
			return m
		}
		group, nouns, verb, clause := strings.TrimSpace(sub[1]+" "+sub[2]), sub[3], strings.ToLower(sub[5]), sub[5]+sub[6]
		part := strconv.FormatFloat(n*groupScale[strings.ToLower(sub[2])]*share/100, 'f', 0, 64)
		period := ""
		if p := clausePeriodRe.FindStringSubmatch(clause); p != nil {
			period = strings.ToLower(p[1] + p[2])
		}
		in := comingIn[verb] && (verb != "are" && verb != "is" || strings.Contains(strings.ToLower(clause), "active"))
		switch {
		case period == "daily" || period == "day":
			said := group + " " + nouns + ", " + sub[4] + "% of whom are active daily"
			if in {
				return said
			}
			return said + ", and " + part + " " + nouns + " " + clause
		case in && (period == "weekly" || period == "week"):
			return group + " " + nouns + "; " + part + " wau " + nouns
		case in && (period == "monthly" || period == "month"):
			return group + " " + nouns + "; " + part + " monthly active " + nouns
		case in:
			return m // who comes in, with no period: nothing to count
		}
		return group + " " + nouns + "; " + part + " " + nouns + " " + clause
	})
}
