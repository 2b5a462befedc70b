package offline

// calendarFeatures is the calendar and meeting-scheduling archetype (Google Calendar, Calendly):
// events kept as recurrence rules in their own time zones, free/busy across many people, booking
// links that must not double-book a host, reminders at local times and sync with other calendars.
// It is kept apart from reservations, whose inventory is rooms and tables counted per date.
var calendarFeatures = []*feature{
	{
		ID: "calendar", Name: "calendars and meeting scheduling", Archetype: "calendar and scheduling service", Rank: 53,
		Load:         &loadProfile{WritesPerUser: 3, ReadsPerUser: 30, ReadWrite: 10, RecordBytes: 1000, ResponseBytes: 10_000, PeakFactor: 3, Retention: 5, PerThingPerDay: 3, Write: "event change or RSVP", Read: "calendar view or free/busy query"},
		Style:        "an event store sharded by calendar owner that keeps recurring series as rules (RRULE plus exceptions) in their own time zone, a per-user free/busy index expanded from them for a rolling year that answers 'who is free' with range scans, and durable timers for reminders — with sync connectors to external calendars at the edge",
		CapacityNote: "Bytes are small (about 2 KB for a new event, tens of bytes for an RSVP or an edit in place, and a recurring series is stored once as a rule), so 1 KB per change is the average; what grows is fan-out and expansion: an invitation to N people is N calendar copies and N free/busy updates, one edit to a weekly series re-expands up to a year of occurrences for every attendee, and a free/busy query reads N people's calendars at once. Reminders fire in bursts just before the top and half of every hour, in every time zone.",
		Functional: []string{
			"Create, edit and delete events on personal and shared calendars: title, time, location, attendees, video link, visibility",
			"Recurring events from RFC 5545 rules (daily; weekly on Mon and Wed; monthly on the last Friday…) with exceptions: a cancelled or moved occurrence, and 'this and following' edits",
			"Time zones: each event keeps its IANA zone, so a 9:00 weekly stand-up stays at 9:00 local across DST, and every viewer sees it in their own zone; all-day events float",
			"Invitations and RSVPs (accept, decline, tentative, propose a new time); guests on other systems get iCalendar invitations by email",
			"Free/busy across many attendees and meeting rooms, with 'find a time' suggestions",
			"Reminders by push and email at the right local time before each occurrence",
			"Two-way sync with external calendars (Google, Microsoft 365, iCloud over CalDAV) and ICS feed subscriptions",
		},
		NonFunctional: []string{
			"Month view with recurring events < 200 ms p95; free/busy for 50 attendees over two weeks < 500 ms",
			"Reminders within 30 s of their local time, once per occurrence and channel, across DST changes and time-zone database updates",
			"A change reaches the user's other devices and the attendees' calendars within seconds, external calendars within a minute",
		},
		OutOfScope: []string{"The video meeting itself (a conferencing link is attached to the event)", "Facilities management beyond rooms bookable as attendees", "Task lists and to-dos"},
		UseCases: []string{
			"Priya creates a weekly 9:00 Europe/London stand-up for 8 people; Dan in New York sees it at 4:00, and at 5:00 in the March weeks when the US has changed its clocks and the UK has not",
			"She moves next week's occurrence to Thursday and cancels the one in the holiday week",
			"An assistant finds a time for 15 people and two rooms across three time zones",
			"An event created in Outlook appears in the user's calendar and shows them busy to colleagues",
		},
		Entities: []entity{
			{Name: "Calendar", Store: "caldb", Key: "calendar_id", Partition: "owner_id", Indexes: "(owner_id); ACL (grantee_id, calendar_id)",
				Fields: "calendar_id, owner_id, name, default_tz, acl (owner|editor|reader|free-busy only), change_seq", Why: "small and relational; change_seq is the sync cursor devices and CalDAV clients ask from"},
			{Name: "Event", Store: "caldb", Key: "(calendar_id, event_id)", Partition: "owner_id of the calendar", Indexes: "unique(calendar_id, ical_uid); (calendar_id, first_start_utc, last_end_utc) for window queries; (calendar_id, change_seq)",
				Fields: "event_id, ical_uid, calendar_id, organizer_id, title, start_local, end_local, tzid, all_day, rrule, exdates[], sequence, etag, attendees[] (email, partstat, is_room), reminders[], visibility, change_seq",
				Why:    "a series is one row holding its rule in its own zone; occurrences are computed, never all stored; every attendee's calendar holds its own copy keyed by the same ical_uid"},
			{Name: "Event exception", Store: "caldb", Key: "(calendar_id, event_id, recurrence_id)", Partition: "owner_id of the calendar", Indexes: "-",
				Fields: "recurrence_id (the occurrence's original local start), status (cancelled|moved), overridden fields", Why: "RFC 5545 RECURRENCE-ID: an edited occurrence is named by its original start, so it survives edits to the rest of the series"},
			{Name: "Busy interval", Store: "fbdb", Key: "(user_id, start_utc, event_id)", Partition: "user_id", Indexes: "GiST on (user_id, tstzrange(start_utc, end_utc))",
				Fields: "user_id, start_utc, end_utc, event_id, recurrence_id, source (own|invited|external|booking|hold), busy (bool), hold_expires_at",
				Why:    "occurrences expanded to UTC for a rolling 12 months, so free/busy and slot finding are range scans with no rule arithmetic at read time"},
			{Name: "Pending reminder", Store: "caldb", Key: "reminder_id", Partition: "user_id (with the user's calendars)", Indexes: "(fire_at_utc) — each shard's due index; (event_id, user_id) to re-arm on edits",
				Fields: "reminder_id, user_id, event_id, recurrence_id, fire_at_utc, channel (push|email), offset, event_etag", Why: "only the next occurrence's reminders are stored, on the guest's own shard; firing one inserts the next in the same transaction, so a series never schedules more than one ahead"},
			{Name: "Sync connection", Store: "caldb", Key: "(user_id, provider, external_calendar_id)", Partition: "user_id", Indexes: "(channel_expires_at) to renew webhook channels",
				Fields: "provider (google|microsoft|caldav|ics), token reference (secrets manager), sync_token or ctag, channel_id, channel_expires_at, last_synced_at, error_count", Why: "per-connection sync cursor and webhook channel to renew"},
		},
		Components: []string{"client", "calsvc", "caldb", "availsvc", "fbdb", "expander", "remindsched", "syncsvc", "extcal", "invitemail", "notifsvc"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/calendars/{id}/events?from=&to=&tz=", Response: "{occurrences[]: event_id, recurrence_id, start, end (in tz), title, response, etag}, next_cursor", Paginated: true, Note: "series expanded for the window only"},
			{Method: "POST", Path: "/v1/calendars/{id}/events", Request: "{title, start_local, end_local, tzid, rrule?, attendees[], reminders[]} + Idempotency-Key", Response: "201 {event_id, ical_uid, etag}", Idempotent: true},
			{Method: "PATCH", Path: "/v1/events/{id}?scope=&recurrence_id=", Request: "{changed fields} + If-Match: etag", Response: "200 {event, etag} | 412 (changed meanwhile)", Idempotent: true, Note: "scope is this, following or all; 'following' splits the series"},
			{Method: "DELETE", Path: "/v1/events/{id}?scope=&recurrence_id=", Request: "If-Match: etag", Response: "204", Idempotent: true},
			{Method: "POST", Path: "/v1/events/{id}/rsvp", Request: "{response: accepted|declined|tentative, recurrence_id?, comment?, proposed_start?}", Response: "200 {partstat}", Idempotent: true},
			{Method: "POST", Path: "/v1/freebusy", Request: "{attendees[] (people, rooms), from, to, tz}", Response: "{busy{attendee: intervals[]}, suggestions[]}", Note: "a read with a long body; titles only where the ACL allows"},
			{Method: "GET", Path: "/v1/sync?calendar_id=&token=", Response: "{changed[], deleted[], next_token} | 410 (token expired: full resync)", Paginated: true},
			{Method: "POST", Path: "/v1/connections", Request: "{provider, oauth_code | caldav_url + app password | ics_url}", Response: "201 {connection_id}", Idempotent: true},
			{Method: "POST", Path: "/v1/webhooks/{provider}", Request: "provider change notification (channel id, resource state)", Response: "200", Idempotent: true, Auth: "per-channel token / signature check"},
		},
		Screens: []screen{
			{Name: "Week and month view", Shows: "occurrences in the viewer's zone, colours per calendar, RSVP state", Calls: []string{"GET /v1/calendars/{id}/events", "GET /v1/sync"}},
			{Name: "Event editor", Shows: "time and zone, repeat rule, guests with their free/busy, rooms, reminders; 'this event / this and following / all'", Calls: []string{"POST /v1/calendars/{id}/events", "PATCH /v1/events/{id}", "DELETE /v1/events/{id}", "POST /v1/freebusy"}},
			{Name: "Invitation", Shows: "event details, other guests' responses, accept / decline / maybe / propose a time", Calls: []string{"POST /v1/events/{id}/rsvp"}},
			{Name: "Connected calendars", Shows: "Google, Microsoft, CalDAV and ICS connections with last sync", Calls: []string{"POST /v1/connections"}},
		},
		Flows: []flow{
			{Name: "Create a recurring event with guests", Steps: []string{
				"{c:calsvc} validates the RRULE and the zone, writes the series to the organizer's calendar in {c:caldb} with an outbox event, and answers with the event's etag.",
				"{c:expander} consumes the event from {c:queue} (partitioned by attendee): for each guest it writes their calendar copy (same ical_uid, partstat needs-action) and expands the occurrences for the next 12 months in the event's zone into {c:fbdb} as busy intervals.",
				"{c:invitemail} sends guests outside the system an iMIP email with the .ics (METHOD:REQUEST); {c:notifsvc} pushes an invitation to the guests on the system; {c:remindsched} arms each guest's next reminder."}},
			{Name: "Fire a reminder", Steps: []string{
				"{c:remindsched} holds a lease per {c:caldb} shard and loads the next minute of the shard's `(fire_at_utc)` due index into a timer wheel.",
				"At fire time a reminder whose event_etag is stale is recomputed instead of sent; otherwise {c:notifsvc} sends it with the dedup key (event, occurrence, user, offset).",
				"In the same step the next occurrence's reminder is computed from the rule in the event's zone and inserted, so each series has one pending reminder per guest."}},
			{Name: "Sync an external calendar", Steps: []string{
				"Google or Microsoft call `POST /v1/webhooks/{provider}` when a watched calendar changes; the webhook carries no data, only 'something changed'.",
				"The sync workers ({c:syncsvc}) pull the delta from {c:extcal} with the connection's sync token (CalDAV sync-collection REPORT, Google syncToken, Graph delta link), map events by iCalendar UID and apply them to {c:caldb} with their ETags.",
				"Changes that originated here are recognised by UID and ETag and not written back, so two-way sync does not loop; an expired token (HTTP 410) triggers a full resync of that calendar."}},
		},
		Deep: []deepDive{
			{Title: "Recurrence, exceptions and time zones", Weight: 10, Body: "A series is stored the way RFC 5545 defines it — DTSTART with a TZID, an RRULE, EXDATEs, and overridden occurrences keyed by RECURRENCE-ID (their original local start) — never as a list of rows, because 'every weekday, forever' has no end. Occurrences are generated in the event's own zone and then converted to UTC with the IANA tz database, which is what keeps a 9:00 London stand-up at 9:00 London across DST and moves it for a New York viewer in the weeks the two countries change clocks on different dates.\n\nLocal times that do not exist (02:30 on a spring-forward night) shift forward and ambiguous ones take the first instant, as the RFC says; all-day events carry no zone and float. A view expands only its window — a month is at most a few hundred occurrences per calendar, microseconds of work — while {c:expander} keeps the next 12 months in UTC in {c:fbdb} for free/busy, extending the horizon nightly.\n\n'This and following' edits split the series: the old rule gets an UNTIL, a new series starts with the edit, and exceptions after the split move with it. Governments change DST rules at weeks' notice, so a tz database release triggers re-expansion of future occurrences in the affected zones and re-arms their reminders."},
			{Title: "Free/busy across many attendees, and invitation fan-out", Weight: 8, Body: "Views and free/busy queries peak at about {peak_read}/s. A free/busy query for 50 people over two weeks is 50 range scans over their UTC busy intervals, grouped by shard and run in parallel, then merged with a sweep line over the sorted intervals and intersected with each person's working hours in their own zone; rooms are attendees with a calendar. Per-person week results are cached and deleted when that person's intervals change, and the answer carries only busy/free, never titles, unless the viewer's ACL allows more.\n\nWriting is where the load is: an invitation to N guests is N calendar copies and N sets of busy intervals, done asynchronously by {c:expander} from {c:queue} partitioned by attendee, so a 10,000-person all-hands is accepted in milliseconds and lands in every calendar within seconds; editing a weekly series re-expands a year of occurrences for each guest, so the expander diffs old and new occurrences and writes only the changes. RSVPs update one guest's partstat on the organizer's copy with a conditional write on the etag, and the organizer's view aggregates responses."},
			{Title: "Reminders at the right local time", Weight: 7, Body: "Reminders are durable timers, but only one per series and guest is pending at a time: its fire time is the next occurrence's start, computed in the event's zone and converted to UTC, minus the offset. Firing it inserts the next, so a daily meeting never schedules a year of timers.\n\nTimed events are absolute instants, so a traveller's reminders do not move; all-day events remind relative to the guest's current zone. Any edit, DST change or tz database update changes the event's etag, and a reminder carrying an old etag is recomputed instead of sent.\n\nPending reminders live on the guest's shard of {c:caldb} with an index on fire time; {c:remindsched} holds a lease per shard, keeps the next minute in a timer wheel and sends through {c:notifsvc} with a dedup key per (event, occurrence, user, offset), so a scheduler failover repeats nothing. The load is spiky — 10 minutes before the hour and the half hour, in every zone — and because reminders are spread by user rather than by time, every shard takes its share of each spike."},
			{Title: "Two-way sync with Google, Microsoft and CalDAV", Weight: 6, Body: "Each provider pushes only 'something changed': Google push channels and Microsoft Graph subscriptions expire after days and are renewed ahead of expiry from the connection's channel_expires_at index, and a missed webhook is caught by a periodic delta poll.\n\n{c:syncsvc} then pulls the delta with the stored sync token (Google syncToken, Graph delta link, CalDAV sync-collection with ETags, ICS feeds with If-None-Match), identifies events by iCalendar UID, and resolves conflicts by SEQUENCE then last modification. Provider quotas are per user and per app, so each connection has a token bucket and a backoff on 403 rate-limit responses; an expired token (410) means a full resync of that calendar."},
		},
		Caching: []string{
			"{c:cache}: expanded month views per (calendar, month, zone) for 5 minutes, deleted on any change to the calendar (its change_seq moves); free/busy per (user, week), deleted when the user's intervals change.",
		},
		Partitioning: []string{"{c:caldb} by calendar owner, so a person's calendars, events and exceptions are one shard; {c:fbdb} by user_id, so one person's busy time for a free/busy query is one range scan on one shard; {c:queue} partitioned by attendee so each person's calendar changes apply in order; pending reminders sit on their guest's shard, so the spike before each hour is spread across every shard."},
		Async: []string{
			"Attendee copies, free/busy expansion, iMIP emails, push invitations and reminder re-arming consume event changes from {c:queue}, published through the transactional outbox of {c:caldb}.",
			"{c:expander} runs a nightly job that extends every series' expansion by a day, keeping a 12-month horizon.",
		},
		Reliability: []string{
			"If {c:extcal} is down or rate-limits us, sync falls behind and connections show 'last synced' times.",
			"If {c:expander} falls behind, guests' copies and free/busy lag by the consumer lag (alerted above 30 s) but nothing is lost: the organiser's event and its outbox row commit first, and expansion is idempotent, keyed by (event, occurrence, attendee). The busy-interval table is derived data and can be rebuilt from {c:caldb} by re-expanding every series.",
			"Reminders missed while {c:remindsched} was down are sent on recovery if the occurrence has not started yet, and skipped once it has: a reminder after the meeting began is noise.",
		},
		Security: []string{
			"Calendars reveal where people are and with whom: ACLs per calendar (free/busy only, details, edit); free/busy answers never contain titles without access; private events show as busy.",
			"OAuth tokens for Google and Microsoft and CalDAV app passwords live in a secrets manager, referenced by id and encrypted; webhook calls are verified by per-channel tokens.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Store rules (RRULE + exceptions) and expand a 12-month window for free/busy", Rejected: "materialising every occurrence as a row", Why: "open-ended series have no last row, and an edit to 'all events' would rewrite thousands of rows per guest; the window keeps reads as range scans"},
			{Decision: "Local time plus IANA zone for every event", Rejected: "storing only UTC", Why: "UTC alone moves a 9:00 meeting to 8:00 or 10:00 at every DST change and cannot absorb a government's rule change"},
			{Decision: "One pending reminder per series and guest", Rejected: "scheduling a timer for every future occurrence", Why: "infinite series, and every edit or DST change would have to rewrite them all"},
		},
		Bottlenecks: []string{"Organisation-wide events and room calendars are hot: a 10,000-guest invitation or an edit to it fans out to 10,000 calendars; the expander diffs occurrences and rate-limits per organiser so one all-hands does not delay everyone else's invitations."},
		Open:        []string{"How far ahead must free/busy look — is 12 months of expansion enough?", "Which external calendars are required at launch: Google, Microsoft, iCloud, or ICS only?"},
	},
	{
		// Booking links are the Calendly half of the domain: a public page where people outside the
		// system take a slot of a host's time. Their problem is the double booking a calendar alone
		// never has to prevent, so they come only with a statement that offers them.
		ID: "schedlinks", Name: "booking links",
		Functional:    []string{"Booking links (Calendly-like): a host publishes availability rules and invitees book a free slot, never double-booked; round-robin and collective team links"},
		NonFunctional: []string{"A booking link never books a host into overlapping time, even when two invitees submit the same slot in the same second or the host's external calendar changes"},
		UseCases:      []string{"A recruiter shares a booking link; two candidates submit the same 14:30 slot; one gets it, the other is shown the next free times"},
		Entities: []entity{
			{Name: "Scheduling link", Store: "fbdb", Key: "slug", Partition: "host_id (first host)", Indexes: "(host_id)",
				Fields: "slug, host_ids[], mode (one-on-one|round-robin|collective), duration, buffer_before, buffer_after, min_notice, max_per_day, weekly_hours + tz, date_overrides, questions", Why: "the host's availability rules, beside the host's busy intervals"},
			{Name: "Booking", Store: "fbdb", Key: "booking_id", Partition: "host_id", Indexes: "EXCLUDE USING gist (host_id WITH =, tstzrange(start_utc - buffer_before, end_utc + buffer_after) WITH &&) WHERE status <> 'cancelled'; unique(idempotency_key)",
				Fields: "booking_id, slug, host_id, invitee_name, invitee_email, start_utc, end_utc, invitee_tz, answers, status, event_id", Why: "on the host's shard with their busy intervals, so checking and booking a slot is one local transaction and the constraint refuses an overlap"},
		},
		Components: []string{"availsvc", "fbdb", "calsvc", "syncsvc"},
		APIs: []endpoint{
			{Method: "PUT", Path: "/v1/scheduling-links/{slug}", Request: "{hosts[], mode, duration, buffers, weekly_hours, tz, min_notice, max_per_day}", Response: "200 {url}", Idempotent: true},
			{Method: "GET", Path: "/v1/scheduling-links/{slug}/slots?from=&to=&tz=", Response: "{slots[] in the invitee's zone}", Auth: "none (public link; rate limited per IP)"},
			{Method: "POST", Path: "/v1/scheduling-links/{slug}/bookings", Request: "{start, invitee {name, email, tz}, answers} + Idempotency-Key", Response: "201 {booking_id, event_id} | 409 {next_slots[]}", Idempotent: true, Auth: "none (public link; CAPTCHA and rate limit)"},
		},
		Screens: []screen{
			{Name: "Public booking page", Shows: "the host's free slots in the invitee's zone, a form, confirmation", Calls: []string{"GET /v1/scheduling-links/{slug}/slots", "POST /v1/scheduling-links/{slug}/bookings"}},
			{Name: "Booking link settings", Shows: "weekly hours, buffers, duration, hosts and mode", Calls: []string{"PUT /v1/scheduling-links/{slug}"}},
		},
		Flows: []flow{
			{Name: "Book a slot through a link", Steps: []string{
				"{c:availsvc} computes the slots: the host's weekly hours in the host's zone, minus busy intervals in {c:fbdb} (own, invited, external and booked, widened by the buffers), minus the minimum notice and daily cap; shown in the invitee's zone.",
				"On submit it opens one transaction on the host's shard: locks the host's row (`SELECT … FOR UPDATE`), re-checks overlap with busy intervals, inserts the booking — the exclusion constraint refuses an overlap — and a busy interval, then commits.",
				"A loser gets 409 with the next free slots; the winner's event is created by {c:calsvc} in both calendars, and it is written to the host's external calendar by {c:syncsvc}."}},
		},
		Deep: []deepDive{
			{Title: "Booking links that never double-book", Weight: 14, Body: "Slots shown on the booking page are a cheap, possibly stale guess; the booking itself is decided in one transaction on the host's shard of {c:fbdb}: lock the host's row, re-read busy intervals that overlap the slot widened by the buffers, insert the booking and its busy interval. Two invitees who submit 14:30 in the same second are serialised on the host's row; the second sees the first's interval and gets 409 with the next free slots, and a PostgreSQL exclusion constraint on (host_id, time range) refuses an overlap even if a code path forgets the lock.\n\nThe host's external calendar is the weak spot, because it is not in our transaction: its busy intervals are mirrored by webhooks within seconds, the commit path also asks the provider's free/busy API live (a 300 ms timeout, falling back to the mirror), and the booked event is written to the external calendar at once so the window for a clash is seconds.\n\nRound-robin links try the hosts in priority and fairness order and commit with the first whose check passes; collective links need every host free, so the service takes a two-minute hold interval on each host's shard in host_id order and confirms all or releases all, and an expired hold frees itself."},
		},
		Reliability: []string{
			"{c:fbdb} shards run a synchronous standby (RPO 0), since a lost booking row is a double booking later; the booking page shows slots from replicas while a shard fails over, and booking submissions get 503 and retry with their idempotency key.",
			"If a host's external calendar cannot be reached, the booking path falls back to its mirrored busy intervals and says so in the host's notification.",
		},
		Security: []string{"Public booking pages are rate limited per IP with a CAPTCHA after a few attempts, so bots cannot hoard slots; invitees' answers are visible only to the link's hosts."},
		Tradeoffs: []tradeoff{
			{Decision: "Per-host transaction with an exclusion constraint for bookings", Rejected: "a Redis lock per slot", Why: "slots overlap in arbitrary ways (30- and 60-minute links, buffers), so a key per slot cannot express the conflict, and a lock can expire under a paused process; the constraint cannot be fooled"},
		},
		Caching: []string{"{c:cache}: computed slots per (link, day, invitee zone) for 30 s — a guess the booking transaction re-checks against {c:fbdb}, never trusts."},
		Open:    []string{"Do booking links take payments or only free meetings?"},
	},
}

// calendarComponents are the building blocks of the calendar and scheduling archetype.
var calendarComponents = []compSpec{
	{ID: "calsvc", Name: "Calendar service", Kind: "service", Tech: "stateless Go service with an RFC 5545 recurrence library and the IANA tz database",
		Desc:  "events, series and exceptions, invitations and RSVPs, window expansion for views, device sync by change sequence",
		Links: []link{{"caldb", "events, exceptions (outbox)"}, {"cache", "expanded views"}, {"queue", "event changes"}}, Aliases: []string{"calendar service", "event service"}},
	{ID: "caldb", Name: "Calendar DB", Kind: "database", Tech: "PostgreSQL partitioned by calendar owner, synchronous standby",
		Desc: "calendars, event series with their rules and zones, exceptions, attendees, pending reminders and sync connections", Aliases: []string{"calendar db", "events db", "calendar database"}},
	{ID: "availsvc", Name: "Availability service", Kind: "service", Tech: "stateless Go service",
		Desc:  "free/busy queries across attendees and 'find a time' suggestions; where booking links are offered, their open slots and the per-host booking transaction",
		Links: []link{{"fbdb", "busy intervals"}, {"cache", "free/busy per user-week"}, {"calsvc", "create the booked event"}, {"extcal", "live free/busy check"}}, Aliases: []string{"availability service", "free/busy service"}},
	{ID: "fbdb", Name: "Free/busy DB", Kind: "database", Tech: "PostgreSQL partitioned by user id, GiST index on time ranges, synchronous standby",
		Desc: "every user's busy intervals in UTC for the next 12 months (and any booking links' bookings, beside their host's intervals)", Aliases: []string{"free/busy db", "freebusy", "availability db"}},
	{ID: "expander", Name: "Recurrence expander", Kind: "worker", Tech: "consumer group on the event log, partitioned by attendee",
		Desc:  "writes attendees' copies and expands series into busy intervals for a rolling 12 months, diffing on edits",
		Links: []link{{"queue", "event changes"}, {"caldb", "attendee copies"}, {"fbdb", "busy intervals"}}, Aliases: []string{"expander", "recurrence expander"}},
	{ID: "remindsched", Name: "Reminder scheduler", Kind: "worker", Tech: "Go workers holding a lease per Calendar DB shard, with an in-memory timer wheel",
		Desc:  "fires each pending reminder at its UTC instant and arms the next occurrence's",
		Links: []link{{"caldb", "due-reminder scan, arm next"}, {"notifsvc", "send reminder"}, {"queue", "event edits to re-arm"}}, Aliases: []string{"reminders", "reminder scheduler"}},
	{ID: "syncsvc", Name: "Calendar sync workers", Kind: "worker", Tech: "Go workers with Google Calendar API, Microsoft Graph and CalDAV clients",
		Desc:  "receive change webhooks, pull deltas by sync token, push local changes out, renew push channels",
		Links: []link{{"extcal", "delta pulls, writes, channel renewals"}, {"caldb", "mirrored events, sync tokens"}, {"queue", "local changes to push out"}}, Aliases: []string{"sync", "caldav", "sync workers"}},
	{ID: "extcal", Name: "External calendars", Kind: "external", Tech: "Google Calendar API, Microsoft Graph, CalDAV servers (iCloud), ICS feeds",
		Desc: "users' calendars on other systems, reached with their OAuth grants", Aliases: []string{"google calendar", "outlook", "external calendars"}},
	{ID: "invitemail", Name: "Invitation mailer", Kind: "worker", Tech: "event-log consumer sending iMIP email with .ics attachments through Amazon SES",
		Desc:  "sends invitations, updates and cancellations to guests on other systems and parses their emailed replies",
		Links: []link{{"queue", "invitation changes"}, {"calsvc", "apply emailed RSVPs"}}, Aliases: []string{"mailer", "imip", "invitation email"}},
}

func init() {
	addCatalog(calendarComponents, link{"calsvc", "events, RSVPs, sync"}, link{"availsvc", "free/busy, find a time"}, link{"syncsvc", "provider webhooks"})
}
