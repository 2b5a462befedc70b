package offline

import (
	"slices"
	"strings"
)

// A statement's subject is the compound it asks for: "a hotel housekeeping app", "a ride hailing
// driver payout system". English puts the kind of thing last and the setting before it, so when
// the last word names a job done somewhere (housekeeping, payouts, scheduling) the words before
// it say where, not what: a hotel housekeeping app is not a reservation system and a ride hailing
// payout system dispatches no drivers. A capability whose only evidence is such a setting word is
// dropped; the same word anywhere else in the statement still counts.
//
// The word lists are patterns in knowledge/capabilities.yaml: subject_nouns close a subject
// ("app", "system"), setting_heads are the jobs that make what precedes them a setting.
type subjectWords struct {
	nouns, heads map[string]bool
}

var subjects = func() subjectWords {
	f, err := decodeDetection(capabilitiesYAML)
	if err != nil {
		panic(err)
	}
	set := func(name string) map[string]bool {
		list, ok := f.Patterns[name]
		if !ok {
			panic("knowledge/capabilities.yaml: no pattern " + name)
		}
		m := make(map[string]bool, len(list))
		for _, w := range list {
			m[w] = true
		}
		return m
	}
	return subjectWords{nouns: set("subject_nouns"), heads: set("setting_heads")}
}()

// subjectClosers end a subject where no subject noun does ("a hotel housekeeping tool where …").
var subjectClosers = map[string]bool{"where": true, "that": true, "which": true, "who": true, "for": true,
	"to": true, "with": true, "in": true, "of": true, "so": true, "and": true, "on": true, "at": true, "by": true, "like": true}

// subjectOpeners are the words a statement opens with before its subject.
var subjectOpeners = map[string]bool{"design": true, "build": true, "create": true, "make": true, "architect": true,
	"me": true, "us": true, "please": true, "a": true, "an": true, "the": true, "our": true, "my": true, "new": true,
	"simple": true, "scalable": true, "distributed": true}

// settingSpan returns the word span [first, last) of a subject's setting: the words before a
// setting head, as in "a [hotel] housekeeping app". ok is false when the subject's last word is
// no setting head, or nothing precedes it.
func (s subjectWords) settingSpan(t text) (span [2]int, ok bool) {
	i := 0
	for i < len(t.words) && subjectOpeners[t.words[i]] {
		i++
	}
	start, head := i, -1
	for ; i < len(t.words); i++ {
		w := t.words[i]
		if subjectClosers[w] || (i > start && t.breakBefore(i)) {
			break
		}
		if s.nouns[w] {
			// "a dating app safety reporting system": an inner subject noun followed by more words
			// of the compound is part of the setting.
			if i+1 < len(t.words) && !subjectClosers[t.words[i+1]] && !t.breakBefore(i+1) && !s.nouns[t.words[i+1]] {
				continue
			}
			break
		}
		head = i
	}
	if head <= start || !s.heads[singular(t.words[head])] {
		return span, false
	}
	return [2]int{start, head}, true
}

// breakBefore reports whether punctuation other than a hyphen stands between word i-1 and word i.
func (t text) breakBefore(i int) bool {
	between := t.lower[t.spans[i-1][1]:t.spans[i][0]]
	return strings.ContainsAny(between, ",.;:!?()")
}

// singular drops a plural s ("payouts" → "payout") so one list entry serves both.
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// onlyInSetting reports whether every span a capability matched lies inside the subject's
// setting.
func onlyInSetting(spans [][2]int, setting [2]int) bool {
	return len(spans) > 0 && !slices.ContainsFunc(spans, func(sp [2]int) bool {
		return sp[0] < setting[0] || sp[1] > setting[1]
	})
}
