package offline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// The design's life after the whiteboard: deploys, backups, a migration from what exists today,
// bursts, retention, debugging, keeping stores in step, and its risks. Each answer is drawn from
// the design's parts and figures, as the questions of answer_more.go are.

var lifeTopics = []reasoned{
	{regexp.MustCompile(`monolith|strangler|existing (system|app|service|codebase|database)|legacy`), answerMonolith},
	{regexp.MustCompile(`\b(\d+)\s*x\b|\b(\d+) times\b|ten ?fold|ten times|an order of magnitude`), answerGrowth},
	{regexp.MustCompile(`read.{0,6}write ratio|write.{0,6}read ratio|read.heavy|write.heavy|reads (to|vs\.?|versus) writes`), answerRatio},
	{regexp.MustCompile(`\bdeploy\w*|rolling (update|restart|upgrade)|zero.downtime (deploy|release|upgrade)|blue.green|new version of the (code|service|app)`), answerDeploy},
	{regexp.MustCompile(`back ?ups?|backed up|restore|\brpo\b|\brto\b|point.in.time`), answerBackups},
	{regexp.MustCompile(`hardest|most difficult|trickiest|hard parts?|most complex|interesting part`), answerHardest},
	{regexp.MustCompile(`spike|burst|surge|rush|flash|sudden|stampede of users|peaks?\b`), answerSpike},
	{regexp.MustCompile(`retention|how long .*keep|keep .* (for )?how long|what data (do|will|would) (we|you) keep|data .*expire|ttl`), answerRetention},
	{regexp.MustCompile(`debug|troubleshoot|tracing|trace id|diagnos|slow (request|query|queries|endpoint|page)|root cause`), answerDebug},
	{regexp.MustCompile(`in sync|out of sync|keep .* consistent|dual.write|drift|between the (two )?(databases|stores)`), answerInSync},
	{regexp.MustCompile(`risks?\b|concerns?\b|worr(y|ied|ies)|weak(ness|nesses)?\b|downsides?|what could go wrong`), answerRisks},
}

func answerMonolith(r *renderer, _ string) string {
	var svcs []string
	for _, c := range r.g.Components {
		if c.Kind == "service" && len(svcs) < 4 {
			svcs = append(svcs, c.Name)
		}
	}
	if len(svcs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("**Getting here from the system you run today.** Not in one cut-over: ")
	edge := r.entry()
	fmt.Fprintf(&b, "%s goes in front of the existing system first and routes every path to it; then each part moves behind the same paths one at a time (a strangler fig), %s in turn, starting with the one the others depend on least and ending with the one that holds the hard part", edge, strings.Join(svcs, ", "))
	if dives := r.dives(); len(dives) > 0 {
		fmt.Fprintf(&b, " (\"%s\")", r.x(dives[0].Title))
	}
	b.WriteString(". ")
	if logs := r.logs(); len(logs) > 0 {
		fmt.Fprintf(&b, "Change data capture from the existing database (Debezium reading its log) feeds %s, so the new stores fill and stay current while the old system still takes the writes; ", logs[0].Name)
	} else {
		b.WriteString("A backfill job copies the existing rows and a change-data-capture stream keeps them current while the old system still takes the writes; ")
	}
	fmt.Fprintf(&b, "each moved path runs in shadow first (both answer, the old one is served, the answers are compared), then flips by a flag that can flip back. Writes move last, one entity at a time, so %s never has two writers for the same row.", r.mainStoreOr("the new store"))
	return b.String() + " " + cite(conversation.Architecture, conversation.DataFlow)
}

// mainStoreOr names the store of the main records, or none when the design has no database.
func (r *renderer) mainStoreOr(none string) string {
	if s := r.mainStore(); s != "" {
		return s
	}
	return none
}

var timesRe = regexp.MustCompile(`\b(\d+)\s*(x|times)\b`)

func answerGrowth(r *renderer, q string) string {
	n := "10"
	if m := timesRe.FindStringSubmatch(q); m != nil {
		n = m[1]
	}
	return answerWhatIf(r.g, "what if traffic grows "+n+"x")
}

func answerRatio(r *renderer, _ string) string {
	c := r.capa
	if c.WriteQPS == 0 && c.ReadQPS == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Reads and writes.** %s reads/s against %s writes/s on average (%s / %s at peak)", conversation.Human(c.ReadQPS), conversation.Human(c.WriteQPS), conversation.Human(c.PeakReadQPS), conversation.Human(c.PeakWriteQPS))
	switch {
	case c.WriteQPS > 0 && c.ReadQPS >= c.WriteQPS:
		fmt.Fprintf(&b, ", about %.0f reads to a write", c.ReadQPS/c.WriteQPS)
	case c.ReadQPS > 0:
		fmt.Fprintf(&b, ", about %.0f writes to a read", c.WriteQPS/c.ReadQPS)
	}
	if m := r.mainStore(); m != "" {
		fmt.Fprintf(&b, "; the writes land on %s", m)
	}
	b.WriteString(".")
	if imp := r.implications(); len(imp) > 0 {
		b.WriteString(" What that shapes here:\n- " + strings.Join(imp, "\n- "))
	}
	return b.String() + " " + cite(conversation.CapacityID, conversation.Scalability)
}

func answerDeploy(r *renderer, _ string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**Deploying without downtime.** %s roll one instance at a time behind %s: a new instance takes traffic only when its readiness check passes, an old one stops taking new requests, finishes what it has and exits.", r.statelessNames(), r.entry())
	for _, c := range r.g.Components {
		if strings.Contains(strings.ToLower(c.Name+" "+c.Technology), "websocket") {
			fmt.Fprintf(&b, " %s cannot hand a connection over: it tells its clients to reconnect, a slice of servers at a time, and they come back with jittered backoff to the new ones.", c.Name)
			break
		}
	}
	if ws := r.namesOfKind("worker"); len(ws) > 0 {
		fmt.Fprintf(&b, " %s commit what they have processed before stopping, so the consumer group's rebalance hands their partitions over with nothing done twice that idempotent writes would not absorb.", strings.Join(ws, ", "))
	}
	b.WriteString(" Schema changes ship ahead of the code that needs them (expand first, contract a release later), so old and new versions run side by side during the roll; a canary takes a small share of traffic first and rolls back by itself when its error rate or latency leaves the SLO.")
	return b.String() + " " + cite(conversation.Architecture, conversation.Reliability)
}

// backupOf is how each family of stores is backed up, or why it is not.
var backupOf = map[string]string{
	"postgresql":  "nightly base backups and continuous WAL archiving to object storage: point-in-time restore to any second of the last 35 days; the synchronous standby covers a lost node, backups cover a bad write",
	"mysql":       "nightly physical backups (XtraBackup) and binlogs shipped to object storage: point-in-time restore for 35 days",
	"cockroachdb": "scheduled full and incremental backups to object storage, with revision history for point-in-time restore",
	"cassandra":   "snapshots and incremental SSTable backups to object storage (Medusa); replication covers a node, backups cover a dropped table or a bad write",
	"scylladb":    "snapshots and incremental backups to object storage (Scylla Manager); replication covers a node, backups cover a bad write",
	"dynamodb":    "point-in-time recovery (35 days) and on-demand backups before risky changes",
	"mongodb":     "continuous oplog backup with point-in-time restore",
	"clickhouse":  "BACKUP … TO S3 nightly, or re-ingest from the log for what it still retains",
	"kafka":       "not backed up: three replicas and a retention; whatever must outlive the retention is also in a database or object storage",
	"opensearch":  "rebuilt from the source of truth rather than restored; snapshots to object storage only shorten the rebuild",
	"s3":          "versioning (a deleted or overwritten object keeps its old version for 30 days) and replication to a second region; Object Lock where deletion must be impossible",
}

func answerBackups(r *renderer, _ string) string {
	var lines []string
	for _, c := range r.stores() {
		tp, ok := techOf(c.Technology)
		how, known := backupOf[tp.ID]
		switch {
		case ok && (tp.ID == "redis" || tp.ID == "memcached"):
			if r.ownsEntities(c) {
				how = "append-only file every second plus hourly snapshots, since it holds " + r.holds(c) + " of its own"
			} else {
				how = "not backed up: it is refilled from " + r.backingStore() + " on a miss"
			}
		case !known:
			continue
		}
		lines = append(lines, fmt.Sprintf("**%s** (%s): %s.", c.Name, tp.Name, how))
	}
	if len(lines) == 0 {
		return ""
	}
	return "**Backups and restores.**\n- " + strings.Join(lines, "\n- ") + "\nA restore is timed in a drill each quarter on a copy of production, so the recovery time promised is a measured one. " + cite(conversation.Reliability)
}

func answerHardest(r *renderer, _ string) string {
	dives := r.dives()
	if len(dives) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("**The hard parts of this design**, hardest first:")
	for i, d := range dives {
		if i == 3 {
			break
		}
		fmt.Fprintf(&b, "\n%d. **%s**: %s", i+1, r.x(d.Title), sentences(r.x(d.Body), 1))
	}
	return b.String() + " " + cite(conversation.DeepDive)
}

func answerSpike(r *renderer, _ string) string {
	c := r.capa
	if c.WriteQPS+c.ReadQPS == 0 {
		return ""
	}
	factor := (c.PeakWriteQPS + c.PeakReadQPS) / (c.WriteQPS + c.ReadQPS)
	var b strings.Builder
	fmt.Fprintf(&b, "**Bursts.** The figures already size for a peak %.0f× the average (%s writes/s and %s reads/s). ", factor, conversation.Human(c.PeakWriteQPS), conversation.Human(c.PeakReadQPS))
	b.WriteString("A burst you can see coming (a launch, a daily opening time) is met by scaling out before it, on a schedule, because autoscaling on CPU reacts in minutes and the burst is over in seconds. ")
	if logs := r.logs(); len(logs) > 0 {
		fmt.Fprintf(&b, "What can wait queues in %s and drains after; ", logs[0].Name)
	}
	if caches := r.namesOfKind("cache"); len(caches) > 0 {
		fmt.Fprintf(&b, "%s is warmed with what the burst will read; ", strings.Join(caches, " and "))
	}
	fmt.Fprintf(&b, "beyond what %s can take, %s answers 429 with Retry-After rather than letting the store fall over, and clients back off with jitter.", r.mainStoreOr("the store"), r.entry())
	return b.String() + " " + cite(conversation.CapacityID, conversation.Scalability)
}

func answerRetention(r *renderer, _ string) string {
	w := r.g.Requirements.Workload
	years := "5 years (assumed)"
	if w.RetentionYears > 0 {
		years = fmt.Sprintf("%g years", w.RetentionYears)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**What is kept, and for how long.** The records (%s) are kept %s, which is what sets %s kept in the capacity estimate.", r.entityList(), years, conversation.Bytes(r.capa.StorageBytesKept))
	for _, c := range r.stores() {
		tp, _ := techOf(c.Technology)
		switch {
		case c.Kind == "queue":
			fmt.Fprintf(&b, " %s keeps events for days, not years: long enough to replay into a rebuilt consumer.", c.Name)
		case c.Kind == "cache" && !r.ownsEntities(c):
			fmt.Fprintf(&b, " %s keeps entries for minutes to hours (TTL), never as the only copy.", c.Name)
		case tp.ID == "s3":
			fmt.Fprintf(&b, " %s moves objects to colder tiers as they age and deletes them with the record that owns them.", c.Name)
		}
	}
	b.WriteString(" Personal data goes sooner when the person leaves (ask how erasure works), and anything under a legal hold is kept past its date.")
	return b.String() + " " + cite(conversation.CapacityID, conversation.DataModel)
}

func answerDebug(r *renderer, _ string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**Finding a slow request.** %s gives each request a trace id and every service passes it on (W3C traceparent, OpenTelemetry), so one trace shows the time spent in %s and in each store call; the latency histograms carry exemplars that link a slow bucket to such a trace.", r.entry(), r.statelessNames())
	var slow []string
	for _, c := range r.stores() {
		tp, _ := techOf(c.Technology)
		switch tp.ID {
		case "postgresql":
			slow = append(slow, c.Name+": pg_stat_statements and auto_explain for queries over 100 ms")
		case "mysql":
			slow = append(slow, c.Name+": the slow query log and performance_schema")
		case "cassandra", "scylladb":
			slow = append(slow, c.Name+": per-table p99 and probabilistic tracing to spot a wide partition")
		case "kafka":
			slow = append(slow, c.Name+": consumer lag per partition, which points at one hot key")
		case "redis":
			slow = append(slow, c.Name+": SLOWLOG and the big-key scan")
		}
	}
	if len(slow) > 0 {
		fmt.Fprintf(&b, " From there, each store has its own view: %s.", strings.Join(slow, "; "))
	}
	return b.String() + " " + cite(conversation.Reliability)
}

func answerInSync(r *renderer, _ string) string {
	logs := r.logs()
	derived := r.namesOfKind("search", "cache")
	if dbs := r.namesOfKind("database"); len(logs) == 0 && len(derived) == 0 {
		if len(dbs) != 1 {
			return ""
		}
		return fmt.Sprintf("**Keeping the stores in step.** There is one store here, %s, and every write is one transaction in it, so there is nothing to keep in step; a second store (a search index, a cache) would be fed from its changes, never written beside it by the request. %s", dbs[0], cite(conversation.DataFlow))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Keeping the stores in step.** %s is the source of truth; nothing writes to two stores in one request. ", r.mainStoreOr("The main store"))
	if len(logs) > 0 {
		how := "publishes the event after the write commits"
		if r.outboxes() {
			how = "writes the event in the same transaction as the change (an outbox), and a relay publishes it"
		}
		fmt.Fprintf(&b, "The service %s to %s, and %s apply it idempotently (by event id or version), so a redelivery or a replay changes nothing twice. ", how, logs[0].Name, r.consumersOf(logs[0]))
	}
	if len(derived) > 0 {
		fmt.Fprintf(&b, "%s may lag by seconds; a nightly job compares counts and checksums per partition against the source and repairs what drifted, and any of them can be rebuilt from scratch.", strings.Join(derived, " and "))
	}
	return b.String() + " " + cite(conversation.DataFlow, conversation.Reliability)
}

func answerRisks(r *renderer, q string) string {
	var risks []string
	for _, s := range r.review(nil) {
		if !strings.Contains(strings.ToLower(s), "no finding") {
			risks = append(risks, s)
		}
	}
	risks = append(risks, r.featureTexts(func(f *feature) []string { return f.Bottlenecks })...)
	risks = append(risks, r.capa.Warnings...)
	if len(risks) == 0 {
		// Nothing flagged: the risks are then where the design can stop.
		return answerWeakest(r, q)
	}
	if len(risks) > 5 {
		risks = risks[:5]
	}
	return "**The risks in this design**, from its own self-review and bottlenecks:\n- " + strings.Join(risks, "\n- ") + " " + cite(conversation.Tradeoffs)
}
