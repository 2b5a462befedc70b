package offline

import "slices"

// helpdeskComponents are the building blocks of the customer-support helpdesk archetype: intake
// for every channel, the ticket state machine, routing, SLA timers and rules.
var helpdeskComponents = []compSpec{
	{ID: "mailprov", Name: "Email provider", Kind: "external", Tech: "Amazon SES / SendGrid (inbound parse webhooks, outbound with DKIM)",
		Desc:  "receives mail sent to each company's support addresses and posts it to us as a signed webhook; sends agents' replies",
		Links: []link{{"inboundsvc", "inbound mail webhook (raw MIME)"}}},
	{ID: "inboundsvc", Name: "Channel intake", Kind: "service", Tech: "stateless Go service",
		Desc:  "accepts inbound email, chat messages and web-form submissions, stores the raw message first, drops duplicates and threads each message onto its ticket",
		Links: []link{{"objstore", "raw MIME, attachments"}, {"ticketsvc", "create ticket / append comment"}}, Aliases: []string{"intake", "channel intake"}},
	{ID: "ticketsvc", Name: "Ticket service", Kind: "service", Tech: "stateless Go service",
		Desc:  "the ticket state machine: comments, field changes, macros and assignment as versioned updates, each written with its audit event and an outbox row in one transaction",
		Links: []link{{"ticketdb", "tickets, audit events, outbox"}, {"cache", "view counts"}, {"queue", "ticket events"}, {"objstore", "attachment upload URLs"}}, Aliases: []string{"ticket service"}},
	{ID: "routingsvc", Name: "Routing engine", Kind: "service", Tech: "Go service, one owner per account partition (leases); routing queues as Redis sorted sets",
		Desc:  "matches unassigned tickets and chats to available agents by skills, language, priority and free capacity; offers and assigns",
		Links: []link{{"queue", "ticket events"}, {"agentstate", "agent status, capacity, routing queues"}, {"ticketsvc", "assign (conditional on version)"}, {"ws", "offers to agents"}}, Aliases: []string{"routing", "router", "routing engine"}},
	{ID: "slaworker", Name: "SLA timer", Kind: "worker", Tech: "Go workers scanning a breach_at index per shard, with an in-memory timer wheel for the next minute",
		Desc:  "compute each ticket's business-hours deadlines, warn before a breach, escalate and record breaches",
		Links: []link{{"ticketdb", "SLA targets by breach_at"}, {"queue", "ticket events in, escalation events out"}, {"ticketsvc", "escalate (priority, group)"}}, Aliases: []string{"sla", "sla timer", "sla timers"}},
	{ID: "rulesengine", Name: "Trigger and automation engine", Kind: "worker", Tech: "Kafka consumer group (triggers) plus an hourly scan per shard (automations)",
		Desc:  "run each account's triggers on every ticket event and its time-based automations on open tickets, applying actions through the ticket service with a loop guard",
		Links: []link{{"queue", "ticket events"}, {"ticketsvc", "apply actions"}, {"ticketdb", "rules, time-based scans"}}, Aliases: []string{"triggers", "automations"}},
	{ID: "replysender", Name: "Reply sender", Kind: "worker", Tech: "Kafka consumer group",
		Desc:  "send public replies and requester notifications by email (threaded with Message-ID and References) and into live chats, with the event id as idempotency key",
		Links: []link{{"queue", "public comments"}, {"mailprov", "outbound email"}, {"ws", "chat replies"}}},
	{ID: "agentstate", Name: "Agent state store", Kind: "cache", Tech: "Redis (replica per shard), keys rebuilt from the ticket DB and agents' reconnects",
		Desc: "each agent's status, open-work count per channel and heartbeat, and the routing queues ordered by SLA due time", Aliases: []string{"agent state"}},
	{ID: "ticketdb", Name: "Ticket DB", Kind: "database", Tech: "PostgreSQL, every table keyed by account_id (distributed with Citus once one primary is not enough), synchronous standby",
		Desc: "tickets, their audit events, SLA targets, agents, groups, macros and rules, per company account", Aliases: []string{"ticket db", "ticket database"}},
}

// joinCatalog adds an archetype's components to the catalogue, and the links existing entries
// (the API gateway, the WebSocket gateway) make to them, so the archetype stays in its own file.
func joinCatalog(specs []compSpec, into map[string][]link) {
	components = append(components, specs...)
	for _, c := range specs {
		if _, dup := catalog[c.ID]; dup {
			panic("component " + c.ID + " is already in the catalogue")
		}
		catalog[c.ID] = c
	}
	for from, ls := range into {
		c := catalog[from]
		c.Links = append(slices.Clip(c.Links), ls...)
		catalog[from] = c
		for i := range components {
			if components[i].ID == from {
				components[i] = c
			}
		}
	}
}

func init() {
	joinCatalog(helpdeskComponents, map[string][]link{
		"gateway": {{"ticketsvc", "tickets, comments, views"}, {"inboundsvc", "web forms, new chats"}, {"routingsvc", "agent status"}},
		"ws":      {{"inboundsvc", "live chat messages"}, {"routingsvc", "agent heartbeats, offer accepts"}},
		"indexer": {{"queue", "change events to index"}},
	})
}

// helpdeskFeatures is the customer-support helpdesk: email, chat and web requests in one ticket
// queue, routed to agents by skill, held to SLAs, with an audit trail of every change.
var helpdeskFeatures = []*feature{
	{
		ID: "helpdesk", Name: "customer support ticketing", Archetype: "customer support helpdesk", Rank: 58,
		Load:         &loadProfile{Writes: 5, WritesPerUser: 30, ReadsPerUser: 300, ReadWrite: 10, RecordBytes: 3000, ResponseBytes: 8000, PeakFactor: 3, Retention: 5, Write: "ticket update", Read: "ticket or view read"},
		Style:        "a multi-tenant relational ticket core — every row keyed by company account, every change a versioned update written with its audit event — fed by channel intake for email, chat and web, and surrounded by event-driven routing, SLA timers and rules",
		CapacityNote: "A ticket update is a comment or a field change; an agent makes 50 to 100 of them a shift and reads far more (views, the ticket, the requester's history). Load follows office hours per region, with Monday morning about 3× the daily average, and attachments (a third of inbound emails carry one, 200 KB on average) go to object storage, not the database.",
		Functional: []string{
			"Requests arrive by email, live chat, web form and API and all become tickets in one queue; a reply to an existing conversation is added to its ticket, never opens a new one",
			"Agents work tickets: public replies and internal notes, status (new, open, pending, on-hold, solved, closed), priority, group, assignee, tags and custom fields; macros apply a canned reply and field changes in one click",
			"Skill-based routing: tickets and chats are offered to available agents whose skills (language, product, tier) match, within each agent's capacity",
			"SLA policies per priority and customer plan (first reply, next reply, resolution) counted in business hours, with warnings before a breach and escalation on breach",
			"Triggers (on every update) and automations (time-based) change tickets and notify people by the account's rules",
			"Views (saved filters such as 'unassigned urgent tickets in Billing') and full-text search over tickets, comments and requesters",
			"A customer portal where requesters see their tickets, reply and search the help centre",
			"A complete audit trail: who changed what on every ticket and when, including rules and SLA actions",
		},
		NonFunctional: []string{
			"No lost or duplicated customer messages: an inbound email is stored before it is acknowledged and threaded exactly once, even when the provider redelivers it",
			"A ticket is assigned to at most one agent at a time; two agents editing the same ticket never silently overwrite each other",
			"SLA warnings and breaches fire within a minute of their business-hours deadline",
			"A new ticket or comment is visible in views at once and in search within 2 s; an agent's workspace loads in < 500 ms p95",
			"Tenant isolation: one company's agents can never see another company's tickets",
		},
		OutOfScope: []string{"Voice calls and IVR (a telephony integration)", "The AI answer bot (it would sit in front of intake)", "Workforce scheduling and forecasting"},
		UseCases: []string{
			"A customer emails support@acme.com; the mail becomes ticket #48213 and is routed to a German-speaking billing agent",
			"The customer replies to the agent's email; the reply lands on #48213 and reopens it",
			"An urgent ticket nears its 1-hour first-reply target; the SLA warning fires at 45 minutes and the ticket escalates to the team lead at the breach",
			"An agent applies the 'Refund issued' macro, which replies, tags and solves the ticket",
			"A visitor starts a chat on the website and an agent with a free chat slot accepts it within 30 s",
		},
		Entities: []entity{
			{Name: "Ticket", Store: "ticketdb", Key: "(account_id, ticket_id)", Partition: "account_id", Indexes: "(account_id, status, group_id, assignee_id); (account_id, requester_id); (account_id, updated_at)", Fields: "account_id, ticket_id (per-account sequence: #48213), subject, requester_id, channel (email|chat|web|api), status, priority, group_id, assignee_id, tags[], custom_fields, via_thread_key, version, created_at, updated_at, solved_at", Why: "the current state, a projection of its audit events kept in the same shard so views and assignment are relational queries and conditional updates"},
			{Name: "Ticket event", Store: "ticketdb", Key: "(account_id, ticket_id, event_seq)", Partition: "account_id", Indexes: "(account_id, ticket_id, event_seq)", Fields: "event_seq, actor (agent | requester | trigger:id | sla | api), type (comment | field_change | assignment | sla_breach | merge), public, body_html, changes{field: [from, to]}, attachments[], message_id, created_at", Why: "append-only: the conversation and the audit trail are one stream, written in the same transaction as the ticket's new version"},
			{Name: "Macro", Store: "ticketdb", Key: "(account_id, macro_id)", Partition: "account_id", Indexes: "(account_id, group_id)", Fields: "title, actions[] (comment_html with placeholders, set status/priority/tags/group), usage_count, restricted_to", Why: "small, per account, read on every use"},
			{Name: "Agent", Store: "ticketdb", Key: "(account_id, agent_id)", Partition: "account_id", Indexes: "(account_id, group_id)", Fields: "agent_id, groups[], skills[] (language:de, product:billing, tier:2), capacity per channel (email 12, chat 3), role", Why: "slow-changing routing configuration; live status and open-work counts live in the agent state store"},
			{Name: "SLA target", Store: "ticketdb", Key: "(account_id, ticket_id, metric)", Partition: "account_id", Indexes: "(shard, breach_at) where state = active", Fields: "metric (first_reply | next_reply | resolution), policy_id, target_minutes, business_calendar_id, started_at, paused_at, elapsed_business_s, breach_at, warn_at, state (active | paused | achieved | breached), target_version", Why: "one row per running clock; the breach_at index is what the SLA timer workers scan"},
			{Name: "Agent status", Store: "agentstate", Key: "agent:{account_id}:{agent_id}", Partition: "account_id", Indexes: "routing queue per (account, group, skill set) as a sorted set scored by SLA due time", Fields: "status (online | away | offline), open_email, open_chat, last_heartbeat, accepting[]", Why: "changes every few seconds; rebuilt from the Ticket DB (open assignments) and the agents' reconnects if lost"},
			{Name: "Inbound message", Store: "objstore", Key: "account_id/yyyy/mm/dd/message_id.eml", Partition: "account_id prefix", Indexes: "unique (account_id, message_id) in the Ticket DB for dedupe", Fields: "raw MIME or chat transcript, attachments, SPF/DKIM verdicts, received_at", Why: "the original is kept before anything parses it, so a parser bug can be replayed and a dispute answered with what the customer actually sent"},
		},
		Components: []string{"client", "mailprov", "inboundsvc", "ticketsvc", "routingsvc", "slaworker", "rulesengine", "replysender", "ws", "queue", "agentstate", "cache", "ticketdb", "searchsvc", "indexer", "search", "objstore"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/inbound/email", Request: "raw MIME + envelope (from the email provider)", Response: "200 {ticket_id, created | appended | duplicate}", Idempotent: true, Auth: "provider webhook signature", Note: "answered only after the raw message is stored; (account_id, Message-ID) dedupes redeliveries"},
			{Method: "POST", Path: "/v1/tickets", Request: "{requester{email, name}, subject, comment, channel: web|api, custom_fields, attachment_tokens[]} + Idempotency-Key", Response: "201 {ticket_id, status: new}", Idempotent: true, Note: "web forms and the API"},
			{Method: "POST", Path: "/v1/chats", Request: "{visitor{email?, name}, first_message, page_url, language}", Response: "201 {chat_id, ticket_id, ws_url}", Auth: "widget key + visitor token", Note: "messages then flow over the WebSocket gateway"},
			{Method: "GET", Path: "/v1/tickets/{id}", Response: "{ticket, requester, events[] (comments and changes), sla{metric, breach_at}}"},
			{Method: "POST", Path: "/v1/tickets/{id}/comments", Request: "{body_html, public, attachment_tokens[], base_version} + Idempotency-Key", Response: "201 {event_seq, version} | 409 {current_version, new_events[]}", Idempotent: true, Note: "409 tells the agent someone else replied first"},
			{Method: "PATCH", Path: "/v1/tickets/{id}", Request: "{status?, priority?, group_id?, assignee_id?, tags?, custom_fields?, version}", Response: "200 {ticket, version} | 409 | 422 {illegal transition}", Idempotent: true},
			{Method: "POST", Path: "/v1/tickets/{id}/macros/{macro_id}", Request: "{version, preview: true|false}", Response: "200 {proposed changes} | {ticket, version}", Idempotent: true},
			{Method: "GET", Path: "/v1/views/{id}/tickets?sort=&cursor=", Response: "{tickets[], next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/views/counts", Response: "{counts{view_id: n}, as_of}", Note: "cached for 30 s"},
			{Method: "GET", Path: "/v1/search?q=&cursor=", Response: "{results[]: ticket | comment | user, next_cursor}", Paginated: true},
			{Method: "PUT", Path: "/v1/agents/me/status", Request: "{status: online|away|offline, channels[]}", Response: "200", Idempotent: true},
			{Method: "POST", Path: "/v1/offers/{id}/accept", Response: "200 {ticket_id} | 410 {offer expired}", Idempotent: true},
			{Method: "GET", Path: "/v1/portal/requests?status=&cursor=", Response: "{tickets[] the requester opened or is copied on, next_cursor}", Paginated: true, Auth: "requester session"},
			{Method: "PUT", Path: "/v1/sla-policies/{id}", Request: "{conditions, targets{priority: {first_reply, next_reply, resolution}}, calendar_id}", Response: "200", Idempotent: true, Auth: "admin token"},
			{Method: "GET", Path: "/v1/tickets/{id}/audits?cursor=", Response: "{events[] with actor, changes, via}, next_cursor", Paginated: true},
		},
		Screens: []screen{
			{Name: "Agent inbox", Shows: "views with live counts, the selected view's tickets sorted by SLA due time, status toggle", Calls: []string{"GET /v1/views/counts", "GET /v1/views/{id}/tickets", "PUT /v1/agents/me/status"}},
			{Name: "Ticket workspace", Shows: "the conversation and internal notes, fields, SLA clock, requester's other tickets, macros, 'someone else is replying' warning", Calls: []string{"GET /v1/tickets/{id}", "POST /v1/tickets/{id}/comments", "PATCH /v1/tickets/{id}", "POST /v1/tickets/{id}/macros/{macro_id}"}},
			{Name: "Incoming offer", Shows: "a routed ticket or chat with a 30 s countdown to accept", Calls: []string{"POST /v1/offers/{id}/accept"}},
			{Name: "Search", Shows: "tickets, comments and requesters matching a query", Calls: []string{"GET /v1/search"}},
			{Name: "Audit log", Shows: "every change to the ticket: who, what, when and through which rule", Calls: []string{"GET /v1/tickets/{id}/audits"}},
			{Name: "Customer portal", Shows: "my requests and their status, reply, submit a new request", Calls: []string{"GET /v1/portal/requests", "POST /v1/tickets", "POST /v1/tickets/{id}/comments"}},
			{Name: "Chat widget", Shows: "start a chat on the company's site, then live messages", Calls: []string{"POST /v1/chats"}},
			{Name: "Admin: SLA policies", Shows: "targets per priority, business hours and holidays", Calls: []string{"PUT /v1/sla-policies/{id}"}},
		},
		Flows: []flow{
			{Name: "An email becomes a ticket", Steps: []string{
				"The customer writes to support@acme.com; {c:mailprov} posts the raw MIME to {c:inboundsvc}, which writes it to {c:objstore} (attachments included: a third of support emails carry one, ≈ 200 KB on average) before answering 200 (a failure makes the provider retry).",
				"{c:inboundsvc} inserts (account_id, Message-ID) into the dedupe table of {c:ticketdb}; a conflict means a redelivery and stops here.",
				"It threads the message: the ticket token in the reply-to address (support+t48213@acme.com), then In-Reply-To/References against the Message-IDs of our own outgoing replies, then a subject tag [#48213]; no match opens a new ticket.",
				"{c:ticketsvc} writes the ticket (or the new comment and a reopen), its audit event and an outbox row in one transaction; the outbox relay publishes TicketCreated to {c:queue} keyed by account.",
				"{c:rulesengine}, {c:routingsvc}, {c:slaworker} and {c:indexer} each consume the event: triggers run, the ticket joins a routing queue, the first-reply clock starts, and {c:search} indexes it.",
			}},
			{Name: "Routing to an agent", Steps: []string{
				"{c:routingsvc} owns the account's partition; it puts the ticket in the sorted set of its group and required skills in {c:agentstate}, scored by SLA due time.",
				"When an eligible agent is online with free capacity for the channel (open_chat < 3), it takes the most urgent ticket and sends an offer through {c:ws}; chats wait at most 30 s for an accept before the next agent is tried.",
				"The accept calls {c:ticketsvc} with `UPDATE tickets SET assignee_id = :agent, version = version + 1 WHERE ticket_id = :t AND assignee_id IS NULL AND version = :v`; zero rows means someone else took it, and the agent's open-work count is only incremented after the update succeeds.",
			}},
			{Name: "Agent reply and state change", Steps: []string{
				"The agent sends a public reply with base_version; {c:ticketsvc} appends the comment event, moves the ticket to pending (waiting on the customer), bumps the version and writes the outbox row, all in one transaction.",
				"{c:replysender} emails the reply through {c:mailprov} with a Message-ID we generate and References to the thread, so the customer's answer threads back.",
				"{c:slaworker} marks first reply achieved and pauses the resolution clock while the ticket is pending.",
			}},
			{Name: "Status changes, triggers and the audit trail", Steps: []string{
				"An agent solves the ticket with PATCH and the version they saw; {c:ticketsvc} checks the transition (solved is allowed from open, pending or on-hold, never from closed) and runs `UPDATE … WHERE version = :v` plus the insert of a field_change event in one transaction; a stale version gets 409 with the events the agent missed.",
				"{c:rulesengine} evaluates the account's triggers on the event ('solved and tag vip → send the satisfaction survey') and applies their actions through {c:ticketsvc} as the actor 'trigger:42'; one update runs at most 10 trigger passes, so two rules cannot ping-pong forever.",
				"Every hour {c:rulesengine} scans each shard for time-based automations ('solved for 4 days → closed'); a closed ticket is read-only and a later reply opens a linked follow-up.",
			}},
			{Name: "SLA warning and breach", Steps: []string{
				"{c:slaworker} scans `breach_at <= now() + 60 s` on its shards of {c:ticketdb} every 30 s and loads the hits into a timer wheel.",
				"At warn_at it publishes SlaWarning; at breach_at it marks the target breached with a conditional update on target_version and asks {c:ticketsvc} to escalate (priority up, group 'Tier 2', notify the lead) as the actor 'sla'.",
			}},
			{Name: "Search", Steps: []string{
				"{c:indexer} consumes ticket events from {c:queue} and bulk-writes ticket, comment and requester documents to {c:search}, routed by account_id, with a 1 s refresh.",
				"{c:searchsvc} adds the caller's account and permitted groups as filters to every query, then returns a page of hits with highlights.",
			}},
		},
		Deep: []deepDive{
			{Title: "Email, chat and web into one ticket queue: threading and deduplication", Weight: 10, Body: "Email is the hard channel. Providers deliver at least once, so {c:inboundsvc} stores the raw MIME in {c:objstore} first and inserts (account_id, Message-ID) with a unique constraint; a redelivery hits the constraint and is answered 200 without a second ticket. Threading tries, in order: the ticket token we put in every reply-to address (support+t48213@acme.com), which survives clients that strip headers; In-Reply-To and References matched against the Message-IDs of our own outgoing replies (stored on each comment event); a subject tag [#48213]. Subject text alone is never trusted (two customers both write 'Refund'), and a reply to a closed ticket opens a follow-up ticket linked to it. Mail loops are the classic outage: an autoresponder answering our acknowledgement answering it back. Messages with Auto-Submitted, Precedence: bulk or a mailer-daemon sender never trigger notifications, and a per-requester rate limit (20 messages in 10 minutes) parks the rest for review. Chat and web forms are simpler because we mint the ids: a chat is a ticket from its first message, its transcript appended as one comment when it ends; a web form carries an Idempotency-Key so a double submit is one ticket."},
			{Title: "Skill-based routing without double assignment", Weight: 9, Body: "Routing is a matching problem per company account: tickets wait in queues keyed by (group, required skills) and scored by SLA due time, and agents have a status and a capacity per channel (12 open emails, 3 concurrent chats). One {c:routingsvc} instance owns each account's partition under a lease, so decisions for an account are serial and need no distributed lock; a big account (5,000 agents) gets a partition per group. For each agent with free capacity it pops the most urgent ticket whose skills the agent covers, widening the skill match after a wait (a Tier-1 agent takes a Tier-2 ticket after 10 minutes) so nothing starves. Correctness does not rest on {c:agentstate}: the assignment itself is a conditional update on the ticket's version in {c:ticketdb}, so a stale offer or two agents grabbing the same ticket from a view leaves exactly one assignee and a 409 for the other. Capacity counts are recomputed from open assignments every minute, because an increment lost in a crash would otherwise shrink an agent's capacity forever. Chats are offered to one agent at a time with a 30 s accept window; a declined or expired offer goes to the next candidate, and an agent who misses three in a row is set to away."},
			{Title: "SLA clocks in business hours, pauses and escalation", Weight: 9, Body: "An SLA target is not now + 4 hours: it is 4 business hours on the account's calendar (Mon–Fri 09:00–18:00 Europe/Berlin minus public holidays), paused while the ticket is pending on the customer and restarted by their reply. Each running clock is a row holding elapsed_business_s and the breach_at computed by walking the calendar forward; every event that changes the clock (status, priority, policy, calendar edit) recomputes breach_at and bumps target_version. {c:slaworker} workers, one per shard, scan `(breach_at) WHERE state = 'active'` a minute ahead and fire from an in-memory timer wheel, so a breach is recorded within seconds: 2 million open tickets with about three clocks each are 6 million active rows, but a scan a minute ahead reads only the few hundred due in that minute; a firing is a conditional update `WHERE target_version = :v AND state = 'active'`, so a clock recomputed in the meantime, or a second worker after a failover, cannot fire twice. A warning at 75% of the target lets a lead step in before the breach; the breach escalates through {c:ticketsvc} like any other change, so it appears in the audit trail with the actor 'sla'. Monday 09:00 is the spike: every ticket that arrived over the weekend starts its business-hours clock at the same minute, so warn_at times bunch together and the workers must drain thousands of firings per shard in that minute."},
			{Title: "The ticket state machine, triggers and the audit trail", Weight: 8, Body: "Statuses move new → open → pending / on-hold → solved → closed; a requester reply reopens a pending or solved ticket, and a ticket solved for 4 days closes and becomes read-only (a later reply opens a follow-up). {c:ticketsvc} rejects illegal transitions with 422 and applies every change as `UPDATE … WHERE version = :v` plus an insert into the ticket's event stream in the same transaction, so the audit trail cannot miss a change and two agents cannot silently overwrite each other (the second gets 409 and the events it missed). Triggers run on each event from {c:queue}: conditions over the ticket's fields, actions applied back through {c:ticketsvc} as the actor 'trigger:42'. One trigger's action can satisfy another's condition, so a single update runs at most 10 passes and a trigger never fires twice for the same event; automations ('pending for 5 days → solve') are an hourly scan per shard over (status, updated_at). Macros are the same actions, previewed in the workspace and applied with the ticket's version."},
			{Title: "Views and search over every company's tickets", Weight: 7, Body: "Agents live in views: saved filters such as 'unassigned, urgent, group Billing, sorted by SLA due'. They are served from {c:ticketdb} by the (account_id, status, group_id, assignee_id) index, because an agent who just took a ticket must see it leave the unassigned view at once; the view counts in the sidebar are cached in {c:cache} for 30 s because 5,000 agents refreshing twenty counts each would otherwise be the heaviest query load. Full-text search across subjects, comments and requesters goes to {c:search}, fed by {c:indexer} from ticket events with a 1 s refresh, routed by account_id so one company's query touches one shard, with accounts of more than 50 million tickets in an index of their own. Every query carries the caller's account and the groups the agent may see, applied as a filter in {c:searchsvc}, never left to the client."},
		},
		Caching:      []string{"{c:cache}: ticket pages (the ticket and its latest 50 events) keyed by ticket and version and deleted by {c:ticketsvc} on every change, view counts per (account, view) for 30 s, macro lists per group (deleted on edit). A stale page cannot cause a lost update: every write carries the version it was based on and {c:ticketdb} checks it. {c:agentstate} is state of its own, rebuilt from open assignments and reconnects."},
		Partitioning: []string{"Every table in {c:ticketdb} leads with account_id, so a company's tickets, events, SLA targets and rules live together and every transaction is local. One PostgreSQL primary is {shards_word}; past that, Citus distributes the tables by account_id and the largest companies get shards of their own. {c:queue} is keyed by account_id so each account's ticket events are processed in order; {c:search} routed by account_id."},
		Async:        []string{"Routing, SLA clocks, triggers, outbound replies and indexing all consume ticket events from {c:queue}, published through the transactional outbox, so an agent's save costs one database transaction. A single company's desk with a few hundred tickets a day can let the workers poll the outbox table itself (FOR UPDATE SKIP LOCKED) and add the broker when several consumers fall behind."},
		Reliability:  []string{"Inbound email is acknowledged only after the raw MIME is in {c:objstore}, so a crash loses nothing the provider will not redeliver; if {c:ticketdb} is unavailable, intake keeps storing raw messages and replays them into tickets when it returns. If {c:routingsvc} is down, agents pick tickets from views by hand and the conditional assignment still prevents doubles."},
		Security:     []string{"Tenant isolation: every row carries account_id, every query is scoped by it in {c:ticketsvc} and by PostgreSQL row-level security as a second wall; agents see only the groups they belong to. Inbound mail is checked with SPF/DKIM/DMARC before a sender is matched to a requester, so a spoofed From cannot read or append to someone else's ticket; attachments are virus-scanned and served through short-lived signed URLs."},
		Tradeoffs: []tradeoff{
			{Decision: "Ticket row plus an append-only event stream in the same transaction", Rejected: "event sourcing with the ticket rebuilt on every read", Why: "views need indexed current state; writing both atomically gives an exact audit trail and fast queries"},
			{Decision: "Conditional assignment on the ticket version", Rejected: "a distributed lock per ticket during routing", Why: "locks expire and leak; a compare-and-set in the database is the one place two agents cannot both win"},
			{Decision: "Stored breach_at per SLA target, recomputed on change", Rejected: "evaluating every open ticket's SLA on a timer", Why: "millions of open tickets times a per-minute scan is waste; an index on breach_at finds the few that are due"},
			{Decision: "Threading by reply-to token and our own Message-IDs", Rejected: "matching on subject and sender", Why: "subjects repeat and forwarding changes senders; tokens and Message-IDs are ours and unambiguous"},
		},
		Bottlenecks: []string{"Monday 09:00 in each region: the weekend backlog starts its SLA clocks and routing queues together", "A mail loop with an autoresponder can create thousands of tickets a minute in one account without the loop guard"},
		Open:        []string{"Do chats and emails share an agent's capacity (one budget) or have separate ones?", "How long are tickets and raw emails kept after closure (5 years for most companies, shorter under GDPR requests)?", "Which channels matter first: are voice and social messaging (WhatsApp) in a later phase?"},
	},
}
