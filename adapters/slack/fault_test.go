package slack_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// hugeDesigner is longDesigner with a deep dive of about 30,000 characters: far over what Slack
// takes in one message's blocks, so it must go out as several messages.
type hugeDesigner struct{ longDesigner }

func (d hugeDesigner) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	text, err := d.longDesigner.Section(ctx, g, id)
	if id != conversation.DeepDive || err != nil {
		return text, err
	}
	var b strings.Builder
	for i := range 3 {
		fmt.Fprintf(&b, "### Part %d\n\n%s\n\n", i+1, text)
	}
	return b.String(), nil
}

// outcome is what a fault must lead to.
type outcome int

const (
	retried  outcome = iota // the call is made again (or found done) and the design arrives whole
	resplit                 // the message is posted in smaller pieces and the design arrives whole
	reported                // the user is told: in the thread, or privately when the thread is unreachable
)

func (o outcome) String() string { return [...]string{"retried", "re-split", "reported"}[o] }

type faultCase struct {
	name   string
	method string
	nth    int // the call to misbehave on
	fault  slacktest.Fault
	want   outcome
}

// Error classes every Slack call the sink makes is tried with. A timeout holds the answer for
// longer than the harness's 1s call timeout; "acted" faults fail a call Slack carried out.
var transientFaults = []struct {
	class string
	fault slacktest.Fault
}{
	{"429 Retry-After", slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1}},
	{"429 no Retry-After", slacktest.Fault{Status: http.StatusTooManyRequests}},
	{"500", slacktest.Fault{Status: http.StatusInternalServerError}},
	{"503 acted", slacktest.Fault{Status: http.StatusServiceUnavailable, Acted: true}},
	{"timeout", slacktest.Fault{Delay: 3 * time.Second}},
	{"timeout acted", slacktest.Fault{Delay: 3 * time.Second, Acted: true}},
	{"timeout acts late", slacktest.Fault{Delay: 1500 * time.Millisecond, ActsLate: true}},
	{"reset", slacktest.Fault{Reset: true}},
	{"ok:false internal_error", slacktest.Fault{Error: "internal_error"}},
}

// sinkCalls are the calls the sink makes in a /design thread and which of them to fail: the
// second post is the first in the thread (the progress line), the third the first section.
var sinkCalls = []struct {
	method string
	nth    int
}{
	{"chat.postMessage", 2}, {"chat.postMessage", 3}, {"chat.update", 1}, {"chat.update", 2},
	{"files.getUploadURLExternal", 1}, {"upload", 1}, {"files.completeUploadExternal", 1},
	{"conversations.join", 1},
}

func faultMatrix() []faultCase {
	var cases []faultCase
	for _, c := range sinkCalls {
		for _, f := range transientFaults {
			if c.method == "upload" && f.fault.Error != "" {
				continue // the upload URL answers plain HTTP, not the Web API's ok:false
			}
			cases = append(cases, faultCase{fmt.Sprintf("%s#%d/%s", c.method, c.nth, f.class), c.method, c.nth, f.fault, retried})
		}
	}
	for _, code := range []string{"msg_too_long", "msg_blocks_too_long", "invalid_blocks"} {
		for _, nth := range []int{2, 3, 4} {
			cases = append(cases, faultCase{fmt.Sprintf("chat.postMessage#%d/%s", nth, code), "chat.postMessage", nth, slacktest.Fault{Error: code}, resplit})
		}
		// An edit Slack refuses only costs a fresher progress line.
		cases = append(cases, faultCase{"chat.update#2/" + code, "chat.update", 2, slacktest.Fault{Error: code}, retried})
	}
	cases = append(cases,
		faultCase{"chat.postMessage#3/not_in_channel", "chat.postMessage", 3, slacktest.Fault{Error: "not_in_channel"}, retried},
		faultCase{"files.completeUploadExternal#1/not_in_channel", "files.completeUploadExternal", 1, slacktest.Fault{Error: "not_in_channel"}, retried},
		faultCase{"chat.update#1/cant_update_message", "chat.update", 1, slacktest.Fault{Error: "cant_update_message"}, retried},
		faultCase{"chat.update#2/message_not_found", "chat.update", 2, slacktest.Fault{Error: "message_not_found"}, retried},
		faultCase{"conversations.join#1/missing_scope", "conversations.join", 1, slacktest.Fault{Error: "missing_scope"}, reported},
		faultCase{"chat.postMessage#3/invalid_arguments", "chat.postMessage", 3, slacktest.Fault{Error: "invalid_arguments"}, reported},
	)
	// The second upload is the document (the first the PNG diagram, where Graphviz is installed):
	// a permanent failure leaves a note, and the closing message and its buttons still follow.
	for _, c := range []struct {
		method string
		fault  slacktest.Fault
	}{
		{"files.getUploadURLExternal", slacktest.Fault{Error: "invalid_arguments"}},
		{"upload", slacktest.Fault{Status: http.StatusBadRequest}},
		{"files.completeUploadExternal", slacktest.Fault{Error: "file_not_found"}},
	} {
		name := c.fault.Error
		if name == "" {
			name = fmt.Sprint(c.fault.Status)
		}
		cases = append(cases, faultCase{fmt.Sprintf("%s#%d/%s", c.method, uploads(), name), c.method, uploads(), c.fault, reported})
	}
	return cases
}

// TestFaultMatrix runs a whole /design against a local Slack that misbehaves once, on the nth
// call to one method, in each way Slack does, and checks the outcome: a transient failure is
// retried and the design arrives whole, once; a refused message is re-split; a permanent error
// is reported to the user.
func TestFaultMatrix(t *testing.T) {
	for i, c := range faultMatrix() {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			srv := slacktest.NewServer(t)
			var served atomic.Int32
			srv.Inject(func(method string, n int, _ url.Values) (slacktest.Fault, bool) {
				if method == c.method && n == c.nth {
					served.Add(1)
					return c.fault, true
				}
				return slacktest.Fault{}, false
			})
			h := start(t, options{designer: hugeDesigner{}, slack: srv, callTimeout: time.Second})
			h.long = true
			channel := fmt.Sprintf("C0F%03d", i)
			cmd := srv.SlashCommand("/design", channel, "U0ALICE", "Design a photo sharing app for 50M DAU", fmt.Sprintf("trig-f%d", i))
			h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd))
			srv.WaitFor(t, "the root message", func() bool { return len(srv.Messages()) > 0 })
			root := srv.Messages()[0].TS
			switch c.want {
			case retried, resplit:
				// Checked once the turn is over: a late copy of a post is deleted at its end.
				h.waitDone(t, channel, root, 1)
				h.stop()
				checkDesignThread(t, h, channel, root)
			case reported:
				srv.WaitFor(t, "the user told", func() bool { return told(srv.Replies(channel, root)) })
				if c.method != "chat.postMessage" {
					h.waitDone(t, channel, root, 1) // the rest of the design still arrives
				}
				h.stop()
			}
			if served.Load() != 1 {
				t.Fatalf("the fault was served %d times, want once", served.Load())
			}
			checkNoDuplicates(t, srv, channel, root)
			calls := len(srv.Calls(c.method))
			inDoubt := c.fault.Acted && (c.method == "chat.postMessage" || c.method == "files.completeUploadExternal")
			switch {
			case c.fault.ActsLate && c.method == "chat.postMessage":
				// Posted again after the timeout, then Slack posted the first attempt too.
				if len(srv.Calls("chat.delete")) == 0 {
					t.Errorf("the late copy of a timed-out post was not deleted")
				}
			case c.want == retried && inDoubt:
				if len(srv.Calls("conversations.replies", "conversations.history")) == 0 {
					t.Errorf("a %s that Slack carried out was made again without looking first", c.method)
				}
			case c.want == retried && (c.fault.Status != 0 || c.fault.Delay > 0 || c.fault.Reset || c.fault.Error == "internal_error" || c.fault.Error == "not_in_channel"):
				if calls <= c.nth {
					t.Errorf("%s called %d times, want the failed call %d made again", c.method, calls, c.nth)
				}
			case c.want == resplit:
				if calls <= c.nth+1 {
					t.Errorf("%s called %d times, want the refused message posted again in pieces", c.method, calls)
				}
			}
			// /design in a public channel joins it, so that replies in the thread reach archbot.
			if joined := srv.Joined(channel); !joined && !(c.method == "conversations.join" && c.want == reported) {
				t.Errorf("archbot did not join %s", channel)
			}
		})
	}
}

// uploads is the call number of the document's upload in a design: the second where the
// diagram is uploaded as a PNG, else the first.
func uploads() int {
	if diagram.Available() {
		return 2
	}
	return 1
}

// told reports whether the thread has a message telling the user something went wrong, or how
// to invite archbot.
func told(ms []slacktest.Message) bool {
	for _, m := range ms {
		if strings.Contains(m.Text, "Sorry") || strings.Contains(m.Text, "/invite @archbot") || strings.Contains(m.Text, "couldn't upload") {
			return true
		}
	}
	return false
}

// checkNoDuplicates fails if any message or file reached the thread twice.
func checkNoDuplicates(t *testing.T, srv *slacktest.Server, channel, root string) {
	t.Helper()
	seen := map[string]bool{}
	for _, m := range srv.Replies(channel, root) {
		if m.Deleted {
			continue
		}
		key := m.Text + "\x00" + blockText(m)
		if seen[key] {
			t.Errorf("posted twice: %q", clipped(key))
		}
		seen[key] = true
	}
	files := map[string]bool{}
	for _, f := range srv.Files() {
		if !f.Complete || f.Channel != channel || f.ThreadTS != root {
			continue
		}
		if files[f.Name] {
			t.Errorf("file %s shared twice", f.Name)
		}
		files[f.Name] = true
	}
	if n := len(srv.Calls("chat.postMessage")); n == 0 {
		t.Errorf("nothing posted")
	}
}

func clipped(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// TestUnreachableThreadIsReportedPrivately: a mention in a channel where every post fails for
// good is reported to the user by an ephemeral message, or in a DM when that fails too.
func TestUnreachableThreadIsReportedPrivately(t *testing.T) {
	for _, code := range []string{"is_archived", "not_in_channel", "channel_not_found"} {
		t.Run(code, func(t *testing.T) {
			t.Parallel()
			srv := slacktest.NewServer(t)
			channel := "G0PRIV" // private: conversations.join cannot help
			srv.Inject(func(method string, _ int, p url.Values) (slacktest.Fault, bool) {
				return slacktest.Fault{Error: code}, method == "chat.postMessage" && p.Get("channel") == channel
			})
			if code == "channel_not_found" {
				srv.Fail("chat.postEphemeral", "channel_not_found")
			}
			h := start(t, options{designer: longDesigner{}, slack: srv})
			h.event(t, "Ev"+code, slacktest.Mention(channel, "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000020.000100", ""))
			srv.WaitFor(t, "the user told privately", func() bool {
				for _, c := range srv.Calls("chat.postEphemeral") {
					if c.Params.Get("user") == "U0BOB" && c.Params.Get("channel") == channel && code != "channel_not_found" {
						return true
					}
				}
				for _, m := range srv.Messages() {
					if m.Channel == "U0BOB" && strings.Contains(m.Text, "couldn't post") {
						return true
					}
				}
				return false
			})
			h.stop()
			if n := len(srv.Messages()); n > 1 {
				t.Errorf("%d messages posted, want only the private notice", n)
			}
		})
	}
}

// TestProgressNeverUpdatedWithoutTS: when the progress line could not be posted, the turn's end
// does not try to edit it.
func TestProgressNeverUpdatedWithoutTS(t *testing.T) {
	srv := slacktest.NewServer(t)
	srv.Inject(func(method string, _ int, p url.Values) (slacktest.Fault, bool) {
		return slacktest.Fault{Error: "no_permission"}, method == "chat.postMessage" && strings.HasPrefix(p.Get("text"), ":hourglass")
	})
	h := start(t, options{designer: longDesigner{}, slack: srv})
	h.event(t, "EvNoTS", slacktest.Mention("C0NOTS", "U0BOB", "<@"+slacktest.BotUserID+"> design a feed", "1690000021.000100", ""))
	srv.WaitFor(t, "the user told", func() bool {
		return len(closing(srv.Replies("C0NOTS", "1690000021.000100"))) > 0 || told(srv.Replies("C0NOTS", "1690000021.000100"))
	})
	h.stop()
	if len(srv.Calls("chat.postMessage")) < 2 {
		t.Fatalf("the progress post was not even tried")
	}
	for _, c := range srv.Calls("chat.update") {
		if c.Params.Get("ts") == "" {
			t.Errorf("chat.update without a ts: %v", c.Params)
		}
	}
}
