package discord_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/adapters/markdownsplit"
	"github.com/archbot/archbot/conversation"
)

// Twelve designs at once, through two replicas and the job queue as archbot serve runs them,
// while Discord rate-limits every 7th message post and fails every 5th upload after storing it
// (so only an idempotent retry avoids a second copy), and in a harsher variant also drops the
// connection after storing every 11th post: every design arrives whole, nothing twice.
func TestDesignsSurviveRateLimitsAndServerErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules []discordtest.Rule
	}{
		{"429 every 7th post, 500 after storing every 5th upload", []discordtest.Rule{
			{Route: discordtest.RouteCreateMessage, Every: 7, Fault: discordtest.RateLimited(500*time.Millisecond, false)},
			{Route: discordtest.RouteCreateMessage, Only: discordtest.Uploads, Every: 5, Fault: commit(discordtest.ServerError(http.StatusInternalServerError))},
		}},
		{"global 429, resets after storing, 502 on uploads", []discordtest.Rule{
			{Route: discordtest.RouteCreateMessage, Every: 7, Fault: discordtest.RateLimited(300*time.Millisecond, true)},
			{Route: discordtest.RouteCreateMessage, Every: 11, Fault: discordtest.Fault{Reset: true, Commit: true}},
			{Route: discordtest.RouteCreateMessage, Only: discordtest.Uploads, Every: 5, Fault: discordtest.ServerError(http.StatusBadGateway)},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { designsUnderFaults(t, tc.rules) })
	}
}

func designsUnderFaults(t *testing.T, rules []discordtest.Rule) {
	h, a, b := twoReplicas(t)
	// Twelve designs at once, each drawing its diagram with Graphviz, take a while under -race.
	h.patience = 2 * time.Minute
	for _, r := range rules {
		h.srv.Inject(r)
	}
	a.dispatch()
	b.dispatch()
	problems := []string{
		"Design an Instagram-like photo sharing app for 50M DAU",
		"Design a URL shortener handling 100M new links a month",
		"Design a chat app like WhatsApp for 20M daily users",
		"Design a ride-hailing service for 5M rides a day",
		"Design a news feed for 30M daily users",
		"Design a video streaming service for 10M viewers",
		"Design an online marketplace with 2M sellers",
		"Design a food delivery platform for 1M orders a day",
		"Design a hotel booking site with 500K bookings a day",
		"Design a metrics monitoring system ingesting 1M points a second",
		"Design a collaborative document editor for 5M users",
		"Design a payments service handling 10K transactions a second",
	}
	user := h.srv.User("ada")
	for _, p := range problems {
		h.srv.SlashCommand(h.srv.ChannelID, user, "design", map[string]string{"problem": p})
	}
	h.waitFor("12 threads", func() bool { return len(h.srv.Threads()) == len(problems) })
	complete := 0
	for _, th := range h.srv.Threads() {
		d := h.waitForDocument(th.ID, 1)
		h.checkOnce(th.ID, d)
		if !t.Failed() {
			complete++
		}
	}
	h.waitFor("12 jobs done", func() bool { return a.d.Stats().Done.Load()+b.d.Stats().Done.Load() == int64(len(problems)) })

	faults := map[int]int{}
	posts := 0
	for _, c := range h.srv.Calls() {
		if c.Route == discordtest.RouteCreateMessage {
			posts++
			if c.Status != http.StatusOK {
				faults[c.Status]++
			}
		}
	}
	if len(faults) < len(rules) {
		t.Fatalf("faults not all exercised: %v", faults)
	}
	t.Logf("%d of %d designs complete, every message once; %d post calls, failed by status (0 = no answer): %v",
		complete, len(problems), posts, faults)
}

func commit(f discordtest.Fault) discordtest.Fault { f.Commit = true; return f }

// A thread archbot may not post in (its permission overridden there) is not left empty and
// unexplained: the parent channel says which thread and what to check, once, and the thread
// keeps its first name rather than being renamed after a design that never appeared.
func TestThreadWithoutPermissionIsReportedInParent(t *testing.T) {
	h := start(t)
	parentPosts := "/channels/" + h.srv.ChannelID + "/"
	h.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 1,
		Only:  func(c discordtest.Call) bool { return !strings.HasPrefix(c.Path, parentPosts) },
		Fault: discordtest.MissingPermissions})
	problem := "Design a URL shortener handling 100M new links a month"
	h.srv.SlashCommand(h.srv.ChannelID, h.srv.User("ada"), "design", map[string]string{"problem": problem})
	h.waitFor("a thread", func() bool { return len(h.srv.Threads()) == 1 })
	th := h.srv.Threads()[0]
	h.waitFor("the turn to end", func() bool { return strings.Contains(h.logs.String(), "turn ended with an error") })

	var notes []string
	for _, m := range h.srv.Messages(h.srv.ChannelID) {
		if m.API {
			notes = append(notes, m.Content)
		}
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "<#"+th.ID+">") || !strings.Contains(notes[0], "Missing Permissions") {
		t.Fatalf("parent channel has %q, want one message naming the thread and Discord's reason", notes)
	}
	if n := len(h.srv.Messages(th.ID)); n != 0 {
		t.Fatalf("%d messages in a thread that refuses them", n)
	}
	if got := h.srv.Channel(th.ID).Name; got != th.Name {
		t.Fatalf("empty thread renamed from %q to %q", th.Name, got)
	}
}

// When Discord refuses messages as too long (here anything over 1,000 characters, with its
// real 50035 payload), every section still arrives, in smaller pieces and in order, and the log
// names the field Discord objected to.
func TestRefusedLongMessagesAreResplit(t *testing.T) {
	const limit = 1000
	h := start(t)
	h.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 1, Fault: discordtest.ContentTooLong(),
		Only: func(c discordtest.Call) bool {
			var m struct{ Content string }
			_ = json.Unmarshal(c.Body, &m)
			return markdownsplit.Width(m.Content) > limit
		}})
	h.srv.SlashCommand(h.srv.ChannelID, h.srv.User("ada"), "design",
		map[string]string{"problem": "Design an Instagram-like photo sharing app for 50M DAU"})
	h.waitFor("a thread", func() bool { return len(h.srv.Threads()) == 1 })
	th := h.srv.Threads()[0]
	d := h.waitForDocument(th.ID, 1)

	var posted []string
	for _, m := range h.srv.Messages(th.ID) {
		if markdownsplit.Width(m.Content) > limit {
			t.Fatalf("a message of %d characters got through", markdownsplit.Width(m.Content))
		}
		if strings.Contains(m.Content, "Discord refused") {
			t.Fatalf("a note where re-splitting suffices: %q", m.Content)
		}
		posted = append(posted, m.Content)
	}
	// Join drops the fences a cut inside a code block added.
	all := strings.Join(strings.Fields(markdownsplit.Join(posted)), " ")
	at := 0
	for _, s := range d.Sections {
		want := strings.Join(strings.Fields(conversation.SectionMarkdown(s)), " ")
		i := strings.Index(all[at:], want)
		if i < 0 {
			t.Fatalf("section %s missing or out of order", s.ID)
		}
		at += i + len(want)
	}
	if !strings.Contains(h.logs.String(), "content: BASE_TYPE_MAX_LENGTH") {
		t.Fatalf("log does not name the refused field")
	}
}

// A mention whose thread Discord opened but whose answer was lost (a 500 after the thread
// exists) is designed in that thread: the retry finds it, no second thread is attempted.
func TestMentionThreadOpenedDespiteServerError(t *testing.T) {
	h := start(t)
	h.srv.Inject(discordtest.Rule{Route: discordtest.RouteThreadFromMsg, Nth: 1, Fault: commit(discordtest.ServerError(http.StatusInternalServerError))})
	m := h.srv.Post(h.srv.ChannelID, h.srv.User("ada"), "<@"+h.srv.Bot.ID+"> design a URL shortener for 100M new URLs a month", h.srv.Bot)
	d := h.waitForDocument(m.ID, 1)
	h.checkOnce(m.ID, d)
	if n := len(h.srv.Threads()); n != 1 {
		t.Fatalf("%d threads, want 1", n)
	}
	var statuses []int
	for _, c := range h.srv.Calls() {
		if c.Route == discordtest.RouteThreadFromMsg {
			statuses = append(statuses, c.Status)
		}
	}
	if len(statuses) != 2 || statuses[0] != http.StatusInternalServerError || statuses[1] != http.StatusBadRequest {
		t.Fatalf("thread starts answered %v, want a 500 and then Discord's 'already created' 400", statuses)
	}
}
