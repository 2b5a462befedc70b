package offline

import (
	"regexp"
	"strings"
	"unicode"
)

// A statement that says where its data must stay ("patient data must never leave the country",
// "records are kept in Canada", "customer files must stay within the EU") states a boundary every
// part of the design has to respect: stores, backups, logs, the disaster-recovery region and the
// third parties the data is sent to. The words vary, so the rule reads the shape (a verb of
// staying or leaving, then a place) and the place it names, which the design repeats in its own
// terms. Words that say it without a place ("data residency", "in-country") are signals in
// knowledge/capabilities-residency.yaml, and the place is then the country the statement names.

// residencyPlaces are the places data may be kept in: a country, a union, a state, or the
// statement's own "the country".
const residencyPlaces = `(?:the\s+)?(?:(?-i:EU|EEA|UK|US|USA|UAE)|european union|european economic area|united kingdom|united states|europe|` +
	`germany|france|italy|spain|portugal|netherlands|belgium|austria|switzerland|ireland|poland|sweden|norway|denmark|finland|iceland|estonia|czechia|czech republic|greece|hungary|romania|` +
	`canada|mexico|brazil|argentina|chile|colombia|australia|new zealand|japan|china|india|indonesia|singapore|malaysia|south korea|korea|vietnam|thailand|philippines|` +
	`israel|turkey|saudi arabia|united arab emirates|qatar|egypt|nigeria|kenya|south africa|russia|ukraine|` +
	`california|texas|new york|quebec|ontario|british columbia|bavaria|scotland|wales|england)\b` +
	`|(?:the|our|its|their|each|that)\s+(?:own\s+|home\s+)?(?:country|state|province|jurisdiction|territory)\b`

// residencyRe finds data said to stay in, or never leave, one place: a subject that is data, a
// verb of leaving or staying, then the place. Two places joined by "and" are a deployment
// (regions.go), not a boundary, and are rejected by the caller.
var residencyRe = regexp.MustCompile(`(?i)\b((?:[\w'’-]+\s+){0,2}?(?:data|records?|information|pii|files|documents|details|histor(?:y|ies)|results|images|scans|backups))\b` +
	`[^.;:]{0,40}?\b(?:(?:never|not|cannot|can't|may not|mustn't)\s+(?:be\s+)?(?:leave|leaves|left|stored|kept|hosted|processed|moved|transferred|sent|copied|replicated)\s+(?:outside|out of|beyond)(?:\s+of)?` +
	`|(?:never|not|cannot|can't|may not|mustn't)\s+(?:leave|leaves|cross)` +
	`|(?:stay|stays|remain|remains|reside|resides|kept|stored|hosted|held|processed|live|lives)\s+(?:only\s+|entirely\s+|wholly\s+)?(?:in|within|inside|on\s+servers\s+in))` +
	`\s+(` + residencyPlaces + `)(\s+(?:and|or|&)\s+(?:` + residencyPlaces + `))?`)

// residencyHostedRe finds the whole system bound to a place, with no data named: "must be hosted
// in Germany", "has to run entirely within the EU".
var residencyHostedRe = regexp.MustCompile(`(?i)\b(?:must|has to|have to|needs? to|shall|is required to)\s+(?:be\s+)?(?:hosted|run|kept|stored|operated|deployed)\s+(?:only\s+|entirely\s+|wholly\s+)?(?:in|within|inside)\s+(` + residencyPlaces + `)(\s+(?:and|or|&)\s+(?:` + residencyPlaces + `))?`)

// residencyWordsRe are the statement's ways of saying residency without a verb and a place.
var residencyWordsRe = regexp.MustCompile(`(?i)\b(?:data (?:residency|sovereignty|locali[sz]ation)|residency (?:rules?|requirements?|laws?)|in-country|onshore|sovereign cloud)\b`)

// residencyStatedRe is either way of saying residency, for {unsaid:@residency} lines.
var residencyStatedRe = regexp.MustCompile(residencyRe.String() + "|" + residencyHostedRe.String() + "|" + residencyWordsRe.String())

var residencyPlaceRe = regexp.MustCompile(`(?i)\b(?:` + residencyPlaces + `)`)

// residencyOf returns what the statement says must stay where ("patient data", "the EU"), or
// empty strings when it says no such thing.
func residencyOf(statement string) (what, place string) {
	for _, m := range residencyRe.FindAllStringSubmatchIndex(statement, -1) {
		if m[6] >= 0 {
			continue // "hosted in the EU and the US": a deployment across both
		}
		what := residencyOwned(statement[m[2]:m[3]], statement[:m[2]])
		return residencyData(what), residencyPlace(statement[m[4]:m[5]], statement)
	}
	if m := residencyHostedRe.FindStringSubmatch(statement); m != nil && m[2] == "" {
		return "personal data", residencyPlace(m[1], statement)
	}
	if loc := residencyWordsRe.FindStringIndex(statement); loc != nil {
		return "personal data", residencyPlace("the country", statement)
	}
	return "", ""
}

// residencyData is the data the statement names, without its determiners: "all patient data" is
// "patient data"; a bare "data" is "personal data", which is what residency rules are about.
func residencyData(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != strings.ToUpper(w) || len(w) < 2 {
			words[i] = strings.ToLower(w) // "EU patron data" keeps its acronym
		}
	}
	for len(words) > 1 && dataDeterminers[words[0]] {
		words = words[1:]
	}
	if len(words) == 1 && words[0] == "data" {
		return "personal data"
	}
	return strings.Join(words, " ")
}

// residencyOwned reads "guests in the EU must have their data stored in the EU": the data a verb
// gives a possessive ("have their data", "keep its records") belongs to the clause's subject, so
// it is "guest data"; with no subject before it, the bare noun is left for residencyData.
func residencyOwned(said, before string) string {
	words := strings.Fields(strings.ToLower(said))
	if len(words) != 3 || dataDeterminers[words[0]] || !possessives[words[1]] {
		return said
	}
	clause := before[strings.LastIndexAny(before, ",;:.()")+1:]
	for _, sep := range []string{" and ", " while ", " where ", " so ", " but "} {
		if i := strings.LastIndex(strings.ToLower(clause), sep); i >= 0 {
			clause = clause[i+len(sep):]
		}
	}
	subject := strings.Fields(strings.ToLower(clause))
	for len(subject) > 0 && dataDeterminers[subject[0]] {
		subject = subject[1:]
	}
	if len(subject) == 0 || !isWordOnly(subject[0]) || notOwners[subject[0]] {
		return words[2]
	}
	return singularNoun(subject[0]) + " " + words[2]
}

// possessives are the pronouns that give data an owner named elsewhere in the sentence.
var possessives = set("their", "its", "his", "her", "your", "our")

// notOwners are a clause's first words that name no one the data could be called after.
var notOwners = set("we", "they", "it", "you", "he", "she", "i", "must", "should", "shall", "will", "can", "may", "need", "needs", "has", "have")

// isWordOnly reports whether w is made of letters alone, so a figure or a quote is never an owner.
func isWordOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

var dataDeterminers = set("all", "any", "the", "their", "our", "its", "every", "each", "and", "that", "this", "where", "so", "whose", "of", "with", "but", "because", "since", "while")

// residencyPlace names the place as the design should: "the EU", "Germany"; the statement's "the
// country" is the country it names elsewhere ("clinics in Norway … never leave the country").
func residencyPlace(said, statement string) string {
	p := placeName(said)
	if !genericPlace(p) {
		return p
	}
	// A state or province is named among the states; a country among the rest, or by its people
	// ("a Danish retailer").
	wantState := !strings.HasSuffix(p, "country")
	for _, m := range residencyPlaceRe.FindAllString(statement, -1) {
		if n := placeName(m); !genericPlace(n) && regionalPlaces[strings.ToLower(n)] == wantState {
			return n
		}
	}
	if !wantState {
		for _, w := range strings.Fields(strings.ToLower(statement)) {
			if c, ok := demonyms[strings.Trim(w, ".,;:()'’")]; ok {
				return c
			}
		}
	}
	return p
}

// regionalPlaces are the places among residencyPlaces that are states or provinces, not
// countries.
var regionalPlaces = set("california", "texas", "new york", "quebec", "ontario", "british columbia", "bavaria", "scotland", "wales", "england")

// demonyms name a country by its people, as statements often do ("for Danish schools").
var demonyms = map[string]string{"german": "Germany", "french": "France", "italian": "Italy", "spanish": "Spain", "dutch": "the Netherlands", "belgian": "Belgium",
	"austrian": "Austria", "swiss": "Switzerland", "irish": "Ireland", "polish": "Poland", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland",
	"canadian": "Canada", "australian": "Australia", "japanese": "Japan", "indian": "India", "brazilian": "Brazil", "mexican": "Mexico", "british": "the UK", "american": "the US",
	"singaporean": "Singapore", "korean": "South Korea", "saudi": "Saudi Arabia", "emirati": "the UAE", "portuguese": "Portugal", "greek": "Greece", "estonian": "Estonia"}

// genericPlace reports whether a place is the statement's own "the country" or "their state"
// rather than a name.
func genericPlace(p string) bool {
	last := p[strings.LastIndex(p, " ")+1:]
	return last == "country" || last == "state" || last == "province" || last == "jurisdiction" || last == "territory"
}

// placeName writes a place as the design should: "the EU", "New Zealand", "the country".
func placeName(p string) string {
	lower := strings.ToLower(strings.Join(strings.Fields(p), " "))
	bare := strings.TrimPrefix(lower, "the ")
	switch bare {
	case "eu", "uk", "us", "eea", "uae":
		return "the " + strings.ToUpper(bare)
	case "usa":
		return "the US"
	case "european union", "united kingdom", "united states", "european economic area", "united arab emirates", "czech republic":
		return "the " + titleWords(bare)
	}
	if genericPlace(lower) {
		return lower
	}
	return titleWords(bare)
}

func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// residencyRule turns on data residency where the statement says data must stay in a place, after
// the capabilities' exclusions: no archetype's words make a stated boundary optional.
func residencyRule(caps map[string]*capability, statement string, on map[string]bool, why map[string]string) {
	if on["residency"] || caps["residency"] == nil {
		return
	}
	if m := residencyRe.FindStringSubmatch(statement); m != nil && m[3] == "" {
		said := strings.Fields(m[0])
		for len(said) > 1 && dataDeterminers[strings.ToLower(said[0])] {
			said = said[1:]
		}
		on["residency"], why["residency"] = true, `"`+strings.Join(said, " ")+`"`
	} else if m := residencyHostedRe.FindStringSubmatch(statement); m != nil && m[2] == "" {
		on["residency"], why["residency"] = true, `"`+m[0]+`"`
	}
}

// residencyWords renders {residency_data} and {residency_place} for this design.
func (r *renderer) residencyWords(name string) (string, bool) {
	what, place := residencyOf(r.g.Problem)
	switch name {
	case "residency_data":
		return orDefault(what, "personal data"), true
	case "residency_place":
		return orDefault(place, "the country"), true
	}
	return "", false
}

// constraintWords renders the placeholders of constraints the statement puts on the whole design:
// where its data stays, who alone may see what, and what must be traceable from what to what.
func (r *renderer) constraintWords(name string) (string, bool) {
	if w, ok := r.residencyWords(name); ok {
		return w, true
	}
	if w, ok := r.restrictedWords(name); ok {
		return w, true
	}
	if w, ok := r.instrumentWords(name); ok {
		return w, true
	}
	return r.traceWordsFor(name)
}
