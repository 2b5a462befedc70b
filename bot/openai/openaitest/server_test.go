package openaitest_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/bot/openai/openaitest"
)

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(url+"/chat/completions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestStreamWireFormat(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Sequence(openaitest.Reply("hello streaming world")))
	status, body := post(t, srv.URL, `{"model":"m","stream":true,"stream_options":{"include_usage":true},
		"messages":[{"role":"user","content":"Task: section api\nwrite"}]}`)
	if status != http.StatusOK {
		t.Fatalf("status=%d", status)
	}
	events := strings.Split(strings.TrimSpace(body), "\n\n")
	if last := events[len(events)-1]; last != "data: [DONE]" {
		t.Errorf("last event=%q, want data: [DONE]", last)
	}
	if !strings.Contains(events[len(events)-2], `"usage":{"prompt_tokens"`) {
		t.Errorf("usage chunk missing before [DONE]: %q", events[len(events)-2])
	}
	var text strings.Builder
	for _, e := range events {
		if _, c, ok := strings.Cut(e, `"content":"`); ok {
			piece, _, _ := strings.Cut(c, `"`)
			text.WriteString(piece)
		}
	}
	if text.String() != "hello streaming world" {
		t.Errorf("streamed text=%q", text.String())
	}
	if got := srv.Requests()[0].Task(); got != "section api" {
		t.Errorf("task=%q", got)
	}
}

func TestScriptedFailures(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Sequence(openaitest.RateLimited("3"), openaitest.ServerError(), openaitest.Garbage()))
	req := `{"model":"m","messages":[{"role":"user","content":"hi"}]}`
	resp, err := http.Post(srv.URL+"/chat/completions", "application/json", strings.NewReader(req))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "3" {
		t.Errorf("status=%d retry-after=%q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if status, _ := post(t, srv.URL, req); status != http.StatusInternalServerError {
		t.Errorf("status=%d, want 500", status)
	}
	if status, body := post(t, srv.URL, req); status != http.StatusOK || strings.HasPrefix(body, "{") {
		t.Errorf("status=%d body=%q, want a 200 that is not JSON", status, body)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("recorded %d requests, want 3", n)
	}
}

func TestTracksConcurrencyAndStallsEndWithClient(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Sequence(openaitest.Reply("ok")))
	srv.SetLatency(100 * time.Millisecond)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			post(t, srv.URL, `{"model":"m","messages":[{"role":"user","content":"hi"}]}`)
		}()
	}
	wg.Wait()
	if m := srv.MaxInFlight(); m != 5 {
		t.Errorf("max in flight=%d, want 5", m)
	}

	srv.SetHandler(openaitest.Sequence(openaitest.Response{Content: "never", Delay: time.Hour}))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/chat/completions",
		strings.NewReader(`{"model":"m","messages":[]}`))
	start := time.Now()
	if _, err := http.DefaultClient.Do(req); err == nil {
		t.Fatal("a stalled answer arrived")
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("client waited %s", el)
	}
}
