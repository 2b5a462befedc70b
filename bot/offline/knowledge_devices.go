package offline

// deviceFeatures are capabilities that ride on a device platform: remote commands a person sends
// to one device (unlock a door, start a car), which must arrive in seconds or not at all.
var deviceFeatures = []*feature{
	{
		ID: "devicecommand", Name: "remote commands with audit",
		Functional:    []string{"Owners send a command (unlock, lock) from the phone app and see it confirmed by the device", "Owners grant and revoke access for other people, with time windows", "Every command and every device-reported event is kept in an audit log for the stated retention"},
		NonFunctional: []string{"A command reaches a connected device within the stated latency, or expires and is reported as failed — never executed late", "A replayed or forged command is refused by the device itself"},
		UseCases:      []string{"An owner unlocks the door from the phone and sees it confirmed", "An owner gives a cleaner access on Tuesdays 9-12", "An auditor lists who opened a door last March"},
		Entities: []entity{
			{Name: "Command", Store: "auditlog", Key: "command_id", Partition: "device_id, month", Indexes: "(device_id, issued_at)", Fields: "command_id, device_id, user_id, action, nonce, expires_at, issued_at, result, device_ack_at", Why: "append-only history, written once and kept for the audit retention"},
			{Name: "Access grant", Store: "appdb", Key: "grant_id", Partition: "device_id", Indexes: "(device_id), (user_id)", Fields: "grant_id, device_id, user_id, role (owner | guest), schedule, revoked_at", Why: "small relational rows checked on every command"},
		},
		Components: []string{"cmdsvc", "auditlog"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/devices/{id}/commands", Request: "{action: unlock | lock} + Idempotency-Key", Response: "202 {command_id, expires_at}", Idempotent: true},
			{Method: "GET", Path: "/v1/devices/{id}/commands/{command_id}", Response: "{status: sent | done | failed | expired}"},
			{Method: "GET", Path: "/v1/devices/{id}/audit?from=&to=&cursor=", Response: "{entries[], next_cursor}", Paginated: true},
		},
		Screens: []screen{
			{Name: "Lock", Shows: "current state and last event; unlock/lock button with a spinner until the device confirms", Calls: []string{"POST /v1/devices/{id}/commands", "GET /v1/devices/{id}/commands/{command_id}"}},
			{Name: "Access history", Shows: "who opened or locked, when, from where", Calls: []string{"GET /v1/devices/{id}/audit"}},
		},
		Flows: []flow{{Name: "Unlock from the phone", Steps: []string{"The app sends `POST /v1/devices/{id}/commands` to {c:cmdsvc}, which checks the caller's grant in {c:registry} and writes the command to {c:auditlog}.", "{c:cmdsvc} signs {action, device id, nonce, expires_at = now + 10 s} and publishes it with QoS 1 on the device's command topic through {c:mqtt}; if the device is not connected it answers 'offline' at once instead of queueing.", "The device checks the signature, that the nonce is new and that the command has not expired, acts, and publishes the result; {c:cmdsvc} records it and the app shows it."}}},
		Deep: []deepDive{
			{Title: "An unlock within seconds, or never", Weight: 9, Body: "A door that opens minutes after the owner pressed the button, or when someone replays a captured message, is worse than one that does not open. So an unlock is not desired state to reconcile on reconnect: {c:cmdsvc} signs each command with a fresh nonce and an expiry a few seconds out, the device refuses an expired, replayed or wrongly signed command (it keeps recent nonces and a clock synced at connect), and a device that is offline gets nothing queued — the app says so at once. The device's own report, not the send, confirms the unlock, and both go to {c:auditlog}."},
		},
		Security: []string{"Commands are signed per device and carry a nonce and a short expiry; grants are checked on every command; the audit log is append-only and archived with object lock, so it cannot be rewritten."},
		Tradeoffs: []tradeoff{
			{Decision: "Commands expire in seconds and are never queued for offline devices", Rejected: "device-shadow desired state applied on reconnect", Why: "an unlock applied late, after the owner left, opens a door nobody is at"},
		},
	},
}
