package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestCommonPrompts designs typical system-design prompts that are not benchmark cases and checks
// that each gets the archetype it is about, the concepts a senior engineer expects, and none of
// the knowledge that belongs to a different kind of system (a hotel is not a concert sale, a
// crawler has no end-user apps).
func TestCommonPrompts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		prompt    string
		archetype string   // overview names it ("— a reservation system.")
		features  []string // must be detected
		notFeat   []string // must not be detected
		mentions  []string // lower-case substrings of the design text
		absent    []string // lower-case substrings that must not appear
	}{
		{
			prompt: "Design a hotel booking system like Booking.com", archetype: "reservation system",
			features: []string{"reservation", "payments", "search"}, notFeat: []string{"tickets", "flashcrowd"},
			mentions: []string{"overbook", "hold", "per resource and date", "search", "idempoten", "booking.com-scale"},
			absent:   []string{"seat hold store", "virtual waiting room", "selling a seat", "event catalog", "sale-opening"},
		},
		{
			prompt: "Design Airbnb", archetype: "reservation system",
			features: []string{"reservation"}, notFeat: []string{"tickets", "flashcrowd"},
			mentions: []string{"exclusion constraint", "availability", "cancellation"},
			absent:   []string{"waiting room", "seat map", "concert"},
		},
		{
			prompt: "Design a flight booking system where travellers pick seats", archetype: "reservation system",
			features: []string{"reservation"}, notFeat: []string{"tickets", "flashcrowd"},
			mentions: []string{"fare class", "gds", "overbook"},
			absent:   []string{"waiting room", "concert"},
		},
		{
			prompt: "Design a restaurant reservation system like OpenTable", archetype: "reservation system",
			features: []string{"reservation"}, notFeat: []string{"food", "tickets", "tracking"},
			mentions: []string{"hold", "time slot"},
			absent:   []string{"courier", "dispatch", "waiting room"},
		},
		{
			prompt: "Design a doctor appointment booking system", archetype: "appointment booking system for doctors",
			features: []string{"practappt", "clinicbooking"}, notFeat: []string{"tickets", "reservation"},
			mentions: []string{"slot", "reminder", "hipaa", "working-hours template"},
			absent:   []string{"seat hold", "seat map", "waiting room"},
		},
		{
			prompt: "Design a parking lot reservation system", archetype: "reservation system",
			features: []string{"reservation"}, notFeat: []string{"tickets", "inventory"},
			absent: []string{"seat hold", "waiting room"},
		},
		{
			prompt: "Design a movie ticket booking system like BookMyShow", archetype: "ticket booking system",
			features: []string{"tickets"}, notFeat: []string{"reservation", "flashcrowd"},
			mentions: []string{"seat", "hold"},
			absent:   []string{"virtual waiting room"},
		},
		{
			prompt: "Design a web crawler that fetches 1 billion pages a month", archetype: "web crawler",
			features: []string{"crawler"},
			mentions: []string{"operator console", "politeness", "robots.txt"},
			absent:   []string{"ios, android", "api gateway", "end-user apps (ios"},
		},
		{
			prompt: "Design Pastebin", archetype: "paste service",
			features: []string{"paste"}, notFeat: []string{"shortener"},
			mentions: []string{"object storage", "base62", "expir"},
			absent:   []string{"redirect", "301"},
		},
		{
			prompt: "Design Google Drive", archetype: "file storage and sync service",
			features: []string{"filesync"}, mentions: []string{"chunk", "conflict", "google drive-scale"},
		},
		{
			prompt: "Design Netflix", archetype: "video platform",
			features: []string{"video"}, mentions: []string{"cdn", "adaptive", "netflix-scale"},
			absent: []string{"daily active users: 1m (assumed)"},
		},
		{
			prompt: "Design Spotify", archetype: "music streaming service",
			features: []string{"music"}, notFeat: []string{"video", "catalog"},
			mentions: []string{"cdn", "royalt", "playlist", "prefetch"},
			absent:   []string{"transcod"},
		},
		{
			prompt: "Design Yelp: find nearby restaurants and read reviews", archetype: "proximity (nearby places) service",
			features: []string{"places"}, notFeat: []string{"food", "orders", "payments", "tracking"},
			mentions: []string{"geohash", "quadtree", "review"},
			absent:   []string{"courier", "dispatch", "payment"},
		},
		{
			prompt: "Design Zoom video calls", archetype: "video conferencing service",
			features: []string{"videocall"}, notFeat: []string{"video", "media"},
			mentions: []string{"sfu", "webrtc", "turn", "simulcast"},
			absent:   []string{"transcoding pipeline", "cdn"},
		},
		{
			prompt: "Design Twitch live streaming", archetype: "live streaming platform",
			features: []string{"livestream"}, notFeat: []string{"video"},
			mentions: []string{"rtmp", "ll-hls", "chat", "cdn"},
			absent:   []string{"resumable", "upload session"},
		},
		{
			prompt: "Design a stock exchange matching engine", archetype: "trading exchange",
			features: []string{"exchange"}, notFeat: []string{"orders", "inventory"},
			mentions: []string{"order book", "price-time", "sequencer", "journal", "market data"},
			absent:   []string{"cart", "api gateway", "ios, android"},
		},
		{
			prompt: "Design an ad click aggregation system processing 10 billion clicks a day", archetype: "real-time event aggregation pipeline",
			features: []string{"aggregation", "analytics"}, mentions: []string{"exactly-once", "watermark", "event_id", "hot"},
			absent: []string{"primary db"},
		},
		{
			prompt: "Design a distributed cache like Memcached", archetype: "distributed cache",
			features: []string{"distcache"}, notFeat: []string{"kvstore", "accounts"},
			mentions: []string{"consistent hashing", "evict", "lru", "stampede"},
			absent:   []string{"ios, android", "api gateway"},
		},
		{
			prompt: "Design a distributed key-value store", archetype: "distributed key-value store",
			features: []string{"kvstore"}, notFeat: []string{"accounts"},
			mentions: []string{"quorum", "consistent-hash", "vector clock", "lsm", "hinted handoff"},
			absent:   []string{"ios, android", "api gateway", "user db"},
		},
		{
			prompt: "Design a distributed job scheduler (cron service)", archetype: "distributed job scheduler",
			features: []string{"scheduler"}, mentions: []string{"lease", "next_run_at", "idempot", "at-least-once"},
			absent: []string{"ios, android"},
		},
		{
			prompt: "Design a unique ID generator", archetype: "unique ID generator",
			features: []string{"idgen"}, mentions: []string{"snowflake", "worker id", "clock", "41 bits"},
			absent: []string{"ios, android", "api gateway", "cache stampede"},
		},
		{
			prompt: "Design an email service like Gmail", archetype: "email service",
			features: []string{"email"}, notFeat: []string{"notifyplatform"},
			mentions: []string{"smtp", "spam", "dkim", "mailbox"},
		},
		{
			prompt: "Design a distributed message queue like Kafka", archetype: "distributed message queue",
			features: []string{"mq"}, mentions: []string{"partition", "offset", "in-sync replica", "consumer group"},
			absent: []string{"ios, android", "api gateway"},
		},
		{
			prompt: "Design a logging pipeline collecting logs from 10,000 servers", archetype: "centralised logging pipeline",
			features: []string{"logging"}, notFeat: []string{"metrics", "analytics"},
			mentions: []string{"log shippers", "archive", "10k servers"},
			absent:   []string{"ios, android"},
		},
		{
			prompt: "Design an online judge that runs users' code submissions", archetype: "online judge",
			features: []string{"codejudge"}, mentions: []string{"sandbox", "firecracker", "time limit"},
		},
		{
			prompt: "Design an e-commerce product catalogue with search", archetype: "product catalogue and search",
			features: []string{"catalog", "search"}, notFeat: []string{"orders", "payments"},
			mentions: []string{"facet", "inverted index"},
			absent:   []string{"saga", "payment processor"},
		},
		{
			prompt: "Design Amazon's online store", features: []string{"catalog", "orders", "payments"},
			mentions: []string{"facet", "saga"},
		},
		{
			prompt: "Design a P2P payment wallet like Venmo", archetype: "payment wallet",
			features: []string{"wallet", "payments"}, mentions: []string{"double-entry", "idempotency", "reconcil", "fraud"},
		},
		{
			prompt: "Design an IoT telemetry platform for 10 million devices", archetype: "IoT device platform",
			features: []string{"iot"}, notFeat: []string{"metrics"},
			mentions: []string{"mqtt", "device shadow", "firmware", "10m devices"},
			absent:   []string{"host agents"},
		},
		{
			prompt: "Design a feature flag service", archetype: "feature flag service",
			features: []string{"flags"}, mentions: []string{"sdk", "local", "kill switch"},
			absent: []string{"ios, android"},
		},
		{
			prompt: "Design a recommendation system for an online store", archetype: "recommendation system",
			features: []string{"recommend"}, notFeat: []string{"orders", "payments", "shop"},
			mentions: []string{"candidate", "embedding", "cold start"},
			absent:   []string{"saga", "checkout"},
		},
		{
			prompt: "Design a news aggregator like Google News", notFeat: []string{"analytics"},
			absent: []string{"exactly-once aggregation"},
		},
		{
			prompt:  "Design a price alerting service that notifies users when a product's price drops",
			notFeat: []string{"flashcrowd"}, absent: []string{"waiting room"},
		},
		{
			prompt: "Design Twitter", archetype: "social feed",
			features: []string{"feed"}, mentions: []string{"twitter-scale", "celebrit"},
			absent: []string{"daily active users: 1m (assumed)"},
		},
		{
			prompt: "Design Uber", archetype: "ride-hailing service",
			features: []string{"ride"}, notFeat: []string{"places"}, mentions: []string{"uber-scale"},
		},
		{
			prompt: "Design a URL shortener with custom aliases and expiry", archetype: "URL shortener",
			features: []string{"shortener"}, notFeat: []string{"paste"}, mentions: []string{"base62", "302"},
		},
		{
			prompt: "Design Google Maps routing and ETA", archetype: "maps and routing service",
			features: []string{"routing"}, notFeat: []string{"geo", "tracking", "ride"},
			mentions: []string{"contraction hierarch", "map-match", "tiles"},
			absent:   []string{"dispatch", "geo index", "courier"},
		},
		{
			prompt: "Design Tinder", archetype: "dating app",
			features: []string{"dating", "chat"}, mentions: []string{"deck", "mutual", "tinder-scale"},
		},
		{
			prompt: "Design a ride-hailing app that shows riders the driver's ETA", archetype: "ride-hailing service",
			features: []string{"ride", "geo", "tracking"}, notFeat: []string{"routing"},
		},
		{
			prompt: "Design a collaborative whiteboard", archetype: "collaborative document editor",
			features: []string{"collab"}, mentions: []string{"crdt"},
		},
		{
			prompt: "Design the ranked queue for a 5v5 MOBA: parties, a ready check, balanced teams and MMR updates after each game", archetype: "game matchmaking service",
			features: []string{"matchmaking"}, notFeat: []string{"leaderboard", "tickets", "dating", "search"},
			mentions: []string{"ready check", "trueskill", "widen", "party", "game server", "join token"},
			absent:   []string{"sorted set per board", "seat", "swipe", "/v1/records"},
		},
		{
			prompt: "pair chess players of similar Elo rating within a few seconds", archetype: "game matchmaking service",
			features: []string{"matchmaking"}, notFeat: []string{"leaderboard"},
			mentions: []string{"glicko-2", "1v1"},
		},
		{
			prompt: "Design Facebook's People You May Know", archetype: "social graph and friend suggestions service",
			features: []string{"pymk"}, notFeat: []string{"feed", "recommend", "aggregation"},
			mentions: []string{"friends of friends", "mutual", "hmac", "block", "impression", "adamic"},
			absent:   []string{"fan-out on write", "celebrity's post", "/v1/records", "vector index"},
		},
		{
			prompt: "recommend who to follow on a Twitter-like app with 300 million users", archetype: "social graph and friend suggestions service",
			features: []string{"pymk"}, notFeat: []string{"feed", "recommend"},
			mentions: []string{"suggestion store", "two-hop"},
		},
		{
			prompt: "Design Zendesk", archetype: "customer support helpdesk",
			features: []string{"helpdesk"}, notFeat: []string{"tickets", "payments", "inventory", "chat", "email"},
			mentions: []string{"message-id", "skill", "business hours", "escalat", "macro", "audit"},
			absent:   []string{"seat", "waiting room", "oversell", "spam filter"},
		},
		{
			prompt: "Design an IT ticketing system where employees report problems and technicians resolve them within an SLA", archetype: "customer support helpdesk",
			features: []string{"helpdesk"}, notFeat: []string{"tickets", "payments", "flashcrowd"},
			mentions: []string{"sla", "pending", "conditional update"},
			absent:   []string{"seat map", "box office"},
		},
		{
			prompt: "Design GitHub Actions", archetype: "CI/CD build farm",
			features: []string{"cicd"}, notFeat: []string{"scheduler", "codejudge", "logging", "accounts"},
			mentions: []string{"webhook", "dag", "lease", "heartbeat", "warm pool", "fork"},
			absent:   []string{"cron expression", "verdict", "push providers", "apns"},
		},
		{
			prompt: "Design a build system for our monorepo that caches dependencies and retries flaky tests", archetype: "CI/CD build farm",
			features: []string{"cicd"}, notFeat: []string{"scheduler", "mq"},
			mentions: []string{"flaky", "quarantine", "content-addressed"},
			absent:   []string{"cron expression", "online judge"},
		},
		{
			prompt: "Design eBay's auctions: proxy bidding, reserve prices and auctions that extend when someone bids at the last second", archetype: "online auction platform",
			features: []string{"auction", "payments", "notifications"}, notFeat: []string{"shop", "orders", "inventory", "catalog"},
			mentions: []string{"proxy", "reserve", "end_at", "exactly once", "outbid", "shill", "second-chance"},
			absent:   []string{"cart service", "oversell", "seat map", "/v1/records"},
		},
		{
			prompt: "Build a silent auction for a charity gala where guests bid on lots from their phones", archetype: "online auction platform",
			features: []string{"auction"}, notFeat: []string{"tickets", "reservation", "exchange"},
			mentions: []string{"increment", "anti-sniping"},
			absent:   []string{"order book", "seat hold"},
		},
		{
			prompt: "Design Google Calendar with recurring events, invitations and reminders", archetype: "calendar and scheduling service",
			features: []string{"calendar", "notifications"}, notFeat: []string{"schedlinks", "reservation", "booking", "scheduler", "videocall"},
			mentions: []string{"rrule", "recurrence-id", "iana", "dst", "free/busy", "caldav", "reminder"},
			absent:   []string{"overbook", "seat", "cron", "/v1/records"},
		},
		{
			prompt: "Design Calendly: hosts share a booking link and invitees pick a free slot without double-booking", archetype: "calendar and scheduling service",
			features: []string{"calendar", "schedlinks"}, notFeat: []string{"reservation", "booking", "tickets"},
			mentions: []string{"exclusion constraint", "round-robin", "buffer", "external calendar"},
			absent:   []string{"overbook", "hotel", "seat map"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if tc.archetype != "" && !strings.Contains(ov.Markdown, tc.archetype) {
				t.Errorf("archetype %q not in overview:\n%s", tc.archetype, firstLines(ov.Markdown, 3))
			}
			for _, f := range tc.features {
				if !d.Requirements.HasFeature(f) {
					t.Errorf("feature %q missing; got %v", f, d.Requirements.Features)
				}
			}
			for _, f := range tc.notFeat {
				if d.Requirements.HasFeature(f) {
					t.Errorf("feature %q detected; got %v", f, d.Requirements.Features)
				}
			}
			text := eval.Text(d) + "\n" + strings.ToLower(strings.Join(d.Capacity.Assumptions, "\n"))
			checkMentions(t, text, tc.mentions, tc.absent)
			checkComponents(t, d)
		})
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
