package offline

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// reading is what a problem statement names, in its own words and singular: who acts (actors),
// what the system keeps (entities) and what the actors do to it (actions). The designer composes a
// design from it when no archetype in the knowledge base fits the statement. Numbers are not read
// here: figures belong to extract.go.
type reading struct {
	Actors   []string // "player", "driver"
	Entities []string // "match", "bank transaction"
	Actions  []action
	// named are actors read from the system's name ("volunteer scheduling"): they are acted on.
	named []string
	// By lists what the statement says things are matched, sorted or grouped by ("skill", "region").
	By []string
	// mutual is the thing two people of the statement agree on with each other ("agree on
	// exchange dates with each other" → exchange): proposed by one, accepted by the other.
	mutual string
	// traded is what a mutual deal exchanges when the statement names it ("swap seeds").
	traded string
	// pairs are the two kinds of thing the system matches to each other ("staff log found items,
	// riders describe what they lost, and the system suggests matches"): found item, description.
	pairs []string
	// deadlines are the limits the statement puts on how long things last or wait (lifecycle.go).
	deadlines []deadline
	// windows are the spans of time things are asked for, by the thing: "reserve plots for a
	// season" → plot: "a season".
	windows map[string]string
	// forSpan is the token span readFor read as what the system is for ("a theatre's script
	// submissions and reader reports"): its words are names, not clauses.
	forSpan [2]int
	// fed says the statement's data comes from outside ("refreshed hourly from a model run",
	// "imported from partners"): the system loads it; nobody in the statement creates it.
	fed bool
	// dispatch is the statement's clause sending the nearest free unit to a job (dispatch.go),
	// nil when it has none.
	dispatch *dispatch
	// staged is the thing the statement moves through a fixed number of stages, and whether
	// each hand-off must be recorded (stages.go); zero when it names none.
	staged staging
	// sized are things the statement gives a size in bytes ("2 TB per run"): their bytes live
	// in object storage and the row only points at them.
	sized []string
	// words are the statement's words, lower-cased: the context that picks a noun's sense
	// (senses.go).
	words []string
	// sensors are the actors that report measurements ("fermenters send temperature"): devices,
	// whatever their noun (owners.go).
	sensors []string
	// viewers are the actors the statement names only as who may see things ("sealed cases
	// visible only to judges & parties"): they read what others create.
	viewers []string
	// ours says the statement speaks as the organisation ("we rent gear"): its staff act.
	ours bool
	// bodies are the actors that are one organisation acting as a whole ("a hospital linen
	// service collects linen"): said in the singular, as the statement does.
	bodies []string
	// capacities are the places the statement gives each kind of group occasion, by its head
	// word ("each tour takes 25 people" → tour: 25; occasions.go).
	capacities map[string]int
	// scene is the organisation the system's name is for ("a coroner's office"): kept only when
	// the statement names nothing else.
	scene string
	// alert is the statement's alert on a condition ("a state inspector is alerted when a hive
	// shows signs of foulbrood", condalert.go), nil when it has none; condSpan is its condition's
	// token span, whose clauses are what a write records, not actions.
	alert    *condAlert
	condSpan [2]int
	// attrs are the fields the statement says its things hold and what it says they belong to
	// ("each weigh-in records gross and tare weight", attrs.go).
	attrs attrs
}

// fedRe finds data the system loads from outside rather than people creating it.
var fedRe = regexp.MustCompile(`(?i)\b(refreshed|updated|imported|ingested|loaded|fed|pulled|synced|scraped|computed|generated|recomputed)\b[^.;]{0,40}?\b(from|off|every|hourly|nightly|daily)\b|\bfrom (?:a |the |each |our )?(model runs?|feeds?|partners?|suppliers?|upstream)\b`)

// action is one "actor verb object" clause: "drivers send GPS updates" → {driver, send, GPS update}.
// Actor is "system" when the statement makes the system itself the subject ("an app that imports
// bank transactions").
type action struct {
	Actor, Verb, Object string
	// Into is the container the object goes into: "save recipes to meal plans" keeps each meal
	// plan's entries, not another recipe.
	Into string
	// With is the person a booking is made with, whose time it takes: "clients book sessions
	// with one of 6 artists" books an artist's time (see asks.go).
	With string
	// To is what the object is assigned to: "dispatchers assign repair crews to outages" (see
	// assign.go).
	To string
	// From is what a system action works from: "meal plans that generate a shopping list".
	From string
	// Prep is the particle between the verb and its object, as written: "apply for", "sign up
	// for", "vote on".
	Prep string
	// Source is whom the object is asked of: "schools order meals from central kitchens".
	Source string
	// Kept is the record an action that asks for something keeps, when it is neither its object
	// nor the verb's own noun: "hospitals request blood units" keeps blood unit requests. The
	// model sets it (see asks.go).
	Kept string
	// Has lists the fields the statement gives the object, comma-separated: "log catches with
	// species and weight" → "species, weight".
	Has string
	// Near says a read asks for the things near the reader ("find which nearby pharmacy …");
	// Held is what they must hold and HeldState in what state ("has a drug in stock": drug, in
	// stock). See nearby.go.
	Near      bool
	Held      string
	HeldState string
	// PlaceState is the state the place itself must be in ("the closest water point that is
	// working": working), Radius the distance the statement gives ("within 2 km"), and Contents
	// says the read asks what is in the place ("see what is in the fridge near them").
	PlaceState string
	Radius     string
	Contents   bool
	// Public says the statement lets anyone make this read, without an account ("anyone can
	// see", "the public").
	Public bool
	// State is the state a marking verb leaves its object in: "mark rooms clean" → clean.
	State string
	// Implied says why the design adds a clause the statement leaves unsaid ("a call is logged
	// before a crew is sent to it"); "" for the statement's own clauses.
	Implied string
}

// tradeVerbs are the two sides of a trade, said together of one object ("buy and sell hay").
var tradeVerbs = set("buy", "sell")

// decideVerbs decide on something; said without an object they decide on what the system is
// for.
var decideVerbs = set("approve", "reject", "authorise", "authorize", "verify", "review")

// markStates are the states a marking verb ("mark", "set", "flag") puts things in.
var markStates = set("clean", "dirty", "ready", "done", "complete", "completed", "resolved", "paid", "damaged", "lost", "found",
	"absent", "present", "missing", "safe", "unsafe", "late", "closed", "open", "available", "unavailable", "occupied", "vacant", "full", "empty")

// containerVerbs put their object into a container the statement names after "to" or "into".
var containerVerbs = set("save", "add", "put", "pin", "bookmark", "collect", "attach", "file", "move", "copy", "favourite")

// A word may hold digits after its first letter: "S3", "K8s" and "B2B" are one name each.
var wordRe = regexp.MustCompile(`[A-Za-z](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?|[0-9][0-9.,]*[A-Za-z]*|[.,;:!?()"'“”‘’]`)

// readStop words never start, end or make up a name: articles, pronouns, auxiliaries, quantifiers and
// the words statements use to ask for a design.
var readStop = set(append(timeAdverbs, "a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his", "her",
	"i", "we", "you", "they", "it", "he", "she", "me", "us", "them", "who", "whom", "which", "what", "where", "when", "while", "how", "so",
	"is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "can", "could", "should", "would",
	"will", "shall", "may", "might", "must", "need", "needs", "want", "wants", "let", "lets", "allow", "allows", "allowing", "help", "helps",
	"please", "there", "here", "also", "then", "just", "only", "all", "any", "some", "each", "every", "never", "always", "ever", "even", "still", "already", "again", "together",
	"many", "much", "more", "most", "few", "other", "others", "own", "same", "such", "very", "not", "no", "yes", "about", "around",
	"like", "up", "out", "ahead", "beforehand", "per", "via", "etc", "e.g", "i.e", "one", "two", "three", "four", "five", "ten", "hundred", "thousand",
	"million", "millions", "billion", "billions", "k", "m", "b", "within", "under", "over", "least", "at", "if", "than", "as",
	"able", "based", "using", "use", "used", "new", "existing", "real-time", "realtime", "live",
	// Chat-style asks: greetings, shorthand and filler are not things a system keeps.
	"hey", "hi", "hello", "u", "ur", "ppl", "pls", "plz", "thx", "thanks", "lol", "ok", "okay", "guys", "folks", "thoughts",
	"something", "anything", "nothing", "fancy", "mostly", "kinda", "sorta", "eng", "ideas")...)

// timeAdverbs say when a clause happens ("Afterward teachers can swap lessons", "later auditors
// review"): they open the clause and are no part of who acts or what is kept.
var timeAdverbs = []string{"afterward", "afterwards", "later", "instead", "meanwhile", "subsequently", "eventually", "finally",
	"thereafter", "now", "soon", "earlier", "immediately", "otherwise", "then"}

// clauseParticiples start a clause said of the noun before them ("a timetable respecting teacher
// availability", "invoices including tax lines"): what follows is not part of its name.
var clauseParticiples = set("respecting", "including", "containing", "covering", "showing", "using", "requiring", "involving",
	"excluding", "specifying", "describing", "detailing", "satisfying", "honouring", "honoring", "spanning", "mentioning",
	"needing", "having", "carrying", "referencing", "reflecting", "avoiding", "regarding", "concerning", "listing")

// participleClause reports a participle at toks[j] that says something of the noun before it,
// followed by what it says: "a film showing" is a thing, "reports showing sales" are reports.
func participleClause(toks []token, j int) bool {
	return clauseParticiples[toks[j].lower] && j+1 < len(toks) && !toks[j+1].boundary
}

// boundaryWords end a noun phrase.
var boundaryWords = set("and", "or", "but", "for", "with", "without", "by", "to", "from", "in", "into", "on", "onto", "of", "across",
	"between", "near", "after", "before", "during", "until", "through", "against", "among", "per", "via", "within", "under", "over",
	"at", "that", "which", "where", "who", "when", "while", "so", "then", "than", "as", "if")

// unitWords are measures, not things a system stores.
var unitWords = set("kbps", "mbps", "gbps", "kbp", "mbp", "gbp", "second", "minute", "hour", "day", "week", "month", "year", "ms", "millisecond", "sec", "min", "time", "percent",
	"qps", "rps", "request", "gb", "tb", "mb", "kb", "pb", "byte", "p99", "p95", "latency", "peak", "average", "total", "scale",
	"region", "zone", "country", "world", "globe", "kind", "type", "way", "lot", "thing", "feature", "level", "number",
	"amount", "rate", "size", "volume", "load", "traffic", "availability", "uptime", "sla", "slo", "people",
	// Measures of quantity: "a dairy produces 2 million litres a day" makes milk, not litres.
	"litre", "liter", "millilitre", "milliliter", "gallon", "barrel", "tonne", "ton", "kilogram", "kilo", "kg", "gram", "kwh", "mwh", "gwh",
	"kilowatt", "megawatt", "kilometre", "kilometer", "km", "mile",
	// Money and round counts measure too: "a deposit of 20 dollars", "hundreds of clinics".
	"dollar", "euro", "pound", "cent", "penny", "pence", "yen", "rupee", "hundred", "thousand", "dozen")

// thingUnits are measures that name a thing after another noun: a "job request", a "seed lot".
var thingUnits = set("request", "lot")

// adjectives qualify a name but are not one.
var adjectives = set("free", "empty", "occupied", "vacant", "open", "closed", "online", "offline", "simple", "small", "large", "big", "huge", "global", "distributed", "scalable", "mobile",
	"web", "social", "personal", "public", "private", "internal", "external", "secure", "fast", "cheap", "concurrent", "active",
	"daily", "weekly", "monthly", "yearly", "annual", "hourly", "multi-tenant", "highly", "available", "reliable", "popular",
	"similar", "basic", "full", "whole", "entire", "local", "nearby", "different", "various", "several", "single", "multiple",
	"average", "typical", "unique", "possible", "incoming", "outgoing", "recent", "latest", "top", "best", "favourite", "favorite",
	"family", "friendly", "modern", "next", "first", "last", "high", "low", "peak", "new", "searchable", "structured", "editable", "printable", "readable",
	"central", "main", "regional", "national", "nearest", "closest",
	// Whose money and where it goes: "a commercial bank's domestic transfers", "retail customers",
	// "interbank payments" qualify the bank and its transfers, as "national" does.
	"domestic", "international", "cross-border", "commercial", "retail", "interbank")

// systemWords name the thing being designed rather than what it stores.
var systemWords = set("system", "service", "app", "application", "platform", "site", "website", "tool", "backend", "back-end",
	"api", "product", "solution", "engine", "infrastructure", "portal", "dashboard", "feature", "bot", "server", "program", "software",
	"architecture", "farm", "network", "graph", "board", "helpdesk", "desk", "hub", "tracker", "sheet", "marketplace", "store", "shop", "clone", "version", "mvp", "prototype",
	"wiki", "thing", "ledger", "orchestrator", "display")

// countWords say how many: "4 million doorbells".
var countWords = set("thousand", "thousands", "million", "millions", "billion", "billions", "k", "m", "hundred", "hundreds")

// toolHeads name the system when a noun stands before them: a "password manager" and a "news
// aggregator" are tools, though a manager is a person elsewhere.
var toolHeads = set("manager", "planner", "builder", "checker", "generator", "converter", "aggregator", "scheduler", "resolver", "gateway", "proxy", "balancer")

// comparisonRe is "like Kickstarter", "like 1Password": a product the system resembles, not a
// verb ("users like posts") or a thing kept.
var comparisonRe = regexp.MustCompile(`\b(?:just |much )?like\s+(?:[A-Z0-9][\w.&'’+-]*)(?:\s+[A-Z0-9][\w.&'’+-]*)*`)

// orgWords are organisations a statement is set in; they act through their people ("40 hospitals
// request blood units", "depots ship parts").
var orgWords = set("school", "company", "organisation", "organization", "bank", "clinic", "hospital", "restaurant", "store", "shop", "household", "library", "city",
	"centre", "center", "branch", "depot", "pharmacy", "warehouse", "museum", "gallery", "kitchen", "lab", "laboratory", "farm", "charity",
	"office", "practice", "surgery", "studio", "club", "college", "university", "council", "agency", "firm", "nursery", "bakery", "cafe",
	"hotel", "garage", "workshop", "theatre", "theater", "cinema", "gym", "church", "mill", "dairy", "brewery", "winery", "hospice", "prison",
	"embassy", "consulate", "port", "airport", "marina", "archive", "factory", "plant", "site", "station", "outlet", "franchise", "chapter", "parish", "home", "family",
	"chain")

// vagueOrgs need the word before them to name who acts: a "donation centre", a "food bank", a
// "sorting office"; a "partner museum" is a museum.
var vagueOrgs = set("centre", "center", "bank", "office", "station", "site", "point", "plant", "outlet", "practice", "unit", "home")

// actorWords are roles a statement's people (and devices) play.
var actorWords = set("user", "customer", "client", "player", "gamer", "driver", "rider", "passenger", "courier", "seller", "buyer",
	"merchant", "vendor", "host", "guest", "tenant", "landlord", "owner", "member", "employee", "manager", "admin", "administrator",
	"operator", "engineer", "developer", "teacher", "student", "parent", "child", "kid", "patient", "doctor", "nurse", "clinician",
	"author", "reader", "writer", "editor", "viewer", "creator", "listener", "subscriber", "follower", "friend", "fan", "shopper",
	"traveller", "traveler", "agent", "shelter", "adopter", "volunteer", "donor", "cook", "chef", "respondent", "team", "organiser",
	"organizer", "attendee", "participant", "candidate", "recruiter", "applicant", "employer", "worker", "freelancer", "contractor",
	"investor", "trader", "lender", "pupil", "borrower", "librarian", "patron", "coach", "athlete", "runner", "device", "sensor", "watch",
	"vehicle", "robot", "tracker", "moderator", "reviewer", "publisher", "advertiser", "partner", "supplier", "dispatcher", "technician",
	"person", "household", "company", "organisation", "organization", "school", "clinic", "restaurant", "store", "shop", "bank",
	"staff", "personnel", "judge", "juror", "referee", "vet", "medic", "paramedic", "surgeon", "midwife", "physio", "gp", "pilot", "keeper", "coordinator", "dispatcher",
	// People who sell their time to households.
	"nanny", "babysitter", "sitter", "walker", "tutor", "cleaner", "handyman", "plumber", "electrician", "caregiver",
	"carer", "tradesperson", "tradesman", "tasker", "groomer", "photographer", "videographer", "trainer", "mover", "gardener", "locksmith", "roofer")

// verbs are the actions statements describe, by base form.
var verbs = set("send", "upload", "post", "join", "book", "reserve", "create", "submit", "list", "rate", "review", "view", "browse",
	"search", "find", "follow", "like", "comment", "share", "track", "import", "pay", "order", "buy", "sell", "apply", "record", "assign",
	"schedule", "run", "trigger", "start", "cancel", "watch", "stream", "play", "download", "edit", "update", "delete", "remove", "add",
	"invite", "message", "publish", "subscribe", "vote", "borrow", "return", "lend", "check", "manage", "report", "request",
	"accept", "match", "queue", "bid", "transfer", "deposit", "withdraw", "tag", "log", "write", "read", "complete", "approve", "reject",
	"register", "enroll", "enrol", "donate", "adopt", "see", "get", "receive", "set", "plan", "categorise", "categorize", "budget",
	"split", "claim", "redeem", "earn", "spend", "scan", "print", "sign", "store", "save", "keep", "answer", "ask", "grade", "mark",
	"upvote", "downvote", "bookmark", "favourite", "rent", "hire", "deliver", "pick", "drop", "assemble", "ship", "collect",
	"monitor", "measure", "compare", "pair", "challenge", "chat", "call", "host", "attend", "organise", "organize", "invest",
	"trade", "connect", "discover", "recommend", "suggest", "notify", "remind", "complain", "refund", "rank", "open", "close", "reply", "respond", "resolve", "escalate", "hail", "import", "place",
	"generate", "produce", "release", "email", "pin", "favourite", "put", "file", "attach", "calculate", "compute",
	"take", "sit", "preorder", "snap", "settle", "remix", "fulfil", "fulfill", "rsvp", "serve", "tap",
	"launch", "pledge", "swap", "renew", "tip", "sponsor", "nominate", "flag", "photograph", "film", "filter", "sort", "explore", "query", "propose", "agree", "negotiate", "arrange", "describe", "turn", "convert", "transcribe", "score",
	// Deciding the order and the hands existing things go to: triage creates nothing.
	"triage", "prioritise", "prioritize")

// irregularPlurals singularise the words the suffix rules get wrong.
var irregularPlurals = map[string]string{"people": "person", "menus": "menu", "gurus": "guru", "emus": "emu", "tofus": "tofu", "haikus": "haiku", "sudokus": "sudoku", "children": "child", "men": "man", "women": "woman",
	"handymen": "handyman", "tradesmen": "tradesman", "repairmen": "repairman", "craftsmen": "craftsman",
	"mice": "mouse", "geese": "goose", "feet": "foot", "teeth": "tooth", "data": "data", "media": "media", "criteria": "criterion",
	"analyses": "analysis", "theses": "thesis", "hypotheses": "hypothesis", "crises": "crisis", "diagnoses": "diagnosis", "indices": "index", "statuses": "status", "movies": "movie", "cookies": "cookie", "series": "series",
	"species": "species", "news": "news", "stats": "stats", "analytics": "analytics", "settings": "settings", "sms": "sms",
	"gps": "gps", "bus": "bus", "campus": "campus", "status": "status", "address": "address", "business": "business",
	"watches": "watch", "boxes": "box", "matches": "match", "branches": "branch", "classes": "class", "quizzes": "quiz",
	"leaves": "leave", "lives": "life", "wives": "wife", "knives": "knife", "shelves": "shelf", "thieves": "thief",
	"loaves": "loaf", "halves": "half", "calves": "calf", "wolves": "wolf", "hooves": "hoof", "scarves": "scarf", "sheaves": "sheaf",
	"courses": "course", "houses": "house", "purchases": "purchase", "responses": "response", "expenses": "expense",
	"licenses": "license", "licences": "licence", "databases": "database", "cases": "case", "phases": "phase",
	"releases": "release", "invoices": "invoice", "devices": "device", "services": "service", "prices": "price",
	"places": "place", "pages": "page", "images": "image", "messages": "message", "packages": "package", "garages": "garage",
	"recipes": "recipe", "profiles": "profile", "files": "file", "vehicles": "vehicle", "articles": "article", "votes": "vote",
	"quotes": "quote", "notes": "note", "routes": "route", "sites": "site", "updates": "update", "rides": "ride", "games": "game",
	"shoes": "shoe", "skis": "ski", "lenses": "lens", "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "buses": "bus", "ies": "y"}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// singularNoun returns the singular of an English noun, by the irregular table, then suffix rules.
func singularNoun(w string) string {
	w = strings.ToLower(w)
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	switch {
	case len(w) <= 3:
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s'"):
		return singularNoun(strings.TrimSuffix(w, "'")) // "members'" → member
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "'s"):
		return strings.TrimSuffix(w, "'s")
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// verbBase returns the base form of a present-tense verb ("sends" → "send", "applies" → "apply")
// and whether it is a verb the reader knows.
func verbBase(w string) (string, bool) {
	w = strings.ToLower(w)
	if verbs[w] {
		return w, true
	}
	cands := []string{strings.TrimSuffix(w, "s")}
	if strings.HasSuffix(w, "ies") {
		cands = append(cands, w[:len(w)-3]+"y")
	}
	if strings.HasSuffix(w, "es") {
		cands = append(cands, w[:len(w)-2])
	}
	for _, c := range cands {
		if c != w && verbs[c] {
			return c, true
		}
	}
	return "", false
}

// token is one word of a statement with what the reader knows about it.
type token struct {
	text, lower string
	boundary    bool // punctuation or a clause/phrase boundary word
}

func readTokens(s string) []token {
	var out []token
	quoted := false // inside a phrase opened by a single quote: its closing quote is no owner's
	for _, at := range wordRe.FindAllStringIndex(s, -1) {
		w := s[at[0]:at[1]]
		l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if l == "'" && (at[0] == 0 || s[at[0]-1] == ' ') {
			quoted = true
		}
		if l == "'" && pluralOwner(s, at, out, quoted) {
			// "our members' loans": the apostrophe belongs to the owner, as in "a member's loans".
			out[len(out)-1].text += w
			out[len(out)-1].lower += "'"
			continue
		}
		if l == "'" && quoted && at[0] > 0 && s[at[0]-1] != ' ' {
			quoted = false
		}
		if j, ok := phrasalNouns[l]; ok {
			// "sign-ups" is one thing, not "ups" signed.
			w, l = j, j
		}
		t := token{text: w, lower: l}
		if len(l) == 1 && strings.ContainsAny(l, ".,;:!?()\"'") || strings.ContainsAny(l, "“”‘’") && len([]rune(l)) == 1 || boundaryWords[l] {
			t.boundary = true
		}
		out = append(out, t)
	}
	return out
}

// pluralOwner reports an apostrophe at s[at[0]:at[1]] that makes the plural word just before it
// an owner ("the drivers' shifts"): written against the word, followed by a space and a word,
// and not the close of a phrase a single quote opened.
func pluralOwner(s string, at []int, out []token, quoted bool) bool {
	if quoted || len(out) == 0 || at[0] == 0 || at[1]+1 >= len(s) {
		return false
	}
	prev := out[len(out)-1]
	return !prev.boundary && strings.HasSuffix(prev.lower, "s") && s[at[0]-1] != ' ' && s[at[1]] == ' ' && unicode.IsLetter(rune(s[at[1]+1]))
}

// ownerWord is an owner's word as a qualifier: "animal's" → animal, "members'" → member.
func ownerWord(w string) string {
	if b, ok := strings.CutSuffix(w, "s'"); ok {
		return singularNoun(b + "s")
	}
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// nounParticles end a noun made of a verb and its particle: "weigh-in", "top-ups", "call-out".
var nounParticles = set("in", "ins", "up", "ups", "out", "outs", "off", "offs", "on", "ons", "over", "overs", "down", "downs", "back", "backs")

// phrasalNouns are hyphenated nouns made from a verb and a particle, read as one word.
var phrasalNouns = map[string]string{"sign-up": "signup", "sign-ups": "signups", "check-in": "checkin", "check-ins": "checkins",
	"check-out": "checkout", "check-outs": "checkouts", "pick-up": "pickup", "pick-ups": "pickups", "drop-off": "dropoff",
	"drop-offs": "dropoffs", "log-in": "login", "log-ins": "logins", "set-up": "setup", "follow-up": "followup",
	"follow-ups": "followups", "roll-out": "rollout", "roll-outs": "rollouts", "start-up": "startup", "start-ups": "startups",
	"walk-in": "walkin", "walk-ins": "walkins", "hand-off": "handoff", "hand-offs": "handoffs", "write-up": "writeup", "write-ups": "writeups"}

// nounLike reports whether a word can be part of a thing's name.
func nounLike(t token) bool {
	l := t.lower
	if t.boundary || readStop[l] || l == "" || l[0] >= '0' && l[0] <= '9' {
		return false
	}
	if strings.HasSuffix(l, "-like") || strings.HasSuffix(l, "ly") && !strings.HasSuffix(l, "ply") && l != "family" {
		return false
	}
	return !pastParticiple(l)
}

// pastParticiple reports whether w is a known verb's "-ed" form ("matched", "rated").
func pastParticiple(w string) bool {
	if !strings.HasSuffix(w, "ed") || len(w) < 5 {
		return false
	}
	stem := w[:len(w)-2]
	return verbs[stem] || verbs[w[:len(w)-1]] || len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && verbs[stem[:len(stem)-1]] ||
		strings.HasSuffix(stem, "i") && verbs[stem[:len(stem)-1]+"y"]
}

// casualRe is the opening of a chat-style ask ("hey can u sketch something for our", "we need
// a"), which says nothing about the system.
var casualRe = regexp.MustCompile(`(?i)^\s*(?:(?:hey|hi|hello|yo|so)\b[\s,!]*)?(?:(?:(?:we|i)(?:'re| are| am)?\s+)?(?:need|want|would like|looking for)\s+(?:a|an)\s+(?:system\s+|high-level\s+)?design\s+(?:for|of)\s+|(?:can|could|would) (?:u|you|someone|anyone)\s+|(?:we|i) (?:need|want|would like)\s+|pls\s+|please\s+)(?:to\s+)?(?:(?:sketch|design|build|make|draw|architect|spec)\s+)?(?:(?:me|us)\s+)?(?:something\s+|a thing\s+)?(?:for\s+)?`)

// readStatement reads a problem statement's actors, entities and actions.
func readStatement(s string) reading {
	s = eachDoing(plainLightVerbs(plainIdioms(s)))
	rd := reading{words: wordsOf(s)}
	casual := casualRe.MatchString(s)
	s = casualRe.ReplaceAllString(s, "")
	s = comparisonRe.ReplaceAllString(s, "")
	toks := readTokens(s)
	if len(toks) > 0 && (toks[0].lower == "design" || toks[0].lower == "build" || toks[0].lower == "architect" || toks[0].lower == "create" || toks[0].lower == "sketch") {
		toks = toks[1:]
	}
	if a, ok := readCondAlert(s); ok {
		rd.alert, rd.condSpan = &a, tokenSpan(s, a.at)
		if len(toks) < len(readTokens(s)) {
			rd.condSpan = [2]int{rd.condSpan[0] - 1, rd.condSpan[1] - 1} // the leading "design" was dropped
		}
	}
	name := rd.readName(toks)
	rd.readFor(toks)
	rd.readClauses(toks)
	rd.readArrivals(toks)
	rd.readRoles(toks)
	rd.readBy(toks)
	rd.readPrepositional(toks)
	rd.askFromProvider()
	rd.finish(name)
	rd.nameSubmitters(toks)
	rd.readMutual(s)
	rd.readPairing()
	rd.joinNames()
	rd.joinActorNames()
	rd.readDeadlines(s)
	rd.capacities = readCapacities(s)
	rd.attrs = statedAttrs(s)
	rd.keepDescribed()
	rd.fed = fedRe.MatchString(s)
	rd.staged, _ = readStaging(s)
	if d, ok := readDispatch(s); ok {
		rd.dispatch = &d
	}
	if casual && len(rd.Entities) == 0 && len(rd.Actions) == 0 {
		rd.firstNoun(toks)
	}
	if !slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Object != "" }) {
		rd.countedThings(s)
	}
	rd.readViewers(s)
	if len(rd.Entities) == 0 && rd.scene != "" {
		rd.addEntity(rd.scene)
	}
	return rd
}

// idiomRe finds a verb and a noun that together say one act, where the noun is no thing kept:
// "volunteers take part over one weekend" made an entity "Part" and "Volunteers take parts".
var idiomRe = regexp.MustCompile(`(?i)\b(take|takes|taking|took|taken|make|makes|making|made|keep|keeps|keeping|kept)\s+(part|place|sure|track\s+of|care\s+of)\b`)

// idiomVerbs say each idiom as the one verb it means, in the form of the verb that said it.
var idiomVerbs = map[string][5]string{ // base, -s, -ing, past, participle
	"part":     {"participate", "participates", "participating", "participated", "participated"},
	"place":    {"happen", "happens", "happening", "happened", "happened"},
	"sure":     {"ensure", "ensures", "ensuring", "ensured", "ensured"},
	"track of": {"track", "tracks", "tracking", "tracked", "tracked"},
	"care of":  {"handle", "handles", "handling", "handled", "handled"},
}

// plainIdioms says such idioms as their one verb.
func plainIdioms(s string) string {
	return idiomRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := idiomRe.FindStringSubmatch(m)
		forms, ok := idiomVerbs[strings.Join(strings.Fields(strings.ToLower(sub[2])), " ")]
		if !ok {
			return m
		}
		switch v := strings.ToLower(sub[1]); {
		case strings.HasSuffix(v, "ing"):
			return forms[2]
		case v == "took" || v == "made" || v == "kept":
			return forms[3]
		case v == "taken":
			return forms[4]
		case strings.HasSuffix(v, "s"):
			return forms[1]
		}
		return forms[0]
	})
}

// collectionWords name a whole set of records ("an urban forestry inventory"): where the
// statement lists what each record holds, the records are the thing kept, not the set.
var collectionWords = set("inventory", "catalogue", "catalog", "register", "registry", "directory", "database", "archive")

// keepDescribed keeps the things the statement counts and lists fields of, in the place of a
// collection word naming their set, else after what the clauses keep.
func (rd *reading) keepDescribed() {
	for _, d := range rd.attrs.described {
		if actorWords[lastWord(d)] || slices.ContainsFunc(rd.Entities, func(e string) bool { return lastWord(e) == lastWord(d) }) {
			continue
		}
		if i := slices.IndexFunc(rd.Entities, func(e string) bool { return collectionWords[lastWord(e)] }); i >= 0 {
			rd.Entities[i] = d
			continue
		}
		rd.addEntity(d)
	}
}

// lightVerbRe finds a verb that only carries a nominalised act, counted or not: "arborists do
// about 40 inspections a day", "nurses carry out assessments", "crews perform 12 repairs". The act
// is the record kept; "do" is no verb the reader knows and "carry"/"perform" would become the
// design's main thing.
var lightVerbRe = regexp.MustCompile(`(?i)\b(do|does|did|doing|perform|performs|performed|performing|conduct|conducts|conducted|conducting|carry out|carries out|carried out|carrying out|undertake|undertakes|undertook|undertaking)(\s+(?:about |around |roughly |some |up to |~)?[\d.,]+k?)?\s+([a-z]+s)\b`)

// plainActNouns are acts said as nouns that take no -ion/-ment ending.
var plainActNouns = set("repairs", "visits", "checks", "tests", "surveys", "audits", "reviews", "deliveries", "pickups", "installs", "scans", "counts", "patrols", "rounds", "tours", "fittings", "cleanings", "walkthroughs", "appraisals", "removals", "renewals", "transfers")

// plainLightVerbs says such a verb as "record", in the form it was said in, so the act is read
// as a record its actor makes ("complete" would read as a state an existing one moves to).
func plainLightVerbs(s string) string {
	return lightVerbRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := lightVerbRe.FindStringSubmatch(m)
		act := strings.ToLower(sub[3])
		if !plainActNouns[act] && !actNouns[singularNoun(act)] && !strings.HasSuffix(act, "ions") && !strings.HasSuffix(act, "ments") && !strings.HasSuffix(act, "ances") {
			return m
		}
		v := strings.ToLower(strings.Fields(sub[1])[0])
		verb := "record"
		switch {
		case strings.HasSuffix(v, "ing"):
			verb = "recording"
		case v == "did" || strings.HasSuffix(v, "ed") || v == "undertook":
			verb = "recorded"
		case strings.HasSuffix(v, "s"):
			verb = "records"
		}
		return verb + sub[2] + " " + sub[3]
	})
}

// eachDoingRe finds people counted and what each of them does, said as a participle after
// them: "80,000 volunteers take part over a weekend, each submitting one checklist".
var eachDoingRe = regexp.MustCompile(`(?i)\b([a-z]+s)\b([^.;:]*?),\s*each\s+([a-z]+ing)\b`)

// eachDoing says such a participle as the people's own clause, "…; volunteers submit one
// checklist", so what each does is read as their act: it was dropped, and the bird count's
// checklists were no entity of its design.
func eachDoing(s string) string {
	return eachDoingRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := eachDoingRe.FindStringSubmatch(m)
		base := gerundBase(strings.ToLower(sub[3]))
		if base == "" || !actorWords[singularNoun(sub[1])] {
			return m
		}
		return sub[1] + sub[2] + "; " + strings.ToLower(sub[1]) + " " + base
	})
}

// gerundBase is the verb a participle is made of, where it is one the reader knows:
// "uploading" → "upload", "making" → "make", "submitting" → "submit"; "" otherwise.
func gerundBase(w string) string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	for _, v := range []string{stem, stem + "e", stem[:len(stem)-1]} {
		if verbs[v] {
			return v
		}
	}
	return ""
}

// viewersRe finds who a statement lets see something: "visible only to judges & parties",
// "shown to managers", "readable by auditors".
var viewersRe = regexp.MustCompile(`(?i)\b(?:visible|shown|available|accessible|readable|open|restricted|limited)\s+(?:only\s+)?(?:to|by)\s+((?:[a-z-]+(?:\s*(?:,|&|and|or)\s*)?){1,4})`)

// readViewers keeps the actors named only as who may see things, unless a clause has them act.
func (rd *reading) readViewers(s string) {
	for _, m := range viewersRe.FindAllStringSubmatch(s, -1) {
		for _, w := range strings.FieldsFunc(strings.ToLower(m[1]), func(r rune) bool { return r == ',' || r == '&' || r == ' ' }) {
			a := singularNoun(w)
			if slicesContains(rd.Actors, a) && !slices.ContainsFunc(rd.Actions, func(x action) bool { return x.Actor == a }) {
				rd.viewers = append(rd.viewers, a)
			}
		}
	}
}

// requestWords count calls, not things: "100k PUTs per second" keeps objects, not puts.
var requestWords = set("put", "get", "post", "delete", "patch", "request", "req", "call", "query", "hit", "lookup", "write", "read", "op", "operation",
	"update", "click", "view", "visit")

// countedThings keeps what the statement counts by a rate, first, when no clause acts on a
// thing: "~1.2M filings per year across 65 courthouses" is about filings, not "items" or
// courthouses.
func (rd *reading) countedThings(s string) {
	var counted []string
	for _, f := range workload.Read(s).Workload.Flows {
		if f.Kind == conversation.FlowWrite && f.Name != "" && !strings.Contains(f.Name, " ") && !actorWords[f.Name] && !requestWords[f.Name] &&
			!slicesContains(counted, f.Name) {
			counted = append(counted, f.Name)
		}
	}
	if len(counted) == 0 {
		return
	}
	rest := rd.Entities
	rd.Entities = nil
	for _, e := range append(counted, rest...) {
		rd.addEntity(e)
	}
	for i, a := range rd.Actions {
		if a.Object == "" && nominal(a.Verb) == "" && a.Actor != "system" {
			// "a grain cooperative's intake system: 600 truckloads a day": what is taken in is
			// what the statement counts.
			rd.Actions[i].Object = counted[0]
		}
	}
}

// firstNoun reads a chat-style ask with no clause at all ("want search + page history, nothing
// fancy"): the first plain noun is the thing kept, rather than none.
func (rd *reading) firstNoun(toks []token) {
	for _, t := range toks {
		l := t.lower
		if !nounLike(t) || len(l) < 3 || strings.ContainsAny(l, "'’") || unitWords[singularNoun(l)] || adjectives[l] || systemWords[l] ||
			actorWords[singularNoun(l)] || verbs[l] || orgWords[singularNoun(l)] || massNouns[l] {
			continue
		}
		rd.addEntity(singularNoun(l))
		return
	}
}

// bodyNames end the names of bodies of people a statement is set in ("our credit union", "the
// housing association", "a building society"): who the system serves, not a thing it keeps.
var bodyNames = set("union", "association", "society", "cooperative", "co-op", "federation", "guild")

// compoundHeads are nouns that need the word before them to name a thing ("parking lot").
var compoundHeads = set("lot", "card", "room", "rate", "list", "signup", "item", "plan", "sample", "update", "entry", "slot", "box", "line", "log")

// noticeWords are what people get told by: getting one is a notification (tellsRe), not a row.
var noticeWords = set("text", "sms", "email", "notification", "alert", "push", "reminder", "ping", "call")

// massNouns are objects no one stores one row of; the action's record is kept instead ("transfer
// money" keeps transfers).
var massNouns = set("storage", "usage", "hosting", "care", "science", "research", "education", "healthcare", "money", "fund", "cash", "credit", "data", "information", "info", "feedback", "help", "time", "content", "stuff", "up")

// readName reads the phrase naming the system ("a library book lending system"): a gerund or an
// action noun names the action ("lending" → lend), the noun before it its object ("book"), and
// earlier nouns only set the scene ("library"). It returns the action it found, if any.
func (rd *reading) readName(toks []token) action {
	var words []string
	proper, end, owned := true, len(toks), false
	for i, t := range toks {
		if t.boundary || (systemWords[t.lower] || toolHeads[t.lower]) && len(words) > 0 {
			end = i
			break
		}
		if len(words) == 0 && i > 0 && subjectPronouns[toks[i-1].lower] {
			// "We run a network of …": a clause about the team, not a name for the system.
			return action{}
		}
		if !nounLike(t) || adjectives[t.lower] || systemWords[t.lower] || len(words) > 0 && participleClause(toks, i) {
			if len(words) > 0 {
				end = i
				break
			}
			continue
		}
		proper = proper && t.text[0] >= 'A' && t.text[0] <= 'Z'
		if owners(t.lower) {
			// "a grain cooperative's intake system": the owner is who runs it, not what it keeps.
			words, owned = nil, true
			continue
		}
		if strings.Contains(t.lower, "-and-") {
			continue // "lost-and-found", "click-and-collect": a trade, not a thing kept
		}
		// "ride-hailing": the parts of a hyphenated name read as words.
		// "e-filing", "e-commerce": a one-letter prefix is part of the word, not a thing.
		// But "weigh-in", "top-up", "call-out": a verb and its particle are one noun.
		if parts := strings.Split(t.lower, "-"); len(parts) == 2 && len(parts[0]) > 1 && !strings.HasSuffix(t.lower, "-like") && !nounParticles[parts[1]] {
			words = append(words, parts...)
			continue
		}
		words = append(words, t.lower)
	}
	if len(words) == 0 || len(words) > 1 && words[0] != singularNoun(words[0]) && (actorWords[singularNoun(words[0])] || orgWords[singularNoun(words[0])]) {
		return action{} // "pupils choose electives", "nurseries pot seedlings": a clause, no system's name
	}
	if actsInName(words) || pluralActs(words, toks, end) {
		return action{}
	}
	if proper && !(end < len(toks) && systemWords[toks[end].lower] && toks[end].text[0] <= 'Z') {
		// "Amazon S3", "Reddit": a product's name says nothing about what it keeps (a title-cased
		// "Photo Sharing App" is still read). What follows a colon or dash describes it.
		if end < len(toks) && (toks[end].lower == ":" || toks[end].lower == ",") {
			return rd.readName(toks[end+1:])
		}
		return action{}
	}
	for len(words) > 1 && (noticeWords[words[len(words)-1]] || words[len(words)-1] == "care") {
		// "a plant care reminder app": reminders are what it sends, care what it is for; the
		// plants are what it keeps.
		words = words[:len(words)-1]
	}
	last := words[len(words)-1]
	if v, ok := actionNoun(last); ok {
		a := action{Actor: "user", Verb: v}
		if len(words) > 1 {
			if o := nameHead(words[:len(words)-1]); orgWords[o] {
				// "school grading": the organisation sets the scene, it is not what is graded
			} else if actorWords[o] {
				rd.addActor(o) // "volunteer scheduling": who is scheduled
				rd.named = append(rd.named, o)
				a.Object = o
			} else {
				rd.addEntity(o)
				a.Object = o
			}
		}
		rd.addAction(a)
		return a
	}
	rd.keepNamed(words, owned)
	return action{}
}

// keepNamed reads what a system's name keeps when it names no action: a role it is for, the
// place it runs in, or a thing. owned says an owner's word came before the words.
func (rd *reading) keepNamed(words []string, owned bool) {
	switch o := nameHead(words); {
	case actorWords[o]:
		rd.addActor(o)
		rd.named = append(rd.named, o)
	case orgWords[o] && (!vagueOrgs[o] || owned || len(words) > 1):
		// "plant care" is about plants; "a coroner's office", "a dental practice" are places, kept
		// only when nothing else is.
		rd.scene = o
	case massNouns[o], bodyNames[o]:
	case !strings.HasSuffix(o, "ing") && !strings.HasSuffix(o, "ness") && !strings.HasSuffix(o, "ity"): // "banking", "fitness" name a trade, not a thing kept
		rd.addEntity(o)
	}
}

// nameHead names a thing from the nouns of a name: the last, with the one before it when the last
// needs it ("parking lot"), singular.
func nameHead(words []string) string {
	n := 1
	if len(words) > 1 && compoundHeads[singularNoun(words[len(words)-1])] {
		n = 2
	}
	return phraseName(words[len(words)-n:])
}

// nameSubmitters names who submits what the system takes in when the statement leaves them
// unsaid ("hail-claim intake for a car insurer": policyholders file the claims its adjusters
// triage): the person whose thing it is, never the staff who decide on it nor a bare "user".
func (rd *reading) nameSubmitters(toks []token) {
	for i, a := range rd.Actions {
		who, ok := submitters[a.Object]
		if a.Actor != "user" || a.Verb != "submit" || !ok {
			continue
		}
		if a.Object == "claim" && slices.ContainsFunc(toks, func(t token) bool { return strings.HasPrefix(t.lower, "insur") }) {
			who = "policyholder"
		}
		rd.Actions[i].Actor = who
		rd.Actors = slices.DeleteFunc(rd.Actors, func(x string) bool { return x == "user" })
		rd.addActor(who)
	}
}

// submitters are who hands in a kind of thing taken in, by the thing.
var submitters = map[string]string{"claim": "claimant", "referral": "referrer", "application": "applicant", "filing": "filer",
	"complaint": "complainant", "appeal": "appellant", "grant application": "applicant", "proposal": "proposer"}

// takenIn are nouns for a system taking things in: what it takes in is submitted to it.
var takenIn = map[string]string{"intake": "submit", "submission": "submit", "submissions": "submit"}

// actionNoun reads a gerund or an action noun as its verb: "lending" → lend, "adoption" → adopt,
// "matchmaking" → match.
func actionNoun(w string) (string, bool) {
	if strings.HasSuffix(w, "making") && len(w) > 6 {
		return w[:len(w)-6], true
	}
	if stem, ok := strings.CutSuffix(w, "ment"); ok && verbs[stem] { // "bed management" → manage beds
		return stem, true
	}
	if v, ok := takenIn[w]; ok {
		return v, true // "claim intake" takes in claims someone submits
	}
	for _, suffix := range []string{"ation", "ing", "ion"} {
		if !strings.HasSuffix(w, suffix) {
			continue
		}
		stem := strings.TrimSuffix(w, suffix)
		for _, c := range []string{stem, stem + "e"} {
			if verbs[c] {
				return c, true
			}
		}
		if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && verbs[stem[:len(stem)-1]] { // "shopping" → shop
			return stem[:len(stem)-1], true
		}
	}
	return "", false
}

// readClauses finds "actor verb object" clauses, "that/which verb object" clauses whose subject
// is the system itself, and "for tracking pallets" clauses whose subject is left unsaid.
func (rd *reading) readClauses(toks []token) {
	last, lastActor := "", ""
	for i := 1; i < len(toks); i++ {
		if i >= rd.forSpan[0] && i < rd.forSpan[1] {
			continue // "reader reports" in what the system is for names reports, it is no clause
		}
		v, actor, at, ok := rd.clauseVerb(toks, i, lastActor)
		i = at
		if !ok || rd.inCondition(i, actor, rd.condSpan) {
			continue
		}
		v, j, from := particlesAfterVerb(v, toks, i+1)
		obj, n := clauseObject(toks, j)
		if namesSystem(obj, toks, j) {
			continue // "a lab results delivery system": a noun compound naming it, no clause
		}
		if o, _ := sizedPer(toks, j); o != "" && o == obj {
			rd.sized = append(rd.sized, o)
		}
		v, again, m := particlesAfterObject(v, toks, j+n)
		n += m
		state, s := markedState(v, obj, toks, j+n)
		n += s
		prep := particles(toks[from:j])
		v, prep = signUp(v, prep)
		before := last // what "that" or "which" refers to
		if j > i+1 && toks[j-1].lower == "for" && purposeNouns[singularNoun(lastWord(obj))] && last != "" {
			obj, prep = last, "" // "shoppers preorder for pickup": they preorder what was just named, to collect it
		}
		if obj == "" {
			obj, n = rd.unsaidObject(v, toks, i, j, last, n)
		}
		lastActor = rd.clauseActor(actor, lastActor)
		if massNouns[lastWord(obj)] && !(carrierVerbs[v] && strings.Contains(obj, " ")) {
			obj = "" // "transfer money"; but "members log material usage" keeps usage records
		}
		actor, v, obj, n = plainClause(actor, v, obj, toks, j, n)
		if into, end := rd.turnedInto(v, obj, actor, toks, j+n); into != "" {
			i, last = end, into
			continue
		}
		if noticeWords[lastWord(obj)] && (v == "get" || v == "receive") {
			continue // "guests get a text when their table is ready": a notification, not a thing kept
		}
		obj, n = orRecord(v, toks, j, obj, n)
		if obj == "" && nominal(v) == "" {
			rd.dropIdle(actor)
			continue // "get", "see" without an object say nothing the design can keep
		}
		if head, ok := strings.CutSuffix(obj, " status"); ok && stateVerbs[v] {
			obj = head // "nurses update bed status": the bed's state changes, no status row is kept
		}
		if obj != "" && !actorWords[lastWord(obj)] {
			rd.addEntity(obj)
			last = obj
		}
		rd.readSender(v, obj, toks, j+n)
		actor, v = rd.rentedTo(actor, v, toks, j+n)
		a := action{Actor: actor, Verb: v, Object: obj, State: state}
		if obj != "" {
			a.Prep = prep
			rd.readAfterObject(&a, toks, j+n)
			readNearby(&a, toks, j, j+n)
			a.Public = readsVerbs[v] && openTo(toks, i, j+n)
		}
		if actor == "system" && before != "" && before != obj && (toks[i-1].lower == "that" || toks[i-1].lower == "which") {
			a.From = before // "meal plans that generate a shopping list"
		}
		if m := rd.readContainer(&a, toks, j+n); m > 0 {
			n += m
			last = a.Into
		} else if m := rd.readTarget(&a, toks, j+n); m > 0 {
			n += m
		}
		rd.addAction(a)
		if again != "" {
			rd.addAction(action{Actor: a.Actor, Verb: again, Object: a.Object})
		}
		i = j + n - 1
	}
}

// clauseVerb is verbAt, reading "show families the playgrounds around them" as the families'
// own read; at is where the clause's verb or, for a showing, its people stand.
func (rd *reading) clauseVerb(toks []token, i int, lastActor string) (v, actor string, at int, ok bool) {
	v, actor, ok = rd.verbAt(toks, i, lastActor)
	if who, k, shown := shownTo(toks, i); shown {
		return "see", who, k, true // "show families the playgrounds": families see them
	}
	return v, actor, i, ok
}

// unsaidObject reads the object of a clause (its verb at toks[i]) whose noun phrase at toks[j]
// names none: "what is in the fridge", "what they drop off", else what a pronoun or a shared verb
// stands for, else the noun a relative clause hangs from. n is how many tokens the clause's
// object took so far.
func (rd *reading) unsaidObject(v string, toks []token, i, j int, last string, n int) (string, int) {
	if o, m := whatClause(v, toks, j); o != "" {
		return o, m // "see what is in the fridge", "log what they drop off"
	}
	if o := rd.understood(v, toks, j, last); o != "" {
		return o, n
	}
	return relativeObject(toks, i), n // "outages that customers report"
}

// clauseActor keeps a clause's actor among the statement's actors and returns the actor a next
// clause without a subject falls back on; the system and whoever reads with no account hold
// nothing of their own.
func (rd *reading) clauseActor(actor, last string) string {
	if actor == "system" || actor == publicActor {
		return last
	}
	rd.addActor(actor)
	return actor
}

// dropIdle forgets an actor read only as the subject of something that happens to it ("when an
// ingredient runs out"): it acts in no clause and the system's name does not name it.
func (rd *reading) dropIdle(actor string) {
	if slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Actor == actor }) || slicesContains(rd.named, actor) {
		return
	}
	rd.Actors = slices.DeleteFunc(rd.Actors, func(x string) bool { return x == actor })
}

// plainClause says a clause at toks[j:j+n] the way the design keeps it (plainVerb), and reads
// "each truck gets OCR on 4 camera images" as the system reading the images: OCR is a step it
// runs, not a thing the truck keeps. It returns the clause and its new length.
func plainClause(actor, v, obj string, toks []token, j, n int) (string, string, string, int) {
	v, obj = plainVerb(v, obj)
	if pv, on, m := processedOn(v, obj, toks, j+n); on != "" {
		return "system", pv, on, n + m
	}
	return actor, v, obj, n
}

// processNouns are steps a system runs on something, named as a noun that a subject "gets" or
// "undergoes", with the verb the design says them with.
var processNouns = map[string]string{"ocr": "read", "recognition": "read", "transcription": "transcribe", "screening": "scan", "x-ray": "scan"}

// processedOn reads "gets OCR on 4 camera images" after a get/receive/undergo clause whose
// object is a processing step (obj): the verb of that step and what it runs on, read at toks[k],
// with how many tokens that took. on is "" when the clause is no such step.
func processedOn(v, obj string, toks []token, k int) (pv, on string, n int) {
	pv = processNouns[lastWord(obj)]
	if pv == "" || (v != "get" && v != "receive" && v != "undergo") || k >= len(toks) || (toks[k].lower != "on" && toks[k].lower != "of") {
		return "", "", 0
	}
	j := k + 1
	if j < len(toks) && digitLed(toks[j].lower) {
		j++ // "on 4 camera images"
	}
	on, m := objectAt(toks, j)
	if on == "" {
		return "", "", 0
	}
	return pv, on, j + m - k
}

// plainVerb says a clause the way the design keeps it: "electricians get paid" receive a payout,
// "photograph their plants" uploads plant photos.
func plainVerb(v, obj string) (string, string) {
	if v == "get" && obj == "paid" {
		return "receive", "payout"
	}
	if media, ok := filmed[v]; ok && obj != "" {
		return "upload", obj + " " + media
	}
	return v, obj
}

// markedState reads the state a marking verb leaves its object in, at toks[k] ("mark rooms
// clean": clean, not part of the room's name), and how many tokens it took.
func markedState(v, obj string, toks []token, k int) (string, int) {
	if (stateVerbs[v] || v == "flag") && obj != "" && k < len(toks) && markStates[toks[k].lower] {
		return toks[k].lower, 1
	}
	return "", 0
}

// understood is the object a clause leaves out, at toks[j]: what a pronoun stands for ("users
// rate them": last), or, for a decision said alone ("employees snap receipts, managers
// approve"), what the system is for.
func (rd *reading) understood(v string, toks []token, j int, last string) string {
	switch {
	case j < len(toks) && isPronoun(toks[j].lower) && last == "":
		return rd.antecedent(toks, j)
	case j < len(toks) && isPronoun(toks[j].lower):
		return last
	case (decideVerbs[v] || tradeVerbs[v]) && j < len(toks) && (toks[j].lower == "and" || toks[j].lower == "or"):
		// "clerks review and accept or reject filings", "farmers buy and sell hay": the verbs
		// share the object said last.
		for k := j + 1; k < len(toks) && k < j+6 && !toks[k].boundary || k < len(toks) && (toks[k].lower == "and" || toks[k].lower == "or"); k++ {
			if _, ok := verbBase(toks[k].lower); ok {
				if o, _ := objectAt(toks, k+1); o != "" {
					return o
				}
			}
		}
	case decideVerbs[v] && len(rd.Entities) > 0 && (j >= len(toks) || toks[j].boundary):
		return rd.Entities[0]
	}
	return ""
}

// relativeObject is the noun a relative clause hangs from when the clause's verb at toks[i] has
// no object of its own: "outages that customers report" reports outages, "the food parcels
// which local shops donate" donates them. The subject between the relative word and the verb is
// at most three words ("local shops", "law firms"); "" when no such clause stands there.
func relativeObject(toks []token, i int) string {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		w := toks[k].lower
		if w != "that" && w != "which" {
			if toks[k].boundary {
				return ""
			}
			continue
		}
		if k == i-1 || !nounLike(toks[k-1]) {
			return "" // "crews that report": the relative word is the subject
		}
		return singularNoun(toks[k-1].lower)
	}
	return ""
}

// antecedent is what a pronoun at toks[j] stands for when no clause before it named a thing:
// the nearest thing before it that the statement counts or has already read, passing over
// people, measures and what those things come with ("40,000 claims in 48 hours, each with 5-15
// photos; 250 adjusters triage them" triages claims, not photos), or "".
func (rd *reading) antecedent(toks []token, j int) string {
	for k := j - 1; k >= 1 && toks[k].lower != "."; k-- {
		w := singularNoun(toks[k].lower)
		if w == toks[k].lower || !nounLike(toks[k]) || unitWords[w] || actsAlone(w) {
			continue
		}
		if slicesContains(rd.Entities, w) || arriveWords[toks[k+1].lower] {
			return w // "prescriptions arrive from wards and pharmacists verify them"
		}
		m := k - 1
		for m >= 0 && (digitLed(toks[m].lower) || countWords[toks[m].lower] || toks[m].lower == "to") {
			m-- // "5-15 photos", "2 to 3 million claims"
		}
		if m < k-1 && (m < 0 || toks[m].lower != "with" && toks[m].lower != "of") {
			return w
		}
	}
	return ""
}

// digitLed reports a word that starts with a digit: "40,000", "5-15", "2k".
func digitLed(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// clauseObject reads a clause's object at toks[j]: a thing named, or the thing a question asks
// for ("find which nearby pharmacy has a drug in stock" finds the pharmacy; but "describe what
// they lost" is a clause of its own), and how many tokens it takes.
func clauseObject(toks []token, j int) (string, int) {
	if o, m := sizedPer(toks, j); o != "" {
		return o, m
	}
	if j+2 < len(toks) && (toks[j].lower == "one" || toks[j].lower == "any" || toks[j].lower == "some") && toks[j+1].lower == "of" {
		k := j + 2 // "reserve one of the 4 pool vans" asks for a van
		for k < len(toks) && (determiners[toks[k].lower] || digitLed(toks[k].lower)) {
			k++
		}
		if o, m := objectAt(toks, k); o != "" {
			return o, k - j + m
		}
	}
	obj, n := objectAt(toks, j)
	if o, m := placeIn(obj, toks, j+n); o != "" {
		return o, n + m // "reserve places on weekend workshops" asks for the workshop
	}
	if obj == "" && j+1 < len(toks) && (toks[j].lower == "which" || toks[j].lower == "what") && !readStop[toks[j+1].lower] {
		if o, m := objectAt(toks, j+1); o != "" {
			return o, m + 1
		}
	}
	return obj, n
}

// placeHeads are a place in something else: a seat on a trip, a spot in a class.
var placeHeads = set("place", "seat", "spot", "space", "berth")

// placeIn reads the occasion a place is taken in when obj is only the place ("places on weekend
// workshops", "a seat on the coach trip"): a class, a tour, a trip; k is the token after obj. It returns the occasion and
// how many tokens it used, or "" when obj is not a place in anything.
func placeIn(obj string, toks []token, k int) (string, int) {
	if !placeHeads[lastWord(obj)] || k+1 >= len(toks) {
		return "", 0
	}
	switch toks[k].lower {
	case "on", "in", "at", "for", "aboard":
		if o, m := objectAt(toks, k+1); o != "" && isOccasion(lastWord(o)) {
			return o, m + 1 // a spot in a garage is still the spot that is reserved
		}
	}
	return "", 0
}

// sizedPer reads an output said by its size at toks[j], "2 TB per run", "40 GB a slide", as the
// thing measured (run, slide): what a machine produces is the run, kept with its bytes. It
// returns "" when toks[j] opens no size.
func sizedPer(toks []token, j int) (string, int) {
	k := j
	if k < len(toks) && digitLed(toks[k].lower) && !byteUnits[strings.TrimLeft(toks[k].lower, "0123456789.,")] {
		k++ // "2 TB"; "2tb" is one token
	}
	if k >= len(toks) || !byteUnits[strings.TrimLeft(toks[k].lower, "0123456789.,")] || k+2 >= len(toks) {
		return "", 0
	}
	if p := toks[k+1].lower; (p == "per" || p == "a" || p == "each") && nounLike(toks[k+2]) && !unitWords[singularNoun(toks[k+2].lower)] {
		return singularNoun(toks[k+2].lower), k + 3 - j
	}
	return "", 0
}

// byteUnits measure data.
var byteUnits = set("kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "bytes", "kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes")

// namesSystem reports a clause's object, at toks[j], that is a bare singular name of a system
// ("delivery system", "reporting tool"): the words before it are a compound naming the system ("a lab
// results delivery system"), not someone acting on it, which would take an article ("the
// admins configure the platform").
func namesSystem(obj string, toks []token, j int) bool {
	ws := strings.Fields(obj)
	if len(ws) < 2 || j+len(ws) > len(toks) || determiners[toks[j].lower] {
		return false // "sellers list products", "farms supply stores": a thing acted on
	}
	head := toks[j+len(ws)-1].lower // a bare singular: "delivery system", not "farm shops"
	return (systemWords[head] || toolHeads[head]) && head == lastWord(obj)
}

// particlesAfterVerb reads the particles between a verb and its object, from toks[j]: "out"
// makes a letting verb provide ("each store rents out 150 tools": it lets them, others rent
// them); "up", "to", "for", "on" lead to the object ("sign up for", "subscribe to", "vote on").
// It returns the verb, where the object starts and where the particles after "out" start.
func particlesAfterVerb(v string, toks []token, j int) (string, int, int) {
	from := j
	if j < len(toks) && toks[j].lower == "out" && outVerbs[v] {
		v, j, from = v+" out", j+1, j+1
	}
	if v == "check" && j+1 < len(toks) && phrasals[v][toks[j].lower] && determiners[toks[j+1].lower] {
		// "check in the beers they drink": the particle before its object, a check-in of each
		// beer as "check swimmers in" is; "check in at the depot" names a place, no object.
		v, j, from = v+" "+toks[j].lower, j+1, j+1
	}
	for j < len(toks) && (toks[j].lower == "up" || toks[j].lower == "in" && v == "sign" || toks[j].lower == "to" || toks[j].lower == "for" || toks[j].lower == "on") {
		j++
	}
	return v, j, from
}

// particlesAfterObject reads a phrasal verb's particle after its object, at toks[k]:
// "lifeguards check swimmers in" is a check-in, written, not a look at swimmers. A second
// particle joined by "and" is a second act of the same verb ("sign keys out and back in"). It
// returns the verb, the second act ("" when none) and how many tokens it took.
func particlesAfterObject(v string, toks []token, k int) (string, string, int) {
	p, m := phrasalParticle(v, toks, k)
	if p == "" {
		return v, "", 0
	}
	again := ""
	if e := k + m; e < len(toks) && toks[e].lower == "and" {
		if p2, m2 := phrasalParticle(v, toks, e+1); p2 != "" && p2 != p {
			again, m = v+" "+p2, m+1+m2
		}
	}
	return v + " " + p, again, m
}

// outVerbs take "out" to turn from asking to providing: to rent out, hire out or loan out is to
// let others rent, hire or borrow.
var outVerbs = set("rent", "hire", "loan", "lend")

// letVerbs provide a thing others ask for: whoever does them is no asker.
var letVerbs = set("rent out", "hire out", "loan out", "lend out", "lend")

// askFromProvider gives an asking said without its object the object a provider lets: "each store
// rents out 150 tools, customers reserve online" has the customers reserve tools. Who asks is the
// provider's counterpart, never the provider.
func (rd *reading) askFromProvider() {
	for i, a := range rd.Actions {
		if a.Object != "" || a.Actor == "system" || !askVerbs[a.Verb] {
			continue
		}
		for _, p := range rd.Actions {
			if letVerbs[p.Verb] && p.Actor != a.Actor && p.Object != "" && !actorWords[lastWord(p.Object)] {
				// What the provider lets is what is asked for, and the asking is the provider's
				// record of it: a rental, handed over and brought back.
				rd.Actions[i].Object, rd.Actions[i].Kept = p.Object, nominal(p.Verb)
				break
			}
		}
	}
}

// phrasals are the verbs whose particle may stand after their object and make another act of
// them: to check a swimmer in records an arrival; to check one is to look.
var phrasals = map[string]map[string]bool{"check": {"in": true, "out": true}, "sign": {"in": true, "out": true},
	"pick": {"up": true}, "drop": {"off": true}}

// phrasalParticle reads the particle of a phrasal verb after its object, at toks[k]: "check
// swimmers in", "check bikes back out". The particle closes its clause: in "check swimmers in
// the lobby" it opens a place. It returns the particle and how many tokens it took.
func phrasalParticle(v string, toks []token, k int) (string, int) {
	n := 0
	if k < len(toks) && toks[k].lower == "back" {
		n = 1 // "check them back in": the same act, done again
	}
	if k+n >= len(toks) || !phrasals[v][toks[k+n].lower] {
		return "", 0
	}
	if next := k + n + 1; next < len(toks) && !toks[next].boundary {
		return "", 0
	}
	return toks[k+n].lower, n + 1
}

// readSender reads who sends what a clause gets, at toks[k]: "electricians get job requests from
// homeowners" has the homeowners send them.
func (rd *reading) readSender(v, obj string, toks []token, k int) {
	if (v != "get" && v != "receive") || obj == "" || k+1 >= len(toks) || toks[k].lower != "from" {
		return
	}
	if from := singularNoun(toks[k+1].lower); from != toks[k+1].lower && (actorWords[from] || roleSuffix(from) && !notRoles[from]) {
		rd.addActor(from)
		rd.addAction(action{Actor: from, Verb: "send", Object: obj})
	}
}

// readContainer reads the container a clause puts its object into, at toks[k] ("save recipes to
// meal plans"), and returns how many tokens it used; 0 when there is none.
func (rd *reading) readContainer(a *action, toks []token, k int) int {
	if a.Object == "" || !containerVerbs[a.Verb] || k >= len(toks) || toks[k].lower != "to" && toks[k].lower != "into" && toks[k].lower != "onto" {
		return 0
	}
	into, m := objectAt(toks, k+1)
	if into == "" || actorWords[lastWord(into)] {
		return 0
	}
	a.Into = into
	rd.addEntity(into)
	return m + 1
}

// orRecord reads a record noun that objectAt took for a measure as the object of a decision:
// "clerks approve requests" keeps requests, and hours recorded keep time entries. Any other
// object stays as it was.
func orRecord(v string, toks []token, j int, obj string, n int) (string, int) {
	if obj == "" && transitions[v] && j < len(toks) && recordNouns[singularNoun(toks[j].lower)] {
		return singularNoun(toks[j].lower), 1
	}
	if obj == "" && carrierVerbs[v] && j < len(toks) && (toks[j].lower == "hours" || toks[j].lower == "time") {
		return "time entry", 1 // "volunteers record hours": each entry of time given is kept
	}
	return obj, n
}

// readAfterObject reads what follows a clause's object at toks[k]: whom it is asked of ("from
// 3 central kitchens") and the span it is taken for ("for a weekend").
func (rd *reading) readAfterObject(a *action, toks []token, k int) {
	if src := rd.fromWhom(toks, k); src != "" && a.Actor != "system" {
		a.Source = src
	}
	if windowVerbs[a.Verb] {
		if a.With = rd.bookedWith(toks, k); a.With != "" {
			a.Has = "" // "with a swimming instructor" is whose time, not what the lesson records
		}
	}
	a.Has = readHas(toks, k)
	if w := windowAfter(toks, k); w != "" {
		if rd.windows == nil {
			rd.windows = map[string]string{}
		}
		rd.windows[a.Object] = w
	}
}

// particles writes the words between a verb and its object: "for", "up for".
func particles(ts []token) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.lower)
	}
	return strings.Join(out, " ")
}

// joinNames reads a one-word object as the longer name the statement gave the same thing:
// "volunteers submit bird counts, scientists verify counts" verifies the bird counts.
func (rd *reading) joinNames() {
	for i, a := range rd.Actions {
		if a.Object == "" || strings.Contains(a.Object, " ") {
			continue
		}
		for _, e := range rd.Entities {
			if e != a.Object && lastWord(e) == a.Object && strings.Contains(e, " ") {
				rd.Actions[i].Object = e
				rd.Entities = slices.DeleteFunc(rd.Entities, func(x string) bool { return x == a.Object })
				break
			}
		}
	}
}

// joinActorNames reads a one-word actor as the longer name the statement gave the same thing:
// "a city's public swimming pools: 14 pools publish lane schedules" has the swimming pools
// publish, one kind of thing under one name, not a swimming pool and a pool beside it.
func (rd *reading) joinActorNames() {
	for _, a := range slices.Clone(rd.Actors) {
		if strings.Contains(a, " ") {
			continue
		}
		i := slices.IndexFunc(rd.Entities, func(e string) bool { return strings.Contains(e, " ") && lastWord(e) == a })
		if i < 0 || slices.ContainsFunc(rd.Entities[i+1:], func(e string) bool { return strings.Contains(e, " ") && lastWord(e) == a }) {
			continue // none, or two kinds of it ("swimming pools and paddling pools"): which one is meant is not said
		}
		long := rd.Entities[i]
		acts := slices.ContainsFunc(rd.Actions, func(x action) bool { return x.Actor == a })
		if !acts && !slices.Contains(rd.named, a) {
			// "hospitals request blood units, and units expire", "60 halls list free hours":
			// a thing that does nothing the design keeps is the thing, not a role beside it.
			rd.Actors = slices.DeleteFunc(rd.Actors, func(x string) bool { return x == a })
			continue
		}
		if slices.ContainsFunc(rd.Actions, func(x action) bool { return x.Object == long }) {
			continue // acted on and acting: which one the short name means is not said
		}
		rd.Entities = slices.Delete(rd.Entities, i, i+1)
		rename := func(s *string) {
			if *s == a {
				*s = long
			}
		}
		for k := range rd.Actors {
			rename(&rd.Actors[k])
		}
		for k := range rd.named {
			rename(&rd.named[k])
		}
		for k := range rd.Actions {
			rename(&rd.Actions[k].Actor)
			rename(&rd.Actions[k].Object)
			rename(&rd.Actions[k].Source)
		}
	}
}

// fromWhom reads the organisation or role a clause asks its object of, "from 3 central
// kitchens", at toks[k]; "" when none follows.
func (rd *reading) fromWhom(toks []token, k int) string {
	if k >= len(toks) || toks[k].lower != "from" {
		return ""
	}
	for j := k + 1; j < len(toks) && j <= k+4 && !toks[j].boundary; j++ {
		w := toks[j].lower
		s := singularNoun(w)
		if s == w || !nounLike(toks[j]) {
			continue // "3", "central"
		}
		if orgWords[s] || actorWords[s] || roleSuffix(s) && !notRoles[s] {
			rd.addActor(s)
			return s
		}
		return ""
	}
	return ""
}

// windowWords are spans of time a thing is taken for.
var windowWords = set("weekend", "season", "night", "day", "week", "hour", "slot", "month", "afternoon", "morning", "evening", "shift",
	"term", "semester", "session", "outing", "overnight", "fortnight", "half-day", "trip", "stay", "period", "minute", "year", "summer", "winter")

// bookedWith reads the person a booking at toks[k] is made with: "with one of 6 artists", "with
// a tutor", "with their physiotherapist"; "" when "with" names no person ("with a sea view").
func (rd *reading) bookedWith(toks []token, k int) string {
	if k >= len(toks) || toks[k].lower != "with" {
		return ""
	}
	head := ""
	for j := k + 1; j < len(toks) && j <= k+6 && (!toks[j].boundary || toks[j].lower == "of"); j++ {
		if nounLike(toks[j]) && !countWords[toks[j].lower] && toks[j].lower != "one" { // "one of 6 artists"
			head = singularNoun(toks[j].lower) // the phrase's last noun: "a swimming instructor"
		}
	}
	if head != "" && (actorWords[head] || roleSuffix(head) && !notRoles[head] || slicesContains(rd.Actors, head)) {
		rd.addActor(head)
		return head
	}
	return ""
}

// windowAfter reads the span of time a clause's object is taken for, at toks[k]: "for a
// weekend", "in 30-minute slots", "by the hour", "overnight". "" when none follows.
func windowAfter(toks []token, k int) string {
	if k < len(toks) && toks[k].lower == "overnight" {
		return "overnight"
	}
	if k >= len(toks) || toks[k].lower != "for" && toks[k].lower != "in" && toks[k].lower != "by" {
		return ""
	}
	var words []string
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].lower
		if toks[j].boundary && w != "a" {
			break
		}
		words = append(words, toks[j].text)
		for _, part := range strings.Split(w, "-") {
			if windowWords[singularNoun(part)] {
				if j+1 < len(toks) && windowWords[singularNoun(toks[j+1].lower)] {
					words = append(words, toks[j+1].text) // "30-minute slots"
				}
				return strings.Join(words, " ")
			}
		}
	}
	return ""
}

// turnedInto reads what a clause that turns or converts its object makes of it ("volunteers turn
// donations into food parcels"), and where that reading ends; "" for any other clause.
func (rd *reading) turnedInto(v, obj, actor string, toks []token, k int) (string, int) {
	if v != "turn" && v != "convert" || obj == "" {
		return "", 0
	}
	return rd.readInto(toks, k, actor, obj)
}

// readInto reads what a thing is turned into ("turns lecture recordings … into searchable
// transcripts": transcripts are made from recordings) from toks[k], past a measure or a period
// between them. It returns the new thing and the index of its last token, or "" when no "into"
// follows.
func (rd *reading) readInto(toks []token, k int, actor, obj string) (string, int) {
	start := k
	for k < len(toks) && k < start+3 && toks[k].lower != "into" && !toks[k].boundary {
		k++
	}
	if k >= len(toks) || toks[k].lower != "into" {
		return "", 0
	}
	into, m := objectAt(toks, k+1)
	if into == "" {
		return "", 0
	}
	rd.addEntity(obj)
	rd.addEntity(into)
	rd.addAction(action{Actor: actor, Verb: "generate", Object: into, From: obj})
	return into, k + m
}

// unknownVerb reads a word the verb list lacks as a verb where English grammar leaves nothing
// else: after a plural role that opens its clause, a plain lower-case word is what they do
// ("creators launch projects", "2 million backers pledge"). The list cannot hold every trade's
// verbs; the position can.
func unknownVerb(toks []token, i int) (string, bool) {
	if v, ok := unknownVerbAfterOne(toks, i); ok {
		return v, true
	}
	t, p := toks[i], toks[i-1]
	s := singularNoun(p.lower)
	// An owner's word is followed by what it owns, never by its verb: "a bank's domestic
	// transfer system" describes the bank's transfer system (singularNoun drops the 's, which
	// made the owner look like a plural subject and "domestic" its verb).
	if owners(p.lower) || s == p.lower || !nounLike(p) || !nounLike(t) || t.text != t.lower || len(t.lower) < 3 || strings.HasSuffix(t.lower, "s") ||
		strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed") || adjectives[t.lower] || unitWords[t.lower] ||
		systemWords[t.lower] || actorWords[t.lower] || massNouns[t.lower] {
		return "", false
	}
	if !actorWords[s] && !roleSuffix(s) && !groupWords[s] && !orgWords[s] {
		return "", false // "crews fix potholes" as "backers pledge", "warehouses pack boxes"
	}
	k := i - 2
	for k >= 0 && (adjectives[toks[k].lower] || toks[k].lower[0] >= '0' && toks[k].lower[0] <= '9' || readStop[toks[k].lower] && !clauseStart[toks[k].lower] && toks[k].lower != "that" && toks[k].lower != "which") {
		k-- // "2 million backers", "all the hosts"
	}
	if k >= 0 && actorWords[s] && nounLike(toks[k]) && !adjectives[toks[k].lower] && (k == 0 || clauseStart[toks[k-1].lower]) {
		k-- // "lab technicians prepare slides": a role with its trade before it
	}
	if k >= 0 && !clauseStart[toks[k].lower] && toks[k].lower != "." {
		return "", false
	}
	for j := i + 1; j < len(toks) && j <= i+3 && !toks[j].boundary; j++ {
		if auxAfterNoun[toks[j].lower] {
			return "", false // "drivers license photos are uploaded": a name, then its verb
		}
	}
	return t.lower, true
}

// unknownVerbAfterOne reads a word the verb list lacks as the verb of a singular subject that
// opens its clause, in its third-person form: "the archivist fetches boxes", "each depot hauls
// pallets". It returns the base form.
func unknownVerbAfterOne(toks []token, i int) (string, bool) {
	t := toks[i]
	// "a hospital pharmacy's robot": an owner's word ends in s but qualifies what follows.
	if owners(t.lower) || !nounLike(t) || t.text != t.lower || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") ||
		adjectives[t.lower] || unitWords[singularNoun(t.lower)] || systemWords[singularNoun(t.lower)] {
		return "", false
	}
	if actorWords[singularNoun(t.lower)] && (i+1 >= len(toks) || !nounLike(toks[i+1]) && !determiners[toks[i+1].lower]) {
		return "", false // "the kitchen cooks meals" cooks; "the head cooks" are people
	}
	if _, ok := singularSubject(toks, i-1, i); !ok {
		return "", false
	}
	if i+1 < len(toks) && auxAfterNoun[toks[i+1].lower] {
		return "", false
	}
	return baseOfThirdPerson(t.lower), true
}

// baseOfThirdPerson undoes a verb's third-person -s: fetches → fetch, carries → carry, hauls →
// haul, issues → issue.
func baseOfThirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "s")
}

// nextVerb reads a word the verb list lacks as the same subject's next verb: after "and", a
// plain word followed by a preposition or a determiner ("and agree on", "and haggle with the").
func nextVerb(toks []token, i int) (string, bool) {
	t := toks[i]
	if toks[i-1].lower != "and" || i+1 >= len(toks) || !nounLike(t) || t.text != t.lower || len(t.lower) < 3 ||
		strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed") ||
		adjectives[t.lower] || unitWords[t.lower] || systemWords[t.lower] || actorWords[t.lower] || massNouns[t.lower] {
		return "", false
	}
	switch toks[i+1].lower {
	case "on", "with", "to", "for", "about", "over", "the", "their", "a", "an", "each":
		return t.lower, true
	}
	return "", false
}

// readPairing reads a system that matches what two kinds of people bring ("the system suggests
// matches" between found items and descriptions): the matches are kept, one per pair, and the
// pairing is the system's own work as things arrive.
func (rd *reading) readPairing() {
	i := slices.IndexFunc(rd.Actions, func(a action) bool {
		return a.Actor == "system" && (a.Verb == "suggest" || a.Verb == "match" || a.Verb == "recommend" || a.Verb == "find") && (a.Object == "match" || a.Object == "pair" || a.Object == "pairing")
	})
	if i < 0 {
		return
	}
	var sides []string
	for _, a := range rd.Actions {
		if a.Actor == "system" || a.Actor == "" || readsVerbs[a.Verb] {
			continue
		}
		kept := a.Object
		if kept == "" || actorWords[lastWord(kept)] {
			kept = nominal(a.Verb)
		}
		if kept != "" && kept != "match" && !slicesContains(sides, kept) && (len(sides) == 0 || a.Actor != rd.actorOfSide(sides[0])) {
			sides = append(sides, kept)
		}
	}
	if len(sides) < 2 {
		return
	}
	rd.pairs = sides[:2]
}

// pairing reports whether a is the system's matching of the two sides rd.pairs names.
func (rd *reading) pairing(a action) bool {
	return len(rd.pairs) == 2 && a.Actor == "system" && a.Object == "match"
}

// actorOfSide is who brings a side of a pairing.
func (rd *reading) actorOfSide(e string) string {
	for _, a := range rd.Actions {
		if a.Object == e || a.Object == "" && nominal(a.Verb) == e {
			return a.Actor
		}
	}
	return ""
}

// mutualRe finds people settling something between themselves: "agree … with each other",
// "meet to swap", "negotiate with one another".
var mutualRe = regexp.MustCompile(`(?i)\b(with each other|with one another|between themselves|to swap|to trade|to exchange)\b`)

// mutualVerbs settle something between two people rather than make it alone.
var mutualVerbs = set("agree", "negotiate", "arrange", "meet", "settle", "swap", "trade", "exchange")

// readMutual turns "agree on exchange dates with each other" into what the design keeps: an
// exchange one family proposes and the other accepts. The agreed thing is named by what it is
// of ("exchange dates" → exchange), else by the verb ("meet to swap" → swap).
func (rd *reading) readMutual(s string) {
	if !mutualRe.MatchString(s) {
		return
	}
	for i, a := range rd.Actions {
		if !mutualVerbs[a.Verb] || a.Actor == "system" {
			continue
		}
		what := a.Object
		if dealNouns[a.Verb] && a.Object != "" && !dealNouns[a.Object] {
			// "swap seeds with each other": the swap is what is kept, the seeds what is traded.
			rd.traded, what = a.Object, a.Verb
		}
		if f := strings.Fields(what); len(f) > 1 && termWords[f[len(f)-1]] {
			what = strings.Join(f[:len(f)-1], " ") // "exchange date" → exchange
		}
		if what == "" || termWords[what] {
			what = nominalOr(a.Verb)
		}
		for _, e := range rd.Entities {
			if dealNouns[lastWord(e)] && e != a.Object {
				what = e // "a home-swap marketplace … agree on exchange dates": the swap is the exchange
			}
		}
		rd.Entities = slices.DeleteFunc(rd.Entities, func(e string) bool { return e == a.Object })
		rd.addEntity(what)
		rd.mutual = what
		rd.Actions[i] = action{Actor: a.Actor, Verb: "propose", Object: what}
		rd.addAction(action{Actor: a.Actor, Verb: "accept", Object: what})
		return
	}
}

// termWords are what two people agree on about a thing: its dates, its price, its terms.
var termWords = set("date", "dates", "time", "times", "slot", "price", "terms", "term", "detail", "details", "place")

// dealNouns name what two people settle between them.
var dealNouns = set("swap", "exchange", "trade", "deal", "barter")

// nominalOr names what a mutual verb settles: "meet" → meeting, "swap" → swap.
func nominalOr(verb string) string {
	if n := map[string]string{"agree": "agreement", "meet": "meeting", "negotiate": "deal", "arrange": "arrangement"}[verb]; n != "" {
		return n
	}
	return verb
}

// roleSuffix reports a noun that names a role by its ending: backer, curator, florist, applicant.
func roleSuffix(s string) bool {
	if strings.HasSuffix(s, "ment") {
		return false // an allotment, a payment: things, never people
	}
	for _, suf := range []string{"er", "or", "ist", "ant", "ent", "ian"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+2 {
			return true
		}
	}
	return false
}

// verbAt reads toks[i] as a verb and finds who does it: a known verb after its subject, the
// same actor's next verb ("… and view transactions"), a gerund after "for" or "by", or a word the
// list lacks where grammar leaves nothing else. lastActor is the subject of the clause before.
func (rd *reading) verbAt(toks []token, i int, lastActor string) (v, actor string, ok bool) {
	v, ok = verbBase(toks[i].lower)
	switch {
	case ok && nounHere(toks, i):
		return "", "", false
	case ok:
		actor, ok = rd.subject(toks, i)
		if !ok && readsVerbs[v] && anyoneBefore(toks, i) {
			actor, ok = publicActor, true // "anyone can see what is in the fridge": no one of the statement's people
		}
		if !ok && (toks[i-1].lower == "others" || toks[i-1].lower == "everyone" || toks[i-1].lower == "anyone") && lastActor != "" {
			actor, ok = lastActor, true // "members list tools they own, others borrow them": other members
		}
		if !ok && lastActor != "" && actingBodies[lastWord(lastActor)] && coordinated(toks, i) {
			// "the linen service collects linen, washes it and must return it": the body's next acts
			actor, ok = lastActor, true
		}
		if !ok && (toks[i-1].lower == "and" || toks[i-1].lower == "," || toks[i-1].lower == "or") && lastActor != "" && toks[i].lower == v {
			// "customers transfer money and view transactions", "plan rehearsals, assign
			// solos and record attendance": the same actor's next action.
			actor, ok = lastActor, true
		}
		return v, actor, ok
	case strings.HasSuffix(toks[i].lower, "ing") && (toks[i-1].lower == "for" || toks[i-1].lower == "by"):
		v, ok = actionNoun(toks[i].lower)
		return v, "user", ok
	}
	if v, ok = unknownVerb(toks, i); ok {
		actor, ok = rd.subject(toks, i)
		return v, actor, ok
	}
	if v, ok = nextVerb(toks, i); ok && lastActor != "" {
		return v, lastActor, true // "families list their homes and agree on exchange dates"
	}
	return "", "", false
}

// nounHere reports a word that could be a verb but is used as a noun: owned ("a student's
// answers") or the subject of a modal or auxiliary ("answers must never be lost", "reports are
// kept").
func nounHere(toks []token, i int) bool {
	if owners(toks[i-1].lower) {
		return true
	}
	return i+1 < len(toks) && auxAfterNoun[toks[i+1].lower]
}

// owners reports an owner's word: "bank's", "the banks' ".
func owners(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// filmed verbs make media of their object.
var filmed = map[string]string{"photograph": "photo", "film": "video", "snap": "photo"}

// purposeNouns say what an action is for, not what it acts on: "preorder for pickup".
var purposeNouns = set("pickup", "delivery", "collection", "takeaway", "shipping", "later", "review", "approval")

// smartWords describe connected things: "smart pots", "connected meters".
var smartWords = set("smart", "connected", "iot", "wireless", "electric", "e")

// stateVerbs change a thing's state in place: "update bed status".
var stateVerbs = set("update", "set", "change", "mark", "edit")

// clauseStart words open a clause whose first noun is its subject.
var clauseStart = set(append(timeAdverbs, "where", "when", "while", "and", ",", ":", ";", "whereas", "so")...)

var auxAfterNoun = set("must", "will", "should", "may", "might", "can", "cannot", "are", "is", "were", "was", "need", "get")

// readRoles adds the plural roles a statement names anywhere ("for 2,000 engineers").
func (rd *reading) readRoles(toks []token) {
	for i, t := range toks {
		s := singularNoun(t.lower)
		// "job requests from homeowners": a role by its ending, named as whom something is from,
		// for or to, is people too.
		named := i > 0 && roleSuffix(s) && !notRoles[s] && prepositions[toks[i-1].lower]
		compound := slices.ContainsFunc(rd.Actors, func(a string) bool { return strings.HasSuffix(a, " "+s) }) // "bed managers" read already
		// "a seed bank's cataloguing app": the owner runs the system, it is not one of its people.
		if s != t.lower && (actorWords[s] || named) && nounLike(t) && !systemWords[s] && !compound && !(owners(t.lower) && orgWords[s]) {
			rd.addActor(s)
		}
	}
}

var prepositions = set("from", "for", "to", "with", "by")

// notRoles end like roles but are things: a request from a server is not from people.
var notRoles = set("server", "computer", "printer", "router", "sensor", "meter", "order", "number", "folder", "container", "monitor", "tracker", "scanner", "charger", "center", "centre", "document", "component", "event", "payment", "agent")

// finish gives actions read from the system's name the actor the statement itself gives them,
// and names the record an action leaves behind when its object is not a thing kept ("adopters
// apply" keeps applications, "patients book doctors" keeps bookings).
func (rd *reading) finish(name action) {
	for i, a := range rd.Actions {
		if name.Verb != "" && a == name {
			rd.Actions[i].Actor = rd.nameActor(name)
		}
	}
	// "recipe sharing ... cooks post recipes": the statement's own clause about the named object
	// says what the system does with it; the name only said what the site is about.
	if name.Object != "" {
		for _, a := range rd.Actions {
			// Deciding on it ("managers approve expenses") says nothing of who makes it.
			if a.Object == name.Object && a.Verb != name.Verb && a.Actor != "system" && !actorWords[name.Object] && !transitions[a.Verb] {
				rd.Actions = slices.DeleteFunc(rd.Actions, func(x action) bool { return x.Verb == name.Verb && x.Object == name.Object })
				break
			}
		}
	}
	for _, a := range rd.Actions {
		if a.Object != "" && !actorWords[lastWord(a.Object)] {
			continue
		}
		n := nominal(a.Verb)
		if n == "" || rd.keptBySynonym(a) || a.Object != "" && len(rd.Entities) >= 2 {
			continue
		}
		if !slicesContains(rd.Entities, n) {
			rd.Entities = append(rd.Entities, n) // "application" is a thing kept here, not the system
		}
	}
	if len(rd.Actors) == 0 && len(rd.Actions) > 0 {
		rd.Actors = append(rd.Actors, "user")
	}
	// "the unit must record dispatches": the unit acts, it is not kept as a thing too.
	rd.Entities = slices.DeleteFunc(rd.Entities, func(e string) bool {
		return slicesContains(rd.Actors, e) && !slicesContains(rd.named, e) && slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Actor == e })
	})
}

// keptBySynonym reports whether another action with the same meaning already keeps a thing:
// "patients book doctors" in an appointment scheduling system books appointments.
func (rd *reading) keptBySynonym(a action) bool {
	root := synonymVerb[a.Verb]
	for _, b := range rd.Actions {
		if b != a && root != "" && synonymVerb[b.Verb] == root && b.Object != "" && !actorWords[lastWord(b.Object)] {
			return true
		}
	}
	return false
}

// synonymVerb maps verbs that leave the same record: a booked appointment is a scheduled one.
var synonymVerb = map[string]string{"book": "schedule", "reserve": "schedule", "schedule": "schedule", "lend": "borrow", "borrow": "borrow"}

// nameActor picks who performs the action the system is named after: the actor named for it
// ("adopters" adopt), else the one doing something else to the same object, else the first.
func (rd *reading) nameActor(name action) string {
	for _, a := range rd.Actors {
		if a == name.Verb+"er" || a == name.Verb+"r" || a == name.Verb+"or" {
			return a
		}
	}
	// Who decides on the thing ("managers approve expenses") is not who makes it.
	decides := func(who string) bool {
		return slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Actor == who && a.Object == name.Object && transitions[a.Verb] })
	}
	// A machine ("sequencers produce runs") tracks and schedules nothing: people do.
	for _, a := range rd.Actions {
		if a != name && a.Object == name.Object && name.Object != "" && a.Actor != "system" && !decides(a.Actor) && !isMachine(a.Actor) {
			return a.Actor
		}
	}
	for _, a := range rd.Actors {
		if a != "person" && a != name.Object && !slicesContains(rd.named, a) && !decides(a) && !isMachine(a) {
			return a
		}
	}
	return "user"
}

// subject returns the actor of the verb at i: the plural noun before it ("drivers send"), skipping
// an auxiliary ("users can upload"), or "system" after "that"/"which".
func (rd *reading) subject(toks []token, i int) (string, bool) {
	j := i - 1
	for j >= 0 && (modals[toks[j].lower] || toks[j].lower == "also" || toks[j].lower == "to" || hedge(toks[j].lower)) {
		j-- // "users can upload", "the crew maybe records", "staff usually approve"
	}
	if j < 0 {
		return "", false
	}
	p := toks[j].lower
	if p == "that" || p == "which" {
		if describesOrg(toks, j, i) {
			return "", false
		}
		return "system", true
	}
	if who, ok := rd.ourSubject(toks, j, i); ok {
		return who, true
	}
	if systemWords[p] && j > 0 && toks[j-1].lower == "the" {
		return "system", true // "the system suggests matches"
	}
	if p == "who" && j > 0 && actorWords[singularNoun(toks[j-1].lower)] {
		return singularNoun(toks[j-1].lower), true // "users who photograph their plants"
	}
	// "a system for a choir to plan rehearsals": whoever the system is for does what it is for.
	if toks[i-1].lower == "to" && j >= 1 && nounLike(toks[j]) && !systemWords[singularNoun(p)] {
		if k := j - 1; k >= 0 && (toks[k].lower == "for" || k >= 1 && readStop[toks[k].lower] && toks[k-1].lower == "for") {
			return singularNoun(p), true
		}
	}
	if who, ok := peopleOfPlace(toks, j, i); ok {
		return who, true
	}
	if readStop[p] || boundaryWords[p] || !nounLike(toks[j]) {
		return "", false
	}
	s := singularNoun(p)
	if org, ok := orgSubject(toks, j, i); ok && vagueOrgs[s] {
		return org, true // "gene banks record harvests": a gene bank, not any bank
	}
	if actorWords[s] {
		return roleName(toks, j, s), true
	}
	// "the city assigns crews": an organisation acts too, in the singular ("library book lending"
	// is a name, not a library booking).
	if orgWords[s] && strings.HasSuffix(toks[i].lower, "s") && j > 0 && toks[j-1].lower == "the" {
		return s, true
	}
	if org, ok := orgSubject(toks, j, i); ok {
		return org, true
	}
	if who, ok := singularSubject(toks, j, i); ok {
		return who, true
	}
	if body, ok := bodySubject(toks, j, i); ok {
		if !slices.Contains(rd.bodies, body) {
			rd.bodies = append(rd.bodies, body)
		}
		return body, true
	}
	// A plural noun opening a clause before a verb in its plain form: "where hives report weight".
	// With a modal between ("limits must apply") it is a requirement on a thing, not an action.
	// Counts and describing words may stand between: "80,000 smart pots send".
	k := j - 1
	for k >= 0 && (adjectives[toks[k].lower] || smartWords[toks[k].lower] || toks[k].lower[0] >= '0' && toks[k].lower[0] <= '9' || countWords[toks[k].lower]) {
		k-- // "80,000 smart pots", "4 million doorbells"
	}
	if s != p && i == j+1 && verbs[toks[i].lower] && (k < 0 || clauseStart[toks[k].lower]) {
		return s, true
	}
	// An unknown plural role directly before a known verb: "shelters list", "adopters apply";
	// a body of people too: "crews fix potholes".
	if s != p && (roleSuffix(s) || groupWords[s]) {
		return roleName(toks, j, s), true
	}
	return "", false
}

// describesOrg reports a relative clause that says what an organisation is, not what the system
// does: "a county that runs 60 cemeteries", "a trust which operates 9 hospitals" (the same
// verbs as "we run 40 funeral homes", settingVerbs). A word that also names a system ("a build
// farm that runs 50,000 builds", "a site that runs") is the system at work.
func describesOrg(toks []token, j, i int) bool {
	if j == 0 {
		return false
	}
	v, _ := verbBase(toks[i].lower)
	s := singularNoun(toks[j-1].lower)
	return settingVerbs[v] && !systemWords[s] && (orgWords[s] || actingBodies[s] || areaNouns[s])
}

// actingBodies are organisations that act as one in a statement about their work: "a vineyard group
// records transfers", "the orchard co-op tracks bins", "a regional ambulance service dispatches
// crews".
var actingBodies = set("group", "co-op", "coop", "cooperative", "co-operative", "operator", "utility", "association", "society",
	"union", "chain", "agency", "board", "league", "federation", "consortium", "partnership", "collective", "provider", "carrier",
	"district", "service", "company", "firm", "authority", "trust", "council", "brewery", "winery", "dairy", "mill", "farm",
	"charity", "museum", "library", "archive", "hospital", "school", "university", "college", "lab", "laboratory", "bakery", "port")

// servedWords are what a service that is an organisation serves: an ambulance or a linen
// service is people at work, a notification or search service is software.
var servedWords = set("ambulance", "blood", "fire", "rescue", "linen", "laundry", "courier", "postal", "bus", "coach", "taxi", "ferry",
	"catering", "cleaning", "meals", "probation", "health", "parks", "refuse", "waste", "water", "pest", "removal", "repair",
	"maintenance", "transport", "coastguard", "lifeboat", "funeral", "ambulances", "hospital", "library", "school", "social", "care", "home")

// bodySubject reads a singular organisation opening its clause, named with up to three words
// before it: "a hospital linen service collects", "an orchard co-op tracks". The verb carries its
// -s, or a modal stands between; the name is the head and the word before it ("linen service").
func bodySubject(toks []token, j, i int) (string, bool) {
	p := toks[j].lower
	modal := slices.ContainsFunc(toks[j+1:i], func(t token) bool { return modals[t.lower] })
	if !actingBodies[p] || !modal && !strings.HasSuffix(toks[i].lower, "s") {
		return "", false
	}
	k, served := j-1, false
	for k >= 0 && k > j-4 && (nounLike(toks[k]) || adjectives[toks[k].lower]) && !determiners[toks[k].lower] && !readStop[toks[k].lower] {
		served = served || servedWords[toks[k].lower]
		k--
	}
	if k < 0 || !determiners[toks[k].lower] || k > 0 && !clauseStart[toks[k-1].lower] && toks[k-1].lower != "." {
		return "", false
	}
	if (p == "service" || p == "provider" || p == "network") && !served {
		return "", false // "a notification service sends": the system itself
	}
	if m := toks[j-1]; k < j-1 && nounLike(m) && !adjectives[m.lower] {
		return m.lower + " " + p, true
	}
	return p, true
}

// coordinated reports a verb that continues the clause before it: after "and", "then" or a comma,
// with a modal allowed between ("washes it and must return it"), in its -s form.
func coordinated(toks []token, i int) bool {
	k := i - 1
	for k > 0 && modals[toks[k].lower] {
		k--
	}
	switch toks[k].lower {
	case "and", ",", "then":
	default:
		return false
	}
	w := toks[i].lower
	if k < i-1 {
		return verbs[w] // "and must return"
	}
	base := baseOfThirdPerson(w)
	return base != w && verbs[base]
}

// settingVerbs say what an organisation is rather than what it does: "we run 40 funeral
// homes", "we operate 9 depots", "we have 200 staff".
var settingVerbs = set("run", "operate", "own", "have", "want", "need", "use", "are", "employ")

// wantWords before "to" ask for a system: "we need a system to schedule services".
var wantWords = set("want", "wants", "need", "needs", "like", "require", "requires")

// ourSubject reads the organisation speaking as who acts: "we rent camera gear", "we manage crew
// changes" are its staff at work, and so is whoever uses the system it asks for ("we want one
// system to schedule services"). What it is ("we run 40 homes") is no action. j is the word
// before the verb at i once modals and "to" are passed.
func (rd *reading) ourSubject(toks []token, j, i int) (string, bool) {
	p := toks[j].lower
	v, _ := verbBase(toks[i].lower)
	opens := j == 0 || clauseStart[toks[j-1].lower] || toks[j-1].lower == "."
	if (p == "we" || p == "i") && opens {
		rd.ours = true
	}
	switch {
	case (p == "we" || p == "i") && opens && !settingVerbs[v]:
		return "staff", true
	case wantWords[p] && toks[i-1].lower == "to" && j > 0:
		q := toks[j-1].lower
		if s := singularNoun(q); s != q && (actorWords[s] || orgWords[s] || roleSuffix(s)) {
			return s, true // "families need to review the order of service"
		}
		if q == "and" && rd.ours {
			return "staff", true // "we manage crew changes and need to plan manifests"
		}
	case systemWords[p] && toks[i-1].lower == "to" && rd.ours:
		// "we want one system to schedule services": the staff schedule them with it.
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if wantWords[toks[k].lower] {
				return "staff", true
			}
		}
	}
	return "", false
}

// actsInName reports name words that are a clause instead: a role without a plural and its verb
// ("staff reserve pool vans"), or a body and its verb ("a vineyard group records transfers").
func actsInName(words []string) bool {
	if len(words) > 1 && actorWords[words[0]] && verbs[words[1]] {
		return true
	}
	for i := 0; i+1 < len(words); i++ {
		if base := baseOfThirdPerson(words[i+1]); actingBodies[words[i]] && base != words[i+1] && verbs[base] {
			return true
		}
	}
	return false
}

// pluralActs reports a name that is a clause: a plural noun and a verb, followed by another verb
// or the verb's object ("Farmers buy and sell hay", "Farmers list their bales"). A compound's
// modifier is seldom plural, so "Farmers buy" names no thing "buy"; "parts order tracking" and
// "a boat hire system" stay names. end is where the name's words stopped in toks.
func pluralActs(words []string, toks []token, end int) bool {
	if len(words) < 2 || singularNoun(words[0]) == words[0] || !verbs[words[1]] || end >= len(toks) {
		return false
	}
	if _, acts := actionNoun(words[len(words)-1]); acts && len(words) > 2 {
		return false // "parts order tracking": the tracking is what it does
	}
	next := toks[end].lower
	return next == "and" || next == "or" || determiners[next] || possessives[next] || digitLed(next)
}

// signUp reads "sign up" as registering: "members sign up for rides" register for them.
func signUp(v, prep string) (string, string) {
	if v == "sign" && strings.HasPrefix(prep, "up") {
		return "register", strings.TrimSpace(strings.TrimPrefix(prep, "up"))
	}
	return v, prep
}

// lentVerbs hand a thing over for a while; said by the one who owns it, "to" names who takes it.
var lentVerbs = set("rent", "lend", "hire", "lease", "loan")

// rentedTo reads who takes what the organisation lends out ("we rent camera and lighting gear to
// film productions"): in the design they rent it ("hire out" hires, a loan is borrowed), and the
// staff hand it over. k is the token after the object; the "to" must come within a few words,
// before the sentence goes on. Anything else keeps actor and v.
func (rd *reading) rentedTo(actor, v string, toks []token, k int) (string, string) {
	base := strings.TrimSuffix(v, " out")
	if actor != "staff" || !rd.ours || !lentVerbs[base] {
		return actor, v
	}
	for end := min(k+6, len(toks)-1); k < end && toks[k].lower != "." && toks[k].lower != ";" && toks[k].lower != ":"; k++ {
		if toks[k].lower != "to" {
			continue
		}
		o, _ := objectAt(toks, k+1)
		if o == "" {
			break
		}
		rd.addActor(o)
		if base == "lend" || base == "loan" {
			base = "borrow" // "we lend tools to neighbours": the neighbours borrow them
		}
		return o, base
	}
	return actor, v
}

// peopleOfPlace reads a subject whose people are named by where they belong: "members of the
// tennis club book courts", "residents of the island must book", "staff at our depot log
// faults". The place ends at j, right before the verb at i; the people are the plural before
// "of", "at" or "from" and the place's determiner.
func peopleOfPlace(toks []token, j, i int) (string, bool) {
	k := j
	for k > j-3 && k >= 0 && nounLike(toks[k]) && !determiners[toks[k].lower] && !readStop[toks[k].lower] {
		k-- // "the tennis club", "our city's depot": up to three words of the place's name
	}
	if k < 2 || k == j || !determiners[toks[k].lower] {
		return "", false
	}
	switch toks[k-1].lower {
	case "of", "at", "from":
	default:
		return "", false
	}
	p := toks[k-2].lower
	s := singularNoun(p)
	if s == p || !(actorWords[s] || roleSuffix(s) || isPeople(s)) || k-3 >= 0 && !clauseStart[toks[k-3].lower] && !determiners[toks[k-3].lower] {
		return "", false
	}
	return s, true
}

// roleName names a plural role with the noun that opens its clause before it: "section leaders
// mark attendance" are section leaders, "ward nurses" ward nurses. An organisation is named by
// orgSubject, and a count, a describing word or a role before it is not part of the name.
func roleName(toks []token, j int, s string) string {
	p := toks[j].lower
	if orgWords[s] || j < 1 || s == p && (j < 2 || !determiners[toks[j-2].lower]) {
		return s // one of a role names a post only after a determiner: "the literary manager"
	}
	m := toks[j-1]
	if !nounLike(m) || adjectives[m.lower] || determiners[m.lower] || countWords[m.lower] || smartWords[m.lower] || orgWords[m.lower] ||
		actorWords[singularNoun(m.lower)] || isPeople(singularNoun(m.lower)) || singularNoun(m.lower) != m.lower || strings.ContainsAny(m.lower, "'’") {
		return s
	}
	if _, verb := verbBase(m.lower); verb {
		return s
	}
	if k := j - 2; k >= 0 && !clauseStart[toks[k].lower] && !determiners[toks[k].lower] && toks[k].lower != "." && !(toks[k].lower[0] >= '0' && toks[k].lower[0] <= '9') {
		return s
	}
	return m.lower + " " + s
}

// orgSubject reads organisations that open a clause as its subject: "40 hospitals request",
// "12 donation centres record", "partner museums request". One noun may stand before the plural
// organisation; it is part of the name only where the organisation's word alone says too little
// (a donation centre). j is the plural's index, i the verb's.
func orgSubject(toks []token, j, i int) (string, bool) {
	p := toks[j].lower
	s := singularNoun(p)
	if s == p || i != j+1 || !orgWords[s] {
		return "", false
	}
	name, k := s, j-1
	if k >= 0 && nounLike(toks[k]) && !adjectives[toks[k].lower] && !countWords[toks[k].lower] && !clauseStart[toks[k].lower] {
		if _, verb := verbBase(toks[k].lower); !verb || vagueOrgs[s] {
			if vagueOrgs[s] && !smartWords[toks[k].lower] {
				name = toks[k].lower + " " + s // a care home, not a smart home's owner
			}
			k--
		}
	}
	for k >= 0 && (adjectives[toks[k].lower] || toks[k].lower[0] >= '0' && toks[k].lower[0] <= '9' || countWords[toks[k].lower]) {
		k--
	}
	return name, k < 0 || clauseStart[toks[k].lower]
}

// objectAt reads the noun phrase starting at i (after a verb): up to three name words, skipping
// articles and adjectives, singular at its head. n is how many tokens it used.
func objectAt(toks []token, i int) (string, int) {
	var words []string
	j := i
	for ; j < len(toks) && len(words) < 3; j++ {
		t := toks[j]
		if t.lower == "of" && len(words) == 0 && j > i && unitWords[singularNoun(toks[j-1].lower)] {
			continue // "5,000 hours of lecture recordings": the measure, then the thing
		}
		if t.boundary || len(words) == 0 && (t.lower == "what" || t.lower == "whatever") {
			break // "describe what they lost": a clause, not a thing's name
		}
		if t.lower == "back" && (j+1 == len(toks) || toks[j+1].boundary) {
			break // "check bikes back in": an adverb, no part of the name
		}
		if len(words) == 0 && (t.lower == "whether" || t.lower == "if") {
			continue // "look up whether their street has been plowed": the street is what is read
		}
		if len(words) > 0 && whenWords[t.lower] {
			break // "warehouses pack boxes Thursday": when they do it, not part of what they pack
		}
		if len(words) > 0 && markStates[t.lower] && (j+1 == len(toks) || toks[j+1].boundary || !nounLike(toks[j+1])) {
			break // "mark rooms clean": the state they are left in, not part of their name
		}
		// "loans limited by licences", "a timetable respecting teacher availability": a participle
		// before "by" or before what it says starts what is said of the object.
		participle := strings.HasSuffix(t.lower, "ed") && j+1 < len(toks) && toks[j+1].lower == "by" || len(words) > 0 && participleClause(toks, j)
		if !nounLike(t) || participle || adjectives[t.lower] || len(words) == 0 && unitWords[singularNoun(t.lower)] {
			// "get a 72-hour hold": the measure before the thing is not part of its name.
			if len(words) > 0 {
				break
			}
			continue
		}
		// "log each animal's intake": the owner names the thing, as "animal intake" does.
		words = append(words, ownerWord(t.lower))
	}
	if len(words) == 1 {
		if head, m := sharedLot(toks, j); head != "" {
			return words[0] + " " + head, j + m - i // "hay and straw lots": lots of either, named by the first
		}
	}
	if len(words) == 0 || unitWords[singularNoun(words[len(words)-1])] && !(len(words) > 1 && thingUnits[singularNoun(words[len(words)-1])]) {
		return "", j - i // "1M requests": a measure; but a "job request" is a thing kept
	}
	return phraseName(words), j - i
}

// lotHeads are the batches a material is traded or moved in: "hay and straw lots" are lots,
// whatever they hold.
var lotHeads = set("lot", "batch", "consignment", "pallet", "crate", "parcel", "bundle", "shipment", "bale")

// sharedLot reads the head two materials share after the first of them ("hay [and straw lots]",
// toks[k] at "and"): the lot's noun, and how many tokens it took; "" when no batch noun closes the
// phrase ("hay and straw" are two things).
func sharedLot(toks []token, k int) (string, int) {
	if k+2 >= len(toks) || toks[k].lower != "and" && toks[k].lower != "or" || !nounLike(toks[k+1]) || !nounLike(toks[k+2]) {
		return "", 0
	}
	head := singularNoun(toks[k+2].lower)
	if !lotHeads[head] || head == toks[k+2].lower || k+3 < len(toks) && nounLike(toks[k+3]) && !toks[k+3].boundary {
		return "", 0
	}
	return head, 3
}

// whenWords name a day or a time of day: after a thing's name they say when, not which thing.
var whenWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
	"wednesdays", "thursdays", "fridays", "saturdays", "sundays", "today", "tonight", "tomorrow", "yesterday", "midnight",
	"noon", "midday", "overnight", "weekend", "weekends", "weekday", "weekdays", "morning", "mornings", "evening", "evenings", "afternoon", "afternoons")

// readBy reads "by skill and region" into what things are matched or grouped by.
func (rd *reading) readBy(toks []token) {
	for i, t := range toks {
		if t.lower != "by" || i > 0 && agentBy(toks[i-1].lower, toks[min(i+1, len(toks)-1)].lower) || i > 0 && peopleBy(toks, i) {
			continue
		}
		for j := i + 1; j < len(toks) && j < i+6; j++ {
			w := toks[j]
			if (w.lower == "and" || w.lower == "or") && j+2 < len(toks) && verbs[toks[j+1].lower] && nounLike(toks[j+2]) && !toks[j+1].boundary {
				break // "browse the map by area and log finds": a clause of its own, not a second grouping
			}
			if w.lower == "and" || w.lower == "or" || w.text == "," {
				continue
			}
			if w.boundary || !nounLike(w) || (strings.HasSuffix(w.lower, "ing") || meansWords[w.lower]) && j == i+1 {
				break // "by importing …", "by card or bank transfer": how, not what things are grouped by
			}
			by := singularNoun(w.lower)
			if j+1 < len(toks) && compoundHeads2[toks[j+1].lower] {
				by, j = w.lower+"_"+toks[j+1].lower, j+1 // "by blood type" groups by one attribute
			}
			if !slicesContains(rd.By, by) {
				rd.By = append(rd.By, by)
			}
		}
	}
}

// meansWords after "by" say how something is done, not what it is grouped by.
var meansWords = set("card", "cash", "cheque", "check", "bank", "transfer", "phone", "email", "post", "mail", "hand", "text", "sms", "app", "car", "bus", "train", "bike", "foot", "default", "design", "law")

// compoundHeads2 end a two-word attribute after "by": "blood type", "zip code", "age group".
var compoundHeads2 = set("type", "code", "group", "level", "size", "category", "status", "date", "range", "band")

// agentBy reports a "by" that names who or how rather than a grouping: "swaps are requested by
// text message", "sampled by AI", "approved by a manager". Grouping participles ("sorted by",
// "grouped by") still group.
// peopleBy reports people named in the plural after the "by" at toks[i], unless a grouping word
// comes before it: "transcribed twice by different volunteers" says who does it, while "grouped
// by driver" groups by an attribute.
func peopleBy(toks []token, i int) bool {
	if groupingParticiples[toks[i-1].lower] {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3 && !toks[j].boundary; j++ {
		if s := singularNoun(toks[j].lower); s != toks[j].lower && (actorWords[s] || roleSuffix(s) && !notRoles[s]) {
			return true
		}
	}
	return false
}

func agentBy(prev, next string) bool {
	if byChannels[next] || byWhen[next] {
		return true // "return seeds by October": when, not what they are grouped by
	}
	return strings.HasSuffix(prev, "ed") && !groupingParticiples[prev]
}

// byWhen after "by" name a time: "by October", "by Friday", "by noon" set a deadline.
var byWhen = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midday", "midnight", "tomorrow", "tonight",
	"morning", "evening", "spring", "summer", "autumn", "fall", "winter", "then", "now")

var (
	byChannels          = set("text", "texts", "sms", "email", "e-mail", "phone", "ai", "hand", "mail", "post", "default", "law", "themselves", "itself", "a", "an", "the", "their", "its", "his", "her")
	groupingParticiples = set("grouped", "sorted", "filtered", "matched", "ranked", "organized", "organised", "indexed", "listed", "segmented", "bucketed", "paired", "partitioned", "keyed", "ordered", "broken", "split", "searched", "queried", "bucketed")
)

// readPrepositional adds the plural nouns after "in", "across", "at" and "of" that a statement
// names as places or containers ("spots in garages", "pallets across warehouses").
func (rd *reading) readPrepositional(toks []token) {
	for i, t := range toks {
		if t.lower != "in" && t.lower != "across" && t.lower != "at" && t.lower != "of" && t.lower != "into" {
			continue
		}
		for j := i + 1; j < len(toks) && j < i+4; j++ {
			w := toks[j]
			if w.boundary {
				break
			}
			if !nounLike(w) || adjectives[w.lower] {
				continue
			}
			if w.text[0] >= 'A' && w.text[0] <= 'Z' && strings.ToUpper(w.text) != w.text {
				break // "a tennis club in Leeds": a place's name, not a container of things
			}
			s := singularNoun(w.lower)
			if s != w.lower && !unitWords[s] && !actorWords[s] && !systemWords[s] {
				if j+1 < len(toks) && nounLike(toks[j+1]) && !adjectives[toks[j+1].lower] {
					break // "in garage spots": a modifier, not the container
				}
				rd.addEntity(s)
			}
			break
		}
	}
}

var subjectPronouns = set("we", "i", "you", "they")

func isPronoun(w string) bool { return w == "them" || w == "it" || w == "those" || w == "these" }

func lastWord(p string) string {
	f := strings.Fields(p)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// phraseName joins name words with the head singular: ["gps", "updates"] → "gps update".
func phraseName(words []string) string {
	out := append([]string(nil), words...)
	out[len(out)-1] = singularNoun(out[len(out)-1])
	return strings.Join(out, " ")
}

func (rd *reading) addActor(a string) {
	if !slicesContains(rd.Actors, a) {
		rd.Actors = append(rd.Actors, a)
	}
}

// keptUnit reports a thing named by a word that is also a measure: a "job request", a "hay lot";
// but a "parking lot" is a place the statement names, no batch it keeps.
func keptUnit(e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 || !thingUnits[ws[len(ws)-1]] {
		return false
	}
	return ws[len(ws)-1] == "request" || !strings.HasSuffix(ws[len(ws)-2], "ing") && ws[len(ws)-2] != "car"
}

func (rd *reading) addEntity(e string) {
	// "pseudonymised", "anonymized": a participle of a verb no list holds, never a thing kept.
	if l := lastWord(e); len(l) > 6 && (strings.HasSuffix(l, "ised") || strings.HasSuffix(l, "ized")) {
		return
	}
	if e == "" || unitWords[lastWord(e)] && !keptUnit(e) || systemWords[lastWord(e)] || actorWords[lastWord(e)] && slicesContains(rd.Actors, lastWord(e)) {
		return
	}
	if !strings.Contains(e, " ") && timeWords[singularNoun(e)] {
		return // "boxes ship on Saturdays": when, not a thing kept
	}
	for _, x := range rd.Entities {
		if lastWord(x) == lastWord(e) {
			return
		}
	}
	rd.Entities = append(rd.Entities, e)
}

func (rd *reading) addAction(a action) {
	for _, x := range rd.Actions {
		if x == a {
			return
		}
	}
	rd.Actions = append(rd.Actions, a)
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nominal names the record an action leaves behind, where the action is itself the thing kept:
// "book" → booking, "borrow" → loan. Empty when the action only changes its object.
func nominal(verb string) string {
	return map[string]string{"book": "booking", "reserve": "reservation", "rate": "rating", "review": "review", "apply": "application",
		"borrow": "loan", "lend": "loan", "adopt": "adoption", "vote": "vote", "like": "like", "comment": "comment", "follow": "follow",
		"bid": "bid", "order": "order", "pay": "payment", "transfer": "transfer", "enroll": "enrollment", "enrol": "enrolment",
		"subscribe": "subscription", "match": "match", "assign": "assignment", "grade": "grade", "donate": "donation", "rent": "rental",
		"hire": "hire", "answer": "answer", "schedule": "", "budget": "budget", "track": "", "join": "membership", "reply": "reply",
		"queue": "ticket", "share": "share", "trade": "trade", "refund": "refund", "claim": "claim", "attend": "attendance",
		"register": "registration", "submit": "", "invest": "investment", "complain": "complaint", "report": "report",
		"run": "", "build": "", "deliver": "delivery", "ship": "shipment", "call": "call", "challenge": "challenge",
		"take": "attempt", "sit": "attempt", "preorder": "preorder", "split": "share", "settle": "settlement", "rsvp": "rsvp",
		"pledge": "pledge", "swap": "swap", "renew": "renewal", "tip": "tip", "sponsor": "sponsorship", "nominate": "nomination",
		"flag": "flag", "describe": "description", "score": "score",
		"rent out": "rental", "hire out": "hire", "loan out": "loan", "lend out": "loan",
		"check in": "check-in", "check out": "checkout", "sign in": "sign-in", "sign out": "sign-out", "pick up": "pickup", "drop off": "drop-off"}[verb]
}

// modals stand between a subject and its verb: "users can upload".
var modals = set("can", "may", "should", "must", "will", "could", "would", "might", "shall")

// hedge reports a word that may stand between a subject and its verb without changing who acts:
// "maybe", "usually", "quickly".
func hedge(w string) bool {
	return fillerWords[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ply") && w != "family" && w != "assembly"
}

// groupWords are bodies of people, and posts one person holds, that act as one in a statement:
// "the unit records dispatches", "the captain assigns boats".
var groupWords = set("crew", "unit", "team", "squad", "committee", "panel", "jury", "council", "department", "brigade", "band",
	"choir", "troop", "couple", "household", "family", "desk", "ward", "captain", "cox", "clerk", "registrar", "chair",
	"secretary", "treasurer", "steward", "warden", "ranger", "trust", "authority", "ministry", "court", "firm", "bureau")

// determiners open a singular subject: "the unit", "each branch", "every crew".
var determiners = set("the", "each", "every", "a", "an", "our", "their", "its", "one", "your", "my")

// actsAlone reports whether a singular noun can be the one who acts in a clause: a person's role,
// an organisation, a body of people, or a machine.
func actsAlone(s string) bool {
	return actorWords[s] || orgWords[s] || vagueOrgs[s] || groupWords[s] || isMachine(s) || roleSuffix(s) && !notRoles[s]
}

// docWords are things that show or gather what people give, never who acts: "the form
// collects names".
var docWords = set("form", "page", "screen", "card", "map", "chart", "menu", "catalogue", "catalog", "register", "table", "field",
	"message", "email", "letter", "notice", "sign", "label", "ticket", "receipt", "invoice", "contract", "policy", "rule", "price", "fee", "total")

// heldPost reports whether a noun after "the" may be a post one person holds ("the coxswain
// logs launches", "the bursar approves claims") rather than a thing: not a word the reader knows
// as a thing, a measure or a place, and not built like an abstract noun.
func heldPost(p string) bool {
	if recordNouns[p] || fileWords[p] || stockWords[p] || spaceWords[p] || unitWords[p] || massNouns[p] || windowWords[p] || noticeWords[p] ||
		compoundHeads[p] || systemWords[p] || adjectives[p] || readStop[p] || verbs[p] || docWords[p] || len(p) < 4 {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ing", "ance", "ence", "age", "ure", "ism"} {
		if strings.HasSuffix(p, suf) {
			return false
		}
	}
	return true
}

// singularSubject reads a singular subject that opens its clause: "where the unit records
// dispatches", "each branch orders stock weekly", "the sorting office sends parcels". A plain
// verb needs its third-person -s here ("the unit record" is no clause), unless a modal stands
// between ("the office must approve"). j is the noun's index, i the verb's.
func singularSubject(toks []token, j, i int) (string, bool) {
	p := toks[j].lower
	base := baseOfThirdPerson(toks[i].lower)
	post := j > 0 && toks[j-1].lower == "the" && heldPost(p) && (verbs[base] || transitions[base])
	modal := slices.ContainsFunc(toks[j+1:i], func(t token) bool { return modals[t.lower] })
	if singularNoun(p) != p || !nounLike(toks[j]) || !actsAlone(p) && !post || !modal && !strings.HasSuffix(toks[i].lower, "s") {
		return "", false
	}
	if i+1 >= len(toks) || toks[i+1].boundary && toks[i+1].lower != "for" && toks[i+1].lower != "on" && toks[i+1].lower != "to" {
		return "", false // "when the hive splits": something that happens, not something done to a thing
	}
	name, k := p, j-1
	if k >= 0 && nounLike(toks[k]) && !adjectives[toks[k].lower] && !determiners[toks[k].lower] {
		switch {
		case orgWords[p] && !vagueOrgs[p]:
			k-- // "the district warehouse": a warehouse
		case !vagueOrgs[p] && !groupWords[p] && !actorWords[p] && !(roleSuffix(p) && !notRoles[p]):
			return "", false // "a swarm alarm sounds": a thing's name, not who acts
		default:
			name, k = toks[k].lower+" "+p, k-1 // the sorting office, the duty controller, the ride leader
		}
	}
	for k >= 0 && adjectives[toks[k].lower] {
		k--
	}
	if k < 0 || !determiners[toks[k].lower] {
		return "", false
	}
	return name, k == 0 || clauseStart[toks[k-1].lower] || toks[k-1].lower == "."
}

// readFor reads what a system is for when the statement lists it after its name: "a system for a
// film festival's screening submissions and jury votes" keeps screening submissions and the
// jury's votes. An organisation after "for a" ("for a railway") or before "'s" sets the scene;
// a plural names what is kept; people ("for dentists") and gerunds ("for tracking") are read
// elsewhere.
func (rd *reading) readFor(toks []token) {
	j := slices.IndexFunc(toks, func(t token) bool { return systemWords[t.lower] || toolHeads[t.lower] })
	if j < 0 || j > 10 || j+2 >= len(toks) || toks[j+1].lower != "for" {
		return
	}
	var words []string
	scene := false
	take := func() {
		if len(words) == 0 {
			return
		}
		head := singularNoun(words[len(words)-1])
		switch {
		case scene && head == words[len(words)-1] || isPeople(head) || peopleWords[head] || unitWords[head]:
		case len(words) == 2 && (isPeople(words[0]) || groupWords[words[0]]) && nominalVerb(head) != "":
			// "screening submissions and jury votes": the jury votes on the submissions.
			a := action{Actor: words[0], Verb: nominalVerb(head)}
			if len(rd.Entities) > 0 {
				a.Object, a.Prep = rd.Entities[len(rd.Entities)-1], "on"
			}
			rd.addActor(words[0])
			rd.addAction(a)
			rd.addEntity(head)
		default:
			rd.addEntity(phraseName(words[max(0, len(words)-3):]))
		}
		words, scene = nil, false
	}
	k := j + 2
	defer func() { rd.forSpan = [2]int{j + 2, k} }()
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.lower == "and" || t.lower == ",":
			take()
		case t.boundary || gerundVerb(t.lower) && len(words) == 0:
			take()
			return // "a system for tracking pallets": a clause, read as one
		case determiners[t.lower]:
			scene = true // "for a railway": the organisation it serves, unless a plural follows
		case owners(t.lower):
			words, scene = nil, false // "a film festival's", "the members'": whose things follow
		case nounLike(t) && !adjectives[t.lower]:
			words = append(words, t.lower)
		}
	}
	take()
}

// gerundVerb reports a gerund of a verb the reader knows ("tracking"); "screening" in "screening
// submissions" names a kind of thing.
func gerundVerb(w string) bool {
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	_, ok := actionNoun(w)
	return ok
}

// nominalVerb is the verb whose record a noun is: vote → vote, booking → book, review → review.
func nominalVerb(n string) string {
	for _, v := range []string{"vote", "review", "rate", "score", "bid", "book", "order", "apply", "donate", "pledge", "nominate", "comment", "complain", "report", "claim"} {
		if nominal(v) == n {
			return v
		}
	}
	return ""
}
