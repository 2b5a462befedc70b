package offline

import (
	"fmt"
	"slices"
	"strings"
)

// A statement's subject is the compound it asks for: "a hotel housekeeping app", "a ride hailing
// driver payout system". English puts the kind of thing last and the setting before it, so when
// the last word names a job done somewhere (housekeeping, payouts, scheduling) the words before
// it say where, not what: a hotel housekeeping app is not a reservation system and a ride hailing
// payout system dispatches no drivers. A capability whose only evidence is such a setting word is
// dropped; the same word anywhere else in the statement still counts. Likewise what a part that
// other systems embed is "for" ("a leaderboard for our mobile game") decides nothing
// (servedOnly).
//
// The word lists are patterns in knowledge/capabilities.yaml: subject_nouns close a subject
// ("app", "system"), setting_heads are the jobs that make what precedes them a setting.
type subjectWords struct {
	nouns, heads map[string]bool
}

// subjects holds the subject word lists; init fills it from the same decoded detection data as
// the capabilities.
var subjects subjectWords

// subjectWordsOf reads the two patterns from decoded detection data.
func subjectWordsOf(f *detectionFile) (subjectWords, error) {
	set := f.patternSet
	nouns, err := set("subject_nouns")
	if err != nil {
		return subjectWords{}, err
	}
	heads, err := set("setting_heads")
	return subjectWords{nouns: nouns, heads: heads}, err
}

// subjectClosers end a subject where no subject noun does ("a hotel housekeeping tool where …").
var subjectClosers = map[string]bool{"where": true, "that": true, "which": true, "who": true, "for": true,
	"to": true, "with": true, "in": true, "of": true, "so": true, "and": true, "on": true, "at": true, "by": true, "like": true}

// subjectOpeners are the words a statement opens with before its subject.
var subjectOpeners = map[string]bool{"design": true, "build": true, "create": true, "make": true, "architect": true,
	"me": true, "us": true, "please": true, "a": true, "an": true, "the": true, "our": true, "my": true, "new": true,
	"simple": true, "scalable": true, "distributed": true}

// subject is where a statement's subject lies, in words: [start, end) with its last word at
// head (-1 when there is none), and what it is "for", [forFrom, forTo) (empty when nothing is).
// A relative clause between them ("a service that sets surge multipliers for …") says what the
// subject does, up to clauseEnd.
type subject struct {
	start, head, end int
	forFrom, forTo   int
	clauseEnd        int
}

// parse finds the statement's subject: after the words that open a request ("Design a"), up to
// a subject noun ("app"), a closer ("where", "for") or punctuation; then what it is for.
func (s subjectWords) parse(t text) subject {
	i := 0
	for i < len(t.words) && subjectOpeners[t.words[i]] {
		i++
	}
	sub := subject{start: i, head: -1}
	for ; i < len(t.words); i++ {
		w := t.words[i]
		if subjectClosers[w] || (i > sub.start && t.breakBefore(i)) {
			break
		}
		if s.nouns[w] {
			// "a dating app safety reporting system": an inner subject noun followed by more words
			// of the compound is part of the setting.
			if i+1 < len(t.words) && !subjectClosers[t.words[i+1]] && !t.breakBefore(i+1) && !s.nouns[t.words[i+1]] {
				continue
			}
			i++ // the noun belongs to the subject
			break
		}
		sub.head = i
	}
	sub.end = i
	i = relativeFor(t, i)
	sub.clauseEnd = i
	if i < len(t.words) && t.words[i] == "for" && !t.breakBefore(i) {
		// "search autocomplete for an e-commerce site search box": what it serves, up to the
		// clause's end.
		j := i + 1
		for j < len(t.words) && subjectOpeners[t.words[j]] {
			j++
		}
		sub.forFrom = j
		for j < len(t.words) && !t.breakBefore(j) && !forClosers[t.words[j]] {
			j++
		}
		sub.forTo = j
	}
	return sub
}

// relativeFor reads a subject's relative clause as part of what it is ("a service that sets a
// surge multiplier per cell for our taxi app" is a surge service, for a taxi app): when the word
// at i opens a relative clause that reaches "for" before any punctuation, it returns where that
// "for" is; otherwise i. The subject's span is not widened: only what it is for is found.
func relativeFor(t text, i int) int {
	if i >= len(t.words) || (t.words[i] != "that" && t.words[i] != "which") {
		return i
	}
	for j := i + 1; j < len(t.words) && !t.breakBefore(j); j++ {
		if t.words[j] == "for" {
			return j
		}
	}
	return i
}

// forClosers end what a subject is for ("for our clinics where patients …").
var forClosers = map[string]bool{"where": true, "that": true, "which": true, "who": true, "so": true, "with": true,
	"and": true, "to": true, "in": true}

// settingSpan returns the word span [first, last) of a subject's setting: the words before a
// setting head, as in "a [hotel] housekeeping app". ok is false when the subject's last word is
// no setting head, or nothing precedes it.
func (s subjectWords) settingSpan(t text, sub subject) (span [2]int, ok bool) {
	if sub.head <= sub.start {
		return span, false
	}
	if head := t.words[sub.head]; !s.heads[head] && !s.heads[singularNoun(head)] {
		return span, false
	}
	return [2]int{sub.start, sub.head}, true
}

// breakBefore reports whether punctuation other than a hyphen stands between word i-1 and word i.
func (t text) breakBefore(i int) bool {
	between := t.lower[t.spans[i-1][1]:t.spans[i][0]]
	return strings.ContainsAny(between, ",.;:!?()")
}

// onlyInSetting reports whether every span a capability matched lies inside the subject's
// setting.
func onlyInSetting(spans [][2]int, setting [2]int) bool {
	return len(spans) > 0 && !slices.ContainsFunc(spans, func(sp [2]int) bool {
		return sp[0] < setting[0] || sp[1] > setting[1]
	})
}

// servedOnly lists the capabilities decided only by what the subject is for, when the subject
// is a part other systems embed: "search autocomplete for an e-commerce site" is no online store,
// "a leaderboard for our mobile game" no game server, "a notification service for a food delivery
// app" no courier dispatch. What a product is for still shapes it: "a booking system for a hotel"
// books nights.
func servedOnly(caps map[string]*capability, sub subject, evidence map[string][][2]int) []string {
	if sub.forTo <= sub.forFrom {
		return nil
	}
	serving := false
	for id, spans := range evidence {
		end := max(sub.end, sub.clauseEnd)
		inSubject := slices.ContainsFunc(spans, func(sp [2]int) bool { return sp[0] < end && sub.start < sp[1] })
		serving = serving || inSubject && caps[id] != nil && caps[id].serves
	}
	if !serving {
		return nil
	}
	var out []string
	for id, spans := range evidence {
		if onlyInSetting(spans, [2]int{sub.forFrom, sub.forTo}) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// patternSet is the named word list of the detection data as a set; a list that is not there is
// an error, so a renamed pattern fails at load rather than matching nothing.
func (f *detectionFile) patternSet(name string) (map[string]bool, error) {
	list, ok := f.Patterns[name]
	if !ok {
		return nil, fmt.Errorf("knowledge/capabilities.yaml: no pattern %s", name)
	}
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m, nil
}
