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
	return "", 0, false
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

// custodyEndStop end the noun of an end ("to the packhouse, with grade", "to 600 pubs and come
// back").
var custodyEndStop = set("and", "or", "with", "at", "on", "in", "each", "every", "a", "an", "per", "for", "so", "as", "then", "where", "who", "which", "that", "to", "by", "through",
	"via", "when", "while", "before", "after", "back", "within", "under", "over")

// custodyNoun is the head of an end: determiners and numbers dropped, at most its last two words
// before the phrase goes on.
func custodyNoun(p string) string {
	var np []string
	for _, w := range custodyWordRe.FindAllString(p, -1) {
		lw := strings.ToLower(w)
		if len(np) == 0 && (custodyLead[lw] || digitLed(lw) || lw == "a" || lw == "an") {
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
	thing, at, ok := custodyThing(s)
	if !ok {
		return r
	}
	r.item = thing
	if m := custodyOrgRe.FindStringSubmatch(s[:at]); m != nil && !custodyStop[strings.ToLower(m[1])] {
		r.org = strings.ToLower(m[1])
	}
	if m := custodyEndRe.FindStringSubmatch(s); m != nil {
		from := m[1]
		if from == "" {
			from = m[2]
		}
		if n := custodyNoun(from); n != "" && n != thing {
			r.from = n
		} else if m[1] == "" && m[2] == "" && r.org != "organisation" {
			r.from = r.org // "out to 600 pubs": the organisation sends them
		}
		if n := custodyNoun(m[3]); n != "" && n != thing {
			r.to = n
		}
	}
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
	nouns := map[string]string{"item": r.item, "from": r.from, "to": r.to, "org": r.org}
	switch name {
	case "step":
		return r.step, true
	case "measures":
		return r.measures, true
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
