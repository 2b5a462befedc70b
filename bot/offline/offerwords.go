package offline

import (
	"regexp"
	"strings"
)

// A ranked offer cascade (knowledge/archetypes-offers.yaml) is one design under many names: a
// deceased donor's organ offered to transplant centres down a match list, a vacant social-housing
// flat offered to applicants on the waiting list, a daycare place offered to families by
// priority, an open shift offered to nurses by seniority, a surplus food lot offered to charities
// in turn. Its texts say {oc_item} (what is offered), {oc_cand} (who is ranked), {oc_taker} (who
// answers an offer: a transplant centre answers for its patient) and {oc_staff} (who works the
// console), with an s for the plural, a capital for a sentence's start or an entity's name and
// {oc_a_item} with its article; {oc_window} and {oc_matchby} are the statement's own figures for
// the accept window and the time to produce the ranked list.
var offerNouns = map[string][]saidNoun{
	"oc_item": {
		{regexp.MustCompile(`\borgans?\b|\bkidneys?\b|\blivers?\b|\btransplant`), "organ"},
		{regexp.MustCompile(`\bhousing\b|\bflats?\b|\bapartments?\b|\bdwellings?\b|\btenanc`), "home"},
		{regexp.MustCompile(`\bday ?care\b|\bnurser(?:y|ies)\b|\bchildcare\b|\bkindergartens?\b|\bschool places?\b`), "place"},
		{regexp.MustCompile(`\bshifts?\b`), "shift"},
		{regexp.MustCompile(`\bfood lots?\b|\bsurplus\b|\blots?\b`), "lot"},
	},
	"oc_cand": {
		{regexp.MustCompile(`\bpatients?\b|\brecipients?\b`), "patient"},
		{regexp.MustCompile(`\bapplicants?\b|\bhousehold`), "applicant"},
		{regexp.MustCompile(`\bfamil(?:y|ies)\b|\bparents?\b`), "family"},
		{regexp.MustCompile(`\bnurses?\b`), "nurse"},
		{regexp.MustCompile(`\bcharit(?:y|ies)\b`), "charity"},
	},
	"oc_taker": {
		{regexp.MustCompile(`\btransplant (?:centres?|centers?)\b|\borgans?\b`), "transplant centre"},
		{regexp.MustCompile(`\bapplicants?\b|\bhousehold`), "applicant"},
		{regexp.MustCompile(`\bfamil(?:y|ies)\b|\bparents?\b`), "family"},
		{regexp.MustCompile(`\bnurses?\b`), "nurse"},
		{regexp.MustCompile(`\bcharit(?:y|ies)\b`), "charity"},
	},
	"oc_staff": {
		{regexp.MustCompile(`\borgans?\b|\btransplant`), "coordinator"},
		{regexp.MustCompile(`\bhousing\b`), "housing officer"},
		{regexp.MustCompile(`\bday ?care\b|\bnurser(?:y|ies)\b|\bchildcare\b`), "admissions officer"},
		{regexp.MustCompile(`\bshifts?\b`), "staffing coordinator"},
	},
}

// offerUsual is each noun's plain word, for a cascade the statement names in none of the above.
var offerUsual = map[string]string{"oc_item": "item", "oc_cand": "candidate", "oc_taker": "candidate", "oc_staff": "coordinator"}

var offerSaid = saidNouns{plain: offerUsual, nouns: offerNouns}

// offerSpan is a stated span, hours also written "h" ("72 h to accept").
const offerSpan = `(\d[\d,.]*\s*-?\s*(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?)|(?:an?|one|two|three|four|five|ten|fifteen|thirty)\s+(?:minutes?|hours?|days?|weeks?))\b`

// offerWindowRe finds the time each offer stays open: "30 min to accept", "72 h to respond",
// "must accept within 15 minutes".
var offerWindowRe = []*regexp.Regexp{
	regexp.MustCompile(`(?i)` + offerSpan + `\s+(?:each\s+)?(?:to|in which to)\s+(?:accept|respond|answer|reply|claim|decide|confirm|say yes)`),
	regexp.MustCompile(`(?i)\b(?:accept|respond|answer|reply|claim|confirm)\w*[^.;:!?]{0,30}?\bwithin\s+` + offerSpan),
	regexp.MustCompile(`(?i)` + offerSpan + `\s+(?:each|apiece|per offer)\b`),
}

// offerMatchRe finds the time the ranked list must be ready in: "a ranked match list … within 5
// minutes".
var offerMatchRe = regexp.MustCompile(`(?i)\b(?:match|rank|list|shortlist)\w*[^.;:!?]{0,70}?\bwithin\s+` + offerSpan)

// offerAttrsRe finds what the statement ranks by, said in brackets after the ranking or after
// "by": "a ranked match list (blood type, HLA, urgency, distance)", "by priority (siblings,
// distance)", "in turn by distance and need".
var offerAttrsRe = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:rank\w*|match\w*|priorit\w*|scor\w*|order)\b[^.;()]{0,30}\(([^)]{3,120})\)`),
	regexp.MustCompile(`(?i)\b(?:ranked|ordered|prioriti[sz]ed|in turn|in order|offered)\s+by\s+([a-z][a-z ,-]{2,60}?)(?:\s*[;.,:(]|\s+(?:each|until|before|then|and (?:a|an|the|each))\b|$)`),
}

// offerAcceptRe finds the statement's word for taking an offer: a charity claims a lot, a
// centre accepts an organ.
var offerAcceptRe = regexp.MustCompile(`(?i)\bto (accept|claim|take|confirm)\b`)

// offerSpanSaid writes a stated span with a spelled-out unit ("72 h" → "72 hours").
func offerSpanSaid(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 1 { // "72h"
		i := strings.IndexFunc(f[0], func(r rune) bool { return r < '0' || r > '9' })
		if i <= 0 {
			return s
		}
		f = []string{f[0][:i], f[0][i:]}
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "h", "hr", "hour":
		f[1] = "hour"
	case "min", "minute":
		f[1] = "min"
	}
	n := strings.Fields(normSpan(f[0] + " hour"))[0] // "an" → "1", "fifteen" → "15"
	if f[1] != "min" && n != "1" && !strings.HasSuffix(f[1], "s") {
		f[1] += "s"
	}
	return n + " " + f[1]
}

// offerWords renders the {oc_*} placeholders for problem and reports whether it knows the name.
func offerWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "oc_")
	if !ok || rest == "" {
		return "", false
	}
	switch rest {
	case "window":
		for _, re := range offerWindowRe {
			if m := re.FindStringSubmatch(problem); m != nil {
				return offerSpanSaid(m[1]), true
			}
		}
		return "the accept window", true
	case "attrs":
		for _, re := range offerAttrsRe {
			if m := re.FindStringSubmatch(problem); m != nil {
				return strings.Join(strings.Fields(m[1]), " "), true
			}
		}
		return "the attributes the policy ranks by", true
	case "accept":
		if m := offerAcceptRe.FindStringSubmatch(problem); m != nil {
			return strings.ToLower(m[1]), true
		}
		return "accept", true
	case "matchby":
		if m := offerMatchRe.FindStringSubmatch(problem); m != nil {
			return offerSpanSaid(m[1]), true
		}
		return "a minute", true
	}
	return offerSaid.render(problem, "oc_", rest)
}

// offerPlaceRe finds a {oc_*} placeholder anywhere in the feature, paths and titles included.
var offerPlaceRe = regexp.MustCompile(`\{oc_[A-Za-z_]+\}`)

// offerFeature is the offer cascade in the statement's nouns ("Organ offer", `POST
// /v1/organs/{id}/offers`), since the renderer fills neither names nor paths.
func offerFeature(f *feature, problem string) *feature {
	return filledFeature(f, offerPlaceRe, func(name string) (string, bool) { return offerWords(problem, name) })
}

// offerFilled is a component text with its {oc_*} placeholders said in the statement's nouns.
func offerFilled(problem, s string) string {
	return offerPlaceRe.ReplaceAllStringFunc(s, func(p string) string {
		if w, ok := offerWords(problem, p[1:len(p)-1]); ok {
			return w
		}
		return p
	})
}
