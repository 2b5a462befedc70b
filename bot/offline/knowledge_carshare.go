package offline

// carShareFeatures is the peer-to-peer car rental marketplace archetype (Turo-like): private owners
// list their own cars and strangers drive them. It is not a hotel: a car is one unit booked in
// hourly ranges, the money is held for a trip that may start weeks later, and the hard disputes
// are about damage, so what each side photographed at pickup and return is evidence.
var carShareFeatures = []*feature{
	{
		ID: "carshare", Name: "peer-to-peer car rentals", Archetype: "peer-to-peer car rental marketplace", Rank: 57,
		Load:         &loadProfile{WritesPerUser: 0.02, ReadsPerUser: 25, ReadWrite: 80, RecordBytes: 3000, MediaBytes: 10_000_000, ResponseBytes: 25_000, PeakFactor: 3, Retention: 7, Write: "trip booked", Read: "car search"},
		Style:        "a trip service whose booking table enforces one car, one time range with a database exclusion constraint, a search index for cars near a place that may be seconds stale, and a marketplace ledger that holds the renter's money in escrow until the trip and its damage-claim window are over",
		CapacityNote: "Bookings are few next to searches (renters compare dozens of cars per trip), so search scales on its own; what is heavy is the photos — every trip stores a set at pickup and another at return, a few MB each, kept for the claim and dispute windows — and the money, which stays on the ledger from booking until the owner's payout days after the trip.",
		Functional: []string{
			"Owners list a car with photos, location, price per day and per hour, rules (minimum renter age, minimum notice, maximum trip length, delivery) and a calendar of blocked times",
			"Renters search by location and pickup/return time, filter by type, price and features, and see only cars free for the whole range",
			"Instant book confirms at once; otherwise the owner approves or declines within a deadline (8 hours, or before the trip if sooner), and an unanswered request expires and releases the hold",
			"The renter's card is authorised at booking, the trip price is captured at the trip start and incidentals (mileage, fuel, tolls, late return) after the trip ends; the owner is paid out after the damage-claim window",
			"Both sides photograph the car (all sides, odometer, fuel) at pickup and return in the app; the photos are kept unaltered as evidence for damage claims",
			"Drivers are verified before their first trip (licence, selfie, driving-record check) and trips are screened for fraud",
			"After the trip renter and owner review each other; reviews are revealed together",
		},
		NonFunctional: []string{
			"A car is never booked twice for overlapping times, including pending requests and owner blocks (strong consistency per car)",
			"Search < 500 ms p95; availability in results may be seconds stale but is re-checked when booking",
			"No money is lost or paid twice: every charge, hold, refund and payout is a balanced ledger entry, idempotent on its trip and step",
			"Trip photos are immutable once uploaded and kept at least until the claim and dispute windows close",
		},
		OutOfScope: []string{"Insurance underwriting (a partner insures trips; we record the plan chosen)", "Remote unlock and telematics hardware", "Dynamic pricing suggestions for owners"},
		UseCases: []string{
			"A renter searches for an SUV near the airport from Friday 18:00 to Sunday 20:00 and books one with instant book",
			"An owner gets a request for next month, approves it from a push notification 3 hours later",
			"At pickup the renter takes 8 photos and the owner 8 more; at return a new dent shows up and the owner files a claim the same evening",
			"The trip ends; tolls arrive a week later and are charged; the owner is paid out 3 days after the trip",
		},
		Entities: []entity{
			{Name: "Car listing", Store: "appdb", Key: "car_id", Partition: "car_id", Indexes: "(owner_id); location (geo point), type and price copied to the search index",
				Fields: "car_id, owner_id, make, model, year, vin, plate, location (lat, lng), delivery_radius_km, price_per_day, price_per_hour, instant_book (bool), rules (min_age, min_notice_h, max_days, buffer_h), photo_keys[], timezone, status (draft|listed|snoozed|removed), verified_at",
				Why:    "read-mostly and relational; copied into the search index for location queries"},
			{Name: "Trip", Store: "tripbookdb", Key: "trip_id", Partition: "car_id", Indexes: "EXCLUDE USING gist (car_id WITH =, blocked_range WITH &&) WHERE status IN ('requested','confirmed','active'); (renter_id, starts_at); (owner_id, status); (status, respond_by) for request expiry",
				Fields: "trip_id, car_id, renter_id, owner_id, kind (trip|owner_block), starts_at, ends_at, blocked_range (tstzrange with the owner's turnaround buffer), status (requested|confirmed|declined|expired|cancelled|active|completed|closed), respond_by, price_quote, protection_plan, idempotency_key, version",
				Why:    "one row per trip or owner block; the exclusion constraint makes overlapping ranges on one car impossible to commit, whoever writes them"},
			{Name: "Trip photo", Store: "tripbookdb", Key: "(trip_id, phase, photo_id)", Partition: "car_id", Indexes: "(trip_id, phase)",
				Fields: "trip_id, car_id, phase (pickup|return), photo_id, taken_by (renter|owner), angle (front|rear|left|right|odometer|fuel|interior|damage), object_key, sha256, captured_at (device), uploaded_at (server), gps, exif",
				Why:    "metadata and hash of an immutable object; the hash taken at upload proves the evidence was not changed later"},
			{Name: "Damage claim", Store: "tripbookdb", Key: "claim_id", Partition: "car_id", Indexes: "(trip_id); (status, opened_at)",
				Fields: "claim_id, trip_id, car_id, opened_by, opened_at, description, photo_ids[], estimate, status (open|renter_responded|decided|paid|denied), decision, amount_charged, insurer_ref",
				Why:    "must be opened within the claim window after return; settlement reads the trip's photos from both phases"},
			{Name: "Ledger entry", Store: "ledgerdb", Key: "(journal_id, line)", Partition: "account_id", Indexes: "(account_id, created_at); unique(trip_id, step) on the journal",
				Fields: "journal_id, line, account_id (renter_card_clearing | escrow:trip | owner_payable:owner | platform_fees | protection_premiums | payouts), amount, currency, trip_id, step (authorise|capture|incidental|refund|claim|payout), psp_ref, created_at",
				Why:    "double-entry: every journal balances, so the money held for each trip and owed to each owner is a sum, never a mutable field"},
			{Name: "Driver verification", Store: "appdb", Key: "user_id", Partition: "user_id", Indexes: "(status, expires_at)",
				Fields: "user_id, licence_country, licence_number (encrypted), licence_expiry, selfie_match_score, driving_record_result, risk_score, status (pending|approved|rejected|needs_review), checked_at, expires_at",
				Why:    "gates every booking; rechecked on expiry and before high-value trips"},
			{Name: "Review", Store: "appdb", Key: "(trip_id, author_role)", Partition: "trip_id", Indexes: "(subject_id, published_at)",
				Fields: "trip_id, author_role (renter|owner), author_id, subject_id, rating, text, submitted_at, published_at",
				Why:    "one per side per trip; published_at is set for both when the second arrives or the 14-day window closes"},
		},
		Components: []string{"client", "cdn", "carsvc", "tripsvc2", "tripbookdb", "appdb", "searchsvc", "search", "indexer", "paysvc", "ledgerdb", "psp", "payoutworker", "tripphotos", "evidencestore", "driververify", "triptimer", "queue", "notifsvc", "cache"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/cars?near=&starts_at=&ends_at=&type=&max_price=&cursor=", Response: "{cars[]: car_id, photo, price_total, distance, rating, instant_book}, next_cursor", Paginated: true, Note: "from the search index and the per-car availability summary, seconds stale"},
			{Method: "GET", Path: "/v1/cars/{id}", Response: "{car, rules, calendar (next 90 days, hourly blocks), price_quote?}"},
			{Method: "POST", Path: "/v1/cars", Request: "{make, model, year, vin, location, prices, rules, instant_book} + Idempotency-Key", Response: "201 {car_id}", Idempotent: true, Auth: "owner bearer token"},
			{Method: "POST", Path: "/v1/cars/{id}/blocks", Request: "{starts_at, ends_at} + Idempotency-Key", Response: "201 {block_id} | 409 {conflicting_trip}", Idempotent: true, Auth: "owner bearer token"},
			{Method: "POST", Path: "/v1/trips", Request: "{car_id, starts_at, ends_at, protection_plan, payment_method_id} + Idempotency-Key", Response: "201 {trip_id, status: confirmed|requested, respond_by?} | 409 {unavailable} | 403 {verification_required}", Idempotent: true},
			{Method: "POST", Path: "/v1/trips/{id}/decision", Request: "{approve: bool, version}", Response: "200 {status} | 409 {status: expired}", Idempotent: true, Auth: "owner bearer token"},
			{Method: "POST", Path: "/v1/trips/{id}/cancel", Request: "+ Idempotency-Key", Response: "200 {status, refund_amount}", Idempotent: true},
			{Method: "POST", Path: "/v1/trips/{id}/photos", Request: "{phase, angle, sha256, captured_at, gps}", Response: "201 {photo_id, upload_url (pre-signed, 15 min, Content-MD5 pinned)}", Idempotent: true},
			{Method: "POST", Path: "/v1/trips/{id}/start", Request: "{odometer, fuel_level, photo_ids[]} + Idempotency-Key", Response: "200 {status: active}", Idempotent: true, Note: "requires the pickup photo set"},
			{Method: "POST", Path: "/v1/trips/{id}/end", Request: "{odometer, fuel_level, photo_ids[]} + Idempotency-Key", Response: "200 {status: completed, claim_window_ends_at}", Idempotent: true, Note: "requires the return photo set"},
			{Method: "POST", Path: "/v1/trips/{id}/claims", Request: "{description, photo_ids[], estimate} + Idempotency-Key", Response: "201 {claim_id} | 409 {claim_window_closed}", Idempotent: true, Auth: "owner bearer token"},
			{Method: "POST", Path: "/v1/me/verification", Request: "{licence_images, selfie}", Response: "202 {status: pending}", Idempotent: true},
			{Method: "POST", Path: "/v1/trips/{id}/reviews", Request: "{rating, text} + Idempotency-Key", Response: "201 {published: false}", Idempotent: true},
			{Method: "GET", Path: "/v1/me/trips?role=&status=&cursor=", Response: "{trips[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Search", Shows: "cars on a map and in a list for the place and pickup/return times, total price", Calls: []string{"GET /v1/cars"}},
			{Name: "Car page", Shows: "photos, rules, hourly calendar, total price, instant book or request", Calls: []string{"GET /v1/cars/{id}", "POST /v1/trips"}},
			{Name: "Verify your licence", Shows: "licence front and back, selfie, status", Calls: []string{"POST /v1/me/verification"}},
			{Name: "Owner: requests and calendar", Shows: "pending requests with a countdown to respond_by, blocked times, listing editor", Calls: []string{"POST /v1/trips/{id}/decision", "POST /v1/cars/{id}/blocks", "POST /v1/cars"}},
			{Name: "Pickup and return checklist", Shows: "guided photo angles, odometer and fuel, start or end the trip", Calls: []string{"POST /v1/trips/{id}/photos", "POST /v1/trips/{id}/start", "POST /v1/trips/{id}/end"}},
			{Name: "My trips", Shows: "upcoming and past trips as renter or owner, cancel, file a claim, review", Calls: []string{"GET /v1/me/trips", "POST /v1/trips/{id}/cancel", "POST /v1/trips/{id}/claims", "POST /v1/trips/{id}/reviews"}},
		},
		Flows: []flow{
			{Name: "Search for a car", Steps: []string{
				"{c:searchsvc} asks {c:search} for listed cars within the radius of the place (geo distance), matching type, price and the renter's age against each car's rules.",
				"It drops cars whose availability summary in {c:cache} (a bitmap of booked hours per car for the next 90 days, updated from trip events) overlaps the requested range, and ranks by distance, price and rating.",
				"Nothing here reads {c:tripbookdb}; the booking re-checks."}},
			{Name: "Book: instant or on request", Steps: []string{
				"{c:tripsvc2} checks that the renter's verification in {c:driververify} is approved and the car's rules (minimum notice, trip length, age) pass.",
				"It asks {c:paysvc} to authorise the trip total plus the deposit on the renter's card through {c:psp}, keyed by the trip's idempotency key, and saves the payment method for later merchant-initiated charges.",
				"It inserts the trip into {c:tripbookdb} as confirmed (instant book) or requested with respond_by = min(now + 8 h, starts_at − 1 h); the exclusion constraint rejects the insert with 409 if any requested, confirmed or active trip or owner block overlaps, and the authorisation is voided.",
				"An outbox event reaches {c:queue}: {c:notifsvc} tells the owner, {c:indexer} updates the car's availability summary, and {c:triptimer} arms the request's deadline."}},
			{Name: "Owner decision or expiry", Steps: []string{
				"The owner's approve is a conditional update `UPDATE trip SET status='confirmed' WHERE trip_id=:t AND status='requested' AND respond_by > now()`; a decline sets declined and voids the authorisation.",
				"{c:triptimer} scans `(status, respond_by)` each minute and moves unanswered requests to expired with the same conditional update, releasing the range and voiding the authorisation; whichever of the owner and the timer commits first wins."}},
			{Name: "Pickup, trip and return", Steps: []string{
				"At pickup the app walks each side through the photo angles; each photo goes by pre-signed URL to {c:tripphotos}, which verifies its SHA-256 against the hash registered beforehand and stores it in {c:evidencestore} under object lock.",
				"Starting the trip needs the pickup set; {c:tripsvc2} records odometer and fuel, and {c:paysvc} captures the trip price (or charges the saved card if the authorisation has lapsed) into the trip's escrow account on {c:ledgerdb}.",
				"Ending the trip needs the return set; the claim window (24 h) starts, incidentals are charged as they arrive (tolls can take a week), and {c:payoutworker} pays the owner from escrow when the window closes with no open claim."}},
		},
		Deep: []deepDive{
			{Title: "One car, one time range: bookings, requests and owner blocks that cannot overlap", Weight: 10, Body: "A car is a single unit booked in hours, so availability is not a counter per day but a set of time ranges. Every trip and every owner block is a row in {c:tripbookdb} with a tstzrange, and PostgreSQL enforces `EXCLUDE USING gist (car_id WITH =, blocked_range WITH &&) WHERE status IN ('requested','confirmed','active')`: two overlapping ranges on one car cannot both commit, whether they come from two renters in the same millisecond, an owner blocking the weekend, or an extension of a running trip. The range stored is the trip widened by the owner's turnaround buffer (say 2 h for cleaning and handover), so back-to-back trips leave time to hand the keys over.\n\nA pending request holds its range too. The alternative — letting an instant-book renter take the car while the owner thinks — makes the owner's approval meaningless; the cost is that an unanswered request blocks the car, which is why requests expire within hours. Extensions and changes are an update of the range that the same constraint checks, and a cancelled, declined or expired trip drops out of the constraint's predicate, freeing the range at once.\n\nTimes are stored as instants with the car's time zone on the listing, because a trip from Saturday 10:00 across a daylight-saving change is not 24 hours per day. Search uses a bitmap of booked hours per car in {c:cache}, rebuilt from trip events; it may be seconds stale, and the constraint is the only judge."},
			{Title: "Money held from booking to payout: authorisations expire, so the ledger holds it", Weight: 9, Body: "The renter pays at booking, the owner is paid after the trip, and in between the money belongs to neither. A card authorisation would be the natural hold, but it lapses after about 7 days (issuers release it; car-rental merchant codes allow longer, but a marketplace is not the rental merchant), and trips are often booked weeks ahead and last longer than a week. So the design does not rely on one authorisation: at booking the card is authorised (proving it is good) and saved for merchant-initiated charges; at the trip start — or at booking, for trips starting within 7 days — the trip price is captured into the platform's balance. If the authorisation lapsed before capture, {c:paysvc} charges the saved card with the same idempotency key; a decline there cancels the trip before the owner hands over the keys. 'Held until the trip ends' is therefore a state of our ledger, not of the card: the money sits in the trip's escrow account and neither side can touch it until the trip ends and its claim window closes.\n\nCaptured money sits on {c:ledgerdb} in a per-trip escrow account, a liability: `renter_card_clearing → escrow:trip` at capture; at payout `escrow:trip → owner_payable:owner + platform_fees + protection_premiums`, then `owner_payable → payouts` when {c:payoutworker} transfers to the owner's connected account. Every journal balances and carries unique(trip_id, step), so a retried capture or payout is a no-op. The owner is paid only after the claim window closes with no open claim; incidentals that arrive later are separate journals charged to the saved card, and a chargeback months later becomes a receivable against the owner's future payouts, so the books still balance.\n\nAt {peak_write} trips booked a second at peak, with a handful of journals each, the ledger is a small, strictly consistent database; what matters is that each trip's money can be explained to the cent, from authorisation to payout."},
			{Title: "Pickup and return photos as evidence for damage claims", Weight: 9, Body: "Damage claims are disputes between strangers, settled on what the car looked like at pickup and at return, so the photos are evidence and must be provably unaltered. The app guides both sides through fixed angles (four corners, odometer, fuel, interior, any existing damage); before each upload it registers the photo's SHA-256, capture time and GPS with {c:tripphotos}, then puts the bytes to a pre-signed URL pinned to that hash. {c:tripphotos} stores them in {c:evidencestore}, an S3 bucket with Object Lock in compliance mode (retention 1 year, plus a legal hold on the objects of any trip with an open claim), so nobody — not the uploader, not support, not an operator — can change or delete them.\n\nA trip cannot start without the pickup set nor end without the return set; garages without signal are common, so the app keeps the photos and their hashes locally and uploads when it can, while the capture time and hash were fixed on the device when taken. An owner opens a claim within 24 hours of the return; the claim screen shows pickup and return photos of the same angle side by side, the renter responds with their own set, and support decides. A decision charges the renter's saved card up to the deposit or the plan's deductible and bills the rest to the protection partner. The app resizes each photo to about 500 KB, and a trip's pickup and return sets from both sides are about 20 photos, some 10 MB a trip — {storage_month} a month — so photos, not trips, are what the storage bill is made of; after the dispute window they move to an archive tier. Originals are served only to the two parties and support, by signed URL."},
			{Title: "Trust and safety: verifying drivers and reviewing both sides", Weight: 8, Body: "Handing a stranger a car needs the stranger to be a licensed driver who is who they say. Before a first booking {c:driververify} checks the licence (document authenticity and expiry), matches a selfie to the licence photo, and pulls a driving-record report where the country allows; approval is cached with an expiry and rechecked before high-value cars. Each booking is scored for fraud (new account, stolen-card signals, a far-away login, a booking that starts within the hour for a luxury car) and risky ones go to owner approval or manual review even when the car allows instant book. Owners are verified too, and a listing's VIN is checked against the plate and theft records before it goes live.\n\nReviews are two-sided and double-blind: each side writes within 14 days, and both are published together when the second is submitted or the window closes, so neither can retaliate after reading the other's review. A low rating feeds the risk score of the renter and the search ranking of the car."},
		},
		Caching: []string{
			"{c:cache}: per-car availability bitmaps (hours booked in the next 90 days) rebuilt from trip events with a 60 s TTL backstop, car details by id (deleted on edit), and popular searches per (area cell, date range) for 60 s. Booking, decision and trip transitions never read the cache.",
			"Car photos through {c:cdn} as resized thumbnails; trip evidence photos are never cached at the edge, served by short-lived signed URLs to the two parties and support.",
		},
		Partitioning: []string{"{c:tripbookdb} partitioned by car_id, so a car's trips, blocks, photos and claims and its exclusion constraint live on one shard; {c:search} sharded by region; {c:ledgerdb} by account_id with the journal's balance checked in one transaction."},
		Async:        []string{"Owner and renter notifications, availability summaries for search, request deadlines, incidental charges, owner payouts after the claim window and review publication all run off trip events on {c:queue}, published through the transactional outbox."},
		Reliability: []string{
			"{c:tripbookdb} and {c:ledgerdb} run a synchronous standby (RPO 0): a confirmed trip or a captured payment is never lost in a failover.",
			"If the payment processor is down, new bookings wait (no trip without an authorisation) while running trips continue; captures, incidentals and payouts queue with their idempotency keys and replay.",
			"If {c:tripphotos} is unreachable at pickup, the app keeps the photos and their hashes on the device and the trip may start on the owner's confirmation; the upload completes later and the hash shows the photos were taken then.",
		},
		Security: []string{
			"Licence numbers, selfies and driving records are the most sensitive data here: encrypted per field, visible only to the verification vendor and trust and safety, deleted on the retention schedule; owners see only that the renter is verified.",
			"The exact car location and lockbox or key-handover details are shown only to the confirmed renter, from shortly before the trip.",
			"Payouts go only to the owner's verified connected account; changing it needs re-authentication and holds payouts for 48 h.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "An exclusion constraint on (car_id, time range)", Rejected: "a counter per car and day", Why: "cars are booked by the hour and trips span days; a day counter either forbids same-day turnarounds or misses overlaps inside a day"},
			{Decision: "Pending requests hold the car until they expire", Rejected: "letting instant book take the range while the owner decides", Why: "an approval that can be overtaken is meaningless to the owner; a short respond_by bounds the cost"},
			{Decision: "Capture into a per-trip escrow account on our ledger", Rejected: "one card authorisation from booking to the end of the trip", Why: "authorisations lapse after about 7 days and trips are booked weeks ahead; the ledger holds the money for any length of time and explains every cent"},
			{Decision: "Photos under Object Lock with hashes registered before upload", Rejected: "photos in an ordinary bucket", Why: "a damage claim is a dispute between two parties; evidence anyone can delete or replace settles nothing"},
		},
		Bottlenecks: []string{"Holiday weekends in popular cities: search and booking attempts on the same few cars; the constraint settles each conflict in one insert, and the availability bitmaps keep losers from trying cars already taken.", "Photo uploads at the end of long weekends, when many trips end within hours: uploads go straight to object storage, never through the services."},
		Open:        []string{"How long is the claim window, and is the deposit authorised separately from the trip price?", "Which countries allow driving-record checks, and what replaces them elsewhere?", "Do owners hand over keys in person, or through a lockbox or remote unlock?"},
	},
}

// carShareComponents are the building blocks of the peer-to-peer car rental archetype.
var carShareComponents = []compSpec{
	{ID: "carsvc", Name: "Car listing service", Kind: "service", Tech: "stateless Go service",
		Desc:  "owners' car listings, rules, photos and calendars; publishes changes for search",
		Links: []link{{"appdb", "car listings"}, {"cache", "car details"}, {"queue", "listing changes"}}, Aliases: []string{"car service", "listing service"}},
	{ID: "tripsvc2", Name: "Rental trip service", Kind: "service", Tech: "stateless Go service",
		Desc:  "books trips (instant or on request), owner decisions, pickup and return, cancellations and claims",
		Links: []link{{"tripbookdb", "trips, blocks (exclusion constraint)"}, {"paysvc", "authorise, capture, refund"}, {"driververify", "is the renter verified"}, {"queue", "trip events (outbox)"}}, Aliases: []string{"rental trip service", "rental booking service"}},
	{ID: "tripbookdb", Name: "Rental trip DB", Kind: "database", Tech: "PostgreSQL with btree_gist, partitioned by car id, synchronous standby",
		Desc: "trips and owner blocks as time ranges per car, trip photos' metadata and damage claims", Aliases: []string{"rental trip db", "rental bookings db"}},
	{ID: "payoutworker", Name: "Payout worker", Kind: "worker", Tech: "Go worker driven by trip events and the claim-window deadline",
		Desc:  "pays owners from escrow when the claim window closes, charges incidentals to saved cards",
		Links: []link{{"queue", "trip completed, claim decided"}, {"paysvc", "transfers to owners, incidental charges"}}, Aliases: []string{"payouts"}},
	{ID: "tripphotos", Name: "Trip photo service", Kind: "service", Tech: "stateless Go service",
		Desc:  "registers photo hashes, hands out pre-signed uploads pinned to them, verifies and locks the evidence",
		Links: []link{{"evidencestore", "write-once photos"}, {"tripbookdb", "photo metadata"}}, Aliases: []string{"photo service", "evidence service"}},
	{ID: "evidencestore", Name: "Evidence store", Kind: "storage", Tech: "Amazon S3 with Object Lock (compliance mode)",
		Desc: "pickup and return photos, immutable for the claim and dispute windows", Aliases: []string{"evidence store", "worm bucket"}},
	{ID: "driververify", Name: "Driver verification", Kind: "service", Tech: "Go service over an identity vendor (licence + selfie match) and driving-record checks",
		Desc:  "verifies renters' licences and identity before their first trip and scores bookings for fraud",
		Links: []link{{"appdb", "verification status, risk scores"}}, Aliases: []string{"kyc", "driver verification", "trust and safety"}},
	{ID: "triptimer", Name: "Trip deadline worker", Kind: "worker", Tech: "Go worker scanning the (status, respond_by) index each minute under a lease",
		Desc:  "expires unanswered requests and opens and closes claim windows",
		Links: []link{{"tripbookdb", "conditional expiry"}, {"queue", "request expired"}}, Aliases: []string{"expiry worker"}},
}

func init() {
	addCatalog(carShareComponents, link{"carsvc", "car listings"}, link{"tripsvc2", "trips, requests, claims"}, link{"tripphotos", "trip photo uploads"})
}
