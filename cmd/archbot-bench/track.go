package main

import (
	"errors"
	"hash/maphash"
	"strings"
	"sync"
	"time"

	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/adapters/slack/slacktest"
)

// turnKind is what a bench message asks for; it decides which reply ends the turn.
type turnKind int

const (
	kindDesign   turnKind = iota // ends with the closing status (Slack) or the text after the document (Discord)
	kindQuestion                 // ends with its answer, one message
	kindChange                   // ends with the new document
)

// reply is one post archbot made in a thread, as the platform server saw it.
type reply struct {
	text   bool   // a message without a file
	doc    bool   // the design document (Markdown file)
	file   bool   // another file (the diagram)
	finish bool   // Slack's status line turned into "Done"
	body   string // what was posted, to catch the same post made twice
}

// turn is one message the bench sent and, once its last reply arrived, when.
type turn struct {
	kind   turnKind
	sent   time.Time
	sawDoc bool
	posts  int
	done   chan time.Time // receives the last reply's arrival, once
}

// chatThread is a thread the bench drives on one platform.
type chatThread struct {
	platform string // "slack" or "discord"
	key      string // the tracker's key: "slack:"+channel or "discord:"+thread id
	id       string // Slack: the channel (one thread per channel); Discord: the thread's channel id
	ts       string // Slack: the thread's root ts
	user     string // the author: Slack user id, Discord user name
	uid      string // the author's Discord user id
	k        int    // messages sent so far
	changes  int    // of which changes
}

// tracker follows every thread's current turn through the platform servers' calls: a turn ends
// at its last reply. Posts that arrive for a thread whose turn already ended are strays (a reply
// sent twice, or one the bench did not ask for); the same post twice in a thread is a duplicate.
type tracker struct {
	mu     sync.Mutex
	cur    map[string]*turn
	early  map[string][]reply // replies that came before their thread was known (Discord designs)
	seen   map[string]map[uint64]bool
	seed   maphash.Seed
	strays int
	dups   int
	posts  int
}

func newTracker() *tracker {
	return &tracker{cur: map[string]*turn{}, early: map[string][]reply{}, seen: map[string]map[uint64]bool{}, seed: maphash.MakeSeed()}
}

// start registers a turn of kind on the thread key, about to be sent.
func (t *tracker) start(key string, kind turnKind) *turn {
	tu := &turn{kind: kind, sent: time.Now(), done: make(chan time.Time, 1)}
	t.mu.Lock()
	defer t.mu.Unlock()
	if prev := t.cur[key]; prev != nil && !prev.finished() {
		// The bench never sends into a thread whose turn is still running.
		panic("bench: turn started in " + key + " before the previous one ended")
	}
	t.cur[key] = tu
	early := t.early[key]
	delete(t.early, key)
	for _, r := range early {
		t.apply(key, tu, r, tu.sent)
	}
	return tu
}

// finished reports whether the turn's last reply has arrived; t.mu is held.
func (tu *turn) finished() bool { return tu.posts < 0 }

// observe records a reply in the thread key at time at.
func (t *tracker) observe(key string, r reply, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	tu := t.cur[key]
	if tu == nil {
		if r.text || r.doc || r.file {
			t.early[key] = append(t.early[key], r)
		}
		return
	}
	t.apply(key, tu, r, at)
}

func (t *tracker) apply(key string, tu *turn, r reply, at time.Time) {
	if r.text || r.doc || r.file {
		t.posts++
		if r.body != "" {
			h := maphash.String(t.seed, r.body)
			if t.seen[key] == nil {
				t.seen[key] = map[uint64]bool{}
			}
			if t.seen[key][h] {
				t.dups++
			}
			t.seen[key][h] = true
		}
		if tu.finished() {
			t.strays++
			return
		}
		tu.posts++
	}
	if tu.finished() {
		return
	}
	last := false
	switch tu.kind {
	case kindDesign:
		last = r.finish || (strings.HasPrefix(key, "discord:") && r.text && tu.sawDoc)
		tu.sawDoc = tu.sawDoc || r.doc
	case kindQuestion:
		last = r.text
	case kindChange:
		last = r.doc
	}
	if last {
		tu.posts = -1
		tu.done <- at
	}
}

// replies returns how many replies the turn has had, for a turn that timed out.
func (t *tracker) replies(tu *turn) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return tu.posts
}

// faults returns the strays and duplicates so far.
func (t *tracker) faults() (strays, dups, posts int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.strays, t.dups, t.posts
}

// errTurnTimeout is a turn whose last reply never came.
var errTurnTimeout = errors.New("no last reply within the time limit")

// wait returns the turn's latency, from sending to its last reply at the platform server.
func (tu *turn) wait(limit time.Duration) (time.Duration, error) {
	select {
	case at := <-tu.done:
		return at.Sub(tu.sent), nil
	case <-time.After(limit):
		return 0, errTurnTimeout
	}
}

// onSlack turns a local Slack Web API call into a reply of the thread it is for. Each bench
// thread has a channel of its own, so the channel names the thread, updates included.
func (t *tracker) onSlack(c slacktest.Call) {
	ch := c.Params.Get("channel")
	switch c.Method {
	case "chat.postMessage":
		if c.Params.Get("thread_ts") == "" {
			return
		}
		t.observe("slack:"+ch, reply{text: true, body: c.Params.Get("text") + c.Params.Get("blocks")}, c.At)
	case "chat.update":
		if strings.HasPrefix(c.Params.Get("text"), ":white_check_mark: Done") {
			t.observe("slack:"+ch, reply{finish: true}, c.At)
		}
	case "files.completeUploadExternal":
		t.observe("slack:"+c.Params.Get("channel_id"), reply{doc: true, body: c.Params.Get("files")}, c.At)
	}
}

// onDiscord turns an answered REST call to the local Discord into a reply of its thread.
func (t *tracker) onDiscord(c discordtest.Call) {
	if c.Method != "POST" || c.Status/100 != 2 {
		return
	}
	ch, ok := strings.CutPrefix(c.Path, "/channels/")
	if !ok {
		return
	}
	ch, ok = strings.CutSuffix(ch, "/messages")
	if !ok || strings.Contains(ch, "/") {
		return
	}
	r := reply{text: len(c.Files) == 0, body: string(c.Body)}
	for _, f := range c.Files {
		r.doc = r.doc || strings.HasSuffix(f.Name, ".md")
	}
	r.file = len(c.Files) > 0 && !r.doc
	t.observe("discord:"+ch, r, time.Now())
}
