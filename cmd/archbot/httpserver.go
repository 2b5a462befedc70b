package main

import (
	"net/http"
	"time"
)

// httpTimeouts bound how long a connection may take over each part of its life, so that slow
// or idle clients cannot hold connections (and what they sent) indefinitely.
type httpTimeouts struct {
	Header time.Duration // to send the request headers
	Read   time.Duration // to send the whole request, body included
	Write  time.Duration // from the end of the headers to the end of the response
	Idle   time.Duration // a keep-alive connection waiting for its next request
}

// productionTimeouts suit Slack, whose requests are a few kilobytes sent at once and which wants
// an answer within three seconds; /metrics and /readyz answer in well under the write timeout.
var productionTimeouts = httpTimeouts{Header: 5 * time.Second, Read: 10 * time.Second,
	Write: 20 * time.Second, Idle: 30 * time.Second}

// maxHeaderBytes is far above what Slack or a metrics scraper sends.
const maxHeaderBytes = 64 << 10

// newHTTPServer is archbot serve's HTTP server for h with the timeouts t.
func newHTTPServer(h http.Handler, t httpTimeouts) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: t.Header, ReadTimeout: t.Read,
		WriteTimeout: t.Write, IdleTimeout: t.Idle, MaxHeaderBytes: maxHeaderBytes}
}
