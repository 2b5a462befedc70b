package offline

import (
	"regexp"
	"slices"
	"strings"
)

// Timing a race (knowledge/archetypes-racetiming.yaml) is one design for every timed competition
// from a start to a finish with marks between: a marathon's runners wear chips read at timing
// mats, a regatta's boats carry transponders read at timing lines every 500 m, a pigeon race's
// birds wear electronic rings read by the antenna at their loft. Its texts say {rt_entrant},
// {rt_chip}, {rt_mat}, {rt_id} (what people search and follow by) and the rest of the race block's
// words (with an s for the plural, a capital for a sentence's start or an entity's name,
// {rt_a_chip} with its article); each is the word of the first competition the statement names
// that has one, else the road race's.

// raceCompetition is one kind of timed competition and its words.
type raceCompetition struct {
	// Said are the words that name the competition ("pigeon", "regatta*"), as {said:…} takes
	// them, and Unsaid those that make it another ("crews" are a regatta's unless boats are said).
	Said   []string `yaml:"said"`
	Unsaid []string `yaml:"unsaid"`
	// Things is set where the entrants are boats or birds rather than people who finish a course:
	// nobody is given a finisher's certificate or placed by gender and age.
	Things bool `yaml:"things"`
	// Words are its words by placeholder ("entrant": "pigeon" for {rt_entrant}).
	Words map[string]string `yaml:"words"`
}

// named reports whether the statement, as words, names the competition.
func (c raceCompetition) named(words []string) bool {
	says := func(want []string) bool {
		return slices.ContainsFunc(want, func(w string) bool { return hasWord(words, w) })
	}
	return says(c.Said) && !says(c.Unsaid)
}

// raceKnowledge is the race block of the race timing archetype, nil where no archetype has one.
func raceKnowledge() *raceLoad {
	if f := features["racetiming"]; f != nil && f.Load != nil {
		return f.Load.Race
	}
	return nil
}

// raceWord is the statement's word for a placeholder's base ("entrant"), and whether the race
// block knows the name.
func raceWord(problem, base string) (string, bool) {
	r := raceKnowledge()
	if r == nil {
		return "", false
	}
	plain, ok := r.Words[base]
	if !ok {
		return "", false
	}
	words := wordsOf(problem)
	for _, c := range r.Competitions {
		if w, ok := c.Words[base]; ok && c.named(words) {
			return w, true
		}
	}
	return plain, true
}

// raceOfThings reports whether the statement's race is one of boats or birds, not of people who
// finish a course: the first competition it names says.
func raceOfThings(problem string) bool {
	r := raceKnowledge()
	if r == nil {
		return false
	}
	words := wordsOf(problem)
	for _, c := range r.Competitions {
		if c.named(words) {
			return c.Things
		}
	}
	return false
}

// raceWords renders the {rt_*} placeholders for problem and reports whether it knows the name.
func raceWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "rt_")
	if !ok || rest == "" {
		return "", false
	}
	r := raceKnowledge()
	if r == nil {
		return "", false
	}
	plain := make(map[string]string, len(r.Words))
	for base := range r.Words {
		if w, ok := raceWord(problem, base); ok {
			plain["rt_"+base] = w
		}
	}
	return saidNouns{plain: plain}.render(problem, "rt_", rest)
}

// racePlaceRe finds a {rt_*} placeholder anywhere in the feature, paths and titles included.
var racePlaceRe = regexp.MustCompile(`\{rt_[A-Za-z_]+\}`)

// raceFeature is the race timing feature in the statement's nouns ("Boat" and `GET
// /v1/races/{race_id}/boats/{crew_id}` for a regatta), since the renderer fills neither names nor
// paths. A race of boats or birds has none of the parts only a person's finish needs.
func raceFeature(f *feature, problem string) *feature {
	c := filledFeature(f, racePlaceRe, func(name string) (string, bool) { return raceWords(problem, name) })
	if r := raceKnowledge(); r != nil && raceOfThings(problem) {
		c.Components = slices.DeleteFunc(slices.Clone(c.Components), func(id string) bool { return slices.Contains(r.FinisherParts, id) })
		c.Entities = slices.DeleteFunc(slices.Clone(c.Entities), func(e entity) bool { return slices.Contains(r.FinisherParts, e.Name) })
	}
	return c
}

// raceFilled is a component text with its {rt_*} placeholders said in the statement's nouns.
func raceFilled(problem, s string) string {
	return racePlaceRe.ReplaceAllStringFunc(s, func(p string) string {
		if w, ok := raceWords(problem, p[1:len(p)-1]); ok {
			return w
		}
		return p
	})
}

// raceAlternatives is a pattern matching every word a {rt_*} placeholder may be said as, in the
// singular or the plural, so a design's part named in a pigeon race's words is still found by its
// catalogue name.
func raceAlternatives(name string) string {
	r := raceKnowledge()
	if r == nil {
		return regexp.QuoteMeta("{" + name + "}")
	}
	base := strings.ToLower(strings.TrimPrefix(name, "rt_"))
	base = strings.TrimPrefix(base, "a_")
	for range 2 {
		if _, ok := r.Words[base]; ok {
			break
		}
		base = strings.TrimSuffix(strings.TrimSuffix(base, "es"), "s")
	}
	words := []string{regexp.QuoteMeta(r.Words[base])}
	for _, c := range r.Competitions {
		if w, ok := c.Words[base]; ok {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	return `(?:(?:a |an )?(?:` + strings.Join(words, "|") + `)(?:e?s)?)`
}
