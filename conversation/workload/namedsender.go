package workload

import "math"

// sendingHours is how long each of the things a rate's subject names sends for, when they are
// counted only as events ("45,000 ship movements a year") and the statement gives no time: a
// few hours of each movement, assumed.
const sendingHours = 4

// namedSubject is the plural noun that is the subject of the verb before a rate at toks[pos], in
// its clause: "ship" in "Ships send ETA updates every 15 min". "" when the clause names none.
func namedSubject(toks []string, pos int) string {
	for j := pos - 1; j >= 1; j-- {
		w := toks[j]
		if w == "," || w == ";" || w == ":" || w == "." {
			return ""
		}
		prev := toks[j-1]
		if verbStem(w) == "" || stopWords[prev] || !isWordNoun(prev) || singular(prev) == prev {
			continue
		}
		return singular(prev)
	}
	return ""
}

// namedSenders reads who sends a rate whose clause names its senders without counting them
// ("Ships send ETA updates every 15 min" beside "60 pilots cover 45,000 ship movements a
// year"): not the people counted elsewhere but the things the clause names. Where events of
// them are counted, those sending at once are a day's events for the hours each sends (assumed);
// else nil, and the rate is noted as having no sender counted.
func (r *reader) namedSenders(m *mention, noun string) *mention {
	for _, e := range r.ms {
		if e.kind != mEvents || e.per <= 0 || e.value <= 0 || firstWord(orWord(e.name, e.noun)) != noun || e.noun == noun {
			continue
		}
		perDay := e.value / e.per * 86400
		at := max(1, math.Round(perDay*sendingHours/24)) // things are whole: about 21 ships, not 20.5
		r.note("%s: %s sending at once: %s %s a day, each sending for about %d hours (assumed)",
			plural(noun), human(at), human(perDay), plural(orWord(e.name, e.noun)), sendingHours)
		return &mention{kind: mActors, value: at, noun: noun, class: "things", sent: e.sent, pos: e.pos, end: e.end, estimated: true}
	}
	return nil
}

func firstWord(s string) string {
	for i, c := range s {
		if c == ' ' {
			return s[:i]
		}
	}
	return s
}
