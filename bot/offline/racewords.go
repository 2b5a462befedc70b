package offline

import (
	"regexp"
	"strings"
)

// Timing a race (knowledge/archetypes-racetiming.yaml) is one design for every timed competition
// from a start to a finish with marks between: a marathon's runners wear chips read at timing
// mats, a regatta's boats carry transponders read at timing lines every 500 m, a pigeon race's
// birds wear electronic rings read by the antenna at their loft. Its texts say {rt_entrant},
// {rt_chip}, {rt_carrier} (what wears the tag), {rt_mat} and {rt_timingmat} (with an s for the plural, a capital for a sentence's
// start or an entity's name, {rt_a_chip} with its article); each is the first of its nouns the
// statement says, else the plain word a road race uses.
var raceNouns = map[string][]saidNoun{
	"rt_entrant": {
		{pigeonRaceRe, "pigeon"},
		{regexp.MustCompile(`\bboats?\b|\bregattas?\b|\browing\b|\bkayaks?\b|\bcanoes?\b|\bsculls?\b`), "boat"},
		{regexp.MustCompile(`\bcrews?\b`), "crew"},
	},
	"rt_chip": {
		{pigeonRaceRe, "electronic ring"},
		{regexp.MustCompile(`\bboats?\b|\bregattas?\b|\browing\b|\bkayaks?\b|\bcanoes?\b|\bcrews?\b`), "transponder"},
	},
	// What carries the tag: a runner's bib, a pigeon's leg, a boat's bow.
	"rt_carrier": {
		{pigeonRaceRe, "leg"},
		{regexp.MustCompile(`\bboats?\b|\bregattas?\b|\browing\b|\bkayaks?\b|\bcanoes?\b|\bcrews?\b`), "boat"},
	},
	"rt_mat": {
		{pigeonRaceRe, "loft antenna"},
		{regexp.MustCompile(`\bboats?\b|\bregattas?\b|\browing\b|\bkayaks?\b|\bcanoes?\b|\bcrews?\b`), "timing line"},
	},
	"rt_timingmat": {
		{pigeonRaceRe, "loft antenna"},
		{regexp.MustCompile(`\bboats?\b|\bregattas?\b|\browing\b|\bkayaks?\b|\bcanoes?\b|\bcrews?\b`), "timing line"},
	},
}

// pigeonRaceRe is a race of birds flown home to their lofts.
var pigeonRaceRe = regexp.MustCompile(`\bpigeons?\b|\blofts?\b|\bfanciers?\b`)

// raceUsual is each noun's plain word, a road race's.
var raceUsual = map[string]string{"rt_entrant": "participant", "rt_chip": "chip", "rt_carrier": "bib", "rt_mat": "mat", "rt_timingmat": "timing mat"}

var raceSaid = saidNouns{plain: raceUsual, nouns: raceNouns}

// raceWords renders the {rt_*} placeholders for problem and reports whether it knows the name.
func raceWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "rt_")
	if !ok || rest == "" {
		return "", false
	}
	return raceSaid.render(problem, "rt_", rest)
}

// racePlaceRe finds a {rt_*} placeholder anywhere in the feature, paths and titles included.
var racePlaceRe = regexp.MustCompile(`\{rt_[A-Za-z_]+\}`)

// raceFeature is the race timing feature in the statement's nouns ("Boat" and `GET
// /v1/races/{race_id}/boats/{bib}` for a regatta), since the renderer fills neither names nor paths.
func raceFeature(f *feature, problem string) *feature {
	return filledFeature(f, racePlaceRe, func(name string) (string, bool) { return raceWords(problem, name) })
}

// raceFilled is a component text with its {rt_*} placeholders said in the statement's nouns.
func raceFilled(problem, s string) string {
	return racePlaceRe.ReplaceAllStringFunc(s, func(p string) string {
		if w, ok := raceWords(problem, p[1:len(p)-1]); ok {
			return w
		}
		return p
	})
}

// raceAlternatives is a pattern matching every word a {rt_*} placeholder may be said as, in the
// singular or the plural, so a design's part named in a pigeon race's words is still found by its
// catalogue name.
func raceAlternatives(name string) string {
	base := strings.ToLower(strings.TrimPrefix(name, "rt_"))
	base = strings.TrimPrefix(base, "a_")
	for range 2 {
		if _, ok := raceUsual["rt_"+base]; ok {
			break
		}
		base = strings.TrimSuffix(strings.TrimSuffix(base, "es"), "s")
	}
	words := []string{regexp.QuoteMeta(raceUsual["rt_"+base])}
	for _, n := range raceNouns["rt_"+base] {
		words = append(words, regexp.QuoteMeta(n.noun))
	}
	return `(?:(?:a |an )?(?:` + strings.Join(words, "|") + `)(?:e?s)?)`
}
