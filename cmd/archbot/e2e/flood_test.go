package e2e_test

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// rssKiB reads a process's resident memory now and at its peak (VmRSS, VmHWM) from /proc.
func rssKiB(t *testing.T, pid int) (now, peak int) {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatalf("read process status: %v", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		n, _ := strconv.Atoi(f[1])
		switch f[0] {
		case "VmRSS:":
			now = n
		case "VmHWM:":
			peak = n
		}
	}
	return now, peak
}

// flood opens n connections to base, each sending an event of size bytes with a fresh timestamp
// and a signature that is not Slack's, then holding the connection. chunked leaves
// Content-Length out, so the size is only found by reading. It returns the connections, the
// server's to close.
func flood(t *testing.T, base string, n, size int, chunked bool) []net.Conn {
	t.Helper()
	u, _ := url.Parse(base)
	body := bytes.Repeat([]byte("x"), size)
	conns := make([]net.Conn, n)
	var wg sync.WaitGroup
	for i := range conns {
		c, err := net.Dial("tcp", u.Host)
		if err != nil {
			t.Fatalf("connection %d: %v", i, err)
		}
		t.Cleanup(func() { c.Close() })
		conns[i] = c
		wg.Add(1)
		go func() {
			defer wg.Done()
			head := fmt.Sprintf("POST /slack/events HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"+
				"X-Slack-Request-Timestamp: %d\r\nX-Slack-Signature: v0=%s\r\n", u.Host, time.Now().Unix(), strings.Repeat("0f", 32))
			if chunked {
				head += "Transfer-Encoding: chunked\r\n\r\n"
				_, _ = fmt.Fprintf(c, "%s%x\r\n", head, len(body))
				_, _ = c.Write(body)
				_, _ = c.Write([]byte("\r\n0\r\n\r\n"))
				return
			}
			_, _ = fmt.Fprintf(c, "%sContent-Length: %d\r\n\r\n", head, len(body))
			_, _ = c.Write(body) // fails once the server has answered and closed; that is the point
		}()
	}
	wg.Wait()
	return conns
}

// TestUnauthenticatedFloodIsCheap runs `archbot serve` and sends it 200 connections, each with a
// 1 MiB body and a bad signature, first with Content-Length and then chunked, measuring the
// process's resident memory (VmRSS sampled, and the kernel's peak VmHWM).
func TestUnauthenticatedFloodIsCheap(t *testing.T) {
	sl := slacktest.NewServer(t)
	r := startReplica(t, "flood", conversationtest.StartRedis(t).URL(), sl)
	pid := r.Cmd.Process.Pid
	base, _ := rssKiB(t, pid)

	var peak atomic.Int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			now, _ := rssKiB(t, pid)
			if int64(now) > peak.Load() {
				peak.Store(int64(now))
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	for _, tt := range []struct {
		size    int
		chunked bool
	}{
		{1 << 20, false},   // refused on its Content-Length
		{1 << 20, true},    // read up to the limit
		{500 << 10, false}, // under the limit: read whole, then refused on its signature
	} {
		start := time.Now()
		conns := flood(t, r.URL, 200, tt.size, tt.chunked)
		waitFor(t, "the server closing every flooding connection", 20*time.Second, func() bool {
			return allClosed(conns)
		})
		t.Logf("%d KiB bodies, chunked=%v: 200 connections answered and closed within %v",
			tt.size>>10, tt.chunked, time.Since(start).Round(time.Millisecond))
	}
	close(stop)
	<-sampled
	_, hwm := rssKiB(t, pid)
	t.Logf("archbot serve resident memory: %d MiB before, %d MiB sampled peak, %d MiB kernel peak (VmHWM)",
		base>>10, peak.Load()>>10, hwm>>10)
	if hwm >= 100<<10 {
		t.Fatalf("resident memory peaked at %d MiB under the flood, want < 100 MiB", hwm>>10)
	}

	// Every refusal is counted, but a flood is not turned into a flood of log lines.
	if n := r.logged(t, "refused slack request"); n < 1 || n > 3 {
		t.Errorf("%d log lines about 600 refused requests, want 1 to 3", n)
	}
	resp, err := http.Get(r.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := `archbot_events_received_total{kind="refused",platform="slack"} 600`; !strings.Contains(string(metrics), want) {
		t.Errorf("metrics lack %q", want)
	}

	// Slack itself still gets through.
	r.event(t, "Ev0AFTER", slacktest.Mention("C0FLOOD", "U0BOB", "<@"+slacktest.BotUserID+"> "+problem, "1700000000.000100", ""))
	waitFor(t, "the design after the flood", 60*time.Second, func() bool {
		for _, m := range sl.Replies("C0FLOOD", "1700000000.000100") {
			if m.Text == "What next?" {
				return true
			}
		}
		return false
	})
}

// allClosed reports whether the server closed every connection (a read ends at once).
func allClosed(conns []net.Conn) bool {
	buf := make([]byte, 4096)
	for _, c := range conns {
		for {
			_ = c.SetReadDeadline(time.Now().Add(time.Millisecond))
			_, err := c.Read(buf)
			if err == nil {
				continue // the refusal itself
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				return false
			}
			break
		}
	}
	return true
}
