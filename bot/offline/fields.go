package offline

import (
	"slices"
	"strings"
)

// What a composed design's rows hold beyond ids, a state and timestamps comes from the statement:
// the fields it lists ("log catches with species and weight"), else what the thing's own noun
// implies (a count, a measurement with its unit, when an event happened, an amount of money),
// else what the act of making it fills in (a post's title and body). A record of an act done to
// a thing holds when it was done. Nothing is a bare "value".

// contentOf names the fields the act of creating a thing fills in: what is posted has a title
// and a body, what is listed a description and a price, what is rated its stars.
var contentOf = map[string][]string{
	"post": {"title", "body"}, "publish": {"title", "body"}, "write": {"title", "body"}, "share": {"title", "body"},
	"submit": {"body"}, "comment": {"body"}, "reply": {"body"}, "message": {"body"}, "answer": {"body"},
	"list": {"title", "description"}, "sell": {"title", "description", "price"}, "offer": {"title", "description", "price"},
	"rate": {"stars (1-5)", "text"}, "review": {"stars (1-5)", "text"}, "report": {"description", "location"},
	"log": {"occurred_at", "notes"}, "record": {"occurred_at", "notes"}, "plan": {"title", "starts_at", "ends_at"},
	"schedule": {"starts_at", "ends_at"}, "book": {"starts_at", "ends_at"}, "reserve": {"starts_at", "ends_at"},
	"order": {"quantity", "amount"}, "preorder": {"quantity", "pickup_at"}, "borrow": {"due_at", "returned_at"},
	"rent": {"starts_at", "ends_at"}, "apply": {"message"}, "bid": {"amount"}, "donate": {"amount"}, "pay": {"amount", "currency"},
}

// nounClasses are what kinds of thing hold: a measurement its value with the unit it is in and
// when it was taken, a count how many, an event when and where it happened, a span its start
// and end, money its amount and currency.
var nounClasses = []struct {
	words  map[string]bool
	fields []string
}{
	// A reminder is due at a time of the person's day and may repeat: what finds it due is
	// next_due_at, in the zone it is kept in.
	{set("reminder", "renewal", "follow-up", "recall"), []string{"due_at", "repeat_rule", "timezone", "next_due_at"}},
	{set("reading", "measurement", "level", "flow", "ph", "heart rate"),
		[]string{"value", "unit", "measured_at"}},
	{set("attendance", "register", "roll", "absence"), []string{"person_id", "present (yes / no / late)", "noted_at"}},
	{set("count", "tally", "census", "headcount", "catch", "harvest", "total", "turnout"),
		[]string{"count", "counted_at"}},
	{set("score", "mark", "grade", "rating", "assessment"), []string{"points", "out_of", "comments"}},
	{set("vote", "ballot", "nomination"), []string{"choice", "cast_at"}},
	{set("callout", "dispatch", "incident", "launch", "sighting", "observation", "accident", "breakdown", "outage", "alarm", "fall",
		"injury", "emergency", "call", "arrival", "departure", "landing", "delivery", "handover", "collection", "pickup", "drop"),
		[]string{"occurred_at", "location", "notes"}},
	{set("shift", "session", "outing", "trip", "walk", "ride", "practice", "rehearsal", "training", "class", "lesson",
		"fixture", "visit", "appointment", "meeting", "hour", "stay", "tour", "race"),
		[]string{"starts_at", "ends_at", "location"}},
	{set("expense", "payment", "fee", "fine", "invoice", "bill", "refund", "tip", "grant", "payout", "salary", "budget", "price", "quote",
		"expense claim", "fuel claim", "mileage claim", "travel claim"),
		[]string{"amount", "currency"}},
	{set("time entry", "timesheet"), []string{"hours", "worked_on", "notes"}},
	{set("usage", "consumption"), []string{"quantity", "unit", "used_on"}},
	{set("fault", "hazard", "defect", "issue", "complaint", "damage", "leak", "pothole", "problem", "bug", "repair"),
		[]string{"description", "location", "severity"}},
	{set("permit", "licence", "license", "certificate", "pass", "membership", "warranty", "policy"),
		[]string{"kind", "valid_from", "valid_until"}},
	{set("registration", "signup", "enrolment", "enrollment", "rsvp", "entry"), []string{"registered_at", "notes"}},
	{set("renewal", "extension"), []string{"renewed_until", "amount", "currency"}},
	{set("boat", "room", "hall", "court", "pitch", "plot", "desk", "bay", "berth", "locker", "vehicle", "van", "bike", "kayak", "canoe", "car", "studio"),
		[]string{"name", "capacity"}},
}

// measureUnits are the units a measured thing is given in by default.
var measureUnits = map[string]string{"weight": "kg", "yield": "kg", "temperature": "°C", "rainfall": "mm", "depth": "m", "height": "m",
	"length": "m", "distance": "km", "speed": "km/h", "pressure": "hPa", "humidity": "%", "moisture": "%", "dose": "mg", "volume": "l",
	"voltage": "V", "glucose": "mmol/l"}

// publishVerbs make what they publish: its content is what the verb fills, not what its noun
// would be elsewhere (a posted score is sheet music, not points).
var publishVerbs = set("post", "publish", "write", "share", "list", "sell", "offer")

// recordHeads name a kept row by what it is about, the word before them: a "usage record" is
// usage, a "temperature log" a temperature.
var recordHeads = set("record", "entry", "event", "log", "sample", "data")

// nounFields are what a thing's own noun says it holds, or nil.
func nounFields(e string) []string {
	head := lastWord(e)
	if ws := strings.Fields(e); len(ws) > 1 && recordHeads[head] {
		head = ws[len(ws)-2] // "usage records": quantity, unit and when used, whoever reports them
	}
	if u, ok := measureUnits[head]; ok {
		return []string{"value", "unit (" + u + " unless stated)", "measured_at"}
	}
	for _, c := range nounClasses {
		if c.words[head] || c.words[e] {
			return c.fields
		}
	}
	return nil
}

// actionFields are the fields an action fills in the record it keeps: the statement's own list,
// else when an act was done to a thing, else what the kept thing's noun implies, else what the
// verb fills in.
func (m model) actionFields(a action) []string {
	r := resource(a)
	switch {
	case a.Has != "":
		return strings.Split(a.Has, ", ")
	case actNoun(a) != "" && r == actNoun(a):
		return []string{pastTense(a.Verb) + "_at", "notes"} // a fetch: when it was fetched
	case a.Verb == "report" && a.Prep != "":
		return []string{"body"} // a report on a thesis is what it says, not where it happened
	}
	if a.Verb == "share" && !sharedContent(r) {
		return m.nounFields(r) // "centres share organs": the organ is no post with a title and a body
	}
	if fs := contentOf[a.Verb]; publishVerbs[a.Verb] && fs != nil {
		return fs // "the librarian posts scores": a posted thing's title and body, whatever its noun
	}
	if fs := m.nounFields(r); fs != nil {
		if a.Verb == "log" || a.Verb == "record" {
			return appendNew(slices.Clone(fs), "notes")
		}
		return fs
	}
	return contentOf[a.Verb]
}

// contentNouns are what people make and share as content: a shared photo has a title and a
// caption, a shared car or organ has neither.
var contentNouns = set("photo", "picture", "image", "video", "clip", "post", "story", "link", "note", "recipe", "article", "file",
	"document", "doc", "playlist", "song", "track", "tip", "review", "meme", "snippet", "status", "update", "thought", "poem",
	"list", "idea", "question", "answer", "comment", "message", "gallery", "album", "slide", "presentation", "drawing", "sketch",
	"design", "workout", "plan", "itinerary", "route", "recording", "podcast", "memory", "moment", "content", "media")

// sharedContent reports a shared thing that is content, by its head noun ("trip photos").
func sharedContent(r string) bool {
	return contentNouns[singularNoun(lastWord(r))]
}

// contentFields are the fields of an entity the statement states, then those its creating action
// fills, beyond ids and state.
func (m model) contentFields(e string) []string {
	fs := appendNew(m.statedFields(e), m.nounFields(e)...)
	for _, a := range m.rd.Actions {
		if resource(a) == e && a.Into == "" && a.From == "" {
			if afs := m.actionFields(a); len(afs) > 0 {
				fs = appendNew(m.statedFields(e), afs...)
				break
			}
		}
	}
	// "each loan records the part": a reference the row already has as part_id, not a field.
	return slices.DeleteFunc(fs, func(f string) bool { return len(m.rd.attrs.of(e)) > 0 && m.namesThing(strings.ReplaceAll(f, "_", " ")) })
}

// statedFields are the fields the statement says an entity holds, less the things it names among
// them, which are references (statedRefs).
func (m model) statedFields(e string) []string {
	var out []string
	for _, f := range m.rd.attrs.of(e) {
		if !m.namesThing(strings.ReplaceAll(f, "_", " ")) {
			out = append(out, f)
		}
	}
	return out
}

// statedRefs are what the statement says an entity belongs to ("each weigh-in belongs to a truck
// and an elevator", "inspections of hives") or names among what it holds ("each loan records the
// musician"), beyond what its actions point at and who makes it: each is a foreign key.
func (m model) statedRefs(e, who string) []string {
	var out []string
	for _, o := range m.rd.attrs.refsOf(e) {
		out = appendNew(out, singularNoun(o))
	}
	for _, f := range m.rd.attrs.of(e) {
		if o := strings.ReplaceAll(f, "_", " "); m.namesThing(o) {
			out = appendNew(out, o)
		}
	}
	return slices.DeleteFunc(out, func(o string) bool {
		return sameThing(o, e) || o == who || slices.Contains(m.refs(e), o)
	})
}

// namesThing says a stated field names a thing with a row of its own or a person: a reference.
func (m model) namesThing(f string) bool {
	return slicesContains(m.kept, f) || slicesContains(m.rd.Actors, f) || isPeople(f)
}

// readHas reads the fields a clause lists for its object, at toks[k]: "with species and
// weight", "with the address, time and crew size". "" when none follows, or when what follows
// "with" is people ("book boats with a cox"), not fields.
func readHas(toks []token, k int) string {
	if k >= len(toks) || toks[k].lower != "with" && toks[k].lower != "(" {
		return ""
	}
	var fields, words []string
	people := false
	flush := func() {
		if len(words) == 1 && isPeople(words[0]) {
			people = true
		}
		if len(words) > 0 {
			fields = append(fields, strings.Join(words, "_"))
			words = nil
		}
	}
	for j := k + 1; j < len(toks) && len(fields) < 5; j++ {
		t := toks[j]
		if _, verb := verbBase(t.lower); verb && len(words) > 0 || t.boundary && t.lower != "and" && t.lower != "," && t.lower != "or" {
			if verb && !t.boundary {
				words = nil // "…, and bailiffs check permits": the next clause's subject, not a field
			}
			break
		}
		switch {
		case t.lower == "and" || t.lower == "," || t.lower == "or":
			flush()
		case determiners[t.lower] || adjectives[t.lower] && len(words) == 0:
		case !nounLike(t) || len(words) == 2:
			j = len(toks)
		case isPeople(singularNoun(t.lower)) && len(words) == 0 && j > k+2 && determiners[toks[j-1].lower]:
			j = len(toks) // "…, the inspector assesses": the next clause's subject ends the list
		default:
			words = append(words, singularNoun(t.lower))
		}
	}
	flush()
	if people {
		return "" // "book boats with a cox": who comes along, not what is recorded
	}
	return strings.Join(fields, ", ")
}

// isPeople reports a word that names people rather than a field.
func isPeople(s string) bool {
	return actorWords[s] || roleSuffix(s) && !notRoles[s] || orgWords[s] || groupWords[s]
}
