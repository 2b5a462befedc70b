package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// rangeRe finds a range of counts: "3-8 doses", "between 2 and 5 photos", "200k–500k
// requests", "10 to 20 minutes", "2 or 3 reminders".
var rangeRe = regexp.MustCompile(`(?i)\b(?:between\s+)?(\d[\d,]*(?:\.\d+)?)(?:\s*(k|m|thousand|million)\b)?\s*(?:-|–|\bto\b|\band\b|\bor\b)\s*(\d[\d,]*(?:\.\d+)?)(?:\s*(k|m|thousand|million)\b)?`)

// listOrRe finds the figures before an "or" that make it a choice from a list ("1, 2 or 3
// stars"), and statusRe the words that make "429 or 503" answer codes, not a range.
var (
	listOrRe = regexp.MustCompile(`\d[\d.]*\s*,\s*$`)
	statusRe = regexp.MustCompile(`(?i)\b(?:http|status|code|codes|error|errors|answers?|returns?|responds?\s+with)\s*$`)
)

// ratioRe finds the words that make two figures the sides of a ratio, right after them.
var ratioRe = regexp.MustCompile(`(?i)^\s*(?:%\s*)?(?:read|write|split|ratio|mix)`)

// replaceSubmatchIndex replaces each match of re in s with what f returns for it, given the
// text after the match.
func replaceSubmatchIndex(re *regexp.Regexp, s string, f func(before, match, rest string) string) string {
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringIndex(s, -1) {
		b.WriteString(s[last:loc[0]])
		b.WriteString(f(s[:loc[0]], s[loc[0]:loc[1]], s[loc[1]:]))
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// ranges says a range of counts as its middle, which is what the counting reads, and notes its
// top: "3-8 doses a day" is 5.5 on average, and the busiest take 8. Read as its first figure,
// the range would size for its bottom.
func ranges(statement string) (string, []string) {
	var notes []string
	out := replaceSubmatchIndex(rangeRe, statement, func(before, m, rest string) string {
		if ratioRe.MatchString(rest) {
			return m // "a 20-80 read/write split": two shares, not a range
		}
		sub := rangeRe.FindStringSubmatch(m)
		if strings.HasSuffix(sub[3], ",") {
			return m // "3 to 4," ends a clause with a list
		}
		lowWord := strings.ToLower(strings.Fields(m)[0])
		joined := strings.ContainsAny(m, "-–")
		said := strings.ToLower(m)
		or := strings.Contains(said, " or ")
		if !joined && lowWord != "between" && !strings.Contains(said, " to ") && !or {
			return m // "3 and 4": a list, not a range
		}
		if or && (listOrRe.MatchString(before) || statusRe.MatchString(before)) {
			return m // "1, 2 or 3 stars" a choice from a list; "answers 429 or 503" two codes
		}
		if strings.Contains(strings.ToLower(m), " and ") && lowWord != "between" {
			return m
		}
		lo, err1 := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64)
		hi, err2 := strconv.ParseFloat(strings.ReplaceAll(sub[3], ",", ""), 64)
		mag := sub[4]
		if sub[2] != "" && sub[2] != mag {
			return m // "2k-3m": not one range
		}
		if err1 != nil || err2 != nil || lo <= 0 || hi <= lo || lo >= 1900 && hi <= 2100 && lo == float64(int(lo)) {
			return m // "2020-2024" is years, "5-3" no range
		}
		mid := strconv.FormatFloat((lo+hi)/2, 'f', -1, 64)
		if len(mag) > 1 {
			mid += " " + mag
		} else {
			mid += mag
		}
		top := sub[3] + mag
		if len(mag) > 1 {
			top = sub[3] + " " + mag
		}
		notes = append(notes, fmt.Sprintf("%q: a range, read as its middle (%s) on average, its top (%s) the high end to size a peak for: stated", m, mid, top))
		return mid
	})
	return out, notes
}
