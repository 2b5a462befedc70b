package offline

import (
	"regexp"

	"github.com/archbot/archbot/conversation"
)

// Subscription commerce (knowledge/archetypes-subscriptions.yaml) is one design for goods sent
// on each subscriber's cadence: a roaster's coffee, a weekly meal-kit box, razor blades, pet food,
// flowers. Its texts say {sb_item} (what is subscribed to), {sb_box} (what one renewal ships),
// {sb_product} (what a subscriber picks or swaps) and {sb_batch} (a day's production), with an s
// for the plural, a capital for a sentence's start or an entity's name and {sb_a_box} with its
// article; each is the first of its nouns the statement says, else the plain word.
var subsNouns = map[string][]saidNoun{
	"sb_item": {
		{subsFlowersRe, "flower"},
		{subsRazorRe, "razor blade"},
		{subsMealKitRe, "meal kit"},
		{subsPetFoodRe, "pet food"},
		{subsCoffeeRe, "coffee"},
		{regexp.MustCompile(`\bteas?\b`), "tea"},
		{regexp.MustCompile(`\bwines?\b`), "wine"},
		{regexp.MustCompile(`\bvitamins?\b|\bsupplements?\b`), "vitamin"},
		{regexp.MustCompile(`\bsnacks?\b`), "snack box"},
	},
	"sb_box": {
		{subsFlowersRe, "bouquet"},
		{subsRazorRe, "refill pack"},
		{subsMealKitRe, "box"},
		{regexp.MustCompile(`\bbags?\b`), "bag"},
		{subsPetFoodRe, "delivery"},
		{subsCoffeeRe, "bag"},
		{regexp.MustCompile(`\bboxe?s?\b`), "box"},
	},
	"sb_product": {
		{subsFlowersRe, "arrangement"},
		{subsRazorRe, "product"},
		{subsMealKitRe, "recipe"},
		{subsPetFoodRe, "food"},
		{subsCoffeeRe, "coffee"},
	},
	"sb_batch": {
		{subsFlowersRe, "arranging batch"},
		{subsCoffeeRe, "roast batch"},
	},
}

// The goods a subscription statement names, most particular first: "flowers" beats "box", a
// meal kit's "recipes" beat its "boxes".
var (
	subsFlowersRe = regexp.MustCompile(`\bflowers?\b|\bbouquets?\b|\bflorists?\b|\bstems\b`)
	subsRazorRe   = regexp.MustCompile(`\brazors?\b|\bblades?\b|\bshav(?:e|es|ing)\b`)
	subsMealKitRe = regexp.MustCompile(`\bmeal[- ]kits?\b|\bmeal box(?:es)?\b|\brecipe box(?:es)?\b|\brecipes?\b`)
	subsPetFoodRe = regexp.MustCompile(`\bpet food\b|\bdog food\b|\bcat food\b|\bkibble\b`)
	subsCoffeeRe  = regexp.MustCompile(`\bcoffees?\b|\bespresso\b|\broast(?:s|ed|ing|ery|er|ers)?\b`)
)

// subsUsual is each noun's plain word, for goods the statement does not name.
var subsUsual = map[string]string{"sb_item": "product", "sb_box": "shipment", "sb_product": "product", "sb_batch": "packing batch"}

var subsSaid = saidNouns{plain: subsUsual, nouns: subsNouns}

// subsWords renders the {sb_*} nouns for problem and reports whether it knows the name.
func subsWords(problem, name string) (string, bool) {
	return subsSaid.placeholder(problem, "sb_", name)
}

// subsPlaceRe finds a {sb_*} placeholder anywhere in the feature, paths and titles included.
var subsPlaceRe = regexp.MustCompile(`\{sb_[A-Za-z_]+\}`)

// subsFeature is the subscription feature in the statement's nouns ("Roast batch", "coffee
// subscription service"), since the renderer fills neither names nor paths. The figures
// ({sb_per_day}, {sb_run_rate}) are left for the renderer, which knows the capacity.
func subsFeature(f *feature, problem string) *feature {
	return filledFeature(f, subsPlaceRe, func(name string) (string, bool) { return subsWords(problem, name) })
}

// subsRunHours is how long the morning renewal run is taken to last when the capacity note turns
// a day's renewals into a rate: the run, not the day, is the peak.
const subsRunHours = 1

// subsFigure renders the renewal figures from the capacity: every renewal of a day is one order,
// so the day's orders are the average write rate over a day, and the run's rate is those orders
// over the run.
func subsFigure(c conversation.Capacity, name string) (string, bool) {
	perDay := c.WriteQPS * 86400
	switch name {
	case "sb_per_day":
		return conversation.Human(perDay), true
	case "sb_run_rate":
		return conversation.Human(perDay / (subsRunHours * 3600)), true
	}
	return "", false
}
