package offline

// logisticsFeatures are parcel tracking and launch-day appointment booking: domains whose words
// (courier, appointment, clinic) used to pull in food delivery or hotel booking.
var logisticsFeatures = []*feature{
	{
		ID: "parcels", Name: "parcel tracking events and webhooks", Archetype: "parcel tracking service", Rank: 56,
		Load:          &loadProfile{WritesPerUser: 1, ReadsPerUser: 4, ReadWrite: 4, RecordBytes: 300, ResponseBytes: 2_000, PeakFactor: 3, Retention: 1.5, HotFraction: 0.1, Write: "scan", Read: "tracking lookup"},
		Style:         "an event-sourced tracking pipeline: scans are appended to a log keyed by tracking number, projected into each parcel's history and status, served from a cache, and fanned out to merchants as signed webhooks",
		CapacityNote:  "Scans are small (≈ 300 B) and immutable; the status a customer reads is one row per parcel, so lookups are served from the cache and the history partition, never by scanning scans.",
		Functional:    []string{"Scanners and hub sorters report every scan of a parcel (pickup, hub arrival and departure, out for delivery, delivered, exception)", "Customers and merchants look up a parcel's current status and scan history by tracking number", "Merchants register webhook endpoints and receive a signed callback on every status change", "Scan history is kept for the stated retention, then deleted"},
		NonFunctional: []string{"A scan is visible in tracking within seconds and never lost once the scanner has an acknowledgement", "Webhooks are delivered at least once, in order per parcel, with retries for days; a slow merchant never delays others", "Tracking lookups < 100 ms p99"},
		OutOfScope:    []string{"Route planning for drivers", "Label printing and rates", "Customs"},
		UseCases:      []string{"A depot scanner uploads a batch of scans after a dead zone", "A customer opens the tracking page", "A merchant's endpoint is down for an hour and then receives every missed callback in order"},
		Entities: []entity{
			{Name: "Parcel status", Store: "trackdb", Key: "tracking_number", Partition: "tracking_number", Indexes: "(merchant_id, created_day) for merchant listings", Fields: "tracking_number, merchant_id, status, last_scan_at, last_location, eta", Why: "one row read on every lookup; rewritten by the projector on each scan"},
			{Name: "Scan", Store: "trackdb", Key: "(tracking_number, scan_time, scan_id)", Partition: "tracking_number", Indexes: "clustering by scan_time", Fields: "scan_id, tracking_number, type, facility, scan_time (device clock), received_at", Why: "append-only history read by tracking number, expired by TTL at the retention"},
			{Name: "Webhook subscription", Store: "appdb", Key: "subscription_id", Partition: "merchant_id", Indexes: "(merchant_id)", Fields: "merchant_id, url, secret, event types, state (active | paused)", Why: "small relational configuration"},
			{Name: "Delivery attempt", Store: "appdb", Key: "(subscription_id, event_id)", Partition: "merchant_id", Indexes: "(state, next_attempt_at)", Fields: "event_id, subscription_id, merchant_id, tracking_number, attempt, status code, next_attempt_at", Why: "what was sent to whom, for retries and merchant support"},
		},
		Components: []string{"client", "scanners", "scanapi", "queue", "trackproj", "trackdb", "tracksvc", "cache", "webhooksvc", "merchants", "appdb", "dlq"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/scans", Request: "{scans[]: {scan_id, tracking_number, type, facility, scan_time}}", Response: "202 {accepted}", Idempotent: true, Auth: "device certificate", Note: "scan ids make a re-sent batch harmless"},
			{Method: "GET", Path: "/v1/parcels/{tracking_number}", Response: "{status, eta, scans[]}", Auth: "none (public, rate-limited per IP) or merchant key for full detail"},
			{Method: "POST", Path: "/v1/webhooks", Request: "{url, events[]}", Response: "201 {subscription_id, secret}", Idempotent: true, Auth: "merchant API key"},
			{Method: "GET", Path: "/v1/webhooks/{id}/deliveries?cursor=", Response: "{attempts[], next_cursor}", Paginated: true, Auth: "merchant API key"},
		},
		Screens: []screen{
			{Name: "Tracking page", Shows: "current status, ETA and the scan timeline of one parcel", Calls: []string{"GET /v1/parcels/{tracking_number}"}},
			{Name: "Merchant webhooks", Shows: "endpoints, recent deliveries and failures, replay", Calls: []string{"POST /v1/webhooks", "GET /v1/webhooks/{id}/deliveries"}},
		},
		Flows: []flow{
			{Name: "A scan", Steps: []string{"A scanner sends its batch to {c:scanapi}, which drops scan ids it has seen and appends the scans to {c:queue}, keyed by tracking number, before acknowledging.", "{c:trackproj} applies each parcel's scans in order: it inserts the scan into the history in {c:trackdb} and moves the status only forward (a late 'hub arrival' after 'delivered' joins the history but does not change the status).", "When the status changes it deletes the cached status in {c:cache} and emits a status-change event to {c:queue}."}},
			{Name: "A lookup", Steps: []string{"{c:tracksvc} answers `GET /v1/parcels/{tracking_number}` from {c:cache}; on a miss it reads the parcel's partition in {c:trackdb} (status and scans together) and caches it until the next scan."}},
			{Name: "A webhook", Steps: []string{"{c:webhooksvc} reads status changes from {c:queue}, finds the merchant's subscriptions in {c:appdb} and POSTs a signed payload (HMAC of body and timestamp) to {c:merchants}.", "A failure is retried with exponential backoff for up to 3 days in a per-merchant queue, so one slow merchant holds back only its own callbacks; exhausted ones go to {c:dlq} for replay from the merchant dashboard."}},
		},
		Deep: []deepDive{
			{Title: "Scans out of order and twice", Weight: 10, Body: "Scanners buffer offline and re-send, and hub sorters and handhelds do not share a clock, so the same scan arrives twice and scans arrive out of order. Each scan carries a scan id from the device: {c:scanapi} and {c:trackproj} drop ids already seen, and the history is clustered by the device's scan time, so a late scan lands in its place. The status is a state machine that only moves forward (created → in transit → out for delivery → delivered, with exceptions as side states), so a late hub scan never takes a delivered parcel back into transit; {c:queue} is keyed by tracking number so one projector applies a parcel's scans one at a time."},
			{Title: "Webhooks that never block the pipeline", Weight: 9, Body: "Merchants' endpoints are slow, down, or answer 500 for hours. {c:webhooksvc} keeps a queue per merchant, bounded concurrency per endpoint and a retry schedule (1 min, 5 min, 30 min … up to 3 days), so a failing merchant delays only its own callbacks. Delivery is at least once: each callback carries an event id and a sequence per parcel so merchants drop duplicates and reorder; the signature (HMAC with the subscription's secret and a timestamp) lets them reject forgeries and replays. A merchant failing for days is paused and emailed, and can replay everything it missed from {c:dlq} or by polling."},
			{Title: "{peak_read} lookups/s on a parcel's day of delivery", Weight: 7, Body: "Lookups bunch up on the day a parcel is out for delivery, when the same customer refreshes the page. {c:cache} holds each parcel's status and recent scans, replaced on every status change, so refreshes never reach {c:trackdb}; the public lookup is rate-limited per IP and shows less detail than a merchant key does, so tracking numbers cannot be enumerated to learn addresses."},
		},
		Caching:      []string{"{c:cache}: each parcel's status and recent scans by tracking number, deleted by {c:trackproj} on every status change, with a TTL of a day as a backstop."},
		Partitioning: []string{"{c:queue} and {c:trackdb} by tracking number, so one parcel's scans are ordered on one partition and its history is one read; subscriptions and attempts by merchant."},
		Async:        []string{"Projection into {c:trackdb} and webhook delivery both run off {c:queue}: the scanner's acknowledgement waits only for the append."},
		Reliability:  []string{"Scanners keep scans on the device until acknowledged, so a depot without network loses nothing; if {c:trackproj} falls behind, lookups show the last projected status with its time, and the log catches up."},
		Security:     []string{"Public lookups show status and city only; the delivery address and signature photo need the merchant's key or the recipient's verified link. Scanners authenticate with device certificates, merchants with API keys, and webhook payloads are HMAC-signed."},
		Tradeoffs: []tradeoff{
			{Decision: "Scans appended to a log and projected", Rejected: "scanners updating the parcel row directly", Why: "duplicates and out-of-order scans are resolved in one place per parcel, and the same events feed webhooks and analytics"},
			{Decision: "Per-merchant retry queues", Rejected: "one shared retry queue", Why: "a merchant that is down for a day would otherwise delay every other merchant's callbacks"},
		},
		Bottlenecks: []string{"Delivery-day lookup bursts (cache per parcel, per-IP limits)", "A large merchant's endpoint throttling callbacks (per-merchant concurrency and backlog)"},
		Open:        []string{"Do merchants need every scan or only status changes? It sets the webhook volume."},
	},
}
