package offline

import (
	"cmp"
	"regexp"
	"strings"
)

// A statement that asks for traceability ("every unit must be traceable from donor to patient",
// "food lots traceable from farm to shelf", "a chain of custody for evidence", "aircraft parts
// genealogy") names what moves and, often, where a trace starts and ends. The design says it in
// those nouns: a custody event per hand-over of a unit, the donor and the patient as keys, and a
// recall that walks from one donor to every patient and back. Detection is data
// (knowledge/capabilities-trace.yaml); this file reads the nouns.

// traceSpanRe finds the ends of a trace by their head nouns: "from donor to patient", "from farm
// to fork", "from the crime scene to the courtroom".
var traceSpanRe = regexp.MustCompile(`(?i)\bfrom\s+(?:the\s+|its\s+|their\s+|each\s+|every\s+|all\s+|any\s+|a\s+|an\s+)?(?:[a-z][\w'’-]*\s+)??([a-z][\w-]*)\s+(?:all the way\s+|right\s+|through\s+)?(?:to|until|into)\s+(?:the\s+|its\s+|their\s+|each\s+|every\s+|all\s+|any\s+|a\s+|an\s+)?([a-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?`)

// traceWordRe finds the words that ask for a trace.
var traceWordRe = regexp.MustCompile(`(?i)\b(?:traceable|traceability|traced|trace(?:s)?\s+back|track(?:ed)?\s+and\s+trac\w*|chain[- ]of[- ]custody|provenance|genealogy|lineage|seriali[sz]ation|serialised|serialized)\b`)

// traceOfRe finds the thing traced said after the words ("chain of custody for every exhibit",
// "the genealogy of every part").
var traceOfRe = regexp.MustCompile(`(?i)^\s+(?:[^.;:,]{0,50}?\s)?(?:of|for)\s+(?:every\s+|each\s+|all\s+|the\s+|their\s+|its\s+)?([a-z][\w-]*)`)

var traceTokenRe = regexp.MustCompile(`[A-Za-z][\w'’-]*`)

// countedOneByOne reads the first thing the statement counts one by one: the noun after "every"
// or "each" ("every exhibit"), or the plural a bare "each" stands for ("3,000 samples a day, each
// is barcoded", "40 schools, each with 60 teachers"). A word after "each" that is a verb ("is",
// "goes", "receives") or no noun at all is not what is counted.
func countedOneByOne(statement string) string {
	toks := readTokens(statement)
	for i, t := range toks {
		if t.lower != "each" && t.lower != "every" || i+1 >= len(toks) {
			continue
		}
		// "each of the samples": the noun comes after the determiners.
		j := i + 1
		for j+1 < len(toks) && (toks[j].lower == "of" && t.lower == "each" || j > i+1 && determiners[toks[j].lower]) {
			j++
		}
		if n := toks[j]; nounLike(n) && !traceNotNouns[n.lower] && (j > i+1 || singularNoun(n.lower) == n.lower) {
			// After "each" a noun is singular, so a word read as a plural is a verb ("each goes").
			return singularNoun(n.lower)
		}
		if t.lower == "each" {
			if n := pluralBefore(toks, i); n != "" {
				return n
			}
		}
	}
	return ""
}

// singularSubjects take a verb in -s: "each goes", "it needs".
var singularSubjects = set("each", "every", "it", "he", "she", "that", "which", "who", "one")

// pluralBefore is the last plural noun in toks before i within its sentence, singular, or "": what
// a bare "each" stands for. A word in -s after a singular subject is its verb ("each goes").
func pluralBefore(toks []token, i int) string {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].lower
		if w == "." || w == "!" || w == "?" {
			return ""
		}
		if k > 0 && singularSubjects[toks[k-1].lower] {
			continue
		}
		if s := singularNoun(w); s != w && nounLike(toks[k]) && !traceNotNouns[w] && !unitWords[s] {
			return s
		}
	}
	return ""
}

// traceAux are the words between a thing and the words that say it is traced ("every unit must
// be fully traceable").
var traceAux = set("must", "should", "shall", "be", "is", "are", "can", "will", "has", "have", "to", "need", "needs", "fully", "always", "completely", "end-to-end", "remain", "remains", "stay", "stays")

// traceNotNouns are words that stand where the traced noun would but are not one.
var traceNotNouns = set("and", "or", "that", "which", "with", "where", "so", "data", "system", "systems", "platform", "app", "service", "full", "complete", "strict", "require", "requires",
	"required", "every", "each", "all", "any", "the", "a", "an", "of", "for", "design", "build", "keep", "keeps", "keeping", "their", "its", "our", "track", "tracked", "provide", "provides",
	"support", "supports", "pharmaceutical", "food", "digital", "product", "supply", "chain", "with", "from", "to", "we", "they", "it", "them", "whose",
	// A count's hedge and a span of time are no things: "about 30,000 serialized items", "from
	// a day to months".
	"about", "around", "roughly", "approximately", "some", "over", "nearly", "almost", "up", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours")

// tracedNoun reads the noun said just before a trace word ("every unit must be traceable", "the
// lots of produce are traced", "aircraft parts genealogy"), and whether a quantifier came with it.
func tracedNoun(before string) (noun string, every bool) {
	ws := traceTokenRe.FindAllString(before, -1)
	i := len(ws) - 1
	for i >= 0 && traceAux[strings.ToLower(ws[i])] {
		i--
	}
	if i < 0 || traceNotNouns[strings.ToLower(ws[i])] {
		return "", false
	}
	// "every lot of produce": the lot is traced, produce is what it holds.
	if i >= 2 && strings.EqualFold(ws[i-1], "of") && !traceNotNouns[strings.ToLower(ws[i-2])] {
		i -= 2
	}
	every = i > 0 && set("every", "each", "all", "any")[strings.ToLower(ws[i-1])]
	return singularNoun(ws[i]), every
}

// traceRule leaves a trace to the composed design where that already records each hand-off of a
// staged thing ("every exhibit moves through 5 stages, and each hand-off needs a chain-of-custody
// record"): its custody events are the trace, and a second set would be a twin.
func traceRule(statement string, on map[string]bool) {
	if !on["traceability"] {
		return
	}
	for id := range on {
		if f := features[id]; f != nil && f.Archetype != "" {
			return
		}
	}
	if st, ok := modelOf(statement).stagingOf(); ok && st.custody {
		delete(on, "traceability")
	}
}

// traceClauseWords go on after the noun that ends a trace ("to the patient who receives it", "to
// shelf in minutes").
var traceClauseWords = set("who", "whom", "whose", "which", "that", "it", "they", "is", "are", "was", "in", "on", "at", "by", "when", "within", "so", "as", "via", "through", "using",
	"before", "after", "under", "over", "then", "must", "can", "should", "will")

// traceWords are the nouns of a trace as the statement says them: what moves, where a trace
// starts and where it ends; a missing end is "source" or "recipient".
type traceWords struct{ item, from, to string }

// traceOf reads the statement's trace nouns: the thing traced is the first said with a quantifier
// before a trace word, else the one said after it, else the first said before it.
func traceOf(statement string) traceWords {
	t := traceWords{item: "item", from: "source", to: "recipient"}
	locs := traceWordRe.FindAllStringIndex(statement, -1)
	var plain, after string
	for _, l := range locs {
		if n := serializedNoun(statement, l); n != "" {
			plain, after = n, "" // "3,000 serialized parts": the word says what it is of
			break
		}
		n, every := tracedNoun(statement[max(0, l[0]-60):l[0]])
		if every {
			plain, after = n, ""
			break
		}
		if m := traceOfRe.FindStringSubmatch(statement[l[1]:]); m != nil && after == "" && !traceNotNouns[strings.ToLower(m[1])] {
			after = singularNoun(m[1])
		}
		if plain == "" {
			plain = n
		}
	}
	if after == "" && plain == "" && len(locs) > 0 {
		// "every exhibit moves … and each hand-off needs a chain of custody": the thing counted.
		plain = countedOneByOne(statement)
	}
	t.item = cmp.Or(after, plain, t.item)
	for _, m := range traceSpanRe.FindAllStringSubmatchIndex(statement, -1) {
		// The ends belong to the trace when said with it ("traceable from donor to patient") or
		// as the whole idiom ("from farm to fork"), not a delivery's "from the warehouse to stores".
		near := len(locs) == 0
		for _, l := range locs {
			near = near || m[0] >= l[0]-80 && m[0] <= l[1]+40
		}
		from, to := strings.ToLower(statement[m[2]:m[3]]), strings.ToLower(statement[m[4]:m[5]])
		// "to every later owner": the noun is the last word before the clause goes on.
		if m[6] >= 0 && !traceNotNouns[strings.ToLower(statement[m[6]:m[7]])] && !traceClauseWords[strings.ToLower(statement[m[6]:m[7]])] {
			to = strings.ToLower(statement[m[6]:m[7]])
		}
		if traceNotNouns[from] || traceNotNouns[to] || !near {
			continue
		}
		t.from, t.to = singularNoun(from), singularNoun(to)
		break
	}
	return t
}

// serializedNoun is the noun a "serialized" or "serialised" at statement[l[0]:l[1]] qualifies:
// "3,000 serialized parts" are parts, "serialised medicine packs" packs; "" where none follows.
func serializedNoun(statement string, l []int) string {
	if w := strings.ToLower(statement[l[0]:l[1]]); w != "serialized" && w != "serialised" {
		return ""
	}
	m := serializedNextRe.FindStringSubmatch(strings.ToLower(statement[l[1]:]))
	if m == nil || traceNotNouns[m[1]] || traceClauseWords[m[1]] {
		return ""
	}
	if m[2] != "" && !strings.HasSuffix(m[1], "s") && strings.HasSuffix(m[2], "s") && !traceClauseWords[m[2]] && !traceNotNouns[m[2]] {
		return singularNoun(m[2]) // a compound: the head is its last word
	}
	return singularNoun(m[1])
}

// serializedNextRe reads the one or two words after "serialized", up to any punctuation.
var serializedNextRe = regexp.MustCompile(`^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?`)

// traceWordsFor renders the {trace_…} placeholders: the nouns, their plurals and their keys. The
// thing traced is named as the design's own entity when one ends with it ("unit" is the design's
// "blood unit"), so the keys agree with the data model.
func (r *renderer) traceWordsFor(name string) (string, bool) {
	if !strings.HasPrefix(name, "trace_") {
		return "", false
	}
	t := traceOf(r.g.Problem)
	for _, e := range r.entities() {
		if n := strings.ToLower(e.Name); n != "custody event" && (n == t.item || strings.HasSuffix(n, " "+t.item)) {
			t.item = n
			break
		}
	}
	noun := map[string]string{"item": t.item, "from": t.from, "to": t.to}
	part, form, _ := strings.Cut(strings.TrimPrefix(name, "trace_"), "_")
	w, ok := noun[strings.TrimSuffix(part, "s")]
	if !ok {
		return "", false
	}
	switch {
	case form == "a":
		return article(w), true
	case form == "id":
		return strings.ReplaceAll(w, " ", "_") + "_id", true
	case strings.HasSuffix(part, "s"):
		return pluralNoun(w), true
	}
	return w, true
}
