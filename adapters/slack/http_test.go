package slack_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
)

// rawRequest sends only the head of a POST (no body) and returns the status the adapter answers
// with before any body arrives, and whether it closes the connection.
func rawRequest(t *testing.T, base, path string, header map[string]string, contentLength int) (int, bool) {
	t.Helper()
	u, _ := url.Parse(base)
	c, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var b strings.Builder
	fmt.Fprintf(&b, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n", path, u.Host, contentLength)
	for k, v := range header {
		fmt.Fprintf(&b, "%s: %s\r\n", k, v)
	}
	b.WriteString("\r\n")
	if _, err := c.Write([]byte(b.String())); err != nil {
		t.Fatal(err)
	}
	// The body never comes: an answer within the deadline was given without reading it.
	_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%s %v: no answer before the body: %v", path, header, err)
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Close
}

func TestRequestsAreRefusedBeforeTheirBodyIsRead(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	now := strconv.FormatInt(time.Now().Unix(), 10)
	junk := "v0=" + strings.Repeat("ab", 32)
	for _, tt := range []struct {
		name   string
		path   string
		header map[string]string
		length int
		want   int
	}{
		{"no signature", "/slack/events", map[string]string{"X-Slack-Request-Timestamp": now}, 1 << 20, 401},
		{"malformed signature", "/slack/commands", map[string]string{"X-Slack-Request-Timestamp": now, "X-Slack-Signature": "v1=zz"}, 100, 401},
		{"no timestamp", "/slack/events", map[string]string{"X-Slack-Signature": junk}, 1 << 20, 401},
		{"stale timestamp", "/slack/interactions", map[string]string{"X-Slack-Signature": junk,
			"X-Slack-Request-Timestamp": strconv.FormatInt(time.Now().Add(-6*time.Minute).Unix(), 10)}, 100, 401},
		{"1 MiB event", "/slack/events", map[string]string{"X-Slack-Signature": junk, "X-Slack-Request-Timestamp": now}, 1 << 20, 413},
		{"oversized command", "/slack/commands", map[string]string{"X-Slack-Signature": junk, "X-Slack-Request-Timestamp": now}, 200 << 10, 413},
		{"oversized interaction", "/slack/interactions", map[string]string{"X-Slack-Signature": junk, "X-Slack-Request-Timestamp": now}, 300 << 10, 413},
	} {
		status, closed := rawRequest(t, h.http.URL, tt.path, tt.header, tt.length)
		if status != tt.want || !closed {
			t.Errorf("%s: status %d, closed %v; want %d and the connection closed", tt.name, status, closed, tt.want)
		}
	}
}

// A body sent without Content-Length (chunked) is cut off at the limit, not read to its end.
func TestChunkedBodyOverTheLimitIsRefused(t *testing.T) {
	h := newHarness(t, longDesigner{}, false)
	big := slacktest.JSON(slacktest.EventCallback("Ev0BIG", slacktest.Mention("C0CHAN", "U0EVE",
		"<@"+slacktest.BotUserID+"> "+strings.Repeat("design ", 100_000), "1690000004.000100", "")))
	req := slacktest.SignedRequest(h.http.URL+"/slack/events", secret, "application/json", big, time.Now())
	req.ContentLength = -1 // sent chunked
	req.Body = io.NopCloser(struct{ io.Reader }{strings.NewReader(string(big))})
	req.GetBody = nil
	resp, _ := send(t, req)
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("a %d-byte chunked event got %d, want 413", len(big), resp.StatusCode)
	}
	// A signed event of ordinary size still goes through.
	h.event(t, "Ev0OK", slacktest.Mention("C0CHAN", "U0BOB", "<@"+slacktest.BotUserID+"> design a chat app", "1690000004.000200", ""))
	h.waitDone(t, "C0CHAN", "1690000004.000200", 1)
}
