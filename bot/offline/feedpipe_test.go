package offline

import (
	"slices"
	"testing"
)

// A scheduled feed ingestion pipeline is its own design, told by fetching said of sources (feeds,
// files, APIs, stations, agencies) beside a schedule and by what is done with the data
// (normalised, aggregated, reproduced from the raw payloads). A feed format's name is no wish for
// push: "GTFS-realtime" brings no WebSocket gateway, and "every 15 seconds" no job scheduler.
func TestDetectFeedPipeline(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Pipeline that pulls GTFS-realtime feeds from 400 transit agencies every 15 seconds (each feed ~200 KB), normalizes them and computes on-time performance per route per day for city planners. Results must be reproducible from the raw feeds, which we keep for 5 years, and the dashboards refresh hourly.",
			[]string{"feedpipe"}, []string{"realtime", "generic", "arrivals", "scheduler", "analytics", "feed"}},
		{"We pull price files from 300 retail partners every night over SFTP and their APIs, normalise them into one schema and report average prices per product per region each morning",
			[]string{"feedpipe"}, []string{"generic", "catalog", "search"}},
		{"A system that polls 3,000 weather stations' APIs every 10 minutes, keeps the raw observations, cleans them and computes daily temperature and rainfall aggregates per station",
			[]string{"feedpipe"}, []string{"metrics", "iot", "generic"}},
		{"Ingest the daily exchange rates published by 40 central banks, keep the raw files for audit, and compute a reference rate per currency pair each day for finance's reports",
			[]string{"feedpipe"}, []string{"payments", "exchange", "generic"}},
		{"our vendors drop CSV files on an SFTP server every hour; we need to pick them up, validate them, keep the originals and load monthly usage reports for the billing team",
			[]string{"feedpipe"}, []string{"payments", "accounts", "generic"}},
		{"fetch 200 public APIs of city open-data portals every hour, normalise the air quality readings and compute daily averages per district for a public dashboard, reproducible from the raw responses",
			[]string{"feedpipe"}, []string{"realtime", "generic"}},
		{"Design a system that ingests GTFS-RT from 30 agencies every 30 seconds and archives the raw protobufs so researchers can recompute delay statistics",
			[]string{"feedpipe"}, []string{"realtime", "arrivals", "generic"}},
		{"Every 5 minutes we download the latest flight status JSON from 60 airlines' APIs, store the raw responses, and produce a weekly on-time report per airline",
			[]string{"feedpipe"}, []string{"statusalerts", "generic"}},
	})
}

// TestFeedPipelineNearMisses keeps the neighbours where they were: an RSS reader, a social
// feed, a riders' live map from the same GTFS-realtime feed, an event streaming platform, a web
// crawler, a news aggregator, a podcast platform's RSS imports, a budgeting app that pulls
// transactions, apps that show people a fetched forecast or rate, clickstream analytics and uptime
// checks are not this pipeline.
func TestFeedPipelineNearMisses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"an RSS reader app where people subscribe to blogs and read new posts on their phone", ""},
		{"a social network news feed of posts from the people you follow", "feed"},
		{"a realtime map that shows riders where their bus is, from the agency's GTFS-realtime feed", "realtime"},
		{"Design real-time bus arrival predictions for a mid-sized city: 400 buses report GPS every 15 seconds and riders check when the next bus comes", "arrivals"},
		{"an event streaming platform like Kafka where producers publish to topics and consumer groups read them", "mq"},
		{"a web crawler that fetches a billion pages a month for a search engine", "crawler"},
		{"Design a news aggregator that polls 20,000 news sites' RSS feeds every few minutes and clusters articles into stories", "newsagg"},
		{"Design a podcast platform: creators upload episodes, listeners subscribe to shows, and the platform imports external RSS feeds every hour", ""},
		{"Design a personal budgeting app like Mint: users link their bank and credit-card accounts, transactions are pulled in daily and auto-categorised", ""},
		{"Design a scheduler for nightly ETL across 3,000 data pipelines with dependencies between them; a failed pipeline must not run its dependents.", "dagflow"},
		{"a price comparison site that pulls product feeds from 2,000 retailers every hour and lets shoppers search and compare prices", ""},
		{"Design a weather app that shows people the forecast, pulled from a weather API every hour", ""},
		{"Our app shows users live exchange rates fetched every minute from a provider", ""},
		{"ingest 2 million clickstream events per second from our apps and compute real-time dashboards", "analytics"},
		{"Uptime monitoring: ping 10,000 websites every minute and alert owners when they are down", "metrics"},
	} {
		ids, why := detect(tc.statement)
		if slices.Contains(ids, "feedpipe") {
			t.Errorf("%q: detected feedpipe (%s), want none", tc.statement, why["feedpipe"])
		}
		if tc.want != "" && !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v, want %s", tc.statement, ids, tc.want)
		}
	}
}

// TestFeedPipelineDesigns designs the pipelines. Before, the GTFS statement was a CRUD template
// ("Users create items") with a WebSocket gateway because the format's name says realtime; now
// the raw payloads are kept write-once as the replay source, fetches are conditional and
// deduplicated by hash, date partitions are replaced whole, and on-time performance is matched
// against the static GTFS in force on the service day. Lines for one kind of source stay with it.
func TestFeedPipelineDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Pipeline that pulls GTFS-realtime feeds from 400 transit agencies every 15 seconds (each feed ~200 KB), normalizes them and computes on-time performance per route per day for city planners. Results must be reproducible from the raw feeds, which we keep for 5 years, and the dashboards refresh hourly.",
			mentions: []string{"scheduled feed ingestion and batch analytics pipeline", "raw payload archive", "object lock", "if-none-match", "content hash",
				"static gtfs", "service day", "on-time window", "quarantine", "replacing the whole date partition", "gap", "pinned reference data",
				"26.7/s", "5.3 mb/s", "iceberg", "backfill"},
			absent: []string{"users create items", "websocket", "/v1/records", "changes pushed to clients", "asked for but not designed", "gtin", "sku mapping"},
		},
		{
			statement: "We pull price files from 300 retail partners every night over SFTP and their APIs, normalise them into one schema and report average prices per product per region each morning",
			mentions:  []string{"raw payload archive", "gtin", "a partner's price file becomes prices", "sftp"},
			absent:    []string{"gtfs", "on-time", "websocket", "/v1/records"},
		},
		{
			// "polls 3,000 weather stations every 10 minutes" are the pipeline's fetches, 5/s, not
			// reads from which a thousand writes a second were assumed.
			statement: "A system that polls 3,000 weather stations' APIs every 10 minutes, keeps the raw observations, cleans them and computes daily temperature and rainfall aggregates per station",
			mentions:  []string{"persistence checks", "each is a feed fetch, the write", "| 5/s |"},
			absent:    []string{"gtfs", "gtin", "1000/s", "websocket"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// The feed pipeline's capacity note quotes the figures the capacity section gives: what the
// whole retention keeps (not five years of it) and the ingress at peak beside the peak fetches.
func TestFeedPipelineCapacityNoteFigures(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "Pipeline that pulls GTFS-realtime feeds from 400 transit agencies every 15 seconds (each feed ~200 KB), normalizes them and computes on-time performance per route per day for city planners. Results must be reproducible from the raw feeds, which we keep for 10 years, and the dashboards refresh hourly.",
		[]string{"1.7 pb over the retention", "26.7 fetches/s at peak bring in 5.3 mb/s"}, []string{"833 tb over the retention"})
	checkDesignSays(t, "Fetch 2,000 public APIs of city open-data portals every minute (each response about 50 KB), normalise the air quality readings and compute daily averages per district for a public dashboard, reproducible from the raw responses kept for 10 years; at peak the load is 3x the average.",
		[]string{"100 fetches/s at peak bring in 5 mb/s", "1.6 pb over the retention"}, []string{"bring in 1.7 mb/s", "778 tb"})
	checkDesignSays(t, "We pull price files from 300 retail partners every night over SFTP and their APIs, normalise them into one schema and report average prices per product per region each morning",
		[]string{"over the retention"}, nil)
}
