package workload

import (
	"strings"

	"github.com/archbot/archbot/conversation"
)

// nest multiplies a count stated per member of an earlier group by the group's size: "40
// garages, each with 500 sensors" are 20,000 sensors, and so are "500 sensors in each of 40
// garages", "40 garages with 500 sensors each" and "500 sensors per garage across 40 garages".
// Without it the reader takes the inner count for the whole population and the design is sized
// for one garage.
func (r *reader) nest() {
	for i, o := range r.ms {
		if !countable(o) {
			continue
		}
		for _, n := range r.ms[i+1:] {
			if n.sent == o.sent+1 && countable(n) && eachNamed(r.sents[o.sent], o, n.noun) {
				r.multiply(n, o) // "Each clinic has 6 vets. There are 30 clinics."
				continue
			}
			if n.sent >= o.sent && n.sent <= o.sent+1 && countable(n) && n.noun != o.noun && eachNamed(r.sents[n.sent], n, o.noun) {
				r.multiply(o, n) // "300 clinics; every clinic sees about 25 patients a day": the group named again
				continue
			}
			if n.sent != o.sent || !countable(n) || n.noun == o.noun {
				continue
			}
			toks := r.sents[o.sent]
			switch {
			case eachNamed(toks, o, n.noun):
				r.multiply(n, o)
			case r.eachHas(toks, o, n):
				r.multiply(o, n)
			case inEachOf(toks, o, n):
				r.multiply(n, o)
			case perGroup(toks, o, n):
				r.multiply(o, n)
			}
		}
	}
}

// countable is a counted noun with no rate: a group or its members.
func countable(m *mention) bool {
	if m.noun == "" || m.used || m.per > 0 {
		return false
	}
	return m.kind == mActors || m.kind == mEvents || m.kind == mOther && (m.limit || m.capacity)
}

// eachHas reads the group first: "40 garages, each with 500 sensors", "120 schools with 800
// students each", "2,000 stores each having 30 cameras", "40 sites averaging 500 sensors".
func (r *reader) eachHas(toks []string, group, members *mention) bool {
	if members.pos <= group.end || members.pos-group.end > 6 {
		return false
	}
	// "each of our 300 hotels has 150 to 600 rooms": the members are said for each group.
	each := eachOfBefore(toks, group.pos)
	between := toks[group.end:members.pos]
	if floatingEach(between) {
		return false
	}
	if group.class == "dau" && len(between) > 2 && (between[0] == "a" || between[0] == "per" || between[0] == "each") && timeUnits[between[1]] == 86400 {
		between = between[2:] // "85,000 passengers a day with 1.2 bags each": the day counts who comes
	}
	for k, w := range between {
		switch {
		case w == "each" || w == "every" || w == "apiece" || w == "averaging" || w == "average":
			each = true
		case w == "," || w == "with" || w == "having" || w == "has" || w == "have" || w == "holding" || w == "of" || w == "on" || w == "an" ||
			w == "about" || w == "around" || w == "roughly" || w == "approximately" || w == "up" || w == "to" || w == "that" || w == "which":
		case group.class == "dau" && k == len(between)-1 && isWord(w) && !stopWords[w] && word(toks, members.end) == "each":
			// "6,000 patients a day give 2.5 blood samples each": what each of the day's people brings.
		case k > 0 && between[k-1] == "each" && isWord(w) && r.hasRate(toks, members.end):
			// "1,100 practices, each seeing around 40 patients a day": the people each of them
			// sees in a period are theirs; "investors each watch 20 tickers" is no such count.
		default:
			return false
		}
	}
	if !each {
		// "… with 800 students each", "… with 30 cameras apiece", "… with 500 sensors per garage".
		next := word(toks, members.end)
		if after := word(toks, members.end+1); next == "each" && (after == "with" || after == "has" || after == "having" || after == "holding") {
			// "4 million residents, 200 clinics each with 6 vaccinators": the "each" opens the
			// clinics' own clause, so the clinics are not counted per resident.
			return false
		}
		each = groupOf(between) || next == "each" || next == "apiece" ||
			next == "per" && singular(word(toks, members.end+1)) == group.noun ||
			within(toks, members.end, members.end+2, "each") && !members.each && !eachOpensClause(toks, members)
	}
	return each && !isLimitWord(toks, group.end, members.pos)
}

// eachOpensClause reports an "each" after the members that begins a clause about them: "8,000
// tutors, 120,000 students, each student books two sessions a week" says what each student
// does; it does not make the students the tutors' own.
func eachOpensClause(toks []string, members *mention) bool {
	for j := members.end; j < members.end+2 && j < len(toks); j++ {
		if toks[j] == "each" {
			return singular(word(toks, j+1)) == members.noun || eachActs(toks, j)
		}
	}
	return false
}

// groupOf reads "1M households of 5 people", "300 teams of about 8 engineers": a counted group
// said to be made of a count is made of that many, each of them, as "teams of up to 8" is a
// bound (isLimitWord).
func groupOf(between []string) bool {
	if len(between) == 0 || between[0] != "of" {
		return false
	}
	for _, w := range between[1:] {
		if w != "about" && w != "around" && w != "roughly" && w != "approximately" {
			return false
		}
	}
	return true
}

// eachNamed reads the members said for one group named before them, the groups counted later:
// "each clinic has 6 vets, 30 clinics", "every school has 800 pupils and there are 120 schools",
// "each store runs 30 cameras; we have 2,000 stores". The count is one clinic's, so without the
// later count the design is sized for one clinic.
func eachNamed(toks []string, members *mention, group string) bool {
	for k := members.pos - 2; k >= 0 && k >= members.pos-5; k-- {
		if toks[k] != "each" && toks[k] != "every" {
			continue
		}
		if singular(word(toks, k+1)) != group || isLimitWord(toks, k, members.pos) {
			return false
		}
		for _, w := range toks[k+2 : members.pos] {
			if !isWord(w) { // "each clinic, 6 vets" or a number between: not the clinic's own
				return false
			}
		}
		return true
	}
	return false
}

// floatingEach reports an "each" that closes the clause right after a counted group: "parents
// follow up to 5 teams each, around 300k parents". It floats back to the clause's subject (five
// teams for every parent), so the count after it is not the group's members; "40 garages, each
// with 500 sensors" and "2,000 stores each having 30 cameras" go on to them.
func floatingEach(between []string) bool {
	if len(between) < 2 || between[0] != "each" || between[1] != "," {
		return false
	}
	switch word(between, 2) {
	case "with", "having", "has", "have", "holding", "averaging":
		return false
	}
	return true
}

// inEachOf reads the members first: "500 sensors in each of 40 garages", "500 sensors per
// garage across 40 garages", "30 cameras at each of our 2,000 stores".
func inEachOf(toks []string, members, group *mention) bool {
	if group.pos <= members.end || group.pos-members.end > 6 {
		return false
	}
	between := toks[members.end:group.pos]
	each := false
	for k, w := range between {
		switch {
		case w == "each" || w == "every":
			each = true
		case w == "per" && k+1 < len(between) && singular(between[k+1]) == group.noun:
			each = true
		case w == "in" || w == "at" || w == "of" || w == "across" || w == "for" || w == "our" || w == "the" || w == "all" || w == "over":
		case singular(w) == group.noun && k > 0 && between[k-1] == "per":
		case (w == "," || w == "and") && k > 1 && between[k-2] == "per":
			// "5 people per household, 1M households": the comma only joins the group's count.
		default:
			return false
		}
	}
	return each
}

// perGroup reads the members later in the sentence, said per one of the group: "used by 6,000
// pubs every Tuesday night, about 15 teams per pub", "40 depots …; 25 vans at each depot".
func perGroup(toks []string, group, members *mention) bool {
	if members.pos <= group.end {
		return false
	}
	k := members.end
	if word(toks, k) == "per" {
		return namesGroup(singular(word(toks, k+1)), group.noun)
	}
	return (word(toks, k) == "in" || word(toks, k) == "at" || word(toks, k) == "for") && word(toks, k+1) == "each" &&
		namesGroup(singular(word(toks, k+2)), group.noun)
}

// namesGroup reports whether w names the group again, in full or by the last word of its
// compound: "per house" after "6 glasshouses", "per shed" after "40 cowsheds".
func namesGroup(w, group string) bool {
	return w == group || len(w) >= 4 && len(group) > len(w) && strings.HasSuffix(group, w)
}

// isLimitWord reports an upper bound between two counts: "40 rooms of up to 12 people" is a
// bound, not the members of every room.
func isLimitWord(toks []string, from, to int) bool {
	return within(toks, from, to, "up") && within(toks, from, to, "to")
}

// multiply makes members the whole population: group × members each.
func (r *reader) multiply(group, members *mention) {
	each := members.value
	members.value = group.value * each
	if members.kind == mOther && !members.capacity {
		members.kind, members.limit, members.class = mActors, false, "things"
	}
	if group.class == "dau" && !members.capacity && members.kind != mActors {
		// "85,000 passengers a day with 1.2 checked bags each": each day's people bring that
		// day's bags, events of the day, which later counts per bag ("every bag is scanned …")
		// multiply again.
		members.kind, members.limit, members.per, members.each = mEvents, false, 86400, false
		members.name = orWord(members.name, members.noun)
		r.kindOf(r.sents[members.sent], members, members.pos)
		if !readNouns[members.noun] {
			// What each of them gets or brings (2 X-rays, 2.5 blood samples) is taken and
			// kept, whatever the verb; "5 page views each" stays a read.
			members.flow = conversation.FlowWrite
		}
	}
	if group.kind == mEvents && !members.capacity && members.kind != mActors {
		// "each tech does 6 visits per shift and attaches 5 photos per visit": 5 photos with
		// every visit, at the visits' rate, whoever makes them; not 30 photos in all.
		members.kind, members.limit, members.class = mEvents, false, ""
		members.per, members.peak, members.perEvent, members.perItem = group.per, group.peak, group, each
		members.name = orWord(members.name, members.noun)
		r.kindOf(r.sents[members.sent], members, members.pos)
	}
	group.used, group.grouped, members.nested = true, true, true
	r.note("%s %s × %s %s each = %s %s: stated", human(group.value), plural(group.noun), human(each), plural(members.noun), human(members.value), plural(members.noun))
}

// nestInEvents multiplies a count stated per one of some earlier counted events by their rate:
// "600 matches each weekend, … about 300 balls per match" are 180,000 balls a weekend, and
// "4,000 flights a day … 150 bags per flight" are 600,000 bags a day. Without it the per-event
// count is taken for a bound and the events inside them are never load.
func (r *reader) nestInEvents() {
	for i, o := range r.ms {
		if o.kind != mEvents || o.per == 0 || o.noun == "" {
			continue
		}
		for _, n := range r.ms[i+1:] {
			// A parenthesis is a sentence of its own: "(about 300 balls per match)" follows its group.
			if n.sent > o.sent+1 || !countable(n) || n.noun == o.noun || !perOne(r.sents[n.sent], n, o.noun) && !oneActOf(r.sents[n.sent], n, r.sents[o.sent], o) {
				continue
			}
			each, already := n.value, n.nested
			if !already && (o.each || eachSaid(r.sents[o.sent], o.pos) || r.perActorMarker(r.sents[o.sent], o.pos)) {
				// "each tech does 6 visits per shift and attaches 5 photos per visit": 5 photos
				// with every visit, at the visits' rate for each of them, not 30 in all.
				n.kind, n.limit, n.class, n.nested = mEvents, false, "", true
				n.per, n.perEvent, n.perItem = o.per, o, each
				n.name = orWord(n.name, n.noun)
				r.kindOf(r.sents[n.sent], n, n.pos)
				continue
			}
			if n.nested {
				// Already multiplied by its group ("1,200 matches … 600 ball events per match"):
				// it takes the group's period, not its count again.
				each = n.value / o.value
			}
			n.kind, n.limit, n.class, n.nested = mEvents, false, "", true
			n.value, n.per, n.peak, n.window = o.value*each, o.per, o.peak, o.window
			if n.name == "" {
				n.name = n.noun
			}
			r.kindOf(r.sents[n.sent], n, n.pos)
			if !already {
				r.note("%s %s × %s %s each = %s %s: stated", human(o.value), plural(o.noun), human(each), plural(n.noun), human(n.value), plural(n.noun))
			}
		}
	}
}

// perOne reports a count said for one of the things named group: "300 balls per match", "150
// bags a flight", "30 photos in each listing".
func perOne(toks []string, n *mention, group string) bool {
	k := n.end
	switch word(toks, k) {
	case "per", "a", "an":
		return singular(word(toks, k+1)) == group
	case "in", "for", "on":
		return (word(toks, k+1) == "each" || word(toks, k+1) == "every") && singular(word(toks, k+2)) == group
	}
	return false
}

// boundEach multiplies a count said for each one of some other counted thing, named after it, by
// that thing's count: "up to 400 vehicles board each crossing, 60 crossings a day" are at most
// 24,000 vehicles a day, and "12 silos, up to 150 trucks unload at each silo a day" at most
// 1,800 trucks a day. nest and nestInEvents read a per-one count said after its group ("150
// bags per flight"); said before, it was taken for a limit and the load it bounds was lost. Said
// with "up to", the product is an upper bound: the design takes it as the busiest period.
func (r *reader) boundEach() {
	for _, n := range r.ms {
		if !countable(n) {
			continue
		}
		toks := r.sents[n.sent]
		group, at := eachAfter(toks, n.end)
		if group == "" || group == n.noun {
			continue
		}
		o := r.countedAs(group, n)
		if o == nil || o.grouped && n.nested {
			continue // "400 collars per barn": nest has multiplied them by the barns already
		}
		per, peak := o.per, o.peak
		if o.per == 0 {
			// "… at each silo a day": the rate is said for one of them, after it.
			probe := &mention{}
			r.rate(toks, probe, at)
			if probe.per == 0 {
				continue // members of a group with no rate: a population, nest's to read
			}
			per, peak = probe.per, probe.peak
			o.used = true
		}
		each, bound := n.value, n.limit || isLimit(toks, n.pos) // "up to 250 people": people are no limit on their own
		n.kind, n.limit, n.class, n.nested = mEvents, false, "", true
		if o.per > 0 && o.each && !bound {
			// "pickers fill about 20 orders per cart, 300 pickers, 6 carts each per shift": 20
			// orders with every cart, at the carts' rate for each picker, not 20 × 6 in all.
			n.per, n.perEvent, n.perItem = o.per, o, each
			n.name = orWord(n.name, n.noun)
			r.kindOf(toks, n, n.pos)
			continue
		}
		// A bound on an hour's count is that hour's peak; on a day's, it is the busiest day, whose
		// busy hours still run over it.
		n.value, n.per, n.peak, n.window = o.value*each, per, peak || bound && per < 86400, o.window && o.per > 0
		n.name = orWord(n.name, n.noun)
		r.kindOf(toks, n, n.pos)
		group, upTo, atMost, said := human(o.value)+" "+plural(o.noun), "", "", "stated"
		if o.per > 0 {
			group += " " + periodWord(per) // "60 crossings a day"
		}
		if bound {
			upTo, atMost, said = "up to ", "at most ", "stated (an upper bound: the busiest day, not every day)"
			if n.peak {
				said = "stated (an upper bound, taken as the peak)"
			}
		}
		r.note("%s × %s%s %s each = %s%s %s %s: %s", group, upTo, human(each), plural(n.noun), atMost, human(n.value), plural(n.noun), periodWord(per), said)
	}
}

// eachAfter reads "board each crossing", "unload at each silo", "per sailing" after a count
// ending at toks[k]: the one thing the count is said for, singular, and where its name ends.
// A verb and a preposition may come between; a comma, a figure or a time ("each day") may not.
func eachAfter(toks []string, k int) (string, int) {
	for j := k; j < len(toks) && j <= k+2; j++ {
		w := toks[j]
		if w == "each" || w == "every" || w == "per" {
			noun := word(toks, j+1)
			if !isWordNoun(noun) || timeUnits[noun] > 0 || noun == "one" || noun == "other" {
				return "", 0
			}
			return singular(noun), j + 2
		}
		if !isWord(w) || stopWords[w] && !prepositions[w] {
			return "", 0
		}
	}
	return "", 0
}

var prepositions = set("at in on for into onto through aboard")

// countedAs finds the other figure counting noun near n: a group of them, or their rate.
func (r *reader) countedAs(noun string, n *mention) *mention {
	for _, o := range r.ms {
		if o == n || o.noun != noun || o.value < 2 || o.sent < n.sent-1 || o.sent > n.sent+1 {
			continue
		}
		if o.kind == mEvents || o.kind == mActors && !o.used {
			return o
		}
	}
	return nil
}

// oneActOf reports a count said for one of the events o counts, named by their act: "6,800
// bridges, each inspected every 2 years. One drone inspection produces about 2,500 photos" is
// 2,500 photos with every inspection, at the inspections' rate, not 2,500 photos once.
func oneActOf(toks []string, n *mention, oToks []string, o *mention) bool {
	act := oneBefore(toks, n.pos)
	if act == "" {
		return false
	}
	if act == o.noun {
		return true
	}
	for _, w := range oToks[o.pos:min(o.end+1, len(oToks))] {
		if pastParticipleLike(w) && sameAct(w, act) {
			return true
		}
	}
	return false
}

// oneBefore gives the noun after "one", "a single" or "each" opening the clause a count at
// toks[pos] is in: "one drone inspection produces 2,500 photos" gives "inspection".
func oneBefore(toks []string, pos int) string {
	for j := pos - 1; j >= 0 && j >= pos-7; j-- {
		switch w := toks[j]; {
		case w == "," || w == ";" || w == "." || isNumberStart(w) && w != "one":
			return ""
		case w == "one" || w == "single" || w == "each" || w == "every":
			if j > 0 && toks[j-1] != "." && toks[j-1] != "," && toks[j-1] != ";" && toks[j-1] != "a" && toks[j-1] != "and" {
				return "" // "for one drone": not the clause's subject
			}
			for k := j + 1; k < pos; k++ {
				if w := word(toks, k); !isWordNoun(w) || stopWords[w] || verbStem(w) != "" {
					if k == j+1 {
						return ""
					}
					return singular(toks[k-1])
				}
			}
			return ""
		}
	}
	return ""
}

// sameAct reports a participle and a noun that name one act: "inspected" and "inspection",
// "surveyed" and "survey", "scanned" and "scan".
func sameAct(participle, noun string) bool {
	v := strings.TrimSuffix(strings.TrimSuffix(participle, "d"), "e")
	if len(v) > 3 && v[len(v)-1] == v[len(v)-2] {
		v = v[:len(v)-1]
	}
	for _, suffix := range []string{"ion", "ation", "ment", "al", ""} {
		if stem, ok := strings.CutSuffix(noun, suffix); ok && len(stem) > 2 && strings.TrimSuffix(stem, "e") == v {
			return true
		}
	}
	return false
}
