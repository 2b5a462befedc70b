package workload

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// oneInRe finds a share said as one in so many of something: "1 in 10 checklists", "one out
// of four reports". A noun must follow: "one in ten has a photo" names no items.
var oneInRe = regexp.MustCompile(`(?i)\b(?:1|one)\s+(?:in|out\s+of)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|a\s+hundred)\s+([a-z][a-z-]*)`)

// oneNounInRe finds the same share said around its noun: "one scan in twenty", "one order out of
// ten".
var oneNounInRe = regexp.MustCompile(`(?i)\b(?:1|one)\s+([a-z][a-z-]*)\s+(?:in|out\s+of)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|a\s+hundred)\b`)

// oneInShares says such a share as the percentage it is ("10% of checklists"), which the
// counting reads as a share.
func oneInShares(statement string) string {
	statement = oneNounInRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := oneNounInRe.FindStringSubmatch(m)
		n := shareDenominator(sub[2])
		if n < 2 || timeUnits[strings.ToLower(sub[1])] > 0 || wordNumbers[strings.ToLower(sub[1])] > 0 {
			return m // "one day in ten" is a period said otherwise; "one in ten" is the form below
		}
		return percentText(100/n) + "% of " + plural(strings.ToLower(sub[1]))
	})
	return oneInRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := oneInRe.FindStringSubmatch(m)
		n := shareDenominator(sub[1])
		if n < 2 || carryVerbs[strings.ToLower(sub[2])] {
			return m
		}
		if strings.EqualFold(sub[2], "of") {
			return percentText(100/n) + "% of" // "one in five of the 2M listeners": of the group that follows
		}
		if shareVerbs[strings.ToLower(sub[2])] {
			// "25k results a day, roughly 1 in 8 is a critical value": of the items just counted.
			return percentText(100/n) + "% of them " + sub[2]
		}
		return percentText(100/n) + "% of " + sub[2]
	})
}

// shareVerbs say what a share of the items counted before is, with no noun of its own: "1 in
// 8 is a critical value", "one in five gets a refund".
var shareVerbs = set(`is are was were gets get needs need turns becomes ends results leads triggers`)

// percentText writes a share to four decimals: "1 in 12" is "8.3333%", not the float's
// "8.333333333333334%" wherever the statement's words are quoted back.
func percentText(p float64) string {
	return strconv.FormatFloat(math.Round(p*1e4)/1e4, 'f', -1, 64)
}

// carryVerbs say that an item comes with something: "includes a photo", "has a video attached".
var carryVerbs = set(`include includes have has carry carries contain contains come comes attach attaches bring brings`)

// sharedMedia reads a file that comes with a share of the items ("10% of checklists include a 3
// MB photo"): each item carries that share of its size on average, 300 KB a checklist, which is
// what storage and bandwidth add up. Said of every item, the size is the item's own.
func (r *reader) sharedMedia() {
	for _, p := range r.ms {
		item, k := r.shareOf(p)
		if toks := r.sents[p.sent]; item != "" && within(toks, p.end+1, p.end+2, "them", "those", "these") {
			item, k = r.itemsBefore(p.sent, p.pos, false), p.end+1 // "2 assignments a day each, a quarter of them with a photo"
		}
		if carry := word(r.sents[p.sent], k+1); item == "" || !carryVerbs[carry] && carry != "with" || r.out.Sizes[item] > 0 {
			continue
		}
		for _, s := range r.ms {
			if s.kind != mSize || s.sent != p.sent || s.pos <= k+1 || s.pos > k+7 || s.noun == "" || s.noun == item {
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

// itemsBefore is the noun of the events counted last before toks[pos] of sentence si, which a
// share "of them" or a "comment on each one" points back to, or "". rated keeps only counts said
// with a rate ("2 assignments a day").
func (r *reader) itemsBefore(si, pos int, rated bool) string {
	item := ""
	for _, m := range r.ms {
		if m.sent == si && m.pos < pos && m.kind == mEvents && m.noun != "" && (!rated || m.per > 0) {
			item = m.noun
		}
	}
	return item
}

// shareOfThem is the share of the counted group a said to act in m's clause ("a third of them
// check their balance every day", "25% of them check the timetable"), as a fraction, and the
// note that says so; 1 where none is said. The share is used.
func (r *reader) shareOfThem(a, m *mention) float64 {
	toks := r.sents[m.sent]
	for _, p := range r.ms {
		if p.kind != mPercent || p.used || p.sent != m.sent || p.pos >= m.pos || p.value <= 0 || p.value >= 100 || a.sent == m.sent && p.pos < a.end {
			continue
		}
		if word(toks, p.end) != "of" || !within(toks, p.end+1, p.end+2, "them", "those", "these", "whom") {
			continue
		}
		p.used = true
		r.note("%s%% of the %s %s act: stated", human(p.value), human(a.value), plural(a.noun))
		return p.value / 100
	}
	return 1
}

// shareDenominator is the N of "one in N", in digits or words.
func shareDenominator(w string) float64 {
	n, err := strconv.ParseFloat(w, 64)
	if err != nil {
		n = wordNumbers[strings.TrimPrefix(strings.ToLower(w), "a ")]
	}
	return n
}

// becomeVerbs say what a share of events turns into: "3% of visits end in a purchase", "one scan
// in twenty results in a citation".
var becomeVerbs = set(`result results resulted lead leads led end ends ended become becomes turn turns convert converts generate generates trigger triggers produce produces`)

// sharesBecome makes what a share of one flow's events turns into a flow of its own, counted
// per event of that flow: "5% of scans result in a citation" is 0.05 citations a scan.
func (r *reader) sharesBecome() {
	for _, p := range r.ms {
		toks := r.sents[p.sent]
		of, k := r.shareOf(p)
		if of == "" {
			continue
		}
		k++
		back := comesBack(toks, k)
		if !back && !becomeVerbs[word(toks, k)] && (!themWords[of] || !shareVerbs[word(toks, k)]) {
			continue
		}
		if themWords[of] {
			of = r.itemsBefore(p.sent, p.pos, false) // "25k results a day, 12.5% of them is a critical value"
		}
		var what []string
		if back {
			// "120,000 orders a day, roughly a third of them come back": the returns, a share
			// of the orders, not every order returned.
			what = []string{of, "returns"}
		}
		for k++; !back && (stopWords[word(toks, k)] || word(toks, k) == "into"); k++ {
		}
		for ; !back && k < len(toks) && len(what) < 2 && isWordNoun(toks[k]) && !stopWords[toks[k]]; k++ {
			what = append(what, toks[k])
		}
		i := slices.IndexFunc(r.out.Flows, func(f conversation.Flow) bool {
			return of != "" && slices.Contains(strings.Fields(f.Name), of) && f.ItemsOf == "" // "5% of scans": the "scan plate" flow
		})
		if len(what) == 0 || i < 0 {
			continue
		}
		what[len(what)-1] = singular(what[len(what)-1])
		f := conversation.Flow{Name: strings.Join(what, " "), Kind: conversation.FlowWrite, Count: p.value / 100, PerSeconds: 1,
			ItemsOf: r.out.Flows[i].Name, Source: conversation.Stated, From: strings.Join(toks[p.pos:k], " ")}
		f = uniqueName(r.out.Flows, f)
		r.out.Flows = append(r.out.Flows, f)
		p.used = true
		r.note("%s: %s%% of %s: stated", f.Name, human(p.value), plural(of))
	}
}

// themWords stand for the items counted before them.
var themWords = set(`them those these`)

// thoseWhoAre reports "of them is a critical value" at toks[k:]: a share of the items counted
// before that are something, no share of people active.
func thoseWhoAre(toks []string, k int) bool {
	return word(toks, k) == "of" && themWords[word(toks, k+1)] && shareVerbs[word(toks, k+2)] && !personNoun(singular(word(toks, k+4)))
}

// becomesOf reports "of visits end in", "of scans result in" at toks[k:]: a share of events
// that turns into something, not a share of people.
func becomesOf(toks []string, k int) bool {
	return word(toks, k) == "of" && (becomeVerbs[word(toks, k+2)] || becomeVerbs[word(toks, k+3)])
}

// carriesOf reports "of consultations include", "of checklists have", "of them with a photo" at
// toks[k:]: a share of items that carry something, not a share of people.
func carriesOf(toks []string, k int) bool {
	return word(toks, k) == "of" && (carryVerbs[word(toks, k+2)] || carryVerbs[word(toks, k+3)] || word(toks, k+2) == "with" && word(toks, k+1) != "whom")
}

// rushOfThem reports "of them log in within the first 10 minutes" at toks[k:]: a share of the
// people counted who come in a rush, not the share active on a day.
func rushOfThem(toks []string, k int) bool {
	if word(toks, k) != "of" || !within(toks, k+1, k+2, "them", "whom", "those", "these") {
		return false
	}
	return within(toks, k+2, k+6, "within", "first", "during") || word(toks, k+3) == "in" && word(toks, k+4) == "the"
}

// themBefore is the group counted in the sentence before m that a share "of them" in m's
// sentence points back to, or nil.
func (r *reader) themBefore(m *mention) *mention {
	toks := r.sents[m.sent]
	if !slices.ContainsFunc(r.ms, func(p *mention) bool {
		return p.kind == mPercent && p.sent == m.sent && p.pos < m.pos && rushOfThem(toks, p.end)
	}) {
		return nil
	}
	var a *mention
	for _, x := range r.ms {
		if x.kind == mActors && x.sent == m.sent-1 {
			a = x
		}
	}
	return a
}

// rushShareBetween reports a share "of them" that comes in a rush, said after the group a and
// before the window m.
func (r *reader) rushShareBetween(a, m *mention) bool {
	return slices.ContainsFunc(r.ms, func(p *mention) bool {
		return p.kind == mPercent && p.sent == m.sent && p.pos < m.pos && (p.sent != a.sent || p.pos > a.pos) && rushOfThem(r.sents[p.sent], p.end)
	})
}

// themRush makes the rush of a share of a group counted in the sentence before ("650,000
// students …; about 80% of them log in within the first 10 minutes"): that part of the group,
// acting by the verb of m's clause, within m's window.
func (r *reader) themRush(a, m *mention) {
	toks := r.sents[m.sent]
	verb := ""
	for j := m.pos - 1; j >= 0 && verb == ""; j-- {
		if verb = verbAt(toks, j); verb != "" && (word(toks, j+1) == "in" || word(toks, j+1) == "up") {
			verb += " " + word(toks, j+1) // "log in", "sign up"
		}
	}
	if verb == "" {
		return
	}
	f := conversation.Flow{Name: verb, Kind: conversation.FlowWrite, Count: math.Round(a.value * r.shareOfThem(a, m)), PerSeconds: m.value,
		Peak: true, Burst: true, Recurs: m.season, Source: conversation.Stated, From: strings.Join(toks[:min(m.end, len(toks))], " ")}
	if lookVerbs[verb] {
		f.Kind = conversation.FlowRead
	}
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	m.used = true
	r.note("%s: stated (%s %s within %s: a burst)", f.Name, human(f.Count), plural(a.noun), days(m.value))
}

// shareOf is what an unused share "P% of (our) X" at p is of, singular, and where X stands; ""
// where p is no such share.
func (r *reader) shareOf(p *mention) (string, int) {
	toks := r.sents[p.sent]
	if p.kind != mPercent || p.used || p.value <= 0 || p.value >= 100 || word(toks, p.end) != "of" {
		return "", 0
	}
	k := p.end + 1
	if themWords[word(toks, k)] {
		return word(toks, k), k // "12.5% of them": of what was counted before, sharesBecome finds it
	}
	for stopWords[word(toks, k)] || word(toks, k) == "our" || word(toks, k) == "their" {
		k++
	}
	return singular(word(toks, k)), k
}

// comesBack reports a share's verb at toks[k] saying the items come back: "come back", "are
// returned", "get sent back".
func comesBack(toks []string, k int) bool {
	if w := word(toks, k); w == "are" || w == "is" || w == "get" || w == "gets" || w == "were" {
		k++
	}
	switch w := word(toks, k); {
	case w == "returned" || w == "return" || w == "returns" || w == "refunded":
		return true
	case w == "come" || w == "comes" || w == "sent" || w == "send" || w == "go" || w == "goes" || w == "shipped":
		return word(toks, k+1) == "back"
	}
	return false
}
