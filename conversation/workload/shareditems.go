package workload

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// oneInRe finds a share said as one in so many of something: "1 in 10 checklists", "one out
// of four reports". A noun must follow: "one in ten has a photo" names no items.
var oneInRe = regexp.MustCompile(`(?i)\b(?:1|one)\s+(?:in|out\s+of)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|a\s+hundred)\s+([a-z][a-z-]*)`)

// oneInShares says such a share as the percentage it is ("10% of checklists"), which the
// counting reads as a share.
func oneInShares(statement string) string {
	return oneInRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := oneInRe.FindStringSubmatch(m)
		n, err := strconv.ParseFloat(sub[1], 64)
		if err != nil {
			n = wordNumbers[strings.TrimPrefix(strings.ToLower(sub[1]), "a ")]
		}
		if n < 2 || carryVerbs[strings.ToLower(sub[2])] {
			return m
		}
		return strconv.FormatFloat(100/n, 'f', -1, 64) + "% of " + sub[2]
	})
}

// carryVerbs say that an item comes with something: "includes a photo", "has a video attached".
var carryVerbs = set(`include includes have has carry carries contain contains come comes attach attaches bring brings`)

// sharedMedia reads a file that comes with a share of the items ("10% of checklists include a 3
// MB photo"): each item carries that share of its size on average, 300 KB a checklist, which is
// what storage and bandwidth add up. Said of every item, the size is the item's own.
func (r *reader) sharedMedia() {
	for _, p := range r.ms {
		toks := r.sents[p.sent]
		if p.kind != mPercent || p.used || p.value <= 0 || p.value >= 100 || word(toks, p.end) != "of" {
			continue
		}
		k := p.end + 1
		for stopWords[word(toks, k)] || word(toks, k) == "our" || word(toks, k) == "their" {
			k++
		}
		item := singular(word(toks, k))
		if item == "" || !carryVerbs[word(toks, k+1)] || r.out.Sizes[item] > 0 {
			continue
		}
		for _, s := range r.ms {
			if s.kind != mSize || s.sent != p.sent || s.pos <= k+1 || s.pos > k+5 || s.noun == "" || s.noun == item {
				continue
			}
			p.used = true
			r.out.Sizes[item] = p.value / 100 * s.value
			r.note("%s: %s%% carry a %s %s = %s per %s on average: stated", plural(item), human(p.value), conversation.Bytes(s.value), s.noun,
				conversation.Bytes(r.out.Sizes[item]), item)
			break
		}
	}
}
