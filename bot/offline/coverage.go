package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// designedSections are where a design answers what the statement asks: the requirements only
// repeat it, and the capacity section counts it.
var designedSections = []conversation.SectionID{conversation.Architecture, conversation.DataFlow, conversation.API,
	conversation.DataModel, conversation.UI, conversation.DeepDive, conversation.Scalability}

// uncovered lists what the statement asks for that no designed section names: its words that
// carry meaning ("holds", "licences", "plate recognition"), run together into the phrases they
// stand in. A design that leaves one out says so in its self-review instead of claiming to have
// checked everything. Words that only set the scene are not asked for: the organisation the
// system is for ("for a railway"), names of places and products ("like Wag", "London"), who acts
// and when, hedges ("maybe") and verbs of coming and going. A verb is its own gap, never the
// head of a run: "staff match claims" asks for matching and for claims, not for "match claims".
func (r *renderer) uncovered(sections map[conversation.SectionID]string) []string {
	var body strings.Builder
	for _, id := range designedSections {
		body.WriteString(strings.ToLower(sections[id]))
		body.WriteString("\n")
	}
	text := body.String()
	title := strings.ToLower(r.g.Title)
	problem := comparisonRe.ReplaceAllString(r.g.Problem, "") // "like Wag": a likeness, not an ask
	toks := readTokens(problem)
	rd := readStatement(problem)
	scene, named := sceneWords(toks), properNames(toks)
	var out, run []string
	runEnd := -1
	// "check-in at the ramp": the ramp is where a designed step happens.
	place := placesOfCovered(toks, func(i int) bool { return coveredWord(toks[i].lower, text, title) })
	// qualified drops a run of words that only qualify the noun at i, which the design covers or
	// the statement's scene holds: "refrigerated trucks" are trucks, "underground garages" where
	// crews are. It reports whether it did.
	qualified := func(i int) bool {
		if len(run) == 0 || i != runEnd+1 || !nounLike(toks[i]) || singularNoun(run[len(run)-1]) != run[len(run)-1] {
			return false
		}
		if last := run[len(run)-1]; rd.readsAsVerb(toks, i) && !strings.HasSuffix(last, "ed") {
			return false // "a swarm alarm sounds": the alarm is a thing of its own
		}
		run = run[:0]
		return true
	}
	flush := func() {
		same := func(o string) bool { return phraseName(strings.Fields(o)) == phraseName(run) } // "trips" and "trip" are one gap
		if len(run) > 0 && !slices.ContainsFunc(out, same) {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, t := range toks {
		// "our college's registration" names the college, "our members' loans" the members.
		t.lower = ownerWord(t.lower)
		if !asked(t) || strings.Contains(title, t.lower) || scene[i] || named[i] || slicesContains(rd.Actors, singularNoun(t.lower)) ||
			rd.actsOnNothing(toks, i) {
			if !qualified(i) {
				flush()
			}
			continue
		}
		if place[i] || r.coveredAs(toks, i, t.lower, text, title) {
			if !qualified(i) {
				flush()
			}
			continue
		}
		if rd.readsAsVerb(toks, i) && !(strings.HasSuffix(t.lower, "ed") && i+1 < len(toks) && nounLike(toks[i+1])) {
			flush() // a verb stands alone: "match", not "match claims"; "refrigerated trucks" qualifies
			run = append(run, t.lower)
			flush()
			continue
		}
		run, runEnd = append(run, t.lower), i
		if singularNoun(t.lower) != t.lower && !massNouns[t.lower] {
			flush() // a plural ends its noun phrase: "vets prescribe" is no one thing
		}
	}
	flush()
	return out
}

// coveredAs reports whether the design covers the asked word w at toks[i] by another word, or
// by what it does rather than what it names.
func (r *renderer) coveredAs(toks []token, i int, w, text, title string) bool {
	// Photos, clips and files are designed as media when the design has a media path.
	media := slices.Contains(mediaWords, singularNoun(w)) && strings.Contains(text, "media")
	// A synonym counts in the title too: glasshouses are the greenhouse a design is named for.
	synonym := slices.ContainsFunc(synonyms[singularNoun(w)], func(s string) bool { return namesPhrase(text, s) || namesPhrase(title, s) })
	// "the 6pm rush" is the peak the capacity section sized, once a rate was stated at it; "loss
	// of a zone" what its replicas survive; "no signal" the link down it works through.
	sized := loadWords[singularNoun(w)] && r.statedPeak()
	// "barcode-checked", "RFID-tagged": what is done is said by the thing it is done with.
	how, done, hyphened := strings.Cut(w, "-")
	doneWith := hyphened && strings.HasSuffix(done, "ed") && len(how) > 2 && namesPhrase(text, how)
	return media || synonym || sized || doneWith || r.survivedLoss(toks, i, text) || offlineSaid(toks, i, text) ||
		namesPhrase(text, w) || namesPhrase(text, likeOf(w)) || namesPhrase(text, otherSpelling(w))
}

// spellings pairs British and American spellings of the same word: a design that keeps
// "licenses" covers the "licences" its statement asked for.
var spellings = strings.NewReplacer("licence", "license", "license", "licence", "catalogue", "catalog", "catalog", "catalogue",
	"centre", "center", "center", "centre", "colour", "color", "color", "colour", "cheque", "check", "enroll", "enrol",
	"enrol", "enroll", "tyre", "tire", "programme", "program", "defence", "defense", "defense", "defence")

// otherSpelling is w spelt the other side of the Atlantic, or w when it has one spelling.
func otherSpelling(w string) string {
	return spellings.Replace(w)
}

// readsAsVerb reports whether the statement's clauses read the word at i as a verb: "match" in "staff
// match claims".
func (rd reading) readsAsVerb(toks []token, i int) bool {
	w := toks[i].lower
	if i > 0 && i+1 < len(toks) && strings.HasSuffix(w, "s") && determiners[toks[i+1].lower] && nounLike(toks[i-1]) && singularNoun(toks[i-1].lower) == toks[i-1].lower {
		return true // "a swarm alarm sounds a siren": a singular noun, then its verb and an object
	}
	for _, a := range rd.Actions {
		if a.Verb == w || thirdPerson(a.Verb) == w || baseOfThirdPerson(w) == a.Verb {
			return true
		}
	}
	return false
}

// actsOnNothing reports a verb at i with no object: "a kiosk that sits beside", "must catch up
// on", "should appear within", "degrade gracefully", "we expect 2 million". It says how
// something behaves, which the design answers where it designs that thing; a verb is a part of
// its own only when it acts on something ("ships repeat prescriptions").
func (rd reading) actsOnNothing(toks []token, i int) bool {
	prev := ""
	if i > 0 {
		prev = toks[i-1].lower
	}
	if !rd.readsAsVerb(toks, i) && !modals[prev] && !verbLeads[prev] {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	return next.boundary || verbFollowers[next.lower] || strings.HasSuffix(next.lower, "ly") ||
		strings.IndexAny(next.lower, "0123456789~") == 0 || quantityWords[next.lower]
}

// verbLeads come before a verb: "a kiosk that sits", "want to track", "is never re-read".
var verbLeads = set("to", "that", "which", "who", "we", "they", "ever", "never", "not", "also")

// verbFollowers follow a verb that acts on nothing: a preposition or a particle.
var verbFollowers = set("up", "down", "out", "off", "over", "back", "away", "in", "on", "at", "within", "into", "onto",
	"under", "through", "across", "behind", "beside", "near", "after", "before", "during", "until", "from", "for", "to",
	"with", "by", "when", "while", "if", "unless", "again")

// quantityWords start an amount: "we expect roughly 2 million".
var quantityWords = set("roughly", "about", "around", "some", "approximately", "nearly", "almost", "over", "under", "up")

// sceneWords marks the words naming what the system is for, which set the scene rather than ask
// for anything: "a lost property system for a railway", "a system for a county archive's
// reading room", up to where the phrase ends.
//
// A place the statement is set in ("a neighbourhood", "the city") is scene wherever it stands,
// and so is the counted group the system serves ("a booking system for 25 hair salons").
func sceneWords(toks []token) map[int]bool {
	out := map[int]bool{}
	for i, t := range toks {
		if !t.boundary && settingPlaces[singularNoun(t.lower)] {
			out[i] = true
		}
	}
	for i := 0; i+2 < len(toks) && i < 12; i++ {
		if !systemWords[toks[i].lower] && !toolHeads[toks[i].lower] || toks[i+1].lower != "for" && toks[i+1].lower != "at" {
			continue
		}
		j := i + 2
		if !determiners[toks[j].lower] && !countWordRe.MatchString(toks[j].lower) {
			return out // "a system for tracking pallets": what it does, not where
		}
		for j++; j < len(toks) && !toks[j].boundary && nounLike(toks[j]); j++ {
			out[j] = true
		}
		return out
	}
	return out
}

// settingPlaces are the places a statement is set in: where things happen, never a thing to design.
var settingPlaces = set("neighbourhood", "neighborhood", "city", "town", "village", "county", "district",
	"borough", "region", "country", "suburb", "street", "island", "area", "locality", "parish", "province")

// countWordRe finds a count that opens the group a system serves: "25", "30-person", "1,200".
var countWordRe = regexp.MustCompile(`^\d[\d,.]*(?:-\w+)?$`)

// properNames marks names of places, people and products written with a capital inside a
// sentence ("London", "Wag"): a design does not name them and is not asked to. Acronyms ("GPS",
// "QR") and technologies ("Kafka") are asked for; a statement written in Title Case names
// nothing this way.
func properNames(toks []token) map[int]bool {
	out := map[int]bool{}
	capital, words := 0, 0
	for _, t := range toks {
		if !t.boundary && len(t.text) > 0 && t.text[0] >= 'A' && t.text[0] <= 'Z' {
			capital++
		}
		if !t.boundary {
			words++
		}
	}
	if capital*2 > words {
		return out
	}
	for i, t := range toks {
		if i == 0 || t.boundary || t.text[0] < 'A' || t.text[0] > 'Z' || strings.ToUpper(t.text) == t.text {
			continue
		}
		if p := toks[i-1].lower; p == "." || p == "!" || p == "?" || p == ":" || p == "\"" || p == "“" {
			continue // a sentence's first word
		}
		if len(allTechs(t.lower)) == 0 {
			out[i] = true
		}
	}
	return out
}

// likeOf is what a compound likens the system to: "jaeger-style" and "opentelemetry-based" ask for
// Jaeger and OpenTelemetry, which a design names without the suffix.
func likeOf(w string) string {
	for _, suf := range []string{"-style", "-like", "-based", "-backed", "-compatible"} {
		if b, ok := strings.CutSuffix(w, suf); ok && b != "" {
			return b
		}
	}
	return w
}

// asked reports whether a statement's word carries something a design must answer: not a
// function word, a number, a unit, a role, or the words that ask for a design.
func asked(t token) bool {
	l := t.lower
	if !nounLike(t) && !verbs[l] || len(l) < 3 || readStop[l] || unitWords[singularNoun(l)] || systemWords[singularNoun(l)] ||
		actorWords[singularNoun(l)] || askWords[l] || adjectives[l] || fillerWords[l] || timeWords[singularNoun(l)] ||
		isPeople(singularNoun(l)) || peopleWords[singularNoun(l)] || comingAndGoing(l) || describing(l) || irregularParticiples[l] ||
		verbFollowers[l] {
		return false
	}
	// "we're" is a pronoun and a verb; "per-partner" qualifies what follows it, as "mid-" does.
	return !strings.ContainsAny(l, "0123456789'’") && !describes(l) && !strings.HasPrefix(l, "mid-") && !strings.HasPrefix(l, "per-")
}

// describes reports a word that qualifies rather than names: adjectives and adverbs ("minimal",
// "specific", "worldwide") and gerunds ("respecting", "adding"). A design answers the things and
// actions a statement names, not how it describes them.
func describes(w string) bool {
	if verbs[w] || actorWords[singularNoun(w)] {
		return false
	}
	for _, suf := range []string{"ly", "ive", "ous", "ful", "less", "able", "ible", "ical", "mal", "ific", "wide", "ing"} {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// synonyms are the words a design may use for what a statement names: a ticker is a symbol, a
// threshold a level.
var synonyms = map[string][]string{
	"ticker": {"symbol"}, "stock": {"symbol"}, "threshold": {"level", "limit"}, "picture": {"photo", "image"}, "photograph": {"photo", "recognition"},
	"ride": {"trip"}, "trip": {"ride"}, "seat": {"place"}, "spot": {"place"}, "tweet": {"post"}, "purchase": {"order", "checkout"}, "buy": {"order", "checkout"},
	"message": {"chat"}, "messenger": {"messaging", "chat"}, "notification": {"push", "alert"}, "alert": {"notification", "push"}, "concert": {"event", "show"},
	"pick": {"choose", "select", "assign", "claim"}, "resolution": {"rendition", "bitrate"},
	"reminder": {"remind", "notification", "push"}, "phone": {"app", "device", "push"},
	"closest": {"nearest"}, "internet": {"public web"}, "sign": {"registration", "signup", "signature"}, "alarm": {"alert"}, "receiver": {"gateway"}, "ping": {"beacon", "heartbeat"}, "microservice": {"service"}, "tweak": {"change"},
	// Duplicates are designed as their removal; a sale that opens is an on-sale; a party outside
	// is who the design calls through its provider.
	"duplicate": {"dedupe", "deduplicate", "deduplication", "dedup"}, "deduplicated": {"dedupe", "deduplication", "dedup", "duplicate"},
	"deduplicate": {"dedupe", "deduplication", "dedup", "duplicate"}, "deduped": {"dedupe", "deduplication", "dedup", "duplicate"}, "on-sale": {"sale"}, "third-party": {"provider", "processor", "external"},
	// A fleet's trucks and vans are the vehicles its design names.
	"truck": {"vehicle"}, "van": {"vehicle"}, "lorry": {"vehicle"}, "ocr": {"read", "recognition"},
	// A drugstore or a chemist's is a pharmacy, an opioid a controlled substance, and a patient's
	// medication or medicine what a prescription names.
	"drugstore": {"pharmacy"}, "chemist": {"pharmacy"}, "opioid": {"controlled substance"}, "narcotic": {"controlled substance"},
	"medication": {"prescription", "drug"}, "medicine": {"prescription", "drug"},
	// So are a school's buses and a company's shuttles, and a heads-up is the notice it gets.
	"bus": {"vehicle"}, "shuttle": {"vehicle"}, "minibus": {"vehicle"}, "coach": {"vehicle"}, "heads-up": {"notice", "notification", "push"},
	// Work done to a place (a street cleared, bins collected, a field sprayed) is what a coverage
	// design keeps as each segment's status; its working vehicles are the vehicles it names.
	"cleared": {"segments done", "segment status"}, "ploughed": {"segments done", "segment status"}, "plowed": {"segments done", "segment status"},
	"gritted": {"segments done", "segment status"}, "salted": {"segments done", "segment status"}, "swept": {"segments done", "segment status"},
	"sprayed": {"segments done", "segment status"}, "collected": {"segments done", "segment status"}, "emptied": {"segments done", "segment status"},
	"plough": {"vehicle"}, "plow": {"vehicle"}, "gritter": {"vehicle"}, "sweeper": {"vehicle"}, "drone": {"vehicle"},
	"snowplow": {"vehicle"}, "snowplough": {"vehicle"}, "tractor": {"vehicle"}, "highway": {"road"}, "motorway": {"road"},
	"vineyard": {"farm", "field"}, "orchard": {"farm", "field"}, "transmit": {"send", "report", "ping"},
	// A kiosk is the pay station a parking design has, a barrier that lifts one that rises; a glasshouse or hothouse a greenhouse.
	"kiosk": {"pay station", "payment terminal"}, "lift": {"rise", "raise"}, "glasshouse": {"greenhouse"},
	// American spellings are the British ones the knowledge is written in: a pipeline that
	// "normalizes" feeds has the normaliser the design names.
	"normalize": {"normalise"}, "normalizes": {"normalise"}, "normalized": {"normalise"}, "standardize": {"standardise"}, "standardizes": {"standardise"},
	// A wristband or a lanyard is the credential an entry design reads at its gates.
	"wristband": {"credential"}, "lanyard": {"credential"}, "hothouse": {"greenhouse"},
	"garbage": {"collection"}, "refuse": {"collection"}, "rubbish": {"collection"}, "trash": {"collection"}, "recycling": {"collection"},
}

// fillerWords hedge or pad a statement: "maybe by phone", "ideally", "and so on"; "away" says
// how far ("5 minutes away", "right away"), which a design answers with its figures, not a part.
var fillerWords = set("away", "almost", "nearly", "maybe", "perhaps", "ahead", "beforehand", "afterwards", "meanwhile", "probably", "possibly", "ideally", "hopefully", "basically", "really", "actually", "quite",
	"rather", "somewhat", "either", "whether", "instead", "otherwise", "else", "anyway", "soon", "later", "now", "today", "tonight",
	"tomorrow", "yesterday", "often", "sometimes", "usually", "mainly", "mostly", "generally", "etc", "stuff", "bit", "lots", "plenty",
	// Abbreviated amounts: "avg 4 lines per order" qualifies a number, it asks for nothing.
	"avg", "approx")

// timeWords say when, which a design answers with its timestamps, not a part: "lunch", "noon".
var timeWords = set("lunch", "lunchtime", "breakfast", "dinner", "supper", "brunch", "noon", "midday", "midnight", "morning", "afternoon",
	"evening", "night", "weekend", "weekday", "dawn", "dusk", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "spring",
	"summer", "autumn", "fall", "winter", "holiday", "christmas", "easter", "end", "start", "beginning", "middle")

// peopleWords are people by their relation to each other: couples share a dog, neighbours lend.
var peopleWords = set("couple", "pair", "friend", "neighbour", "neighbor", "relative", "colleague", "partner", "spouse", "kid", "baby",
	"adult", "senior", "teen", "teenager", "local", "visitor", "resident", "everybody", "anybody", "somebody", "nobody")

// irregularParticiples describe a thing ("unclaimed items held", "lost property") as the
// regular -ed forms do.
var irregularParticiples = set("held", "kept", "sent", "left", "given", "taken", "made", "found", "lost", "sold", "bought", "paid",
	"told", "shown", "done", "gone", "seen", "known", "won", "begun", "chosen", "frozen", "stolen", "written", "driven", "ridden",
	"hidden", "broken", "spoken", "worn", "torn", "built", "spent", "lent", "met", "brought", "caught", "taught", "thrown", "grown")

// comingAndGoing are verbs of motion and being that say how things happen, not what a system
// keeps or does: walks "come" at noon, a session "ends", a job "runs".
var comingAndGoing = func() func(string) bool {
	bases := set("come", "go", "end", "begin", "start", "finish", "happen", "arrive", "leave", "stay", "remain", "become", "seem",
		"look", "feel", "run", "work", "live", "know", "think", "say", "bring", "turn", "move", "stop", "wait", "last", "occur",
		"exist", "get", "keep", "take", "give", "grow", "change", "vary", "differ", "depend", "tend", "try", "want", "like", "love", "join")
	irregular := set("came", "went", "gone", "ran", "began", "begun", "left", "became", "knew", "thought", "said", "brought", "took",
		"gave", "grew", "kept", "got", "felt", "stayed", "goes")
	return func(w string) bool {
		if irregular[w] || bases[w] || bases[baseOfThirdPerson(w)] {
			return true
		}
		for _, suf := range []string{"ing", "ed"} {
			if st, ok := strings.CutSuffix(w, suf); ok && (bases[st] || bases[st+"e"] || len(st) > 2 && st[len(st)-1] == st[len(st)-2] && bases[st[:len(st)-1]]) {
				return true
			}
		}
		return false
	}
}()

// askWords frame a request rather than name what is asked for.
var askWords = set(
	"design", "build", "architect", "sketch", "create", "support", "supports", "handle", "handles",
	"allow", "allows", "let", "lets", "need", "needs", "want", "wants", "must", "should", "can",
	"also", "like", "about", "around", "both", "each", "every", "all", "any", "some", "many", "more",
	"less", "most", "few", "other", "others", "same", "own", "new", "real", "up", "per", "see",
	"sees", "get", "gets", "receive", "receives", "use", "uses", "make", "makes", "way", "ways", "thing", "things",
	// Verbs that say a statement's demands or how much, not a part: "restaurants can require a
	// deposit", "the peak hits", "doing 80 covers a night".
	"require", "requires", "required", "doing", "does", "hit", "hits", "occupy", "occupies",
	"something", "able", "without", "within", "across", "after", "before", "during", "while", "until",
	"via", "using", "based", "etc", "including", "minus", "plus", "people", "person", "everyone",
	"someone", "million", "billion", "thousand", "hundred", "daily", "weekly", "monthly", "yearly",
	"hourly", "times", "twice", "once", "peak", "average", "active", "dau", "mau", "whole", "half",
	"everything", "nothing", "anything", "home", "city", "town", "country", "world", "chain",
	"company", "behaviour", "behavior", "generate", "generates", "office", "tower", "building",
	"campus", "view", "views", "hold", "holds", "correct", "accurate", "consistent", "always",
	"automatic", "automatically", "rise", "rises", "fall", "falls", "example", "normal", "moment",
	"line", "fire", "fires", "put", "puts", "reflect", "reflects", "define", "defines", "placement",
	"mid", "smart", "tell", "tells", "try", "tries", "trying", "tried")

// namesPhrase reports whether text names phrase, each word as a whole word or the start of one
// ("licence" in "licences", "queue" in "queued"), the words in order and close together.
func namesPhrase(text, phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return true
	}
	var pat strings.Builder
	pat.WriteString(`\b`)
	for i, w := range words {
		if i > 0 {
			// The word before may run on past its stem: "controll" starts "controlled substance".
			pat.WriteString(`\w*\W+(?:\w+\W+){0,2}?`)
		}
		pat.WriteString(regexp.QuoteMeta(stem(w)))
	}
	return regexp.MustCompile(pat.String()).MatchString(text)
}

// stem cuts a word to the part its inflections share: "queue" → "queu", "licences" → "licenc".
func stem(w string) string {
	w = singularNoun(w)
	for _, suf := range []string{"ing", "ed", "e", "y"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			if n := len(w); (suf == "ing" || suf == "ed") && n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
				w = w[:n-1] // "scanning" → "scan", "planned" → "plan"
			}
			return w
		}
	}
	return w
}

// loadWords name the busiest stretch of a day ("the 6pm rush", "a spike before the deadline"),
// which the capacity section answers once the statement gave a rate at it.
var loadWords = set("rush", "spike", "surge", "burst", "crunch")

// statedPeak reports whether the capacity model took a stated rate as the peak ("50k requests
// an hour at the rush"): a spike the statement gave no rate for was never sized, and stays a gap.
func (r *renderer) statedPeak() bool {
	return slices.ContainsFunc(r.reading().Flows, func(f conversation.Flow) bool { return f.Peak })
}

// coveredWord reports whether the design names a statement's word, in its sections or title.
func coveredWord(w, text, title string) bool {
	return strings.Contains(title, w) || namesPhrase(text, w)
}

// placesOfCovered marks the noun phrase after "at" when the word before it is one the design
// covers: in "check-in at the ramp" or "auctions at 40 sale barns" the ramp and the barns only
// say where a designed step happens. A place after a word the design lacks stays asked for.
func placesOfCovered(toks []token, covered func(i int) bool) map[int]bool {
	out := map[int]bool{}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].lower != "at" || toks[i-1].boundary || !covered(i-1) {
			continue
		}
		for j := i + 1; j < len(toks) && !toks[j].boundary; j++ {
			l := toks[j].lower
			if l == "at" || !determiners[l] && !nounLike(toks[j]) && (l == "" || l[0] < '0' || l[0] > '9') {
				break
			}
			out[j] = true
		}
	}
	return out
}

// lostScopes are what a design survives the loss of by placing copies elsewhere, and the words
// it uses for them.
var lostScopes = map[string]string{"az": "zone", "zone": "zone", "region": "region", "node": "node", "datacenter": "region", "rack": "node"}

// survivedLoss reports whether the word at i asks to survive a loss ("loss of a whole AZ") of a
// fault domain the design already spreads its copies over: "loss" of anything else (a parcel,
// revenue) stays asked for.
func (r *renderer) survivedLoss(toks []token, i int, text string) bool {
	if w := toks[i].lower; w != "loss" && w != "outage" && w != "failure" || i+1 >= len(toks) || toks[i+1].lower != "of" {
		return false
	}
	for j := i + 2; j < len(toks) && j < i+6 && !toks[j].boundary; j++ {
		if scope, ok := lostScopes[singularNoun(toks[j].lower)]; ok {
			return namesPhrase(text, scope)
		}
	}
	return false
}

// lackWords say a connection is missing: "no signal", "poor reception".
var lackWords = set("no", "without", "poor", "weak", "patchy", "spotty", "lose", "losing", "lost")

// offlineSaid reports whether the word at i asks to keep working without a connection ("scan
// with no signal", "poor reception in the hall") and the design says how it works offline or
// with its link down. "Signals" on their own (a railway's) stay asked for.
func offlineSaid(toks []token, i int, text string) bool {
	switch singularNoun(toks[i].lower) {
	case "signal", "reception", "connectivity", "coverage", "connection":
	default:
		return false
	}
	if i == 0 || !lackWords[toks[i-1].lower] {
		return false
	}
	return slices.ContainsFunc([]string{"offline", "link up or down", "link down", "link drops", "coverage gaps"}, func(w string) bool { return namesPhrase(text, w) })
}
