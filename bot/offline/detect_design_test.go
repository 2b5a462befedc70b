package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestNewArchetypesRender designs the statements that used to be hijacked by one word and checks
// each now gets its own archetype, renders its own content and nothing generic or foreign.
func TestNewArchetypesRender(t *testing.T) {
	t.Parallel()
	tests := []struct {
		prompt, archetype string
		mentions, absent  []string
	}{
		{
			// The review queue is sized from the stated rate: 0.5% of 5,000 posts/s is 90K cases an
			// hour, 600 reviewers at 150 an hour.
			prompt: "Design a content moderation pipeline for a social network receiving 5,000 posts a second with images and text, with human reviewers for borderline cases", archetype: "content moderation pipeline",
			mentions: []string{"perceptual hash", "two thresholds", "review queue", "600 reviewers", "90k an hour", "appeal", "skip locked"},
			absent:   []string{"photos served in sizes", "pre-signed", "with captions", "reviewers create pipelines", "/v1/records"},
		},
		{
			prompt: "Design a price-alert service that notifies stock watchers when a ticker crosses a price they set", archetype: "market data and price alert service",
			mentions: []string{"feed handlers", "alert matchers", "watchlist", "sequence number"},
			absent:   []string{"oversell", "inventory", "checkout", "stripe", "/v1/records"},
		},
		{
			prompt: "Design Slack", archetype: "team messaging app",
			mentions: []string{"channel", "thread", "search index", "websocket"},
			absent:   []string{"/v1/records", "checkout"},
		},
		{
			prompt: "Design a key-value store like Amazon's Dynamo", archetype: "distributed key-value store",
			mentions: []string{"quorum"},
			absent:   []string{"never charge", "checkout", "stripe", "catalogue"},
		},
		{
			prompt: "Collectors bid on vintage guitars and whoever bids highest before the countdown ends buys it", archetype: "online auction platform",
			mentions: []string{"auction closer", "bid service", "proxy", "end_at"},
			absent:   []string{"order book", "seat map", "/v1/records", "cart service"},
		},
		{
			prompt: "Design the departure control system for a regional airline: online check-in, seat maps and gate boarding", archetype: "airline check-in and boarding system",
			mentions: []string{"bcbp", "(flight_id, seat_no)", "manifest", "secure flight"},
			absent:   []string{"nights", "room type", "overbook", "gds", "hipaa", "/v1/holds"},
		},
		{
			prompt: "A marketplace where neighbours rent out their own cars: owners approve requests, renters pay when booking and both photograph the car at pickup", archetype: "peer-to-peer car rental marketplace",
			mentions: []string{"exclude using gist", "escrow", "object lock", "respond_by", "7 days"},
			absent:   []string{"nights", "room type", "overbook", "gds", "pnr", "hipaa", "/v1/holds", "with captions"},
		},
		{
			prompt: "Find a time for 15 colleagues across three time zones and send them invites with reminders", archetype: "calendar and scheduling service",
			mentions: []string{"free/busy", "recurrence expander", "reminder scheduler", "rrule"},
			absent:   []string{"job store", "cron", "overbook", "/v1/records", "scheduling-links"},
		},
		{
			prompt: "Design a stock exchange matching engine where members pay a fee per trade", archetype: "trading exchange",
			mentions: []string{"order book"},
			absent:   []string{"stripe", "adyen", "payment processor"},
		},
		{
			prompt: "Design a helpdesk where customers email support, chat on the website or fill in a form, and agents answer from one queue", archetype: "customer support helpdesk",
			mentions: []string{"message-id", "skill", "business hours", "breach_at", "audit", "conditional update"},
			absent:   []string{"seat map", "oversell", "stripe", "/v1/records", "checkout"},
		},
		{
			prompt: "Design a CI/CD build farm like Buildkite: VCS webhooks start pipelines, runners execute jobs", archetype: "CI/CD build farm",
			mentions: []string{"hmac", "pending_deps", "lease", "fencing token", "warm pool", "fair share", "flaky", "firecracker"},
			absent:   []string{"cron expression", "online judge", "/v1/records", "verdict", "checkout"},
		},
		{
			prompt: "small-ish one: city bike-share. 600 docks, 9,000 bikes. each dock reports sensor status every 10s. riders unlock a bike with the app, ride, return to any dock. we need live availability on a map and rebalancing trucks need to know where to go.", archetype: "dock-based bike-share system",
			mentions: []string{"gbfs", "deficit", "latch", "rebalancing", "docking point"},
			absent:   []string{"surge", "fare estimate", "driver's location", "stripe", "/v1/records", "websocket"},
		},
		{
			prompt: "Design a cloud save service for a video game publisher. 15 million daily active players, the game autosaves every 5 minutes, save files are up to 5 MB. Players switch between PC, console and phone, so we need to detect and resolve conflicting saves across devices.", archetype: "game cloud save service",
			mentions: []string{"base_version", "conflict", "save slot", "quota", "every 3rd autosave", "vector clock"},
			absent:   []string{"transcod", "hls", "thumbnail", "competitive play", "/v1/records"},
		},
		{
			prompt: "Design an inventory management system for a regional food bank network of 30 warehouses. About 200 staff and volunteers use it on tablets; intake logs roughly 4,000 donated items per day, each with an expiry date. Every week we allocate stock to 450 partner pantries, who place orders through a web portal. Items must be picked first-expiry-first-out, and we must be able to trace any recalled lot to the pantries that received it within an hour.", archetype: "food bank inventory and allocation system",
			mentions: []string{"fefo", "lot trace", "recall", "min_shelf_days", "offline"},
			absent:   []string{"payment processor", "plaid", "stripe", "shopping cart", "3-d secure", "/v1/records"},
		},
		{
			prompt: "Design a package-tracking API for a courier that handles 15M parcels a day, each scanned 6 times; merchants receive webhooks on every status change", archetype: "parcel tracking service",
			mentions: []string{"tracking number", "webhook", "scan id", "hmac"},
			absent:   []string{"restaurant", "menu", "cart", "3-d secure", "shipping/fulfilment logistics"},
		},
		{
			prompt: "Design the vaccine appointment booking site for launch day: 5M residents become eligible at 9:00, 200K slots across 350 clinics, 1.5M people in the first 10 minutes", archetype: "launch-day appointment booking",
			mentions: []string{"waiting room", "eligib", "one booking per resident"},
			absent:   []string{"nights", "overbook", "pay at the property", "payment processor", "stripe"},
		},
		{
			prompt: "Design a betting exchange for a cup final: 400K concurrent users back and lay bets, 50K bets per second after a goal, odds to every user within 500 ms", archetype: "betting exchange",
			mentions: []string{"liability", "suspend", "in-play delay", "websocket"},
			absent:   []string{"fix session", "co-locat", "no end-user screens"},
		},
		{
			prompt: "Design a satellite imagery archive: 40,000 new scenes a day, each about 80 MB, kept forever; analysts view map tiles in a browser", archetype: "imagery archive",
			mentions: []string{"footprint", "cloud-optimized geotiff", "postgis", "archive tier", "web app"},
			absent:   []string{"shortest path", "gps probe", "contraction hierarch", "turn-by-turn"},
		},
		{
			prompt: "Design an IoT smart-lock platform for 3 million installed locks; owners unlock from a phone app and the command must reach the lock within 2 seconds", archetype: "IoT device platform",
			mentions: []string{"nonce", "expir", "post /v1/devices/{id}/commands", "audit"},
			absent:   []string{"| device | puback |", "blocks writes of devices, access grants ("},
		},
		{
			prompt: "we need a code review thing like gerrit but for our monorepo, ~2k engineers, diffs can be huge. thoughts?", archetype: "code review system",
			mentions: []string{"patch set", "blob", "too large", "web app"},
			absent:   []string{"moderation", "ios", "android", "| item |"},
		},
		{
			prompt: "Design a music royalties ledger: streaming services report 80 billion plays per month in daily batch files; each play is attributed to the recording's rights holders by split percentages that change over time; statements exact to the cent, with reprocessing when a file is corrected", archetype: "royalty accounting ledger",
			mentions: []string{"largest remainder", "revers", "file version", "valid_from"},
			absent:   []string{"users create", "card numbers", "pci"},
		},
		{
			prompt: "Design a live multiplayer trivia game show app: 2 million players join a scheduled show, each of 12 questions is pushed to everyone at the same moment and players must answer within 10 seconds; winners split a cash prize", archetype: "live quiz game show",
			mentions: []string{"closes_at", "server's clock", "tally", "websocket"},
			absent:   []string{"farm or dodge", "new cash prize", "partner"},
		},
		{
			prompt: "hey team — can we sketch the site for election night results? we expect ~40M unique visitors and maybe 2M concurrent when polls close. results come in from ~3,100 county feeds, each updating every 30s or so. never show a number that's wrong or goes backwards, and the race call has to appear everywhere within a few seconds", archetype: "live results site",
			mentions: []string{"source_seq", "latest.json", "decision desk", "stale-if-error", "server-sent events"},
			absent:   []string{"celebrity", "fan-out", "timeline", "followers", "/v1/records"},
		},
		{
			prompt: "Design a podcast hosting platform: 2 million shows, 50 million episodes (average 60 MB MP3), 500 million downloads per month. Podcast apps poll each show's RSS feed, and creators need IAB-compliant download analytics and dynamic ad insertion into episodes at download time.", archetype: "podcast hosting platform",
			mentions: []string{"if-none-match", "304", "range", "user agent", "one minute", "id3"},
			absent:   []string{"playlist", "royalt", "song", "celebrity", "/v1/records"},
		},
		{
			prompt: "Design a CDN log analytics pipeline that ingests 4 TB/hour of access logs from 300 edge PoPs with dashboards of cache hit ratio", archetype: "real-time analytics pipeline",
			mentions: []string{"rollup", "parquet"},
			absent:   []string{"tails a service", "firecracker", "seeds", "sandboxed runner"},
		},
		{
			// Sized by the night's window, not the day: 3,000 pipeline runs × 10 tasks × 10 min in
			// 6 hours keep 834 task slots busy.
			prompt: "Design a scheduler for nightly ETL across 3,000 data pipelines with dependencies between them; a failed pipeline must not run its dependents.", archetype: "data pipeline orchestrator",
			mentions: []string{"upstream_failed", "skip locked", "lease", "epoch", "critical path", "834 task slots", "backfill", "pool", "dataset event"},
			absent:   []string{"cron expression", "next_run_at", "consumer group", "/v1/records", "rollup", "users create", "firecracker", "pull request"},
		},
		{
			prompt: "Design a weather API that serves forecasts for any latitude and longitude, refreshed hourly from a model run, 50,000 requests per second at peak.", archetype: "gridded forecast data API",
			mentions: []string{"grib2", "compare-and-set", "bilinear", "halo", "run_time", "origin shield", "stale-if-error", "0.01°", "quota"},
			absent:   []string{"/v1/weathers", "users create", "cache-aside", "token bucket", "/v1/records", "geohash"},
		},
		{
			// Bank cards tapped on gates: decided offline, priced after the fact per card with caps,
			// charged once a day; a bank card is not a bank connection (no Plaid).
			prompt: "Design a fare system for a city's public transit: riders tap on and off with contactless bank cards, fares are capped per day and per week, 1.5 million riders a weekday, most of them between 7 and 9 am.", archetype: "account-based transit fare system",
			mentions: []string{"deny list", "offline data authentication", "daily cap", "weekly cap", "fare token", "aggregated", "pci dss", "500 ms", "maximum fare"},
			absent:   []string{"plaid", "riders create fares", "stripe", "seat", "/v1/fares", "nights"},
		},
		{
			// Vehicles that report only where they are feed a prediction per stop: no device
			// platform (firmware, shadows) and no trip counterpart's location privacy.
			prompt: "We run 300 trams across the city; each tram reports its position every 20 seconds. Passengers want to know when the next tram will reach their stop, on the app and on shelter screens.", archetype: "real-time transit arrival prediction system",
			mentions: []string{"segment", "historical median", "/v1/stops/{stop_id}/arrivals", "gtfs-realtime", "falls back to the schedule", "stop displays"},
			absent:   []string{"firmware", "device shadow", "counterpart of an active trip", "/v1/records", "trams create"},
		},
		{
			// Compartments by size reserved at pre-advice, codes the locker checks offline, door
			// events as custody and the stated collection window; not parcel tracking's scans and
			// webhooks, and no generic device shadow.
			prompt: "Design a parcel locker network: 3,000 lockers with 60 compartments each, couriers drop parcels, recipients get a PIN and have 72 hours to collect", archetype: "parcel locker network",
			mentions: []string{"free > 0", "hmac", "door events are the custody record", "3 days from the drop", "252k compartment openings a day", "where free > 0, for the lockers nearby with room", "gist (location)"},
			absent:   []string{"scans out of order", "webhooks that never block", "device shadow", "/v1/records", "traveller rents", "door opened remotely"},
		},
		{
			// Luggage lockers are rented by whoever fills them: the locker sells the rental, issues
			// the code and times it; no carrier pre-advice, courier or recipient.
			prompt: "We run 1,200 smart lockers at train stations where travellers leave luggage for a few hours and reopen the door with a code sent by SMS", archetype: "luggage locker rental system",
			mentions: []string{"the locker sells the rental itself", "offline floor limit", "longest stay", "/v1/bookings", "1,200 lockers sees 120 a day"},
			absent:   []string{"pre-advice", "courier", "recipient", "carrier", "parcel", "/v1/records"},
		},
		{
			// The same pattern sized from other figures: 5,000 × 40 compartments turn over into
			// 280K drops and collections a day, the window is the stated 48 hours, and a remote
			// open asked for is a signed command that expires.
			prompt: "Design the backend for 5,000 parcel terminals with 40 compartments each in small, medium and large sizes; the recipient has 48 hours to pick up, and operators can open a door remotely", archetype: "parcel locker network",
			mentions: []string{"2 days from the drop", "280k compartment openings a day", "door opened remotely is opened by a signed command"},
			absent:   []string{"scans out of order", "3 days from the drop", "252k drops"},
		},
		{
			// Places per entry slot, not seats: a counter per slot taken by a conditional update,
			// members' free tickets and a school's group booking on the same cap; no seat map and no
			// chat groups for "groups" and "members".
			prompt: "timed tickets for a botanical garden: visitors book a 30-minute arrival window, each window holds at most 250 people, school groups come by coach, and annual pass holders book free", archetype: "timed-entry admission system",
			mentions: []string{"booked + held + party ≤ capacity", "member", "/v1/group-bookings", "entry window", "holds expire after 10 minutes"},
			absent:   []string{"pick specific seats", "group conversations", "conversation_id", "/v1/records", "seat map."},
		},
		{
			// The surge part of a ride-hailing app, designed as that part: counts per cell in
			// windows, smoothing, a multiplier store read at quote time and a locked quote; no
			// trip matching, payments or rider push.
			prompt: "Design the surge multiplier service for a taxi-booking app: every 10 seconds, compare open requests with idle drivers in each hexagonal cell and publish a multiplier per cell", archetype: "surge pricing service",
			mentions: []string{"h3", "sliding window", "exponential moving average", "hysteresis", "/v1/quotes", "locked", "expire to 1.0"},
			absent:   []string{"driver matching", "3-d secure", "/v1/trips", "/v1/records"},
		},
		{
			// A bank's own transfers over the national rail, not a merchant's gateway: funds
			// reserved with a conditional update, ISO 20022 to the rail, a timeout resolved by a
			// status inquiry, sanctions before sending, reconciliation with the rail's report.
			// The customers are the bank's own, so no aggregator connects to their bank.
			prompt: "Our bank's 2M customers make 1.5M transfers a day to accounts at other banks; they settle through the national instant payment rail", archetype: "bank transfer system (account-to-account over a payment rail)",
			mentions: []string{"pacs.008", "pacs.002", "pacs.028", "camt.056", "overdraft", "reservation", "sanctions", "settlement report", "end-to-end id", "17.4/s"},
			absent:   []string{"merchant", "acquirer", "stripe", "adyen", "checkout", "plaid", "card numbers", "/v1/records", "domestics"},
		},
		{
			// One's own photos backed up and browsed, not photo sharing: resumable uploads with a
			// content hash, originals tiered by age, a per-user index by capture date, faces
			// clustered per user, albums with share links and a quota.
			prompt: "Our family picture vault: 20 million households back up their phones' camera rolls automatically, about 40 pictures a week each, and find old pictures of grandma by face or by the year they were taken", archetype: "personal photo library (Google Photos-like)",
			mentions: []string{"content hash", "infrequent-access", "(user_id, taken_at, media_id)", "face cluster", "share link", "quota", "opt-in"},
			absent:   []string{"transcod", "followers", "fan-out", "captions", "/v1/records"},
		},
		{
			// Theatre sessions, not an appointment book: staff and kit under one exclusion
			// constraint, emergencies graded by urgency that bump elective cases with a rebooking
			// deadline, and a theatre's handful of cases a day as the load, not 500 people each.
			prompt: "Build the theatre list planner for a children's hospital: 9 theatres, anaesthetists and scrub nurses assigned per list, one robot shared between two theatres, and urgent cases that push elective surgery back", archetype: "operating theatre scheduling system",
			mentions: []string{"exclude using gist (resource_id with =, busy with &&)", "ncepod", "rebook_by", "each of the 9 theatres records 50 a day", "/v1/sessions/{id}/cases"},
			absent:   []string{"500 a day at each", "/v1/slots", "/v1/holds", "free/busy", "/v1/records", "shards", "asked for but not designed"},
		},
		{
			// A formal ballot, not a live audience poll: the register at the record date weights
			// each vote, ballots are encrypted to a threshold key so nobody sees a running tally,
			// a changed vote is a new row, and the final hour before the close is the peak.
			prompt: "Design electronic voting for a shareholders' annual meeting: 50,000 shareholders, votes weighted by shares held, results sealed until the poll closes", archetype: "formal ballot and proxy voting",
			mentions: []string{"record date", "control number", "threshold", "custodian", "proxy", "receipt", "scrutineer", "hash", "6.5 ballots/s", "30k holders who vote", "legal record"},
			absent:   []string{"update live", "moving live", "bar chart", "once a second", "secret-ballot elections with verifiable counts", "user service", "/v1/sessions", "/v1/records"},
		},
		{
			// One member, one vote: no weights, so no register dive; the stated two hours are
			// the rush.
			prompt: "Run the union's online ballot for 80,000 members to elect a general secretary, secret ballot, most members vote in the last two hours", archetype: "formal ballot and proxy voting",
			mentions: []string{"in the final 2 h before it closes", "threshold", "receipt", "scrutineer", "5.2 ballots/s"},
			absent:   []string{"update live", "a custodian bank", "may appoint a proxy", "/v1/polls"},
		},
		{
			// A pharmacy chain's prescriptions, not a CRUD of e-prescriptions: the prescriber
			// network's messages, refills checked under a lock, claims to the PBM, the PDMP before a
			// controlled drug, and the stores' prescriptions as the load, not 500 people a store.
			prompt: "A chain of 640 pharmacies: e-prescriptions come in from prescribers, patients ask for refills by phone or in the app, and opioids need a check against the state monitoring program before they are handed over", archetype: "pharmacy prescription and refill system",
			mentions: []string{"newrx", "refills_remaining", "for update", "pdmp", "epcs", "reject codes", "each of the 640 pharmacies fills 300 a day", "access log"},
			absent:   []string{"500 a day at each", "{…}", "/v1/records", "not designed", "shards to start"},
		},
		{
			// Parcels that come back are returns, not a courier's tracking: eligibility, an RMA
			// and its items, one label per return, grading, and the refund paid once within the
			// stated time (7 days, not the pattern's 14); no card is taken, so none is tokenised.
			prompt: "Our outdoor-gear webshop gets about 6,000 parcels back a week: shoppers print a prepaid label, the returns centre inspects every jacket and tent, and the money must be back on their card within 7 days of arrival", archetype: "returns management system",
			mentions: []string{"every refund once, within 7 days", "refund_due_at", "final sale", "idempotency key", "grade", "wardrobing", "skip locked", "parcel: stated (6,000 a week)"},
			absent:   []string{"scans out of order", "tracking lookup", "webhooks that never block", "within 14 days", "go straight from their apps", "/v1/records"},
		},
		{
			// A sofa is collected by a van, not posted with a label.
			prompt: "A furniture retailer wants collection returns: customers who no longer want a sofa book a van to pick it up, the depot checks it, and they are refunded within 10 working days", archetype: "returns management system",
			mentions: []string{"one collection per return", "within 10 working days"},
			absent:   []string{"one label per return", "no overlapping bookings", "within 14 days"},
		},
		{
			// A hotel chain's room readiness is housekeeping, not a booking site: the room status
			// state machine, the PMS's check-outs, the front desk's push, and early check-in as a
			// hard part because it is asked for; the 10am-noon check-out peak sets the peak.
			prompt: "Our 45 hotels want a room-readiness app: room attendants tap each room clean on their phones even where the Wi-Fi is patchy, most guests check out from 10am to noon, supervisors inspect, and guests can ask in the app to arrive early", archetype: "housekeeping and room-readiness system",
			mentions: []string{"vacant dirty", "inspected", "op_id", "htng", "per hotel", "early check-in without promising", "credits", "out of order", "from 10am to 12pm"},
			absent:   []string{"overbook", "full-text search", "exactly-once payments", "listing", "cart", "not designed", "/v1/records"},
		},
		{
			// A ship's cabins are the rooms, counted as they are stated; its day is disembarkation
			// and embarkation.
			prompt: "Cabin stewards on our 1,800-cabin cruise ship need an app to report each cabin cleaned on turnaround day, so the embarkation desk knows which decks are ready", archetype: "housekeeping and room-readiness system",
			mentions: []string{"1,800 cabins × 3 a day", "disembarkation", "turnaround day"},
			absent:   []string{"boarding pass", "overbook", "not designed", "early check-in (guest app)", "early check-in without promising"},
		},
		{
			// A day's camera material due the next morning: the transfer sized from the volume
			// and the deadline, checksums from the card on, proxies by priority, a per-viewer
			// watermark and an audit; the shoot's locations are its sites, not searched positions.
			prompt: "Build a rushes pipeline for a TV series: every shoot day three cameras record roughly 6 TB between the studio and a location abroad, the showrunner in LA must watch proxies by 6am the following morning, and each screening must be forensically watermarked so a leak can be traced", archetype: "media production pipeline",
			mentions: []string{"moving the day's material in time", "xxhash64", "mhl", "a and b", "highest lane first", "lto", "tpn", "signed", "audit log", "2 gb per item", "gbit/s"},
			absent:   []string{"the position a search sends", "where reviews live", "4 mb per item", "ios, android", "argon2id"},
		},
		{
			// Vendors get only the shots they work on and send versions back; nothing is booked.
			prompt: "A visual effects house shares plates with three outside vendors, who upload new versions of each shot for the supervisor to review and approve; nothing may leak before the trailer", archetype: "media production pipeline",
			mentions: []string{"granted shots out, new versions back", "tracing a leak to one viewer"},
			absent:   []string{"no double booking", "moving the day's material in time"},
		},
		{
			// Highlights are clipped while the match is live, not scored.
			prompt: "a sports broadcaster's editors clip highlights from live match feeds and publish them to social within two minutes of the goal", archetype: "media production pipeline",
			mentions: []string{"clipping while the match is still live", "getting material in"},
			absent:   []string{"scoring without signal", "moving the day's material in time"},
		},
		{
			// Sound alone has no look to apply and no camera raw to debayer: a listening copy.
			prompt: "an audio drama company's actors record raw takes remotely, the producer assembles the takes and the director approves each scene", archetype: "media production pipeline",
			mentions: []string{"listening copies while the tracks stay raw", "from raw tracks to a listening copy"},
			absent:   []string{"debayer", "applies the show lut", "b-camera", "podcast hosting"},
		},
		{
			// Lift passes at a resort's gates are entitlement at the gate in the skiers' own words:
			// each resort decides locally from a synced list, revocation is a bounded delay, and
			// sharing a pass is designed with its false positives, not a relational store of passes.
			prompt: "Our ski group runs 30 resorts where skiers tap lift passes at the lift gates, mountain links drop in storms, and a pass must not be handed to a second skier", archetype: "pass and membership gate entry system",
			mentions: []string{"deciding at the lift gate within 300 ms", "lift pass", "resort", "numbered delta", "list version", "first-use photo", "anti-passback"},
			absent:   []string{"where lift passes live as they grow", "exactly-once payments", "{ge_", "plate camera", "dunning"},
		},
		{
			// A car wash's members are read by plate at each site's entrance: the plate's
			// confidence and its fallback and the monthly billing with dunning are the hard parts,
			// not exactly-once payments.
			prompt: "a subscription car wash with 70 sites: a camera reads each member's number plate as the car pulls in, and memberships are charged monthly to a card", archetype: "pass and membership gate entry system",
			mentions: []string{"plate recognition confidence and its fallback", "recurring billing, dunning", "card account updater", "grace period", "site"},
			absent:   []string{"exactly-once payments", "{ge_", "lift", "skier"},
		},
		{
			// A marathon's chip reads are designed, not a follow graph: reads deduplicated into
			// one crossing per chip per mat, readers buffering offline, corrections, families'
			// notifications and the results at the CDN; the load is the field × its stated timing
			// points in the race's hours, once a year.
			prompt: "We time a spring marathon: 32,000 runners wear bib chips read at 9 timing mats, readers on mobile data sometimes drop out, and relatives want a notification at each split", archetype: "race timing and live tracking system",
			mentions: []string{"one crossing per chip per mat", "numbered batches", "gun time", "chip time", "swap two chips", "32k runners × 9 timing points", "once a year", "cdn"},
			absent:   []string{"a fifth of", "not used as load", "follows live as they grow", "/v1/records", "feed"},
		},
		{
			// An ultra's checkpoints out of coverage are a hard part of their own, and its field is
			// out for a day and a night, not the four hours of a marathon.
			prompt: "Timing and live tracking for a 110 km mountain ultra: 2,000 runners, 12 checkpoints, several of them with no mobile coverage at all", archetype: "race timing and live tracking system",
			mentions: []string{"checkpoints with no coverage for hours", "how a missing runner is noticed", "satellite", "12 timing points", "in the 30 hours from the start to the cut-off"},
			absent:   []string{"in the 4 hours", "not designed", "a fifth of"},
		},
		{
			// One finish mat is one timing point: the gun starts everyone.
			prompt: "Our charity 10k has 2,400 entrants, one finish mat and a gun start; the results go on our website", archetype: "race timing and live tracking system",
			mentions: []string{"2,400 entrants × 1 timing point ×", "gun time"},
			absent:   []string{"checkpoints with no coverage for hours", "6 timing points", "a fifth of"},
		},
		{
			// A transfer asked for by name is a hard part: its dive is written, not cut for claims.
			prompt: "a retail pharmacy chain wants patients to transfer prescriptions between its stores, get refill reminders and pick up at the counter; Schedule II drugs cannot be refilled", archetype: "pharmacy prescription and refill system",
			mentions: []string{"transfers between the chain's stores", "refills_remaining"},
			absent:   []string{"not designed", "/v1/records"},
		},
		{
			// Counted pharmacies that act ("take e-prescriptions") are the archetype's senders: each
			// fills a pharmacy's few hundred a day, not the ten acts assumed of any organisation.
			prompt: "Our 640 pharmacies take e-prescriptions from prescribers, patients ask for refills by phone or in the app, and opioids need a check against the state monitoring program before they are handed over", archetype: "pharmacy prescription and refill system",
			mentions: []string{"each of the 640 pharmacies fills 300 a day", "pdmp"},
			absent:   []string{"about 10 times a day", "pharmacies: none counted"},
		},
		{
			// Sensors and short holds, not the hotel template: debounce, silent sensors, the two
			// hold invariants and the taken spot.
			prompt: "Design a parking system: sensors on each of 12,000 spots across 40 garages, drivers see free spots in an app and can hold one for up to 15 minutes.", archetype: "parking availability and hold system",
			mentions: []string{"debounce", "heartbeat", "unknown", "partial unique", "expires_at", "nearest", "free counts"},
			absent:   []string{"nights", "party size", "room type", "overbook", "checkout", "/v1/records"},
		},
		{
			// A board game is not a shooter's matchmaking: one owner per game keeps the clocks and
			// appends every move before relaying it; spectators have their own tier.
			prompt: "Design an online chess server with matchmaking by rating, time controls and spectators; 500k concurrent games at peak.", archetype: "online board game server",
			mentions: []string{"lag credit", "timer wheel", "(game_id, ply)", "4,096 buckets", "spectator edge", "on conflict do nothing", "time control"},
			absent:   []string{"agones", "ping beacon", "ready check", "5v5", "premade", "/v1/records"},
		},
		{
			// Strava is an upload pipeline with segment matching and one sorted set per segment,
			// not a game's leaderboard, a social feed of posts or live location tracking.
			prompt: "Design Strava: athletes upload GPS activities, follow each other, and compete on segment leaderboards; 20M monthly active users.", archetype: "GPS fitness tracking service",
			mentions: []string{"zadd lt", "privacy zone", "pre-signed", "r-tree", "douglas-peucker", "kudos", "zmscore"},
			absent:   []string{"zincrby", "scooter", "trip or booking", "firecracker", "hipaa", "celebrity", "/v1/records"},
		},
		{
			// 4,000 tags every 10 s is 400 beacons/s, each heard by 3-5 gateways; only room
			// changes are history, and a hospital gets its infusion-pump search and par levels.
			prompt: "Design a system for a hospital to track where its 4,000 infusion pumps and wheelchairs are, using BLE tags heard by ceiling gateways every 10 seconds.", archetype: "indoor real-time location system (RTLS)",
			mentions: []string{"400 beacons/s", "hysteresis", "rssi", "map_version", "room visit", "nearest free infusion pump", "par level", "exit zone"},
			absent:   []string{"/v1/items", "hospitals create", "gps", "counterpart of an active trip", "forklift", "pallet", "checkout"},
		},
		{
			// Payments leave as signed bank files in weekly runs, never through a card processor;
			// the run item's unique invoice_id is what makes a double payment impossible.
			prompt: "Design a B2B invoicing platform where suppliers send invoices, buyers approve them in multi-step workflows and payments go out in weekly batches; 10,000 companies.", archetype: "B2B invoicing and accounts payable platform",
			mentions: []string{"pain.001", "camt.053", "unique(tenant_id, invoice_id)", "policy_version", "any-of", "delegat", "escalat", "remittance advice", "three-way", "row-level security", "cut-off"},
			absent:   []string{"payment processor", "3-d secure", "card numbers", "stripe", "plaid", "checkout", "/v1/items", "companies create"},
		},
		{
			// A lock is only as safe as the resource's check of its fencing token; the cell is
			// one Raft group, so more writes mean more cells, not more replicas.
			prompt: "Design a distributed lock service like Chubby for our internal microservices.", archetype: "distributed lock and coordination service",
			mentions: []string{"fencing token", "raft", "read index", "keep-alive", "redlock", "ephemeral sequential", "three of the five", "jitter", "more cells"},
			absent:   []string{"users create locks", "primary db", "pre-signed", "checkout", "/v1/records", "personal data is limited"},
		},
		{
			// 500K lookups/s is 1M at peak, 10 Redis shards of throughput; "offline" is the
			// training side of a feature store, not an app that works without a connection.
			prompt: "Design a feature store for machine learning that serves 500,000 feature lookups a second online and point-in-time correct training data offline.", archetype: "feature store for machine learning",
			mentions: []string{"as-of join", "label leakage", "training/serving skew", "hmget", "watermark", "1m lookups/s", "10 shards", "created_timestamp"},
			absent:   []string{"offline support", "cut link", "checkout", "cart", "users create lookups", "/v1/records", "conflict"},
		},
		{
			// A listing is a bounded quantity funded by reservations of investors' cash; a
			// settled repayment is split among the note holders to the cent. No card checkout,
			// no brokerage orders, and a loan listing is not content people publish.
			prompt: "Design a peer-to-peer lending marketplace where investors fund loans in small parts and borrowers repay monthly.", archetype: "peer-to-peer lending marketplace",
			mentions: []string{"committed + :fill <= requested", "largest remainder", "soft pull", "adverse action", "charge-off", "r01", "custodial", "1099", "journal line", "auto-invest"},
			absent:   []string{"3-d secure", "card numbers", "stripe", "checkout", "market order", "content people publish", "investors lend peer-to-peers", "/v1/items"},
		},
		{
			// 10M homes × 96 reads a day is 11.1K reads/s; a twentieth of them is billed each
			// working night. No device registry, no host metrics, no card checkout.
			prompt: "Design a system for a utility company to collect smart-meter readings from 10 million homes every 15 minutes and bill customers monthly.", archetype: "smart-meter data management and utility billing platform",
			mentions: []string{"11.1k reads/s", "500k accounts", "vee", "head-end", "replacingmergetree", "time-of-use", "billing determinants", "rebill", "last gasp", "green button"},
			absent:   []string{"3-d secure", "stripe", "checkout", "firmware", "device registry", "companies collect", "/v1/items"},
		},
		{
			// A bidder answers from memory within the exchange's deadline: budget slices from a
			// pacer, not a counter per bid; events deduped by auction id; not an eBay auction.
			prompt: "Design a real-time bidding service for a mobile ad network handling 2 million bid requests per second, each answered within 100 ms.", archetype: "demand-side real-time bidder (DSP)",
			mentions: []string{"tmax", "budget slice", "pacing rate", "(auction_id, imp_id, type)", "hmac", "roaring bitmap", "bid shading", "204", "a seventh", "reconciled"},
			absent:   []string{"highest bidder", "proxy bid", "reserve price", "auction closer", "/v1/records", "users create", "cache stampede", "push notification"},
		},
		{
			// An exchange fans each ad request out to the bidders within one deadline; its egress
			// is its bid requests.
			prompt: "Design an SSP that runs 300,000 auctions per second for mobile publishers and fans each out to 25 demand partners within 150 ms", archetype: "ad exchange (SSP auction)",
			mentions: []string{"traffic shaping", "floor", "qps limit", "app-ads.txt", "99k/s"},
			absent:   []string{"budget slice", "frequency cap", "highest bidder", "/v1/records", "users create"},
		},
		{
			// A walk-in queue, not a reservation for a date: quotes from turn times, a local-first
			// host tablet with an operation log, and two-way texts with an answer window.
			prompt: "Design a restaurant waitlist app: guests join a waitlist from their phone and get a text when their table is ready; 5,000 restaurants, Friday evenings are the peak.", archetype: "restaurant waitlist and table management system",
			mentions: []string{"turn time", "respond_by", "operation log", "(device_id, op_id)", "no-show", "for update", "outbox", "50k an hour", "wi-fi"},
			absent:   []string{"nights", "room type", "overbook", "checkout", "/v1/records", "courier", "geohash", "stripe", "pay at the property", "guests create"},
		},
		{
			// 800 services at about 1,000 spans/s each is 800K spans/s; only the kept share is
			// stored, in blocks, so no database is partitioned by the span rate.
			prompt: "Build a tracing platform for our 800 microservices: engineers paste a trace id from a log line and see the whole request as a waterfall, and every trace that errored is kept.", archetype: "distributed tracing system",
			mentions: []string{"traceparent", "tail sampling", "keyed by trace id", "bloom filter", "decision wait", "dependency", "1.6m spans/s", "kept in object storage", "not a database row per write"},
			absent:   []string{"/v1/records", "users create", "exceed one relational primary", "courier", "contact tracing", "log shippers", "partitions of data (0 b kept"},
		},
		{
			// 20M users × 0.5 events a day is 116 events/s, 463/s at a bad release's peak; SDKs in
			// people's phones hold a public key, so no line says callers use service identities.
			prompt: "Our iOS and Android apps crash and we only hear about it from app-store reviews: design a crash reporting backend with dSYM symbolication, grouping into issues and alerts on regressions, for 20 million daily users.", archetype: "error and crash tracking service",
			mentions: []string{"symbolicat", "debug id", "fingerprint", "on conflict do nothing", "spike protection", "retry-after", "resolved_in_release", "scrub", "hyperloglog", "463 events/s"},
			absent:   []string{"/v1/records", "users create", "mtls service identities", "log shippers", "helpdesk", "ticket", "(file ("},
		},
		{
			// 20,000 pods renewing tokens and leases 180 times a day is 41.7 writes/s, 250/s in a
			// restart storm; container images are not photos, and the audit is the synchronous
			// one of every read, not the outbox trail of changes.
			prompt: "Our services read database passwords from environment variables baked into images; design a central secrets service that gives every pod its own short-lived database login, rotates our third-party API keys and records every read, for about 20,000 pods.", archetype: "secrets manager",
			mentions: []string{"unseal", "root key", "keyring", "lease", "valid until", "revoke", "hmac", "check-and-set", "service account", "250 lease and token writes/s"},
			absent:   []string{"/v1/records", "users create", "photo", "thumbnail", "pre-key", "hash-chained", "argon2"},
		},
		{
			// Configs are pushed through proxies and staged by canary; not a release rollout, not
			// per-user flags, and a store watched by proxies, not a lock service.
			prompt: "Our 600 microservices read limits and timeouts from YAML files baked into images, so every tweak needs a redeploy; design a runtime config system that validates changes against a schema, pushes them to services within seconds, canaries them and lets any service fall back to the last known good values.", archetype: "dynamic configuration service",
			mentions: []string{"last known good", "schema", "stage pointer", "canary", "fsync, rename", "one watch per config per proxy", "content hash", "base_version", "2,500 fetches/s"},
			absent:   []string{"/v1/records", "users create", "feature flag service", "artifact", "fencing token", "percentage rollout", "thumbnail", "asked for but not designed"},
		},
		{
			// A gateway by what it does, not by name: routing table pushed to a stateless data
			// plane, tokens verified locally, budgets and breakers per upstream; its limits are a
			// plugin, so the rate limiter's own design and its middleware stay out.
			prompt: "We're putting 250 internal services on the internet for partners: design the gateway in front of them that checks OAuth tokens, applies per-partner quotas and keeps one slow backend from taking the others down", archetype: "API gateway",
			mentions: []string{"control plane", "xds", "jwks", "sha-256", "retry budget", "outlier ejection", "circuit breaker", "last good snapshot", "429", "300k requests/s"},
			absent:   []string{"/v1/records", "users create", "rate-limit middleware", "mtls service identities", "personal data in the data model", "asked for but not designed"},
		},
		{
			// A form is published as immutable versions and answered page by page; one response
			// per employee is a put-if-absent on the respondent key, not a check then an insert.
			prompt: "Design a questionnaire platform: HR builds surveys with skip logic, each employee answers once through their SSO account, half-finished answers are kept until they come back, and results can be exported to a spreadsheet", archetype: "survey and form platform",
			mentions: []string{"form_version", "question_id", "put-if-absent", "(form_id, bucket)", "partial", "immutable", "export jobs"},
			absent:   []string{"checkout", "/v1/records", "users create", "sharded counter", "county", "helpdesk"},
		},
		{
			// Votes are claimed once per voter in a ledger, counted in sharded counters and pushed
			// as one frame a second; the final result is a recount. Not an election night.
			prompt: "We want quick polls people can share by link: one vote per device, and everyone on the page watches the bars move as votes come in", archetype: "live polling and voting app",
			mentions: []string{"shard", "put-if-absent", "(poll_id, voter_key)", "sequence number", "recount", "websocket"},
			absent:   []string{"form_version", "checkout", "/v1/records", "county", "leaderboard", "users create"},
		},
		{
			// Evidence that holds without trusting our database: a hash chain per envelope with
			// timestamped heads, a PAdES seal from an HSM key, retention under object lock with
			// legal holds; parallel signers advance the routing by compare-and-set.
			prompt: "Design an electronic signature service for a bank: loan agreements are sent to borrowers and co-signers in a set order, each signer confirms a one-time code sent to their phone, every step is recorded for regulators, and signed agreements are kept for ten years unless legal puts a hold on them", archetype: "e-signature platform",
			mentions: []string{"hash chain", "routing_order", "pades", "rfc 3161", "legal hold", "object lock", "certificate of completion", "compare-and-set"},
			absent:   []string{"checkout", "/v1/records", "push providers", "users create", "cart", "3 new messages"},
		},
		{
			// Progress heartbeats overwrite a row per learner and lecture, completion comes from
			// merged watched intervals, lectures stream behind signed URLs, peer grades are a
			// median. Not a class booking, a timed exam or a game's cloud saves.
			prompt: "an online coding school where students enrol in a course, watch lessons, submit assignments that other students grade, and get a certificate", archetype: "online course platform",
			mentions: []string{"watched_intervals", "(learner_id, course_id)", "signed", "median", "completed_at", "transcod", "unique(learner_id, course_id, course_version)"},
			absent:   []string{"save slot", "checkout", "/v1/records", "waitlist", "timed exam", "users create", "cart"},
		},
		{
			// One home from several feeds is one property (parcel, normalised address); the map
			// is a bounding-box query that clusters by geotile at low zoom; saved searches are
			// found by the new listing's geohash cell. Not a holiday rental, a social feed or
			// nearby businesses.
			prompt: "Design a home-buying site: we aggregate about 1.5 million active listings from 600 MLS feeds, buyers search by dragging a map with filters for price and bedrooms, and they get emailed when a new home matches a search they saved", archetype: "real-estate listing site",
			mentions: []string{"bounding box", "geotile", "cluster", "parcel", "geohash", "price history", "unique(property_id) where status is active", "reso"},
			absent:   []string{"nights", "check-in", "timeline", "followers", "checkout", "/v1/records", "users create", "nearby places"},
		},
		{
			// The cap is buckets decremented only while positive, the redemption is unique per
			// (campaign, order) and reserved until the payment confirms it, codes are random and
			// guessing is counted per account, device and IP. Not the delivery app's checkout.
			prompt: "We run a grocery delivery app and need a voucher service: marketing issues unique single-use codes by email, some campaigns are limited to the first 20,000 redemptions, codes have a minimum basket and an end date, and people keep trying to guess codes", archetype: "coupon and promo code service",
			mentions: []string{"unique(campaign_id, order_id)", "lua", "reserved_until", "hmac", "captcha", "check character", "minimum basket", "skip locked"},
			absent:   []string{"courier", "dispatch", "shopping cart", "/v1/records", "users create", "argon2id", "oversell the last"},
		},
		{
			// Evidence that holds without trusting our database: a hash chain per envelope with
			// timestamped heads, a PAdES seal from an HSM key, retention under object lock with
			// legal holds; parallel signers advance the routing by compare-and-set.
			prompt: "Design an electronic signature service for a bank: loan agreements are sent to borrowers and co-signers in a set order, each signer confirms a one-time code sent to their phone, every step is recorded for regulators, and signed agreements are kept for ten years unless legal puts a hold on them", archetype: "e-signature platform",
			mentions: []string{"hash chain", "routing_order", "pades", "rfc 3161", "legal hold", "object lock", "certificate of completion", "compare-and-set"},
			absent:   []string{"checkout", "/v1/records", "push providers", "users create", "cart", "3 new messages"},
		},
		{
			// A chat is where the links are pasted, not the system: one fetch per URL behind an
			// egress proxy, 30% of 92.6 pasted links/s reaching the fetchers; "pastes" is no
			// paste bin.
			prompt: "We run a workplace messenger with 4 million daily users; when someone pastes a URL we want to unfurl it into a card with the page's title, image and description. How would you build the unfurler?", archetype: "link preview (URL unfurling) service",
			mentions: []string{"egress proxy", "169.254.169.254", "dns rebinding", "set inflight:{url_hash} nx", "negative", "og:image", "oembed", "libvips", "27.8/s reach the fetchers", "registrable domain"},
			absent:   []string{"read receipt", "typing indicator", "last seen", "paste expires", "short code", "frontier", "transcod", "/v1/records"},
		},
		{
			// Lessons, streaks in each learner's time zone, spaced repetition and reminders; no
			// leagues were asked for, and no game's leaderboard.
			prompt: "Build the backend of a Babbel-style app where 3 million learners a day do short lessons, keep daily streaks and get reminded at their chosen time.", archetype: "language-learning app backend",
			mentions: []string{"streak day", "on conflict do nothing", "half-life", "content hash", "next_due_at", "(learner_id, session_id)", "local date", "streak freeze"},
			absent:   []string{"league", "zincrby", "after every match", "game server", "no-show", "/v1/records", "checkout"},
		},
		{
			// Leagues asked for: many sorted sets of about 30, 8M learners × 100 B of Redis.
			prompt: "A vocabulary learning app with spaced repetition and weekly leagues; 8M daily learners across every time zone.", archetype: "language-learning app backend",
			mentions: []string{"zadd league:{week_id}:{league_id} gt", "league close job", "promoted", "demoted", "800 mb of redis", "half-life"},
			absent:   []string{"zincrby", "top 100", "after every match", "game server", "/v1/records"},
		},
		{
			// A university's sections, not a gym's classes: time tickets behind a waiting room, a
			// seat counter that keeps freed seats for the waitlist, and the SIS of record.
			prompt: "Our college's class registration falls over every semester when 15,000 students try to enrol at 7am; sections have seat caps and prerequisites, and holds block registration.", archetype: "university course registration system",
			mentions: []string{"time ticket", "waiting room", "enrolled + held_for_waitlist < capacity", "eligibility snapshot", "bursar hold", "ferpa", "outbox", "student information system"},
			absent:   []string{"gym", "studio", "spin class", "no-show", "suspend", "front desk", "/v1/records", "stripe"},
		},
		{
			// Building S3 itself, not an app that keeps files in it: a PUT commits one metadata
			// row after its 6+3 fragments are down, and 20 PB stated against 50K PUTs/s of
			// 100 KB assumed is a disagreement to raise, not to paper over.
			prompt: "We are building S3 for our private cloud: 20 PB of versioned objects in buckets, 50,000 PUTs a second", archetype: "object storage service (S3-like)",
			mentions: []string{"6+3", "read-after-write", "3,500", "multipart", "delete marker", "slowdown", "sigv4", "placement group", "figures disagree", "20 pb kept in all"},
			absent:   []string{"json over https", "no anonymous access", "users create", "/v1/records", "album", "cdn", "20 pb per"},
		},
		{
			// One master with the namespace in memory, not a sync service for people's files.
			prompt: "Design a GFS-style file system where a single master keeps the metadata and chunkservers hold 64 MB chunks for our batch jobs", archetype: "distributed file system (HDFS/GFS-like)",
			mentions: []string{"edit log", "fsimage", "lease", "rack", "generation stamp", "small files", "150 bytes", "epoch", "datanodes"},
			absent:   []string{"json over https", "no anonymous access", "the peak needs at no more than", "/v1/records", "sync them", "read replicas", "logical partitions", "not designed"},
		},
		{
			// The CDN itself: PoPs, a shield, purges by generation; no app servers or shards.
			prompt: "Build a CDN that serves 10 million requests a second from edge PoPs worldwide, with purges in seconds and TLS for every customer hostname", archetype: "content delivery network (CDN)",
			mentions: []string{"anycast", "shield", "collapsing", "cache key", "vary", "generation", "stale-while-revalidate", "acme", "xdp", "98%", "200k/s fetches"},
			absent:   []string{"json over https", "no anonymous access", "single region", "logical partitions", "the peak needs at no more than", "database shards", "/v1/records", "11 nines"},
		},
		{
			// Authoritative DNS: answers from memory at every PoP, changes pushed, TTLs cached.
			prompt: "Design the authoritative DNS behind a registrar: 20 million domains, record updates live worldwide within a minute", archetype: "DNS service",
			mentions: []string{"anycast", "nxdomain", "negative ttl", "rrsig", "1,232", "insync", "if-match", "resolvers"},
			absent:   []string{"json over https", "no anonymous access", "single region", "the peak needs at no more than", "logical partitions", "/v1/records", "cache stampede", "not designed"},
		},
		{
			// The recursive side: a cache in front of the whole DNS, not name servers for zones.
			prompt: "Design the DNS resolvers an ISP gives its 4 million broadband customers, with DNSSEC validation", archetype: "recursive DNS resolver service",
			mentions: []string{"qname minimisation", "negative ttl", "0x20", "serve stale", "bogus", "prefetch", "one copy per pop"},
			absent:   []string{"json over https", "no anonymous access", "single region", "insync", "propagation", "the peak needs at no more than", "not designed"},
		},
		{
			// Seats, cabins and a car deck per sailing and leg, taken all or nothing by
			// conditional updates; not the hotel template's nights and listings, not a flight's
			// GDS, not a transit fare system's taps.
			prompt: "We operate car ferries to four islands; customers book foot passenger tickets, cabins and space for their car or camper van, and the summer sailings sell out the day bookings open.", archetype: "scheduled-departure booking system (ferries, coaches, trains)",
			mentions: []string{"lane-metres", "(departure_id, leg_no, kind)", "persons on board", "mezzanine", "manifest", "timetable version", "waiting room", "over-length"},
			absent:   []string{"nights", "room type", "listing", "gds", "pnr", "boarding pass", "fare cap", "/v1/records", "password"},
		},
		{
			// Fantasy football is the game, not a CRUD of "footballs": squads locked at a
			// deadline, points scored once per player from a data provider's feed and summed per
			// squad, mini-leagues ranked on read and big ones from sorted sets.
			prompt: "Design a fantasy football platform: 2 million managers pick squads each week, leagues of 12 friends, and live scores update points during matches on Saturday afternoons.", archetype: "fantasy sports platform",
			mentions: []string{"deadline_at", "sports data provider", "points per player once", "mini-league", "zrevrange", "rank snapshot", "re-score", "invite code"},
			absent:   []string{"footballs", "| football |", "scorer's phone", "county", "race call", "competitive play", "/v1/records"},
		},
		{
			// Paid daily fantasy adds the money: entry fee and seat in one transaction, prizes
			// posted to a ledger once, and who may play where.
			prompt: "Fantasy cricket contests with entry fees and cash prizes for every IPL match, 10 million users on match days", archetype: "fantasy sports platform",
			mentions: []string{"entries_taken < max_entries", "double-entry", "settlement version", "location and identity checks", "prize table"},
			absent:   []string{"striker", "clean sheet", "odds", "back and lay", "/v1/records"},
		},
		{
			// A long-distance coach sells the same seat on each leg between its stops.
			prompt: "An intercity coach operator sells reserved seats on 900 departures a week; coaches stop in several towns along each route and a seat freed at a stop can be sold again.", archetype: "scheduled-departure booking system (ferries, coaches, trains)",
			mentions: []string{"bitmap of the legs", "nested allocation", "per (departure_id, leg_no, kind)"},
			absent:   []string{"lane-metres", "car deck", "mezzanine", "nights", "gds", "/v1/records"},
		},
		{
			// Shifts with a headcount, assignments linking people to them, swaps approved by a
			// coordinator: not a class's spots, a calendar's free/busy or a generic record.
			prompt: "Our hospital needs an app where nurses pick up open shifts on their wards, swap shifts with colleagues and the ward manager approves each swap; no one may work more than 48 hours a week.", archetype: "shift scheduling (rota) system",
			mentions: []string{"headcount", "exclude using gist", "offered", "accepted", "approved", "for update", "no-show", "open shift"},
			absent:   []string{"waitlist", "free/busy", "rrule", "/v1/records", "nurses create", "marathon"},
		},
		{
			// Trucks' meters and J1939 faults become fault records, due services and work
			// orders; not a live map of positions.
			prompt: "Design a maintenance system for a bus company: 1,200 buses send odometer, engine hours and diagnostic trouble codes from their telematics every hour; services are due every 15,000 miles or 500 engine hours.", archetype: "fleet maintenance management system (CMMS for vehicles)",
			mentions: []string{"spn", "fmi", "fault record", "whichever", "next_due_odometer", "out_of_service", "dvir", "work order", "on conflict do nothing"},
			absent:   []string{"live map", "geofence", "idling", "/v1/records", "buses create", "content people publish"},
		},
		{
			// Votes are applied one voter at a time and counted per item; listings are
			// precomputed sorted sets; a thread is one range scan over materialised paths. Not a
			// timeline of followed accounts.
			prompt: "Build a link-sharing community for developers: members submit links, discuss them in nested comment threads and upvote or downvote both; the front page favours fresh links with many votes", archetype: "discussion forum with voting",
			mentions: []string{"(user_id, item_id)", "keyed by voter", "materialised path", "wilson", "zrevrange", "45,000 s", "counted = false"},
			absent:   []string{"fan-out", "celebrit", "timeline", "followers", "/v1/records", "checkout", "users create"},
		},
		{
			// A Q&A site's questions, tags and reputation replace the forum's posts, communities
			// and karma; its votes and counters stay.
			prompt: "An internal question-and-answer site for our 8,000 engineers: people post questions with tags, colleagues answer, the best answers are voted up and the asker marks one as accepted", archetype: "question-and-answer site with voting",
			mentions: []string{"accepted_answer_id", "reputation event", "more-like-this", "surrogate key", "keyed by voter", "unique(user_id, source_kind, source_id)"},
			absent:   []string{"subreddit", "/v1/communities/{name}/posts", "/v1/home", "materialised path", "karma per member", "timeline", "/v1/records"},
		},
		{
			// Feeds polled on their own schedules within each host's crawl delay; wire copies
			// folded by SimHash bands; stories ranked into edition pages built each minute. Not a
			// crawl frontier, not a social feed, not a product recommender.
			prompt: "Design a news aggregator that ingests articles from 100,000 publishers' RSS feeds and sitemaps, detects near-duplicate wire stories, groups them into stories and ranks them per country edition", archetype: "news aggregator",
			mentions: []string{"simhash", "minhash", "if-modified-since", "crawl delay", "four 16-bit bands", "edition", "for you", "websub"},
			absent:   []string{"url frontier", "bloom filter", "celebrit", "home timeline", "you may also like", "/v1/records", "users create"},
		},
		{
			// Search by place and pay on an index with geo points and yearly pay; résumés scanned
			// in quarantine; one application per seeker per job; alerts matched in batches.
			prompt: "Build a jobs site where companies list vacancies with a salary range and a closing date, candidates search by location and apply by uploading a résumé, and recruiters track each applicant through interview stages", archetype: "job board and applicant tracking system",
			mentions: []string{"geo_distance", "quarantine", "clamav", "percolat", "unique(job_id, seeker_id)", "(status, expires_at)", "fingerprint", "if-match"},
			absent:   []string{"nights", "timeline", "cron expression", "checkout", "/v1/records", "users create", "batch job"},
		},
		{
			// The crawl is implied and its "indexing and ranking are out of scope" line is dropped.
			prompt: "We need a general-purpose web search engine: crawl the public internet, build the index and rank results for anyone's query", archetype: "web search engine",
			mentions: []string{"posting list", "scatter-gather", "replica row", "learned ranker", "index version", "fresh tier", "frontier"},
			absent:   []string{"- indexing and ranking", "/v1/records", "elasticsearch", "no replication known"},
		},
		{
			// A pledge saves a payment method; the deadline is decided once under the project's
			// row lock; a funded project's pledges are charged as idempotent attempts with
			// dunning. Not an auction, not a loan book, not a checkout.
			prompt: "A reward-based crowdfunding site: creators set a goal and an end date, backers choose reward tiers (some limited), and cards are only charged when the campaign succeeds; otherwise nobody pays", archetype: "all-or-nothing crowdfunding platform",
			mentions: []string{"setup intent", "for share", "claimed < quantity_limit", "pledge:{pledge_id}:{attempt}", "skip locked", "dunning", "collection window", "ledger"},
			absent:   []string{"highest bidder", "proxy bid", "borrower", "note holder", "cart", "/v1/records", "users create"},
		},
		{
			// Each site's controller decides its barriers from its own journal and syncs by a
			// per-site sequence; counts per level and class, signed tickets, permits with
			// anti-passback. Not the availability app's bay sensors and holds, not a booking.
			prompt: "We run a 1,400-space multi-storey car park at a hospital: barriers with ticket machines, plate cameras, staff permits and visitors paying at machines before they leave", archetype: "parking garage and lot operations system",
			mentions: []string{"site controller", "(site_id, seq)", "anti-passback", "overflow", "hmac", "tariff version", "lost ticket", "permit reserve", "p2pe"},
			absent:   []string{"debounce", "hold a spot", "/v1/holds", "seat map", "nights", "exclude using gist", "/v1/records", "users create", "implied by payments"},
		},
		{
			// A returned copy fills the oldest hold it can under the title's lock; loans, fees and
			// blocks from one rule matrix; SIP2 kiosks; loans unlinked on return. Not a checkout
			// of goods, not a loan of money.
			prompt: "Build the system behind a university's libraries: students borrow books with their ID cards, place holds on titles that are out, and get emails when books are overdue", archetype: "library management system (ILS)",
			mentions: []string{"sip2", "for update", "(bib_id, placed_at)", "hold shelf", "transit", "unique(item_id) where returned_at is null", "marc 21", "unlinked"},
			absent:   []string{"cart", "oversell", "money (", "borrower", "note holder", "/v1/records", "users create", "seat map"},
		},
		{
			// A hold placed by the issuer ends in one completion or one reversal, applied by the
			// original's keys however often it is resent; limits and balance in one transaction;
			// the PIN only in the PIN pad and the HSMs. Not a wallet, not a bank connection.
			prompt: "Our bank has 3,000 cash machines and 12 million cardholders; rebuild the withdrawal authorisation path from the machines to the core ledger so that a jammed dispenser or a lost reply never leaves money on hold", archetype: "ATM network and card authorisation system",
			mentions: []string{"0420", "de90", "stand-in", "(acquirer_id, terminal_id, stan, transmission_at)", "pin block", "tombstone", "(card_id, business_date)", "cash account", "partial reversal", "hsm"},
			absent:   []string{"plaid", "wallet", "payment processor (psp)", "/v1/records", "users create", "cart", "oversell"},
		},
		{
			// Stock as a ledger of movements with balances derived in the same transaction,
			// reservations as conditional updates, channel buffers, transfers through in-transit,
			// counts against the ledger as of the count. Not a checkout's reservation step, not a
			// food bank's lots, not radio tags.
			prompt: "We sell outdoor gear online and in 35 shops, with two warehouses; build the system that knows how much of each SKU is where, moves stock between sites, reorders from suppliers and keeps the web shop from selling what we don't have", archetype: "inventory management system (multi-location stock ledger)",
			mentions: []string{"movement_id", "in transit", "qty_on_hand − qty_reserved ≥", "buffer", "reorder point", "counted_at", "rate limit", "(sku, location_id, bin, lot)"},
			absent:   []string{"cart service", "checkout", "pantr", "fefo", "beacon", "rssi", "gps", "/v1/records", "users create", "precise positions"},
		},
		{
			// The IdP itself: its own session apart from the apps', PKCE, keys published as JWKS
			// ahead of use, refresh-token families, counters before the password check. Not an
			// app's sign-up, not a secrets manager's leases, not a gateway's token check.
			prompt: "Our company wants to stop running separate logins for its 80 internal tools: build the central sign-in that issues OIDC tokens and SAML assertions, enforces passkeys or an authenticator app, and takes new hires and leavers from Workday", archetype: "single sign-on identity provider",
			mentions: []string{"code_challenge", "jwks", "family_id", "idp session", "credential stuffing", "scim", "webauthn", "back-channel logout"},
			absent:   []string{"lease_id", "unseal", "/v1/records", "users create", "vault", "dispenser"},
		},
		{
			// Zero knowledge: Argon2id and a secret key on the device, SRP, ciphertext per item with
			// versions and conflicts, vault keys wrapped to members, recovery by wrapped keys,
			// breach checks by hash prefix. Not a services' secrets store, not an IdP.
			prompt: "We want an app where a family keeps its bank logins and Wi-Fi codes in shared vaults, unlocked with one master password on each phone and laptop, so that nobody at our company can ever read them if our database leaks", archetype: "password manager",
			mentions: []string{"argon2id", "secret key", "srp", "wrapped", "if-match", "conflict", "hash prefix", "recovery group"},
			absent:   []string{"lease_id", "unseal", "jwks", "/v1/records", "users create", "pre-key", "safety number"},
		},
		{
			// 5 million a day × 25 requests is 1,447/s on average and 2,894/s at peak (× 2); two
			// thirds of the peak at 200 a GPU is 10 GPUs.
			prompt: "Our 5 million daily users paste text and upload Word files to be translated between 60 languages; business customers bring glossaries and need their text never stored", archetype: "machine translation service",
			mentions: []string{"segment cache", "glossary", "translation memory", "batch", "gpu count of about 10", "document key", "language identifier"},
			absent:   []string{"/v1/records", "users create", "lesson", "streak", "recognition service", "with captions"},
		},
		{
			prompt: "Design the clinical record for a group of four hospitals: doctors order labs and drugs, results come back from the lab system, nurses scan wristbands before giving medication, and every look at a chart must be audited", archetype: "electronic health record (EHR) system",
			mentions: []string{"break-glass", "care team", "hl7", "fhir", "placer order number", "downtime", "hash-chained", "master patient index"},
			absent:   []string{"/v1/records", "users create", "slot hold", "no-show", "infusion pump", "room-level"},
		},
		{
			prompt: "Design a vending machine that takes coins, notes and contactless cards, gives change and never keeps money for a snack it failed to drop", archetype: "vending machine (controller and its state machine)",
			mentions: []string{"state pattern", "exact change only", "drop sensor", "escrow", "vend success", "journal", "dynamic programme"},
			absent:   []string{"/v1/records", "users create", "restock planner", "pick list", "supervisor and controllers", "slos on", "single point of failure"},
		},
		{
			prompt: "We operate 3,000 snack machines in offices and stations; plan the drivers' restock visits from what each machine reports, change prices remotely, and keep card payments working when a machine is offline", archetype: "vending machine fleet management platform",
			mentions: []string{"pick list", "(machine_id, seq)", "offline", "deny list", "retained", "vehicle routing", "3,000 machines"},
			absent:   []string{"/v1/records", "users create", "state pattern", "device registry", "primary db", "3-d secure"},
		},
		{
			// A local services marketplace: the walker's time booked once under an exclusion
			// constraint, requests that expire, authorise then capture with payouts, masked numbers,
			// and the walk's trail. Not a hotel's nights, a car rental's escrow, or a ride.
			prompt: "Owners book a vetted dog walker near home for a 30-minute walk, pay in the app, and watch the walk on a map", archetype: "local services marketplace",
			mentions: []string{"exclude using gist", "respond_by", "free-hour token", "manual-capture", "connected account", "pool number", "douglas"},
			absent:   []string{"nights", "room type", "overbook", "/v1/holds", "escrow:trip", "hipaa", "nearest driver", "/v1/records", "with captions"},
		},
		{
			// Asked for outright, vetting and masked messages become hard parts of their own.
			prompt: "Parents hire background-checked babysitters for evenings and message them before booking", archetype: "local services marketplace",
			mentions: []string{"fcra", "pre-adverse", "lookalike characters", "exclude using gist"},
			absent:   []string{"nights", "overbook", "/v1/holds", "group chats", "read receipts", "/v1/records"},
		},
		{
			// Jobs posted for quotes: a cap on quotes, one award, the booking at the quoted time,
			// change orders. Not an auction, not a job board.
			prompt: "Homeowners describe a repair, up to five local tradespeople send quotes and the homeowner accepts one", archetype: "local services marketplace",
			mentions: []string{"quote_count < max_quotes", "awarded", "exclude using gist", "change order", "lead fee"},
			absent:   []string{"résumé", "applicant", "auction closer", "proxy bid", "/v1/holds", "nights", "/v1/records"},
		},
		{
			// A meeting service is sized by its media (1M people online: 188 GB/s sent, 312 GB/s
			// received, about 1,251 SFU nodes); recording is a worker of its own, never a file each
			// join uploads.
			prompt: "We need a zoom-like video conferencing service: meetings up to 100 people, about 1M concurrent participants at peak, screen sharing and cloud recording", archetype: "video conferencing service",
			mentions: []string{"recording workers", "segments", "1,251 nodes", "media sent", "312 gb/s"},
			absent:   []string{"consumer lag", "of media per meeting join", "/v1/records"},
		},
		{
			// Desired state in etcd behind API servers, level-triggered controllers, a scheduler
			// that filters, scores and preempts, node leases, EndpointSlices; its 3,000 hosts are
			// the nodes. Not a CI farm, a cron, a lock service or a rollout system.
			prompt: "We run 3,000 hosts and want our own Kubernetes-like control plane: teams declare services, a scheduler places their containers by CPU and memory, and anything that crashes or loses its machine is restarted elsewhere", archetype: "container orchestrator",
			mentions: []string{"etcd", "resourceversion", "reconcil", "preempt", "lease", "endpointslice", "3,000 worker nodes", "5,000 nodes"},
			absent:   []string{"fencing token", "webhook receiver", "canary", "runner", "dag", "/v1/records", "users create", "personal data", "stateful per key"},
		},
		{
			// Invocations admitted against concurrency, warm or cold environments in Firecracker
			// microVMs, async through a durable queue with retries and a dead letter, GB-second
			// metering. Not an online judge, a message queue or a container orchestrator.
			prompt: "Build a platform where our customers upload small functions that run on HTTP calls and queue events, billed by the millisecond, with cold starts kept short and per-account concurrency limits", archetype: "serverless function platform",
			mentions: []string{"firecracker", "cold start", "warm", "429", "gb-second", "dead-letter", "at least once", "provisioned concurrency"},
			absent:   []string{"hidden tests", "consumer group", "kubelet", "etcd", "/v1/records", "users create", "checkout", "30k writes/s peak"},
		},
		{
			// A bank's own function platform runs its teams' code and moves no money: no
			// aggregator tokens, no minor units.
			prompt: "A bank's platform team wants its own function service: developers deploy handlers that run on queue messages, with per-function concurrency", archetype: "serverless function platform",
			mentions: []string{"reserved concurrency", "failure destination"},
			absent:   []string{"plaid", "minor units", "/v1/records"},
		},
		{
			// Scripts on every request in the PoP that got it: V8 isolates in one process, CPU-time
			// limits, deploys fanned out to every PoP, eventually consistent KV at the edge. Not
			// microVMs in a region, not the CDN's own caching, and its PoPs are not people's
			// locations.
			prompt: "Our CDN customers want to run their own JavaScript on each request at all 300 of our points of presence, with no cold starts and without one customer slowing down another", archetype: "edge functions platform",
			mentions: []string{"isolate", "cpu time", "every pop", "eventually consistent", "rollback", "spectre"},
			absent:   []string{"firecracker", "warm pool", "purge requests", "precise positions", "/v1/records", "users create", "gb-second"},
		},
		{
			// Practitioners' hours and exceptions, appointments as ranges under an exclusion
			// constraint, free slots per practitioner-day, reminders, the front desk; treatments
			// and claims hang off the appointment as a visit and a claims queue; sized from 8
			// dentists at each of the 200 clinics. Not listings, party sizes or card checkout.
			prompt: "Design a system for a chain of 200 dental clinics: patients book appointments online, dentists record treatments, and the billing team sends claims to insurers", archetype: "appointment booking system for dentists",
			mentions: []string{"exclude using gist", "tstzrange", "working-hours template", "dentist-day", "24 hours and 2 hours", "waitlist", "front-desk",
				"1,600 dentists", "clearinghouse", "claims", "not an ehr", "hipaa"},
			absent: []string{"party size", "listing", "nights", "checkout", "waiting room", "/v1/records", "payment processor", "psp"},
		},
		{
			// The same design for a salon, with no health-data rules and no clinical examples, and
			// its stylists called stylists.
			prompt: "Our chain of 35 hair salons wants online booking: clients pick a stylist and a service like a cut or colour, and get a text the day before", archetype: "appointment booking system for stylists",
			mentions: []string{"exclude using gist", "280 stylists", "reminder", "waitlist", "stylist-day", "salon's policy"},
			absent:   []string{"hipaa", "health", "patient", "clearinghouse", "party size", "root canal", "dentist", "nights", "check-up", "treatment", "practitioners", "practice's"},
		},
		{
			// A vet group's check-ups are a practice's appointments: no health-data law for
			// animals, no launch-day waiting room.
			prompt: "A group of 25 veterinary practices: pet owners book check-ups and dental cleanings for their animals online, and receptionists juggle walk-in emergencies", archetype: "appointment booking system for practitioners",
			mentions: []string{"200 practitioners", "walk-in", "front-desk"},
			absent:   []string{"hipaa", "waiting room", "eligib", "party size"},
		},
		{
			// A vet practice's records: notes, radiographs attached in object storage and vaccines
			// that fall due, kept on the practice's own record, not a hospital's chart.
			prompt: "an app for a mobile equine vet service: owners book farm visits, vets upload radiographs to each horse's record and owners are reminded when vaccinations are due", archetype: "appointment booking system for vets",
			mentions: []string{"record entry", "due item", "pre-signed", "records and images outlive the appointment", "next-due date"},
			absent:   []string{"hl7", "hipaa", "wristband", "cpoe", "42 cfr", "edge locations"},
		},
		{
			// A platform's load is the practitioners it counts.
			prompt: "We're building the booking platform for physiotherapists across the country: 8,000 physios, each sets their hours at one or more clinics, patients see free times and book 45-minute sessions", archetype: "appointment booking system for physiotherapists",
			mentions: []string{"8,000 physios takes 10 a day: 45-minute sessions", "physiotherapist-day", "daylight"},
			absent:   []string{"party size", "listing", "checkout"},
		},
		{
			// Residents' reports of one problem are merged by category, place and time before a crew
			// is sent, crews work offline, and every reporter is texted. "Status updates" said of
			// reports are not a flight or parcel followed from outside feeds.
			prompt: "Build the backend for a municipal non-emergency reporting line: people call or use an app to log abandoned vehicles and illegal dumping, similar reports at the same address get combined, field staff see their jobs on iPads and callers get status updates", archetype: "city service-request (311) system",
			mentions: []string{"st_dwithin", "work order", "update_id", "stop", "same address for an abandoned vehicle"},
			absent:   []string{"flights", "parcel", "codeshare", "travellers", "precise positions", "/v1/records", "users create"},
		},
		{
			// A league's scorers keep each match on a phone that loses signal: a local log of events
			// synced by sequence number, once, and fans read versioned scorecards from the CDN. The
			// sport named decides the events: cricket's balls and overs, never an election's race
			// calls or football's goals.
			prompt: "Our village cricket association wants ball-by-ball scoring on club members' phones for 150 Saturday fixtures, with a public scorecard page that parents and supporters can refresh; many grounds have no mobile coverage", archetype: "live sports scoring app",
			mentions: []string{"device_seq", "scorer_epoch", "wide or no-ball", "innings", "immutable", "without signal"},
			absent:   []string{"election night", "race call", "county", "precinct", "goals", "substitution", "/v1/records"},
		},
		{
			prompt: "Build an app for a youth soccer league where a parent volunteer logs goals and cards from the touchline and families follow each game's score live; around 400 games each Saturday", archetype: "live sports scoring app",
			mentions: []string{"device_seq", "disallowed goal", "cards"},
			absent:   []string{"election night", "polls close", "race call", "county", "innings", "wicket", "volunteer shifts", "/v1/records"},
		},
		{
			// Goal alerts to a cup final's audience are a fan-out through APNs and FCM sized from the
			// statement's own figures (5M in 2 s is 2.5M pushes a second), not fans creating scores
			// with points out of a total, nor an IoT alarm's on-site state machine.
			prompt: "Design a live sports score push service: 5M fans during a cup final, goal alerts must reach phones within 2 seconds", archetype: "live score alert service",
			mentions: []string{"apns", "fcm", "2.5m/s", "500 processes", "collapse id", "corrects_seq", "quiet hours", "max-age=2", "(topic, bucket)", "provider_event_id"},
			absent:   []string{"out_of", "fans create scores", "breaching since", "on site when the link is down", "scorer_epoch", "device_seq", "election night", "type (match event)"},
		},
		{
			// The same pattern for another sport speaks of its events, not football's.
			prompt: "A cricket app that pushes ball-by-ball scores to 20 million followers during an IPL final; every wicket notification within 3 seconds", archetype: "live score alert service",
			mentions: []string{"6.7m/s", "wicket", "innings", "collapse id"},
			absent:   []string{"var disallows", "breaching since", "scorer_epoch", "out_of"},
		},
		{
			// A deadline said as a burst ("3 million users … in under 5 seconds") is the alert's
			// deadline, not one assumed.
			prompt: "Build an NBA live score app: 3 million users get a notification for every lead change and the final buzzer in under 5 seconds", archetype: "live score alert service",
			mentions: []string{"600k/s", "120 processes", "lead change"},
			absent:   []string{"within 5 s (assumed)", "var disallows", "scorer_epoch", "sorted sets"},
		},
		{
			// Phones counted where no people are: each is one push.
			prompt: "An ice hockey league wants goal notifications on 800K phones in under 2 seconds", archetype: "live score alert service",
			mentions: []string{"800k devices", "400k/s", "80 processes"},
			absent:   []string{"100k devices", "breaching since"},
		},
		{
			// Parents told when their child's bus is 5 minutes away: a run's ETA per remaining stop
			// and a notice claimed once per run per stop per parent, positions private to linked
			// guardians while the run is active; not a city's public GTFS predictions read through
			// a CDN, and 3,000 buses every 10 s are 300 pings/s.
			prompt: "Design a school bus tracking app for parents: 3,000 buses send GPS every 10 seconds, parents get a notice when their child's bus is 5 minutes away.", archetype: "tracked-run approach alert system",
			mentions: []string{"300/s", "1/20 per gps update", "set nx", "apns", "morning run", "afternoon run", "arriving now", "only while", "ferpa", "30 days", "geofence", "/v1/riders/{rider_id}/run"},
			absent:   []string{"gtfs", "public by design", "as open data", "trolleybuses", "stop display", "the position a search sends", "asked for but not designed", "rider assignment at 300", "files of buses"},
		},
		{
			// The same pattern for a company's shuttles: the employees are the subscribers, with
			// no school runs and no children's law.
			prompt: "A corporate shuttle app: 200 shuttles report their location every 15 seconds and employees get a push when their shuttle is 3 minutes from their stop", archetype: "tracked-run approach alert system",
			mentions: []string{"13.3/s", "set nx", "arriving now", "only while"},
			absent:   []string{"ferpa", "coppa", "morning run (home stops", "gtfs", "public by design"},
		},
		{
			// Doses at home, confirmed on a device, escalated to a nurse when a deadline passes: a
			// row per dose and a sweep on its escalate time, not a hospital's clinical record.
			prompt: "Our virtual ward discharges heart-failure patients home with a tablet; it reminds them of each pill, they tap to confirm, and if nothing is confirmed within 45 minutes the on-call nurse gets an alert. About 3,000 patients, HIPAA applies.", archetype: "medication reminder and adherence service",
			mentions: []string{"escalate_at", "skip locked", "charge nurse", "baa", "no phi", "confirmed late"},
			// The sweeper publishes escalations into the log; it is not one of the log's consumers.
			absent: []string{"cpoe", "pacs", "break-glass", "hl7 oru", "master patient index", "chart view", "/v1/records",
				"(outbox), publish escalation events", "missed-dose sweeper, nurse alerting"},
		},
		{
			// Stock per store from the tills, promised with a margin, reserved per store, picked by
			// staff before a deadline and paid at pickup: not a parcel shop's cart and shipping.
			prompt: "Our supermarket chain of 300 shops wants click and collect: shoppers check what is in stock at their store, staff pick the order from the shelves, and orders must be ready within 3 hours.", archetype: "buy-online-pick-up-in-store system",
			mentions: []string{"(store_id, sku)", "safety_margin", "pos_seq", "pick_due_at", "capture", "time limit: within 3 h"},
			absent:   []string{"shipping_address", "flash-sale", "flash sale", "freshness/latency", "sso for internal users", "/v1/records"},
		},
		{
			// Repositories on three replicas that vote on each ref update, clones served with
			// bitmaps and a pack cache, pushes fanned out to webhooks through a queue: not a
			// system of "controls" built from the statement's nouns.
			prompt: "Design a version control hosting service like GitHub for 10M repositories", archetype: "Git hosting service",
			mentions: []string{"10m repositories", "500 tb", "two-phase commit", "upload-pack", "bitmap", "pack cache", "alternates", "hmac-sha256", "refs/pull/"},
			absent:   []string{"a system for controls", "/v1/records", "checkout"},
		},
		{
			// The statement counts repositories beside a stated clone rate: the storage follows
			// the 2 million repositories, and the clones are the reads, not writes.
			prompt: "An open-source software forge where projects keep their code, accept merge requests from forks and clone over HTTPS; 2 million repositories and 40 million clones a day", archetype: "Git hosting service",
			mentions: []string{"2m repositories at a mean", "100 tb of packed objects", "| fetch or clone | read | 463/s"},
			absent:   []string{"| clone | write", "/v1/records"},
		},
		{
			// Regex and symbol search over 20,000 repositories: mirrored on push, trigram shards
			// per branch head with only changed files re-indexed, candidates then an exact match,
			// filtered by the Git host's grants, sized from the repositories' bytes (20K x 200 MB
			// is 4 TB of text, 12 TB of index); not "Engineers create searches" in one PostgreSQL.
			prompt: "Design a code search engine for a company's 20,000 git repositories: engineers search by regex and symbol, results within 1 second, index updated within 5 minutes of a push", archetype: "code search engine",
			mentions: []string{"trigram", "4 tb of text", "12 tb of shards", "only the changed files", "ctags", "scip", "candidate files", "webhook", "readable repositories", "time limit: within 5 min"},
			absent:   []string{"engineers create searches", "/v1/records", "one postgresql primary with a standby are plenty", "search document, search,"},
		},
		{
			// Immutable releases built from a deploy, dynos placed on a shared fleet, a routing
			// mesh fed a route table and swapped without dropped requests, sized from the
			// stated apps: not an orchestrator for the company's own services or "a system for
			// items".
			prompt: "We run 12,000 customer apps; design the system that builds each deploy into an image, runs the containers across our hosts, routes each hostname to healthy instances and swaps versions without dropping requests", archetype: "platform as a service",
			mentions: []string{"12k apps", "24k dynos", "about 240 hosts", "buildpack", "immutable", "route table", "sigterm", "config vars", "add-on", "log drains"},
			absent:   []string{"version history", "etcd: 5 members", "kubelet", "cold start", "gb-second", "/v1/records"},
		},
		{
			// No figures: the repositories are assumed and said to be, in proper plurals.
			prompt: "Design GitHub", archetype: "Git hosting service",
			mentions: []string{"repositories: none counted, about 1m assumed", "0.2 pushes a day", "receive-pack"},
			absent:   []string{"repositorys", "pushs", "/v1/records"},
		},
		{
			prompt: "Design Heroku", archetype: "platform as a service",
			mentions: []string{"apps: none counted, about 100k assumed", "10 platform events a day", "slos on `get https://{app hostname}/{path}`"},
			absent:   []string{"/v1/records", "kubelet"},
		},
		{
			prompt: "Our startup wants to offer hosting where any developer can git push a Rails or Node app, get it running behind their own domain in a minute, and pay only for the containers they scale to", archetype: "platform as a service",
			mentions: []string{"100k apps", "routing mesh", "acme", "idle"},
			absent:   []string{"a system for startups", "/v1/records", "checkout"},
		},
		{
			// A gateway merchants call, not a checkout that calls one: the intent's state machine
			// with idempotency keys, acquirer calls whose timeouts are resolved by status query, a
			// double-entry ledger reconciled with settlement files, signed webhooks and payouts,
			// sized from the stated peak (3,000 payments/s). The payments feature's generic
			// exactly-once dive and its outside processor would be a second model of the same money.
			prompt: "We are a fintech; build the service that lets 200,000 merchants take Visa and Mastercard payments via a single REST API, about 3,000 transactions per second at peak on Black Friday, with payouts to their bank accounts every two days", archetype: "payment processing platform",
			mentions: []string{"requires_action", "idempotency-key", "acquirer_reference", "status quer", "double-entry", "settlement file", "hmac", "event_id",
				"minor units", "pci dss", "3-d secure", "payout", "3,002/s at the peak", "9,007/s on average"},
			absent: []string{"exactly-once payments", "payment processor (psp)", "cart service", "shipping_address", "wallet service", "/v1/transfers", "/v1/records", "users create"},
		},
		{
			prompt: "Our bank wants its own card acquiring platform: merchants' terminals and websites send authorisations, we route them to Visa and Mastercard, reconcile the clearing files nightly and settle to merchants in EUR, GBP and USD", archetype: "payment processing platform",
			mentions: []string{"acquirer router", "card vault", "reconcil", "ledger", "currency"},
			absent:   []string{"exactly-once payments", "payment processor (psp)", "cart service", "wallet service", "/v1/records"},
		},
		{
			// The hot path is the lane search, sized from the carriers the statement counts (they
			// search, it says not how often), not from a fifth of the brokers who post; booking is
			// one conditional update; new loads are matched to saved searches by origin cell.
			prompt:    "Design a freight load board where 20,000 brokers post about 300,000 truckloads a day and 150,000 carriers search by lane and equipment",
			archetype: "load board matching truckloads to carriers",
			mentions: []string{"lane search", "geo_distance", "deadhead", "rate per mile", "h3", "saved search", "status = 'posted'", "fmcsa", "rate confirmation",
				"150k carriers × 40 a day", "expires_at", "eld", "refresh interval"},
			absent: []string{"content people publish", "daily active users: a fifth", "oversell", "checkout", "cart service", "résumé", "/v1/records", "nights"},
		},
		{
			prompt:    "Container drayage board for the Port of Long Beach: trucking companies book container loads by pickup terminal and date, 5,000 moves a day",
			archetype: "load board matching truckloads to carriers",
			mentions:  []string{"last free day", "port terminal", "conditional update"},
			absent:    []string{"content people publish", "checkout", "/v1/records"},
		},
		{
			// Fuzzy matches from an n-gram index per language pair routed by TM, re-ranked by
			// token edit distance, confirms written back through an outbox within a 1 s refresh,
			// and the 40 million stored segments sizing the index (40 GB, 80 GB with a replica),
			// not traffic; 600 translators every 20 s are 30 lookups/s. Not "Editors ask for
			// fuzzy matches" in one PostgreSQL, nor an MT engine's GPUs.
			prompt: "Design a translation memory service for 600 translators; while they work, each translator's editor asks for fuzzy matches every 20 seconds against 40 million stored segments", archetype: "translation memory and CAT backend",
			mentions: []string{"40m stored segments", "40 gb of index", "80 gb with a replica", "101%", "edit distance on tokens", "routed by tm_id", "1-second refresh", "outbox", "tmx", "concordance", "termbase", "pg_trgm", "| fuzzy match lookup | read | 10/s | 30/s"},
			absent:   []string{"editors ask", "ask fuzzy match", "a system for", "gpu", "/v1/records"},
		},
		{
			// Translators counted are the people at work in the editor (80% on a day, 200
			// confirmations each), not a marketplace's providers at 4 jobs a day.
			prompt: "Design a translation memory for a language service provider with 2,000 freelance translators who share TMs per client and import TMX files", archetype: "translation memory and CAT backend",
			mentions: []string{"1,600", "200 per user a day", "3.7/s", "tmx"},
			absent:   []string{"does about 4 a day", "gpu", "/v1/records"},
		},
		{
			// Subtitlers are people at work in the tool (80% a day, not a fifth), and subtitles
			// bring their cues, timecodes and reading speed; no legal boilerplate.
			prompt: "subtitle translation with translation memory for a streaming company's 300 subtitlers working on 20 language pairs", archetype: "translation memory and CAT backend",
			mentions: []string{"= 240", "webvtt", "timecodes", "reading speed"},
			absent:   []string{"a fifth of the 300", "lawyer-linguist", "gpu", "/v1/records"},
		},
		{
			// Translation units counted as TUs size the index; a counted office's people are
			// translators at work all day.
			prompt: "Build a memoQ-server-like TM server: 5,000 linguists, 300 million TUs, lookups under 200 ms at p95", archetype: "translation memory and CAT backend",
			mentions: []string{"300 gb of index", "600 gb with a replica", "within 200 ms p95"},
			absent:   []string{"20m stored segments", "gpu", "/v1/records"},
		},
		{
			prompt: "We need a shared translation memory across 12 offices so our translators reuse past translations, with TMX import and export and concordance search", archetype: "translation memory and CAT backend",
			mentions: []string{"staff at work at each of the 12 offices", "200 per user a day"},
			absent:   []string{"1 per user a day", "gpu", "/v1/records"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, tc.archetype) {
				t.Errorf("archetype %q not in overview:\n%s", tc.archetype, firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), tc.mentions, tc.absent)
			for _, e := range d.Requirements.Entities {
				if e == "Record" {
					t.Errorf("generic Record entity in %v", d.Requirements.Entities)
				}
			}
			checkComponents(t, d)
		})
	}
}
