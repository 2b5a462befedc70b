package offline

// moreComponents are the building blocks of the reservation, infrastructure and product
// archetypes added after the first catalog.
var moreComponents = []compSpec{
	{ID: "console", Name: "Operator console", Kind: "client", Tech: "internal web console and CLI",
		Desc:  "operators set seeds, policies and limits and watch the system; there are no end-user apps",
		Links: []link{{"crawlctl", "seeds, policies"}, {"schedapi", "jobs"}, {"flagadmin", "edit flags"}, {"logquery", "search, tail"}}, Aliases: []string{"console", "operators"}},
	// Composed designs (a statement no archetype fits): the work such a statement leaves to the
	// system, and the notifications between its people.
	{ID: "jobworkers", Name: "Job workers", Kind: "worker", Tech: "Kafka consumer group, autoscaled on lag",
		Desc: "run the work the system does on its own (imports, builds, processing) off the request path", Links: []link{{"queue", "jobs"}, {"appdb", "results"}}},
	{ID: "notifyworker", Name: "Notification workers", Kind: "worker", Tech: "Kafka consumer group",
		Desc: "turn domain events into push and email notifications for the people they concern", Links: []link{{"queue", "domain events"}, {"pushprov", "push"}}},
	{ID: "ingestapi", Name: "Event ingestion API", Kind: "service", Tech: "stateless Go collectors behind a load balancer",
		Desc: "accepts batched events, validates them, stamps them with an id and writes them to the log", Links: []link{{"queue", "raw events"}}},

	// Reservations.
	{ID: "listingsvc", Name: "Listing service", Kind: "service", Tech: "stateless Go service",
		Desc: "listings of the bookable resources, their rules, photos and prices; publishes changes for search", Links: []link{{"appdb", "listings"}, {"cache", "listing details"}, {"queue", "listing changes"}}},
	{ID: "resvsvc", Name: "Reservation service", Kind: "service", Tech: "stateless Go service",
		Desc: "holds, confirms, modifies and cancels reservations with conditional updates of per-date inventory", Links: []link{{"availdb", "conditional inventory updates"}, {"paysvc", "charge / refund"}, {"queue", "reservation events (outbox)"}}},
	{ID: "availdb", Name: "Reservation DB", Kind: "database", Tech: "PostgreSQL sharded by listing id, synchronous standby",
		Desc: "inventory per resource and date or slot, holds and reservations", Aliases: []string{"reservation db", "inventory db", "availability db"}},

	// Places.
	{ID: "placesvc", Name: "Place service", Kind: "service", Tech: "stateless Go service",
		Desc: "nearby search and place details", Links: []link{{"placeidx", "cells near a point"}, {"cache", "results, details"}, {"appdb", "places"}}},
	{ID: "placeidx", Name: "Geospatial place index", Kind: "search", Tech: "in-memory geohash / quadtree index, replicated (or PostGIS / Elasticsearch geo_point)",
		Desc: "place ids by geohash cell for radius searches; rebuilt from the place table", Aliases: []string{"geo index", "geospatial index", "quadtree"}},

	// Key-value store and distributed cache.
	{ID: "kvnode", Name: "Storage nodes", Kind: "database", Tech: "Go nodes with an LSM-tree engine (commit log, memtable, SSTables, Bloom filters)",
		Desc: "each owns ranges of the consistent-hash ring, replicates every key to N nodes and coordinates quorum reads and writes", Aliases: []string{"storage nodes", "nodes"}},
	{ID: "ringmeta", Name: "Membership and ring metadata", Kind: "service", Tech: "gossip protocol (SWIM) with the ring configuration in etcd",
		Desc: "who is alive and which node owns which range of the hash ring", Links: []link{{"kvnode", "ring, failure detection"}, {"cachenode", "ring, failure detection"}}},
	{ID: "cachenode", Name: "Cache nodes", Kind: "cache", Tech: "in-memory Go/C nodes (slab allocator, LRU per slab), one replica each",
		Desc: "hold the hot data in RAM and evict the least recently used entries when full", Aliases: []string{"cache nodes", "cache servers"}},

	// Message queue.
	{ID: "broker", Name: "Brokers", Kind: "queue", Tech: "Go brokers: partitioned, replicated append-only logs on local disk (page cache, zero-copy reads)",
		Desc: "store each partition as segment files, replicate it to followers and serve producers and consumers by offset", Aliases: []string{"brokers", "broker"}},
	{ID: "controller", Name: "Controller quorum", Kind: "service", Tech: "Raft group of 3-5 nodes (like Kafka's KRaft)",
		Desc: "topic and partition metadata, partition leadership and in-sync replica sets", Links: []link{{"broker", "leadership, metadata"}}},

	// ID generation.
	{ID: "idsvc", Name: "ID generator nodes", Kind: "service", Tech: "stateless Go service or in-process library",
		Desc: "mint 64-bit time-ordered ids (timestamp | worker id | sequence) without talking to each other", Links: []link{{"workerreg", "lease a worker id"}}},
	{ID: "workerreg", Name: "Worker-id registry", Kind: "database", Tech: "etcd / ZooKeeper (leases)",
		Desc: "hands each generator a unique worker id under a lease so no two nodes share one"},

	// Job scheduler.
	{ID: "schedapi", Name: "Job API", Kind: "service", Tech: "stateless Go service",
		Desc: "create, update, pause and inspect jobs and their runs", Links: []link{{"jobdb", "jobs, runs"}}},
	{ID: "jobdb", Name: "Job store", Kind: "database", Tech: "PostgreSQL sharded by job id (or Cassandra with time buckets)",
		Desc: "job definitions, next-run times indexed by (shard, next_run_at), and run history", Aliases: []string{"job store", "jobs db"}},
	{ID: "scheduler", Name: "Scheduler shards", Kind: "worker", Tech: "Go scheduler processes, each owning a set of partitions under a lease",
		Desc: "find jobs whose time has come and dispatch them exactly when due", Links: []link{{"jobdb", "claim due jobs"}, {"queue", "dispatch runs"}, {"workerreg", "partition leases"}}},
	{ID: "executors", Name: "Executor workers", Kind: "worker", Tech: "autoscaled worker pool (containers)",
		Desc: "run the jobs, heartbeat while running, report the outcome", Links: []link{{"queue", "runs to execute"}, {"jobdb", "heartbeats, results"}}},

	// Logging.
	{ID: "logagent", Name: "Log shippers", Kind: "client", Tech: "Fluent Bit / Vector on every host",
		Desc: "tail log files and stdout, batch, compress and ship them, buffering to disk when the pipeline is slow", Links: []link{{"logingest", "batched log lines"}}, Aliases: []string{"agents", "shippers"}},
	{ID: "logingest", Name: "Log ingestion tier", Kind: "service", Tech: "stateless Go collectors",
		Desc: "authenticate shippers, parse and enrich lines, apply per-tenant quotas and write to the log", Links: []link{{"queue", "log events"}}},
	{ID: "logindexer", Name: "Indexers", Kind: "worker", Tech: "Kafka consumers",
		Desc: "write recent logs to the search index and compressed chunks to object storage", Links: []link{{"queue", "log events"}, {"search", "bulk index"}, {"objstore", "archive chunks"}}},
	{ID: "logquery", Name: "Log query service", Kind: "service", Tech: "stateless Go service",
		Desc: "search and tail queries across the hot index and the archive", Links: []link{{"search", "recent logs"}, {"objstore", "archived logs"}}},

	// Email.
	{ID: "mta", Name: "SMTP servers (MTA)", Kind: "edge", Tech: "Postfix-class inbound and outbound SMTP servers",
		Desc: "receive mail from the internet and deliver outgoing mail with retries, DKIM signing and per-domain rate limits", Links: []link{{"spam", "inbound mail"}, {"internet", "outbound SMTP"}}},
	{ID: "spam", Name: "Spam and malware filter", Kind: "worker", Tech: "SPF/DKIM/DMARC checks, reputation lists, ML classifier, attachment scanning",
		Desc: "classify and scan inbound mail before it reaches a mailbox", Links: []link{{"mailsvc", "accepted mail"}}},
	{ID: "mailsvc", Name: "Mailbox service", Kind: "service", Tech: "stateless Go service",
		Desc: "stores messages, labels and threads; serves the mailbox API and change sync", Links: []link{{"mailstore", "messages, labels"}, {"objstore", "bodies, attachments"}, {"queue", "mail events"}, {"mta", "send"}}},
	{ID: "mailstore", Name: "Mailbox store", Kind: "database", Tech: "Bigtable / Cassandra keyed by (user_id, message_id)",
		Desc: "message metadata, labels and threads per user", Aliases: []string{"mailbox store"}},
	{ID: "internet", Name: "Other mail servers", Kind: "external", Tech: "the internet's SMTP servers", Desc: "where mail comes from and goes to"},

	// Video calls.
	{ID: "signaling", Name: "Signaling service", Kind: "service", Tech: "Go WebSocket servers",
		Desc: "meeting join/leave, SDP offer/answer and ICE candidate exchange, participant state", Links: []link{{"sfu", "allocate a media server"}, {"cache", "meeting state"}, {"appdb", "meetings, participants"}}},
	{ID: "sfu", Name: "Media servers (SFU)", Kind: "service", Tech: "selective forwarding units (e.g. mediasoup / Janus), regional",
		Desc: "receive each participant's streams once and forward the right simulcast layer to every other participant", Aliases: []string{"sfu", "media servers"}},
	{ID: "turn", Name: "STUN/TURN servers", Kind: "edge", Tech: "coturn, anycast",
		Desc: "NAT traversal; relay media when a direct UDP path is impossible", Links: []link{{"sfu", "relayed media"}}},

	// Live streaming.
	{ID: "ingest", Name: "Ingest servers", Kind: "edge", Tech: "RTMP / SRT endpoints in every region",
		Desc: "accept the broadcaster's stream and authenticate the stream key", Links: []link{{"livetranscoder", "source stream"}, {"appdb", "stream keys, channels"}}},
	{ID: "livetranscoder", Name: "Live transcoders", Kind: "worker", Tech: "FFmpeg/GPU transcoders, one job per live channel",
		Desc: "transcode the source into an ABR ladder and package 1-2 s LL-HLS/CMAF segments", Links: []link{{"origin", "segments, playlists"}}},
	{ID: "origin", Name: "Origin / packager", Kind: "storage", Tech: "origin servers with a short in-memory segment window, recordings to S3",
		Desc: "serve the live playlists and segments to the CDN and archive the stream for replay", Links: []link{{"objstore", "recording (VOD)"}}},
	{ID: "livechat", Name: "Live chat service", Kind: "service", Tech: "Go service over pub/sub per channel",
		Desc: "chat messages for a live channel, fanned out to every viewer's connection", Links: []link{{"queue", "chat messages"}, {"cache", "recent messages"}, {"ws", "chat to viewers"}}},

	// Exchange.
	{ID: "members", Name: "Trading members", Kind: "client", Tech: "brokers' and market makers' trading systems (FIX sessions)",
		Desc: "the exchange's members; retail traders reach the exchange through them", Links: []link{{"ordergw", "orders over FIX"}, {"mdpub", "market data subscription"}}},
	{ID: "ordergw", Name: "Order gateway", Kind: "edge", Tech: "FIX / binary protocol gateways, co-location friendly",
		Desc: "authenticate members, validate and timestamp orders", Links: []link{{"risk", "new orders"}}},
	{ID: "risk", Name: "Pre-trade risk checks", Kind: "service", Tech: "in-memory Go/C++ service per member",
		Desc: "credit limits, position limits and fat-finger checks before an order reaches the book", Links: []link{{"sequencer", "accepted orders"}}},
	{ID: "sequencer", Name: "Sequencer", Kind: "service", Tech: "single-threaded sequencer writing a replicated journal",
		Desc: "gives every inbound event a global sequence number and persists it before matching", Links: []link{{"journal", "append"}, {"matcher", "sequenced orders"}}},
	{ID: "matcher", Name: "Matching engine", Kind: "service", Tech: "single-threaded in-memory engine per symbol shard (C++/Java/Go), hot standby replaying the journal",
		Desc: "keeps the order book per symbol and matches by price-time priority", Links: []link{{"mdpub", "trades, book updates"}, {"journal", "executions"}}},
	{ID: "journal", Name: "Event journal", Kind: "database", Tech: "replicated append-only log (Raft / Aeron cluster), archived to object storage",
		Desc: "every sequenced order and execution: the source of truth to replay the books from"},
	{ID: "mdpub", Name: "Market data publisher", Kind: "service", Tech: "UDP multicast feeds plus a WebSocket gateway",
		Desc: "publishes trades and order-book updates to members and the public"},
	{ID: "settlement", Name: "Clearing and settlement", Kind: "worker", Tech: "batch and streaming jobs",
		Desc: "post-trade: positions, clearing and end-of-day settlement from the journal", Links: []link{{"journal", "executions"}, {"ledgerdb", "positions, cash"}}},

	// Music.
	{ID: "catalogsvc", Name: "Catalog service", Kind: "service", Tech: "stateless Go service",
		Desc: "the catalogue (products or tracks, albums, artists): details, prices or rights, changes published for search", Links: []link{{"appdb", "catalogue"}, {"cache", "hot items"}, {"queue", "catalogue changes"}}},
	{ID: "playlistsvc", Name: "Playlist service", Kind: "service", Tech: "stateless Go service",
		Desc: "playlists, library and listening history", Links: []link{{"playlistdb", "playlists"}, {"queue", "play events"}}},
	{ID: "playlistdb", Name: "Playlist store", Kind: "database", Tech: "Apache Cassandra, RF=3",
		Desc: "playlists and libraries partitioned by user, play history by user and time"},
	{ID: "streamsvc", Name: "Playback service", Kind: "service", Tech: "stateless Go service",
		Desc: "checks rights and subscription, returns signed CDN URLs for the audio files", Links: []link{{"cache", "entitlements"}}},

	// Pastes.
	{ID: "pastesvc", Name: "Paste service", Kind: "service", Tech: "stateless Go service",
		Desc: "creates pastes (key from an id range, text to object storage) and serves them", Links: []link{{"idgen", "id range"}, {"pastemeta", "metadata"}, {"objstore", "content"}, {"cache", "hot pastes"}}},

	{ID: "pastemeta", Name: "Paste metadata store", Kind: "database", Tech: "DynamoDB (key-value, TTL on expiry)",
		Desc: "key → owner, size, language, visibility, expiry and content location", Aliases: []string{"metadata store"}},

	// Code judge.
	{ID: "submitsvc", Name: "Submission service", Kind: "service", Tech: "stateless Go service",
		Desc: "accepts code, stores it, queues a judge job and serves the verdict", Links: []link{{"appdb", "submissions, verdicts"}, {"queue", "judge jobs"}, {"objstore", "source code"}}},
	{ID: "sandbox", Name: "Sandboxed runners", Kind: "worker", Tech: "Firecracker microVMs / gVisor containers, no network, CPU and memory limits",
		Desc: "compile and run untrusted code against the test cases and report the verdict", Links: []link{{"queue", "judge jobs"}, {"objstore", "test cases"}, {"appdb", "verdicts"}}},

	// Wallet.
	{ID: "walletsvc", Name: "Wallet service", Kind: "service", Tech: "stateless Go service",
		Desc: "balances and transfers between users as balanced ledger transactions; funding and cash-out through the processor", Links: []link{{"ledgerdb", "ledger transactions"}, {"paysvc", "top-up / cash-out"}, {"risksvc", "fraud check"}, {"queue", "transfer events"}}},
	{ID: "risksvc", Name: "Fraud and risk service", Kind: "service", Tech: "rules engine + ML scoring",
		Desc: "scores each transfer (velocity, device, graph signals) and holds or blocks risky ones", Links: []link{{"cache", "velocity counters"}}},

	// Feature flags.
	{ID: "flagadmin", Name: "Flag admin service", Kind: "service", Tech: "stateless Go service",
		Desc: "create and edit flags, targeting rules and rollouts, with an audit log", Links: []link{{"appdb", "flags, audit"}, {"queue", "flag changes"}}},
	{ID: "flagedge", Name: "Flag delivery", Kind: "edge", Tech: "streaming (SSE) servers and a CDN-cached snapshot",
		Desc: "push rule-set changes to SDKs within seconds; SDKs evaluate locally", Links: []link{{"queue", "flag changes"}, {"objstore", "snapshots"}}},

	// Recommendations.
	{ID: "recsvc", Name: "Recommendation service", Kind: "service", Tech: "stateless Go service",
		Desc: "candidate generation (precomputed and nearest-neighbour lookups), ranking with a model, business filters", Links: []link{{"featurestore", "user and item features"}, {"vectoridx", "similar items"}, {"cache", "precomputed recommendations"}}},
	{ID: "featurestore", Name: "Feature store", Kind: "cache", Tech: "Redis / DynamoDB online store fed by batch and streaming jobs",
		Desc: "fresh user and item features for ranking"},
	{ID: "vectoridx", Name: "Vector index", Kind: "search", Tech: "approximate nearest neighbour index (HNSW, e.g. FAISS / OpenSearch k-NN)",
		Desc: "item embeddings for similar-item candidate generation"},
	{ID: "trainer", Name: "Training pipeline", Kind: "worker", Tech: "Spark + GPU training jobs, daily",
		Desc: "builds embeddings and ranking models from interaction logs, writes features and precomputed lists", Links: []link{{"objstore", "interaction logs, models"}, {"featurestore", "features"}, {"vectoridx", "embeddings"}}},

	// Maps and routing.
	{ID: "routesvc", Name: "Routing service", Kind: "service", Tech: "Go/C++ servers holding the regional road graph (contraction hierarchies) in memory",
		Desc: "shortest paths with live edge weights, turn-by-turn steps and ETAs", Links: []link{{"cache", "live segment speeds"}, {"objstore", "load graph builds"}}},
	{ID: "trafficsvc", Name: "Traffic pipeline", Kind: "worker", Tech: "Flink jobs",
		Desc: "map-match GPS probes to road segments and compute live speeds", Links: []link{{"queue", "GPS probes"}, {"cache", "segment speeds"}}},

	// Dating.
	{ID: "decksvc", Name: "Deck service", Kind: "service", Tech: "stateless Go service",
		Desc: "builds each user's deck of candidates: geo and preference filter, remove already-swiped, rank", Links: []link{{"search", "candidates near me"}, {"cache", "precomputed decks, swiped-id filters"}}},
	{ID: "swipesvc", Name: "Swipe service", Kind: "service", Tech: "stateless Go service",
		Desc: "records swipes and detects mutual likes", Links: []link{{"swipestore", "swipes"}, {"appdb", "matches"}, {"queue", "MatchCreated"}}},
	{ID: "swipestore", Name: "Swipe store", Kind: "database", Tech: "Apache Cassandra, RF=3",
		Desc: "every swipe, partitioned by swiper, with a reverse table for likes received"},

	// IoT.
	{ID: "devices", Name: "Devices", Kind: "client", Tech: "embedded devices with an MQTT client and X.509 certificates",
		Desc: "send telemetry, receive commands and firmware updates", Links: []link{{"mqtt", "MQTT over TLS"}}},
	{ID: "mqtt", Name: "Device gateway (MQTT brokers)", Kind: "edge", Tech: "clustered MQTT brokers (EMQX / AWS IoT Core)",
		Desc: "hold millions of device connections, authenticate devices, bridge telemetry into the log and commands back out", Links: []link{{"queue", "telemetry"}, {"registry", "device auth"}}},
	{ID: "registry", Name: "Device registry", Kind: "service", Tech: "stateless Go service",
		Desc: "device identities, certificates, desired and reported state (device shadow), firmware rollouts", Links: []link{{"appdb", "devices, shadows"}}},
}
