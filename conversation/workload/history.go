package workload

import (
	"github.com/archbot/archbot/conversation"
	"strings"
)

// historyWords name what is kept of a thing over time: "location history", "a GPS trail".
var historyWords = set(`history histories trail trails track tracks breadcrumbs archive log logs`)

// whereWords all say where something is: a "location ping" and "GPS history" are one thing.
var whereWords = set(`location locations position positions gps fix fixes coordinate coordinates whereabouts ping pings`)

// keptHistory keeps what a flow that looks like a latest-state report sends where the statement
// keeps its history: "buses send a location ping every 10 s … keep location history 30 days"
// stores every ping for 30 days, not only each bus's last one (0 B kept before).
func (r *reader) keptHistory() {
	for i, f := range r.out.Flows {
		if !f.Overwrites {
			continue
		}
		for _, toks := range r.sents {
			// "a heartbeat every 10 seconds with GPS position": the clause after the clock
			// says what the heartbeat carries.
			g := f
			g.From = strings.Join(r.fromSentence(f), " ")
			if retentionSaid(toks) && historyOf(toks, g) {
				r.out.Flows[i].Overwrites = false
				r.note("%s: its history is kept, not only the latest: stated", f.Name)
				break
			}
		}
	}
}

// retentionSaid reports a sentence that says data is kept ("keep", "retain", "history … for").
func retentionSaid(toks []string) bool {
	for _, w := range toks {
		if retainVerbs[w] || w == "retention" || w == "archived" {
			return true
		}
	}
	return false
}

// historyOf reports a history word in toks said of what f sends ("location history", "history
// of positions"), or of nothing named ("keep history for 30 days").
func historyOf(toks []string, f conversation.Flow) bool {
	for j, w := range toks {
		if !historyWords[w] {
			continue
		}
		before, after := word(toks, j-1), ""
		if word(toks, j+1) == "of" {
			after = word(toks, j+2)
		}
		if carriesThing(f, before) || carriesThing(f, after) {
			return true
		}
		if w == "history" && after == "" && (before == "" || stopWords[before] || retainVerbs[before]) {
			return true
		}
	}
	return false
}

// carriesThing reports a flow that sends the thing named, any word for where something is
// standing for any other.
func carriesThing(f conversation.Flow, thing string) bool {
	if thing == "" || stopWords[thing] {
		return false
	}
	if carries(f, singular(thing)) {
		return true
	}
	if !whereWords[thing] {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(f.Name + " " + f.From)) {
		if whereWords[strings.Trim(w, ",.;")] {
			return true
		}
	}
	return false
}

// fromSentence is the sentence a stated flow was read from, or nil.
func (r *reader) fromSentence(f conversation.Flow) []string {
	for _, toks := range r.sents {
		if f.From != "" && strings.Contains(strings.Join(toks, " "), f.From) {
			return toks
		}
	}
	return nil
}
