package offline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// failureProfile is what one family of technology does when it fails, in this design's terms: how it
// is replicated, what a failure does to the load that reaches it, how it is backed up and which
// signal shows it is in trouble. The functions get the component and the renderer so they can
// name the load and the parts around it.
type failureProfile struct {
	match []string // lower-case substrings of the component's technology
	fails func(r *renderer, c conversation.Component) string
	watch string
	// kept is what to watch when the technology is not a cache but holds the only copy of
	// something (a leaderboard, seat holds): there an eviction is data lost, not a miss.
	kept string
}

// watchFor is what a dashboard watches on c: a part that calls itself a cache is one, and so is
// one whose keys expire by themselves (rate-limit windows, seat holds), whatever else in Redis
// is filed as kind cache (a leaderboard's sorted sets).
func (p failureProfile) watchFor(c conversation.Component) string {
	if p.kept != "" && !strings.Contains(strings.ToLower(c.Name+" "+c.Description), "cache") && !strings.Contains(c.Technology, "TTL") {
		return p.kept
	}
	return p.watch
}

// failureProfiles are tried in order; the first whose match appears in a component's technology
// describes it.
var failureProfiles = []failureProfile{
	{match: []string{"dynamodb"}, watch: "throttled requests and consumed capacity per table",
		fails: func(r *renderer, c conversation.Component) string {
			rate := "writes"
			if r.dbTakesWrites() {
				// Quote the rate only where the main write lands in a database row.
				rate = r.x("{peak_write}") + " writes/s"
			}
			return fmt.Sprintf("replicated across 3 zones by the service, with point-in-time recovery (35 days) for %s and global tables when a second region is added. Its failure mode is throttling on a hot partition: keys are hashed so %s spread, and the SDK backs off and retries with the same condition expression.", r.holds(c), rate)
		}},
	{match: []string{"mysql", "vitess"}, watch: "replication lag, semi-sync acknowledgements and the longest transaction",
		fails: func(r *renderer, c conversation.Component) string {
			h := r.holds(c)
			return fmt.Sprintf("%s are written to a primary per shard with a semi-synchronous replica in another zone, so a commit is on two machines before it is acknowledged. A primary failure blocks writes of %s%s on that shard for the < 30 s orchestrator takes to promote the replica; they get 503 + Retry-After and are retried with their idempotency keys, and the other shards carry on. Binlog backups restore %s to a point in time.",
				upperFirst(h), h, r.writersOf(c), h)
		}},
	{match: []string{"origin servers"}, watch: "segment request errors and origin egress",
		fails: func(r *renderer, c conversation.Component) string {
			return "stateless apart from a short window of live segments: a lost origin is replaced behind its load balancer and players re-request the missing segments, which another origin (or the CDN's cache) serves; recordings are already in object storage."
		}},
	{match: []string{"postgres"}, watch: "replication lag, connections in use and the longest transaction",
		fails: func(r *renderer, c conversation.Component) string {
			h := r.holds(c)
			reads, during := " and read from async replicas", fmt.Sprintf("while reads of %s keep going to replicas%s", h, r.cachedBy(c))
			if !readReplicas(c.Technology) {
				// One primary and a standby: reads share the primary's outage.
				reads, during = "", fmt.Sprintf("and reads of %s wait with them", h)
				if cb := r.cachedBy(c); cb != "" {
					during = fmt.Sprintf("while reads of %s already in %s are still answered", h, strings.TrimPrefix(cb, " and "))
				}
			}
			if r.threeNines() {
				// At three nines a failover is a minute inside an 8.8-hour budget: a managed
				// service's standby does it, with no failover tooling of our own to describe.
				return fmt.Sprintf("%s sit on a managed primary with a standby in another zone (RDS Multi-AZ or Cloud SQL HA): a failover takes a minute or two of the 8.8 h a year, writes of %s%s during it are retried with their idempotency keys, and point-in-time restore brings %s back to the minute before a bad write.",
					upperFirst(h), h, r.writersOf(c), h)
			}
			return fmt.Sprintf("%s are written to a primary with a synchronous standby in another zone (RPO 0)%s. A primary failure blocks writes of %s%s for the < 30 s Patroni takes to promote the standby: they get 503 + Retry-After and are retried with their idempotency keys, %s. Continuous WAL archiving restores %s to the minute before a bad write (35 days).",
				upperFirst(h), reads, h, r.writersOf(c), during, h)
		}},
	{match: []string{"mongo"}, watch: "replication lag and election count",
		fails: func(r *renderer, c conversation.Component) string {
			return fmt.Sprintf("a replica set of 3 across zones with majority write concern: if the primary fails an election picks a new one in ≈ 10 s, during which writes%s are retried by the driver. Backups: continuous oplog backup with point-in-time restore.", r.writersOf(c))
		}},
	{match: []string{"cockroach", "spanner", "yugabyte", "tidb", "distributed sql"}, watch: "range under-replication and p99 consensus latency",
		fails: func(r *renderer, c conversation.Component) string {
			return "every range is a Raft group of 3 across zones: a zone loss leaves a quorum and there is no failover step, only a few seconds of leader moves. Backups: scheduled full and incremental backups to object storage."
		}},
	{match: []string{"cassandra", "scylla", "bigtable"}, watch: "p99 read latency, pending compactions and hinted handoffs",
		fails: func(r *renderer, c conversation.Component) string {
			return fmt.Sprintf("RF=3 across 3 zones with LOCAL_QUORUM reads and writes, so one replica down per partition changes nothing for readers and writers of %s, and hinted handoff and repair bring the replica back in step. Backups of %s: SSTable snapshots and incremental backups to object storage (Medusa).", r.holds(c), r.holds(c))
		}},
	{match: []string{"kafka"}, watch: "consumer lag per group and under-replicated partitions",
		fails: func(r *renderer, c conversation.Component) string {
			s := fmt.Sprintf("replication factor 3, min.insync.replicas=2, acks=all and no unclean leader election: a broker loss moves leadership to an in-sync replica and loses no acknowledged %s.", r.inbound(c))
			if cs := r.consumersOf(c); cs != "" {
				if r.outboxes() {
					s += " If the whole log is unavailable, producers keep events in their outbox and " + cs + " " + agree(cs, "fall", "falls") + " behind, then catch up; the request path does not stop."
				} else {
					// No outbox in this design: say what happens to what is published instead.
					s += " If the whole log is unavailable, what is published to it waits in each producer's retry buffer and " + cs + " " + agree(cs, "fall", "falls") + " behind, then catch up."
				}
			}
			return s
		}},
	{match: []string{"redis", "memcached", "bloom"}, watch: "hit ratio, evictions and memory per shard",
		kept: "memory per shard against maxmemory (noeviction, so a full shard refuses writes instead of dropping data), replication lag and AOF fsync latency",
		fails: func(r *renderer, c conversation.Component) string {
			if c.Kind == "cache" && (c.Name == r.name("cache") && r.has("cache")) {
				return fmt.Sprintf("a replica per shard with automatic failover, so a node loss costs only the cached %s it held. If the whole cache is lost, up to %s reads/s of %s fall through to %s: request coalescing (one load per key) and a concurrency limit keep %s under its capacity, and reads beyond the limit get 503 + Retry-After.", r.holds(c), r.x("{peak_read}"), r.holds(c), r.backingStore(), r.backingStore())
			}
			return fmt.Sprintf("a replica per shard with automatic failover; losing a shard loses only its %s until they refill or are rebuilt.", r.holds(c))
		}},
	{match: []string{"etcd", "zookeeper", "raft", "paxos"}, watch: "leader changes and fsync latency",
		fails: func(r *renderer, c conversation.Component) string {
			return fmt.Sprintf("a 3- or 5-node quorum: one node down changes nothing; losing the quorum stops new writes of %s until a majority is back, and nothing acknowledged is lost.", r.holds(c))
		}},
	{match: []string{"s3", "gcs", "object"}, watch: "5xx rate and request latency",
		fails: (*renderer).objectFailure},
	{match: []string{"elasticsearch", "opensearch"}, watch: "cluster status and indexing lag",
		fails: func(r *renderer, c conversation.Component) string {
			return "one replica per shard; it is derived data, so a lost index is rebuilt from the source of truth while search answers 503 or partial results and writes continue."
		}},
	{match: []string{"m3db", "victoria", "clickhouse"}, watch: "ingest lag and query latency per shard",
		fails: func(r *renderer, c conversation.Component) string {
			return "RF=3 across zones; a lost replica only slows queries, and ingest buffers upstream until it returns."
		}},
}

// profileOf returns the profile for a component's technology, if one is known. The technology's
// head (before any parenthesis or comma) decides first: "a replicated log (Raft), archived to
// object storage" fails like a Raft log, not like the object store it archives to.
func profileOf(c conversation.Component) (failureProfile, bool) {
	t := strings.ToLower(c.Technology)
	for _, text := range []string{techHead(t), t} {
		for _, p := range failureProfiles {
			for _, m := range p.match {
				if strings.Contains(text, m) {
					return p, true
				}
			}
		}
	}
	return failureProfile{}, false
}

// techHead is a technology's name without its qualifiers: "Amazon S3 (11 nines)" → "Amazon S3".
func techHead(tech string) string {
	if i := strings.IndexAny(tech, "(,"); i > 0 {
		return tech[:i]
	}
	return tech
}

// writersOf names the peak write load a store takes when it is the design's main store: the one
// holding the main archetype's first entity, which is what the write figures count.
func (r *renderer) writersOf(c conversation.Component) string {
	if c.Name == r.mainStore() && r.countsWrites() {
		return " (" + r.x("{peak_write}") + "/s at peak)"
	}
	return ""
}

// countsWrites reports whether the write figures count the main entity's writes: with several
// databases, only when the entity is what a write is (a Scan for "scan"), not a Device beside
// its telemetry.
func (r *renderer) countsWrites() bool {
	dbs := 0
	for _, c := range r.g.Components {
		if c.Kind == "database" {
			dbs++
		}
	}
	if dbs <= 1 || r.p.Load == nil || len(r.p.Entities) == 0 {
		return true
	}
	name := strings.ToLower(r.p.Entities[0].Name)
	for _, w := range strings.Fields(strings.ToLower(r.p.Load.Write)) {
		if len(w) >= 3 && strings.Contains(name, singularNoun(w)) {
			return true
		}
	}
	return false
}

// cachedBy says where reads go while a store fails over.
func (r *renderer) cachedBy(c conversation.Component) string {
	for _, o := range r.g.Components {
		if o.Kind == "cache" && slices.Contains(talkers(r.g.Components, c.Name), o.Name) {
			return " and " + o.Name
		}
	}
	if r.has("cache") && c.Name == r.backingStore() {
		return " and " + r.name("cache")
	}
	return ""
}

// talkers returns the components that talk to name or that name talks to.
func talkers(cs []conversation.Component, name string) []string {
	var out []string
	for _, c := range cs {
		if c.Name == name {
			out = append(out, c.TalksTo...)
			continue
		}
		if slices.Contains(c.TalksTo, name) {
			out = append(out, c.Name)
		}
	}
	return out
}

// consumersOf names the workers that read a log, or when none is linked to it, the consumers of
// what it carries ("the consumers of PostCreated"): the same words in every design say nothing.
func (r *renderer) consumersOf(log conversation.Component) string {
	if ws := r.logWorkers(log); len(ws) > 0 {
		return strings.Join(ws, ", ")
	}
	return "the consumers of " + r.inbound(log)
}

// logWorkers lists the workers that read a log: a worker whose link says it publishes into the
// log (a sweeper's "publish escalation events") is a producer, which the log does not wait on.
func (r *renderer) logWorkers(log conversation.Component) []string {
	var ws []string
	for _, c := range r.g.Components {
		i := slices.Index(c.TalksTo, log.Name)
		if c.Kind == "worker" && i >= 0 && !(i < len(c.Flows) && diagram.Produces(c.Flows[i])) {
			ws = append(ws, c.Name)
		}
	}
	return ws
}

// mainStore is the component holding the main archetype's first entity, if it is in the design.
func (r *renderer) mainStore() string {
	if e, ok := r.busiestEntity(); ok && r.byID[e.Store].Kind == "database" {
		return r.name(e.Store)
	}
	if len(r.p.Entities) == 0 {
		return ""
	}
	e := r.p.Entities[0]
	if r.has(e.Store) {
		return r.name(e.Store)
	}
	return ""
}

// relational says the store named runs on a relational database: the one a design is drafted
// on, or one it was moved to that joins tables; a store moved to Cassandra is not.
func (r *renderer) relational(store string) bool {
	c, ok := r.component(store)
	if !ok {
		return true
	}
	t, known := techOf(c.Technology)
	return !known || t.Joins && t.MultiRow
}

// backingStore is the database the design's cache fronts: the main store when it is a database,
// else the first database a service that uses the cache talks to, else the first database.
func (r *renderer) backingStore() string {
	if m := r.mainStore(); m != "" {
		if c, ok := r.component(m); ok && c.Kind == "database" {
			return m
		}
	}
	cache := r.name("cache")
	for _, c := range r.g.Components {
		if c.Kind != "service" || !slices.Contains(c.TalksTo, cache) {
			continue
		}
		for _, t := range c.TalksTo {
			if o, ok := r.component(t); ok && o.Kind == "database" {
				return o.Name
			}
		}
	}
	for _, c := range r.g.Components {
		if c.Kind == "database" {
			return c.Name
		}
	}
	return "the database"
}

func (r *renderer) component(name string) (conversation.Component, bool) {
	for _, c := range r.g.Components {
		if c.Name == name {
			return c, true
		}
	}
	return conversation.Component{}, false
}

// failureLines lists, per stateful part and external provider, its replication, what its failure
// does to the load and how it is backed up.
func (r *renderer) failureLines() []string {
	var out []string
	told := map[string]string{} // a profile's watch signal → the first component it was told for
	// The main store is told in full first; another store of its kind then says only what differs.
	cs := slices.Clone(r.g.Components)
	main := r.mainStore()
	slices.SortStableFunc(cs, func(a, b conversation.Component) int {
		switch {
		case a.Name == main && b.Name != main:
			return -1
		case b.Name == main && a.Name != main:
			return 1
		}
		return 0
	})
	for _, c := range cs {
		switch c.Kind {
		case "database", "cache", "queue", "storage", "search":
			if l := r.accountStoreLine(c, main); l != "" {
				out = append(out, l)
			} else if p, ok := profileOf(c); ok {
				if first, again := told[p.watchFor(c)]; again {
					// A second store of the same kind fails the same way: say what differs.
					out = append(out, fmt.Sprintf("**%s** (%s): replicated and recovered as %s is; its failure holds up only %s%s.", c.Name, c.Technology, first, r.holds(c), r.writersOf(c)))
					continue
				}
				told[p.watchFor(c)] = c.Name
				out = append(out, fmt.Sprintf("**%s** (%s): %s", c.Name, c.Technology, p.fails(r, c)))
			} else if how := replication(c); how != "" {
				out = append(out, fmt.Sprintf("**%s** (%s): %s.", c.Name, c.Technology, how))
			} else {
				out = append(out, fmt.Sprintf("**%s** (%s): ⚠ no replication known for this technology — see the self-review in Trade-offs.", c.Name, c.Technology))
			}
		case "external":
			if r.degradesOn(c.Name) {
				continue // the design says how it carries on without it (dispatch ranks by straight line)
			}
			if l := r.externalLine(c); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// sloEndpoints are the two endpoints the design's users feel first: a check run in-process (a
// limiter's Allow) is the product itself, and the admin API behind it comes after every other.
func (r *renderer) sloEndpoints() []string {
	var first, admin []string
	for _, e := range r.endpoints() {
		switch {
		case e.Method == "(in-process)":
			first = append(first, "`"+e.Path+"` (in-process)")
		case e.Method == "EVENT" || e.Method == "MDB" || strings.Contains(e.Auth, "none (credentials") || strings.HasPrefix(e.Path, "(") ||
			strings.HasPrefix(e.Method, "(") || strings.HasPrefix(e.Method, "any") || strings.HasPrefix(e.Path, "any"):
		case strings.HasPrefix(e.Auth, "admin"):
			admin = append(admin, "`"+e.Method+" "+stripQuery(e.Path)+"`")
		default:
			first = append(first, "`"+e.Method+" "+stripQuery(e.Path)+"`")
		}
	}
	return firstN(append(first, admin...), 2)
}

// degradesOn reports whether a feature of the design already says how it carries on when the
// named part fails: a line of its reliability that begins with it.
func (r *renderer) degradesOn(name string) bool {
	for _, f := range r.fs {
		for _, l := range f.Reliability {
			if strings.HasPrefix(r.x(l), name+" ") {
				return true
			}
		}
	}
	return false
}

// monitoring names the signal to watch on each stateful part and the SLO on the design's own
// busiest endpoints.
func (r *renderer) monitoring() []string {
	var out []string
	var eps []string
	if !r.p.OwnTargets { // deadlines on site, not a service's error budget, are its targets
		eps = r.sloEndpoints()
	}
	if len(eps) > 0 {
		out = append(out, fmt.Sprintf("SLOs on %s (availability and p99 latency), paged on error-budget burn rate rather than single errors.", strings.Join(eps, " and ")))
	}
	if d := readStatement(r.g.Problem).dispatch; d != nil && r.hasFeature("dispatch") {
		out = append(out, d.dispatchMonitoring())
	}
	// Stores watched for the same signals share one clause: a second PostgreSQL is watched as
	// the first is, and saying so twice is the repetition a reader skips.
	var watches []string
	parts := map[string][]string{}
	for _, c := range r.stores() {
		if p, ok := profileOf(c); ok && p.watchFor(c) != "" {
			w := p.watchFor(c)
			if parts[w] == nil {
				watches = append(watches, w)
			}
			parts[w] = append(parts[w], fmt.Sprintf("%s (%s)", c.Name, r.holds(c)))
		}
	}
	var per []string
	for _, w := range watches {
		per = append(per, series(parts[w], "and", "")+": "+w)
	}
	if len(per) > 0 {
		out = append(out, "Dashboards and alerts per part — "+strings.Join(per, "; ")+".")
	}
	return out
}

// retries names the design's own idempotent writes and log consumers.
func (r *renderer) retries() []string {
	var creates []string
	for _, e := range r.endpoints() {
		if e.Idempotent && e.Method == "POST" && len(creates) < 4 {
			creates = append(creates, "`"+e.Method+" "+stripQuery(e.Path)+"`")
		}
	}
	var out []string
	if len(creates) > 0 && r.p.APIStyle == "" {
		// An archetype with a protocol of its own says how its retries are made safe there.
		verb, them := "take", "them"
		if len(creates) == 1 {
			verb, them = "takes", "it"
		}
		out = append(out, fmt.Sprintf("%s %s an Idempotency-Key stored with the first result, so clients retry %s safely with exponential backoff and jitter.", strings.Join(creates, ", "), verb, them))
	}
	if r.has("queue") {
		out = append(out, fmt.Sprintf("%s delivers at least once: %s dedupe by event id or write conditionally.", r.name("queue"), r.consumersOf(r.byID["queue"])))
	}
	return out
}

// holds names what a part keeps: the entities the data model places in it, or for a cache those
// of the store it fronts, else what flows into it.
func (r *renderer) holds(c conversation.Component) string {
	store := c.Name
	// The shared cache holds what its database holds, unless entities live in it by design
	// (a garage's live counts, an inventory's available-to-promise): then it holds those.
	if c.Kind == "cache" && c.Name == r.name("cache") && !r.ownsEntities(c) {
		store = r.backingStore()
	}
	var names []string
	for _, e := range r.entities() {
		if strings.HasPrefix(r.storeOf(e), store+" (") && len(names) < 3 {
			names = append(names, strings.ToLower(pluralNoun(e.Name)))
		}
	}
	if len(names) == 0 && c.Kind == "storage" {
		// Object storage keeps the bytes of what the database describes: "the bytes of media",
		// not the labels of the requests that reach it ("pre-signed upload, origin fetch").
		for _, e := range r.entities() {
			if slices.Contains(mediaWords, singularNoun(strings.ToLower(e.Name))) && len(names) < 3 {
				names = append(names, strings.ToLower(pluralNoun(e.Name)))
			}
		}
		if len(names) > 0 {
			return "the bytes of " + strings.Join(names, ", ")
		}
	}
	if len(names) == 0 {
		return r.inbound(c)
	}
	return strings.Join(names, ", ")
}

// inbound names what the design sends into a part, from the labels of the edges that reach it.
func (r *renderer) inbound(c conversation.Component) string {
	var labels []string
	for _, o := range r.g.Components {
		for i, t := range o.TalksTo {
			if t != c.Name || i >= len(o.Flows) || o.Flows[i] == "" {
				continue
			}
			label := o.Flows[i]
			if diagram.Produces(label) {
				_, label, _ = strings.Cut(label, " ") // "publish escalation events" carries escalation events
			}
			if label != "" && !slices.Contains(labels, label) && len(labels) < 3 {
				labels = append(labels, label)
			}
		}
	}
	if len(labels) == 0 {
		return "data"
	}
	return strings.Join(labels, ", ")
}

// outboxes reports whether the design's writes publish through a transactional outbox: its flows
// say so (or hand off through the placeholders that render one).
func (r *renderer) outboxes() bool {
	for _, f := range r.fs {
		for _, fl := range f.Flows {
			for _, st := range fl.Steps {
				if strings.Contains(st, "outbox") || strings.Contains(st, "{with_outbox}") || strings.Contains(st, "{handoff}") || strings.Contains(st, "{publish_lead}") {
					return true
				}
			}
		}
	}
	return false
}

// objectFailure says how object storage keeps this design's bytes and what its outage stops:
// the parts that write and read it by name, and what still answers, rather than the provider's
// durability figure, which is the same in every design that stores a blob.
func (r *renderer) objectFailure(c conversation.Component) string {
	held := r.holds(c)
	if held == r.inbound(c) && !strings.Contains(held, "file") {
		// No entity lives here by name: the edges say how bytes arrive ("pre-signed upload
		// URLs"), not what they are, so name the files after the design's main thing. An edge
		// that names files ("daily position files") already says what they are.
		held = "uploaded files"
		// Only a thing the design keeps names them: "online bidders join" reads as memberships,
		// which an auction design never stores.
		if m := modelOf(r.g.Problem); m.main != "" && m.main != "item" && slices.ContainsFunc(r.entities(), func(e entity) bool { return sameThing(strings.ToLower(e.Name), m.main) }) {
			held = "the files of " + pluralNoun(m.main)
		}
	}
	meta := r.mainStore()
	var callers []string
	described := false // a caller also writes the rows that describe the objects
	for _, o := range r.g.Components {
		if slices.Contains(o.TalksTo, c.Name) && o.Kind != "client" && o.Kind != "cdn" && o.Kind != "edge" {
			callers = append(callers, o.Name)
			described = described || meta != "" && meta != c.Name && slices.Contains(o.TalksTo, meta)
		}
	}
	s := fmt.Sprintf("keeps %s in several zones with versioning on, so a deleted or overwritten one comes back from its previous version.", held)
	if len(callers) == 0 {
		return s
	}
	who := series(callers, "and", "")
	switch {
	case r.has("cdn"):
		s += fmt.Sprintf(" If it is unavailable, %s cannot store new ones and retry with backoff, while %s keeps serving those it already caches.", who, r.name("cdn"))
	case described:
		s += fmt.Sprintf(" If it is unavailable, %s cannot store or fetch them and retry with backoff; %s rows are written only after their object is stored, so none points at missing bytes.", who, meta)
	default:
		s += fmt.Sprintf(" If it is unavailable, %s cannot store or fetch them and retry with backoff.", who)
	}
	return s
}

// externalLine says what an outside provider's outage holds up in this design: each caller with
// what it sends there (its link's flow), so the line is about this design's work, not about
// circuit breakers in general.
func (r *renderer) externalLine(c conversation.Component) string {
	var calls, names []string
	for _, o := range r.g.Components {
		i := slices.Index(o.TalksTo, c.Name)
		if i < 0 {
			continue
		}
		call := o.Name
		names = append(names, o.Name)
		if i < len(o.Flows) && o.Flows[i] != "" {
			call += " (" + o.Flows[i] + ")"
		}
		calls = append(calls, call)
	}
	if len(calls) == 0 {
		return ""
	}
	it, is := "it", "it is"
	if agree(c.Name, "p", "s") == "p" {
		it, is = "them", "they are"
	}
	return fmt.Sprintf("**%s** (%s), run by someone else: %s %s %s through a circuit breaker with timeouts, so while %s down that work waits for retry with backoff instead of holding threads.", c.Name, c.Technology, series(calls, "and", ""), agree(strings.Join(names, " and "), "reach", "reaches"), it, is)
}

// accountStoreLine says what losing the accounts store costs when it holds only accounts and is
// not the design's main store: sign-ins wait, the design's own work does not. Told in the
// database's generic terms it read the same in every design with accounts.
func (r *renderer) accountStoreLine(c conversation.Component, main string) string {
	if !r.has("userdb") || c.Name != r.name("userdb") || c.Name == main || main == "" || r.holds(c) != "users" || !strings.Contains(strings.ToLower(c.Technology), "postgres") {
		return ""
	}
	work := "writes"
	if r.p.Load != nil && r.p.Load.Write != "" && r.p.ID != "generic" {
		work = pluralNoun(r.p.Load.Write)
	}
	checked := "by the services"
	if r.has("gateway") {
		checked = "at " + r.name("gateway")
	}
	return fmt.Sprintf("**%s** (%s): holds only the accounts of %s, so while its standby in another zone takes over (< 30 s) only sign-ins and profile changes wait, and %s in %s go on because access tokens already issued are checked %s without it.",
		c.Name, c.Technology, accountHolders(r.g.Problem, r.g.Requirements.Workload), work, main, checked)
}
