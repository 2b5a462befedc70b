// Package discordtest runs a local stand-in for Discord, the way net/http/httptest runs a local
// HTTP server: it speaks the REST API a bot uses (application commands, interaction callbacks,
// messages with attachments, threads, typing) and records every call, and it speaks the Gateway
// over a websocket (Hello, Identify, Ready, heartbeat ACKs, dispatches, Reconnect and Resume with
// replay). Tests point a real discordgo session at it to drive a bot end to end.
//
// It enforces the limits a bot can trip over (2000 characters a message, 100 a thread name,
// one callback per interaction within 3 seconds, one thread per message) so that breaking them
// fails a test the way it would fail in production.
package discordtest
