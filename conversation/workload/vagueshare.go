package workload

import (
	"regexp"
	"strings"
)

// Share is a part of the items said in a word, not a number ("some attach photos"), and the
// share the reader assumes for it.
type Share struct {
	Value float64 // 0.3 for "some"
	Said  string  // "some attach photos", as the statement says it
}

// vagueShares are the shares assumed for a part said in a word, not a figure: "most" fans is
// taken as 80% of them, and "some" is not "all", so a file only some items carry weighs that
// share of its size on each item on average.
var vagueShares = map[string]float64{
	"rarely": 0.05, "a few": 0.1, "few": 0.1, "occasionally": 0.1, "a handful": 0.1,
	"some": 0.3, "sometimes": 0.3, "a minority": 0.3, "about half": 0.5, "many": 0.5, "often": 0.5,
	"the majority": 0.6, "a majority": 0.6, "usually": 0.7, "most": 0.8, "the bulk": 0.8,
	"nearly all": 0.9, "almost all": 0.9, "virtually all": 0.95,
}

// vagueMediaRe finds a part of the items said in a word, then the file they carry: "some
// attach photos", "a few of them include a video", "most come with a picture", "some with
// photos", "occasionally add a voice note".
var vagueMediaRe = regexp.MustCompile(`(?i)\b(a few|few|a handful|occasionally|rarely|sometimes|some|a minority|about half|many|often|most|usually|the majority|a majority)` +
	`(?:\s+of (?:them|these|those|the \w+))?(?:\s+\w+s)??(?:\s+(?:also|will|may|can|do))?` +
	`\s+(?:attach(?:es)?|includes?|adds?|uploads?|carry|carries|contains?|comes? with|with|sends?|has|have)` +
	`\s+(?:[\w.]+\s+){0,3}?(photos?|pictures?|images?|videos?|clips?|files?|attachments?|documents?|recordings?|scans?|voice notes?)\b`)

// readMediaShare reads the share of the items that carry a file, where the statement says it in
// a word: the first such part said, or none.
func readMediaShare(statement string) Share {
	m := vagueMediaRe.FindStringSubmatch(statement)
	if m == nil {
		return Share{}
	}
	return Share{Value: vagueShares[strings.ToLower(m[1])], Said: strings.TrimSpace(m[0])}
}
