package offline

// bettingFeatures is the betting exchange: people back and lay against each other on an order
// book per market, like a stock exchange's matching core, but with end users on phones, a wallet
// that must cover each bet's liability, markets suspended the moment something happens, and odds
// pushed to everyone watching.
var bettingFeatures = []*feature{
	{
		ID: "betting", Name: "betting exchange", Archetype: "betting exchange", Rank: 68,
		Load:          &loadProfile{WritesPerUser: 20, ReadsPerUser: 200, ReadWrite: 10, RecordBytes: 300, ResponseBytes: 2_000, PeakFactor: 10, Retention: 7, HotFraction: 0.2, Write: "bet placement", Read: "odds view"},
		Style:         "a sequenced matching core per market (journal, single-threaded book, price-time priority) behind a bet service that reserves each bet's liability in the wallet first, with odds conflated and pushed over WebSockets to everyone watching",
		CapacityNote:  "Bets are tiny but bunch into the minute after a goal; the odds fan-out, not the bets, is the egress: every watching user receives a conflated snapshot of their markets a few times a second.",
		Functional:    []string{"Back or lay a selection at chosen odds; unmatched bets rest in the market's book and can be cancelled", "Bets matched by price-time priority against opposite bets; partial matches", "Every watching user sees the best available odds and volumes of their markets live", "Markets suspended instantly on a goal or red card and reopened with cancelled unmatched bets as the rules say", "Wallet balance covers each bet's liability (stake when backing, stake × (odds − 1) when laying); settlement pays out when the result is confirmed"},
		NonFunctional: []string{"Fair ordering: bets on a market are matched strictly in sequence, the same on replay", "Odds changes reach watching users within the stated latency", "No bet is ever accepted without its liability reserved; the wallet never goes negative"},
		OutOfScope:    []string{"Know-your-customer onboarding", "Pricing models and trading bots", "Video streaming of the match"},
		UseCases:      []string{"A user backs a team at 2.5 and is matched against two layers", "A goal is scored and the market suspends within a second", "A user leaves an unmatched lay in the book and cancels it"},
		Entities: []entity{
			{Name: "Bet", Store: "journal", Key: "(market_id, sequence)", Partition: "market_id", Indexes: "projected into the bet DB by (user_id, placed_at)", Fields: "bet_id, user_id, market_id, selection, side (back | lay), odds, stake, matched, status", Why: "the sequenced journal is the source of truth the books are replayed from"},
			{Name: "Market", Store: "betdb", Key: "market_id", Partition: "event_id", Indexes: "(event_id, status)", Fields: "market_id, event_id, selections[], status (open | suspended | closed | settled), in_play_delay_s", Why: "few, relational, read by every bet check (cached in the bet service)"},
			{Name: "Wallet", Store: "ledgerdb", Key: "user_id", Partition: "user_id", Indexes: "-", Fields: "user_id, balance, reserved liability, version", Why: "money: double-entry rows with conditional updates so a reservation never exceeds the balance"},
		},
		Components: []string{"client", "ws", "betsvc", "marketsvc", "walletsvc", "ledgerdb", "sequencer", "journal", "matcher", "oddsfanout", "settlement", "betdb"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/bets", Request: "{market_id, selection, side, odds, stake} + Idempotency-Key", Response: "202 {bet_id, status: pending (in-play delay) | matched | unmatched} | 409 market suspended | 402 insufficient funds", Idempotent: true},
			{Method: "DELETE", Path: "/v1/bets/{id}", Response: "200 {cancelled stake}", Idempotent: true, Note: "cancels only the unmatched part"},
			{Method: "GET", Path: "/v1/markets/{id}", Response: "{status, selections[]: best 3 back/lay prices and volumes}"},
			{Method: "WS", Path: "/v1/stream", Request: "subscribe {market_ids[]}", Response: "odds snapshots, market status, my bets' matches"},
			{Method: "GET", Path: "/v1/me/bets?status=&cursor=", Response: "{bets[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Market", Shows: "selections with the best back and lay odds, live; suspended banner", Calls: []string{"GET /v1/markets/{id}", "WS /v1/stream"}},
			{Name: "Bet slip", Shows: "odds, stake, liability, place", Calls: []string{"POST /v1/bets"}},
			{Name: "My bets", Shows: "matched and unmatched bets, cancel", Calls: []string{"GET /v1/me/bets", "DELETE /v1/bets/{id}"}},
		},
		Flows: []flow{
			{Name: "Place a bet", Steps: []string{"{c:betsvc} checks the market is open, then asks {c:walletsvc} to reserve the bet's liability with a conditional update in {c:ledgerdb} (refused if the balance does not cover it).", "In play, the bet waits out the market's delay (a few seconds) and is dropped if the market was suspended meanwhile; otherwise {c:sequencer} gives it a sequence number and appends it to {c:journal}.", "{c:matcher} matches it against the opposite side of the market's book by price, then time; matches are journalled and the reserved liability of the unmatched rest stays reserved."}},
			{Name: "A goal", Steps: []string{"A trader (or the data feed) tells {c:marketsvc}, which sends a suspend event through {c:sequencer}: every bet sequenced after it is refused, so none can be matched at pre-goal odds.", "Unmatched bets are cancelled or kept as the market's rules say, their liability released, and the market reopens with new prices."}},
			{Name: "Odds to everyone watching", Steps: []string{"{c:matcher} emits book changes to {c:oddsfanout}, which keeps the latest best prices per market and every 100 ms pushes one snapshot per changed market to {c:ws}.", "{c:ws} servers hold the users' connections and subscriptions by market, so a snapshot is serialised once per market and written to each watcher."}},
		},
		Deep: []deepDive{
			{Title: "The minute after a goal: {peak_write} bets/s and a suspended market", Weight: 10, Body: "Right after a goal everybody wants the new price, and some want the old one. The market is suspended by a sequenced event, so the matching order itself decides which bets came before it; in-play bets wait a delay of a few seconds before sequencing and are dropped if a suspension arrived meanwhile, which removes the edge of someone watching a faster feed. The burst is then absorbed per market: one single-threaded {c:matcher} per market shard handles hundreds of thousands of operations a second in memory, and markets are spread over shards so one final's markets do not share a core with the rest. {c:betsvc} and {c:walletsvc} scale horizontally; only the wallet reservation is a database write."},
			{Title: "Liability reserved before matching", Weight: 9, Body: "A back bet risks its stake; a lay at 5.0 for 10 risks 40. {c:walletsvc} reserves that liability in {c:ledgerdb} before the bet is sequenced (a conditional update that fails if available < liability), so the matcher never has to ask whether someone can pay and a burst cannot overdraw anyone. Partial matches keep the rest reserved; cancellation and settlement release or pay out with balanced ledger entries, idempotent by bet id."},
			{Title: "Odds to every watcher within 500 ms", Weight: 8, Body: "The book can change thousands of times a second in a hot market; users need the latest price, not every change. {c:oddsfanout} conflates: it keeps the best three prices per selection and publishes one snapshot per changed market every 100 ms with a sequence number, so a slow client skips to the newest snapshot instead of queueing old ones. {c:ws} servers subscribe only to the markets their connections watch and write the same serialised frame to each; a reconnecting client fetches the snapshot and resumes by sequence."},
		},
		Caching:      []string{"Market status and rules cached in each {c:betsvc} instance and invalidated by the sequenced suspend/reopen events; odds are never cached — the latest snapshot is pushed."},
		Partitioning: []string{"{c:matcher} and {c:journal} by market (one writer per market, markets spread over shards); {c:ledgerdb} by user id; {c:ws} connections by user, subscriptions by market."},
		Async:        []string{"Settlement, bet history in {c:betdb} and statements are projected from {c:journal} off the matching path."},
		Reliability:  []string{"Each {c:matcher} shard has a hot standby replaying {c:journal}; on failover the standby resumes from the last sequence with no bet lost or matched twice. If {c:oddsfanout} lags, snapshots skip to the latest rather than queue."},
		Security:     []string{"Wallet money moves only by balanced, append-only ledger entries; deposits and withdrawals go through a regulated payment provider; accounts are verified and self-exclusion and deposit limits are checked on every bet; odds and match data come from signed feeds."},
		Tradeoffs: []tradeoff{
			{Decision: "Liability reserved before sequencing", Rejected: "checking funds after a match", Why: "a burst could match bets nobody can pay; a reservation makes every sequenced bet payable"},
			{Decision: "Conflated odds snapshots every 100 ms", Rejected: "pushing every book change", Why: "users need the latest price; conflation bounds fan-out by markets × watchers, not by book changes"},
			{Decision: "In-play delay with suspension by sequenced event", Rejected: "suspending by a flag read at match time", Why: "the sequence decides what came first, identically on replay"},
		},
		Bottlenecks: []string{"One hot market's matcher (a core per market; keep other markets off it)", "Wallet reservations for the busiest users (per-user rows, short transactions)", "WebSocket fan-out to every watcher (conflation, shared frames)"},
		Open:        []string{"Which markets keep unmatched bets across a suspension, and for how long is the in-play delay?"},
	},
}
