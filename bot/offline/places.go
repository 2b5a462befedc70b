package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A what-if that counts places ("expand to 40 cities", "20 more collection sites") is read in
// the design's own terms: the statement counted its places too ("one big city", "14 collection
// sites"), and each new place brings the load one place brings now. Places of a size the
// statement never counted (continents, countries) change where the design runs, not its load.

var placeWordNumbers = map[string]float64{"one": 1, "a": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "twenty": 20}

// farPlaces are places far enough apart that serving them from one region costs latency.
var farPlaces = map[string]bool{"continent": true, "country": true, "nation": true}

// statedCount finds how many of a noun the statement counts: "14 collection sites", "one big
// city". The noun may be the last word of a longer name ("donor centres" → "centre").
func statedCount(statement, noun string) (float64, string, bool) {
	n := regexp.QuoteMeta(strings.TrimSuffix(noun, "e")) + `e?s?`
	if strings.HasSuffix(noun, "y") {
		n = regexp.QuoteMeta(strings.TrimSuffix(noun, "y")) + `(?:y|ies)`
	}
	re := regexp.MustCompile(`(?i)\b(\d[\d,]*|` + strings.Join(mapKeys(placeWordNumbers), "|") + `)\s+((?:[a-z-]+\s+){0,2}?` + n + `)\b`)
	all := re.FindAllStringSubmatch(statement, -1)
	if all == nil {
		return 0, "", false
	}
	// A figure wins over a word: "a farm irrigation network: about 4,000 farms" counts 4,000.
	m := all[0]
	if i := slices.IndexFunc(all, func(m []string) bool { return number(m[1]) > 0 }); i >= 0 {
		m = all[i]
	}
	if v, ok := placeWordNumbers[strings.ToLower(m[1])]; ok {
		return v, m[2], true
	}
	return number(m[1]), m[2], number(m[1]) > 0
}

func mapKeys(m map[string]float64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// placeGrowth reads the places a what-if counts against the places the statement counted: the
// factor on the load, what it says ("40 cities (was 1)"), and what far-apart places ask of the
// design. factor is 0 when no counted place of the statement is named.
func placeGrowth(g bot.Grounding, t string, rd workload.Reading) (factor float64, what []string, far string) {
	for _, p := range append(append(slices.Clip(rd.Things), countedNouns(t, rd.Things)...), grownNouns(g, t)...) {
		old, said, ok := statedCount(g.Problem, p.Noun)
		if !ok {
			if farPlaces[p.Noun] && !hasFeature(g, "multiregion") {
				far = farAnswer(p)
			}
			continue
		}
		now := p.Value
		if more := regexp.MustCompile(`\b` + regexp.QuoteMeta(fmt.Sprint(p.Value)) + `\s+(?:more|new|extra|additional)\b`); more.MatchString(t) {
			now = old + p.Value
		}
		if old <= 0 || now == old {
			continue
		}
		k := now / old
		if factor == 0 {
			factor = k
		} else {
			factor *= k
		}
		_, asked, _ := statedCount(t, p.Noun)
		asked = regexp.MustCompile(`^(?:more|new|extra|additional)\s+`).ReplaceAllString(orDefault(asked, said), "")
		what = append(what, fmt.Sprintf("%s (was %s)", countOf(now, asked), conversation.Human(old)))
	}
	return factor, what, far
}

// countedNounRe finds a count before a noun in a what-if: "support 10 districts", "what if it's
// 12 depots?".
var countedNounRe = regexp.MustCompile(`(?i)\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+([a-z-]+)\b`)

// countedNouns are the counts of a what-if the load reader does not take for places (it knows
// cities and stores, not a school system's districts), for placeGrowth to match against the
// statement's own counts; those in known are left to it.
func countedNouns(t string, known []workload.Population) []workload.Population {
	var out []workload.Population
	for _, m := range countedNounRe.FindAllStringSubmatch(t, -1) {
		noun := singularNoun(strings.ToLower(m[2]))
		if _, ok := periodUnitSeconds[noun]; ok || periodSeconds[noun] > 0 {
			// "every 5 seconds" is a period, not 5 of something (periodChange reads it).
			continue
		}
		if slices.ContainsFunc(known, func(p workload.Population) bool { return p.Noun == noun }) {
			continue
		}
		n, ok := placeWordNumbers[strings.ToLower(m[1])]
		if !ok {
			n = number(m[1])
		}
		if n > 0 {
			out = append(out, workload.Population{Value: n, Noun: noun})
		}
	}
	return out
}

// grownNounRe finds a counted noun said to grow, with what it grows to when said: "farms triple
// to 12,000", "what if the depots double?", "stations grow to 2,000".
var grownNounRe = regexp.MustCompile(`(?i)\b([a-z-]+s)\s+(doubles?|doubled|triples?|tripled|halves|halve|grows?|increases?|goes|go)\b(?:\s+(?:up\s+)?to\s+(\d[\d,]*))?`)

// grownNouns are the statement's counted nouns a what-if grows by a word or to a count, at the
// count they grow to: "farms triple" on a statement of 4,000 farms is 12,000 farms. Only a noun
// that holds a flow's senders grows the load ("4,000 farms run 30,000 controllers"); origins that
// are only checked are no place (uncountedGrowth answers for them).
func grownNouns(g bot.Grounding, t string) []workload.Population {
	var out []workload.Population
	for _, m := range grownNounRe.FindAllStringSubmatch(t, -1) {
		noun := singularNoun(strings.ToLower(m[1]))
		old, _, ok := statedCount(g.Problem, noun)
		if !ok || old <= 0 || !holdsSenders(g, noun) {
			continue
		}
		now := number(m[3])
		if k := factorWords[strings.ToLower(m[2])]; m[3] == "" && k > 0 {
			now = old * k
		}
		if now > 0 {
			out = append(out, workload.Population{Value: now, Noun: noun})
		}
	}
	return out
}

// holdsSenders reports a statement whose load belongs to what noun counts: the system is for
// them, or they are counted just before the counted senders of one of its flows ("4,000 farms
// run 30,000 field controllers").
func holdsSenders(g bot.Grounding, noun string) bool {
	// "a reminder service for 900 veterinary clinics": the system serves them, and its load is
	// theirs.
	if regexp.MustCompile(`(?i)\bfor\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d[\d,.]*\s*[km]?\s+(?:[a-z-]+\s+){0,2}?` + regexp.QuoteMeta(noun) + `s?\b`).MatchString(g.Problem) {
		return true
	}
	for _, f := range g.Requirements.Workload.Flows {
		actor := singularNoun(strings.ToLower(lastWord(f.ActorNoun)))
		if !f.Each || actor == "" || actor == noun {
			continue
		}
		re := `(?i)\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?` + regexp.QuoteMeta(noun) + `s?\b(?:\s+[a-z-]+){0,4}?\s+\d[\d,.]*\s*[km]?\s+(?:[a-z-]+\s+){0,2}?` + regexp.QuoteMeta(actor) + `s?\b`
		if regexp.MustCompile(re).MatchString(g.Problem) {
			return true
		}
	}
	return false
}

// farAnswer says what serving far-apart places from the design's one region costs.
func farAnswer(p workload.Population) string {
	if p.Noun == "continent" {
		return fmt.Sprintf("%s: one region puts an ocean between most of them and the servers, so every request pays a long round trip and a regional outage stops all of them; say \"go multi-region\" to serve each from its own region, with a user's records kept in their home region.", plural(p.Value, p.Noun))
	}
	return fmt.Sprintf("%s: each may require its people's records to stay inside it, and one region is a single point of failure for all of them; say \"go multi-region\" to run a region per jurisdiction, each keeping its own users' records.", plural(p.Value, p.Noun))
}

// countOf says a count of a noun phrase: "40 cities", "1 city".
func countOf(n float64, phrase string) string {
	words := strings.Fields(phrase)
	last := singularNoun(words[len(words)-1])
	words[len(words)-1] = strings.TrimPrefix(plural(n, last), conversation.Human(n)+" ")
	if n == 1 {
		words[len(words)-1] = last
	}
	return conversation.Human(n) + " " + strings.Join(words, " ")
}

func hasFeature(g bot.Grounding, id string) bool {
	for _, f := range g.Requirements.Features {
		if f == id {
			return true
		}
	}
	return false
}

// inStatedNoun says a count of people in the noun the statement counted them by: "what if we
// grow to 300 stenographers?" on "about 60 stenographers" is "300 stenographers (was 60)", not
// "300 users", which the reviewer never said.
func inStatedNoun(g bot.Grounding, t string, rd workload.Reading, what []string) []string {
	if rd.Users <= 0 || rd.DAU > 0 {
		return what
	}
	users := conversation.Human(rd.Users) + " users"
	i := slices.Index(what, users)
	if i < 0 {
		return what
	}
	// People are counted in figures ("about 60 stenographers"); "a certified stenographer" is
	// one of them, not their number.
	figures := regexp.MustCompile(`\b(?:`+strings.Join(mapKeys(placeWordNumbers), "|")+`)\s`).ReplaceAllString(strings.ToLower(g.Problem), "_ ")
	for _, p := range countedNouns(t, nil) {
		old, said, ok := statedCount(figures, p.Noun)
		if !ok || p.Value != rd.Users || old <= 0 || old == p.Value {
			continue
		}
		_, asked, _ := statedCount(t, p.Noun)
		out := slices.Clone(what)
		out[i] = fmt.Sprintf("%s (was %s)", countOf(p.Value, orDefault(asked, said)), conversation.Human(old))
		return out
	}
	return what
}
