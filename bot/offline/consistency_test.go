package offline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// consistencyStatements are problems of many domains, most of which no archetype fits, so the
// composed design is exercised as much as the catalogue's.
var consistencyStatements = []string{
	"Design a matchmaking service for an online game: 2 million concurrent players, match within 30 seconds by skill and region",
	"Design a CI build farm that runs 50,000 builds a day for 2,000 engineers",
	"Design a Mint-like budgeting app that imports bank transactions for 5 million users",
	"Design a social graph 'people you may know' feature for 300 million users",
	"Design a pastebin with monthly stats",
	"Design a todo app for my family",
	"Design a pet adoption site where shelters list animals and adopters apply",
	"Design a library book lending system for a city with 40 branches",
	"Design a hospital appointment scheduling system where patients book doctors",
	"Design a fitness tracker backend: watches upload heart rate samples every 5 seconds",
	"Design a recipe sharing site where cooks post recipes and users rate them",
	"Design an online survey tool where teams create forms and respondents submit answers",
	"Design a school grading system where teachers record grades and parents view report cards",
	"Design a warehouse inventory system for tracking pallets across 200 warehouses",
	"Design an expense tracker where employees upload receipts and managers approve expenses",
	"Design a ticketing helpdesk where customers open tickets and agents reply",
	"Design a URL shortener handling 100M new links a month",
	"Design WhatsApp for 500M daily users",
	"Design a ride-hailing backend where drivers send GPS updates every 4 seconds and riders request rides",
	"Design a distributed rate limiter for 500K requests per second",
	"Design a system",
	"Design an auction site where sellers list items and buyers place bids",
	// Catalogue archetypes: their knowledge must agree with itself too.
	"Design Twitter's home timeline for 300M users",
	"Design a food delivery app",
	"Design a web crawler for 1B pages a month",
	"Design an Instagram-like photo sharing app for 50M DAU",
	"Design Uber",
	"Design Google Docs",
	"Design Dropbox",
	"Design a leaderboard for a mobile game with 10M players",
	"Design a metrics monitoring system",
	"Design YouTube",
	"Design a hotel booking system",
	"Design Ticketmaster",
	"Design a key-value store",
	"Design a distributed job scheduler",
	"Design a video conferencing service",
	"Design a stock exchange matching engine",
	"Design Spotify",
	"Design an online judge like LeetCode",
	"Design a payment wallet like Venmo",
	"Design an IoT platform for 1M devices",
	"Design a feature flag service",
	"Design a recommendation system for an online store",
	"Design a live streaming platform like Twitch",
	"Design an email service like Gmail",
	"Design a centralised logging system",
	"Design a typeahead autocomplete",
	"Design a notification service for push, SMS and email",
	"Design a Yelp-like nearby places service",
	"Design Google Maps",
	"Design Tinder",
	"Design an e-commerce checkout",
	"Design a distributed cache",
	"Design a message queue like Kafka",
	"Design a unique ID generator",
	"Design a real-time analytics pipeline for ad clicks",
	"pair chess players of similar Elo rating within a few seconds, 50,000 games a day",
	"Design the ranked queue for a 5v5 MOBA with 10 million daily players",
	"when a new member signs up, import their phone contacts and show which friends are already here",
	"LinkedIn-style connection suggestions: second-degree connections ranked by how likely the invite is accepted",
	"Design Zendesk",
	"Design an IT help desk for a 20,000-employee company with SLAs and escalations",
	"Design GitHub Actions",
	"Design a CI/CD platform for 20,000 orgs running 2 million jobs a day with autoscaled runners",
	"Design an online auction platform like eBay with proxy bidding and anti-sniping",
	"Design Google Calendar",
	"Design Calendly for 2 million hosts",
	"election night results site: 40M visitors, results from 3,100 county feeds every 30s, never show a number that goes backwards, race calls everywhere within seconds",
	"Exam results day: 800,000 students see their own A-level grades at 8am",
	"Design a podcast hosting platform with RSS feeds, IAB download counts and dynamic ad insertion",
	"passengers check in on their phones 24 hours before the flight, pick seats and board with a mobile boarding pass",
	"Design Turo: owners list their cars, renters book them by the hour or day",
	"Design Citi Bike",
	"a bike-share for a city of 600 docks and 9,000 bikes; riders unlock from the app and trucks rebalance stations",
	"cross-save for a console RPG: 8 million players a day, saves up to 20 MB, conflicts between consoles resolved by the player",
	"our mobile puzzle game loses players' progress when they change phones; sync it to a server",
	"Design inventory for a food bank with one warehouse and 60 partner agencies; volunteers log donations and agencies order weekly",
	"Design a national food bank network: 200 warehouses, 60,000 partner pantries, FEFO picking and lot recall tracing within an hour",
}

// renderAll designs a statement the way the engine does and returns its grounding and sections.
func renderAll(t *testing.T, problem string) (bot.Grounding, map[conversation.SectionID]string) {
	t.Helper()
	ctx := context.Background()
	d := New()
	title, req, err := d.Requirements(ctx, problem)
	if err != nil {
		t.Fatalf("requirements: %v", err)
	}
	g := bot.Grounding{Title: title, Problem: problem, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
	if g.Components, err = d.Components(ctx, g); err != nil {
		t.Fatalf("components: %v", err)
	}
	sec := map[conversation.SectionID]string{}
	for _, id := range conversation.SectionOrder {
		if sec[id], err = d.Section(ctx, g, id); err != nil {
			t.Fatalf("section %s: %v", id, err)
		}
	}
	return g, sec
}

// TestDesignsAreConsistent holds every design to the cross-section checks, and a design no
// archetype fits to the statement's own vocabulary.
func TestDesignsAreConsistent(t *testing.T) {
	t.Parallel()
	for _, s := range consistencyStatements {
		t.Run(s, func(t *testing.T) {
			g, sec := renderAll(t, s)
			for _, p := range inconsistencies(g.Components, g.Capacity, sec) {
				t.Error(p)
			}
			if !strings.Contains(strings.ToLower(s), "record") {
				for id, md := range sec {
					if strings.Contains(strings.ToLower(md), "record_id") || strings.Contains(md, "/records") || strings.Contains(md, "Record,") || strings.Contains(md, "| Record |") {
						t.Errorf("section %s speaks of records the statement never mentioned", id)
					}
				}
			}
			if strings.Contains(sec[conversation.Tradeoffs], "Inconsistent:") {
				t.Errorf("self-review reports an inconsistency:\n%s", sec[conversation.Tradeoffs])
			}
		})
	}
}

// TestInconsistenciesFindDefects feeds the checks sections with each defect they exist for.
func TestInconsistenciesFindDefects(t *testing.T) {
	t.Parallel()
	comps := []conversation.Component{
		{Name: "API gateway", Kind: "edge", TalksTo: []string{"Application service"}},
		{Name: "Application service", Kind: "service", TalksTo: []string{"Primary DB"}, Description: "logic (needed for: matches)"},
		{Name: "Primary DB", Kind: "database"},
		{Name: "Search index", Kind: "search"},
	}
	sec := map[conversation.SectionID]string{
		conversation.API:       "| Method | Path |\n|---|---|\n| POST | `/v1/matches` | x |\n| GET | `/v1/matches/{id}` | x |\n",
		conversation.UI:        "| Screen | Shows | Calls |\n|---|---|---|\n| List | l | `GET /v1/records`, `GET /v1/matches/{match_id}` |\n",
		conversation.DataModel: "| Entity | Store | Key |\n|---|---|---|\n| Match | Primary DB (PostgreSQL) | id |\n| Ticket | Ticket store (DynamoDB) | id |\n\n### Why each store\n| x | Nowhere (y) |\n",
		conversation.DataFlow:  "1. Application service writes to Primary DB.",
		conversation.DeepDive:  "At 2000 writes/s peak a single PostgreSQL primary is enough for writes today.",
	}
	got := strings.Join(inconsistencies(comps, conversation.Capacity{DBShards: 30, BlobBytesPerMonth: 180e12}, sec), "\n")
	for _, want := range []string{"`GET /v1/records`", "Ticket store", "Search index is in the diagram", "one primary is enough", "180 TB of files and blobs a month, but no component stores them"} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack %q:\n%s", want, got)
		}
	}
	for _, wrong := range []string{"/v1/matches/{match_id}", "Nowhere", "API gateway is", "Primary DB is"} {
		if strings.Contains(got, wrong) {
			t.Errorf("findings wrongly include %q:\n%s", wrong, got)
		}
	}
	if got := inconsistencies(comps, conversation.Capacity{DBShards: 1}, sec); strings.Contains(strings.Join(got, "\n"), "one primary") {
		t.Errorf("one primary flagged with one shard: %q", got)
	}
}

// TestReviewReadsTheWrittenDesign checks that the review of a design another designer wrote runs
// the cross-section checks on that design's own sections.
func TestReviewReadsTheWrittenDesign(t *testing.T) {
	t.Parallel()
	g, sec := renderAll(t, "Design a pastebin with monthly stats")
	d := &conversation.Design{Components: g.Components}
	for _, id := range conversation.SectionOrder {
		d.SetSection(conversation.Section{ID: id, Markdown: sec[id]})
	}
	got, err := New().Review(context.Background(), g, d)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "Inconsistent") || strings.Contains(got, "Paste metadata store is") {
		t.Errorf("review of the offline design reports a false alarm:\n%s", got)
	}
	d.SetSection(conversation.Section{ID: conversation.UI, Markdown: "| Screen | Shows | Calls |\n|---|---|---|\n| List | pastes | `GET /v1/pastes` |\n"})
	got, err = New().Review(context.Background(), g, d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "the UI calls `GET /v1/pastes`") {
		t.Errorf("review misses the written UI's call to an endpoint the API lacks:\n%s", got)
	}
}

// TestCacheFindings flags a cache holding copies without an expiry rule, and not the stores that
// hold state of their own (positions, dedup sets), which were false alarms.
func TestCacheFindings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Design a food delivery app", "Design a web crawler for 1B pages a month", "Design a distributed cache"} {
		_, sec := renderAll(t, s)
		if strings.Contains(sec[conversation.Tradeoffs], "Cache without an invalidation rule") {
			t.Errorf("%s: false alarm:\n%s", s, sec[conversation.Tradeoffs])
		}
	}
	r := newRenderer(bot.Grounding{Components: []conversation.Component{
		{Name: "Session cache", Kind: "cache", Technology: "Redis", Description: "hot reads, cache-aside"},
		{Name: "Geo index", Kind: "cache", Technology: "Redis GEO", Description: "latest position of every driver"},
	}})
	got := strings.Join(r.cacheFindings(), "\n")
	if !strings.Contains(got, "Session cache") || strings.Contains(got, "Geo index") {
		t.Errorf("findings=%q, want Session cache only", got)
	}
}

// TestReviewFlagsAGuessThatSizesTheDesign names an assumed load that outweighs what the statement
// stated, and stays quiet when the heaviest load is stated.
func TestReviewFlagsAGuessThatSizesTheDesign(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a recipe site where cooks save 2 million recipes a day")
	if !strings.Contains(sec[conversation.Tradeoffs], "Sized on a guess: the heaviest load, recipe view") {
		t.Errorf("the assumed reads outweigh the stated poses 10×, yet the review does not say so:\n%s", sec[conversation.Tradeoffs])
	}
	_, sec = renderAll(t, "Design a URL shortener: 100M new URLs a day and 10 billion redirects a day")
	if strings.Contains(sec[conversation.Tradeoffs], "Sized on a guess") {
		t.Errorf("every load is stated, yet the review calls one a guess:\n%s", sec[conversation.Tradeoffs])
	}
}

// A design one primary carries says how far that primary is from its first wall, and talks of
// no shards: "a single-shard query" at 0.17 writes/s reads as a template.
func TestSmallDesignHasHeadroomNotShards(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a tailoring alteration service: customers request alterations, tailors verify them, 500 shops")
	all := sec[conversation.DataModel] + sec[conversation.Scalability] + sec[conversation.Tradeoffs]
	if strings.Contains(all, "single-shard") || strings.Contains(all, "relational shards take") {
		t.Errorf("a one-primary design talks of shards:\n%s", all)
	}
	if !strings.Contains(sec[conversation.Scalability], "### Headroom") || !strings.Contains(sec[conversation.Scalability], "of the 2 TB one primary holds") {
		t.Errorf("no headroom for a one-primary design:\n%s", sec[conversation.Scalability])
	}
}

// An archetype that states its availability in its own words ("Booking path 99.99% available")
// gets no second, generic target beside it.
func TestOneAvailabilityTarget(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a ferry booking system: 120 sailings a day, passengers and vehicles, car deck space must never be overbooked, 3 million bookings a year.")
	if n := len(availabilityRe.FindAllString(sec[conversation.Requirements], -1)); n != 1 {
		t.Errorf("%d availability targets in the requirements, want 1:\n%s", n, sec[conversation.Requirements])
	}
}

// A verb after a part the design names in the plural agrees with it: knowledge written
// "{c:notifyworker} looks up" reads "Notification workers look up".
func TestVerbsAgreeWithPluralParts(t *testing.T) {
	t.Parallel()
	r := newRenderer(bot.Grounding{Components: []conversation.Component{{Name: "Notification workers", Kind: "worker"}, {Name: "Cache", Kind: "cache"}}})
	got := r.x("{c:notifyworker} looks up the device, {c:notifyworker} pushes it and {c:cache} keeps it; {c:notifyworker} has a lease")
	want := "Notification workers look up the device, Notification workers push it and Cache keeps it; Notification workers have a lease"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A failing job is set aside where the jobs are: no dead-letter topic beside a jobs table.
func TestDeadLetterFollowsTheLog(t *testing.T) {
	t.Parallel()
	for tech, want := range map[string]string{
		"a jobs table in the primary PostgreSQL, taken with FOR UPDATE SKIP LOCKED": "is marked dead in the jobs table",
		"Apache Kafka (RF=3, partitioned by key)":                                   "goes to a dead-letter topic",
	} {
		r := newRenderer(bot.Grounding{Components: []conversation.Component{{Name: "Event log", Kind: "queue", Technology: tech}}})
		if got := r.x("{dead_letter}"); got != want {
			t.Errorf("%s: %q, want %q", tech, got, want)
		}
	}
}

// The hand-off words follow where the log is: a jobs table is written by the same transaction,
// a broker is published to by an outbox relay, and a design without a log has no outbox row.
func TestHandoffWordsFollowTheLog(t *testing.T) {
	t.Parallel()
	for tech, want := range map[string]string{
		"a jobs table in the primary MySQL": "commits its job row in Event log in the same transaction as| with its job row|The same transaction inserts|as a job row into",
		"Amazon Kinesis Data Streams":       "commits an outbox row, which a relay publishes to Event log, in the same transaction as| with an outbox row|Once committed, the outbox relay publishes|to",
	} {
		r := newRenderer(bot.Grounding{Components: []conversation.Component{{Name: "Event log", Kind: "queue", Technology: tech}}})
		if got := r.x("{handoff}|{with_outbox}|{publish_lead}|{publish_prep}"); got != want {
			t.Errorf("%s:\n got %q\nwant %q", tech, got, want)
		}
	}
	r := newRenderer(bot.Grounding{Components: []conversation.Component{{Name: "Primary DB", Kind: "database", Technology: "PostgreSQL"}}})
	if got := r.x("{with_outbox}"); got != "" {
		t.Errorf("without a log: %q, want nothing", got)
	}
}

// A composed design that knows a thing's name but not what it holds says so in its self-review,
// while a link row of ids (a follow) is not flagged.
func TestReviewFlagsHollowEntities(t *testing.T) {
	t.Parallel()
	// A pharmacy's refills have their own pattern now; a tailor's alterations have none.
	_, sec := renderAll(t, "Design a tailoring alteration service: customers request alterations, tailors verify them, 500 shops")
	if !strings.Contains(sec[conversation.Tradeoffs], "Alteration, Alteration request keep nothing of their own beyond ids") {
		t.Errorf("an alteration of ids and a status is not flagged:\n%s", sec[conversation.Tradeoffs])
	}
	_, sec = renderAll(t, "Design Twitter")
	if strings.Contains(sec[conversation.Tradeoffs], "nothing of its own") {
		t.Errorf("a follow row is flagged as hollow:\n%s", sec[conversation.Tradeoffs])
	}
}

// The capacity section sizes a cache only for a design that has one.
func TestCacheSizedOnlyWithACache(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a pharmacy prescription refill service: patients request refills, pharmacists verify them, 500 stores")
	if strings.Contains(sec[conversation.CapacityID], "Cache for the hot set") || strings.Contains(sec[conversation.CapacityID], ". Cache: ") {
		t.Errorf("a design without a cache sizes one:\n%s", sec[conversation.CapacityID])
	}
	_, sec = renderAll(t, "Design Twitter")
	if !strings.Contains(sec[conversation.CapacityID], "Cache for the hot set") {
		t.Errorf("Twitter's timeline cache is not sized:\n%s", sec[conversation.CapacityID])
	}
}

// The personal-data line names the stores that keep the personal fields: a leaderboard's score
// history and a monitoring pipeline's time series keep only ids. A hive's sensors are a device
// fleet whose time series keeps readings by device, never anyone's personal data ("" store: the
// line need not be there at all).
func TestPersonalDataNamesItsStores(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, store, not string }{
		{"Design a realtime leaderboard for a mobile game with 50M players; players see their rank among friends", "User DB", "Score history"},
		{"collect cpu and memory metrics from 30,000 servers every 10 seconds and page the on-call engineer on thresholds", "User DB", "Time-series"},
		{"Beekeepers watch 15k hives, each with a sensor sending weight and temperature every 5 minutes, and get an alert when a swarm is likely", "", "Time-series"},
	} {
		_, sections := renderAll(t, tc.problem)
		var line string
		for _, l := range strings.Split(sections[conversation.Security], "\n") {
			if strings.Contains(l, "Personal data") {
				line = l
			}
		}
		if tc.store != "" && !strings.Contains(line, tc.store) || strings.Contains(line, tc.not) {
			t.Errorf("%q: personal data line %q, want it in %s and not in %s", tc.problem, line, tc.store, tc.not)
		}
	}
}

// A flow step that goes on from a step the design dropped ("It intersects them …" after a search
// index the design lacks) is dropped with it: it would name nothing.
func TestPronounStepsFollowTheirStep(t *testing.T) {
	t.Parallel()
	r := &renderer{byID: map[string]conversation.Component{"cache": {Name: "Cache"}}}
	got := r.presentSteps([]string{"{c:searchsvc} queries {c:search} for listings.", "It intersects them with {c:cache}.", "Results are stale by design."})
	if len(got) != 1 || got[0] != "Results are stale by design." {
		t.Errorf("steps %q, want only the one that stands alone", got)
	}
	got = r.presentSteps([]string{"{c:cache} holds the summary.", "It is refreshed from events."})
	if len(got) != 2 {
		t.Errorf("steps %q, want both: the pronoun's step is there", got)
	}
}

// The connection tier is sized from the people connected at once, and every section that sizes it
// says the same number.
func TestConnectionServersFollowTheConnections(t *testing.T) {
	t.Parallel()
	_, sections := renderAll(t, "A realtime leaderboard for our mobile game: 50M players, 2M concurrent at peak, every match end posts a score")
	if !strings.Contains(sections[conversation.Scalability], "At 2M open connections (stated)") || !strings.Contains(sections[conversation.Scalability], "needs 20 servers") {
		t.Errorf("scalability does not size 2M connections at 20 servers:\n%s", sections[conversation.Scalability])
	}
	_, sections = renderAll(t, "Design WhatsApp")
	all := sections[conversation.DeepDive] + sections[conversation.Scalability]
	if !strings.Contains(all, "is 2000 connection servers") || !strings.Contains(all, "needs 2000 servers") {
		t.Errorf("deep dive and scalability disagree on the connection servers:\n%s", all)
	}
}

// A race's runners run; a CI fleet's runners run code. Only the second gets the sandbox line, and
// no design draws the scooter share's nearby-scooters link but the scooter share.
func TestRunnersAndScootersStayInTheirDomain(t *testing.T) {
	t.Parallel()
	_, race := renderAll(t, "Live tracking for a city marathon: 45,000 runners with RFID chips cross timing mats, spectators follow runners on a map")
	if strings.Contains(race[conversation.Security], "Untrusted code") {
		t.Errorf("a marathon's runners got the code sandbox:\n%s", race[conversation.Security])
	}
	_, bus := renderAll(t, "School bus tracking for 420 buses that send GPS every 5 seconds; parents get a push when the bus is 10 minutes from their stop")
	if strings.Contains(bus[conversation.Architecture], "nearby scooters") {
		t.Errorf("a school bus tracker draws the scooter share's link:\n%s", bus[conversation.Architecture])
	}
	_, ci := renderAll(t, "Design a CI build farm where runners build every commit of our monorepo")
	if !strings.Contains(ci[conversation.Security], "Untrusted code") {
		t.Errorf("a CI farm's runners lack the code sandbox:\n%s", ci[conversation.Security])
	}
}

// A small design's overview names the store it has: a crawler's Cassandra is no PostgreSQL primary.
func TestSmallOverviewNamesItsStore(t *testing.T) {
	t.Parallel()
	_, sections := renderAll(t, "a web crawler for 20,000 news sites fetched once a day")
	if o := sections[conversation.Overview]; strings.Contains(o, "PostgreSQL primary with a standby are plenty") || !strings.Contains(o, "Cassandra") {
		t.Errorf("overview claims a store the design lacks:\n%s", o)
	}
}

// A stated latency replaces the archetype's own target: one number per requirement.
func TestStatedLatencyWins(t *testing.T) {
	t.Parallel()
	_, sections := renderAll(t, "Design the home feed for a professional network with 120M daily actives; the feed must load in under 300ms")
	req := sections[conversation.Requirements]
	if !strings.Contains(req, "within 300 ms as stated") || strings.Contains(req, "< 200 ms") {
		t.Errorf("requirements state two latency targets or not the stated one:\n%s", req)
	}
}

// A part's role says nothing its design's decisions contradict: the collaboration service of a
// design that picks a CRDT does not transform operations (OT), and a leaderboard whose scores
// carry a tie-break is not added to with ZINCRBY (the tie-break would add up).
func TestPartsAgreeWithTheirDecisions(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a collaborative document editor like Google Docs: up to 100 people editing the same document at once, offline edits merge on reconnect")
	if !strings.Contains(sec[conversation.DeepDive], "a CRDT, because offline edits must merge") {
		t.Fatalf("the editor's dive no longer picks a CRDT:\n%s", sec[conversation.DeepDive])
	}
	if strings.Contains(sec[conversation.Architecture], "(OT)") {
		t.Errorf("the architecture transforms operations (OT) beside a CRDT:\n%s", sec[conversation.Architecture])
	}
	_, sec = renderAll(t, "Design a real-time gaming leaderboard with daily, weekly and all-time boards for 50 million daily players")
	all := sec[conversation.DataFlow] + sec[conversation.DeepDive]
	if !strings.Contains(all, "recomputed on each update") || strings.Contains(all, "runs ZINCRBY") || strings.Contains(all, "2^22") {
		t.Errorf("the leaderboard's tie-break adds up under ZINCRBY:\n%s", all)
	}
}

// A Redis that holds the only copy of something is watched for memory against a no-eviction
// limit, not for its hit ratio: an eviction there is data lost. A cache is watched as a cache.
func TestStoresInRedisAreWatchedAsStores(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a real-time gaming leaderboard with daily, weekly and all-time boards for 50 million daily players")
	rel := sec[conversation.Reliability]
	if !strings.Contains(rel, "Leaderboard store (boards): memory per shard against maxmemory (noeviction") {
		t.Errorf("the leaderboard's sorted sets are not watched as a store:\n%s", rel)
	}
	if !strings.Contains(rel, "Cache (users): hit ratio, evictions and memory per shard") {
		t.Errorf("the cache is no longer watched as a cache:\n%s", rel)
	}
}

// An online judge's runners are sized by the CPU its submissions take: the tests each one runs,
// or the stated limit when no tests are given, times the peak rate.
func TestJudgesAreSizedByTheirRuns(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ problem, want string }{
		{"Design an online judge for programming contests: 50,000 contestants submit code during 3-hour contests, each submission runs against 100 tests",
			"at 4.6 submissions/s and 100 tests (stated) × 0.5 s a test (assumed), the runners keep about 232 sandboxes busy at once"},
		{"Design an auto-grading service for a university's programming course: 2,000 students submit code assignments that run in sandboxes with a 10 second limit",
			"up to the stated 10 s limit a run"},
		{"Design LeetCode", "20 tests × 0.5 s a test (both assumed)"},
	} {
		_, sec := renderAll(t, tt.problem)
		if !strings.Contains(sec[conversation.CapacityID], tt.want) {
			t.Errorf("%q: capacity lacks %q:\n%s", tt.problem, tt.want, sec[conversation.CapacityID])
		}
	}
}

// A rate limiter checks every API call, so with no figures it is sized for calls, not one check
// per user a day; its counter shards are said once, by its own rule, and its expiring counters
// are watched as a cache.
func TestRateLimiterIsSizedByCalls(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a rate limiter")
	if !strings.Contains(sec[conversation.CapacityID], "1M DAU × 1,000 a day") {
		t.Errorf("the limiter is not sized by calls:\n%s", sec[conversation.CapacityID])
	}
	if s := sec[conversation.Scalability] + sec[conversation.DeepDive]; strings.Contains(s, "shards to start, laid over") || strings.Contains(s, "millions of Redis ops") {
		t.Errorf("the counter shards are counted twice, or at a rate the design does not have:\n%s", s)
	}
	if !strings.Contains(sec[conversation.Reliability], "Counter store (counters): hit ratio, evictions") {
		t.Errorf("expiring counters are watched as a store of record:\n%s", sec[conversation.Reliability])
	}
}

// People in a sale's queue read their place in it, not the seat map a hundred times each: the
// reads of a queue's burst are position polls.
func TestQueuesReadTheirPlace(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a concert ticketing system like Ticketmaster: a popular on-sale puts 2 million fans in a queue for a 60,000-seat stadium, seats must never be double sold")
	if c := sec[conversation.CapacityID]; !strings.Contains(c, "queue position poll: 6,667/s × 20 per item = 133K/s") || strings.Contains(c, "667K") {
		t.Errorf("a queue's reads are not its position polls:\n%s", c)
	}
}

// Text from another design stays out: a flag service's console sets no crawler seeds, a
// food-bank charity connects to no bank, and a primary holding next to nothing is not "1%" full.
func TestNoTextFromAnotherDesign(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a feature flag service: engineers toggle flags and percentage rollouts from a dashboard, and SDKs in hundreds of services evaluate flags locally")
	if strings.Contains(sec[conversation.Architecture], "seeds") {
		t.Errorf("a flag service's console sets seeds:\n%s", sec[conversation.Architecture])
	}
	_, sec = renderAll(t, "Design volunteer shift scheduling for a food-bank charity: 12,000 registered volunteers and around 900 shifts each week across 40 sites")
	if strings.Contains(sec[conversation.Security], "Plaid") || strings.Contains(sec[conversation.Security], "Money (bank)") {
		t.Errorf("a food-bank charity is treated as a bank:\n%s", sec[conversation.Security])
	}
	_, sec = renderAll(t, "Design a shared todo app for my family: lists, items with due dates, and reminders on our phones.")
	if s := sec[conversation.Scalability]; strings.Contains(s, " is 1% of the 2 TB") || !strings.Contains(s, "is under 1% of the 2 TB") {
		t.Errorf("a nearly empty primary is said to be 1%% full:\n%s", s)
	}
}

// Files the capacity plan counts have a part that keeps them and a flow that puts them there,
// whichever path built the design: a court's PDFs up to 200 MB, a lab's 2 TB sequencer runs, a
// survey archive's 80 GB surveys, a studio's master files up to 4 GB.
func TestCountedBlobsHaveObjectStorage(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design an e-filing system for a state court: 2.3 million filings per year, PDFs up to 200 MB, and 600 clerks review and accept or reject filings",
		"Design sample tracking for a genomics core lab: 5,000 samples arrive each week, sequencers produce 2 TB per run with 3 runs a day",
		"a seismic survey archive receives 400 surveys a month, 80 GB per survey, and geologists search them by region",
		"a dubbing studio's job tracker: 300 projects a month, producers attach master files as large as 4 GB, translators claim reels",
		// Archetypes with no blob store of their own.
		"Design an IoT platform for 1M devices that each upload a 2 MB crash dump a day",
		"Design a notification service that sends 50 million emails a day, each with a 1 MB attachment",
	} {
		g, sec := renderAll(t, s)
		if g.Capacity.BlobBytesPerMonth <= 0 {
			t.Errorf("%q: the capacity counts no blobs", s)
			continue
		}
		if !slices.ContainsFunc(g.Components, func(c conversation.Component) bool { return c.Name == "Object storage" }) {
			t.Errorf("%q: %s of blobs a month and no object storage", s, conversation.Bytes(g.Capacity.BlobBytesPerMonth))
		}
		if !strings.Contains(sec[conversation.DataFlow], "straight to Object storage") {
			t.Errorf("%q: no flow puts the files in object storage:\n%s", s, sec[conversation.DataFlow])
		}
		for _, p := range inconsistencies(g.Components, g.Capacity, sec) {
			t.Errorf("%q: %s", s, p)
		}
	}
}

// Where a capability uploads the statement's files already (attachments through the media
// service), the composed design adds no second flow for the same bytes.
func TestSizedFilesUploadedOnce(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "a grant portal where 40,000 applicants a year submit proposals, attachments as large as 50 MB")
	if flows := sec[conversation.DataFlow]; !strings.Contains(flows, "Upload media") || strings.Contains(flows, "Store the attachments") {
		t.Errorf("want the media upload flow alone:\n%s", flows)
	}
}

// A message log is sized in brokers by the bytes it writes and serves, not in app servers and
// database shards by its message count; a consumed message is its own size on the wire.
func TestMessageLogsAreSizedInBrokers(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a distributed message queue like Kafka: producers write 2 million messages per second at peak, average message 1 KB, consumers in many groups read the same topics, messages retained 7 days")
	if o := sec[conversation.Overview]; !strings.Contains(o, "about 25 brokers") || strings.Contains(o, "database shards") {
		t.Errorf("the log is not sized in brokers:\n%s", o)
	}
	if c := sec[conversation.CapacityID]; !strings.Contains(c, "6 GB/s read ÷ 1 GB/s a broker") {
		t.Errorf("consumed bytes are not the messages' own size:\n%s", c)
	}
}

// A stated stream is counted in listeners, not requests: the self-review compares an assumed
// rate only with stated rates ("+InfT× the stated viewer stream").
func TestGuessIsNotComparedWithAStream(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a music streaming service like Spotify: 100 million monthly active users, 40 million daily, an average of 90 minutes of listening per day at 160 kbps")
	if strings.Contains(sec[conversation.Tradeoffs], "Inf") {
		t.Errorf("a rate is divided by a stream's zero:\n%s", sec[conversation.Tradeoffs])
	}
}

// A feed's requirement and the capacity section agree on whether it is read-heavy.
func TestReadWriteVerdictsAgree(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a photo sharing feed: 500 million users, each posts 10 photos a day and reads about 19 a day")
	req, capa := sec[conversation.Requirements], sec[conversation.CapacityID]
	if strings.Contains(capa, "Balanced reads and writes") && strings.Contains(req, "Read-heavy") {
		t.Errorf("the requirements say read-heavy beside a balanced capacity:\n%s\n%s", req, capa)
	}
}

// A composed design's approach names the shards its capacity plan counts, not "one replicated
// PostgreSQL database" beside "36 database shards".
func TestComposedApproachNamesItsShards(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a system where 40 million anglers log catches every day and inspectors verify catches")
	if o := sec[conversation.Overview]; !strings.Contains(o, "replicated PostgreSQL database split into 36 shards") || !strings.Contains(o, "36 database shards") {
		t.Errorf("the approach and the plan disagree on shards:\n%s", o)
	}
}

// A small system's store is keyed for sharding, not sharded: "PostgreSQL sharded by event id"
// does not sit beside "one PostgreSQL primary with a standby are plenty".
func TestSmallStoresAreNotSharded(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design ticketing for a regional theatre group with 4 venues of 300 to 1,100 seats and about 25 performances each week")
	if !strings.Contains(sec[conversation.Overview], "one PostgreSQL primary with a standby are plenty") {
		t.Fatalf("the theatre is no longer small:\n%s", sec[conversation.Overview])
	}
	if a := sec[conversation.Architecture]; strings.Contains(a, "sharded by") || !strings.Contains(a, "keyed by event id (one shard to start)") {
		t.Errorf("a small system's store is sharded:\n%s", a)
	}
}

// Content is public only where someone publishes it: a driver's photo of a contaminated bin is
// evidence kept with a record; a recipe site's posts are published.
func TestEvidencePhotosAreNotPublicContent(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a bin-tracking system for a city recycling program: 180,000 households have RFID-tagged bins, 45 trucks scan each bin when it is emptied, and drivers photograph contaminated bins")
	if strings.Contains(sec[conversation.Security], "Content people publish") {
		t.Errorf("evidence photos are treated as published content:\n%s", sec[conversation.Security])
	}
	_, sec = renderAll(t, "Design a recipe sharing site where home cooks post recipes with photos")
	if !strings.Contains(sec[conversation.Security], "Content people publish") {
		t.Errorf("published recipes lost their content controls:\n%s", sec[conversation.Security])
	}
}

// The open question on the assumptions names only what they set: assumed dashboard reads of a
// telemetry pipeline whose storage comes from the stated frames set the reads, not the storage;
// an assumed paste rate sets the storage too.
func TestAssumptionsNameWhatTheySet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement     string
		storage, read bool
	}{
		{"Design a telemetry ingestion pipeline for a wind farm operator: 4,200 turbines each emit a 1.5 KB sensor frame every 2 seconds, and we must keep raw frames for 7 years.", false, true},
		{"Design Pastebin", true, true},
	}
	for _, tc := range tests {
		_, sec := renderAll(t, tc.statement)
		var q string
		for _, line := range strings.Split(sec[conversation.Tradeoffs], "\n") {
			if strings.Contains(line, "Are the assumed") {
				q = line
			}
		}
		if q == "" {
			t.Errorf("%q: no open question on the assumptions:\n%s", tc.statement, sec[conversation.Tradeoffs])
			continue
		}
		if strings.Contains(q, "of storage") != tc.storage || strings.Contains(q, "reads/s at peak") != tc.read {
			t.Errorf("%q: %s; want storage named %v, reads named %v", tc.statement, q, tc.storage, tc.read)
		}
	}
}
