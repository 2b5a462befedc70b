package offline

// bookingFeatures are the reservation-shaped archetypes: inventory counted per resource and date
// or time slot (rooms, tables, appointments, parking spaces) and places found by
// location. They are kept apart from event ticketing, whose problem is one seat map under a
// sale-opening spike.
var bookingFeatures = []*feature{
	{
		ID: "booking", Name: "bookings",
		// Only the generic booking words (knowledge/capabilities.yaml): event tickets narrow it away,
		// otherwise it implies a date- or slot-based reservation. It has no design content of its own.
	},
	{
		ID: "reservation", Name: "date- and slot-based reservations", Archetype: "reservation system", Rank: 51,
		Load:          &loadProfile{WritesPerUser: 0.2, ReadsPerUser: 20, ReadWrite: 100, RecordBytes: 1000, ResponseBytes: 20_000, PeakFactor: 3, Retention: 5, Write: "booking", Read: "availability search"},
		Style:         "a strongly consistent reservation core — inventory counted per resource and date (or time slot) and changed only by conditional updates — behind a read-optimised search path that may be seconds stale",
		CapacityNote:  "Searches outnumber bookings by about 100 to 1, so the search path and the booking core are sized and scaled separately; the booking core's write rate is small but must be strictly consistent.",
		Functional:    []string{"Search available resources by location, date or time and party size, with filters and prices", "See a listing's availability calendar and the total price for the chosen dates or time", "Hold the inventory for a few minutes during checkout, confirm on payment or card guarantee, release holds that expire", "Cancel or modify a reservation under the provider's cancellation policy", "Providers manage their inventory, prices, opening hours and blackout dates", "Confirmation and reminder notifications"},
		NonFunctional: []string{"No double booking: a resource and date or slot is never sold beyond its capacity (strong consistency on inventory)", "Search < 500 ms p95; availability shown in search may be seconds stale, but price and availability are re-checked when the hold is taken", "Booking path 99.99% available; search degrades gracefully (cached results) rather than failing"},
		OutOfScope:    []string{"Revenue management / dynamic pricing models", "Loyalty programmes", "Reviews and ratings"},
		UseCases:      []string{"A customer searches for what they want to book, where and when", "A customer holds it, confirms (paying where the provider charges) and gets a confirmation", "A provider closes dates or changes prices", "A customer cancels and the inventory returns"},
		Entities: []entity{
			{Name: "Listing (resource)", Store: "appdb", Key: "listing_id", Partition: "listing_id", Indexes: "(provider_id), location (geo point) in the search index", Fields: "listing_id, provider_id, type, location, capacity, amenities, policies (cancellation, minimum notice), timezone", Why: "read-mostly and relational; copied into the search index for location queries"},
			{Name: "Inventory", Store: "availdb", Key: "(listing_id, date or slot_start)", Partition: "listing_id", Indexes: "primary key range scans by date", Fields: "listing_id, date/slot, total, booked, held, price, closed, version", Why: "one row per resource and date or slot: a booking spanning N of them is N conditional updates on one shard, in one transaction"},
			{Name: "Reservation", Store: "availdb", Key: "reservation_id", Partition: "listing_id", Indexes: "unique(idempotency_key), (customer_id, starts_at), (status, hold_expires_at) for the expiry sweep", Fields: "reservation_id, customer_id, listing_id, from, to, units, status (held|confirmed|cancelled|expired), hold_expires_at, price, payment_intent_id", Why: "same shard as its inventory rows, so hold and confirm are local transactions"},
		},
		Components: []string{"client", "listingsvc", "resvsvc", "availdb", "appdb", "queue", "cache"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/search?near=&from=&to=&party=&filters=&cursor=", Response: "{results[]: listing, from_price, available}, next_cursor", Paginated: true, Note: "availability from the cached summary, seconds stale"},
			{Method: "GET", Path: "/v1/listings/{id}/availability?from=&to=", Response: "{days[]: date, available, price}"},
			{Method: "POST", Path: "/v1/holds", Request: "{listing_id, from, to, units, party_size} + Idempotency-Key", Response: "201 {hold_id, expires_at, total_price} | 409 {unavailable_dates}", Idempotent: true},
			{Method: "POST", Path: "/v1/holds/{id}/reservation", Request: "{payment_method_id} + Idempotency-Key", Response: "201 {reservation_id, status: confirmed}", Idempotent: true},
			{Method: "POST", Path: "/v1/reservations/{id}/cancel", Request: "+ Idempotency-Key", Response: "200 {status, refund_amount}", Idempotent: true, Note: "refund follows the cancellation policy"},
			{Method: "PUT", Path: "/v1/listings/{id}/inventory", Request: "{from, to, total?, price?, closed?, version}", Response: "200", Idempotent: true, Auth: "provider token / channel-manager key"},
		},
		Screens: []screen{
			{Name: "Search", Shows: "results on a map and in a list for the chosen place, dates and party size", Calls: []string{"GET /v1/search"}},
			{Name: "Listing", Shows: "details, availability calendar, total price for the dates", Calls: []string{"GET /v1/listings/{id}/availability"}},
			{Name: "Checkout", Shows: "held dates with a countdown, price breakdown, cancellation policy, pay", Calls: []string{"POST /v1/holds", "POST /v1/holds/{id}/reservation"}},
			{Name: "My reservations", Shows: "upcoming and past reservations, cancel", Calls: []string{"POST /v1/reservations/{id}/cancel"}},
			{Name: "Provider calendar", Shows: "inventory and prices per date or slot, close dates", Calls: []string{"PUT /v1/listings/{id}/inventory"}},
		},
		Flows: []flow{
			{Name: "Search", Steps: []string{"{c:searchsvc} queries {c:search} for listings near the place (geo distance / bounding box) matching the filters and capacity.", "It intersects them with the availability summary for the dates in {c:cache} (per listing and month, updated from inventory events) and ranks by price, distance and relevance.", "Results are a few seconds stale by design; nothing here touches {c:availdb}."}},
			{Name: "Hold and confirm", Steps: []string{"{c:resvsvc} takes a hold in one transaction on the listing's shard of {c:availdb}: `UPDATE inventory SET held = held + :units WHERE listing_id = :l AND date >= :from AND date < :to AND NOT closed AND booked + held + :units <= total`; it commits only if every date's or slot's row was updated, and inserts the reservation as held with a 10-minute expiry.", "The customer pays; {c:resvsvc} charges through {c:paysvc} with the reservation's idempotency key.", "On success one transaction moves the units from held to booked and marks the reservation confirmed; an outbox event goes to {c:queue} for the confirmation, the search summary and the provider's systems.", "A hold that expires is released by a conditional update (held → 0 for that reservation); a payment that lands after expiry re-checks availability and either confirms or refunds."}},
			{Name: "Cancel", Steps: []string{"{c:resvsvc} applies the cancellation policy captured at booking, releases the units with a conditional decrement and refunds through {c:paysvc}; repeating the call returns the same result."}},
		},
		Deep: []deepDive{
			{Title: "No double booking across a range of dates or slots", Weight: 10, Body: "Availability is a counter per resource and date (or time slot), not a search over existing reservations: a row per resource and slot holds total, booked and held. A booking that spans several slots is a single transaction on the listing's shard that conditionally increments each row and succeeds only if all of them changed; a concurrent booking of the last unit makes one of the two update 0 rows and fail with 409. For resources that exist once (a court, a practitioner's 15-minute slot, a parking space) total is 1, and PostgreSQL can also enforce it declaratively with an exclusion constraint on (resource_id, tsrange) — overlapping ranges cannot both commit. No lock service or cache is trusted for correctness; {c:cache} only tells search what is probably free."},
			{Title: "Search by location and time at {peak_read} searches/s", Weight: 8, Body: "Searches outnumber bookings by two or three orders of magnitude, so they never touch the booking database. {c:search} holds listings with a geo point, capacity, amenities and price band (sharded by region, replicated for reads) and answers the location and filter part; an availability summary per listing and month (a bitmap of open dates or slots and the minimum price) in {c:cache}, updated from inventory events, answers the time part. The result is seconds stale, which is fine because the hold re-checks the authoritative rows. Popular searches (place + date) are cached for a minute."},
			{Title: "Holds, no-shows and cancellations", Weight: 7, Body: "A hold is a lease: units move to held with hold_expires_at 10 minutes out, so a customer typing card details cannot lose the slot, and an abandoned checkout returns it by itself (a sweeper releases expired holds; a later hold's conditional update never counts an expired one). Cancellations and modifications are conditional decrements with the reservation's idempotency key, and refunds follow the policy captured at booking time. No-shows are handled by the policy, not by selling beyond capacity: a deposit or a card guarantee charged when the customer does not turn up. Providers that also sell through other channels push inventory through their own systems; those updates carry a version and the provider's numbers win."},
		},
		Caching:      []string{"{c:cache}: listing details by id (TTL 10 min, deleted on change) and availability summaries per listing and month (bitmap + minimum price, updated from inventory events with a 60 s TTL backstop). The hold and confirm path never reads the cache."},
		Partitioning: []string{"{c:availdb} sharded by listing_id, so every date or slot of a booking and its reservation live on one shard and one transaction; {c:search} sharded by region (geography) with replicas for read throughput."},
		Async:        []string{"Confirmations and reminders, search summary updates, invoices and provider notifications consume reservation events from {c:queue}, published through the transactional outbox."},
		Reliability:  []string{"{c:availdb} shards run with a synchronous standby (RPO 0) and automatic failover; if search is degraded the booking core keeps working, and if the booking core is degraded search keeps serving (cached) results."},
		Security:     []string{"Customer details are personal data: encrypted at rest, visible to the provider only for their own reservations, with an audit log of access."},
		Tradeoffs: []tradeoff{
			{Decision: "Counters per resource and date with conditional updates", Rejected: "checking for overlapping reservations and then inserting", Why: "check-then-insert races under concurrency unless serialised; a conditional update is atomic and costs one row per date or slot"},
			{Decision: "Search served from an index and a stale availability summary", Rejected: "querying the booking database for every search", Why: "searches are ~100× bookings; the database stays small and strictly consistent, search scales on its own"},
			{Decision: "Short holds with a TTL", Rejected: "first-to-pay-wins without holds", Why: "a customer should not lose the slot while paying; expiry returns abandoned inventory automatically"},
		},
		Open: []string{"Pay when booking, or a card guarantee charged only on a no-show?"},
	},
	{
		// Stays counted in nights, sold per room type, with overbooking: what only lodging has.
		ID: "lodging", Name: "nightly stays and overbooking",
		Functional: []string{"Hotels set an overbooking allowance per room type and night; homes and cabins never overbook"},
		Deep: []deepDive{
			{Title: "Stays of N nights, room types and overbooking", Weight: 12, Body: "Lodging counts inventory per room type and night: a room type with 40 rooms has a row per night holding total, booked, held and overbook_limit. A stay of N nights is one transaction on the property's shard that conditionally increments N rows (`booked + held + :rooms <= total + overbook_limit`) and succeeds only if all N changed, so a stay never gets some nights and not others. Overbooking is a business rule, not a bug: hotels sell a few percent above capacity on nights with predictable no-shows, the limit is set per property, room type and night (zero for vacation homes), and the front desk walks the rare surplus guest to a partner hotel. Minimum stays and closed-to-arrival nights are checked in the same transaction."},
		},
		Open: []string{"Which overbooking allowance, per property, room type and night?", "Pay now, pay at the property (card guarantee), or both?"},
	},
	{
		// Selling flights whose seats belong to airlines: fares and PNRs come from outside.
		ID: "flightbooking", Name: "flight search and booking through airlines",
		Deep: []deepDive{
			{Title: "Fares and seats that live with the airlines", Weight: 12, Body: "An online travel agency does not own the seats: fares and availability per (flight, date, fare class) come from a GDS (Amadeus, Sabre) or the airlines' NDC APIs, which charge per search and answer in seconds, so search results are cached for minutes per route and date and every hold re-prices the itinerary. The hold becomes a PNR created at the airline or GDS with a ticketing time limit; the ticket is issued only after payment succeeds, and an unticketed PNR is cancelled before its limit. Airlines overbook economy cabins by a few percent on their own side; the agency sees that only as availability by fare class."},
		},
	},
	{
		// Appointments with clinicians: the booking carries health data.
		ID: "clinicbooking", Name: "patient appointments",
		Security: []string{"A patient's appointment reveals health information (which clinic, which specialist, the reason for the visit): it is protected health data under HIPAA (or GDPR's special categories), encrypted at rest, visible only to that clinic's staff, with an audit log of every read and a business associate agreement with each vendor that touches it."},
	},
	{
		ID: "places", Name: "nearby places and reviews", Archetype: "proximity (nearby places) service", Rank: 43,
		Load:          &loadProfile{WritesPerUser: 0.05, ReadsPerUser: 20, ReadWrite: 500, RecordBytes: 2000, ResponseBytes: 10_000, PeakFactor: 3, Retention: 5, Write: "review or place update", Read: "nearby search"},
		Style:         "a read-heavy search service over a geospatial index that changes slowly, with reviews and place details served from caches",
		Functional:    []string{"Find places (businesses) near a location within a radius, filtered by category, open now, rating and price", "Place pages with details, photos and reviews", "Users write reviews and ratings; owners update their place's details"},
		NonFunctional: []string{"Nearby search < 200 ms p95", "Read-heavy (≈ {read_write_ratio} reads per write); a new place or review may take minutes to appear in search"},
		OutOfScope:    []string{"Turn-by-turn directions", "Reservations and ordering"},
		UseCases:      []string{"A user searches for ramen within 2 km", "A user opens a place and reads its reviews", "A user writes a review"},
		Entities: []entity{
			{Name: "Place", Store: "appdb", Key: "place_id", Partition: "place_id", Indexes: "geohash (precision 6) / S2 cell id, category", Fields: "place_id, name, lat, lng, geohash, category, hours, price_level, rating_avg, review_count", Why: "a few hundred million rows at most, read-mostly: relational with replicas; the geo index is derived from it"},
			{Name: "Review", Store: "engagedb", Key: "(place_id, review_id)", Partition: "place_id", Indexes: "clustering by created_at desc; (author_id)", Fields: "place_id, review_id, author_id, rating, text, created_at", Why: "read by place, newest first"},
		},
		Components: []string{"client", "placesvc", "placeidx", "appdb", "engagesvc", "engagedb", "cache", "queue"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/places/nearby?lat=&lng=&radius=&category=&open_now=&cursor=", Response: "{places[] with distance, rating}, next_cursor", Paginated: true},
			{Method: "GET", Path: "/v1/places/{id}", Response: "{place, photos[], rating}"},
			{Method: "GET", Path: "/v1/places/{id}/reviews?cursor=", Response: "{reviews[], next_cursor}", Paginated: true},
			{Method: "POST", Path: "/v1/places/{id}/reviews", Request: "{rating, text} + Idempotency-Key", Response: "201 {review_id}", Idempotent: true},
			{Method: "PUT", Path: "/v1/places/{id}", Request: "{details, version}", Response: "200", Idempotent: true, Auth: "owner token"},
		},
		Screens: []screen{{Name: "Map and list", Shows: "nearby places on a map, filters", Calls: []string{"GET /v1/places/nearby"}}, {Name: "Place page", Shows: "details, photos, reviews, write a review", Calls: []string{"GET /v1/places/{id}", "GET /v1/places/{id}/reviews", "POST /v1/places/{id}/reviews"}}},
		Flows: []flow{
			{Name: "Nearby search", Steps: []string{"{c:placesvc} computes the geohash cell of the user's location and its 8 neighbours at a precision matching the radius.", "It reads the candidate place ids of those cells from {c:placeidx}, filters by exact distance, category and open-now, and ranks by distance, rating and relevance.", "It hydrates place details from {c:cache} (then {c:appdb}) and returns a page."}},
			{Name: "Write a review", Steps: []string{"{c:engagesvc} stores the review in {c:engagedb} and publishes ReviewCreated to {c:queue}.", "A consumer updates the place's rating aggregate and invalidates its cache entry; search picks up the new rating on its next refresh."}},
		},
		Deep: []deepDive{
			{Title: "The geospatial index: geohash, quadtree or S2", Weight: 10, Body: "Places barely move, so the index is built for reads. Geohash encodes a location as a string whose shared prefix means nearness: a radius search looks up the user's cell plus its 8 neighbours (cells at a border are not neighbours by prefix) at a precision chosen from the radius (6 characters ≈ 1.2 km × 0.6 km). A quadtree instead splits the map until each leaf holds at most ~100 places, so dense city centres get small cells and the countryside large ones; S2/H3 cells do the same on a sphere. Either way the whole index for a few hundred million places fits in memory (tens of GB), so {c:placeidx} is a set of read replicas, rebuilt or updated incrementally from place changes, partitioned by region only when one node's memory runs out."},
			{Title: "Serving {peak_read} nearby searches/s", Weight: 7, Body: "Search traffic clusters in city centres at lunch and dinner time. Results for a (cell, category) pair are cached for a minute in {c:cache}, because the answer changes slowly; place details and the first page of reviews are cached per place. The index replicas scale horizontally; a new or edited place becomes searchable within minutes through the change stream, which is acceptable for the product."},
		},
		Caching:      []string{"{c:cache}: results per (geohash cell, category) for 60 s, place details per id (TTL 10 min, deleted on edit), review first pages per place (deleted on a new review)."},
		Partitioning: []string{"{c:placeidx} replicated whole and partitioned by region only if it outgrows memory; {c:engagedb} reviews by place_id."},
		Async:        []string{"Rating aggregates, index updates and moderation of new reviews run off {c:queue}."},
		Reliability:  []string{"Every index replica can rebuild from {c:appdb}; losing one only reduces read capacity."},
		Security:     []string{"Review spam and fake ratings: rate limits per account, moderation queue, and anomaly checks before a review counts towards the rating."},
		Tradeoffs: []tradeoff{
			{Decision: "In-memory geohash/quadtree index with replicas", Rejected: "latitude/longitude range queries on the database", Why: "two-column range scans are slow and unbounded; a cell lookup is a handful of key reads"},
			{Decision: "Minutes-stale search", Rejected: "synchronous index updates on every place edit", Why: "places change rarely; freshness of minutes costs nothing and keeps writes simple"},
		},
	},
}
