package offline

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// renderer writes sections from one grounding. Everything it says comes from the grounding's
// features, components and capacity, so sections written separately agree with each other.
type renderer struct {
	g    bot.Grounding
	fs   []*feature
	p    *feature
	capa conversation.Capacity
	byID map[string]conversation.Component // catalog id → the design's component
	// k is what a team added (detection entries, a house stack); nil without.
	k *Knowledge
	// read is the statement's load as the reader took it, read once per renderer on first use.
	read *workload.Reading
	// stated is what the statement says its things hold, read once per renderer on first use.
	stated *attrs
}

// reading is the statement's load reading, shared by the placeholders that quote it.
func (r *renderer) reading() workload.Reading {
	if r.read == nil {
		rd := workload.Read(r.g.Problem)
		r.read = &rd
	}
	return *r.read
}

func newRenderer(g bot.Grounding) *renderer {
	r := &renderer{g: g, fs: resolve(featuresOf(g.Requirements), g.Problem), capa: g.Capacity, byID: map[string]conversation.Component{}}
	r.p = primary(r.fs)
	if st, note := saidParagraphs(r.p.Style, g.Problem), saidParagraphs(r.p.CapacityNote, g.Problem); st != r.p.Style || note != r.p.CapacityNote {
		// The approach and the capacity reading may have a paragraph per variant (a live sale's
		// clerk and hammer, a timed sale's close): keep the statement's, on a copy.
		p := *r.p
		p.Style, p.CapacityNote = st, note
		r.fs[slices.Index(r.fs, r.p)] = &p
		r.p = &p
	}
	for _, c := range g.Components {
		if id := catalogID(c.Name); id != "" {
			r.byID[id] = c
		}
	}
	for gone, by := range standIns {
		if c, ok := r.byID[by]; ok && !r.has(gone) {
			r.byID[gone] = c // text written for the part it stands in for names it instead
		}
	}
	return r
}

// standIns are parts that do another's job where both would be chosen: notification workers
// that consume the design's events also send its pushes, so a second notification service
// would only duplicate them; an exam is sat in the exam page, so the candidates' accounts need no
// second, generic set of phone apps.
var standIns = map[string]string{"notifsvc": "notifyworker", "client": "examclient"}

// catalogID maps a component name back to its catalog entry.
func catalogID(name string) string {
	for _, c := range components {
		if strings.EqualFold(c.Name, name) || strings.Contains(c.Name, "{") && filledNameRe(c.Name).MatchString(name) {
			return c.ID
		}
	}
	return ""
}

// filledNameRe matches a catalogue name with placeholders ("Bib {rt_chips}") as a design names it
// once they are said in the statement's words ("Bib electronic rings").
func filledNameRe(name string) *regexp.Regexp {
	if re, ok := filledNames.Load(name); ok {
		return re.(*regexp.Regexp)
	}
	var b strings.Builder
	last := 0
	for _, m := range racePlaceRe.FindAllStringIndex(name, -1) {
		b.WriteString(regexp.QuoteMeta(name[last:m[0]]))
		b.WriteString(raceAlternatives(name[m[0]+1 : m[1]-1]))
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(name[last:]))
	re := regexp.MustCompile(`(?i)^` + b.String() + `$`)
	filledNames.Store(name, re)
	return re
}

var filledNames sync.Map

func (r *renderer) has(id string) bool { _, ok := r.byID[id]; return ok }

// present reports whether catalog entry id is in the design, by id or by its name: two entries
// may share a name ("Dedup store"), and byID keeps the first.
func (r *renderer) present(id string) bool {
	if r.has(id) {
		return true
	}
	spec, ok := catalog[id]
	if !ok {
		return false
	}
	_, found := r.component(spec.Name)
	return found
}

func (r *renderer) name(id string) string {
	if c, ok := r.byID[id]; ok {
		return c.Name
	}
	if c, ok := catalog[id]; ok {
		return c.Name
	}
	return id
}

// recordStore names the design's system of record: its primary database, else the first
// database it has.
func (r *renderer) recordStore() string {
	if r.has("appdb") || len(r.byID) == 0 {
		return r.name("appdb")
	}
	for _, c := range r.g.Components {
		if c.Kind == "database" {
			return c.Name
		}
	}
	return r.name("appdb")
}

// entry names what spreads requests over the instances: the API gateway, or for headless
// systems (no public API) the load balancer in front of their own entry points.
func (r *renderer) entry() string {
	if r.has("gateway") || len(r.byID) == 0 {
		return r.name("gateway")
	}
	return "the load balancer"
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (r *renderer) tech(id string) string {
	if c, ok := r.byID[id]; ok {
		return c.Technology
	}
	return catalog[id].Tech
}

var unlessRe = regexp.MustCompile(`^\{unless:([a-z0-9]+)\}`)

var placeholderRe = regexp.MustCompile(`\{(c|t|r):([a-z0-9]+)\}|\{([a-z_0-9]+)\}|\{limit:([a-z/]+)\|([^}]+)\}|\{(share|share_hour|staff|senders|read_units|peak_times|year_times|year_bytes):([0-9.]+)(?:\|([0-9]+))?\}` +
	`|\{count:([a-z/]+)\|([0-9.]+)(?:\|([0-9.]+))?(?:\|per:([a-z/]+)\|([0-9.]+))?\}`)

// x expands a knowledge-base text's placeholders for this design.
func (r *renderer) x(s string) string {
	s = r.agreeVerbs(s)
	return placeholderRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := placeholderRe.FindStringSubmatch(m)
		switch sub[1] {
		case "c":
			if _, ok := catalog[sub[2]]; ok {
				return r.name(sub[2])
			}
			return m
		case "t":
			if _, ok := catalog[sub[2]]; ok {
				return r.tech(sub[2])
			}
			return m
		case "r":
			// Where reads of a store go: a replica only when the store has read replicas.
			if _, ok := catalog[sub[2]]; ok {
				if readReplicas(r.tech(sub[2])) {
					return "a replica of " + r.name(sub[2])
				}
				return r.name(sub[2])
			}
			return m
		}
		if sub[4] != "" {
			return r.statedLimit(sub[4], sub[5])
		}
		if sub[6] != "" {
			return r.share(sub[6], sub[7], sub[8])
		}
		if sub[9] != "" {
			n := statedCountIn(r.reading(), sub[9], sub[10], sub[11])
			if d := statedCountIn(r.reading(), sub[12], sub[13], ""); sub[12] != "" && d > 0 {
				n /= d
			}
			return conversation.Human(n)
		}
		if w, ok := r.words(sub[3]); ok {
			return w
		}
		return m
	})
}

// share renders a part of the average write rate that a knowledge-base text reasons about:
// {share:1} is 1% of it a second, {share_hour:1} the same an hour, and {staff:1|120} the people
// needed to handle that part when each handles 120 an hour (posts sent to human review, say).
// The average, not the peak: work that waits for people queues through the peak. {senders:5}
// is 5% of the things that send the main write (a twentieth of the meters is one bill cycle),
// whatever interval they send at. {read_units:60|400} counts the machines that serve 60% of the
// peak reads when each serves 400 a second (the GPUs behind the cache misses of a translation
// service): machines are provisioned for the peak, where people work through a queue.
func (r *renderer) share(kind, pct, per string) string {
	p, _ := strconv.ParseFloat(pct, 64)
	rate := r.capa.WriteQPS * p / 100
	switch kind {
	case "senders":
		return conversation.Human(r.senders() * p / 100)
	case "read_units":
		n, _ := strconv.ParseFloat(per, 64)
		if n <= 0 {
			n = 1
		}
		return conversation.Human(math.Max(1, math.Ceil(r.capa.PeakReadQPS*p/100/n)))
	case "share_hour":
		return conversation.Human(math.Round(rate*3600)) + " an hour"
	case "peak_times":
		return conversation.Human(r.comparedRate(true) * p) // what each compared item costs, at the peak
	case "year_times":
		return conversation.Human(r.comparedRate(false) * p * 365 * 86400)
	case "year_bytes":
		return conversation.Bytes(r.comparedRate(false) * p * 365 * 86400)
	case "staff":
		n, _ := strconv.ParseFloat(per, 64)
		if n <= 0 {
			n = 1
		}
		return conversation.Human(math.Max(1, math.Ceil(rate*3600/n)))
	}
	return conversation.Human(rate) + "/s"
}

// senders counts who sends the main write: the devices or places of its flow ("10 million
// homes every 15 minutes"), else the archetype's own senders where the statement counts them
// beside a rate it states outright ("2 million repositories and 40 million clones a day"),
// else the things the people counted have, else the people, else a million.
func (r *renderer) senders() float64 {
	w := r.g.Requirements.Workload
	for _, f := range w.Flows {
		if f.Kind == conversation.FlowWrite && f.Each && f.Actors > 0 {
			return f.Actors
		}
	}
	if l := r.p.Load; l != nil && l.Thing != "" {
		for _, t := range workload.Read(r.g.Problem).Things {
			if t.Noun == l.Thing || slices.Contains(l.SenderNouns, t.Noun) {
				return t.Value
			}
		}
		if l.ThingsPerUser > 0 && w.Users > 0 {
			return w.Users * l.ThingsPerUser
		}
	}
	return cmp.Or(max(w.Users, w.DAU), 1_000_000)
}

var limitPlaceholderRe = regexp.MustCompile(`\{limit:([a-z/]+)\|([^}]+)\}`)

// fillLimits returns what fills the {limit:noun|usual} placeholders of requirement lines from the
// statement's reading: the requirements are kept before any capacity is known, and a model
// reads them, so they must not carry placeholders.
func fillLimits(rd workload.Reading, problem string) func([]string) []string {
	return func(lines []string) []string {
		out := make([]string, len(lines))
		for i, l := range lines {
			l = strings.ReplaceAll(l, "{limit_keys}", limitKeys(problem))
			out[i] = limitPlaceholderRe.ReplaceAllStringFunc(l, func(m string) string {
				sub := limitPlaceholderRe.FindStringSubmatch(m)
				if d, ok := timeSaidOf(problem, sub[1], sub[2]); ok {
					return d
				}
				return statedLimitIn(rd, sub[1], sub[2])
			})
		}
		return out
	}
}

// statedLimitIn is the limit the reading states on a noun, else the usual figure.
// {limit:latency|10} is the statement's sub-second latency in milliseconds ("p99 under 5 ms"), so
// a target the archetype states by default never contradicts a tighter one asked for;
// {limit:span|3 days} is how long the statement says something lasts ("72 hours to collect"),
// so a window the archetype assumes is the one the statement gives.
func statedLimitIn(rd workload.Reading, noun, usual string) string {
	if noun == "span" {
		for _, s := range rd.Spans {
			if s.Value > 0 {
				return duration(s.Value)
			}
		}
		return usual
	}
	if noun == "latency" {
		for _, sec := range rd.Latencies {
			if sec < 1 {
				return conversation.Human(sec * 1000)
			}
		}
		return usual
	}
	for _, l := range rd.Limits {
		if l.Noun == noun {
			return conversation.Human(l.Value)
		}
	}
	return usual
}

// statedCountIn renders {count:show|1000000}: how many of a noun the statement counts ("80,000
// shows"), else the knowledge base's usual number; {count:show|1000000|0.011} is that number
// times a rate each of them brings (polls a second), so a figure reasoned from the usual
// population follows the stated one. {count:item|2000000|0.0016|per:branch|40} divides that by
// another counted noun, so a figure per branch follows both stated counts; {count:branch/library|40}
// takes the first of the nouns the statement counts, for a thing said in more than one word.
func statedCountIn(rd workload.Reading, nouns, usual, times string) float64 {
	n, _ := strconv.ParseFloat(usual, 64)
	ts := slices.Concat(rd.Kept, rd.Things, rd.Providers, rd.Counted)
	// A collection compared against is counted too: a translation memory's "40 million stored
	// segments" size its index, though they are no load.
	for _, c := range rd.Corpora {
		ts = append(ts, c.Population)
	}
	for _, noun := range strings.Split(nouns, "/") {
		if i := slices.IndexFunc(ts, func(t workload.Population) bool { return t.Noun == noun }); i >= 0 {
			n = ts[i].Value
			break
		}
	}
	if f, err := strconv.ParseFloat(times, 64); err == nil && times != "" {
		n *= f
	}
	return n
}

// statedLimit renders {limit:chat|3}: the limit the statement puts on a noun ("agents handle 5
// chats at once"), else the knowledge base's usual figure.
func (r *renderer) statedLimit(noun, usual string) string {
	if d, ok := timeSaidOf(r.g.Problem, noun, usual); ok {
		return d
	}
	return statedLimitIn(r.reading(), noun, usual)
}

// words renders a named placeholder ({paths}, {peak_write}, {shards_word} …) for this design, and
// reports whether it knows the name.
func (r *renderer) words(name string) (string, bool) {
	if w, ok := r.patternWords(name); ok {
		return w, true
	}
	switch name {
	case "excursion_told":
		// Who hears of an excursion is who the statement names: QA, the shipper, a pharmacist.
		if who := notifiedSaid(r.g.Problem); who != "" {
			return who, true
		}
		return "the dispatcher on duty", true
	case "paths":
		if l := r.p.Load; l != nil && l.Write != "" && l.Read != "" && r.p.ID != "generic" {
			return pluralNoun(l.Write) + " and " + pluralNoun(l.Read), true
		}
		if m := modelOf(r.g.Problem); m.main != "" && m.main != "item" {
			return "reading and changing " + pluralNoun(m.main), true
		}
		return "the main read and write paths", true
	case "availability", "downtime":
		return r.availabilityWords(name), true
	case "durability":
		return r.durability(), true
	case "account_holders":
		return accountHolders(r.g.Problem, r.g.Requirements.Workload), true
	case "push_service", "push_rejected", "push_why":
		return r.pushWords(name), true
	case "password_handling":
		return passwordHandling(r.g.Problem), true
	case "limit_keys":
		return limitKeys(r.g.Problem), true
	case "limit_key":
		return limitKey(r.g.Problem), true
	case "accounts_why":
		return r.accountsWhy(), true
	case "audited":
		return r.audited(), true
	case "audit_retention":
		return r.auditRetention(), true
	case "audit_kept_question":
		// A retention the statement states is not asked again.
		if r.reading().RetentionYears > 0 {
			return "?", true
		}
		return ", and for how long must the trail be kept?", true
	case "inputs_kept", "inputs_expire":
		return r.inputsKept(name), true
	case "account_role":
		return accountRole(r.g.Problem), true
	case "signing_in":
		return signingIn(r.g.Problem, r.g.Requirements.Workload), true
	case "record_store":
		return r.recordStore(), true
	case "replica_reads":
		if readReplicas(r.tech("appdb")) {
			return "come from read replicas", true
		}
		return "are served by the primary, far below what it takes", true
	case "handoff":
		q := r.name("queue")
		return r.byLog("commits its job row in "+q+" in the same transaction as",
			"commits an outbox row, which a relay publishes to "+q+", in the same transaction as"), true
	case "with_outbox":
		if !r.has("queue") {
			return "", true
		}
		return r.byLog(" with its job row", " with an outbox row"), true
	case "publish_lead":
		return r.byLog("The same transaction inserts", "Once committed, the outbox relay publishes"), true
	case "publish_prep":
		return r.byLog("as a job row into", "to"), true
	case "dead_letter":
		// A job that keeps failing is set aside where the jobs are: a topic of the broker, or a
		// state of the row in the jobs table.
		return r.byLog("is marked dead in the jobs table", "goes to a dead-letter topic"), true
	}
	return r.figureWords(name)
}

// patternWords renders the placeholders one pattern's knowledge brings: a constraint's nouns, a
// meter's reads, a work cell's, a gate's, an outbound sender's words and costs, perishable stock's nouns, a preordering shop's trade, a custody chain's nouns, field service's technicians and assets, a warehouse's pickers and waves, a roll call's bursts, a build cache's eviction window and budget, a subscription's renewals a day.
func (r *renderer) patternWords(name string) (string, bool) {
	gate := func(n string) (string, bool) { return gateWords(r.g.Problem, n) }
	outbound := func(n string) (string, bool) { return outboundWords(r.g.Problem, n) }
	perish := func(n string) (string, bool) { return perishWords(r.g.Problem, n) }
	claims := func(n string) (string, bool) { return claimsWords(r.g.Problem, n) }
	preorder := func(n string) (string, bool) { return preorderWords(r.g.Problem, n) }
	custody := func(n string) (string, bool) { return custodyWords(r.g.Problem, n) }
	tender := func(n string) (string, bool) { return tenderWords(r.g.Problem, n) }
	field := func(n string) (string, bool) { return fieldWords(r.g.Problem, n) }
	wms := func(n string) (string, bool) { return wmsWords(r.g.Problem, n) }
	roll := func(n string) (string, bool) { return rollWords(r.g.Problem, r.g.Requirements.Workload, n) }
	buildCache := func(n string) (string, bool) { return buildCacheWords(r.g.Problem, n) }
	tourney := func(n string) (string, bool) { return tourneyWords(r.reading(), n) }
	race := func(n string) (string, bool) { return raceWords(r.g.Problem, n) }
	subs := func(n string) (string, bool) { return subsFigure(r.capa, n) }
	offer := func(n string) (string, bool) { return offerWords(r.g.Problem, n) }
	for _, words := range []func(string) (string, bool){r.constraintWords, r.meterReadWords, r.cellWords, gate, r.outboundCost, outbound, perish, r.claimsQueueWords, claims, preorder, custody, tender, field, wms, roll, buildCache, tourney, race, subs, offer} {
		if w, ok := words(name); ok {
			return w, true
		}
	}
	return "", false
}

// groupCap is the most people the statement lets one group hold, whatever it calls them.
func (r *renderer) groupCap() string {
	n := 0.0
	for _, l := range r.reading().Limits {
		if l.Of != "" {
			n = max(n, l.Value)
		}
	}
	if n == 0 {
		return "a few thousand"
	}
	return conversation.Human(n)
}

// shardsWord says whether one primary is enough for the design's writes and data.
func shardsWord(c conversation.Capacity) string {
	switch {
	case c.PeakWriteQPS > 5000:
		return fmt.Sprintf("not enough (≈ %d shards needed)", c.DBShards)
	case c.DBShards > 1:
		return fmt.Sprintf("enough for the write rate but not for the data kept (%s, one copy: ≈ %d shards of ≈ 2 TB, or fewer with old rows archived)", conversation.Bytes(c.DBBytesKept), c.DBShards)
	}
	return "enough for writes and data today, with shard keys chosen now"
}

// figureWords renders the placeholders that quote the capacity model.
func (r *renderer) figureWords(name string) (string, bool) {
	H, B := conversation.Human, conversation.Bytes
	c := r.capa
	switch name {
	case "peak_write":
		return H(c.PeakWriteQPS), true
	case "ingest_rate":
		// A statement that states its load in bytes ("dumps at 50 Mbps") has no point rate.
		if c.PeakWriteQPS < 1 && c.IngressBytesPerSec > 0 {
			return B(c.IngressBytesPerSec) + "/s", true
		}
		return H(c.PeakWriteQPS) + " points/s", true
	case "peak_read":
		return H(c.PeakReadQPS), true
	case "deliveries":
		return H(c.DeliveriesPerSec), true
	case "group_cap":
		return r.groupCap(), true
	case "write":
		return H(c.WriteQPS), true
	case "read":
		return H(c.ReadQPS), true
	case "cache":
		return B(c.CacheBytes), true
	case "shards":
		return fmt.Sprint(c.DBShards), true
	case "servers":
		return fmt.Sprint(c.AppServers), true
	case "storage_month":
		return B(c.StorageBytesPerMonth), true
	case "storage_5y":
		return B(c.StorageBytes5y), true
	case "egress":
		return B(c.EgressBytesPerSec) + "/s", true
	case "ingress":
		return B(c.IngressBytesPerSec) + "/s", true
	case "peak_factor":
		if c.WriteQPS > 0 {
			return H(math.Round(c.PeakWriteQPS / c.WriteQPS)), true
		}
		return "3", true
	case "via_cache":
		if r.has("cache") {
			return " behind " + r.name("cache"), true
		}
		return "", true
	case "read_write_ratio":
		return H(readWrite(c)), true
	case "shards_word":
		return shardsWord(c), true
	}
	if w, ok := r.partWords(name); ok {
		return w, true
	}
	if w, ok := r.eventWords(name); ok {
		return w, true
	}
	if w, ok := r.deviceWords(name); ok {
		return w, true
	}
	if w, ok := r.alarmWords(name); ok {
		return w, true
	}
	if w, ok := r.transferWords(name); ok {
		return w, true
	}
	return r.shapeWords(name)
}

// partWords renders the placeholders that size a part from the capacity: connection servers,
// media nodes, shards of a geo index or a limiter, and a region's share of the peak.
func (r *renderer) partWords(name string) (string, bool) {
	c := r.capa
	H := conversation.Human
	switch name {
	case "ws_conns":
		conns, _ := r.connections()
		return H(conns), true
	case "ws_servers":
		conns, _ := r.connections()
		return fmt.Sprint(connServers(conns)), true
	case "media_nodes":
		// Media servers forwarding the egress, at 2 Gbit/s each: a CPU-bound SFU node's
		// comfortable share of a 10 Gbit/s NIC.
		return H(math.Max(2, math.Ceil(c.EgressBytesPerSec*8/2e9))), true
	case "geo_shards":
		return fmt.Sprint(int(math.Max(2, math.Ceil(c.PeakWriteQPS/100_000)))), true
	case "rl_shards":
		return fmt.Sprint(int(math.Max(3, math.Ceil(c.PeakReadQPS/100_000)))), true
	case "regions":
		return fmt.Sprint(regionCount(r.g.Problem)), true
	case "region_peak":
		// The global traffic manager keeps each client in its nearest region, so a region takes
		// its share of the peak, not all of it.
		return H(c.PeakReadQPS / float64(regionCount(r.g.Problem))), true
	}
	return r.liveWords(name)
}

// shapeWords renders the placeholders that describe the design's shape from the figures: how
// its database is split and how its reads compare with its writes.
func (r *renderer) shapeWords(name string) (string, bool) {
	c := r.capa
	switch name {
	case "db_split":
		// One database or its shards, as the capacity plan counts them; a store that
		// partitions itself has no shards of ours, only its nodes or the service's partitions.
		if n, _, _ := r.managedPartitions(); n > 0 {
			return " partitioned by key", true
		}
		if nodes, _ := r.selfPartitioned(); nodes > 0 {
			return fmt.Sprintf(" on about %d nodes", nodes), true
		}
		if c.DBShards > 1 {
			return fmt.Sprintf(" split into %d shards", c.DBShards), true
		}
		return "", true
	case "lot_pace":
		return r.lotPace(), true
	case "read_write_kind":
		// The same thresholds as the capacity section's own verdict, so the two agree.
		switch rw := readWrite(c); {
		case rw >= 5:
			return "Read-heavy", true
		case rw <= 1:
			return "Write-heavy", true
		}
		return "Reads and writes of the same order", true
	}
	return r.peopleWords(name)
}

// peopleWords renders the placeholders that count people: the day's actives, everyone with an
// account, and the most one write reaches.
func (r *renderer) peopleWords(name string) (string, bool) {
	H, B := conversation.Human, conversation.Bytes
	switch name {
	case "per_sender_day":
		// What each sender of the main write sends a day, as the workload has it: "15-minute
		// slots" make a practitioner's day 32 bookings, not the archetype's usual 16.
		for _, f := range r.g.Requirements.Workload.Flows {
			if f.Kind == conversation.FlowWrite && f.Each && f.Actors > 0 && f.PerSeconds == 86400 {
				return H(f.Count), true
			}
		}
		if l := r.p.Load; l != nil && l.PerThingPerDay > 0 {
			return H(l.PerThingPerDay), true
		}
		return "a few", true
	case "dau":
		dau := r.g.Requirements.Workload.DAU
		if dau == 0 {
			dau = 1_000_000
		}
		return H(dau), true
	case "audience", "audience_per_sec":
		n := r.audience()
		if name == "audience_per_sec" {
			return H(n/600) + "/s", true // sent within 10 minutes
		}
		return H(n), true
	case "alert_audience", "alert_deadline", "alerts_per_sec", "alert_senders":
		return r.alertWords(name)
	case "stated_people":
		// The people the statement counts, with a space after, or nothing: a scenario says
		// "the 20K residents renew" when it was told, and "the residents renew" rather than an
		// assumed million when it was not.
		w := r.reading().Workload
		if n := max(w.Users, w.DAU); n > 0 {
			return H(n) + " ", true
		}
		return "", true
	case "people", "people_100b":
		// Everyone who has an account, not the day's actives: a leaderboard ranks every player
		// who ever scored.
		w := r.g.Requirements.Workload
		n := max(w.Users, w.DAU)
		if n == 0 {
			n = 1_000_000
		}
		if name == "people_100b" {
			return B(n * 100), true
		}
		return H(n), true
	}
	return r.sandboxWords(name)
}

// audience is the most people one write reaches: a stated limit on them ("emailed to up to 1M
// subscribers"), a stated fan-out, else everyone counted ("a digest emailed to 3 million
// readers", "5M fans during a cup final", who are all there at once), else a large audience
// assumed.
func (r *renderer) audience() float64 {
	rd := r.reading()
	n := rd.FanOut
	for _, l := range rd.Limits {
		if !workload.IsThing(l.Noun) {
			n = max(n, l.Value)
		}
	}
	if n <= 1 {
		w := r.g.Requirements.Workload
		n = cmp.Or(w.Users, w.Concurrent, 100_000)
	}
	return n
}

// alertAudience is who an alert goes to: the audience, or the phones the statement counts where
// it counts no people ("goal notifications on 800K phones"), each phone one push.
func (r *renderer) alertAudience() float64 {
	n := r.audience()
	rd := r.reading()
	for _, p := range slices.Concat(rd.Things, rd.Kept, rd.People, rd.Limits) {
		if phoneNouns[p.Noun] {
			n = max(n, p.Value)
		}
	}
	return n
}

var phoneNouns = set("phone", "device", "handset", "smartphone", "mobile")

// alertSendsPerProcess is what one push sender hands APNs or FCM a second over its pooled
// HTTP/2 connections: the figure the alert texts divide by, and say.
const alertSendsPerProcess = 5000

// alertWords renders what an alert to the whole audience within the statement's deadline asks
// of the senders: who it goes to (alertAudience), the deadline (the shortest stated time of a second or more, since a shorter
// one is a request's latency, or a stated burst of under a minute: "3 million users get a
// notification … in under 5 seconds"; else 5 s assumed), the pushes a second it takes, and the
// sender processes at alertSendsPerProcess.
func (r *renderer) alertWords(name string) (string, bool) {
	deadline, said := 5.0, false
	within := slices.Clone(r.reading().Latencies)
	for _, f := range r.g.Requirements.Workload.Flows {
		if f.Burst && f.Source == conversation.Stated && f.PerSeconds < 60 {
			within = append(within, f.PerSeconds)
		}
	}
	for _, sec := range within {
		if sec >= 1 && (!said || sec < deadline) {
			deadline, said = sec, true
		}
	}
	rate := r.alertAudience() / deadline
	switch name {
	case "alert_audience":
		return conversation.Human(r.alertAudience()), true
	case "alert_deadline":
		if !said {
			return duration(deadline) + " (assumed)", true
		}
		return duration(deadline), true
	case "alerts_per_sec":
		return conversation.Human(rate) + "/s", true
	}
	return conversation.Human(math.Ceil(rate / alertSendsPerProcess)), true
}

func (r *renderer) section(id conversation.SectionID) (string, bool) {
	var b strings.Builder
	switch id {
	case conversation.Overview:
		r.overview(&b)
	case conversation.Requirements:
		r.requirements(&b)
	case conversation.CapacityID:
		r.capacity(&b)
	case conversation.Architecture:
		r.architecture(&b)
	case conversation.DataFlow:
		r.dataFlow(&b)
		r.writeRefinements(&b, "flow")
	case conversation.API:
		r.api(&b)
		r.writeRefinements(&b, "api")
	case conversation.DataModel:
		r.dataModel(&b)
		r.writeRefinements(&b, "model")
	case conversation.UI:
		r.ui(&b)
	case conversation.DeepDive:
		r.deepDive(&b)
	case conversation.Scalability:
		r.scalability(&b)
	case conversation.Reliability:
		r.reliability(&b)
	case conversation.Security:
		r.security(&b)
	case conversation.Tradeoffs:
		r.tradeoffs(&b)
	default:
		return "", false
	}
	return strings.TrimSpace(b.String()), true
}

func bullets(b *strings.Builder, items []string) {
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", it)
	}
	b.WriteString("\n")
}

// bulletsUnder writes items as a list under a ### heading, and nothing when there are none; it
// reports whether it wrote them.
func bulletsUnder(b *strings.Builder, heading string, items []string) bool {
	if len(items) == 0 {
		return false
	}
	b.WriteString("### " + heading + "\n")
	bullets(b, items)
	return true
}

// cell makes a text safe inside a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", " ")
}

func (r *renderer) overview(b *strings.Builder) {
	c := r.capa
	title := r.g.Title
	if title == "" {
		title = "This system"
	}
	if r.p.ID == "generic" {
		// No archetype fits: say what the system keeps rather than "a system".
		fmt.Fprintf(b, "**%s** — a system for %s.\n\n", title, r.keptList())
	} else {
		fmt.Fprintf(b, "**%s** — %s.\n\n", title, article(r.p.Archetype))
	}
	if p := strings.TrimSpace(r.g.Problem); p != "" {
		fmt.Fprintf(b, "> %s\n\n", strings.Join(strings.Fields(p), " "))
	}
	if r.p.Style != "" {
		fmt.Fprintf(b, "**Approach:** %s.\n\n", r.x(r.p.Style))
	}
	fmt.Fprintf(b, "**Scale at a glance:** %s%s%s, %s.\n\n", ratesAtAGlance(c), streamsAtAGlance(c), storageAtAGlance(c), r.fleetAtAGlance())
	b.WriteString("| Capability | Why it is here |\n|---|---|\n")
	_, why := r.k.detect(r.g.Problem)
	for _, f := range r.fs {
		if f.ID == "generic" {
			// A composed design's capabilities are the statement's own clauses.
			m := modelOf(r.g.Problem)
			for _, a := range m.rd.Actions {
				why := "the statement's own words"
				if a.Implied != "" {
					why = a.Implied
				}
				fmt.Fprintf(b, "| %s | %s |\n", cell(upperFirst(m.clause(a))), why)
			}
			if len(m.rd.Actions) == 0 {
				fmt.Fprintf(b, "| %s per %s | the statement names no actions: create, list, read and update them |\n", upperFirst(pluralNoun(m.main)), m.owner)
			}
			continue
		}
		if f.ID == "core" {
			continue
		}
		reason := why[f.ID]
		if f.ID == similarID {
			reason = similarQuote(r.g.Problem)
		}
		if f.ID == constraintsID {
			reason = constraintQuotes(f)
		}
		switch {
		case strings.HasPrefix(reason, `"`):
			reason = "the statement says " + reason
		case reason == "":
			reason = "requested in the conversation"
		}
		fmt.Fprintf(b, "| %s | %s |\n", cell(f.Name), cell(reason))
	}
	b.WriteString("\n")
	dives := r.dives()
	if len(dives) > 0 {
		b.WriteString("**The hard parts** (see Deep dives): ")
		var ts []string
		for _, d := range dives {
			ts = append(ts, r.x(d.Title))
		}
		b.WriteString(strings.Join(ts, "; ") + ".\n")
	}
}

func (r *renderer) requirements(b *strings.Builder) {
	req := r.g.Requirements
	b.WriteString("### Functional\n")
	bullets(b, r.xs(req.Functional))
	b.WriteString("### Non-functional\n")
	nfr := append([]string(nil), req.NonFunctional...)
	for _, f := range features["core"].NonFunctional {
		if r.p.OwnTargets {
			break // a control system on site states its own availability and safety
		}
		// A requirement set that already sets a target for this quality keeps its own.
		topic, _, _ := strings.Cut(f, ":")
		if !statesTopic(nfr, topic) {
			nfr = append(nfr, f)
		}
	}
	bullets(b, r.xs(nfr))
	bulletsUnder(b, "Out of scope", req.OutOfScope)
	if len(req.Entities) > 0 {
		b.WriteString("### Core entities\n")
		b.WriteString(strings.Join(req.Entities, ", ") + "\n\n")
	}
	if len(req.UseCases) > 0 {
		b.WriteString("### Key use cases\n")
		for i, u := range req.UseCases {
			fmt.Fprintf(b, "%d. %s\n", i+1, r.x(u))
		}
		b.WriteString("\n")
	}
	if len(req.Workload.Notes) > 0 {
		// Only what the statement gives: the capacity section lists every assumption with the
		// arithmetic, and printing them twice made both harder to read.
		var stated []string
		for _, n := range req.Workload.Notes {
			// "2M monthly active users: stated; half of them active on a day … (assumed)" gives a
			// figure and what was assumed from it: it stays.
			if !strings.Contains(n, "assumed") || strings.Contains(n, ": stated") {
				stated = append(stated, n)
			}
		}
		b.WriteString("### Scale the statement gives\n")
		if len(stated) == 0 {
			b.WriteString("No figures: every one in the capacity section below is an assumption, listed there.\n\n")
			return
		}
		bullets(b, stated)
	}
}

func (r *renderer) xs(in []string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = r.x(s)
	}
	return out
}

// capacity renders the engine's own capacity table and arithmetic (so a first design and a
// changed one read the same), then what the figures imply for this design.
func (r *renderer) capacity(b *strings.Builder) {
	c := r.capa
	if c.CacheBytes > 0 && !plansCache(r.g) {
		// A design with no shared cache sizes none: the hot set would be a figure for a part
		// it does not have.
		c.CacheBytes = 0
		c.Steps = slices.DeleteFunc(slices.Clone(c.Steps), func(s string) bool { return strings.HasPrefix(s, "Cache: ") })
	}
	if r.p.Fleet != "" && r.p.CapacityNote != "" {
		// The archetype sizes its own machines in its note (below): generic app servers and
		// database partitions beside it would be figures for parts it does not have.
		c.AppServers, c.DBShards = 0, 0
		c.Steps = slices.DeleteFunc(slices.Clone(c.Steps), func(s string) bool {
			return strings.HasPrefix(s, "App servers: ") || strings.HasPrefix(s, "Database partitions: ")
		})
	}
	b.WriteString(strings.TrimSpace(conversation.CapacityMarkdown(c)))
	b.WriteString("\n\n### What the numbers mean for the design\n")
	bullets(b, r.implications())
}

func (r *renderer) implications() []string {
	if r.p.Fleet != "" && r.p.CapacityNote != "" {
		// No primary, cache cluster or app servers to size: the archetype reads its own figures.
		return []string{r.x(r.p.CapacityNote)}
	}
	imp := r.capacityImplications()
	if r.p.CapacityNote != "" {
		imp = append(imp, r.x(r.p.CapacityNote))
	}
	return imp
}

func ratioOr(a, b float64) float64 {
	if b == 0 {
		return 1
	}
	return a / b
}

// capacityImplications turns figures into design consequences, each naming the threshold.
func (r *renderer) capacityImplications() []string {
	c := r.capa
	H, B := conversation.Human, conversation.Bytes
	var out []string
	rw := readWrite(c)
	switch {
	case c.Small():
		out = append(out, fmt.Sprintf("At %s %s and %s %s at peak, load is not what is hard here: one primary and two app servers carry it several times over.",
			conversation.PerSecond(c.PeakWriteQPS), strings.TrimSpace(c.FlowNames(conversation.FlowWrite)+" writes"), conversation.PerSecond(c.PeakReadQPS), strings.TrimSpace(c.FlowNames(conversation.FlowRead)+" reads")))
	case c.PeakReadQPS+c.PeakWriteQPS < 200:
		// Small rates over years of records: calling 15 writes/s "write-heavy" and asking for a
		// log to absorb its bursts reads as a different system; what grows is the data kept.
		out = append(out, fmt.Sprintf("At %s writes and %s reads at peak the rates are small for one primary and two app servers; what grows is the %s kept over the retention.", conversation.PerSecond(c.PeakWriteQPS), conversation.PerSecond(c.PeakReadQPS), B(c.StorageBytesKept)))
	case c.ConcurrentStreams > 0 && c.StreamIngress+c.StreamEgress > 1000*(c.IngressBytesPerSec+c.EgressBytesPerSec-c.StreamIngress-c.StreamEgress):
		// A call service's joins are a rounding error beside its media: the streams decide.
		out = append(out, fmt.Sprintf("The %s requests/s at peak are the control path; what decides the design is the streams' bandwidth: %s/s in and %s/s out.", H(c.PeakReadQPS+c.PeakWriteQPS), B(c.StreamIngress), B(c.StreamEgress)))
	case rw >= 5:
		// Figures and flow names only: the capacity section is not re-rendered when a part
		// changes, so naming the parts here would go stale.
		out = append(out, fmt.Sprintf("Read-heavy (%s:1): %s %s/s at peak against %s %s/s, so the read path is what to cache and replicate first.", H(rw), H(c.PeakReadQPS), strings.TrimSpace(c.FlowNames(conversation.FlowRead)+" reads"), H(c.PeakWriteQPS), strings.TrimSpace(c.FlowNames(conversation.FlowWrite)+" writes")))
	case rw <= 1:
		out = append(out, "Write-heavy: the write path decides the architecture — append-only, partitioned stores and a log to absorb bursts.")
	default:
		out = append(out, fmt.Sprintf("Balanced reads and writes (%s:1): both paths need partitioning.", H(rw)))
	}
	byWrites := int(math.Ceil(c.PeakWriteQPS / 5000))
	// Partitions, not shards: the same count reads right whether we shard a relational store or
	// it partitions itself (the scalability section says which). It stays free of the chosen
	// technology so a change of store does not change this section.
	switch {
	case c.PeakWriteQPS > 5000 && c.DBShards <= 1:
		// The writes are kept only as batches in object storage (a kept_bytes archetype).
		out = append(out, fmt.Sprintf("%s peak writes/s arrive, but what is kept goes to object storage in large batches, not a database row per write: the databases hold only what indexes it.", H(c.PeakWriteQPS)))
	case c.PeakWriteQPS > 5000:
		out = append(out, fmt.Sprintf("%s peak writes/s exceed one relational primary (≈ 5K writes/s): the main store is partitioned (%d partitions, sized by writes or by 2 TB each of the data kept, whichever is larger).", H(c.PeakWriteQPS), c.DBShards))
	case c.DBShards > max(1, byWrites):
		out = append(out, fmt.Sprintf("%s peak writes/s fit one replicated primary, but the %s the database keeps (one copy) does not: %d partitions of ≈ 2 TB, or archive old records to object storage and keep fewer.", H(c.PeakWriteQPS), B(c.DBBytesKept), c.DBShards))
	case !c.Small():
		out = append(out, fmt.Sprintf("%s peak %s/s fit one replicated primary; shard keys are still chosen now so growth needs no redesign.", H(c.PeakWriteQPS), strings.TrimSpace(c.FlowNames(conversation.FlowWrite)+" writes")))
	}
	if s := linkImplication(c); s != "" {
		out = append(out, s)
	}
	if nodes := math.Ceil(c.CacheBytes / 64e9); nodes > 1 {
		out = append(out, fmt.Sprintf("The hot set of %s needs %s cache nodes of 64 GB (plus a replica each): the cache is sharded too.", B(c.CacheBytes), H(nodes)))
	}
	if e := servedEgress(c); r.has("cdn") && e >= cdnShieldEgress {
		out = append(out, fmt.Sprintf("Egress of %s/s on average is served mostly by the CDN; the origin sees only misses.", B(e)))
	}
	if c.AppServers > 2 {
		// The table gives the servers the peak needs; what to run is more, for headroom.
		out = append(out, fmt.Sprintf("Run the %d app servers the peak needs at no more than 60%% CPU: provision %d across zones.", c.AppServers, int(math.Ceil(float64(c.AppServers)/0.6))))
	}
	return out
}

// servedEgress is the egress of what is read, which a CDN can serve: live media a call's
// servers forward to participants is not.
func servedEgress(c conversation.Capacity) float64 {
	var e float64
	for _, f := range c.Flows {
		if f.Kind == conversation.FlowRead {
			e += f.BytesPerSec
		}
	}
	return e
}

// cdnShieldEgress is the egress from which a CDN is there to take load off the origin, not
// only to cut latency: about 8 Mbit/s, more than one small origin serves comfortably.
const cdnShieldEgress = 1e6

func (r *renderer) architecture(b *strings.Builder) {
	if r.p.Style != "" {
		fmt.Fprintf(b, "**Style:** %s.\n\n", r.x(r.p.Style))
	}
	if why := r.why(); len(why) > 0 {
		b.WriteString("**Why:** " + strings.Join(why, "; ") + ".\n\n")
	}
	b.WriteString("| Component | Kind | Technology | Role and why it is here | Talks to |\n|---|---|---|---|---|\n")
	for _, c := range r.g.Components {
		var talks []string
		for i, t := range c.TalksTo {
			if i < len(c.Flows) && c.Flows[i] != "" {
				talks = append(talks, fmt.Sprintf("%s (%s)", t, c.Flows[i]))
			} else {
				talks = append(talks, t)
			}
		}
		desc := c.Description
		if strings.Contains(desc, "{") {
			desc = r.x(desc) // "{rollup_names}": what the statement states, else the pattern's
		}
		switch c.Kind {
		case "database", "cache", "storage", "search", "queue":
			if h := r.holds(c); h != "data" && !strings.Contains(strings.ToLower(desc), h) {
				desc += "; here: " + h
			}
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", cell(c.Name), c.Kind, cell(c.Technology), cell(desc), cell(strings.Join(talks, "; ")))
	}
	b.WriteString("\n")
	if r.changed() {
		b.WriteString("**Changes since the first version:**\n")
		for _, d := range r.g.Decisions {
			fmt.Fprintf(b, "- v%d: %s\n", d.Version, d.Summary)
		}
		b.WriteString("\n")
	}
}

func (r *renderer) dataFlow(b *strings.Builder) {
	var fls []flow
	for _, f := range r.ordered() {
		for _, fl := range saidOf(f.Flows, r.g.Problem, func(fl *flow) *string { return &fl.Name }) {
			// A step may hold only for what the statement names (a chess server's rules, not go's).
			if steps := r.presentSteps(said(fl.Steps, r.g.Problem)); len(steps) > 0 && len(fls) < 6 {
				fls = append(fls, flow{Name: fl.Name, Steps: steps})
			}
		}
	}
	if len(fls) == 0 {
		// No feature describes a flow these parts can carry: follow the diagram's own edges.
		fls = r.componentFlows()
	}
	fls = append(fls, r.blobFlows(fls)...)
	for _, fl := range fls {
		fmt.Fprintf(b, "### %s\n", r.x(fl.Name))
		for i, s := range fl.Steps {
			fmt.Fprintf(b, "%d. %s\n", i+1, r.x(s))
		}
		b.WriteString("\n")
	}
}

// blobFlows is how the files the capacity plan counts reach object storage, where object storage
// is in the design only for them (selectComponents adds it) and no flow of the design's writes
// there: the write that carries the most bytes of them names the files.
func (r *renderer) blobFlows(fls []flow) []flow {
	if r.capa.BlobBytesPerMonth <= 0 || !r.has("objstore") || slices.ContainsFunc(fls, func(fl flow) bool {
		return slices.ContainsFunc(fl.Steps, func(s string) bool { return strings.Contains(s, "{c:objstore}") })
	}) {
		return nil
	}
	var heaviest conversation.Flow
	for _, f := range r.g.Requirements.Workload.Flows {
		if f.BlobBytes > heaviest.BlobBytes {
			heaviest = f
		}
	}
	if heaviest.Name == "" {
		return nil
	}
	return r.presentFlows(sizedFiles{item: heaviest.Name, label: heaviest.Name + " files", bare: !r.has("appsvc")}.flows())
}

// presentFlows keeps the flows' steps whose components the design has.
func (r *renderer) presentFlows(fls []flow) []flow {
	var out []flow
	for _, fl := range fls {
		if steps := r.presentSteps(fl.Steps); len(steps) > 0 {
			out = append(out, flow{Name: fl.Name, Steps: steps})
		}
	}
	return out
}

// presentSteps keeps the steps whose components are all in the design, so a flow never names a
// part the diagram lacks (a cache the design dropped).
func (r *renderer) presentSteps(steps []string) []string {
	if len(r.byID) == 0 {
		return steps
	}
	var out []string
	dropped := false
	for _, s := range steps {
		if m := unlessRe.FindStringSubmatch(s); m != nil {
			if r.present(m[1]) {
				continue
			}
			s = s[len(m[0]):]
		}
		// "It intersects them …" goes on from the step before: without that step, it names
		// nothing.
		ok := !(dropped && pronounStepRe.MatchString(s))
		for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
			if m[1] == "c" && m[2] != "gateway" && !r.present(m[2]) {
				if _, known := catalog[m[2]]; known {
					ok = false
				}
			}
		}
		if ok {
			out = append(out, s)
		}
		dropped = !ok
	}
	return out
}

// pronounStepRe is a step that opens with a pronoun for the previous step's subject or result.
var pronounStepRe = regexp.MustCompile(`^(?:It|They|This|These|Then it|Then they)\b`)

// ordered puts the primary archetype first, then the other features in catalog order.
// purgesCDN reports whether a feature of the design caches pages at the CDN that it purges when
// they change (a question page, an edition page), rather than only immutable media.
func (r *renderer) purgesCDN() bool {
	for _, f := range r.fs {
		for _, c := range f.Caching {
			if strings.Contains(c, "{c:cdn}") && purgeRe.MatchString(c) {
				return true
			}
		}
	}
	return false
}

// purgeRe finds a purge that happens ("purged by version", "purge on publish"), not one ruled
// out ("no purge is ever needed").
var purgeRe = regexp.MustCompile(`(?i)\bpurged\b|\bpurge (on|by|when)\b`)

func (r *renderer) ordered() []*feature {
	out := []*feature{r.p}
	for _, f := range r.fs {
		if f != r.p {
			out = append(out, f)
		}
	}
	return out
}

func (r *renderer) endpoints() []endpoint {
	var eps []endpoint
	seen := map[string]bool{}
	for _, f := range r.ordered() {
		for _, e := range f.APIs {
			k := e.Method + " " + e.Path
			if !seen[k] {
				seen[k] = true
				eps = append(eps, e)
			}
		}
	}
	if len(eps) <= 1 {
		eps = append(eps, composed(r.g.Problem).APIs...)
	}
	return eps
}

func (r *renderer) api(b *strings.Builder) {
	r.apiConventions(b)
	b.WriteString("| Method | Path | Request | Response | Auth | Pagination | Idempotency |\n|---|---|---|---|---|---|---|\n")
	for _, e := range r.endpoints() {
		auth := e.Auth
		if strings.Contains(auth, "{") {
			auth = r.x(auth) // "{signing_in}": whose credentials the sign-in takes
		}
		if auth == "" {
			auth = "bearer token"
		}
		pag := "—"
		if e.Paginated {
			pag = "cursor"
		}
		idem := "safe (read)"
		switch {
		case e.Idempotent:
			idem = "idempotent"
			if strings.Contains(e.Request, "Idempotency-Key") || e.Method == "POST" {
				idem = "Idempotency-Key / natural key"
			}
			if e.Method == "PUT" || e.Method == "DELETE" {
				idem = "idempotent by method"
			}
		case strings.Contains(e.Request, "If-Match"):
			idem = "If-Match version (a replay fails the version check)"
		case e.Method != "GET":
			idem = "not needed (no side effect worth deduplicating)"
		}
		resp := e.Response
		if e.Note != "" && strings.Contains(e.Note, "{") && !strings.Contains(e.Note, "{code") {
			resp += " — " + r.x(e.Note) // "{resolutions}": the tiers the statement states
		} else if e.Note != "" {
			resp += " — " + e.Note
		}
		req := e.Request
		if req == "" {
			req = "—"
		}
		fmt.Fprintf(b, "| %s | `%s` | %s | %s | %s | %s | %s |\n", e.Method, e.Path, cell(req), cell(resp), cell(auth), pag, idem)
	}
}

func (r *renderer) entities() []entity {
	var out []entity
	seen := map[string]bool{}
	for _, f := range r.ordered() {
		for _, e := range f.Entities {
			if !seen[e.Name] {
				seen[e.Name] = true
				if !hasTenants(r.g.Problem) {
					e = untenanted(e) // one organisation's own tool: no tenant to key by
				}
				out = append(out, r.withStated(e))
			}
		}
	}
	return out
}

// withStated adds to an entity the fields the statement says it holds and it lacks: an
// archetype's reservation keeps its own fields and gains the statement's "arrival time".
func (r *renderer) withStated(e entity) entity {
	if r.stated == nil {
		a := statedAttrs(r.g.Problem)
		r.stated = &a
	}
	have := map[string]bool{}
	for _, w := range fieldWordRe.FindAllString(strings.ToLower(e.Fields), -1) {
		have[w] = true
	}
	var add []string
	for _, f := range r.stated.of(e.Name) {
		if isPeople(strings.ReplaceAll(f, "_", " ")) {
			f += "_id" // "each case carries the patient": a reference to the patient
		}
		if name, _, _ := strings.Cut(f, " ("); !have[name] && !have[name+"_id"] { // "the part" is part_id
			add = append(add, f)
		}
	}
	if len(add) == 0 || e.Fields == "" {
		return e
	}
	if i := strings.Index(e.Fields, ", status"); i >= 0 {
		e.Fields = e.Fields[:i] + ", " + strings.Join(add, ", ") + e.Fields[i:]
	} else {
		e.Fields += ", " + strings.Join(add, ", ")
	}
	return e
}

// storeOf names the component an entity lives in, falling back to the design's first database
// when the catalog store was dropped from the design.
func (r *renderer) storeOf(e entity) string {
	if r.has(e.Store) {
		return fmt.Sprintf("%s (%s)", r.name(e.Store), r.tech(e.Store))
	}
	for _, c := range r.g.Components {
		if c.Kind == "database" {
			return fmt.Sprintf("%s (%s)", c.Name, c.Technology)
		}
	}
	return fmt.Sprintf("%s (%s)", r.name(e.Store), r.tech(e.Store))
}

func (r *renderer) dataModel(b *strings.Builder) {
	es := r.entities()
	if len(es) == 0 {
		es = composed(r.g.Problem).Entities
	}
	b.WriteString("| Entity | Store | Primary key | Partition key | Indexes |\n|---|---|---|---|---|\n")
	for _, e := range es {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", e.Name, cell(r.storeOf(e)), cell(r.x(e.Key)), cell(r.x(e.Partition)), cell(r.x(e.Indexes)))
	}
	b.WriteString("\n### Why each store\n")
	for _, e := range es {
		fmt.Fprintf(b, "- **%s** → %s: %s. Fields: %s.\n", e.Name, r.storeOf(e), r.x(e.Why), r.x(e.Fields))
	}
	b.WriteString("\n")
	bulletsUnder(b, "Partitioning", r.partitioning())
}

// headroom says, for a design one primary carries, how far that primary is from its first wall
// and what changes when it is reached.
func (r *renderer) headroom() string {
	if r.capa.DBShards > 1 || !r.has("appdb") {
		return ""
	}
	writes, filled := r.capa.Headroom()
	if writes == 0 {
		return ""
	}
	kept := r.capa.DBBytesKept
	if share, store := r.keptElsewhere(); share > 0.9 {
		// The readings live in a time-series store: the primary holds the small tables.
		return r.x(fmt.Sprintf("{c:appdb} stays one primary with its standby: it holds %s, a few rows each, while the %s (%s over the retention) go to %s. Growing means more %s instances first.",
			r.holds(r.byID["appdb"]), r.holds(store), conversation.Bytes(kept), store.Name, r.statelessNames()))
	} else if share > 0 {
		kept *= 1 - share
		filled *= 1 - share
	}
	owner := "the owner's id"
	if es := r.entities(); len(es) > 0 && es[0].Partition != "" {
		owner = "`" + es[0].Partition + "`"
	}
	then := fmt.Sprintf("when writes near 5,000/s, %s, which already leads the indexes, becomes the shard key", owner)
	if filled > 0 && 1/filled < writes {
		then = fmt.Sprintf("as the data nears 2 TB, old rows move to cheaper storage, and after that %s, which already leads the indexes, becomes the shard key", owner)
	}
	share := conversation.Human(math.Round(filled*100)) + "%"
	if filled < 0.01 {
		share = "under 1%" // 0 B is no "1%" of anything
	}
	return r.x(fmt.Sprintf("{c:appdb} stays one primary with its standby: the %s it keeps over the retention is %s of the 2 TB one primary holds comfortably, and its peak writes are 1/%s of the ≈ 5,000/s it takes. Growing means more %s instances first; %s.",
		conversation.Bytes(kept), share, conversation.Human(math.Floor(writes)), r.statelessNames(), then))
}

// keptElsewhere is the share of the records the capacity plan keeps that another database of
// the design holds (a time-series DB that holds the readings), so the relational primary is not sized
// on them: an irrigation network's 933 GB of readings live in the time-series store.
func (r *renderer) keptElsewhere() (share float64, store conversation.Component) {
	var all, elsewhere float64
	for _, f := range r.capa.Flows {
		if f.Kind != conversation.FlowWrite || f.StoredPerMon <= 0 {
			continue
		}
		all += f.StoredPerMon
		noun := pluralNoun(lastWord(f.Name))
		if i := slices.IndexFunc(r.g.Components, func(c conversation.Component) bool {
			return c.Kind == "database" && c.Name != r.byID["appdb"].Name && namesPhrase(strings.ToLower(r.holds(c)), noun)
		}); i >= 0 {
			elsewhere += f.StoredPerMon
			store = r.g.Components[i]
		}
	}
	if all == 0 {
		return 0, store
	}
	return elsewhere / all, store
}

// scalePartitions is how the design's data is split: the features' own words, then the store
// that partitions itself or the shards the capacity plan counts.
func (r *renderer) scalePartitions() []string {
	c := r.capa
	parts := r.partitioning()
	if n, store, tp := r.managedPartitions(); n > 0 {
		return append(parts, fmt.Sprintf("%s partitions by key itself: %s places the %s kept (one copy) in about %s of ≈ %s and splits them online as data grows; no nodes or shard map of our own.",
			store, tp.short(), conversation.Bytes(c.DBBytesKept), plural(float64(n), tp.Unit), conversation.Bytes(tp.Limits.StorageGB*1e9)))
	}
	switch nodes, store := r.selfPartitioned(); {
	case nodes > 0 && c.DBBytesKept == 0:
		// What the capacity plan keeps is elsewhere (object storage, or state overwritten in
		// place): the store's size follows what indexes it, not a count of partitions.
		parts = append(parts, fmt.Sprintf("%s partitions by key itself and starts on %d nodes with 3 replicas, added online as what it indexes grows; no shard map of our own.", store, nodes))
	case nodes > 0:
		parts = append(parts, fmt.Sprintf("%s partitions by key itself: the capacity plan's %d partitions of data (%s kept, one copy) sit on about %d nodes with 3 replicas (≈ 2 TB a node), added online as data grows; no shard map of our own.",
			store, c.DBShards, conversation.Bytes(c.DBBytesKept), nodes))
	case c.DBShards > 1 && r.p.Fleet == "" && !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, "shard") }):
		// An archetype with a fleet of its own has no shards of ours to lay out, and one that
		// says how its own store shards (a rate limiter's counters in Redis) has said it.
		parts = append(parts, fmt.Sprintf("%d shards to start, laid over 4096 logical partitions so a shard splits or moves without changing keys.", c.DBShards))
	}
	return parts
}

// relationalLimit names what a relational design's write rate is measured against: one
// primary, or its shards once the plan needs more than one.
func (r *renderer) relationalLimit() string {
	if r.capa.DBShards <= 1 {
		return "one primary takes"
	}
	return "relational shards take"
}

// partitioning is what the features say about splitting their data. A composed design's
// shard-by-owner line says nothing while one primary holds everything, and no feature's does in a
// small system: a dentist's bookings "sharded by listing_id" on one primary is a plan for a load
// that is not there (Headroom says where it would split).
func (r *renderer) partitioning() []string {
	var parts []string
	for _, f := range r.ordered() {
		if (f.ID == "generic" || r.capa.Small()) && r.capa.DBShards <= 1 {
			continue
		}
		parts = append(parts, r.xs(f.Partitioning)...)
	}
	return parts
}

func (r *renderer) ui(b *strings.Builder) {
	rows := r.callable(r.screens())
	if len(rows) == 0 || r.p.Headless && !r.ownScreens() {
		fmt.Fprintf(b, "No end-user screens: %s call the API above directly.\n", r.clientNames())
		return
	}
	b.WriteString("| Screen | What it shows | APIs it calls |\n|---|---|---|\n")
	for _, s := range rows {
		calls := make([]string, len(s.Calls))
		for i, c := range s.Calls {
			calls[i] = "`" + c + "`"
		}
		fmt.Fprintf(b, "| %s | %s | %s |\n", s.Name, cell(r.x(s.Shows)), strings.Join(calls, ", "))
	}
	b.WriteString("\n")
	var lists, forms []string
	for _, s := range rows {
		for _, c := range s.Calls {
			if strings.HasPrefix(c, "GET ") && r.paginated(c) && !slices.Contains(lists, s.Name) {
				lists = append(lists, s.Name)
			}
			// A keypad event or a message on a device bus is no form with a button to disable.
			m, _, _ := strings.Cut(c, " ")
			if slices.Contains([]string{"POST", "PUT", "PATCH", "DELETE"}, m) && !slices.Contains(forms, s.Name) {
				forms = append(forms, s.Name)
			}
		}
	}
	if len(lists) > 0 {
		who := strings.Join(lists, ", ")
		if len(lists) == 1 && agree(who, "many", "one") == "one" {
			who = "The " + strings.ToLower(who[:1]) + who[1:] // "The dispatch board loads", not "Dispatch board load"
		}
		fmt.Fprintf(b, "%s %s page by page with the cursor and %s the cached page first. ", who, agree(who, "load", "loads"), agree(who, "show", "shows"))
	}
	switch {
	case len(forms) == 1:
		fmt.Fprintf(b, "%s disables its button while the request is in flight; a retry reuses the same idempotency key.", forms[0])
	case len(forms) > 1:
		fmt.Fprintf(b, "%s disable their buttons while a request is in flight; a retry reuses the same idempotency key.", strings.Join(forms, ", "))
	}
	b.WriteString("\n")
}

// screens lists the design's screens: the features' own, else one per thing the API creates,
// lists or shows, so the UI never calls an endpoint the API lacks.
func (r *renderer) screens() []screen {
	var rows []screen
	for _, f := range r.ordered() {
		rows = append(rows, saidOf(f.Screens, r.g.Problem, func(s *screen) *string { return &s.Name })...)
	}
	if len(rows) > 0 {
		return rows
	}
	eps := r.endpoints()
	thing := func(path string) string {
		for _, seg := range strings.Split(stripQuery(path), "/") {
			if seg != "" && seg != "v1" && !strings.HasPrefix(seg, "{") {
				return singularNoun(strings.ReplaceAll(seg, "-", " "))
			}
		}
		for _, e := range eps {
			if e.Method == "POST" {
				return singularPath(e.Path)
			}
		}
		return "item"
	}
	byName := map[string]int{}
	for _, e := range eps {
		if strings.Contains(e.Auth, "none (credentials") {
			continue // signing in is the app's own screen
		}
		name := upperFirst(thing(e.Path))
		switch {
		case e.Method == "POST" && !strings.Contains(e.Path, "{"):
			name = "New " + thing(e.Path)
		case e.Paginated:
			name = upperFirst(pluralNoun(thing(e.Path)))
		}
		call := stripQuery(e.Method + " " + e.Path)
		if i, ok := byName[name]; ok {
			rows[i].Calls = append(rows[i].Calls, call)
			continue
		}
		byName[name] = len(rows)
		rows = append(rows, screen{Name: name, Shows: strings.TrimPrefix(e.Response, "201 "), Calls: []string{call}})
	}
	return rows
}

// callable keeps each screen's calls to endpoints the API section has: a screen written for a
// capability the design lacks (comments under a video, without likes and comments) does not call
// it, and a screen left with no call is dropped.
func (r *renderer) callable(rows []screen) []screen {
	have := map[string]bool{}
	for _, e := range r.endpoints() {
		have[normalCall(strings.Fields(e.Method + " x")[0], e.Path)] = true
	}
	var out []screen
	for _, s := range rows {
		var calls []string
		for _, c := range s.Calls {
			if m, p, ok := strings.Cut(c, " "); ok && have[normalCall(m, p)] {
				calls = append(calls, c)
			}
		}
		if len(calls) > 0 {
			s.Calls = calls
			out = append(out, s)
		}
	}
	return out
}

// ownScreens reports whether any feature of the design describes screens of its own.
func (r *renderer) ownScreens() bool {
	for _, f := range r.fs {
		if len(f.Screens) > 0 {
			return true
		}
	}
	return false
}

// clientNames names the design's clients.
func (r *renderer) clientNames() string {
	var cs []string
	for _, c := range r.g.Components {
		if c.Kind == "client" {
			cs = append(cs, c.Name)
		}
	}
	if len(cs) == 0 {
		return "callers"
	}
	return strings.Join(cs, " and ")
}

// paginated reports whether the API's endpoint for a UI call pages with a cursor.
func (r *renderer) paginated(call string) bool {
	for _, e := range r.endpoints() {
		if stripQuery(e.Method+" "+e.Path) == stripQuery(call) {
			return e.Paginated
		}
	}
	return false
}

// allDives returns every deep dive worth writing for this design: the hardest first, the primary
// archetype's preferred, and scale-driven topics (stampedes, hot keys) when the numbers call
// for them. They come from the features and the capacity alone, never from the component list:
// the overview names them while the components are still being chosen (bot.headSections), and
// the deep-dive section, written once they are, must name the same ones.
func (r *renderer) allDives() []deepDive {
	type scored struct {
		d deepDive
		w int
	}
	var all []scored
	// Growth is no hard part of a small system, unless nothing else is: then where its data lives
	// is still worth a paragraph, and better than none.
	small := r.capa.DBShards <= 1 && r.capa.PeakWriteQPS < 1000 && r.capa.PeakReadQPS < 10_000
	others := 0
	for _, f := range r.fs {
		for _, d := range f.Deep {
			if !d.AtScale {
				others++
			}
		}
	}
	for _, f := range r.fs {
		for _, d := range f.Deep {
			if d.AtScale && small && others > 0 {
				continue
			}
			// A dive titled {said:…} holds only where the statement says what it is about.
			if t := said([]string{d.Title}, r.g.Problem); len(t) == 0 {
				continue
			} else {
				d.Title = t[0]
			}
			// So may a paragraph of a dive: a house's scheduled closes are not a marketplace's.
			d.Body = saidParagraphs(d.Body, r.g.Problem)
			w := d.Weight
			if f == r.p {
				w += 3
			}
			all = append(all, scored{d, w})
		}
	}
	var written []deepDive
	for _, s := range all {
		d := s.d
		d.Title = r.x(d.Title) // "{hold_rule}" is the rule a stated clause would repeat
		written = append(written, d)
	}
	for _, d := range ruleDives(r.g.Problem, written) {
		all = append(all, scored{d, d.Weight})
	}
	c := r.capa
	if c.PeakReadQPS > 10_000 && plansCache(r.g) {
		all = append(all, scored{r.stampedeDive(), 5})
	}
	if len(all) == 0 {
		all = append(all, scored{r.fallbackDive(), 1})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].w > all[j].w })
	var out []deepDive
	for _, s := range all {
		out = append(out, s.d)
	}
	return out
}

// dives returns the deep dives the document shows: the three hardest of allDives.
func (r *renderer) dives() []deepDive {
	all := r.allDives()
	return all[:min(3, len(all))]
}

// plansCache reports whether the offline plan for g's requirements and capacity has a shared
// cache: the source the components are chosen from, rather than the list chosen.
func plansCache(g bot.Grounding) bool {
	plan := selectComponents(bot.Grounding{Requirements: g.Requirements, Capacity: g.Capacity})
	return slices.ContainsFunc(plan, func(c conversation.Component) bool { return catalogID(c.Name) == "cache" })
}

// stampedeDive protects this design's cache: what it holds, the store behind it, and hot keys
// only where the read rate can outrun one cache shard.
func (r *renderer) stampedeDive() deepDive {
	held, behind := "entries", r.backingStore()
	if c, ok := r.byID["cache"]; ok {
		held = r.holds(c)
	}
	body := fmt.Sprintf("When a popular entry of %s expires, every reader that misses it at that moment would go to %s at once. {c:cache} is protected three ways: request coalescing (one loader per key per instance, the rest wait for its result — single-flight), probabilistic early refresh (a key is refreshed by one reader shortly before its TTL ends, with jittered TTLs so keys do not expire together), and serving the stale value while a refresh is in flight.", held, behind)
	if r.capa.PeakReadQPS > 100_000 {
		// One cache shard answers on the order of 100K reads/s; past that one key can be too hot.
		body += " At {peak_read} reads/s a single key can outrun one cache shard, so the hottest keys are copied under suffixed names and also kept for a second or two in each service's memory."
	}
	return deepDive{Title: "Cache stampedes at {peak_read} reads/s", Weight: 5, Body: body}
}

func (r *renderer) deepDive(b *strings.Builder) {
	for i, d := range r.dives() {
		fmt.Fprintf(b, "### %d. %s\n%s\n\n", i+1, r.x(d.Title), r.x(d.Body))
	}
}

func (r *renderer) scalability(b *strings.Builder) {
	c := r.capa
	var caching []string
	for _, f := range r.ordered() {
		caching = append(caching, r.xs(r.presentSteps(said(f.Caching, r.g.Problem)))...)
	}
	bulletsUnder(b, "Caching: what, where, eviction, invalidation", caching)
	if !bulletsUnder(b, "Partitioning", r.scalePartitions()) {
		if h := r.headroom(); h != "" {
			bulletsUnder(b, "Headroom", []string{h})
		}
	}
	var lb []string
	if r.has("ws") {
		// What the servers push: the labels of edges into the gateway from the system's own parts.
		var pushed []string
		for _, c := range r.g.Components {
			for i, t := range c.TalksTo {
				if t == r.name("ws") && c.Kind != "client" && i < len(c.Flows) && !slices.Contains(pushed, c.Flows[i]) {
					pushed = append(pushed, c.Flows[i])
				}
			}
		}
		feeds := "events"
		if len(pushed) > 0 {
			feeds = strings.Join(pushed, " and ")
		}
		lb = append(lb, r.x(fmt.Sprintf("Persistent connections to {c:ws} are balanced at connect time (L4, least connections), and a registry of which server holds whose connection routes %s to the right one.", feeds)))
		if line := r.connectionServers(); line != "" {
			lb = append(lb, line)
		}
	}
	if r.has("geodns") {
		lb = append(lb, r.x("{c:geodns} picks the region; the gateway picks the instance."))
	}
	bulletsUnder(b, "Load balancing", lb)
	if r.has("cdn") {
		b.WriteString("### CDN\n")
		line := "{c:cdn} serves static and media content from the edge: of the %s/s of egress, the origin should see only misses (target hit ratio > 90%%). Content is immutable and versioned by key, so TTLs are long and purges are rare."
		switch {
		case r.purgesCDN():
			// Pages cached for seconds and purged on change: saying the content is immutable
			// would contradict the caching section above.
			line = "{c:cdn} serves static assets and the pages the caching above puts there: of the %s/s of egress, the origin should see only misses and purges (target hit ratio > 90%%)."
		case privateMedia(r.g.Problem):
			// One customer's files: cached by nobody but the viewer, reached by expiring links.
			line = "{c:cdn} serves static assets from the edge (%s/s of egress); private files are not cached there: each view gets a signed URL that expires in minutes, served with `Cache-Control: private`, so a leaked link stops working and no shared cache keeps a copy."
		case servedEgress(c) < cdnShieldEgress && publicContent(r.g.Problem):
			line = "At %s/s of egress the origin needs no shield: {c:cdn} is there for first-byte latency far from the origin, and what it serves is public, so it is cached openly with no signed URL."
		case servedEgress(c) < cdnShieldEgress:
			// A few KB a second needs no shield: what the edge buys here is latency.
			line = "At %s/s of egress the origin needs no shield: {c:cdn} is there for first-byte latency far from the origin."
		}
		bullets(b, []string{r.x(fmt.Sprintf(line, conversation.Bytes(servedEgress(c))))})
	}
	r.featureBullets(b, "Asynchronous work", func(f *feature) []string { return f.Async })
	b.WriteString("### Scaling out\n")
	if r.p.ScaleOut != "" {
		bullets(b, []string{r.x(r.p.ScaleOut)})
		return
	}
	if r.p.OwnTargets {
		// Machines on one site: more load means another group with its own supervisor.
		bullets(b, []string{"The unit of scale is a group: a larger site gets another group with its own supervisor and controllers, so no failure reaches beyond one group."})
		return
	}
	if peak := c.PeakReadQPS + c.PeakWriteQPS; peak < 100 {
		// One instance serves hundreds of requests a second: at this load a second is for
		// surviving a zone, and autoscaling rules would never fire.
		bullets(b, []string{fmt.Sprintf("%s run%s %d instances for availability, not load: the %s, are a small fraction of what one instance serves%s.",
			r.statelessNames(), r.pluralVerb(), c.AppServers, r.busiestCalls(), r.workerScaling())})
		return
	}
	bullets(b, []string{fmt.Sprintf("%s scale%s on CPU and the p99 latency of %s, from %d instances today%s.",
		r.statelessNames(), r.pluralVerb(), r.busiestCalls(), c.AppServers, r.workerScaling())})
}

// busiestCalls names the calls that load the services most, from the design's own flows ("voice
// part views, 1736 of the 1910 requests/s at peak"): the latency worth scaling on is theirs, and
// naming them is what tells one design's scaling from another's.
func (r *renderer) busiestCalls() string {
	c := r.capa
	total := conversation.Human(c.PeakReadQPS + c.PeakWriteQPS)
	var top conversation.FlowLoad
	for _, f := range c.Flows {
		if f.PeakPerSec > top.PeakPerSec {
			top = f
		}
	}
	if top.Name == "" {
		return "its calls (" + total + " requests/s at peak)"
	}
	if c.PeakReadQPS+c.PeakWriteQPS < 100 {
		return fmt.Sprintf("%s requests/s at peak, mostly %s", total, pluralNoun(top.Name))
	}
	return fmt.Sprintf("%s, %s of the %s requests/s at peak", pluralNoun(top.Name), conversation.Human(top.PeakPerSec), total)
}

// statelessNames lists the design's stateless services.
func (r *renderer) statelessNames() string {
	var svcs []string
	for _, c := range r.g.Components {
		if c.Kind == "service" && strings.Contains(strings.ToLower(c.Technology), "stateless") {
			svcs = append(svcs, c.Name)
		}
	}
	if len(svcs) == 0 {
		return "The services"
	}
	return strings.Join(svcs, ", ")
}

// pluralVerb is the ending of the verb whose subject is the stateless services: "Cell proxies
// scale", "Post service scales".
func (r *renderer) pluralVerb() string {
	if agree(r.statelessNames(), "", "s") == "" {
		return ""
	}
	return "s"
}

// consumerTechRe names a technology that consumes a log or a queue, as whole words: "Kafka
// consumer group", "Redis Streams", not the "GStreamer" of a recording worker.
var consumerTechRe = regexp.MustCompile(`(?i)\b(?:consumers?|kafka|streams?|queues?)\b`)

// readsLog reports whether worker c reads one of the logs: a sweeper that only publishes into
// one ("publish escalation events") polls its own index and has no lag to scale on.
func readsLog(c conversation.Component, queues map[string]bool) bool {
	for i, n := range c.TalksTo {
		if queues[n] && !(i < len(c.Flows) && diagram.Produces(c.Flows[i])) {
			return true
		}
	}
	return false
}

// workerScaling says how the design's workers scale, if it has any.
func (r *renderer) workerScaling() string {
	queues := map[string]bool{}
	for _, c := range r.g.Components {
		if c.Kind == "queue" {
			queues[c.Name] = true
		}
	}
	var ws []string
	for _, c := range r.g.Components {
		// Only consumers scale on lag: a leased scheduler or a per-model publisher is one
		// process by design.
		if c.Kind == "worker" && (consumerTechRe.MatchString(c.Technology) || readsLog(c, queues)) {
			ws = append(ws, c.Name)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	names := strings.Join(ws, ", ")
	return "; " + names + " " + agree(names, "scale", "scales") + " on consumer lag"
}

// subjectVerbRe is a component placeholder followed by a present-tense verb: "{c:delivery}
// looks up".
var subjectVerbRe = regexp.MustCompile(`\{c:([a-z0-9_]+)\} ([a-z]+s)\b`)

// dbTakesWrites reports whether the main write lands in database rows: not where every write
// leaves only a blob (a function platform's invocations leave compressed logs), whose rate would
// be wrongly credited to the database that holds the configuration.
func (r *renderer) dbTakesWrites() bool {
	return r.capa.DBBytesKept > 0 || r.capa.StorageBytesPerMonth == 0
}

// agreeVerbs puts the verb after a component in the plural where the design names that part in
// the plural: knowledge written "{c:notifyworker} looks up" reads "Notification workers look up".
func (r *renderer) agreeVerbs(s string) string {
	if !strings.Contains(s, "{c:") {
		return s // most texts name no part; the regexp would scan them for nothing
	}
	return subjectVerbRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := subjectVerbRe.FindStringSubmatch(m)
		if _, ok := catalog[sub[1]]; !ok || agree(r.name(sub[1]), "p", "s") == "s" {
			return m
		}
		return "{c:" + sub[1] + "} " + pluralForm(sub[2])
	})
}

// pluralForm turns a third-person verb into the form a plural subject takes: "looks" → "look",
// "pushes" → "push", "carries" → "carry", "has" → "have".
func pluralForm(v string) string {
	switch v {
	case "is":
		return "are"
	case "has":
		return "have"
	case "was":
		return "were"
	case "does", "goes":
		return v[:len(v)-2]
	case "this", "its", "always", "sometimes", "across", "as", "plus", "thus", "less", "unless", "towards", "afterwards":
		return v
	}
	switch {
	case strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "us"):
		return v
	case strings.HasSuffix(v, "ies") && len(v) > 4:
		return v[:len(v)-3] + "y"
	case strings.HasSuffix(v, "shes") || strings.HasSuffix(v, "ches") || strings.HasSuffix(v, "xes") || strings.HasSuffix(v, "sses") || strings.HasSuffix(v, "zes"):
		return v[:len(v)-2]
	}
	return v[:len(v)-1]
}

// agree picks the verb form for a subject of component names: "Job workers scale", "Journey
// builder scales", "Fan-out workers, Indexer scale".
func agree(subject, plural, singular string) string {
	if head, _, ok := strings.Cut(subject, " of "); ok && strings.HasPrefix(head, "the ") {
		subject = head // "the consumers of PostCreated" agrees with its head, consumers
	}
	last := strings.ToLower(subject[strings.LastIndexByte(subject, ' ')+1:])
	if strings.Contains(subject, ",") || strings.Contains(subject, " and ") ||
		strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") {
		return plural
	}
	return singular
}

// changed reports whether the design has been changed since its first version.
func (r *renderer) changed() bool {
	for _, d := range r.g.Decisions {
		if d.Version > 1 {
			return true
		}
	}
	return false
}

// firstRecordLogged reports whether the design's first record, the one its main write makes, is
// kept in a log rather than a database: a vehicle's position pings go to the position stream, so
// the rate they arrive at is not the database's (which keeps routes and timetables).
func (r *renderer) firstRecordLogged() bool {
	es := r.entities()
	if len(es) == 0 {
		return false
	}
	c, ok := r.byID[es[0].Store]
	return ok && c.Kind == "queue"
}

// why explains the architecture's shape from this design's own figures and parts.
func (r *renderer) why() []string {
	var why []string
	c := r.capa
	if db := r.backingStore(); db != "the database" {
		var kept []string
		for _, e := range r.entities() {
			if strings.HasPrefix(r.storeOf(e), db+" (") && len(kept) < 3 {
				kept = append(kept, e.Name)
			}
		}
		dbs := 0
		for _, comp := range r.g.Components {
			if comp.Kind == "database" {
				dbs++
			}
		}
		switch {
		case len(kept) > 0 && dbs == 1 && r.dbTakesWrites() && c.PeakWriteQPS > 0 && !r.firstRecordLogged():
			why = append(why, fmt.Sprintf("%s is the source of truth for %s at %s writes/s peak", db, strings.Join(kept, ", "), conversation.Human(c.PeakWriteQPS)))
		case len(kept) > 0:
			// The peak write rate is split over several stores, or lands in none (a function
			// platform's invocations leave only logs): quoting it here would credit it to this one.
			why = append(why, fmt.Sprintf("%s is the source of truth for %s", db, strings.Join(kept, ", ")))
		}
	}
	if r.has("cache") && c.PeakReadQPS > 0 && readWrite(c) >= 1 {
		why = append(why, fmt.Sprintf("%s serves most reads of %s (%s/s at peak, %s:1 reads to writes)", r.name("cache"), r.holds(r.byID["cache"]), conversation.Human(c.PeakReadQPS), conversation.Human(readWrite(c))))
	}
	if r.has("queue") {
		q := r.byID["queue"]
		waits := r.inbound(q)
		if ws := r.logWorkers(q); len(ws) > 0 {
			waits = strings.Join(ws, ", ")
		}
		why = append(why, fmt.Sprintf("%s carries what can wait (%s), so a write costs one transaction", r.name("queue"), waits))
	}
	return why
}

// apiConventions states the conventions that apply to this API, naming its own callers and
// endpoints: who calls and how each proves it, what is paged and what a retry may not repeat.
func (r *renderer) apiConventions(b *strings.Builder) {
	var lists, creates []string
	noun := ""
	for _, e := range r.endpoints() {
		call := "`" + e.Method + " " + stripQuery(e.Path) + "`"
		if e.Paginated && len(lists) < 2 && !slices.Contains(lists, call) {
			lists = append(lists, call)
		}
		if e.Method == "POST" && e.Idempotent && len(creates) < 2 {
			creates = append(creates, call)
			if noun == "" {
				noun = createdNoun(e.Path)
			}
		}
	}
	if !slices.ContainsFunc(r.endpoints(), func(e endpoint) bool { return e.Method != "EVENT" }) {
		b.WriteString("Messages and wired inputs on the site's own network and field bus, not HTTP; each row is one of them.\n\n")
		return
	}
	if r.p.APIStyle != "" {
		// The archetype speaks a protocol of its own, with its own errors, paging and retries.
		b.WriteString(r.x(r.p.APIStyle) + "\n\n")
		return
	}
	b.WriteString(r.callersLine())
	fmt.Fprintf(b, " Errors are `{code, message}`; %s over its rate limit gets 429 with `Retry-After`.", r.limitedCaller())
	if len(lists) > 0 {
		fmt.Fprintf(b, " Lists such as %s page with an opaque cursor (`limit` ≤ 100, `next_cursor`).", strings.Join(lists, " and "))
	}
	if len(creates) > 0 {
		fmt.Fprintf(b, " Creates such as %s take an `Idempotency-Key`, kept 24 h with the first response", strings.Join(creates, " and "))
		if noun != "" {
			fmt.Fprintf(b, ", so a retry after a timeout makes one %s, not two", noun)
		}
		b.WriteString(".")
	}
	b.WriteString("\n\n")
}

// durability states what an acknowledgement promises, naming what is written and where.
func (r *renderer) durability() string {
	what := "write"
	if r.p.Load != nil && r.p.Load.Write != "" && r.p.ID != "generic" {
		what = r.p.Load.Write
	} else if m := modelOf(r.g.Problem); m.main != "" {
		what = "change to " + withArticle(m.main)
	}
	if soft := r.softDurability(what); soft != "" {
		return soft
	}
	store := r.mainStore()
	if store == "" {
		store = r.backingStore()
	}
	if store == "the database" {
		return fmt.Sprintf("an acknowledged %s is never lost: it is replicated before the client hears yes", what)
	}
	c, _ := r.component(store)
	return fmt.Sprintf("an acknowledged %s survives losing a node or a zone: %s (%s) has it on more than one machine before answering", what, store, strings.TrimSpace(techHead(c.Technology)))
}

// threeNines reports whether the design aims at 99.9%: four nines cost a second zone's standby,
// paging at night and rehearsed failovers; a small system or a tool people use at their desks is
// well served by three.
func (r *renderer) threeNines() bool {
	return r.capa.Small() || webOnlyRe.MatchString(r.g.Problem) && !appRe.MatchString(r.g.Problem)
}

// downtimeCost weighs a three-nines budget against the design's own load: the writes of its own
// kind that 8.8 hours out of a year would turn away at the average rate, so a reader can tell
// whether that is enough for what the statement asks, rather than being told it is.
func (r *renderer) downtimeCost() string {
	if r.capa.WriteQPS <= 0 {
		return ""
	}
	what := "writes"
	if r.p.Load != nil && r.p.Load.Write != "" && r.p.ID != "generic" {
		what = pluralNoun(r.p.Load.Write)
	} else if m := modelOf(r.g.Problem); m.main != "" && m.main != "item" {
		what = "changes to " + pluralNoun(m.main)
	}
	lost := math.Max(1, math.Round(r.capa.WriteQPS*8.76*3600))
	return fmt.Sprintf(", in which ≈ %s %s at the average rate would wait for retry", conversation.Human(lost), what)
}

// softDurability states what an acknowledgement promises where the archetype's write lands in
// an in-memory store (a limiter's counters in Redis): promising it is "never lost" would
// contradict a design that tolerates losing it, so the line says what may be lost and what is
// durable instead. It is "" where the write lands in a database.
func (r *renderer) softDurability(what string) string {
	if r.p.ID == "generic" || len(r.p.Entities) == 0 {
		return ""
	}
	// A store that persists what it holds (Redis with AOF) makes its own promise.
	if c := catalog[r.p.Entities[0].Store]; c.Kind != "cache" || persistsRe.MatchString(c.Tech) {
		return ""
	}
	soft := r.p.Entities[0]
	var kept []string
	db := ""
	for _, e := range r.p.Entities[1:] {
		if catalog[e.Store].Kind == "database" && (db == "" || e.Store == db) {
			kept, db = append(kept, e.Name), e.Store
		}
	}
	line := fmt.Sprintf("a %s lives in memory in %s (%s state, a replica per shard) and may be lost in a failover, which the design tolerates (see Reliability)", what, r.name(soft.Store), soft.Name)
	if len(kept) > 0 {
		line += fmt.Sprintf("; %s in %s %s replicated before the client hears yes", strings.Join(kept, ", "), r.name(db), isAre(len(kept)))
	}
	return line
}

var persistsRe = regexp.MustCompile(`(?i)\bAOF\b|persist|fsync|durable`)

// readReplicas reports whether a store's technology has replicas that serve reads: "primary + 2
// replicas" does, "one primary + a standby" or "a synchronous replica" does not.
func readReplicas(tech string) bool {
	t := strings.ToLower(tech)
	return strings.Contains(t, "replicas") && !strings.Contains(t, "insync.replicas") || strings.Contains(t, "read replica")
}

// jobsTable reports whether the design's log is a table in its database rather than a broker.
func (r *renderer) jobsTable() bool {
	q, ok := r.byID["queue"]
	return ok && strings.Contains(q.Technology, "jobs table")
}

// byLog picks the words that follow from where the design's log is: jobs when it is a jobs table
// in the database, which the same transaction writes; outbox when it is a broker, which an
// outbox relay publishes to.
func (r *renderer) byLog(jobs, outbox string) string {
	if r.jobsTable() {
		return jobs
	}
	return outbox
}

// replication says how a store kind survives failures.
func replication(c conversation.Component) string {
	t := strings.ToLower(c.Technology)
	switch {
	case strings.Contains(t, "cassandra") || strings.Contains(t, "scylla"):
		return "RF=3 across 3 zones, LOCAL_QUORUM reads/writes; a lost node is rebuilt by streaming from replicas"
	case strings.Contains(t, "dynamodb"):
		return "replicated across 3 zones by the service; global tables for multi-region"
	case strings.Contains(t, "postgres") || strings.Contains(t, "mysql") || strings.Contains(t, "vitess"):
		if !readReplicas(t) {
			return "a synchronous standby in another zone (RPO 0); automatic failover (Patroni / orchestrator) in < 30 s"
		}
		return "a synchronous standby in another zone (RPO 0) plus async read replicas; automatic failover (Patroni / orchestrator) in < 30 s"
	case strings.Contains(t, "redis"):
		return "a replica per shard in another zone with automatic failover; persistence (AOF) where the data is not rebuildable"
	case strings.Contains(t, "kafka"):
		return "replication factor 3, min.insync.replicas=2, acks=all"
	case strings.Contains(t, "s3") || strings.Contains(t, "gcs"):
		return "replicated across zones by the service; versioning on"
	case strings.Contains(t, "elasticsearch") || strings.Contains(t, "opensearch"):
		return "one replica per shard; rebuildable from the source of truth"
	case strings.Contains(t, "m3db") || strings.Contains(t, "victoria") || strings.Contains(t, "clickhouse") || strings.Contains(t, "bigtable"):
		return "RF=3 across zones"
	case strings.Contains(t, "on each"):
		return "one copy on each node of the pair"
	case strings.Contains(t, "copied upstream"):
		// A journal on a device (a vending machine's controller, a handheld) is durable by
		// being sent on, not by replicas beside it.
		return "one copy on the device, each entry kept until the backend acknowledges its copy: a lost device loses only what it had not yet sent"
	case strings.Contains(t, "sqs") || strings.Contains(t, "pub/sub") || strings.Contains(t, "service bus"):
		return "stored redundantly across zones by the service; a message not deleted within its visibility timeout is delivered again"
	case strings.Contains(t, "replica rows"):
		// Serving copies of immutable files built elsewhere (a search engine's index shards).
		return "several replica rows of every shard; a lost replica reloads its shard files from object storage"
	case strings.Contains(t, "copy on every"):
		return "a full copy on every server: losing one loses nothing, and a replacement is rebuilt from the source before it serves"
	case c.Kind == "cache" && strings.Contains(t, "refilled from"):
		return "a cache of what the tier behind it holds: a lost node costs only the refills of its keys"
	case strings.Contains(t, "erasure"):
		return "erasure-coded across racks and zones: a stripe survives as many lost fragments as it has parity, and lost ones are rebuilt from the survivors"
	case strings.Contains(t, "rf=3") || strings.Contains(t, "replica"):
		return "replicated as its technology says"
	}
	return ""
}

func (r *renderer) stores() []conversation.Component {
	var out []conversation.Component
	for _, c := range r.g.Components {
		switch c.Kind {
		case "database", "cache", "queue", "storage", "search":
			out = append(out, c)
		}
	}
	return out
}

func (r *renderer) reliability(b *strings.Builder) {
	b.WriteString("### Failure modes\n")
	bullets(b, r.failureLines())
	var deg []string
	for _, f := range r.ordered() {
		if f.ID != "core" {
			deg = append(deg, r.xs(f.Reliability)...)
		}
	}
	bulletsUnder(b, "Degrading gracefully", deg)
	bulletsUnder(b, "Retries and idempotency", r.retries())
	bulletsUnder(b, "Monitoring and alerting", r.monitoring())
}

// tradeoffsOf is a feature's trade-offs that hold for the statement: a decision titled {said:…}
// is about one kind of the thing, a house's sale rather than a marketplace's listings.
func (r *renderer) tradeoffsOf(f *feature) []tradeoff {
	return saidOf(f.Tradeoffs, r.g.Problem, func(t *tradeoff) *string { return &t.Decision })
}

// swapRow is the trade-off row for a main store moved off its relational database in the
// conversation: the relational row no longer holds, and the decision that replaced it is one.
func (r *renderer) swapRow() string {
	store := r.backingStore()
	c, ok := r.component(store)
	tp, known := techOf(c.Technology)
	if !ok || !known {
		return ""
	}
	for i := len(r.g.Decisions) - 1; i >= 0; i-- {
		_, was, found := strings.Cut(r.g.Decisions[i].Summary, " for "+store+" (was ")
		if !found {
			continue
		}
		rejected := strings.TrimSuffix(was, ")")
		if old, ok := techOf(rejected); ok {
			rejected = old.short()
			if old.Joins && old.MultiRow {
				rejected += ", the relational store it was on"
			}
		}
		return fmt.Sprintf("| %s | %s | %s |\n", store+" on "+tp.short(), cell(rejected), cell("gains "+tp.Gains+"; costs "+tp.Costs))
	}
	return ""
}

func (r *renderer) tradeoffs(b *strings.Builder) {
	b.WriteString("### Decisions and the alternatives rejected\n")
	b.WriteString("| Decision | Rejected alternative | Why |\n|---|---|---|\n")
	for _, f := range r.ordered() {
		for _, t := range r.tradeoffsOf(f) {
			fmt.Fprintf(b, "| %s | %s | %s |\n", cell(r.x(t.Decision)), cell(r.x(t.Rejected)), cell(r.x(t.Why)))
		}
	}
	if q, ok := r.byID["queue"]; ok && len(r.logWorkers(q)) > 0 {
		if strings.Contains(q.Technology, "Kafka") {
			fmt.Fprintf(b, "| %s | %s | %s |\n", "Kafka as the event log", "RabbitMQ / SQS", cell(fmt.Sprintf("%s can re-read %s from any offset to rebuild what they derive, which a classic broker that deletes on acknowledgement cannot offer", r.consumersOf(q), r.inbound(q))))
		} else if strings.Contains(q.Technology, "jobs table") {
			fmt.Fprintf(b, "| %s | %s | %s |\n", "A jobs table in the database", "Kafka or RabbitMQ", cell("at "+r.x("{peak_write}")+" writes/s a broker is one more system to run and back up; a job row commits with the change that caused it, and "+r.consumersOf(q)+" take rows with SKIP LOCKED"))
		}
	}
	if r.p.ID == "generic" && r.relational(r.backingStore()) {
		fmt.Fprintf(b, "| %s | %s | %s |\n", "One relational "+r.backingStore(), "a document or key-value store", cell("the links between "+r.entityList()+" are relational and need transactions; "+r.x("{peak_write}")+" writes/s peak is within what "+r.relationalLimit()))
	} else if row := r.swapRow(); r.p.ID == "generic" && row != "" {
		b.WriteString(row)
	}
	b.WriteString("\n")
	r.featureBullets(b, "Bottlenecks and mitigations", func(f *feature) []string { return f.Bottlenecks })
	b.WriteString("### Self-review\n")
	bullets(b, r.review(nil))
	if r.changed() {
		b.WriteString("### Decision log\n")
		for _, d := range r.g.Decisions {
			line := fmt.Sprintf("- v%d: %s", d.Version, d.Summary)
			if d.Rationale != "" {
				line += " — " + d.Rationale
			}
			b.WriteString(line + "\n")
		}
		b.WriteString("\n")
	}
	open := unansweredBy(r.g.Problem, r.featureTexts(func(f *feature) []string { return f.Open }))
	if q := r.assumedQuestion(); q != "" {
		open = append(open, q)
	}
	bulletsUnder(b, "Open questions", open)
}

// statedDurationRe finds a duration the statement gives: "gets 3 days to borrow it".
// A span said in words needs a word that makes it one: "for up to a week" is how long, "4 doses a
// day" is how often.
var statedDurationRe = regexp.MustCompile(`(?i)(?:\b\d+(?:\.\d+)?\s*(?:-\s*)?|\b(?:for|up to|at most|within|lasts?|last for)\s+(?:up to\s+)?(?:an?|one|two|three|four|five|six|seven|ten|twelve|a couple of|a few)\s+)(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)\b`)

// unansweredBy drops the "how long" an open question asks when the statement gives the duration
// in a sentence about the same thing: an e-book library whose "next person on the hold list gets
// 3 days to borrow it before it passes on" is not asked how long an offered hold waits. A question
// that asks more keeps the rest ("…, and is automatic checkout the default?").
func unansweredBy(problem string, qs []string) []string {
	var said [][]string
	for _, sent := range regexp.MustCompile(`[.;!?]`).Split(problem, -1) {
		if statedDurationRe.MatchString(sent) {
			said = append(said, contentStems(sent))
		}
	}
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		head, rest, compound := strings.Cut(q, ", and ")
		asks := contentStems(head)
		// Two words in common, or the one the question has: "returned copies" beside "a copy is
		// returned … gets 3 days" is another wait.
		if !strings.HasPrefix(head, "How long ") || !slices.ContainsFunc(said, func(ws []string) bool {
			shared := 0
			for _, w := range asks {
				if slices.Contains(ws, w) {
					shared++
				}
			}
			return len(asks) > 0 && shared >= min(2, len(asks))
		}) {
			out = append(out, q)
			continue
		}
		if compound {
			out = append(out, upperFirst(rest))
		}
	}
	return out
}

// contentStems are the five-letter stems of the words of s that say what it is about.
func contentStems(s string) []string {
	var out []string
	for _, w := range wordsOf(s) {
		if len(w) >= 4 && !readStop[w] && !durationFiller[w] {
			out = append(out, stem5(cmp.Or(sameAct[w], w)))
		}
	}
	return out
}

// sameAct names an act by one verb whatever form or side of it a sentence uses: "How long may
// a tool be lent" asks what "members borrow tools for up to a week" says.
var sameAct = map[string]string{
	"lent": "lend", "borrow": "lend", "borrows": "lend", "borrowed": "lend", "borrowing": "lend", "loan": "lend", "loans": "lend", "loaned": "lend",
	"kept": "keep", "held": "hold", "paid": "pay", "sent": "send", "sold": "sell", "bought": "sell", "buy": "sell", "buys": "sell",
	"rent": "hire", "rents": "hire", "rented": "hire", "renting": "hire", "hired": "hire", "hires": "hire",
}

// durationFiller are the words of a question about a duration that say nothing of what lasts.
var durationFiller = set("long", "does", "wait", "waits", "take", "takes", "last", "lasts", "before", "after", "with", "that", "this", "from", "have", "each", "every", "much", "many")

// assumedQuestion asks whether the first assumptions of the load are right, naming the figures
// they set: an assumed read sets the reads, an assumed write size or retention the storage; an
// assumption that names no flow may set either.
func (r *renderer) assumedQuestion() string {
	var assumed []string
	setsStorage, setsReads := false, false
	for _, n := range r.g.Requirements.Workload.Notes {
		i := strings.Index(n, "(assumed")
		if i < 0 || len(assumed) == 2 {
			continue
		}
		assumed = append(assumed, strings.TrimSpace(n[:i]))
		kinds := r.assumedKinds(n)
		setsStorage = setsStorage || kinds[conversation.FlowWrite] || len(kinds) == 0
		setsReads = setsReads || kinds[conversation.FlowRead] || len(kinds) == 0
	}
	if len(assumed) == 0 {
		return ""
	}
	var sets []string
	if setsStorage && r.capa.StorageBytesPerMonth > 0 { // nothing is kept: 0 B is no consequence to check
		sets = append(sets, conversation.Bytes(r.capa.StorageBytesPerMonth)+" a month of storage")
	}
	if setsReads && r.capa.PeakReadQPS > 0 {
		sets = append(sets, strings.TrimSpace(conversation.Human(r.capa.PeakReadQPS)+" "+r.capa.FlowNames(conversation.FlowRead))+" reads/s at peak")
	}
	if len(sets) == 0 {
		return fmt.Sprintf("Are the assumed %s right?", strings.Join(assumed, " and "))
	}
	return fmt.Sprintf("Are the assumed %s right? They set the %s above.", strings.Join(assumed, " and "), strings.Join(sets, " and the "))
}

// assumedKinds is the kind of the flow an assumption's note is about, the one it names first
// ("dashboard query: 1/100 per frame update" is about the dashboard queries); a retention is
// about what is written and kept.
func (r *renderer) assumedKinds(note string) map[conversation.FlowKind]bool {
	kinds := map[conversation.FlowKind]bool{}
	if strings.HasPrefix(note, "retention") {
		kinds[conversation.FlowWrite] = true
		return kinds
	}
	first := len(note)
	var kind conversation.FlowKind
	for _, f := range r.g.Requirements.Workload.Flows {
		if i := strings.Index(note, f.Name); f.Name != "" && i >= 0 && i < first {
			first, kind = i, f.Kind
		}
	}
	if first < len(note) {
		kinds[kind] = true
	}
	return kinds
}

// keptList names what a composed design keeps, in the statement's words: "bed statuses,
// hospitals and beds".
func (r *renderer) keptList() string {
	m := modelOf(r.g.Problem)
	var ps []string
	for _, k := range m.kept {
		if len(ps) < 3 {
			ps = append(ps, pluralNoun(k))
		}
	}
	return series(ps, "and", "the statement's records")
}

// entityList names the data model's first entities.
func (r *renderer) entityList() string {
	var names []string
	for _, e := range r.entities() {
		if len(names) < 3 {
			names = append(names, e.Name)
		}
	}
	return strings.Join(names, ", ")
}

// sortedKeys returns a map's keys in order, for deterministic output.
func sortedKeys[M ~map[string]V, V any](m M) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// article prefixes a noun phrase with "a" or "an".
func article(s string) string {
	if s == "" {
		return "a system"
	}
	if p, ok := massRoles[strings.ToLower(s)]; ok {
		s = p // one of the staff is "a staff member", never "a staff"
	}
	if massWord(lastWord(s)) {
		return s // "food passes its held_until", not "a food"
	}
	l := strings.ToLower(s)
	// "uni-" sounds like "you": a university, a unique id, but an unread message.
	if strings.ContainsRune("aeio", rune(l[0])) || strings.HasPrefix(l, "un") && !strings.HasPrefix(l, "uni") {
		return "an " + s
	}
	return "a " + s
}

// ratesAtAGlance quotes the request rates the design has: a limiter whose checks bump their
// counters in the same call has no writes of their own, and "0/s writes" would read as a figure.
func ratesAtAGlance(c conversation.Capacity) string {
	PS := conversation.PerSecond
	writes := strings.TrimSpace(c.FlowNames(conversation.FlowWrite) + " writes")
	reads := strings.TrimSpace(c.FlowNames(conversation.FlowRead) + " reads")
	switch {
	case c.WriteQPS == 0 && c.ReadQPS > 0:
		return fmt.Sprintf("%s %s on average (%s at peak)", PS(c.ReadQPS), reads, PS(c.PeakReadQPS))
	case c.ReadQPS == 0 && c.WriteQPS > 0:
		return fmt.Sprintf("%s %s on average (%s at peak)", PS(c.WriteQPS), writes, PS(c.PeakWriteQPS))
	}
	return fmt.Sprintf("%s %s and %s %s on average (%s / %s at peak)", PS(c.WriteQPS), writes, PS(c.ReadQPS), reads, PS(c.PeakWriteQPS), PS(c.PeakReadQPS))
}

// storageAtAGlance quotes the data kept, or says none accumulates (counters updated in place).
func storageAtAGlance(c conversation.Capacity) string {
	if c.StorageBytesPerMonth == 0 && c.StorageBytesKept == 0 {
		return ", no data kept beyond live state"
	}
	return fmt.Sprintf(", %s of new data a month, %s kept", conversation.Bytes(c.StorageBytesPerMonth), conversation.Bytes(c.StorageBytesKept))
}

// streamsAtAGlance quotes concurrent streams, which request rates do not show.
func streamsAtAGlance(c conversation.Capacity) string {
	if c.OnlineAtOnce > 0 {
		return fmt.Sprintf(", %s %s on at once on average (%s in the busy hour)", conversation.Human(c.OnlineAtOnce), c.Online, conversation.Human(c.PeakOnlineAtOnce))
	}
	if c.ConcurrentStreams == 0 {
		return ""
	}
	return fmt.Sprintf(", %s concurrent streams at %s/s of egress", conversation.Human(c.ConcurrentStreams), conversation.Bytes(c.EgressBytesPerSec))
}

// fleetAtAGlance sizes the fleet in words that follow the numbers: a small system is one
// database, not "1 shard(s)".
func (r *renderer) fleetAtAGlance() string {
	c := r.capa
	if r.p.Fleet != "" {
		return r.x(r.p.Fleet)
	}
	if r.p.OwnTargets {
		return "and it is sized by its deadlines and redundancy, not by this load"
	}
	if c.Small() {
		// Name the store the design has: a crawler's Cassandra is no PostgreSQL primary.
		if name, tech := r.primaryStore(); tech != "" && !strings.Contains(tech, "PostgreSQL") {
			return fmt.Sprintf("two app servers and %s at its smallest size (%s) are plenty", name, tech)
		}
		return "two app servers and one PostgreSQL primary with a standby are plenty"
	}
	if n, store, tp := r.managedPartitions(); n > 0 {
		return fmt.Sprintf("%d app servers and %s in about %s of %s, run by the service", c.AppServers, store, plural(float64(n), tp.Unit), tp.short())
	}
	if nodes, store := r.selfPartitioned(); nodes > 0 {
		return fmt.Sprintf("%d app servers and %s on about %d nodes to start", c.AppServers, store, nodes)
	}
	if c.DBShards <= 1 {
		return fmt.Sprintf("%d app servers and one database primary to start", c.AppServers)
	}
	return fmt.Sprintf("%d app servers and %d database shards to start", c.AppServers, c.DBShards)
}

// primaryStore names the design's main database and its technology.
func (r *renderer) primaryStore() (name, tech string) {
	name = r.backingStore()
	if c, ok := r.component(name); ok {
		return name, c.Technology
	}
	if len(r.g.Components) == 0 {
		// The overview can be written before components are chosen: the archetype's first
		// database is the one the components will hold.
		for _, id := range r.p.Components {
			if c, ok := catalog[id]; ok && c.Kind == "database" {
				return c.Name, c.Tech
			}
		}
	}
	return name, ""
}

// selfPartitioned sizes the main store when it partitions data itself (DynamoDB, Cassandra,
// ClickHouse, distributed SQL): nodes for the data kept with 3 replicas at about 2 TB a node,
// never fewer than 3; 0 when the store is a relational primary that we shard ourselves.
func (r *renderer) selfPartitioned() (int, string) {
	name, tech := r.primaryStore()
	if tp, ok := techOf(tech); ok && tp.Scale == "managed" {
		return 0, "" // no nodes of ours: see managedPartitions
	}
	t := strings.ToLower(tech)
	for _, self := range []string{"dynamodb", "cassandra", "scylla", "bigtable", "hbase", "clickhouse", "cockroach", "spanner", "yugabyte", "tidb", "tikv", "foundationdb"} {
		if strings.Contains(t, self) {
			nodes := int(math.Ceil(r.capa.DBBytesKept * 3 / 2e12))
			return max(3, nodes), name
		}
	}
	return 0, ""
}

// managedPartitions sizes the main store when a service runs it (DynamoDB): the service places
// the data in partitions of its own, so the design counts those, as the swap that chose it did,
// and never nodes we would run.
func (r *renderer) managedPartitions() (int, string, technology) {
	name, tech := r.primaryStore()
	tp, ok := techOf(tech)
	if !ok || tp.Scale != "managed" || tp.Kind != "database" {
		return 0, "", technology{}
	}
	// The capacity plan's load, not the components': the overview is written before them.
	c := r.capa
	need, _ := units(tp, storeUse{writes: c.PeakWriteQPS, reads: c.PeakReadQPS, storageBytes: c.DBBytesKept}, false)
	return int(need), name, tp
}

// connectionServers sizes the persistent-connection tier from the people connected at once.
func (r *renderer) connectionServers() string {
	conns, basis := r.connections()
	if conns < 1000 {
		return ""
	}
	return r.x(fmt.Sprintf("At %s open connections (%s) and about 100K per server (≈ 10 KB of memory each), {c:ws} needs %d servers, plus one zone's share spare: when a zone fails its clients reconnect to the others with jittered backoff, not all in the same second.",
		conversation.Human(conns), basis, connServers(conns)))
}

// connections is how many people are connected at the busiest moment: the statement's figure,
// else a tenth of the day's users.
func (r *renderer) connections() (float64, string) {
	w := r.g.Requirements.Workload
	if w.Concurrent > 0 {
		return w.Concurrent, "stated"
	}
	return w.DAU / 10, "a tenth of the " + conversation.Human(w.DAU) + " daily users online at the busiest moment, assumed"
}

// connServers is the connection servers for conns: an epoll server keeps about 10 KB per idle
// connection, and 100K a server leaves CPU for the messages and memory for bursts.
func connServers(conns float64) int {
	return int(math.Max(2, math.Ceil(conns/100_000)))
}

// featureTexts gathers one list of every feature's texts, in the design's order, expanded.
func (r *renderer) featureTexts(of func(*feature) []string) []string {
	var out []string
	for _, f := range r.ordered() {
		out = append(out, r.xs(said(of(f), r.g.Problem))...)
	}
	return out
}

// featureBullets writes the features' texts of one list under a heading, and nothing when no
// feature has any.
func (r *renderer) featureBullets(b *strings.Builder, heading string, of func(*feature) []string) {
	bulletsUnder(b, heading, r.featureTexts(of))
}

// lotPace says how often the auctioneer sells a lot, from a stated rate of lots ("~250 lots per
// hour" is one every 14 s), or a ring's usual pace when none is stated.
func (r *renderer) lotPace() string {
	for _, f := range r.g.Requirements.Workload.Flows {
		if f.Kind == conversation.FlowWrite && !f.Each && f.Count > 0 && f.PerSeconds > 0 && (f.Name == "lot" || f.Name == "lots") {
			every := f.PerSeconds / f.Count
			return fmt.Sprintf("%s lots an hour, one every %s s", conversation.Human(f.Count*3600/f.PerSeconds), conversation.Human(math.Round(every)))
		}
	}
	return "a lot every 20 s to 2 minutes, as the ring runs"
}

// auditRetention is how long an audit trail is kept: as long as the statement says ("for 15
// years"), else the seven years most record-keeping rules ask.
func (r *renderer) auditRetention() string {
	if y := r.reading().RetentionYears; y > 0 {
		return conversation.Human(y) + " years"
	}
	return "7 years"
}

// inputsKept renders {inputs_kept} and {inputs_expire}: how long the photos and recordings people
// send for recognition are kept. A statement that says how long ("photos are kept for 2 years")
// keeps them that long; else only as long as the recognition needs them.
func (r *renderer) inputsKept(name string) string {
	y := r.reading().RetentionYears
	switch {
	case y > 0 && name == "inputs_kept":
		return "for the " + conversation.Human(y) + " years stated, then deleted"
	case y > 0:
		return "after the " + conversation.Human(y) + " years stated"
	case name == "inputs_kept":
		return "only as long as the recognition needs them (24 h) unless they choose to keep them"
	}
	return "after 24 h"
}

// availabilityWords renders {availability} or {downtime}. Four nines cost a second zone's
// standby, paging at night and rehearsed failovers; a small system or a tool people use at their
// desks is well served by three.
func (r *renderer) availabilityWords(name string) string {
	three := r.threeNines()
	switch {
	case name == "availability" && three:
		return "99.9%"
	case name == "availability":
		return "99.99%"
	case three:
		return "≈ 8.8 h of downtime a year" + r.downtimeCost()
	}
	return "≈ 52 min of downtime a year"
}
