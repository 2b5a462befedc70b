package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// One relational primary takes a few thousand writes a second and a couple of terabytes before
// it wants partitioning: the line between "start on one database" and "this needs the design".
const (
	onePrimaryWrites = 2000.0
	onePrimaryReads  = 20000.0
	onePrimaryBytes  = 2e12
)

// ownsEntities reports whether the data model places entities in c.
func (r *renderer) ownsEntities(c conversation.Component) bool {
	return slices.ContainsFunc(r.entities(), func(e entity) bool { return strings.HasPrefix(r.storeOf(e), c.Name+" (") })
}

// deferrable says how a derived part is done inside the app until the load needs it.
var deferrable = map[string]string{
	"search": "PostgreSQL full-text search on the main store",
	"queue":  "an outbox table that a background worker polls",
	"cache":  "the database's own buffer cache",
	"worker": "background jobs inside the app process",
}

func answerSmaller(r *renderer, _ string) string {
	c := r.capa
	main, label := r.primaryStore()
	tech := label
	if tp, ok := techOf(label); ok {
		tech = tp.Name
	}
	one := fmt.Sprintf("one %s primary (%s) with a standby", orDefault(tech, "relational"), main)
	if tp, ok := techOf(label); ok && tp.ID != "postgresql" && tp.ID != "mysql" {
		one = fmt.Sprintf("a three-node %s cluster (%s)", tech, main)
	}
	var later []string
	for _, comp := range r.g.Components {
		// A part that holds entities of its own (a geo index, a presence store) is not a cache
		// in front of something else, and cannot wait.
		if how, ok := deferrable[comp.Kind]; ok && len(later) < 4 && (comp.Kind != "cache" || !r.ownsEntities(comp)) {
			later = append(later, fmt.Sprintf("%s (%s)", comp.Name, how))
		}
	}
	var b strings.Builder
	b.WriteString("**Starting smaller.** ")
	if c.PeakWriteQPS < onePrimaryWrites && c.PeakReadQPS < onePrimaryReads && c.DBBytesKept < onePrimaryBytes {
		fmt.Fprintf(&b, "Yes. At %s writes/s and %s reads/s at peak, with %s of records kept, %s and two or three app instances carry all of it.",
			conversation.Human(c.PeakWriteQPS), conversation.Human(c.PeakReadQPS), conversation.Bytes(c.DBBytesKept), one)
	} else {
		var over []string
		if c.PeakWriteQPS >= onePrimaryWrites {
			over = append(over, fmt.Sprintf("%s writes/s at peak is %.1f× what one relational primary takes comfortably (~%s)", conversation.Human(c.PeakWriteQPS), c.PeakWriteQPS/onePrimaryWrites, conversation.Human(onePrimaryWrites)))
		}
		if c.PeakReadQPS >= onePrimaryReads {
			over = append(over, fmt.Sprintf("%s reads/s at peak is more than a primary and its replicas serve without a cache", conversation.Human(c.PeakReadQPS)))
		}
		if c.DBBytesKept >= onePrimaryBytes {
			over = append(over, fmt.Sprintf("%s of records kept is %.1f× what one holds well", conversation.Bytes(c.DBBytesKept), c.DBBytesKept/onePrimaryBytes))
		}
		fmt.Fprintf(&b, "Not at the stated load: %s. A first version for a tenth of the users can still start on %s.", strings.Join(over, "; "), one)
	}
	if len(later) > 0 {
		fmt.Fprintf(&b, " What can wait: %s; each comes back when its own figure says so.", strings.Join(later, "; "))
	}
	if dives := r.dives(); len(dives) > 0 {
		fmt.Fprintf(&b, " What cannot wait is the hard part, \"%s\", with idempotency keys and tested backups: those are costly to add after launch.", r.x(dives[0].Title))
	}
	return b.String() + " " + cite(conversation.CapacityID, conversation.Architecture, conversation.DeepDive)
}

// migration is how a family of stores changes its shape without downtime.
var migration = map[string]string{
	"postgresql":  "expand and contract: add the new column nullable, write both shapes, backfill in batches of a few thousand rows by primary key at a set rate, switch reads, then drop the old; indexes are built CONCURRENTLY",
	"mysql":       "expand and contract with an online schema change tool (gh-ost or pt-online-schema-change) that copies the table in the background; backfill in batches, switch reads, then drop the old",
	"cockroachdb": "online schema changes are built in; backfills run as jobs, still expand first and contract last",
	"cassandra":   "adding a column is free; a new query pattern is a new table, written by both versions and backfilled from a token-range scan, with reads switched after a diff check",
	"scylladb":    "adding a column is free; a new query pattern is a new table, written by both versions and backfilled from a token-range scan, with reads switched after a diff check",
	"dynamodb":    "attributes are free to add; a new access pattern is a global secondary index, which DynamoDB backfills itself, or a new table written twice and backfilled by a scan",
	"mongodb":     "documents carry a schema version; readers accept both, a background job rewrites old documents in batches",
	"opensearch":  "a mapping change means a new index built beside the live one from the source of truth, then an alias swap; the old index stays for a rollback",
	"kafka":       "event schemas live in a schema registry with backward compatibility enforced: fields are added as optional, consumers upgrade before producers",
	"redis":       "cached keys carry a version prefix (v2:), so a new shape is a new key and the old entries just expire",
	"clickhouse":  "ALTER TABLE … ADD COLUMN is cheap; a new sort order is a new table filled by INSERT … SELECT, then a rename",
}

func answerSchemaChange(r *renderer, _ string) string {
	var lines []string
	seen := map[string]bool{}
	for _, c := range r.stores() {
		tp, ok := techOf(c.Technology)
		how, known := migration[tp.ID]
		if !ok || !known || seen[tp.ID] {
			continue
		}
		seen[tp.ID] = true
		lines = append(lines, fmt.Sprintf("**%s** (%s, holding %s): %s.", c.Name, tp.Name, r.holds(c), how))
	}
	if len(lines) == 0 {
		return ""
	}
	tail := "Derived data is rebuilt rather than migrated."
	if logs := r.logs(); len(logs) > 0 {
		tail = fmt.Sprintf("Derived data is rebuilt rather than migrated: %s replay what %s still retains, and anything older comes from a snapshot of the source of truth.", r.consumersOf(logs[0]), logs[0].Name)
	}
	return "**Changing the schema without downtime.** Each store here changes its own way:\n- " + strings.Join(lines, "\n- ") + "\n" + tail + " " + cite(conversation.DataModel, conversation.Reliability)
}

// hopMillis is the usual time a hop adds to a request, by what the hop reaches.
func hopMillis(c conversation.Component) (lo, hi float64) {
	tp, _ := techOf(c.Technology)
	switch {
	case c.Kind == "external":
		return 200, 2000
	case tp.ID == "redis" || tp.ID == "memcached":
		return 0.2, 1
	case tp.ID == "postgresql" || tp.ID == "mysql":
		return 2, 6 // a commit that waits for a synchronous standby in another zone
	case tp.ID == "cassandra" || tp.ID == "scylladb":
		return 2, 8
	case tp.ID == "kafka" || tp.ID == "pulsar" || tp.ID == "kinesis":
		return 5, 15 // acks from the in-sync replicas
	case c.Kind == "storage":
		return 20, 80
	case c.Kind == "search":
		return 10, 50
	case c.Kind == "edge":
		return 1, 3
	case c.Kind == "service":
		return 2, 10
	default:
		return 3, 10
	}
}

func answerPath(r *renderer, _ string) string {
	var client, edge conversation.Component
	for _, c := range r.g.Components {
		if c.Kind == "client" && client.Name == "" {
			client = c
		}
		if c.Kind == "edge" && edge.Name == "" {
			edge = c
		}
	}
	main := r.mainStore()
	var svc conversation.Component
	for _, c := range r.g.Components {
		if c.Kind == "service" && slices.Contains(c.TalksTo, main) {
			svc = c
			break
		}
	}
	if client.Name == "" || svc.Name == "" {
		return ""
	}
	hops := []conversation.Component{svc}
	if edge.Name != "" {
		hops = []conversation.Component{edge, svc}
	}
	for _, t := range svc.TalksTo {
		if c, ok := r.component(t); ok && (c.Name == main || c.Kind == "external" || c.Kind == "queue" && !r.outboxes()) {
			hops = append(hops, c)
		}
	}
	lo, hi := 40.0, 150.0 // one round trip from a phone or a browser on a warm connection
	steps := []string{fmt.Sprintf("%s → network, %.0f–%.0f ms", client.Name, lo, hi)}
	for _, h := range hops {
		a, z := hopMillis(h)
		lo, hi = lo+a, hi+z
		steps = append(steps, fmt.Sprintf("%s (%s) %s–%s ms", h.Name, orDefault(h.Technology, h.Kind), trimFloat(a), trimFloat(z)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**One request, end to end.** A write that changes %s goes %s: about %.0f–%.0f ms until the user sees it accepted, and most of that is the network to the device.",
		r.holds(conversation.Component{Name: main, Kind: "database"}), strings.Join(steps, "; "), lo, hi)
	if logs := r.logs(); len(logs) > 0 {
		fmt.Fprintf(&b, " What follows from it (%s) runs off %s after the acknowledgement, usually within a second, longer only when consumers lag.", r.consumersOf(logs[0]), logs[0].Name)
	}
	return b.String() + " " + cite(conversation.DataFlow, conversation.Architecture)
}

func trimFloat(v float64) string {
	if v < 1 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

// invariantRe finds the stated guarantees that concurrency can break: a durability claim is
// tested by a failure drill, not by racing clients.
var invariantRe = regexp.MustCompile(`(?i)\b(twice|two|double\w*|exactly.once|at most one|oversold|oversell\w*|more than one)\b`)

func answerTesting(r *renderer, _ string) string {
	c := r.capa
	var b strings.Builder
	fmt.Fprintf(&b, "**Testing before launch.** Load: a synthetic day at twice the estimated peak (%s writes/s and %s reads/s) against production-sized data, shaped like the flows in the capacity table, run for hours to catch leaks and compaction or vacuum debt.",
		conversation.Human(2*c.PeakWriteQPS), conversation.Human(2*c.PeakReadQPS))
	switch stores := r.namesOfKind("database", "queue", "cache"); len(stores) {
	case 0:
	case 1:
		fmt.Fprintf(&b, " A failure drill under that load: fail %s over to its standby and check that writes resume as the Reliability section says.", stores[0])
	default:
		fmt.Fprintf(&b, " Failure drills under that load: take out %s one at a time and check each does what the Reliability section says it does.", strings.Join(stores, ", "))
	}
	var inv []string
	for _, n := range r.g.Requirements.NonFunctional {
		if invariantRe.MatchString(n) && len(inv) < 2 {
			if len(n) > 140 {
				n = n[:strings.LastIndex(n[:140], " ")] + " …"
			}
			inv = append(inv, "\""+n+"\"")
		}
	}
	if len(inv) > 0 {
		fmt.Fprintf(&b, " Invariants become concurrency tests that race many clients on one key and check afterwards: %s.", strings.Join(inv, "; "))
	}
	b.WriteString(" Rollout: a canary at 1% then 10% with automatic rollback when the error budget burns.")
	return b.String() + " " + cite(conversation.CapacityID, conversation.Reliability, conversation.Requirements)
}

// A catch-up call names what it returns: changes since a cursor. A paged list (search results,
// a thread's replies) takes a cursor too, so it serves only when nothing says "since".
var (
	syncPath  = regexp.MustCompile(`sync|since|changes|updates`)
	pagedPath = regexp.MustCompile(`after_|cursor`)
)

func answerOffline(r *renderer, q string) string {
	if d, ok := deviceClient(r, q); ok {
		return devicesOffline(r, d)
	}
	var sync, paged, writes []string
	for _, e := range r.endpoints() {
		call := "`" + e.Method + " " + strings.SplitN(e.Path, "?", 2)[0] + "`"
		switch {
		case e.Method == "GET" && syncPath.MatchString(e.Path):
			sync = append(sync, call)
		case e.Method == "GET" && pagedPath.MatchString(e.Path):
			paged = append(paged, call)
		case e.Method != "GET" && e.Idempotent && len(writes) < 3:
			writes = append(writes, call)
		}
	}
	if len(sync) > 2 {
		sync = sync[:2]
	}
	if len(paged) > 2 {
		paged = paged[:2]
	}
	var b strings.Builder
	b.WriteString("**Clients that drop off.** ")
	switch {
	case len(sync) > 0:
		fmt.Fprintf(&b, "A client that comes back calls %s with the cursor it last saw and gets only what changed since, so a week away is a longer catch-up, not a special case.", strings.Join(sync, " or "))
	case len(paged) > 0:
		fmt.Fprintf(&b, "A client that comes back re-reads its lists from the top (%s, newest first) and stops paging at what it already holds; nothing here keeps a per-device feed of changes, and at this design's sizes none is needed.", strings.Join(paged, ", "))
	default:
		b.WriteString("Screens re-read what they show when the connection returns; nothing is pushed to a client that is away.")
	}
	for _, c := range r.g.Components {
		if c.Kind == "external" && strings.Contains(strings.ToLower(c.Name+c.Technology), "push") {
			fmt.Fprintf(&b, " While it is away, %s wake the device when something it must see arrives.", c.Name)
			break
		}
	}
	if r.outboxes() || len(writes) > 0 {
		fmt.Fprintf(&b, " What the user did while offline waits on the device and is sent with its original Idempotency-Key (%s), so a retry after a lost response never applies twice.", list(writes, "every write"))
	}
	return b.String() + " " + cite(conversation.API, conversation.Reliability)
}

// siteCutRe finds a link lost or cut; siteRe a site of the system itself (a PoP, a region, a
// warehouse) rather than a person's app or a reporting machine.
var (
	siteCutRe = regexp.MustCompile(`\b(?:lose|lost|loses|losing|drops?|without) (?:its |their |the |all )?(?:connection|connectivity|link|network|uplink)|\bcut off\b|\bpartitioned\b|\bdisconnected\b|\bisolated from\b|\boffline\b`)
	siteRe    = regexp.MustCompile(`\b(?:points? of presence|pops?|regions?|data ?cent(?:er|re)s?|warehouses?|branch(?:es)?|depots?|plants?|factor(?:y|ies)|edge (?:nodes?|servers?|locations?|sites?)|sites?|stores?|shops?|outlets?)\b`)
	// localRe is a part that holds what a site needs where it runs, so the site keeps working
	// when cut off.
	localRe = regexp.MustCompile(`(?i)\b(?:local(?:ly)?|on every server|on each (?:server|site|store|pop)|on site|on-site|in every pop|keeps serving|cut off|buffered at the edge|a full copy)\b`)
)

// answerSiteCut answers a site of the system losing its link to the core from the parts that
// keep serving there and what catches up when the link returns; a person's app or a machine
// that reports is answerOffline's.
func answerSiteCut(r *renderer, q string) string {
	site := siteRe.FindString(q)
	if site == "" || personRe.MatchString(q) {
		return ""
	}
	for _, c := range r.g.Components {
		if strings.Contains(q, strings.ToLower(c.Name)) {
			return "" // "the message store loses its connection" is that part failing
		}
	}
	var local, catchUp []string
	for _, c := range r.g.Components {
		// A service that pushes to the sites is the core the site is cut off from.
		if c.Kind == "client" || c.Kind == "external" || c.Kind == "service" || !localRe.MatchString(c.Description+" "+c.Technology) {
			continue
		}
		if c.Kind == "queue" {
			catchUp = append(catchUp, fmt.Sprintf("%s buffers what the site records and ships it when the link returns", c.Name))
			continue
		}
		local = append(local, fmt.Sprintf("%s (%s)", c.Name, outerClause(c.Technology)))
	}
	if len(local) == 0 {
		return fmt.Sprintf("**A %s cut off from the core.** Nothing in this design keeps a copy of what it needs at the %s: while the link is down its requests cannot reach %s, and they fail over to another %s or wait for the link. %s",
			site, site, list(r.kindNames("database"), "the stores"), site, cite(conversation.Architecture, conversation.Reliability))
	}
	for _, c := range r.g.Components {
		for i, to := range c.TalksTo {
			if i < len(c.Flows) && slices.ContainsFunc(local, func(l string) bool { return strings.HasPrefix(l, to+" (") }) && c.Kind == "service" {
				catchUp = append(catchUp, fmt.Sprintf("%s's changes (%s) wait for it and are applied in version order on reconnect, so the %s catches up rather than starting over", c.Name, c.Flows[i], site))
			}
		}
	}
	text := fmt.Sprintf("**A %s cut off from the core.** It keeps serving from what it holds where it runs: %s. What changes centrally meanwhile does not reach it, so it serves the last version it applied.", site, strings.Join(local, "; "))
	if len(catchUp) > 0 {
		text += " When the link returns: " + strings.Join(catchUp, "; ") + "."
	}
	return text + " " + cite(conversation.Architecture, conversation.Reliability)
}

// outerClause is text up to its first ", " outside parentheses: a technology's name without
// the detail after it.
func outerClause(text string) string {
	depth := 0
	for i, ch := range text {
		switch {
		case ch == '(':
			depth++
		case ch == ')':
			depth--
		case depth == 0 && strings.HasPrefix(text[i:], ", "):
			return text[:i]
		}
	}
	return text
}

// reportingRe name a machine that reports rather than a person's app.
var reportingRe = regexp.MustCompile(`\b(?:sensors?|devices?|probes?|meters?|agents?|trackers?|gauges?|beacons?|gateways?|readers?|terminals?|kiosks?|scanners?)\b`)

// deviceClient is the design's reporting machine a question is about: a client other than the
// people's apps, named by the question or by what it is.
func deviceClient(r *renderer, q string) (conversation.Component, bool) {
	var machines []conversation.Component
	for _, c := range r.g.Components {
		if c.Kind != "client" || c.Name == "Clients" {
			continue
		}
		machines = append(machines, c)
		named := slices.ContainsFunc(strings.Fields(strings.ToLower(c.Name)), func(w string) bool { return len(w) > 3 && strings.Contains(q, stem5(w)) })
		if named || reportingRe.MatchString(q) {
			return c, true
		}
	}
	// "a van loses connectivity": the one machine that reports, unless a person's app is meant.
	if len(machines) == 1 && !personRe.MatchString(q) {
		return machines[0], true
	}
	return conversation.Component{}, false
}

// personRe finds a question about a person's app rather than a machine.
var personRe = regexp.MustCompile(`\b(?:users?|apps?|phones?|browsers?|customers?|members?|patients?|players?|riders?|drivers?|people|person|someone|i|my)\b`)

// devicesOffline says what happens to what a reporting machine collects while its link is down:
// it is kept on the machine, sent late with the time it was taken, and what the design computed
// over those hours is computed again.
func devicesOffline(r *renderer, d conversation.Component) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s that lose their link.** %s (%s): %s. ", d.Name, d.Name, d.Technology, strings.TrimSuffix(d.Description, "."))
	b.WriteString("What they read while cut off is kept on the device, oldest dropped first only when its buffer fills, and sent in batches when the link returns; each reading carries the time it was taken, so it lands at its place in time, not at the moment it arrived.")
	if len(d.TalksTo) > 0 {
		fmt.Fprintf(&b, " %s takes the catch-up like any burst, and devices add jitter before sending so thousands coming back together do not arrive in the same second.", d.TalksTo[0])
	}
	if logs := r.logs(); len(logs) > 0 {
		fmt.Fprintf(&b, " Through %s the late readings reach %s as well: what they computed over those hours is computed again for them, and a condition found only in old readings is reported as late rather than as happening now.", logs[0].Name, r.consumersOf(logs[0]))
	}
	return b.String() + " " + cite(conversation.DataFlow, conversation.Reliability)
}

var (
	timeField  = regexp.MustCompile(`(^|_)(at|on|time|date|deadline|starts?|ends?|opens?|closes?|departs?|due|slot)(_|$)`)
	localField = regexp.MustCompile(`(^|_)(date|deadline|starts?|opens?|closes?|departs?|due|slot|local|scheduled)(_|$)`)
)

func answerTimeZones(r *renderer, _ string) string {
	var instants, local []string
	for _, e := range r.entities() {
		for _, f := range strings.Split(e.Fields, ",") {
			name := strings.Fields(strings.TrimSpace(f) + " ")[0]
			if !timeField.MatchString(name) {
				continue
			}
			ref := e.Name + "." + name
			if localField.MatchString(name) && len(local) < 3 {
				local = append(local, ref)
			} else if len(instants) < 3 {
				instants = append(instants, ref)
			}
		}
	}
	if len(instants)+len(local) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("**Time zones.** ")
	if len(instants) > 0 {
		fmt.Fprintf(&b, "Moments that happened (%s) are stored as UTC instants (timestamptz) and shown in the viewer's zone. ", strings.Join(instants, ", "))
	}
	if len(local) > 0 {
		fmt.Fprintf(&b, "Times people agree on in a place's wall clock (%s) are stored as local time with the place's IANA zone (Europe/Lisbon), because a UTC instant computed today is wrong after a daylight-saving or a government's rule change; the UTC instant is derived when needed, and a local time that falls in a spring-forward gap moves to the next valid minute. ", strings.Join(local, ", "))
	}
	b.WriteString("Servers run in UTC and never read the host's zone.")
	return b.String() + " " + cite(conversation.DataModel)
}

// questionStop are words of a question that say nothing about its subject.
var questionStop = map[string]bool{"how": true, "does": true, "would": true, "should": true, "could": true, "can": true, "when": true, "where": true, "which": true, "who": true, "whom": true, "handle": true, "keep": true, "deal": true, "about": true, "our": true, "your": true, "its": true, "get": true, "make": true, "happen": true, "happens": true, "will": true, "there": true, "they": true, "them": true, "from": true, "into": true, "have": true, "has": true, "been": true, "being": true, "some": true, "any": true, "one": true, "work": true, "works": true, "system": true, "know": true, "need": true, "want": true,
	// Words every passage has: they tell no passage from another.
	"more": true, "than": true, "take": true, "takes": true, "single": true, "still": true, "real": true, "exactly": true, "what": true, "each": true,
	"instead": true, "other": true, "others": true, "well": true, "just": true, "also": true, "much": true, "many": true, "big": true, "point": true, "time": true, "walk": true, "through": true}

func questionStems(q string) []string {
	var out []string
	for _, w := range significant(q) {
		if s := stem(w); !questionStop[w] && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// answerNearest answers from the deep dive of this design that is about what the question asks,
// when no reasoned topic took it: the dives are this design's own reasoning on its hard parts,
// those the document shows first and those behind them.
func answerNearest(r *renderer, q string) string {
	m, ok := diveFor(r, questionStems(q))
	if !ok {
		return ""
	}
	return diveAnswer(r, m.dive)
}

// answerDiveSubject answers from a hard part the document does not show among its first three
// when the question names its subject outright ("how does surge pricing work?"), before the
// general answers whose words it shares ("surge" is also a burst of traffic): at least two of
// the question's words, and half of them, are the dive's subject words.
func answerDiveSubject(r *renderer, q string) string {
	stems := questionStems(q)
	m, ok := diveFor(r, stems)
	if !ok || m.shown || 2*m.subject < len(stems) {
		return ""
	}
	// A topic every design answers (stampedes, consistency) keeps the question unless it names
	// the dive by three words of its title.
	if m.titled < 3 && slices.ContainsFunc(topics, func(tp topic) bool { return tp.re.MatchString(q) }) {
		return ""
	}
	return diveAnswer(r, m.dive)
}

// diveMatch is how well a deep dive fits a question.
type diveMatch struct {
	dive deepDive
	// shown is set for a dive among the three the document shows; subject counts the question's
	// words in the dive's title or first sentence (what it is about), titled those in its title.
	shown           bool
	score           int
	subject, titled int
}

// diveFor finds the dive a question is about: a word in its title or its first sentence counts,
// one found only further into its body ("same", "two") only breaks ties, so it never picks a
// dive about something else. A shown dive needs a word of its title; one behind them needs two
// subject words, as it was never put in front of the reader.
func diveFor(r *renderer, stems []string) (diveMatch, bool) {
	shown := len(r.dives())
	var best diveMatch
	for i, d := range r.allDives() {
		title, body := strings.ToLower(r.x(d.Title)), strings.ToLower(r.x(d.Body))
		first := strings.ToLower(sentences(body, 1))
		m := diveMatch{dive: d, shown: i < shown}
		for _, s := range stems {
			switch {
			case strings.Contains(title, s):
				m.score, m.subject, m.titled = m.score+3, m.subject+1, m.titled+1
			case strings.Contains(first, s):
				m.score, m.subject = m.score+2, m.subject+1
			case strings.Contains(body, s):
				m.score++
			}
		}
		fits := m.shown && m.titled > 0 || m.subject >= 2
		if fits && m.score > best.score {
			best = m
		}
	}
	return best, best.score > 0
}

func diveAnswer(r *renderer, d deepDive) string {
	body := r.x(d.Body)
	if cut := sentences(body, 3); cut != "" {
		body = cut
	}
	return fmt.Sprintf("**%s.** %s", r.x(d.Title), body) + " " + cite(conversation.DeepDive)
}

// sentences keeps the first n sentences of a paragraph.
func sentences(s string, n int) string {
	end := 0
	for i := 0; i < n; i++ {
		j := strings.Index(s[end:], ". ")
		if j < 0 {
			return s
		}
		end += j + 2
	}
	return strings.TrimSpace(s[:end])
}

// looseTarget finds the component a question names by the first word of its name, inflected
// ("how do notifications get delivered?" → Notification service), when nothing closer matched.
func looseTarget(g bot.Grounding, q string) (conversation.Component, bool) {
	stems := questionStems(q)
	for _, c := range g.Components {
		first := strings.ToLower(strings.Fields(c.Name + " x")[0])
		if len(first) < 4 || c.Kind == "client" {
			continue
		}
		if slices.Contains(stems, stem(first)) {
			return c, true
		}
	}
	return conversation.Component{}, false
}

// answerAbsent answers about a part the question names that this design does not have: what it
// would do, and that the design has nothing that needs it yet. A part's own name is matched
// before the words it is also called by, and the general parts before a domain's ("notifications"
// is the Notification service before it is a registrar's Student notices); a part only one
// archetype has is never offered, since its text is that archetype's.
func answerAbsent(g bot.Grounding, q string) string {
	if whatIfRe.MatchString(strings.ToLower(q)) && growthAskedRe.MatchString(q) {
		return "" // "what if orders triple?" grows the orders; it asks for no Order DB
	}
	r, padded := newRenderer(g), wordsPadded(q)
	for _, c := range g.Components {
		if catalogID(c.Name) != "" && mentions(q, c) || len(partsNamed(g, q)) > 0 {
			return "" // it is here: the other answers say why
		}
	}
	for _, byAlias := range []bool{false, true} {
		// The catalogue's order puts the general parts before the domains' own.
		for _, spec := range components {
			if !namedIn(padded, spec, byAlias) || ownedByOne(spec.ID) {
				continue
			}
			if _, ok := r.byID[spec.ID]; ok {
				return ""
			}
			return fmt.Sprintf("**There is no %s in this design.** A %s %s; nothing this design was asked for needs that yet. Say \"add a %s\" and I'll add it and show what it changes. %s",
				spec.Name, spec.Name, spec.Desc, strings.ToLower(spec.Name), cite(conversation.Architecture))
		}
	}
	return ""
}

// ownedByOne reports whether a single archetype lists the part among its components: its text
// speaks that archetype's domain ("sends the outbox's texts from each restaurant's own number"),
// so it cannot say what the part would do in another design.
func ownedByOne(id string) bool {
	owners := 0
	for _, f := range featureList {
		if slices.Contains(f.Components, id) {
			owners++
		}
	}
	return owners == 1
}

// growthAskedRe is a what-if that grows a load: "orders triple", "3x the traffic".
var growthAskedRe = regexp.MustCompile(`(?i)\b(?:doubles?|doubled|triples?|tripled|quadruples?|grows?|spikes?|increases?|surges?|\d+(?:\.\d+)?\s*(?:x|×)|times)\b`)

// wordsPadded is s as lower-case words between single spaces, with a space at each end, so a
// phrase is found as whole words by looking for it padded the same way.
func wordsPadded(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
}

// namedIn reports whether padded (a question through wordsPadded) names the part by its name or,
// with byAlias, by one of its aliases, as whole words.
func namedIn(padded string, spec compSpec, byAlias bool) bool {
	if spec.Kind == "client" {
		return false // an app is named by the people who use it ("drivers"), not asked after
	}
	names := spec.Aliases
	if !byAlias {
		names = []string{strings.ToLower(spec.Name)}
	}
	for _, a := range names {
		if len(a) >= 3 && !actorWords[singularNoun(a)] && strings.Contains(padded, wordsPadded(a)) {
			return true
		}
	}
	return false
}
