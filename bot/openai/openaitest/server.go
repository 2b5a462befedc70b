package openaitest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Request is one chat completion request the server received.
type Request struct {
	N      int       // 1-based arrival order
	At     time.Time // arrival time
	Path   string
	Query  string
	Header http.Header
	Body   openai.ChatCompletionRequest
	Raw    []byte
}

// System returns the content of the request's first system message.
func (r Request) System() string {
	for _, m := range r.Body.Messages {
		if m.Role == openai.ChatMessageRoleSystem {
			return m.Content
		}
	}
	return ""
}

// User returns the content of the request's first user message: the task prompt.
func (r Request) User() string {
	for _, m := range r.Body.Messages {
		if m.Role == openai.ChatMessageRoleUser {
			return m.Content
		}
	}
	return ""
}

// Last returns the content of the request's last message.
func (r Request) Last() string {
	if len(r.Body.Messages) == 0 {
		return ""
	}
	return r.Body.Messages[len(r.Body.Messages)-1].Content
}

// Task returns what archbot asks for: the value of the "Task:" line that opens its prompts
// ("requirements", "section api", ...), taken from the last user message so a repair request
// reports "repair".
func (r Request) Task() string {
	for i := len(r.Body.Messages) - 1; i >= 0; i-- {
		m := r.Body.Messages[i]
		if m.Role != openai.ChatMessageRoleUser {
			continue
		}
		line, _, _ := strings.Cut(m.Content, "\n")
		if t, ok := strings.CutPrefix(line, "Task: "); ok {
			return strings.TrimSpace(t)
		}
		return ""
	}
	return ""
}

// Response is what the server answers to one request.
type Response struct {
	// Status is the HTTP status; 0 means 200.
	Status int
	// Content is the assistant message, sent whole or, for a streaming request, in chunks.
	Content string
	// Usage is reported as the API does; nil means estimated from the text (4 bytes a token).
	Usage *openai.Usage
	// NoUsage leaves usage out of the answer, as some compatible servers do.
	NoUsage bool
	// RetryAfter is sent as the Retry-After header ("1", "0.05" or an HTTP date).
	RetryAfter string
	// Header holds more response headers, such as Azure's retry-after-ms.
	Header http.Header
	// Body, when set, is sent verbatim instead of a well-formed answer.
	Body string
	// Delay holds the answer back; the wait ends early when the client gives up.
	Delay time.Duration
	// Truncate ends a stream after its first chunk, without a finish reason or [DONE], as a
	// dropped connection would.
	Truncate bool
	// FinishReason is the answer's finish_reason; empty means "stop". "length" is what the API
	// sends when the answer hit max_tokens or the context window: the content is cut off.
	FinishReason openai.FinishReason
}

// CutOff answers with content that stopped at the model's length limit (finish_reason "length").
func CutOff(content string) Response {
	return Response{Content: content, FinishReason: openai.FinishReasonLength}
}

// Reply answers with content.
func Reply(content string) Response { return Response{Content: content} }

// RateLimited answers 429 with a Retry-After header.
func RateLimited(retryAfter string) Response {
	return Response{Status: http.StatusTooManyRequests, RetryAfter: retryAfter,
		Body: `{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}`}
}

// ServerError answers 500 with an API error body.
func ServerError() Response {
	return Response{Status: http.StatusInternalServerError,
		Body: `{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}`}
}

// Garbage answers 200 with a body that is not JSON at all.
func Garbage() Response { return Response{Body: "<html>upstream exploded"} }

// Handler decides the answer to a request.
type Handler func(r Request) Response

// Sequence answers the i-th request with rs[i] and every later one with the last of rs.
func Sequence(rs ...Response) Handler {
	var mu sync.Mutex
	i := 0
	return func(Request) Response {
		mu.Lock()
		defer mu.Unlock()
		r := rs[min(i, len(rs)-1)]
		i++
		return r
	}
}

// Server is a local Chat Completions server.
type Server struct {
	// URL is the base URL to configure a client with, ending in /v1.
	URL string

	srv     *httptest.Server
	mu      sync.Mutex
	handler Handler
	latency time.Duration
	// tokenRate paces answers in tokens a second; 0 sends them at once.
	tokenRate float64
	requests  []Request
	received  int  // requests received, kept or not
	lean      bool // see Lean
	inFlight  atomic.Int64
	maxIn     atomic.Int64
}

// NewServer starts a server answering with h; it is closed when the test ends.
func NewServer(tb testing.TB, h Handler) *Server {
	tb.Helper()
	s := Start(h)
	tb.Cleanup(s.Close)
	return s
}

// Start starts a server answering with h outside a test, for load drivers such as
// cmd/archbot-bench; the caller closes it.
func Start(h Handler) *Server {
	s := &Server{handler: h}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL + "/v1"
	return s
}

// Close shuts the server down, ending any answer still held back.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// SetHandler replaces the handler for the requests that follow.
func (s *Server) SetHandler(h Handler) {
	s.mu.Lock()
	s.handler = h
	s.mu.Unlock()
}

// SetLatency delays every answer by d on top of its own Delay.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	s.latency = d
	s.mu.Unlock()
}

// SetTokenRate makes answers take as long as a model generating tokensPerSec tokens a second
// (4 bytes a token) would, after the fixed latency: a streamed answer is paced chunk by chunk, a
// whole answer is held back for its full generation time. 0 (the default) sends at once.
func (s *Server) SetTokenRate(tokensPerSec float64) {
	s.mu.Lock()
	s.tokenRate = tokensPerSec
	s.mu.Unlock()
}

// Lean makes the server cheap to run beside a process under measurement, as load drivers do: it
// keeps no requests (Requests returns none) and decodes of each only what Request's methods and
// the answer use: the model, stream and stream_options, and each message's role and content.
// The full decode of go-openai's request type cost the bench about a third of its CPU.
func (s *Server) Lean() {
	s.mu.Lock()
	s.lean = true
	s.mu.Unlock()
}

// Requests returns every request received so far, in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// MaxInFlight returns the most requests the server was handling at the same time.
func (s *Server) MaxInFlight() int { return int(s.maxIn.Load()) }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	// A request is in flight while the model "thinks", until the first byte of its answer: the
	// client cannot send its next request before that, so the count is never inflated by a
	// handler still returning after its client has moved on.
	n := s.inFlight.Add(1)
	answered := sync.OnceFunc(func() { s.inFlight.Add(-1) })
	defer answered()
	for {
		m := s.maxIn.Load()
		if n <= m || s.maxIn.CompareAndSwap(m, n) {
			break
		}
	}
	s.mu.Lock()
	lean := s.lean
	s.mu.Unlock()
	req, ok := readRequest(w, r, lean)
	if !ok {
		return
	}
	s.mu.Lock()
	s.received++
	req.N = s.received
	if !s.lean {
		s.requests = append(s.requests, req)
	}
	h, latency, rate := s.handler, s.latency, s.tokenRate
	s.mu.Unlock()

	resp := h(req)
	wait := latency + resp.Delay
	if !req.Body.Stream {
		wait += generation(resp.Content, rate)
	}
	if !sleep(r.Context(), wait) {
		return
	}
	answered()
	if resp.RetryAfter != "" {
		w.Header().Set("Retry-After", resp.RetryAfter)
	}
	for k, vs := range resp.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	status := resp.Status
	if status == 0 {
		status = http.StatusOK
	}
	if resp.Body != "" || status != http.StatusOK {
		body := resp.Body
		if body == "" {
			body = fmt.Sprintf(`{"error":{"message":%q,"type":"server_error"}}`, http.StatusText(status))
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, body)
		return
	}
	usage := resp.Usage
	if usage == nil && !resp.NoUsage {
		usage = estimate(req.Body, resp.Content)
	}
	if req.Body.Stream {
		s.stream(w, r, req, resp, usage, rate, lean)
		return
	}
	writeCompletion(w, req, resp, usage, lean)
}

// readRequest reads and decodes a chat completion request, answering anything else with the
// error the API would give. lean decodes only what Lean says.
func readRequest(w http.ResponseWriter, r *http.Request, lean bool) (Request, bool) {
	if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		http.Error(w, `{"error":{"message":"unknown endpoint","type":"invalid_request_error"}}`, http.StatusNotFound)
		return Request{}, false
	}
	raw, err := readBody(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return Request{}, false
	}
	req := Request{At: time.Now(), Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header, Raw: raw}
	if !lean {
		req.Header = r.Header.Clone() // kept after the request ends
	}
	if lean {
		err = decodeLean(raw, &req.Body)
	} else {
		err = json.Unmarshal(raw, &req.Body)
	}
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, `{"error":{"message":%q,"type":"invalid_request_error"}}`, "decode request: "+err.Error())
		return Request{}, false
	}
	return req, true
}

// readBody reads a request's body in one allocation when its length is known (a prompt is tens
// of KB, which io.ReadAll would grow to several times over).
func readBody(r *http.Request) ([]byte, error) {
	if r.ContentLength <= 0 || r.ContentLength > 64<<20 {
		return io.ReadAll(r.Body)
	}
	raw := make([]byte, r.ContentLength)
	if _, err := io.ReadFull(r.Body, raw); err != nil {
		return nil, err
	}
	return raw, nil
}

// writeCompletion sends resp as a whole (not streamed) chat completion.
func writeCompletion(w http.ResponseWriter, req Request, resp Response, usage *openai.Usage, lean bool) {
	out := openai.ChatCompletionResponse{
		ID: fmt.Sprintf("chatcmpl-%d", req.N), Object: "chat.completion", Created: time.Now().Unix(),
		Model: req.Body.Model,
		Choices: []openai.ChatCompletionChoice{{Index: 0, FinishReason: resp.finish(),
			Message: openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: resp.Content}}},
	}
	if usage != nil {
		out.Usage = *usage
	}
	w.Header().Set("Content-Type", "application/json")
	if lean {
		json.NewEncoder(w).Encode(leanCompletion(out))
		return
	}
	json.NewEncoder(w).Encode(out)
}

// stream sends content as server-sent events: a few content chunks, the usage chunk when the
// client asked for it (stream_options.include_usage), then [DONE].
func (s *Server) stream(w http.ResponseWriter, r *http.Request, req Request, resp Response, usage *openai.Usage, rate float64, lean bool) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	flusher, _ := w.(http.Flusher)
	send := func(chunk openai.ChatCompletionStreamResponse) {
		chunk.ID = fmt.Sprintf("chatcmpl-%d", req.N)
		chunk.Object = "chat.completion.chunk"
		chunk.Model = req.Body.Model
		var b []byte
		if lean {
			b, _ = json.Marshal(leanChunk(chunk))
		} else {
			b, _ = json.Marshal(chunk)
		}
		fmt.Fprintf(w, "data: %s\n\n", b)
		if flusher != nil {
			flusher.Flush()
		}
	}
	for _, piece := range split(resp.Content, 4) {
		if !sleep(r.Context(), generation(piece, rate)) {
			return
		}
		send(openai.ChatCompletionStreamResponse{Choices: []openai.ChatCompletionStreamChoice{{
			Delta: openai.ChatCompletionStreamChoiceDelta{Content: piece}}}})
		if resp.Truncate {
			return
		}
	}
	send(openai.ChatCompletionStreamResponse{Choices: []openai.ChatCompletionStreamChoice{{
		FinishReason: resp.finish()}}})
	if usage != nil && req.Body.StreamOptions != nil && req.Body.StreamOptions.IncludeUsage {
		send(openai.ChatCompletionStreamResponse{Choices: []openai.ChatCompletionStreamChoice{}, Usage: usage})
	}
	io.WriteString(w, "data: [DONE]\n\n")
	if flusher != nil {
		flusher.Flush()
	}
}

func (r Response) finish() openai.FinishReason {
	if r.FinishReason == "" {
		return openai.FinishReasonStop
	}
	return r.FinishReason
}

// generation is how long a model producing rate tokens a second takes to write text.
func generation(text string, rate float64) time.Duration {
	if rate <= 0 || text == "" {
		return 0
	}
	return time.Duration(float64(max(1, len(text)/4)) / rate * float64(time.Second))
}

// sleep waits for d and reports false if the client gave up first.
func sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// split cuts s into at most n pieces at rune boundaries.
func split(s string, n int) []string {
	r := []rune(s)
	if len(r) == 0 {
		return nil
	}
	size := (len(r) + n - 1) / n
	var out []string
	for i := 0; i < len(r); i += size {
		out = append(out, string(r[i:min(i+size, len(r))]))
	}
	return out
}

func estimate(req openai.ChatCompletionRequest, content string) *openai.Usage {
	in := 0
	for _, m := range req.Messages {
		in += len(m.Content)
	}
	u := &openai.Usage{PromptTokens: max(1, in/4), CompletionTokens: max(1, len(content)/4)}
	u.TotalTokens = u.PromptTokens + u.CompletionTokens
	return u
}
