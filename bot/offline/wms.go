package offline

import (
	"regexp"
	"strings"
)

// Warehouse execution (knowledge/archetypes-wms.yaml) is one design under many names: a 3PL's
// fulfilment centres releasing waves to zone pickers, an e-commerce warehouse's pickers pushing
// carts of batched orders, a distribution centre's operatives with RF guns. Its texts say
// {wm_site}, {wm_picker}, {wm_device}, {wm_batch} and {wm_container} (with an s for the plural, a
// capital for a sentence's start or an entity's name, {wm_a_batch} with its article); each is the
// first of its nouns the statement says, else the plain word. {wm_short_rate} quotes how often
// the statement says a pick comes up short, {wm_count_cycle} how often each bin is counted.
var wmsNouns = map[string][]saidNoun{
	"wm_site": {
		{regexp.MustCompile(`\bfulfil?ment cent(?:re|er)s?\b`), "fulfilment centre"},
		{regexp.MustCompile(`\bdistribution cent(?:re|er)s?\b|\bdcs?\b`), "distribution centre"},
	},
	"wm_picker": {
		{regexp.MustCompile(`\bpickers?\b`), "picker"},
		{regexp.MustCompile(`\boperatives?\b`), "operative"},
		{regexp.MustCompile(`\bassociates?\b`), "associate"},
	},
	"wm_device": {
		{regexp.MustCompile(`\bhandhelds?\b|\bhand-helds?\b`), "handheld"},
		{regexp.MustCompile(`\brf guns?\b`), "RF gun"},
		{regexp.MustCompile(`\bscanners?\b`), "scanner"},
	},
	"wm_batch": {
		{regexp.MustCompile(`\bwaves?\b`), "wave"},
		{regexp.MustCompile(`\bbatch(?:es)?\b|\bbatched\b`), "batch"},
	},
	"wm_container": {
		{regexp.MustCompile(`\bcarts?\b|\btrolleys?\b`), "cart"},
		{regexp.MustCompile(`\btotes?\b`), "tote"},
	},
}

// wmsUsual is each noun's plain word, for a statement that says none of the others.
var wmsUsual = map[string]string{"wm_site": "warehouse", "wm_picker": "picker", "wm_device": "handheld", "wm_batch": "wave", "wm_container": "tote"}

var wmsSaid = saidNouns{plain: wmsUsual, nouns: wmsNouns}

// wmsShortRe finds how often the statement says a pick is short: "1 in 20 orders hits a short
// pick", "2% of picks are short".
var wmsShortRe = regexp.MustCompile(`\b(\d+ in \d[\d,]*|\d+(?:\.\d+)?\s?%)(?: of)? (orders?|picks?|order lines?|lines?)\b[^.;]{0,40}\bshort`)

// wmsCycleRe finds how often the statement has every bin counted: "cycle counts of every bin once
// a quarter".
var wmsCycleRe = regexp.MustCompile(`\bonce (?:a|per|every) (?:day|week|fortnight|month|quarter|year)\b`)

// wmsWords renders the {wm_*} placeholders for problem and reports whether it knows the name.
func wmsWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "wm_")
	if !ok || rest == "" {
		return "", false
	}
	if base, ok := strings.CutSuffix(rest, "_id"); ok {
		// A key names the noun as an identifier: {wm_site_id} is fulfilment_centre_id.
		w, ok := wmsSaid.word(problem, "wm_"+base)
		return slug(w, "_") + "_id", ok
	}
	if rest == "count_cycle" {
		if m := wmsCycleRe.FindString(strings.ToLower(problem)); m != "" {
			return m, true
		}
		return "on a fixed cycle", true
	}
	if rest == "short_rate" {
		if m := wmsShortRe.FindStringSubmatch(strings.ToLower(problem)); m != nil {
			return "about " + m[1] + " " + m[2], true
		}
		return "a few in every hundred picks", true
	}
	return wmsSaid.render(problem, "wm_", rest)
}

var wmsPlaceholderRe = regexp.MustCompile(`\{wm_[A-Za-z_]+\}`)

// fillWMS expands the {wm_*} placeholders of requirement lines when the requirements are made,
// so what a model or a follow-up reads names the statement's sites, pickers and devices.
func fillWMS(problem string) func([]string) []string {
	return fillPlaceholders(wmsPlaceholderRe, problem, wmsWords)
}

// wmsFeature is the warehouse execution feature with the statement's nouns in every text, the
// API paths as slugs, so a design never shows a {wm_*} placeholder whatever part reads it.
func wmsFeature(f *feature, problem string) *feature {
	return filledFeature(f, wmsPlaceholderRe, func(name string) (string, bool) { return wmsWords(problem, name) })
}
