package offline

import (
	"regexp"
)

// Field-service visits (knowledge/archetypes-fieldsvc.yaml) are one design under many names: a
// piano tuning cooperative's tuners and the pianos they tune, a boiler company's engineers and
// boilers, a home-nursing agency's nurses and their patients' care plans, a meter installer's
// fitters and meters. Its texts say {fv_tech}, {fv_asset} and {fv_customer} (with an s for the
// plural, a capital for a sentence's start or an entity's name, {fv_a_tech} with its article);
// each is the first of its nouns the statement says, else the plain word.
var fieldNouns = map[string][]saidNoun{
	"fv_tech": {
		{regexp.MustCompile(`\btuners?\b`), "tuner"},
		{regexp.MustCompile(`\bnurses?\b`), "nurse"},
		{regexp.MustCompile(`\bcarers?\b|\bcare workers?\b|\bcaregivers?\b`), "carer"},
		{regexp.MustCompile(`\bfitters?\b`), "fitter"},
		{regexp.MustCompile(`\binstallers?\b`), "installer"},
		{regexp.MustCompile(`\binspectors?\b`), "inspector"},
		{regexp.MustCompile(`\bsurveyors?\b`), "surveyor"},
		{regexp.MustCompile(`\bplumbers?\b`), "plumber"},
		{regexp.MustCompile(`\belectricians?\b`), "electrician"},
		{regexp.MustCompile(`\bcleaners?\b`), "cleaner"},
		{regexp.MustCompile(`\bengineers?\b`), "engineer"},
	},
	"fv_asset": {
		{regexp.MustCompile(`\bpianos?\b`), "piano"},
		{regexp.MustCompile(`\bboilers?\b`), "boiler"},
		{regexp.MustCompile(`\bheat pumps?\b`), "heat pump"},
		{regexp.MustCompile(`\bmeters?\b`), "meter"},
		{regexp.MustCompile(`\blifts?\b|\belevators?\b`), "lift"},
		{regexp.MustCompile(`\bappliances?\b|\bwashing machines?\b|\bfridges?\b|\bovens?\b`), "appliance"},
		{regexp.MustCompile(`\bnurs(?:e|es|ing)\b|\bcarers?\b|\bhome[- ]care\b|\bpatients?\b`), "care plan"},
		{regexp.MustCompile(`\bpest\b|\bpests\b|\bexterminat`), "property"},
		{regexp.MustCompile(`\bgas\b|\bheating\b`), "boiler"},
	},
	"fv_customer": {
		{regexp.MustCompile(`\bpatients?\b`), "patient"},
		{regexp.MustCompile(`\bclients?\b`), "client"},
		{regexp.MustCompile(`\bhouseholds?\b`), "household"},
	},
}

// fieldUsual is each noun's plain word, for a statement that says none of the others.
var fieldUsual = map[string]string{"fv_tech": "technician", "fv_asset": "asset", "fv_customer": "customer"}

var fieldSaid = saidNouns{plain: fieldUsual, nouns: fieldNouns}

// fieldWords renders the {fv_*} placeholders for problem and reports whether it knows the name.
func fieldWords(problem, name string) (string, bool) {
	return fieldSaid.placeholder(problem, "fv_", name)
}

var fieldPlaceholderRe = regexp.MustCompile(`\{fv_[A-Za-z_]+\}`)

// fillField expands the {fv_*} placeholders of requirement lines when the requirements are made,
// so what a model or a follow-up reads names the statement's technicians and what they look after.
func fillField(problem string) func([]string) []string {
	return fillPlaceholders(fieldPlaceholderRe, problem, fieldWords)
}
