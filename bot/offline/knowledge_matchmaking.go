package offline

import "slices"

// matchmakingFeatures is online game matchmaking: players (alone or in parties) queue for a game
// mode, are grouped by skill and latency into balanced teams, accept a ready check, are sent to a
// game server allocated from a regional fleet, and have their ratings updated from the result.
// What makes it hard is the match loop (quality against waiting time over a pool that changes
// every second), keeping parties whole and teams fair, and having a warm server for every match at
// the evening peak.
var matchmakingFeatures = []*feature{
	{
		ID: "matchmaking", Name: "skill- and latency-based matchmaking", Archetype: "game matchmaking service", Rank: 58,
		Load: &loadProfile{WritesPerUser: 3, ReadsPerUser: 10, ReadWrite: 2, RecordBytes: 300, ResponseBytes: 1500, PeakFactor: 3, Retention: 2,
			Write: "matchmaking ticket", Read: "queue status or rating read"},
		Style: "an in-memory match loop per pool (game mode × region) fed by a ticket API, with one owner per pool, a ready check pushed over persistent connections, game servers allocated from warm regional fleets, and ratings updated asynchronously from server-reported results",
		CapacityNote: "What sizes matchmaking is not stored bytes but two in-flight populations. Tickets waiting in queue follow Little's law, arrival rate × mean wait: {peak_write} tickets/s at a 20 s mean wait keep about 20 × {peak_write} tickets in the pools, a few hundred bytes each, so memory is never the limit. " +
			"Players in game are match starts × match length: each ticket is a player entering a match of about 20 minutes, so the peak keeps about 1,200 × {peak_write} players in game, in a tenth as many 5v5 matches, and every match needs a game-server slot. That fleet, not the matchmaker, is the big cost. What is kept per ticket is its player's participation row and a share of the match, about 300 B; ratings are overwritten in place.",
		Functional: []string{
			"Players queue for a game mode alone or as a party (up to 5), and are matched with and against players of similar skill",
			"Every player in a match gets a low round-trip time to the chosen server region (measured by the client against ping beacons)",
			"Skill windows widen with time in queue, then neighbouring regions are allowed, so every ticket is eventually matched",
			"Teams are balanced to a predicted win chance near 50%; parties stay together and face parties of similar size",
			"Ready check: every matched player accepts within 10 s, or the match is cancelled and those who accepted requeue at the front",
			"A dedicated game server is allocated from the region's fleet; players get its address and a per-player join token",
			"Ratings (TrueSkill for teams, Glicko-2 for 1v1) are updated from the server's signed result after every match",
			"Players see an estimated wait, can leave the queue, and see their rank change after the match",
		},
		NonFunctional: []string{
			"Queue time at peak: p50 < 30 s and p95 < 90 s in populated pools; estimated wait within ±30%",
			"Match quality: predicted win probability 45–55% and every player's RTT to the server < 80 ms when the pool allows it",
			"A ticket is in at most one match and a game server hosts at most one match (no double matching or double allocation)",
			"Sustain {peak_write} new tickets/s at peak, summed over all regions and modes",
			"Rating change applied exactly once per (player, match), visible within seconds of the match ending",
		},
		OutOfScope: []string{"The game simulation itself (netcode, client anti-cheat)", "Voice chat", "Tournaments and brackets", "Store, cosmetics and progression"},
		UseCases: []string{
			"A solo player queues for ranked 5v5 in EU West and is matched in 20 s",
			"A party of three queues together and is matched against a team with a similar premade",
			"A matched player declines the ready check; the other nine go back to the front of the queue",
			"The match ends, the server reports the result and every player's rating changes",
		},
		Entities: []entity{
			{Name: "Player rating", Store: "ratingdb", Key: "(player_id, mode, season)", Partition: "player_id", Indexes: "-",
				Fields: "player_id, mode, season, mu, sigma (or Glicko-2 rating, RD, volatility), games_played, last_match_id, version",
				Why:    "read on every queue entry and written once per match per player with a conditional write on version, so concurrent updates cannot lose one"},
			{Name: "Matchmaking ticket", Store: "ticketpool", Key: "ticket_id", Partition: "pool = (game mode, home region); hash-tagged so a pool lives on one shard", Indexes: "sorted set per pool by rating; sorted set per pool by enqueued_at (oldest first)",
				Fields: "ticket_id, party_id, player_ids[], mode, rating (party μ, σ), rtt_ms per region, enqueued_at, state (searching | proposed | ready_check | allocated | cancelled), match_id, expires_at",
				Why:    "lives seconds to minutes and is read by the match loop every tick: in memory with a TTL; a lost ticket costs a re-queue, not data"},
			{Name: "Party", Store: "ticketpool", Key: "party_id", Partition: "party_id", Indexes: "player → party_id",
				Fields: "party_id, leader_id, member_ids[], mode, version, expires_at",
				Why:    "session state edited by invites and leaves with a version check; the leader queues the whole party as one ticket"},
			{Name: "Match", Store: "matchdb", Key: "match_id", Partition: "match_id", Indexes: "(player_id, ended_at) through Match participation",
				Fields: "match_id, mode, region, teams[][player_id], predicted_win_prob, quality, server (allocation id, ip:port), state (ready_check | allocating | in_progress | completed | aborted), started_at, ended_at, result (signed by the server)",
				Why:    "written once per match and updated a few times; read by id and by player, kept for disputes and model tuning"},
			{Name: "Match participation", Store: "matchdb", Key: "(player_id, ended_at, match_id)", Partition: "player_id", Indexes: "clustering by ended_at desc",
				Fields: "player_id, match_id, team, outcome, rating_before, rating_after, left_early",
				Why:    "a player's match history, newest first, in one partition"},
		},
		Components: []string{"client", "mmapi", "partysvc", "ws", "ticketpool", "matchfn", "allocator", "gsfleet", "qosbeacon", "ratingworker", "ratingdb", "matchdb", "queue"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/matchmaking/tickets", Request: "{mode, party_id?, rtt_ms: {region: ms}, client_version} + Idempotency-Key", Response: "202 {ticket_id, estimated_wait_s}", Idempotent: true, Note: "409 if the player or party already has a live ticket"},
			{Method: "POST", Path: "/v1/matches/{id}/ready", Request: "{accept: true | false}", Response: "204", Idempotent: true, Note: "the ready check; only the first answer per player counts"},
			{Method: "GET", Path: "/v1/regions/beacons", Response: "{regions[]: region, beacon udp address}", Note: "the client pings each beacon and reports RTTs when it queues"},
			{Method: "GET", Path: "/v1/matchmaking/tickets/{id}", Response: "{state, waited_s, skill_window, regions_allowed[], match_id?}", Note: "fallback when the WebSocket is down; normal updates are pushed"},
			{Method: "DELETE", Path: "/v1/matchmaking/tickets/{id}", Response: "204", Idempotent: true, Note: "leave the queue; a no-op once the ticket is in a match"},
			{Method: "POST", Path: "/v1/parties", Request: "{mode}", Response: "201 {party_id, invite_code}"},
			{Method: "POST", Path: "/v1/parties/{id}/members", Request: "{invite_code}", Response: "200 {party}", Idempotent: true},
			{Method: "WS", Path: "/v1/connect", Request: "auth token", Response: "frames {type: ticket_update | match_found | ready_check_result | server_ready}"},
			{Method: "GET", Path: "/v1/matches/{id}", Response: "{state, teams, server: {address, join_token}}"},
			{Method: "POST", Path: "/v1/matches/{id}/result", Request: "{placements per team, per-player stats, left_early[], signature}", Response: "202", Idempotent: true, Auth: "game-server identity (mTLS) + signed payload", Note: "match_id dedups a retried report"},
			{Method: "GET", Path: "/v1/players/{id}/ratings?mode=", Response: "{mode, rank_tier, display_rating, games_played}"},
		},
		Screens: []screen{
			{Name: "Play", Shows: "game mode picker, party slots, Find match with a timer and the estimated wait, cancel", Calls: []string{"GET /v1/regions/beacons", "POST /v1/matchmaking/tickets", "DELETE /v1/matchmaking/tickets/{id}", "GET /v1/matchmaking/tickets/{id}", "WS /v1/connect"}},
			{Name: "Party", Shows: "create a party, invite friends by code, leader picks the mode", Calls: []string{"POST /v1/parties", "POST /v1/parties/{id}/members"}},
			{Name: "Match found", Shows: "10-second accept dialog with how many of the others have accepted, then the loading screen", Calls: []string{"POST /v1/matches/{id}/ready", "GET /v1/matches/{id}"}},
			{Name: "Post-match", Shows: "result, rating change and rank tier", Calls: []string{"GET /v1/players/{id}/ratings"}},
		},
		Flows: []flow{
			{Name: "Queue", Steps: []string{
				"The client pings the UDP beacons of {c:qosbeacon} in every nearby region and sends `POST /v1/matchmaking/tickets` with the RTTs.",
				"{c:mmapi} loads each party member's rating from {c:ratingdb}, computes the party's rating (a mean skewed towards its best player, plus a premade bonus) and its home region (lowest worst-member RTT).",
				"It writes the ticket into its pool in {c:ticketpool} — the hash, the by-rating and the by-wait sorted sets in one MULTI — and returns 202 with the pool's recent p50 wait as the estimate.",
			}},
			{Name: "Match, ready check and allocation", Steps: []string{
				"The owner of the pool in {c:matchfn} runs the match loop every second: oldest ticket first, it gathers tickets whose skill windows overlap, forms balanced teams and claims them with a Lua script that moves every ticket from searching to proposed only if all still are.",
				"It writes the Match to {c:matchdb} as ready_check and pushes match_found to every player in it through {c:ws}.",
				"Each accept (`POST /v1/matches/{id}/ready`) is added by {c:mmapi} to the match's ready set in {c:ticketpool}; on its next tick the owner sees every player accepted and hands the match to {c:allocator}, which asks {c:gsfleet} in the match region for a Ready server with the match config.",
				"The owner pushes server_ready with the address and a per-player join token through {c:ws}; if anyone declines or 10 s pass, the decliners' tickets are dropped and the others return to the pool with their original enqueued_at.",
			}},
			{Name: "Result and rating update", Steps: []string{
				"The game server posts its signed result to {c:mmapi}, which marks the Match completed in {c:matchdb} and publishes MatchCompleted to {c:queue}, keyed by match_id.",
				"{c:ratingworker} compute every player's new (μ, σ) with TrueSkill from team placements and writes each with a conditional update on version in {c:ratingdb}, skipping players whose last_match_id already shows this match.",
				"They append the participation rows with rating before and after, and the client's post-match screen reads the new rating.",
			}},
		},
		Deep: []deepDive{
			{Title: "The match loop: skill windows that widen with wait", Weight: 10, Body: "Every pool is a (game mode, region) pair, and each pool has exactly one owner in {c:matchfn}: owners take a lease per pool (etcd, 5 s TTL, fencing token on every write), so no two loops can put the same ticket into two matches, and a crashed owner is replaced within seconds without losing tickets, which stay in {c:ticketpool}.\n\n" +
				"Each tick (1 s) the owner reads the pool's tickets sorted by rating and walks them oldest first. A ticket's window is ±50 rating points at entry, growing by 10 points per second waited, capped at ±400; two tickets may share a match only if each lies inside the other's window, so a newcomer cannot be dragged into a match far from its own skill. After 20 s the ticket also becomes visible to neighbouring regions whose RTT it reported under 100 ms; after 60 s, any region under 150 ms.\n\n" +
				"The widening schedule is the quality-versus-wait dial, tuned per pool from its own numbers. Little's law says a pool holds arrival rate × wait tickets, so how the {peak_write} tickets/s of the peak divide among modes and regions decides each pool's density. A dense pool matches inside the first window; a thin one (top ratings at 4 a.m., a small region) needs the full widening. p50 and p95 wait and the rating spread of formed matches are exported per pool, and the schedule is changed when p95 drifts past 90 s.\n\n" +
				"A pool of 50,000 waiting tickets sorts in a few milliseconds, so one owner per pool is enough until a pool's tick takes more than about 200 ms. Then it is split into skill bands whose edges overlap by the widest window, each band owned by one loop, with a ticket in the overlap owned by the band its rating falls in."},
			{Title: "Parties, team balance and the ready check", Weight: 9, Body: "A party is one ticket. Its rating is not the plain mean — a 3,000 player carrying two 1,000 friends would otherwise meet 1,700-rated solos — but a mean skewed towards the best member (a power mean with p ≈ 4) plus a premade bonus, because coordinated players win more than their ratings say. Premades of 4–5 are matched only against teams containing a premade of similar size.\n\n" +
				"In 1v1 (chess, fighting games) there is nothing to split: the closest pair whose windows overlap is the match. For a team mode such as 5v5 the loop first picks ten players whose windows overlap, then searches the splits: 10 choose 5 ÷ 2 = 126 of them, fewer with parties kept whole. For each split it computes TrueSkill's predicted win probability (team μ sums, σ combined) and keeps the one closest to 50% that also satisfies role constraints; if none is within 45–55% the group is rejected and the oldest ticket tries again next tick with a wider window.\n\n" +
				"The ready check is all-or-nothing: the claim moves all of the match's tickets to ready_check, the match waits 10 s for every player to accept, and POST /v1/matches/{id}/ready is idempotent, so only the first answer counts. A decline or timeout cancels the match; those who accepted return to the pool with their original enqueued_at, so they sit at the head of the oldest-first walk, and decliners get an escalating queue lock (1, 5, 30 minutes) to stop dodging. No game server is allocated before everyone accepts, so a failed ready check costs no fleet capacity."},
			{Title: "Allocating game servers from the fleet at peak", Weight: 8, Body: "{c:gsfleet} keep a buffer of warm servers in state Ready per region. Allocation is a compare-and-set on one server's state (Agones GameServerAllocation uses the Kubernetes resource version), so two matches never receive the same server. The allocation request carries the match id, the players and a config, and the server admits only clients presenting a join token for that match.\n\n" +
				"The fleet is sized from matches in progress, not requests: at {peak_write} tickets/s and 20-minute matches about 1,200 × {peak_write} players are in game at the peak, a tenth as many matches in 5v5, at 20–40 matches per VM depending on tick rate. New VMs take 60–120 s to boot and pull the server image, so the buffer must cover match starts during that time — peak match starts/s × 120 s, about 10% of the fleet — and a fleet autoscaler refills it ahead of the evening peak from yesterday's curve rather than reacting to it.\n\n" +
				"When the region has no Ready server, {c:allocator} tries the region's other clusters, then the next-best region in which every player's RTT is under 100 ms. Failing that, the match's tickets go back to the head of their pool instead of the players seeing an error. A server that crashes mid-match reports nothing: a heartbeat timeout marks the Match aborted, and ratings do not change for anyone."},
			{Title: "Rating updates: Elo, Glicko-2 or TrueSkill", Weight: 6, Body: "Elo keeps one number per player and moves it by a fixed K, so a new player needs dozens of games to reach their level and a team game has no natural update. Glicko-2 adds a rating deviation (uncertainty) and volatility: new or returning players move fast, settled ones slowly — right for 1v1 (chess, fighting games). TrueSkill models each player as a Gaussian (μ, σ), a team's performance as the sum of its players', and updates everyone from the team placement, which is why it fits 5v5 and free-for-all. The rank shown is the conservative μ − 3σ, so placement matches (high σ) show a rank that climbs as the system learns.\n\n" +
				"{c:ratingworker} apply MatchCompleted exactly once per player: a conditional write on version, and last_match_id stops a redelivered event from counting twice. Players who leave early take the loss; their teammates' loss is scaled down."},
		},
		Caching: []string{
			"{c:ticketpool} is itself the in-memory working set: tickets expire 10 minutes after their last update (a client that disappears is dropped) and parties 24 h after their last change.",
			"Ratings are read from {c:ratingdb} at queue time, not cached: they change after every match, and one read per ticket at {peak_write} tickets/s is cheap for a key-value store.",
		},
		Partitioning: []string{
			"{c:ticketpool} by pool (game mode × home region), hash-tagged so a pool's sets share a shard and the claim script runs on one node; {c:matchfn} own pools by lease.",
			"{c:ratingdb} and Match participation in {c:matchdb} by player_id; Match by match_id.",
		},
		Async: []string{
			"Rating updates and match history consume MatchCompleted from {c:queue}, keyed by match_id; a slow rating update delays the post-match screen, never the next queue entry.",
		},
		Reliability: []string{
			"If {c:ticketpool} loses a shard, its pools' tickets are gone: clients see their ticket vanish (404 on GET) and re-queue automatically with their original enqueued_at carried in the request, so the wait is not reset.",
			"The alerts that matter are per pool and per region: p95 queue time against its target, the rating spread of formed matches, the ready-check decline rate, and Ready servers left in {c:gsfleet}'s buffer. A buffer below 5% pages before queue times rise.",
			"{c:mmapi} stops accepting tickets for a pool whose loop has not ticked for 10 s and tells clients the mode is unavailable, instead of letting them wait forever.",
		},
		Security: []string{
			"The game server, not the client, reports results, over mTLS and signed; results contradicting the server's own telemetry (impossible scores, durations) are held for review before ratings change.",
			"Server addresses are revealed only after the ready check and only with a per-player join token (60 s JWT bound to match and player), so nobody can join or DDoS a match they were not put in.",
			"Smurfing and boosting: a new account's σ stays high so it climbs fast; accounts whose μ rises abnormally or who queue with much lower-rated friends are flagged.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "One owner per pool holding a lease", Rejected: "many concurrent match functions with an evaluator that resolves overlapping proposals (Open Match's model)", Why: "a single writer cannot propose the same ticket twice; the evaluator is needed only when one pool outgrows one loop, and skill bands handle that first. With a few thousand players online, one process can own every pool"},
			{Decision: "Windows that widen with wait, mutual acceptance", Rejected: "fixed skill buckets", Why: "fixed buckets strand players at bucket edges and at the top and bottom of the ladder; widening bounds the wait for everyone"},
			{Decision: "TrueSkill (μ, σ) for team modes", Rejected: "Elo", Why: "Elo has no uncertainty and no team model; σ makes placement fast and lets the balance step predict win probability"},
			{Decision: "Warm buffer of Ready servers per region", Rejected: "booting a server when a match forms", Why: "a VM boot is 60–120 s, longer than the whole queue-time target"},
			{Decision: "Ready check before allocation", Rejected: "allocating the server as soon as the match forms", Why: "a declined ready check would strand an allocated server and its buffer slot"},
		},
		Bottlenecks: []string{
			"Thin pools (high ratings, small regions, late night) cannot meet the queue-time target at any window; they need cross-region play or a merged mode.",
			"Fleet capacity at the regional evening peak: a buffer that runs out turns into queue time for matches already formed.",
		},
		Open: []string{
			"Which modes are ranked (rating updates, strict windows) and which casual (faster widening, hidden MMR)?",
			"Is cross-platform play allowed, and are controller and mouse players pooled together?",
			"Maximum party size per mode, and may premades of 5 meet solo players at all?",
		},
	},
}

// matchmakingComponents are the building blocks of the matchmaking archetype.
var matchmakingComponents = []compSpec{
	{ID: "mmapi", Name: "Matchmaking API", Kind: "service", Tech: "stateless Go service",
		Desc:  "accepts and cancels tickets, computes party ratings and home regions, collects ready-check answers, takes game-server results",
		Links: []link{{"ratingdb", "ratings at queue time"}, {"ticketpool", "tickets"}, {"matchdb", "match state"}, {"ws", "ticket updates"}, {"queue", "MatchCompleted"}}, Aliases: []string{"matchmaking api", "ticket api"}},
	{ID: "partysvc", Name: "Party service", Kind: "service", Tech: "stateless Go service",
		Desc:  "parties: create, invite, leave; the leader queues the party as one ticket",
		Links: []link{{"ticketpool", "party state"}, {"ws", "party updates"}}, Aliases: []string{"parties", "party service"}},
	{ID: "ticketpool", Name: "Ticket pool store", Kind: "cache", Tech: "Redis Cluster (hash per ticket, sorted sets per pool, Lua claim scripts), replica per shard",
		Desc: "waiting tickets per pool, sorted by rating and by wait; claims are atomic scripts", Aliases: []string{"ticket pool", "pool store", "tickets"}},
	{ID: "matchfn", Name: "Match loops", Kind: "worker", Tech: "Go workers, one owner per pool by etcd lease (fencing tokens)",
		Desc:  "every second per pool: widen windows, form balanced teams, claim tickets, start ready checks, hand accepted matches to allocation",
		Links: []link{{"ticketpool", "read pool, claim tickets"}, {"matchdb", "new matches"}, {"allocator", "accepted matches"}, {"ws", "match found, server ready"}}, Aliases: []string{"matchmaker", "match loop", "match function"}},
	{ID: "allocator", Name: "Game server allocator", Kind: "service", Tech: "Go service over Agones allocation APIs, one per region",
		Desc:  "allocates a Ready server for a match in the chosen region, falls back to the next region, returns address and join tokens",
		Links: []link{{"gsfleet", "allocate Ready server"}, {"matchdb", "server for match"}}, Aliases: []string{"allocator", "allocation"}},
	{ID: "gsfleet", Name: "Game server fleets", Kind: "service", Tech: "dedicated server processes on Agones (Kubernetes) fleets per region, with fleet autoscalers",
		Desc:  "run the matches; keep a buffer of Ready servers; report signed results",
		Links: []link{{"mmapi", "signed results, heartbeats"}}, Aliases: []string{"fleet", "game servers", "dedicated servers"}},
	{ID: "qosbeacon", Name: "Ping beacons", Kind: "edge", Tech: "UDP echo servers in every game-server region",
		Desc: "clients measure their round-trip time to each region before queueing", Aliases: []string{"beacons", "ping beacons", "qos"}},
	{ID: "ratingworker", Name: "Rating updaters", Kind: "worker", Tech: "Kafka consumer group (TrueSkill / Glicko-2 library)",
		Desc:  "apply each finished match to its players' ratings exactly once and write match history",
		Links: []link{{"queue", "MatchCompleted"}, {"ratingdb", "conditional rating writes"}, {"matchdb", "participations"}}, Aliases: []string{"rating service", "rating updater"}},
	{ID: "ratingdb", Name: "Rating store", Kind: "database", Tech: "Amazon DynamoDB (player_id partition key, conditional writes)",
		Desc: "each player's rating per mode and season", Aliases: []string{"ratings", "rating store", "mmr"}},
	{ID: "matchdb", Name: "Match history DB", Kind: "database", Tech: "Apache Cassandra, RF=3",
		Desc: "matches by id and each player's match history", Aliases: []string{"match history", "match db"}},
}

// The catalog (components.go) is built from the base lists; these join it here so this archetype
// stays in its own file. Clients also ping the beacons and play on the fleet, and the gateway
// routes ticket and party calls.
func init() {
	components = append(components, matchmakingComponents...)
	for _, c := range matchmakingComponents {
		catalog[c.ID] = c
	}
	addLinks("client", link{"qosbeacon", "UDP pings (RTT per region)"}, link{"gsfleet", "game traffic (UDP) with join token"})
	addLinks("gateway", link{"mmapi", "tickets, ready checks, ratings"}, link{"partysvc", "parties"})
}

// addLinks gives an existing catalogue block links to this file's blocks; each link is kept in a
// design only when both ends are in it.
func addLinks(id string, ls ...link) {
	c := catalog[id]
	c.Links = append(slices.Clone(c.Links), ls...)
	catalog[id] = c
	for i := range components {
		if components[i].ID == id {
			components[i] = c
		}
	}
}
