package slacktest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/archbot/archbot/conversation/conversationtest"
)

// Identities the server answers with.
const (
	BotToken  = "xoxb-slacktest"
	AppToken  = "xapp-slacktest"
	TeamID    = "T0TEST"
	BotUserID = "UARCHBOT"
	BotID     = "BARCHBOT"
	AppID     = "AARCHBOT"
)

// Call is one request the server received.
type Call struct {
	Method string     // Web API method ("chat.postMessage"), "upload" or "response_url"
	Params url.Values // form parameters, or the JSON body under "json"
	Token  string     // the token the caller sent
	At     time.Time
}

// Message is a message posted through chat.postMessage, as it stands after updates.
type Message struct {
	Channel  string
	TS       string
	ThreadTS string
	Text     string
	Blocks   []Block
	Updates  int
	Deleted  bool
	// Metadata is the message's metadata (event_type, event_payload), if it was posted with one.
	Metadata map[string]any
	// User is the person who wrote a message added with UserMessage; "" for archbot's posts.
	User string
}

// Block is the part of a Block Kit block tests look at.
type Block struct {
	Type string `json:"type"`
	Text *struct {
		Type string `json:"type"`
		Text string `json:"text"`
	} `json:"text,omitempty"`
	Elements []struct {
		Type     string `json:"type"`
		ActionID string `json:"action_id"`
		Text     *struct {
			Text string `json:"text"`
		} `json:"text,omitempty"`
	} `json:"elements,omitempty"`
	Raw json.RawMessage `json:"-"`
}

// File is an uploaded file.
type File struct {
	ID       string
	Name     string
	Title    string
	Content  []byte
	Channel  string // set once the upload is completed
	ThreadTS string
	Complete bool
}

// Server is a local Slack. Create it with NewServer.
type Server struct {
	srv *httptest.Server

	mu         sync.Mutex
	calls      []Call
	messages   []*Message
	files      []*File
	seq        int
	rateLimits map[string][]int // method -> Retry-After seconds of the next 429 answers
	failures   map[string]string
	injectors  []Injector
	counts     map[string]int // calls per method, for injectors
	limits     Limits
	joined     map[string]bool // channels archbot joined with conversations.join
	refusals   []string        // error codes messages were refused with
	observer   func(Call)

	socket socketState
}

// NewServer starts a local Slack that stops when the test ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := Start()
	tb.Cleanup(s.Close)
	return s
}

// Start starts a local Slack outside a test (archbot-bench drives one); Close stops it.
func Start() *Server {
	s := &Server{rateLimits: map[string][]int{}, failures: map[string]string{}, counts: map[string]int{},
		limits: DefaultLimits(), joined: map[string]bool{}}
	s.socket.init()
	mux := http.NewServeMux()
	mux.HandleFunc("/api/{method}", s.api)
	mux.HandleFunc("POST /upload/{id}", s.upload)
	mux.HandleFunc("POST /response/{id}", s.response)
	mux.HandleFunc("/link", s.link)
	// Assigned before the server starts: handlers read s.srv (URL), and requests from other
	// processes give the race detector no happens-before edge to the assignment.
	s.srv = httptest.NewUnstartedServer(mux)
	s.srv.Start()
	return s
}

// Observe makes the server call f with every Web API call as it arrives, before answering it,
// so a load generator can time replies without polling Calls. Set it before the first call.
func (s *Server) Observe(f func(Call)) {
	s.mu.Lock()
	s.observer = f
	s.mu.Unlock()
}

// Close stops the server and drops the Socket Mode connections.
func (s *Server) Close() {
	s.socket.closeAll()
	s.srv.Close()
}

// URL is the server's base URL.
func (s *Server) URL() string { return s.srv.URL }

// APIURL is the Web API base URL to configure clients with (slack.OptionAPIURL).
func (s *Server) APIURL() string { return s.srv.URL + "/api/" }

// RateLimit makes the next len(retryAfter) calls to method answer 429 with the given Retry-After
// seconds.
func (s *Server) RateLimit(method string, retryAfter ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rateLimits[method] = append(s.rateLimits[method], retryAfter...)
}

// Fail makes every later call to method answer {"ok":false,"error":code}; an empty code undoes it.
func (s *Server) Fail(method, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == "" {
		delete(s.failures, method)
		return
	}
	s.failures[method] = code
}

// Calls returns every call so far, in order; with methods, only calls to those.
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	out := slices.Clone(s.calls)
	s.mu.Unlock()
	if len(methods) == 0 {
		return out
	}
	return slices.DeleteFunc(out, func(c Call) bool { return !slices.Contains(methods, c.Method) })
}

// Messages returns copies of every posted message, in posting order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return copies(s.messages)
}

// Replies returns the messages in the thread rooted at ts in channel, root and deleted
// messages excluded, as the thread shows them.
func (s *Server) Replies(channel, ts string) []Message {
	return slices.DeleteFunc(s.Messages(), func(m Message) bool {
		return m.Channel != channel || m.ThreadTS != ts || m.TS == ts || m.Deleted
	})
}

// Files returns copies of every uploaded file.
func (s *Server) Files() []File {
	s.mu.Lock()
	defer s.mu.Unlock()
	return copies(s.files)
}

// copies returns the values ps point at, for a test to read while the server goes on changing
// them.
func copies[T any](ps []*T) []T {
	out := make([]T, 0, len(ps))
	for _, p := range ps {
		out = append(out, *p)
	}
	return out
}

// WaitFor polls cond until it holds, failing the test after 20 seconds.
func (s *Server) WaitFor(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	if !conversationtest.Eventually(20*time.Second, cond) {
		tb.Fatalf("timed out waiting for %s; calls: %s", what, s.summary())
	}
}

func (s *Server) summary() string {
	var names []string
	for _, c := range s.Calls() {
		names = append(names, c.Method)
	}
	return strings.Join(names, ", ")
}

func (s *Server) record(c Call) {
	c.At = time.Now()
	s.mu.Lock()
	s.calls = append(s.calls, c)
	observe := s.observer
	s.mu.Unlock()
	if observe != nil {
		observe(c)
	}
}

func token(r *http.Request) string {
	if t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return t
	}
	return r.Form.Get("token")
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

type obj = map[string]any

func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	method := r.PathValue("method")
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		body, _ := io.ReadAll(r.Body)
		r.Form = url.Values{"json": {string(body)}}
	} else if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	tok := token(r)
	s.record(Call{Method: method, Params: r.Form, Token: tok})
	if f, ok := s.fault(method, r.Form); ok {
		serveFault(w, r, f, func(w http.ResponseWriter, _ *http.Request) { s.answer(w, method, tok, r.Form) })
		return
	}
	s.answer(w, method, tok, r.Form)
}

// answer answers a Web API call as Slack would, after the 429s and failures tests asked for.
func (s *Server) answer(w http.ResponseWriter, method, tok string, form url.Values) {
	s.mu.Lock()
	if ra := s.rateLimits[method]; len(ra) > 0 {
		s.rateLimits[method] = ra[1:]
		s.mu.Unlock()
		w.Header().Set("Retry-After", strconv.Itoa(ra[0]))
		w.WriteHeader(http.StatusTooManyRequests)
		writeJSON(w, obj{"ok": false, "error": "ratelimited"})
		return
	}
	failure := s.failures[method]
	s.mu.Unlock()
	if failure != "" {
		writeJSON(w, obj{"ok": false, "error": failure})
		return
	}

	want := BotToken
	if method == "apps.connections.open" {
		want = AppToken
	}
	if tok != want {
		writeJSON(w, obj{"ok": false, "error": "invalid_auth"})
		return
	}
	answer, ok := apiMethods[method]
	if !ok {
		writeJSON(w, obj{"ok": false, "error": "unknown_method"})
		return
	}
	writeJSON(w, answer(s, form))
}

// apiMethods answers each Web API method the fake speaks, from the request's form.
var apiMethods = map[string]func(s *Server, f url.Values) obj{
	"auth.test": func(s *Server, _ url.Values) obj {
		return obj{"ok": true, "url": s.URL() + "/", "team": "Test", "user": "archbot",
			"team_id": TeamID, "user_id": BotUserID, "bot_id": BotID}
	},
	"chat.postMessage": (*Server).postMessage,
	"conversations.replies": func(s *Server, f url.Values) obj {
		return obj{"ok": true, "messages": s.thread(f.Get("channel"), f.Get("ts"), f.Get("include_all_metadata") == "1" || f.Get("include_all_metadata") == "true"),
			"has_more": false, "response_metadata": obj{"next_cursor": ""}}
	},
	"conversations.history": func(s *Server, f url.Values) obj {
		return obj{"ok": true, "messages": s.history(f.Get("channel"), f.Get("include_all_metadata") == "1" || f.Get("include_all_metadata") == "true"),
			"has_more": false, "response_metadata": obj{"next_cursor": ""}}
	},
	"conversations.join": (*Server).join,
	"chat.update":        (*Server).updateMessage,
	"chat.delete":        (*Server).deleteMessage,
	"chat.postEphemeral": func(s *Server, _ url.Values) obj {
		return obj{"ok": true, "message_ts": s.nextTS()}
	},
	"assistant.threads.setStatus": func(_ *Server, f url.Values) obj {
		// Only assistant threads, which live in the app's DMs, take a status.
		if !strings.HasPrefix(f.Get("channel_id"), "D") {
			return obj{"ok": false, "error": "channel_type_not_supported"}
		}
		return obj{"ok": true}
	},
	"files.getUploadURLExternal":   (*Server).uploadURL,
	"files.completeUploadExternal": (*Server).completeUpload,
	"apps.connections.open": func(s *Server, _ url.Values) obj {
		return obj{"ok": true, "url": "ws" + strings.TrimPrefix(s.URL(), "http") + "/link"}
	},
}

func (s *Server) postMessage(f url.Values) obj {
	if f.Get("channel") == "" {
		return obj{"ok": false, "error": "channel_not_found"}
	}
	m, code := s.post(f)
	if code != "" {
		s.refuse(code)
		return errorAnswer(code)
	}
	return obj{"ok": true, "channel": m.Channel, "ts": m.TS,
		"message": obj{"text": m.Text, "ts": m.TS, "thread_ts": m.ThreadTS, "bot_id": BotID}}
}

func (s *Server) updateMessage(f url.Values) obj {
	if f.Get("ts") == "" {
		return obj{"ok": false, "error": "invalid_arguments", "response_metadata": obj{"messages": []string{"[ERROR] missing required field: ts"}}}
	}
	var blocks []Block
	if f.Has("blocks") {
		var err error
		if blocks, err = parseBlocks(f.Get("blocks")); err != nil {
			return errorAnswer("invalid_blocks")
		}
	}
	s.mu.Lock()
	code := s.limits.refusal(f.Get("text"), blocks)
	m := s.find(f.Get("channel"), f.Get("ts"))
	if m != nil && code == "" {
		m.Text = f.Get("text")
		m.Updates++
		if f.Has("blocks") {
			m.Blocks = blocks
		}
	}
	s.mu.Unlock()
	switch {
	case m == nil:
		return obj{"ok": false, "error": "message_not_found"}
	case code != "":
		s.refuse(code)
		return errorAnswer(code)
	}
	return obj{"ok": true, "channel": m.Channel, "ts": m.TS, "text": m.Text}
}

func (s *Server) deleteMessage(f url.Values) obj {
	s.mu.Lock()
	m := s.find(f.Get("channel"), f.Get("ts"))
	if m != nil {
		m.Deleted = true
	}
	s.mu.Unlock()
	if m == nil {
		return obj{"ok": false, "error": "message_not_found"}
	}
	return obj{"ok": true, "channel": m.Channel, "ts": m.TS}
}

func (s *Server) uploadURL(f url.Values) obj {
	n, _ := strconv.Atoi(f.Get("length"))
	if f.Get("filename") == "" || n <= 0 {
		return obj{"ok": false, "error": "invalid_arguments"}
	}
	s.mu.Lock()
	s.seq++
	file := &File{ID: fmt.Sprintf("F%06d", s.seq), Name: f.Get("filename")}
	s.files = append(s.files, file)
	s.mu.Unlock()
	return obj{"ok": true, "file_id": file.ID, "upload_url": s.URL() + "/upload/" + file.ID}
}

func (s *Server) completeUpload(f url.Values) obj {
	var items []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(f.Get("files")), &items); err != nil || len(items) == 0 {
		return obj{"ok": false, "error": "invalid_arguments"}
	}
	var done []obj
	s.mu.Lock()
	for _, it := range items {
		for _, file := range s.files {
			if file.ID == it.ID && file.Content != nil {
				file.Title, file.Channel, file.ThreadTS, file.Complete = it.Title, f.Get("channel_id"), f.Get("thread_ts"), true
				done = append(done, obj{"id": file.ID, "title": file.Title})
			}
		}
	}
	s.mu.Unlock()
	if len(done) != len(items) {
		return obj{"ok": false, "error": "file_not_found"}
	}
	return obj{"ok": true, "files": done}
}

func (s *Server) nextTS() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return fmt.Sprintf("1700000000.%06d", s.seq)
}

// post stores a message, or returns the error code Slack refuses it with.
func (s *Server) post(f url.Values) (*Message, string) {
	m := &Message{Channel: f.Get("channel"), ThreadTS: f.Get("thread_ts"), Text: f.Get("text")}
	if raw := f.Get("metadata"); raw != "" {
		if err := json.Unmarshal([]byte(raw), &m.Metadata); err != nil {
			return nil, "invalid_metadata_format"
		}
	}
	if f.Has("blocks") {
		bs, err := parseBlocks(f.Get("blocks"))
		if err != nil {
			return nil, "invalid_blocks"
		}
		m.Blocks = bs
	}
	if m.Text == "" && len(m.Blocks) == 0 {
		return nil, "no_text"
	}
	s.mu.Lock()
	code := s.limits.refusal(m.Text, m.Blocks)
	s.mu.Unlock()
	if code != "" {
		return nil, code
	}
	m.TS = s.nextTS()
	s.mu.Lock()
	s.messages = append(s.messages, m)
	s.mu.Unlock()
	return m, ""
}

// UserMessage records a person's message in a channel, as Slack holds it (conversations.replies
// lists it), for tests of what archbot reads back from a thread; events still have to be sent.
func (s *Server) UserMessage(channel, user, text, ts, threadTS string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = append(s.messages, &Message{Channel: channel, TS: ts, ThreadTS: threadTS, Text: text, User: user})
}

// thread lists a thread's messages as conversations.replies does: the root and every reply,
// completed file uploads shared into it included, oldest first.
func (s *Server) thread(channel, ts string, metadata bool) []obj {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []obj
	for _, m := range s.messages {
		if m.Channel != channel || (m.TS != ts && m.ThreadTS != ts) || m.Deleted {
			continue
		}
		msg := obj{"type": "message", "ts": m.TS, "thread_ts": m.ThreadTS, "text": m.Text, "bot_id": BotID}
		if m.User != "" {
			msg = obj{"type": "message", "ts": m.TS, "thread_ts": m.ThreadTS, "text": m.Text, "user": m.User}
		}
		if metadata && m.Metadata != nil {
			msg["metadata"] = m.Metadata
		}
		out = append(out, msg)
	}
	for _, f := range s.files {
		if f.Complete && f.Channel == channel && f.ThreadTS == ts {
			out = append(out, obj{"type": "message", "ts": ts, "thread_ts": ts, "bot_id": BotID,
				"files": []obj{{"id": f.ID, "name": f.Name, "title": f.Title}}})
		}
	}
	return out
}

// history lists a channel's top-level messages as conversations.history does, newest first.
func (s *Server) history(channel string, metadata bool) []obj {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []obj
	for i := len(s.messages) - 1; i >= 0; i-- {
		m := s.messages[i]
		if m.Channel != channel || (m.ThreadTS != "" && m.ThreadTS != m.TS) || m.Deleted {
			continue
		}
		msg := obj{"type": "message", "ts": m.TS, "text": m.Text, "bot_id": BotID, "user": BotUserID}
		if metadata && m.Metadata != nil {
			msg["metadata"] = m.Metadata
		}
		out = append(out, msg)
	}
	return out
}

// join answers conversations.join: public channels (C…) only, as with the channels:join scope.
func (s *Server) join(f url.Values) obj {
	ch := f.Get("channel")
	switch {
	case ch == "":
		return obj{"ok": false, "error": "channel_not_found"}
	case !strings.HasPrefix(ch, "C"):
		return obj{"ok": false, "error": "method_not_supported_for_channel_type"}
	}
	s.mu.Lock()
	already := s.joined[ch]
	s.joined[ch] = true
	s.mu.Unlock()
	a := obj{"ok": true, "channel": obj{"id": ch, "is_channel": true, "is_member": true}}
	if already {
		a["warning"] = "already_in_channel"
		a["response_metadata"] = obj{"warnings": []string{"already_in_channel"}}
	}
	return a
}

func (s *Server) refuse(code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refusals = append(s.refusals, code)
}

// Refusals lists the error codes chat.postMessage and chat.update refused messages with
// (msg_blocks_too_long, invalid_blocks…), in order; injected faults are not among them.
func (s *Server) Refusals() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.refusals...)
}

// Joined reports whether archbot joined channel through conversations.join.
func (s *Server) Joined(channel string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.joined[channel]
}

// find returns the stored message; s.mu must be held.
func (s *Server) find(channel, ts string) *Message {
	for _, m := range s.messages {
		if m.Channel == channel && m.TS == ts {
			return m
		}
	}
	return nil
}

func parseBlocks(raw string) ([]Block, error) {
	var rs []json.RawMessage
	if err := json.Unmarshal([]byte(raw), &rs); err != nil {
		return nil, err
	}
	out := make([]Block, len(rs))
	for i, r := range rs {
		if err := json.Unmarshal(r, &out[i]); err != nil {
			return nil, err
		}
		out[i].Raw = r
	}
	return out, nil
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	params := url.Values{"id": {id}}
	s.record(Call{Method: "upload", Params: params, Token: token(r)})
	if f, ok := s.fault("upload", params); ok {
		serveFault(w, r, f, s.receive)
		return
	}
	s.receive(w, r)
}

// receive stores an uploaded file's content.
func (s *Server) receive(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file part", http.StatusBadRequest)
		return
	}
	defer file.Close()
	content, err := io.ReadAll(file)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.files {
		if f.ID == id {
			f.Content = content
			w.WriteHeader(http.StatusOK)
			_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(content)))
			return
		}
	}
	http.Error(w, "unknown file", http.StatusNotFound)
}

// ResponseURL returns a response_url for a slash command or interaction: posts to it are
// recorded as "response_url" calls with the JSON body under "json".
func (s *Server) ResponseURL() string {
	s.mu.Lock()
	s.seq++
	n := s.seq
	s.mu.Unlock()
	return fmt.Sprintf("%s/response/%d", s.URL(), n)
}

func (s *Server) response(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.record(Call{Method: "response_url", Params: url.Values{"json": {string(body)}, "id": {r.PathValue("id")}}})
	_, _ = io.WriteString(w, "ok")
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
