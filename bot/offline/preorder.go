package offline

import (
	"regexp"
	"strings"
)

// Preorders for pickup (knowledge/archetypes-preorder.yaml) are one design for many trades: a
// bakery's bread and cakes, a butcher's joints, a florist's bouquets, a school canteen's lunches.
// {po_trade} is the trade the statement names, so the design is the "Bakery preorder and pickup
// system"; a statement that names none gets "Shop".
var preorderNouns = map[string][]saidNoun{
	"po_trade": {
		{regexp.MustCompile(`\bcake shops?\b|\bcake makers?\b`), "cake shop"},
		{regexp.MustCompile(`\bpatisseri(?:e|es)\b`), "patisserie"},
		{regexp.MustCompile(`\bbaker(?:y|ies|s)?\b`), "bakery"},
		{regexp.MustCompile(`\bbutchers?\b|\bbutchery\b`), "butcher"},
		{regexp.MustCompile(`\bflorists?\b|\bflower shops?\b`), "florist"},
		{regexp.MustCompile(`\bdelis?\b|\bdelicatessens?\b`), "deli"},
		{regexp.MustCompile(`\bfarm shops?\b`), "farm shop"},
		{regexp.MustCompile(`\bcheese shops?\b|\bcheesemongers?\b`), "cheese shop"},
		{regexp.MustCompile(`\bfishmongers?\b`), "fishmonger"},
		{regexp.MustCompile(`\bgreengrocers?\b`), "greengrocer"},
		{regexp.MustCompile(`\bcanteens?\b`), "canteen"},
		// Lunches ordered ahead at schools are a school kitchen's, whatever serves them.
		{regexp.MustCompile(`\bschools?\b[^.]*\b(?:lunch(?:es)?|meals?)\b|\b(?:lunch(?:es)?|meals?)\b[^.]*\bschools?\b`), "school meal"},
		{regexp.MustCompile(`\bcakes?\b`), "cake shop"},
	},
}

var preorderSaid = saidNouns{plain: map[string]string{"po_trade": "shop"}, nouns: preorderNouns}

// preorderWords renders the {po_*} placeholders for problem and reports whether it knows the name.
func preorderWords(problem, name string) (string, bool) {
	return preorderSaid.word(problem, name)
}

// preorderFeature is the preorder feature with the statement's trade in its archetype, which the
// title reads as it stands ("Bakery preorder and pickup system").
func preorderFeature(f *feature, problem string) *feature {
	c := *f
	c.Archetype = strings.ReplaceAll(c.Archetype, "{po_trade}", preorderTrade(problem))
	return &c
}

// preorderTrade is the trade the statement names, or "shop".
func preorderTrade(problem string) string {
	w, _ := preorderSaid.word(problem, "po_trade")
	return w
}
