package offline

// checkinFeatures is the airline departure-control archetype: online check-in, seat assignment,
// boarding passes and gate boarding for an airline's own flights. It is not flight booking: the
// tickets are already sold and their PNRs are the airline's. What makes it hard is a check-in
// window that opens per flight 24 h before departure with a burst on the same seats, a boarding
// pass a gate must trust without asking a server, and a gate that keeps boarding when its network
// drops.
var checkinFeatures = []*feature{
	{
		ID: "checkin", Name: "airline check-in, seats and boarding", Archetype: "airline check-in and boarding system", Rank: 58,
		Load:         &loadProfile{WritesPerUser: 3, ReadsPerUser: 15, ReadWrite: 5, RecordBytes: 2000, ResponseBytes: 15_000, PeakFactor: 8, Retention: 1, Write: "check-in or seat change", Read: "seat map view"},
		Style:        "a departure control core partitioned by flight — each flight's seats, check-ins and boarding state in one partition, changed by conditional updates — that issues signed boarding passes, and per-gate manifests pushed ahead of boarding so gate scanners verify and board offline and reconcile afterwards",
		CapacityNote: "Check-in does not arrive evenly over the day: each flight's window opens 24 h before its departure, so departure banks at a hub (dozens of flights leaving in the same hour) open together, and a large share of each flight's passengers arrive in the first minutes, all reading the same seat map and competing for the same aisle and window seats near the front. Size the seat-map read path and the per-flight write path for that opening burst (about 8× the average), not for the daily total; a single flight has at most a few hundred seats, so one partition per flight never outgrows one node. A departed flight's rows are needed online for about a year (claims, audits) and then move to archive storage.",
		Functional: []string{
			"Online and kiosk check-in opens 24 h before departure (closes 45–60 min before); the passenger is found by booking reference (PNR locator) and surname, or by e-ticket number",
			"Passengers view the seat map of their cabin and choose a seat; a chosen seat is held for a few minutes while they confirm (or pay for a paid seat) and no two passengers ever get the same seat",
			"Travel documents are collected at check-in and the passenger is screened (APIS / Secure Flight / no-fly watchlists) before any boarding pass is issued",
			"A mobile boarding pass with an IATA BCBP barcode, signed so gates can verify it without a server, delivered in the app and to Apple/Google Wallet; reissued when the seat or flight changes",
			"Gate agents scan boarding passes against the flight's manifest, see selectees, standby and infants, and keep boarding when the gate's network drops",
			"Departure control sees checked-in and boarded counts per flight, offloads no-shows' bags and closes the flight",
		},
		NonFunctional: []string{
			"No seat is ever assigned to two passengers on one flight (strong consistency per flight); one passenger holds at most one seat per flight",
			"Seat map loads < 300 ms p95 and seat selection < 500 ms p95 during the first minutes after a flight's check-in opens",
			"No boarding pass is issued before the passenger is cleared by government screening",
			"Gate boarding keeps working with no network for the whole boarding (about 45 min); every offline scan reaches the server once the gate reconnects",
		},
		OutOfScope: []string{"Selling tickets and fares (the reservation system did that; its PNRs are the input)", "Baggage handling beyond bag-tag counts and offloads", "Crew and aircraft scheduling"},
		UseCases: []string{
			"A passenger opens the app exactly 24 h before departure, picks seat 14C and gets a boarding pass in the wallet",
			"Two passengers tap 14C in the same second: one gets it, the other sees the refreshed map",
			"A family of four on one PNR is seated together, all or none",
			"The gate's network drops 20 minutes into boarding; the agent keeps scanning and the server catches up when it returns",
			"A passenger flagged as selectee gets SSSS printed on the pass; a passenger inhibited by the watchlist gets no pass and is sent to the counter",
		},
		Entities: []entity{
			{Name: "Flight (departure)", Store: "dcsdb", Key: "flight_id (carrier, number, date, origin)", Partition: "flight_id", Indexes: "(origin, scheduled_departure) for window opening and gate sync; (gate, scheduled_departure)",
				Fields: "flight_id, carrier, flight_number, departure_date, origin, destination, aircraft_config_id, scheduled_departure, checkin_opens_at, checkin_closes_at, gate, boarding_starts_at, status (scheduled|open|closed|boarding|departed), manifest_version",
				Why:    "the unit of consistency: every seat, check-in and boarding scan of a flight lives in its partition, so each decision is a local transaction"},
			{Name: "Seat", Store: "dcsdb", Key: "(flight_id, seat_no)", Partition: "flight_id", Indexes: "primary key is the uniqueness rule; unique(flight_id, passenger_id) where status in ('held','assigned'); (flight_id, status, hold_expires_at) for the hold sweep",
				Fields: "flight_id, seat_no (14C), cabin, characteristics (aisle, window, exit row, extra legroom), price, status (available|held|assigned|blocked), passenger_id, hold_expires_at, version",
				Why:    "one row per physical seat: assigning it is a conditional update of that row, so two passengers can never both win it"},
			{Name: "Passenger check-in", Store: "dcsdb", Key: "(flight_id, passenger_id)", Partition: "flight_id", Indexes: "unique(flight_id, checkin_seq); (flight_id, pnr_locator)",
				Fields: "flight_id, passenger_id, pnr_locator, ticket_number, coupon_no, name, checkin_seq (sequence number on the flight), seat_no, documents (passport number, nationality, expiry — encrypted), screening (pending|cleared|selectee|inhibited), bags, status (checked_in|boarded|offloaded), boarded_at, boarded_by_device",
				Why:    "the departure control record of one passenger on one flight; the sequence number goes into the barcode and identifies the pass at the gate"},
			{Name: "Boarding pass", Store: "dcsdb", Key: "(flight_id, checkin_seq, version)", Partition: "flight_id", Indexes: "(passenger_id)",
				Fields: "flight_id, checkin_seq, version, bcbp_payload (M1 string), signing_key_id, signature, issued_at, superseded_at, wallet_pass_serial",
				Why:    "every reissue (seat change, rebooking) is a new version; the manifest carries only the latest, so a screenshot of an old pass is caught at the gate"},
			{Name: "Gate scan", Store: "dcsdb", Key: "(flight_id, device_id, local_seq)", Partition: "flight_id", Indexes: "(flight_id, checkin_seq)",
				Fields: "flight_id, device_id, local_seq, checkin_seq, pass_version, scanned_at (device clock), outcome (boarded|duplicate|not_on_manifest|wrong_flight|bad_signature), agent_id, offline (bool), received_at",
				Why:    "append-only journal written first on the gate device; (device_id, local_seq) makes the upload after an outage idempotent"},
			{Name: "PNR", Store: "pss", Key: "pnr_locator", Partition: "pnr_locator", Indexes: "(ticket_number), (surname, departure_date)",
				Fields: "pnr_locator, passengers[], segments[] (flight, date, class), tickets[] with coupon status (open|checked_in|boarded|flown), contact, secure_flight_data, ssr (wheelchair, infant, meal)",
				Why:    "the airline's own passenger name record from its reservation system; check-in reads it and moves coupon status forward, never the other way"},
		},
		Components: []string{"client", "checkinsvc", "dcsdb", "pss", "seatmapcache", "cache", "bpsigner", "govscreen", "manifestsvc", "gatescan", "queue", "notifsvc"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/checkin/lookup", Request: "{pnr_locator, surname} | {ticket_number}", Response: "200 {session_token, passengers[], flights[] with checkin_opens_at}", Auth: "none (PNR locator and surname in body), rate limited per IP"},
			{Method: "GET", Path: "/v1/flights/{flight_id}/seatmap?cabin=", Response: "{version, rows[]: seats[] {seat_no, status: free|taken, characteristics, price}}", Note: "from the seat-map cache, version-stamped; taken seats are anonymous"},
			{Method: "POST", Path: "/v1/flights/{flight_id}/seat-holds", Request: "{passenger_ids[], seat_nos[]} + Idempotency-Key", Response: "201 {hold_id, expires_at} | 409 {taken[], seatmap_version}", Idempotent: true, Note: "all seats of the request or none"},
			{Method: "POST", Path: "/v1/flights/{flight_id}/checkins", Request: "{hold_id?, passengers[]: {passenger_id, documents}} + Idempotency-Key", Response: "201 {checkin_seq[], screening: cleared|pending|selectee|inhibited}", Idempotent: true},
			{Method: "GET", Path: "/v1/flights/{flight_id}/boarding-passes/{passenger_id}", Response: "{bcbp_payload, barcode (Aztec/PDF417), wallet_url, version} | 202 {screening: pending}", Note: "only for cleared or selectee passengers"},
			{Method: "PUT", Path: "/v1/flights/{flight_id}/checkins/{passenger_id}/seat", Request: "{seat_no, version} + Idempotency-Key", Response: "200 {seat_no, boarding_pass_version} | 409", Idempotent: true, Note: "a seat change reissues the boarding pass"},
			{Method: "GET", Path: "/v1/gates/{gate}/manifests/{flight_id}?since_version=", Response: "{manifest_version, passengers[] delta: checkin_seq, name, seat, pass_version, flags (selectee, infant, standby), status; signing_keys[]}", Auth: "gate device certificate (mTLS)", Note: "full snapshot first, deltas after"},
			{Method: "POST", Path: "/v1/gates/{gate}/scans", Request: "{device_id, scans[]: local_seq, flight_id, checkin_seq, pass_version, scanned_at, outcome}", Response: "200 {accepted_through_local_seq, conflicts[]}", Idempotent: true, Auth: "gate device certificate (mTLS)", Note: "batched; replayed after an outage"},
		},
		Screens: []screen{
			{Name: "Find my booking", Shows: "booking reference and surname, the flights and when check-in opens", Calls: []string{"POST /v1/checkin/lookup"}},
			{Name: "Seat map", Shows: "the cabin's seats (free, taken, exit row, paid), a countdown on held seats", Calls: []string{"GET /v1/flights/{flight_id}/seatmap", "POST /v1/flights/{flight_id}/seat-holds", "PUT /v1/flights/{flight_id}/checkins/{passenger_id}/seat"}},
			{Name: "Travel documents and check-in", Shows: "passport scan (MRZ), nationality, confirm", Calls: []string{"POST /v1/flights/{flight_id}/checkins"}},
			{Name: "Boarding pass", Shows: "the barcode, seat, gate, boarding time, SSSS if selectee; add to wallet", Calls: []string{"GET /v1/flights/{flight_id}/boarding-passes/{passenger_id}"}},
			{Name: "Gate boarding (agent)", Shows: "scan result in green/red, boarded and remaining counts, offline banner, selectees and standby list", Calls: []string{"GET /v1/gates/{gate}/manifests/{flight_id}", "POST /v1/gates/{gate}/scans"}},
		},
		Flows: []flow{
			{Name: "Open check-in for a flight", Steps: []string{
				"{c:checkinsvc} scans `(origin, scheduled_departure)` in {c:dcsdb} and, 30 minutes before a flight's window opens, builds its seat rows from the aircraft configuration and its expected passengers from the PNRs in {c:pss}.",
				"It loads the flight's seat map into {c:seatmapcache} and asks {c:govscreen} for the Secure Flight results it already has from booking time, so the opening minute only waits on travel-document checks.",
				"At checkin_opens_at the flight's status becomes open and {c:notifsvc} pushes 'check-in is open' to its passengers, spread over a few minutes to flatten the burst."}},
			{Name: "Choose a seat and check in", Steps: []string{
				"The passenger's lookup (locator + surname) reads the PNR from {c:pss} once and keeps it in {c:cache} as the check-in session.",
				"The app reads the seat map from {c:seatmapcache} (version-stamped, no database read).",
				"A tap on 14C posts a seat hold: {c:checkinsvc} runs `UPDATE seat SET status='held', passenger_id=:p, hold_expires_at=now()+interval '5 min', version=version+1 WHERE flight_id=:f AND seat_no='14C' AND (status='available' OR (status='held' AND hold_expires_at < now()))` in {c:dcsdb}; 0 rows is a 409 with the map's current version.",
				"The passenger submits documents; {c:checkinsvc} commits the check-in in the flight's partition (seat held → assigned, next checkin_seq, coupon status) and writes an outbox event, then writes the seat's new state through to {c:seatmapcache}.",
				"{c:checkinsvc} sends the travel documents to {c:govscreen} (interactive APIS / Secure Flight); the answer cleared, selectee or inhibited is stored on the check-in.",
				"For cleared or selectee passengers {c:bpsigner} signs the BCBP payload, and {c:checkinsvc} returns the pass and a wallet pass URL; the event on {c:queue} moves the coupon in {c:pss} to checked-in and updates the manifest version."}},
			{Name: "Sync the gate", Steps: []string{
				"About 90 minutes before departure, {c:gatescan} at the assigned gate pull the flight's full manifest and the current public signing keys from {c:manifestsvc}.",
				"They keep pulling deltas (late check-ins, seat changes, offloads) by manifest_version every few seconds and store them on the device."}},
			{Name: "Board at the gate", Steps: []string{
				"The agent scans a pass; {c:gatescan} parse the BCBP, verify the signature with the cached public key, check flight, date and origin, and look up (flight, checkin_seq) in the local manifest.",
				"A match with the latest pass version and status checked_in boards the passenger: the scan is appended to the device's local journal and the manifest row marked boarded, so a second scan of the same pass is refused at once.",
				"Each reader posts journal batches to {c:manifestsvc}, which applies them to {c:dcsdb} idempotently by (device_id, local_seq); when the gate is offline they queue on the device and are replayed on reconnect."}},
		},
		Deep: []deepDive{
			{Title: "The check-in opening burst and one seat per passenger", Weight: 10, Body: "Each flight's window opens 24 h before its departure, so the burst follows the timetable: departures that leave close together open together (at a hub, a morning bank of dozens of flights), and a large share of each flight's passengers arrive in the first minutes, all wanting the same aisle and window seats near the front. Reads dominate — every passenger reloads the map several times — so the map is served from {c:seatmapcache}: one hash per flight and cabin, version-stamped, written through after every committed change; the database is never read to draw a map.\n\nCorrectness lives only in {c:dcsdb}. A seat is one row keyed (flight_id, seat_no), and taking it is a conditional update that succeeds only if it is available or its hold expired; two taps on 14C in the same millisecond make one update touch 0 rows, and that passenger gets a 409 with the fresh map version. A partial unique index on (flight_id, passenger_id) where the seat is held or assigned stops one passenger from hoarding seats. A family on one PNR is seated in one transaction on the flight's partition — all seats or none. Holds last 5 minutes (enough to pay for an extra-legroom seat); an expired hold is simply available to the next conditional update, and a sweeper tidies the rows.\n\nOne flight has at most a few hundred seats, so contention is per seat, never per flight, and a flight's partition is tiny. The writes are modest — one or two per passenger — so one PostgreSQL primary is {shards_word}; every table leads with flight_id, so when more are needed flights spread by hash and a departure bank lands on many shards. Each flight's seat rows and cache entry are pre-built before its window opens, so the opening second does no setup work; it is the seat-map reads that need the cache."},
			{Title: "A boarding pass the gate can trust without a server", Weight: 9, Body: "The pass is an IATA BCBP (Resolution 792) M1 string rendered as Aztec or PDF417: name, PNR locator, origin, destination, carrier, flight number, Julian date, compartment, seat, check-in sequence number and passenger status, followed by the security section — an ECDSA P-256 signature over the mandatory fields with the key id. {c:bpsigner} signs with a private key held in an HSM (cloud KMS); gates and kiosks hold only the public keys, delivered with the manifest, so a forged or edited barcode (a changed seat or date) fails verification with no network at all.\n\nThe signature proves the pass was issued; it does not prove it is still current. Every reissue — seat change, rebooking, upgrade — gets a new pass version, and the manifest carries the latest version per checkin_seq, so a screenshot of yesterday's pass or the old seat is flagged 'superseded' at the gate. Signing keys rotate monthly with an overlap: gates accept the current and previous key ids, and a compromised key is revoked by removing it from the next manifest sync. Wallet passes are updated by push (Apple/Google pass update), so the passenger's wallet follows a gate change without a new download."},
			{Title: "Boarding when the gate's network drops", Weight: 9, Body: "{c:gatescan} — the gate's CUPPS workstation and handheld readers — do not ask a server per scan. From about 90 minutes before departure they hold the whole flight manifest — a few hundred rows with seat, pass version, selectee/standby/infant flags and status — plus the public signing keys, and apply deltas by manifest_version every few seconds. Each scan is decided locally: signature valid, right flight and date, on the manifest at the current version, not yet boarded. The outcome is appended to a local journal with (device_id, local_seq) and the device clock before the green light, so a crash or a dropped link never loses a boarding.\n\nWhen the link drops the gate keeps boarding from its copy; what it cannot know is what changed after the last delta — a passenger checked in 2 minutes ago, or a seat swapped. A valid signature for this flight whose sequence number is not on the manifest boards as 'not on manifest' with an agent confirmation, and is marked for review. Two readers at one gate share their journals over the gate's local network, so a pass scanned at the other door is still a duplicate.\n\nOn reconnect the journal is replayed in order; {c:manifestsvc} applies each scan idempotently by (device_id, local_seq), boarded is a set that only grows, and conflicts (the same passenger boarded by two devices, or a passenger offloaded centrally while the gate was offline) come back to the agent. The flight cannot close until every device's journal has been acknowledged or the agent closes on a manual headcount — the boarded list drives bag reconciliation, and a no-show's bags must come off."},
			{Title: "Government screening before a pass is issued", Weight: 8, Body: "A boarding pass is a permission to fly, so issuing it waits for the state. For US flights TSA Secure Flight vets passengers from the data collected at booking and returns a boarding pass printing result — cleared, selectee (SSSS printed on the pass, extra screening) or inhibited (no pass; see an agent); destinations with interactive API (iAPI: US, UK, Canada, Australia, among others) answer per passenger at check-in from the passport data. Results from booking time are fetched before the window opens, so most passengers need no new call at the burst.\n\n{c:govscreen} is outside our control and slows down at peaks, so calls are made with a timeout and a bounded concurrency per government endpoint; a passenger whose answer is pending gets 'checked in, boarding pass on its way' and a push when it arrives, never a pass without it. Passport numbers and watchlist outcomes are among the most sensitive data the airline holds: encrypted field by field, retained only as long as the regulation requires, and a selectee flag is visible to agents and never explained to the passenger."},
		},
		Caching: []string{
			"{c:seatmapcache}: the seat map per flight and cabin (one hash, a version counter), built before the window opens and written through after every committed seat change; a reader that sees a version older than the one in a 409 refetches. Nothing in it decides who gets a seat.",
			"{c:cache}: PNR lookups by (locator, surname) and check-in sessions, for the session's 30 minutes; the gate's local manifest is itself a cache of {c:dcsdb}, versioned and replaced by deltas.",
		},
		Partitioning: []string{"{c:dcsdb} partitioned by flight_id: a flight's seats, check-ins, passes and gate scans are one partition, so every seat decision, family seating and boarding update is a single-partition transaction; flights are spread over shards by hash, and a hub's departure bank lands on many shards. {c:queue} keyed by flight_id keeps each flight's events in order for the manifest deltas."},
		Async:        []string{"Coupon status updates to {c:pss}, manifest deltas for the gates, wallet pass updates, 'check-in is open' and gate-change pushes, and the APIS departure batch all consume check-in events from {c:queue}, published through the transactional outbox."},
		Reliability: []string{
			"{c:dcsdb} shards run a synchronous standby (RPO 0): an assigned seat or a boarding is never lost in a failover.",
			"If {c:checkinsvc} or {c:dcsdb} is down, passengers already checked in still board: their passes verify offline and the gates hold the manifest. Airport counters fall back to the departure control terminal's own degraded mode (manual seat list) as airlines do today.",
			"If {c:govscreen} is slow, check-in completes and passes are issued as answers arrive; nobody gets a pass without one.",
		},
		Security: []string{
			"The booking reference and surname are the passenger's only credential at check-in, and both are printed on luggage tags and emails: lookups are rate limited per IP and per PNR, and changing contact details or travel documents needs a one-time code to the contact on the PNR.",
			"Signing keys live in an HSM; gates hold only public keys; every gate device authenticates with its own certificate, so a stolen scanner can be revoked.",
			"Passport data and screening results are encrypted per field with access logged; the BCBP barcode carries no document numbers.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "One row per seat taken by a conditional update", Rejected: "locking the whole flight's seat map for each selection", Why: "contention is per seat; a flight-level lock would serialise the opening burst of every passenger on the flight for no gain"},
			{Decision: "Signed BCBP verified on the gate device", Rejected: "an online lookup per scan", Why: "boarding must continue when the gate's link drops; the signature proves authenticity and the synced manifest catches superseded passes"},
			{Decision: "Board offline from the last manifest and reconcile after", Rejected: "stopping boarding when the gate is offline", Why: "a delayed departure costs far more than reviewing the handful of passengers who checked in after the last sync"},
			{Decision: "No boarding pass until screening answers", Rejected: "issuing the pass and revoking it later", Why: "a pass already in a wallet cannot be reliably revoked offline; regulations forbid issuing it to an inhibited passenger"},
		},
		Bottlenecks: []string{"Departures bunched in the timetable (a hub's bank), whose check-in windows open together: seat-map cache reads and the first minute of seat holds across dozens of flights; pre-build the flights' seat rows and cache entries and stagger the 'check-in is open' pushes.", "Government screening endpoints at the morning peak: bounded concurrency and a pending state rather than retries in a loop."},
		Open:        []string{"Are paid seats (extra legroom, exit row) sold at check-in, and does a hold wait for the payment?", "How long may a gate board offline before the flight must close on a manual headcount?", "Which destinations require interactive API, and what happens when one is down?"},
	},
}

// checkinComponents are the building blocks of the airline check-in and boarding archetype.
var checkinComponents = []compSpec{
	{ID: "checkinsvc", Name: "Check-in service", Kind: "service", Tech: "stateless Go service",
		Desc:  "finds the passenger's PNR, holds and assigns seats, records check-in, asks for screening and issues boarding passes",
		Links: []link{{"dcsdb", "seats, check-ins (conditional updates)"}, {"pss", "PNRs, coupon status"}, {"seatmapcache", "seat maps (write-through)"}, {"cache", "PNR lookups, sessions"}, {"govscreen", "APIS / Secure Flight"}, {"bpsigner", "sign boarding passes"}, {"queue", "check-in events (outbox)"}, {"notifsvc", "check-in open, gate changes"}}, Aliases: []string{"check-in service", "checkin service"}},
	{ID: "dcsdb", Name: "Departure control DB", Kind: "database", Tech: "PostgreSQL partitioned by flight id, synchronous standby",
		Desc: "per flight: seat rows, check-ins, boarding passes and gate scans", Aliases: []string{"departure control", "dcs", "seat db"}},
	{ID: "pss", Name: "Passenger service system", Kind: "database", Tech: "PostgreSQL holding the airline's PNRs by locator, synchronous standby",
		Desc: "the airline's PNRs, tickets and coupon status; check-in reads it and moves coupons forward", Aliases: []string{"pss", "pnr store", "airline reservation system"}},
	{ID: "seatmapcache", Name: "Seat map cache", Kind: "cache", Tech: "Redis Cluster, one hash per flight and cabin with a version",
		Desc: "seat maps served during the check-in burst; never decides who gets a seat", Aliases: []string{"seat map cache"}},
	{ID: "bpsigner", Name: "Boarding pass signer", Kind: "service", Tech: "Go service calling an HSM / cloud KMS (ECDSA P-256)",
		Desc: "signs the BCBP payload of each boarding pass; publishes the public keys for gates", Aliases: []string{"signer", "boarding pass signer"}},
	{ID: "govscreen", Name: "Government screening", Kind: "external", Tech: "TSA Secure Flight, interactive APIS (iAPI) and other states' systems",
		Desc: "clears, selects or inhibits each passenger before a boarding pass", Aliases: []string{"apis", "secure flight", "no-fly"}},
	{ID: "manifestsvc", Name: "Manifest sync service", Kind: "service", Tech: "stateless Go service",
		Desc:  "serves per-flight manifests and versioned deltas to gates and applies their scan journals idempotently",
		Links: []link{{"dcsdb", "manifests, boarding updates"}, {"queue", "check-in events → deltas"}}, Aliases: []string{"manifest service"}},
	{ID: "gatescan", Name: "Gate scanners", Kind: "client", Tech: "CUPPS gate workstations and handheld readers holding the flight manifest and a scan journal on the device",
		Desc:  "verify boarding pass signatures and board passengers from the local manifest, online or not",
		Links: []link{{"manifestsvc", "manifest deltas, scan journal (mTLS)"}}, Aliases: []string{"gate scanner", "gate readers", "gate app"}},
}

func init() {
	addCatalog(checkinComponents, link{"checkinsvc", "check-in, seats, boarding passes"}, link{"manifestsvc", "gate manifests and scans"})
}
