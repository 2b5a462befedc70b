package offline

// podcastFeatures is podcast hosting (Libsyn, Megaphone, Buzzsprout): creators upload episodes,
// podcast apps poll each show's RSS feed and download the enclosures. It is not a music service:
// there is no player, no catalogue search and no playlists on the host's side. Its problems are
// RSS polling at the scale of shows × apps, episodes that must be downloaded byte-exact with ads
// stitched in per request, and download counts advertisers pay on (IAB Podcast Measurement v2).
var podcastFeatures = []*feature{
	{
		ID: "podcast", Name: "podcast hosting", Archetype: "podcast hosting platform", Rank: 62,
		Load:         &loadProfile{WritesPerUser: 0.002, ReadsPerUser: 1, ReadWrite: 400, RecordBytes: 4_000, MediaBytes: 60_000_000, ResponseBytes: 50_000_000, PeakFactor: 3, Retention: 10, HotFraction: 0.05, Write: "episode upload", Read: "episode download"},
		Style:        "a publishing pipeline beside an edge delivery path: creators' uploads are transcoded into pre-encoded segments split at ad breaks, each show's RSS feed is rendered to a static file served with ETags by the CDN, and every enclosure download is stitched at the edge from cached content and ad segments, logged, and counted by an IAB v2 pipeline off the request path",
		CapacityNote: "Downloads are few per second but enormous: each is tens of MB, so bandwidth, not request rate, sizes the system — a download rate times the episode size is the egress, and it is all CDN. RSS requests outnumber downloads: they scale with shows × polling apps ÷ poll interval (a million shows polled by ~20 aggregators and apps every 30 minutes is ≈ 11K requests/s), and almost all of them must end as a 304 at the edge.",
		Functional: []string{
			"Creators create shows and upload episodes (WAV, MP3, M4A up to a few hundred MB) with title, notes, artwork and ad break markers; publish now or at a scheduled time",
			"Each show has a public RSS feed (Apple and Podcasting 2.0 tags: enclosure, itunes:duration, podcast:guid) that apps poll; it changes only when an episode is published or edited",
			"Podcast apps download each episode's enclosure (MP3, optionally AAC) over HTTP with Range requests and resume",
			"Dynamic ad insertion: at download time the host chooses ads for each listener (show, country, date, campaign caps) and stitches them into the episode at its ad breaks",
			"IAB Podcast Measurement v2 download and ad-delivery counts per episode, show, app, country and day, for creators and advertisers",
			"Advertisers or the sales team book campaigns: creatives, targeting, flight dates, impression goals",
		},
		NonFunctional: []string{
			"A download starts in < 300 ms from the nearest edge and every byte of a stitched file is identical across the Range requests and resumes of one listener's download",
			"Feeds: a poll with an unchanged feed costs a 304 at the edge; a published episode appears in the feed within a minute",
			"Counts follow IAB v2: one download per IP + user agent per episode per 24 h, known bots excluded, at least one minute of audio delivered; raw request logs kept for audit",
			"Episodes are durable (11 nines in object storage); a published episode stays downloadable for years, including the long tail nobody has fetched in months",
		},
		OutOfScope: []string{"A listening app, recommendations and catalogue search (apps such as Apple Podcasts do that)", "Live audio", "Payouts to creators from ad revenue"},
		UseCases: []string{
			"A creator uploads a 70-minute WAV, marks a pre-roll and two mid-roll breaks and schedules it for 6 am",
			"At 6 am thousands of apps see the new item in the feed and download the episode in the next hour",
			"An app downloads the episode in four Range requests over a flaky connection; each gets bytes from the same stitched file",
			"A creator's dashboard shows 48,210 IAB-certified downloads for the episode's first 7 days, by app and country",
		},
		Entities: []entity{
			{Name: "Show", Store: "appdb", Key: "show_id", Partition: "show_id", Indexes: "(owner_id); unique(feed_slug)",
				Fields: "show_id, owner_id, title, feed_slug, podcast_guid, artwork_key, category, explicit, feed_version, feed_etag, ad_policy (dai on|off, house ads)", Why: "feed_version and feed_etag change only when the feed's content does, which is what makes 304s possible"},
			{Name: "Episode", Store: "appdb", Key: "episode_id", Partition: "show_id", Indexes: "(show_id, published_at desc); unique(show_id, guid)",
				Fields: "episode_id, show_id, guid (never changes once published), title, notes, published_at, status (processing|scheduled|published|unpublished), duration_ms, ad_breaks[] (ms offsets), variants[] (codec, bitrate, segment keys, bytes)", Why: "the guid is how apps know an item is new; changing it makes every app download the episode again"},
			{Name: "Audio segment", Store: "objstore", Key: "audio/{episode_id}/{variant}/{segment_no}", Partition: "-", Indexes: "-",
				Fields: "encoded bytes between two ad breaks (CBR MP3 128 kbps 44.1 kHz or AAC-LC), frame-aligned, no ID3 header", Why: "content cut at the ad breaks at encode time, so a stitched file is a concatenation of cached objects with no re-encoding per request"},
			{Name: "Rendered feed", Store: "objstore", Key: "feeds/{feed_slug}.xml", Partition: "-", Indexes: "-",
				Fields: "RSS 2.0 XML of the show and its episodes, strong ETag = hash of the bytes", Why: "a static file the CDN serves and revalidates; rendered once per change, not per poll"},
			{Name: "Ad campaign", Store: "appdb", Key: "campaign_id", Partition: "campaign_id", Indexes: "(status, flight_end); (show_id) for targeting",
				Fields: "campaign_id, advertiser, creatives[] (pre-encoded per variant, duration), targeting (shows, categories, countries), position (pre|mid|post), flight_start, flight_end, impression_goal, delivered, frequency_cap", Why: "read by the ad decision service; delivered is fed back from the counting pipeline, not from requests"},
			{Name: "Stitch decision", Store: "stitchkv", Key: "hash(ip, user_agent, episode_id, day)", Partition: "hash", Indexes: "- (TTL 24 h)",
				Fields: "ad creative ids per break, variant, total content_length, decided_at", Why: "the same listener's Range requests and resumes must get the same ads and the same byte layout"},
			{Name: "Download request", Store: "queue", Key: "(edge_pop, request_id)", Partition: "episode_id", Indexes: "-",
				Fields: "episode_id, show_id, ip (truncated after counting), user_agent, range, bytes_sent, status, method, ts, stitch decision id", Why: "one line per HTTP request from the edge; the raw input of IAB counting, kept for audit"},
			{Name: "Counted download", Store: "olap", Key: "(episode_id, day, app, country)", Partition: "month", Indexes: "ORDER BY (show_id, episode_id, day)",
				Fields: "show_id, episode_id, day, app, country, downloads, ad_deliveries per campaign", Why: "the IAB-filtered totals dashboards and advertisers read; derived, rebuildable from the request log"},
		},
		Components: []string{"client", "cdn", "stitcher", "stitchkv", "addecision", "gateway", "podcastsvc", "audioenc", "feedrender", "objstore", "appdb", "queue", "iabcounter", "olap", "statsapi"},
		APIs: []endpoint{
			{Method: "GET", Path: "/feeds/{feed_slug}.xml", Response: "RSS XML with ETag and Last-Modified | 304 Not Modified when If-None-Match matches", Auth: "public (CDN)", Note: "Cache-Control: max-age=300; purged by surrogate key when the show changes"},
			{Method: "GET", Path: "/e/{episode_id}.mp3", Request: "Range: bytes=…", Response: "206/200 audio/mpeg, exact Content-Length of the stitched file", Auth: "public (edge stitcher)", Note: "HEAD and Range supported; every request is logged for counting"},
			{Method: "POST", Path: "/v1/shows", Request: "{title, feed_slug, category, artwork_upload_id}", Response: "201 {show_id, feed_url}", Idempotent: true, Auth: "creator bearer token"},
			{Method: "POST", Path: "/v1/shows/{show_id}/episodes", Request: "{title, notes, file_name, bytes} + Idempotency-Key", Response: "201 {episode_id, upload_url (resumable multipart, pre-signed)}", Idempotent: true, Auth: "creator bearer token"},
			{Method: "PUT", Path: "/v1/episodes/{episode_id}", Request: "{title, notes, ad_breaks[], publish_at}", Response: "200 {status, feed_version}", Idempotent: true, Auth: "creator bearer token"},
			{Method: "GET", Path: "/v1/shows/{show_id}/episodes?cursor=", Response: "{episodes[]: title, status, published_at, downloads_7d; next_cursor}", Paginated: true, Auth: "creator bearer token"},
			{Method: "GET", Path: "/v1/shows/{show_id}/stats?from=&to=&by=day|app|country|episode", Response: "{series[], totals, provisional_after}", Auth: "creator bearer token", Note: "the last 24 h are provisional until their dedupe window closes"},
			{Method: "POST", Path: "/v1/campaigns", Request: "{advertiser, creatives[], targeting, position, flight, impression_goal} + Idempotency-Key", Response: "201 {campaign_id}", Idempotent: true, Auth: "ad ops bearer token"},
			{Method: "GET", Path: "/v1/campaigns/{campaign_id}/delivery", Response: "{delivered, goal, by_day[], by_show[]}", Auth: "ad ops bearer token"},
		},
		Screens: []screen{
			{Name: "Shows and episodes", Shows: "the creator's shows, episodes with status and 7-day downloads, feed URL", Calls: []string{"POST /v1/shows", "GET /v1/shows/{show_id}/episodes"}},
			{Name: "Episode editor", Shows: "upload progress, processing status, waveform with ad break markers, schedule", Calls: []string{"POST /v1/shows/{show_id}/episodes", "PUT /v1/episodes/{episode_id}"}},
			{Name: "Analytics", Shows: "IAB downloads by day, app, country and episode; provisional last day marked", Calls: []string{"GET /v1/shows/{show_id}/stats"}},
			{Name: "Campaigns (ad ops)", Shows: "campaigns, targeting, pacing against goal", Calls: []string{"POST /v1/campaigns", "GET /v1/campaigns/{campaign_id}/delivery"}},
		},
		Flows: []flow{
			{Name: "Upload and publish an episode", Steps: []string{
				"The creator's browser uploads the master file to {c:objstore} in resumable multipart parts through a pre-signed URL from {c:podcastsvc}.",
				"A worker in {c:audioenc} normalises loudness (-16 LUFS), encodes CBR MP3 (and AAC) and cuts the encoded stream at the ad break markers on frame boundaries into segments, recording each segment's byte length.",
				"At publish time {c:podcastsvc} marks the episode published, bumps the show's feed_version and asks {c:feedrender} to re-render.",
				"{c:feedrender} writes the new feed XML to {c:objstore} with its content hash as ETag, purges the feed's surrogate key on {c:cdn} and sends a Podping/WebSub ping so aggregators fetch it now rather than at their next poll."}},
			{Name: "An app polls a feed", Steps: []string{
				"The app sends GET /feeds/{slug}.xml with If-None-Match: the ETag it holds.",
				"{c:cdn} answers 304 from the edge when the ETag matches its cached copy (fresh for 5 minutes, purged on change); only a changed or expired feed reaches {c:objstore}."}},
			{Name: "A download with ads stitched in", Steps: []string{
				"The app requests /e/{episode_id}.mp3 (often with Range); {c:stitcher} at the edge looks up the stitch decision for hash(IP, user agent, episode, day) in {c:stitchkv}.",
				"On a miss it asks {c:addecision} (50 ms budget; house ads or no ads on timeout) which creatives fill each break, computes the exact byte layout and Content-Length, and stores the decision for 24 h.",
				"It writes a fresh ID3 header, then streams the content segments and ad creatives from {c:cdn}'s cache in layout order, serving exactly the bytes the Range asked for.",
				"Every request (method, range, bytes sent, status) is logged from the edge to {c:queue} for counting."}},
			{Name: "Counting downloads (IAB v2)", Steps: []string{
				"{c:iabcounter} consumes request lines keyed by episode, drops HEAD requests, 0-1 and 0-2 byte probes and user agents on the IAB/ABC bot list and the OPAWG podcast list.",
				"It sums bytes per (IP, user agent, episode) over a 24 h window and counts one download when the bytes cover one minute of audio plus the header; ad deliveries are counted when a creative's byte range was sent.",
				"Counts land in {c:olap} by episode, day, app and country; {c:statsapi} serves them to dashboards and feeds campaign delivery back to {c:appdb}."}},
		},
		Deep: []deepDive{
			{Title: "Dynamic ad insertion that survives Range requests", Weight: 10, Body: "Apps do not download an episode in one request: they probe with a 2-byte Range, fetch in chunks and resume after a dropped connection, sometimes hours later. Each of those requests must see the same file, or the bytes of ad A's first half join ad B's second half and the MP3 is corrupt. So the ad choice is a decision stored per hash(IP, user agent, episode, day) in {c:stitchkv}, made once with the exact byte layout and Content-Length, and every later request is served from that layout. Stitching costs no encoding: content was cut at the ad breaks on MP3 frame boundaries at upload time, creatives are pre-encoded at the same codec, bitrate and sample rate (a 44.1 kHz ad in a 48 kHz show plays at the wrong pitch on some players), so {c:stitcher} writes one new ID3 header and concatenates cached objects. If {c:addecision} misses its 50 ms budget the download proceeds with house ads or none: a slow ad server never delays an episode."},
			{Title: "IAB v2 download counts advertisers pay on", Weight: 9, Body: "A request is not a download. {c:iabcounter} (Flink, keyed by episode) filters first: HEAD requests, range probes of 2 bytes or less, user agents on the IAB/ABC spiders list and OPAWG's podcast list, and IPs with implausible volumes (data centres, a single IP taking hundreds of episodes a day). What remains is grouped by IP + user agent + episode over 24 hours; the bytes of all its Range requests are summed and one download is counted when they cover at least one minute of audio (bitrate × 60 s plus the ID3 header) — the same listener resuming four times is still one download. State is per (IP, UA, episode) for 24 h: with {peak_read} requests/s at the peak that is tens of millions of keys, held in RocksDB state with a TTL. Logs arrive late from edges, so a day's counts are provisional until its window plus an allowance closes, then final; raw request lines are kept so an auditor can recompute any figure."},
			{Title: "RSS polling at shows × apps", Weight: 8, Body: "Feed traffic does not scale with listeners but with shows times the apps and aggregators polling them, every 15-60 minutes, around the clock — a million shows polled by ~20 aggregators and apps every 30 minutes is ≈ 11K requests/s, far more than the downloads — and almost every poll finds nothing new. Each feed is rendered once per change to a static XML file with a strong ETag (its content hash); {c:cdn} keeps it for 5 minutes and answers If-None-Match with a 304 and no body, so an unchanged poll costs a few hundred bytes at the edge and nothing at the origin. Publishing purges the feed's surrogate key and pings Podping/WebSub so Apple, Spotify and others refetch at once instead of waiting for their next poll. Large back catalogues make feeds of several MB: they are served gzipped and the renderer never renders per request."},
			{Title: "Petabytes of audio on a CDN", Weight: 7, Body: "Egress is the cost: {egress} a month, almost all served from {c:cdn}. Downloads are steeply skewed — most of an episode's downloads come in its first week — so new episodes' segments are hot in every edge while the long tail of old episodes is fetched through an origin shield from {c:objstore}, moved to an infrequent-access class after 30 days. Because stitched files differ per listener they are never cached whole; their pieces (content segments and creatives) are ordinary immutable objects with year-long TTLs, so the cache hit ratio stays that of the segments. Stored audio grows by {storage_month} a month and is kept for the life of the show."},
		},
		Caching: []string{
			"{c:cdn}: feeds for 5 minutes with ETag revalidation and purge on publish; content segments and ad creatives immutable for a year; stitched responses are not cached whole.",
			"{c:stitchkv}: stitch decisions for 24 h at the edge, so a listener's Range requests and resumes get the same file.",
		},
		Partitioning: []string{"{c:appdb} by show_id (episodes live with their show); {c:queue} request lines by episode_id so the counter's 24 h state for an episode is on one worker; {c:olap} by month."},
		Async:        []string{"Transcoding, feed rendering and IAB counting are all off the request path; campaign delivery totals are fed back to ad decisions every few minutes from the counts, so pacing lags slightly behind real delivery."},
		Reliability: []string{
			"If {c:addecision} or {c:stitchkv} is down, {c:stitcher} serves the episode with house ads or none: an episode download never depends on the ad path.",
			"If the request log pipeline lags, the edges buffer and resend; counts are late, not lost, and are final only after the 24 h window and an allowance.",
			"Feeds and audio are static objects: the origin services can be down and every published episode is still pollable and downloadable.",
		},
		Security: []string{
			"IP addresses are used for 24 h dedupe and geo, then truncated; counts and dashboards never expose listener IPs.",
			"Unpublished and scheduled episodes have unguessable ids and are not in the feed; private feeds carry a per-subscriber token that can be revoked.",
			"Creators can edit only their own shows; upload URLs are pre-signed per part and expire.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Stitch at the edge from segments pre-cut at ad breaks", Rejected: "re-encoding each download with its ads at the origin", Why: "concatenating cached, frame-aligned objects costs no CPU and keeps the bytes on the CDN; per-request encoding would be a transcoding farm the size of the download rate"},
			{Decision: "A stored stitch decision per IP + UA + episode + day", Rejected: "choosing ads afresh on every request", Why: "Range requests and resumes of one download would get different files; the same key is also IAB's dedupe key"},
			{Decision: "Static feeds with ETags and purge-on-publish", Rejected: "rendering the RSS per request from the database", Why: "nearly every poll is unchanged: a 304 at the edge costs nothing at the origin"},
		},
		Bottlenecks: []string{"The counter's 24 h dedupe state at peak: sized by (IP, UA, episode) keys per day, in RocksDB with TTL.", "The ad decision service's latency on every first request of a download: cached decisions and a hard timeout."},
		Open:        []string{"Which markets need AAC as well as MP3?", "Rolling or calendar-day 24 h windows for dedupe (both are IAB-compliant; the reports must say which)?", "Do creators want prefix analytics services (Podtrac, Chartable) to wrap the enclosure URLs?"},
	},
}

// podcastComponents are the building blocks of podcast hosting.
var podcastComponents = []compSpec{
	{ID: "podcastsvc", Name: "Show and episode service", Kind: "service", Tech: "Go service",
		Desc:  "shows, episodes, ad break markers, publishing and scheduling; hands out pre-signed upload URLs",
		Links: []link{{"appdb", "shows, episodes"}, {"objstore", "pre-signed uploads"}, {"audioenc", "encode jobs"}, {"feedrender", "feed changed"}}, Aliases: []string{"episode service", "show service"}},
	{ID: "audioenc", Name: "Audio encoders", Kind: "worker", Tech: "FFmpeg workers on spot instances, fed by a job queue",
		Desc:  "loudness-normalise, encode CBR MP3 and AAC, cut frame-aligned segments at the ad breaks",
		Links: []link{{"objstore", "masters in, segments out"}, {"podcastsvc", "variants, durations"}}, Aliases: []string{"transcoder", "encoder", "transcoding"}},
	{ID: "feedrender", Name: "Feed renderer", Kind: "worker", Tech: "Go worker",
		Desc:  "renders a show's RSS to static XML with a content-hash ETag, purges the CDN and pings Podping/WebSub",
		Links: []link{{"appdb", "show and episodes"}, {"objstore", "feed XML"}, {"cdn", "purge surrogate key"}}, Aliases: []string{"rss", "feed renderer", "feeds"}},
	{ID: "stitcher", Name: "Edge ad stitcher", Kind: "edge", Tech: "Fastly Compute (or CloudFront with Lambda@Edge)",
		Desc:  "serves each enclosure request from its stitch layout: ID3 header, content segments and ad creatives, exact byte ranges; logs every request",
		Links: []link{{"stitchkv", "stitch decision"}, {"addecision", "ads for a new download"}, {"cdn", "segments, creatives"}, {"queue", "request log lines"}}, Aliases: []string{"stitcher", "dai", "ad insertion"}},
	{ID: "stitchkv", Name: "Stitch decision store", Kind: "cache", Tech: "Redis Cluster in each delivery region, 24 h TTL",
		Desc: "ad layout per IP + user agent + episode + day", Aliases: []string{"stitch store", "decision store"}},
	{ID: "addecision", Name: "Ad decision service", Kind: "service", Tech: "Go service with campaigns in memory, per region",
		Desc:  "picks creatives per ad break by show, country, flight, frequency cap and pacing within 50 ms",
		Links: []link{{"appdb", "campaigns"}}, Aliases: []string{"ad server", "ad decisioning"}},
	{ID: "iabcounter", Name: "IAB download counter", Kind: "worker", Tech: "Apache Flink with RocksDB state (24 h TTL)",
		Desc:  "filters bots and probes, dedupes IP + user agent per episode over 24 h, counts downloads with at least a minute delivered",
		Links: []link{{"queue", "request log lines"}, {"olap", "counted downloads, ad deliveries"}}, Aliases: []string{"counter", "iab", "analytics pipeline"}},
	{ID: "statsapi", Name: "Analytics API", Kind: "service", Tech: "Go service over ClickHouse",
		Desc:  "creator dashboards and campaign delivery",
		Links: []link{{"olap", "aggregate queries"}, {"appdb", "campaign delivered"}}, Aliases: []string{"analytics", "stats"}},
}

func init() {
	components = append(components, podcastComponents...)
	for _, c := range podcastComponents {
		catalog[c.ID] = c
	}
	addLinks("client", link{"stitcher", "enclosure downloads (Range)"})
	addLinks("gateway", link{"podcastsvc", "shows, episodes"}, link{"statsapi", "stats, campaigns"})
}
