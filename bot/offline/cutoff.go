package offline

import (
	"regexp"
	"strings"
)

// Clock cutoffs and notice periods are limits in the deadline family that a span cannot say:
// "hospitals order by 2pm for next-morning delivery" fixes a time of day that a run freezes the
// day's orders at, "law firms request a reporter at least 48 hours ahead" fixes how far ahead of
// now a request's date must be. Both are read into deadlines (Kind "cutoff" and "notice") hung
// on the action they govern, and both are judged by the server's clock in the site's zone. A
// horizon ("reserve up to a day ahead") is the other bound of the same check: how far ahead a
// date may be at most, Kind "horizon".

// clockPattern is a time of day as statements write it: "6am", "2 pm", "5:30pm", "17:00",
// "noon". A bare number is not one ("by 2030", "by 6 regions").
const clockPattern = `(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|midnight)\b`

var (
	// cutoffRe finds a time of day something must happen by: "by 6am", "before noon", "no later
	// than 17:00", "due every Friday at 5pm".
	cutoffRe = regexp.MustCompile(`(?i)\b(?:(?:no later than|by|before|until|till)\s+` + clockPattern + `|(?:due|closes?|cut-?off)\b[^.;,]{0,30}?\bat\s+` + clockPattern + `)`)
	// noticeRe finds how far ahead something must be asked for: "at least 48 hours ahead", "30
	// days' notice", "a week in advance".
	// A bare "before" needs "at least": "at least three weeks before the exam" is a notice,
	// "kept for 2 years before deletion" is not.
	noticeRe = regexp.MustCompile(`(?i)\b(?:(?:at least|a minimum of|no less than|minimum)\s+)?` + spanPattern + `(?:['’]s?)?\s+(?:ahead|in advance|beforehand|(?:of\s+)?(?:prior\s+)?notice)\b|\b(?:at least|a minimum of|no less than)\s+` + spanPattern + `\s+(?:before|prior to)\b`)
	// horizonRe ends the text before a span that is the furthest ahead one may ask, not the
	// soonest: "reserve a washer up to a day ahead", "no more than 7 days in advance".
	horizonRe = regexp.MustCompile(`(?i)\b(?:up to|no more than|at most|not more than|a maximum of|as far as|as much as|no further than)\s+$`)
	// dayRe names the day a cutoff falls on or recurs: "the day before", "every Friday".
	dayRe = regexp.MustCompile(`(?i)\b(the (?:day|night|evening|week) before|the previous (?:day|evening)|(?:every|each|on)\s+(?:day|morning|evening|night|weekday|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|daily|nightly|weekly)\b`)
	// relativeRe ends the text before a relative clause: "hospitals that …".
	relativeRe = regexp.MustCompile(`(?i)\s+(?:that|who)\s+$`)
	// clauseEdgeRe ends a clause: what a cutoff governs lies between two of them.
	clauseEdgeRe = regexp.MustCompile(`(?i)[.;:!?]\s+|,\s+|\s+(?:and|that|who|which|where|while|but|so)\s+`)
)

// outputVerbs make the thing a cutoff is on: "send each ward's tray list by 6am" is a run that
// must be done by then, not submissions that close then.
var outputVerbs = set("send", "deliver", "publish", "produce", "generate", "issue", "print", "prepare", "post", "email", "distribute", "pay", "build", "compile")

// readCutoffs reads the clock cutoffs and notice periods a statement puts on its actions.
func (rd *reading) readCutoffs(s string) []deadline {
	var out []deadline
	for _, m := range cutoffRe.FindAllStringSubmatchIndex(s, -1) {
		at := m[2]
		if at < 0 {
			at = m[4]
		}
		if d, ok := rd.governed(s, m[0], m[1]); ok {
			d.Kind, d.At = "cutoff", normClock(s[at:m[1]])
			d.Day = dayOf(d.Clause)
			out = append(out, d)
		}
	}
	for _, m := range noticeRe.FindAllStringSubmatchIndex(s, -1) {
		if d, ok := rd.governed(s, m[0], m[1]); ok || strings.HasSuffix(strings.ToLower(s[m[0]:m[1]]), "notice") {
			if !ok { // "tenants give 30 days' notice before moving out": the notice is the thing
				d.Subject, d.Verb = "notice", "give"
				d.By = rd.actorOfVerb("give")
			}
			span := m[2:4]
			if span[0] < 0 {
				span = m[4:6] // "at least three weeks before …"
			}
			d.Kind, d.Span = "notice", normSpan(s[span[0]:span[1]])
			if horizonRe.MatchString(s[:m[0]]) {
				d.Kind = "horizon" // "up to a day ahead": the furthest ahead, not the soonest
			}
			out = append(out, d)
		}
	}
	return out
}

// governed reads the action a cutoff or notice phrase at s[start:end] is hung on: the clause
// around it in the statement's words, the thing it is on, who does it and, where the statement
// says it, what follows.
func (rd *reading) governed(s string, start, end int) (deadline, bool) {
	from, to := cutoffClauseStart(s, start), cutoffClauseEnd(s, end)
	d := deadline{Clause: strings.TrimSpace(s[from:to])}
	if after := strings.TrimSpace(dayRe.ReplaceAllString(s[end:to], "")); after != "" {
		d.Then = after // "for next-morning delivery", "ship the same day", "before moving out"
	} else if next := s[to:cutoffClauseEnd(s, min(to+1, len(s)))]; strings.HasPrefix(strings.ToLower(next), " and ") && len(strings.Fields(next)) <= 8 {
		d.Then = strings.TrimSpace(next[5:]) // "… due every Friday at 5pm and payroll runs Monday"
	}
	d.Subject, d.Verb, d.Unit = rd.governedThing(strings.Fields(strings.ToLower(s[from:start])))
	if d.Subject == "" {
		return d, false // the clause alone, for a caller that knows the thing another way
	}
	d.By = rd.actorOfVerb(d.Verb)
	if first := strings.Fields(strings.ToLower(d.Clause) + " x")[0]; d.By == "" && actorWords[singularNoun(first)] {
		d.By = singularNoun(first) // "members choose … by midnight": members, though choosing is no action read
	}
	if relative := relativeRe.FindString(s[:from]); relative != "" {
		d.By = orDefault(actorBefore(s[:from-len(relative)]), d.By) // "40 hospitals that order by 2pm": the hospitals order
	}
	return d, true
}

// governedThing reads the thing a clause before a cutoff is about: the object of its verb
// ("send each ward's tray list to the kitchen" → tray list, per ward), what an intransitive
// verb makes ("hospitals that order by 2pm" → order), else the subject of a passive or
// adjectival clause ("orders placed", "timesheets are due"), done by the statement's action
// on it ("contractors submit timesheets" → submit).
func (rd *reading) governedThing(ws []string) (subject, verb, unit string) {
	for i, w := range ws {
		v := rd.actionVerb(w)
		if base, ok := verbBase(w); v == "" && ok && !readStop[w] && !auxWords[w] && !strings.HasSuffix(w, "ed") && (i > 0 || len(ws) == 1) {
			v = base
		}
		if v == "" && i > 0 && actorWords[singularNoun(ws[i-1])] && !readStop[w] && !auxWords[w] {
			v = w // "members choose their box contents": the word after who acts is what they do
		}
		if v == "" || i > 0 && determiners[ws[i-1]] {
			continue
		}
		obj := objectWords(ws[i+1:])
		if len(obj) > 0 && strings.HasSuffix(obj[0], "'s") {
			unit, obj = singularNoun(strings.TrimSuffix(obj[0], "'s")), obj[1:] // "each ward's tray list"
		}
		if subj, _ := deadlineSubject(strings.Join(obj, " ") + " "); subj != "" {
			return subj, v, unit
		}
		if len(obj) == 0 {
			return nominal(v), v, "" // "order by 2pm": each order; "" where the verb names no thing
		}
	}
	if len(ws) == 0 {
		return "", "", ""
	}
	subj, _ := deadlineSubject(ws[0] + " ")
	if subj != "" && len(ws) > 1 && strings.HasSuffix(ws[1], "ed") {
		return subj, ws[1], "" // "orders placed before noon": placed by whoever places them
	}
	for _, a := range rd.Actions {
		if subj != "" && a.Object != "" && a.Actor != "system" && sameThing(subj, a.Object) {
			return subj, strings.Fields(a.Verb + " x")[0], ""
		}
	}
	return "", "", ""
}

// auxWords are verbs that only carry another: "timesheets are due".
var auxWords = set("are", "is", "be", "was", "were", "been", "get", "gets", "must", "should", "need", "needs", "have", "has")

// objectWords are the words of a verb's object, up to the first preposition.
func objectWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if determiners[w] && len(out) == 0 {
			continue // "send each ward's tray list"
		}
		if objectEnds[w] {
			break
		}
		out = append(out, strings.Trim(w, ",;:"))
	}
	return out
}

// objectEnds end a verb's object: "send each ward's tray list to the kitchen".
var objectEnds = set("to", "for", "from", "with", "at", "on", "in", "into", "via", "through", "every", "each", "by", "before")

// cutoffClauseStart is where the clause holding s[at] begins.
func cutoffClauseStart(s string, at int) int {
	from := 0
	for _, m := range clauseEdgeRe.FindAllStringIndex(s[:at], -1) {
		from = m[1]
	}
	return from
}

// cutoffClauseEnd is where the clause holding s[at-1] ends.
func cutoffClauseEnd(s string, at int) int {
	if m := clauseEdgeRe.FindStringIndex(s[at:]); m != nil {
		return at + m[0]
	}
	return len(strings.TrimRight(s, ". "))
}

// actorBefore names who a relative clause is about: the plural noun just before "that" or
// "who" ("40 hospitals that order …" → hospital).
func actorBefore(prefix string) string {
	ws := strings.Fields(strings.ToLower(prefix))
	if len(ws) == 0 {
		return ""
	}
	w := strings.Trim(ws[len(ws)-1], ",;:")
	if s := singularNoun(w); s != w {
		return s
	}
	return ""
}

// normClock writes a time of day the way a design says it: "6am", "5:30pm", "noon".
func normClock(s string) string {
	return strings.NewReplacer(" ", "", "a.m.", "am", "p.m.", "pm").Replace(strings.ToLower(s))
}

// dayOf reads the day a cutoff falls on from its clause, lower case: "the day before",
// "every friday"; "" for each day.
func dayOf(clause string) string {
	return strings.ToLower(dayRe.FindString(clause))
}
