package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Perishable, traced stock (knowledge/archetypes-perish.yaml) is one design under many names: a
// blood bank's units from donors to patients, a vaccine distributor's vials in lots from their
// manufacturer, a grocery warehouse's cases of produce from growers, a lab's reagent kits. Its
// texts say {pk_unit}, {pk_lot}, {pk_source}, {pk_recipient}, {pk_site} and {pk_rule} (plurals
// with an s, {pk_a_unit} with its article, {pk_Unit} capitalised for an entity's name); each is
// the first of its nouns the statement says, else the plain word. {pk_shelf} and
// {pk_stock_note} quote the statement's shelf lives and daily units.
var perishNouns = map[string][]saidNoun{
	"pk_unit": {
		{perishBlood, "blood unit"},
		{regexp.MustCompile(`\bvaccines?\b|\bvaccination`), "vaccine vial"},
		{regexp.MustCompile(`\bvials?\b`), "vial"},
		{regexp.MustCompile(`\breagents?\b|\bassay kits?\b|\btest kits?\b`), "reagent kit"},
		{regexp.MustCompile(`\bmedicines?\b|\bdrugs?\b|\bmedications?\b`), "medicine pack"},
		{regexp.MustCompile(`\bpallets?\b`), "pallet"},
		{regexp.MustCompile(`\bproduce\b|\bfruit\b|\bvegetables?\b|\bsalads?\b`), "produce case"},
		{regexp.MustCompile(`\bcases?\b`), "case"},
	},
	"pk_lot": {
		{perishBlood, "donation"},
		{regexp.MustCompile(`\bbatch(?:es)?\b`), "batch"},
		{regexp.MustCompile(`\bharvests?\b`), "harvest lot"},
	},
	"pk_source": {
		{perishBlood, "donor"},
		{regexp.MustCompile(`\bgrowers?\b|\bfarms?\b|\bfarmers?\b`), "grower"},
		{regexp.MustCompile(`\bmanufacturers?\b|\bmakers?\b`), "manufacturer"},
		{regexp.MustCompile(`\bvaccines?\b|\bmedicines?\b|\bdrugs?\b`), "manufacturer"},
		{regexp.MustCompile(`\bproduce\b|\bfruit\b|\bvegetables?\b`), "grower"},
	},
	"pk_recipient": {
		{regexp.MustCompile(`\bfractionat`), "fractionation pool"},
		{regexp.MustCompile(`\bpatients?\b|\bblood\b|\bplatelets\b|\btransfus`), "patient"},
		{regexp.MustCompile(`\bvaccinat`), "patient"},
		{regexp.MustCompile(`\bhouseholds?\b`), "household"},
		{regexp.MustCompile(`\bassays?\b|\breagents?\b|\btest runs?\b`), "test run"},
		{regexp.MustCompile(`\bcustomers?\b|\bshoppers?\b|\bproduce\b`), "customer"},
	},
	"pk_site": {
		{regexp.MustCompile(`\bhospitals?\b`), "hospital"},
		{regexp.MustCompile(`\b(?:donor|collection) cent(?:re|er)s?\b`), "donor centre"},
		{regexp.MustCompile(`\bvaccination cent(?:re|er)s?\b`), "vaccination centre"},
		{regexp.MustCompile(`\bclinics?\b`), "clinic"},
		{regexp.MustCompile(`\bpharmac(?:y|ies)\b`), "pharmacy"},
		{regexp.MustCompile(`\bstores?\b|\bshops?\b|\bsupermarkets?\b`), "store"},
		{regexp.MustCompile(`\blabs?\b|\blaboratori(?:es|y)\b`), "lab"},
		{regexp.MustCompile(`\bdepots?\b`), "depot"},
		{regexp.MustCompile(`\bwarehouses?\b`), "warehouse"},
	},
	"pk_rule": {
		{regexp.MustCompile(`\bfractionat`), "the fractionator's plasma specification"},
		{perishBlood, "ABO/Rh compatibility"},
		{regexp.MustCompile(`\bvaccines?\b|\bvaccinat`), "product and presentation matching"},
		{regexp.MustCompile(`\breagents?\b|\bassays?\b`), "assay and analyser validation"},
		{regexp.MustCompile(`\bmedicines?\b|\bdrugs?\b|\bmedications?\b`), "product and strength matching"},
		{regexp.MustCompile(`\bproduce\b|\bfruit\b|\bvegetables?\b|\bgrocer`), "each store's minimum days of shelf life"},
	},
}

// perishBlood says the stock is blood and its components.
var perishBlood = regexp.MustCompile(`\bblood\b|\bplatelets?\b|\bplasma\b|\bred (?:blood )?cells\b|\btransfus`)

// perishUsual is each noun's plain word, for a statement that says none of the others.
var perishUsual = map[string]string{"pk_unit": "unit", "pk_lot": "lot", "pk_source": "supplier", "pk_recipient": "recipient",
	"pk_site": "site", "pk_rule": "the product's rules"}

var perishSaid = saidNouns{plain: perishUsual, nouns: perishNouns}

// perishWords renders the {pk_*} placeholders for problem and reports whether it knows the name.
func perishWords(problem, name string) (string, bool) {
	switch name {
	case "pk_shelf":
		if s := perishShelf(problem); s != "" {
			return s, true
		}
		return "its product's shelf life", true
	case "pk_stock_note":
		return perishStockNote(problem), true
	case "pk_products":
		return perishProducts(problem), true
	case "pk_keep":
		if perishBlood.MatchString(strings.ToLower(problem)) {
			return " (30 years for blood in the EU and US)", true
		}
		return "", true
	}
	if rest, ok := strings.CutPrefix(name, "pk_a_"); ok {
		noun, ok := perishWords(problem, "pk_"+rest)
		if !ok || rest != strings.TrimSuffix(rest, "s") {
			return "", false
		}
		return withIndefinite(noun), true
	}
	if rest, ok := strings.CutPrefix(name, "pk_"); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
		noun, ok := perishWords(problem, "pk_"+strings.ToLower(rest[:1])+rest[1:])
		return upperFirst(noun), ok
	}
	if name == "pk_rules" {
		return "", false // a rule is said once
	}
	return perishSaid.word(problem, name)
}

// perishShelfRe finds a shelf life the statement gives: "platelets expire after 5 days",
// "vaccines keep 30 days once thawed", "a shelf life of 42 days", "use-by dates within 10 days".
var perishShelfRe = regexp.MustCompile(`(?:\b([a-z][a-z -]{1,30}?)\s+(?:expire|expires|keep|keeps|last|lasts|spoil|spoils|go off|goes off)(?:\s+(?:after|within|in|for))?|shelf[- ]li(?:fe|ves)(?:\s+(?:is|are|of))?|use[- ]by(?: dates?)?(?:\s+(?:within|of|after|in))?)\s+(?:only\s+|about\s+|around\s+|up to\s+)?(\d+(?:\.\d+)?)\s*(hours?|days?|weeks?|months?|years?)\b`)

// perishShelf is the shortest shelf life the statement gives, with what it is said of
// ("5 days for platelets"), or "".
func perishShelf(problem string) string {
	best, bestDays := "", math.Inf(1)
	for _, m := range perishShelfRe.FindAllStringSubmatch(strings.ToLower(problem), -1) {
		n, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			continue
		}
		days := n * perishUnitDays(m[3])
		if days >= bestDays {
			continue
		}
		bestDays = days
		best = m[2] + " " + m[3]
		if of := perishShelfOf(m[1]); of != "" {
			best += " for " + of
		}
	}
	return best
}

// perishShelfOf is the noun a shelf life is said of, without its determiners: "platelets" of
// "platelets", "" of "they".
func perishShelfOf(s string) string {
	words := strings.Fields(s)
	if len(words) > 3 {
		words = words[len(words)-3:]
	}
	for len(words) > 0 && perishFiller[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 || perishFiller[words[len(words)-1]] {
		return ""
	}
	return strings.Join(words, " ")
}

var perishFiller = map[string]bool{"the": true, "a": true, "an": true, "and": true, "that": true, "which": true, "they": true, "it": true,
	"each": true, "every": true, "all": true, "most": true, "some": true, "must": true, "will": true, "can": true, "may": true, "our": true, "their": true}

func perishUnitDays(u string) float64 {
	switch strings.TrimSuffix(u, "s") {
	case "hour":
		return 1.0 / 24
	case "week":
		return 7
	case "month":
		return 30
	case "year":
		return 365
	}
	return 1
}

// perishDailyRe finds the units the statement says come or go each day: "about 1,200 units a day",
// "40k doses per day", "3,000 cases daily".
var perishDailyRe = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)\s*(k|thousand)?\s+([a-z]+(?: [a-z]+)?)\s+(?:a day|per day|each day|every day|daily)\b`)

// perishStockNote sizes what is on the shelves from the statement's daily units and shortest
// shelf life: at most a shelf life's worth of what arrives, and the sweep touches a day's worth.
func perishStockNote(problem string) string {
	low := strings.ToLower(problem)
	shelf := perishShelf(problem)
	m := perishDailyRe.FindStringSubmatch(low)
	var daily float64
	if m != nil {
		daily, _ = strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		if m[2] != "" {
			daily *= 1000
		}
	}
	switch {
	case daily > 0 && shelf != "":
		f := perishShelfRe.FindAllStringSubmatch(low, -1)
		days := math.Inf(1)
		for _, s := range f {
			if n, err := strconv.ParseFloat(s[2], 64); err == nil {
				days = min(days, n*perishUnitDays(s[3]))
			}
		}
		return fmt.Sprintf("At %s %s a day, stock that keeps %s turns over within that time: at most about %s on the shelves if all of it kept that long (a day's arrivals × the days they keep), more for longer-lived products, so the first-expiry index is that order of rows, and on the worst day the sweep expires about a day's arrivals, %s.",
			conversation.Human(daily), m[3], shelf, conversation.Human(math.Ceil(daily*days)), conversation.Human(daily))
	case daily > 0:
		return fmt.Sprintf("At %s %s a day, stock on hand is that times the days each keeps, and on the worst day the sweep expires about a day's arrivals.", conversation.Human(daily), m[3])
	case shelf != "":
		return fmt.Sprintf("With a shelf life of %s, stock on hand is at most that many days of arrivals, and each of them is used or swept within that time.", shelf)
	}
	return ""
}

// fillPerish expands the {pk_*} placeholders of requirement lines when the requirements are
// made, so what a model or a follow-up reads names the statement's units and sites.
func fillPerish(problem string) func([]string) []string {
	return fillPlaceholders(perishPlaceholderRe, problem, perishWords)
}

var perishPlaceholderRe = regexp.MustCompile(`\{pk_[A-Za-z_]+\}`)

// perishKinds are the kinds of perishable stock a statement may list, in the words it uses.
var perishKinds = regexp.MustCompile(`\b(?:whole blood|red (?:blood )?cells|platelets|plasma|cryoprecipitate|cryo|vaccines?|insulin|antivenoms?|` +
	`biologics|fruit|vegetables|salads?|berries|dairy|meat|fish|seafood|bread|flowers|reagents?|antibodies|media plates|test kits?)\b`)

// perishProducts lists the kinds of stock the statement names ("red cells, platelets and
// plasma"), else says each product.
func perishProducts(problem string) string {
	var said []string
	for _, m := range perishKinds.FindAllString(strings.ToLower(problem), -1) {
		if !slices.Contains(said, m) {
			said = append(said, m)
		}
	}
	switch len(said) {
	case 0:
		return "each kind the stock holds"
	case 1:
		return said[0]
	}
	return strings.Join(said[:len(said)-1], ", ") + " and " + said[len(said)-1]
}
