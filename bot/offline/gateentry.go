package offline

import (
	"regexp"
	"strings"
)

// Entitlement at the gate (knowledge/archetypes-gateentry.yaml) is one design under many names:
// a skier's lift pass read at a lift gate of a resort, a member's membership read by a plate
// camera at a car wash site's entrance, a season ticket holder's card at a stadium's turnstile. Its texts
// say {ge_holder}, {ge_pass}, {ge_gate} and {ge_site} (and their plurals with an s) so the design
// speaks of what the statement names; each is the first of its nouns the statement says, else
// the plain word.
var gateNouns = map[string][]saidNoun{
	"ge_holder": {
		{regexp.MustCompile(`\bskiers?\b|\bsnowboarders?\b`), "skier"},
		{regexp.MustCompile(`\bseason[- ]ticket holders?\b`), "season ticket holder"},
		{regexp.MustCompile(`\b(?:annual |season )?pass ?holders?\b`), "pass holder"},
		{regexp.MustCompile(`\bmembers?\b|\bmemberships?\b`), "member"},
		{regexp.MustCompile(`\bfans?\b`), "fan"},
		{regexp.MustCompile(`\bresidents?\b`), "resident"},
		{regexp.MustCompile(`\bvisitors?\b`), "visitor"},
	},
	"ge_pass": {
		{regexp.MustCompile(`\blift (?:passes|pass|tickets?)\b`), "lift pass"},
		{regexp.MustCompile(`\bski pass(?:es)?\b`), "ski pass"},
		{regexp.MustCompile(`\bseason[- ]tickets?\b`), "season ticket"},
		{regexp.MustCompile(`\bseason pass(?:es)?\b`), "season pass"},
		{regexp.MustCompile(`\bannual pass(?:es)?\b`), "annual pass"},
		{regexp.MustCompile(`\bleisure cards?\b`), "leisure card"},
		{regexp.MustCompile(`\bmembers?\b|\bmemberships?\b`), "membership"},
	},
	"ge_gate": {
		{regexp.MustCompile(`\blift gates?\b|\blifts\b|\bskiers?\b.*\bgates?\b|\bgates?\b.*\bskiers?\b`), "lift gate"},
		{regexp.MustCompile(`\bplate cameras?\b|\banpr\b|\balpr\b|\bplate (?:recognition|readers?)\b`), "entrance"},
		{regexp.MustCompile(`\bturnstiles?\b`), "turnstile"},
		{regexp.MustCompile(`\bbarriers?\b`), "barrier"},
		{regexp.MustCompile(`\bdoors?\b`), "door"},
	},
	"ge_site": {
		{regexp.MustCompile(`\bresorts?\b|\bski areas?\b|\bmountains?\b`), "resort"},
		{regexp.MustCompile(`\bstadiums?\b|\bgrounds?\b|\barenas?\b`), "stadium"},
		{regexp.MustCompile(`\bgyms?\b|\bclubs?\b`), "club"},
		{regexp.MustCompile(`\bbuildings?\b|\bspaces?\b`), "building"},
		{regexp.MustCompile(`\bparks?\b`), "park"},
		{regexp.MustCompile(`\b(?:swimming )?pools?\b`), "pool"},
		{regexp.MustCompile(`\bleisure cent(?:re|er)s?\b`), "leisure centre"},
		{regexp.MustCompile(`\blocations?\b`), "location"},
	},
}

// gateUsual is each noun's plain word, for a statement that says none of the others.
var gateUsual = map[string]string{"ge_holder": "holder", "ge_pass": "pass", "ge_gate": "gate", "ge_site": "site"}

var gateSaid = saidNouns{plain: gateUsual, nouns: gateNouns}

// gateWords renders {ge_holder} … {ge_site}, their plurals ({ge_holders}) and the singulars with
// their article ({ge_a_gate}: "a lift gate", "an entrance") for problem.
func gateWords(problem, name string) (string, bool) {
	if rest, ok := strings.CutPrefix(name, "ge_a_"); ok {
		noun, ok := gateWords(problem, "ge_"+rest)
		if !ok || strings.HasSuffix(rest, "s") && rest != "pass" {
			return "", false
		}
		return withIndefinite(noun), true
	}
	return gateSaid.word(problem, name)
}
