package workload

// sessionSize is how many people the statement says are in each of its sessions: "races are 8
// players each", "each race has 8 players", "8 players per race", "8-player races". A count of
// sessions held at once ("40k races running at once") is that many times as many people online,
// which is what a per-player rate ("30 ticks a second") runs on. It returns the size and the
// mention it was read from, or 0 when the statement says none.
func (r *reader) sessionSize(session string) (float64, *mention) {
	for _, m := range r.ms {
		if m.kind != mActors && !m.limit || m.value < 2 || m.value > 1000 || !personNoun(m.noun) && m.noun != "person" {
			continue
		}
		toks := r.sents[m.sent]
		if sizeBefore(toks, m.pos, session) || sizeAfter(toks, m.end, session) {
			return m.value, m
		}
	}
	return 0, nil
}

// groupSizes reads the people said for each session ("races are 8 players each") as the
// session's size, a limit: they are no population of the system's, whatever else counts one.
func (r *reader) groupSizes() {
	for _, m := range r.ms {
		if m.value < 2 || m.value > 1000 {
			continue
		}
		toks := r.sents[m.sent]
		if g := partyBefore(toks, m.pos); g != "" && (personNoun(m.noun) || !thingNouns[singular(m.noun)]) {
			// "groups of 4 book online", "teams of 5 players": how many make one, whatever
			// word the reading took for the noun.
			m.kind, m.limit, m.of, m.noun = mOther, true, g, "person" // noted as a limit on each
			continue
		}
		if m.kind != mActors || !personNoun(m.noun) {
			continue
		}
		for session := range sessionPeople {
			if sizeBefore(toks, m.pos, session) || sizeAfter(toks, m.end, session) {
				m.kind, m.limit, m.of = mOther, true, session
				r.note("%s %s in each %s: the %s's size, not a population", human(m.value), plural(m.noun), session, session)
				break
			}
		}
	}
}

// sizeBefore reports the session named just before a count of people with a verb of holding:
// "races are 8", "each race has 8", "lobbies of 100", "tables seat 6".
func sizeBefore(toks []string, pos int, session string) bool {
	j := pos - 1
	for j >= 0 && (toks[j] == "about" || toks[j] == "around" || toks[j] == "up" || toks[j] == "to" || toks[j] == "~") {
		j--
	}
	if !holdVerbs[word(toks, j)] {
		return false
	}
	return singular(word(toks, j-1)) == session
}

// parties are the groups people come in, whose size is said as "a party of 4".
var parties = set(`group party team crew squad family household band pair`)

// partyBefore is the party a count gives the size of, singular, or "": "groups of 4", "in
// teams of 2 to 5", "each party of 6". One party named alone is the count itself: "our family
// of 6" is the six people who use the app, "a group of 6 clinics" six clinics.
func partyBefore(toks []string, pos int) string {
	w := word(toks, pos-2)
	one := singular(w)
	if word(toks, pos-1) != "of" || !parties[one] {
		return ""
	}
	if each := word(toks, pos-3); w == one && each != "each" && each != "every" && each != "per" {
		return ""
	}
	return one
}

// holdVerbs say how many a session holds.
var holdVerbs = set(`are is have has of with hold holds seat seats take takes`)

// sizeAfter reports a count of people said for one session after it: "8 players per race",
// "8 players in each race", "8 players a race".
func sizeAfter(toks []string, end int, session string) bool {
	switch word(toks, end) {
	case "per", "a":
		return singular(word(toks, end+1)) == session
	case "in":
		return (word(toks, end+1) == "each" || word(toks, end+1) == "every") && singular(word(toks, end+2)) == session
	}
	return singular(word(toks, end)) == session // "4-player races"
}

// onlineRates puts a rate each person keeps up only while online ("30 ticks a second" in a
// race) on the people online at once, where the statement counts them: no one sends thirty
// packets a second all day, so the day's actives would count each of them for hours they are
// not playing.
func (r *reader) onlineRates() {
	if r.out.Concurrent <= 0 {
		return
	}
	for i, f := range r.out.Flows {
		if !f.Each || f.Actors > 0 || f.PerSeconds <= 0 || f.Count*86400/f.PerSeconds <= humanDailyActs {
			continue
		}
		// The most online at once is the busiest time's count, so the rate is the peak's.
		r.out.Flows[i].Actors, r.out.Flows[i].ActorNoun, r.out.Flows[i].Peak = r.out.Concurrent, "people online at once", true
		r.note("%s: %s, kept up only while online: counted for the %s online at once, at the peak", f.Name, describe(f), human(r.out.Concurrent))
	}
}
