package offline

// A noun with several senses is read in the one the words around it call for, never by the noun
// alone: a "score" beside fans, a league and a kick-off is a match's score, beside students, an
// exam and a grade it is a mark out of a total; a "match" beside fixtures and a league is a game
// played, beside singles and swipes a pairing; a "goal" beside a match is scored, beside steps
// and savings it is a target. The sense with more of its words in the statement wins; with none,
// or a tie, the noun keeps its usual reading (nounClasses).

// nounSense is one sense of an ambiguous noun: the words that call for it and what a thing of
// that sense holds (nil: nothing beyond its usual reading, only that the other sense is wrong).
type nounSense struct {
	noun    string
	context []string // whole words, or beginnings with a trailing *
	fields  []string
}

// sportWords are what a statement about a real sport's matches says around its nouns.
var sportWords = []string{"fans", "supporters", "spectators", "match", "matches", "fixture*", "league*", "kickoff",
	"goal", "goals", "cup", "football", "soccer", "rugby", "hockey", "cricket", "basketball", "baseball", "nba", "nfl", "netball",
	"tennis", "innings", "wicket*", "referee*", "stadium*", "club", "clubs", "teams", "tournament*", "halftime"}

var nounSenses = []nounSense{
	{"score", sportWords, []string{"home", "away", "period", "as_of_seq (the match event it follows)"}},
	{"score", []string{"student*", "pupil*", "exam*", "grade*", "grading", "teacher*", "assignment*", "test", "tests", "quiz*", "marks",
		"marking", "assessor*", "coursework", "essay*"}, []string{"points", "out_of", "comments"}},
	{"match", sportWords, []string{"home_team_id", "away_team_id", "kicks_off_at", "venue"}},
	{"match", []string{"dating", "singles", "swipe*", "mentor*", "mentee*", "candidate*", "donor*", "recipient*", "tutor*", "roommate*",
		"buyer*", "seller*", "riders", "drivers"}, nil},
	{"goal", sportWords, []string{"match_id", "team_id", "player_id", "minute"}},
	{"goal", []string{"step", "steps", "saving*", "fitness", "habit*", "workout*", "weight", "budget*", "target*", "okr*", "streak*"},
		[]string{"target", "unit", "due_on", "progress"}},
}

// senseOf is the sense of noun the statement's words call for, if one has more of its words in
// them than any other; the noun itself is never its own context.
func senseOf(noun string, words []string) (nounSense, bool) {
	var best nounSense
	most, tie := 0, false
	for _, s := range nounSenses {
		if s.noun != noun {
			continue
		}
		n := 0
		for _, c := range s.context {
			if singularNoun(c) != noun && saysAny(words, "", []string{c}) {
				n++
			}
		}
		switch {
		case n > most:
			best, most, tie = s, n, false
		case n == most && n > 0:
			tie = true
		}
	}
	return best, most > 0 && !tie
}

// nounFields are what a thing's own noun holds in the sense the statement uses it in.
func (m model) nounFields(e string) []string {
	if s, ok := senseOf(lastWord(e), m.rd.words); ok {
		if s.fields != nil {
			return s.fields
		}
		return nil // the other sense's fields would be wrong, and this one adds none
	}
	return nounFields(e)
}

// Some words take their sense from the words right beside them, not from the statement as a
// whole: "messages must arrive in order", "keep edits in the order they were made" and "events
// out of order" are a sequence; "in order to" is a purpose; a court's, a doctor's or a depot's
// work order is an instruction; a limit order and an order book are a trader's; the rest of the
// time an order is something bought. A signal may ask for one sense (signalSpec.Sense), and an
// occurrence read in another does not count for it.

// The senses an occurrence of "order" can be read in.
const (
	senseSequence    = "sequence"
	sensePurpose     = "purpose"
	senseInstruction = "instruction"
	senseTrade       = "trade"
	sensePurchase    = "purchase"
)

// The senses an occurrence of "feed" can be read in: a stream people scroll, or the verb of
// passing something on ("analysts feed labels back", "sensors feed data into the model").
const (
	senseStream = "stream"
	senseSupply = "supply"
)

// The senses an occurrence of "charge" can be read in besides a price: a duty someone holds (the
// charge nurse, the engineer in charge) and electricity put into a battery (a charge point).
const (
	senseDuty  = "duty"
	sensePower = "power"
)

// wordSenses read the sense of an ambiguous word at position i of a statement's words, "" where
// its neighbours do not say.
var wordSenses = map[string]func(words []string, i int) string{"order": orderSense, "orders": orderSense, "feed": feedSense, "feeds": feedSense,
	"charge": chargeSense}

// knownSense reports whether a signal may ask for sense.
func knownSense(sense string) bool {
	switch sense {
	case senseSequence, sensePurpose, senseInstruction, senseTrade, sensePurchase, senseStream, senseSupply, senseDuty, sensePower:
		return true
	}
	return false
}

// senseAt is the sense the words beside word i call for, "" for a word with one sense or where
// they do not say.
func (t text) senseAt(i int) string {
	if read := wordSenses[t.words[i]]; read != nil {
		return read(t.words, i)
	}
	return ""
}

var (
	// sequenceKinds name an order that is a sequence: "arrival order", "in chronological order".
	sequenceKinds = set("sort", "sorting", "insertion", "arrival", "chronological", "causal", "fifo", "lifo", "strict",
		"sequence", "sequential", "alphabetical", "ascending", "descending", "timestamp", "message", "event", "execution",
		"canonical", "rank", "playback", "logical", "temporal", "numeric", "numerical", "lexicographic", "topological",
		"dependency", "boot", "startup", "evaluation")
	// sequenceModifiers may stand between "in" and a sequence's "order": "in the same order".
	sequenceModifiers = set("the", "a", "an", "any", "same", "right", "correct", "wrong", "strictly", "exact", "original",
		"proper", "set", "given", "fixed", "specific", "certain", "their", "its", "that", "this", "which", "whatever", "one",
		"total", "random", "reverse", "global", "partial", "time", "send", "sent", "received", "submission", "creation")
	// instructionKinds name an order someone is told to carry out.
	instructionKinds = set("court", "restraining", "protection", "protective", "gag", "executive", "standing", "work", "job",
		"lab", "medication", "medical", "prescription", "treatment", "removal", "eviction", "deportation", "purchase",
		"production", "manufacturing", "maintenance", "repair", "transfer", "admission", "discharge", "marching", "banning")
	// tradeKinds name an order sent to a market, and tradeParts what a market keeps of orders.
	tradeKinds = set("limit", "market", "stop", "bid", "ask", "iceberg", "ioc", "fok", "gtc", "buy", "sell")
	tradeParts = set("book", "books", "matching")
	// happenVerbs after "the order they" make it the order things happened in.
	happenVerbs = set("were", "was", "are", "is", "arrive", "arrived", "arrives", "happen", "happened", "happens", "occur",
		"occurred", "occurs", "came", "come", "comes", "appear", "appeared", "appears")
)

// orderSense reads "order" at i from the words beside it.
func orderSense(w []string, i int) string {
	at := func(k int) string {
		if k < 0 || k >= len(w) {
			return ""
		}
		return w[k]
	}
	prev, next := at(i-1), at(i+1)
	switch {
	case w[i] == "order" && prev == "in" && next == "to":
		return sensePurpose
	case prev == "of" && at(i-2) == "out":
		return senseSequence
	case instructionKinds[prev]:
		return senseInstruction
	case tradeKinds[prev] || tradeParts[next]:
		return senseTrade
	case w[i] == "order" && sequenceKinds[prev]:
		return senseSequence
	case w[i] == "order" && afterIn(w, i):
		return senseSequence
	case w[i] == "order" && (prev == "the" || prev == "same") && next == "of" && !digitLed(at(i+2)) && at(i+2) != "magnitude":
		return senseSequence
	case w[i] == "order" && next == "in" && at(i+2) == "which":
		return senseSequence
	case w[i] == "order" && prev == "the" && isSubjectPronoun(next) && happenVerbs[at(i+2)]:
		return senseSequence
	}
	return ""
}

// afterIn reports whether "in", then only a sequence's modifiers, come right before word i: "in
// order", "in the same order", "in strict arrival order".
func afterIn(w []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case w[k] == "in":
			return true
		case !sequenceModifiers[w[k]] && !sequenceKinds[w[k]]:
			return false
		}
	}
	return false
}

func isSubjectPronoun(w string) bool {
	switch w {
	case "they", "it", "we", "you", "he", "she", "i", "users", "people":
		return true
	}
	return false
}

var (
	// feedOwners stand before a feed that is a thing: "a feed", "their home feed", "news feed".
	feedOwners = set("a", "an", "the", "their", "your", "my", "our", "his", "her", "its", "news", "home", "activity",
		"social", "personal", "main", "ranked", "chronological", "following", "friends", "public", "live")
	// feedDoers stand before a "feed" that is something done: "we feed", "to feed", "must feed".
	feedDoers = set("we", "they", "you", "i", "who", "which", "that", "will", "would", "can", "could", "must",
		"should", "may", "might", "then", "also", "automatically", "nightly", "daily", "weekly")
	// feedObjects after "to feed" make it the verb: "to feed the model", "to feed them".
	feedObjects = set("the", "them", "it", "this", "these", "those", "our", "their", "data", "labels", "results")
	// feedTargets end the verb's phrase: "feed labels back", "feed data into", "feeds them to".
	feedTargets = set("back", "into", "through")
)

// feedSense reads "feed" at i as the verb of passing something on when the words beside it say
// so, and as a stream people read when a determiner or a kind of feed stands before it.
func feedSense(w []string, i int) string {
	prev := ""
	if i > 0 {
		prev = w[i-1]
	}
	if feedOwners[prev] {
		return senseStream
	}
	if feedDoers[prev] || prev == "to" && i+1 < len(w) && feedObjects[w[i+1]] {
		return senseSupply
	}
	for k := i + 1; k < len(w) && k <= i+4; k++ {
		if feedTargets[w[k]] {
			return senseSupply
		}
		if w[k] == "of" {
			break // "feeds of posts": the thing, with what it holds
		}
	}
	return ""
}

var (
	// dutyHolders follow a "charge" that is a duty: the charge nurse, the charge hand.
	dutyHolders = set("nurse", "nurses", "hand", "hands", "physician", "physicians", "doctor", "doctors", "sister", "sisters",
		"midwife", "midwives", "therapist", "therapists", "supervisor", "supervisors")
	// dutyTakers stand before a "charge" that is a duty: "in charge", "takes charge".
	dutyTakers = set("in", "take", "takes", "took", "taking")
	// powerParts follow a "charge" that is electricity: a charge point, the charge level.
	powerParts = set("point", "points", "station", "stations", "level", "levels", "cycle", "cycles", "controller",
		"controllers", "port", "ports", "connector", "connectors", "state", "states", "status")
	// powerHolders stand before a "charge" that is electricity: the battery's charge, its charge.
	powerHolders = set("battery", "batteries", "its", "fast", "rapid", "trickle", "ev")
	// powerStarters begin a "charge" that is electricity, with a determiner between: a driver
	// starts a charge, a bus begins its charge. A business that starts a charge "of" an amount
	// is pricing, and "start to charge" has no determiner.
	powerStarters = set("start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "resume", "resumes",
		"resumed")
	powerDeterminers = set("a", "the", "their", "his", "her", "my", "your", "our", "its")
)

// startedCharge reports whether the "charge" at i is one a vehicle starts: "start a charge".
func startedCharge(w []string, i int) bool {
	if i < 2 || !powerDeterminers[w[i-1]] || !powerStarters[w[i-2]] {
		return false
	}
	return i+1 >= len(w) || w[i+1] != "of"
}

// chargeSense reads "charge" at i as a duty or as electricity where the words beside it say so,
// and as a price the rest of the time: a lab's charge nurse pays for nothing.
func chargeSense(w []string, i int) string {
	prev, next := "", ""
	if i > 0 {
		prev = w[i-1]
	}
	if i+1 < len(w) {
		next = w[i+1]
	}
	switch {
	case dutyHolders[next] || dutyTakers[prev]:
		return senseDuty
	case powerParts[next] || powerHolders[prev] || startedCharge(w, i):
		return sensePower
	}
	return ""
}
