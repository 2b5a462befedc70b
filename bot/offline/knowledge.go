package offline

import "slices"

// featureList is the offline designer's knowledge base, in the order sections present features.
// Archetypes (a Rank above zero) describe a whole kind of system; the others are capabilities any
// system may ask for. Every text is specific to its feature so a design only says what applies.
// The later archetypes (reservations, infrastructure, media, finance...) live in their own files.
var featureList = slices.Concat(baseFeatures, bookingFeatures, infraFeatures, productFeatures, securityFeatures,
	matchmakingFeatures, socialGraphFeatures, helpdeskFeatures, cicdFeatures, auctionFeatures, calendarFeatures,
	logisticsFeatures, appointmentFeatures, bettingFeatures, deviceFeatures, imageryFeatures, codeReviewFeatures,
	royaltyFeatures, liveShowFeatures, liveResultsFeatures, podcastFeatures, checkinFeatures, carShareFeatures,
	bikeShareFeatures, gameSaveFeatures, foodBankFeatures)

var baseFeatures = []*feature{
	{
		ID: "core", Name: "core platform",
		NonFunctional: []string{
			"Availability: 99.99% for {paths} (≈ 52 min of downtime a year)",
			"Durability: {durability}",
		},
		Components: []string{"gateway"},
		Reliability: []string{
			"Every stateless service runs at least 3 instances across 3 availability zones behind a load balancer; instances are health-checked and replaced automatically.",
		},
		Security: []string{
			"TLS 1.3 everywhere (mTLS between services); encryption at rest with KMS-managed keys.",
			"Every call is authenticated at the entry point (OAuth 2.0 / OIDC access tokens or short-lived JWTs for people, mTLS identities for services) and rate limited per client to absorb abuse.",
			"Least-privilege service identities; secrets in a secrets manager, never in code or logs; audit log of admin actions.",
		},
	},
	{
		ID: "accounts", Name: "user accounts",
		Entities:   []entity{{Name: "User", Store: "userdb", Key: "user_id (64-bit Snowflake id)", Partition: "user_id", Indexes: "unique(email), unique(handle)", Fields: "user_id, handle, email, display_name, avatar_url, created_at", Why: "small, relational, read-mostly: a relational DB with replicas is simplest"}},
		Components: []string{"client", "usersvc", "userdb"},
		APIs:       []endpoint{{Method: "POST", Path: "/v1/sessions", Request: "{email, password | oauth_code}", Response: "{access_token, refresh_token, expires_in}", Auth: "none (credentials in body)"}},
		Security:   []string{"Passwords hashed with Argon2id; login attempts throttled per account and per IP."},
	},
	{
		// The generic archetype carries a statement no other archetype fits. Its names, entities,
		// endpoints, screens and flows are composed from the statement itself (compose.go).
		ID: "generic", Name: "the statement's own entities", Archetype: "system", Rank: 1,
		Load:       &loadProfile{WritesPerUser: 5, ReadsPerUser: 50, ReadWrite: 10, RecordBytes: 1000, ResponseBytes: 2000, Write: "write", Read: "read"},
		Style:      "a small set of stateless services in front of a replicated relational database, with a cache for hot reads and a log for asynchronous work",
		Components: []string{"client", "appsvc", "cache", "appdb", "queue"},
	},

	// Messaging.
	{
		ID: "chat", Name: "one-to-one and group messaging", Archetype: "messaging app", Rank: 50,
		Load:       &loadProfile{WritesPerUser: 40, ReadsPerUser: 80, ReadWrite: 2, RecordBytes: 300, ResponseBytes: 2000, PeakFactor: 3, Retention: 5, Write: "message", Read: "message read"},
		Style:      "event-driven services around persistent connections: stateless chat logic, stateful connection servers, and a partitioned log between them",
		Functional: []string{"Send and receive one-to-one messages in real time", "Message history synced across a user's devices", "Delivery and read receipts (sent ✓, delivered ✓✓, read)", "Messages to offline users are stored and delivered when they reconnect"},
		NonFunctional: []string{
			"Latency: message delivered to an online recipient in < 200 ms p99 within a region",
			"Ordering: messages appear in the same order for every member of a conversation",
			"At-least-once delivery with client-side dedup by message id, so no message is lost or shown twice",
		},
		OutOfScope: []string{"Voice and video calls", "Stories/status updates", "Payments in chat"},
		UseCases:   []string{"Alice sends Bob a message", "Bob comes online and receives what he missed", "Alice sees Bob's delivery and read receipts"},
		Entities: []entity{
			{Name: "Message", Store: "msgstore", Key: "(conversation_id, seq)", Partition: "conversation_id (bucketed by month for very long chats)", Indexes: "clustering by seq desc; client_msg_id for dedup", Fields: "conversation_id, seq, message_id, sender_id, client_msg_id, body (ciphertext), sent_at", Why: "append-only, write-heavy ({peak_write} writes/s peak), read by conversation and recency: a wide-column store partitions it naturally and scales writes linearly"},
			{Name: "Conversation", Store: "groupdb", Key: "conversation_id", Partition: "conversation_id", Indexes: "(member_id) via Membership", Fields: "conversation_id, type (direct|group), created_at", Why: "small and relational"},
			{Name: "Inbox entry", Store: "msgstore", Key: "(user_id, conversation_id)", Partition: "user_id", Indexes: "-", Fields: "user_id, conversation_id, last_seq, last_delivered_seq, last_read_seq, unread_count", Why: "per-user sync cursor: on reconnect a device fetches everything after its cursor; receipts are cursor moves, not per-message rows"},
		},
		Components: []string{"client", "ws", "chatsvc", "delivery", "queue", "msgstore", "cache"},
		APIs: []endpoint{
			{Method: "WS", Path: "/v1/connect", Request: "auth token; then frames {type: send|ack|read|typing, ...}", Response: "frames {type: message|receipt|presence}", Note: "one persistent connection per device"},
			{Method: "SEND (WS frame)", Path: "message.send", Request: "{client_msg_id, conversation_id, body}", Response: "{message_id, seq, sent_at} (server ack = ✓)", Idempotent: true},
			{Method: "GET", Path: "/v1/conversations/{id}/messages?before_seq=&limit=50", Response: "{messages[], next_before_seq}", Paginated: true},
			{Method: "POST", Path: "/v1/conversations/{id}/receipts", Request: "{delivered_seq | read_seq}", Response: "204", Idempotent: true, Note: "monotonic cursor: a lower value is ignored"},
			{Method: "GET", Path: "/v1/sync?since=", Response: "{conversations[] with messages after the device's cursors}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Chat list", Shows: "conversations with last message, unread count and presence", Calls: []string{"GET /v1/sync", "WS /v1/connect"}},
			{Name: "Conversation", Shows: "message history, composer, ✓/✓✓/read ticks, typing indicator", Calls: []string{"GET /v1/conversations/{id}/messages", "SEND message.send", "POST /v1/conversations/{id}/receipts"}},
		},
		Flows: []flow{
			{Name: "Send a message", Steps: []string{
				"Sender's device sends `message.send` with a client_msg_id over its WebSocket to {c:ws}.",
				"{c:chatsvc} assigns the next per-conversation sequence number, writes the message to {c:msgstore} (quorum write), and acks the sender (✓ sent).",
				"It publishes the message to {c:queue}, partitioned by conversation_id so order is kept per conversation.",
				"{c:delivery} looks up each recipient's connections in the connection registry ({c:cache}); online devices get the message pushed through {c:ws}.",
				"Recipient devices ack; their delivered cursor moves and a delivery receipt (✓✓) flows back to the sender the same way. Offline recipients are left to the offline path."}},
			{Name: "Reconnect after being offline", Steps: []string{
				"The device opens a WebSocket and calls /v1/sync with its last cursor per conversation.",
				"{c:chatsvc} reads the inbox entries and the messages after each cursor from {c:msgstore}, newest conversations first, paginated.",
				"Receipts for what was fetched are sent back as cursor updates."}},
		},
		Deep: []deepDive{
			{Title: "Delivery, ordering and receipts at {peak_write} messages/s", Weight: 9, Body: "Each conversation is a partition of the log ({c:queue}) and of {c:msgstore}, so ordering is per conversation and never needs a global clock: {c:chatsvc} assigns `seq` with a per-conversation counter (a Redis INCR, or a lightweight transaction on the conversation row), and clients render by seq. Delivery is at-least-once: the server retries until the device acks, and the client drops duplicates by message_id/client_msg_id, which gives effectively-once display. Receipts are cursors (`last_delivered_seq`, `last_read_seq`) per member, not per-message rows, so one ack covers many messages and a group's read state is O(members), not O(messages × members). The connection registry (user → WebSocket server) lives in {c:cache} with a TTL refreshed by heartbeats; {c:delivery} routes to the right connection server, and a missed route simply falls back to the offline path."},
			{Title: "Connection servers at scale", Weight: 6, Body: "With {dau} daily users and perhaps a third online at peak, {c:ws} holds tens of millions of persistent connections. A tuned Go server holds ≈ 500K idle WebSockets, so plan on the order of a hundred connection servers per region plus headroom. They are stateful only in connections: when one dies clients reconnect (with jittered backoff) to another and resync from their cursors, so no message is lost. Deploys drain servers gradually so reconnect storms stay bounded."},
		},
		Caching:      []string{"Connection registry (user → connection server) in {c:cache}, TTL 90 s refreshed by heartbeats; recent messages of active conversations are served from the store's row cache rather than an app cache, because history reads are sequential by conversation."},
		Partitioning: []string{"{c:msgstore} partitioned by conversation_id (time-bucketed for very large conversations), {c:queue} partitioned by conversation_id so per-conversation order holds."},
		Async:        []string{"Message fan-out to recipients, receipts and push notifications all run off {c:queue}, so the send path acks after one durable write."},
		Reliability: []string{
			"{c:msgstore}: RF=3 with LOCAL_QUORUM writes/reads, so a node loss loses nothing and stays available.",
			"Client outbox: unsent messages persist on the device and are retried with the same client_msg_id; the server dedups, so retries are safe.",
		},
		Security: []string{"End-to-end encryption (Signal protocol: X3DH key agreement + Double Ratchet) — the server stores and routes only ciphertext; a key server holds public identity and one-time pre-keys; group messages use sender keys."},
		Tradeoffs: []tradeoff{
			{Decision: "Cassandra (wide-column) for messages", Rejected: "sharded MySQL/PostgreSQL", Why: "the workload is append-only and keyed by conversation; a wide-column store scales writes linearly and needs no resharding projects, and we need no joins or multi-row transactions on messages"},
			{Decision: "WebSockets for delivery", Rejected: "HTTP long polling / MQTT", Why: "one bidirectional connection carries sends, receipts, typing and presence with the least overhead; long polling doubles requests and adds latency, MQTT is a good fit too but needs its own broker fleet"},
			{Decision: "Receipts as per-member cursors", Rejected: "a receipt row per message per recipient", Why: "cursors make receipts O(1) per ack and keep group read state small"},
		},
		Bottlenecks: []string{"Reconnect storms after a connection-server or regional failure: jittered backoff and admission control on {c:ws}."},
		Open:        []string{"Message retention: keep history forever server-side, or only until delivered (as end-to-end encrypted apps often do)?"},
	},
	{
		ID: "groups", Name: "group conversations",
		Functional: []string{"Group conversations with member management (add, remove, admins)"},
		Entities:   []entity{{Name: "Membership", Store: "groupdb", Key: "(conversation_id, user_id)", Partition: "conversation_id", Indexes: "(user_id) for 'my groups'", Fields: "conversation_id, user_id, role, joined_at, last_read_seq", Why: "relational and small; both directions indexed"}},
		Components: []string{"groupsvc", "groupdb"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/groups", Request: "{name, member_ids[]}", Response: "201 {conversation_id}", Idempotent: true},
			{Method: "POST", Path: "/v1/groups/{id}/members", Request: "{user_id}", Response: "204", Idempotent: true, Note: "admins only"},
		},
		Screens: []screen{{Name: "Group info", Shows: "members, roles, add/remove", Calls: []string{"POST /v1/groups/{id}/members"}}},
		Deep:    []deepDive{{Title: "Group message fan-out", Weight: 5, Body: "A group message is stored once in {c:msgstore} (partitioned by the group's conversation_id) and delivered to each member by {c:delivery}: fan-out on read for storage, fan-out on write only for the live push. With groups capped at a few hundred members the per-message cost is bounded; member lists are cached in {c:cache} and invalidated on membership change. Group end-to-end encryption uses sender keys so a sender encrypts once, not once per member."}},
	},
	{
		// Team messaging (Slack, Discord): the conversation lives in a workspace's channels, is
		// read by many more people than write to it, and must be searchable for years.
		ID: "channels", Name: "team channels, threads and message search", Archetype: "team messaging app", Rank: 51,
		Load:          &loadProfile{WritesPerUser: 30, ReadsPerUser: 300, ReadWrite: 10, RecordBytes: 500, ResponseBytes: 4000, PeakFactor: 3, Retention: 5, Write: "message", Read: "channel read"},
		Style:         "the messaging core (persistent connections, per-conversation sequencing, a partitioned log) organised by workspace and channel, with a search index fed from the log",
		CapacityNote:  "Reads dominate: a message in a 5,000-member channel is written once and read by every member who opens the channel, so reads, not writes, size the history path; history is kept for years because it is searched.",
		Functional:    []string{"Workspaces with public channels anyone in the workspace can find and join, and private channels by invitation", "Threaded replies on any message, with per-thread unread state and follow", "Mentions (@person, @channel) that notify even in muted channels", "Search over every message and file the user is allowed to see, filtered by channel, person and date"},
		NonFunctional: []string{"Channel history kept per the workspace's retention policy (years by default), with legal hold, and searchable for as long as it is kept"},
		OutOfScope:    []string{"Huddles (voice/video)", "Third-party app platform and bots"},
		UseCases:      []string{"A teammate posts in #incidents and 800 members see it live", "Someone replies in a thread without flooding the channel", "An engineer searches last year's messages for an error code"},
		Entities: []entity{
			{Name: "Channel", Store: "groupdb", Key: "channel_id", Partition: "workspace_id", Indexes: "unique(workspace_id, name); (workspace_id, visibility) to list public channels", Fields: "channel_id, workspace_id, name, topic, visibility (public|private), retention_days, archived", Why: "small, relational, read-mostly; membership rows (groups) say who may read it"},
			{Name: "Thread", Store: "msgstore", Key: "(channel_id, parent_seq)", Partition: "channel_id", Indexes: "replies clustered by seq", Fields: "channel_id, parent_seq, reply_count, last_reply_at, participant_ids", Why: "replies live beside the channel's messages; the parent carries a summary so the channel view needs no join"},
		},
		Components: []string{"chatsvc", "groupsvc", "groupdb", "msgstore", "queue", "indexer", "search", "searchsvc"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/channels", Request: "{workspace_id, name, visibility}", Response: "201 {channel_id}", Idempotent: true},
			{Method: "POST", Path: "/v1/channels/{id}/members", Request: "{user_id}", Response: "204", Idempotent: true, Note: "public channels: self-join; private: members invite"},
			{Method: "GET", Path: "/v1/channels/{id}/threads/{parent_seq}?after_seq=", Response: "{replies[], next_after_seq}", Paginated: true},
			{Method: "GET", Path: "/v1/search/messages?q=&in=&from=&before=&cursor=", Response: "{hits[] (channel, seq, snippet), next_cursor}", Paginated: true, Note: "only channels the caller is a member of, or public ones in their workspace"},
		},
		Screens: []screen{
			{Name: "Channel", Shows: "message history with thread summaries, composer, members", Calls: []string{"GET /v1/channels/{id}/threads/{parent_seq}", "POST /v1/channels/{id}/members"}},
			{Name: "Search", Shows: "messages matching the query with channel and author filters", Calls: []string{"GET /v1/search/messages"}},
		},
		Flows: []flow{{Name: "Post to a channel and make it searchable", Steps: []string{
			"{c:chatsvc} sequences the message in the channel and appends it to {c:msgstore}; a reply also bumps its thread's summary.",
			"The message event goes to {c:queue}, partitioned by channel_id; delivery workers push it to members online in the channel.",
			"{c:indexer} writes it to {c:search} with the channel_id and workspace_id; {c:searchsvc} filters every query by the caller's channel memberships from {c:groupsvc}."}}},
		Deep: []deepDive{
			{Title: "Large channels: fan-out on read, push only to who is looking", Weight: 7, Body: "A message is stored once per channel; pushing it to every member of a 50,000-person channel on write would be a storm. Live pushes go only to members with the channel's workspace open (the connection registry knows), everyone else gets an unread counter bump (a per-member cursor, as receipts are) and reads history when they open the channel. Mentions are the exception: they are resolved on write and always notify."},
			{Title: "Permission-aware message search", Weight: 6, Body: "The index holds one document per message with workspace_id and channel_id; it is sharded by workspace so a query touches one shard group. Each query is filtered by the caller's channel list (cached from {c:groupsvc}, invalidated on join or leave), so a private channel's messages never surface to non-members; retention deletes and legal holds are applied to the index as to the store."},
		},
		Tradeoffs: []tradeoff{{Decision: "Index every message in a search index fed from the log", Rejected: "scanning the message store for search", Why: "the store is partitioned by channel and ordered by time; full-text queries across channels need an inverted index, and feeding it from the log keeps the send path fast"}},
	},
	{
		ID: "presence", Name: "online presence",
		Functional:  []string{"Online / last-seen presence for contacts", "Typing indicators"},
		Components:  []string{"presencesvc", "presencestore", "ws"},
		Flows:       []flow{{Name: "Presence", Steps: []string{"Each connected device sends a heartbeat every 30 s through {c:ws}.", "{c:presencesvc} refreshes `presence:{user}` in {c:presencestore} with a 60 s TTL and records last_seen.", "On a status change (online ↔ offline, debounced 10 s) it publishes to subscribers: only contacts who have that user's chat open or on screen, not every contact."}}},
		Deep:        []deepDive{{Title: "Presence without a heartbeat storm", Weight: 4, Body: "Presence is the highest-rate, lowest-value signal: every online device heartbeats. Heartbeats are absorbed by {c:ws} (which already knows the connection is alive) and written to {c:presencestore} as TTL keys, so an expired key *is* offline and no sweeper is needed. Changes are debounced (a flapping mobile connection is not ten status changes) and pushed only to subscribers who are looking at that user right now; everyone else reads last-seen lazily. Presence is allowed to be stale by seconds and is never persisted durably."}},
		Reliability: []string{"{c:presencestore} is deliberately ephemeral: if it is lost, users show offline until their next heartbeat (≤ 30 s) — degraded, not broken."},
		Tradeoffs:   []tradeoff{{Decision: "TTL keys for presence", Rejected: "writing presence to the database", Why: "presence changes constantly and is worthless after a minute; TTL keys cost nothing to expire"}},
	},
	{
		ID: "receipts", Name: "delivery and read receipts",
		Functional: []string{"Delivery and read receipts per message (sent, delivered, read)"},
	},
	{
		ID: "notifications", Name: "push notifications",
		Functional:  []string{"Push notifications to users who are offline or not in the app"},
		Components:  []string{"notifsvc", "pushprov", "queue"},
		Flows:       []flow{{Name: "Notify an offline user", Steps: []string{"A consumer of {c:queue} finds the recipient has no live connection.", "{c:notifsvc} checks the user's notification settings and mutes, collapses bursts (\"3 new messages\"), and sends through {c:pushprov} with the device tokens on file.", "Invalid tokens reported by APNs/FCM are removed."}}},
		Reliability: []string{"{c:notifsvc} retries provider errors with exponential backoff and jitter; notifications are best-effort and never block the main write path."},
		Tradeoffs:   []tradeoff{{Decision: "Provider push (APNs/FCM) for offline users", Rejected: "keeping a background connection open on mobile", Why: "mobile OSes kill background sockets; push is the only reliable wake-up"}},
	},
	{
		ID: "offline", Name: "offline support",
		Functional: []string{"Works offline: actions queue on the device and sync when the connection returns"},
		Deep: []deepDive{
			{Title: "Working through a cut link", Weight: 8, Body: "When a device or a whole site loses its link, people must go on working. Each client (or a small node at the site) keeps a local copy of what it needs to read and writes into a local outbox, every change carrying an idempotency key, the version it was based on and the time it was made. When the link returns the outbox replays in order; the server applies a change whose base version is still current and, for a conflict (two people changed the same thing apart), keeps the later state-machine step or asks a person — never silently the last one to sync. While cut off, screens say how old their data is, so nobody trusts a stale view as live."},
		},
		Reliability: []string{
			"Offline clients keep a local outbox; on reconnect they replay it with the original idempotency keys, so nothing is applied twice.",
		},
	},

	// Feeds and media.
	{
		ID: "feed", Name: "news feed / home timeline", Archetype: "social feed", Rank: 45,
		Load:       &loadProfile{WritesPerUser: 2, ReadsPerUser: 100, ReadWrite: 50, RecordBytes: 1000, ResponseBytes: 10_000, PeakFactor: 3, Retention: 5, Write: "post", Read: "timeline read"},
		Style:      "read-optimised services with precomputed timelines: writes are published as events and fanned out asynchronously so a feed read is a single cache lookup",
		Functional: []string{"Users publish posts", "Users follow other users", "Home timeline of posts from followed accounts, newest (or ranked) first", "Like and comment on posts"},
		NonFunctional: []string{
			"Feed read latency < 200 ms p99; a new post visible to followers within 5 s (eventual consistency is acceptable)",
			"Read-heavy: ≈ {read_write_ratio} reads per write",
		},
		OutOfScope: []string{"Ads ranking", "Direct messages", "Content moderation pipeline details"},
		UseCases:   []string{"A user publishes a post", "A user opens the app and scrolls the home timeline", "A user follows someone"},
		Entities: []entity{
			{Name: "Post", Store: "poststore", Key: "post_id (Snowflake: time-ordered)", Partition: "author_id", Indexes: "clustering by post_id desc", Fields: "post_id, author_id, text, media_ids[], created_at, like_count", Why: "write-once, read by id and by author: wide-column partitions by author scale writes"},
			{Name: "Follow", Store: "graphdb", Key: "(follower_id, followee_id)", Partition: "follower_id (following table) and followee_id (followers table)", Indexes: "both directions stored", Fields: "follower_id, followee_id, created_at", Why: "two denormalised tables make 'who do I follow' and 'who follows me' single-shard reads"},
			{Name: "Timeline", Store: "feedcache", Key: "timeline:{user_id}", Partition: "user_id", Indexes: "-", Fields: "list of the latest 800 post_ids", Why: "precomputed so a feed read is one lookup; rebuildable from the graph and posts"},
		},
		Components: []string{"client", "postsvc", "fanout", "feedsvc", "feedcache", "poststore", "graphdb", "queue", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/posts", Request: "{text, media_ids[]} + Idempotency-Key", Response: "201 {post_id, created_at}", Idempotent: true},
			{Method: "GET", Path: "/v1/feed?cursor=&limit=20", Response: "{posts[], next_cursor}", Paginated: true, Note: "cursor = last post_id seen, stable while new posts arrive"},
			{Method: "PUT", Path: "/v1/users/{id}/follow", Response: "204", Idempotent: true},
			{Method: "DELETE", Path: "/v1/users/{id}/follow", Response: "204", Idempotent: true},
			{Method: "GET", Path: "/v1/users/{id}/posts?cursor=", Response: "{posts[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Home feed", Shows: "infinite scroll of posts from followed accounts", Calls: []string{"GET /v1/feed"}},
			{Name: "Composer", Shows: "write a post, attach media", Calls: []string{"POST /v1/posts"}},
			{Name: "Profile", Shows: "a user's posts, follow button, follower counts", Calls: []string{"GET /v1/users/{id}/posts", "PUT /v1/users/{id}/follow"}},
		},
		Flows: []flow{
			{Name: "Publish a post", Steps: []string{"Client calls POST /v1/posts with an Idempotency-Key.", "{c:postsvc} writes the post to {c:poststore} and publishes PostCreated to {c:queue}.", "{c:fanout} reads the author's followers from {c:graphdb} in pages and prepends the post_id to each follower's timeline in {c:feedcache} (capped at 800 ids) — unless the author is a celebrity (> 100K followers), whose posts are pulled at read time instead."}},
			{Name: "Read the home feed", Steps: []string{"{c:feedsvc} reads `timeline:{user}` from {c:feedcache}.", "It merges in recent posts from the celebrities the user follows (pull).", "It hydrates post ids from {c:cache} (then {c:poststore} on a miss), drops deleted/blocked posts, and returns a page with a cursor."}},
		},
		Deep: []deepDive{
			{Title: "Fan-out on write vs on read, and the celebrity problem", Weight: 10, Body: "Pure fan-out on write makes reads cheap ({peak_read} feed reads/s peak become cache lookups) but one post by an account with 50M followers would mean 50M timeline writes. Pure fan-out on read makes posting cheap but every feed read must merge hundreds of authors. The hybrid: {c:fanout} pushes post ids to followers' timelines for ordinary authors (the median account has a few hundred followers), and skips accounts above a threshold (≈ 100K followers); {c:feedsvc} pulls those celebrities' recent posts at read time and merges them. Timelines are kept only for users active in the last 30 days; an inactive user's timeline is rebuilt on return by pulling from the accounts they follow."},
			{Title: "Hot keys: a viral post", Weight: 6, Body: "A viral post is read millions of times a minute: one cache key on one Redis shard. Keep hot post objects in a small in-process LRU on every {c:feedsvc} instance (1-5 s TTL), and replicate known-hot keys across shards with a suffix (post:{id}#1..N) chosen at random on read. Like counts are sharded counters summed on read, so the write side of a viral post is spread too."},
		},
		Caching: []string{
			"{c:feedcache}: per-user timeline lists (800 ids ≈ 6 KB each); written by fan-out, trimmed on write, evicted LRU for inactive users and rebuilt on demand.",
			"{c:cache}: post objects by id, TTL 1 h, invalidated on edit/delete by key deletion; in-process LRU for the hottest posts.",
		},
		Partitioning: []string{"{c:poststore} by author_id; {c:graphdb} follow edges twice (by follower and by followee); {c:feedcache} by user_id."},
		Async:        []string{"{c:fanout} consumes PostCreated from {c:queue}; a celebrity's post is not fanned out at all."},
		Reliability:  []string{"If {c:feedcache} loses a shard, timelines on it are rebuilt on read from {c:graphdb} + {c:poststore} (slower, not broken)."},
		Tradeoffs: []tradeoff{
			{Decision: "Hybrid fan-out (push for most, pull for celebrities)", Rejected: "pure fan-out on write or pure fan-out on read", Why: "push alone explodes on celebrities; pull alone makes every read expensive"},
			{Decision: "Cassandra (wide-column) for posts", Rejected: "sharded MySQL/PostgreSQL", Why: "posts are written once and read by id or by author and time — a partition-key access pattern that a wide-column store scales linearly, with no resharding projects"},
			{Decision: "Eventual consistency for timelines", Rejected: "synchronous timeline writes", Why: "a post showing up 2 s later is invisible to users; blocking the post on millions of writes is not"},
		},
		Open: []string{"Chronological or ranked feed? Ranking adds a candidate-scoring stage after the merge."},
	},
	{
		ID: "engagement", Name: "likes and comments",
		Functional: []string{"Like and comment on items; show counts"},
		Entities:   []entity{{Name: "Comment", Store: "engagedb", Key: "(item_id, comment_id)", Partition: "item_id", Indexes: "clustering by comment_id desc", Fields: "item_id, comment_id, author_id, text, created_at", Why: "read by item, newest first"}},
		Components: []string{"engagesvc", "engagedb", "cache"},
		APIs: []endpoint{
			{Method: "PUT", Path: "/v1/items/{id}/like", Response: "204", Idempotent: true, Note: "PUT makes a repeated like a no-op"},
			{Method: "POST", Path: "/v1/items/{id}/comments", Request: "{text} + Idempotency-Key", Response: "201 {comment_id}", Idempotent: true},
			{Method: "GET", Path: "/v1/items/{id}/comments?cursor=", Response: "{comments[], next_cursor}", Paginated: true},
		},
		Caching: []string{"Like counts as sharded counters in {c:cache} (N sub-keys per hot item, summed on read), flushed to {c:engagedb} every few seconds."},
	},
	{
		ID: "photo", Name: "photo sharing", Archetype: "photo sharing app", Rank: 44,
		Load:       &loadProfile{WritesPerUser: 2, ReadsPerUser: 100, ReadWrite: 50, RecordBytes: 1000, MediaBytes: 2_000_000, ResponseBytes: 200_000, PeakFactor: 3, Retention: 5, Write: "photo upload", Read: "photo view"},
		Functional: []string{"Upload photos with captions", "Photos served in sizes fitting each screen"},
		Entities:   []entity{{Name: "Photo", Store: "objstore", Key: "photos/{photo_id}/{variant}.jpg", Partition: "object key (hash-prefixed)", Indexes: "metadata row: (owner_id, created_at)", Fields: "original + thumbnail, 640 px, 1080 px variants", Why: "immutable blobs belong in object storage; the database keeps only metadata"}},
		Components: []string{"imgworker"},
		Flows:      []flow{{Name: "Process a photo", Steps: []string{"On MediaUploaded, {c:imgworker} reads the original from {c:objstore}, strips EXIF location, and writes thumbnail/640/1080 px WebP/JPEG variants.", "The media row is marked ready; clients fetch variants through {c:cdn}."}}},
	},
	{
		ID: "media", Name: "media upload and delivery",
		NonFunctional: []string{"Media served from edge locations: first byte < 100 ms for most users", "Uploaded media is never lost (object storage, 11 nines durability)"},
		Entities:      []entity{{Name: "Media", Store: "appdb", Key: "media_id", Partition: "media_id", Indexes: "(owner_id, created_at)", Fields: "media_id, owner_id, object_key, content_type, bytes, width, height, status (uploading|ready), variants[]", Why: "metadata only; the bytes live in object storage"}},
		Components:    []string{"client", "cdn", "mediasvc", "objstore", "queue"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/media", Request: "{content_type, bytes, sha256}", Response: "201 {media_id, upload_url (pre-signed, multipart for > 5 MB)}", Idempotent: true, Note: "same sha256 + owner returns the existing media (dedup)"},
			{Method: "POST", Path: "/v1/media/{id}/complete", Request: "{parts[]}", Response: "{media_id, status}", Idempotent: true},
		},
		Flows:     []flow{{Name: "Upload media", Steps: []string{"Client asks {c:mediasvc} for an upload; it returns a pre-signed (multipart, resumable) URL for {c:objstore}.", "The client uploads bytes straight to {c:objstore} — they never pass through our servers.", "On completion {c:mediasvc} publishes MediaUploaded to {c:queue} for processing; the post referencing the media becomes visible once variants are ready.", "Reads go through {c:cdn}, which fetches from {c:objstore} on a miss."}}},
		Deep:      []deepDive{{Title: "Media storage and delivery cost", Weight: 5, Body: "Media dominates storage ({storage_month}/month, {storage_5y} over five years) and egress ({egress}). Bytes go straight from clients to {c:objstore} via pre-signed URLs and leave through {c:cdn}, whose hit ratio (target > 95% for popular media) decides origin cost. Objects are immutable and content-addressed, so the CDN can cache them for a year and invalidation is never needed: an edit is a new key. Older, rarely read media moves to an infrequent-access storage tier after 30-90 days by lifecycle rule."}},
		Caching:   []string{"{c:cdn}: immutable media with `Cache-Control: max-age=31536000, immutable`; new content gets new keys, so no purge is ever needed."},
		Security:  []string{"Uploads via short-lived pre-signed URLs scoped to one object; private media served with signed CDN URLs (expiring)."},
		Tradeoffs: []tradeoff{{Decision: "Direct-to-object-storage uploads with pre-signed URLs", Rejected: "proxying uploads through the API servers", Why: "keeps large bytes off the app tier and lets uploads resume"}},
	},
	{
		ID: "video", Name: "video upload, transcoding and streaming", Archetype: "video platform", Rank: 48,
		Load:          &loadProfile{WritesPerUser: 0.01, ReadsPerUser: 5, ReadWrite: 2000, RecordBytes: 5000, MediaBytes: 500_000_000, ResponseBytes: 50_000_000, PeakFactor: 2, Retention: 5, Write: "upload", Read: "view"},
		Style:         "an asynchronous media pipeline (upload → transcode → publish) decoupled from a read path that is almost entirely served by the CDN",
		Functional:    []string{"Creators upload large videos (resumable, chunked uploads)", "Videos are transcoded into multiple resolutions and bitrates for adaptive streaming", "Viewers stream with minimal buffering on any network", "Video metadata: title, description, owner, view counts"},
		NonFunctional: []string{"Playback start < 2 s p95; rebuffering ratio < 0.5%", "An uploaded video is playable within minutes (processing time ≈ 1-2× its duration at worst)", "Global delivery: most bytes served from CDN edges"},
		OutOfScope:    []string{"Live streaming", "Recommendations ranking", "Monetisation/ads", "Copyright matching"},
		UseCases:      []string{"A creator uploads a video", "A viewer watches a video", "A viewer searches and comments"},
		Entities: []entity{
			{Name: "Video", Store: "videodb", Key: "video_id", Partition: "video_id", Indexes: "(owner_id, created_at), status", Fields: "video_id, owner_id, title, description, duration, status (uploading|processing|ready), renditions[], view_count", Why: "metadata is small and relational; sharded MySQL (Vitess) is proven for it"},
			{Name: "Video segment", Store: "objstore", Key: "videos/{video_id}/{rendition}/{segment_no}.m4s", Partition: "object key", Indexes: "manifest per rendition (HLS .m3u8 / DASH .mpd)", Fields: "2-6 s CMAF segments per rendition", Why: "immutable blobs read by byte range through the CDN"},
		},
		Components: []string{"client", "cdn", "videosvc", "transcoder", "videodb", "objstore", "queue", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/videos", Request: "{title, description, bytes, sha256}", Response: "201 {video_id, upload_session: {part_size, part_urls[]}}", Idempotent: true, Note: "resumable: parts can be retried or resumed after a failure"},
			{Method: "POST", Path: "/v1/videos/{id}/complete", Request: "{parts[]: etag}", Response: "202 {status: processing}", Idempotent: true},
			{Method: "GET", Path: "/v1/videos/{id}", Response: "{metadata, status, manifest_url (signed CDN URL)}"},
			{Method: "GET", Path: "/v1/users/{id}/videos?cursor=", Response: "{videos[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Upload", Shows: "file picker, progress per chunk, processing status", Calls: []string{"POST /v1/videos", "POST /v1/videos/{id}/complete"}},
			{Name: "Watch", Shows: "adaptive player, title, likes, comments", Calls: []string{"GET /v1/videos/{id}", "GET /v1/items/{id}/comments"}},
			{Name: "Channel", Shows: "a creator's videos", Calls: []string{"GET /v1/users/{id}/videos"}},
		},
		Flows: []flow{
			{Name: "Upload and process a video", Steps: []string{
				"Client creates an upload session with {c:videosvc} and uploads 8 MB chunks in parallel straight to {c:objstore} (multipart, resumable).",
				"On completion {c:videosvc} marks the video processing and publishes VideoUploaded to {c:queue}.",
				"{c:transcoder} runs a DAG: validate → split into segments → encode each segment into every rendition (240p…1080p/4K, H.264 + VP9/AV1) in parallel → package HLS/DASH manifests → thumbnails.",
				"Segments and manifests land in {c:objstore}; the video row flips to ready and the indexer updates search."}},
			{Name: "Watch a video", Steps: []string{
				"Player fetches metadata and a signed manifest URL from {c:videosvc} (served from {c:cache}).",
				"It downloads the manifest and segments from {c:cdn}; the adaptive bitrate (ABR) algorithm picks the rendition per segment from measured throughput and buffer level.",
				"View events are batched to {c:queue} and aggregated into view counts."}},
		},
		Deep: []deepDive{
			{Title: "The transcoding pipeline", Weight: 10, Body: "Uploads ({write} videos/s on average, up to several GB each) are split into ≈ 4-second segments at keyframes so one video is transcoded by many workers in parallel: a 10-minute video becomes 150 segments × ~6 renditions = 900 small encode tasks, done in about the time of the slowest segment. Tasks go through {c:queue} with at-least-once delivery; each task's output key is deterministic (`{video}/{rendition}/{segment}`), so a retried task overwrites identical bytes and the DAG is idempotent. Workers run on spot instances because any task can be retried; popular codecs (AV1) are encoded lazily only for videos that become popular, saving encode cost on the long tail."},
			{Title: "Adaptive streaming and the CDN", Weight: 8, Body: "Viewers pull {peak_read} playback starts/s at peak and about {egress} of video on average — only a CDN can serve that. Segments are immutable and cache for a long time; the manifest lists renditions (bitrate ladder) and the player's ABR logic (throughput + buffer based) switches between them per segment, which is what keeps buffering low on poor networks. Popular videos are pre-warmed to edges; the long tail is served through a regional mid-tier cache so {c:objstore} sees a small fraction of requests."},
		},
		Caching:      []string{"{c:cdn}: segments and manifests (immutable, long TTL); {c:cache}: video metadata by id, TTL 5 min, invalidated on edit; view counts aggregated in memory and flushed in batches."},
		Partitioning: []string{"{c:videodb} sharded by video_id (Vitess), with a secondary table by owner_id for channel pages; {c:objstore} keys hash-prefixed to spread load."},
		Async:        []string{"Transcoding, thumbnailing, search indexing and view counting all run off {c:queue}; the upload API only waits for the bytes."},
		Reliability:  []string{"A failed transcode task is retried (idempotent outputs); after 3 failures the video is marked failed and the creator notified. Originals are kept so any rendition can be regenerated."},
		Tradeoffs: []tradeoff{
			{Decision: "Segment-parallel transcoding on a queue", Rejected: "one worker per whole video", Why: "parallel segments cut processing time from hours to minutes and make retries cheap"},
			{Decision: "HLS/DASH adaptive bitrate over a CDN", Rejected: "progressive download of one file", Why: "adaptive streams keep playing on bad networks; one big file buffers"},
		},
		Bottlenecks: []string{"Encode capacity during upload spikes: the queue absorbs bursts and workers autoscale on queue depth."},
	},

	// Search.
	{
		ID: "search", Name: "search",
		Functional:    []string{"Full-text search with filters, ranked by relevance"},
		NonFunctional: []string{"Search latency < 300 ms p99; new content searchable within a minute"},
		Entities:      []entity{{Name: "Search document", Store: "search", Key: "doc_id", Partition: "hash(doc_id) across index shards", Indexes: "inverted index on title/description/tags; filters on category, created_at", Fields: "denormalised fields needed to rank and display a hit", Why: "derived from the source of truth by change events; rebuildable"}},
		Components:    []string{"searchsvc", "search", "indexer", "queue"},
		APIs:          []endpoint{{Method: "GET", Path: "/v1/search?q=&filters=&cursor=", Response: "{hits[], next_cursor}", Paginated: true}},
		Screens:       []screen{{Name: "Search results", Shows: "results with filters", Calls: []string{"GET /v1/search"}}},
		Flows:         []flow{{Name: "Index and search", Steps: []string{"Source-of-truth changes are published to {c:queue}; {c:indexer} bulk-writes them to {c:search} (near-real-time refresh ≈ 1 s).", "{c:searchsvc} runs the query against {c:search}, applies permission filters and returns a page of hits."}}},
		Caching:       []string{"Popular query results cached in {c:searchsvc} for 30-60 s."},
		Tradeoffs:     []tradeoff{{Decision: "A dedicated search index fed by change events", Rejected: "LIKE queries on the primary database", Why: "relevance ranking and full-text matching need an inverted index; keeping it off the primary protects the write path"}},
	},

	// Geo.
	{
		ID: "ride", Name: "ride hailing", Archetype: "ride-hailing service", Rank: 55,
		Load:          &loadProfile{WritesPerUser: 4, ReadsPerUser: 20, ReadWrite: 1, RecordBytes: 200, ResponseBytes: 1000, PeakFactor: 3, Retention: 5, Write: "location update", Read: "location read"},
		Style:         "geo-partitioned services: each city/region is served by its own partition of the location index and matching, with a streaming backbone for locations",
		Functional:    []string{"Riders request a ride with pickup and destination and get a fare estimate", "Nearby available drivers are matched and offered the trip within seconds", "Drivers stream their GPS location; riders and drivers see live trip tracking", "Trip lifecycle: request, match, pickup, drop-off, payment, rating", "Surge pricing when demand outstrips supply"},
		NonFunctional: []string{"Match within a few seconds (p95 < 5 s)", "Location freshness: a driver's position in the index is at most one update interval old", "A trip is never assigned to two drivers, and a driver never gets two trips at once"},
		OutOfScope:    []string{"Driver onboarding and background checks", "Carpooling route optimisation", "Fraud detection internals"},
		UseCases:      []string{"A rider requests a ride", "The system matches a nearby driver", "Both sides track the trip live", "The rider is charged at drop-off"},
		Entities: []entity{
			{Name: "Driver location", Store: "geoindex", Key: "driver_id", Partition: "geohash cell (region shard)", Indexes: "geospatial index (GEOADD/GEOSEARCH on geohash); status (available|on_trip)", Fields: "driver_id, lat, lng, heading, status, updated_at", Why: "only the latest position matters for matching and it changes every few seconds: an in-memory geospatial index, not a database"},
			{Name: "Trip", Store: "tripdb", Key: "trip_id", Partition: "city_id", Indexes: "(rider_id, created_at), (driver_id, created_at), status", Fields: "trip_id, city_id, rider_id, driver_id, pickup, dropoff, state, fare, surge_multiplier, timestamps", Why: "a state machine needing transactions (one driver per trip), modest write rate"},
			{Name: "Location history", Store: "objstore", Key: "city/date/hour/driver_id", Partition: "time", Indexes: "-", Fields: "GPS breadcrumbs for fares, disputes and ETA models", Why: "append-only archive from the location stream; cheap object storage"},
		},
		Components: []string{"client", "ws", "locsvc", "geoindex", "matchsvc", "tripsvc", "pricingsvc", "tripdb", "maps", "queue", "cache", "objstore"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/rides/estimate", Request: "{pickup, dropoff}", Response: "{fare_estimate, surge_multiplier, eta_minutes, quote_id}"},
			{Method: "POST", Path: "/v1/rides", Request: "{quote_id, pickup, dropoff, payment_method_id} + Idempotency-Key", Response: "201 {trip_id, state: requested}", Idempotent: true},
			{Method: "WS (driver)", Path: "location.update", Request: "{lat, lng, heading, speed, ts}", Response: "none (fire-and-forget, latest wins)", Note: "every few seconds while online"},
			{Method: "POST", Path: "/v1/offers/{id}/accept", Response: "200 {trip_id} | 409 already taken", Idempotent: true, Auth: "driver token"},
			{Method: "GET", Path: "/v1/rides/{id}", Response: "{trip, driver_location, eta}"},
			{Method: "GET", Path: "/v1/rides?cursor=", Response: "{trips[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Rider: request", Shows: "map with nearby cars, pickup/destination, fare estimate", Calls: []string{"POST /v1/rides/estimate", "POST /v1/rides"}},
			{Name: "Rider: live trip", Shows: "driver on the map, ETA, trip status", Calls: []string{"GET /v1/rides/{id}", "WS trip events"}},
			{Name: "Driver: online", Shows: "offers with countdown, navigation", Calls: []string{"WS location.update", "POST /v1/offers/{id}/accept"}},
		},
		Flows: []flow{
			{Name: "Driver location updates", Steps: []string{"Driver app sends `location.update` over its WebSocket every few seconds.", "{c:locsvc} updates the driver's point in {c:geoindex} (GEOADD into the city shard) and appends the update to {c:queue} (partitioned by driver_id).", "Consumers of the location stream push positions to the rider of an active trip, feed ETA/pricing, and archive breadcrumbs to {c:objstore}."}},
			{Name: "Request and match a ride", Steps: []string{"Rider requests; {c:tripsvc} creates the trip (state requested) in {c:tripdb} with the idempotency key.", "{c:matchsvc} queries {c:geoindex} for available drivers within a radius (expanding 1 → 3 → 5 km), ranks by road ETA from {c:maps}.", "It offers the trip to the best driver with a 10-15 s timeout, holding an offer lock in {c:cache} (SET NX) so the driver gets one offer at a time; on decline/timeout it offers the next.", "On accept, {c:tripsvc} moves the trip to matched with a conditional update (only if still requested), so two accepts cannot both win.", "Both apps receive trip events over WebSocket; at drop-off the fare is computed and the payment is charged."}},
		},
		Deep: []deepDive{
			{Title: "Ingesting {peak_write} location updates/s", Weight: 10, Body: "Location updates are the dominant load: small, frequent, and only the latest matters. {c:locsvc} is stateless and partitioned by city; each update is one GEOADD into the city's shard of {c:geoindex} (Redis, in memory, replicated) plus an append to {c:queue}. Nothing touches a disk-bound database on the hot path. A Redis shard handles ≈ 100K GEOADD/s, so the write rate needs on the order of {geo_shards} shards, split by geohash prefix so dense cities get more shards. Clients send deltas less often when the driver is stationary, and the server drops out-of-order updates by timestamp (latest wins)."},
			{Title: "Geospatial indexing and matching", Weight: 9, Body: "Drivers are indexed by geohash (or S2/H3 cells): a nearby search looks up the rider's cell and its 8 neighbours, then filters by exact distance — O(drivers nearby), not O(all drivers). Cell precision adapts to density (≈ 1.2 km cells downtown, larger in suburbs). Matching ranks candidates by road ETA (routing service), not straight-line distance, and dispatches one offer at a time per driver with an offer lock in {c:cache}, so a driver never gets two trips; the trip row's conditional update (`state = 'requested'`) makes assignment exactly-once even if two drivers accept."},
			{Title: "Surge pricing", Weight: 5, Body: "{c:pricingsvc} computes a multiplier per geo cell every 30-60 s from open requests vs available drivers in that cell (from the location stream), smoothed to avoid oscillation. The quote shown to the rider is stored with a quote_id and honoured for a few minutes, so the price the rider accepted is the price charged."},
		},
		Caching:      []string{"{c:geoindex} is the cache of record for live positions; surge multipliers per cell and road ETAs between popular cells cached in {c:cache} for 30-60 s."},
		Partitioning: []string{"Everything hot is partitioned by geography: {c:geoindex} by geohash prefix/city, {c:matchsvc} by city, {c:tripdb} by city_id; the location stream in {c:queue} by driver_id."},
		Async:        []string{"Location archive, ETA model features and surge computation consume the location stream from {c:queue}."},
		Reliability:  []string{"If a {c:geoindex} shard fails, its replica is promoted; the index refills from live updates within one update interval anyway, so even a total loss heals in seconds."},
		Tradeoffs: []tradeoff{
			{Decision: "In-memory geo index (Redis GEO / geohash cells)", Rejected: "a spatial index in PostgreSQL/PostGIS on the hot path", Why: "millions of position updates per second would overwhelm a disk-based index; positions are ephemeral anyway"},
			{Decision: "Geohash cells", Rejected: "a quadtree held in each matching server", Why: "geohash prefixes shard and range-scan naturally in a KV store; a quadtree adapts to density better but must be rebuilt and kept consistent across servers (S2/H3 are good alternatives)"},
		},
		Bottlenecks: []string{"Dense events (stadium exit, airport): cells split finer and matching batches requests per cell every second instead of greedily one by one."},
	},
	{
		ID: "food", Name: "food delivery", Archetype: "food delivery platform", Rank: 54,
		Load:          &loadProfile{WritesPerUser: 1, ReadsPerUser: 30, ReadWrite: 30, RecordBytes: 2000, ResponseBytes: 5000, PeakFactor: 4, Retention: 5, Write: "order", Read: "menu or status read"},
		Style:         "domain services (restaurants, orders, dispatch, payments) around an event log, with the courier side geo-partitioned like ride hailing",
		Functional:    []string{"Browse and search nearby restaurants and menus", "Place an order and pay", "Restaurant accepts and prepares the order", "A nearby courier is dispatched; customer tracks the courier live", "Notifications at each order step"},
		NonFunctional: []string{"Courier dispatched within a minute of the restaurant accepting", "Lunch and dinner peaks ≈ 4× the daily average"},
		OutOfScope:    []string{"Restaurant onboarding", "Courier payouts"},
		UseCases:      []string{"A customer orders from a nearby restaurant", "The restaurant accepts", "A courier is assigned and delivers", "The customer tracks the delivery"},
		Entities: []entity{
			{Name: "Restaurant & menu", Store: "appdb", Key: "restaurant_id", Partition: "city_id", Indexes: "geo index on location (via search), (restaurant_id) for menu items", Fields: "restaurant_id, city_id, name, location, hours, menu_items[]", Why: "relational, read-heavy, cached"},
			{Name: "Courier location", Store: "geoindex", Key: "courier_id", Partition: "geohash cell", Indexes: "geospatial index", Fields: "courier_id, lat, lng, status", Why: "ephemeral latest position, in memory"},
		},
		Components: []string{"client", "restsvc", "appdb", "matchsvc", "locsvc", "geoindex", "ordersvc", "orderdb", "maps", "queue", "cache", "ws"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/restaurants?lat=&lng=&q=&cursor=", Response: "{restaurants[] with ETA, next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/restaurants/{id}/menu", Response: "{items[]}"},
			{Method: "POST", Path: "/v1/restaurants/{id}/orders/{order_id}/accept", Response: "200", Idempotent: true, Auth: "restaurant token"},
		},
		Screens: []screen{
			{Name: "Home", Shows: "nearby restaurants, search", Calls: []string{"GET /v1/restaurants"}},
			{Name: "Menu", Shows: "items, add to cart", Calls: []string{"GET /v1/restaurants/{id}/menu"}},
			{Name: "Order tracking", Shows: "order status, courier on the map", Calls: []string{"GET /v1/orders/{id}", "WS order events"}},
			{Name: "Restaurant tablet", Shows: "incoming orders to accept", Calls: []string{"POST /v1/restaurants/{id}/orders/{order_id}/accept"}},
		},
		Flows:     []flow{{Name: "Order to doorstep", Steps: []string{"Customer places an order; {c:ordersvc} writes it with an outbox row and authorises payment.", "The restaurant tablet receives it and accepts with a prep-time estimate.", "{c:matchsvc} searches {c:geoindex} for couriers near the restaurant, timed so the courier arrives as the food is ready, and offers the job.", "The courier streams location through {c:locsvc}; the customer sees it live; payment is captured at delivery."}}},
		Deep:      []deepDive{{Title: "Dispatch: when and whom to assign", Weight: 9, Body: "Assigning the nearest courier at order time wastes courier minutes at the restaurant. {c:matchsvc} runs per city every few seconds as a batch assignment: pending orders × available couriers from {c:geoindex} (geohash neighbourhood search), scored by road ETA to the restaurant vs food-ready time, solved greedily or as a min-cost matching. Offers carry a lock so a courier holds one offer at a time; acceptance updates the order conditionally so an order is assigned exactly once."}},
		Caching:   []string{"Menus and restaurant cards in {c:cache} (TTL 5 min, invalidated on menu change events)."},
		Tradeoffs: []tradeoff{{Decision: "Batched, ETA-aware dispatch", Rejected: "greedy nearest-courier assignment", Why: "batching per few seconds finds better global assignments and fewer idle minutes"}},
	},
	{
		ID: "geo", Name: "geospatial search",
		Functional: []string{"Find things near a location (radius / nearest-N queries)"},
		Components: []string{"geoindex", "maps"},
		Security:   []string{"Precise locations are personal data: stored only as long as needed, coarsened in analytics, and visible to the other party only during an active trip/order."},
	},
	{
		ID: "tracking", Name: "live location tracking",
		Functional: []string{"Live location tracking visible to the other party"},
		Components: []string{"locsvc", "geoindex", "queue", "ws"},
	},

	// Commerce.
	{
		ID: "orders", Name: "cart and orders", Archetype: "e-commerce checkout", Rank: 40,
		// A statement about checkout is about checkout, not the whole store; stock "reservation"
		// is not a booking.
		Load:          &loadProfile{WritesPerUser: 0.2, ReadsPerUser: 20, ReadWrite: 10, RecordBytes: 2000, ResponseBytes: 4000, PeakFactor: 5, Retention: 7, Write: "order", Read: "order or cart read"},
		Style:         "domain services with strongly consistent stores for orders, inventory and payments, coordinated by an orchestrated saga with a transactional outbox",
		Functional:    []string{"Cart: add, update, remove items", "Place an order: reserve inventory, take payment, confirm", "Order history and status", "Refunds and cancellations"},
		NonFunctional: []string{"Never charge a customer twice and never lose an acknowledged order, even if a service crashes mid-flow", "Order placement < 1 s p99 excluding the payment processor", "Strong consistency (ACID) for orders, inventory and payments; eventual consistency is fine for order history views"},
		OutOfScope:    []string{"Product catalogue and search", "Shipping/fulfilment logistics", "Tax calculation internals"},
		UseCases:      []string{"A customer checks out a cart", "The order is paid and confirmed", "A customer asks for a refund"},
		Entities: []entity{
			{Name: "Cart", Store: "cartstore", Key: "customer_id", Partition: "customer_id", Indexes: "-", Fields: "customer_id, items[] (sku, qty, price_snapshot), updated_at", Why: "one item per customer, written often, never joined: a key-value store"},
			{Name: "Order", Store: "orderdb", Key: "order_id", Partition: "customer_id", Indexes: "(customer_id, created_at desc), unique(idempotency_key), status", Fields: "order_id, customer_id, idempotency_key, status, lines[], total, currency, payment_intent_id, created_at", Why: "ACID transactions: the order row and its outbox event commit together"},
			{Name: "Outbox event", Store: "orderdb", Key: "event_id", Partition: "same shard as the order", Indexes: "(published, created_at)", Fields: "event_id, aggregate_id, type, payload, published", Why: "transactional outbox: events are published if and only if the order change committed"},
		},
		Components: []string{"client", "cartsvc", "cartstore", "ordersvc", "orderdb", "queue", "cache"},
		APIs: []endpoint{
			{Method: "PUT", Path: "/v1/cart/items/{sku}", Request: "{qty}", Response: "{cart}", Idempotent: true},
			{Method: "POST", Path: "/v1/orders", Request: "{cart_version, shipping_address, payment_method_id} + Idempotency-Key header", Response: "201 {order_id, status: pending|confirmed}", Idempotent: true, Note: "a retry with the same key returns the same order"},
			{Method: "GET", Path: "/v1/orders/{id}", Response: "{order, status}"},
			{Method: "GET", Path: "/v1/orders?cursor=", Response: "{orders[], next_cursor}", Paginated: true},
			{Method: "POST", Path: "/v1/orders/{id}/refunds", Request: "{lines[], reason} + Idempotency-Key", Response: "202 {refund_id}", Idempotent: true},
		},
		Screens: []screen{
			{Name: "Cart", Shows: "items, quantities, totals", Calls: []string{"PUT /v1/cart/items/{sku}"}},
			{Name: "Checkout", Shows: "address, payment method, place order (button disabled after click)", Calls: []string{"POST /v1/orders"}},
			{Name: "Orders", Shows: "order history and status, refund button", Calls: []string{"GET /v1/orders", "POST /v1/orders/{id}/refunds"}},
		},
		Flows: []flow{{Name: "Place an order (saga)", Steps: []string{
			"Client calls POST /v1/orders with an Idempotency-Key; {c:ordersvc} inserts the order (status pending) and an OrderCreated outbox row in one transaction in {c:orderdb}. A duplicate key returns the existing order.",
			"Saga step 1: {c:inventorysvc} reserves stock (conditional decrement, reservation expires in 15 min).",
			"Saga step 2: {c:paysvc} creates a payment intent with the order's idempotency key and authorises with the processor.",
			"Saga step 3: on success the order is confirmed and the reservation committed; payment is captured at shipment.",
			"On any failure the saga compensates in reverse: void the authorisation, release the reservation, mark the order failed. Each step is retried with the same keys, so a crash at any point resumes safely.",
			"The outbox relay publishes committed events to {c:queue} for email, analytics and fulfilment."}}},
		Deep: []deepDive{
			{Title: "Never charge twice, never lose an order", Weight: 10, Body: "Three mechanisms together. (1) Idempotency keys end to end: the client generates one per checkout attempt; {c:ordersvc} stores it with a unique constraint, {c:paysvc} passes it to the payment processor, so a retried request — from a double click, a timeout, or a crashed worker — finds the existing order/intent instead of creating a second. (2) The transactional outbox: the order row and its event commit in one ACID transaction, so there is never an order without its event or an event without its order (no dual writes). (3) An orchestrated saga with persisted state: {c:ordersvc} records each step's outcome, so after a crash it resumes from the last recorded step, and failures trigger compensations (void, release, refund) instead of distributed two-phase commit across services and the external processor, which cannot take part in 2PC anyway. Anything stuck (unknown payment outcome after a timeout) is resolved by querying the processor and by the daily reconciliation."},
			{Title: "Flash-sale peaks", Weight: 7, Body: "A flash sale multiplies traffic by {peak_factor}× ({peak_write} orders/s peak against {write}/s on average). Protect the order path with admission control: a queue-based virtual waiting room or token bucket at {c:gateway}, so excess load waits instead of failing. Hot SKUs are the real bottleneck: one row decremented by thousands of buyers. Split a hot SKU's stock into N sub-buckets (rows) and reserve from a random one, or pre-allocate stock to a Redis counter with an atomic Lua decrement and reconcile to the database asynchronously. Read paths (product pages) are cached and served stale during the spike."},
		},
		Caching:      []string{"Product prices and availability summaries cached (TTL 30 s); orders, inventory and payments are never served from a cache for writes — the database is the authority."},
		Partitioning: []string{"{c:orderdb} sharded by customer_id (a customer's orders on one shard; an order id embeds the shard), {c:cartstore} by customer_id."},
		Async:        []string{"Confirmation emails, fulfilment and analytics consume order events from {c:queue}, published by the outbox relay (CDC)."},
		Reliability:  []string{"Order, inventory and payment databases use synchronous replication to a standby in another zone (RPO 0) with automatic failover; point-in-time recovery from continuous WAL archiving."},
		Security:     []string{"PCI DSS scope kept minimal: card data is tokenised by the payment processor's client SDK and never touches our servers."},
		Tradeoffs: []tradeoff{
			{Decision: "Orchestrated saga with compensations", Rejected: "two-phase commit across services", Why: "2PC blocks on a crashed coordinator and the external payment processor cannot participate; a saga with idempotent steps recovers from crashes"},
			{Decision: "Transactional outbox + CDC", Rejected: "writing to the database and then publishing to Kafka (dual write)", Why: "a crash between the two writes loses or invents events; the outbox makes publication follow the commit"},
			{Decision: "PostgreSQL (ACID) for orders", Rejected: "an eventually consistent NoSQL store", Why: "orders and money need transactions and constraints (unique idempotency key) more than unlimited write scale; {write} orders/s is modest"},
		},
		Bottlenecks: []string{"Hot SKUs during flash sales (stock split into sub-buckets); the payment processor's own rate limits (queue and smooth calls)."},
		Open:        []string{"Authorise at order time and capture at shipment, or capture immediately?"},
	},
	{
		ID: "payments", Name: "payments",
		Functional:    []string{"Take payments through an external payment processor; refunds"},
		NonFunctional: []string{"Exactly-once effect for money movement: no double charges (idempotency keys), every cent accounted for in a double-entry ledger"},
		Entities: []entity{
			{Name: "Payment intent", Store: "ledgerdb", Key: "intent_id", Partition: "merchant/customer id", Indexes: "unique(idempotency_key), (status, updated_at) for stuck-intent sweeps", Fields: "intent_id, idempotency_key, amount, currency, status (created|authorized|captured|failed|refunded), psp_reference", Why: "money needs ACID transactions and unique constraints"},
			{Name: "Ledger entry", Store: "ledgerdb", Key: "(entry_id)", Partition: "account_id", Indexes: "(account_id, created_at), (intent_id)", Fields: "entry_id, intent_id, account_id, direction (debit|credit), amount, currency", Why: "append-only double-entry: every movement is a balanced pair, so balances are auditable and reconcilable"},
		},
		Components:  []string{"paysvc", "ledgerdb", "psp", "reconciler", "queue"},
		APIs:        []endpoint{{Method: "POST", Path: "/v1/payments", Request: "{amount, currency, payment_method_id, reference} + Idempotency-Key", Response: "201 {intent_id, status}", Idempotent: true, Auth: "service token"}},
		Flows:       []flow{{Name: "Charge", Steps: []string{"{c:paysvc} inserts a payment intent keyed by the idempotency key (unique) in {c:ledgerdb}; a duplicate returns the existing intent.", "It calls {c:psp} with the same idempotency key; the processor dedups too.", "The result and balanced ledger entries commit in one transaction; a PaymentSucceeded/Failed event goes out via the outbox.", "Webhooks from the processor are verified (signature) and applied idempotently; timeouts leave the intent 'unknown' until a status query or {c:reconciler} resolves it."}}},
		Deep:        []deepDive{{Title: "Exactly-once payments", Weight: 9, Body: "Networks make 'exactly once' impossible to send but possible to *effect*: every charge carries an idempotency key that is unique in {c:ledgerdb} and forwarded to {c:psp}, so retries at any layer converge on one charge. Intents are a state machine (created → authorized → captured / failed / refunded) updated with conditional writes, never blind overwrites. A timeout is treated as *unknown*, not failure: the intent is re-queried at the processor before any retry or compensation. {c:reconciler} compares the ledger with the processor's settlement report daily and alerts on any mismatch, which catches the remaining edge cases (lost webhooks, manual refunds)."}},
		Reliability: []string{"Payment calls retried with exponential backoff and the same idempotency key; a circuit breaker around {c:psp} fails fast and queues captures when the processor is degraded."},
		Security:    []string{"Payments: card data never stored (processor tokens only, PCI DSS SAQ-A scope); webhook signatures verified; ledger rows append-only with audit trail."},
		Tradeoffs:   []tradeoff{{Decision: "Double-entry ledger in a relational database", Rejected: "a balance column updated in place", Why: "an append-only ledger is auditable and reconcilable; in-place balances lose history and hide bugs"}},
	},
	{
		ID: "inventory", Name: "inventory reservation",
		Functional:  []string{"Reserve inventory during checkout; never oversell"},
		Entities:    []entity{{Name: "Stock / reservation", Store: "inventorydb", Key: "(sku, bucket)", Partition: "sku", Indexes: "reservations by (expires_at) for the expiry sweep", Fields: "sku, bucket, available, reserved; reservation: id, order_id, qty, expires_at", Why: "a conditional decrement (`UPDATE … SET available = available - n WHERE available >= n`) in an ACID store is the simplest correct way not to oversell"}},
		Components:  []string{"inventorysvc", "inventorydb"},
		Reliability: []string{"Reservations expire (TTL) so stock held by abandoned or crashed checkouts returns automatically."},
	},

	// Booking.
	{
		ID: "tickets", Name: "seat booking", Archetype: "ticket booking system", Rank: 52,
		Load:          &loadProfile{WritesPerUser: 0.5, ReadsPerUser: 30, ReadWrite: 100, RecordBytes: 500, ResponseBytes: 5000, PeakFactor: 10, Retention: 5, Write: "seat hold", Read: "seat-map read"},
		Style:         "a strongly consistent booking core (one authoritative seat state per event) with heavy caching of everything that is not a seat hold",
		Functional:    []string{"Browse events and venue seat maps with live availability", "Pick specific seats and hold them for a fixed time while paying", "Confirm the booking on payment; release holds that expire", "A seat is never sold twice"},
		NonFunctional: []string{"Zero double-bookings (strong consistency on seat state)", "Seat maps may be seconds stale; a hold is always checked against the authoritative seat state"},
		OutOfScope:    []string{"Ticket transfer/resale", "Dynamic pricing", "Venue management tools"},
		UseCases:      []string{"A fan opens an event's seat map", "A fan holds seats and pays within the hold time", "An unpaid hold expires and the seats return"},
		Entities: []entity{
			{Name: "Seat", Store: "bookingdb", Key: "(event_id, seat_id)", Partition: "event_id", Indexes: "(event_id, status)", Fields: "event_id, seat_id, section, row, price_tier, status (available|held|sold), hold_id, hold_expires_at, version", Why: "the authoritative seat state: conditional updates in an ACID store make a double sale impossible"},
			{Name: "Booking", Store: "bookingdb", Key: "booking_id", Partition: "event_id", Indexes: "unique(idempotency_key), (user_id, created_at)", Fields: "booking_id, user_id, event_id, seat_ids[], status, payment_intent_id", Why: "same shard as the seats, so confirm is one local transaction"},
			{Name: "Event", Store: "bookingdb", Key: "event_id", Partition: "event_id", Indexes: "(venue_id, starts_at)", Fields: "event_id, venue_id, name, starts_at, sale_opens_at", Why: "read-mostly, cached and served as static pages"},
		},
		Components: []string{"client", "eventsvc", "bookingsvc", "holdstore", "bookingdb", "queue", "cache"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/events/{id}", Response: "{event, dates, price_tiers}", Note: "static and cached at the edge"},
			{Method: "GET", Path: "/v1/events/{id}/seats", Response: "{sections[] with seat status, version}", Note: "served from cache, a few seconds stale"},
			{Method: "POST", Path: "/v1/events/{id}/holds", Request: "{seat_ids[]} + Idempotency-Key", Response: "201 {hold_id, expires_at} | 409 {unavailable_seat_ids}", Idempotent: true},
			{Method: "POST", Path: "/v1/holds/{id}/booking", Request: "{payment_method_id} + Idempotency-Key", Response: "201 {booking_id, status}", Idempotent: true},
			{Method: "DELETE", Path: "/v1/holds/{id}", Response: "204", Idempotent: true},
			{Method: "GET", Path: "/v1/me/bookings?cursor=", Response: "{bookings[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Event page", Shows: "event info, dates and price tiers", Calls: []string{"GET /v1/events/{id}"}},
			{Name: "Seat map", Shows: "seats by section with availability; select seats", Calls: []string{"GET /v1/events/{id}/seats", "POST /v1/events/{id}/holds"}},
			{Name: "Checkout", Shows: "held seats, 10-minute countdown, pay", Calls: []string{"POST /v1/holds/{id}/booking"}},
		},
		Flows: []flow{
			{Name: "Hold seats", Steps: []string{"The user selects seats on the (cached) seat map.", "{c:bookingsvc} takes a fast lock per seat in {c:holdstore} (`SET seat:{event}:{seat} {hold} NX EX 600`); any seat already held fails the whole hold.", "It then commits the hold in {c:bookingdb}: `UPDATE seats SET status='held', hold_id=…, hold_expires_at=now()+10min WHERE event_id=… AND seat_id IN (…) AND status='available'` — all rows or none (one transaction, same shard).", "The user gets hold_id and the expiry; the seat map cache marks the seats held."}},
			{Name: "Pay and confirm", Steps: []string{"The client submits payment with an idempotency key; {c:bookingsvc} calls {c:paysvc}.", "On success it confirms in one transaction: seats held by this hold and not expired → sold, booking created.", "If the hold expired before payment succeeded, the payment is refunded automatically (compensation)."}},
			{Name: "Expire holds", Steps: []string{"Redis keys expire by TTL; a sweeper releases `held` rows whose hold_expires_at has passed (conditional update), publishing SeatsReleased to {c:queue} so caches update."}},
		},
		Deep: []deepDive{
			{Title: "Never selling a seat twice", Weight: 10, Body: "The database row is the single source of truth for a seat, and every transition is a conditional update: available → held (only if available), held → sold (only if held by *this* hold and not expired), held → available (only if expired). A transaction that changes 0 rows lost the race and returns 409. This is optimistic concurrency with the seat's state as the version; no distributed lock is trusted for correctness. The Redis `SET NX EX` lock in {c:holdstore} is only a fast filter that turns away most conflicting requests before they reach the database; if Redis and the database ever disagree, the database wins. Because all seats of an event live on one shard, a multi-seat hold is a single local ACID transaction."},
			{Title: "Hold expiry and timeouts", Weight: 6, Body: "A hold is a 10-minute lease: the Redis key has a TTL of 600 s and the row has hold_expires_at. Expiry needs no cron to be correct — a later hold's conditional update treats an expired hold as available — but a sweeper releases expired rows promptly so the seat map is accurate. Payment that completes after expiry is refunded by compensation rather than overselling."},
		},
		Caching:      []string{"Event pages in {c:cache}; seat-map availability in {c:cache} per event section, refreshed on hold/release events (and TTL 2 s as a backstop) — reads may be a few seconds stale, writes never trust the cache."},
		Partitioning: []string{"{c:bookingdb} sharded by event_id so an event's seats, holds and bookings are one shard and one transaction; a very large event splits by section."},
		Async:        []string{"Confirmation emails, ticket PDFs and analytics consume booking events from {c:queue}."},
		Reliability:  []string{"{c:bookingdb} shards have a synchronous standby (RPO 0); if {c:holdstore} is unavailable holds go straight to the database at a lower admitted rate (degraded, still correct)."},
		Tradeoffs: []tradeoff{
			{Decision: "Conditional updates on the seat row (optimistic concurrency)", Rejected: "a distributed lock service as the source of truth", Why: "locks expire and can be held by a paused process; the database constraint cannot be fooled"},
			{Decision: "Pessimistic hold with a TTL", Rejected: "first-to-pay-wins without holds", Why: "fans need a guaranteed seat while they type card details"},
		},
	},
	{
		ID: "flashcrowd", Name: "sale-opening spike protection",
		Functional:    []string{"Admission control and a fair virtual queue during spikes"},
		NonFunctional: []string{"Fairness: users admitted first-come, first-served when a sale opens", "The purchase path stays up under the sale-opening spike (admission control instead of overload)"},
		UseCases:      []string{"A fan joins the queue when sales open"},
		Components:    []string{"cdn", "waitingroom"},
		Screens:       []screen{{Name: "Waiting room", Shows: "position in line and estimated wait (static page from the CDN)", Calls: []string{"GET /queue/status (edge)"}}},
		Deep: []deepDive{
			{Title: "The sale-opening spike: a virtual waiting room", Weight: 10, Body: "When a sale opens, {peak_read} requests/s arrive for a small, fixed stock. Letting them all hit the purchase path would melt it and reward bots. {c:waitingroom} at the edge gives each arrival a signed, time-stamped queue token and admits users at the rate the purchase path can sustain (e.g. a few thousand per minute), in FIFO order; everyone else sees their position on a static page served from {c:cdn}. Product and event pages and availability are cached and served a few seconds stale; only the hold/reserve and confirm calls reach the authoritative database, and only with a valid token. Bot protection (CAPTCHA on joining the queue, per-account and per-IP rate limits, device fingerprinting) keeps the queue fair."},
		},
		Caching: []string{"Event pages, static assets and the waiting-room page on {c:cdn}, so the spike's reads never reach the origin."},
		Tradeoffs: []tradeoff{
			{Decision: "Virtual waiting room", Rejected: "autoscaling the booking path to the spike", Why: "stock is small and fixed; admitting more buyers than there are items only creates contention and unfairness"},
		},
		Security: []string{"Bot defence on the queue: CAPTCHA on entry, per-account/per-IP rate limits, one queue position per verified account."},
	},
	{
		ID: "static", Name: "static web content",
		Components: []string{"cdn"},
	},

	// URL shortening.
	{
		ID: "shortener", Name: "URL shortening", Archetype: "URL shortener", Rank: 60,
		Load:          &loadProfile{WritesPerUser: 0.1, ReadsPerUser: 10, ReadWrite: 100, RecordBytes: 500, ResponseBytes: 500, PeakFactor: 3, Retention: 5, Write: "new link", Read: "redirect"},
		Style:         "two independent paths: a small write path that mints codes and a large, cache-heavy read path (redirects) on a key-value store",
		Functional:    []string{"Create a short link for a long URL (optionally a custom alias and an expiry)", "Redirect a short link to its URL", "Click analytics per link"},
		NonFunctional: []string{"Redirect latency < 50 ms p99 (one cache lookup)", "Read-heavy: ≈ 100 redirects per new link", "Codes are unique and never reused while a link lives"},
		OutOfScope:    []string{"Link-in-bio pages", "Custom domains"},
		UseCases:      []string{"A user shortens a URL", "A visitor follows a short link", "The owner views click stats"},
		Entities: []entity{
			{Name: "Link", Store: "linkstore", Key: "code (7 chars base62)", Partition: "code (hash)", Indexes: "(owner_id, created_at) secondary index; TTL on expires_at", Fields: "code, long_url, owner_id, created_at, expires_at", Why: "pure key-value access by code at {peak_read} reads/s: a key-value store with global replication"},
			{Name: "Click", Store: "olap", Key: "(code, ts)", Partition: "day", Indexes: "sorted by (code, ts)", Fields: "code, ts, referrer, country, device", Why: "append-only analytics, aggregated by columnar store"},
		},
		Components: []string{"client", "shortsvc", "idgen", "redirectsvc", "linkstore", "cache", "queue", "streamproc", "olap"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/links", Request: "{long_url, custom_alias?, expires_at?} + Idempotency-Key", Response: "201 {code, short_url}", Idempotent: true},
			{Method: "GET", Path: "/{code}", Response: "301/302 Location: long_url (404 if unknown, 410 if expired)", Auth: "none (public)"},
			{Method: "GET", Path: "/v1/links?cursor=", Response: "{links[], next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/links/{code}/stats?from=&to=", Response: "{clicks_by_day[], top_referrers[]}"},
		},
		Screens: []screen{{Name: "Shorten", Shows: "paste a URL, get a short link", Calls: []string{"POST /v1/links"}}, {Name: "My links", Shows: "links with click counts", Calls: []string{"GET /v1/links", "GET /v1/links/{code}/stats"}}},
		Flows: []flow{
			{Name: "Create a link", Steps: []string{"{c:shortsvc} takes the next id from its locally held range (ranges of 1M come from {c:idgen}), encodes it in base62 (7 chars ≈ 3.5 trillion codes).", "It writes code → URL to {c:linkstore} with a put-if-absent condition (custom aliases collide safely).", "It returns the short URL."}},
			{Name: "Redirect", Steps: []string{"{c:redirectsvc} looks the code up in {c:cache}; on a miss it reads {c:linkstore} and caches it (negative results cached briefly too).", "It answers 302 (or 301 for permanent links) and emits a click event to {c:queue} without waiting.", "{c:streamproc} aggregates clicks into {c:olap}."}},
		},
		Deep: []deepDive{
			{Title: "Generating unique short codes", Weight: 9, Body: "Options: hash the URL (MD5 → first 7 base62 chars) — collisions need a check-and-retry, and the same URL always gets the same code; random codes — same collision check; or a counter encoded in base62 — no collisions at all. We use counter ranges: {c:idgen} (etcd) hands each {c:shortsvc} instance a block of 1M ids, so creating a link needs no coordination and ids are unique by construction. To keep codes from being guessable in sequence, the id is passed through a reversible permutation (e.g. a Feistel network) before base62 encoding. 7 characters of base62 give 62^7 ≈ 3.5 × 10^12 codes — centuries at {write} new links/s."},
			{Title: "Serving {peak_read} redirects/s", Weight: 8, Body: "Redirects follow a steep popularity curve, so a cache in front of {c:linkstore} absorbs most reads: {cache} of hot codes covers the working set. {c:redirectsvc} is stateless and close to users in every region; {c:linkstore} replicates globally so a miss is a local read. 302 keeps analytics accurate (browsers cache 301s forever); 301 is offered for users who prefer fewer hits. Unknown codes are negatively cached for a minute to blunt scanning."},
		},
		Caching:      []string{"{c:cache}: code → URL, LRU, TTL 24 h (links are immutable; deletion/expiry deletes the key); negative entries for unknown codes, TTL 60 s."},
		Partitioning: []string{"{c:linkstore} partitioned by hash of the code (uniform by construction)."},
		Async:        []string{"Click analytics via {c:queue} → {c:streamproc} → {c:olap}, never on the redirect path."},
		Security:     []string{"Malicious URL screening (Safe Browsing lookups) on creation; rate limits per account/IP on creation to stop spam; codes permuted so they cannot be enumerated."},
		Tradeoffs: []tradeoff{
			{Decision: "Counter ranges + base62", Rejected: "hashing the URL and truncating", Why: "no collision checks, no retries, predictable length"},
			{Decision: "Key-value store (DynamoDB/Cassandra)", Rejected: "a relational database", Why: "single-key access only; a KV store scales reads and replicates across regions with no sharding work"},
			{Decision: "302 redirects by default", Rejected: "301 everywhere", Why: "301 is cached by browsers forever, hiding clicks and making changes impossible"},
		},
	},

	// Metrics and analytics.
	{
		ID: "metrics", Name: "metrics monitoring and alerting", Archetype: "metrics monitoring and alerting system", Rank: 58,
		Load:          &loadProfile{WritesPerUser: 0, ReadsPerUser: 0, ReadWrite: 0.001, RecordBytes: 16, ResponseBytes: 20_000, PeakFactor: 1.5, Retention: 1, HotFraction: 0.5, Write: "data point", Read: "dashboard query"},
		Style:         "a write-optimised streaming pipeline (agents → collectors → log → time-series storage) with separate query and alerting paths reading the same stream",
		CapacityNote:  "The storage rows count 16 B per raw point; Gorilla-style compression stores ≈ 1.4 B, so the disk actually used is about a tenth, and rollups replace raw points after the hot window.",
		Functional:    []string{"Agents push metrics (name, tags, value, timestamp) from every host", "Dashboards with queries over time ranges, aggregations and tag filters", "Alert rules evaluated continuously; notifications when they fire", "Retention with downsampling for older data"},
		NonFunctional: []string{"Ingest never drops data under normal failures (buffer at agents and in the log)", "Alert latency: a rule fires within a minute of the condition", "Dashboard queries < 1 s p95 for recent ranges"},
		OutOfScope:    []string{"Log search and distributed tracing", "Anomaly-detection ML"},
		UseCases:      []string{"An agent pushes a batch of points", "A user opens a dashboard over the last 30 days", "An alert rule fires and pages on-call"},
		Entities: []entity{
			{Name: "Series", Store: "tsdb", Key: "series_id = hash(metric name + sorted tags)", Partition: "series_id (consistent hashing)", Indexes: "inverted tag index: tag=value → series ids", Fields: "metric, tags, retention policy", Why: "queries select series by tags, then read their points"},
			{Name: "Data point", Store: "tsdb", Key: "(series_id, timestamp)", Partition: "series_id, then 2-hour time blocks", Indexes: "time-ordered blocks", Fields: "timestamp, value (delta-of-delta timestamps + XOR-compressed floats, ≈ 1.4 bytes/point)", Why: "time-series DBs compress sequential points 10× and scan ranges fast"},
			{Name: "Alert rule", Store: "appdb", Key: "rule_id", Partition: "tenant_id", Indexes: "(tenant_id)", Fields: "rule_id, tenant_id, query, condition, for_duration, channels[], state", Why: "small relational config"},
		},
		Components: []string{"agent", "collector", "queue", "tsdbwriter", "tsdb", "rollup", "querysvc", "alertsvc", "alertchan", "objstore", "cache", "client", "appdb"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/series", Request: "{points[]: {metric, tags, ts, value}} (protobuf, gzip)", Response: "202", Idempotent: true, Auth: "agent API key", Note: "a retried batch rewrites the same (series, ts) points: last write wins, so retries are harmless"},
			{Method: "GET", Path: "/v1/query?q=&from=&to=&step=", Response: "{series[]: {tags, points[]}}", Note: "resolution picked from the range: raw ≤ 2 days, 1-min rollups ≤ 30 days, 1-h beyond"},
			{Method: "POST", Path: "/v1/alerts", Request: "{query, condition, for, channels}", Response: "201 {rule_id}", Idempotent: true},
			{Method: "GET", Path: "/v1/dashboards?cursor=", Response: "{dashboards[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Dashboard", Shows: "graphs over a chosen time range, tag filters", Calls: []string{"GET /v1/query", "GET /v1/dashboards"}},
			{Name: "Alert rules", Shows: "rules with state (ok/pending/firing), edit", Calls: []string{"POST /v1/alerts"}},
		},
		Flows: []flow{
			{Name: "Ingest", Steps: []string{"{c:agent} collects metrics every interval, batches and compresses them, and pushes to {c:collector} (buffering to local disk if unreachable).", "{c:collector} validates, enforces per-tenant quotas and cardinality limits, and writes to {c:queue} partitioned by series hash.", "{c:tsdbwriter} consumes and writes compressed blocks into {c:tsdb}; {c:rollup} downsamples into 1-minute and 1-hour rollups and ships blocks older than the hot window to {c:objstore}."}},
			{Name: "Alert", Steps: []string{"{c:alertsvc}, sharded by rule, evaluates each rule every 15-30 s against the live stream (and {c:tsdb} for windows).", "A condition true for its `for` duration moves the rule to firing; a notification goes to {c:alertchan}, deduplicated per rule and state change."}},
			{Name: "Query", Steps: []string{"{c:querysvc} resolves tag filters to series ids via the tag index, picks the resolution by range, reads shards in parallel (and cold blocks from {c:objstore}), aggregates and caches the result in {c:cache}."}},
		},
		Deep: []deepDive{
			{Title: "Ingesting {ingest_rate}", Weight: 10, Body: "The write rate is the whole problem. Agents batch (hundreds of points per request), so collectors see thousands of requests/s, not millions. {c:queue} decouples ingestion from storage and absorbs spikes and TSDB maintenance; it is partitioned by series hash so each series' points stay in order on one partition and land on one TSDB shard. Storage uses Gorilla-style compression — delta-of-delta timestamps and XOR'd float values — bringing a point from 16 bytes to ≈ 1.4 bytes, so the raw footprint is about a tenth of the naive {storage_month}/month. The number of *series* (cardinality), not points, is what breaks TSDBs: collectors enforce per-tenant series limits and reject unbounded tags (user ids, request ids)."},
			{Title: "Downsampling, retention and storage tiers", Weight: 8, Body: "Raw 10-second points are kept for a couple of days in the hot tier; {c:rollup} writes 1-minute rollups (min, max, sum, count — enough to recompute averages exactly) kept for the stated retention, and 1-hour rollups kept for longer. Older blocks move to cold storage in {c:objstore} (Parquet/compressed blocks) and are queried through the same {c:querysvc}. A 30-day dashboard at 1-minute resolution reads 43K points per series instead of 259K raw ones."},
			{Title: "Alerting within a minute", Weight: 7, Body: "Alerts must not depend on the slowest part of the system. {c:alertsvc} consumes the live stream from {c:queue} (not the TSDB), keeps per-rule windows in memory, and is sharded by rule id with each shard's state checkpointed, so a crashed evaluator's rules move to another within seconds. Notifications are deduplicated by (rule, state transition) and flapping is damped by the `for` duration. A meta-monitor alerts if ingestion lag grows, because stale data means silent alerts."},
		},
		Caching:      []string{"Query results in {c:cache} keyed by (query, aligned time range), TTL = the resolution step; the most recent partial bucket is never cached. Tag index hot in memory on TSDB nodes."},
		Partitioning: []string{"{c:queue} and {c:tsdb} partitioned by series id (consistent hashing) and by time block, so writes spread evenly and a range query touches few blocks per series."},
		Async:        []string{"Everything after the collector is asynchronous: storage writes, rollups, cold-tier compaction."},
		Reliability:  []string{"Agents buffer to disk during outages; {c:queue} retains 24 h so storage can fall behind and catch up; {c:tsdb} RF=3."},
		Security:     []string{"Per-tenant API keys for agents, tenant isolation on every query, quotas per tenant."},
		Tradeoffs: []tradeoff{
			{Decision: "Purpose-built TSDB (M3DB / VictoriaMetrics)", Rejected: "Cassandra or PostgreSQL rows per point", Why: "10× compression and fast range scans matter at this write rate; a general store would cost an order of magnitude more disk"},
			{Decision: "Push from agents through a log", Rejected: "Prometheus-style pull scraping", Why: "pull does not reach a million hosts behind NATs and firewalls easily; a log absorbs bursts (pull is fine inside one cluster)"},
			{Decision: "Alerting on the stream", Rejected: "alert queries against the TSDB", Why: "decouples alert latency from storage health and query load"},
		},
		Bottlenecks: []string{"High-cardinality tags (limits and rejection at collectors)", "Expensive long-range queries (rollups, result cache, per-tenant query limits)"},
	},
	{
		ID: "analytics", Name: "event and log analytics", Archetype: "real-time analytics pipeline", Rank: 30,
		Load:          &loadProfile{WritesPerUser: 50, ReadsPerUser: 0.1, ReadWrite: 0.01, RecordBytes: 500, ResponseBytes: 10_000, PeakFactor: 3, Retention: 1, Write: "event", Read: "analytics query"},
		Style:         "a streaming pipeline: collectors batch raw events into a partitioned log; a stream processor rolls them up into time buckets in a columnar store for dashboards, while the raw events are archived as compressed files in object storage for re-processing",
		CapacityNote:  "Dashboards read rollups, not raw events: one row per (minute, dimension values) instead of one per event, so the columnar store holds orders of magnitude less than the {ingress} arriving, and raw files compress 5-10× in object storage.",
		Functional:    []string{"Ingest raw events or log lines from every source in batches", "Roll them up into per-minute aggregates by the dimensions dashboards filter on", "Dashboards and ad-hoc queries over any time range of the aggregates", "Keep raw data for re-processing and aggregates for long-range trends"},
		NonFunctional: []string{"Freshness: a dashboard shows an event within a minute or two of its arrival", "No event lost once acknowledged by a collector; none counted twice after a replay", "Ingestion absorbs bursts without back-pressuring the sources"},
		OutOfScope:    []string{"Full-text search over individual raw lines", "Machine-learning anomaly detection"},
		UseCases:      []string{"A source ships a batch of events", "A customer opens a dashboard of the last 24 hours", "An analyst re-runs a day after a bug in the rollup is fixed"},
		Entities: []entity{
			{Name: "Raw event", Store: "objstore", Key: "(source, hour, file id)", Partition: "source and hour (file prefix)", Indexes: "-", Fields: "ts, source, the event's own fields; Parquet, compressed", Why: "raw data is written once and read only to re-process, so cheap compressed files beat a database"},
			{Name: "Rollup", Store: "olap", Key: "(tenant, minute, dimension values)", Partition: "day, ordered by (tenant, minute)", Indexes: "primary sort key; skip indexes on the dimensions", Fields: "tenant, minute, dimensions, counts, sums, HyperLogLog sketches", Why: "columnar storage scans and sums time ranges fast, and a replayed window overwrites its rows instead of adding to them"},
		},
		Components: []string{"client", "ingestapi", "queue", "streamproc", "olap", "objstore", "querysvc", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/events", Request: "batch of events (gzip), each with an event id", Response: "202", Idempotent: true, Auth: "source API key", Note: "event ids make a retried batch harmless"},
			{Method: "GET", Path: "/v1/query?metric=&group_by=&from=&to=&step=", Response: "{series[]: {dimensions, points[]}}", Note: "the step is chosen from the range: minutes for a day, hours for a year"},
		},
		Screens: []screen{
			{Name: "Dashboard", Shows: "charts of the chosen metrics over a time range, filters by dimension", Calls: []string{"GET /v1/query"}},
		},
		Flows: []flow{
			{Name: "Ingest and roll up", Steps: []string{"Sources batch events (or log lines) for a few seconds, compress them and POST them to {c:ingestapi}, which validates them and appends them to {c:queue}, partitioned by source.", "{c:streamproc} reads {c:queue}, parses each event, and aggregates per minute of event time by the dashboard dimensions; each closed window is upserted into {c:olap} and the checkpoint (offsets + state) is committed.", "In parallel it writes the raw events as hourly Parquet files to {c:objstore}, where lifecycle rules delete them after the raw retention."}},
			{Name: "Dashboard query", Steps: []string{"A dashboard asks {c:querysvc} for a metric over a range; it picks minute or hour rollups by the range and answers from {c:cache} when the same panel was just asked.", "On a miss it queries {c:olap}, which scans only the day partitions and columns the query names, and caches the answer until the next minute closes."}},
			{Name: "Re-process a day", Steps: []string{"After a parsing bug is fixed, a batch job reads that day's raw files from {c:objstore}, recomputes the rollups and replaces the day's partitions in {c:olap} in one swap."}},
		},
		Deep: []deepDive{
			{Title: "Rolling up {peak_write} events/s exactly once", Weight: 9, Body: "{c:streamproc} (Flink) reads {c:queue} with checkpointed offsets and writes aggregates idempotently: upserts keyed by (tenant, minute, dimensions), so a replay after a failure overwrites the same rows instead of counting again. Windows use event time with a watermark that allows a few minutes of lateness; later stragglers go to a side output and are folded in by the next re-processing. A hot source (one tenant with most of the traffic) is pre-aggregated per task before the keyed shuffle, so one partition does not set the lag."},
			{Title: "Raw versus rolled-up storage", Weight: 8, Body: "Arriving at {ingress}, raw data is too big to query for every dashboard and too valuable to drop. Raw events land once as compressed Parquet files in {c:objstore} (cheap, kept only for the raw retention, read only to re-process or for a rare deep query); dashboards read minute rollups in {c:olap}, with hour rollups computed from them for long ranges and kept for the aggregate retention. Cardinality, not volume, sizes the rollups: dimensions with unbounded values (full URLs, client IPs) are cut to the top N per minute or sketched, never grouped by raw."},
		},
		Caching:      []string{"Query answers in {c:cache} keyed by (query, range aligned to the step) until the current minute closes; closed windows never change, so their answers can live for hours."},
		Partitioning: []string{"{c:queue} by source, so each source's events stay in order on one partition; {c:olap} by day, sorted by (tenant, minute), so a dashboard reads a few partitions; raw files by source and hour in {c:objstore}."},
		Async:        []string{"Everything after the collectors is asynchronous: rollups, raw archiving, and re-processing jobs."},
		Reliability:  []string{"{c:queue} keeps days of raw events, so {c:streamproc} can stop, restart from its last checkpoint and catch up; while it lags, dashboards show the last closed minute with its timestamp rather than wrong numbers."},
		Security:     []string{"Source API keys per tenant; every query is filtered by tenant in {c:querysvc}, never by the client.", "Raw events and log lines can carry client IPs and user agents, which are personal data: rollups keep only truncated prefixes or countries, and raw files expire with the raw retention in {c:objstore}."},
		Tradeoffs: []tradeoff{
			{Decision: "Stream processing with Flink into a columnar store", Rejected: "batch-only MapReduce/Spark jobs", Why: "fresh results within a minute; batch stays for re-processing from the raw files"},
			{Decision: "Raw events as files in object storage", Rejected: "raw events in the columnar store", Why: "raw data is read rarely and is the bulk of the bytes; files cost a fraction and re-processing reads them sequentially"},
		},
		Bottlenecks: []string{"A hot source or tenant on one partition (pre-aggregation, salted keys)", "High-cardinality dimensions in rollups (top-N per minute, sketches)"},
		Open:        []string{"Which dimensions do dashboards filter on? They set the rollup keys and their size."},
	},

	// Rate limiting.
	{
		ID: "ratelimit", Name: "distributed rate limiting", Archetype: "distributed rate limiter", Rank: 62,
		Load:          &loadProfile{ReadWrite: 1, RecordBytes: 64, ResponseBytes: 100, PeakFactor: 2, Retention: 1.0 / 365, HotFraction: 0.01, Write: "counter update", Read: "limit check"},
		Style:         "a library in the request path with local state, backed by a sharded in-memory counter store — no extra network hop for most decisions",
		CapacityNote:  "Counter writes update keys in place, so the storage rows above (every update counted as a new record) are an upper bound that is never stored: the live state is active keys × rules × 64 B — a few GB in {c:rlstore}. The 'database shards' translate to Redis shards at ≈ 100K ops/s each: about {rl_shards}. The 'app servers' are the gateway nodes themselves, which run the checks in-process.",
		Functional:    []string{"Enforce per-user and per-IP limits (e.g. N requests per minute) on every request across the whole gateway fleet", "Rejected requests get HTTP 429 Too Many Requests with Retry-After and X-RateLimit-* headers", "Limit rules configurable without redeploying"},
		NonFunctional: []string{"Added latency < 2 ms p99 per request", "Limits accurate within a few percent across the fleet", "The limiter failing must not take the API down (fail open, with local limits as a backstop)"},
		OutOfScope:    []string{"Billing on usage", "DDoS scrubbing at the network layer"},
		UseCases:      []string{"A request within limits passes", "A client over its limit gets 429", "An operator changes a rule"},
		Entities: []entity{
			{Name: "Counter", Store: "rlstore", Key: "rl:{rule}:{user|ip}:{window}", Partition: "hash of the key (Redis Cluster slots)", Indexes: "-", Fields: "count or token bucket state (tokens, last_refill_ms); TTL = window", Why: "tiny, hot, short-lived state: in memory with atomic scripts"},
			{Name: "Rule", Store: "appdb", Key: "rule_id", Partition: "-", Indexes: "(route, scope)", Fields: "rule_id, match (route, plan, scope: user|ip), limit, window, burst, mode (enforce|shadow)", Why: "small config, versioned, pushed to gateways"},
		},
		Components: []string{"client", "rlmw", "rlstore", "rulessvc", "appdb", "backends"},
		APIs: []endpoint{
			{Method: "(in-process)", Path: "Allow(key, rule) → (allowed, remaining, reset)", Request: "user id / client IP, route", Response: "decision in < 1 ms (local) or one Redis round trip", Auth: "n/a (library)"},
			{Method: "any", Path: "(client request over limit)", Response: "429 Too Many Requests; headers Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset", Auth: "as the API"},
			{Method: "PUT", Path: "/v1/limits/{rule_id}", Request: "{match, limit, window, burst, mode}", Response: "200 {rule, version}", Idempotent: true, Auth: "admin token"},
			{Method: "GET", Path: "/v1/limits?cursor=", Response: "{rules[], next_cursor}", Paginated: true, Auth: "admin token"},
		},
		Screens: []screen{{Name: "Admin: limit rules", Shows: "rules, current top offenders, shadow-mode hit rates", Calls: []string{"GET /v1/limits", "PUT /v1/limits/{rule_id}"}}},
		Flows: []flow{{Name: "Check a request", Steps: []string{
			"A request reaches a node of {c:gateway}; {c:rlmw} derives keys (user id from the token, client IP) and the matching rules (cached locally, pushed by {c:rulessvc}).",
			"For each key it consumes from a local token bucket that holds a small lease of the global allowance; only when the lease runs out does it call {c:rlstore}.",
			"The shared check is one Lua script executed atomically in Redis: refill the bucket by elapsed time, take tokens, return remaining and reset — one round trip, no race between read and write.",
			"Allowed requests go to {c:backends} with X-RateLimit-* headers; rejected ones get 429 with Retry-After."}}},
		Deep: []deepDive{
			{Title: "Algorithm: token bucket vs sliding window", Weight: 9, Body: "A fixed window (INCR key per minute) is cheapest but lets a client send 2× the limit across a window boundary. A sliding-window log is exact but stores every timestamp. The sliding-window counter (current + previous window weighted by overlap) is accurate within a few percent at two counters per key; the token bucket (or its equivalent GCRA) allows controlled bursts and needs two numbers (tokens, last refill). We use a token bucket for per-user limits (bursty clients) and a sliding-window counter for per-IP abuse limits, both as Lua scripts so the read-modify-write is atomic (INCR + EXPIRE or the refill arithmetic in one call)."},
			{Title: "Under 2 ms at {peak_read} checks/s", Weight: 10, Body: "A Redis round trip inside a zone is ≈ 0.3-0.5 ms, so one synchronous call fits the budget but one per rule per request at {peak_read}/s means millions of Redis ops/s — {rl_shards} Redis Cluster shards at ≈ 100K ops/s each. To cut that, each gateway node takes *leases* from the global bucket (e.g. 10% of the remaining allowance, or a few tokens) and spends them locally in-process; it syncs when the lease is spent or every 100 ms. Accuracy is approximate — a client spread over 200 nodes can exceed its limit by at most the outstanding leases — which is the price of not paying a network hop per request. Per-IP counters for anonymous traffic stay purely local with a sync of top offenders, since a single IP is usually pinned to few nodes by the load balancer."},
			{Title: "Failure modes: fail open", Weight: 7, Body: "If {c:rlstore} is slow or down, the middleware fails open within a 1 ms timeout (a circuit breaker stops calling it) and enforces conservative local limits (global limit ÷ number of nodes) — the API stays up and abuse is still bounded. Fail closed is reserved for limits that protect something fragile (e.g. login attempts). Hot keys (one abusive user hammering one shard) are absorbed by the local leases; keys are spread by hash so one user maps to one shard only."},
		},
		Caching:      []string{"Rules cached in every gateway node (pushed on change, polled every 30 s as a backstop); counter state in {c:rlstore} expires by TTL = window length, so invalidation is never needed."},
		Partitioning: []string{"{c:rlstore} is a Redis Cluster: keys hashed to 16,384 slots over the shards; a user's keys share a hash tag so multi-rule checks run in one script on one shard."},
		Reliability:  []string{"{c:rlstore}: a replica per shard with automatic failover; losing counters briefly only resets some windows (fail open), which is acceptable."},
		Security:     []string{"Keys by authenticated user id where possible; IP keys use the real client IP from a trusted proxy header only; limit rule changes are audited."},
		Tradeoffs: []tradeoff{
			{Decision: "Local leases synced with a central Redis counter", Rejected: "a synchronous central check per request", Why: "meets the 2 ms budget and cuts Redis load by an order of magnitude at the cost of small overshoot"},
			{Decision: "Library in the gateway", Rejected: "a separate rate-limit service called over the network", Why: "one fewer hop and one fewer fleet; the service model suits polyglot fleets"},
			{Decision: "Fail open", Rejected: "fail closed", Why: "an unavailable limiter should not turn into an outage of the whole API"},
		},
		Open: []string{"Should limits be global across regions (costly cross-region sync) or per region (simpler, limit ÷ regions)?"},
	},

	// Collaboration.
	{
		ID: "collab", Name: "real-time collaborative editing", Archetype: "collaborative document editor", Rank: 57,
		Load:          &loadProfile{WritesPerUser: 500, ReadsPerUser: 50, ReadWrite: 0.1, RecordBytes: 200, ResponseBytes: 50_000, PeakFactor: 3, Retention: 5, Write: "edit operation", Read: "document load"},
		Style:         "stateful collaboration servers (one owner per open document) for the real-time path, over an append-only operation log and snapshots for durability and history",
		Functional:    []string{"Several users edit the same document at once and see each other's changes in real time", "Live cursors and selections of other editors", "Version history: browse and restore earlier versions", "Offline edits merge when the device reconnects", "Sharing with view/comment/edit permissions"},
		NonFunctional: []string{"Remote edits visible in < 200 ms p95", "Convergence: every replica ends with the same document", "No acknowledged edit is ever lost"},
		OutOfScope:    []string{"Rich media embedding", "Spreadsheet formulas"},
		UseCases:      []string{"Two users type in the same paragraph", "A user goes offline, edits, and reconnects", "A user restores yesterday's version"},
		Entities: []entity{
			{Name: "Operation", Store: "oplog", Key: "(doc_id, revision)", Partition: "doc_id", Indexes: "clustering by revision", Fields: "doc_id, revision, author_id, client_id, client_seq, op (insert/delete/format with positions), ts", Why: "append-only, ordered per document: a wide-column log partitioned by document"},
			{Name: "Snapshot", Store: "objstore", Key: "docs/{doc_id}/snap/{revision}", Partition: "object key", Indexes: "latest revision pointer in metadata", Fields: "the full document at a revision", Why: "fast loads and version history without replaying every op"},
			{Name: "Document & ACL", Store: "docdb", Key: "doc_id", Partition: "doc_id", Indexes: "(owner_id), (principal_id) on ACL entries", Fields: "doc_id, title, owner_id, latest_snapshot_rev, acl[]: (principal, role)", Why: "relational metadata and permissions"},
		},
		Components: []string{"client", "ws", "collabsvc", "docsvc", "snapshotter", "oplog", "docdb", "objstore", "queue", "presencestore"},
		APIs: []endpoint{
			{Method: "WS", Path: "/v1/docs/{id}/session", Request: "frames {op, base_revision, client_id, client_seq} | {cursor}", Response: "frames {ack revision} | {remote op, revision} | {cursor, user}", Idempotent: true, Note: "(client_id, client_seq) dedups resent ops after reconnect"},
			{Method: "GET", Path: "/v1/docs/{id}", Response: "{snapshot, revision, ops since snapshot}"},
			{Method: "GET", Path: "/v1/docs/{id}/versions?cursor=", Response: "{versions[], next_cursor}", Paginated: true},
			{Method: "POST", Path: "/v1/docs/{id}/versions/{rev}/restore", Response: "{revision}", Idempotent: true},
			{Method: "PUT", Path: "/v1/docs/{id}/acl/{principal}", Request: "{role: viewer|commenter|editor}", Response: "204", Idempotent: true},
		},
		Screens: []screen{
			{Name: "Editor", Shows: "the document, collaborators' cursors and avatars, sync status", Calls: []string{"GET /v1/docs/{id}", "WS /v1/docs/{id}/session"}},
			{Name: "Version history", Shows: "named and automatic versions, diff, restore", Calls: []string{"GET /v1/docs/{id}/versions", "POST /v1/docs/{id}/versions/{rev}/restore"}},
			{Name: "Share dialog", Shows: "people and links with roles", Calls: []string{"PUT /v1/docs/{id}/acl/{principal}"}},
		},
		Flows: []flow{
			{Name: "Edit in real time", Steps: []string{"The client applies the edit locally at once, then sends the op with its base revision over the WebSocket to the {c:collabsvc} instance that owns the document (routing by consistent hash of doc_id).", "The owner transforms the op against any ops committed since its base revision (operational transformation), assigns the next revision, and appends it to {c:oplog}.", "It acks the sender and broadcasts the transformed op to the other editors; they transform it against their pending local ops and apply it.", "Cursor positions are broadcast the same way (ephemeral, in {c:presencestore}), never stored."}},
			{Name: "Offline and reconnect", Steps: []string{"Offline, the client keeps editing and queues ops locally.", "On reconnect it sends the queued ops with their old base revision; the server transforms them against everything committed meanwhile (conflicts merged automatically), deduping by (client_id, client_seq)."}},
			{Name: "Snapshots and history", Steps: []string{"{c:snapshotter} folds ops from {c:oplog} into a snapshot every N ops or minutes and writes it to {c:objstore}; loading a document is the latest snapshot + the ops after it.", "Version history lists snapshots and named versions; restore writes a new revision, never rewrites history."}},
		},
		Deep: []deepDive{
			{Title: "Concurrency control: OT vs CRDT", Weight: 10, Body: "Two users inserting at the same position must converge. Operational transformation (OT), as in Google Docs, relies on a central server that totally orders ops per document and transforms each incoming op against the ops it has not seen — simple clients, compact ops, but it needs that single ordering point. CRDTs (Yjs, Automerge) give every character a unique id so concurrent ops commute without a server — ideal for long offline periods and peer-to-peer, at the cost of metadata overhead and tombstones. We choose server-ordered OT with one owner per document in {c:collabsvc}, because we have a server anyway and it keeps documents compact; offline edits are still merged on reconnect by transformation. (A CRDT would be the pick if offline-first or peer-to-peer were central.)"},
			{Title: "One owner per document", Weight: 8, Body: "Ordering requires all editors of a document to meet on one {c:collabsvc} process. Documents are assigned by consistent hashing with a lease in a coordination store (etcd); {c:ws} routes sessions to the owner. If the owner dies, the lease expires (seconds), another instance takes over, loads snapshot + ops from {c:oplog}, and clients reconnect and resend unacknowledged ops (deduped by client sequence numbers). A very hot document (thousands of viewers) gets read-only fan-out replicas so the owner only handles editors."},
		},
		Caching:      []string{"Open documents live in the owner's memory (the authoritative copy while open); snapshots cached on first load; ACLs cached in {c:collabsvc} per session, invalidated on share changes."},
		Partitioning: []string{"By doc_id everywhere: {c:collabsvc} ownership, {c:oplog} partitions, snapshots."},
		Async:        []string{"Snapshotting, search indexing and notifications (mentions, comments) run off {c:queue}."},
		Reliability:  []string{"An op is acked only after it is durably in {c:oplog} (quorum write), so a crashed owner loses no acknowledged edit."},
		Tradeoffs: []tradeoff{
			{Decision: "Operational transformation with a server-side owner", Rejected: "CRDTs", Why: "compact documents and simple clients; CRDTs win for offline-first/peer-to-peer"},
			{Decision: "Op log + periodic snapshots", Rejected: "storing the whole document on every change", Why: "ops are tiny and give history for free; snapshots bound load time"},
		},
	},
	{
		ID: "sharing", Name: "sharing and permissions",
		Functional: []string{"Share with other users with roles (view, comment, edit); revoke access"},
		Security:   []string{"Every read and write checks the caller's permission (ACL) on the resource; share links are unguessable tokens that can expire and be revoked."},
	},
	{
		ID: "versioning", Name: "version history",
		Functional: []string{"Version history: list and restore earlier versions"},
	},
	{
		ID: "realtime", Name: "real-time updates",
		Functional:  []string{"Changes pushed to clients in real time"},
		Components:  []string{"ws"},
		Reliability: []string{"Clients reconnect to {c:ws} with jittered exponential backoff and resume from their last acknowledged position, so a dropped connection loses nothing."},
	},

	// File sync.
	{
		ID: "filesync", Name: "file storage and sync", Archetype: "file storage and sync service", Rank: 56,
		Load:          &loadProfile{WritesPerUser: 5, ReadsPerUser: 20, ReadWrite: 4, RecordBytes: 1000, MediaBytes: 1_000_000, ResponseBytes: 500_000, PeakFactor: 3, Retention: 5, Write: "file change", Read: "file download"},
		Style:         "metadata and block data split: a strongly consistent metadata service (the file tree and versions) and content-addressed blocks in object storage, with a notification channel to sync devices",
		Functional:    []string{"Upload and download files of any size (resumable)", "Changes on one device sync to the user's other devices", "Share files and folders with other users", "File version history and restore", "Offline changes sync and conflicts are surfaced"},
		NonFunctional: []string{"Durability: no file is ever lost (11 nines object storage, metadata replicated)", "Sync latency: a change visible on other online devices within seconds", "Efficient transfer: only changed blocks are uploaded"},
		OutOfScope:    []string{"Online document editing", "Full-text search inside files"},
		UseCases:      []string{"A user saves a file on a laptop and it appears on the phone", "A user shares a folder", "Two devices edit the same file offline"},
		Entities: []entity{
			{Name: "File version", Store: "metadb", Key: "(namespace_id, file_id, version)", Partition: "namespace_id", Indexes: "(namespace_id, path), (namespace_id, journal_seq)", Fields: "file_id, path, version, size, block_hashes[], modified_by, device_id, created_at", Why: "the file tree needs transactions (rename, move) and consistency; sharded relational by namespace (a user's or shared folder's tree)"},
			{Name: "Block", Store: "objstore", Key: "blocks/{sha256}", Partition: "hash of content", Indexes: "block reference counts in metadata", Fields: "4 MB chunk, compressed and encrypted", Why: "content-addressed blocks deduplicate across versions and users for free"},
			{Name: "Change journal", Store: "metadb", Key: "(namespace_id, journal_seq)", Partition: "namespace_id", Indexes: "clustering by journal_seq", Fields: "every change in the namespace in order", Why: "a device syncs by asking for changes after its cursor"},
		},
		Components: []string{"client", "metasvc", "blocksvc", "syncnotify", "metadb", "objstore", "queue", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/blocks/check", Request: "{hashes[]}", Response: "{missing[]}", Note: "dedup: only missing blocks are uploaded"},
			{Method: "PUT", Path: "/v1/blocks/{sha256}", Request: "block bytes (≤ 4 MB)", Response: "201", Idempotent: true, Note: "content-addressed, so retries and resumes are naturally idempotent"},
			{Method: "POST", Path: "/v1/files/commit", Request: "{namespace_id, path, parent_version, block_hashes[]}", Response: "{file_id, version} | 409 conflict", Idempotent: true},
			{Method: "GET", Path: "/v1/changes?namespace=&cursor=", Response: "{changes[], cursor, has_more}", Paginated: true},
			{Method: "GET", Path: "/v1/files/{id}/versions?cursor=", Response: "{versions[]: version, size, modified_at, device}, next_cursor", Paginated: true},
			{Method: "GET", Path: "/v1/changes/wait?cursor=", Response: "{changed: bool} (long poll, ≤ 60 s)"},
			{Method: "POST", Path: "/v1/shares", Request: "{path, principal, role}", Response: "201 {share_id}", Idempotent: true},
		},
		Screens: []screen{
			{Name: "File browser", Shows: "folders and files, sync status icons", Calls: []string{"GET /v1/changes"}},
			{Name: "Desktop sync client", Shows: "background sync, conflicts", Calls: []string{"POST /v1/blocks/check", "PUT /v1/blocks/{sha256}", "POST /v1/files/commit", "GET /v1/changes/wait"}},
			{Name: "Share dialog", Shows: "people with access", Calls: []string{"POST /v1/shares"}},
			{Name: "Version history", Shows: "earlier versions, restore", Calls: []string{"GET /v1/files/{id}/versions"}},
		},
		Flows: []flow{
			{Name: "Upload a change", Steps: []string{"The client splits the file into 4 MB blocks and hashes each (SHA-256); for an edit only changed blocks differ (delta sync).", "It asks {c:blocksvc} which hashes are missing (dedup) and uploads only those, resumably, to {c:objstore}.", "It commits the new version to {c:metasvc} with the parent version it edited; {c:metadb} checks the parent is still current (optimistic concurrency), writes the version and a journal entry in one transaction.", "{c:metasvc} publishes a change event to {c:queue}."}},
			{Name: "Sync to other devices", Steps: []string{"Other devices hold a long poll on {c:syncnotify}; the change event wakes them.", "They fetch changes after their cursor from {c:metasvc}, then download only the blocks they lack."}},
		},
		Deep: []deepDive{
			{Title: "Chunking, dedup and delta sync", Weight: 10, Body: "Files are split into 4 MB blocks named by their SHA-256 content hash. A modified file re-uploads only the blocks that changed (delta sync; content-defined chunking with rolling hashes keeps an insertion near the start from shifting every later block). Identical blocks — across versions, files and users — are stored once, which typically saves 30-50% of storage for {dau} daily users. Uploads are resumable by construction: after a failure the client asks which blocks are still missing. Files up to the stated maximum are just many blocks; nothing in the system handles a 'large file' specially."},
			{Title: "Sync and conflict handling", Weight: 9, Body: "Each namespace has an ordered change journal; a device's sync state is one cursor. Commits name the parent version they edited: if someone else committed first, the commit fails with a conflict, the client keeps both ('file (conflicted copy from Laptop)'), and the user resolves it — automatic merging of arbitrary binary files is impossible. Notifications over long polling (or a WebSocket) only say *something changed*; the device then pulls the journal, so a missed notification costs latency, never correctness."},
		},
		Caching:      []string{"Hot metadata (folder listings, journal heads) in {c:cache}, invalidated by change events; blocks are immutable, so clients and any edge cache can keep them forever."},
		Partitioning: []string{"{c:metadb} sharded by namespace_id (a user's root or a shared folder); {c:objstore} keys are content hashes, uniformly spread."},
		Async:        []string{"Change notifications, thumbnails and garbage collection of unreferenced blocks (after a grace period) run off {c:queue}."},
		Reliability:  []string{"A version is committed only after all its blocks are durable in {c:objstore}; unreferenced blocks are collected only after a grace period, so a crash never leaves a version pointing at missing data."},
		Security:     []string{"Blocks encrypted at rest with per-namespace keys; share permissions checked on every metadata read and block download (block URLs are short-lived signed URLs)."},
		Tradeoffs: []tradeoff{
			{Decision: "Separate metadata (sharded SQL) from blocks (object storage)", Rejected: "storing files whole in one store", Why: "metadata needs transactions, blocks need cheap durable capacity; splitting them enables dedup and delta sync"},
			{Decision: "Long-poll notifications + pull journal", Rejected: "pushing file contents to devices", Why: "pull after a ping is robust to missed messages and offline devices"},
		},
	},

	// Leaderboards.
	{
		ID: "leaderboard", Name: "leaderboards and ranking", Archetype: "real-time leaderboard", Rank: 53,
		Load:          &loadProfile{WritesPerUser: 10, ReadsPerUser: 20, ReadWrite: 2, RecordBytes: 100, ResponseBytes: 5000, PeakFactor: 3, Retention: 2, Write: "score update", Read: "leaderboard read"},
		Style:         "an event-driven write path into in-memory sorted sets, with a durable score log to rebuild from",
		Functional:    []string{"Scores update after every match", "Players see the top 100 and their own rank instantly", "Daily, weekly and all-time boards", "Friends / regional boards"},
		NonFunctional: []string{"Rank visible within a second of a score update", "Leaderboard reads < 50 ms p99", "Scores validated server-side (anti-cheat)"},
		OutOfScope:    []string{"Matchmaking", "Rewards and payouts"},
		UseCases:      []string{"A match ends and the score is submitted", "A player opens the top 100", "A player checks their own rank"},
		Entities: []entity{
			{Name: "Board", Store: "lbstore", Key: "lb:{game}:{period}:{period_id} (e.g. lb:g1:daily:2024-06-01)", Partition: "board key (score-range shards for the all-time board)", Indexes: "sorted set: member = player_id, score = points", Fields: "player_id → score", Why: "sorted sets give ZADD/ZINCRBY, top-N and ZREVRANK in O(log n)"},
			{Name: "Score event", Store: "scoredb", Key: "(player_id, match_id)", Partition: "player_id", Indexes: "clustering by time", Fields: "player_id, match_id, points, signature, ts", Why: "the durable source of truth; boards are rebuildable from it"},
		},
		Components: []string{"client", "scoresvc", "queue", "lbworker", "lbstore", "lbsvc", "scoredb", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/matches/{match_id}/scores", Request: "{player_id, points, signed match summary}", Response: "202", Idempotent: true, Auth: "game server token", Note: "(player_id, match_id) dedups retries"},
			{Method: "GET", Path: "/v1/leaderboards/{period}?limit=100", Response: "{entries[]: rank, player, score}", Paginated: true},
			{Method: "GET", Path: "/v1/leaderboards/{period}/me", Response: "{rank, score, neighbours[] (±5)}"},
		},
		Screens: []screen{{Name: "Leaderboard", Shows: "top 100 with tabs daily/weekly/all-time, own rank pinned", Calls: []string{"GET /v1/leaderboards/{period}", "GET /v1/leaderboards/{period}/me"}}},
		Flows: []flow{
			{Name: "Score update", Steps: []string{"The game server submits the result; {c:scoresvc} verifies the signature and plausibility (anti-cheat rules), records it in {c:scoredb} keyed by (player, match).", "It publishes ScoreSubmitted to {c:queue}.", "{c:lbworker} applies ZINCRBY to the daily, weekly and all-time sorted sets in {c:lbstore} — idempotently, by remembering the last applied match per player."}},
			{Name: "Read ranks", Steps: []string{"{c:lbsvc} serves the top 100 from a snapshot in {c:cache} refreshed every second (ZREVRANGE 0 99 WITHSCORES).", "A player's own rank is ZREVRANK on the board (O(log n))."}},
		},
		Deep: []deepDive{
			{Title: "Ranking {dau} players in sorted sets", Weight: 10, Body: "A Redis sorted set (skip list + hash) gives ZINCRBY, top-N (ZREVRANGE) and a player's exact rank (ZREVRANK) in O(log n); one set of 50M members is ≈ 5 GB and ≈ 100K ops/s per shard, so the {peak_write} updates/s fit a few shards. Daily and weekly boards are separate keys per period (lb:daily:2024-06-01) with a TTL after the period ends, so a reset is just a new key. The all-time board is the big one: when a single set becomes too hot or too large, shard it by score range (each shard holds a band; a rank = members in higher bands + rank within the band, with band counts cached) — sharding by player id would break rank queries."},
			{Title: "Anti-cheat and durability", Weight: 7, Body: "Scores come from the authoritative game server, signed, never from the client; {c:scoresvc} validates against match data (duration, max points per second) and flags outliers for review. Every accepted score is persisted in {c:scoredb} before it touches a board, so the boards (Redis with AOF persistence and a replica per shard) can be rebuilt from the log after a disaster; a nightly job verifies board totals against the score history."},
		},
		Caching:      []string{"Top-100 snapshot per board in {c:cache}, refreshed every second (everyone reads the same key — a hot key, so also cached in-process for 1 s); the sorted sets themselves are the in-memory index."},
		Partitioning: []string{"{c:lbstore}: one key per board and period; the all-time board sharded by score range when needed; {c:scoredb} by player_id."},
		Async:        []string{"Board updates are applied from {c:queue}, so a burst of match endings queues briefly instead of failing."},
		Reliability:  []string{"{c:lbstore} persists with AOF (fsync every second) and a replica per shard; boards rebuild from {c:scoredb} if lost."},
		Tradeoffs: []tradeoff{
			{Decision: "Redis sorted sets", Rejected: "ORDER BY score LIMIT 100 and COUNT(*) for rank in SQL", Why: "a rank query over 50M rows is a scan; a skip list answers it in O(log n)"},
			{Decision: "Separate keys per period", Rejected: "one board with time-filtered queries", Why: "resets and expiry become free"},
		},
	},

	// Typeahead.
	{
		ID: "typeahead", Name: "autocomplete suggestions", Archetype: "search autocomplete (typeahead) service", Rank: 59,
		Load:          &loadProfile{ReadsPerUser: 30, WritesPerUser: 5, ReadWrite: 1, RecordBytes: 100, ResponseBytes: 500, PeakFactor: 2, Retention: 1, HotFraction: 0.05, Write: "logged search", Read: "suggestion request"},
		Style:         "a read path of in-memory prefix tries served from RAM, rebuilt offline by an aggregation pipeline — reads never wait on writes",
		Functional:    []string{"Suggest the top 10 completions for a typed prefix, ranked by popularity", "Trending queries appear in suggestions within an hour", "Filter offensive suggestions"},
		NonFunctional: []string{"End-to-end suggestion latency < 100 ms p99 (server time < 20 ms)", "Highly available; slightly stale suggestions are fine"},
		OutOfScope:    []string{"Spell correction", "Personalised suggestions (a later layer)"},
		UseCases:      []string{"A user types a prefix and sees suggestions", "A new trending query starts being suggested"},
		Entities: []entity{
			{Name: "Trie node", Store: "objstore", Key: "trie/{shard}/{build_id}", Partition: "prefix range (first characters)", Indexes: "each node stores its top-10 completions", Fields: "prefix → top-10 [(query, score)]", Why: "built offline, loaded into RAM by the suggestion servers; snapshots in object storage"},
			{Name: "Query frequency", Store: "objstore", Key: "agg/{hour}/", Partition: "hour", Indexes: "-", Fields: "query, count, decayed score", Why: "output of the aggregation jobs"},
		},
		Components: []string{"client", "suggestsvc", "cache", "querylog", "queue", "aggregator", "objstore"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/suggest?prefix=&locale=", Response: "{suggestions[10]} with Cache-Control: max-age=300", Auth: "none (public, rate limited)"},
			{Method: "POST", Path: "/v1/search-events", Request: "{query, locale, ts} (sampled, batched)", Response: "202", Idempotent: true},
		},
		Screens: []screen{{Name: "Search box", Shows: "dropdown of suggestions under the input, updated as the user types (debounced)", Calls: []string{"GET /v1/suggest"}}},
		Flows: []flow{
			{Name: "Suggest", Steps: []string{"The client debounces keystrokes (≈ 150 ms) and caches answers per prefix, so it sends far fewer requests than keystrokes.", "{c:cache}/browser cache answer popular prefixes; otherwise {c:suggestsvc} (the shard owning the prefix range) walks its in-memory trie to the prefix node and returns the precomputed top 10 — no tree traversal below the node."}},
			{Name: "Update suggestions", Steps: []string{"Completed searches are logged (sampled) to {c:queue}.", "{c:aggregator}: a Flink job counts queries in sliding 1-hour windows (trending), a daily Spark batch computes long-term frequencies with time decay.", "Every hour it builds new trie snapshots (top-k per node) into {c:objstore}; {c:suggestsvc} instances load them and swap atomically."}},
		},
		Deep: []deepDive{
			{Title: "Trie with precomputed top-k", Weight: 10, Body: "A prefix tree whose every node stores the top 10 completions under it turns a suggestion into a walk of len(prefix) steps — microseconds — instead of a subtree scan. The trie is built offline from aggregated frequencies, so the read path never writes. Memory: with ~100M distinct popular queries, a compressed trie (radix tree) plus top-k lists fits in tens of GB, so it is sharded by prefix range (a-c, d-f, … with hot prefixes split finer) and each shard replicated several times for read throughput ({peak_read} requests/s peak)."},
			{Title: "Freshness: trending within the hour", Weight: 8, Body: "Long-term popularity comes from a daily batch (MapReduce/Spark) with exponential time decay; trending comes from a streaming job (Flink) over sliding 1-hour windows that boosts queries whose rate jumps versus their baseline. The two scores merge into hourly trie builds; snapshots are versioned and swapped atomically, and the previous build is kept for instant rollback (e.g. if an offensive query trends — a blocklist filter applies at build time and at serve time)."},
			{Title: "Cutting request volume", Weight: 6, Body: "Naively every keystroke is a request. The client debounces (wait ~150 ms of no typing), throttles, cancels stale in-flight requests, and caches responses per prefix; short prefixes (1-2 chars) are answered from a tiny precomputed table cached at the client and in {c:cache}. Responses carry Cache-Control so browsers and edge caches reuse them."},
		},
		Caching:      []string{"Browser cache + {c:cache} for hot prefixes (TTL 5-10 min; the hourly rebuild bounds staleness, so no explicit invalidation); the trie itself is an in-memory index."},
		Partitioning: []string{"{c:suggestsvc} sharded by prefix range with hot ranges split further; each shard replicated (replicas for throughput and availability)."},
		Async:        []string{"All aggregation is offline/streaming; the serving path only reads immutable snapshots."},
		Reliability:  []string{"Every shard has several replicas; a failed build leaves the previous snapshot serving; if the service is down the client simply shows no suggestions (graceful degradation)."},
		Tradeoffs: []tradeoff{
			{Decision: "Precomputed top-k per trie node", Rejected: "computing top-k at query time from the subtree", Why: "query time must be tiny; the cost moves to the offline build"},
			{Decision: "Hourly rebuilds with a streaming trend signal", Rejected: "updating the trie in place on every search", Why: "in-place updates of hot nodes need locking at the highest read rate in the system"},
		},
	},

	// Crawling.
	{
		ID: "crawler", Name: "web crawling", Archetype: "web crawler", Rank: 61, Headless: true,
		Load:          &loadProfile{ReadWrite: 0.1, RecordBytes: 500, MediaBytes: 100_000, ResponseBytes: 10_000, PeakFactor: 1.2, Retention: 1, Write: "fetched page", Read: "lookup"},
		Style:         "a distributed pipeline of workers around a prioritised, host-partitioned URL frontier",
		Functional:    []string{"Fetch pages starting from seed URLs and follow links", "Respect robots.txt and per-host politeness delays", "Store page content for indexing; skip duplicate URLs and duplicate content", "Re-crawl pages according to how often they change"},
		NonFunctional: []string{"Politeness: at most one connection per host at a time, with delays", "Robust to spider traps and malformed pages", "Horizontally scalable fetchers"},
		OutOfScope:    []string{"Indexing and ranking", "JavaScript rendering (a separate headless tier)"},
		UseCases:      []string{"A seed set starts a crawl", "A page is fetched, parsed and its links enqueued", "A changed page is re-crawled"},
		Entities: []entity{
			{Name: "URL state", Store: "crawldb", Key: "url_hash", Partition: "host hash", Indexes: "(next_crawl_at)", Fields: "url, host, last_fetched, status, content_hash, change_rate, next_crawl_at", Why: "billions of rows keyed by URL: a wide-column store"},
			{Name: "Page", Store: "objstore", Key: "pages/{date}/{url_hash}", Partition: "object key", Indexes: "-", Fields: "raw HTML (compressed), headers", Why: "bulk content for downstream indexing"},
		},
		Components: []string{"console", "crawlctl", "frontier", "fetcher", "dnscache", "web", "parser", "dedup", "crawldb", "objstore"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/seeds", Request: "{urls[], priority}", Response: "202", Idempotent: true, Auth: "operator token"},
			{Method: "PUT", Path: "/v1/hosts/{host}/policy", Request: "{max_rps, crawl_delay, blocked}", Response: "200", Idempotent: true, Auth: "operator token"},
			{Method: "GET", Path: "/v1/stats", Response: "{pages_per_sec, frontier_size, errors_by_type}", Auth: "operator token"},
		},
		Screens: []screen{{Name: "Operator console", Shows: "crawl rate, frontier size, per-host errors, policies", Calls: []string{"GET /v1/stats", "PUT /v1/hosts/{host}/policy", "POST /v1/seeds"}}},
		Flows:   []flow{{Name: "Crawl a page", Steps: []string{"{c:fetcher} takes the next URL from its host's queue in {c:frontier} once that host's politeness delay has passed.", "It resolves DNS via {c:dnscache}, checks the cached robots.txt, fetches the page with timeouts and a size cap, and stores it in {c:objstore}.", "{c:parser} extracts links, normalises them, drops URLs already seen (Bloom filter in {c:dedup}) and pages whose content hash was seen, and enqueues new URLs with a priority.", "{c:crawldb} records the fetch and schedules the next crawl from the page's observed change rate."}}},
		Deep: []deepDive{
			{Title: "The URL frontier: priority and politeness", Weight: 10, Body: "The frontier has front queues by priority (PageRank-ish importance, freshness need) and back queues by host: each host maps to exactly one back queue consumed by one fetcher thread, with a heap of next-allowed fetch times per host. This gives politeness (no hammering a host) and priority at once. At {write} pages/s across millions of hosts, the frontier is partitioned by host hash across fetcher nodes, so all of a host's URLs — and its robots.txt and DNS cache entries — live on one node."},
			{Title: "Dedup and traps", Weight: 8, Body: "URLs are normalised (case, default ports, sorted query params, fragments dropped) and checked against a Bloom filter of billions of seen URLs (≈ 1.2 GB per billion at 1% false positives — a false positive only skips a page). Content is deduplicated by hash (exact) and SimHash (near-duplicates such as mirrors). Spider traps (calendars, infinite session URLs) are bounded by a max depth per host, max URLs per host per crawl, and URL length limits. The batch link graph can be recomputed with a MapReduce/Spark job for priorities."},
		},
		Caching:      []string{"DNS answers and robots.txt per host cached (TTL hours); the seen-URL Bloom filter kept in memory, snapshotted to disk."},
		Partitioning: []string{"Everything by host hash: frontier back queues, fetchers, robots/DNS caches, {c:crawldb} rows."},
		Reliability:  []string{"Frontier queues are durable ({c:frontier}); a fetcher crash returns its leased URLs after a timeout; fetches are idempotent."},
		Security:     []string{"Fetchers run in a sandboxed network segment, identify themselves with a User-Agent and contact page, and never execute fetched content."},
		Tradeoffs:    []tradeoff{{Decision: "Host-partitioned frontier", Rejected: "one global priority queue", Why: "a global queue cannot enforce per-host politeness without coordination"}},
	},

	// Notification platform.
	{
		ID: "notifyplatform", Name: "multi-channel notification platform", Archetype: "notification service", Rank: 58,
		Load:          &loadProfile{WritesPerUser: 5, ReadsPerUser: 1, ReadWrite: 0.2, RecordBytes: 1000, ResponseBytes: 500, PeakFactor: 10, Retention: 0.25, Write: "notification", Read: "status lookup"},
		Style:         "an asynchronous pipeline: a thin API that validates and enqueues, priority queues per channel, and independently scaled channel workers in front of third-party providers",
		Functional:    []string{"Internal services send a notification to a user by template, over push, SMS or email", "Respect user preferences, quiet hours and opt-outs (unsubscribe)", "Retries with backoff; no duplicate sends", "Priorities: transactional (OTP, security) before marketing campaigns", "Delivery status tracking"},
		NonFunctional: []string{"Transactional notifications delivered in < 5 s p95 even during campaigns", "No duplicate sends (idempotent API and workers)", "At-least-once processing with dedup: nothing accepted is lost"},
		OutOfScope:    []string{"Campaign authoring UI", "In-app inbox"},
		UseCases:      []string{"A service sends an order-shipped notification", "Marketing sends a campaign to millions", "A user opts out of marketing email"},
		Entities: []entity{
			{Name: "Notification", Store: "deliverylog", Key: "notification_id", Partition: "user_id", Indexes: "unique(idempotency_key) via the dedup store; (user_id, created_at)", Fields: "notification_id, idempotency_key, caller, user_id, template_id, channel, priority, status, attempts, provider_message_id", Why: "high write rate, append/update by id, read by user for support: wide-column with TTL"},
			{Name: "Preference", Store: "prefdb", Key: "(user_id, category, channel)", Partition: "user_id", Indexes: "-", Fields: "user_id, category, channel, enabled, quiet_hours, updated_at", Why: "consent is legally important: relational, audited"},
			{Name: "Template", Store: "appdb", Key: "(template_id, version, locale)", Partition: "-", Indexes: "-", Fields: "channel, subject, body (with placeholders)", Why: "small, versioned config"},
			{Name: "Device token", Store: "prefdb", Key: "(user_id, device_id)", Partition: "user_id", Indexes: "(token)", Fields: "platform, token, updated_at", Why: "looked up per send; stale tokens removed on provider feedback"},
		},
		Components: []string{"callers", "notifapi", "prefsvc", "templatesvc", "dedupstore", "queue", "channelworkers", "dlq", "providers", "deliverylog", "prefdb", "appdb", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/notifications", Request: "{user_id, template_id, params, channels?, priority: high|normal|bulk} + Idempotency-Key", Response: "202 {notification_id}", Idempotent: true, Auth: "service token (mTLS)"},
			{Method: "POST", Path: "/v1/campaigns", Request: "{segment_id, template_id, send_at, rate_limit}", Response: "202 {campaign_id}", Idempotent: true, Auth: "service token"},
			{Method: "GET", Path: "/v1/notifications/{id}", Response: "{status, attempts[]}", Auth: "service token"},
			{Method: "PUT", Path: "/v1/users/{id}/preferences", Request: "{category, channel, enabled}", Response: "200", Idempotent: true},
			{Method: "GET", Path: "/v1/users/{id}/notifications?cursor=", Response: "{notifications[], next_cursor}", Paginated: true, Auth: "support token"},
		},
		Screens: []screen{
			{Name: "Notification settings (end users)", Shows: "per-category toggles per channel, unsubscribe", Calls: []string{"PUT /v1/users/{id}/preferences"}},
			{Name: "Delivery dashboard (internal)", Shows: "send rates, failures by provider, queue depth, DLQ", Calls: []string{"GET /v1/notifications/{id}"}},
		},
		Flows: []flow{
			{Name: "Send", Steps: []string{"A caller posts to {c:notifapi} with an Idempotency-Key.", "{c:notifapi} does `SET NX` of the key in {c:dedupstore}; a repeat returns the first response.", "It checks preferences and opt-outs in {c:prefsvc} (cached), renders via {c:templatesvc}, and enqueues one message per channel to the priority topic in {c:queue} (high / normal / bulk).", "{c:channelworkers} consume high-priority topics first, check {c:dedupstore} per (notification, channel) before sending, and send through {c:providers} within each provider's rate limit.", "Success and failures are recorded in {c:deliverylog}; transient failures retry with exponential backoff and jitter; after the last retry the message goes to {c:dlq}."}},
		},
		Deep: []deepDive{
			{Title: "No duplicate sends", Weight: 10, Body: "Duplicates come from caller retries, queue redelivery and ambiguous provider timeouts. (1) The API is idempotent: the caller's Idempotency-Key is claimed with SET NX (24 h TTL) in {c:dedupstore}, so a retried request is acknowledged without a second enqueue. (2) Workers are idempotent: before sending, a worker claims `sent:{notification}:{channel}` and records the outcome; a redelivered message finds the claim and skips. (3) Providers: we pass our notification id as the provider's idempotency/dedup key where supported (FCM collapse keys, SES message ids). The unavoidable gap — the worker crashes after the provider accepted but before recording — is narrowed to milliseconds and is the reason the guarantee is 'at most one send per idempotency key in practice' rather than a mathematical exactly-once."},
			{Title: "Campaign peaks and priorities", Weight: 9, Body: "Campaigns push {peak_write} notifications/s; transactional messages (password resets, OTPs) must not wait behind them. Separate topics per priority and channel in {c:queue}, with dedicated consumer capacity for high priority, isolate them. Providers cap throughput (APNs/FCM per connection, Twilio per number, SES per account), so {c:channelworkers} apply a token-bucket rate limit per provider and per sender; campaigns are released in batches at a configured rate and back off on 429s. Workers autoscale on consumer lag."},
			{Title: "Retries, backoff and the dead-letter queue", Weight: 7, Body: "Transient errors (5xx, timeouts, 429) retry with exponential backoff and jitter (1 s, 4 s, 16 s … up to ~1 h) via delay topics, so a retry never blocks a partition; permanent errors (invalid token, unsubscribed address) do not retry and clean up the token. After the last retry the message moves to {c:dlq} with its error for inspection and replay. A circuit breaker per provider stops hammering a provider that is down and can fail over SMS to a second provider."},
		},
		Caching:      []string{"Preferences and templates cached in {c:cache} (TTL 60 s; invalidated on preference change events — an opt-out must take effect within a minute)."},
		Partitioning: []string{"{c:queue} topics by channel × priority, partitioned by user_id (order per user); {c:deliverylog} by user_id."},
		Async:        []string{"Everything after the API is asynchronous; callers get 202 and can poll status or receive a callback."},
		Reliability:  []string{"Messages acked from {c:queue} only after the send outcome is recorded; monitoring and alerting track send success rate, latency per priority, consumer lag and DLQ growth per provider."},
		Security:     []string{"Callers authenticate with mTLS service identities and per-caller quotas; PII (phone numbers, emails) encrypted at rest and masked in logs; unsubscribe links signed."},
		Tradeoffs: []tradeoff{
			{Decision: "Kafka topics per channel and priority", Rejected: "one shared queue", Why: "a campaign backlog must never delay an OTP"},
			{Decision: "Dedup by idempotency keys at API and worker", Rejected: "relying on exactly-once delivery from the queue", Why: "queues and providers are at-least-once; only idempotent consumers stop duplicates"},
		},
	},
	{
		ID: "multiregion", Name: "multi-region deployment",
		Components:    []string{"geodns"},
		NonFunctional: []string{"Survives the loss of a whole region; users are served from the nearest healthy region"},
		Reliability: []string{
			"Multi-region: every region runs the full stack; {c:geodns} routes users to the nearest healthy region and fails over in under a minute on regional health-check failure.",
			"Data: each user has a home region for data needing strong consistency (writes go there; reads anywhere); replicated stores ship changes asynchronously to the other regions (RPO of seconds), and globally replicated key-value/wide-column stores run multi-region with LOCAL_QUORUM.",
		},
		Tradeoffs: []tradeoff{{Decision: "Active-active regions with a home region per user", Rejected: "active-passive disaster recovery only", Why: "lower latency everywhere and failover that is exercised daily; the cost is conflict handling for data written in two regions, avoided by routing each user's writes to their home region"}},
		Open:      []string{"Which data may leave its region (data residency rules)?"},
	},
}
