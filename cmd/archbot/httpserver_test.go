package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestProductionHTTPTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NewServeMux(), productionTimeouts)
	for _, tt := range []struct {
		name     string
		got, max time.Duration
	}{
		// Slack's requests are small and sent at once; 30 s is the most a slow or idle client
		// may hold a connection.
		{"ReadHeaderTimeout", srv.ReadHeaderTimeout, 10 * time.Second},
		{"ReadTimeout", srv.ReadTimeout, 30 * time.Second},
		{"WriteTimeout", srv.WriteTimeout, 30 * time.Second},
		{"IdleTimeout", srv.IdleTimeout, 30 * time.Second},
	} {
		if tt.got <= 0 || tt.got > tt.max {
			t.Errorf("%s=%v, want in (0, %v]", tt.name, tt.got, tt.max)
		}
	}
	// The write timeout covers Slack's handlers, which answer within its three seconds.
	if srv.WriteTimeout < 5*time.Second {
		t.Errorf("WriteTimeout=%v leaves handlers too little time", srv.WriteTimeout)
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes=%d, want a bound under 1 MiB", srv.MaxHeaderBytes)
	}
}

// serveShort runs newHTTPServer with short timeouts around a handler that reads the whole body.
func serveShort(t *testing.T, to httpTimeouts) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", func(w http.ResponseWriter, r *http.Request) {
		n, _ := io.Copy(io.Discard, r.Body)
		fmt.Fprintln(w, n)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(mux, to)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// closedWithin waits until every connection is closed by the server, or fails after limit.
func closedWithin(t *testing.T, what string, conns []net.Conn, limit time.Duration) {
	t.Helper()
	var wg sync.WaitGroup
	open := make(chan int, len(conns))
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.SetReadDeadline(time.Now().Add(limit))
			if _, err := io.Copy(io.Discard, c); err != nil {
				// Only the deadline means the server kept it open; a reset is a close too.
				if ne, ok := err.(net.Error); ok && ne.Timeout() {
					open <- i
				}
			}
		}()
	}
	wg.Wait()
	close(open)
	if n := len(open); n > 0 {
		t.Fatalf("%s: %d of %d connections still open after %v", what, n, len(conns), limit)
	}
}

// dial connects to addr, closed when the test ends, and sends the start of a request.
func dial(t *testing.T, addr, start string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := io.WriteString(c, start); err != nil {
		t.Fatalf("send %q: %v", start, err)
	}
	return c
}

func TestSlowBodiesAndIdleConnectionsAreClosed(t *testing.T) {
	to := httpTimeouts{Header: 300 * time.Millisecond, Read: 600 * time.Millisecond, Write: time.Second, Idle: 400 * time.Millisecond}
	addr := serveShort(t, to)
	const n = 100

	// Bodies trickled a byte at a time, as the slow-body attack sends them.
	slow := make([]net.Conn, n)
	stop := make(chan struct{})
	defer close(stop)
	for i := range slow {
		c := dial(t, addr, "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
		slow[i] = c
		go func() {
			tick := time.NewTicker(50 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
					if _, err := c.Write([]byte("x")); err != nil {
						return
					}
				}
			}
		}()
	}
	start := time.Now()
	closedWithin(t, "slow bodies", slow, to.Read+2*time.Second)
	t.Logf("%d slow-body connections closed %v after the read timeout of %v", n, time.Since(start), to.Read)

	// Keep-alive connections that asked once and then sat idle.
	idle := make([]net.Conn, n)
	for i := range idle {
		c := dial(t, addr, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("keep-alive request: %v", err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.TrimSpace(string(body)) != "ok" || resp.Close {
			t.Fatalf("keep-alive request got %q, close=%v", body, resp.Close)
		}
		idle[i] = c
	}
	closedWithin(t, "idle keep-alives", idle, to.Idle+2*time.Second)

	// Connections that never send their headers.
	silent := make([]net.Conn, n)
	for i := range silent {
		silent[i] = dial(t, addr, "POST /slack/events HTTP/1.1\r\n")
	}
	closedWithin(t, "unfinished headers", silent, to.Header+2*time.Second)
}
