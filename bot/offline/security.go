package offline

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// stake is a kind of data a design may hold that raises what security must do: recognised from
// the statement, its entities and its features, never assumed.
type stake struct {
	name     string
	words    *regexp.Regexp // matched on the statement and the entity names
	features []string       // features that always hold it
	// not are archetypes where the words mean something else: a game's cloud saves hold players'
	// progress, not competitive results.
	not []string
	// senses are phrases in which the words mean something else: "a bank of 8 elevators",
	// "e-book loans". They are blanked before the words are matched.
	senses *regexp.Regexp
	// needs, when set, is what the statement must say for its words to count: content is
	// public only where someone publishes it.
	needs   *regexp.Regexp
	control func(r *renderer, hits []string) string
}

var stakes = []stake{
	{name: "money", words: wordsRe("bank card", "bank cards", "bank", "banking", "payment", "payments", "budget", "money", "credit card", "debit card", "invoice", "invoices", "expense", "expenses", "wallet", "salary", "refund", "refunds", "checkout", "ledger", "ledgers", "loan", "loans", "royalty", "royalties", "payout", "payouts", "wager", "bets", "paid subscription", "paid subscriptions", "paid plan", "paid plans"),
		features: []string{"payments", "wallet", "orders", "exchange", "shop", "betting"},
		// A food bank's stock is given away, not sold; a library's loans are of books and a
		// lending of things' of games or tools, and their fees say their own words about the
		// processor.
		// A password manager's bank logins and cards are ciphertext it cannot read, not money it moves;
		// a bank that has its documents translated is a customer, not a ledger, and a platform that
		// runs a bank's containers or functions moves none either.
		not: []string{"foodbank", "library", "lendthings", "pwvault", "mt", "orchestrator", "faas", "edgefn"},
		// A burial, parish or visitors' ledger, and a scanned ledger page or book, is a register
		// of names kept in an archive, not accounts.
		senses: regexp.MustCompile(`(?i)\bbanks? of (\d[\d,.]*\s*\w+|\w+ (elevators|lifts|servers|machines|monitors|lights|switches|batteries|cells|disks|drives))|\b(food|blood|memory|data|seed|sperm|milk|power|river|question|test|image|photo|word)[- ]banks?\b|` +
			`\b(e-?book|ebook|book|library|audiobook|media|equipment|tool|device|laptop|title)s? loans?\b|\bloans? (of|for) (books?|e-?books?|titles?|equipment|tools?|devices?|laptops?)\b|` +
			`\b(burial|parish|church|cemetery|interment|grave|baptism(al)?|marriage|census|land|manorial|visitors?'?|guest|attendance|hand-?written|scanned|digiti[sz]ed|historic(al)?|archive|archival|register)\s+ledgers?\b|` +
			`\bledgers?\s+(pages?|books?|volumes?|scans?|images?|sheets?|of (burials?|graves?|plots?|interments?|baptisms?|marriages?|deaths?|births?|visitors?|names))\b`),
		control: func(r *renderer, hits []string) string {
			s := fmt.Sprintf("Money (%s): amounts are integers in minor units; %s are append-only with an audit trail of who changed what", strings.Join(hits, ", "), r.moneyRows())
			// Only a design that takes cards through a processor can promise card numbers never reach it.
			if r.takesCards() {
				// Say whose cards and which processor: the sentence is otherwise every shop's.
				psp := "the processor"
				if r.present("psp") {
					psp = r.name("psp")
				}
				s += fmt.Sprintf("; the cards of %s go straight from their apps to %s, whose tokens keep PCI DSS scope there, so card numbers never reach our servers", accountHolders(r.g.Problem, r.g.Requirements.Workload), psp)
			}
			s += "."
			// A bank card is paid with, not a bank account connected to; paying suppliers from a
			// company's own account goes through its bank's channel, which payables describes, and
			// an ATM network and a bank's own transfer system are the bank's, holding its accounts
			// rather than connecting to them. A reconciliation takes its banks' statement files
			// over its own host-to-host channels, which its security text describes.
			if slices.ContainsFunc(hits, func(h string) bool { return h == "bank" || h == "banking" }) && !r.hasFeature("payables") && !r.hasFeature("atm") && !r.hasFeature("banktransfer") && !r.hasFeature("recon") {
				s += " Bank connections go through an aggregator's OAuth tokens (e.g. Plaid), stored encrypted per user; the user's bank password is never seen."
			}
			return s
		}},
	// Health data is about a person: a hospital's beds or a clinic's opening hours are not.
	{name: "health", words: wordsRe("patient", "patients", "medical", "health record", "health records", "diagnosis", "prescription", "prescriptions", "heart rate", "fitness", "symptoms", "vaccination", "vaccinations", "vaccine", "therapy", "lab results",
		"transplant", "transplants", "organ donor", "organ donors", "organ allocation", "waiting-list candidates", "prosthesis", "prostheses", "prosthetic", "prosthetics", "amputee", "amputees", "residual limb", "clinician", "clinicians"),
		// An athlete's own heart rate is not a clinic's patient record: no treating staff, no BAA;
		// vaccines or blood bags in a cold chain are goods in transit, not anyone's record.
		not: []string{"gpsfitness", "coldchain"},
		// Animals' records are a veterinary practice's: no person's health record, no BAA or HIPAA.
		senses: regexp.MustCompile(`(?is)^.*\b(veterinar\w*|vets|vet (clinics?|practices?|hospitals?|surger(y|ies))|animal (hospitals?|clinics?)|pets|pet owners?|livestock|equine)\b.*$`),
		control: func(r *renderer, hits []string) string {
			return fmt.Sprintf("Health data (%s): every read of a person's record is logged with who and why, fields are encrypted with per-tenant keys, staff see only the people they treat and only the fields their task needs (minimum necessary), and vendors sign a BAA (HIPAA) or equivalent.", strings.Join(hits, ", ")) + recordSubjectsLine(r.g.Problem)
		}},
	{name: "location", words: wordsRe("gps", "location", "locations", "nearby", "near them", "near me", "nearest", "closest", "around them"),
		features: []string{"ride", "tracking", "geo", "food", "routing", "dispatch"},
		// An athlete's tracks are published on purpose (privacy zones decide who sees them), an
		// RTLS locates equipment, not people, and an inventory's locations are its warehouses and
		// bins, an edge platform's "edge locations" its PoPs: none is a trip's counterpart. A
		// city report's location is where the pothole is, published on purpose; who reported it is
		// what its own security text keeps private. A company's own vehicles are seen by its own
		// dispatchers; telematics says what is kept about drivers.
		// Buses' positions and arrival predictions are published to everyone on purpose; a school
		// or shuttle run's positions go only to its riders' subscribers while it runs, which its
		// own security text says.
		not: []string{"gpsfitness", "rtls", "invmgmt", "edgefn", "cityreports", "telematics", "arrivals", "approach"},
		control: func(r *renderer, hits []string) string {
			if d := readStatement(r.g.Problem).dispatch; d != nil && r.hasFeature("dispatch") {
				return d.dispatchLocation() // units' crews, seen by dispatchers: no trip has a counterpart
			}
			if !slices.ContainsFunc([]string{"ride", "tracking", "food", "routing"}, r.hasFeature) {
				// Nobody is followed, and nobody searches near themselves either: a chain's
				// locations or a shoot's two locations are its sites, whose addresses need no
				// rule of their own.
				// "the nearest warehouse" a route goes to is no search from where someone stands.
				if !r.hasFeature("geo") && !slices.Contains(hits, "nearby") && !nearbyRead(r.g.Problem) {
					return ""
				}
				// Nobody is followed: a search near someone sends their position once.
				return fmt.Sprintf("Location (%s): the position a search sends is used for that query and not kept; logs, metrics and cache keys hold only its coarse cell (about a kilometre).", strings.Join(hits, ", "))
			}
			if fleet := trackedFleet(r.g.Problem); fleet != "" {
				// A fleet's positions are its operator's equipment: no trip has a counterpart.
				return fmt.Sprintf("Location (%s): the positions are of the operator's own %s, not of people, so they are shown to the staff who run them and published only where the operator chooses; who operated each one is personal data, kept apart from the track, and each unit signs in with its own credential, so nobody can fake a position.", strings.Join(hits, ", "), fleet)
			}
			return fmt.Sprintf("Location (%s): precise positions are shown only to the counterpart of an active trip or booking, kept at full precision for days, then coarsened or deleted.", strings.Join(hits, ", "))
		}},
	// University students are adults: FERPA covers their records, COPPA does not.
	{name: "children", words: wordsRe("school", "student", "students", "child", "children", "kid", "kids", "teen", "teens", "minor", "minors", "pupil", "pupils"),
		senses: regexp.MustCompile(`(?i)\b(university|college|graduate|postgraduate|undergraduate|phd|medical|law|nursing|adult|mature) (students?|schools?)\b|\b(students?|schools?) (at|of) (a |the )?(university|college)\b|\buniversity\b.*\bstudents?\b`),
		control: func(r *renderer, hits []string) string {
			return fmt.Sprintf("Children's data (%s): accounts for minors are created by a parent or school (COPPA/FERPA consent), nothing about a child is public or searchable, and a parent can export or delete it.", strings.Join(hits, ", "))
		}},
	// Code the system runs for its users: builds and submissions, not a "pipeline" of data.
	{name: "code", words: wordsRe("builds", "build farm", "build jobs", "ci", "runner", "runners", "compile", "compiles", "run code", "execute code", "code execution", "user code", "scripts"),
		features: []string{"codejudge"},
		// A running app's runners run; they execute no code. A build cache stores what builds
		// made and runs none of them.
		not: []string{"gpsfitness", "buildcache"},
		// A race's runners run too: a statement about a marathon's runners, spectators and timing
		// mats runs no one's code.
		senses: regexp.MustCompile(`(?is)^.*\b(marathons?|races?|racing|jogg\w*|spectators|finish line|timing mats?|start line)\b.*$`),
		control: func(r *renderer, hits []string) string {
			return fmt.Sprintf("Untrusted code (%s): every job runs in a fresh, sandboxed runner (Firecracker microVM) with no route to production networks; secrets are injected per job from a vault, masked in logs, and outputs are signed so what ships is what was built.", strings.Join(hits, ", "))
		}},
	{name: "public content", words: wordsRe("post", "posts", "photo", "photos", "recipe", "recipes", "listing", "listings", "episode", "episodes", "paste", "pastes", "uploads"),
		features: []string{"feed", "photo", "video", "engagement", "paste", "livestream"},
		// A lending marketplace's listings are loans the platform priced and published, not
		// content its users post.
		// An insurance claim's photos or an expense report's receipts are evidence kept private
		// with their claim.
		// A load board's posted loads are freight offered to carriers, not text or files people
		// publish: there is nothing to scan or moderate.
		not: []string{"p2plending", "claims", "loadboard"},
		// What the system suggests from its own catalogue ("suggests dinner recipes") is not
		// published by the people who ask.
		senses: regexp.MustCompile(`(?i)\b(suggest|recommend|match|rank)\w*\s+(\w+\s+)?(posts?|photos?|recipes?|listings?|episodes?)\b`),
		// A driver's photo of a contaminated bin is evidence kept with a record, not published.
		needs: regexp.MustCompile(`(?i)\b(post|posts|posted|posting|share|shares|shared|sharing|publish\w*|upload\w*|paste\w*|list|lists|listed|listing|listings|host|hosts|hosting)\b`),
		control: func(r *renderer, hits []string) string {
			return fmt.Sprintf("Content people publish (%s): uploads are size-capped, type-checked and scanned; text is sanitised before rendering (no stored XSS); creation is rate-limited per account and abuse reports reach a moderation queue.", strings.Join(hits, ", "))
		}},
	{name: "games", words: wordsRe("player", "players", "matchmaking", "game", "games", "gaming", "leaderboard", "tournament"),
		features: []string{"leaderboard"}, not: []string{"gamesaves", "gpsfitness", "fantasy"},
		// Play is competitive where something is won, ranked or matched: a gaming community's group
		// chat, a game studio's wiki or a board-game café's bookings decide no outcome.
		needs: regexp.MustCompile(`(?i)\b(match|matches|matchmaking|matched|leaderboards?|tournaments?|rank\w*|scores?|scoring|win|wins|winner\w*|winning|prizes?|compet\w*|ladders?|elo|mmr|pvp|versus|esports?|brackets?|cheat\w*|anti-cheat|wager\w*|bets?|high[- ]scores?)\b`),
		control: func(r *renderer, hits []string) string {
			s := fmt.Sprintf("Competitive play (%s): the server decides every outcome and never trusts a client's report of a result or its timing", strings.Join(hits, ", "))
			if slices.Contains(hits, "matchmaking") {
				return s + "; queueing is rate-limited per account so no one can farm or dodge matches."
			}
			return s + "; a player's submissions are checked against the server's clock and rate-limited per account, and accounts that win improbably often are reviewed before any prize is paid."
		}},
}

func wordsRe(ws ...string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(` + strings.Join(ws, "|") + `)\b`)
}

// stakeHits returns, per stake the design holds, the words that show it.
func (r *renderer) stakeHits() map[string][]string {
	problem := strings.ToLower(r.g.Problem)
	out := map[string][]string{}
	for _, s := range stakes {
		if slices.Contains(s.not, r.p.ID) {
			continue
		}
		seen, other := problem, ""
		if s.senses != nil {
			seen = s.senses.ReplaceAllString(problem, " ")
			other = strings.Join(s.senses.FindAllString(problem, -1), " ")
		}
		// A sense that covers the whole statement (a race's runners, a vet's patients) is the
		// sense of every entity read from it too.
		whole := s.senses != nil && strings.TrimSpace(seen) == ""
		for _, e := range r.entities() {
			if whole {
				break
			}
			// An entity read from words in their other sense ("e-book loans" → Loan) is that sense.
			if name := strings.ToLower(e.Name); !strings.Contains(other, name) {
				if s.senses != nil {
					name = s.senses.ReplaceAllString(name, " ")
				}
				seen += " " + name
			}
		}
		var hits []string
		if s.needs != nil && !s.needs.MatchString(problem) {
			seen = ""
		}
		for _, m := range s.words.FindAllString(seen, -1) {
			if !slices.Contains(hits, m) && len(hits) < 3 {
				hits = append(hits, m)
			}
		}
		for _, f := range s.features {
			if r.hasFeature(f) && len(hits) == 0 {
				hits = append(hits, features[f].Name)
			}
		}
		if len(hits) > 0 {
			out[s.name] = hits
		}
	}
	return out
}

func (r *renderer) security(b *strings.Builder) {
	var items []string
	hits := r.stakeHits()
	for _, s := range stakes {
		if h, ok := hits[s.name]; ok {
			if line := s.control(r, h); line != "" {
				items = append(items, line)
			}
		}
	}
	for _, f := range r.ordered() {
		if f.ID != "core" {
			items = appendNew(items, r.xs(said(f.Security, r.g.Problem))...)
		}
	}
	if !r.p.OwnTargets {
		// A control network on site holds no one's personal data and no web callers.
		items = append(items, r.personalData())
	}
	// The archetypes state their own access rules; a composed design states who may change what.
	if !r.p.OwnTargets && !r.p.OwnAccess && (r.p.ID == "generic" || !r.has("gateway") && len(r.byID) > 0 && !r.p.PublicCallers) {
		items = append(items, r.accessLine())
	}
	bullets(b, items)
}

// personalData names the people whose data the design keeps and where it lives.
func (r *renderer) personalData() string {
	rd := readStatement(r.g.Problem)
	var who []string
	for _, a := range rd.Actors {
		// Machines are not people: a host or a pod has no personal data to export or erase.
		if !actorWords[a] || slices.Contains([]string{"device", "sensor", "watch", "tracker", "vehicle", "robot", "host", "server", "pod", "node", "machine", "container", "instance"}, a) {
			continue
		}
		who = append(who, pluralNoun(a))
	}
	var dbs []string
	for _, c := range r.stores() {
		if c.Kind == "database" || c.Kind == "storage" {
			dbs = append(dbs, c.Name)
		}
	}
	where := "every store"
	if len(dbs) > 0 {
		where = strings.Join(dbs, ", ")
	}
	fields, holders := r.personalFields()
	if len(holders) > 0 {
		// The personal fields' own stores: a score history or a time series holds none of them.
		where = strings.Join(holders, ", ")
	}
	// A medical record is kept for its legal retention and corrected, never erased on request.
	erase, erased := privacyDuty(r.g.Problem, r.capa.Small())
	if r.hasFeature("ehr") {
		erase = "exported on request and corrected rather than erased, since medical records are kept for their legal retention"
		erased = erase
	}
	switch {
	case len(who) == 0 && len(fields) == 0:
		return fmt.Sprintf("Encryption at rest with KMS-managed keys in %s; TLS on every hop.", where)
	case len(fields) == 0:
		verb := "are"
		if len(dbs) == 1 {
			verb = "is"
		}
		return fmt.Sprintf("No entity keeps contact details of %s, only their ids beside what they did, and %s %s encrypted at rest with KMS keys (a person's rows %s).", strings.Join(who, " and "), where, verb, erased)
	}
	// Name the fields the data model keeps, not a claim that nothing else is personal: the
	// statement's domain may hold more (a phone number, a bank account) than the fields list.
	s := fmt.Sprintf("Personal data of %s in the data model (%s) is encrypted at rest in %s with KMS keys, kept out of logs, and %s", accountHolders(r.g.Problem, r.g.Requirements.Workload), strings.Join(fields, "; "), where, erase)
	about := r.aboutPeople(rd.Actors)
	switch kept := r.statedRetention(); {
	case len(about) == 0 || r.hasFeature("ehr"):
	case kept != "":
		// A record the statement says to keep for years (tax, audit, liability) outlives an
		// erasure request: the law that asks for it is the exception erasure allows.
		s += fmt.Sprintf("; an erasure reaches the %s that carry the person's id, but the records the statement keeps for %s stay for that time with the name and contact details replaced by a pseudonymous id (a legal obligation to keep them is the exception to erasure), and are deleted when it ends", series(about, "and", ""), kept)
	default:
		// What an erasure must reach beyond the account is where designs differ.
		s += fmt.Sprintf("; an erasure also reaches the %s that carry the person's id, which are deleted or keep only a pseudonymous id", series(about, "and", ""))
	}
	return s + "."
}

// statedRetention is how long the statement itself says its records are kept ("7 years"), or ""
// when the retention is assumed.
func (r *renderer) statedRetention() string {
	for _, n := range r.g.Requirements.Workload.Notes {
		if span, ok := strings.CutPrefix(n, "retention: "); ok && strings.HasSuffix(span, ": stated") {
			return strings.TrimSuffix(span, ": stated")
		}
	}
	return ""
}

// personIDs are id fields that point at a person whatever the statement calls them.
var personIDs = set("user_id", "sender_id", "author_id", "owner_id", "creator_id", "member_id", "customer_id", "buyer_id", "seller_id", "rider_id", "driver_id", "player_id", "patient_id", "recipient_id")

// aboutPeople lists the design's entities, other than a person's own row, whose fields point at a
// person ("user_id", "sender_id", or an actor of the statement's id): what an erasure reaches.
func (r *renderer) aboutPeople(actors []string) []string {
	ids := maps.Clone(personIDs)
	for _, a := range actors {
		ids[strings.ReplaceAll(a, " ", "_")+"_id"] = true
	}
	for _, e := range r.entities() {
		// An entity with contact fields is a person's row whatever its name (a Patron).
		if n := strings.ToLower(e.Name); !placeEntities[n] && personalWords.MatchString(e.Fields) {
			ids[strings.ReplaceAll(n, " ", "_")+"_id"] = true
		}
	}
	var out []string
	for _, e := range r.entities() {
		name := strings.ToLower(e.Name)
		if ids[strings.ReplaceAll(name, " ", "_")+"_id"] || len(out) == 3 {
			continue // the person's own row
		}
		for _, f := range fieldWordRe.FindAllString(strings.ToLower(e.Key+" "+e.Partition+" "+e.Fields), -1) {
			if ids[f] {
				out = append(out, pluralNoun(name))
				break
			}
		}
	}
	return out
}

// fieldWordRe finds field names in an entity's key and fields.
var fieldWordRe = regexp.MustCompile(`[a-z][a-z0-9_]*`)

// placeEntities are organisations and places, whose names and addresses are public.
var placeEntities = set("clinic", "hospital", "restaurant", "restaurant & menu", "store", "listing", "place", "venue", "facility", "warehouse", "branch", "school", "market", "show", "event")

// homeWords are organisations that are people's homes.
var homeWords = set("home", "family", "household")

// personalWords are field names that identify or locate a person.
var personalWords = wordsRe("email", "phone", "display_name", "name", "address", "date of birth", "dob", "location", "ip", "user agent", "card", "iban", "resident identifier")

// personalFields names, per entity, the fields that hold personal data ("email, display_name
// (Player)"), and the stores that keep those entities.
func (r *renderer) personalFields() (out, stores []string) {
	fleet := trackedFleet(r.g.Problem) != "" // a fleet's positions are its equipment's, nobody's personal data
	for _, e := range r.entities() {
		if n := strings.ToLower(e.Name); placeEntities[n] || isOrg(n) || foundPlace(r.g.Problem, n) {
			continue // a clinic's address is not a person's; a household's is
		}
		person := actorWords[singularNoun(strings.ToLower(e.Name))]
		var fs []string
		for _, f := range strings.Split(e.Fields, ",") {
			f = strings.TrimSpace(f)
			// The field's name decides, not the values it lists: "type (goal|card|…)" holds no card.
			name, _, _ := strings.Cut(f, " (")
			if f == "" || !personalWords.MatchString(name) || strings.Contains(f, "_id") || len(fs) >= 3 || fleet && name == "location" {
				continue
			}
			if name := strings.Fields(f)[0]; name != "name" || person {
				fs = append(fs, name) // a publication's or a product's name is nobody's
			}
		}
		if len(fs) > 0 && len(out) < 3 {
			out = append(out, strings.Join(fs, ", ")+" ("+e.Name+")")
			if store, _, _ := strings.Cut(r.storeOf(e), " ("); !slices.Contains(stores, store) {
				stores = append(stores, store)
			}
		}
	}
	return out, stores
}

// accessLine says who may call the system and how they prove it, in this design's terms.
func (r *renderer) accessLine() string {
	if pub := r.publicReadLine(); pub != "" {
		return pub + " " + r.signedAccessLine() // anyone reads; only the statement's people write
	}
	return r.signedAccessLine()
}

// signedAccessLine says how the statement's people sign in and what each may change.
func (r *renderer) signedAccessLine() string {
	if !r.has("gateway") && len(r.byID) > 0 {
		return fmt.Sprintf("Callers reach %s with mTLS service identities and per-caller quotas; there is no anonymous access.", r.entry())
	}
	rd := readStatement(r.g.Problem)
	if rd.dispatch != nil && r.p.ID == "generic" {
		return newModel(rd).dispatchAccess(r.entry())
	}
	if m := newModel(rd); r.p.ID == "generic" {
		if scope, ok := m.mainKept(); ok {
			return m.keptAccess(r.entry(), scope)
		}
	}
	roles := []string{}
	for _, a := range rd.Actors {
		if a != "person" {
			roles = append(roles, pluralNoun(a))
		}
	}
	if shared := r.unownedRows(roles); len(shared) > 0 {
		// Nurses update beds, rangers update trails: staff change shared things, which no one of
		// them owns, so what a caller may change is decided by role and by where they work.
		s := fmt.Sprintf("%s verifies short-lived OAuth 2.0 tokens; %s are shared, not any one %s's, so each write is checked against the caller's role and the %s they are assigned to",
			upperFirst(r.entry()), series(shared[:min(2, len(shared))], "and", ""), singularNoun(roles[0]), workScope(r.g.Problem, r.entities()))
		if r.hasFeature("audit") {
			s += ", and the audit trail records who changed what"
		}
		return s + "."
	}
	if len(roles) > 1 {
		return fmt.Sprintf("%s verifies short-lived OAuth 2.0 tokens; %s have different roles, checked on every write against the row's owner, not only at the edge.", upperFirst(r.entry()), strings.Join(roles, " and "))
	}
	owner := "user"
	if len(roles) == 1 {
		owner = singularNoun(roles[0])
	}
	if isMachine(owner) {
		// "customer clusters report usage records": a machine signs in with no one's password.
		return fmt.Sprintf("%s verifies each %s's client certificate over mTLS and rate-limits per %s; a write is refused unless the row's %s_id is the certificate's.", upperFirst(r.entry()), owner, owner, slug(owner, "_"))
	}
	return fmt.Sprintf("%s verifies short-lived OAuth 2.0 tokens and rate-limits per %s; a write is refused unless the row's %s_id is the caller's.", upperFirst(r.entry()), owner, slug(owner, "_"))
}

// unownedRows lists the design's things when none of them is tied to a person (no id of a role
// or a person among their key and fields): what staff change together. It is empty where
// someone has rows of their own, or where the statement names no role.
func (r *renderer) unownedRows(roles []string) []string {
	if len(roles) == 0 {
		return nil
	}
	ids, own := maps.Clone(personIDs), map[string]bool{}
	for _, a := range roles {
		ids[slug(singularNoun(a), "_")+"_id"], own[singularNoun(a)] = true, true
	}
	var out []string
	for _, e := range r.entities() {
		name := strings.ToLower(e.Name)
		if own[singularNoun(name)] || name == "user" || strings.Contains(name, "audit") {
			continue
		}
		for _, f := range fieldWordRe.FindAllString(strings.ToLower(e.Key+" "+e.Partition+" "+e.Fields), -1) {
			if ids[f] {
				return nil
			}
		}
		if !placeEntities[name] && !isOrg(name) {
			out = append(out, pluralNoun(name))
		}
	}
	return out
}

// workScopeRe finds where staff work, as the statement names it.
var workScopeRe = regexp.MustCompile(`(?i)\b(wards?|units?|departments?|branch(?:es)?|depots?|sites?|stores?|shops?|warehouses?|teams?|hospitals?|clinics?|parks?|pools?|labs?|schools?|stations?|offices?|properties|hotels?|terminals?)\b`)

// workScope names where a member of staff works: the statement's word ("ward", "depot"), else
// a place of the data model ("hospital"), else their team.
func workScope(problem string, es []entity) string {
	if m := workScopeRe.FindString(problem); m != "" {
		return singularNoun(strings.ToLower(m))
	}
	for _, e := range es {
		if n := strings.ToLower(e.Name); placeEntities[n] || isOrg(n) {
			return n
		}
	}
	return "team"
}

// moneyMovesRe finds entity names that are a movement of money, not a thing with a price: a
// payment or a refund is appended, a parking stay or a tariff is updated.
var moneyMovesRe = regexp.MustCompile(`\b(payments?|ledger|transfers?|refunds?|payouts?|charges?|invoices?|transactions?|expenses?|donations?|fees?|fines?|deposits?|withdrawals?|settlements?|disbursements?|pledges?|contributions?)\b`)

// moneyRows names the design's entities that carry an amount ("payment intents and ledger
// entries"), which are what must be append-only; "rows that move money" when none says so.
func (r *renderer) moneyRows() string {
	var names []string
	for _, e := range r.entities() {
		f, n := strings.ToLower(e.Fields), strings.ToLower(e.Name)
		if (strings.Contains(f, "amount") || strings.Contains(f, "_cents") || strings.Contains(f, "minor units")) && moneyMovesRe.MatchString(n) && len(names) < 3 {
			names = append(names, strings.ToLower(pluralNoun(e.Name)))
		}
	}
	if len(names) == 0 {
		return "rows that move money"
	}
	return series(names, "and", "")
}

// takesCards reports whether the design takes people's cards through a processor: a payments
// feature, or a processor some part calls for more than refunds. A returns system only pays back
// to the card already used, so nobody's card comes "straight from their apps".
func (r *renderer) takesCards() bool {
	if r.hasFeature("payments") {
		return true
	}
	if !r.present("psp") {
		return false
	}
	psp := r.name("psp")
	calls := 0
	for _, c := range r.g.Components {
		for i, to := range c.TalksTo {
			if to != psp {
				continue
			}
			calls++
			if i >= len(c.Flows) || !strings.Contains(strings.ToLower(c.Flows[i]), "refund") || strings.Contains(strings.ToLower(c.Flows[i]), "capture") {
				return true
			}
		}
	}
	return calls == 0
}

// privacyRegimeRe finds the privacy laws a statement names.
var privacyRegimeRe = regexp.MustCompile(`(?i)\b(HIPAA|UK GDPR|GDPR|CCPA|CPRA|PIPEDA|LGPD|POPIA|APPI|PDPA|Privacy Act|DPA 2018)\b`)

// regionRegimes are the privacy laws a place in the statement implies: a shop in Germany answers
// to GDPR, one in California to CCPA.
var regionRegimes = []struct {
	re  *regexp.Regexp
	law string
}{
	{regexp.MustCompile(`(?i)\b(EU|European|Europe|Germany|German|France|French|Spain|Spanish|Italy|Italian|Netherlands|Dutch|Ireland|Irish|Belgium|Austria|Portugal|Poland|Sweden|Denmark|Finland)\b`), "GDPR"},
	{regexp.MustCompile(`(?i)\b(UK|United Kingdom|Britain|British|England|Scotland|Wales|NHS)\b`), "UK GDPR"},
	{regexp.MustCompile(`(?i)\b(California|Californian)\b`), "CCPA"},
	{regexp.MustCompile(`(?i)\b(Canada|Canadian)\b`), "PIPEDA"},
	{regexp.MustCompile(`(?i)\b(Brazil|Brazilian)\b`), "LGPD"},
}

// impliedRegimes names the privacy laws the places a statement names imply.
func impliedRegimes(problem string) []string {
	var out []string
	for _, r := range regionRegimes {
		if r.re.MatchString(problem) {
			out = append(out, r.law)
		}
	}
	return out
}

// privacyDuty says what the people whose data the design holds may ask of it, under the laws the
// statement names or its places imply; where it implies none, GDPR/CCPA where they apply for a large
// system, and whatever law gives that right for a small one. HIPAA gives no right to erasure: its duties
// are access limited to those who need it, every access logged, and a BAA with each vendor.
func privacyDuty(problem string, small bool) (erase, erased string) {
	var named []string
	for _, m := range privacyRegimeRe.FindAllString(problem, -1) {
		if m = strings.ToUpper(m); m == "PRIVACY ACT" {
			m = "the Privacy Act"
		}
		if !slices.Contains(named, m) {
			named = append(named, m)
		}
	}
	if len(named) == 0 {
		named = impliedRegimes(problem)
	}
	if len(named) == 0 && !small {
		// Millions of people live under many laws; the common ones apply where they reach.
		return "exported or erased on request under GDPR/CCPA where they apply", "exported or erased on request under GDPR/CCPA where they apply"
	}
	if len(named) == 0 {
		// A small system in no named place: the duty holds where a law gives it.
		return "exported or erased on request where a privacy law gives that right", "exported or erased on request where a privacy law gives that right"
	}
	if len(named) == 1 && named[0] == "HIPAA" {
		s := "read only by the roles that need it, every read logged, and held only with vendors that sign a BAA (HIPAA)"
		return s, s
	}
	laws := strings.Join(named, "/")
	return "exported or erased on request (" + laws + ")", "exported or erased on request under " + laws
}
