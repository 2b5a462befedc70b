package offline

// liveResultsFeatures is the live results site under a read storm (election night, a cup final's
// scores, exam results day): a few thousand trusted sources update a small amount of data, and
// millions of readers refresh it at once. Its problems are that a published number must never be
// wrong or go backwards, that the readers must never reach the origin, and that a race call made
// by a person appears everywhere within seconds.
var liveResultsFeatures = []*feature{
	resultsRelease, liveScores,
	{
		ID: "liveresults", Name: "live results publishing", Archetype: "live results site", Rank: 62,
		Load:         &loadProfile{WritesPerUser: 0.01, ReadsPerUser: 60, RecordBytes: 500, ResponseBytes: 30_000, PeakFactor: 20, Retention: 1, HotFraction: 0.0002, PerThingPerDay: 2_880, Write: "source results update", Read: "results page refresh"},
		Style:        "a publish pipeline, not a request/response service: feed ingesters validate every source update against the last accepted one, a results store keeps a version per race, and a snapshot publisher writes immutable versioned JSON to object storage every few seconds, which readers fetch only through the CDN; race calls are made by people on a decision desk and pushed out of band",
		CapacityNote: "The reader figure is almost all CDN traffic. Results are the same for every reader, so the origin's load is not readers but distinct objects ÷ TTL: a few thousand race and state snapshots behind an origin shield, each fetched at most once per TTL, is a few hundred requests a second at the origin whatever the audience. The write side is tiny (one update per source every 30 s or so) and is sized for validation latency, not throughput. So the app servers counted below are CDN capacity, not machines we run: the origin is a pair of ingesters, a publisher and its standby, the desk service and one PostgreSQL primary with a standby.",
		Functional: []string{
			"Ingest results from every source feed (county election offices, a wire service such as AP, a stats provider or an exam board), each update carrying the source's own sequence number or timestamp",
			"Validate each update before it is published: counts only grow, reporting percentage only grows, totals stay under registered voters or entries; anything else is held for a person",
			"Publish national, state and race views (vote counts, percentage reporting, leader, margin) as versioned snapshots readers load from the CDN",
			"Decision desk: editors call a race (and, rarely, retract a call) with a second editor's approval; the call reaches every open page within seconds",
			"Every county or source shows when it last reported; a source that stops reporting is flagged, never silently frozen",
			"Corrections a source makes (a county fixes a typo that lowers a count) are published as a new version with a visible note after an editor approves them",
		},
		NonFunctional: []string{
			"Never show a wrong number or one that goes backwards: every published race has a version that only increases, and no reader's page ever replaces a newer version with an older one",
			"A validated source update is on readers' screens within 10-15 s; a race call within 5 s of approval",
			"The reader path has no dependency on the origin being up: if the publisher stops, the CDN keeps serving the last snapshot (stale-if-error) and pages say \"last updated\"",
			"Origin load is bounded by the number of snapshot objects, not by readers: a few hundred requests a second at {peak_read} reads/s at the edge",
			"Every published number can be traced to the raw source payload it came from",
		},
		OutOfScope: []string{"Vote casting and tabulation (the counties' own certified systems)", "User accounts, comments and personalised alerts", "Forecast models and needles (a separate consumer of the validated stream)"},
		UseCases: []string{
			"Polls close on the East Coast: 2 million readers open the national map in the same minute",
			"A county feed reports a candidate's votes dropping by 12,000: the update is held, an editor sees the diff, and readers keep seeing the last good figures",
			"The desk calls a state: the call appears on every open page within 5 s and in the next snapshot",
			"A county feed goes silent for 20 minutes: its row shows \"last reported 21:40\" and an alert pages the data desk",
		},
		Entities: []entity{
			{Name: "Raw source payload", Store: "objstore", Key: "(source_id, received_at, source_seq)", Partition: "source_id", Indexes: "-",
				Fields: "source_id, source_seq, received_at, payload (as received), checksum", Why: "kept byte for byte before parsing: every published number traces back to it, and a parser bug is fixed by replaying these"},
			{Name: "Source result", Store: "resultsdb", Key: "(race_id, source_id)", Partition: "race_id", Indexes: "(source_id) for the silent-source check",
				Fields: "race_id, source_id (county FIPS, precinct group or feed), source_seq, votes{candidate_id: n}, precincts_reporting, precincts_total, status (accepted|held|corrected), accepted_at, version",
				Why:    "the last accepted figures per source: the next update is validated against these, so 'only grows' is a comparison with one row"},
			{Name: "Race", Store: "resultsdb", Key: "race_id", Partition: "race_id", Indexes: "(state, office)",
				Fields: "race_id, state, office, candidates[], totals{candidate_id: n}, pct_reporting, version (monotonic), call_status (uncalled|called|retracted), winner_id, updated_at",
				Why:    "the race total is recomputed from its source rows in the same transaction that accepts an update, and version is bumped there: one ordered counter per race"},
			{Name: "Race call", Store: "resultsdb", Key: "(race_id, call_seq)", Partition: "race_id", Indexes: "(called_at)",
				Fields: "race_id, call_seq, winner_id, action (call|retract), proposed_by, approved_by, approved_at, race_version_at_call", Why: "append-only: who called what, when, on which numbers — the audit trail of a human decision"},
			{Name: "Held update", Store: "resultsdb", Key: "hold_id", Partition: "race_id", Indexes: "(status, created_at) for the desk queue",
				Fields: "hold_id, race_id, source_id, source_seq, rule (count_decrease|over_registered|jump|reporting_decrease|unknown_candidate), before, after, status (open|released|rejected), decided_by", Why: "an update that failed validation waits here for a person; nothing in it reaches readers until released"},
			{Name: "Results snapshot", Store: "objstore", Key: "v/{snapshot_version}/{scope}.json (scope = national | state | race)", Partition: "-", Indexes: "-",
				Fields: "snapshot_version, generated_at, races[]: race_id, version, totals, pct_reporting, call, per-source last_reported_at", Why: "immutable once written, so the CDN can cache it for a year; the manifest says which version is current"},
			{Name: "Manifest", Store: "objstore", Key: "latest.json", Partition: "-", Indexes: "-",
				Fields: "snapshot_version, race_versions{race_id: version}, calls[] (latest per race), published_at", Why: "the only mutable object readers fetch: a few KB with a 2 s TTL that points at the immutable snapshots"},
		},
		Components: []string{"client", "cdn", "resultsfeeds", "feedingest", "resultsdb", "publisher", "objstore", "desk", "desksvc", "callpush", "queue"},
		APIs: []endpoint{
			{Method: "GET", Path: "/results/latest.json", Response: "{snapshot_version, race_versions{}, calls[], published_at}", Auth: "public (CDN)", Note: "Cache-Control: max-age=2, stale-while-revalidate=2, stale-if-error=3600; the only object that changes"},
			{Method: "GET", Path: "/results/v/{snapshot_version}/{scope}.json", Response: "{races[]: race_id, version, totals, pct_reporting, call, sources[] last_reported_at}", Auth: "public (CDN)", Note: "immutable: max-age=31536000; scope is national, a state or a race"},
			{Method: "GET", Path: "/results/stream", Response: "text/event-stream: call {race_id, winner_id, action, race_version} | bump {snapshot_version}", Auth: "public (edge-held)", Note: "Server-Sent Events held at the edge; clients that cannot hold it poll latest.json"},
			{Method: "POST", Path: "/ingest/v1/sources/{source_id}/reports", Request: "{source_seq, races[]: race_id, votes{}, precincts_reporting}", Response: "202 {accepted|held|duplicate}", Idempotent: true, Auth: "mutual TLS per source", Note: "for sources that push; pulled feeds (AP, state APIs) are polled by the ingesters"},
			{Method: "GET", Path: "/desk/v1/races?state=&status=", Response: "{races[]: totals, pct_reporting, version, call_status, held_updates}", Auth: "desk SSO + hardware key"},
			{Method: "POST", Path: "/desk/v1/races/{race_id}/calls", Request: "{winner_id | action: retract, race_version} + Idempotency-Key", Response: "201 {call_seq, status: awaiting_approval}", Idempotent: true, Auth: "desk SSO + hardware key"},
			{Method: "POST", Path: "/desk/v1/races/{race_id}/calls/{call_seq}/approve", Response: "200 {status: published, published_at}", Idempotent: true, Auth: "a second desk editor", Note: "refused if the approver is the proposer"},
			{Method: "GET", Path: "/desk/v1/holds?status=open", Response: "{holds[]: race, source, rule, before, after}", Auth: "desk SSO + hardware key"},
			{Method: "POST", Path: "/desk/v1/holds/{hold_id}/decision", Request: "{release | reject, note}", Response: "200", Idempotent: true, Auth: "desk SSO + hardware key"},
		},
		Screens: []screen{
			{Name: "Results map", Shows: "national and state map coloured by leader and call, seats tally, last updated", Calls: []string{"GET /results/latest.json", "GET /results/v/{snapshot_version}/{scope}.json", "GET /results/stream"}},
			{Name: "Race page", Shows: "candidates, votes, percentages, % reporting, county table with last reported time, call banner", Calls: []string{"GET /results/latest.json", "GET /results/v/{snapshot_version}/{scope}.json"}},
			{Name: "Decision desk", Shows: "races by state with totals, reporting, version and held updates; propose and approve calls", Calls: []string{"GET /desk/v1/races", "POST /desk/v1/races/{race_id}/calls", "POST /desk/v1/races/{race_id}/calls/{call_seq}/approve"}},
			{Name: "Held updates queue", Shows: "each held update's rule, before and after figures, the raw payload link", Calls: []string{"GET /desk/v1/holds", "POST /desk/v1/holds/{hold_id}/decision"}},
		},
		Flows: []flow{
			{Name: "A source update becomes a published number", Steps: []string{
				"A poller in {c:feedingest} fetches each pulled feed (or receives a pushed report), stores the raw payload in {c:objstore} and drops it if its source_seq is not above the last accepted one for that source (a replay or an out-of-order retry).",
				"It validates the update against the source's last accepted row in {c:resultsdb}: no candidate's count and no precincts-reporting figure decreases, totals stay under registered voters, the jump is plausible for the precincts newly reporting, every candidate is known.",
				"A valid update is applied in one transaction: the source row is replaced, the race totals recomputed from its source rows and the race version incremented; an invalid one becomes a held update for the desk and the race is untouched.",
				"Every few seconds {c:publisher} reads the races whose version moved, writes new immutable snapshots under a new snapshot_version to {c:objstore}, and only then rewrites latest.json to point at them.",
				"Readers' pages fetch latest.json through {c:cdn} (2 s TTL), see the higher snapshot_version and fetch the immutable snapshots they show."}},
			{Name: "A race call", Steps: []string{
				"An editor on {c:desk} proposes the call with the race version it is based on; {c:desksvc} records it as awaiting approval.",
				"A second editor approves; {c:desksvc} appends the call in {c:resultsdb}, sets the race's call status, and publishes a call event to {c:queue}.",
				"{c:callpush} sends the event to every connected reader over Server-Sent Events, and {c:publisher} rewrites latest.json at once rather than waiting for its cycle, so polling readers see it within the 2 s TTL plus their poll interval."}},
			{Name: "An anomaly held for a person", Steps: []string{
				"The held update appears in the desk's queue with the rule it broke, the before and after figures and a link to the raw payload.",
				"Released, it is applied as a correction with a new, higher race version and a note readers can see; rejected, the source's next update is validated against the last good figures."}},
		},
		Deep: []deepDive{
			{Title: "Never a wrong number, never a number that goes backwards", Weight: 10, Body: "Backwards has three causes and each gets its own guard. A source resends or reorders updates: each source's source_seq must exceed the last accepted one, so a late retry is dropped, not applied. A source sends a bad figure (a transposed digit, a candidate's votes falling, more votes than registered voters): the validator compares the update with the source's last accepted row and holds anything that breaks a rule for the decision desk — readers keep the last good numbers, which are old but not wrong. A reader's page sees an older copy: CDN edges and browser caches can serve any version, so every race carries a version that only increases (bumped in the same transaction that recomputes its totals), snapshots are immutable under a snapshot_version, and the page keeps the highest version it has shown per race and ignores anything lower. A real decrease (a county corrects a count) is a new, higher version approved by a person and labelled as a correction: the number goes down, the version never does."},
			{Title: "{peak_read} reads/s served by the CDN, never by the origin", Weight: 9, Body: "Every reader sees the same numbers, so nothing on the read path is per reader. The page is static HTML and JavaScript on {c:cdn}; the data is a small manifest (latest.json, a few KB, max-age=2 with stale-while-revalidate) and immutable snapshots under v/{snapshot_version}/ cached for a year. With an origin shield, each object is fetched from {c:objstore} at most once per TTL per shield: a few thousand race and state objects and one manifest is a few hundred origin requests a second, whether 100,000 or 2 million people are watching; the app-server count in the capacity table is CDN capacity, not machines we run — the origin is a pair of ingesters, a publisher with its standby and the desk service. Per-reader choices (my state, my races) are filtered in the browser. The surge when polls close is met by pre-warming the edges with the empty snapshots before the night and by request collapsing on the shield, not by scaling servers."},
			{Title: "Race calls everywhere within seconds", Weight: 8, Body: "A call is a human decision: an editor proposes it on {c:desk} against the race version on their screen, a second editor approves, and {c:desksvc} writes it once. Approval publishes two ways. {c:callpush} holds Server-Sent Events connections at the edge (Fastly Fanout or Pushpin with GRIP): the origin publishes one message per call and the edge writes it to every connected page, so 2 million open pages cost one publish, not 2 million. Independently {c:publisher} rewrites latest.json immediately; pages that lost their stream poll it every 2-3 s, so the worst case is the TTL plus one poll (about 5 s). A retraction is the same path with action retract and a visible banner; the call log keeps who called what on which numbers."},
			{Title: "The publish pipeline when something fails", Weight: 7, Body: "A silent source is detected, not assumed: each source row has accepted_at, and a source quiet for twice its usual interval is flagged on the page (\"last reported 21:40\") and pages the data desk. If {c:publisher} stops, readers keep the last snapshot (stale-if-error) and the site says when it was updated; it runs active-passive with a lease so two publishers never interleave manifests. Snapshots are written before the manifest that names them, so a reader never follows a pointer to a missing object. A runaway source (a feed stuck resending zeros) is quarantined per source by the desk without stopping the others. Before the night: rehearsals with the wire service's test feeds, a load test against the CDN configuration, and a kill switch that freezes the published manifest."},
		},
		Caching: []string{
			"{c:cdn}: immutable snapshots cached for a year (their URL changes with every version); latest.json for 2 s with stale-while-revalidate and stale-if-error; an origin shield in front of {c:objstore} collapses concurrent misses into one fetch.",
			"Browsers keep the highest race versions seen in memory and discard any lower one a cache returns.",
		},
		Partitioning: []string{"{c:resultsdb} is small (thousands of races, tens of thousands of source rows): one primary with a synchronous standby; the only partitioning is by race for lock scope, so two counties of one race serialise and different races do not."},
		Async:        []string{"Snapshot publishing runs on a cycle of a few seconds off the ingest path; a call triggers an immediate publish and an event on {c:queue} for the SSE edge and downstream consumers (forecast models, partner APIs)."},
		Reliability: []string{
			"The read path is CDN plus object storage only: the results site stays up if every origin service is down, showing the last published snapshot.",
			"{c:resultsdb} runs with a synchronous standby in a second zone; the raw payloads in {c:objstore} let the night be replayed into a fresh store.",
			"{c:feedingest} run one poller per source with a lease, so a source is never polled twice concurrently and a crashed poller's sources move within seconds.",
		},
		Security: []string{
			"Sources authenticate with mutual TLS (pushed) or per-feed API keys (pulled); a payload from an unknown source is rejected before parsing.",
			"The desk and the holds queue are behind SSO with hardware keys; a call needs two different editors, and every call and release is in the append-only call log.",
			"The public side is static and read-only: there is no write endpoint a reader can reach, and the CDN absorbs volumetric attacks on election night.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Versioned immutable snapshots behind a 2 s manifest", Rejected: "an API that queries the results store per request", Why: "the origin's load becomes objects ÷ TTL instead of readers, and a stale edge cannot serve a mixed state because a snapshot is one version"},
			{Decision: "Hold a suspicious update for a person", Rejected: "publishing every feed value as it arrives", Why: "the one rule is never a wrong number: a stale but correct figure for a few minutes is acceptable, a wrong one on two million screens is not"},
			{Decision: "SSE held at the edge plus a short-TTL manifest for calls", Rejected: "a WebSocket fleet at the origin", Why: "2 million sockets at the origin is a fleet to run for one night; the edge holds them and the manifest is the fallback that needs nothing running"},
		},
		Bottlenecks: []string{"A cold CDN at the moment polls close: pre-warm the edges and keep the page itself static.", "A flood of held updates on a busy hour: rules tuned on past nights' feeds, and a desk staffed per region."},
		Open:        []string{"Which sources push and which are polled, and what sequence numbers each provides?", "Who may approve a call, and is a retraction two-person too?", "How long must raw payloads be kept for a recount inquiry?"},
	},
}

// resultsRelease is the exam-results-day variant: each person sees only their own result, and
// every result becomes visible at one announced minute to everyone at once.
var resultsRelease = &feature{
	ID: "resultsrelease", Name: "per-person results release at a set time",
	Functional:    []string{"Each candidate sees only their own results, and none before the announced release time"},
	NonFunctional: []string{"No result is readable by anyone before the release time, and no candidate can read another's"},
	Entities: []entity{
		{Name: "Candidate result", Store: "objstore", Key: "results/{release_id}/{opaque_id}.json", Partition: "-", Indexes: "-",
			Fields: "opaque_id (random, not the candidate number), subjects[]: subject, grade, marks; encrypted with the release's data key", Why: "rendered and uploaded the day before; unreadable until the release key is published and unreachable without a signed URL"},
	},
	Components: []string{"waitingroom", "releasesvc"},
	APIs: []endpoint{
		{Method: "POST", Path: "/v1/releases/{release_id}/access", Request: "{candidate session}", Response: "200 {signed_url (10 min), release_key} | 425 Too Early {opens_at}", Auth: "candidate bearer token (signed in the day before)", Note: "refuses before the release time; the signed URL names only the caller's own object"},
		{Method: "GET", Path: "/results/{release_id}/{opaque_id}.json", Response: "the candidate's encrypted result", Auth: "CDN signed URL", Note: "served by the CDN; the signature, not the origin, enforces who may read it"},
	},
	Screens:  []screen{{Name: "My results", Shows: "countdown to the release time, then the candidate's own grades", Calls: []string{"POST /v1/releases/{release_id}/access", "GET /results/{release_id}/{opaque_id}.json"}}},
	Deep:     []deepDive{{Title: "Everyone's own result at the same minute", Weight: 11, Body: "Results day is a private read storm: every candidate arrives at the announced minute and each may read exactly one object. The results are rendered the day before into one encrypted object per candidate under a random opaque id and pushed to {c:objstore}, so nothing is computed at 8:00. Candidates sign in during the days before, so the 8:00 spike carries no password checks; at the release time {c:releasesvc} starts answering with a short-lived CDN signed URL for the caller's own object and the release's decryption key, and refuses with 425 Too Early before it. The objects are fetched from {c:cdn}, which checks the signature: the origin does one token check per candidate, not one per refresh, and {c:waitingroom} meters arrivals into {c:releasesvc} if they still exceed its capacity. An early leak needs both the object and a key that does not exist outside {c:releasesvc} until the minute."}},
	Security: []string{"Result objects are encrypted with a per-release key held by {c:releasesvc} until the release time, named by random ids, and readable only through signed URLs scoped to one candidate."},
}

// liveScores is the sports variant: the "call" is a goal or a final whistle entered by a scorer
// or a data provider, and it has to beat the TV broadcast delay to every phone.
var liveScores = &feature{
	ID: "livescores", Name: "live match scores",
	Functional: []string{"Each match shows score, clock and events (goals, cards, substitutions) as they happen; a disallowed goal is reversed with a visible note"},
	Deep:       []deepDive{{Title: "A goal on every screen within seconds", Weight: 9, Body: "A goal is a small event with a huge audience at one instant. It arrives from the data provider's feed (or the venue's scorer) with the match's event sequence number; the poller in {c:feedingest} applies events per match in sequence order, so a late duplicate or a reordered card cannot rewind the score. The event is published twice: to {c:callpush}, which writes one message to every page holding the match's event stream at the edge, and into the next snapshot, which {c:publisher} writes at once for a score change instead of waiting for its cycle. Pages that lost their stream poll the 2 s manifest. A VAR-disallowed goal is not a deletion: it is a new event with a higher sequence that reverses the score, so the page's rule 'never apply a lower version' still holds while the number goes down."}},
}

// liveResultsComponents are the building blocks of the live results site.
var liveResultsComponents = []compSpec{
	{ID: "resultsfeeds", Name: "Source results feeds", Kind: "external", Tech: "county and state election feeds, a wire service (AP Elections API) or a stats provider",
		Desc: "each source's latest figures with its own sequence number or timestamp", Aliases: []string{"feeds", "county feeds", "source feeds"}},
	{ID: "feedingest", Name: "Feed ingesters and validators", Kind: "worker", Tech: "Go pollers, one lease per source (etcd), with the validation rules as data",
		Desc:  "store every raw payload, drop replays by sequence, validate against the last accepted figures, apply or hold",
		Links: []link{{"resultsfeeds", "poll feeds"}, {"objstore", "raw payloads"}, {"resultsdb", "apply update or hold"}}, Aliases: []string{"ingest", "validator", "ingesters"}},
	{ID: "resultsdb", Name: "Results store", Kind: "database", Tech: "PostgreSQL with a synchronous standby",
		Desc: "last accepted figures per source, race totals with a monotonic version, calls and holds", Aliases: []string{"results db", "results store"}},
	{ID: "publisher", Name: "Snapshot publisher", Kind: "worker", Tech: "Go worker, active-passive by lease",
		Desc:  "every few seconds writes immutable versioned snapshots, then the manifest that points at them",
		Links: []link{{"resultsdb", "races whose version moved"}, {"objstore", "snapshots, then latest.json"}}, Aliases: []string{"publisher", "snapshotter"}},
	{ID: "desk", Name: "Decision desk console", Kind: "client", Tech: "internal web app behind SSO",
		Desc: "editors watch races, release or reject held updates, propose and approve calls", Links: []link{{"desksvc", "calls, holds"}}, Aliases: []string{"decision desk", "desk"}},
	{ID: "desksvc", Name: "Desk service", Kind: "service", Tech: "Go service",
		Desc:  "two-person race calls, hold decisions, the append-only call log",
		Links: []link{{"resultsdb", "calls, holds"}, {"queue", "call events"}, {"publisher", "publish now"}}, Aliases: []string{"desk service", "calls"}},
	{ID: "callpush", Name: "Edge push (SSE)", Kind: "edge", Tech: "Fastly Fanout or Pushpin (GRIP) holding Server-Sent Events connections",
		Desc:  "holds readers' event streams at the edge; one published call reaches every open page",
		Links: []link{{"queue", "call and version events"}}, Aliases: []string{"sse", "push", "fanout"}},
	{ID: "releasesvc", Name: "Release service", Kind: "service", Tech: "Go service with the release keys in KMS",
		Desc:  "hands each signed-in candidate a signed URL for their own result and the release key, only from the release time",
		Links: []link{{"objstore", "signs URLs for result objects"}}, Aliases: []string{"release service"}},
}

func init() {
	components = append(components, liveResultsComponents...)
	for _, c := range liveResultsComponents {
		catalog[c.ID] = c
	}
	addLinks("client", link{"callpush", "Server-Sent Events (race calls)"})
	addLinks("waitingroom", link{"releasesvc", "admitted candidates"})
	addLinks("gateway", link{"desksvc", "desk API"}, link{"feedingest", "pushed source reports (mTLS)"})
}
