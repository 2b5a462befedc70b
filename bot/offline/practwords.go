package offline

import "regexp"

// Appointments with professionals (knowledge/archetypes-practappt.yaml) is one design for a
// dentist's surgery, a physio clinic, a vet group, a driving school and a hair salon, but each
// calls the people whose time is booked by its own name: a salon's stylists are no
// "practitioners", and a design that says so reads as a clinic's. Its texts say
// {pa_practitioner} (with an s for the plural, a capital for a name, {pa_a_practitioner} with
// its article): the first of these roles the statement says, else the plain word; {pa_practice}
// is where they work.
var practNouns = map[string][]saidNoun{
	"pa_practitioner": {
		{regexp.MustCompile(`\bnail (?:technicians?|techs?|artists?|studios?|salons?|bars?)\b`), "nail technician"},
		{regexp.MustCompile(`\b(?:hair ?)?stylists?\b`), "stylist"},
		{regexp.MustCompile(`\bhairdressers?\b`), "hairdresser"},
		{regexp.MustCompile(`\bbarber(?:s|shops?)?\b`), "barber"},
		{regexp.MustCompile(`\bbeauticians?\b`), "beautician"},
		{regexp.MustCompile(`\bphysiotherapists?\b|\bphysios?\b`), "physiotherapist"},
		{regexp.MustCompile(`\bpsychologists?\b`), "psychologist"},
		{regexp.MustCompile(`\bcounsell?ors?\b`), "counsellor"},
		{regexp.MustCompile(`\btherapists?\b`), "therapist"},
		{regexp.MustCompile(`\bdentists?\b`), "dentist"},
		{regexp.MustCompile(`\bdoctors?\b|\bgps?\b|\bphysicians?\b`), "doctor"},
		{regexp.MustCompile(`\bvets?\b|\bveterinarians?\b`), "vet"},
		{regexp.MustCompile(`\binstructors?\b`), "instructor"},
		{regexp.MustCompile(`\bopticians?\b|\boptometrists?\b`), "optician"},
		{regexp.MustCompile(`\bchiropractors?\b`), "chiropractor"},
		// A salon that names nobody books its stylists.
		{regexp.MustCompile(`\bhair salons?\b|\bhair studios?\b`), "stylist"},
	},
	// Where the booked people work: a salon's policy and opening, not a practice's.
	"pa_practice": {
		{regexp.MustCompile(`\bnail (?:studios?|bars?)\b`), "studio"},
		{regexp.MustCompile(`\bbarber ?shops?\b|\bbarbers?\b`), "barbershop"},
		{regexp.MustCompile(`\bsalons?\b|\bstylists?\b|\bhairdressers?\b|\bnail technicians?\b|\bbeauticians?\b`), "salon"},
		{regexp.MustCompile(`\bdriving schools?\b|\binstructors?\b`), "school"},
		{regexp.MustCompile(`\bclinics?\b`), "clinic"},
	},
}

var practSaid = saidNouns{plain: map[string]string{"pa_practitioner": "practitioner", "pa_practice": "practice"}, nouns: practNouns}

// practPlaceRe finds a {pa_*} placeholder anywhere in the feature, paths and titles included.
var practPlaceRe = regexp.MustCompile(`\{pa_[A-Za-z_]+\}`)

// practWords renders one {pa_*} placeholder for problem and reports whether it knows the name.
func practWords(problem, name string) (string, bool) {
	return practSaid.placeholder(problem, "pa_", name)
}

// practFeature is a practice's feature in the statement's role ("Stylist-day", "free slots
// per barber"), since the renderer fills neither names nor paths.
func practFeature(f *feature, problem string) *feature {
	c := filledFeature(f, practPlaceRe, func(name string) (string, bool) { return practWords(problem, name) })
	// The capacity table counts the same people: "320 stylists", not "320 practitioners".
	if c.Load != nil && c.Load.Thing == "practitioner" {
		if w, _ := practWords(problem, "pa_practitioner"); w != "practitioner" {
			l := *c.Load
			l.Thing = lastWord(w)
			c.Load = &l
		}
	}
	return c
}

// practFilled is a component text with its {pa_*} placeholders said in the statement's role.
func practFilled(problem, s string) string {
	return practPlaceRe.ReplaceAllStringFunc(s, func(p string) string {
		if w, ok := practWords(problem, p[1:len(p)-1]); ok {
			return w
		}
		return p
	})
}
