package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// compSpec is a catalog entry: a building block with its default technology, what it does, and
// the blocks it calls (kept only when both ends are in a design).
type compSpec struct {
	ID, Name, Kind, Tech, Desc string
	Links                      []link
	// From are links into this block from others (link.To names the caller), so a block added in
	// a domain's own file can be reached from shared ones (the gateway) without editing them.
	From []link
	// Aliases are words a user may call it by in a follow-up ("cdn", "cache", "search").
	Aliases []string
}

type link struct{ To, Flow string }

var kindOrder = map[string]int{"client": 0, "edge": 1, "service": 2, "worker": 3, "queue": 4, "cache": 5, "database": 6, "search": 7, "storage": 8, "external": 9}

var catalog = map[string]compSpec{}

func init() {
	for _, c := range components {
		catalog[c.ID] = c
	}
}

// components is the whole catalog: the blocks below plus those of the later archetypes
// (components_more.go).
var components = slices.Concat(baseComponents, moreComponents, securityComponents, domainComponents)

var baseComponents = []compSpec{
	{ID: "client", Name: "Clients", Kind: "client", Tech: "iOS, Android and web apps",
		Desc:  "the apps people use; they keep a local cache and retry with idempotency keys",
		Links: []link{{"geodns", "DNS: nearest region"}, {"cdn", "static assets, media"}, {"waitingroom", "queue token"}, {"gateway", "HTTPS/JSON API"}, {"ws", "WebSocket (real-time events)"}, {"syncnotify", "long poll for changes"}, {"blocksvc", "block upload/download"}}},
	{ID: "callers", Name: "Calling services", Kind: "client", Tech: "internal services over gRPC/HTTPS",
		Desc: "other teams' services that call this platform", Links: []link{{"gateway", "authenticated API calls"}, {"kvnode", "get/put via the client library"}, {"cachenode", "get/set via the client library"}, {"idsvc", "next id"}, {"broker", "produce, consume"}, {"schedapi", "submit jobs"}, {"flagedge", "flag snapshots"}}, Aliases: []string{"callers"}},
	{ID: "agent", Name: "Host agents", Kind: "client", Tech: "Go agent on every host",
		Desc:  "collect metrics locally, batch and compress them, buffer to disk when the collectors are unreachable",
		Links: []link{{"collector", "batched metric points (push)"}}, Aliases: []string{"agent", "agents"}},
	{ID: "cdn", Name: "CDN", Kind: "edge", Tech: "CloudFront / Fastly",
		Desc: "serves static and media content from edge locations close to users and shields the origin", Links: []link{{"objstore", "cache miss: origin fetch"}},
		Aliases: []string{"cdn", "content delivery network", "edge cache"}},
	{ID: "waitingroom", Name: "Virtual waiting room", Kind: "edge", Tech: "edge worker issuing signed queue tokens",
		Desc: "admits users from a FIFO virtual queue at the rate the purchase path can take, so a sale-opening spike never reaches the databases", Links: []link{{"gateway", "admitted requests"}},
		Aliases: []string{"waiting room", "virtual queue"}},
	{ID: "geodns", Name: "Global traffic manager", Kind: "edge", Tech: "GeoDNS / anycast with health checks (e.g. Route 53 latency routing)",
		Desc: "routes each user to the nearest healthy region", Links: []link{{"gateway", "nearest healthy region"}}, Aliases: []string{"geodns", "global load balancer", "traffic manager"}},
	{ID: "gateway", Name: "API gateway", Kind: "edge", Tech: "Envoy behind an L4 load balancer",
		Desc:    "TLS termination, authentication, routing, request rate limiting",
		Links:   []link{{"rlmw", "check limit"}, {"usersvc", "auth, profiles"}, {"chatsvc", "history, groups"}, {"groupsvc", "group admin"}, {"postsvc", "create post"}, {"feedsvc", "read timeline"}, {"mediasvc", "upload URL"}, {"searchsvc", "search"}, {"engagesvc", "likes, comments"}, {"videosvc", "video metadata"}, {"tripsvc", "ride requests"}, {"locsvc", "location updates"}, {"ordersvc", "orders"}, {"cartsvc", "cart"}, {"paysvc", "payments"}, {"restsvc", "menus"}, {"bookingsvc", "holds, bookings"}, {"eventsvc", "events, seat maps"}, {"shortsvc", "create link"}, {"redirectsvc", "GET /{code}"}, {"notifapi", "send requests"}, {"prefsvc", "preferences"}, {"querysvc", "dashboard queries"}, {"alertsvc", "alert rules"}, {"rulessvc", "limit rules"}, {"backends", "allowed requests"}, {"docsvc", "documents, ACLs"}, {"metasvc", "file metadata"}, {"scoresvc", "match results"}, {"lbsvc", "ranks"}, {"suggestsvc", "prefix queries"}, {"appsvc", "API calls"}, {"crawlctl", "seeds, policies"}, {"routesvc", "routes"}, {"decksvc", "deck"}, {"swipesvc", "swipes"}, {"listingsvc", "listings"}, {"resvsvc", "holds, reservations"}, {"placesvc", "nearby search"}, {"signaling", "meeting signaling (WebSocket)"}, {"livechat", "chat"}, {"mailsvc", "mailbox API"}, {"catalogsvc", "catalogue"}, {"playlistsvc", "playlists"}, {"streamsvc", "playback URLs"}, {"submitsvc", "submissions"}, {"walletsvc", "transfers"}, {"recsvc", "recommendations"}, {"ingestapi", "events"}, {"registry", "device admin"}, {"pastesvc", "pastes"}, {"logquery", "log search"}, {"keysvc", "key bundles"}},
		Aliases: []string{"gateway", "load balancer", "api gateway", "lb"}},
	{ID: "ws", Name: "WebSocket gateway", Kind: "service", Tech: "Go connection servers (epoll), one persistent connection per device",
		Desc:    "holds the persistent connections and pushes events the moment they happen",
		Links:   []link{{"chatsvc", "send/ack"}, {"presencesvc", "heartbeats"}, {"collabsvc", "operations, cursors"}, {"tripsvc", "trip events"}, {"locsvc", "GPS stream"}, {"lbsvc", "rank updates"}},
		Aliases: []string{"websocket", "websockets", "connection servers"}},
	{ID: "appsvc", Name: "Application service", Kind: "service", Tech: "stateless Go services",
		Desc: "the domain logic behind the API", Links: []link{{"cache", "cache-aside reads"}, {"appdb", "reads/writes"}, {"queue", "domain events"}, {"objstore", "pre-signed upload URLs"}, {"ws", "changes to push"}}},
	{ID: "usersvc", Name: "User service", Kind: "service", Tech: "stateless Go service",
		Desc: "accounts, profiles, sessions and tokens", Links: []link{{"userdb", "accounts"}, {"cache", "sessions, profiles"}}},

	// Messaging.
	{ID: "chatsvc", Name: "Chat service", Kind: "service", Tech: "stateless Go service",
		Desc:  "assigns per-conversation sequence numbers, persists messages, routes them to the recipients' connections",
		Links: []link{{"msgstore", "append message"}, {"queue", "message events"}, {"groupsvc", "members"}, {"presencesvc", "who is online"}, {"cache", "connection registry"}}},
	{ID: "groupsvc", Name: "Group service", Kind: "service", Tech: "stateless Go service",
		Desc: "group membership and roles", Links: []link{{"groupdb", "memberships"}, {"cache", "member lists"}}},
	{ID: "presencesvc", Name: "Presence service", Kind: "service", Tech: "stateless Go service",
		Desc: "turns heartbeats into online/last-seen status and publishes changes to subscribed contacts", Links: []link{{"presencestore", "heartbeat TTL keys"}}},
	{ID: "delivery", Name: "Delivery workers", Kind: "worker", Tech: "Kafka consumer group",
		Desc:  "deliver each message to every recipient device: over its WebSocket if online, else to the offline inbox and a push notification",
		Links: []link{{"ws", "deliver to online devices"}, {"notifsvc", "offline recipients"}}},
	{ID: "notifsvc", Name: "Notification service", Kind: "service", Tech: "stateless Go service",
		Desc: "sends push notifications to devices that are not connected, collapsing bursts", Links: []link{{"pushprov", "APNs/FCM push"}}},
	{ID: "msgstore", Name: "Message store", Kind: "database", Tech: "Apache Cassandra (wide-column), RF=3",
		Desc: "append-heavy message history partitioned by conversation id, clustered by sequence number", Aliases: []string{"message store", "messages db"}},
	{ID: "groupdb", Name: "Group DB", Kind: "database", Tech: "PostgreSQL (primary + replicas)",
		Desc: "groups and memberships: small, relational, read-mostly"},
	{ID: "presencestore", Name: "Presence store", Kind: "cache", Tech: "Redis Cluster (keys with 60 s TTL)",
		Desc: "online status and last-seen timestamps; ephemeral by design", Aliases: []string{"presence store"}},

	// Feeds and media.
	{ID: "postsvc", Name: "Post service", Kind: "service", Tech: "stateless Go service",
		Desc: "creates posts and publishes a PostCreated event", Links: []link{{"poststore", "write post"}, {"queue", "PostCreated"}, {"cache", "hot posts"}}},
	{ID: "fanout", Name: "Fan-out workers", Kind: "worker", Tech: "Kafka consumer group",
		Desc: "push a new post's id into followers' timelines (fan-out on write), skipping accounts with huge follower counts", Links: []link{{"graphdb", "followers"}, {"feedcache", "push post ids"}}},
	{ID: "feedsvc", Name: "Feed service", Kind: "service", Tech: "stateless Go service",
		Desc: "reads a timeline of post ids, merges in posts of celebrities the user follows, hydrates posts", Links: []link{{"feedcache", "timeline ids"}, {"poststore", "hydrate posts"}, {"cache", "post objects"}, {"graphdb", "followed celebrities"}}},
	{ID: "feedcache", Name: "Timeline cache", Kind: "cache", Tech: "Redis Cluster (lists of the latest 800 post ids per user)",
		Desc: "precomputed home timelines so a feed read is one key lookup", Aliases: []string{"timeline cache", "feed cache"}},
	{ID: "poststore", Name: "Post store", Kind: "database", Tech: "Apache Cassandra, RF=3",
		Desc: "posts partitioned by author id, clustered by time", Aliases: []string{"post store", "posts"}},
	{ID: "graphdb", Name: "Social graph DB", Kind: "database", Tech: "MySQL sharded by user id (Vitess)",
		Desc: "follow edges stored twice (followers and following) so both directions are one partition read", Aliases: []string{"graph", "social graph"}},
	{ID: "engagesvc", Name: "Engagement service", Kind: "service", Tech: "stateless Go service",
		Desc: "likes and comments; like counts kept as sharded counters", Links: []link{{"engagedb", "comments, likes"}, {"cache", "counters"}}},
	{ID: "engagedb", Name: "Engagement DB", Kind: "database", Tech: "Apache Cassandra, RF=3",
		Desc: "comments and likes partitioned by the item they belong to"},
	{ID: "mediasvc", Name: "Media service", Kind: "service", Tech: "stateless Go service",
		Desc: "issues pre-signed multipart upload URLs and records media metadata", Links: []link{{"objstore", "pre-signed upload"}, {"queue", "MediaUploaded"}}},
	{ID: "imgworker", Name: "Image processing workers", Kind: "worker", Tech: "libvips workers on a job queue",
		Desc: "generate thumbnails and resized variants, strip EXIF location data", Links: []link{{"objstore", "read original, write variants"}}},
	{ID: "videosvc", Name: "Video service", Kind: "service", Tech: "stateless Go service",
		Desc: "video metadata, upload sessions and playback manifests", Links: []link{{"videodb", "metadata"}, {"cache", "hot metadata"}, {"objstore", "pre-signed chunk upload"}, {"queue", "VideoUploaded"}}},
	{ID: "transcoder", Name: "Transcoding workers", Kind: "worker", Tech: "FFmpeg on autoscaled (spot) instances, one DAG per video",
		Desc: "split the upload into segments, encode every rendition in parallel, write HLS/DASH segments and manifests", Links: []link{{"objstore", "segments, manifests"}, {"videodb", "status: ready"}}},
	{ID: "videodb", Name: "Video metadata DB", Kind: "database", Tech: "MySQL sharded by video id (Vitess), replicas per shard",
		Desc: "titles, owners, renditions, upload state and counters"},

	// Search.
	{ID: "searchsvc", Name: "Search service", Kind: "service", Tech: "stateless Go service",
		Desc: "parses queries, filters by permissions and ranks results", Links: []link{{"search", "query"}}},
	{ID: "indexer", Name: "Indexer", Kind: "worker", Tech: "Kafka consumer → bulk index API",
		Desc: "keeps the search index in step with the source of truth from change events", Links: []link{{"search", "bulk index"}}},
	{ID: "search", Name: "Search index", Kind: "search", Tech: "Elasticsearch / OpenSearch (inverted index, sharded, 1 replica)",
		Desc: "full-text search over titles and descriptions", Aliases: []string{"search", "elasticsearch", "search index"}},

	// Geo and dispatch.
	{ID: "locsvc", Name: "Location service", Kind: "service", Tech: "stateless Go service",
		Desc: "ingests GPS updates, updates the geo index, appends to the location stream", Links: []link{{"geoindex", "update position"}, {"queue", "location stream"}}},
	{ID: "geoindex", Name: "Geo index", Kind: "cache", Tech: "Redis Cluster with GEO commands (geohash cells), sharded by region",
		Desc: "latest position of every active driver or courier, searchable by radius", Aliases: []string{"geo index", "geospatial index", "location index"}},
	{ID: "matchsvc", Name: "Matching service", Kind: "service", Tech: "stateless Go service, partitioned by city",
		Desc: "finds nearby available drivers, ranks them by ETA and offers the job (dispatch)", Links: []link{{"geoindex", "nearby search"}, {"maps", "ETA"}, {"cache", "offer locks"}}},
	{ID: "tripsvc", Name: "Trip service", Kind: "service", Tech: "stateless Go service",
		Desc: "the trip state machine: requested → matched → picked up → completed", Links: []link{{"matchsvc", "find driver"}, {"pricingsvc", "fare quote"}, {"tripdb", "trip state"}, {"queue", "trip events"}, {"paysvc", "charge at trip end"}}},
	{ID: "pricingsvc", Name: "Pricing service", Kind: "service", Tech: "stateless Go service",
		Desc: "fare quotes and surge multipliers per geo cell from live supply and demand", Links: []link{{"cache", "surge per cell"}, {"maps", "route distance"}}},
	{ID: "tripdb", Name: "Trip DB", Kind: "database", Tech: "PostgreSQL sharded by city, primary + synchronous replica",
		Desc: "trips and their state transitions"},
	{ID: "maps", Name: "Maps & routing provider", Kind: "external", Tech: "Google Maps Platform / self-hosted OSRM",
		Desc: "road-network routing and ETA"},

	// Commerce and payments.
	{ID: "cartsvc", Name: "Cart service", Kind: "service", Tech: "stateless Go service",
		Desc: "carts keyed by customer", Links: []link{{"cartstore", "cart items"}}},
	{ID: "cartstore", Name: "Cart store", Kind: "database", Tech: "DynamoDB (key-value, per-customer item)",
		Desc: "durable carts, high write rate, no joins needed"},
	{ID: "restsvc", Name: "Restaurant & menu service", Kind: "service", Tech: "stateless Go service",
		Desc: "restaurants, menus, opening hours and availability", Links: []link{{"appdb", "menus"}, {"cache", "menus"}, {"queue", "menu changes"}}},
	{ID: "ordersvc", Name: "Order service", Kind: "service", Tech: "stateless Go service",
		Desc:  "the order state machine and the saga that reserves stock, charges, and confirms (or compensates)",
		Links: []link{{"orderdb", "orders + outbox (one transaction)"}, {"inventorysvc", "reserve/release"}, {"paysvc", "authorize/capture"}, {"queue", "order events (outbox)"}, {"matchsvc", "assign courier"}}},
	{ID: "orderdb", Name: "Order DB", Kind: "database", Tech: "PostgreSQL sharded by customer id, synchronous replica",
		Desc: "orders, order lines and the transactional outbox", Aliases: []string{"order db", "orders"}},
	{ID: "inventorysvc", Name: "Inventory service", Kind: "service", Tech: "stateless Go service",
		Desc: "reserves stock with expiring reservations and commits them on payment", Links: []link{{"inventorydb", "conditional decrement"}}},
	{ID: "inventorydb", Name: "Inventory DB", Kind: "database", Tech: "PostgreSQL sharded by SKU, synchronous replica",
		Desc: "stock levels and reservations"},
	{ID: "paysvc", Name: "Payment service", Kind: "service", Tech: "stateless Go service",
		Desc: "payment intents with idempotency keys, calls the payment processor, writes the double-entry ledger", Links: []link{{"ledgerdb", "intents + ledger entries"}, {"psp", "authorize/capture/refund"}, {"queue", "payment events"}}},
	{ID: "ledgerdb", Name: "Payment ledger DB", Kind: "database", Tech: "PostgreSQL (ACID, serializable), synchronous replica",
		Desc: "payment intents and an append-only double-entry ledger", Aliases: []string{"ledger"}},
	{ID: "psp", Name: "Payment processor (PSP)", Kind: "external", Tech: "Stripe / Adyen",
		Desc: "card networks, 3-D Secure and settlement; we never store card numbers"},
	{ID: "reconciler", Name: "Reconciliation job", Kind: "worker", Tech: "scheduled batch job",
		Desc: "matches our ledger against the processor's settlement reports daily and resolves stuck intents hourly", Links: []link{{"ledgerdb", "ledger"}, {"psp", "settlement reports"}}},

	// Booking.
	{ID: "eventsvc", Name: "Event catalog service", Kind: "service", Tech: "stateless Go service",
		Desc: "events, venues and seat maps; read-mostly and cached", Links: []link{{"bookingdb", "events, seats"}, {"cache", "seat availability"}}},
	{ID: "bookingsvc", Name: "Booking service", Kind: "service", Tech: "stateless Go service",
		Desc: "holds seats, confirms bookings after payment, releases expired holds", Links: []link{{"holdstore", "SET NX hold, 10 min TTL"}, {"bookingdb", "conditional seat update"}, {"paysvc", "charge"}, {"queue", "booking events"}}},
	{ID: "holdstore", Name: "Seat hold store", Kind: "cache", Tech: "Redis Cluster (SET NX with TTL)",
		Desc: "fast, expiring seat holds in front of the database's authoritative seat state"},
	{ID: "bookingdb", Name: "Booking DB", Kind: "database", Tech: "PostgreSQL sharded by event id, synchronous replica",
		Desc: "seats, holds and bookings with a unique constraint per seat", Aliases: []string{"booking db", "bookings"}},

	// URL shortening.
	{ID: "shortsvc", Name: "Shortener service", Kind: "service", Tech: "stateless Go service",
		Desc: "creates short codes from a unique id (base62) or a custom alias", Links: []link{{"idgen", "id range"}, {"linkstore", "put if absent"}}},
	{ID: "idgen", Name: "ID range allocator", Kind: "service", Tech: "etcd-backed counter handing out ranges of 1M ids",
		Desc: "unique ids without coordination per request"},
	{ID: "redirectsvc", Name: "Redirect service", Kind: "service", Tech: "stateless Go service",
		Desc: "resolves a code to its URL and answers 301/302; logs the click asynchronously", Links: []link{{"cache", "code → URL"}, {"linkstore", "cache miss"}, {"queue", "click events"}}},
	{ID: "linkstore", Name: "Link store", Kind: "database", Tech: "DynamoDB (key-value, global tables)",
		Desc: "code → long URL, owner, expiry; single-key reads and writes only", Aliases: []string{"link store", "links"}},

	// Metrics.
	{ID: "collector", Name: "Ingestion collectors", Kind: "service", Tech: "stateless Go collectors",
		Desc: "authenticate agents, validate and shard points by series, write them to the log", Links: []link{{"queue", "points by series hash"}}},
	{ID: "tsdbwriter", Name: "TSDB writers", Kind: "worker", Tech: "Kafka consumer group",
		Desc: "consume points and write compressed blocks to the time-series DB", Links: []link{{"tsdb", "write blocks"}}},
	{ID: "rollup", Name: "Rollup workers", Kind: "worker", Tech: "Flink jobs",
		Desc: "downsample raw points into 1-minute and 1-hour rollups, move old blocks to cold storage", Links: []link{{"tsdb", "rollups"}, {"objstore", "cold blocks"}}},
	{ID: "tsdb", Name: "Time-series DB", Kind: "database", Tech: "M3DB / VictoriaMetrics cluster (Gorilla-style compression), RF=3",
		Desc: "recent raw and rolled-up series, sharded by series id", Aliases: []string{"tsdb", "time series db", "time-series db"}},
	{ID: "querysvc", Name: "Query service", Kind: "service", Tech: "stateless Go service",
		Desc: "dashboard queries: picks the resolution by time range, fans queries to shards, caches results", Links: []link{{"tsdb", "range queries"}, {"olap", "rollup queries"}, {"objstore", "cold range reads"}, {"cache", "query results"}}},
	{ID: "alertsvc", Name: "Alert evaluator", Kind: "worker", Tech: "sharded rule evaluators reading the stream",
		Desc: "evaluate alert rules every 15-30 s on the live stream and notify on state changes", Links: []link{{"queue", "live points"}, {"appdb", "rules, alert state"}, {"alertchan", "notifications"}}},
	{ID: "alertchan", Name: "Alert channels", Kind: "external", Tech: "PagerDuty, Slack, email",
		Desc: "where firing alerts go"},

	// Rate limiting.
	{ID: "rlmw", Name: "Rate-limit middleware", Kind: "service", Tech: "in-process library in every gateway node",
		Desc: "checks each request against its limits: local token buckets, synchronised with the shared counters", Links: []link{{"rlstore", "atomic Lua check"}, {"rulessvc", "rule updates"}}},
	{ID: "rlstore", Name: "Counter store", Kind: "cache", Tech: "Redis Cluster (Lua scripts, keys with TTL)",
		Desc: "shared counters per user and per IP, sharded by key", Aliases: []string{"counter store", "counters"}},
	{ID: "rulessvc", Name: "Rules service", Kind: "service", Tech: "stateless Go service",
		Desc: "stores limit rules and pushes them to gateways", Links: []link{{"appdb", "rules"}}},
	{ID: "backends", Name: "Backend services", Kind: "service", Tech: "existing APIs",
		Desc: "the protected services; they only see requests within limits"},

	// Collaboration.
	{ID: "collabsvc", Name: "Collaboration service", Kind: "service", Tech: "stateful Go servers, one owner per open document (consistent hashing)",
		Desc: "orders operations per document, transforms concurrent ones (OT), broadcasts them and cursors to editors", Links: []link{{"oplog", "append operation"}, {"presencestore", "cursors, who is here"}, {"queue", "document events"}}},
	{ID: "docsvc", Name: "Document service", Kind: "service", Tech: "stateless Go service",
		Desc: "document metadata, sharing and permissions, version history", Links: []link{{"docdb", "metadata, ACLs"}, {"objstore", "snapshots"}, {"oplog", "revisions"}}},
	{ID: "snapshotter", Name: "Snapshot workers", Kind: "worker", Tech: "Kafka consumers",
		Desc: "fold the operation log into periodic snapshots for fast loads and version history", Links: []link{{"oplog", "read operations"}, {"objstore", "write snapshot"}}},
	{ID: "oplog", Name: "Operation log", Kind: "database", Tech: "Apache Cassandra, partitioned by document id, clustered by revision",
		Desc: "append-only log of every operation: the source of truth for a document"},
	{ID: "docdb", Name: "Document metadata DB", Kind: "database", Tech: "PostgreSQL (primary + replicas)",
		Desc: "documents, owners, sharing and access control lists"},

	// File sync.
	{ID: "metasvc", Name: "Metadata service", Kind: "service", Tech: "stateless Go service",
		Desc: "file tree, versions, block lists, sharing; commits a new version only when all its blocks exist", Links: []link{{"metadb", "files, versions, journal"}, {"cache", "hot metadata"}, {"queue", "change events"}}},
	{ID: "blocksvc", Name: "Block service", Kind: "service", Tech: "stateless Go service",
		Desc: "uploads and downloads 4 MB content-addressed blocks; skips blocks the store already has", Links: []link{{"objstore", "blocks by SHA-256"}, {"metasvc", "block exists?"}}},
	{ID: "syncnotify", Name: "Sync notification service", Kind: "service", Tech: "long-poll / WebSocket servers",
		Desc: "tells a user's other devices that their namespace changed", Links: []link{{"queue", "change events"}}},
	{ID: "metadb", Name: "File metadata DB", Kind: "database", Tech: "MySQL sharded by namespace (Vitess), semi-sync replicas",
		Desc: "files, versions, block lists, per-namespace change journal, shares"},

	// Leaderboards.
	{ID: "scoresvc", Name: "Score service", Kind: "service", Tech: "stateless Go service",
		Desc: "accepts signed match results, validates them (anti-cheat), records and publishes scores", Links: []link{{"scoredb", "score history"}, {"queue", "ScoreSubmitted"}}},
	{ID: "lbworker", Name: "Leaderboard updaters", Kind: "worker", Tech: "Kafka consumers",
		Desc: "apply score events to the daily, weekly and all-time sorted sets", Links: []link{{"lbstore", "ZADD / ZINCRBY"}}},
	{ID: "lbsvc", Name: "Leaderboard service", Kind: "service", Tech: "stateless Go service",
		Desc: "top-N and own rank queries, friends boards", Links: []link{{"lbstore", "ZREVRANGE / ZREVRANK"}, {"cache", "top-100 snapshot"}}},
	{ID: "lbstore", Name: "Leaderboard store", Kind: "cache", Tech: "Redis Cluster sorted sets (ZSET), AOF + replicas",
		Desc: "one sorted set per board and period; rank in O(log n)", Aliases: []string{"sorted set", "leaderboard store"}},
	{ID: "scoredb", Name: "Score history DB", Kind: "database", Tech: "Apache Cassandra, RF=3",
		Desc: "every accepted score: the durable source to rebuild boards from"},

	// Typeahead.
	{ID: "suggestsvc", Name: "Suggestion service", Kind: "service", Tech: "Go servers holding tries in memory, sharded by prefix",
		Desc: "answers a prefix with its precomputed top-10 completions", Links: []link{{"cache", "hot prefixes"}, {"objstore", "load trie snapshot"}}},
	{ID: "querylog", Name: "Query log collector", Kind: "service", Tech: "stateless Go service",
		Desc: "samples completed searches into the log", Links: []link{{"queue", "search events"}}},
	{ID: "aggregator", Name: "Aggregation pipeline", Kind: "worker", Tech: "Flink (sliding 1-hour windows) + Spark (daily batch)",
		Desc: "counts query frequency with time decay, merges trending queries hourly, builds new trie snapshots", Links: []link{{"queue", "search events"}, {"objstore", "trie snapshots"}}},

	// Crawling.
	{ID: "crawlctl", Name: "Crawl controller", Kind: "service", Tech: "Go service",
		Desc: "seeds, re-crawl schedules and per-host politeness policies", Links: []link{{"frontier", "seed URLs"}, {"crawldb", "policies"}}},
	{ID: "frontier", Name: "URL frontier", Kind: "queue", Tech: "Kafka topics by priority + per-host queues",
		Desc: "prioritised URLs to fetch, one back queue per host so each host is crawled politely"},
	{ID: "fetcher", Name: "Fetcher workers", Kind: "worker", Tech: "async HTTP fetchers, partitioned by host",
		Desc: "fetch pages respecting robots.txt and per-host delays", Links: []link{{"frontier", "next URL for host"}, {"dnscache", "resolve"}, {"web", "HTTP GET"}, {"objstore", "raw page"}, {"parser", "fetched pages"}}},
	{ID: "parser", Name: "Parser & link extractor", Kind: "worker", Tech: "worker pool",
		Desc: "extract links and text, drop duplicates, enqueue new URLs", Links: []link{{"dedup", "seen URL? seen content?"}, {"frontier", "new URLs"}, {"crawldb", "page records"}}},
	{ID: "dedup", Name: "Dedup store", Kind: "cache", Tech: "Bloom filter of seen URLs + Redis set of content hashes",
		Desc: "avoids fetching a URL twice and storing duplicate content"},
	{ID: "dnscache", Name: "DNS resolver cache", Kind: "service", Tech: "local caching resolvers",
		Desc: "DNS lookups are a crawl bottleneck, so answers are cached per host"},
	{ID: "crawldb", Name: "Crawl metadata DB", Kind: "database", Tech: "Apache Cassandra / Bigtable keyed by URL hash",
		Desc: "URL state: last fetch, content hash, next crawl time"},
	{ID: "web", Name: "Web sites", Kind: "external", Tech: "the public web", Desc: "the pages being crawled"},

	// Notification platform.
	{ID: "notifapi", Name: "Notification API", Kind: "service", Tech: "stateless Go service",
		Desc:  "validates a send request, dedups it by idempotency key, applies preferences and enqueues it by priority",
		Links: []link{{"dedupstore", "SET NX idempotency key"}, {"prefsvc", "preferences, opt-outs"}, {"templatesvc", "render"}, {"queue", "priority topics"}}},
	{ID: "prefsvc", Name: "Preference service", Kind: "service", Tech: "stateless Go service",
		Desc: "per-user channel preferences, quiet hours and opt-outs", Links: []link{{"prefdb", "preferences"}, {"cache", "preferences"}}},
	{ID: "templatesvc", Name: "Template service", Kind: "service", Tech: "stateless Go service",
		Desc: "versioned, localised templates per channel", Links: []link{{"appdb", "templates"}, {"cache", "compiled templates"}}},
	{ID: "channelworkers", Name: "Channel workers (push / SMS / email)", Kind: "worker", Tech: "Kafka consumer groups per channel and priority",
		Desc:  "send through the providers within per-provider rate limits, retry with backoff, park failures in the dead-letter queue",
		Links: []link{{"providers", "send"}, {"dedupstore", "already sent?"}, {"deliverylog", "status"}, {"dlq", "exhausted retries"}}},
	{ID: "providers", Name: "Delivery providers", Kind: "external", Tech: "APNs, FCM, Twilio (SMS), Amazon SES (email)",
		Desc: "third-party providers that reach devices, phones and inboxes"},
	{ID: "dedupstore", Name: "Dedup store", Kind: "cache", Tech: "Redis Cluster (SET NX, 24 h TTL)",
		Desc: "idempotency keys so a retried request or a redelivered message is sent once"},
	{ID: "dlq", Name: "Dead-letter queue", Kind: "queue", Tech: "Kafka topic",
		Desc: "notifications that exhausted their retries, for inspection and replay"},
	{ID: "deliverylog", Name: "Delivery log", Kind: "database", Tech: "Apache Cassandra, RF=3, 90-day TTL",
		Desc: "every attempt and its status for tracking and support"},
	{ID: "prefdb", Name: "Preference DB", Kind: "database", Tech: "PostgreSQL (primary + replicas)",
		Desc: "preferences and opt-outs; the source of truth for consent"},

	// Stream analytics.
	{ID: "streamproc", Name: "Stream processor", Kind: "worker", Tech: "Apache Flink",
		Desc: "windowed aggregation over the event stream with exactly-once checkpoints", Links: []link{{"queue", "raw events"}, {"olap", "aggregates"}, {"objstore", "raw files (Parquet)"}, {"ws", "live aggregates"}}},
	{ID: "olap", Name: "OLAP store", Kind: "database", Tech: "ClickHouse (replicated MergeTree)",
		Desc: "columnar store for aggregate queries"},

	// Shared infrastructure.
	{ID: "queue", Name: "Event log", Kind: "queue", Tech: "Apache Kafka (RF=3, partitioned by key)",
		Desc: "durable, ordered per key, replayable hand-off between services", Aliases: []string{"kafka", "queue", "message queue", "event log", "message broker"}},
	{ID: "cache", Name: "Cache", Kind: "cache", Tech: "Redis Cluster (replica per shard)",
		Desc: "hot reads, cache-aside with TTLs", Aliases: []string{"cache", "redis"}},
	{ID: "appdb", Name: "Primary DB", Kind: "database", Tech: "PostgreSQL (primary + 2 replicas)",
		Desc: "relational source of truth for the domain's tables", Aliases: []string{"database", "primary db", "db"}},
	{ID: "userdb", Name: "User DB", Kind: "database", Tech: "PostgreSQL (primary + replicas)",
		Desc: "accounts and profiles"},
	{ID: "objstore", Name: "Object storage", Kind: "storage", Tech: "Amazon S3 (11 nines durability)",
		Desc: "blobs: media, files, snapshots and archives", Aliases: []string{"object storage", "s3", "blob storage"}},
	{ID: "pushprov", Name: "Push providers", Kind: "external", Tech: "APNs (iOS) and FCM (Android)",
		Desc: "deliver push notifications to devices"},
}

// selectComponents builds the component list for a set of features: their blocks, links kept
// where both ends are present, each described with the reason it is there.
func selectComponents(g bot.Grounding) []conversation.Component {
	fs := resolve(featuresOf(g.Requirements), g.Problem)
	headless := primary(fs).Headless
	why := map[string][]string{}
	var ids []string
	add := func(id, reason string) {
		if _, ok := catalog[id]; !ok {
			return
		}
		if headless && (id == "gateway" || id == "client") {
			// No end-user apps and no public API: callers reach the system's own entry points.
			return
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		if reason != "" && !slices.Contains(why[id], reason) {
			why[id] = append(why[id], reason)
		}
	}
	for _, f := range fs {
		for _, id := range f.Components {
			add(id, f.Name)
		}
	}
	// Scale-driven additions: a cache in front of any read-heavy path, a log for async work. A
	// snapshot publisher or an edge stitcher means readers are served from the CDN and never reach a
	// store.
	c := g.Capacity
	if c.PeakReadQPS > 1000 && !headless && !slices.Contains(ids, "cache") && !hasAny(ids, "lbstore", "rlstore", "feedcache", "adjcache", "ticketpool", "publisher", "stitchkv") {
		add("cache", "read load")
	}
	// An archetype that brings its own services carries the domain logic; otherwise a generic
	// application service and its database do.
	p := primary(fs)
	ownLogic := p.ID != "generic" && slices.ContainsFunc(p.Components, func(id string) bool {
		k := catalog[id].Kind
		return k == "service" || k == "worker"
	})
	if len(ids) == 0 || !ownLogic && !hasAny(ids, "appsvc", "chatsvc", "postsvc", "videosvc", "tripsvc", "ordersvc", "bookingsvc", "shortsvc", "collector", "rlmw", "collabsvc", "metasvc", "scoresvc", "suggestsvc", "crawlctl", "notifapi", "restsvc", "paysvc", "mediasvc") {
		add("appsvc", "core domain logic")
		add("appdb", "system of record")
	}
	// Services reference stores they need even if no feature listed them (a link to appdb etc.).
	for _, id := range append([]string(nil), ids...) {
		for _, l := range catalog[id].Links {
			// The stream processor archives raw events only where its archetype keeps them.
			if (l.To == "appdb" || l.To == "objstore" && catalog[id].Kind == "worker" && id != "streamproc") && !slices.Contains(ids, l.To) {
				add(l.To, "")
			}
		}
	}
	small := c.Small() && c.WriteQPS > 0
	if small {
		ids = pruneForSmall(ids, p)
	}
	if !slices.ContainsFunc(ids, func(id string) bool { return catalog[id].Kind == "client" }) {
		if headless {
			add("callers", "")
		} else {
			add("client", "")
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int { return kindOrder[catalog[a].Kind] - kindOrder[catalog[b].Kind] })

	jobsTable := false
	for _, id := range ids {
		if small && catalog[id].Kind == "queue" && ownedByDesign(p, id) {
			jobsTable = true
		}
	}
	out := make([]conversation.Component, 0, len(ids))
	for _, id := range ids {
		out = append(out, buildComponent(g, id, ids, why[id], small, jobsTable))
	}
	return out
}

// pruneForSmall drops what a handful of requests a second does not need: a cache or a broker
// would add failure modes and operations without carrying any load. A queue stays only where
// workers consume it, and then as a table in the database (see buildComponent).
func pruneForSmall(ids []string, p *feature) []string {
	workers := slices.ContainsFunc(ids, func(id string) bool { return catalog[id].Kind == "worker" })
	return slices.DeleteFunc(ids, func(id string) bool {
		k := catalog[id].Kind
		return (k == "cache" || k == "queue" && !workers) && ownedByDesign(p, id)
	})
}

// ownedByDesign reports whether block id came from the generic parts rather than from the
// archetype's own list, which keeps what the archetype is about however small it is.
func ownedByDesign(p *feature, id string) bool {
	return p.ID == "generic" || !slices.Contains(p.Components, id)
}

// buildComponent turns catalogue block id into the design's component: its technology for the
// design's size, the reasons it is here, and its links to the other chosen blocks.
func buildComponent(g bot.Grounding, id string, ids, reasons []string, small, jobsTable bool) conversation.Component {
	s := catalog[id]
	comp := conversation.Component{Name: s.Name, Kind: s.Kind, Technology: s.Tech}
	if small {
		switch {
		case id == "appdb":
			comp.Technology = "PostgreSQL (one primary + a standby, daily backups)"
		case s.Kind == "queue" && jobsTable:
			comp.Technology = "a jobs table in the primary PostgreSQL, taken with FOR UPDATE SKIP LOCKED (no broker to run)"
			s.Desc = "work and events committed in the same transaction as the change that caused them, taken by workers in order"
		}
	}
	if jobsTable && s.Kind == "worker" && strings.Contains(s.Tech, "Kafka") {
		// The log is a table in the database: its consumers poll it, there is no broker.
		comp.Technology = "worker processes polling the jobs table"
	}
	desc := strings.ToUpper(s.Desc[:1]) + s.Desc[1:]
	if len(reasons) > 0 {
		desc += " (needed for: " + strings.Join(reasons, ", ") + ")"
	}
	comp.Description = desc
	seen := map[string]bool{}
	for _, l := range linksOf(id, ids) {
		if slices.Contains(ids, l.To) && !seen[l.To] {
			seen[l.To] = true
			comp.TalksTo = append(comp.TalksTo, catalog[l.To].Name)
			comp.Flows = append(comp.Flows, l.Flow)
		}
	}
	if id == "client" && webOnlyRe.MatchString(g.Problem) && !appRe.MatchString(g.Problem) {
		// Analysts in a browser or colleagues on an internal tool get no phone apps.
		comp.Technology = "web app in the browser (SSO for internal users)"
	}
	if id == "gateway" && len(comp.TalksTo) > 0 {
		// Say what this design's gateway fronts rather than what every gateway does.
		comp.Description = "TLS termination, authentication and per-client rate limits in front of " + strings.Join(comp.TalksTo, ", ")
	}
	return comp
}

// linksOf returns the links out of block id: its own, then those other blocks of the design
// declare into it (From).
func linksOf(id string, ids []string) []link {
	out := append([]link(nil), catalog[id].Links...)
	for _, other := range ids {
		for _, l := range catalog[other].From {
			if l.To == id {
				out = append(out, link{To: other, Flow: l.Flow})
			}
		}
	}
	return out
}

var (
	webOnlyRe = regexp.MustCompile(`(?i)\b(in a browser|in the browser|web browser|internal (?:tool|wiki|app|system|site)|our internal|intranet|monorepo|engineers|employees|staff|back[- ]office)\b`)
	appRe     = regexp.MustCompile(`(?i)\b(mobile|phone|ios|android|app store)\b`)
)

func hasAny(ids []string, want ...string) bool {
	for _, w := range want {
		if slices.Contains(ids, w) {
			return true
		}
	}
	return false
}
