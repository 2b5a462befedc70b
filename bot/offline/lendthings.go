package offline

import (
	"regexp"
	"slices"
	"strings"
)

// Lending things (knowledge/archetypes-lendthings.yaml) is one design under many names: a
// co-op's board games, a tool library's tools, a club's camping gear, an equipment room's
// laptops and cameras. Its texts say {lt_item}, {lt_member} and {lt_circle} (with an s for the plural, a
// capital for a sentence's start or an entity's name, {lt_a_item} with its article); each is the
// first of its nouns the statement says, else the plain word.
var lendNouns = map[string][]saidNoun{
	"lt_item": {
		{regexp.MustCompile(`\bboard ?games?\b|\bgames?\b`), "game"},
		{regexp.MustCompile(`\btools?\b|\bdrills?\b|\bladders?\b`), "tool"},
		{regexp.MustCompile(`\btoys?\b`), "toy"},
		{regexp.MustCompile(`\blaptops?\b|\bcameras?\b|\bprojectors?\b|\blens(?:es)?\b`), "device"},
		{regexp.MustCompile(`\binstruments?\b`), "instrument"},
		{regexp.MustCompile(`\bbooks?\b`), "book"},
	},
	// The circle that lends is who a member joins: a co-op, a club, a company.
	"lt_circle": {
		{regexp.MustCompile(`\bco-?ops?\b`), "co-op"},
		{regexp.MustCompile(`\bco-?operatives?\b`), "cooperative"},
		{regexp.MustCompile(`\bclubs?\b`), "club"},
		{regexp.MustCompile(`\bscout\b|\bscouts\b`), "group"},
		{regexp.MustCompile(`\bschools?\b|\bcolleges?\b|\buniversit(?:y|ies)\b`), "school"},
		{regexp.MustCompile(`\bcompany\b|\bfirm\b|\bequipment room\b|\bstaff\b|\bemployees?\b`), "company"},
		{regexp.MustCompile(`\blibrar(?:y|ies)\b`), "library"},
	},
	"lt_member": {
		{regexp.MustCompile(`\bneighbou?rs?\b`), "neighbour"},
		{regexp.MustCompile(`\bresidents?\b`), "resident"},
		{regexp.MustCompile(`\bstudents?\b`), "student"},
		{regexp.MustCompile(`\bstaff\b|\bemployees?\b`), "employee"},
		{regexp.MustCompile(`\bmembers?\b`), "member"},
	},
}

// lendUsual is each noun's plain word: gear and equipment are no countable noun, so a club's
// tents and stoves are items.
var lendUsual = map[string]string{"lt_item": "item", "lt_member": "member", "lt_circle": "community"}

var lendSaid = saidNouns{plain: lendUsual, nouns: lendNouns}

// lendWords renders the {lt_*} placeholders for problem and reports whether it knows the name.
func lendWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "lt_")
	if !ok || rest == "" {
		return "", false
	}
	if rest == "kinds" {
		return lendKinds(problem), true
	}
	return lendSaid.render(problem, "lt_", rest)
}

// lendKindRe finds the kinds of thing a statement lends: one noun ("devices") often stands for
// several ("laptops and cameras"), and each is a kind of the one thing, not a thing of its own.
var lendKindRe = regexp.MustCompile(`\b(board games?|laptops?|cameras?|lens(?:es)?|projectors?|tablets?|microphones?|tents?|stoves?|kayaks?|canoes?|` +
	`sleeping bags?|backpacks?|drills?|ladders?|saws?|lawn ?mowers?|sewing machines?|toys?|puzzles?|instruments?)\b`)

// lendKinds lists the kinds of thing the statement names ("laptop, camera"), else says so.
func lendKinds(problem string) string {
	var said []string
	for _, m := range lendKindRe.FindAllString(strings.ToLower(problem), -1) {
		if k := singularNoun(m); !slices.Contains(said, k) {
			said = append(said, k)
		}
	}
	if len(said) == 0 {
		return "what kind of thing it is"
	}
	return strings.Join(said, ", ")
}

// lendPlaceRe finds a {lt_*} placeholder anywhere in the feature, paths and titles included.
var lendPlaceRe = regexp.MustCompile(`\{lt_[A-Za-z_]+\}`)

// lendFeature is the lending feature in the statement's nouns ("Game lending system", `GET
// /v1/games`), since the renderer fills neither names nor paths.
func lendFeature(f *feature, problem string) *feature {
	return filledFeature(f, lendPlaceRe, func(name string) (string, bool) { return lendWords(problem, name) })
}
