package offline

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// deadline is a limit a statement puts on how long something lasts or may wait: "units expire
// after 42 days", "artworks must be returned within 90 days", "unpaid bookings are cancelled
// after 48 hours", "apply before the deadline". The composed design turns each into a column
// with an index, a scheduled sweep that acts when it passes, and, where stock is handed out, the
// order it is handed out in.
type deadline struct {
	Subject string // what the limit is on, singular as written: "unit", "seed packet"
	// Qualifier narrows the rows it applies to: "unpaid" bookings, "unsuccessful" applications.
	Qualifier string
	Kind      string // one of the deadlineKinds keys
	Verb      string // the statement's own verb: "served", "returned"
	Span      string // "42 days"; "" for a date someone sets ("before the deadline")
	// After is the event the span runs from when the statement names one ("30 days after
	// thawing"); "" means from when the row is recorded.
	After string
	// Of is what closes, in the statement's words, for a close: "before the submission window
	// closes" → submission window, "by the end of the term" → term; "" for a bare deadline.
	Of string
	// Then is what becomes of a held thing when its time is up, as the statement says it:
	// "unclaimed items held for 90 days are donated" → donated.
	Then string
	// By is who must act within the span, for a limit put on an action ("riders claim them
	// within 90 days" → rider): whom a notice before it passes goes to.
	By string
	// At is the time of day a cutoff falls at ("6am", "noon"), by the site's clock; Day is the day
	// it falls on or recurs, as written ("the day before", "every friday"), "" for each day.
	At, Day string
	// Clause is the statement's own clause a cutoff or notice governs: "hospitals that order by
	// 2pm for next-morning delivery" → "order by 2pm for next-morning delivery".
	Clause string
	// Unit is whom a cutoff's output is made for, one each: "each ward's tray list" → ward.
	Unit string
}

// deadlineKind is what a kind of limit means for a row: the column that holds it, the state a
// row passes into when it runs out, and how the statement's verb reads.
type deadlineKind struct {
	column, lapsed, verb string
}

// deadlineKinds are the limits statements put on things, by what happens when one passes.
var deadlineKinds = map[string]deadlineKind{
	"expire":  {"expires_at", "expired", "expire"},
	"valid":   {"valid_until", "expired", "stay valid"},
	"return":  {"due_at", "overdue", "come back"},
	"delete":  {"delete_after", "deleted", "are deleted"},
	"release": {"hold_expires_at", "released", "are released"},
	"useby":   {"use_by", "discarded", "are used"},
	"close":   {"closes_at", "closed", "close"},
	"hold":    {"held_until", "disposed", "are held"},
	"due":     {"due_by", "overdue", "are done"},
	"cutoff":  {"cutoff_at", "late", "make the cutoff"},
	"notice":  {"earliest_at", "refused", "are asked for in time"},
}

// deadlineVerbs map the statement's verb to a kind of limit.
var deadlineVerbs = map[string]string{
	"expire": "expire", "expires": "expire", "lapse": "expire", "lapses": "expire",
	"valid": "valid", "returned": "return", "back": "return",
	"deleted": "delete", "purged": "delete", "erased": "delete", "removed": "delete", "anonymised": "delete", "anonymized": "delete",
	"cancelled": "release", "canceled": "release", "released": "release",
	"served": "useby", "used": "useby", "eaten": "useby", "consumed": "useby", "collected": "useby", "redeemed": "useby", "administered": "useby",
}

// spanPattern is a stated length of time: "42 days", "24-hour", "a fortnight", "two weeks".
const spanPattern = `(\d[\d,.]*\s*-?\s*(?:minute|min|hour|hr|day|night|week|fortnight|month|year)s?|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty)\s+(?:minute|hour|day|night|week|fortnight|month|year)s?)`

var (
	// deadlineRe finds "<things> (must be) <verb> after|within|for <span>".
	deadlineRe = regexp.MustCompile(`(?i)\b((?:[a-z][\w'’-]*\s+){1,5})(expire|expires|lapse|lapses|valid|returned|back|deleted|purged|erased|removed|anonymi[sz]ed|cancelled|canceled|released|served|used|eaten|consumed|collected|redeemed|administered)\s+(?:after|within|in|for|by)\s+` + spanPattern)
	// deadlineAfterRe finds "<things> expire <span> after <event>": the span runs from the event.
	deadlineAfterRe = regexp.MustCompile(`(?i)\b((?:[a-z][\w'’-]*\s+){1,5})(expire|expires|lapse|lapses)\s+` + spanPattern + `\s+(?:after|from)\s+([a-z]+)`)
	// closingRe finds a date someone sets: "before the deadline", "by the cut-off".
	closingRe = regexp.MustCompile(`(?i)\b(?:before|by|until|ahead of)\s+(?:the|each|its|their|a)\s+(deadline|cut-?off|closing date|closing time|due date)`)
	// holdRe finds things kept for a while and then let go: "unclaimed items held for 90 days
	// are donated", "samples are stored for a year and then destroyed".
	holdRe = regexp.MustCompile(`(?i)\b((?:[a-z][\w'’-]*\s+){1,5})(held|kept|stored|retained)\s+(?:for|up to)\s+` + spanPattern + `(?:[^.;]{0,30}?\b(?:are|is|get|gets|being|then|and)\s+(?:then\s+)?([a-z]+ed|given away|given|sold|sent|thrown away|recycled)\b)?`)
	// letGoRe finds things let go after a while, in words other than a deadline verb's:
	// "unreturned packets are written off after a year", "sightings older than 5 years are
	// archived".
	letGoRe = regexp.MustCompile(`(?i)\b((?:[a-z][\w'’-]*\s+){1,5})(?:(?:are|is|get|gets)\s+(written off|archived|closed|deactivated|disposed of|destroyed|donated|recycled|discarded|thrown away|sold off|auctioned)\s+(?:after|within|in)\s+` + spanPattern + `|older than\s+` + spanPattern + `\s+(?:are|is|get|gets)\s+(written off|archived|closed|deactivated|disposed of|destroyed|donated|recycled|discarded|thrown away|binned|composted|deleted|purged|removed|erased))`)
	// closesRe finds a thing the statement says closes: "before the submission window closes",
	// "until the reading room shuts".
	closesRe = regexp.MustCompile(`(?i)\b(?:before|until|by the time|when)\s+(?:the|each|its|their|our|a)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:closes|close|shuts|ends|finishes)\b`)
	// endOfRe finds "by the end of the term", "before the end of each season".
	endOfRe = regexp.MustCompile(`(?i)\b(?:by|before|until|at)\s+the\s+end\s+of\s+(?:the|each|every|its|their|a|our)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)`)
	// passiveRe is the passive clause before a deadline: "evidence bundles must be filed".
	passiveRe = regexp.MustCompile(`(?i)((?:[a-z][\w'’-]*\s+){1,5})(?:be|are|is|get|gets)\s+[a-z]+(?:ed|en)\s+$`)
)

// keptAtLeast reports a retention said as an obligation or a floor ("must be retained for 7
// years", "kept for at least 10 years", "are required to be kept"), in the clause matched or just
// before it.
func keptAtLeast(s, matched string) bool {
	i := strings.Index(s, matched)
	if i < 0 {
		return false
	}
	clause := strings.ToLower(s[max(0, i-40) : i+len(matched)])
	for _, w := range []string{"must be", "must stay", "at least", "required to be", "have to be", "has to be", "need to be", "needs to be", "legally", "by law", "minimum"} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// readDeadlines reads the limits a statement puts on its things. The subject is the noun phrase
// before the verb, past auxiliaries; a describing word before it ("unpaid") says which rows.
func (rd *reading) readDeadlines(s string) {
	add := func(d deadline) {
		for _, x := range rd.deadlines {
			if x.Subject == d.Subject && x.Kind == d.Kind {
				return
			}
		}
		rd.deadlines = append(rd.deadlines, d)
	}
	for _, m := range deadlineAfterRe.FindAllStringSubmatch(s, -1) {
		if subj, q := deadlineSubject(m[1]); subj != "" {
			add(deadline{Subject: subj, Qualifier: q, Kind: "expire", Span: normSpan(m[3]), After: strings.ToLower(m[4])})
		}
	}
	for _, m := range deadlineRe.FindAllStringSubmatch(s, -1) {
		if strings.EqualFold(m[2], "back") && answeredBack(m[1]) {
			continue // "quotes should come back within an hour": an answer's speed, no loan returned
		}
		if subj, q := deadlineSubject(m[1]); subj != "" {
			add(deadline{Subject: subj, Qualifier: q, Kind: deadlineVerbs[strings.ToLower(m[2])], Verb: strings.ToLower(m[2]), Span: normSpan(m[3])})
		}
	}
	for _, m := range holdRe.FindAllStringSubmatch(s, -1) {
		subj, q := deadlineSubject(m[1])
		switch {
		case subj == "":
		case m[4] != "":
			add(deadline{Subject: subj, Qualifier: q, Kind: "hold", Verb: strings.ToLower(m[2]), Span: normSpan(m[3]), Then: strings.ToLower(m[4])})
		case (strings.EqualFold(m[2], "kept") || strings.EqualFold(m[2], "retained")) && keptAtLeast(s, m[0]):
			// "certificates must be retained for 7 years": a floor the law sets, not a sweep that
			// deletes them on the day; storage keeps them that long.
		case strings.EqualFold(m[2], "kept") || strings.EqualFold(m[2], "retained"):
			add(deadline{Subject: subj, Qualifier: q, Kind: "delete", Verb: "deleted", Span: normSpan(m[3])}) // a retention
		default:
			add(deadline{Subject: subj, Qualifier: q, Kind: "hold", Verb: strings.ToLower(m[2]), Span: normSpan(m[3])})
		}
	}
	for _, m := range letGoRe.FindAllStringSubmatch(s, -1) {
		subj, q := deadlineSubject(m[1])
		then, span := strings.ToLower(m[2]+m[5]), normSpan(m[3]+m[4])
		switch {
		case subj == "":
		case deadlineVerbs[then] == "delete":
			add(deadline{Subject: subj, Qualifier: q, Kind: "delete", Verb: then, Span: span}) // "older than 5 years are deleted"
		default:
			add(deadline{Subject: subj, Qualifier: q, Kind: "hold", Verb: "kept", Span: span, Then: then})
		}
	}
	for _, d := range rd.actDeadlines(s) {
		add(d)
	}
	for _, d := range rd.readCutoffs(s) {
		add(d)
	}
	for _, loc := range closingRe.FindAllStringIndex(s, -1) {
		if subj := rd.closedBefore(s[:loc[0]]); subj != "" {
			add(deadline{Subject: subj, Kind: "close"})
		}
	}
	for _, re := range []*regexp.Regexp{closesRe, endOfRe} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			of := closingNoun(s[m[2]:m[3]])
			if subj := rd.closedBefore(s[:m[0]]); subj != "" && of != "" {
				add(deadline{Subject: subj, Kind: "close", Of: of}) // "… before the submission window closes"
			}
		}
	}
}

// actWithinRe finds a span something must happen within: "within 90 days", "in under 48 hours".
var actWithinRe = regexp.MustCompile(`(?i)\b(?:within|in under|in less than)\s+` + spanPattern)

// actVerbKinds are verbs whose deadline is a kind of limit the thing already has: what is
// claimed or collected within a span is held until then; what is returned is due back.
var actVerbKinds = map[string]string{"claim": "hold", "collect": "hold", "pick": "hold", "retrieve": "hold", "redeem": "hold",
	"return": "return", "bring": "return", "give": "return"}

// actDeadlines reads limits put on an action rather than said of a thing: "riders claim them
// within 90 days" holds each found item for 90 days, "members return tools within 7 days" makes
// each loan due, "crews fix potholes within 48 hours" makes each pothole due to be fixed. The
// verb is one of the statement's actions, the last before the span; its object is the thing,
// and "them" or "it" is the thing named last before the verb.
func (rd *reading) actDeadlines(s string) []deadline {
	var out []deadline
	for _, m := range actWithinRe.FindAllStringSubmatchIndex(s, -1) {
		if windowBeforeRe.MatchString(s[m[1]:]) {
			continue // "within 30 minutes before 8:30": when people arrive, not a limit on a thing
		}
		prefix := s[:m[0]]
		ws := strings.Fields(prefix)
		for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
			w := strings.ToLower(strings.Trim(ws[i], ",;:"))
			verb := rd.actionVerb(w)
			if verb == "" || i > 0 && determiners[strings.ToLower(ws[i-1])] {
				continue // "review the checks": a noun after its article, not the verb "check"
			}
			if placeAfter(ws[i+1:]) {
				break // "check in at lobby kiosks": where they act, not what is due
			}
			subj, _ := deadlineSubject(strings.Join(ws[i+1:], " ") + " ")
			if object := strings.ToLower(strings.Join(ws[i+1:], " ")); object == "them" || object == "it" || object == "" {
				subj = rd.namedLastBefore(strings.Join(ws[:i], " "), verb)
			}
			if subj == "" {
				break
			}
			d := deadline{Subject: subj, Kind: cmp.Or(actVerbKinds[verb], "due"), Verb: pastTense(verb), Span: normSpan(s[m[2]:m[3]]), By: rd.actorOfVerb(verb)}
			if d.Kind == "hold" {
				d.Verb = "held to be " + d.Verb // "found items are held to be claimed for 90 days"
			}
			out = append(out, d)
			break
		}
	}
	return out
}

// windowBeforeRe opens the text after a span that makes it a window before a time or event:
// "within 30 minutes before 8:30", "within an hour before kick-off".
var windowBeforeRe = regexp.MustCompile(`(?i)^\s+(?:before|prior to|ahead of)\b`)

// placeWords open a place after a verb and its particle: "check in at lobby kiosks".
var placeWords = set("at", "in", "inside", "on", "near", "into")

// verbParticles follow a phrasal verb before a place: "check in", "sign out", "show up".
var verbParticles = set("in", "out", "up", "off", "back")

// placeAfter reports words after a verb that name where it is done, past a particle ("check in
// at the gate", "sign in on a tablet"), rather than a thing it is done to.
func placeAfter(ws []string) bool {
	if len(ws) > 1 && verbParticles[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	return len(ws) > 0 && placeWords[strings.ToLower(ws[0])]
}

// actorOfVerb names who does the verb in the statement: "riders claim" → rider.
func (rd *reading) actorOfVerb(verb string) string {
	for _, a := range rd.Actions {
		if strings.Fields(a.Verb + " x")[0] == verb && a.Actor != "system" {
			return a.Actor
		}
	}
	return ""
}

// namedLastBefore names the thing "them" stands for: the object of another action that the text
// before it names last, by where its name ends, the longer name first ("permission slips", not
// the "slips" inside it).
func (rd *reading) namedLastBefore(prefix, verb string) string {
	low, best, end := strings.ToLower(prefix), "", -1
	for _, a := range rd.Actions {
		if a.Object == "" || actorWords[lastWord(a.Object)] || strings.Fields(a.Verb + " x")[0] == verb {
			continue
		}
		for _, form := range []string{pluralNoun(a.Object), a.Object} {
			if i := strings.LastIndex(low, form); i >= 0 && (i+len(form) > end || i+len(form) == end && len(a.Object) > len(best)) {
				best, end = a.Object, i+len(form)
			}
		}
	}
	return best
}

// actionVerb names the action verb a word is a form of, when the statement has someone do it
// ("riders claim" makes "claim" one; "fixes" is "fix"); "" for a word that is no one's action.
func (rd *reading) actionVerb(w string) string {
	for _, a := range rd.Actions {
		v := strings.Fields(a.Verb + " x")[0]
		if a.Actor != "system" && (w == v || w == v+"s" || w == v+"es" || strings.HasSuffix(v, "y") && w == v[:len(v)-1]+"ies") {
			return v
		}
	}
	return ""
}

// closedBefore names what must be done before a closing, from the text before it: the subject of
// a passive clause ("evidence bundles must be filed"), else the object named last ("charities
// apply for grants").
func (rd *reading) closedBefore(prefix string) string {
	if p := passiveRe.FindStringSubmatch(prefix); p != nil {
		if subj, _ := deadlineSubject(p[1]); subj != "" {
			return subj
		}
	}
	return rd.lastObjectBefore(prefix)
}

// closingNoun reads the name of what closes, singular, up to the first word that cannot be part
// of a name: "submission window" , "term", "spring term".
func closingNoun(phrase string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if readStop[w] || boundaryWords[w] || w[0] >= '0' && w[0] <= '9' {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) == 1 && calendarWords[words[0]] {
		return "" // "by the end of the year": a date, not a thing that opens and closes
	}
	return phraseName(words)
}

// calendarWords are spans of the calendar: their end is a date on what is due, not a row.
var calendarWords = set("year", "month", "week", "day", "quarter", "decade", "century", "fortnight")

// replyVerbs say with "back" that an answer arrives, not that a thing is returned: "come back",
// "get back", "hear back", "call back".
var replyVerbs = set("come", "comes", "coming", "came", "get", "gets", "getting", "got", "hear", "heard", "call", "calls",
	"write", "writes", "report", "reports", "respond", "responds", "reply", "replies", "go", "goes")

// answeredBack reports words before "back" that end in a verb of answering ("should come").
func answeredBack(words string) bool {
	ws := strings.Fields(strings.ToLower(words))
	return len(ws) > 0 && replyVerbs[ws[len(ws)-1]]
}

// deadlineSubject reads the thing a limit is on from the words before its verb: the words after
// the last one that cannot be part of a name, past auxiliaries ("and artworks must be" →
// artwork), with a describing word split off ("unpaid bookings" → booking, unpaid).
func deadlineSubject(words string) (subject, qualifier string) {
	ws := strings.Fields(strings.ToLower(words))
	for len(ws) > 0 && (readStop[ws[len(ws)-1]] || ws[len(ws)-1] == "to" || ws[len(ws)-1] == "get" || ws[len(ws)-1] == "gets") {
		ws = ws[:len(ws)-1] // "must be", "have to be", "are"
	}
	start := len(ws)
	for start > 0 {
		w := ws[start-1]
		if readStop[w] || boundaryWords[w] || w[0] >= '0' && w[0] <= '9' || unitWords[singularNoun(w)] && singularNoun(w) != w && !thingUnits[singularNoun(w)] {
			// "in 3 days tickets …" ends a name; a "day pass" is one
			break
		}
		if _, verb := verbBase(w); verb && start < len(ws) {
			break // "record donations units": a verb ends the name before it
		}
		start--
	}
	ws = ws[start:]
	if len(ws) > 0 && len(ws) < 4 && describing(ws[0]) && len(ws) > 1 {
		qualifier, ws = ws[0], ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 || describing(ws[len(ws)-1]) || actorWords[singularNoun(ws[len(ws)-1])] {
		return "", ""
	}
	return phraseName(ws), qualifier
}

// describing reports a word that says which things, not what they are: "unpaid", "rejected",
// "unsuccessful", "old".
func describing(w string) bool {
	if rest, ok := strings.CutPrefix(w, "un"); ok && (strings.HasSuffix(rest, "ed") || strings.HasSuffix(rest, "ful") || strings.HasSuffix(rest, "paid") || strings.HasSuffix(rest, "sold") || strings.HasSuffix(rest, "read") || strings.HasSuffix(rest, "used")) {
		return true // "unpaid", "unsuccessful", "unclaimed"; not "units"
	}
	return pastParticiple(w) || adjectives[w] ||
		map[string]bool{"old": true, "stale": true, "inactive": true, "idle": true, "late": true, "expired": true, "abandoned": true, "pending": true}[w]
}

// normSpan writes a span the way a design says it: "42 days", "24 hours", "2 weeks".
func normSpan(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " "))
	for word, n := range map[string]string{"an ": "1 ", "a ": "1 ", "one ": "1 ", "two ": "2 ", "three ": "3 ", "four ": "4 ", "five ": "5 ", "six ": "6 ", "seven ": "7 ", "eight ": "8 ", "nine ": "9 ", "ten ": "10 ", "twelve ": "12 ", "fourteen ": "14 ", "thirty ": "30 "} {
		if strings.HasPrefix(s, word) {
			s = n + strings.TrimPrefix(s, word)
		}
	}
	f := strings.Fields(s)
	if len(f) == 2 && f[0] != "1" && !strings.HasSuffix(f[1], "s") {
		f[1] += "s" // "24 hour" → "24 hours"
	}
	if len(f) == 2 && f[0] == "1" {
		f[1] = strings.TrimSuffix(f[1], "s")
	}
	return strings.Join(f, " ")
}

// lastObjectBefore names the object of the clause a phrase ends ("charities apply for grants
// before the deadline" → grant): the action whose object is named last in the text before it.
func (rd *reading) lastObjectBefore(prefix string) string {
	low, best, at := strings.ToLower(prefix), "", -1
	for _, a := range rd.Actions {
		if a.Object == "" || actorWords[lastWord(a.Object)] {
			continue
		}
		head := lastWord(a.Object)
		for _, form := range []string{pluralNoun(head), head} {
			if i := strings.LastIndex(low, form); i > at {
				best, at = a.Object, i
			}
		}
	}
	return best
}

// limit is a deadline bound to the row that carries its column.
type limit struct {
	deadline
	row string // the kept entity with the column: "blood unit", "loan"
	deadlineKind
}

// sameThing reports whether a statement's word for a thing names a kept entity: "units" are the
// blood units, "bookings" the reservations people make.
func sameThing(word, e string) bool {
	w, h := lastWord(word), lastWord(e)
	return w == h || word == e || recordNouns[w] && recordNouns[h] && synonymVerb[verbOfRecord(w)] != "" && synonymVerb[verbOfRecord(w)] == synonymVerb[verbOfRecord(h)]
}

// verbOfRecord names the verb whose record a noun is: booking → book, reservation → reserve.
func verbOfRecord(n string) string {
	for _, v := range []string{"book", "reserve", "borrow", "lend", "order", "apply", "rent", "hire", "claim", "request"} {
		if nominal(v) == n {
			return v
		}
	}
	return ""
}

// limits binds the statement's deadlines to rows: a date something must come back by is on the
// record of asking for it (a loan's due date), a use-by on what is made to order is on what
// hands it over (a delivery), anything else on the thing it names.
func (m model) limits() []limit {
	var out []limit
	for _, d := range m.rd.deadlines {
		if d.Kind == "cutoff" || d.Kind == "notice" || d.Kind == "horizon" {
			continue // a time of day, a notice period or a horizon is no column swept on a row (cutoff_design.go)
		}
		l := limit{deadline: d, row: m.rowOf(d), deadlineKind: deadlineKinds[d.Kind]}
		if m.verbOnly(l.row) {
			continue // "volunteers must check back within 2 days": a verb read as the row, nothing the statement keeps
		}
		if d.Then != "" {
			l.lapsed = d.Then // "… are donated": the state the statement names
		}
		out = append(out, l)
	}
	return out
}

// rowOf names the kept entity a deadline's column goes on; the subject itself when the
// statement keeps nothing by that name (newModel then keeps it).
func (m model) rowOf(d deadline) string {
	if d.Kind == "close" && d.Of != "" {
		return d.Of // "before the submission window closes": the window closes, in the statement's word
	}
	if d.Kind == "close" && !slices.ContainsFunc(m.asks(), func(k ask) bool { return k.thing != "" && sameThing(d.Subject, k.thing) }) {
		// "photographers submit entries before the deadline": the deadline is a round's, which
		// the entries belong to, not each entry's own; a competition's or a season's where the
		// statement names one.
		for _, e := range m.rd.Entities {
			if closeNouns[lastWord(e)] {
				return e
			}
		}
		return "round"
	}
	for _, k := range m.asks() {
		if k.thing == "" || !sameThing(d.Subject, k.thing) {
			continue
		}
		switch {
		case d.Kind == "return" || d.Kind == "release":
			return k.record // "unpaid lockers are released": the claim on the locker is
		case d.Kind == "useby" && k.kind != stockAsk && k.fulfil != (action{}):
			return resource(k.fulfil)
		case d.Kind == "useby" && k.kind != stockAsk:
			return k.record
		}
	}
	if slices.Contains(m.kept, d.Subject) {
		return d.Subject // "permission slip" is kept as itself, whatever else ends in "slip"
	}
	for _, e := range m.kept {
		if sameThing(d.Subject, e) {
			return e
		}
	}
	for _, a := range m.rd.Actions {
		if r := resource(a); r != "" && sameThing(d.Subject, r) {
			return r
		}
	}
	return d.Subject
}

// verbOnly reports a row name that is a bare verb or particle the statement keeps no thing by: a
// limit on it would sweep "comes", "checks" or "backs" past their due date.
func (m model) verbOnly(row string) bool {
	if strings.Contains(row, " ") || slices.Contains(m.rd.Entities, row) {
		return false
	}
	if _, ok := verbBase(row); !ok && !replyVerbs[row] && !nounParticles[row] {
		return false // "back" alone is a particle ("tools must be back within 7 days"), never a row
	}
	return !slices.ContainsFunc(m.rd.Actions, func(a action) bool { return resource(a) == row })
}

// closeNouns are things that open and close for submissions: a competition, a call, a term.
var closeNouns = set("round", "window", "term", "season", "call", "competition", "contest", "tender", "election", "ballot", "cycle",
	"intake", "semester", "session", "festival", "programme", "program", "auction", "award", "prize", "hackathon", "challenge", "quarter")

// closes reports a limit on something that closes for what is filed under it, rather than on
// the thing itself: the window the entries are submitted in.
func (l limit) closes() bool { return l.Kind == "close" && !sameThing(l.Subject, l.row) }

// closedUnder names the row filed under what closes: the asking, where the statement's word is
// what is asked for ("readers request boxes before the reading room closes" files box requests).
func (m model) closedUnder(l limit) string {
	if k, ok := m.askFor(l.Subject); ok && k.thing == l.Subject {
		return k.record
	}
	return l.Subject
}

// limitOn reports whether the statement limits a thing in the given way.
func (m model) limitOn(thing, kind string) bool {
	return slices.ContainsFunc(m.rd.deadlines, func(d deadline) bool { return d.Kind == kind && sameThing(d.Subject, thing) })
}

// limitsOf lists the limits whose column is on an entity.
func (m model) limitsOf(e string) []limit {
	var out []limit
	for _, l := range m.limits() {
		if l.row == e {
			out = append(out, l)
		}
	}
	return out
}

// shapeLimited gives a row the columns of the limits on it and the partial index each sweep
// reads.
func (m model) shapeLimited(e entity) entity {
	name := strings.ToLower(e.Name)
	for _, l := range m.limits() {
		if l.closes() && sameThing(m.closedUnder(l), name) {
			e.Fields = withFields(e.Fields, slug(l.row, "_")+"_id (its closes_at is checked on insert)")
		}
	}
	for _, l := range m.limitsOf(name) {
		e.Fields = withFields(e.Fields, l.column+" ("+l.setWhen()+")")
		e.Indexes = withIndex(e.Indexes, fmt.Sprintf("(%s) WHERE %s for the sweep", l.column, m.pending(l)))
	}
	return m.shapeCutoff(e)
}

// setWhen says how a limit's column is filled: "recorded_at + 42 days".
func (l limit) setWhen() string {
	switch {
	case l.Span == "":
		return "set by whoever opens it"
	case l.After != "":
		return l.After + " time + " + l.Span
	case l.Qualifier != "" && l.Kind == "delete":
		return "now() + " + l.Span + " when it becomes " + l.Qualifier
	case l.Kind == "return":
		return "start + " + l.Span
	}
	return "created_at + " + l.Span
}

// pending is the condition on rows a limit still applies to: stock still on hand, askings still
// holding their thing, else anything not yet past it.
func (m model) pending(l limit) string {
	for _, k := range m.asks() {
		switch {
		case k.thing == l.row && k.kind == stockAsk:
			return "status = 'available'"
		case k.record == l.row && l.Kind == "return":
			return "status = 'out'"
		case k.record == l.row && l.Kind == "hold" && k.origin != "":
			return fmt.Sprintf("status = '%s'", k.origin) // unclaimed: a claimed one is past holding
		case k.record == l.row:
			if l.Qualifier != "" {
				return fmt.Sprintf("status = '%s'", l.Qualifier)
			}
			return k.live()
		}
	}
	if l.Qualifier != "" {
		return fmt.Sprintf("status = '%s'", l.Qualifier)
	}
	if l.Kind == "due" {
		return fmt.Sprintf("status <> '%s' AND NOT overdue", l.Verb) // overdue work is still to be done
	}
	return fmt.Sprintf("status <> '%s'", l.lapsed)
}

// sweepEvery is how often a sweep runs for a limit of this span: often enough that nothing
// outlives its limit by more than a small share of it.
func sweepEvery(span string) string {
	switch u := lastWord(span); {
	case strings.HasPrefix(u, "minute") || strings.HasPrefix(u, "min"):
		return "minute"
	case strings.HasPrefix(u, "hour") || strings.HasPrefix(u, "hr"):
		return "5 minutes"
	case strings.HasPrefix(u, "day") || strings.HasPrefix(u, "night"):
		return "15 minutes"
	}
	return "hour"
}

// long reports a span of weeks or more, worth a warning ahead of it.
func long(span string) bool {
	f := strings.Fields(span)
	if len(f) != 2 {
		return false
	}
	n, _ := strconv.Atoi(strings.ReplaceAll(f[0], ",", ""))
	unit := strings.TrimSuffix(f[1], "s")
	return unit == "week" || unit == "fortnight" || unit == "month" || unit == "year" || unit == "day" && n >= 14
}

// sweepFlows run each limit when it passes: a scheduled job reads the rows past it through the
// partial index and moves them on with the same condition, so a rerun or a row changed meanwhile
// is left alone.
func (m model) sweepFlows() []flow {
	var out []flow
	for _, l := range m.limits() {
		rows := pluralNoun(l.row)
		if l.Qualifier != "" {
			rows = l.Qualifier + " " + rows
		}
		table := slug(pluralNoun(l.row), "_")
		steps := []string{
			fmt.Sprintf("A schedule puts a sweep job on {c:queue} every %s, keyed by its start time so a repeated start is a no-op; {c:jobworkers} run it.", sweepEvery(l.Span)),
			fmt.Sprintf("The job reads `SELECT … FROM %s WHERE %s < now() AND %s ORDER BY %s LIMIT 500` through the partial index and %s, repeating until none are left.", table, l.column, m.pending(l), l.column, m.sweepAction(l)),
		}
		steps = append(steps, m.sweepAfter(l)...)
		name := "Sweep " + rows + " past " + l.column
		if l.Kind == "close" {
			name = "Close " + rows + " at " + l.column
		}
		out = append(out, flow{Name: upperFirst(name), Steps: steps})
	}
	return out
}

// sweepAction is what the sweep does to each row past its limit, always under the condition it
// read them by.
func (m model) sweepAction(l limit) string {
	switch l.Kind {
	case "delete":
		return fmt.Sprintf("deletes them in batches (`DELETE … WHERE id = ANY($ids) AND %s < now()`), with their files and cached copies", l.column)
	case "release":
		return fmt.Sprintf("sets status = '%s' with the same condition in the UPDATE, which frees what each held", l.lapsed)
	case "due":
		return "sets overdue = true with the same condition in the UPDATE, leaving each one's status as it is: the work is late, not cancelled"
	}
	return fmt.Sprintf("sets status = '%s' with the same condition in the UPDATE, so a row changed meanwhile is left alone", l.lapsed)
}

// sweepAfter is what follows a sweep: who is told, and why the sweep is not what enforces the
// limit where a check at use does.
func (m model) sweepAfter(l limit) []string {
	owner := m.holder(l.row)
	switch l.Kind {
	case "expire", "valid":
		digest := ""
		if long(l.Span) {
			digest = fmt.Sprintf(", and a daily digest tells each %s which ones run out in the next week", owner)
		}
		return []string{fmt.Sprintf("Every read that hands out or accepts %s also checks %s > now(), so a late sweep never lets an expired one through; the sweep keeps counts and screens honest%s.", article(l.row), l.column, digest)}
	case "return":
		return []string{fmt.Sprintf("Each newly overdue %s tells its %s (and again every few days), and the list of overdue ones is what staff chase; returning it later closes it as returned late.", l.row, owner)}
	case "delete":
		return []string{"Backups age out within their own retention, so a deleted row is gone from them too within that many days; the deletion is logged by id, never with the data."}
	case "release":
		return []string{fmt.Sprintf("{c:notifyworker} tell the %s their %s lapsed; what it held is free for the next person at once.", owner, l.row)}
	case "useby":
		return []string{fmt.Sprintf("What is past %s is flagged for discarding and its %s told; screens show the time left on each %s.", l.column, owner, l.row)}
	case "close":
		return []string{fmt.Sprintf("Creating anything under %s checks closes_at > now() by the database clock in the same transaction, so what arrives a second late is refused with 409 whatever the sweep has done.", article(l.row))}
	case "due":
		return []string{fmt.Sprintf("Each newly overdue %s goes to the top of the %s's queue and is escalated to whoever assigns the work; %s it later records it as late.", l.row, orDefault(l.By, m.actorOf(l.row)), l.Verb)}
	case "hold":
		return []string{fmt.Sprintf("The %s it marked %s leave the lists of what is held and appear on the %s's list of what to hand on; one claimed or collected meanwhile no longer matches the condition and stays where it is.", pluralNoun(l.row), l.lapsed, owner)}
	}
	return nil
}

// rowsWord names the rows a limit applies to: "unsuccessful applications", "blood units".
func (l limit) rowsWord() string {
	if l.Qualifier != "" {
		return l.Qualifier + " " + pluralNoun(l.row)
	}
	return pluralNoun(l.row)
}

// said names what a limit is on in the statement's words, and the row that carries it where
// that is another: "meals (each delivery's use_by)".
func (l limit) said() string {
	if lastWord(l.Subject) == lastWord(l.row) {
		return l.rowsWord()
	}
	s := pluralNoun(l.Subject)
	if l.Qualifier != "" {
		s = l.Qualifier + " " + s
	}
	return s
}

// limitFunctional states each limit as a requirement: what happens when it passes.
func (m model) limitFunctional() []string {
	var out []string
	for _, l := range m.limits() {
		if line := m.limitLine(l); line != "" {
			out = append(out, line)
		}
	}
	return append(out, m.cutoffFunctional()...)
}

// limitLine states one limit as a requirement, or "" for a kind that has none.
func (m model) limitLine(l limit) string {
	rows := upperFirst(l.said())
	from := "after they are recorded"
	if l.After != "" {
		from = "after " + l.After
	}
	carried := ""
	if lastWord(l.Subject) != lastWord(l.row) {
		carried = fmt.Sprintf(" (%s on each %s)", l.column, l.row)
	}
	switch l.Kind {
	case "expire":
		return fmt.Sprintf("%s expire %s %s%s: an expired one is never handed out or accepted, and a sweep marks it expired", rows, l.Span, from, carried)
	case "valid":
		return fmt.Sprintf("%s %s valid for %s%s: every check refuses one past valid_until, and a sweep marks it expired", rows, be(rows), l.Span, carried)
	case "return":
		return fmt.Sprintf("%s come back within %s%s: overdue ones are flagged and their %s reminded", rows, l.Span, carried, m.actorOf(l.row))
	case "delete":
		when := "they are recorded"
		if l.Qualifier != "" {
			when = "they become " + l.Qualifier
		}
		return fmt.Sprintf("%s %s deleted %s after %s%s, with their files and copies", rows, be(rows), l.Span, when, carried)
	case "release":
		return fmt.Sprintf("%s %s %s %s after they are made%s, freeing what they held", rows, be(rows), l.Verb, l.Span, carried)
	case "useby":
		return fmt.Sprintf("%s %s %s within %s%s: what is past it is flagged for discarding", rows, be(rows), l.Verb, l.Span, carried)
	case "close":
		return fmt.Sprintf("Each %s closes at its deadline: nothing is accepted for it after closes_at", l.row)
	case "hold":
		return fmt.Sprintf("%s %s %s for %s%s, then %s: a sweep marks the ones past held_until %s", rows, be(rows), l.Verb, l.Span, carried, l.lapsed, l.lapsed)
	case "due":
		return fmt.Sprintf("%s %s %s within %s%s: one not %s by due_by is flagged overdue and escalated", rows, be(rows), l.Verb, l.Span, carried, l.Verb)
	}
	return ""
}

// limitDives are the hard parts of the statement's limits, except an expiry on stock, which the
// allocation dive carries.
func (m model) limitDives() []deepDive {
	var out []deepDive
	for _, l := range m.limits() {
		if k, ok := m.askFor(l.row); ok && k.kind == stockAsk && k.thing == l.row {
			continue
		}
		if d, ok := m.limitDive(l); ok {
			out = append(out, d)
		}
	}
	return append(out, m.cutoffDives()...)
}

// limitDive writes one limit's dive: where its column is set, what checks it at use, what the
// sweep does, and what the limit promises beyond the row.
func (m model) limitDive(l limit) (deepDive, bool) {
	rows, row, col, every := l.rowsWord(), l.row, l.column, sweepEvery(l.Span)
	who := m.holder(row)
	switch l.Kind {
	case "return":
		return deepDive{Title: fmt.Sprintf("%s past their due date", upperFirst(rows)), Weight: 9, Body: fmt.Sprintf(
			"Each %s gets due_at = %s when it starts, indexed where it is still out, so \"what is overdue\" is one index range however many %s there are. A sweep every %s marks the ones past due_at overdue (`WHERE due_at < now() AND status = 'out'`, the same condition in the UPDATE, so a return recorded meanwhile wins), tells the %s, and repeats the reminder every few days before escalating to staff. Returning closes the %s and frees the rest of its span at once; returning late closes it as late, which is what any penalty or a later refusal reads. Extending is a new due_at checked like a new span, never an edit that could overlap someone else's.",
			row, l.setWhen(), pluralNoun(row), every, m.actorOf(row), row)}, true
	case "delete":
		return deepDive{Title: fmt.Sprintf("Deleting %s after %s, everywhere", rows, l.Span), Weight: 8, Body: fmt.Sprintf(
			"The limit is a promise about every copy, not one row. %s is set when %s %s (+ %s) and indexed, so the sweep every %s finds what is due without a scan and deletes it in batches, with its files in object storage by key and its cached copies. Derived copies (search, analytics, exports) get a deletion event and drop it too; logs carry ids, never the content. Backups age out within their own retention, so the design states when a deleted %s is gone from them as well (%s plus the backup retention). A legal hold flag exempts a row, and every deletion is logged by id for audit.",
			col, article(row), map[bool]string{true: "becomes " + l.Qualifier, false: "is recorded"}[l.Qualifier != ""], l.Span, every, row, l.Span)}, true
	case "release":
		return deepDive{Title: fmt.Sprintf("%s released after %s", upperFirst(rows), l.Span), Weight: 9, Body: fmt.Sprintf(
			"%s holds what it asked for while it is %s, so the hold has an end: %s = created_at + %s, indexed where it is still %s. Completing it (paying, confirming) is a conditional update `WHERE status = '%s' AND %s > now()`, and the sweep every %s releases with the opposite condition, so a completion at the last second and the sweep cannot both win: whichever commits first decides, and the loser sees the current state. Releasing frees what the %s held at once and tells the %s; the time left is shown on the %s's screen.",
			upperFirst(article(row)), orDefault(l.Qualifier, "pending"), col, l.Span, orDefault(l.Qualifier, "pending"), orDefault(l.Qualifier, "pending"), col, every, row, who, row)}, true
	case "expire", "valid":
		offline, digest := "", ""
		if long(l.Span) {
			digest = fmt.Sprintf(", and a digest tells each %s which ones run out within the week", who)
		}
		if l.Kind == "valid" {
			offline = ", and a pass checked where there is no network carries its valid_until inside a signed token" // a door scanner cannot ask
		}
		return deepDive{Title: fmt.Sprintf("%s that %s: checked at use, swept after", upperFirst(rows), l.verb), Weight: 8, Body: fmt.Sprintf(
			"Each %s gets %s = %s, so whether it still counts is a comparison, never a job's opinion: every use checks `%s > now()` by the database clock in the same transaction%s. A sweep every %s marks what has passed %s (`WHERE %s < now() AND status <> '%s'` in the UPDATE too) so counts and screens stay right%s.",
			row, col, l.setWhen(), col, offline, every, l.lapsed, col, l.lapsed, digest)}, true
	case "useby":
		return deepDive{Title: fmt.Sprintf("%s %s within %s", upperFirst(l.said()), l.Verb, l.Span), Weight: 8, Body: fmt.Sprintf(
			"Each %s carries %s = %s; screens list %s by %s, soonest first, so what is nearest its limit is used first, and planning refuses a hand-over that cannot arrive before %s. A sweep every %s flags what is past %s for discarding and tells its %s; the flag is a state change with the same condition in the UPDATE, so %s used meanwhile is left alone.",
			row, col, l.setWhen(), pluralNoun(row), col, col, every, col, who, article(row))}, true
	case "hold":
		return m.holdDive(l), true
	case "due":
		return m.dueDive(l), true
	case "close":
		return deepDive{Title: fmt.Sprintf("Closing %s at the deadline", pluralNoun(row)), Weight: 9, Body: fmt.Sprintf(
			"Each %s has closes_at, set by whoever opens it and shown in each person's time zone. Anything made for it checks `closes_at > now()` by the database clock in the same transaction, never the client's clock, so what arrives a second late is refused with 409, and a retried request that first arrived in time keeps its idempotent result. Most of the traffic comes in the last hours before closes_at, so uploads go straight to object storage with pre-signed URLs and the service only records them; the sweep at closes_at moves the %s to closed and starts what follows (review, scoring), once, keyed by the %s's id.",
			row, row, row)}, true
	}
	return deepDive{}, false
}

// holdDive designs things kept for a while and then let go: the date each is held until, the
// sweep that moves what is past it on, and a claim that must win against the sweep.
func (m model) holdDive(l limit) deepDive {
	return deepDive{Title: fmt.Sprintf("%s %s for %s, then %s", upperFirst(l.rowsWord()), l.Verb, l.Span, l.lapsed), Weight: 8, Body: fmt.Sprintf(
		"Each %s gets held_until = %s, indexed where it is still %s, so what is due is one index range however many are held. A sweep every %s moves the ones past it to %s with the same condition in the UPDATE (`WHERE held_until < now() AND %s`), so one claimed at the last minute stays claimed whichever commits first, and a rerun changes nothing. What was marked %s is listed for the %s to hand on, with who found it and when, and the row is kept as the record of where it went.",
		l.row, l.setWhen(), orDefault(l.Qualifier, "held"), sweepEvery(l.Span), l.lapsed, m.pending(l), l.lapsed, m.holder(l.row))}
}

// dueDive designs work that must be done within a span of being asked for: the date each is due
// by, the queue ordered by it, and a sweep that flags and escalates what is late without taking
// it off anyone's list.
func (m model) dueDive(l limit) deepDive {
	by := pluralNoun(orDefault(l.By, m.actorOf(l.row)))
	return deepDive{Title: fmt.Sprintf("%s %s within %s", upperFirst(l.rowsWord()), l.Verb, l.Span), Weight: 9, Body: fmt.Sprintf(
		"Each %s gets due_by = %s when it is recorded, and %s work from a queue ordered by due_by, soonest first, so what is nearest its limit is taken first. Marking one %s is a conditional update (`WHERE status <> '%s' AND version = ?`), so two %s cannot both close it. A sweep every %s flags the ones past due_by as overdue (`WHERE due_by < now() AND %s`, the same condition in the UPDATE), escalates them to whoever assigns the work and keeps them at the top of the queue; the share %s in time is the figure this promise is judged by, and a dashboard shows it.",
		l.row, l.setWhen(), by, l.Verb, l.Verb, by, sweepEvery(l.Span), m.pending(l), l.Verb)}
}
