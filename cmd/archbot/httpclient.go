package main

import (
	"net/http"
	"time"
)

// newAPIClient is the HTTP client archbot serve calls the model and the chat platforms with.
// Go's default transport keeps two idle connections a host; a replica talks to each of its few
// hosts (the model API, Slack, Discord) with up to workers × LLM concurrency calls at once, so
// with the default most calls would open a new connection, TLS handshake included, and leave
// the old one in TIME_WAIT. idle is how many to keep a host.
func newAPIClient(idle int, timeout time.Duration) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 0 // no total cap: the per-host one bounds it, as there are few hosts
	t.MaxIdleConnsPerHost = idle
	return &http.Client{Transport: t, Timeout: timeout}
}
