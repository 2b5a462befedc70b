package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"
)

// Limits Discord enforces that the server checks too.
const (
	MaxContent        = 2000
	MaxThreadName     = 100
	MaxNonce          = 25
	MaxUpload         = 10 << 20 // a server without boosts
	InteractionWindow = 3 * time.Second
)

// Server is a local Discord: one guild with one text channel, one application and its bot user.
type Server struct {
	// URL is the server's base URL (http://127.0.0.1:port): the value for DISCORD_API_URL.
	URL string
	// Token is the bot token the server accepts ("Bot " + Token in the Authorization header).
	Token string
	// IDs of the application, its bot user, the guild and its text channel.
	AppID, GuildID, ChannelID string
	Bot                       *discordgo.User

	hs *httptest.Server

	mu             sync.Mutex
	nextID         int64
	calls          []Call
	channels       map[string]*discordgo.Channel
	messages       map[string][]Message // by channel id
	commands       map[string][]*discordgo.ApplicationCommand
	interactions   map[string]*interactionState // by token
	messageContent bool
	rateLimits     []rateLimit
	injections     []*injection
	maxUpload      int
	stall          *stall
	closing        chan struct{} // closed by Close, to let go of stalled requests
	observer       func(Call)

	gw gateway
}

// Call is one REST request the server received.
type Call struct {
	Method string
	Path   string
	// Route is the pattern the request matched (one of the Route* constants, for those).
	Route string
	// Auth is the Authorization header, so tests can check the token was sent.
	Auth   string
	Body   []byte // the JSON payload (payload_json for multipart requests)
	Files  []File
	Status int // what the server answered; 0 when it never did (a Hang or Reset fault)
	At     time.Time
}

// File is an attachment uploaded with a message.
type File struct {
	Name        string
	ContentType string
	Data        []byte
}

// Message is a message in a channel: posted by the bot through the API, or by a test with Post.
type Message struct {
	ID        string
	ChannelID string
	AuthorID  string
	// API says the message came through the REST API (the bot posted it), not from Post.
	API             bool
	Content         string
	Files           []File
	AllowedMentions *discordgo.MessageAllowedMentions
	Nonce           string
	At              time.Time
}

type interactionState struct {
	id           string
	dispatchedAt time.Time
	callbacks    int
	callbackType discordgo.InteractionResponseType
	original     *Message
}

// stall withholds the answer to the left-th next message post.
type stall struct {
	left   int
	stored chan struct{}
}

type rateLimit struct {
	method, prefix string
	left           int
	retryAfter     time.Duration
}

// NewServer starts a server with a guild, a text channel "general", an application with the
// Message Content intent enabled, and its bot user. Close it when done.
func NewServer() *Server {
	s := &Server{
		Token:          "test-token",
		nextID:         1100000000000000000,
		channels:       map[string]*discordgo.Channel{},
		messages:       map[string][]Message{},
		commands:       map[string][]*discordgo.ApplicationCommand{},
		interactions:   map[string]*interactionState{},
		messageContent: true,
		maxUpload:      MaxUpload,
		closing:        make(chan struct{}),
	}
	s.AppID = s.newID()
	s.GuildID = s.newID()
	s.ChannelID = s.newID()
	s.Bot = &discordgo.User{ID: s.AppID, Username: "archbot", Bot: true}
	s.channels[s.ChannelID] = &discordgo.Channel{ID: s.ChannelID, GuildID: s.GuildID, Name: "general", Type: discordgo.ChannelTypeGuildText}
	s.gw.init()

	mux := http.NewServeMux()
	// discordgo adds a slash to the URL GET /gateway returns.
	mux.HandleFunc("GET /gateway", s.serveGateway)
	mux.HandleFunc("GET /gateway/", s.serveGateway)
	api := func(pattern string, h func(w http.ResponseWriter, r *http.Request, c *Call)) {
		method, path, _ := strings.Cut(pattern, " ")
		mux.HandleFunc(method+" /api/v9"+path, s.record(pattern, h))
	}
	api("GET /gateway", s.getGateway)
	api("GET /gateway/bot", s.getGateway)
	api("GET /oauth2/applications/@me", s.getApplication)
	api("GET /applications/@me", s.getApplication)
	api("PUT /applications/{app}/commands", s.putCommands)
	api("PUT /applications/{app}/guilds/{guild}/commands", s.putCommands)
	api("POST /interactions/{id}/{token}/callback", s.interactionCallback)
	api("PATCH /webhooks/{app}/{token}/messages/{msg}", s.editOriginal)
	api("GET /channels/{ch}", s.getChannel)
	api("PATCH /channels/{ch}", s.editChannel)
	api("POST /channels/{ch}/typing", s.typing)
	api("GET /channels/{ch}/messages", s.getMessages)
	api("GET /channels/{ch}/messages/{msg}", s.getMessage)
	api("POST /channels/{ch}/messages", s.postMessage)
	api("POST /channels/{ch}/threads", s.startThread)
	api("POST /channels/{ch}/messages/{msg}/threads", s.startThread)
	api("GET /guilds/{guild}/threads/active", s.activeThreads)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.record("", func(w http.ResponseWriter, r *http.Request, c *Call) {
			writeError(w, http.StatusNotFound, 0, "404: Not Found")
		})(w, r)
	})
	s.hs = httptest.NewServer(mux)
	s.URL = s.hs.URL
	return s
}

// Close shuts the gateway and the REST server down.
func (s *Server) Close() {
	close(s.closing)
	s.gw.close()
	s.hs.Close()
}

// SetMessageContentIntent says whether the application has the privileged Message Content intent
// enabled (it has by default). Without it the gateway refuses an Identify that asks for it, and
// message content reaches the bot only for messages that mention it.
func (s *Server) SetMessageContentIntent(on bool) {
	s.mu.Lock()
	s.messageContent = on
	s.mu.Unlock()
}

// RateLimit makes the next n requests whose method matches and whose path (below /api/v9)
// starts with prefix fail with 429 and retry_after, as Discord does when a bucket is empty.
func (s *Server) RateLimit(method, prefix string, n int, retryAfter time.Duration) {
	s.mu.Lock()
	s.rateLimits = append(s.rateLimits, rateLimit{method: method, prefix: prefix, left: n, retryAfter: retryAfter})
	s.mu.Unlock()
}

// StallPost makes the n-th message post from now on (in any channel) take effect, the message
// stored and visible, while its answer never comes: the request hangs until the client gives up
// or the server closes, as when a bot dies, or its connection does, in the middle of a post. The
// channel is closed once that message is stored.
func (s *Server) StallPost(n int) <-chan struct{} {
	st := &stall{left: n, stored: make(chan struct{})}
	s.mu.Lock()
	s.stall = st
	s.mu.Unlock()
	return st.stored
}

// Calls returns every REST request received so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// Messages returns the messages posted in a channel, in order.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages[channelID]...)
}

// Channel returns a channel or thread by id, or nil.
func (s *Server) Channel(id string) *discordgo.Channel {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channels[id]
	if !ok {
		return nil
	}
	cp := *c
	return &cp
}

// Threads returns the threads created so far.
func (s *Server) Threads() []*discordgo.Channel {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*discordgo.Channel
	for _, c := range s.channels {
		if c.IsThread() {
			cp := *c
			out = append(out, &cp)
		}
	}
	return out
}

// Commands returns the application commands registered for a guild ("" for global ones).
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*discordgo.ApplicationCommand(nil), s.commands[guildID]...)
}

// InteractionResponse reports how an interaction was answered: the callback type (0 if never)
// and the original response message as last edited (nil if never edited).
func (s *Server) InteractionResponse(in *discordgo.Interaction) (discordgo.InteractionResponseType, *Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.interactions[in.Token]
	if !ok {
		return 0, nil
	}
	var m *Message
	if st.original != nil {
		cp := *st.original
		m = &cp
	}
	return st.callbackType, m
}

// User returns a new human user.
func (s *Server) User(name string) *discordgo.User {
	return &discordgo.User{ID: s.newID(), Username: name, GlobalName: name}
}

// Post stores a message by author in a channel and dispatches MESSAGE_CREATE for it. Mentioned
// users are listed in the message's mentions, as Discord does for <@id> in the content.
func (s *Server) Post(channelID string, author *discordgo.User, content string, mentions ...*discordgo.User) *discordgo.Message {
	m := &discordgo.Message{
		ID:        s.newID(),
		ChannelID: channelID,
		GuildID:   s.GuildID,
		Content:   content,
		Author:    author,
		Member:    &discordgo.Member{User: author},
		Mentions:  mentions,
		Timestamp: time.Now().UTC(),
		Type:      discordgo.MessageTypeDefault,
	}
	s.mu.Lock()
	mentioned := false
	for _, u := range mentions {
		mentioned = mentioned || u.ID == s.Bot.ID
	}
	if !s.messageContent && !mentioned {
		// Without the Message Content intent Discord blanks the content of messages that do not
		// mention the bot.
		m.Content = ""
	}
	s.messages[channelID] = append(s.messages[channelID], Message{ID: m.ID, ChannelID: channelID, AuthorID: author.ID, Content: content})
	s.mu.Unlock()
	s.Dispatch("MESSAGE_CREATE", m)
	return m
}

// SlashCommand dispatches INTERACTION_CREATE for a chat-input command invoked by user in a
// channel with string options.
func (s *Server) SlashCommand(channelID string, user *discordgo.User, name string, options map[string]string) *discordgo.Interaction {
	var opts []*discordgo.ApplicationCommandInteractionDataOption
	for k, v := range options {
		opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{
			Name: k, Type: discordgo.ApplicationCommandOptionString, Value: v,
		})
	}
	in := &discordgo.Interaction{
		ID:        s.newID(),
		AppID:     s.AppID,
		Type:      discordgo.InteractionApplicationCommand,
		GuildID:   s.GuildID,
		ChannelID: channelID,
		Member:    &discordgo.Member{User: user},
		Token:     "itoken-" + s.newID(),
		Version:   1,
		Data: discordgo.ApplicationCommandInteractionData{
			ID: s.newID(), Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts,
		},
	}
	s.mu.Lock()
	s.interactions[in.Token] = &interactionState{id: in.ID, dispatchedAt: time.Now()}
	s.mu.Unlock()
	s.Dispatch("INTERACTION_CREATE", interactionPayload(in))
	return in
}

// interactionPayload renders an interaction as Discord sends it: discordgo's Interaction does not
// marshal its Data back, so the command data is written out by hand.
func interactionPayload(in *discordgo.Interaction) map[string]any {
	data := in.ApplicationCommandData()
	var opts []map[string]any
	for _, o := range data.Options {
		opts = append(opts, map[string]any{"name": o.Name, "type": o.Type, "value": o.Value})
	}
	return map[string]any{
		"id": in.ID, "application_id": in.AppID, "type": in.Type, "guild_id": in.GuildID,
		"channel_id": in.ChannelID, "member": in.Member, "token": in.Token, "version": in.Version,
		"data": map[string]any{"id": data.ID, "name": data.Name, "type": data.CommandType, "options": opts},
	}
}

func (s *Server) newID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

// record wraps a REST handler: it checks the token, applies rate limits and injected faults,
// reads the payload and appends the call to the log with the status the handler wrote.
func (s *Server) record(route string, h func(w http.ResponseWriter, r *http.Request, c *Call)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := &Call{Method: r.Method, Path: strings.TrimPrefix(r.URL.Path, "/api/v9"), Route: route, Auth: r.Header.Get("Authorization"), At: time.Now()}
		if err := readPayload(r, c); err != nil {
			writeError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
			c.Status = http.StatusBadRequest
			s.log(c)
			return
		}
		rw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		switch {
		case c.Auth != "Bot "+s.Token:
			writeError(rw, http.StatusUnauthorized, 0, "401: Unauthorized")
		case s.takeRateLimit(rw, c):
		default:
			if f := s.pickFault(c); f != nil {
				c.Status = f.Status
				if f.Hang || f.Reset {
					c.Status = 0 // no answer
				}
				s.log(c) // logged first: a reset or a hang never returns here
				s.serveFault(rw, r, c, f, h)
				return
			}
			h(rw, r, c)
		}
		c.Status = rw.status
		s.log(c)
	}
}

func (s *Server) log(c *Call) {
	s.mu.Lock()
	s.calls = append(s.calls, *c)
	observe := s.observer
	s.mu.Unlock()
	if observe != nil {
		observe(*c)
	}
}

// Observe makes the server call f with every REST call once it is answered, so a load generator
// can time replies without polling Calls. Set it before the first call.
func (s *Server) Observe(f func(Call)) {
	s.mu.Lock()
	s.observer = f
	s.mu.Unlock()
}

func (s *Server) takeRateLimit(w http.ResponseWriter, c *Call) bool {
	s.mu.Lock()
	var hit *rateLimit
	for i := range s.rateLimits {
		rl := &s.rateLimits[i]
		if rl.left > 0 && rl.method == c.Method && strings.HasPrefix(c.Path, rl.prefix) {
			rl.left--
			hit = rl
			break
		}
	}
	s.mu.Unlock()
	if hit == nil {
		return false
	}
	f := RateLimited(hit.retryAfter, false)
	for k, v := range f.Header {
		w.Header()[k] = v
	}
	writeJSON(w, f.Status, f.Body)
	return true
}

func readPayload(r *http.Request, c *Call) error {
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		body, err := io.ReadAll(r.Body)
		c.Body = body
		return err
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return err
		}
		if p.FormName() == "payload_json" {
			c.Body = data
			continue
		}
		c.Files = append(c.Files, File{Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
	}
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	writeJSON(w, status, map[string]any{"code": code, "message": msg})
}

// decodeBody reads the request's JSON body into v, or answers 400 as Discord does when it is
// not JSON.
func decodeBody(w http.ResponseWriter, c *Call, v any) bool {
	if err := json.Unmarshal(c.Body, v); err != nil {
		writeJSON(w, http.StatusBadRequest, invalidJSONBody())
		return false
	}
	return true
}

// unknownChannel answers as Discord does for a channel id it does not know.
func unknownChannel(w http.ResponseWriter) {
	writeError(w, http.StatusNotFound, 10003, "Unknown Channel")
}

// contentLen counts as Discord's limit does (UTF-16 units, the stricter reading).
func contentLen(s string) int { return len(utf16.Encode([]rune(s))) }

func (s *Server) getGateway(w http.ResponseWriter, r *http.Request, c *Call) {
	writeJSON(w, http.StatusOK, map[string]any{
		"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway", "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
	})
}

// Application flags for the Message Content intent (GATEWAY_MESSAGE_CONTENT and its limited form).
const (
	FlagGatewayMessageContent        = 1 << 19
	FlagGatewayMessageContentLimited = 1 << 18
)

func (s *Server) applicationFlags() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.messageContent {
		return FlagGatewayMessageContent
	}
	return 0
}

func (s *Server) getApplication(w http.ResponseWriter, r *http.Request, c *Call) {
	writeJSON(w, http.StatusOK, map[string]any{
		"id": s.AppID, "name": "archbot", "bot_public": true, "flags": s.applicationFlags(),
		"bot": s.Bot,
	})
}

func (s *Server) putCommands(w http.ResponseWriter, r *http.Request, c *Call) {
	if r.PathValue("app") != s.AppID {
		writeError(w, http.StatusForbidden, 50001, "Missing Access")
		return
	}
	var cmds []*discordgo.ApplicationCommand
	if !decodeBody(w, c, &cmds) {
		return
	}
	s.mu.Lock()
	for _, cmd := range cmds {
		if cmd.ID == "" {
			cmd.ID = s.newIDLocked()
		}
		cmd.ApplicationID = s.AppID
		cmd.GuildID = r.PathValue("guild")
	}
	s.commands[r.PathValue("guild")] = cmds
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, cmds)
}

func (s *Server) interactionCallback(w http.ResponseWriter, r *http.Request, c *Call) {
	var resp discordgo.InteractionResponse
	if !decodeBody(w, c, &resp) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.interactions[r.PathValue("token")]
	switch {
	case !ok || st.id != r.PathValue("id"):
		writeError(w, http.StatusNotFound, 10062, "Unknown interaction")
	case time.Since(st.dispatchedAt) > InteractionWindow:
		writeError(w, http.StatusNotFound, 10062, "Unknown interaction")
	case st.callbacks > 0:
		writeError(w, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
	default:
		st.callbacks++
		st.callbackType = resp.Type
		w.WriteHeader(http.StatusNoContent)
	}
}

func (s *Server) editOriginal(w http.ResponseWriter, r *http.Request, c *Call) {
	var edit struct {
		Content         *string                           `json:"content"`
		AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	}
	if !decodeBody(w, c, &edit) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.interactions[r.PathValue("token")]
	if !ok || r.PathValue("app") != s.AppID || r.PathValue("msg") != "@original" || st.callbacks == 0 {
		writeError(w, http.StatusNotFound, 10015, "Unknown Webhook")
		return
	}
	if edit.Content != nil && contentLen(*edit.Content) > MaxContent {
		writeJSON(w, http.StatusBadRequest, ContentTooLong().Body)
		return
	}
	if st.original == nil {
		st.original = &Message{ID: s.newIDLocked()}
	}
	if edit.Content != nil {
		st.original.Content = *edit.Content
	}
	st.original.AllowedMentions = edit.AllowedMentions
	writeJSON(w, http.StatusOK, &discordgo.Message{ID: st.original.ID, Content: st.original.Content})
}

func (s *Server) getChannel(w http.ResponseWriter, r *http.Request, c *Call) {
	ch := s.Channel(r.PathValue("ch"))
	if ch == nil {
		unknownChannel(w)
		return
	}
	writeJSON(w, http.StatusOK, ch)
}

func (s *Server) editChannel(w http.ResponseWriter, r *http.Request, c *Call) {
	var edit struct {
		Name *string `json:"name"`
	}
	if !decodeBody(w, c, &edit) {
		return
	}
	s.inChannel(w, r, func(ch *discordgo.Channel) {
		if edit.Name != nil {
			if n := contentLen(*edit.Name); n < 1 || n > MaxThreadName {
				writeJSON(w, http.StatusBadRequest, nameLength())
				return
			}
			ch.Name = *edit.Name
		}
		writeJSON(w, http.StatusOK, ch)
	})
}

// inChannel runs f, under s.mu, with the stored channel the request's path names, or answers as
// Discord does when there is none.
func (s *Server) inChannel(w http.ResponseWriter, r *http.Request, f func(ch *discordgo.Channel)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch, ok := s.channels[r.PathValue("ch")]; ok {
		f(ch)
		return
	}
	unknownChannel(w)
}

func (s *Server) typing(w http.ResponseWriter, r *http.Request, c *Call) {
	if s.Channel(r.PathValue("ch")) == nil {
		unknownChannel(w)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) postMessage(w http.ResponseWriter, r *http.Request, c *Call) {
	var send struct {
		Content         string                            `json:"content"`
		AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
		Nonce           string                            `json:"nonce"`
		EnforceNonce    bool                              `json:"enforce_nonce"`
	}
	if !decodeBody(w, c, &send) {
		return
	}
	chID := r.PathValue("ch")
	switch {
	case s.Channel(chID) == nil:
		unknownChannel(w)
		return
	case contentLen(send.Content) > MaxContent:
		writeJSON(w, http.StatusBadRequest, ContentTooLong().Body)
		return
	case strings.TrimSpace(send.Content) == "" && len(c.Files) == 0:
		writeError(w, http.StatusBadRequest, 50006, "Cannot send an empty message")
		return
	case len(send.Nonce) > MaxNonce:
		writeJSON(w, http.StatusBadRequest, invalidFormBody(FieldError{Path: []string{"nonce"}, Code: "BASE_TYPE_MAX_LENGTH", Message: "Must be 25 or fewer in length."}))
		return
	case s.uploadTooLarge(c.Files):
		writeJSON(w, http.StatusRequestEntityTooLarge, EntityTooLarge.Body)
		return
	}
	if prev := s.byNonce(chID, send.Nonce, send.EnforceNonce); prev != nil {
		// Discord returns the message an earlier request with this nonce created, and creates none.
		writeJSON(w, http.StatusOK, s.apiMessage(*prev))
		return
	}
	s.mu.Lock()
	m := Message{ID: s.newIDLocked(), ChannelID: chID, AuthorID: s.Bot.ID, API: true, Content: send.Content, Files: c.Files, AllowedMentions: send.AllowedMentions, Nonce: send.Nonce, At: time.Now()}
	s.messages[chID] = append(s.messages[chID], m)
	var stalled chan struct{}
	if st := s.stall; st != nil {
		if st.left--; st.left == 0 {
			stalled, s.stall = st.stored, nil
		}
	}
	s.mu.Unlock()
	if stalled != nil {
		close(stalled)
		select {
		case <-r.Context().Done():
		case <-s.closing:
		}
		return
	}
	writeJSON(w, http.StatusOK, s.apiMessage(m))
}

func (s *Server) apiMessage(m Message) *discordgo.Message {
	var atts []*discordgo.MessageAttachment
	for i, f := range m.Files {
		atts = append(atts, &discordgo.MessageAttachment{ID: strconv.Itoa(i), Filename: f.Name, Size: len(f.Data), ContentType: f.ContentType})
	}
	return &discordgo.Message{
		ID: m.ID, ChannelID: m.ChannelID, GuildID: s.GuildID, Content: m.Content, Author: s.Bot, Attachments: atts,
		Timestamp: m.At.UTC(),
	}
}

// NonceWindow is how long Discord remembers an enforced nonce ("the past few minutes").
const NonceWindow = 2 * time.Minute

// byNonce returns the bot's message in a channel created with nonce within NonceWindow, when the
// request enforces it.
func (s *Server) byNonce(chID, nonce string, enforce bool) *Message {
	if nonce == "" || !enforce {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.messages[chID] {
		if m.API && m.Nonce == nonce && time.Since(m.At) < NonceWindow {
			return &m
		}
	}
	return nil
}

// SetMaxUpload sets the largest total size of a message's files the server accepts (MaxUpload by
// default); a larger upload gets 413 with code 40005, as from Discord.
func (s *Server) SetMaxUpload(n int) {
	s.mu.Lock()
	s.maxUpload = n
	s.mu.Unlock()
}

func (s *Server) uploadTooLarge(files []File) bool {
	n := 0
	for _, f := range files {
		n += len(f.Data)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return n > s.maxUpload
}

func nameLength() map[string]any {
	return invalidFormBody(FieldError{Path: []string{"name"}, Code: "BASE_TYPE_BAD_LENGTH", Message: "Must be between 1 and 100 in length."})
}

func invalidJSONBody() map[string]any {
	return invalidFormBody(FieldError{Path: []string{"_misc"}, Code: "BASE_TYPE_INVALID", Message: "Invalid body."})
}

// activeThreads lists the guild's threads, as GET /guilds/{guild}/threads/active does.
func (s *Server) activeThreads(w http.ResponseWriter, r *http.Request, c *Call) {
	if r.PathValue("guild") != s.GuildID {
		writeError(w, http.StatusNotFound, 10004, "Unknown Guild")
		return
	}
	threads := s.Threads()
	if threads == nil {
		threads = []*discordgo.Channel{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"threads": threads, "members": []any{}})
}

// getMessages serves a channel's history as Discord does: newest first, at most limit (default
// 50, at most 100) messages, before or after a message id; after gives the oldest ones after it.
func (s *Server) getMessages(w http.ResponseWriter, r *http.Request, c *Call) {
	chID := r.PathValue("ch")
	if s.Channel(chID) == nil {
		unknownChannel(w)
		return
	}
	q := r.URL.Query()
	limit := 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			writeJSON(w, http.StatusBadRequest, invalidFormBody(FieldError{Path: []string{"limit"}, Code: "NUMBER_TYPE_MAX", Message: "int value should be less than or equal to 100."}))
			return
		}
		limit = n
	}
	before, after := q.Get("before"), q.Get("after")
	var picked []Message
	for _, m := range s.Messages(chID) { // oldest first
		if (before == "" || idLess(m.ID, before)) && (after == "" || idLess(after, m.ID)) {
			picked = append(picked, m)
		}
	}
	if after != "" && len(picked) > limit {
		picked = picked[:limit]
	} else if len(picked) > limit {
		picked = picked[len(picked)-limit:]
	}
	out := make([]*discordgo.Message, 0, len(picked))
	for i := len(picked) - 1; i >= 0; i-- {
		m := picked[i]
		author := &discordgo.User{ID: m.AuthorID}
		if m.AuthorID == s.Bot.ID {
			author = s.Bot
		}
		var atts []*discordgo.MessageAttachment
		for j, f := range m.Files {
			atts = append(atts, &discordgo.MessageAttachment{ID: m.ID + strconv.Itoa(j), Filename: f.Name, Size: len(f.Data), ContentType: f.ContentType})
		}
		out = append(out, &discordgo.Message{ID: m.ID, ChannelID: chID, GuildID: s.GuildID, Content: m.Content, Author: author, Attachments: atts})
	}
	writeJSON(w, http.StatusOK, out)
}

// getMessage answers GET /channels/{ch}/messages/{msg}, which a thread's starter message is read
// with (a thread opened from a message shares its id, in the parent channel).
func (s *Server) getMessage(w http.ResponseWriter, r *http.Request, c *Call) {
	chID, id := r.PathValue("ch"), r.PathValue("msg")
	for _, m := range s.Messages(chID) {
		if m.ID != id {
			continue
		}
		author := &discordgo.User{ID: m.AuthorID}
		if m.AuthorID == s.Bot.ID {
			author = s.Bot
		}
		writeJSON(w, http.StatusOK, &discordgo.Message{ID: m.ID, ChannelID: chID, GuildID: s.GuildID, Content: m.Content, Author: author})
		return
	}
	writeError(w, http.StatusNotFound, 10008, "Unknown Message")
}

// idLess orders snowflakes, which are decimal numbers of up to 20 digits.
func idLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// startThread serves both ways to open a thread: from a message (the thread takes the message's
// id, and a message can have only one thread) and without one.
func (s *Server) startThread(w http.ResponseWriter, r *http.Request, c *Call) {
	var start discordgo.ThreadStart
	if !decodeBody(w, c, &start) {
		return
	}
	if n := contentLen(start.Name); n < 1 || n > MaxThreadName {
		writeJSON(w, http.StatusBadRequest, nameLength())
		return
	}
	s.inChannel(w, r, func(parent *discordgo.Channel) { s.startThreadLocked(w, r.PathValue("msg"), parent, start) })
}

// startThreadLocked opens a thread in parent, from the message id when it is not "". The caller
// holds s.mu.
func (s *Server) startThreadLocked(w http.ResponseWriter, id string, parent *discordgo.Channel, start discordgo.ThreadStart) {
	if parent.IsThread() {
		writeError(w, http.StatusBadRequest, 50024, "Cannot execute action on this channel type")
		return
	}
	if id == "" {
		id = s.newIDLocked()
	} else {
		found := false
		for _, m := range s.messages[parent.ID] {
			found = found || m.ID == id
		}
		if !found {
			writeError(w, http.StatusNotFound, 10008, "Unknown Message")
			return
		}
		if _, exists := s.channels[id]; exists {
			writeError(w, http.StatusBadRequest, 160004, "A thread has already been created for this message")
			return
		}
	}
	ch := &discordgo.Channel{
		ID: id, GuildID: s.GuildID, ParentID: parent.ID, Name: start.Name,
		Type: discordgo.ChannelTypeGuildPublicThread, OwnerID: s.Bot.ID,
		ThreadMetadata: &discordgo.ThreadMetadata{AutoArchiveDuration: start.AutoArchiveDuration},
	}
	s.channels[id] = ch
	writeJSON(w, http.StatusCreated, ch)
}

// String describes a call for test failure messages.
func (c Call) String() string {
	return fmt.Sprintf("%s %s -> %d", c.Method, c.Path, c.Status)
}
