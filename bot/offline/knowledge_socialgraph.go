package offline

// socialGraphFeatures is a social graph (friendships and follows, sharded by user) with "people you
// may know" suggestions. What makes it hard is the two-hop candidate set, which explodes around
// well-connected users and so is computed offline and patched online; ranking for requests that
// get accepted, not clicks; and contact-book matching, which can reveal who knows whom.
var socialGraphFeatures = []*feature{
	{
		ID: "pymk", Name: "social graph and people-you-may-know suggestions", Archetype: "social graph and friend suggestions service", Rank: 57,
		Load: &loadProfile{WritesPerUser: 1, ReadsPerUser: 4, ReadWrite: 4, RecordBytes: 200, ResponseBytes: 4000, PeakFactor: 3, Retention: 5,
			Write: "friend or follow change", Read: "suggestion list load"},
		Style: "a graph store sharded by user (each edge kept on both users' shards) behind an adjacency cache; suggestions computed by a daily offline friends-of-friends job, patched online from edge events, ranked by a model and served as top-N from a per-user precomputed list",
		CapacityNote: "The request rates above are the small part. What sizes this system is the graph and the two-hop join: at an average of 200 friends, each user's friends-of-friends are up to 200 × 200 = 40K paths before deduplication, and a user with 5,000 friends alone emits 25M. " +
			"The daily job therefore works on a snapshot, skips hub nodes and keeps the top 500 candidates per user; the suggestion store holds about 20 KB per user (500 × 40 B), so {dau} daily users × 20 KB, and the graph itself is users × average degree × 2 copies × ~50 B.",
		Functional: []string{
			"Users send, accept and cancel friend requests, follow and unfollow, and see friend lists and mutual friends",
			"A \"people you may know\" list of 20 suggestions, each with its mutual-friend count and a reason (mutual friends, in your contacts, same school or workplace)",
			"Suggestions reflect a new friendship within minutes (a new friend's friends appear right away)",
			"Optional contact-book import: phone numbers and emails are matched as keyed hashes and never stored in the clear",
			"Users dismiss a suggestion (never shown again) and block people (never suggested, never shown as a mutual friend, in either direction)",
			"Impressions, requests, acceptances and dismissals are logged to retrain the ranking model",
		},
		NonFunctional: []string{
			"Suggestion list load < 100 ms p99 (one key read plus filtering and a light re-rank)",
			"Graph writes strongly consistent on the user's own shard; the other user's copy and the suggestions follow within seconds",
			"A block takes effect on the next request on every surface, even though the precomputed lists are hours old",
			"Contact identifiers unreadable at rest (keyed HMAC with a secret held in a KMS); uploads deletable by their owner at any time",
			"Sustain {peak_write} graph changes/s and {peak_read} suggestion loads/s at peak",
		},
		OutOfScope: []string{"News feed and posts", "Messaging", "Group and page recommendations", "Ads targeting"},
		UseCases: []string{
			"A new user imports contacts and sees friends who are already members",
			"A user accepts a friend request and their new friend's friends appear in their suggestions",
			"A user opens people you may know, sends two requests and dismisses one suggestion",
			"A user blocks someone, who disappears from suggestions and mutual-friend lists for both",
		},
		Entities: []entity{
			{Name: "Friendship", Store: "graphdb", Key: "(user_id, friend_id)", Partition: "user_id — each edge is written on both users' shards", Indexes: "(user_id, state, created_at)",
				Fields: "user_id, friend_id, state (friends | request_sent | request_received), source (pymk | contacts | search | profile), created_at",
				Why:    "a user's friend list is one shard read; the copy on the other user's shard is written from an outbox, so a half-written edge is repaired"},
			{Name: "Follow", Store: "graphdb", Key: "(follower_id, followee_id)", Partition: "follower_id (following) and followee_id (followers)", Indexes: "both directions stored",
				Fields: "follower_id, followee_id, created_at",
				Why:    "one-way edges; an account with millions of followers has its followers list spread over many rows but one partition key"},
			{Name: "Block", Store: "graphdb", Key: "(user_id, other_id)", Partition: "user_id — stored on both users' shards (blocking and blocked_by)", Indexes: "-",
				Fields: "user_id, other_id, direction (blocking | blocked_by), created_at",
				Why:    "checked from either side on every suggestion and mutual-friend read, so both sides are local"},
			{Name: "Dismissal", Store: "graphdb", Key: "(user_id, candidate_id)", Partition: "user_id", Indexes: "-",
				Fields: "user_id, candidate_id, dismissed_at",
				Why:    "\"not interested\" is permanent and checked at serving time like a block"},
			{Name: "Suggestion list", Store: "pymkstore", Key: "user_id", Partition: "user_id", Indexes: "-",
				Fields: "user_id, candidates[] (candidate_id, score, mutual_count, sample_mutual_ids[3], sources), generated_at, model_version, patched_at",
				Why:    "precomputed top 500 per user (≈ 20 KB): serving is one key read; bulk-loaded daily and patched online"},
			{Name: "Uploaded contact", Store: "contactidx", Key: "(contact_hmac, uploader_id)", Partition: "contact_hmac", Indexes: "(uploader_id) for deletion",
				Fields: "contact_hmac, uploader_id, uploaded_at (no names, no raw numbers)",
				Why:    "answers both directions: whom an uploader knows now, and who had a new member's number when they sign up"},
			{Name: "Identifier owner", Store: "contactidx", Key: "contact_hmac", Partition: "contact_hmac", Indexes: "-",
				Fields: "contact_hmac, user_id, discoverable (bool)",
				Why:    "the members findable by a verified phone number or email, and only if they allow it"},
			{Name: "Suggestion impression", Store: "objstore", Key: "events/{date}/{hour}/", Partition: "date", Indexes: "-",
				Fields: "request_id, viewer_id, candidate_id, position, score, model_version, surface, ts; joined later with request_sent, accepted, dismissed",
				Why:    "append-only training data with the exact features and position the model saw"},
		},
		Components: []string{"client", "graphsvc", "graphdb", "adjcache", "pymksvc", "pymkstore", "featurestore", "fofjobs", "pymkrefresh", "contactsvc", "contactidx", "trainer", "queue", "objstore"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/pymk?limit=20&cursor=", Response: "{suggestions[]: user, mutual_count, mutual_sample[], reason}, request_id, next_cursor", Paginated: true},
			{Method: "POST", Path: "/v1/pymk/{candidate_id}/dismiss", Response: "204", Idempotent: true},
			{Method: "POST", Path: "/v1/pymk/impressions", Request: "{request_id, shown[]: candidate_id, position}", Response: "202", Idempotent: true, Note: "batched by the client as cards scroll into view"},
			{Method: "POST", Path: "/v1/friend-requests", Request: "{to_user_id, source, request_id} + Idempotency-Key", Response: "201 {request_id, state}", Idempotent: true, Note: "403 if either side blocks the other; rate limited per sender"},
			{Method: "POST", Path: "/v1/friend-requests/{id}/accept", Response: "200 {friendship}", Idempotent: true},
			{Method: "GET", Path: "/v1/users/{id}/friends?cursor=", Response: "{friends[], next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/users/{id}/mutual-friends?cursor=", Response: "{mutual[], count, next_cursor}", Paginated: true, Note: "blocked users are never listed"},
			{Method: "PUT", Path: "/v1/users/{id}/follow", Response: "204", Idempotent: true},
			{Method: "DELETE", Path: "/v1/users/{id}/follow", Response: "204", Idempotent: true},
			{Method: "PUT", Path: "/v1/users/{id}/block", Response: "204", Idempotent: true, Note: "also removes friendship, follows and pending requests both ways"},
			{Method: "POST", Path: "/v1/contacts/uploads", Request: "{hashes[] (SHA-256 of normalised E.164 numbers and emails), batch, consent_version} + Idempotency-Key", Response: "202 {matched_count}", Idempotent: true, Note: "at most 5,000 contacts per account a day"},
			{Method: "DELETE", Path: "/v1/contacts/uploads", Response: "204", Idempotent: true, Note: "deletes every uploaded hash and the suggestions derived from them"},
		},
		Screens: []screen{
			{Name: "People you may know", Shows: "cards with photo, name, mutual-friend count and reason; Add friend, Remove", Calls: []string{"GET /v1/pymk", "POST /v1/friend-requests", "POST /v1/pymk/{candidate_id}/dismiss", "POST /v1/pymk/impressions"}},
			{Name: "Friend requests", Shows: "incoming requests with mutual friends; accept or delete", Calls: []string{"POST /v1/friend-requests/{id}/accept", "GET /v1/users/{id}/mutual-friends"}},
			{Name: "Profile", Shows: "friends, mutual friends, Add friend, Follow, Block", Calls: []string{"GET /v1/users/{id}/friends", "GET /v1/users/{id}/mutual-friends", "POST /v1/friend-requests", "PUT /v1/users/{id}/follow", "DELETE /v1/users/{id}/follow", "PUT /v1/users/{id}/block"}},
			{Name: "Find friends from contacts", Shows: "consent screen, matched members, turn off and delete uploaded contacts", Calls: []string{"POST /v1/contacts/uploads", "DELETE /v1/contacts/uploads", "GET /v1/pymk"}},
		},
		Flows: []flow{
			{Name: "Accept a friend request", Steps: []string{
				"{c:graphsvc} flips the edge to friends on the accepter's shard of {c:graphdb} and writes EdgeChanged to the outbox in the same transaction.",
				"The outbox relay of {c:graphsvc} publishes it to {c:queue} keyed by user, writes the mirror edge on the requester's shard (an idempotent upsert) and deletes both users' friend lists in {c:adjcache}.",
				"{c:pymkrefresh} read the new friend's friends from {c:adjcache}, adds or bumps them as candidates in the accepter's list in {c:pymkstore} (mutual_count + 1), does the same the other way, and removes the two users from each other's lists.",
			}},
			{Name: "Serve people you may know", Steps: []string{
				"{c:pymksvc} reads the user's list from {c:pymkstore} (≈ 500 candidates, one key).",
				"It drops candidates who are now friends, have a pending request, were dismissed or are blocked in either direction, checking the user's adjacency and block set in {c:adjcache}.",
				"It re-ranks the top 100 with fresh features from {c:featurestore} (impressions already shown, candidate's recent acceptance rate, session signals), returns 20 with a request_id and logs the impression to {c:queue}, from which a sink archives impressions hourly in {c:objstore} for training.",
			}},
			{Name: "Daily candidate generation", Steps: []string{
				"{c:fofjobs} read the day's graph snapshot (from {c:graphdb} change data in {c:objstore}), joins friend lists through each middle user to count mutual friends per (user, candidate) pair, and adds contact, school and workplace candidates.",
				"They score every pair with the current model using features from {c:featurestore}, keeps the top 500 per user, and bulk-loads the lists into {c:pymkstore} under a new version; online patches made since the snapshot are replayed on top.",
			}},
			{Name: "Import contacts", Steps: []string{
				"The client normalises numbers to E.164 and emails to lower case and sends their SHA-256 hashes in batches.",
				"{c:contactsvc} re-keys each hash with HMAC-SHA-256 under a secret held in a KMS, looks the HMACs up among discoverable identifier owners in {c:contactidx}, stores the uploads and publishes ContactsMatched to {c:queue}.",
				"{c:pymkrefresh} add the matched members to the uploader's list with the reason \"in your contacts\".",
			}},
		},
		Deep: []deepDive{
			{Title: "Friends of friends: offline two-hop join, online refresh", Weight: 10, Body: "Computing two hops at request time means reading every friend's friend list: 200 friends of 200 friends is 40,000 ids to fetch and count, and users with thousands of friends or celebrities with millions of followers make it unbounded. So the candidate set is computed offline and kept fresh online.\n\n" +
				"**Offline.** {c:fofjobs} run daily on a snapshot of the edges. The join goes through the middle user: for each user m and each pair (a, b) of m's friends that are not friends themselves, emit (a, b) and (b, a); group by pair to count mutual friends.\n\n" +
				"**Hubs.** The join costs Σ degree(m)², dominated by hubs, so middle users above 5,000 edges are skipped or sampled — being followed by the same celebrity says little about knowing each other, and Adamic–Adar scoring (each mutual friend weighs 1 / log degree) discounts them anyway. Each user keeps the top 500 candidates by a cheap pre-score, which bounds output to 500 rows per user instead of tens of thousands. Existing friends, pending requests, dismissals and blocks are subtracted, and the lists are bulk-loaded under a new version in one swap.\n\n" +
				"**Online.** A daily list is most stale exactly when it matters most: right after someone adds a friend, when their new friend's friends are the best suggestions there are. {c:pymkrefresh} consume EdgeChanged: on A–B it reads B's friend list from {c:adjcache} (capped at the 1,000 closest), increments mutual_count for those already in A's list, inserts the rest with mutual_count 1, and does the same for B. At {peak_write} graph changes/s that is twice as many list patches per second (both ends of each edge), each a read-modify-write of one key in {c:pymkstore}. Unfriend and block events remove entries the same way."},
			{Title: "Ranking for accepted requests, and the feedback loop", Weight: 9, Body: "The model predicts P(request sent and accepted within 7 days | shown), not P(click). Optimising clicks fills the list with attractive strangers, who decline, and the product turns into a spam channel. Features come in three kinds. Pair features: mutual friends, Adamic–Adar, mutual friends as a share of each side's degree, contact match in one or both directions, same school, workplace or city, profile views. Candidate features: their acceptance rate of recent requests, their activity, account age. Viewer features: degree, new-user flag.\n\n" +
				"Gradient-boosted trees score all 500 candidates offline; {c:pymksvc} re-ranks the top 100 online with fresh signals. One is impression fatigue: a candidate shown 3 times without action is demoted for weeks, which needs the per-(viewer, candidate) impression counter in {c:featurestore}. Another is the session: after A accepts B, B's friends get a boost.\n\n" +
				"Every served list carries a request_id and model_version; impressions with their positions go to {c:objstore}, and {c:trainer} joins them with requests, acceptances and dismissals to make the next day's labels. Top positions are clicked because they are on top, so a small exploration slice is shuffled and used to correct position bias. Models ship behind A/B tests judged on accepted friendships per user and on declines and reports, which must not rise. Popular candidates who receive many unwanted requests are capped per day, so being suggestible never becomes a burden."},
			{Title: "Contact-book import without leaking who knows whom", Weight: 8, Body: "Phone numbers are a space of about 10^10, so a plain SHA-256 of one is reversed by brute force in minutes. The client's hash only avoids sending numbers in the clear. {c:contactsvc} immediately re-keys it with HMAC-SHA-256 under a secret held in a KMS, and only HMACs are stored in {c:contactidx}: a dump of the index without the key reveals nothing.\n\n" +
				"**Matching.** Matching works in two directions. The uploader sees members whose verified number or email matches and who allow being found that way. When someone later signs up and verifies a number, everyone who uploaded it can be told. The second direction is the sensitive one: it is how a patient gets suggested to their therapist. So contact matches suggest only the person whose number you hold to you, never you to them on that evidence alone, and the reverse direction needs another signal such as mutual friends.\n\n" +
				"**Abuse and deletion.** Uploading millions of made-up numbers to find out which belong to members is an enumeration attack. It is stopped by a cap of 5,000 contacts per account a day, by refusing batches whose numbers are sequential, by revealing nothing but profiles the member made discoverable, and by never returning which hashes matched. Uploads are opt-in, versioned by consent text, and DELETE /v1/contacts/uploads removes the uploads and every suggestion derived from them within a day, including those in the next bulk load."},
			{Title: "Serving top-N from the precomputed list, with blocks applied at read time", Weight: 7, Body: "Serving is one read of about 20 KB from {c:pymkstore}, a filter and a light re-rank: well under the 100 ms budget at {peak_read} loads/s. Because the list can be a day old, everything that must hold now is checked at read time against {c:adjcache}: friendships made since, pending requests, dismissals, and blocks in both directions. A blocked user is also removed from every mutual_sample, so they never appear as \"friend of\" either.\n\n" +
				"A new user has no list and no friends. Their first lists come from contact import, the signup email domain, school or workplace, and people who invited them, computed online on the spot. After their first few friendships the refresh workers fill the list, and the next daily run covers them."},
		},
		Caching: []string{
			"{c:adjcache}: friend and block id lists per user, read-through from {c:graphdb}, deleted on every EdgeChanged for either user, 1 h TTL as a backstop; lists of users with more than 5,000 edges are kept as the 1,000 closest only.",
			"{c:featurestore}: per-user features overwritten by the daily batch, and per-(viewer, candidate) impression counters written by a streaming job on each impression, expiring 30 days after the last one; nothing in it is a copy that needs invalidating.",
			"{c:pymkstore} is the precomputed answer itself: replaced daily by the bulk load, patched online by {c:pymkrefresh}, and filtered at read time so staleness never shows a blocked or already-added person.",
		},
		Partitioning: []string{
			"{c:graphdb} by user_id: each edge lives on both users' shards (about 20 KB per user at 200 friends: 200 edges × 2 copies × 50 B), so friend lists and block checks are single-shard reads; a celebrity's followers are one wide partition paged by cursor.",
			"{c:pymkstore} and {c:featurestore} by user_id; {c:contactidx} by contact HMAC, with the uploader index for deletion.",
		},
		Async: []string{
			"Online suggestion patches and contact matches consume EdgeChanged and ContactsMatched from {c:queue}, keyed by user so one user's changes apply in order.",
			"{c:fofjobs} and {c:trainer} run daily from {c:objstore}; a failed run leaves yesterday's lists serving, patched online.",
		},
		Reliability: []string{
			"If {c:pymkstore} is unreachable, {c:pymksvc} computes a small list online from {c:adjcache} (100 friends × their 100 closest), ranked by mutual count; suggestions get worse, never empty.",
			"Besides the serving path, alert on the age of the newest bulk load (a list older than 48 h means the daily job failed twice), refresh-worker lag behind EdgeChanged, and the share of suggested requests that are declined or lead to a block, which rises first when a model goes wrong.",
			"A half-applied friendship (one side written, the mirror not yet) is repaired by the outbox consumer; a nightly check compares both copies of every edge changed that day.",
		},
		Security: []string{
			"Friend lists and mutual friends obey each user's visibility settings on every surface; suggestions never reveal a connection the other user hid.",
			"Minors are not suggested to adults outside their existing network, and accounts of people who blocked the viewer are indistinguishable from non-existent ones.",
			"Friend requests are rate limited per sender (e.g. 50 a day), with a stricter limit for requests with no mutual friends, and senders with high decline rates lose suggestion exposure.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Daily offline two-hop join plus online patches from edge events", Rejected: "computing friends of friends at request time", Why: "40K+ ids per request and unbounded for hub users; offline with a hub cap is bounded, and the online patch covers the moment that converts best. Below about a million users the whole graph fits one database and a request-time join with a cached result is simpler"},
			{Decision: "Each edge stored on both users' shards", Rejected: "one copy per edge with a secondary index", Why: "both directions are read constantly (my friends, am I blocked); a global secondary index across shards is a scatter-gather"},
			{Decision: "Optimise for accepted requests", Rejected: "optimise click-through on suggestions", Why: "clicks reward strangers who then decline; acceptance is what grows real connections and keeps requests welcome"},
			{Decision: "Keyed HMAC of contact identifiers", Rejected: "storing plain SHA-256 hashes", Why: "the phone-number space is small enough to brute-force a plain hash; the key in the KMS makes a stolen index useless"},
			{Decision: "Relational graph shards (MySQL/Vitess) with an adjacency cache", Rejected: "a graph database (Neo4j, JanusGraph)", Why: "the online queries are one-hop lists and point checks; the two-hop work is a batch join, which a graph database does not make cheaper at this size"},
		},
		Bottlenecks: []string{
			"The daily join's shuffle, dominated by hub users: the degree cap and top-500 pruning are what keep it inside a night.",
			"Hot adjacency keys of very well-connected users, read by every refresh that touches one of their friends: served capped and replicated.",
		},
		Open: []string{
			"Friendships (mutual), follows (one-way), or both?",
			"May contact matches suggest in the reverse direction at all, and in which countries (GDPR consent for third parties' numbers)?",
			"How many suggestions per surface, and is people you may know also sent as notifications or emails?",
		},
	},
}

// socialGraphComponents are the building blocks of the social graph and suggestions archetype;
// the graph DB, feature store, training pipeline and log are the catalogue's own.
var socialGraphComponents = []compSpec{
	{ID: "graphsvc", Name: "Graph service", Kind: "service", Tech: "stateless Go service",
		Desc:  "friend requests, follows, blocks, friend lists and mutual friends; writes the user's side of an edge and its outbox event in one transaction",
		Links: []link{{"graphdb", "edges (transaction + outbox)"}, {"adjcache", "friend and block lists"}, {"queue", "EdgeChanged"}}, Aliases: []string{"graph service", "friends service"}},
	{ID: "adjcache", Name: "Adjacency cache", Kind: "cache", Tech: "Redis Cluster (friend and block id lists per user, read-through)",
		Desc: "each user's friend and block ids for one-hop reads and read-time filtering", Aliases: []string{"adjacency cache", "friend list cache"}},
	{ID: "pymksvc", Name: "Suggestion service", Kind: "service", Tech: "stateless Go service with an embedded ranking model",
		Desc:  "serves people you may know: reads the precomputed list, filters friends, requests, dismissals and blocks, re-ranks the top 100, logs impressions",
		Links: []link{{"pymkstore", "precomputed list"}, {"adjcache", "read-time filters"}, {"featurestore", "fresh features"}, {"graphdb", "dismissals"}, {"queue", "impressions"}}, Aliases: []string{"pymk", "suggestion service", "people you may know"}},
	{ID: "pymkstore", Name: "Suggestion store", Kind: "database", Tech: "Amazon DynamoDB (one item per user: top 500 scored candidates, bulk-loaded daily, patched online)",
		Desc: "the precomputed candidate list per user", Aliases: []string{"suggestion store", "candidate store", "pymk store"}},
	{ID: "fofjobs", Name: "Candidate generation jobs", Kind: "worker", Tech: "Spark batch jobs on the daily graph snapshot (Airflow-scheduled)",
		Desc:  "friends-of-friends join with a hub cap, contact, school and workplace candidates, offline scoring, bulk load of top-500 lists",
		Links: []link{{"objstore", "graph snapshots, impressions"}, {"featurestore", "pair features"}, {"pymkstore", "bulk-load lists"}}, Aliases: []string{"candidate generation", "fof job", "batch job"}},
	{ID: "pymkrefresh", Name: "Suggestion refresh workers", Kind: "worker", Tech: "Kafka consumer group keyed by user",
		Desc:  "patch suggestion lists when edges change or contacts match",
		Links: []link{{"queue", "EdgeChanged, ContactsMatched"}, {"adjcache", "new friend's friends"}, {"pymkstore", "list patches"}}, Aliases: []string{"refresh workers", "online refresh"}},
	{ID: "contactsvc", Name: "Contact import service", Kind: "service", Tech: "stateless Go service (HMAC key in a KMS)",
		Desc:  "re-keys uploaded contact hashes with a secret HMAC, matches them to discoverable members, deletes uploads on request",
		Links: []link{{"contactidx", "HMAC lookups, uploads"}, {"queue", "ContactsMatched"}}, Aliases: []string{"contact import", "contacts"}},
	{ID: "contactidx", Name: "Contact match index", Kind: "database", Tech: "Apache Cassandra, RF=3 (keyed by contact HMAC)",
		Desc: "identifier owners and uploaded contacts, as keyed hashes only", Aliases: []string{"contact index", "contact match index"}},
}

func init() {
	components = append(components, socialGraphComponents...)
	for _, c := range socialGraphComponents {
		catalog[c.ID] = c
	}
	addLinks("gateway", link{"graphsvc", "friends, follows, blocks"}, link{"pymksvc", "suggestions, impressions"}, link{"contactsvc", "contact uploads"})
}
