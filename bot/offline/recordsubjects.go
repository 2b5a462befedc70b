package offline

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Some of the people and animals a statement keeps records about never use the system: an organ
// network's deceased donors, a nursery's children, a lab's patients whose scans clinicians upload,
// a farm's cows. They are the records' subjects, not users: they hold no account, and what is kept
// about them is read by the staff who act for them. A subject becomes a user only where the
// statement has it act on the system itself ("patients book online", "donors sign in").
var subjectNouns = []string{"donor", "deceased", "decedent", "patient", "child", "children", "baby", "babies", "infant", "toddler",
	"animal", "pet", "dog", "cat", "horse", "cow", "calf", "sheep", "pigeon", "bird"}

// nurseryRe finds a setting whose children are looked after and recorded, not using anything.
var nurseryRe = regexp.MustCompile(`(?i)\b(nurser(?:y|ies)|day ?care|creches?|crèches?|kindergartens?|childminders?|pre-?schools?|childcare)\b`)

// subjectActsRe finds a subject acting on the system: signing in, booking, using the app.
func subjectActsRe(noun string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(noun) + `(?:s|es|ren)?\b(?:\s+(?:can|may|will|should|must|also|then|themselves))*\s+` +
		`(?:log|logs|sign|signs|book|books|use|uses|open|opens|see|sees|view|views|check|checks|download|downloads|message|messages|chat|chats|pay|pays|order|orders|` +
		`upload|uploads|request|requests|schedule|schedules|cancel|cancels|rate|rates|register|registers|get a login|have an account|choose|chooses|confirm|confirms|tap|taps|reply|replies)\b`)
}

// subjectActs is subjectActsRe of every subject noun, its singular and "childre" (children),
// compiled once: recordSubject runs for every actor of every design.
var subjectActs = sync.OnceValue(func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, n := range append(slices.Clone(subjectNouns), "childre") {
		for _, k := range []string{n, singularNoun(n)} {
			if m[k] == nil {
				m[k] = subjectActsRe(k)
			}
		}
	}
	return m
})

// recordSubject reports whether actor is a subject of the statement's records who does not use it.
func recordSubject(problem, actor string) bool {
	noun := singularNoun(lastWord(strings.ToLower(actor)))
	if noun == "child" || noun == "children" {
		noun = "child"
	}
	if noun == "child" && !nurseryRe.MatchString(problem) {
		return false // a school bus's children ride it and tap on: they are its users
	}
	for _, n := range subjectNouns {
		if n == noun || singularNoun(n) == noun {
			acts := subjectActs()
			return !acts[noun].MatchString(problem) && !(noun == "child" && acts["childre"].MatchString(problem))
		}
	}
	return false
}

// subjectWordRe finds a subject noun anywhere in a statement.
var subjectWordRe = regexp.MustCompile(`(?i)\b(donors?|deceased|decedents?|patients?|child|children|bab(?:y|ies)|infants?|toddlers?)\b`)

// recordSubjectsLine says, for a design holding health data, who its records are about without
// their using it: no login for them, and their records reached through the staff who act for them.
func recordSubjectsLine(problem string) string {
	var who []string
	for _, m := range subjectWordRe.FindAllString(problem, -1) {
		n := pluralNoun(singularNoun(strings.ToLower(m)))
		if strings.EqualFold(m, "children") || strings.EqualFold(m, "child") {
			n = "children"
		}
		if strings.EqualFold(m, "deceased") {
			n = "the deceased"
		}
		if recordSubject(problem, n) && !slices.Contains(who, n) {
			who = append(who, n)
		}
	}
	if len(who) == 0 {
		return ""
	}
	return " " + upperFirst(series(who, "and", "")) + " are the subjects of these records, not users: they get no login, and their records are opened only by the staff acting for them, each opening logged."
}
