package discordtest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway opcodes the server speaks.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// Gateway close codes the server uses.
const (
	closeAuthenticationFailed = 4004
	closeInvalidShard         = 4010
	closeDisallowedIntents    = 4014
)

// HeartbeatInterval is what Hello tells clients; long, so tests never wait on a heartbeat.
const HeartbeatInterval = 41250 * time.Millisecond

// gateway holds the Gateway side. Every Identify opens a session of its own, as on Discord when
// several processes connect with one token: each session can be resumed by its id and receives
// every dispatch of its shard. A session identified without a shard, or several on one shard,
// receive the same events; with [shard_id, num_shards] a session receives the events of the
// guilds with (guild_id >> 22) % num_shards == shard_id, and events without a guild (DMs) only
// on shard 0, as Discord routes them.
type gateway struct {
	mu         sync.Mutex
	conns      map[*gwConn]bool
	sessions   map[string]*session
	seq        int64
	events     []event
	identifies []discordgo.Identify
	resumes    int
	replay     int
	closed     bool
}

// session is one identified client; conn is the connection receiving its dispatches, nil while
// it is away (asked to reconnect, or its socket closed) and may resume.
type session struct {
	id    string
	conn  *gwConn
	shard [2]int // shard id and count; a count of 0 or 1 is every guild
}

// receives reports whether the session's shard gets the events of guild ("" for none).
func (ss *session) receives(guild string) bool {
	if ss.shard[1] <= 1 {
		return true
	}
	if guild == "" {
		return ss.shard[0] == 0
	}
	id, err := strconv.ParseUint(guild, 10, 64)
	return err == nil && int((id>>22)%uint64(ss.shard[1])) == ss.shard[0]
}

type event struct {
	seq   int64
	t     string
	d     json.RawMessage
	guild string // the guild the event belongs to, which picks its shard
}

type gwConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *gwConn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

func (c *gwConn) closeWith(code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	_ = c.ws.Close()
}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func (g *gateway) init() {
	g.conns = map[*gwConn]bool{}
	g.sessions = map[string]*session{}
}

func (g *gateway) close() {
	g.mu.Lock()
	g.closed = true
	conns := g.conns
	g.conns = map[*gwConn]bool{}
	for _, ss := range g.sessions {
		ss.conn = nil
	}
	g.mu.Unlock()
	for c := range conns {
		_ = c.ws.Close()
	}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	g := &s.gw
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		_ = ws.Close()
		return
	}
	g.conns[c] = true
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		delete(g.conns, c)
		for _, ss := range g.sessions {
			if ss.conn == c {
				ss.conn = nil
			}
		}
		g.mu.Unlock()
		_ = ws.Close()
	}()

	hello, _ := json.Marshal(map[string]int64{"heartbeat_interval": HeartbeatInterval.Milliseconds()})
	if c.write(frame{Op: opHello, D: hello}) != nil {
		return
	}
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			return
		}
		switch f.Op {
		case opHeartbeat:
			if c.write(frame{Op: opHeartbeatACK}) != nil {
				return
			}
		case opIdentify:
			if !s.identify(c, f.D) {
				return
			}
		case opResume:
			s.resume(c, f.D)
		}
	}
}

// identify answers an Identify with READY and GUILD_CREATE, or closes the connection as Discord
// does for a bad token or a privileged intent the application has not enabled.
func (s *Server) identify(c *gwConn, raw json.RawMessage) bool {
	// Only the fields the server checks: discordgo's Identify does not decode its own zero presence.
	var in struct {
		Token          string                       `json:"token"`
		Properties     discordgo.IdentifyProperties `json:"properties"`
		Compress       bool                         `json:"compress"`
		LargeThreshold int                          `json:"large_threshold"`
		Shard          *[2]int                      `json:"shard"`
		Intents        discordgo.Intent             `json:"intents"`
	}
	if err := json.Unmarshal(raw, &in); err != nil || strings.TrimPrefix(in.Token, "Bot ") != s.Token {
		c.closeWith(closeAuthenticationFailed, "Authentication failed.")
		return false
	}
	id := discordgo.Identify{Properties: in.Properties, Compress: in.Compress, LargeThreshold: in.LargeThreshold, Shard: in.Shard, Intents: in.Intents}
	if id.Intents&discordgo.IntentMessageContent != 0 && s.applicationFlags()&FlagGatewayMessageContent == 0 {
		c.closeWith(closeDisallowedIntents, "Disallowed intent(s).")
		return false
	}
	if sh := in.Shard; sh != nil && (sh[1] < 1 || sh[0] < 0 || sh[0] >= sh[1]) {
		c.closeWith(closeInvalidShard, "Invalid shard.")
		return false
	}
	g := &s.gw
	g.mu.Lock()
	g.identifies = append(g.identifies, id)
	ss := &session{id: "session-" + s.newID()}
	if in.Shard != nil {
		ss.shard = *in.Shard
	}
	g.sessions[ss.id] = ss
	sessionID := ss.id
	g.mu.Unlock()

	// A shard is told only of its own guilds.
	guilds := []map[string]any{}
	if ss.receives(s.GuildID) {
		guilds = append(guilds, map[string]any{"id": s.GuildID, "unavailable": true})
	}
	ready := map[string]any{
		"v": 9, "user": s.Bot, "session_id": sessionID,
		"resume_gateway_url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway",
		"guilds":             guilds,
		"application":        map[string]any{"id": s.AppID, "flags": s.applicationFlags()},
	}
	if ss.shard[1] > 1 {
		ready["shard"] = ss.shard
	}
	if !s.send(c, "READY", ready, ss) {
		return false
	}
	if len(guilds) == 0 {
		return true
	}
	guild := map[string]any{
		"id": s.GuildID, "name": "test guild", "unavailable": false,
		"channels": []*discordgo.Channel{s.Channel(s.ChannelID)},
	}
	return s.send(c, "GUILD_CREATE", guild, nil)
}

// resume replays what the client missed (and, if asked, events it already had, as Discord may)
// and ends with RESUMED, or invalidates an unknown session.
func (s *Server) resume(c *gwConn, raw json.RawMessage) {
	var rp struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(raw, &rp)
	g := &s.gw
	g.mu.Lock()
	ss := g.sessions[rp.SessionID]
	if ss == nil || strings.TrimPrefix(rp.Token, "Bot ") != s.Token {
		g.mu.Unlock()
		_ = c.write(frame{Op: opInvalidSession, D: json.RawMessage("false")})
		return
	}
	g.resumes++
	var replay []event
	for i, e := range g.events {
		if !ss.receives(e.guild) {
			continue
		}
		if e.seq > rp.Seq || i >= len(g.events)-g.replay {
			replay = append(replay, e)
		}
	}
	g.replay = 0
	g.mu.Unlock()
	for _, e := range replay {
		seq := e.seq
		if c.write(frame{Op: opDispatch, T: e.t, S: &seq, D: e.d}) != nil {
			return
		}
	}
	s.send(c, "RESUMED", map[string]any{}, ss)
}

// send dispatches an event on one connection; with a session, c becomes the connection that
// session's later dispatches go to.
func (s *Server) send(c *gwConn, t string, d any, ss *session) bool {
	raw, err := json.Marshal(d)
	if err != nil {
		panic("discordtest: encode " + t + ": " + err.Error())
	}
	g := &s.gw
	g.mu.Lock()
	g.seq++
	seq := g.seq
	if ss != nil {
		ss.conn = c
	}
	g.mu.Unlock()
	return c.write(frame{Op: opDispatch, T: t, S: &seq, D: raw}) == nil
}

// Dispatch sends an event to every connected session and keeps it for replay on resume. A
// session that is away gets it, as on Discord, when it resumes.
func (s *Server) Dispatch(t string, d any) {
	raw, err := json.Marshal(d)
	if err != nil {
		panic("discordtest: encode " + t + ": " + err.Error())
	}
	var in struct {
		GuildID string `json:"guild_id"`
	}
	_ = json.Unmarshal(raw, &in)
	g := &s.gw
	g.mu.Lock()
	g.seq++
	e := event{seq: g.seq, t: t, d: raw, guild: in.GuildID}
	g.events = append(g.events, e)
	var conns []*gwConn
	for _, ss := range g.sessions {
		if ss.conn != nil && ss.receives(e.guild) {
			conns = append(conns, ss.conn)
		}
	}
	g.mu.Unlock()
	for _, c := range conns {
		_ = c.write(frame{Op: opDispatch, T: e.t, S: &e.seq, D: e.d})
	}
}

// Reconnect asks every connected client to reconnect (opcode 7), as Discord does before moving
// a session; a client is expected to resume. The next resume also replays the last replay events
// the client already received, as Discord may when it is unsure what arrived.
func (s *Server) Reconnect(replay int) {
	g := &s.gw
	g.mu.Lock()
	var conns []*gwConn
	for _, ss := range g.sessions {
		if ss.conn != nil {
			conns = append(conns, ss.conn)
			ss.conn = nil
		}
	}
	g.replay = replay
	g.mu.Unlock()
	for _, c := range conns {
		_ = c.write(frame{Op: opReconnect, D: json.RawMessage("null")})
	}
}

// Identifies returns the Identify payloads received, in order, without their tokens.
func (s *Server) Identifies() []discordgo.Identify {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return append([]discordgo.Identify(nil), s.gw.identifies...)
}

// Resumes counts successful resumes.
func (s *Server) Resumes() int {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return s.gw.resumes
}

// Connected reports whether a client is identified or resumed and receiving dispatches.
func (s *Server) Connected() bool { return s.Sessions() > 0 }

// Sessions counts the sessions receiving dispatches: one per connected client.
func (s *Server) Sessions() int {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	n := 0
	for _, ss := range s.gw.sessions {
		if ss.conn != nil {
			n++
		}
	}
	return n
}
