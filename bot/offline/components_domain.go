package offline

// domainComponents are the blocks of the smaller domain archetypes (parcel tracking, launch-day
// appointment booking, betting exchanges). Each declares the links into it from shared blocks
// (From), so adding a domain never edits the gateway's or the clients' entries.
var domainComponents = []compSpec{
	// Parcel tracking.
	{ID: "scanners", Name: "Scanners and sorters", Kind: "client", Tech: "handheld scanners and hub sort machines, buffering scans offline",
		Desc: "record every scan of a parcel (pickup, hub in/out, out for delivery, delivered) with its own scan id and time", Links: []link{{"scanapi", "scan batches"}}},
	{ID: "scanapi", Name: "Scan ingestion API", Kind: "service", Tech: "stateless Go collectors behind a load balancer",
		Desc: "accepts scan batches, deduplicates them by scan id and appends them to the log keyed by tracking number", Links: []link{{"queue", "scan events"}}},
	{ID: "trackproj", Name: "Tracking projector", Kind: "worker", Tech: "Kafka consumer group, partitioned by tracking number",
		Desc: "applies each parcel's scans in order to its history and current status", Links: []link{{"queue", "scan events"}, {"trackdb", "status + history"}, {"cache", "invalidate status"}}},
	{ID: "trackdb", Name: "Tracking store", Kind: "database", Tech: "Apache Cassandra (RF=3), partitioned by tracking number, TTL at the retention",
		Desc: "each parcel's scan history and current status, one partition per tracking number"},
	{ID: "tracksvc", Name: "Tracking service", Kind: "service", Tech: "stateless Go service",
		Desc: "answers tracking lookups by tracking number from the cache, else the tracking store", Links: []link{{"cache", "status lookups"}, {"trackdb", "history reads"}},
		From: []link{{"gateway", "tracking lookups"}}},
	{ID: "webhooksvc", Name: "Webhook dispatcher", Kind: "worker", Tech: "Kafka consumer group with per-merchant delivery queues and retry schedules",
		Desc: "delivers signed status-change callbacks to each merchant's endpoint, retrying with backoff and parking what keeps failing", Links: []link{{"queue", "status changes"}, {"appdb", "subscriptions, delivery attempts"}, {"merchants", "signed HTTPS POST"}, {"dlq", "exhausted deliveries"}}},
	{ID: "merchants", Name: "Merchant endpoints", Kind: "external", Tech: "merchants' own HTTPS endpoints",
		Desc: "receive status-change webhooks; slow or down at times, never trusted to be up"},

	// Launch-day appointment booking.
	{ID: "eligibility", Name: "Eligibility service", Kind: "service", Tech: "stateless Go service over a read-only copy of the eligibility list",
		Desc: "checks a resident's identity and eligibility from a list loaded before launch, so the burst never queries the source registry", Links: []link{{"cache", "eligibility lookups"}},
		From: []link{{"gateway", "verify resident"}}},
	{ID: "apptsvc", Name: "Appointment service", Kind: "service", Tech: "stateless Go service",
		Desc: "shows free slots per clinic and books one slot per resident with a conditional update", Links: []link{{"apptdb", "slot bookings"}, {"cache", "free-slot counts"}, {"queue", "booking events"}},
		From: []link{{"gateway", "slots, bookings"}}},
	{ID: "apptdb", Name: "Appointment DB", Kind: "database", Tech: "PostgreSQL (primary + synchronous standby), slots partitioned by clinic",
		Desc: "slots per clinic and time, and bookings with a unique constraint per resident"},
	{ID: "confirmworker", Name: "Confirmation workers", Kind: "worker", Tech: "Kafka consumer group",
		Desc: "send booking confirmations and reminders by SMS and email", Links: []link{{"queue", "booking events"}, {"providers", "SMS, email"}}},

	// Betting exchange.
	{ID: "betsvc", Name: "Bet service", Kind: "service", Tech: "stateless Go service",
		Desc: "validates a bet against its market's state and the in-play delay, then reserves the backer's or layer's liability in the wallet before the bet is sequenced", Links: []link{{"walletsvc", "reserve liability"}, {"sequencer", "accepted bets"}, {"marketsvc", "market state"}},
		From: []link{{"gateway", "place / cancel bets"}}},
	{ID: "marketsvc", Name: "Market control", Kind: "service", Tech: "stateless Go service with traders' console",
		Desc: "opens, suspends and settles markets; a goal or red card suspends the match's markets in one sequenced event", Links: []link{{"sequencer", "suspend / resume"}, {"betdb", "markets, results"}, {"cache", "market snapshots"}},
		From: []link{{"gateway", "markets"}}},
	{ID: "oddsfanout", Name: "Odds fan-out", Kind: "worker", Tech: "Go publishers conflating each market's best prices every 100 ms",
		Desc: "turns book updates into per-market price snapshots and pushes them to every connection watching the market", Links: []link{{"ws", "odds snapshots"}},
		From: []link{{"matcher", "book updates"}}},
	{ID: "betdb", Name: "Bet DB", Kind: "database", Tech: "PostgreSQL (primary + synchronous standby), bets partitioned by market",
		Desc: "markets, bets and their matched portions, projected from the journal for history and settlement",
		From: []link{{"settlement", "settled bets"}}},

	// Remote commands to devices (unlock a door).
	{ID: "cmdsvc", Name: "Command service", Kind: "service", Tech: "stateless Go service",
		Desc: "checks the caller may command the device, signs each command with a nonce and an expiry, sends it over the device's live connection and records the outcome", Links: []link{{"registry", "device state, owners"}, {"mqtt", "signed commands"}, {"auditlog", "audit entries"}},
		From: []link{{"gateway", "commands"}}},
	{ID: "auditlog", Name: "Access audit log", Kind: "database", Tech: "append-only PostgreSQL table partitioned by month, archived to S3 with Object Lock",
		Desc: "who commanded which device, when, and what the device reported back; kept for the retention and never updated",
		From: []link{{"registry", "device-reported events"}}},

	// Imagery archives.
	{ID: "providersat", Name: "Ground stations", Kind: "client", Tech: "satellite operators' ground-station delivery (S3 drop or SFTP)",
		Desc: "deliver new scenes with their metadata as they are downlinked", Links: []link{{"sceneingest", "new scenes"}}},
	{ID: "sceneingest", Name: "Scene ingest workers", Kind: "worker", Tech: "autoscaled container workers (GDAL) on a job queue",
		Desc: "validate each scene, convert it to a Cloud-Optimized GeoTIFF, render a thumbnail, compute its footprint and cloud cover, and register it in the catalog", Links: []link{{"objstore", "COGs, thumbnails"}, {"scenecat", "footprints, metadata"}}},
	{ID: "scenecat", Name: "Scene catalog", Kind: "database", Tech: "PostgreSQL + PostGIS (STAC catalog), primary + 2 replicas",
		Desc: "one row per scene with its footprint polygon, time and cloud cover, indexed spatially (GiST) for search"},
	{ID: "catsvc", Name: "Catalog search service", Kind: "service", Tech: "stateless Go service (STAC API)",
		Desc: "searches scenes by area, time range and cloud cover", Links: []link{{"scenecat", "spatial queries"}, {"cache", "popular searches"}},
		From: []link{{"gateway", "scene search"}}},
	{ID: "tilesvc", Name: "Tile servers", Kind: "service", Tech: "stateless tile renderers (TiTiler-style) reading COGs with HTTP range requests",
		Desc: "render map tiles on demand from the scenes' overviews, behind the CDN", Links: []link{{"objstore", "range reads of COGs"}},
		From: []link{{"cdn", "tile misses"}}},
	{ID: "exportworker", Name: "Download workers", Kind: "worker", Tech: "queue-driven workers",
		Desc: "fulfil full-resolution orders: restore scenes from the archive tier when needed and hand out signed download URLs", Links: []link{{"objstore", "restore, signed URLs"}, {"scenecat", "order status"}},
		From: []link{{"catsvc", "orders"}}},

	// Code review.
	{ID: "reviewsvc", Name: "Review service", Kind: "service", Tech: "stateless Go service",
		Desc: "changes, patch sets, comments anchored to lines, votes and submit rules", Links: []link{{"reviewdb", "changes, comments, votes"}, {"diffsvc", "file list, diffs"}, {"queue", "review events"}},
		From: []link{{"gateway", "changes, comments"}}},
	{ID: "diffsvc", Name: "Diff service", Kind: "service", Tech: "stateless Go service over the Git servers",
		Desc: "computes diffs file by file between patch sets on demand, and caches each rendered file diff by its two blob ids", Links: []link{{"gitsvc", "blobs, trees"}, {"cache", "rendered file diffs"}},
		From: []link{{"gateway", "file diffs"}}},
	{ID: "gitsvc", Name: "Git servers", Kind: "storage", Tech: "replicated Git repository servers (Gitaly/Gerrit-style), packfiles on local SSD",
		Desc: "the monorepo's objects and each change's patch-set refs; pushes land here"},
	{ID: "reviewdb", Name: "Review DB", Kind: "database", Tech: "PostgreSQL (primary + 2 replicas)",
		Desc: "changes, patch sets, comments, votes and reviewers"},
	{ID: "ciext", Name: "CI system", Kind: "external", Tech: "the company's CI (Buildkite / Jenkins)",
		Desc: "builds every new patch set and votes on it through the API"},
	{ID: "reviewworker", Name: "Review event workers", Kind: "worker", Tech: "Kafka consumer group",
		Desc: "trigger CI for new patch sets, pick owners as reviewers, and send email and chat notifications", Links: []link{{"queue", "review events"}, {"ciext", "build triggers"}, {"providers", "email, chat"}}},
}
