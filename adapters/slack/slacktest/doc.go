// Package slacktest runs a local Slack for tests, like net/http/httptest: a server speaking the
// Web API methods archbot calls over HTTP (form-encoded requests, JSON answers, 429 with
// Retry-After on demand), recording every call, storing posted messages and uploaded files, and
// serving Socket Mode (apps.connections.open, a websocket that says hello, delivers envelopes and
// collects their acks). It also builds signed requests and the payloads Slack sends.
package slacktest
