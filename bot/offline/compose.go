package offline

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/archbot/archbot/conversation/workload"
)

// namedInStatement are the archetypes whose rows take the statement's nouns ("{pk_Item}" →
// "Dose"), by their placeholder fillers.
var namedInStatement = map[string]func(problem string) func([]string) []string{
	"perish": fillPerish, "tender": fillTender, "fieldsvc": fillField,
}

// resolve replaces the generic feature of a statement no archetype fits with one composed from
// the statement's own actors, entities and actions, so its design speaks of matches and players
// rather than of "records".
func resolve(fs []*feature, problem string) []*feature {
	out := make([]*feature, len(fs))
	for i, f := range fs {
		if f.ID == "generic" {
			// Another capability's own upload flow (media, attachments) already takes the files
			// to object storage: a second flow for the same bytes would say it twice.
			held := slices.ContainsFunc(fs, func(o *feature) bool { return o.ID != "generic" && slices.Contains(o.Components, "objstore") })
			f = composedWith(problem, held)
			// A dispatch design carries its own live board of jobs and units: a second board of
			// whatever the reading made the main thing would push the wrong rows under the send
			// deadline's bound.
			if slices.ContainsFunc(fs, func(o *feature) bool { return o.ID == "realtime" }) && !slices.ContainsFunc(fs, func(o *feature) bool { return o.ID == "dispatch" }) {
				f = liveBoard(f, problem)
			}
		}
		if fill, ok := namedInStatement[f.ID]; ok {
			f = namesFilled(f, fill(problem))
		}
		if f.ID == "preorder" {
			f = preorderFeature(f, problem)
		}
		if f.ID == "custody" || f.ID == "custodyslots" {
			f = custodyFeature(f, problem)
		}
		if f.ID == "wms" {
			f = wmsFeature(f, problem)
		}
		if f.ID == "lendthings" {
			f = lendFeature(f, problem)
		}
		if f.ID == "practappt" || f.ID == "practonline" || f.ID == "apptvisit" || f.ID == "apptrecords" {
			f = practFeature(f, problem)
		}
		if f.ID == "courts" {
			f = courtsFeature(f, problem)
		}
		if f.ID == "approval" {
			f = approvalFeature(f, problem)
		}
		if f.ID == "subscriptions" {
			f = subsFeature(f, problem)
		}
		if f.ID == "racetiming" {
			f = raceFeature(f, problem)
		}
		if f.ID == "offers" {
			f = offerFeature(f, problem)
		}
		if f.ID == "bargain" {
			f = bargainFeature(f, problem)
		}
		out[i] = namedFor(remindedAt(saidEntities(f, problem), problem), problem)
	}
	if primary(out).ID != "generic" {
		// A composed design carries the similarity crux itself; an archetype gets it beside its
		// own parts.
		if f := similarFeature(out, problem); f != nil {
			out = append(out, f)
		}
	}
	return withConstraints(superseded(withStated(out, problem)), problem)
}

// saidEntities is f with the entities the statement keeps: one named {said:…} holds only where
// the statement says its words, as flows and screens do, so a printed code's Batch stands beside
// its Code where a plain short link keeps one Link.
func saidEntities(f *feature, problem string) *feature {
	if !slices.ContainsFunc(f.Entities, func(e entity) bool { return saidRe.MatchString(e.Name) }) {
		return f
	}
	c := *f
	c.Entities = saidOf(slices.Clone(f.Entities), problem, func(e *entity) *string { return &e.Name })
	return &c
}

// namedFor is f with the archetype that holds for the statement: a pattern that also designs a
// neighbour names each kind in its own paragraph ("{said:@dropoff} slot booking at a household-waste
// site" beside "{unsaid:@dropoff} timed-entry admission system"), so a recycling centre's slots
// are not called a museum's admission system. The first paragraph the statement keeps names it.
func namedFor(f *feature, problem string) *feature {
	if !strings.Contains(f.Archetype, "{") {
		return f
	}
	c := *f
	paras := strings.Split(f.Archetype, "\n\n")
	c.Archetype = unconditioned(paras[len(paras)-1])
	if kept := said(paras, problem); len(kept) > 0 {
		c.Archetype = kept[0]
	}
	return &c
}

// superseded drops the deep dives, flows and trade-offs that a narrower feature of the same
// design replaces: collaboration that must merge offline edits replaces "OT with a server owner"
// by CRDTs, rather than printing both. It drops entities and screens by name, endpoints by
// "METHOD /path" and components by id too, and requirement, use-case and out-of-scope lines that
// begin with a replaced text (a search engine's crawl must not call indexing out of scope), and
// caching, partitioning, asynchronous work, reliability, security and bottleneck lines and open questions the same
// way (a limiter's split of limits between regions answers the question whether limits are
// global, and replaces homing users in one region): a Q&A site's questions, tags and reputation
// replace a forum's posts, communities and karma, which would otherwise be listed beside them.
// A feature never replaces its own items: it may name a flow or an entity it replaces and bring
// its own of the same name (a remote session's Booking without an address).
func superseded(fs []*feature) []*feature {
	for i, f := range fs {
		gone := map[string]bool{}
		var prefixes []string
		for _, o := range fs {
			if o == f {
				continue
			}
			for _, t := range o.Replaces {
				gone[t] = true
				prefixes = append(prefixes, t)
			}
		}
		if len(gone) == 0 {
			continue
		}
		if c := without(f, gone, prefixes); changed(f, c) {
			fs[i] = c // a copy: the catalogue's own feature stays whole for other designs
		}
	}
	return fs
}

// without is a copy of f without the items gone names and the lines that begin with one of
// prefixes.
func without(f *feature, gone map[string]bool, prefixes []string) *feature {
	begins := func(line string) bool {
		line = unconditioned(line)
		return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(line, p) })
	}
	lines := func(ls []string) []string { return slices.DeleteFunc(slices.Clone(ls), begins) }
	c := *f
	c.Deep = slices.DeleteFunc(slices.Clone(f.Deep), func(d deepDive) bool { return gone[unconditioned(d.Title)] })
	c.Flows = slices.DeleteFunc(slices.Clone(f.Flows), func(fl flow) bool { return gone[unconditioned(fl.Name)] })
	c.Tradeoffs = slices.DeleteFunc(slices.Clone(f.Tradeoffs), func(t tradeoff) bool { return gone[unconditioned(t.Decision)] })
	c.Entities = slices.DeleteFunc(slices.Clone(f.Entities), func(e entity) bool { return gone[e.Name] })
	c.Screens = slices.DeleteFunc(slices.Clone(f.Screens), func(s screen) bool { return gone[s.Name] })
	c.APIs = slices.DeleteFunc(slices.Clone(f.APIs), func(e endpoint) bool { return gone[screenCall(e.Method, e.Path)] })
	c.Components = slices.DeleteFunc(slices.Clone(f.Components), func(id string) bool { return gone[id] })
	c.Functional, c.NonFunctional, c.UseCases, c.OutOfScope = lines(f.Functional), lines(f.NonFunctional), lines(f.UseCases), lines(f.OutOfScope)
	c.Caching, c.Partitioning, c.Reliability, c.Security = lines(f.Caching), lines(f.Partitioning), lines(f.Reliability), lines(f.Security)
	c.Async, c.Bottlenecks, c.Open = lines(f.Async), lines(f.Bottlenecks), lines(f.Open)
	return &c
}

// changed reports whether superseded dropped anything from f's copy c.
func changed(f, c *feature) bool {
	return len(c.Deep) != len(f.Deep) || len(c.Flows) != len(f.Flows) || len(c.Tradeoffs) != len(f.Tradeoffs) ||
		len(c.Entities) != len(f.Entities) || len(c.Screens) != len(f.Screens) || len(c.APIs) != len(f.APIs) ||
		len(c.Components) != len(f.Components) || len(c.Functional) != len(f.Functional) || len(c.NonFunctional) != len(f.NonFunctional) ||
		len(c.UseCases) != len(f.UseCases) || len(c.OutOfScope) != len(f.OutOfScope) || len(c.Caching) != len(f.Caching) ||
		len(c.Partitioning) != len(f.Partitioning) || len(c.Reliability) != len(f.Reliability) || len(c.Security) != len(f.Security) ||
		len(c.Async) != len(f.Async) || len(c.Bottlenecks) != len(f.Bottlenecks) || len(c.Open) != len(f.Open)
}

// composed builds the generic feature for one statement. Where the reader finds nothing usable it
// falls back to neutral "items" owned by "users".
func composed(problem string) *feature { return composedWith(problem, false) }

// composedWith composes the design; blobsHeld says another capability already uploads the
// statement's files to object storage, so the files it sizes need no flow of their own.
func composedWith(problem string, blobsHeld bool) *feature {
	f := *features["generic"]
	m := modelOf(problem)
	m.tells = tellsRe.MatchString(problem)
	if m.files() == "" && !blobsHeld {
		m.sized = sizedFilesOf(problem)
	}
	if sub := inputsRe.FindStringSubmatch(problem); sub != nil {
		m.inputs = strings.ToLower(sub[1])
	}
	f.Name = pluralNoun(m.main) + " and " + pluralNoun(m.owner)
	f.Functional = m.functional()
	f.UseCases = m.useCases()
	f.Entities = m.entities()
	f.APIs = m.endpoints()
	f.Screens = m.screens(f.APIs)
	f.Components = m.components()
	f.Style = m.style()
	f.Flows = m.flows()
	f.Deep = m.dives()
	if who, _ := m.told(); who != "" {
		f.Replaces = append(slices.Clone(f.Replaces), "Notify an offline user") // the flows above tell people themselves
	}
	if i := slices.IndexFunc(m.rd.Actions, func(a action) bool { return a.Object == m.main && a.Actor != "system" }); i >= 0 {
		// Flows named for what people do ("request refill"), not "write" and "read".
		l := *f.Load
		l.Write, l.Read, l.WriteBy = m.rd.Actions[i].Verb+" "+m.main, m.main+" view", m.rd.Actions[i].Actor
		if m.main == m.files() {
			l.WritesPerUser = 0.3 // a photo or a file every few days, not five a day
		}
		sizeOccasional(&l, m.rd.Actions[i].Verb, m.main)
		f.Load = &l
	} else if f.Load.Read == "" || f.Load.Read == "read" {
		// Whoever acts, what is read is the main thing: "meal choice view", not "read reads".
		l := *f.Load
		l.Read = m.main + " view"
		f.Load = &l
	}
	f.Caching = []string{fmt.Sprintf("{c:cache}: %s by id and each %s's first page of %s, cache-aside, TTL 10 min, deleted after the commit that changes them.", pluralNoun(m.main), m.owner, pluralNoun(m.main))}
	f.Partitioning = []string{fmt.Sprintf("{c:appdb} by %s_id: %s %s stay on one shard, so \"my %s\" is a single-shard query.", slug(m.owner, "_"), possessive(m.owner), pluralNoun(m.main), pluralNoun(m.main))}
	if m.measured(m.main) && !m.ownsMain() {
		f.Partitioning = []string{fmt.Sprintf("{c:appdb} by %s_id and time: one %s's %s stay on one shard in time order, so its history is one range read.", slug(m.owner, "_"), m.owner, pluralNoun(m.main))}
	}
	if scope, ok := m.mainKept(); ok && scope != "" {
		part, cache := m.keptPlacement(scope)
		f.Partitioning, f.Caching = []string{part}, []string{cache}
	}
	if m.sharedMain(f.Entities) {
		f.Caching = []string{fmt.Sprintf("{c:cache}: %s by id, cache-aside, TTL 10 min, deleted after the commit that changes them.", pluralNoun(m.main))}
		f.Partitioning = []string{fmt.Sprintf("{c:appdb} partitions %s by their own id, not by %s: no one %s holds them, and read replicas carry the reads.", pluralNoun(m.main), m.owner, m.owner)}
	}
	if m.imported(m.main) {
		// Loaded from outside, read by every caller: a read rate many times the imports, and
		// nothing partitioned by person.
		l := *f.Load
		l.ReadWrite, l.Write, l.Read = 100, "imported "+m.main, m.main+" read"
		f.Load = &l
		f.Caching = []string{fmt.Sprintf("{c:cache}: %s by the key callers ask for, until the next import replaces them (each import deletes what it changed).", pluralNoun(m.main))}
		f.Partitioning = []string{fmt.Sprintf("{c:appdb} partitions %s by their own key, not by %s: every caller reads the same %s, and read replicas carry the reads.", pluralNoun(m.main), m.owner, pluralNoun(m.main))}
	}
	if a, ok := m.answer(); ok && m.catalogue(m.main) {
		// Answers are the reads; the catalogue changes only when editors or imports change it,
		// and people's writes are the choices they keep.
		l := *f.Load
		l.WritesPerUser, l.ReadsPerUser, l.RecordBytes, l.ResponseBytes = 0.3, 5, 300, 5000
		l.Write, l.Read = "saved "+a.Object, a.Object+" "+strings.TrimSuffix(answerNoun(a.Verb), "s")+" request"
		f.Load = &l
		// Everyone reads one catalogue: replicas, not shards by person, and answers cached by
		// what was asked.
		f.Caching = []string{fmt.Sprintf("{c:cache}: answers keyed by the normalised inputs (sorted, synonyms folded) for an hour, and %s by id until an editor changes them.", pluralNoun(m.main))}
		f.Partitioning = []string{fmt.Sprintf("{c:appdb} keys the %s catalogue by its own id, not by %s: everyone reads the same catalogue, and answers spread over its read replicas.", m.main, m.owner)}
	}
	f.Open = m.open()
	if m.similar {
		m.similarDesign(&f)
	}
	if m.rd.dispatch != nil {
		m.designDispatch(&f, problem)
	}
	return &f
}

// model is a reading turned into a design's vocabulary.
type model struct {
	rd    reading
	owner string   // the actor whose things the design mostly keeps
	main  string   // the main entity
	kept  []string // entities with a table, main first
	tells bool     // the statement asks for people to be told of changes
	// inputs is what people give for an answer ("type ingredients"): the attribute the
	// answered catalogue is indexed on; "" when the statement does not say.
	inputs string
	// sim is the statement's comparing of each new item against a large collection, when
	// similar says it has one (similarity.go).
	sim     similarity
	similar bool
	// sized is what the statement sizes as files though no one is said to upload them ("PDFs up
	// to 200 MB", "2 TB per run"): they go to object storage by a flow of their own.
	sized sizedFiles
}

// modelOf reads a statement into a model, shaped by its similarity crux when it has one: every
// part of a design that speaks of the statement's things reads them from here, so none of them
// calls a plagiarism checker's submissions "plagiarisms".
func modelOf(problem string) model {
	rd := readStatement(problem)
	sim, ok := similarOf(problem)
	if ok {
		rd = sim.reshape(rd)
	}
	m := newModel(rd)
	if i := slices.IndexFunc(m.kept, func(e string) bool { return sameThing(e, sim.item) }); ok && i >= 0 {
		// "each new report" of "testers file bug reports" is a bug report.
		sim.item = m.kept[i]
	}
	if _, sent := sentAs[sim.head]; sameThing(sim.head, sim.item) || sent {
		// The collection is of the same things ("earlier submissions" of solutions): one table.
		sim.head = sim.item
	}
	m.sim, m.similar = sim, ok
	return m
}

// inputsRe finds what people hand the system to answer from: "type ingredients", "enter their
// skills", "pick a few genres".
var inputsRe = regexp.MustCompile(`(?i)\b(?:type|types|typing|enter|enters|entering|list|lists|select|selects|pick|picks|choose|chooses|give|gives|tick|ticks)\s+(?:in\s+)?(?:their|the|a few|some|your|his|her)?\s*([a-z]+s)\b`)

// tellsRe finds a statement asking that someone be told: notifications, reminders, alerts.
var tellsRe = regexp.MustCompile(`(?i)\b(notif\w*|remind\w*|alert\w*|e-?mails?|emailed|sms|text messages?|(?:get|gets|receive|receives) an? text|texted|push|told|tell|informed|inform|pinged|nudge\w*)\b`)

func newModel(rd reading) model {
	if rd.dispatch != nil {
		rd = rd.forDispatch()
	}
	rd = rd.readingsOfMeasures()
	rd.keepAsks()
	m := model{rd: rd, owner: ownerOf(rd)}
	for _, e := range rd.Entities {
		if len(m.kept) < 5 {
			m.kept = append(m.kept, e)
		}
	}
	// What an action keeps is an entity too: adopting a pet keeps an adoption.
	for _, a := range rd.Actions {
		if r := resource(a); r != "" && !slicesContains(m.kept, r) && len(m.kept) < 6 && !rd.keptBySynonym(a) {
			m.kept = append(m.kept, r)
		}
	}
	// What such a record is of is kept beside it: "members borrow tools" keeps the loans and the
	// tools they are of, as "guests book rooms" keeps rooms.
	for _, a := range rd.Actions {
		if o := lastWord(a.Object); resource(a) != "" && resource(a) == nominal(a.Verb) && a.Object != "" && a.Object != resource(a) && !actorWords[o] && !(roleSuffix(o) && !notRoles[o]) &&
			!slicesContains(m.kept, a.Object) && len(m.kept) < 5 {
			m.kept = append(m.kept, a.Object)
		}
	}
	// The main entity is what the first action keeps.
	for _, a := range rd.Actions {
		if r := resource(a); r != "" && slicesContains(m.kept, r) {
			m.main = r
			break
		}
	}
	if a, ok := m.assigned(); ok && m.main == "assignment" {
		// What crews are assigned to is what the system is about when someone makes it (outages
		// customers report); otherwise the things assigned are (berths given to vessels).
		m.main = a.Object
		if m.created(a.To) && slicesContains(m.kept, a.To) {
			m.main = a.To
		}
	}
	if m.main == "" && len(m.kept) > 0 {
		m.main = m.kept[0]
	}
	if m.main == "" {
		m.main = "item"
		m.kept = []string{"item"}
	}
	if who := m.actorOf(m.main); m.measured(m.main) && (m.rd.device(who) || vehicleWords[lastWord(who)]) {
		m.owner = who // readings are their sender's: listed, cached and sharded by it, whoever reads them
	}
	m.centreOnAsking()
	if m.rd.dispatch != nil {
		m.centreOnDispatch()
	}
	// What a limit is on is kept too: "seed packets expire after 2 years" keeps seed packets.
	for _, l := range m.limits() {
		if !slicesContains(m.kept, l.row) && len(m.kept) < 7 {
			m.kept = append(m.kept, l.row)
		}
		if l.closes() && !slices.ContainsFunc(m.kept, func(e string) bool { return sameThing(l.Subject, e) }) && len(m.kept) < 7 {
			m.kept = append(m.kept, l.Subject) // what is filed before the round closes is kept too
		}
	}
	if !slices.ContainsFunc(m.rd.Actions, func(a action) bool { return !readsVerbs[a.Verb] && resource(a) != "" }) {
		// "a system for tracking library loans" names no action, yet what it tracks is created
		// by someone: without it the design would only read.
		writer := action{Actor: m.owner, Verb: "create", Object: m.main}
		if rd.fed {
			// "forecasts refreshed hourly from a model run": the system loads them.
			writer = action{Actor: "system", Verb: "import", Object: m.main}
		}
		m.rd.Actions = append(slices.Clip(m.rd.Actions), writer)
	}
	return m
}

// ownerOf is the actor whose things the design mostly keeps: the first person who acts; a
// machine (an analyser that produces results) owns nothing a person opens, so it is the owner
// only when no person acts; else the first actor named, else "user".
func ownerOf(rd reading) string {
	for _, people := range []bool{true, false} {
		i := slices.IndexFunc(rd.Actions, func(a action) bool {
			// Whoever reads with no account owns nothing: "anyone can check" makes no one's list.
			return a.Actor != "system" && a.Actor != "" && a.Actor != publicActor && (!people || !rd.device(a.Actor))
		})
		if i >= 0 {
			return rd.Actions[i].Actor
		}
	}
	for _, a := range rd.Actors {
		if a != "person" && !slicesContains(rd.viewers, a) {
			return a
		}
	}
	return "user"
}

// centreOnAsking makes an asking the design's main thing, and its asker the owner, when the
// statement opens with what answers it ("archivists fetch boxes for readers, … readers request
// boxes"): the fetches hang off the box requests, not the other way round.
func (m *model) centreOnAsking() {
	for _, k := range m.asks() {
		if r := resource(k.hand); k.returnable() && r != "" && r != m.main {
			// "porters record handovers" of what is lent: the loan's hand-over call, no row apart.
			m.kept = slices.DeleteFunc(m.kept, func(e string) bool { return e == r })
		}
	}
	if len(m.rd.Actions) == 0 {
		return
	}
	first := m.rd.Actions[0]
	for _, k := range m.asks() {
		if (k.fulfil == first || k.hand == first) && slicesContains(m.kept, k.record) {
			m.main, m.owner = k.record, k.act.Actor
			return
		}
	}
}

// resource names what an action creates or changes: its nominal when it keeps one ("rate" keeps
// ratings, "adopt" adoptions), else its object.
func resource(a action) string {
	if a.Kept != "" {
		return a.Kept // "hospitals request blood units" keeps blood unit requests
	}
	if a.Into != "" {
		return a.Into // saving a recipe to a meal plan changes the meal plan
	}
	if a.To != "" {
		return "assignment" // assigning a crew to an outage keeps who is on what (assign.go)
	}
	if carrierVerbs[a.Verb] && a.Object != "" && a.Prep == "" && !actorWords[lastWord(a.Object)] {
		return a.Object // "devices report temperatures" keeps temperatures, not reports of them
	}
	if n := nominal(a.Verb); n != "" && n != a.Object && !transitions[a.Verb] && !readsVerbs[a.Verb] && (n != "attempt" || attemptedWords[lastWord(a.Object)]) {
		return n // but "teachers take attendance" keeps attendance, not attempts
	}
	if n := actNoun(a); n != "" {
		return n // "archivists fetch boxes" keeps fetches of boxes, not new boxes
	}
	return a.Object
}

// attemptedWords are what one takes or sits as an attempt: an exam, a quiz, a test.
var attemptedWords = set("exam", "exams", "test", "tests", "quiz", "quizzes", "assessment", "assessments", "paper", "papers", "module", "modules", "course", "courses", "lesson", "lessons", "challenge", "challenges", "survey", "surveys", "")

// makingVerbs make their object, though the reader's verb list lacks them: "bakers bake loaves";
// light verbs do too: "teachers leave comments" make comments, not "leavings".
var makingVerbs = set("leave", "give", "add", "attach", "jot", "make", "bake", "brew", "cook", "build", "craft", "knit", "sew", "draw", "paint", "draft", "compose", "design",
	"write", "produce", "grow", "raise", "breed", "plant", "sow", "carve", "print", "mint", "issue", "open", "start", "found", "form")

// actRecords are the records of acts whose noun the suffix rules get wrong.
var actRecords = map[string]string{"assess": "assessment", "treat": "treatment", "prescribe": "prescription", "diagnose": "diagnosis",
	"weigh": "weighing", "clean": "cleaning", "sort": "sorting", "pack": "packing", "bag": "bagging", "triage": "triage",
	// A verb's -ing form is the act, not what it leaves: choosing leaves a choice, deciding a
	// decision.
	"choose": "choice", "decide": "decision", "arrive": "arrival", "remove": "removal", "refuse": "refusal",
	"dispose": "disposal", "prepare": "preparation", "examine": "examination", "receive": "receipt", "provide": "provision",
	"divide": "division", "pursue": "pursuit", "withdraw": "withdrawal", "deny": "denial", "seize": "seizure",
	"enclose": "enclosure", "expose": "exposure", "perceive": "perception", "acquire": "acquisition", "admit": "admission",
	"permit": "permit", "omit": "omission", "succeed": "success", "fail": "failure", "prefer": "preference", "exclude": "exclusion",
	"include": "inclusion", "conclude": "conclusion", "intrude": "intrusion", "erode": "erosion", "explode": "explosion"}

// selfNamedEndings end verbs that are their own noun: a capture, a rescue, an exchange, a
// purchase, a release.
var selfNamedEndings = []string{"ure", "ue", "ge", "ce", "ase", "ise", "ote", "ate"}

// actNoun names the record of a clause whose verb the reader learnt from its place rather than
// its list, done to a thing that exists apart from it: a fetch of a box, an inspection of a
// trail. "" for verbs the reader knows, verbs that make their object, and clauses with no thing.
// havingVerbs say what someone has, not an act the system records: "residents hold permits" keeps
// permits, not "holds".
var havingVerbs = set("hold", "have", "own", "possess", "need", "want", "wear", "lack")

// dutyVerbs say whose job a thing is, not an act kept on its own: "60 pilots cover 45,000 ship
// movements" keeps the movements and who is on each, never a "cover".
var dutyVerbs = set("cover", "handle", "staff", "man", "crew", "oversee", "supervise")

func actNoun(a action) string {
	v := a.Verb
	if verbs[v] || transitions[v] || readsVerbs[v] || answerVerbs[v] || carrierVerbs[v] || askVerbs[v] || makingVerbs[v] || havingVerbs[v] || dutyVerbs[v] || a.Object == "" || a.Actor == "system" || actorWords[lastWord(a.Object)] || mutualVerbs[v] {
		return ""
	}
	if n, ok := actRecords[v]; ok {
		if n == "choice" {
			return a.Object + " choice" // "subscribers choose meals" keeps meal choices
		}
		return n
	}
	switch {
	case strings.HasSuffix(v, "ate") && len(v) > 5:
		return v[:len(v)-1] + "ion" // calibrate → calibration
	case strings.HasSuffix(v, "ect") || strings.HasSuffix(v, "ict"):
		return v + "ion" // inspect → inspection
	case strings.HasSuffix(v, "ise") || strings.HasSuffix(v, "ize"):
		return v[:len(v)-1] + "ation" // sanitise → sanitisation
	case strings.HasSuffix(v, "e") && slices.ContainsFunc(selfNamedEndings, func(e string) bool { return strings.HasSuffix(v, e) }):
		return v // a rescue, a capture, an exchange
	case strings.HasSuffix(v, "e"):
		return gerund(v) // dispense → dispensing
	}
	return v // a fetch, a haul, a tow
}

// actorOf names who creates an entity: the actor of an action that keeps it, preferring one that
// creates it over one that only reads it or changes its state (employees own expenses that
// managers approve).
func (m model) actorOf(entity string) string {
	for _, pass := range []bool{true, false} {
		for _, a := range m.rd.Actions {
			creates := !changes(a) && !readsVerbs[a.Verb]
			if resource(a) == entity && a.Actor != "system" && (creates || !pass) {
				return a.Actor
			}
		}
	}
	return m.owner
}

// possessive writes "a player's", "an employee's".
func possessive(who string) string { return article(personNoun(who)) + "'s" }

// massThings are kept things named by a mass noun: no article, and "food is", not "food are".
var massThings = set("food", "flour", "salt", "sugar", "fuel", "grain", "milk", "rice", "oil", "sand", "gravel", "timber", "wool",
	"clothing", "equipment", "furniture", "software", "produce", "stock", "inventory", "luggage", "water", "blood", "money", "feedback",
	"attendance", "weather", "usage", "rubbish", "waste", "compost", "linen", "laundry", "mail", "freight", "cargo", "machinery",
	"bedding", "scrap", "coal", "ore", "concrete", "fertiliser", "fertilizer")

// massWord reports a noun said as a mass: a kept thing ("food", "linen") or what the reader
// takes for a mass ("information", "research", "content"): an information management system
// keeps information, never "informations".
func massWord(w string) bool {
	w = strings.ToLower(w)
	return massThings[w] || massNouns[w]
}

// be agrees "is" or "are" with a noun phrase: "food is", "seed packets are".
func be(phrase string) string {
	if massWord(lastWord(phrase)) {
		return "is"
	}
	return "are"
}

// massRoles are roles named by a mass noun: one of them is a "staff member", not "a staff".
var massRoles = map[string]string{"staff": "staff member", "personnel": "staff member", "police": "police officer", "security": "security guard", "faculty": "faculty member"}

// personNoun names one person of a role: "staff" → "staff member".
func personNoun(role string) string {
	if p, ok := massRoles[role]; ok {
		return p
	}
	return role
}

func (m model) functional() []string {
	var out []string
	for _, a := range m.rd.Actions {
		out = append(out, upperFirst(m.clause(a)))
	}
	if a, ok := m.answer(); ok {
		out = append(out, fmt.Sprintf("Each answer ranks the %s that fit what the %s gives, best first, within a second", pluralNoun(a.Object), m.owner))
	} else if m.rd.dispatch != nil {
		out = append(out, m.dispatchFunctional()...) // jobs are everyone's on the board, not one person's list
	} else if line, ok := m.seesOwn(); ok && !m.updatedOnly(m.main) && !m.catalogue(m.main) {
		out = append(out, line)
	}
	if len(m.rd.By) > 0 {
		out = append(out, fmt.Sprintf("%s are found and grouped by %s", upperFirst(pluralNoun(m.byEntity())), strings.Join(m.rd.By, " and ")))
	}
	out = append(out, m.askFunctional()...)
	if st, ok := m.stagingOf(); ok {
		line := fmt.Sprintf("Each %s moves through its %d stages in order, one hand-off at a time", st.thing, st.stages)
		if len(st.names) > 0 {
			line = fmt.Sprintf("Each %s moves through %s, one stage at a time, and shows which stage it is at and who holds it", st.thing, st.stagePath())
		}
		if st.custody {
			line += ", and every hand-off leaves an append-only chain-of-custody record"
		}
		out = append(out, line)
	}
	out = append(out, m.alertFunctional()...)
	return append(out, m.limitFunctional()...)
}

// clause writes an action back as the statement would: "drivers send GPS updates".
func (m model) clause(a action) string {
	who := pluralNoun(a.Actor)
	if a.Actor == "system" {
		who = "the system"
	}
	verb := a.Verb
	if a.Actor == "system" {
		verb = thirdPerson(verb)
	}
	if slices.Contains(m.rd.bodies, a.Actor) {
		who, verb = "the "+a.Actor, thirdPerson(verb) // "the linen service collects soiled linen": one body
	}
	if a.Object == "" {
		if n := nominal(a.Verb); n != "" {
			return fmt.Sprintf("%s %s; each %s is kept with its state", who, verb, n)
		}
		return who + " " + verb
	}
	if a.Into != "" {
		return who + " " + verb + " " + pluralNoun(a.Object) + " to " + pluralNoun(a.Into)
	}
	if a.To != "" {
		return who + " " + verb + " " + pluralNoun(a.Object) + " to " + pluralNoun(a.To)
	}
	if a.Prep != "" {
		verb += " " + a.Prep // "charities apply for grants"
	}
	if a.Public && a.Actor == publicActor {
		who, verb = "anyone", thirdPerson(verb) // "anyone can see": whoever asks, with no account
	}
	if a.Contents {
		return who + " " + verb + " what is in the " + pluralNoun(a.Object) + nearPhrase(a) + openly(a)
	}
	if a.Near && a.Radius == "" {
		verb += " nearby"
	}
	if a.State != "" {
		return who + " " + verb + " " + pluralNoun(a.Object) + " " + a.State // "housekeepers mark rooms clean"
	}
	if a.With != "" {
		return who + " " + verb + " " + pluralNoun(a.Object) + " with " + pluralNoun(a.With) // "clients book sessions with artists"
	}
	return who + " " + verb + " " + pluralNoun(a.Object) + nearPhrase(a) + heldClause(a) + openly(a)
}

func (m model) useCases() []string {
	var out []string
	for _, a := range m.rd.Actions {
		if m.rd.pairing(a) {
			p := m.rd.pairs
			out = append(out, fmt.Sprintf("The system %s matches between %s and %s as each arrives", thirdPerson(a.Verb), pluralNoun(p[0]), pluralNoun(p[1])))
			continue
		}
		if a.Actor == "system" && answerVerbs[a.Verb] && a.Object != "" {
			out = append(out, fmt.Sprintf("%s asks and gets the %s that fit best, ranked", upperFirst(withArticle(m.owner)), pluralNoun(a.Object)))
			continue
		}
		if a.Actor == "system" {
			out = append(out, fmt.Sprintf("The system %s %s", thirdPerson(a.Verb), withArticle(a.Object)))
			continue
		}
		uc := upperFirst(withArticle(a.Actor)) + " " + thirdPerson(a.Verb)
		if a.Object != "" {
			if a.Prep != "" {
				uc += " " + a.Prep
			}
			uc += " " + withArticle(a.Object)
			if a.Into != "" {
				uc += " to " + withArticle(a.Into)
			}
		} else if n := nominal(a.Verb); n != "" {
			uc += ": " + withArticle(n) + " is created"
		}
		out = append(out, uc)
	}
	out = append(out, m.askUseCases()...)
	out = append(out, m.alertUseCases()...)
	if m.rd.dispatch != nil {
		return append(out, m.dispatchUseCases()...)
	}
	if m.ownsMain() && !m.catalogue(m.main) {
		out = append(out, fmt.Sprintf("%s opens %s", upperFirst(withArticle(m.owner)), m.ownPhrase()))
	}
	return out
}

// sharedRow is the row of a thing nobody in the statement creates (a show players join, a
// question pushed to them, a match the system makes): it is not one person's, so it is keyed and
// partitioned by its own id.
func (m model) sharedRow(e, who string) entity {
	id := slug(e, "_") + "_id"
	fields := append([]string{id}, refIDs(m.refs(e))...)
	stated := m.statedRefs(e, "")
	fields = append(fields, refIDs(stated)...)
	idx := "(status, created_at desc)"
	if p := m.rd.pairs; e == "match" && len(p) == 2 {
		fields = append(fields, slug(p[0], "_")+"_id", slug(p[1], "_")+"_id", "score", "why (the attributes that agree)")
		idx = fmt.Sprintf("(%s_id, score desc); unique (%s_id, %s_id)", slug(p[1], "_"), slug(p[0], "_"), slug(p[1], "_"))
	}
	if e == m.byEntity() && len(m.rd.By) > 0 {
		fields = append(fields, m.rd.By...)
		idx = fmt.Sprintf("(%s, status)", strings.Join(m.rd.By, ", "))
	}
	fields = appendNew(fields, m.statedFields(e)...)
	fields = appendNew(fields, m.nounFields(e)...) // a permit's validity, a boat's name and capacity
	if st, ok := m.stagingOf(); ok && st.thing == e {
		fields = appendNew(fields, st.stagedFields()...) // an order everyone works on is still at one stage
	}
	why := fmt.Sprintf("read by id by everyone who takes part, not owned by one %s", who)
	if len(stated) > 0 {
		why += "; foreign keys " + fkList(stated)
	}
	return entity{Name: upperFirst(e), Store: "appdb", Key: id + " (Snowflake)", Partition: id, Indexes: idx,
		Fields: strings.Join(append(fields, "status", "created_at", "updated_at", "version"), ", "),
		Why:    why}
}

func (m model) entities() []entity {
	var out []entity
	for _, e := range m.kept {
		who := m.actorOf(e)
		maker := who
		if m.rd.device(who) && e == m.main && !m.rd.device(m.owner) && !m.measured(e) {
			// Results an analyser produces are the doctor's to read and release: the machine is a
			// reference, the person the owner.
			who = m.owner
		}
		from := m.derivedFrom(e)
		if from != "" {
			who = m.actorOf(from) // a shopping list is its meal plan owner's
		}
		ownerKey := slug(who, "_") + "_id"
		if de, ok := m.dispatchRow(e); ok {
			out = append(out, de)
			continue
		}
		if se, ok := m.sharedEntity(e); ok {
			out = append(out, se)
			continue
		}
		// A thing nobody in the statement creates (a bed nurses update, a show players join) is
		// not one person's, so it is keyed and partitioned by its own id — the main one too.
		if !m.created(e) && (e != m.main || m.updatedOnly(e)) && from == "" {
			out = append(out, m.sharedRow(e, who))
			continue
		}
		row := m.ownedRow(e, who, maker, from, ownerKey)
		if scope, ok := m.keptAbout(e, who); ok && from == "" {
			row = keptRow(row, e, who, scope)
		}
		out = append(out, row)
	}
	for i := range out {
		out[i] = m.shapeAssigned(m.shapeNearby(m.shapeLimited(m.shapeAsked(out[i]))))
	}
	if st, ok := m.stagingOf(); ok && st.custody {
		out = append(out, st.custodyRow())
	}
	if row, ok := m.alertRow(); ok {
		out = append(out, row)
	}
	return append(out, m.actorRows(len(out))...)
}

// ownedRow is the row of a thing someone makes: keyed by its maker's id, indexed for the lists
// the statement reads it in, with the fields its actions give it.
func (m model) ownedRow(e, who, maker, from, ownerKey string) entity {
	idx := fmt.Sprintf("(%s, created_at desc)", ownerKey)
	if a, ok := m.reviewed(); ok && resource(a) == e {
		idx += "; (status, created_at) for the queue of those waiting"
		if triageVerbs[a.Verb] {
			idx = fmt.Sprintf("(%s, created_at desc); (status, priority desc, created_at) for the queue, most urgent first", ownerKey)
		}
	}
	if e == m.byEntity() && len(m.rd.By) > 0 {
		idx += fmt.Sprintf("; (%s, status)", strings.Join(m.rd.By, ", "))
	}
	fields := []string{slug(e, "_") + "_id", ownerKey}
	if maker != who {
		fields = append(fields, slug(maker, "_")+"_id")
	}
	for _, o := range append(m.refs(e), m.statedRefs(e, who)...) {
		fields = appendNew(fields, slug(o, "_")+"_id")
	}
	if e == m.byEntity() {
		fields = append(fields, m.rd.By...)
	}
	fields = appendNew(fields, m.contentFields(e)...)
	if e == m.rd.mutual {
		// Two sides: who proposed to whom, what each puts in, for which dates.
		t := slug(orDefault(m.traded(), "item"), "_")
		fields = append(fields, "other_"+ownerKey, "proposer_"+t+"_id", "other_"+t+"_id", "dates (daterange)", "expires_at")
		idx += fmt.Sprintf("; (other_%s, status) for the proposals waiting for an answer", ownerKey)
	}
	fields = append(fields, m.entries(e)...)
	fields = append(fields, m.handledFields(e)...)
	if m.claimed(e) {
		fields = append(fields, "quantity_left")
	}
	fields = append(fields, "status", "created_at", "updated_at", "version")
	why := m.entityWhy(e, who)
	if from != "" {
		why = fmt.Sprintf("written only by the job workers from %s (keyed by %s_id and the version it was built from, so a rerun replaces rather than duplicates); %s", article(from), slug(from, "_"), why)
	}
	return entity{
		Name: upperFirst(e), Store: "appdb", Key: slug(e, "_") + "_id (Snowflake)", Partition: ownerKey, Indexes: idx,
		Fields: strings.Join(fields, ", "),
		Why:    why,
	}
}

// handledFields are the fields what is done to a kept thing adds: where a sized thing's bytes
// are, which stage a staged thing is at and who holds it, how urgent a triaged thing is and whose.
func (m model) handledFields(e string) []string {
	fields := m.alertFields(e) // a hive inspection names its hive, which an alert is one per
	if slicesContains(m.rd.sized, e) {
		// "2 TB per run": the bytes go to object storage, the row says where and what.
		fields = append(fields, "data_key (object storage)", "bytes", "sha256")
	}
	if st, ok := m.stagingOf(); ok && st.thing == e {
		fields = append(fields, st.stagedFields()...)
	}
	if slices.ContainsFunc(m.rd.Actions, func(a action) bool { return triageVerbs[a.Verb] && resource(a) == e }) {
		fields = append(fields, "priority", "assignee_id") // triage decides how urgent and whose
	}
	return fields
}

// actorRows are the rows of the people (and machines) who act, up to seven entities in all when
// n are already kept.
func (m model) actorRows(n int) []entity {
	var out []entity
	for _, a := range m.rd.Actors {
		if a == "person" || a == "system" || slicesContains(m.kept, a) || n+len(out) >= 7 {
			continue
		}
		id := slug(a, "_") + "_id"
		if vehicleWords[lastWord(a)] || workVehicles[lastWord(a)] {
			// A vehicle or a freight unit is known by the number painted on it (a plate, a hull
			// number, an ISO 6346 container number), read at a gate or a scanner, not by an email.
			out = append(out, entity{Name: upperFirst(a), Store: "appdb", Key: id + " (Snowflake)", Partition: id, Indexes: "unique(registration)",
				Fields: id + ", registration (plate or unit number), kind, operator_id, last_seen_at, last_seen_where, created_at", Why: fmt.Sprintf("one row per %s, found by the number read off it", a)})
			continue
		}
		if isOrg(a) {
			out = append(out, orgRow(a))
			continue
		}
		if m.rd.device(a) {
			// A machine has a serial number and a credential, not an email address.
			out = append(out, entity{Name: upperFirst(a), Store: "appdb", Key: id + " (Snowflake)", Partition: id, Indexes: "unique(serial_number)",
				Fields: id + ", serial_number, model, firmware_version, credential_fingerprint, last_seen_at, created_at", Why: fmt.Sprintf("one row per %s: its identity, its credential and when it was last heard from", a)})
			continue
		}
		out = append(out, entity{Name: upperFirst(a), Store: "appdb", Key: id + " (Snowflake)", Partition: id, Indexes: "unique(email)",
			Fields: id + ", display_name, email, created_at", Why: fmt.Sprintf("one row per %s, referenced by what they create", a)})
	}
	return out
}

// sharedEntity is the row of a thing everyone reads and no one owns: what the system imports
// from outside, the catalogue its answers come from, or an organisation that acts. ok is false
// for anything else.
func (m model) sharedEntity(e string) (entity, bool) {
	if isOrg(e) && slicesContains(m.rd.Actors, e) && e != m.main {
		return orgRow(e), true // "the catering team invoices each school": the school that orders is its members', not the team's
	}
	id := slug(e, "_") + "_id"
	switch {
	case m.imported(e):
		return entity{Name: upperFirst(e), Store: "appdb", Key: id + " (Snowflake)", Partition: id,
			Indexes: "unique(source, source_key); (updated_at)",
			Fields:  strings.Join([]string{id, "source", "source_key", "observed_at", "values", "updated_at"}, ", "),
			Why:     fmt.Sprintf("loaded by the import from its source and keyed by the source's own key, so a re-import replaces rather than duplicates; read by every %s, owned by none", m.owner)}, true
	case m.catalogue(e):
		// Found through an index from each attribute to the ids that have it.
		one, many := m.attribute()
		return entity{Name: upperFirst(e), Store: "appdb", Key: id + " (Snowflake)", Partition: id,
			Indexes: fmt.Sprintf("GIN index on %s (%s → ids) for candidate lookup", many, one),
			Fields:  strings.Join([]string{id, "title", many + "[]", "popularity", "updated_at", "version"}, ", "),
			Why:     fmt.Sprintf("read by every %s and written by editors or imports, not owned by one %s; answers find candidates through the %s index", m.owner, m.owner, one)}, true
	}
	return entity{}, false
}

// created reports whether an action of a person in the statement creates the entity (not only
// changes or reads it).
func (m model) created(entity string) bool {
	return slices.ContainsFunc(m.rd.Actions, func(a action) bool {
		return resource(a) == entity && a.Actor != "system" && a.Actor != "" && !changes(a) && !readsVerbs[a.Verb]
	})
}

func refIDs(refs []string) []string {
	out := make([]string, len(refs))
	for i, o := range refs {
		out[i] = slug(o, "_") + "_id"
	}
	return out
}

// entityWhy says how an entity is read and what it references.
func (m model) entityWhy(e, who string) string {
	s := fmt.Sprintf("read by id and as \"%s %s\"", possessive(who), pluralNoun(e))
	refs := append([]string{who}, m.refs(e)...)
	return s + "; foreign keys " + fkList(append(refs, m.statedRefs(e, who)...))
}

// fkList writes foreign keys: "truck_id → Truck, elevator_id → Elevator".
func fkList(refs []string) string {
	out := make([]string, len(refs))
	for i, o := range refs {
		out[i] = slug(o, "_") + "_id → " + upperFirst(o)
	}
	return strings.Join(out, ", ")
}

// refs lists what an entity points at: the objects of the actions that keep it ("bookings" point
// at the doctor booked).
func (m model) refs(e string) []string {
	var out []string
	for _, a := range m.rd.Actions {
		if resource(a) == e && a.From != "" && !slicesContains(out, a.From) {
			out = append(out, a.From) // a shopping list generated from a meal plan points at it
		}
		if k, ok := m.askOf(a); ok && k.kind == stockAsk {
			continue // a request for stock names a type; the units allocated point at it
		}
		if resource(a) == e && a.Object != "" && a.Object != e && a.Into == "" && !slicesContains(out, a.Object) {
			out = append(out, a.Object)
		}
	}
	return out
}

// claimVerbs take some of what another person offers: a preorder of produce, a booking of a slot.
var claimVerbs = set("order", "preorder", "book", "reserve", "claim", "buy", "rent", "borrow", "adopt", "hire")

// claimOf finds the action by which people claim some of what another lists ("shoppers
// preorder the produce"); ok is false when nobody does. Claims by the same role count too:
// members lend tools to other members.
func (m model) claimOf() (action, bool) {
	for _, a := range m.rd.Actions {
		if claimVerbs[a.Verb] && a.Object != "" && !actorWords[lastWord(a.Object)] && m.created(a.Object) && resource(a) != a.Object {
			return a, true
		}
	}
	return action{}, false
}

// claimed reports whether people claim an entity others list (so it carries a quantity left).
func (m model) claimed(e string) bool {
	a, ok := m.claimOf()
	return ok && a.Object == e
}

// claimDive is the hard part of people claiming what others list: never more claims than there
// is to give ("shoppers preorder the produce vendors list").
func (m model) claimDive() (deepDive, bool) {
	a, ok := m.claimOf()
	if !ok {
		return deepDive{}, false
	}
	claim, thing := resource(a), a.Object
	return deepDive{Title: fmt.Sprintf("No more %s than the %s allows", pluralNoun(claim), thing), Weight: 9, Body: fmt.Sprintf(
		"%s list a limited quantity and %s claim it at the same moments (when listings open, before a cut-off), so each %s carries quantity_left and %s is one transaction in {c:appdb}: `UPDATE … SET quantity_left = quantity_left - :n WHERE %s_id = ? AND quantity_left >= :n`, then the %s row is inserted with the %s's idempotency key. A claim that updates no row gets \"sold out\" at once; a cancelled %s puts its quantity back in the same way, so the count is never wrong and no lock is held between requests.",
		upperFirst(pluralNoun(m.actorOf(thing))), pluralNoun(a.Actor), thing, article(claim), slug(thing, "_"), claim, claim, claim)}, true
}

// updatedOnly reports whether the statement's people change or read an entity but nobody
// creates it: "nurses update bed status and admissions see free beds".
func (m model) updatedOnly(e string) bool {
	touched := false
	for _, a := range m.rd.Actions {
		if a.To != "" && (a.Object == e || a.To == e) {
			touched = true // assigning berths to vessels changes who is on them, it makes neither
			continue
		}
		if resource(a) != e {
			continue
		}
		if !changes(a) && !readsVerbs[a.Verb] {
			return false
		}
		touched = true
	}
	return touched
}

// derivedFrom names what the system builds an entity from ("meal plans that generate a shopping
// list"), or "".
func (m model) derivedFrom(e string) string {
	for _, a := range m.rd.Actions {
		if a.From != "" && resource(a) == e {
			return a.From
		}
	}
	return ""
}

// entries lists what a container holds: a meal plan's recipes, each added once.
func (m model) entries(e string) []string {
	var out []string
	for _, a := range m.rd.Actions {
		if a.Into == e {
			out = append(out, fmt.Sprintf("entries[] (%s_id, added_at; unique per %s)", slug(a.Object, "_"), e))
		}
	}
	return out
}

// carrierVerbs hand the system their object: what is kept is the object itself.
var carrierVerbs = set("report", "send", "log", "record", "submit", "post", "upload", "publish", "share", "import", "add", "create", "write", "place", "open")

// transitions are verbs that change a kept thing's state rather than create one.
var transitions = set("approve", "reject", "accept", "cancel", "complete", "return", "close", "resolve", "assign", "mark", "edit", "update", "escalate", "confirm", "claim", "redeem", "refund",
	"release", "acknowledge", "verify", "sign", "flag", "archive", "suspend", "triage", "prioritise", "prioritize")

// triageVerbs decide how urgent an existing thing is and whose it becomes: they order a queue
// and route, they create nothing.
var triageVerbs = set("triage", "prioritise", "prioritize")

// readsVerbs are verbs that only read.
var readsVerbs = set("view", "browse", "search", "find", "see", "read", "watch", "check", "discover", "track", "monitor", "compare", "get", "receive", "serve",
	"filter", "sort", "explore", "query", "look", "lookup")

func (m model) endpoints() []endpoint {
	var eps []endpoint
	add := func(e endpoint) {
		for _, x := range eps {
			if x.Method == e.Method && x.Path == e.Path {
				return
			}
		}
		eps = append(eps, e)
	}
	for _, a := range m.rd.Actions {
		if a.Actor == "system" && a.Verb == "import" && m.imported(resource(a)) || m.rd.pairing(a) {
			continue // nobody calls the API to import or to pair: a schedule or each arrival does
		}
		if m.logsJob(a) {
			continue // the dispatch's own call logs the job, with where it is
		}
		if e, ok := m.endpointFor(a); ok {
			if isMachine(a.Actor) {
				// Machines authenticate with a certificate of their own; no person's screen calls this.
				e.Auth = "device certificate (mTLS)"
			}
			add(e)
		}
	}
	for _, e := range m.askEndpoints() {
		add(e)
	}
	if st, ok := m.stagingOf(); ok {
		for _, e := range st.stagingEndpoints() {
			add(e)
		}
	}
	mp := "/v1/" + slug(pluralNoun(m.main), "-")
	if m.rd.dispatch != nil {
		for _, e := range m.dispatchEndpoints() {
			add(e)
		}
	}
	add(endpoint{Method: "GET", Path: mp + "/{id}", Response: fmt.Sprintf("{%s}", slug(m.main, "_"))})
	if m.catalogue(m.main) || m.rd.dispatch != nil {
		return eps
	}
	if !m.updatedOnly(m.main) && (m.ownsMain() || m.measured(m.main)) {
		add(endpoint{Method: "GET", Path: "/v1/" + slug(pluralNoun(m.owner), "-") + "/{id}/" + slug(pluralNoun(m.main), "-") + "?cursor=", Response: "{items[], next_cursor}", Paginated: true,
			Note: fmt.Sprintf("%s %s, newest first", possessive(m.owner), pluralNoun(m.main))})
	}
	if p := m.rd.pairs; len(p) == 2 {
		// Matches are offered on what the second side brought, and confirmed by a person.
		add(endpoint{Method: "GET", Path: "/v1/" + slug(pluralNoun(p[1]), "-") + "/{id}/matches", Response: fmt.Sprintf("{items[]: {match_id, %s, score, why}}", slug(p[0], "_")),
			Note: fmt.Sprintf("the %s the system %s for this %s, best first", pluralNoun(p[0]), thirdPerson(m.pairingVerb()), p[1])})
		add(endpoint{Method: "POST", Path: "/v1/matches/{id}/confirm", Request: "If-Match: version (no body)", Response: "{match}", Idempotent: true,
			Note: "a person confirms it; both sides close and the rest of their matches are withdrawn"})
	}
	if a, ok := m.reviewed(); ok {
		// "pharmacists verify refills": the pharmacist works through a queue of what waits.
		order := "oldest first"
		if triageVerbs[a.Verb] {
			order = "most urgent first, then oldest"
		}
		add(endpoint{Method: "GET", Path: "/v1/" + slug(pluralNoun(resource(a)), "-") + "?status=" + m.waiting(resource(a)) + "&cursor=", Response: "{items[], next_cursor}", Paginated: true,
			Note: fmt.Sprintf("the %s waiting for %s to %s them, %s", pluralNoun(resource(a)), article(a.Actor), a.Verb, order)})
	}
	if len(eps) < 3 {
		add(endpoint{Method: "POST", Path: mp, Request: "{…} + Idempotency-Key", Response: fmt.Sprintf("201 {%s_id}", slug(m.main, "_")), Idempotent: true})
		add(endpoint{Method: "PATCH", Path: mp + "/{id}", Request: "{fields} + If-Match: version", Response: fmt.Sprintf("{%s}", slug(m.main, "_")), Note: "optimistic concurrency via version"})
	}
	return eps
}

// pairingVerb is the statement's own verb for the system's matching: it "suggests" matches.
func (m model) pairingVerb() string {
	for _, a := range m.rd.Actions {
		if m.rd.pairing(a) {
			return a.Verb
		}
	}
	return "suggest"
}

// byEntity is what the statement finds or filters by its attributes ("diners filter dishes by
// allergens"): the object of its first read of a kept thing, else the main entity.
func (m model) byEntity() string {
	for _, a := range m.rd.Actions {
		if readsVerbs[a.Verb] && a.Object != "" && slicesContains(m.kept, a.Object) {
			return a.Object
		}
	}
	return m.main
}

// traded is what people offer each other in a mutual deal: the thing they list ("families list
// their homes and agree on exchange dates" trades homes).
func (m model) traded() string {
	if m.rd.traded != "" {
		return m.rd.traded
	}
	for _, a := range m.rd.Actions {
		if (a.Verb == "list" || a.Verb == "offer" || a.Verb == "post" || a.Verb == "add") && a.Object != "" && a.Object != m.rd.mutual {
			return a.Object
		}
	}
	return ""
}

// reviewed returns the first state change one kind of person makes to what another kind keeps
// ("pharmacists verify refills" the patients request): the reviewer's work is a queue.
func (m model) reviewed() (action, bool) {
	for _, a := range m.rd.Actions {
		if r := resource(a); changes(a) && r != "" && a.Actor != "system" && a.Actor != m.actorOf(r) {
			return a, true
		}
	}
	return action{}, false
}

// endpointFor maps one action onto the API: reads to GET, state changes to POST on the thing,
// actions that keep a record of their own to POST on that record, others to POST creating the
// object.
func (m model) endpointFor(a action) (endpoint, bool) {
	r := resource(a)
	if r == "" {
		return endpoint{}, false
	}
	if e, ok := m.holdingEndpoint(a); ok {
		return e, true
	}
	coll := "/v1/" + slug(pluralNoun(r), "-")
	key := slug(r, "_")
	switch {
	case a.Verb == "propose" && r == m.rd.mutual:
		t := slug(orDefault(m.traded(), "item"), "_")
		return endpoint{Method: "POST", Path: coll, Request: fmt.Sprintf("{your_%s_id, their_%s_id, terms (dates, place)} + Idempotency-Key", t, t),
			Response: fmt.Sprintf("201 {%s_id, status: proposed, expires_at}", key), Idempotent: true,
			Note: fmt.Sprintf("a proposal the other %s accepts or declines", a.Actor)}, true
	case a.Actor == "system" && answerVerbs[a.Verb]:
		_, many := m.attribute()
		return endpoint{Method: "GET", Path: coll + "/" + answerNoun(a.Verb) + "?" + many + "=&limit=20", Response: fmt.Sprintf("{items[]: %s, score, why}, request_id}", key),
			Note: fmt.Sprintf("the %s that fit the %s given, best first", pluralNoun(r), func() string { _, many := m.attribute(); return many }())}, true
	case readsVerbs[a.Verb]:
		q := "?cursor="
		switch {
		case a.Near:
			q = "?near=lat,lng&" + m.radiusQuery(a) + "&cursor="
			if a.Held != "" {
				q = "?near=lat,lng&" + m.radiusQuery(a) + "&" + slug(a.Held, "_") + "_id=&cursor="
			}
			if a.Public {
				// Anyone may ask, signed in or not: the gateway limits by address instead.
				return endpoint{Method: "GET", Path: coll + q, Response: "{items[], next_cursor}", Paginated: true, Auth: "n/a (anyone: no sign-in, rate-limited per IP)"}, true
			}
		case len(m.rd.By) > 0:
			q = "?" + m.rd.By[0] + "=&cursor="
		case m.updatedOnly(r):
			q = "?status=&cursor=" // things nobody owns are found by their state
		}
		return endpoint{Method: "GET", Path: coll + q, Response: "{items[], next_cursor}", Paginated: true}, true
	case changes(a) && a.State != "":
		return endpoint{Method: "POST", Path: coll + "/{id}/" + slug(a.State, "-"), Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
			Note: fmt.Sprintf("%s %s by %s; a repeat is a no-op", pastTense(a.Verb), a.State, article(a.Actor))}, true
	case changes(a) && triageVerbs[a.Verb]:
		// Triage decides on what is there: how urgent it is and who takes it, not a new thing.
		return endpoint{Method: "POST", Path: coll + "/{id}/" + a.Verb, Request: "{priority, assignee_id} + If-Match: version", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
			Note: fmt.Sprintf("%s by %s: its priority and the %s it is routed to; a repeat is a no-op", pastTense(a.Verb), article(a.Actor), a.Actor)}, true
	case a.To != "":
		return m.assignEndpoint(a), true
	case changes(a):
		return endpoint{Method: "POST", Path: coll + "/{id}/" + a.Verb, Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
			Note: fmt.Sprintf("%s by %s; a repeat is a no-op", pastTense(a.Verb), article(a.Actor))}, true
	case a.Verb == "delete" || a.Verb == "remove":
		return endpoint{Method: "DELETE", Path: coll + "/{id}", Response: "204", Idempotent: true}, true
	case a.From != "":
		return endpoint{Method: "POST", Path: "/v1/" + slug(pluralNoun(a.From), "-") + "/{id}/" + slug(r, "-"), Response: fmt.Sprintf("202 {%s_id, status: generating}", key), Idempotent: true,
			Note: fmt.Sprintf("%s the %s from the %s's current version; a repeat for the same version returns the same %s", a.Verb, r, a.From, r)}, true
	case a.Into != "":
		obj := slug(a.Object, "_")
		return endpoint{Method: "PUT", Path: coll + "/{id}/" + slug(pluralNoun(a.Object), "-") + "/{" + obj + "_id}", Response: fmt.Sprintf("200 {%s}", key), Idempotent: true,
			Note: fmt.Sprintf("%s %s to the %s; a repeat is a no-op (one entry per %s)", a.Verb, article(a.Object), a.Into, a.Object)}, true
	}
	if k, ok := m.askOf(a); ok {
		return m.askEndpoint(k), true
	}
	if k, ok := m.handing(a); ok {
		return m.handEndpoint(k, a), true
	}
	if k, ok := m.fulfilling(a); ok {
		// "kitchens record deliveries": a delivery hands over an order, so it is made on it.
		e, _ := m.plainEndpoint(a, r)
		e.Path = k.recordPath() + "/{id}/" + slug(pluralNoun(r), "-")
		e.Note = fmt.Sprintf("fulfils the %s in the same transaction", k.record)
		return e, true
	}
	return m.plainEndpoint(a, r)
}

// plainEndpoint creates what an action keeps: under the kept thing it is about, else on its own.
func (m model) plainEndpoint(a action, r string) (endpoint, bool) {
	coll := "/v1/" + slug(pluralNoun(r), "-")
	key := slug(r, "_")
	req := []string{}
	if a.Object != "" && a.Object != r {
		if actorWords[lastWord(a.Object)] || !slicesContains(m.kept, a.Object) {
			req = append(req, slug(a.Object, "_")+"_id")
		} else {
			// Rating a recipe is a rating under that recipe.
			coll = "/v1/" + slug(pluralNoun(a.Object), "-") + "/{id}/" + slug(pluralNoun(r), "-")
		}
	}
	if r == m.byEntity() {
		req = append(req, m.rd.By...)
	}
	if fs := m.actionFields(a); len(fs) > 0 && a.Into == "" && a.From == "" {
		// What the caller sends: not what the system fills in later.
		req = append(req, slices.DeleteFunc(slices.Clone(fs), func(f string) bool { return f == "returned_at" || f == "recorded_at" })...)
	} else {
		req = append(req, "…")
	}
	return endpoint{Method: "POST", Path: coll, Request: "{" + strings.Join(req, ", ") + "} + Idempotency-Key", Response: fmt.Sprintf("201 {%s_id}", key), Idempotent: true}, true
}

// screens gives each actor the screens its actions need, calling only the endpoints above.
func (m model) screens(eps []endpoint) []screen {
	var out []screen
	home := ""
	for _, e := range eps {
		if e.Paginated && strings.Contains(e.Path, "/"+slug(pluralNoun(m.owner), "-")+"/{id}/") {
			home = e.Method + " " + e.Path
		}
	}
	if home != "" {
		shows := fmt.Sprintf("the %s's %s, newest first, with their state", m.owner, pluralNoun(m.main))
		if m.measured(m.main) && !m.ownsMain() {
			shows = fmt.Sprintf("one %s's %s, newest first", m.owner, pluralNoun(m.main)) // a valve's readings, opened by whoever watches it
		}
		out = append(out, screen{Name: upperFirst(pluralNoun(m.main)), Shows: shows, Calls: []string{stripQuery(home)}})
	}
	for _, e := range eps {
		switch {
		case strings.HasPrefix(e.Auth, "device"):
		case e.Method == "GET" && strings.Contains(e.Path, "/"+answerNounOf(e.Path)+"?") && answerNounOf(e.Path) != "":
			out = append(out, screen{Name: upperFirst(answerNounOf(e.Path)), Shows: fmt.Sprintf("the best-fitting %s first, each with what fits and what is missing", pluralNoun(m.main)), Calls: []string{stripQuery(e.Method + " " + e.Path)}})
		case e.Method == "POST" && !strings.Contains(e.Path, "/{id}/") || e.Method == "POST" && strings.HasSuffix(e.Path, "s"):
			out = append(out, screen{Name: "New " + singularPath(e.Path), Shows: formFor(singularPath(e.Path), e.Request), Calls: []string{e.Method + " " + e.Path}})
		case e.Method == "GET" && (strings.Contains(e.Path, "?status=submitted") || strings.Contains(e.Path, "?status=requested")):
			out = append(out, screen{Name: "Waiting for review", Shows: e.Note + ", each opening its detail with the decision buttons", Calls: []string{stripQuery(e.Method + " " + e.Path)}})
		case e.Method == "GET" && e.Paginated && e.Method+" "+e.Path != home:
			out = append(out, screen{Name: "Browse " + lastSegment(e.Path), Shows: "a filtered, paged list", Calls: []string{stripQuery(e.Method + " " + e.Path)}})
		}
	}
	var detail []string
	for _, e := range eps {
		if strings.HasPrefix(e.Path, "/v1/"+slug(pluralNoun(m.main), "-")+"/{id}") && !e.Paginated {
			detail = append(detail, e.Method+" "+e.Path)
		}
	}
	if len(detail) > 0 {
		out = append(out, screen{Name: upperFirst(m.main) + " detail", Shows: fmt.Sprintf("one %s and what can be done with it", m.main), Calls: detail})
	}
	return out
}

// style names the composed architecture from its parts. It leads with what the statement keeps:
// the service and database under it are the same in every composed design, so opening with them
// made every approach read alike.
func (m model) style() string {
	s := series(pluralAll(m.kept, 3), "and", "") + " in one replicated PostgreSQL database{db_split} behind one stateless service"
	if len(m.kept) == 0 {
		s = "one stateless service over one replicated PostgreSQL database{db_split}"
	}
	var async []string
	if w := m.systemWork(); w != (action{}) {
		async = append(async, "job workers that "+w.Verb+" "+pluralNoun(orDefault(w.Object, "job")))
	}
	if ls := m.limits(); len(ls) > 0 {
		async = append(async, "scheduled sweeps that act on "+pluralNoun(ls[0].row)+" when their "+ls[0].column+" passes")
	}
	if n, what := m.told(); n != "" {
		async = append(async, "notification workers that tell "+pluralNoun(n)+" when their "+pluralNoun(what)+" change")
	}
	s += m.askStyle()
	if len(async) > 0 {
		s += ", with a log feeding " + strings.Join(async, " and ")
	}
	if f := m.files(); f != "" {
		s += fmt.Sprintf("; %s go straight to object storage", pluralNoun(f))
	}
	return s
}

func pluralAll(ws []string, n int) []string {
	var out []string
	for _, w := range ws {
		if len(out) < n {
			out = append(out, pluralNoun(w))
		}
	}
	return out
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// fileWords are things people upload as files rather than as rows.
var fileWords = set("photo", "image", "picture", "receipt", "episode", "video", "file", "document", "attachment", "scan", "recording",
	"audio", "podcast", "pdf", "artifact", "artefact", "build", "avatar", "essay", "resume", "cv", "invoice", "report card")

// components picks the composed design's parts from what the statement needs: files go to object
// storage, work the system does on its own goes to job workers, and events between different
// people go to notification workers, the last two through the log. A cache is left to the
// capacity rule (selectComponents adds one for read-heavy load).
func (m model) components() []string {
	ids := []string{"client", "appsvc", "appdb"}
	if m.files() != "" || m.sized.label != "" || slices.ContainsFunc(m.rd.sized, func(e string) bool { return slicesContains(m.kept, e) }) {
		ids = append(ids, "objstore") // "2 TB per run": the bytes are objects, the rows point at them
	}
	if m.systemWork() != (action{}) || len(m.rd.pairs) == 2 || len(m.rd.deadlines) > 0 {
		ids = append(ids, "queue", "jobworkers") // limits that pass are swept by scheduled jobs
	}
	if who, _ := m.told(); who != "" {
		ids = append(ids, "queue", "notifyworker", "pushprov")
	}
	if m.alert() != nil {
		ids = append(ids, "queue", "notifyworker", "alertchan") // an alert is raised with a write and sent by workers
	}
	return ids
}

// uploadVerbs are actions that hand the system a file.
var uploadVerbs = set("upload", "attach", "scan", "submit", "post", "send", "share", "publish")

// files returns the first thing people upload as a file.
func (m model) files() string {
	for _, a := range m.rd.Actions {
		if uploadVerbs[a.Verb] && (fileWords[a.Object] || fileWords[lastWord(a.Object)]) {
			return a.Object
		}
	}
	return ""
}

// systemWork returns the first action the system does itself ("imports bank transactions",
// "runs builds").
func (m model) systemWork() action {
	for _, a := range m.rd.Actions {
		if a.Actor == "system" && (answerVerbs[a.Verb] && a.Object != "" || readsVerbs[a.Verb]) || m.rd.pairing(a) {
			continue // an answer or a read, computed while the caller waits; pairing has its own flow
		}
		if a.Actor == "system" || a.Verb == "run" && jobNouns[lastWord(a.Object)] || a.Verb == "import" {
			return a // "engineers run builds" is work for job workers; "the coach runs lessons" is not
		}
	}
	return action{}
}

// jobNouns are work a machine runs, whoever starts it.
var jobNouns = set("build", "job", "test", "pipeline", "task", "report", "query", "script", "backup", "simulation", "analysis", "batch",
	"workflow", "scan", "export", "import", "migration", "training", "experiment", "benchmark", "check", "suite", "deploy", "deployment")

// answerVerbs are what the system does to answer a request from what it keeps: it suggests
// recipes, matches tutors, estimates prices. The answer is computed while the person waits,
// not queued as a job.
var answerVerbs = set("suggest", "recommend", "match", "rank", "estimate", "predict", "calculate", "compute", "quote", "personalise", "personalize")

// answer returns the first thing the system answers with.
func (m model) answer() (action, bool) {
	for _, a := range m.rd.Actions {
		if a.Actor == "system" && answerVerbs[a.Verb] && a.Object != "" && !m.rd.pairing(a) {
			return a, true
		}
	}
	return action{}, false
}

// catalogue reports whether an entity is what answers are drawn from and nobody in the statement
// creates: the recipes a fridge app suggests.
func (m model) catalogue(e string) bool {
	if a, ok := m.answer(); ok && resource(a) == e && !m.created(e) {
		return true
	}
	return m.imported(e)
}

// imported reports whether the system loads an entity from outside and nobody in the statement
// creates it: "readings refreshed every 10 minutes from government feeds".
func (m model) imported(e string) bool {
	return m.rd.fed && e == m.main && !m.created(e) && slices.ContainsFunc(m.rd.Actions, func(a action) bool {
		return a.Actor == "system" && a.Verb == "import" && resource(a) == e
	})
}

// answerNounOf returns the answer a path asks for ("suggestions"), or "".
func answerNounOf(path string) string {
	seg := lastSegment(stripQuery(path))
	for v := range answerVerbs {
		if answerNoun(v) == seg && seg != "" {
			return seg
		}
	}
	return ""
}

// attribute names what the catalogue is indexed on: the inputs people give, or its attributes.
func (m model) attribute() (one, many string) {
	if m.inputs != "" {
		return singularNoun(m.inputs), m.inputs
	}
	return "attribute", "attributes"
}

// answerNoun names a request for an answer in a path: suggest → suggestions.
func answerNoun(verb string) string {
	switch verb {
	case "suggest":
		return "suggestions"
	case "recommend":
		return "recommendations"
	case "match":
		return "matches"
	case "quote":
		return "quotes"
	}
	return slug(nominal(verb), "-")
}

var deviceWords = set("analyser", "analyzer", "instrument", "scanner", "machine", "pot", "hive", "plug", "bulb", "device", "sensor", "watch", "tracker", "vehicle", "robot", "probe", "valve", "pump", "camera", "meter", "drone", "satellite", "controller", "beacon", "thermostat", "gateway", "kiosk", "terminal", "charger", "scooter", "bike", "van", "truck", "car", "printer", "lock",
	// Instruments and machines act in a statement ("sequencers produce runs") but are not people:
	// no email, no login; what they produce is what is kept.
	"sequencer", "spectrometer", "centrifuge", "microscope", "cytometer", "thermocycler", "imager", "incubator", "autoclave",
	"plotter", "harvester", "tractor", "turbine", "kiln", "lathe", "loom", "forklift", "crane", "radar",
	// Plant equipment that carries sensors and reports: pumps and valves above, and the rest of a
	// site's rotating and process equipment.
	"compressor", "motor", "conveyor", "boiler", "chiller", "transformer", "generator", "fermenter", "tank", "furnace", "mill",
	// Computers that report on their own ("customer clusters report usage records"): a host's
	// or an agent's word may be a person's, so only these.
	"cluster", "node", "instance", "vm", "pod")

// vehicleWords are vehicles and freight units: things that move through a place and are known
// by a number on their side, not people and not instruments with firmware.
var vehicleWords = set("truck", "lorry", "van", "car", "bus", "coach", "trailer", "container", "vessel", "ship", "boat", "barge", "wagon", "railcar",
	"aircraft", "plane", "taxi", "tractor")

// isMachine reports whether who acts is a machine or an instrument, by its last word ("DNA
// sequencer", "plate scanner") or by how instruments are named ("…ometer", "…scope",
// "…graph").
func isMachine(who string) bool {
	w := lastWord(who)
	return deviceWords[w] || workVehicles[w] || len(w) > 6 && (strings.HasSuffix(w, "ometer") || strings.HasSuffix(w, "scope") || strings.HasSuffix(w, "ograph"))
}

// flows writes the composed design's flows. Steps name the parts they need; the renderer drops a
// step whose parts the design lacks and keeps an {unless:id} step only when it lacks that part.
func (m model) flows() []flow {
	var out []flow
	for _, a := range m.rd.Actions {
		e, ok := m.endpointFor(a)
		if !ok || e.Method == "GET" || len(out) == 4 || a == m.systemWork() && a.Verb == "import" || m.logsJob(a) {
			continue // what the system imports has its own flow below, with no one's app in it
		}
		r := resource(a)
		who := a.Actor
		if who == "system" {
			who = m.owner
		}
		steps := []string{}
		if f := m.files(); f != "" && (r == f || a.Object == f) {
			steps = append(steps, fmt.Sprintf("The %s's app asks {c:appsvc} for a pre-signed URL and uploads the %s straight to {c:objstore}, so file bytes never pass through the services.", who, f))
		}
		sender := "The " + who + "'s app"
		if isMachine(who) {
			sender = "The " + who
		}
		steps = append(steps,
			fmt.Sprintf("%s sends `%s %s` with an Idempotency-Key to {c:gateway}.", sender, e.Method, e.Path))
		steps = append(steps, m.writeSteps(a, e, r, who)...)
		steps = append(steps, fmt.Sprintf("{publish_lead} %sChanged {publish_prep} {c:queue}.", camel(r)))
		acted := a.Actor
		if acted == "system" {
			acted = ""
		}
		if n := m.notifiedOf(r, acted); n != "" && !m.supplies(a) {
			steps = append(steps, fmt.Sprintf("{c:notifyworker} consume it and tell the %s concerned (push through {c:pushprov}, email as fallback), once per event id.", n))
		}
		steps = append(steps, fmt.Sprintf("{c:appsvc} deletes the cached %s in {c:cache} after the commit.", r))
		name := strings.TrimSpace(a.Verb + " " + withArticle(a.Object))
		if a.Into != "" {
			name += " to " + withArticle(a.Into)
		}
		out = append(out, flow{Name: upperFirst(name), Steps: steps})
	}
	if f, ok := m.nearbyFlow(); ok {
		out = append(out, f)
	}
	out = append(m.dispatchFlows(), out...)
	out = append(out, m.sized.flows()...)
	out = append(out, m.answerFlows()...)
	out = append(out, m.allocationFlows()...)
	out = append(out, m.sweepFlows()...)
	if w := m.systemWork(); w.Verb == "import" && m.imported(resource(w)) {
		obj := pluralNoun(w.Object)
		out = append(out, flow{Name: "Import " + obj + " from their sources", Steps: []string{
			"A schedule puts one import job per source and period on {c:queue}, keyed by (source, period), so a repeated start is a no-op.",
			fmt.Sprintf("{c:jobworkers} fetch the source's latest data, validate it, and upsert %s into {c:appdb} by (source, source_key) with the source's own timestamp, so a late or repeated file never overwrites newer data.", obj),
			fmt.Sprintf("What changed is deleted from {c:cache}; a source that misses two periods raises an alert, and callers keep getting the last %s with their age.", obj),
		}})
	} else if w != (action{}) {
		obj := w.Object
		if obj == "" {
			obj = "job"
		}
		out = append(out, flow{Name: "Job workers " + w.Verb + " " + pluralNoun(obj), Steps: []string{
			fmt.Sprintf("{c:appsvc} records each %s request in {c:appdb} and publishes a job to {c:queue}, keyed by %s_id so one %s's jobs stay in order.", w.Verb, slug(m.owner, "_"), m.owner),
			fmt.Sprintf("{c:jobworkers} take jobs, %s the %s, and write the results to {c:appdb} with conditional writes keyed by the source's id, so a redelivered job changes nothing.", w.Verb, pluralNoun(obj)),
			"A job that fails three times {dead_letter} with its error, and the requester sees it as failed.",
		}})
	}
	if m.updatedOnly(m.main) {
		// Nobody owns the beds: everyone reads them by their state, kept fresh in the cache.
		return append(out, flow{Name: "See " + pluralNoun(m.main) + " by state", Steps: []string{
			fmt.Sprintf("{c:appsvc} answers `GET /v1/%s?status=` from {c:cache}, refreshed on every %sChanged event; on a miss it reads {r:appdb} by (status).", slug(pluralNoun(m.main), "-"), camel(m.main)),
			fmt.Sprintf("{unless:cache}{c:appsvc} answers `GET /v1/%s?status=` from {r:appdb} by (status); at this load no cache is needed.", slug(pluralNoun(m.main), "-")),
		}})
	}
	if m.catalogue(m.main) || m.rd.dispatch != nil {
		return out
	}
	out = append(out, flow{Name: "Open my " + pluralNoun(m.main), Steps: []string{
		fmt.Sprintf("{c:appsvc} reads the %s's first page of %s from {c:cache}; on a miss it reads {r:appdb} by (%s_id, created_at) and fills the cache with a TTL.", m.owner, pluralNoun(m.main), slug(m.owner, "_")),
		fmt.Sprintf("{unless:cache}{c:appsvc} reads the %s's first page of %s from {r:appdb} by (%s_id, created_at); at this load no cache is needed.", m.owner, pluralNoun(m.main), slug(m.owner, "_")),
	}})
	return out
}

// answerFlows are the flows of what the system works out for people: matches between what two
// kinds of people bring, and answers computed while someone waits.
func (m model) answerFlows() []flow {
	var out []flow
	if p := m.rd.pairs; len(p) == 2 {
		out = append(out, flow{Name: "Match a new " + p[1], Steps: []string{
			fmt.Sprintf("{c:appsvc} writes the %s with its coarse keys (kind, place, days){with_outbox}, and {c:queue} carries it to the matching.", p[1]),
			fmt.Sprintf("{c:jobworkers} take the job, read the open %s that share a key from {r:appdb}, score each, and insert the matches above the threshold, unique on the pair.", pluralNoun(p[0])),
			fmt.Sprintf("The %s sees them best first through `GET /v1/%s/{id}/matches`; confirming one closes both sides.", m.actorOfKept(p[1]), slug(pluralNoun(p[1]), "-")),
		}})
	}
	if a, ok := m.answer(); ok {
		e, _ := m.endpointFor(a)
		one, many := m.attribute()
		out = append(out, flow{Name: upperFirst(a.Verb + " " + pluralNoun(a.Object)), Steps: []string{
			fmt.Sprintf("The %s's app sends `%s %s` with the %s the %s gives.", m.owner, e.Method, stripQuery(e.Path), many, m.owner),
			fmt.Sprintf("{c:appsvc} normalises them (plurals, synonyms, spelling), looks each %s up in the %s index of %s in {r:appdb} and takes the few hundred candidates that share most of them.", one, one, pluralNoun(a.Object)),
			fmt.Sprintf("It ranks the candidates by how much of each one the %s cover, what is missing, and what this %s chose before, and returns the top 20 with a request id.", many, m.owner),
			fmt.Sprintf("Answers for the same %s are kept in {c:cache} for an hour; what the %s opens is logged by request id to improve the ranking.", many, m.owner),
		}})
	}
	return out
}

// dives are the composed design's hard parts, each from something the statement asks for: work
// the system does itself, people told about each other's actions, uploaded files, state changes
// by someone other than the owner, grouping by the statement's "by" attributes, and, last, where
// the main entity lives as it grows.
// answerDive designs what the system works out for people (matches, suggestions): candidates
// from an index, then ranking only those.
func (m model) answerDive() (deepDive, bool) {
	a, ok := m.answer()
	if !ok {
		return deepDive{}, false
	}
	obj := pluralNoun(a.Object)
	one, many := m.attribute()
	return deepDive{Title: fmt.Sprintf("Answering in under a second: candidates by %s, then ranking the %s", one, obj), Weight: 9, Body: fmt.Sprintf(
		"Scoring every one of the %s for every request does not scale, so an answer has two steps. Candidate retrieval uses an inverted index from each %s to the %s that have it (a GIN index in {c:appdb} at this size, a search index when the catalogue outgrows it): the %s in the request select the few hundred %s that share the most of them. Ranking then scores only those: the share of each one the %s cover, what would be missing, and this %s's past choices, so the best fits come first and the answer explains itself (what fits, what is missing). The %s are normalised before lookup (synonyms, plurals, spelling) because one the index does not know finds nothing.",
		obj, one, obj, many, obj, many, m.owner, many)}, true
}

// appendDives appends to out, in order, the deep dives of those of dives that apply.
func appendDives(out []deepDive, dives ...func() (deepDive, bool)) []deepDive {
	for _, dive := range dives {
		if d, ok := dive(); ok {
			out = append(out, d)
		}
	}
	return out
}

func (m model) dives() []deepDive {
	var out []deepDive
	out = append(out, m.dispatchDives()...)
	out = appendDives(out, m.answerDive)
	if w := m.systemWork(); w.Verb == "import" && m.imported(resource(w)) {
		obj := pluralNoun(w.Object)
		out = append(out, deepDive{Title: fmt.Sprintf("Sources that are late, repeated or wrong: keeping %s current", obj), Weight: 8, Body: fmt.Sprintf(
			"Sources publish on their own schedule: a file arrives late, twice, or with a value that is plainly wrong. Every import is keyed by (source, period), so a repeat is a no-op; every row carries the source's own timestamp and an upsert keeps the newer one, so a late file never overwrites fresher data; values outside physical bounds are held back and flagged instead of served. Callers always get the last good %s with its age (observed_at), and a source that misses two periods pages someone rather than silently serving stale data.", obj)})
	} else if w != (action{}) {
		obj := pluralNoun(orDefault(w.Object, "job"))
		out = append(out, deepDive{Title: fmt.Sprintf("Running %s off the request path", obj), Weight: 8, Body: fmt.Sprintf(
			"A request to %s %s only records it and publishes a job to {c:queue}, partitioned by %s_id so one %s's jobs run in order and a noisy %s cannot starve the rest (a per-%s concurrency cap). {c:jobworkers} scale on consumer lag; each job is leased, so a worker that dies mid-job hands it back on timeout, and results are written with a conditional update keyed by the job id, so a redelivered job changes nothing. A job failing three times {dead_letter} and the %s sees why.",
			w.Verb, obj, slug(m.owner, "_"), m.owner, m.owner, m.owner, m.owner)})
	}
	out = appendDives(out, m.raceDive, m.claimDive)
	if st, ok := m.stagingOf(); ok {
		out = append(out, st.stagingDive())
	}
	out = append(out, m.askDives()...)
	out = append(out, m.limitDives()...)
	out = appendDives(out, m.assignDive, m.mutualDive, m.pairingDive, m.alertDive, m.toldDive, m.nearbyDive)
	if f := m.files(); f != "" {
		out = append(out, deepDive{Title: fmt.Sprintf("Uploading %s", pluralNoun(f)), Weight: 6, Body: fmt.Sprintf(
			"The app gets a pre-signed, size-limited PUT URL from {c:appsvc} and uploads the %s straight to {c:objstore}; the %s row is committed only once the object exists (checked by key), so no row points at a missing file and orphaned uploads expire by a lifecycle rule. Files are scanned and their type checked before anyone else can open them, and are served through short-lived signed URLs.",
			f, f)})
	}
	if len(m.rd.By) > 0 && slices.ContainsFunc(m.rd.Actions, func(a action) bool { return a.Verb == "match" || a.Verb == "pair" }) {
		// Matching people to each other: candidates wait in buckets of the grouping attributes.
		by := strings.Join(m.rd.By, " and ")
		out = append(out, deepDive{Title: fmt.Sprintf("Grouping %s by %s", pluralNoun(m.main), by), Weight: 8, Body: fmt.Sprintf(
			"Candidates are bucketed by %s: each bucket is an in-memory sorted set keyed by %s, so finding a partner is a range read in one bucket, widened step by step (neighbouring buckets) the longer %s waits. Buckets are owned by one worker each so two requests never claim the same %s; the claim is a conditional write in {c:appdb}, and a lost race simply retries with the next candidate.",
			by, strings.Join(m.rd.By, " + "), article(m.owner), m.owner)})
	} else if len(m.rd.By) > 0 {
		// Seeing things by an attribute ("free beds by ward"): an index and a summary per group.
		by, key := strings.Join(m.rd.By, " and "), strings.Join(m.rd.By, ", ")
		e := m.byEntity()
		out = append(out, deepDive{Title: fmt.Sprintf("%s by %s, always current", upperFirst(pluralNoun(e)), by), Weight: 8, Body: fmt.Sprintf(
			"Each %s carries its %s and status, indexed as (%s, status) in {c:appdb}, so \"every %s in one %s, by status\" is one index range. A summary row per %s (counts by status) is updated in the same transaction as each change, so an overview of all of them reads one small row each instead of counting; screens showing one %s subscribe to it and get each change pushed, falling back to a refresh every few seconds.",
			e, key, key, e, m.rd.By[0], m.rd.By[0], m.rd.By[0])})
	}
	if m.catalogue(m.main) {
		// Everyone reads the same rows: replicas and the cache carry the reads, nothing is
		// anyone's "my …".
		return append(out, deepDive{Title: fmt.Sprintf("Reads of %s at {peak_read}/s", pluralNoun(m.main)), Weight: 3, AtScale: true, Body: fmt.Sprintf(
			"Every caller reads the same %s, so the reads scale by copies, not by partitions: answers come from {c:cache} keyed by what was asked, misses go to read replicas of {c:appdb}, and only the writers of %s touch the primary. A change invalidates the cached answers that contain it, which is why the cache keys are the normalised request and not a page of results.",
			pluralNoun(m.main), pluralNoun(m.main))})
	}
	grows := "Where %s live as they grow"
	if be(m.main) == "is" {
		grows = "Where %s lives as it grows" // milk, grain: one mass, not many things
	}
	out = append(out, deepDive{Title: fmt.Sprintf(grows, pluralNoun(m.main)), Weight: 3, AtScale: true, Body: fmt.Sprintf(
		"For {peak_write} writes/s of %s and what hangs off them at peak, a single PostgreSQL primary (≈ 5-10K writes/s) is {shards_word}. %s Reads of %s ({peak_read}/s peak) {replica_reads}{via_cache}; %s reads the primary (read-your-writes).",
		pluralNoun(m.main), m.placement(), pluralNoun(m.main), m.readsBack())})
	return out
}

// readsBack names who must see the newest write: the person who made it, or, for what a device
// reports, the screen that shows its latest reading.
func (m model) readsBack() string {
	if m.measured(m.main) && !m.ownsMain() {
		return fmt.Sprintf("a screen that must show %s's newest %s", article(m.owner), m.main)
	}
	return article(m.owner) + " reading back what they just wrote"
}

// placement says how the main things are spread over shards and what that keeps on one: a
// person's own list, a sender's history, or nothing, when no one holds them.
func (m model) placement() string {
	p := upperFirst(pluralNoun(m.main))
	switch {
	case m.sharedMain(m.entities()):
		return fmt.Sprintf("%s are partitioned by their own id, which spreads them evenly: no one %s holds them, so no list is anyone's.", p, m.owner)
	case m.measured(m.main) && !m.ownsMain():
		return fmt.Sprintf("%s are partitioned by %s_id so one %s's %s live together, in time order, and its history is one range read.", p, slug(m.owner, "_"), m.owner, pluralNoun(m.main))
	}
	if scope, ok := m.mainKept(); ok && scope != "" {
		return fmt.Sprintf("%s are partitioned by %s_id so %s %s live together and its list is a single-shard query; they are the organisation's records, not any one %s's.", p, slug(scope, "_"), possessive(scope), pluralNoun(m.main), m.actorOf(m.main))
	}
	return fmt.Sprintf("%s are partitioned by %s_id so %s %s live together and \"my %s\" stays a single-shard query.", p, slug(m.owner, "_"), possessive(m.owner), pluralNoun(m.main), pluralNoun(m.main))
}

// raceDive is the dive on the first thing one party makes and another acts on: its state machine
// and the conditional write that lets only one of two at once win.
func (m model) raceDive() (deepDive, bool) {
	for _, a := range m.rd.Actions {
		r := resource(a)
		if !changes(a) || r == "" || a.Actor == m.actorOf(r) {
			continue
		}
		from, wait := m.before(r), m.waiting(r)
		if k, ok := m.askOf(a); ok && k.origin != "" {
			from, wait = k.origin, k.origin // claimed from the state its maker left it in
		}
		return deepDive{Title: fmt.Sprintf("%s %s without races", upperFirst(pastTense(a.Verb)), pluralNoun(r)), Weight: 7, Body: fmt.Sprintf(
			"%s belong to %s but are %s by %s, so %s is a state machine (%s → %s, or rejected) enforced in {c:appdb}: `UPDATE … SET status = '%s', version = version + 1 WHERE id = ? AND status = '%s' AND version = ?`. Two %s acting at once cannot both win, a repeated request is a no-op, and every transition is kept as a row (who, when, from, to) for the audit trail.",
			upperFirst(pluralNoun(r)), pluralNoun(m.actorOf(r)), pastTense(a.Verb), pluralNoun(a.Actor), article(r), from, pastTense(a.Verb), pastTense(a.Verb), wait, pluralNoun(a.Actor))}, true
	}
	return deepDive{}, false
}

func (m model) open() []string {
	var out []string
	for _, k := range m.asks() {
		if k.kind == stockAsk && k.supply != (action{}) {
			// The design assumes each one adds stock; how much is the statement's to say.
			out = append(out, fmt.Sprintf("How many %s does one %s yield, and of which types? The insert in \"%s\" follows from it.", pluralNoun(k.thing), resource(k.supply), upperFirst(k.supply.Verb+" "+withArticle(k.supply.Object))))
		}
	}
	if len(m.rd.Actors) > 1 {
		out = append(out, m.crossAccess(m.rd.Actors[0], m.rd.Actors[1]))
	}
	return out
}

// crossAccess asks what two kinds of people may see of each other's records, in terms of what
// the statement has each of them do ("May patients see the diet restrictions dietitians set, and
// may dietitians see the meals patients choose?"); without an action for each it asks of
// their data.
func (m model) crossAccess(one, two string) string {
	for _, g := range []string{one, two} {
		if memberGroups[lastWord(g)] {
			// "people in a household share lists": what they may see follows from who belongs.
			return fmt.Sprintf("Who may join %s, and who invites them? Every read and write of its %s checks the caller's membership of the %s (a membership row, read in the same query), so the answer decides every permission.",
				article(g), pluralNoun(m.main), g)
		}
	}
	a, okA := m.actionBy(one)
	b, okB := m.actionBy(two)
	if !okA || !okB {
		return fmt.Sprintf("What may %s see of %s' data, and the other way round?", pluralNoun(one), pluralNoun(two))
	}
	return fmt.Sprintf("May %s see the %s, and may %s see the %s?", pluralNoun(one), doneBy(b), pluralNoun(two), doneBy(a))
}

// memberGroups are groups people belong to and share things within.
var memberGroups = set("household", "family", "team", "class", "club", "group", "crew", "band", "choir", "flat", "houseshare")

// actionBy is the first action the statement gives the actor that has an object.
func (m model) actionBy(actor string) (action, bool) {
	for _, a := range m.rd.Actions {
		if a.Actor == actor && a.Object != "" {
			return a, true
		}
	}
	return action{}, false
}

// doneBy names an action's object by who acts on it: "meals patients choose", "shifts nurses
// apply for".
func doneBy(a action) string {
	return strings.TrimSpace(pluralNoun(a.Object) + " " + pluralNoun(a.Actor) + " " + a.Verb + " " + a.Prep)
}

// pluralNoun returns the plural of a singular noun phrase: the head word only.
func pluralNoun(p string) string {
	f := strings.Fields(p)
	if len(f) == 0 {
		return p
	}
	if len(f) > 1 && strings.HasSuffix(f[len(f)-1], "ed") && !strings.HasSuffix(f[len(f)-1], "eed") {
		// "post published" is a post that was published: "posts published".
		return pluralNoun(strings.Join(f[:len(f)-1], " ")) + " " + f[len(f)-1]
	}
	w := f[len(f)-1]
	irregular := map[string]string{"clothing": "clothing", "flour": "flour", "salt": "salt", "sugar": "sugar", "fuel": "fuel", "grain": "grain", "feed": "feed", "milk": "milk", "rice": "rice", "oil": "oil", "sand": "sand", "gravel": "gravel", "timber": "timber", "wool": "wool", "fruit": "fruit", "meat": "meat", "fish": "fish", "bread": "bread", "chess": "chess", "person": "people", "child": "children", "man": "men", "woman": "women", "data": "data", "media": "media", "stats": "stats", "series": "series", "analytics": "analytics", "staff": "staff", "produce": "produce", "equipment": "equipment", "furniture": "furniture", "software": "software", "feedback": "feedback", "inventory": "inventory", "attendance": "attendance", "luggage": "luggage", "news": "news", "blood": "blood", "water": "water", "food": "food", "money": "money", "stock": "stock", "moisture": "moisture", "soil moisture": "soil moisture", "gps": "gps"}
	switch {
	case irregular[strings.ToLower(w)] != "":
		w = w[:1] + irregular[strings.ToLower(w)][1:] // "Series" stays "Series", "person" becomes "people"
	case massWord(w):
		// "soiled linen", "freight", "information": one mass, no plural
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		w = w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "sis") && len(w) > 4:
		w = w[:len(w)-2] + "es" // thesis → theses, diagnosis → diagnoses
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "z"):
		w += "es"
	case strings.HasSuffix(w, "man") && len(w) > 4 && !notMen[strings.ToLower(w)]:
		w = strings.TrimSuffix(w, "man") + "men" // "handymen", "tradesmen"
	default:
		w += "s"
	}
	f[len(f)-1] = w
	return strings.Join(f, " ")
}

// notMen end in "man" but take an "s": "humans", "shamans".
var notMen = map[string]bool{"human": true, "german": true, "roman": true, "shaman": true, "talisman": true, "caiman": true, "ottoman": true}

// onVerb inflects a phrasal verb's verb and keeps its particle: "check in" → "checks in".
func onVerb(v string, inflect func(string) string) string {
	if verb, particle, ok := strings.Cut(v, " "); ok {
		return inflect(verb) + " " + particle
	}
	return inflect(v)
}

func thirdPerson(v string) string {
	if strings.Contains(v, " ") {
		return onVerb(v, thirdPerson)
	}
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// pastTense is a verb's past participle, as the designs use it: "critical values are seen within
// 5 minutes", a status 'seen', a field seen_at.
func pastTense(v string) string {
	if strings.Contains(v, " ") {
		return onVerb(v, pastTense)
	}
	if p, ok := participles[v]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case shortCVC(v):
		return v + v[len(v)-1:] + "ed" // bag → bagged, plan → planned
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

var participles = map[string]string{"see": "seen", "send": "sent", "make": "made", "take": "taken", "write": "written", "read": "read",
	"pay": "paid", "submit": "submitted", "buy": "bought", "sell": "sold", "give": "given", "get": "got", "find": "found", "hold": "held", "keep": "kept", "build": "built",
	"do": "done", "run": "run", "set": "set", "put": "put", "cut": "cut", "bring": "brought", "leave": "left", "meet": "met", "tell": "told",
	"drive": "driven", "ride": "ridden", "choose": "chosen", "fly": "flown", "grow": "grown", "know": "known", "show": "shown", "draw": "drawn",
	"lend": "lent", "spend": "spent", "win": "won", "lose": "lost", "hear": "heard", "teach": "taught", "catch": "caught", "begin": "begun",
	"feed": "fed", "shoot": "shot", "bid": "bid", "split": "split", "upset": "upset", "forecast": "forecast", "broadcast": "broadcast",
	"speak": "spoken", "break": "broken", "steal": "stolen", "wear": "worn", "eat": "eaten", "fall": "fallen", "hide": "hidden"}

// shortCVC reports a short verb that doubles its last consonant before -ed: bag, plan, stop.
func shortCVC(v string) bool {
	n := len(v)
	if n < 3 || n > 4 || strings.ContainsRune("aeiou", rune(v[0])) {
		return false
	}
	return strings.ContainsRune("bdgmnpt", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3]))
}

func withArticle(p string) string {
	if p == "" {
		return ""
	}
	return article(p)
}

// slug joins a phrase's words with sep, lower case: "gps update" → "gps_update".
func slug(p, sep string) string {
	if sep == "_" {
		p = strings.ReplaceAll(p, "-", " ") // a field name is an identifier: check-in → check_in_id
	}
	return strings.Join(strings.Fields(strings.ToLower(p)), sep)
}

func camel(p string) string {
	var b strings.Builder
	for _, w := range strings.Fields(p) {
		b.WriteString(upperFirst(w))
	}
	return b.String()
}

func stripQuery(call string) string {
	if i := strings.IndexByte(call, '?'); i >= 0 {
		return call[:i]
	}
	return call
}

func lastSegment(path string) string {
	path = stripQuery(path)
	return strings.ReplaceAll(path[strings.LastIndexByte(path, '/')+1:], "-", " ")
}

// singularPath names the thing a collection path creates: "/v1/recipes/{id}/ratings" → "rating".
func singularPath(path string) string {
	return singularNoun(lastSegment(path))
}

// formFor describes a create screen from its request: "a form for the new match (skill, region)".
func formFor(thing, request string) string {
	fields := strings.Trim(strings.TrimSuffix(request, " + Idempotency-Key"), "{}")
	var keep []string
	for _, f := range strings.Split(fields, ", ") {
		if f = strings.TrimSpace(f); f != "" && f != "…" {
			keep = append(keep, f)
		}
	}
	if len(keep) == 0 {
		return "a form for the new " + thing
	}
	return fmt.Sprintf("a form for the new %s (%s)", thing, strings.Join(keep, ", "))
}

// mutualDive designs what two people agree on: a proposal one makes and the other accepts, the
// things it ties up held for both at once, and never two accepted deals for one thing's dates.
func (m model) mutualDive() (deepDive, bool) {
	d := m.rd.mutual
	if d == "" {
		return deepDive{}, false
	}
	t := orDefault(m.traded(), "item")
	return deepDive{Title: fmt.Sprintf("Both sides agree on %s, once", article(d)), Weight: 9, Body: fmt.Sprintf(
		"%s is a proposal with two sides: one %s proposes (their %s, the other's %s, the dates), the other accepts or declines, and either may withdraw until then; unanswered proposals expire. Accepting is one transaction in {c:appdb}: a conditional update of the %s from proposed to accepted (`WHERE status = 'proposed' AND version = ?`), and a row per side in a %s_commitments table holding the %s for those dates under an exclusion constraint on (%s_id, daterange), so one %s is never promised to two %s that overlap, whoever accepts first. A counter-proposal is a new %s that supersedes the old one, so each side sees one live offer; both sides are told of every step, and the accepted %s is what each of them opens from then on.",
		upperFirst(article(d)), m.owner, t, t, d, slug(t, "_"), pluralNoun(t), slug(t, "_"), t, pluralNoun(d), d, d)}, true
}

// actorOfKept is who brings a kept thing, else the design's owner.
func (m model) actorOfKept(e string) string {
	for _, a := range m.rd.Actions {
		if a.Actor != "system" && (a.Object == e || a.Object == "" && nominal(a.Verb) == e) {
			return a.Actor
		}
	}
	return m.owner
}

// pairingDive designs a system that matches what two kinds of people bring: candidates narrowed
// by a few coarse keys as each thing arrives, scored on the rest, kept as suggestions a person
// confirms.
func (m model) pairingDive() (deepDive, bool) {
	p := m.rd.pairs
	if len(p) != 2 {
		return deepDive{}, false
	}
	a, b := p[0], p[1]
	return deepDive{Title: fmt.Sprintf("Matching %s to %s as they arrive", pluralNoun(b), pluralNoun(a)), Weight: 9, Body: fmt.Sprintf(
		"Comparing every %s with every open %s does not scale and is not needed: each side carries a few coarse keys (what kind of thing, where, which days), and a new %s or %s is compared only with the open ones of the other side that share a key, found through an index on those keys in {c:appdb}. Those few candidates are scored on everything else the two describe (colour, brand, words in common, distance in time and place), and pairs above a threshold are written as matches, unique on (%s_id, %s_id), so a pairing run twice adds nothing. The work runs from {c:queue} on each new %s or %s, not on a timer, so a match is there minutes after the second side arrives; nobody is told of a weak match, and a person confirms a match before anything is released, which closes both sides and withdraws their other matches in the same transaction.",
		a, b, a, b, slug(a, "_"), slug(b, "_"), a, b)}, true
}

// sizedFiles is what a statement sizes as files with no action that uploads them: the item they
// belong to ("filing", "run") and what to call them ("PDFs", "run data").
// bare says the design has no generic application service to hand out the upload URLs (an
// archetype's own parts): the flow then names object storage alone.
type sizedFiles struct {
	item, label string
	bare        bool
}

// sizedFilesOf reads the files a statement sizes: a stated largest of a megabyte or more ("PDFs
// up to 200 MB") or an item of 100 KB or more ("sequencers produce 2 TB per run"). Photos and
// clips are left to the media capability, which has its own upload flow.
func sizedFilesOf(problem string) sizedFiles {
	if statedMediaRe.MatchString(problem) {
		return sizedFiles{}
	}
	rd := workload.Read(problem)
	var best sizedFiles
	var most float64
	pick := func(sizes map[string]float64, from float64) {
		for _, noun := range slices.Sorted(maps.Keys(sizes)) {
			if v := sizes[noun]; noun != "" && v >= from && v > most {
				best, most = sizedFiles{item: noun, label: noun + " data"}, v
			}
		}
	}
	pick(rd.MaxSizes, fileLimitBytes)
	pick(rd.Sizes, 100_000)
	if best.item == "" {
		return best
	}
	if w := strings.TrimFunc(mediaRe.FindString(problem), func(r rune) bool { return !unicode.IsLetter(r) }); w != "" {
		best.label = w // "PDFs", as the statement writes them
	}
	return best
}

// flows is how the sized files reach object storage: straight from whoever sends them, in
// resumable parts, recorded on their item only once they are there. None when nothing is sized.
func (s sizedFiles) flows() []flow {
	if s.label == "" {
		return nil
	}
	if s.bare {
		return []flow{{Name: "Store the " + s.label, Steps: []string{
			fmt.Sprintf("The sender of each %s asks the API for pre-signed multipart URLs and sends the bytes straight to {c:objstore} in resumable parts, so they never pass through the services.", s.item),
			fmt.Sprintf("{c:objstore} checks each part's checksum; only once the object exists is its key, size and SHA-256 recorded with the %s, so no record points at a missing file.", s.item),
			fmt.Sprintf("Readers get short-lived signed URLs; a lifecycle rule moves older %s to a colder storage class.", s.label),
		}}}
	}
	return []flow{{Name: "Store the " + s.label, Steps: []string{
		fmt.Sprintf("The client sending the %s (a person's app or a machine's uploader) asks {c:appsvc} for pre-signed multipart URLs and sends the bytes straight to {c:objstore} in resumable parts, so they never pass through the services.", s.label),
		fmt.Sprintf("{c:objstore} checks each part's checksum; on completion {c:appsvc} confirms the object exists and records its key, size and SHA-256 in {c:appdb} against the %s it belongs to, so no row points at a missing file.", s.item),
		fmt.Sprintf("Readers get short-lived signed URLs from {c:appsvc}; a lifecycle rule moves older %s to a colder storage class.", s.label),
	}}}
}
