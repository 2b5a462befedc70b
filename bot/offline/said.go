package offline

import (
	"regexp"
	"strings"
)

// A pattern's line may hold only where the statement says what it is about: an online judge's
// "Contests with a live scoreboard" belongs to a contest site, not to a school's auto-grader that
// the same pattern designs. Such a line starts with {said:word|word*}: it is kept, without the
// prefix, when the statement has one of the words (a trailing * matches any ending), and
// dropped otherwise.

var saidRe = regexp.MustCompile(`^\{said:([^}]+)\}\s*`)

// said keeps the lines whose {said:…} words the problem has, and every line without one.
func said(lines []string, problem string) []string {
	var words []string
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		m := saidRe.FindStringSubmatch(l)
		if m == nil {
			out = append(out, l)
			continue
		}
		if words == nil {
			words = wordsOf(problem)
		}
		if saysAny(words, strings.Split(m[1], "|")) {
			out = append(out, l[len(m[0]):])
		}
	}
	return out
}

// saysAny reports whether words hold one of want: whole words, or beginnings for "contest*".
func saysAny(words, want []string) bool {
	for _, w := range want {
		stem, prefix := strings.CutSuffix(strings.ToLower(strings.TrimSpace(w)), "*")
		for _, x := range words {
			if x == stem || prefix && strings.HasPrefix(x, stem) {
				return true
			}
		}
	}
	return false
}
