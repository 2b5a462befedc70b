package offline

import (
	"regexp"
	"strings"
)

// A remote build cache's design turns on three figures the statement usually gives in its own
// words: how long an unused entry is kept, how long a lookup may take and how many regions the
// builds run in. Its texts say them ({bc_idle}, {bc_budget}, {bc_regions}) rather than a
// template's numbers, which would contradict the statement ("evicted after 7 idle days" against
// "evict anything not used in 14 days").
var (
	// "not used in 14 days", "idle for 2 weeks", and the other way round, "after 30 days unused".
	bcIdleRe      = regexp.MustCompile(`(?i)\b(?:not (?:been )?(?:used|read|hit|touched|accessed)|unused|idle|untouched)\s+(?:in|for)\s+(?:the last\s+)?(\d+)\s*(days?|weeks?|months?)\b`)
	bcIdleAfterRe = regexp.MustCompile(`(?i)\b(\d+)\s*(days?|weeks?|months?)\s+(?:unused|idle|untouched|without (?:use|a hit|being used)|of no use)\b`)
	bcBudgetRe    = regexp.MustCompile(`(?i)\b(\d+)\s*(ms|milliseconds?)\b`)
	bcRegionsRe   = regexp.MustCompile(`(?i)\b(\d+|two|three|four)\s+regions\b`)
)

// buildCacheWords renders a {bc_*} placeholder from the statement, or a default where it says
// nothing.
func buildCacheWords(problem, name string) (string, bool) {
	switch name {
	case "bc_idle":
		for _, re := range []*regexp.Regexp{bcIdleRe, bcIdleAfterRe} {
			if m := re.FindStringSubmatch(problem); m != nil {
				return m[1] + " " + plainUnit(m[1], m[2]), true
			}
		}
		return "30 days", true
	case "bc_budget":
		if m := bcBudgetRe.FindStringSubmatch(problem); m != nil {
			return m[1] + " ms", true
		}
		return "20 ms", true
	case "bc_regions":
		if m := bcRegionsRe.FindStringSubmatch(problem); m != nil {
			return strings.ToLower(m[1]) + " regions", true
		}
		return "regions", true
	}
	return "", false
}

// plainUnit is a period's unit in the number the statement gave it ("1 week", "14 days").
func plainUnit(n, unit string) string {
	unit = strings.TrimSuffix(strings.ToLower(unit), "s")
	if n == "1" {
		return unit
	}
	return unit + "s"
}

var buildCachePlaceholderRe = regexp.MustCompile(`\{bc_[a-z_]+\}`)

// fillBuildCache expands the {bc_*} placeholders of requirement lines when the requirements are
// made, so what a model or a follow-up reads says the statement's own eviction window and budget.
func fillBuildCache(problem string) func([]string) []string {
	return fillPlaceholders(buildCachePlaceholderRe, problem, buildCacheWords)
}
