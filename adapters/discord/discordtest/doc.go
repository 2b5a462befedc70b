// Package discordtest runs a local stand-in for Discord, the way net/http/httptest runs a local
// HTTP server: it speaks the REST API a bot uses (application commands, interaction callbacks,
// messages with attachments, threads, typing) and records every call, and it speaks the Gateway
// over a websocket (Hello, Identify, Ready, heartbeat ACKs, dispatches, Reconnect and Resume with
// replay). Tests point a real discordgo session at it to drive a bot end to end.
//
// It enforces the limits a bot can trip over (2000 characters a message, 100 a thread name,
// one callback per interaction within 3 seconds, one thread per message, 10 MiB of files, an
// enforced nonce creating one message) so that breaking them fails a test the way it would fail in
// production, with Discord's own error payloads (50035 with its nested errors object, say).
//
// Inject makes chosen calls of a route fail (every Nth, or the Nth only) with 429s carrying
// retry_after and X-RateLimit-* headers, 5xx, timeouts, connection resets or any Discord error,
// optionally after the request took effect, as when an answer is lost on the way back.
package discordtest
