package offline

// marketComponents are the building blocks of the market data and price alert archetype.
var marketComponents = []compSpec{
	{ID: "mdfeed", Name: "Market data feed", Kind: "external", Tech: "exchange or vendor feeds (e.g. Nasdaq, Polygon.io, Coinbase WebSocket)",
		Desc: "upstream trades and quotes with sequence numbers"},
	{ID: "feedhandler", Name: "Feed handlers", Kind: "service", Tech: "Go feed handlers in active-passive pairs, one pair per upstream feed",
		Desc:  "normalise ticks into one quote format, drop duplicates and recover gaps by sequence number, publish them by symbol",
		Links: []link{{"mdfeed", "subscribe to trades and quotes"}, {"queue", "ticks by symbol"}, {"quotecache", "latest quote"}, {"ws", "conflated quote updates"}}},
	{ID: "quotecache", Name: "Quote cache", Kind: "cache", Tech: "Redis Cluster (one hash per symbol)",
		Desc: "latest price, bid/ask and day change per symbol for watchlist reads", Aliases: []string{"quote cache", "quotes"}},
	{ID: "alertmatcher", Name: "Alert matchers", Kind: "worker", Tech: "Kafka consumer group holding each symbol's armed alerts in memory, sorted by level",
		Desc:  "on every tick pop the alerts whose level was crossed, mark them fired and hand them to notifications",
		Links: []link{{"queue", "ticks"}, {"appdb", "armed alerts, fired state"}, {"notifsvc", "fired alerts"}}},
}

// The catalog (components.go) is built from the base lists; these join it here so this archetype
// stays in its own file.
func init() {
	components = append(components, marketComponents...)
	for _, c := range marketComponents {
		catalog[c.ID] = c
	}
}
