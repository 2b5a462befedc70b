package discord_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/adapters/discord"
	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/adapters/markdownsplit"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// harness runs archbot's Discord adapter, with a real engine and Redis store, against a local
// Discord.
type harness struct {
	t     *testing.T
	srv   *discordtest.Server
	store *redisstore.Store
	a     *discord.Adapter
	logs  *discord.LogBuffer
	stop  func()
	// patience is how long waitFor waits; 20 seconds unless a test under load sets more.
	patience time.Duration
}

func start(t *testing.T, setup ...func(*discordtest.Server)) *harness {
	t.Helper()
	srv := discordtest.NewServer()
	t.Cleanup(srv.Close)
	for _, f := range setup {
		f(srv)
	}
	logs := &discord.LogBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	store := conversationtest.MustRedisStore(t)
	engine := bot.New(bot.Config{}, store, newDesigner(), nil, log)
	a, err := discord.New(discord.Config{Token: srv.Token, GuildID: srv.GuildID, APIURL: srv.URL}, engine, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	var runErr error
	go func() { runErr = a.Run(ctx); close(done) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			select {
			case <-done:
				if runErr != nil {
					t.Errorf("Run: %v", runErr)
				}
			case <-time.After(30 * time.Second):
				t.Errorf("Run did not return 30s after its context ended")
			}
		})
	}
	t.Cleanup(stop)
	h := &harness{t: t, srv: srv, store: store, a: a, logs: logs, stop: stop}
	h.waitFor("the gateway session to be ready", func() bool {
		select {
		case <-done:
			t.Fatalf("Run returned early: %v\n%s", runErr, logs)
		default:
		}
		return a.Ready()
	})
	return h
}

// waitFor polls cond until it holds or h.patience passes.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	limit := h.patience
	if limit == 0 {
		limit = 20 * time.Second
	}
	if !conversationtest.Eventually(limit, cond) {
		h.t.Fatalf("timed out waiting for %s\ncalls: %v\nlog:\n%s", what, h.srv.Calls(), h.logs)
	}
}

// waitForDocument waits until version v's document is attached in a thread (and, for a first
// design, the message that closes the turn follows it), and returns the design as stored.
func (h *harness) waitForDocument(threadID string, v int) *conversation.Design {
	h.t.Helper()
	var d *conversation.Design
	h.waitFor(fmt.Sprintf("v%d's document", v), func() bool {
		th, err := h.store.Load(context.Background(), threadRef(h.srv, threadID))
		if err != nil || th.Design == nil || th.Design.Version != v {
			return false
		}
		d = th.Design
		msgs := h.srv.Messages(threadID)
		i := indexOfFile(msgs, d.Filename())
		return i >= 0 && (v > 1 || i < len(msgs)-1)
	})
	return d
}

func threadRef(srv *discordtest.Server, threadID string) conversation.ThreadRef {
	return conversation.ThreadRef{Platform: "discord", Team: srv.GuildID, Channel: threadID, ThreadID: threadID}
}

func indexOfFile(msgs []discordtest.Message, name string) int {
	for i, m := range msgs {
		for _, f := range m.Files {
			if f.Name == name {
				return i
			}
		}
	}
	return -1
}

// sectionMessages returns, for each section of d, the messages it is posted as.
func sectionMessages(d *conversation.Design, sections []conversation.Section) []string {
	var out []string
	for _, s := range sections {
		out = append(out, markdownsplit.Split(conversation.SectionMarkdown(s), discord.MaxMessageLen)...)
	}
	return out
}

// indexOfRun returns where want occurs as a contiguous run of message contents, or -1.
func indexOfRun(msgs []discordtest.Message, want []string) int {
	for i := 0; i+len(want) <= len(msgs); i++ {
		j := 0
		for j < len(want) && msgs[i+j].Content == want[j] {
			j++
		}
		if j == len(want) {
			return i
		}
	}
	return -1
}

// checkDesignPosted asserts what a first design looks like in its thread: every section in
// document order within Discord's limits, adding up to the document, the diagram, the document.
func (h *harness) checkDesignPosted(threadID string, d *conversation.Design) {
	t := h.t
	t.Helper()
	msgs := h.srv.Messages(threadID)
	if len(d.Sections) != len(conversation.SectionOrder) {
		t.Fatalf("design has %d sections, want %d", len(d.Sections), len(conversation.SectionOrder))
	}
	want := sectionMessages(d, d.Sections)
	at := indexOfRun(msgs, want)
	if at < 0 {
		t.Fatalf("the thread does not carry the %d section messages in order; it has %d messages:\n%s", len(want), len(msgs), dump(msgs))
	}
	// The sections, as posted, add up to the downloadable document below its title lines.
	var joined strings.Builder
	for _, s := range d.Sections {
		joined.WriteString(conversation.SectionMarkdown(s))
	}
	doc := d.Markdown()
	if !strings.HasSuffix(doc, joined.String()) || !strings.HasPrefix(doc, "# "+d.Title+"\n") {
		t.Fatalf("sections do not add up to the document")
	}
	for _, m := range msgs {
		if n := len([]rune(m.Content)); n > discord.MaxMessageLen {
			t.Fatalf("message of %d characters posted", n)
		}
	}
	i := indexOfFile(msgs, d.Filename())
	if i < at+len(want) {
		t.Fatalf("document %s not attached after the sections", d.Filename())
	}
	if got := string(msgs[i].Files[0].Data); got != doc {
		t.Fatalf("attached document differs from the design's Markdown")
	}
	between := msgs[at+len(want) : i]
	if diagram.Available() {
		if len(between) != 1 || len(between[0].Files) != 1 || !bytes.HasPrefix(between[0].Files[0].Data, []byte("\x89PNG")) {
			t.Fatalf("want one PNG diagram between the sections and the document, got:\n%s", dump(between))
		}
	} else if len(between) == 0 || !strings.Contains(between[0].Content, "```mermaid\n") {
		t.Fatalf("want the Mermaid diagram between the sections and the document, got:\n%s", dump(between))
	}
}

// checkQuiet asserts that nothing archbot sent could ping anyone and that no call failed.
func (h *harness) checkQuiet() {
	h.t.Helper()
	for _, c := range h.srv.Calls() {
		if c.Status >= 400 && c.Status != 429 {
			h.t.Errorf("call failed: %v: %s", c, c.Body)
		}
		if c.Auth != "Bot "+h.srv.Token {
			h.t.Errorf("call %v without the bot token", c)
		}
	}
	for _, th := range append(h.srv.Threads(), h.srv.Channel(h.srv.ChannelID)) {
		for _, m := range h.srv.Messages(th.ID) {
			if !m.API {
				continue // posted by the test as a user
			}
			if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
				h.t.Errorf("message %q sent without allowed mentions blocking pings: %+v", clip(m.Content), m.AllowedMentions)
			}
		}
	}
	if strings.Contains(h.logs.String(), h.srv.Token) {
		h.t.Errorf("the bot token appears in the log")
	}
}

func TestSlashCommandDesignsInANewThread(t *testing.T) {
	h := start(t)
	cmds := h.srv.Commands(h.srv.GuildID)
	if len(cmds) != 1 || cmds[0].Name != "design" || len(cmds[0].Options) != 1 ||
		cmds[0].Options[0].Name != "problem" || !cmds[0].Options[0].Required {
		t.Fatalf("registered commands = %+v, want /design with a required problem option", cmds)
	}

	user := h.srv.User("ada")
	problem := "Design an Instagram-like photo sharing app for 50M DAU"
	in := h.srv.SlashCommand(h.srv.ChannelID, user, "design", map[string]string{"problem": problem})
	h.waitFor("a thread", func() bool { return len(h.srv.Threads()) == 1 })
	thread := h.srv.Threads()[0]
	d := h.waitForDocument(thread.ID, 1)

	kind, original := h.srv.InteractionResponse(in)
	if kind != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("interaction answered with type %d, want a deferred response", kind)
	}
	if original == nil || !strings.Contains(original.Content, "<#"+thread.ID+">") {
		t.Fatalf("deferred reply = %+v, want it to point at the thread", original)
	}
	if original.AllowedMentions == nil || len(original.AllowedMentions.Parse) != 0 {
		t.Fatalf("deferred reply edited without allowed mentions")
	}
	if thread.ParentID != h.srv.ChannelID || thread.Type != discordgo.ChannelTypeGuildPublicThread {
		t.Fatalf("thread %+v, want a public thread in the command's channel", thread)
	}
	h.waitFor("the thread to be named after the title", func() bool {
		return h.srv.Channel(thread.ID).Name == d.Title
	})
	h.checkDesignPosted(thread.ID, d)
	th, err := h.store.Load(context.Background(), threadRef(h.srv, thread.ID))
	if err != nil || th.Owner != "ada" || th.Problem != problem {
		t.Fatalf("stored thread owner=%q problem=%q err=%v", th.Owner, th.Problem, err)
	}
	typing := false
	for _, c := range h.srv.Calls() {
		typing = typing || (c.Method == "POST" && c.Path == "/channels/"+thread.ID+"/typing")
	}
	if !typing {
		t.Fatalf("no typing indicator in the thread")
	}
	h.checkQuiet()
}

func TestMentionDesignsAndAChangePostsOnlyChangedSections(t *testing.T) {
	// A full bucket on the first message post (the thread from the mention): the adapter waits
	// retry_after and tries again.
	h := start(t, func(s *discordtest.Server) { s.RateLimit("POST", "/channels/", 1, 50*time.Millisecond) })
	user := h.srv.User("grace")
	m := h.srv.Post(h.srv.ChannelID, user, "<@"+h.srv.Bot.ID+"> design a URL shortener for 100M new URLs a month", h.srv.Bot)
	h.waitFor("a thread from the message", func() bool { return h.srv.Channel(m.ID) != nil })
	v1 := h.waitForDocument(m.ID, 1)
	h.checkDesignPosted(m.ID, v1)
	if got := h.srv.Channel(m.ID); got.ParentID != h.srv.ChannelID {
		t.Fatalf("thread parent %s, want %s", got.ParentID, h.srv.ChannelID)
	}

	change := h.srv.Post(m.ID, user, changeFor(t, v1)) // no mention: the Message Content intent is on
	v2 := h.waitForDocument(m.ID, 2)
	msgs := h.srv.Messages(m.ID)
	after := msgs[indexOfID(msgs, change.ID)+1:]

	var changed []conversation.Section
	for _, s := range v2.Sections {
		if old, _ := v1.Section(s.ID); old.Markdown != s.Markdown {
			changed = append(changed, s)
		}
	}
	if len(changed) == 0 || len(changed) == len(v2.Sections) {
		t.Fatalf("change touched %d of %d sections; the test needs a partial change", len(changed), len(v2.Sections))
	}
	if len(after) == 0 || !strings.HasPrefix(strings.TrimLeft(firstContent(after), "*_"), "v2: ") {
		t.Fatalf("first reply to the change = %q, want \"v2: <what changed>\"", firstContent(after))
	}
	want := sectionMessages(v2, changed)
	if indexOfRun(after, want) < 0 {
		t.Fatalf("changed sections not posted in order after the change:\n%s", dump(after))
	}
	for _, s := range v2.Sections {
		posted := false
		for _, msg := range after {
			posted = posted || strings.HasPrefix(msg.Content, "## "+s.Title+"\n")
		}
		old, _ := v1.Section(s.ID)
		if unchanged := old.Markdown == s.Markdown; unchanged && posted {
			t.Fatalf("unchanged section %s posted again", s.ID)
		}
	}
	if indexOfFile(after, v2.Filename()) < 0 {
		t.Fatalf("v2 document %s not attached", v2.Filename())
	}

	limited := false
	for _, c := range h.srv.Calls() {
		limited = limited || c.Status == 429
	}
	if !limited {
		t.Fatalf("the rate limit was never hit")
	}
	h.checkQuiet()
}

func TestBotsAndRedeliveriesGetNoReply(t *testing.T) {
	h := start(t)
	user := h.srv.User("linus")
	m := h.srv.Post(h.srv.ChannelID, user, "<@"+h.srv.Bot.ID+"> design a chat app for 10M DAU", h.srv.Bot)
	h.waitFor("a thread from the message", func() bool { return h.srv.Channel(m.ID) != nil })
	v1 := h.waitForDocument(m.ID, 1)

	// A question gets its answer; then another bot and archbot itself speak in the thread.
	q := h.srv.Post(m.ID, user, "why did you choose this database?")
	h.srv.Post(m.ID, &discordgo.User{ID: "42", Username: "otherbot", Bot: true}, changeFor(t, v1))
	h.srv.Post(m.ID, h.srv.Bot, changeFor(t, v1))
	h.srv.Post(m.ID, h.srv.Bot, "<@"+h.srv.Bot.ID+"> "+changeFor(t, v1), h.srv.Bot)

	// The gateway asks for a reconnect; on resume it replays the question and the bots' messages
	// the client already had, as Discord may.
	h.srv.Reconnect(4)
	h.waitFor("the session to resume", func() bool { return h.srv.Resumes() == 1 && h.a.Ready() })
	// Every replayed event was handed over before RESUMED; stopping waits for any turn they began.
	h.stop()

	if !strings.Contains(h.logs.String(), "duplicate message delivery ignored") {
		t.Fatalf("the replayed question never reached the adapter:\n%s", h.logs)
	}
	if len(h.srv.Identifies()) != 1 {
		t.Fatalf("identified %d times, want once (then resume)", len(h.srv.Identifies()))
	}
	th, err := h.store.Load(context.Background(), threadRef(h.srv, m.ID))
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 1 {
		t.Fatalf("design at v%d after bots asked for changes, want v1", th.Design.Version)
	}
	questions := 0
	for _, turn := range th.Turns {
		if turn.Text == q.Content {
			questions++
		}
	}
	if questions != 1 {
		t.Fatalf("question taken %d times, want once", questions)
	}
	// archbot's messages after the question: one answer, not two copies of it.
	var replies []discordtest.Message
	seen := map[string]bool{}
	msgs := h.srv.Messages(m.ID)
	for _, msg := range msgs[indexOfID(msgs, q.ID)+1:] {
		if !msg.API {
			continue
		}
		if seen[msg.Content] {
			t.Fatalf("archbot said the same thing twice after the question:\n%s", dump(msgs))
		}
		seen[msg.Content] = true
		replies = append(replies, msg)
	}
	if len(replies) == 0 {
		t.Fatalf("the question got no answer:\n%s", dump(msgs))
	}
	h.checkQuiet()
}

func indexOfID(msgs []discordtest.Message, id string) int {
	for i, m := range msgs {
		if m.ID == id {
			return i
		}
	}
	return -1
}

func TestWithoutMessageContentIntentMentionsStillWork(t *testing.T) {
	h := start(t, func(s *discordtest.Server) { s.SetMessageContentIntent(false) })
	ids := h.srv.Identifies()
	if len(ids) != 1 || ids[0].Intents&discordgo.IntentMessageContent != 0 {
		t.Fatalf("identify intents %v, want no Message Content intent", ids)
	}
	if ids[0].Intents&discordgo.IntentsGuildMessages == 0 {
		t.Fatalf("identify intents %b, want guild messages", ids[0].Intents)
	}
	if !strings.Contains(h.logs.String(), "message content intent is off") {
		t.Fatalf("start-up log does not say the Message Content intent is off:\n%s", h.logs)
	}

	user := h.srv.User("barbara")
	mention := "<@" + h.srv.Bot.ID + "> "
	m := h.srv.Post(h.srv.ChannelID, user, mention+"design a ride sharing app for 5M riders a day", h.srv.Bot)
	h.waitFor("a thread from the message", func() bool { return h.srv.Channel(m.ID) != nil })
	v1 := h.waitForDocument(m.ID, 1)
	h.checkDesignPosted(m.ID, v1)

	// Discord withholds the text of a plain follow-up; a mention carries it.
	h.srv.Post(m.ID, user, changeFor(t, v1))
	h.srv.Post(m.ID, user, mention+changeFor(t, v1), h.srv.Bot)
	h.waitForDocument(m.ID, 2)
	h.stop()
	th, err := h.store.Load(context.Background(), threadRef(h.srv, m.ID))
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 2 || len(th.Turns) != 2 {
		t.Fatalf("v%d after %d turns, want v2 after the design and the mentioned change", th.Design.Version, len(th.Turns))
	}
	h.checkQuiet()
}

func TestInviteURL(t *testing.T) {
	u, err := url.Parse(discord.InviteURL("123"))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if u.Host != "discord.com" || u.Path != "/oauth2/authorize" || q.Get("client_id") != "123" {
		t.Fatalf("invite URL %s", u)
	}
	if q.Get("scope") != "bot applications.commands" {
		t.Fatalf("scope=%q, want bot and applications.commands", q.Get("scope"))
	}
	// The bitwise permission flags as Discord documents them
	// (discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags).
	const (
		viewChannel           = 0x400
		sendMessages          = 0x800
		attachFiles           = 0x8000
		readMessageHistory    = 0x10000 // the resume path reads the thread's history
		createPublicThreads   = 0x800000000
		sendMessagesInThreads = 0x4000000000
	)
	want := int64(viewChannel | sendMessages | attachFiles | readMessageHistory | createPublicThreads | sendMessagesInThreads)
	if got, err := strconv.ParseInt(q.Get("permissions"), 10, 64); err != nil || got != want {
		t.Fatalf("permissions=%s, want %d (missing bits %#x, extra bits %#x)", q.Get("permissions"), want, want&^got, got&^want)
	}
	if want != 309237746688 {
		t.Fatalf("documented flags add up to %d, want 309237746688", want)
	}
}

func TestNewRefusesBadConfig(t *testing.T) {
	engine := bot.New(bot.Config{}, conversation.NewMemoryStore(), newDesigner(), nil, nil)
	if _, err := discord.New(discord.Config{}, engine, nil); err == nil {
		t.Fatalf("New accepted an empty token")
	}
	if _, err := discord.New(discord.Config{Token: "x", APIURL: "ftp://example.com"}, engine, nil); err == nil {
		t.Fatalf("New accepted an ftp API URL")
	}
}

func firstContent(msgs []discordtest.Message) string {
	if len(msgs) == 0 {
		return ""
	}
	return msgs[0].Content
}

func dump(msgs []discordtest.Message) string {
	var b strings.Builder
	for i, m := range msgs {
		var files []string
		for _, f := range m.Files {
			files = append(files, f.Name)
		}
		fmt.Fprintf(&b, "%3d %q files=%v\n", i, clip(m.Content), files)
	}
	return b.String()
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
