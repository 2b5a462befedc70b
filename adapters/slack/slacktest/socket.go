package slacktest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// socketState holds the Socket Mode side: open connections and the acks received.
type socketState struct {
	mu      sync.Mutex
	conns   []*socketConn
	acks    map[string]json.RawMessage // envelope id -> ack payload ("null" when empty)
	ackList []string
	seq     int
}

type socketConn struct {
	ws      *websocket.Conn
	writeMu sync.Mutex
	done    chan struct{}
}

func (st *socketState) init() { st.acks = map[string]json.RawMessage{} }

func (st *socketState) closeAll() {
	st.mu.Lock()
	conns := st.conns
	st.conns = nil
	st.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.Close()
		<-c.done
	}
}

// link serves the websocket that apps.connections.open hands out.
func (s *Server) link(w http.ResponseWriter, r *http.Request) {
	s.record(Call{Method: "socket_connect"})
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &socketConn{ws: ws, done: make(chan struct{})}
	hello := map[string]any{"type": "hello", "num_connections": 1,
		"connection_info": map[string]any{"app_id": AppID},
		"debug_info":      map[string]any{"host": "slacktest", "approximate_connection_time": 18060}}
	if err := c.write(hello); err != nil {
		_ = ws.Close()
		return
	}
	s.socket.mu.Lock()
	s.socket.conns = append(s.socket.conns, c)
	s.socket.mu.Unlock()

	// Slack pings; a client that hears no ping for a while reconnects.
	stopPing := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			_ = ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
			select {
			case <-stopPing:
				return
			case <-t.C:
			}
		}
	}()
	go func() {
		defer close(c.done)
		defer close(stopPing)
		for {
			var ack struct {
				EnvelopeID string          `json:"envelope_id"`
				Payload    json.RawMessage `json:"payload"`
			}
			if err := ws.ReadJSON(&ack); err != nil {
				s.socket.drop(c)
				return
			}
			if len(ack.Payload) == 0 {
				ack.Payload = json.RawMessage("null")
			}
			s.record(Call{Method: "socket_ack", Params: map[string][]string{"envelope_id": {ack.EnvelopeID}, "json": {string(ack.Payload)}}})
			s.socket.mu.Lock()
			s.socket.acks[ack.EnvelopeID] = ack.Payload
			s.socket.ackList = append(s.socket.ackList, ack.EnvelopeID)
			s.socket.mu.Unlock()
		}
	}()
}

func (st *socketState) drop(c *socketConn) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for i, x := range st.conns {
		if x == c {
			st.conns = append(st.conns[:i], st.conns[i+1:]...)
			return
		}
	}
}

func (c *socketConn) write(v any) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

// Connected reports how many Socket Mode connections are open.
func (s *Server) Connected() int {
	s.socket.mu.Lock()
	defer s.socket.mu.Unlock()
	return len(s.socket.conns)
}

// Envelope is what Socket Mode delivers: an events_api, slash_commands or interactive request.
type Envelope struct {
	Type         string // "events_api", "slash_commands", "interactive"
	Payload      any    // marshalled as the envelope's payload
	RetryAttempt int
	RetryReason  string
}

// Send delivers an envelope over the first open Socket Mode connection and returns its id.
func (s *Server) Send(tb testing.TB, e Envelope) string {
	tb.Helper()
	s.WaitFor(tb, "a Socket Mode connection", func() bool { return s.Connected() > 0 })
	s.socket.mu.Lock()
	s.socket.seq++
	id := fmt.Sprintf("env-%04d", s.socket.seq)
	c := s.socket.conns[0]
	s.socket.mu.Unlock()
	msg := map[string]any{"envelope_id": id, "type": e.Type, "payload": e.Payload,
		"accepts_response_payload": e.Type != "events_api",
		"retry_attempt":            e.RetryAttempt, "retry_reason": e.RetryReason}
	if err := c.write(msg); err != nil {
		tb.Fatalf("send envelope: %v", err)
	}
	return id
}

// Ack returns the payload of the ack for the envelope ("null" when empty), if it came.
func (s *Server) Ack(id string) (json.RawMessage, bool) {
	s.socket.mu.Lock()
	defer s.socket.mu.Unlock()
	p, ok := s.socket.acks[id]
	return p, ok
}

// WaitAck waits for the ack of the envelope and returns its payload.
func (s *Server) WaitAck(tb testing.TB, id string) json.RawMessage {
	tb.Helper()
	s.WaitFor(tb, "ack of "+id, func() bool { _, ok := s.Ack(id); return ok })
	p, _ := s.Ack(id)
	return p
}

// Disconnect asks every client to reconnect, as Slack does before rotating a connection.
func (s *Server) Disconnect(tb testing.TB) {
	tb.Helper()
	s.socket.mu.Lock()
	conns := append([]*socketConn(nil), s.socket.conns...)
	s.socket.mu.Unlock()
	for _, c := range conns {
		if err := c.write(map[string]any{"type": "disconnect", "reason": "refresh_requested"}); err != nil {
			tb.Fatalf("send disconnect: %v", err)
		}
	}
}
