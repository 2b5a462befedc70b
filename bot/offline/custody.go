package offline

import (
	"regexp"
	"strings"
)

// Custody tracking (knowledge/archetypes-custody.yaml) is one design under many names: an orchard
// co-op's bins from growers to the packhouse, a crime lab's evidence bags, a brewery's kegs out to
// pubs and back, a hospital's instrument trays, a library network's inter-loan boxes. The
// statement says it with a verb of keeping track ("tracks", "follows", "logs", "traces", "records
// the handover of") whose object is the thing that moves; read as a noun, that verb became the
// design's entity ("Track system — a system for tracks"). This file reads the thing, where it
// moves from and to, and what is measured at which step; the texts say {cu_item}, {cu_from},
// {cu_to}, {cu_step}, {cu_measures} and {cu_org} (plurals with an s, {cu_a_item} with its
// article, {cu_Item} capitalised, {cu_item_id} as a key).

// custodyVerbRe finds a verb of keeping track, with the hand-over it may be said of ("records the
// handover of", "keeps track of").
var custodyVerbRe = regexp.MustCompile(`(?i)\b(?:keeps?\s+track\s+of|tracks|tracked|tracking|follows|followed|logs|logged|traces|traced|records|recorded|monitors|scans|accounts\s+for)\s+(?:the\s+(?:hand-?overs?|hand-?offs?|movements?|custody|transfers?|journeys?|whereabouts|returns?|circulation)\s+of\s+)?`)

// custodyLead are the words before the thing's noun that are no part of it ("every", "about
// 18k").
var custodyLead = set("every", "each", "all", "the", "its", "their", "our", "about", "around", "some", "roughly", "over", "up", "to", "nearly", "almost", "approximately", "individual", "single")

// custodyStop end the thing's noun phrase: what follows says where it goes, how often or why.
var custodyStop = set("from", "to", "between", "as", "each", "every", "a", "an", "per", "through", "that", "which", "with", "at", "on", "in", "across", "when", "while", "into",
	"out", "back", "and", "or", "so", "by", "for", "they", "it", "who", "where", "until", "along", "around", "via", "of", "is", "are", "go", "goes", "move", "moves", "travel", "travels",
	"pass", "passes", "leave", "leaves", "arrive", "arrive", "come", "comes", "being", "after", "before", "during", "over", "under")

// custodyMoveRe finds the statement saying the thing moves between holders or is handed, scanned,
// weighed or checked along the way.
var custodyMoveRe = regexp.MustCompile(`(?i)\bfrom\s+[^.;]{1,80}?\bto\b|\bbetween\s+[^.;]{1,60}?\band\b|\bhand(?:s|ed|ing)?[- ]?(?:over|off)s?\b|\bhand(?:s|ed)?\s+(?:it|them)\s+(?:over|on)\b|\bout\s+to\b[^.;]{0,60}\bback\b|\bscann(?:ed|ing)\b|\bweigh(?:ed|-in|s|ing)?\b|\bgraded\b|\binspected\b|\bsigned\s+for\b|\bchecked\s+(?:in|out)\b|\bdispatch(?:ed)?\b|\breceived\b|\bon\s+(?:arrival|receipt|return)\b`)

var custodyWordRe = regexp.MustCompile(`\d[\d,.]*\d[kKmM]?|[A-Za-z0-9][\w'’-]*|[.,;:!?()]`)

// custodyRead is what a custody statement says: the thing, its ends, the step where it is
// measured and what is measured there, and the organisation that keeps track.
type custodyRead struct {
	item, from, to, step, measures, org string
	res, booker                         string // the resource booked by the slot and who books it
	tag                                 string // what the thing carries to be scanned
}

// custodyThing reads the thing after a verb of keeping track: "tracks 18k bins", "follows every
// evidence bag", "records the handover of inter-loan boxes". It is counted (a plural, or said
// with every or each); the noun is its last two words ("instrument tray", "evidence bag").
func custodyThing(s string) (thing string, at int, ok bool) {
	for _, loc := range custodyVerbRe.FindAllStringIndex(s, -1) {
		words := custodyWordRe.FindAllString(s[loc[1]:], 12)
		counted := false
		var np []string
		for _, w := range words {
			lw := strings.ToLower(w)
			switch {
			case len(np) == 0 && (custodyLead[lw] || digitLed(lw) || lw == "k" || lw == "thousand" || lw == "million"):
				counted = counted || lw == "every" || lw == "each" || lw == "all" || digitLed(lw)
				continue
			case custodyStop[lw] || !isWordToken(lw) || len(np) == 4:
			default:
				np = append(np, lw)
				continue
			}
			break
		}
		if len(np) == 0 {
			continue
		}
		head := np[len(np)-1]
		if singularNoun(head) == head && !counted || spanUnits[singularNoun(head)] {
			continue // "keep scan logs 18 months": a span, not a thing that moves
		}
		np[len(np)-1] = singularNoun(head)
		if len(np) > 2 {
			np = np[len(np)-2:]
		}
		return strings.Join(np, " "), loc[0], true
	}
	return custodyPassive(s)
}

// custodyPassiveRe finds the thing as the subject of a passive verb of keeping track: "Every body
// gets a metal ID disc and must be tracked from intake…", "each specimen is traced to the lab".
// The thing is said with every or each, so it is counted.
var custodyPassiveRe = regexp.MustCompile(`(?i)\b(?:every|each)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b[^.;]{0,80}?\b(?:is|are|must\s+be|should\s+be|has\s+to\s+be|have\s+to\s+be|needs\s+to\s+be|will\s+be|gets|get)\s+(?:tracked|traced|followed|logged)\s+(?:from|through|between|at|to|across|as)\b`)

// custodyPassiveStop end the subject's noun: the verb that says what happens to it.
var custodyPassiveStop = set("is", "are", "must", "should", "will", "gets", "get", "has", "have", "needs", "can", "shall", "receives", "carries", "bears", "goes", "moves", "arrives", "comes", "and", "then")

// custodyPassive reads the thing from a passive statement; its noun is the words after every or
// each, up to the verb.
func custodyPassive(s string) (string, int, bool) {
	m := custodyPassiveRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0, false
	}
	var np []string
	for _, w := range strings.Fields(strings.ToLower(s[m[2]:m[3]])) {
		if custodyPassiveStop[w] || custodyStop[w] {
			break
		}
		np = append(np, w)
	}
	if len(np) == 0 || spanUnits[np[len(np)-1]] {
		return "", 0, false
	}
	return strings.Join(np, " "), m[0], true
}

// spanUnits count time, never things.
var spanUnits = set("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "season", "semester", "term")

// isWordToken is a word, not punctuation.
func isWordToken(w string) bool {
	return w != "" && !strings.ContainsAny(w[:1], ".,;:!?()")
}

// custodyClause holds when a verb of keeping track governs a counted thing that the statement
// moves between holders or hands, scans, weighs or checks along the way.
func custodyClause(s string) bool {
	if _, _, ok := custodyThing(s); !ok {
		return false
	}
	return custodyMoveRe.MatchString(s)
}

// custodyEndRe finds where the thing moves from and to: "from 40 growers to the packhouse",
// "between 12 branch libraries and the central sorting hub", "out to 600 pubs".
var custodyEndRe = regexp.MustCompile(`(?i)\b(?:from\s+([^.;,]{1,60}?)\s+(?:(?:through|via)\s+[^.;,]{1,60}?\s+)?to|between\s+([^.;]{1,60}?)\s+and|out\s+to)\s+([^.;,]{1,60})`)

// custodyTagRe finds what the thing carries to be scanned: "Every body gets a metal ID disc",
// "each bag is fitted with an RFID seal".
var custodyTagRe = regexp.MustCompile(`(?i)\b(?:gets|has|carries|wears|bears|is\s+given|is\s+fitted\s+with|is\s+labelled\s+with|is\s+tagged\s+with|is\s+labeled\s+with)\s+(?:a|an|its\s+own)\s+((?:[a-z][\w-]*\s+){0,3}?(?:tag|disc|disk|label|wristband|barcode|seal|chip|token|QR\s+code))\b`)

// custodyEndStop end the noun of an end ("to the packhouse, with grade", "to 600 pubs and come
// back").
var custodyEndStop = set("and", "or", "with", "at", "on", "in", "each", "every", "a", "an", "per", "for", "so", "as", "then", "where", "who", "which", "that", "to", "by", "through",
	"via", "when", "while", "before", "after", "back", "within", "under", "over")

// custodyEnds reads where the thing moves from and to; an end that is a stage of the journey,
// not a party, keeps the plain word it was given.
func custodyEnds(s, thing, org, from, to string) (string, string) {
	m := custodyEndRe.FindStringSubmatch(s)
	if m == nil {
		return from, to
	}
	src := m[1]
	if src == "" {
		src = m[2]
	}
	if n := custodyNoun(src); n != "" && n != thing && !custodyStage(src) {
		from = n
	} else if m[1] == "" && m[2] == "" && org != "organisation" {
		from = org // "out to 600 pubs": the organisation sends them
	}
	if n := custodyNoun(m[3]); n != "" && n != thing && !custodyStage(m[3]) {
		to = n
	}
	return from, to
}

// custodyStage says an end is a step of the journey, not a party: a bare singular noun ("from
// intake through cremation to urn pickup"), where a party comes counted, with an article or in
// the plural ("from 40 growers", "to the court", "to pubs").
func custodyStage(p string) bool {
	var head string
	for i, w := range custodyWordRe.FindAllString(p, -1) {
		lw := strings.ToLower(w)
		if i == 0 && (custodyLead[lw] || digitLed(lw) || lw == "a" || lw == "an" || strings.ContainsAny(lw, "'’")) {
			return false
		}
		if custodyEndStop[lw] || !isWordToken(lw) {
			break
		}
		head = lw
	}
	return head != "" && singularNoun(head) == head
}

// custodyNoun is the head of an end: determiners and numbers dropped, at most its last two words
// before the phrase goes on.
func custodyNoun(p string) string {
	var np []string
	for _, w := range custodyWordRe.FindAllString(p, -1) {
		lw := strings.ToLower(w)
		if len(np) == 0 && (custodyLead[lw] || digitLed(lw) || lw == "a" || lw == "an") {
			continue
		}
		if lw == "of" {
			np = np[:0] // "the return of the ashes": the head is what it is of
			continue
		}
		if custodyEndStop[lw] || !isWordToken(lw) {
			break
		}
		if len(w) > 1 && w == strings.ToUpper(w) {
			lw = w // an acronym keeps its capitals: "GP surgery"
		}
		np = append(np, lw)
	}
	if len(np) == 0 {
		return ""
	}
	if len(np) > 2 {
		np = np[len(np)-2:]
	}
	np[len(np)-1] = singularNoun(np[len(np)-1])
	return strings.Join(np, " ")
}

// custodyMeasureRe finds what is measured at a named step: "with grade and weight at weigh-in",
// "checking the item count on arrival", "weighed and graded at intake".
var custodyMeasureRe = regexp.MustCompile(`(?i)\b(?:with|recording|checking|noting|capturing|taking)\s+(?:the\s+|its\s+|their\s+|a\s+)?([a-z][a-z ,-]{1,40}?)\s+(?:recorded\s+|taken\s+|checked\s+|captured\s+)?(?:at|on)\s+(?:the\s+|each\s+|every\s+)?([a-z][\w-]*)`)

// custodyMeasuredRe finds a step by what is done there: "weighed at the weigh-in", "scanned at
// dispatch", "signed for at each handover".
var custodyMeasuredRe = regexp.MustCompile(`(?i)\b(weighed|graded|inspected|counted|checked|scanned|signed for|measured|sealed|photographed)(?:\s+(?:and|or)\s+(weighed|graded|inspected|counted|checked|measured|sealed|photographed))?\s+(?:in\s+)?(?:at|on)\s+(?:the\s+|each\s+|every\s+)?([a-z][\w-]*)`)

// custodyMeasureOf is what a verb of checking records.
var custodyMeasureOf = map[string]string{"weighed": "weight", "graded": "grade", "inspected": "inspection result", "counted": "count", "checked": "condition", "measured": "measurement",
	"sealed": "seal number", "photographed": "photo"}

// custodyOrgRe finds the organisation that keeps track: the words before the verb, after an
// article or a possessive ("A county crime lab", "A hospital's sterile services department").
var custodyOrgRe = regexp.MustCompile(`(?i)(?:^|[.;]\s*)(?:an?\s+|the\s+|our\s+|my\s+)?(?:[a-z][\w-]*['’]s\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*$`)

// readCustody reads a custody statement's nouns; what it does not say is the plain word.
func readCustody(s string) custodyRead {
	r := custodyRead{item: "item", from: "sender", to: "receiver", step: "receipt", org: "organisation"}
	r.res, r.booker = custodySlotWords(s)
	r.tag = "tag (barcode or RFID)"
	if m := custodyTagRe.FindStringSubmatch(s); m != nil {
		r.tag = keepAcronyms(m[1])
	}
	thing, at, ok := custodyThing(s)
	if !ok {
		return r
	}
	r.item = thing
	if m := custodyOrgRe.FindStringSubmatch(s[:at]); m != nil && !custodyStop[strings.ToLower(m[1])] {
		r.org = strings.ToLower(m[1])
	}
	r.from, r.to = custodyEnds(s, thing, r.org, r.from, r.to)
	if m := custodyMeasureRe.FindStringSubmatch(s); m != nil {
		r.measures, r.step = strings.TrimSpace(m[1]), strings.ToLower(m[2])
	} else if m := custodyMeasuredRe.FindStringSubmatch(s); m != nil {
		r.step = strings.ToLower(m[3])
		var ms []string
		for _, v := range []string{m[1], m[2]} {
			if w := custodyMeasureOf[strings.ToLower(v)]; w != "" {
				ms = append(ms, w)
			}
		}
		r.measures = strings.Join(ms, " and ")
	}
	if r.measures == "" {
		r.measures = "count and condition"
	}
	return r
}

// custodyWords renders the {cu_*} placeholders for problem and reports whether it knows the name.
func custodyWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "cu_")
	if !ok || rest == "" {
		return "", false
	}
	upper := rest[0] >= 'A' && rest[0] <= 'Z'
	rest = strings.ToLower(rest[:1]) + rest[1:]
	w, ok := custodyWord(readCustody(problem), rest)
	if ok && upper {
		w = upperFirst(w)
	}
	return w, ok
}

// custodyWord is one placeholder's word, named without its cu_ and in lower case.
func custodyWord(r custodyRead, name string) (string, bool) {
	nouns := map[string]string{"item": r.item, "from": r.from, "to": r.to, "org": r.org, "res": r.res, "booker": r.booker}
	switch name {
	case "step":
		return r.step, true
	case "measures":
		return r.measures, true
	case "tag":
		return r.tag, true
	}
	if base, ok := strings.CutPrefix(name, "a_"); ok {
		if n, ok := nouns[base]; ok {
			return withIndefinite(n), true
		}
		return "", false
	}
	if base, ok := strings.CutSuffix(name, "_id"); ok {
		if n, ok := nouns[base]; ok {
			return slug(n, "_") + "_id", true
		}
		return "", false
	}
	if n, ok := nouns[name]; ok {
		return n, true
	}
	if n, ok := nouns[strings.TrimSuffix(name, "s")]; ok {
		return pluralNoun(n), true
	}
	return "", false
}

// custodyPlaceRe finds a {cu_*} placeholder in a path, a screen's call or the title, which the
// renderer does not fill.
var custodyPlaceRe = regexp.MustCompile(`\{cu_[A-Za-z_]+\}`)

// custodyFeature is the custody feature in the statement's nouns: its title, entities, paths,
// requests and every text ("Bin custody tracking system", `GET /v1/bins/{id}`), since the
// renderer fills neither names nor paths.
func custodyFeature(f *feature, problem string) *feature {
	return filledFeature(f, custodyPlaceRe, func(name string) (string, bool) { return custodyWords(problem, name) })
}

// custodyResRe find the resource a slot is booked on, said per unit of time ("4 cremations per
// retort per day") or counted where the statement says what each place runs ("each site runs 3
// retorts"), the first before the second; a place the statement counts ("a group with 9 sites")
// is where, not what is booked.
var custodyResRe = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bper\s+([a-z][\w-]*)\s+(?:a|an|per|each)\s+(?:day|hour|shift|week)\b`),
	regexp.MustCompile(`(?i)\b(?:runs|operates|uses)\s+(?:about\s+|around\s+)?\d+\s+([a-z][\w-]*)`),
}

// custodyBookerRe finds who books the slots: "Funeral directors book slots online".
var custodyBookerRe = regexp.MustCompile(`(?i)\b([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:can\s+)?(?:book|books|reserve|reserves)\s+(?:a\s+|their\s+)?(?:time\s+)?slots?\b`)

// custodySlotWords reads the booked resource and who books it; unsaid, they are the plain words.
func custodySlotWords(s string) (res, booker string) {
	res, booker = "resource", "customer"
	for _, re := range custodyResRe {
		if m := re.FindStringSubmatch(s); m != nil && !spanUnits[singularNoun(strings.ToLower(m[1]))] {
			res = singularNoun(strings.ToLower(m[1]))
			break
		}
	}
	if m := custodyBookerRe.FindStringSubmatch(s); m != nil {
		ws := strings.Fields(strings.ToLower(m[1]))
		if custodyLead[ws[0]] || custodyStop[ws[0]] {
			ws = ws[1:]
		}
		if len(ws) > 0 && !custodyStop[ws[len(ws)-1]] {
			ws[len(ws)-1] = singularNoun(ws[len(ws)-1])
			booker = strings.Join(ws, " ")
		}
	}
	return res, booker
}

// keepAcronyms lower-cases a phrase but keeps the words written in capitals ("a metal ID disc").
func keepAcronyms(p string) string {
	ws := strings.Fields(p)
	for i, w := range ws {
		if len(w) < 2 || w != strings.ToUpper(w) {
			ws[i] = strings.ToLower(w)
		}
	}
	return strings.Join(ws, " ")
}
