package offline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A what-if that grows the things that send one flow ("the storm doubles the fleet with 200
// contractor trucks") grows that flow only: the trucks send more fixes, the residents do not open
// the map more often. Scaling every flow would double the reads a count of trucks does not touch.

var (
	actorFactorRe = regexp.MustCompile(`\b(\d+(?:\.\d+)?)\s*(?:x|×|times)\b`)
	eachNounRe    = regexp.MustCompile(`(?i)\beach ([a-z-]+)\b`)
)

// actorGrowth reads a what-if that changes how many of a flow's senders there are and re-sizes
// the design for that flow alone; ok is false when the request names no flow's senders.
func actorGrowth(g bot.Grounding, t string) (*change, bool) {
	old := g.Requirements.Workload
	t = strings.ToLower(t)
	for i, f := range old.Flows {
		if !f.Each || f.Actors <= 0 {
			continue
		}
		noun, ok := sendersNamed(g.Problem, f, t)
		if !ok {
			continue
		}
		n := growActors(t, noun, f.Actors)
		if n <= 0 || n == f.Actors {
			return nil, false
		}
		w := old.Clone()
		w.Flows[i].Actors = n
		H := conversation.Human
		w.Notes = append(w.Notes, fmt.Sprintf("%s %s: changed in conversation (was %s); only %s scaled", H(n), pluralNoun(noun), H(f.Actors), f.Name))
		return resized(g, w, []string{fmt.Sprintf("%s %s sending %s (was %s)", H(n), pluralNoun(noun), f.Name, H(f.Actors))}, ""), true
	}
	return nil, false
}

// sendersNamed is the word the request uses for the flow's senders: their noun in the workload
// ("plows"), one the statement gives each of them ("each truck sends"), or their fleet.
func sendersNamed(problem string, f conversation.Flow, t string) (string, bool) {
	nouns := []string{singularNoun(strings.ToLower(f.ActorNoun))}
	for _, m := range eachNounRe.FindAllStringSubmatch(problem, -1) {
		nouns = append(nouns, singularNoun(strings.ToLower(m[1])))
	}
	for _, n := range nouns {
		if len(n) > 2 && regexp.MustCompile(`\b`+regexp.QuoteMeta(n)+`s?\b`).MatchString(t) {
			return n, true
		}
	}
	if regexp.MustCompile(`\bfleet\b`).MatchString(t) {
		return nouns[0], true
	}
	return "", false
}

// growActors is the senders' new count: n more ("with 200 contractor trucks"), n in all ("grows
// to 380 trucks"), else the stated factor ("doubles", "5x"); 0 when the request gives none.
func growActors(t, noun string, was float64) float64 {
	count := regexp.MustCompile(`\b(\d[\d,]*)\s+(?:[a-z-]+\s+)?` + regexp.QuoteMeta(noun) + `s?\b`)
	if m := count.FindStringSubmatchIndex(t); m != nil {
		n, err := strconv.ParseFloat(strings.ReplaceAll(t[m[2]:m[3]], ",", ""), 64)
		if err == nil && n > 0 {
			before := t[:m[0]]
			if regexp.MustCompile(`\b(?:with|add|adds|adding|plus|another|more|extra|additional)\s*$`).MatchString(before) ||
				regexp.MustCompile(`^\d[\d,]*\s+(?:more|extra|additional|new|contractor)\b`).MatchString(t[m[0]:]) {
				return was + n
			}
			return n
		}
	}
	if m := actorFactorRe.FindStringSubmatch(t); m != nil {
		k, _ := strconv.ParseFloat(m[1], 64)
		return was * k
	}
	for w, k := range factorWords {
		if regexp.MustCompile(`\b` + w + `\b`).MatchString(t) {
			return was * k
		}
	}
	return 0
}

// growthSubjectRe finds what a what-if says grows: "the number of health-checked origins grows
// 5x", "the origins double".
var growthSubjectRe = regexp.MustCompile(`\b(?:number|count) of ((?:[a-z-]+ )*?[a-z-]+) (?:grows?|doubles?|triples?|increases?|goes up)\b|\bthe ((?:[a-z-]+ )?[a-z-]+) (?:grows?|doubles?|triples?|increases?)\b`)

// loadNouns grow the whole load: a what-if about them scales every flow.
var loadNouns = set("traffic", "load", "user", "users", "customer", "customers", "member", "members", "people", "volume", "request", "requests", "data", "usage", "demand", "scale", "everything", "business", "throughput", "qps", "rate", "activity", "audience", "dau")

// uncountedGrowth answers a what-if that grows something the capacity model does not count
// ("origins" on a design sized by DNS queries): scaling every flow by it would invent figures the
// document does not have, so it says which flows the figures follow instead.
func uncountedGrowth(g bot.Grounding, t string) (*change, bool) {
	m := growthSubjectRe.FindStringSubmatch(strings.ToLower(t))
	if m == nil {
		return nil, false
	}
	subject := m[1] + m[2]
	words := strings.Fields(subject)
	head := words[len(words)-1]
	if loadNouns[head] || loadNouns[singularNoun(head)] {
		return nil, false
	}
	var flows []string
	for _, f := range g.Capacity.Flows {
		flows = append(flows, fmt.Sprintf("%s at %s/s", f.Name, conversation.Human(f.PerSec)))
	}
	for _, f := range g.Requirements.Workload.Flows {
		if sharesStem(f.Name+" "+f.ActorNoun, []string{head}) > 0 {
			return nil, false
		}
	}
	if len(flows) == 0 {
		return nil, false
	}
	one := singularNoun(head)
	return &change{unsupported: fmt.Sprintf("The capacity figures here follow %s, and none of them is counted in %s, so I can't say what more %s do to them without inventing a rate. Say what each %s adds (\"each %s is checked every 10 s\") and I'll size that flow alone.",
		joinAnd(flows), pluralNoun(one), pluralNoun(one), one, one)}, true
}
