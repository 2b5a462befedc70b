package offline

// gameSaveFeatures is the cloud-save archetype for games (Steam Cloud, PlayStation Plus cloud
// storage, a publisher's cross-save): each player's save slots follow them across PC, console
// and phone. Its problems are two devices that both played from the same save, a flood of
// multi-megabyte uploads that must not each become a stored version, and storage that grows
// without bound unless versions are pruned.
var gameSaveFeatures = []*feature{
	{
		ID: "gamesaves", Name: "cross-device game cloud saves", Archetype: "game cloud save service", Rank: 62,
		Load:  &loadProfile{WritesPerUser: 8, ReadsPerUser: 2, ReadWrite: 0.3, RecordBytes: 500, MediaBytes: 500_000, ResponseBytes: 2_000, PeakFactor: 2.5, Retention: 0.02, Write: "save upload", Read: "save check on launch"},
		Style: "a save service that keeps, per player, game and slot, a head version moved only by compare-and-set on the version the device started from; save files go straight to object storage through pre-signed URLs, and a pruner keeps a bounded history per slot",
		CapacityNote: "The game autosaves locally every 5 minutes, but the client uploads only on quit or suspend, at checkpoints and on every 3rd autosave (15 minutes), so the cloud sees about a third of the autosave rate; a save that has not changed since the last upload (same SHA-256) is not sent at all. " +
			"Saves are versions of a slot, not an ever-growing archive: each slot keeps a bounded history (the last 10 versions plus one a day for 7 days), so storage is players × slots × kept versions × save size, not the upload rate × the retention.",
		Functional: []string{
			"Each player has save slots per game (for example 3 manual slots and an autosave slot) that follow them across PC, console and phone",
			"On launch the game asks for the slot heads and downloads only the slots whose version differs from its local copy",
			"The client uploads on quit or suspend, at checkpoints, and on every 3rd autosave (every 15 minutes of play), never more often than once a minute per slot",
			"Conflicting saves — two devices that both continued from the same version — are detected, both are kept, and the player chooses which to continue with, seeing device, time, playtime and progress for each",
			"A bounded history per slot (last 10 versions, one a day for 7 days) and a restore to an earlier version from the game's menu or by support",
			"Per-player, per-game quota (for example 100 MB across slots); an upload that would exceed it is refused before any bytes move",
		},
		NonFunctional: []string{
			"No lost progress: an upload acknowledged to the game is durable in two zones before the head moves, and a conflict never silently discards either side",
			"Launch check (slot heads) in < 150 ms p95; a 5 MB save downloads in a few seconds on a home connection",
			"A save is only ever visible whole: the head points to a file whose SHA-256 was verified, never to a half-uploaded one",
			"The game keeps working when the service is down: it plays from the local save and uploads later",
		},
		OutOfScope: []string{"Game-specific merging of save contents (the service treats a save as an opaque blob; a game may register a merge of its own)", "Platform holders' own cloud storage (PlayStation, Xbox, Switch), which this complements for cross-platform play", "Anti-cheat validation of save contents"},
		UseCases: []string{
			"Sam plays 2 hours on PC and quits; the quit upload makes version 41 of slot 1",
			"Next morning he opens the game on his phone; the launch check sees head 41 ≠ local 37 and downloads 3.2 MB",
			"He played offline on the Switch on the train from version 41 while the phone also uploaded 42 from 41: the Switch's upload arrives with base 41, the head is 42, so both are kept and the next launch asks him to choose",
			"He asks support to restore yesterday's save after a bad choice in the story",
		},
		Entities: []entity{
			{Name: "Save slot", Store: "savedb", Key: "(player_id, game_id, slot_id)", Partition: "player_id", Indexes: "-",
				Fields: "player_id, game_id, slot_id, head_version, head_device_id, head_sha256, conflict_versions[] (empty unless conflicted), bytes_used, updated_at", Why: "the only mutable row per slot; every commit is one conditional write on head_version, so two devices cannot both move it"},
			{Name: "Save version", Store: "savedb", Key: "(player_id, game_id, slot_id, version)", Partition: "player_id", Indexes: "-",
				Fields: "version, base_version, device_id, platform (pc|ps5|xbox|switch|ios|android), blob_key, size_bytes, sha256, reason (quit|checkpoint|autosave|manual|restore), playtime_s, summary {chapter, level, character}, created_at, keep_until", Why: "immutable metadata of one upload; base_version is what detects a conflict and the summary is what the player chooses by"},
			{Name: "Save file", Store: "objstore", Key: "saves/{player_id}/{game_id}/{slot_id}/{sha256}", Partition: "object key", Indexes: "-",
				Fields: "the compressed save bytes (up to 5 MB), content-addressed", Why: "multi-megabyte blobs never pass through the services; content addressing makes an identical re-upload free"},
			{Name: "Device", Store: "savedb", Key: "(player_id, device_id)", Partition: "player_id", Indexes: "-",
				Fields: "player_id, device_id, platform, display_name ('Sam's Switch'), last_seen, last_synced {slot_id: version}", Why: "names the devices in the conflict choice and tells what each last downloaded"},
			{Name: "Platform link", Store: "savedb", Key: "(platform, platform_user_id)", Partition: "platform_user_id", Indexes: "(player_id) for the player's linked platforms",
				Fields: "platform (steam|psn|xbox|nintendo|apple|google), platform_user_id, player_id, linked_at", Why: "maps each platform's identity to the one publisher player id that owns the saves, so PC, console and phone see the same slots"},
			{Name: "Quota usage", Store: "savedb", Key: "(player_id, game_id)", Partition: "player_id", Indexes: "-",
				Fields: "player_id, game_id, bytes_used, bytes_reserved (uploads in flight), limit_bytes", Why: "checked and reserved when an upload starts, so a quota is never exceeded by parallel uploads"},
		},
		Components: []string{"gameclients", "savesvc", "savedb", "objstore", "savepruner", "queue"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/sessions/platform", Request: "{platform, platform_token (Steam ticket, PSN/Xbox/Nintendo auth code, Game Center/Play Games token)}", Response: "{access_token, player_id, expires_in}", Auth: "none (platform token in body, verified with the platform)", Note: "first sign-in on a platform links it to the player id"},
			{Method: "GET", Path: "/v1/games/{game_id}/saves", Response: "{slots[]: slot_id, head_version, head_sha256, updated_at, device, summary, conflict: [versions with device, time, playtime, summary] | null}", Note: "the launch check: a few hundred bytes"},
			{Method: "POST", Path: "/v1/games/{game_id}/saves/{slot_id}/uploads", Request: "{base_version, size_bytes, sha256, reason, playtime_s, summary, device_id}", Response: "201 {upload_id, put_url (pre-signed, 10 min)} | 200 {unchanged} | 413 {quota_left}", Idempotent: true, Note: "idempotent on (device_id, sha256); reserves quota"},
			{Method: "POST", Path: "/v1/games/{game_id}/saves/{slot_id}/uploads/{upload_id}/commit", Response: "200 {version, head: true} | 200 {version, head: false, conflict: [...]}", Idempotent: true, Note: "verifies the stored object's size and SHA-256, then moves the head only if it still equals base_version"},
			{Method: "GET", Path: "/v1/games/{game_id}/saves/{slot_id}/versions/{version}", Response: "{version, size_bytes, sha256, get_url (pre-signed, 10 min)}"},
			{Method: "GET", Path: "/v1/games/{game_id}/saves/{slot_id}/versions?cursor=", Response: "{versions[]: version, device, created_at, playtime, summary; next_cursor}", Paginated: true},
			{Method: "POST", Path: "/v1/games/{game_id}/saves/{slot_id}/resolve", Request: "{keep_version, expected_conflict: [versions]}", Response: "200 {head_version}", Idempotent: true, Note: "the player's choice; the other side stays restorable in the history"},
			{Method: "POST", Path: "/v1/games/{game_id}/saves/{slot_id}/restore", Request: "{version}", Response: "200 {head_version}", Idempotent: true},
		},
		Screens: []screen{
			{Name: "Title screen sync", Shows: "'Checking cloud saves…', then slots with chapter, playtime and last device; downloads newer slots", Calls: []string{"POST /v1/sessions/platform", "GET /v1/games/{game_id}/saves", "GET /v1/games/{game_id}/saves/{slot_id}/versions/{version}"}},
			{Name: "Conflict choice", Shows: "two cards — 'Switch, today 08:40, 41 h 10 min, Chapter 5' vs 'Phone, today 08:55, 40 h 50 min, Chapter 4' — and 'Keep this one'", Calls: []string{"POST /v1/games/{game_id}/saves/{slot_id}/resolve"}},
			{Name: "Save on quit", Shows: "'Saving to cloud…' with progress; 'Saved locally, will upload later' when offline", Calls: []string{"POST /v1/games/{game_id}/saves/{slot_id}/uploads", "POST /v1/games/{game_id}/saves/{slot_id}/uploads/{upload_id}/commit"}},
			{Name: "Save history", Shows: "earlier versions of a slot with device, date and progress; restore", Calls: []string{"GET /v1/games/{game_id}/saves/{slot_id}/versions", "POST /v1/games/{game_id}/saves/{slot_id}/restore"}},
		},
		Flows: []flow{
			{Name: "Check on launch", Steps: []string{
				"The game exchanges the player's platform token (Steam, PSN, Xbox Live, Nintendo, Apple/Google) with {c:savesvc}, which verifies it with the platform and looks up the Platform link to the player id, then asks for the slot heads.",
				"{c:savesvc} reads the player's slot rows from {c:savedb} (one partition) and returns heads with their summaries; a slot in conflict comes with both sides.",
				"For each slot whose head differs from the local copy and whose local copy is not newer, the game downloads the version from {c:objstore} through a pre-signed URL and checks its SHA-256 before replacing the local file."}},
			{Name: "Upload a save", Steps: []string{
				"On quit, checkpoint or every 3rd autosave, the game compresses the save, hashes it and posts an upload intent with the version it started from (base_version); an unchanged hash returns 'unchanged' at once.",
				"{c:savesvc} reserves the size against the player's quota in {c:savedb} and returns a pre-signed PUT URL; the game uploads the file straight to {c:objstore}, resuming on failure.",
				"On commit {c:savesvc} checks the object's size and SHA-256, writes the Save version row, and moves the slot head with a conditional write `head_version = base_version`: success makes it the head; failure means another device moved the head since this one started — the version is kept and the slot is marked in conflict.",
				"The commit emits a version event to {c:queue}; {c:savepruner} applies the slot's retention."}},
			{Name: "Resolve a conflict", Steps: []string{
				"The next launch on any device shows the choice screen with device, time, playtime and progress of each side.",
				"The player's choice is a conditional write that clears the conflict only if it is still the one shown, and makes the chosen version the head as a new version with both sides as bases; the other stays in the history."}},
			{Name: "Prune versions", Steps: []string{
				"{c:savepruner} consumes version events from {c:queue}, keeps the last 10 versions and one a day for 7 days per slot (plus any version in an open conflict), and sets keep_until on the rest.",
				"A daily sweep deletes expired version rows, then their files from {c:objstore} when no kept version shares the hash, and releases their bytes from the player's quota."}},
		},
		Deep: []deepDive{
			{Title: "Detecting conflicting saves across devices", Weight: 10, Body: "A conflict is two devices continuing from the same save. Wall-clock time cannot detect it (the Switch played offline for an hour; its clock may be wrong) and 'newest wins' silently deletes an hour of someone's play. Every device therefore uploads with base_version — the version it downloaded or last uploaded — and the commit is a compare-and-set on the slot head: `head_version == base_version` moves the head; anything else is a conflict.\n\nWith one authoritative head per slot this is exact, and a vector clock adds nothing: the version plus the device id of each upload says who continued from what. Vector clocks would matter only if devices synced with each other without the server, which they do not.\n\nOn conflict nothing is discarded. The new upload is stored as a version, the slot carries both candidates, and the next launch shows a choice with device, time, playtime and the game's own progress summary (chapter, level). Games that can merge deterministically (achievements, unlocked cosmetics) do it client-side after the choice. Until the player chooses, uploads from either side still commit as versions based on their own branch, so no progress is lost while the question is open.\n\nThe same rule covers a device that comes back after weeks: its stale base makes its upload a conflict instead of overwriting a month of play."},
			{Title: "Upload policy and the size of the write path", Weight: 9, Body: "Uploading every 5-minute autosave would mean {dau} players' active share each sending up to 5 MB every 5 minutes — about {peak_write} writes a second at peak and gigabytes a second of ingress — while adding almost nothing: the cloud copy matters when the player switches device, which happens after a quit.\n\nThe client therefore uploads on quit and on console suspend (the platform gives a few seconds; the save is written locally first and uploaded on next launch if the window closes), at story checkpoints, and on every 3rd autosave as insurance against a crash — about a third of the autosave rate, and less after skipping unchanged hashes. Uploads are spread: a per-device jitter of up to 60 s on the periodic ones keeps a patch-day evening from synchronising them.\n\nBytes never pass through {c:savesvc}: the intent returns a pre-signed URL, the game PUTs to {c:objstore} (multipart, resumable), and the commit verifies size and SHA-256 before the head can point at it. A crash mid-upload leaves an orphan object that the intent's expiry cleans up, and never a head pointing at half a file."},
			{Title: "Bounded history, quotas and storage", Weight: 8, Body: "Kept naively, every upload of every slot is stored forever, which grows with playtime rather than with players. Each slot instead keeps the last 10 versions and one per day for 7 days, plus anything in an open conflict — enough to undo a corrupted save or a bad story choice — so storage is players × slots × about 15 versions × the compressed save size — the engine's 'storage kept' above counts every upload for about a week, an upper bound on the same thing. Files are content-addressed by SHA-256 within the player's prefix, so re-uploading an unchanged save or restoring an old version costs no bytes.\n\nThe quota is enforced at intent time: bytes_reserved grows atomically with the intent and is settled at commit or expiry, so parallel uploads from three devices cannot overshoot it. A player at quota gets 413 with the bytes left, and the game offers to delete a slot rather than failing silently at quit.\n\nVersions older than 30 days move to an infrequent-access storage class; a player inactive for a year keeps only each slot's head."},
		},
		Caching:      []string{"Slot heads are never cached: the launch check is one partition read of a few rows in {c:savedb}, and a cached head could hide a newer save on another device — the exact bug this service exists to prevent. Where launch checks are heavy enough to want a cache, it holds only immutable Save version summaries (device, playtime, chapter) for the history and conflict screens. Save files are private and not put on a CDN; pre-signed URLs go straight to {c:objstore}."},
		Partitioning: []string{"{c:savedb} is partitioned by player_id: a player's slots, versions, devices and quota are one partition, so a commit and its quota update are one conditional transaction and the hottest key is one player, never a game. {c:objstore} keys start with the player id, spreading objects across the store's prefixes."},
		Async:        []string{"Version pruning, quota release after deletes, storage-class moves and save analytics (sizes, conflict rates per game build) run off {c:queue}; nothing on the launch or commit path waits for them."},
		Reliability: []string{
			"The head moves only after the file is verified in {c:objstore} (replicated across zones): an acknowledged save survives the loss of a zone, and a failed commit leaves the previous head intact.",
			"When {c:savesvc} is unreachable the game plays from its local save and queues the upload with its base_version; on reconnect the upload commits or becomes a conflict — it never overwrites blindly.",
			"A bad game build that writes corrupt saves is the real disaster: the history lets support or a bulk job roll every affected slot back to the last version written by a good build (the version row records the build).",
			"Alert on the conflict rate per game build (a spike means a client bug sending stale base versions), commit failures, and uploads refused for quota.",
		},
		Security: []string{
			"Platform identities (Steam, PSN, Xbox Live, Nintendo, Apple, Google) are linked to one publisher account; a token from one platform can only read and write that account's saves, and pre-signed URLs are scoped to one object and expire in 10 minutes.",
			"Saves can hold purchased items and progress that players try to duplicate or edit: the server stores the SHA-256 and the uploading device, and games that care sign their saves with a per-account key so a hand-edited file is refused at load.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Compare-and-set on base_version, both sides kept on conflict", Rejected: "last writer wins by timestamp", Why: "device clocks and offline play make 'latest' meaningless, and last-writer-wins deletes real progress without telling the player"},
			{Decision: "Version number + device id per upload", Rejected: "vector clocks per device", Why: "one authoritative head per slot orders everything; vector clocks only pay off when replicas accept writes independently, which devices here do not"},
			{Decision: "Upload on quit, checkpoints and every 3rd autosave", Rejected: "upload every autosave", Why: "about a third of the writes and bandwidth, and the cloud copy that matters — the one after a session — is always there"},
			{Decision: "Bounded history per slot", Rejected: "keeping every upload", Why: "storage proportional to players rather than to total playtime, while still covering corruption and regret"},
		},
		Bottlenecks: []string{"Evening peaks and patch days, when most players launch within an hour: the launch check is cheap, but downloads after a patch that changed the save format are not — migrate saves lazily on the client, never in a bulk server job.", "A game build that loops uploading (a bug) can burn quota and bandwidth: per-slot rate limit of one upload a minute."},
		Open:        []string{"How many slots per game, and does the quota differ per game?", "Should the platforms' own cloud saves (PlayStation, Xbox) be synchronised with ours or replaced for cross-save?", "Which games want an automatic merge instead of the player's choice?"},
	},
}

// gameSaveComponents are the building blocks of the cloud-save archetype.
var gameSaveComponents = []compSpec{
	{ID: "gameclients", Name: "Game clients", Kind: "client", Tech: "PC, console and mobile builds of the game with the cloud-save SDK",
		Desc:  "save locally, check slot heads on launch, upload on quit and every 3rd autosave, show the conflict choice",
		Links: []link{{"gateway", "HTTPS/JSON API"}, {"objstore", "save files (pre-signed URLs)"}}, Aliases: []string{"game", "clients", "game clients", "sdk"}},
	{ID: "savesvc", Name: "Save service", Kind: "service", Tech: "stateless Go service",
		Desc:  "slot heads, upload intents with quota reservation, verified commits by compare-and-set, conflict choices and restores",
		Links: []link{{"savedb", "slots, versions, quota (conditional writes)"}, {"objstore", "pre-signed URLs, verify size and hash"}, {"queue", "version events"}, {"cache", "immutable version summaries (never slot heads)"}}, Aliases: []string{"save service", "cloud save service"}},
	{ID: "savedb", Name: "Save metadata DB", Kind: "database", Tech: "DynamoDB (or Cassandra with lightweight transactions) partitioned by player id",
		Desc: "save slots, versions, devices and quota per player", Aliases: []string{"save db", "save metadata"}},
	{ID: "savepruner", Name: "Version pruner", Kind: "worker", Tech: "Go workers consuming version events plus a daily sweep",
		Desc:  "keeps a bounded history per slot, deletes expired versions and their files, releases quota",
		Links: []link{{"queue", "version events"}, {"savedb", "keep_until, quota"}, {"objstore", "delete unreferenced files"}}, Aliases: []string{"pruner", "retention"}},
}

func init() {
	addCatalog(gameSaveComponents, link{"savesvc", "slot heads, uploads, commits"})
}
