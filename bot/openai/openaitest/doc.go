// Package openaitest runs a local HTTP server that speaks the OpenAI Chat Completions wire
// format, like net/http/httptest does for HTTP, so the real go-openai client can be tested
// against scripted answers: JSON responses and SSE streams, latency, 429s with Retry-After, 500s
// and malformed bodies. The server records every request and the most requests it had in flight
// at once, which lets tests show that calls ran concurrently.
package openaitest
