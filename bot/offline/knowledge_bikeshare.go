package offline

// bikeShareFeatures is the dock-based bike-share archetype (Citi Bike, Santander Cycles, Vélib'):
// bikes live in docking points at stations, a rider unlocks one and returns it to any station.
// Its problems are not matching or fares but the state of the docks: which points hold which
// bike, kept true while docks drop off the network; a public availability feed; and knowing,
// station by station, where bikes will run out before they do.
//
// Its load counts latch and unlatch events, two per ride: the docks' status snapshots replace the
// live state in memory and are not database writes. A bike makes about four rides a day.
var bikeShareFeatures = []*feature{
	{
		ID: "bikeshare", Name: "dock-based bike and scooter share", Archetype: "dock-based bike-share system", Rank: 63,
		Load:  &loadProfile{Writes: 3, PerThingPerDay: 8, ReadWrite: 0.1, WritesPerUser: 2, ReadsPerUser: 10, RecordBytes: 200, ResponseBytes: 60_000, PeakFactor: 3, Retention: 2, HotFraction: 1, Write: "latch or unlatch event", Read: "availability feed fetch"},
		Style: "dock controllers on MQTT report full station snapshots and latch events into one station-state service that owns the truth per dock; a GBFS feed published every few seconds to a CDN serves the map, and a rebalancing planner turns predicted per-station deficits into truck tasks",
		CapacityNote: "The whole fleet is small enough to hold in memory: each station's state is a few hundred bytes, so every station's availability fits in one ~60 KB feed (about 8 KB gzipped) that the app downloads whole — no geo index or per-user query is needed. " +
			"The status reports are snapshots that replace each other, so they are written to the live state and only sampled into history (on change and every 5 minutes); what must never be lost is the latch and unlatch events, a few per ride.",
		Functional: []string{
			"Riders see every station on a map with bikes (classic and e-bike) and free docking points available, never older than about 10 seconds, and stations that are offline or full greyed out",
			"A rider unlocks a bike at a station from the app (scan the bike's QR code or pick a docking point); the dock releases it within a few seconds or the unlock is cancelled",
			"The ride ends when the bike latches into any free point at any station; the rider gets a receipt with start, end and duration; a full station grants extra time to reach the next one",
			"Each dock reports its sensor status every 10 s (points occupied, bike ids, faults); bikes reported broken are taken out of service",
			"A public GBFS feed (station_information, station_status, vehicle_status) for the app and for journey planners",
			"Rebalancing: operators and truck drivers see which stations will run empty or full in the next hour and get ordered pick-up and drop-off tasks",
		},
		NonFunctional: []string{
			"A bike is in exactly one place: docked at one point, in one ride, or on one truck — never two active rides on one bike, never a ride without a bike",
			"Unlock to latch release in < 3 s p95; an unlock command the dock receives after its expiry is refused by the dock, so a late command cannot release a bike to nobody",
			"Availability on the map at most ~10-20 s behind the docks; a station silent for 60 s is shown as offline, not as its last count",
			"Ride start and end times come from the dock's own clock and event sequence, so a dock that was offline still closes rides at the right minute",
		},
		OutOfScope: []string{"Pricing, memberships and card billing (closed rides are handed to the billing system)", "Dockless scooters found by GPS anywhere on the street", "Bike maintenance workshop management"},
		UseCases: []string{
			"Maya opens the app at 8:05, sees 3 bikes at Elm St, scans bike 4417 and it unlatches in 2 s",
			"She docks at the station by the office, which has one free point left; the ride closes at 8:24 and the app shows 19 minutes",
			"The office station is full at 8:40; the app offers 15 extra minutes to the next station with free points",
			"At 7:00 the planner predicts the riverside stations will be empty by 8:15 and sends truck 3 to move 18 bikes there from the stadium station",
		},
		Entities: []entity{
			{Name: "Station", Store: "bikedb", Key: "station_id", Partition: "none (one table; a city has hundreds to a few thousand stations)", Indexes: "(region_id); lat/lon for the map",
				Fields: "station_id, station_name, lat, lon, capacity (docking points), region_id, status (active|maintenance|removed), controller_id", Why: "the static station list behind GBFS station_information; changes a few times a month"},
			{Name: "Dock state", Store: "cache", Key: "station_id", Partition: "one hash per station", Indexes: "-",
				Fields: "station_id, seq (controller's event counter), reported_at, points[] {point_no, bike_id | empty | fault}, bikes_available, ebikes_available, docks_available, is_renting, is_returning, last_seen", Why: "the live truth per station, replaced by each snapshot whose seq is not older, and rebuilt from the controllers' next report if lost"},
			{Name: "Bike", Store: "bikedb", Key: "bike_id", Partition: "none", Indexes: "(state, station_id); (state) for bikes in service checks",
				Fields: "bike_id, kind (classic|ebike), state (docked|riding|on_truck|broken|missing), station_id, point_no, ride_id, battery_pct, last_event_seq, updated_at", Why: "one row per bike whose state changes only through a conditional update, so a bike cannot start two rides"},
			{Name: "Ride", Store: "bikedb", Key: "ride_id", Partition: "by month (time-partitioned table)", Indexes: "unique(bike_id) where status in (unlocking, active); (rider_id, started_at desc)",
				Fields: "ride_id, rider_id, bike_id, from_station, from_point, unlock_requested_at, started_at (dock clock), to_station, to_point, ended_at (dock clock), status (unlocking|active|ended|cancelled|lost), extra_minutes", Why: "the partial unique index is the one-active-ride-per-bike rule, enforced by the database"},
			{Name: "Dock event", Store: "bikedb", Key: "(controller_id, seq)", Partition: "by day", Indexes: "(bike_id, at)",
				Fields: "controller_id, seq, station_id, point_no, kind (latched|unlatched|fault|rebalance_release), bike_id, at (dock clock), received_at", Why: "append-only and deduplicated on (controller_id, seq): a controller that replays its buffer after an outage cannot double-close a ride"},
			{Name: "Station occupancy sample", Store: "bikedb", Key: "(station_id, slot_start)", Partition: "by month", Indexes: "-",
				Fields: "station_id, slot_start (15 min), bikes_min, bikes_max, bikes_end, departures, arrivals", Why: "the history the rebalancing forecast learns from: 600 stations × 96 slots a day is 58K small rows a day"},
			{Name: "Rebalancing task", Store: "bikedb", Key: "task_id", Partition: "none", Indexes: "(truck_id, status, seq); (station_id, status)",
				Fields: "task_id, plan_id, truck_id, seq, station_id, action (pick_up|drop_off), bikes, deadline, status (planned|en_route|done|skipped), done_count", Why: "the planner's output; replaced each planning cycle except tasks already en route"},
		},
		Components: []string{"client", "docks", "dockgw", "stationsvc", "ridesvc", "gbfspub", "rebalancer", "dockevents", "bikedb", "cache", "cdn", "objstore", "notifsvc"},
		APIs: []endpoint{
			{Method: "GET", Path: "/gbfs/en/station_status.json", Response: "{last_updated, ttl: 10, data: {stations[]: station_id, num_bikes_available, num_ebikes_available, num_docks_available, is_renting, is_returning, last_reported}}", Auth: "none (public feed)", Note: "a file the publisher writes every 5 s, served by the CDN with max-age 5"},
			{Method: "GET", Path: "/gbfs/en/station_information.json", Response: "{data: {stations[]: station_id, name, lat, lon, capacity}}", Auth: "none (public feed)", Note: "changes rarely; max-age 1 h"},
			{Method: "POST", Path: "/v1/unlocks", Request: "{bike_id | (station_id, point_no)} + Idempotency-Key", Response: "202 {ride_id, status: unlocking, expires_at}", Idempotent: true, Note: "409 if the rider already has an active ride or the bike is not docked"},
			{Method: "GET", Path: "/v1/rides/{id}", Response: "{ride_id, status, bike_id, from_station, started_at, to_station?, ended_at?, minutes}", Note: "polled for 3 s after an unlock; the push notice usually arrives first"},
			{Method: "GET", Path: "/v1/me/rides?cursor=", Response: "{rides[], next_cursor}", Paginated: true},
			{Method: "POST", Path: "/v1/bikes/{id}/reports", Request: "{problem: flat|brakes|chain|other, note}", Response: "201", Idempotent: true},
			{Method: "GET", Path: "/v1/ops/stations?sort=urgency", Response: "{stations[]: bikes, docks, forecast_60min, deficit, minutes_to_empty|full}", Auth: "operator token"},
			{Method: "GET", Path: "/v1/ops/trucks/{id}/tasks", Response: "{tasks[]: seq, station, action, bikes, deadline}", Auth: "driver token"},
			{Method: "POST", Path: "/v1/ops/tasks/{id}/done", Request: "{bikes_moved, bike_ids[]}", Response: "204", Idempotent: true, Auth: "driver token"},
		},
		Screens: []screen{
			{Name: "Map", Shows: "stations with bikes / e-bikes / free points, greyed when offline or full; tap for details", Calls: []string{"GET /gbfs/en/station_information.json", "GET /gbfs/en/station_status.json"}},
			{Name: "Unlock and ride", Shows: "scan the bike, 'unlocking…', ride timer, receipt when the bike latches", Calls: []string{"POST /v1/unlocks", "GET /v1/rides/{id}", "POST /v1/bikes/{id}/reports"}},
			{Name: "My rides", Shows: "past rides with stations and minutes", Calls: []string{"GET /v1/me/rides"}},
			{Name: "Operations board", Shows: "stations sorted by minutes until empty or full, with forecast deficits", Calls: []string{"GET /v1/ops/stations"}},
			{Name: "Truck driver tasks", Shows: "ordered stops: pick up or drop off N bikes, deadline; mark done", Calls: []string{"GET /v1/ops/trucks/{id}/tasks", "POST /v1/ops/tasks/{id}/done"}},
		},
		Flows: []flow{
			{Name: "Dock status every 10 s", Steps: []string{
				"Each station's controller in {c:docks} publishes a full snapshot (every point: bike id or empty or fault, with its event seq) over MQTT to {c:dockgw} every 10 s, QoS 0: a lost snapshot is replaced by the next one.",
				"{c:stationsvc} applies a snapshot to the station's Dock state in {c:cache} only if its seq is not older than the stored one, and compares it with the Bike rows: a bike seen in a point that {c:bikedb} thinks is riding, or missing from a point, opens a reconciliation (see deep dive).",
				"Every 15 minutes {c:stationsvc} writes the station's occupancy sample (min, max, end, departures, arrivals) to {c:bikedb}."}},
			{Name: "Unlock a bike", Steps: []string{
				"The app posts the unlock with an idempotency key; {c:ridesvc} checks the rider (no active ride, account in good standing) and in one transaction in {c:bikedb} moves the bike from docked to riding only if it is still docked at that point and inserts the Ride as unlocking — the partial unique index refuses a second unlock of the same bike.",
				"{c:ridesvc} publishes a signed unlock command {ride_id, point_no, bike_id, expires_at = now + 10 s} to the controller's MQTT topic (QoS 1) through {c:dockgw}.",
				"The controller checks the signature and expiry, releases the latch and publishes an unlatched event (controller_id, seq, dock clock time); {c:ridesvc} marks the ride active with started_at from the event and {c:notifsvc} pushes 'ride started'.",
				"No unlatched event by expires_at + 5 s: {c:ridesvc} cancels the ride and puts the bike back to docked; the app offers another bike. The controller refuses the command if it arrives after expiry, so a late release cannot happen."}},
			{Name: "Return to any dock", Steps: []string{
				"The rider pushes the bike into a free point; the controller latches it, reads the bike's RFID tag and publishes a latched event (QoS 1, stored in the controller until acknowledged).",
				"{c:stationsvc} inserts the Dock event (deduplicated on controller_id, seq) and queues it for {c:ridesvc} in {c:dockevents} in the same transaction.",
				"{c:ridesvc} ends the bike's active ride with ended_at from the dock clock, moves the bike to docked at that point, and {c:notifsvc} pushes the receipt; the closed ride goes to billing."}},
			{Name: "Publish availability (GBFS)", Steps: []string{
				"Every 5 s {c:gbfspub} reads all Dock states from {c:cache}, marks stations whose last_seen is older than 60 s as not renting and not returning, and writes station_status.json to {c:objstore}.",
				"{c:cdn} serves the feed with max-age 5 to the app and to journey planners, so thousands of map opens cost a handful of origin fetches."}},
			{Name: "Plan rebalancing", Steps: []string{
				"Every 5 minutes {c:rebalancer} reads each station's current bikes from {c:cache} and its forecast net flow for the next 60 minutes from the occupancy samples in {c:bikedb}.",
				"It computes each station's deficit (bikes needed to stay inside its target band for the hour) and minutes until empty or full, and assigns pick-ups and drop-offs to trucks by urgency and distance, keeping tasks already en route.",
				"Drivers see their ordered tasks; at a station the driver's key card releases bikes as rebalance_release events, so no ride opens, and the bikes are on_truck until they latch at the drop-off station."}},
		},
		Deep: []deepDive{
			{Title: "Dock state: one truth per docking point while docks drop off the network", Weight: 10, Body: "Two streams come from each controller and they are treated differently. Snapshots (every 10 s, about {peak_write}/s across the city) say what each point holds now; they are QoS 0, carry the controller's event seq, and a newer snapshot simply replaces an older one — losing one costs 10 s of freshness, nothing more. Latch and unlatch events are the ones that start and end rides: the controller keeps them in flash with a monotonic seq until {c:dockgw} acknowledges them (QoS 1), and {c:bikedb} deduplicates on (controller_id, seq), so a replay after an outage is harmless.\n\nA station whose controller loses its cellular link keeps working locally: docked bikes stay latched, returns still latch and are recorded with the dock's clock, and unlocks from the app fail fast because no command arrives. {c:gbfspub} shows it greyed after 60 s of silence rather than advertising a stale count. When it reconnects it replays its buffered events first, then a snapshot; rides that ended there during the outage close at their real dock time, so a rider is not charged for the hour the station was offline.\n\nSnapshots also catch what events miss: a bike in a point that {c:bikedb} believes is riding means a latched event was lost — the ride is closed at the snapshot's first sighting and flagged; a point that holds no bike while the Bike row says docked there means a forced or broken latch, and the bike becomes missing and is excluded from availability."},
			{Title: "Unlock exactly one bike for exactly one rider", Weight: 9, Body: "The bike's state changes only by a conditional update in {c:bikedb} (`UPDATE bikes SET state='riding', ride_id=:r WHERE bike_id=:b AND state='docked' AND station_id=:s AND point_no=:p`), in the same transaction as the Ride insert, and a partial unique index on rides(bike_id) for unlocking and active rides is the backstop: two riders scanning the same bike at the same second get one ride and one 409.\n\nThe command to the dock is the dangerous part, because it crosses an unreliable network. It is signed, carries the ride id and an absolute expiry 10 s out, and the controller refuses it after expiry — so a command delayed in a reconnecting broker cannot release a bike when the rider has walked away. {c:ridesvc} waits for the unlatched event; if none arrives by expiry + 5 s it cancels. The opposite race — the bike released but the event lost — is repaired by the next snapshot, which shows the point empty: the ride becomes active with the snapshot time.\n\nAt the morning peak unlocks are a few per second city-wide; the single relational primary holds this easily, and keeping it one database is what makes the one-bike-one-ride rule a constraint rather than a protocol."},
			{Title: "Rebalancing: forecast deficits per station, not current counts", Weight: 8, Body: "A station with 5 bikes at 7:30 is fine in the suburbs and empty by 7:45 next to a commuter rail station. The planner therefore works on forecasts: for each station and 15-minute slot of a weekday or weekend, the average departures and arrivals over the last 8 comparable weeks (from the occupancy samples, adjusted for rain from a weather feed), and from those the net flow over the next 60 minutes.\n\nEach station gets a target band — enough bikes to cover forecast departures plus a margin, enough free points for forecast arrivals — and its deficit is the number of bikes to add (positive) or remove (negative) to stay inside the band for the hour, with minutes until empty or full as the urgency. Across 9,000 bikes and a few hundred stations this is small enough to re-plan every 5 minutes from scratch: a greedy assignment pairs the most urgent surplus and deficit stations within a truck's capacity (about 20 bikes) and orders each truck's stops by deadline and travel time.\n\nPlans never move a task a driver is already driving to, and a task closes on the bikes the docks actually saw released and latched, not on the driver's count. Rides closed at full stations and unlocks refused at empty ones are logged as the planner's misses, which is the metric that tells whether the forecast is good."},
			{Title: "The availability feed is a file, not a query", Weight: 7, Body: "With {dau} riders opening the map, asking the database 'stations near me' per open would be the largest load in the system and still show counts that change every few seconds. Instead {c:gbfspub} writes the whole city's station_status every 5 s — a few hundred stations in about 60 KB, 8 KB gzipped — and {c:cdn} serves it with max-age 5; the app downloads the file and filters locally. Journey planners (Google Maps, Transit) consume the same GBFS feed, so third-party polling costs the CDN, not the origin.\n\nFreshness is bounded end to end: 10 s dock report + up to 5 s publish + up to 5 s CDN cache ≈ 20 s in the worst case, and the app adds the unlock check itself, which reads {c:bikedb}, so a stale map can at worst send a rider to a station whose last bike just left — never give them a bike that is not there."},
		},
		Caching: []string{
			"{c:cache} holds each station's live Dock state, written by {c:stationsvc} with a seq compare so an older snapshot never replaces a newer one; it is the source for the feed and the planner, and is rebuilt from the next round of reports (10 s) if lost.",
			"The GBFS files are cached at {c:cdn} for their ttl (5 s for status, 1 h for station information); nothing rider-specific is cached.",
		},
		Partitioning: []string{"No sharding: a city's stations, bikes and open rides fit one PostgreSQL primary; rides and dock events are time-partitioned tables so old months are dropped or archived cheaply. MQTT topics are per controller (stations/{id}/status, stations/{id}/events, stations/{id}/cmd); {c:dockevents} is read in order per bike, so one bike's events are applied in order."},
		Async:        []string{"Latch events reach {c:ridesvc} through {c:dockevents}, a table in the same database (a few events a second need no broker); receipts and 'ride started' pushes, occupancy samples, the closed-ride hand-off to billing and the planner's recomputation all run off the request path."},
		Reliability: []string{
			"A controller buffers latch/unlatch events locally while offline and replays them in seq order; returns keep working at an offline station, and rides close at the dock's time.",
			"If {c:cache} is lost the map shows stations as offline for one report interval (10 s) until the snapshots repopulate it; rides are unaffected because unlocks read {c:bikedb}.",
			"{c:bikedb} runs a synchronous standby: an unlock or a ride end acknowledged to a rider is not lost in a failover; during the failover unlocks return 503 and the app retries with its idempotency key.",
			"Alert when a station has been silent for 2 minutes, when a bike has been riding for more than 24 h (lost or stolen), or when the share of unlocks cancelled for no unlatch exceeds 2% at a station (a failing latch).",
		},
		Security: []string{
			"Each controller has its own X.509 certificate for MQTT; unlock commands are signed by {c:ridesvc} and carry an expiry, so a spoofed broker message or a replay cannot release a bike.",
			"Operator and driver tokens are scoped: drivers release bikes only at stations on their current task list, and every rebalance release is an event tied to the driver.",
			"Riders' ride histories are personal location data: kept for the billing and dispute period, then aggregated into station flows without rider ids.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Full snapshots every 10 s plus acknowledged latch events", Rejected: "only change events from the docks", Why: "a lost event would leave a bike in the wrong place forever; a snapshot self-heals within 10 s and the events carry only what rides need"},
			{Decision: "Publish the whole city's status as a GBFS file every 5 s", Rejected: "a geo query per map open", Why: "a few hundred stations are 8 KB gzipped; the CDN absorbs every rider and third party, and the feed is the standard journey planners already read"},
			{Decision: "One relational primary for bikes and rides", Rejected: "a sharded or eventually consistent store", Why: "at a few unlocks a second the one-active-ride-per-bike rule is a unique index; sharding would turn it into a distributed protocol for no throughput gain"},
			{Decision: "Re-plan rebalancing every 5 minutes from forecasts", Rejected: "alerting when a station drops below N bikes", Why: "by the time a threshold fires a truck is 30 minutes away; forecasts send it before the station empties"},
		},
		Bottlenecks: []string{"Not throughput but the docks' cellular links: the live state is only as good as the controllers' reports, so silent stations and missing bikes are the figures to watch.", "The forecast is weakest on days unlike the history (events, strikes, snow); operators can pin a station's target band for a day."},
		Open:        []string{"Do e-bikes need battery state in the feed and charging at docks?", "How much extra time does a rider get at a full station, and who pays for it?", "Is rebalancing also done with rider incentives (credits for returning to empty stations)?"},
	},
}

// bikeShareComponents are the building blocks of the bike-share archetype.
var bikeShareComponents = []compSpec{
	{ID: "docks", Name: "Dock controllers", Kind: "client", Tech: "one embedded controller per station on LTE, with an MQTT client, an X.509 certificate and a flash event buffer",
		Desc:  "read each docking point's latch and the bike's RFID tag, report snapshots every 10 s and latch events, release bikes on signed commands",
		Links: []link{{"dockgw", "MQTT over TLS: status, events, commands"}}, Aliases: []string{"docks", "dock", "stations", "controllers"}},
	{ID: "dockgw", Name: "Dock gateway (MQTT broker)", Kind: "edge", Tech: "managed MQTT broker (AWS IoT Core / EMQX), one topic tree per station",
		Desc:  "authenticates controllers, takes status and events, carries unlock commands back",
		Links: []link{{"stationsvc", "status snapshots, latch events"}}, Aliases: []string{"mqtt", "broker", "dock gateway"}},
	{ID: "stationsvc", Name: "Station state service", Kind: "service", Tech: "stateless Go service subscribed to the broker",
		Desc:  "applies snapshots to each station's live state, stores latch events, reconciles bikes seen against bikes expected; serves the operations board and truck tasks",
		Links: []link{{"cache", "live dock state"}, {"bikedb", "dock events, occupancy samples"}, {"dockevents", "latch events by bike"}}, Aliases: []string{"station service", "dock state"}},
	{ID: "ridesvc", Name: "Ride service", Kind: "service", Tech: "stateless Go service",
		Desc:  "unlocks (conditional bike update + signed command), starts and ends rides from dock events, hands closed rides to billing",
		Links: []link{{"bikedb", "bikes, rides"}, {"dockgw", "signed unlock commands"}, {"dockevents", "latch events"}, {"notifsvc", "ride started, receipt"}}, Aliases: []string{"ride service", "unlock service"}},
	{ID: "gbfspub", Name: "GBFS feed publisher", Kind: "worker", Tech: "Go worker on a 5 s tick",
		Desc:  "writes station_status and vehicle_status JSON from the live state, marking silent stations offline",
		Links: []link{{"cache", "live dock state"}, {"objstore", "GBFS files"}}, Aliases: []string{"gbfs", "feed", "availability feed"}},
	{ID: "rebalancer", Name: "Rebalancing planner", Kind: "worker", Tech: "Go worker re-planning every 5 minutes; forecasts from 8 weeks of 15-minute occupancy samples",
		Desc:  "forecasts each station's net flow, computes deficits and minutes to empty or full, assigns truck tasks",
		Links: []link{{"cache", "current bikes per station"}, {"bikedb", "occupancy history, tasks"}}, Aliases: []string{"rebalancing", "planner", "trucks"}},
	{ID: "dockevents", Name: "Dock event queue", Kind: "queue", Tech: "an outbox table inside Fleet DB (replicated with it), taken in order per bike with FOR UPDATE SKIP LOCKED (no broker to run)",
		Desc: "latch and unlatch events committed with the dock event row, applied to rides in order per bike", Aliases: []string{"queue", "event queue", "outbox"}},
	{ID: "bikedb", Name: "Fleet DB", Kind: "database", Tech: "PostgreSQL with a synchronous standby; rides and dock events partitioned by time",
		Desc: "stations, bikes, rides, dock events, occupancy samples, rebalancing tasks", Aliases: []string{"fleet db", "bike db", "rides db"}},
}

func init() {
	addCatalog(bikeShareComponents, link{"ridesvc", "unlocks, rides"}, link{"stationsvc", "operations board, truck tasks"})
}
