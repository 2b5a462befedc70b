package offline

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"

	"github.com/archbot/archbot/conversation"

	"go.yaml.in/yaml/v3"
)

// A composed design sizes its main write per daily user a day, which suits what people do
// daily (post, message, log) and is absurd for what they do once in a while: a city's parking
// appeals sized at five per resident a day came to 13.5 TB a month. Acts people do a few times
// a year at most are data in knowledge/occasional.yaml; such a write is sized per person a year.

//go:embed knowledge/occasional.yaml
var occasionalYAML []byte

// occasionalAct is one group of occasional acts and how often a person does them.
type occasionalAct struct {
	Things        []string `yaml:"things"`
	Verbs         []string `yaml:"verbs"`
	PerYear       float64  `yaml:"per_year"`
	ReadsPerWrite float64  `yaml:"reads_per_write"`
	Why           string   `yaml:"why"`
}

var occasionalActs = mustOccasional(occasionalYAML)

func mustOccasional(data []byte) []occasionalAct {
	var f struct {
		Acts []occasionalAct `yaml:"acts"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		panic(fmt.Sprintf("load occasional.yaml: %v", err))
	}
	for _, a := range f.Acts {
		if a.PerYear <= 0 || a.ReadsPerWrite <= 0 {
			panic(fmt.Sprintf("occasional.yaml: %v needs per_year and reads_per_write", a.Things))
		}
	}
	return f.Acts
}

// occasional says how often a person does the act of verb on thing (a singular noun) when it
// is an occasional one.
func occasional(verb, thing string) (occasionalAct, bool) {
	for _, a := range occasionalActs {
		if slices.Contains(a.Things, thing) || slices.Contains(a.Verbs, verb) {
			return a, true
		}
	}
	return occasionalAct{}, false
}

// sizeOccasional makes l's main write occasional when the act is: per person a year, its reads
// a few per write.
func sizeOccasional(l *loadProfile, verb, thing string) {
	a, ok := occasional(verb, thing)
	if !ok {
		return
	}
	l.WritesPerYear, l.ReadWrite, l.WritesWhy = a.PerYear, a.ReadsPerWrite, a.Why
}

// yearlyFlows adds an occasional main write and its reads: each of the people who may make it,
// at p.WritesPerYear a year, and p.ReadWrite reads of each (its maker checking on it, staff
// working it). The people are the stated users, or the day's users where only those are known.
func yearlyFlows(w *conversation.Workload, p loadProfile, person string, note func(string, ...any)) {
	H := conversation.Human
	people, who := w.Users, "users"
	if people == 0 {
		people, who = w.DAU, "daily users"
	}
	year := 365 * 86400.0
	w.Flows = append(w.Flows,
		conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.WritesPerYear, PerSeconds: year, Each: true,
			Actors: people, ActorNoun: pluralNoun(person), Source: conversation.Assumed},
		conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: p.WritesPerYear * p.ReadWrite, PerSeconds: year, Each: true,
			Actors: people, ActorNoun: pluralNoun(person), Source: conversation.Assumed})
	note("%s: at most %s per %s a year, for each of the %s %s %s", p.Write, H(p.WritesPerYear), person, H(people), who, assumedWhy(p))
	note("%s: %s per %s (assumed: its maker checking on it and staff working it)", p.Read, H(p.ReadWrite), p.Write)
}
