package offline

import (
	"regexp"
	"strings"
)

// A time limit said of one thing: "refunds within 5 days", "must be refunded within 48 hours of
// receipt", "within 10 working days we credit the account". A knowledge-base text writes
// {limit:refund/money|14 days}; where the usual figure is a span, the span the statement puts on
// one of those nouns in the same clause replaces it, so a statement that also gives a return window of 30 days
// does not lend it to the refund.
const withinSpan = `\bwithin\s+(` + spanPattern + `|\d[\d,.]*\s+(?:working|business)\s+days?)`

// timeSaidOf returns the span the statement puts on noun (word stems split by "/") within one
// clause, and whether it puts one; usual must itself be a span, so {limit:chat|3} is never a time.
func timeSaidOf(problem, noun, usual string) (string, bool) {
	if spanSeconds(normSpan(usual)) == 0 && !strings.Contains(usual, "working") && !strings.Contains(usual, "business") {
		return "", false
	}
	stems := strings.Split(noun, "/")
	for i, s := range stems {
		stems[i] = regexp.QuoteMeta(s)
	}
	stem := `\b(?:` + strings.Join(stems, "|") + `)\w*`
	after := regexp.MustCompile(`(?i)` + stem + `[^.;:!?]{0,60}?` + withinSpan)
	if m := after.FindStringSubmatch(problem); m != nil {
		return saidSpan(m[1]), true
	}
	before := regexp.MustCompile(`(?i)` + withinSpan + `[^.;:!?,]{0,40}?` + stem)
	if m := before.FindStringSubmatch(problem); m != nil {
		return saidSpan(m[1]), true
	}
	return "", false
}

// saidSpan writes a stated span with digits and a plural unit ("five days" → "5 days"), keeping
// "working" or "business" days as said.
func saidSpan(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 3 {
		return strings.ReplaceAll(f[0], ",", "") + " " + f[1] + " " + strings.TrimSuffix(f[2], "s") + pluralS(f[0])
	}
	return normSpan(s)
}

func pluralS(n string) string {
	if n == "1" {
		return ""
	}
	return "s"
}
