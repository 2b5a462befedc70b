package offline

// securityFeatures are capabilities a conversation adds to a design on top of its archetype.
var securityFeatures = []*feature{
	{
		ID: "e2ee", Name: "end-to-end encryption",
		Functional: []string{
			"Messages are end-to-end encrypted between devices: the server stores and routes ciphertext only",
			"Users can verify a contact's keys (safety number / QR code)",
		},
		NonFunctional: []string{"Confidentiality: the server never holds message plaintext or private keys; a server breach exposes metadata only"},
		Entities: []entity{
			{Name: "Device key bundle", Store: "keystore", Key: "(user_id, device_id)", Partition: "user_id", Indexes: "-", Fields: "user_id, device_id, identity_key (public), signed_prekey, prekey_signature, updated_at", Why: "one small row per device, read whenever someone starts a session with it"},
			{Name: "One-time pre-key", Store: "keystore", Key: "(user_id, device_id, prekey_id)", Partition: "user_id", Indexes: "-", Fields: "user_id, device_id, prekey_id, public_key", Why: "each is handed out once: taken with DELETE … RETURNING in one transaction, so two senders never get the same key"},
		},
		Components: []string{"keysvc", "keystore"},
		APIs: []endpoint{
			{Method: "PUT", Path: "/v1/devices/{device_id}/keys", Request: "{identity_key, signed_prekey, prekey_signature, one_time_prekeys[]}", Response: "204", Idempotent: true, Note: "public keys only; private keys never leave the device"},
			{Method: "GET", Path: "/v1/users/{user_id}/prekey-bundles", Response: "{devices[]: {device_id, identity_key, signed_prekey, one_time_prekey?}}", Note: "consumes one one-time pre-key per device"},
			{Method: "POST", Path: "/v1/devices/{device_id}/prekeys", Request: "{one_time_prekeys[]}", Response: "204", Idempotent: true, Note: "top-up when the server reports fewer than 20 left"},
		},
		Screens: []screen{{Name: "Contact security", Shows: "the contact's safety number and QR code to verify in person", Calls: []string{"GET /v1/users/{user_id}/prekey-bundles"}}},
		Flows: []flow{
			{Name: "Start an end-to-end encrypted session", Steps: []string{
				"The sender's device fetches the recipient's pre-key bundles (one per device) from {c:keysvc}, which takes one one-time pre-key per device out of {c:keystore}.",
				"It runs X3DH against each bundle to derive a shared secret and starts a Double Ratchet session per recipient device.",
				"Every message is encrypted per device (group messages once with a sender key) and sent as ciphertext; the server stores and routes it without being able to read it.",
			}},
		},
		Deep:        []deepDive{{Title: "End-to-end encryption without losing multi-device sync", Weight: 6, Body: "With the Signal protocol the server only relays ciphertext, so everything that used to read messages server-side moves to the devices: each device has its own identity and sessions, a message to a user is encrypted once per recipient device (fan-out on the sender), and a new device cannot read history unless another device re-encrypts it or the user restores an encrypted backup. {c:keysvc} is on the path only when a session starts; one-time pre-keys are consumed atomically and clients top them up, falling back to the signed pre-key (slightly weaker forward secrecy) when none are left. Key changes show a safety-number notice so a swapped key is visible."}},
		Reliability: []string{"If {c:keysvc} is unavailable, existing sessions keep working: only the first message to a new device waits; clients cache bundles briefly and retry."},
		Security: []string{
			"End-to-end encryption (Signal protocol: X3DH + Double Ratchet, sender keys for groups): the server stores and routes ciphertext only; {c:keysvc} holds public keys, never private ones.",
			"Safety numbers let users verify keys; key changes are announced in the conversation so a man-in-the-middle key swap is visible.",
		},
		Tradeoffs:   []tradeoff{{Decision: "End-to-end encryption (Signal protocol)", Rejected: "TLS in transit plus encryption at rest", Why: "the server cannot read messages even if breached or compelled; the price is no server-side search, previews or moderation of content, and history on a new device only from another device or an encrypted backup"}},
		Bottlenecks: []string{"Sender-side fan-out: a message to a user with many devices (or a large group without sender keys) is encrypted once per device; cap devices per user."},
		Open:        []string{"History on a new device: transfer from an old device, an encrypted cloud backup with a user-held key, or none?"},
	},
	{
		ID: "audit", Name: "audit trail",
		Functional:    []string{"Every change to the domain's records is recorded in an audit trail: who, what, when, from where, before and after"},
		NonFunctional: []string{"Audit completeness: no committed change is missing from the audit trail; entries cannot be altered or deleted within the retention (7 years)"},
		Entities: []entity{
			{Name: "Audit event", Store: "auditstore", Key: "(tenant_id, ts, event_id)", Partition: "tenant_id, monthly time partitions", Indexes: "(actor_id, ts), (resource_id, ts)", Fields: "event_id, ts, actor_id, action, resource_type, resource_id, before (JSON), after (JSON), ip, prev_hash, hash", Why: "append-only and queried by actor or resource over a time range; each entry carries the hash of the previous one so a gap or an edit breaks the chain"},
		},
		Components: []string{"queue", "auditsvc", "auditstore"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/audit?actor=&resource=&from=&to=&cursor=", Response: "{events[], next_cursor}", Paginated: true, Auth: "auditor role (reading the trail is itself audited)"},
		},
		Flows: []flow{
			{Name: "Record an audited change", Steps: []string{
				"The service commits the change and an outbox row describing it (actor, action, before/after) in the same transaction.",
				"The outbox relay publishes the event to {c:queue}; {c:auditsvc} appends it to {c:auditstore}, chaining each entry's hash to the previous one.",
				"Nightly, closed partitions are exported to object storage under a write-once retention lock, and the chain is verified end to end.",
			}},
		},
		Reliability: []string{"{c:auditsvc} is idempotent by event_id and resumes from its committed offset, so an outage delays the trail but never loses an entry (the outbox holds what was not yet published)."},
		Security:    []string{"The audit trail is append-only: the writer's identity can only insert, no one can update or delete; hash chaining and write-once archives make tampering evident; reads need the auditor role and are audited too."},
		Tradeoffs:   []tradeoff{{Decision: "Audit events from the transactional outbox", Rejected: "each service writing audit rows itself", Why: "the outbox row commits with the change, so the trail cannot miss a committed change or record one that rolled back"}},
		Open:        []string{"Which actions are audited beyond writes (reads of sensitive records?), and for how long must the trail be kept?"},
	},
}

// securityComponents are the building blocks the security capabilities bring.
var securityComponents = []compSpec{
	{ID: "keysvc", Name: "Key service", Kind: "service", Tech: "stateless Go service",
		Desc: "publishes devices' public identity keys and pre-keys and hands out pre-key bundles to start end-to-end encrypted sessions", Links: []link{{"keystore", "pre-key bundles"}},
		Aliases: []string{"key service", "key server"}},
	{ID: "keystore", Name: "Key store", Kind: "database", Tech: "PostgreSQL (primary + replicas)",
		Desc: "public identity keys, signed pre-keys and one-time pre-keys per device", Aliases: []string{"key store", "keys db"}},
	{ID: "auditsvc", Name: "Audit writer", Kind: "worker", Tech: "Kafka consumer group",
		Desc: "appends every audited change to the audit store, hash-chained, idempotent by event id", Links: []link{{"queue", "change events"}, {"auditstore", "append entries"}},
		Aliases: []string{"audit writer"}},
	{ID: "auditstore", Name: "Audit store", Kind: "database", Tech: "PostgreSQL (append-only, partitioned by month; archived to S3 Object Lock)",
		Desc: "the append-only, hash-chained audit trail", Aliases: []string{"audit store", "audit log", "audit trail"}},
}
