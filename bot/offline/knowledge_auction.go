package offline

// auctionFeatures is the online auction archetype (eBay-like): timed listings whose price is set
// by bids. Its problem is not the catalogue but one row per auction that every bid must change in
// order — most of them in the auction's last seconds — and an end time that must close it once.
var auctionFeatures = []*feature{
	{
		ID: "auction", Name: "timed auctions and bidding", Archetype: "online auction platform", Rank: 54,
		Load:         &loadProfile{WritesPerUser: 1, ReadsPerUser: 50, ReadWrite: 50, RecordBytes: 300, ResponseBytes: 20_000, PeakFactor: 5, Retention: 7, PerThingPerDay: 2, Write: "bid", Read: "auction page view"},
		Style:        "one writer per auction — every bid on an auction is applied, in arrival order, by the bid service instance that owns the auction's partition, as one locked update of the auction row — beside a close index on end time that ends each auction exactly once, with item pages served from caches and live prices pushed over WebSockets",
		CapacityNote: "Bids are about one request in fifty, but they are not spread evenly: most bids on an auction arrive in its last minutes, and a contested item takes dozens of bids a second in its final 10 seconds, all serialised on that one auction. The bid path is sized for the hottest auction (a single row's ordered updates), not for the average rate, and every accepted bid is pushed to everyone watching the item.",
		Functional: []string{
			"Sellers list an item as an auction: starting price, optional hidden reserve price, optional Buy It Now price, duration and end time",
			"Buyers place bids; a bid is accepted only if it beats the current price by at least the bid increment, and every bidder sees the same current high bid",
			"Proxy (automatic) bidding: a buyer enters a maximum and the system bids for them one increment at a time, up to that maximum",
			"Anti-sniping (soft close): a bid in the final 2 minutes moves the end to 2 minutes after that bid, up to a cap",
			"Each auction closes exactly once at its end time: the highest bid at or above the reserve wins, the winner's payment is captured and the seller paid out",
			"Outbid, ending-soon, won and lost notifications; watch lists; live price on the item page",
			"Shill-bid and fraud checks on bids, bidders and sellers; bid retraction under policy",
			"Search and browse live auctions by keyword and category, sorted by ending soonest",
		},
		NonFunctional: []string{
			"Bids on one auction are totally ordered and an accepted bid is never lost: after a bidder is told they lead, no reader sees a lower high bid (linearizable per auction)",
			"Bid acknowledged in < 200 ms p99, including during an auction's final-seconds burst",
			"No bid is accepted after the (possibly extended) end time; the close runs once, within 1 s of the end time",
			"Live price on watchers' screens within 1 s of an accepted bid; outbid notifications within seconds",
			"The winner is charged exactly once, whatever is retried (closer, payment call, webhook)",
		},
		OutOfScope: []string{"Shopping cart and fixed-price multi-quantity checkout", "Shipping labels and delivery tracking", "Seller ratings, returns and disputes"},
		UseCases: []string{
			"A seller lists a camera for 7 days starting at $50 with a hidden reserve of $200",
			"Ann's proxy maximum is $310; Bo bids $300; the price becomes $305 (Bo's bid plus one increment), Ann still leads and Bo is told at once he was outbid",
			"400 bids arrive in an auction's final 10 seconds; a bid 40 s before the end moves the end to 2 minutes after it",
			"The auction ends: the winner is charged, the other bidders are told, the seller is paid out",
		},
		Entities: []entity{
			{Name: "Auction", Store: "auctiondb", Key: "auction_id", Partition: "auction_id", Indexes: "(status, end_at) — the close index; (seller_id, status); title and category copied to the search index",
				Fields: "auction_id, seller_id, title, category, photo_keys[], start_price, reserve_price (hidden), buy_now_price, start_at, end_at, original_end_at, extensions, status (scheduled|live|closing|closed|cancelled), current_price, leader_id, leader_max (hidden), bid_count, version",
				Why:    "one row is the auction's whole bidding state: every accepted bid is one locked update of it, so the current high bid is a single value that cannot fork, and its end_at is the durable timer"},
			{Name: "Bid", Store: "auctiondb", Key: "(auction_id, seq)", Partition: "auction_id", Indexes: "unique(auction_id, bidder_id, idempotency_key); (bidder_id, placed_at) for My bids",
				Fields: "auction_id, seq, bidder_id, amount, max_amount (proxy, hidden), kind (manual|proxy|automatic), placed_at (the auction writer's clock), status (leading|outbid|retracted|voided)",
				Why:    "append-only history in the auction's shard and transaction; seq is the total order, and the auction row is a fold over it, so voiding a shill bid is a replay without it"},
			{Name: "Watch", Store: "appdb", Key: "(user_id, auction_id)", Partition: "user_id", Indexes: "(auction_id) for ending-soon and won/lost notices",
				Fields: "user_id, auction_id, added_at, notify_ending (bool)", Why: "read per user for the watch list; the auction index finds whom to tell when it ends"},
			{Name: "Auction search document", Store: "search", Key: "auction_id", Partition: "hash(auction_id) across index shards", Indexes: "full text on title and description; filters on category, condition, price, end_at; sort by end_at for ending soonest",
				Fields: "auction_id, title, category, condition, current_price, bid_count, end_at, seller_rating, status", Why: "derived from auction events; price and end_at refreshed at most every 30 s per auction, so a bidding war does not become an indexing storm"},
			{Name: "Bid risk flag", Store: "appdb", Key: "(auction_id, bidder_id)", Partition: "auction_id", Indexes: "(seller_id, score desc) for review",
				Fields: "auction_id, bidder_id, seller_id, score, reasons[] (linked account, seller-only bidder, max probing, retractions), action (none|hold_settlement|void_bids|ban)", Why: "the fraud decision per bidder and auction, read by settlement before payout"},
		},
		Components: []string{"client", "cdn", "auctionsvc", "bidsvc", "auctiondb", "closer", "bidrisk", "appdb", "objstore", "searchsvc", "search", "indexer", "ws", "notifsvc"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/auctions", Request: "{title, category, photo_ids[], start_price, reserve_price?, buy_now_price?, duration_days | end_at} + Idempotency-Key", Response: "201 {auction_id, end_at}", Idempotent: true, Auth: "seller bearer token"},
			{Method: "GET", Path: "/v1/auctions?q=&category=&sort=&cursor=", Response: "{auctions[]: title, photo, current_price, bid_count, end_at; next_cursor}", Paginated: true, Note: "sort by ending soonest, price or newest; from the search index, price and time left up to 30 s stale"},
			{Method: "POST", Path: "/v1/auctions/photos", Request: "{content_type, bytes}", Response: "201 {photo_id, upload_url (pre-signed, 15 min)}", Idempotent: true, Auth: "seller bearer token", Note: "the photo goes straight to object storage"},
			{Method: "GET", Path: "/v1/auctions/{id}", Response: "{auction, current_price, bid_count, leader (masked), reserve_met, end_at, min_next_bid, version}", Note: "price and end_at from the write-through cache, never older than the version shown"},
			{Method: "GET", Path: "/v1/auctions/{id}/bids?cursor=", Response: "{bids[]: masked bidder, amount, placed_at; next_cursor}", Paginated: true, Note: "maximums are never returned"},
			{Method: "POST", Path: "/v1/auctions/{id}/bids", Request: "{max_amount} + Idempotency-Key", Response: "201 {bid_id, outcome: leading|outbid, current_price, end_at} | 409 {reason: too_low|ended, min_next_bid}", Idempotent: true, Note: "routed to the bid service instance that owns the auction"},
			{Method: "WS", Path: "/v1/auctions/{id}/live", Response: "frames {current_price, bid_count, end_at, you_lead, version}", Note: "conflated to at most 4 frames a second per auction"},
			{Method: "PUT", Path: "/v1/me/watchlist/{auction_id}", Response: "204", Idempotent: true},
			{Method: "GET", Path: "/v1/me/watchlist?cursor=", Response: "{auctions[] with price and end_at, next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/me/bids?status=&cursor=", Response: "{bids[] with auction, outcome, next_cursor}", Paginated: true},
			{Method: "POST", Path: "/v1/auctions/{id}/payment", Request: "{payment_method_id} + Idempotency-Key", Response: "200 {intent_id, status}", Idempotent: true, Note: "only when the automatic charge at close failed; the winner has 48 h"},
		},
		Screens: []screen{
			{Name: "Browse and search", Shows: "live auctions by keyword and category, price, bids, time left; ending soonest first", Calls: []string{"GET /v1/auctions"}},
			{Name: "Item page", Shows: "photos, current price, bids, countdown that moves when the auction is extended, bid box with the minimum next bid, watch", Calls: []string{"GET /v1/auctions/{id}", "GET /v1/auctions/{id}/bids", "WS /v1/auctions/{id}/live", "POST /v1/auctions/{id}/bids", "PUT /v1/me/watchlist/{auction_id}"}},
			{Name: "Sell an item", Shows: "title, photos, starting price, reserve, duration", Calls: []string{"POST /v1/auctions/photos", "POST /v1/auctions"}},
			{Name: "My bids and watch list", Shows: "auctions I lead, was outbid on, won or lost; watched items with time left", Calls: []string{"GET /v1/me/bids", "GET /v1/me/watchlist"}},
			{Name: "Pay for a won item", Shows: "winning price, shipping, pay within 48 h", Calls: []string{"POST /v1/auctions/{id}/payment"}},
		},
		Flows: []flow{
			{Name: "List an item", Steps: []string{
				"The seller's app asks {c:auctionsvc} for pre-signed upload URLs and puts the photos straight into {c:objstore}; item pages serve them through {c:cdn}, resized at the edge.",
				"{c:auctionsvc} creates the auction row in {c:auctiondb} with its start_at and end_at (status scheduled, or live at once) and publishes it for search; the end time is now in the close index, so nothing else has to be scheduled."}},
			{Name: "Place a bid", Steps: []string{
				"The client posts the bid with an idempotency key; the gateway routes it by auction_id to the {c:bidsvc} instance holding that auction's partition lease.",
				"{c:bidsvc} runs the in-line fraud rules from {c:bidrisk} (bidder is not the seller or an account linked to them, not banned, within per-auction rate limits) and appends the bid to the auction's in-memory queue.",
				"The auction's single drain loop takes every queued bid, locks the auction row in {c:auctiondb} (`SELECT … FOR UPDATE`), checks `status = 'live' AND clock_timestamp() < end_at`, applies the bids in arrival order with the proxy rule, extends end_at if a bid landed in the final 2 minutes, inserts the bid rows and an outbox event, and commits once.",
				"Each bidder gets their own outcome: leading, or outbid by an automatic bid.",
				"{c:bidsvc} writes the new price and version through to {c:cache}.",
				"{c:bidsvc} hands the new price to the {c:ws} servers subscribed to the auction, which push it to the item's watchers.",
				"The outbox event reaches {c:queue} keyed by auction_id: {c:auctionsvc} has {c:notifsvc} tell the previous leader they were outbid, and {c:bidrisk} scores the bid."}},
			{Name: "Find auctions", Steps: []string{
				"{c:indexer} consumes listing changes and bid events from {c:queue} and updates {c:search}, coalescing an auction's price and end_at to one update per 30 s.",
				"{c:searchsvc} answers keyword and category queries from {c:search}, sorting by end_at for ending soonest and hiding auctions that have closed."}},
			{Name: "Close an auction", Steps: []string{
				"{c:closer} holds a lease per {c:auctiondb} shard and loads the next minute of `(status, end_at)` entries into an in-memory timer wheel; the same index, read an hour ahead, gives the ending-soon notices for watchers.",
				"When one fires it runs `UPDATE auctions SET status = 'closing' WHERE auction_id = :id AND status = 'live' AND end_at <= clock_timestamp() RETURNING …`; 0 rows means the auction was extended (re-armed at its new end_at) or already closed.",
				"In the same transaction it decides the outcome — the leader wins if their price meets the reserve, otherwise no sale — and inserts an AuctionClosed outbox row, which the outbox relay publishes to {c:queue} keyed by auction_id."}},
			{Name: "Settle: charge the winner, notify, pay out", Steps: []string{
				"{c:auctionsvc} consumes AuctionClosed from {c:queue} and, unless {c:bidrisk} holds it, asks {c:paysvc} to charge the winner's saved payment method with idempotency key `auction:{id}:win`.",
				"A declined charge or one needing 3-D Secure asks the winner to pay on the Pay screen within 48 h; an unpaid item is offered to the runner-up at their own last bid (second-chance offer).",
				"{c:notifsvc} sends won, lost and sold notices to the bidders, watchers and seller; the auction moves to closed and the seller's payout is released after delivery is confirmed."}},
		},
		Deep: []deepDive{
			{Title: "One consistent high bid under a final-seconds burst", Weight: 10, Body: "Across the whole site bids peak at about {peak_write}/s; the hard case is one auction, whose bids crowd into its last seconds. Its current price is one row, and correctness is simply that its updates are serialised. Letting every instance race with optimistic version checks collapses exactly when it matters: with 400 bids in 10 seconds most attempts lose, retry and lose again.\n\nInstead each auction has one writer: auctions hash to partitions, {c:bidsvc} instances hold partition leases, and the gateway routes a bid to the owner, which appends it to the auction's in-memory queue. One drain loop per auction takes everything queued, locks the row, applies the bids in arrival order, inserts them with consecutive seq numbers and commits — group commit turns a 40-bids-a-second burst into a handful of transactions, a few milliseconds each.\n\nThe row lock and the version are the fence: an instance whose lease lapsed mid-failover can only fail its update, never fork the price. The clock that decides 'before the end' is the database's, read after the row lock is taken (`clock_timestamp()`, not the transaction-start `now()`), in the same locked transaction the closer uses, so a bid and the close are ordered by the lock, not by client or server clocks. A bid is acknowledged only after the commit (synchronous standby), so 'you are the high bidder' is never lost."},
			{Title: "Closing exactly once, with a durable timer and soft close", Weight: 9, Body: "The timer is the data: `end_at` is a column of the auction row with an index on `(status, end_at)`, so there is no separate job to lose, duplicate or forget to move. {c:closer} keeps the next minute of endings per shard in a timer wheel, and a restart rebuilds it with one index scan. The close is a conditional transition live → closing that checks `end_at <= clock_timestamp()` under the row lock; a timer that fires after an extension updates 0 rows and re-arms, and two closers racing after a failover cannot both succeed.\n\nAnti-sniping is one line in the bid transaction: a bid accepted after `end_at - 2 min` sets `end_at = clock_timestamp() + 2 min` (capped, e.g. 30 extensions), and the new end_at reaches watchers' countdowns in the same live frame as the price.\n\nEndings cluster on round minutes and Sunday evenings because sellers choose them; closes are single-row transactions spread across shards, and the costly follow-ups (charging, emails, payouts) leave through {c:queue} keyed by auction_id and are idempotent on it. If a shard's bid path was down in an auction's last minutes, its end is extended by the outage so no bidder loses the chance to respond."},
			{Title: "Proxy bidding, outbid notices and live prices", Weight: 8, Body: "A proxy war is resolved in one step, not simulated increment by increment. The row holds the leader and the leader's hidden maximum; a new maximum M against the leader's L: if M > L the newcomer leads at min(M, L + increment), if M ≤ L the leader stays at min(L, M + increment) (equal maximums: the earlier one wins), and a bid below price + increment is rejected with the minimum next bid. So a contest between two proxies costs one write and produces exactly one outbid notice.\n\nMaximums never leave {c:auctiondb} and {c:bidsvc}: not in API responses, logs or events, because knowing a leader's maximum is how a shill probes it.\n\nEvery accepted bid is handed to the {c:ws} servers subscribed to that auction, which conflate it (at most 4 frames a second) and push to their local watchers, so a 50,000-watcher item costs one message per server, not per watcher; outbid pushes use a collapse key per (auction, bidder), so the bidder in a bidding war sees the latest state, not 20 stale alerts."},
			{Title: "Shill bidding and payment at the close", Weight: 7, Body: "Shill bids are a seller, or accounts working for them, bidding up their own item. Hard rules run in-line in a few milliseconds from cached link data: the seller's own account, accounts sharing a payment instrument, device fingerprint or shipping address with the seller, and banned accounts are rejected.\n\nEverything softer is scored from the bid stream by {c:bidrisk}: a bidder whose bids are mostly on one seller's items, who bids early and never wins, whose bids stop just under the leader's maximum (probing), who retracts, or who is new and bids high. A high score before the close holds settlement; a confirmed shill's bids are voided and the price recomputed by replaying the auction's bid log without them, which is exact because the row is a fold over that log.\n\nAt the close the winner's saved payment method is charged through {c:paysvc} with the key `auction:{id}:win`, so a retried close or redelivered event charges once; the seller is paid out only after delivery is confirmed and no risk hold remains."},
		},
		Caching: []string{
			"{c:cache}: auction page content (title, description, photo URLs) for 10 minutes, deleted on seller edits; live state (price, bid_count, end_at, version) written through by {c:bidsvc} after each commit with a version compare-and-set, so a late write never replaces a newer price. The bid path never reads the cache for a decision.",
			"In-line fraud data (account links per seller, bans) in {c:cache}, refreshed from {c:bidrisk}.",
		},
		Partitioning: []string{"{c:auctiondb} keyed by hash(auction_id), bids in the auction's partition, so a bid or a close is one local transaction; the unit of contention is one auction, which is never split — its single writer sustains far more bids a second than any real auction takes. {c:queue} keyed by auction_id keeps each auction's events in order."},
		Async:        []string{"Outbid and ending-soon notifications, search index updates (coalesced per auction), fraud scoring and settlement (charge, payout) all consume the auction's events from {c:queue}, published through the transactional outbox."},
		Reliability: []string{
			"{c:auctiondb} shards run a synchronous standby (RPO 0): an accepted bid or a close is never lost. During a shard failover its auctions' bids get 503 and retry with their idempotency keys, and auctions that would have ended meanwhile are extended by the outage.",
			"A {c:bidsvc} instance that dies loses only its in-memory queues of unacknowledged bids; its partition leases move within seconds and clients retry with the same idempotency key.",
			"An auction still live more than 5 s past its end_at pages on-call: the bid transaction refuses bids after end_at whether or not {c:closer} has run, so a late closer delays settlement but never changes the winner.",
		},
		Security: []string{
			"Bidders are shown masked (a***n) with a per-auction alias, and maximum bids are never exposed, so bidders cannot collude with or harass each other and sellers cannot read maximums.",
			"Bid placement is rate limited per bidder and per auction and requires a verified account with a saved payment method above a price threshold, which deters both bots and non-paying winners.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "One writer per auction draining a queue under the row lock", Rejected: "optimistic version checks from any instance", Why: "under a final-seconds burst most optimistic attempts lose and retry, multiplying load exactly at the peak; a single writer turns the burst into a queue and commits it in batches"},
			{Decision: "The close timer is the auction row's end_at, indexed", Rejected: "a delayed job per auction in a queue or scheduler", Why: "every anti-sniping extension would have to cancel and re-create the job; a timer derived from the row can never disagree with it and is rebuilt by a scan"},
			{Decision: "Proxy bids resolved in one step (second-highest maximum plus one increment)", Rejected: "placing each automatic bid one increment at a time", Why: "same price and winner with one write and one notice instead of dozens"},
			{Decision: "Charge the winner's saved payment method at the close", Rejected: "authorising the card on every bid", Why: "authorisations tie up bidders' credit, expire after about 7 days and cost fees on every losing bid; a saved method plus a 48 h payment window and second-chance offers covers non-paying winners"},
		},
		Bottlenecks: []string{"A single celebrity or charity auction: its bids cannot be spread over machines, so its one writer, row and WebSocket topic are the ceiling; measure a partition's bids/s and conflate watcher frames."},
		Open:        []string{"Soft close or hard close — and how long is the extension window, with what cap?", "Must bidders on expensive items have a card authorised before bidding?", "Are bidder identities shown to the seller?"},
	},
}

// auctionComponents are the building blocks of the auction archetype.
var auctionComponents = []compSpec{
	{ID: "auctionsvc", Name: "Auction service", Kind: "service", Tech: "stateless Go service",
		Desc:  "listings, item pages, watch lists and the seller's view; publishes listing changes for search",
		Links: []link{{"auctiondb", "auctions, bid history"}, {"objstore", "pre-signed photo uploads"}, {"cache", "item pages"}, {"appdb", "watch lists"}, {"queue", "listing changes"}, {"paysvc", "charge the winner"}, {"notifsvc", "outbid, won, lost notices"}}, Aliases: []string{"auction service", "listing service"}},
	{ID: "bidsvc", Name: "Bid service", Kind: "service", Tech: "Go service; each instance leases a set of auction partitions and applies their bids one auction at a time",
		Desc:  "the single writer per auction: orders bids, resolves proxy bids, extends end times and commits the new high bid",
		Links: []link{{"auctiondb", "locked auction update + bid rows"}, {"cache", "live price (write-through)"}, {"bidrisk", "in-line fraud rules"}, {"queue", "bid events (outbox)"}, {"ws", "live price frames"}}, Aliases: []string{"bid service", "bidding service", "bid engine"}},
	{ID: "auctiondb", Name: "Auction DB", Kind: "database", Tech: "PostgreSQL partitioned by auction id, synchronous standby",
		Desc: "auction rows (price, leader, end time) and their append-only bids", Aliases: []string{"auction db", "bids db", "auction database"}},
	{ID: "closer", Name: "Auction closer", Kind: "worker", Tech: "Go workers holding a lease per Auction DB shard, with an in-memory timer wheel",
		Desc:  "fires at each auction's end time and closes it exactly once with a conditional update",
		Links: []link{{"auctiondb", "close index scan, conditional close + outbox"}}, Aliases: []string{"closer", "auction closer", "timer"}},
	{ID: "bidrisk", Name: "Bid risk service", Kind: "service", Tech: "rules engine in the bid path + a streaming scorer over the bid events",
		Desc:  "blocks bids from sellers and linked accounts in-line, scores shill-bidding patterns from the bid stream and holds suspicious settlements",
		Links: []link{{"queue", "bid events"}, {"appdb", "risk flags"}, {"cache", "account links, bans"}}, Aliases: []string{"fraud", "shill detection", "risk service"}},
}

func init() {
	addCatalog(auctionComponents, link{"auctionsvc", "listings, item pages"}, link{"bidsvc", "bids (routed by auction id)"})
}

// addCatalog adds an archetype's components to the catalogue and routes the gateway to its
// services, so the archetype stays in its own file.
func addCatalog(specs []compSpec, routes ...link) {
	components = append(components, specs...)
	for _, c := range specs {
		catalog[c.ID] = c
	}
	gw := catalog["gateway"]
	gw.Links = append(append([]link(nil), gw.Links...), routes...)
	setCatalog(gw)
}

// setCatalog replaces a catalogue entry in both the map and the ordered list.
func setCatalog(c compSpec) {
	catalog[c.ID] = c
	for i := range components {
		if components[i].ID == c.ID {
			components[i] = c
		}
	}
}
