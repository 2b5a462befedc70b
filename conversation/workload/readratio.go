package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ratioNum is a ratio's count, in digits or in words ("50", "ten", "a hundred").
const ratioNum = `(\d[\d,.]*|(?:a\s+)?[a-z]+)`

// readRatioRes find a read:write ratio said in words rather than as "read/write 100:1": "reads
// run ~50x writes", "reads outnumber writes ten to one", "a 100:1 read ratio", "ten reads for
// every write", "50 times more reads than writes", "read-to-write ratio of 100 to 1".
var readRatioRes = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\breads?\s+(?:traffic\s+)?(?:runs?|are|is|outnumbers?|exceeds?|outweighs?|outpaces?)?\s*(?:at\s+)?(?:about|around|roughly|approximately|some|~|≈)?\s*` + ratioNum + `\s*(?:x|×|times)\s+(?:(?:the|as\s+many\s+as|more\s+than|that\s+of)\s+)?(?:(?:number|volume|rate)\s+of\s+)?writes?\b`),
	regexp.MustCompile(`(?i)\breads?\s+(?:outnumber|exceed|outweigh|outpace)\s+writes?\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|~)?` + ratioNum + `\s*(?:x\b|×|times\b|(?:to|:)\s*(?:1|one)\b)`),
	regexp.MustCompile(`(?i)\b(\d[\d,.]*)\s*(?::|to)\s*(?:1|one)\s+read(?:s|[\s-]heavy)?(?:\s+(?:ratio|split|mix))?\b`),
	regexp.MustCompile(`(?i)\b` + ratioNum + `\s+reads?\s+(?:for|per|to)\s+(?:every\s+|each\s+)?(?:one\s+|1\s+|a\s+)?writes?\b`),
	regexp.MustCompile(`(?i)\b(\d[\d,.]*|[a-z]+)\s*(?:x|×|times)\s+(?:more|as\s+many)\s+reads?\s+(?:than|as)\s+writes?\b`),
	regexp.MustCompile(`(?i)\bread[\s-]to[\s-]write\s+ratio\s+(?:is\s+|of\s+)?(?:about\s+|around\s+|roughly\s+|~)?(\d[\d,.]*)\s*(?:to|:)\s*(?:1|one)\b`),
}

// writeNamedAfterRe finds a ratio already said with both sides ("10:1 read/write"), which the
// lexer reads as it is.
var writeNamedAfterRe = regexp.MustCompile(`(?i)^[\s/-]*(?:to[\s-])?writes?\b`)

// readRatios says each such ratio the way the lexer reads one: "read/write ratio of 50:1".
func readRatios(statement string) string {
	for _, re := range readRatioRes {
		statement = re.ReplaceAllStringFunc(statement, func(m string) string {
			if at := strings.Index(statement, m); at >= 0 && writeNamedAfterRe.MatchString(statement[at+len(m):]) {
				return m
			}
			n := ratioCount(re.FindStringSubmatch(m)[1])
			if n <= 1 {
				return m
			}
			return fmt.Sprintf("read/write ratio of %s:1", strconv.FormatFloat(n, 'f', -1, 64))
		})
	}
	return statement
}

// ratioCount reads a ratio's count: "50", "1,000", "ten", "a hundred"; 0 when it is no count.
func ratioCount(s string) float64 {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSpace(strings.TrimPrefix(s, "a "))
	if v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
		return v
	}
	if s == "a" || s == "once" || s == "twice" || s == "several" {
		return 0
	}
	return wordNumbers[s]
}
