package openai

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	goopenai "github.com/sashabaranov/go-openai"
)

// The request body is byte for byte what go-openai sent, whatever the prompt holds.
func TestChatRequestIsGoOpenAIs(t *testing.T) {
	prompt := "Task: answer\n\n<user_text>\n\"quoted\", <tags> & ampersands, \\ backslashes,\ttabs, \u2028, ✓ and \x01\n</user_text>\n"
	for name, json := range map[string]bool{"text": false, "json": true} {
		for _, stream := range []bool{false, true} {
			for _, temp := range []float32{0, 0.2} {
				ours := chatRequest{Model: "gpt-4o-mini", Temperature: temp, Stream: stream,
					Messages: []chatMessage{{Role: "system", Content: "You are archbot."}, {Role: "user", Content: prompt}, {Role: "assistant", Content: ""}}}
				theirs := goopenai.ChatCompletionRequest{Model: "gpt-4o-mini", Temperature: temp, Stream: stream,
					Messages: []goopenai.ChatCompletionMessage{{Role: "system", Content: "You are archbot."}, {Role: "user", Content: prompt}, {Role: "assistant", Content: ""}}}
				if json {
					ours.ResponseFormat = &responseFormat{Type: goopenai.ChatCompletionResponseFormatTypeJSONObject}
					theirs.ResponseFormat = &goopenai.ChatCompletionResponseFormat{Type: goopenai.ChatCompletionResponseFormatTypeJSONObject}
				}
				if stream {
					ours.StreamOptions = &streamOptions{IncludeUsage: true}
					theirs.StreamOptions = &goopenai.StreamOptions{IncludeUsage: true}
				}
				if got, want := mustJSON(t, ours), mustJSON(t, theirs); got != want {
					t.Errorf("%s stream=%v temperature=%v:\n got %s\nwant %s", name, stream, temp, got, want)
				}
			}
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// streamOf returns a stream reading body as a server's event stream.
func streamOf(t *testing.T, body string) *chatStream {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	c, err := newChatClient(Config{BaseURL: srv.URL}, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := c.stream(context.Background(), chatRequest{Model: "m"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.close() })
	return s
}

// readAll reads a stream to its end and returns its content and the error that ended it.
func readAll(s *chatStream) (string, error) {
	var b strings.Builder
	for {
		chunk, err := s.recv()
		if err != nil {
			return b.String(), err
		}
		for _, ch := range chunk.Choices {
			b.WriteString(ch.Delta.Content)
		}
	}
}

// The stream reader reads what servers send as go-openai did: data lines, comments, blank lines
// and event names between them, an error event, an error sent as a plain JSON body.
func TestChatStreamReadsServerSentEvents(t *testing.T) {
	const a = `{"choices":[{"index":0,"delta":{"content":"Hel"}}]}`
	const b = `{"choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}`
	for _, tt := range []struct {
		name, body, text string
		err              func(error) bool
	}{
		{"plain", "data: " + a + "\n\ndata: " + b + "\n\ndata: [DONE]\n\n", "Hello", isEOF},
		{"no space, comments, events", ": keep-alive\n\nevent: chunk\ndata:" + a + "\n\n: ping\ndata:" + b + "\n\ndata:[DONE]\n\n", "Hello", isEOF},
		{"no [DONE]", "data: " + a + "\n\ndata: " + b + "\n\n", "Hello", isEOF},
		{"error event", "data: " + a + "\n\ndata: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\n", "Hel",
			func(err error) bool {
				var api *goopenai.APIError
				return errors.As(err, &api) && api.Message == "overloaded"
			}},
		{"error body", `{"error":{"message":"bad key","type":"invalid_request_error"}}` + "\n", "",
			func(err error) bool {
				var api *goopenai.APIError
				return errors.As(err, &api) && api.Message == "bad key"
			}},
		{"endless comments", strings.Repeat(": ping\n", maxEmptyStreamLines+1) + "data: " + a + "\n", "",
			func(err error) bool { return errors.Is(err, goopenai.ErrTooManyEmptyStreamMessages) }},
	} {
		text, err := readAll(streamOf(t, tt.body))
		if text != tt.text || !tt.err(err) {
			t.Errorf("%s: read %q, ended with %v; want %q", tt.name, text, err, tt.text)
		}
	}
}

func isEOF(err error) bool { return errors.Is(err, io.EOF) }

// A refused request is go-openai's error for it, with the server's wait.
func TestChatErrorsAreGoOpenAIs(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		check      func(error) bool
	}{
		{"api error", `{"error":{"message":"Rate limit reached","type":"requests"}}`, func(err error) bool {
			var api *goopenai.APIError
			return errors.As(err, &api) && api.HTTPStatusCode == http.StatusTooManyRequests && api.Message == "Rate limit reached"
		}},
		{"not json", "<html>busy</html>", func(err error) bool {
			var re *goopenai.RequestError
			return errors.As(err, &re) && re.HTTPStatusCode == http.StatusTooManyRequests && string(re.Body) == "<html>busy</html>"
		}},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After-Ms", "1500")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, tt.body)
		}))
		c, err := newChatClient(Config{BaseURL: srv.URL}, srv.Client())
		if err != nil {
			t.Fatal(err)
		}
		_, wait, err := c.complete(context.Background(), chatRequest{Model: "m"})
		if !tt.check(err) || wait.Milliseconds() != 1500 {
			t.Errorf("%s: error %v (%T), wait %s", tt.name, err, err, wait)
		}
		srv.Close()
	}
}
