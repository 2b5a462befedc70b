package offline

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A statement often says what its records hold ("each weigh-in records gross and tare weight,
// moisture and grade") and what they belong to ("each weigh-in belongs to a truck and an
// elevator"). Those words are the row's fields and foreign keys: a row of ids and timestamps
// beside them reads as if nobody had read the statement. The reading here is of the statement's
// text alone, so it serves archetype entities as well as composed ones.

// attrs are the fields and references the statement states, by the singular noun it says
// them of.
type attrs struct {
	fields map[string][]string
	refs   map[string][]string
	// described are things the statement counts and lists the fields of ("85,000 trees, each
	// with species, location and condition"): records kept, whether or not a clause acts on them.
	described []string
}

// recordHoldVerbs say that a record holds what follows: "each X records A, B and C".
const recordHoldVerbs = `records|has|carries|holds|includes|stores|lists|contains|captures|notes|logs|keeps|tracks|shows|gives`

var (
	// eachHoldsRe: "each weigh-in records gross and tare weight"; a bare "the" is left out, so
	// "the system has" holds nothing.
	eachHoldsRe = regexp.MustCompile(`\b(?:each|every|a|an) ([a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:` + recordHoldVerbs + `) ([^.;:!?]+)`)
	// withRe: "log deliveries with the supplier, pallet count and temperature".
	// "inspections of hives with brood pattern" are the inspections', not the hives'.
	withRe = regexp.MustCompile(`\b(?:([a-z][a-z-]*) of (?:the |their |its )?)?(?:(each|every|a|an|the|their|its) )?([a-z][a-z-]*) with ([^.;:!?]+)`)
	// eachWithRe: "about 85,000 trees, each with species, location, trunk size and condition".
	eachWithRe = regexp.MustCompile(`\b([a-z][a-z-]*s),? (?:each|every one) (?:with|has|having|holding|recording) ([^.;:!?]+)`)
	// possessRe: "each hive's queen status and brood pattern".
	possessRe = regexp.MustCompile(`\b([a-z][a-z-]*)'s ([^.;:!?]+)`)
	// perRe: "per sample: batch, site and collected date".
	perRe = regexp.MustCompile(`\bper ([a-z][a-z-]*(?: [a-z][a-z-]*)?):\s*([^.;!?]+)`)
	// ofEachRe: "the length and condition of each trail"; the list is read back from "of".
	ofEachRe = regexp.MustCompile(`\bof (?:each|every) ([a-z][a-z-]*(?: [a-z][a-z-]*)?)\b`)
	// belongsRe: "each weigh-in belongs to a truck and an elevator".
	belongsRe = regexp.MustCompile(`\b(?:each|every|a|an) ([a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:belongs to|is for|is about|is tied to|is linked to|refers to|is made at|is taken at|is done at|happens at) ([^.;:!?]+)`)
	// ofThingsRe: "inspections of hives": a record of acts on a kind of thing points at it.
	ofThingsRe = regexp.MustCompile(`\b([a-z][a-z-]*s) of (?:the |their |its |our )?([a-z][a-z-]*s)\b`)
)

// listStops end a list of fields: what follows them is another clause or a qualifier.
var listStops = set("is", "are", "was", "were", "be", "can", "may", "must", "will", "should", "who", "which", "that", "when", "while",
	"where", "so", "to", "for", "from", "by", "before", "after", "until", "every", "per", "in", "on", "at", "then", "but", "of", "as",
	"if", "once", "within", "into", "through", "via", "each")

// modifierWords qualify the head of the next field when joined to it by "and": "gross and tare
// weight" are a gross weight and a tare weight.
var modifierWords = set("gross", "tare", "net", "min", "max", "minimum", "maximum", "start", "end", "opening", "closing", "first",
	"last", "high", "low", "peak", "average", "mean", "front", "rear", "left", "right", "upper", "lower", "inner", "outer", "planned",
	"actual", "expected", "estimated", "wet", "dry", "entry", "exit", "arrival", "departure", "pickup", "dropoff", "systolic",
	"diastolic", "morning", "evening", "sale", "purchase", "base", "total", "initial", "final", "target", "current", "previous")

// namedSystems are what a statement calls the system itself: never a field of a record.
var namedSystems = set("system", "app", "application", "platform", "service", "tool", "software", "portal", "backend")

// countingWords count rather than name a thing: "thousands of users" points at nothing.
var countingWords = set("hundreds", "thousands", "millions", "billions", "dozens", "tens", "lots", "kinds", "types", "sorts", "sets",
	"pairs", "numbers", "amounts", "tons", "tonnes", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "terms", "words")

// statedAttrs reads what the statement says its things hold and belong to.
func statedAttrs(problem string) attrs {
	s := strings.ToLower(problem)
	a := attrs{fields: map[string][]string{}, refs: map[string][]string{}}
	for _, m := range eachHoldsRe.FindAllStringSubmatch(s, -1) {
		a.add(m[1], fieldList(m[2]))
	}
	for _, m := range perRe.FindAllStringSubmatch(s, -1) {
		a.add(m[1], fieldList(m[2]))
	}
	for _, m := range withRe.FindAllStringSubmatch(s, -1) {
		if thing := m[3]; withSubject(m[2], thing) {
			if m[1] != "" && !countingWords[m[1]] {
				thing = m[1]
			}
			if fs := fieldList(m[4]); slices.ContainsFunc(fs, func(f string) bool { return !isPeople(f) }) {
				a.add(thing, fs) // "book boats with a cox": who comes along, not what is recorded
			}
		}
	}
	for _, m := range eachWithRe.FindAllStringSubmatch(s, -1) {
		if fs := fieldList(m[2]); len(fs) >= 2 && !countingWords[m[1]] {
			a.add(m[1], fs)
			a.described = append(a.described, singularPhrase(m[1]))
		}
	}
	for _, m := range possessRe.FindAllStringSubmatch(s, -1) {
		a.add(m[1], slices.DeleteFunc(fieldList(m[2]), saidPlural)) // "a user's photos" are theirs, not a field
	}
	for _, ix := range ofEachRe.FindAllStringSubmatchIndex(s, -1) {
		a.add(s[ix[2]:ix[3]], fieldList(listBefore(s[:ix[0]])))
	}
	a.readRefs(s)
	return a
}

// readRefs reads what the statement says a record belongs to.
func (a attrs) readRefs(s string) {
	for _, m := range belongsRe.FindAllStringSubmatch(s, -1) {
		k := singularNoun(m[1])
		a.refs[k] = appendNew(a.refs[k], fieldList(m[2])...)
	}
	for _, m := range ofThingsRe.FindAllStringSubmatch(s, -1) {
		if countingWords[m[1]] || isPeople(singularNoun(m[1])) || isPeople(singularNoun(m[2])) {
			continue
		}
		k := singularNoun(m[1])
		a.refs[k] = appendNew(a.refs[k], singularNoun(m[2]))
	}
}

// withSubject says the word before "with" names a thing said to hold what follows, not a verb or
// a way of speaking ("deal with", "along with"): a plural, or a noun after a determiner.
func withSubject(det, w string) bool {
	if _, verb := verbBase(w); verb || listStops[w] || adjectives[w] || determiners[w] {
		return false
	}
	return det != "" || saidPlural(w)
}

// saidPlural reports a word said in the plural.
func saidPlural(w string) bool {
	return !strings.Contains(w, " ") && singularNoun(w) != w
}

// add keeps the fields said of a thing, by its singular.
func (a attrs) add(thing string, fs []string) {
	if len(fs) == 0 {
		return
	}
	k := singularPhrase(thing)
	a.fields[k] = appendNew(a.fields[k], fs...)
}

// of lists the fields the statement states of a thing, matched by its name or its head word.
func (a attrs) of(thing string) []string { return matchThing(a.fields, thing) }

// refsOf lists the things the statement says a thing belongs to.
func (a attrs) refsOf(thing string) []string { return matchThing(a.refs, thing) }

func matchThing(m map[string][]string, thing string) []string {
	thing = singularPhrase(strings.ToLower(thing))
	out := slices.Clone(m[thing]) // the exact name's fields first, in the statement's order
	keys := slices.Sorted(maps.Keys(m))
	for _, k := range keys {
		if k != thing && lastWord(k) == lastWord(thing) {
			out = appendNew(out, m[k]...)
		}
	}
	return out
}

// listBefore is the list of fields that ends just before "of each": back to the verb or the
// punctuation that starts it ("rangers record the length and condition").
func listBefore(s string) string {
	words := strings.Fields(s)
	start := len(words)
	for start > 0 && len(words)-start < 8 {
		w := strings.Trim(words[start-1], ",")
		if _, verb := verbBase(w); verb || strings.ContainsAny(words[start-1], ".;:") || listStops[w] {
			break
		}
		start--
	}
	return strings.Join(words[start:], " ")
}

// fieldList reads a list of fields, "gross and tare weight, moisture and a grade", as names:
// gross_weight, tare_weight, moisture, grade. It ends where another clause or a qualifier
// starts; an item with a number in it ("3 scales") is a count, not a field.
func fieldList(s string) []string {
	var items [][]string
	var seps []string
	var cur []string
	flush := func(sep string) {
		if len(cur) > 0 {
			items, seps = append(items, cur), append(seps, sep)
		}
		cur = nil
	}
	for _, w := range strings.Fields(strings.NewReplacer(",", " , ", "&", " and ", "(", " , ", ")", " , ").Replace(s)) {
		switch {
		case w == "," || w == "and":
			flush(w)
			continue
		case listStops[w] || len(cur) == 3 || len(cur) > 0 && saidPlural(cur[0]) && !strings.ContainsFunc(cur[0], unicode.IsDigit):
			if len(cur) > 0 && (saidPlural(cur[0]) || len(cur) == 3) {
				cur = nil // what follows is a clause ("members are paid"), not a field
			}
		case isPronoun(w) || subjectPronouns[w]:
			cur = nil // "and tick them off": a clause, not a field
		case determiners[w] && len(cur) == 0:
			continue
		default:
			cur = append(cur, w)
			continue
		}
		break
	}
	flush("")
	return fieldNames(items, seps)
}

// fieldNames names each item of a list: shared heads filled in ("gross and tare weight"), "pass
// or fail" a result, counts dropped.
func fieldNames(items [][]string, seps []string) []string {
	var out []string
	for i, it := range items {
		if slices.ContainsFunc(it, func(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) }) {
			continue
		}
		if namedSystems[it[len(it)-1]] {
			continue // "a treatment records system": the system the statement names, not a field
		}
		if len(it) == 1 && modifierWords[it[0]] && seps[i] == "and" && i+1 < len(items) && len(items[i+1]) > 1 {
			it = []string{it[0], items[i+1][len(items[i+1])-1]} // gross and tare weight: gross_weight
		}
		if len(it) == 3 && it[1] == "or" {
			out = appendNew(out, "result ("+it[0]+" / "+it[2]+")")
			continue
		}
		out = appendNew(out, slug(strings.Join(it, " "), "_"))
	}
	return out
}
