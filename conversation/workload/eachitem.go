package workload

import "strings"

// itemWords name no thing of their own: "each item", "each one", "each of them" are each of the
// things counted just before, whatever the statement called them.
var itemWords = set(`item items one unit units thing things piece pieces object objects asset assets article articles them`)

// lookupNouns are scanned to open what they point to, not to record where they are: a guest
// scanning a menu's QR code reads it; a gate scanning a parcel's label tracks the parcel.
var lookupNouns = set(`code qr link url menu`)

// eachThing is the counted stock that "each item", "each one" or "each of them" before m refers
// to: the nearest count before it in its sentence of things kept, not of places they are in
// ("40 hospitals and 2 million sheets and gowns; each item is scanned": the sheets). A count with
// a rate of its own ("15M parcels a day, each scanned 6 times") is a flow, whose items are
// counted per item elsewhere; so is a clause with no such word.
func (r *reader) eachThing(m *mention) *mention {
	toks := r.sents[m.sent]
	said := -1 // where "each" stands
	for j := m.pos - 1; j >= 0 && j >= m.pos-10 && said < 0; j-- {
		switch toks[j] {
		case ";", ".":
			return nil
		case "each", "every":
			next := word(toks, j+1)
			if next == "of" {
				next = word(toks, j+2)
			}
			if itemWords[next] {
				said = j
			}
		}
	}
	if said < 0 {
		return nil
	}
	var t *mention
	for _, a := range r.ms {
		// The sentence before counts when this one opens with the clause: "…; each item is".
		if a.sent != m.sent && (a.sent != m.sent-1 || said > 0) || a.sent == m.sent && a.pos >= said || a.noun == "" || itemWords[a.noun] {
			continue
		}
		if a.kind != mActors && a.kind != mEvents || placeNouns[a.noun] || orgNouns[a.noun] || placedIn(r.sents[a.sent], a.pos) {
			continue
		}
		t = a
	}
	if t == nil || t.kind == mEvents && t.per > 0 {
		return nil
	}
	return t
}

// passiveSubject finds a clause said in the passive before toks[pos] ("each item is scanned at
// the gates 6 times a day", "each of them is inspected twice") and gives its subject, singular,
// and its participle. What is counted is done to the subject; the noun after the verb is where
// ("at the gates"), not what.
func passiveSubject(toks []string, pos int) (subject, participle string) {
	for j := pos - 1; j >= 2 && j >= pos-9; j-- {
		if toks[j] == "," || toks[j] == ";" {
			return "", ""
		}
		if pastParticipleLike(toks[j]) && beVerbs[toks[j-1]] {
			if s := toks[j-2]; s != "," && (s == "them" || !stopWords[s]) {
				return singular(s), toks[j]
			}
			return "", ""
		}
	}
	return "", ""
}

// tracked reports a scan of a thing that records where it is ("each parcel is scanned 6
// times"), as a gate or a handheld reader does; a code scanned opens what it points to.
func tracked(verb, noun string) bool {
	return verb == "scan" && !lookupNouns[noun]
}

// askedFor is what a clause between toks[from] and toks[pos] asks for ("asks for fuzzy
// matches", "requests quotes"), as a noun phrase of at most two words; "" where it asks for
// nothing. A client that asks on a clock fetches.
func askedFor(toks []string, from, pos int) string {
	for j := from; j < pos; j++ {
		w := toks[j]
		k := j + 1
		switch {
		case (w == "ask" || w == "asks" || w == "asking") && word(toks, k) == "for":
			k++
		case w == "request" || w == "requests" || w == "requesting":
			if stopWords[word(toks, j-1)] && word(toks, j-1) != "and" {
				continue // "a request every 5 s": a noun
			}
		default:
			continue
		}
		for stopWords[word(toks, k)] && k < pos {
			k++
		}
		var words []string
		for ; k < pos && len(words) < 2 && isWordNoun(toks[k]) && !stopWords[toks[k]] && toks[k] != "every"; k++ {
			words = append(words, toks[k])
		}
		if len(words) > 0 {
			words[len(words)-1] = singular(words[len(words)-1])
			return strings.Join(words, " ")
		}
	}
	return ""
}

// lyNouns end in "-ly" but are things: a family, a supply, an assembly.
var lyNouns = set(`family supply assembly rally ally belly jelly lily bully reply apply anomaly monopoly fly butterfly dragonfly`)

// adverb reports a word that says how or how often, never what: "roughly", "usually".
func adverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w] && !lyNouns[singular(w)]
}

// objectOfAct reports a count at toks[pos] said as the object of an act or a place
// ("boarding our 300 buses", "at 40 stores"): not a crowd that acts itself.
func objectOfAct(toks []string, pos int) bool {
	w := word(toks, pos-1)
	switch w {
	case "our", "the", "their", "its", "all", "his", "her":
		w = word(toks, pos-2)
	}
	switch w {
	case "to":
		return word(toks, pos-2) != "up" // "up to 350k riders" is a crowd
	case "at", "in", "on", "onto", "into", "across", "from", "aboard", "inside":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}
