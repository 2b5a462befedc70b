package slack_test

import (
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// twelveProblems are the designs TestTwelveDesignsThroughAFaultySlack asks for.
var twelveProblems = []string{
	"Design an Instagram-like photo sharing app for 50M DAU",
	"Design WhatsApp for 500M daily users",
	"Design a URL shortener for 100M links a month",
	"Design a hotel booking system like Booking.com",
	"Design a matchmaking service for an online game: 2 million concurrent players, match within 30 seconds by skill and region",
	"Design a pet adoption site where shelters list animals and adopters apply",
	"Design an expense tracker where employees upload receipts and managers approve expenses",
	"Design a CI build farm that runs 50,000 builds a day for 2,000 engineers",
	"Design a pastebin with monthly stats",
	"Design a Mint-like budgeting app that imports bank transactions for 5 million users",
	"Design a school grading system where teachers record grades and parents view report cards",
	"Design a ride sharing service like Uber for 10M riders a day",
}

// TestTwelveDesignsThroughAFaultySlack runs twelve /design commands with the offline designer,
// queued on a dispatcher over Redis, against a Slack that answers every 7th chat.postMessage
// with 429 (Retry-After: 1), every 5th files.completeUploadExternal with a 500 (every other
// one after completing the upload), and refuses messages over blockText characters of block
// text. All twelve must arrive whole, every section present, nothing posted twice.
func TestTwelveDesignsThroughAFaultySlack(t *testing.T) {
	for _, limit := range []int{12000, 4000} {
		t.Run(fmt.Sprintf("refusing over %d", limit), func(t *testing.T) {
			twelveDesigns(t, limit)
		})
	}
}

func twelveDesigns(t *testing.T, limit int) {
	srv := slacktest.NewServer(t)
	limits := slacktest.DefaultLimits()
	limits.BlockText = limit
	srv.SetLimits(limits)
	var limited, failed, failedPOST atomic.Int32
	srv.Inject(func(method string, n int, _ url.Values) (slacktest.Fault, bool) {
		switch {
		case method == "chat.postMessage" && n%7 == 0:
			limited.Add(1)
			return slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1}, true
		case method == "files.completeUploadExternal" && n%5 == 0:
			failed.Add(1)
			return slacktest.Fault{Status: http.StatusInternalServerError, Acted: n%10 == 0}, true
		case method == "upload" && n%5 == 0:
			failedPOST.Add(1)
			return slacktest.Fault{Status: http.StatusInternalServerError}, true
		}
		return slacktest.Fault{}, false
	})
	h := start(t, options{designer: offline.New(), slack: srv, store: conversationtest.MustRedisStore(t), dispatch: defaultDispatch})
	began := time.Now()
	for i, problem := range twelveProblems {
		cmd := srv.SlashCommand("/design", fmt.Sprintf("C0TWELVE%d", i%4), fmt.Sprintf("U0USER%02d", i), problem, fmt.Sprintf("trig-12-%d", i))
		if resp, _ := h.do(t, "/slack/commands", "application/x-www-form-urlencoded", slacktest.Form(cmd)); resp.StatusCode != http.StatusOK {
			t.Fatalf("design %d: status %d", i, resp.StatusCode)
		}
	}
	srv.WaitFor(t, "twelve root messages", func() bool { return len(rootsIn(srv)) == len(twelveProblems) })
	// Four workers, a second's wait on every 7th post: longer than WaitFor's 20s.
	all := conversationtest.Eventually(3*time.Minute, func() bool {
		for _, root := range rootsIn(srv) {
			if len(closing(srv.Replies(root.Channel, root.TS))) == 0 {
				return false
			}
		}
		return true
	})
	if !all {
		t.Errorf("not every design finished within 3 minutes")
	}
	sections, posted, split, longest, largest := 0, 0, 0, 0, 0
	for _, root := range rootsIn(srv) {
		d := checkDesignThread(t, h, root.Channel, root.TS)
		checkNoDuplicates(t, srv, root.Channel, root.TS)
		sections += len(d.Sections)
		for _, s := range d.Sections {
			longest = max(longest, u16(s.Markdown))
		}
		for _, m := range srv.Replies(root.Channel, root.TS) {
			largest = max(largest, u16(blockText(m)))
		}
		for _, p := range sectionPosts(t, srv.Replies(root.Channel, root.TS)) {
			if len(p.pieces) > 1 {
				split++
			}
		}
		posted += len(srv.Replies(root.Channel, root.TS))
	}
	took := time.Since(began)
	h.stop()
	if limited.Load() == 0 || failed.Load() == 0 || failedPOST.Load() == 0 {
		t.Fatalf("faults served: %d 429s, %d 500s; the run tested nothing", limited.Load(), failed.Load())
	}
	t.Logf("%d of 12 designs complete in %v: %d sections, all present (%d split over several blocks or messages; longest section %d chars, "+
		"largest message %d chars of block text), %d thread messages, nothing posted twice; %d posts answered 429, "+
		"%d upload completions and %d upload POSTs answered 500, all retried; Slack refused %d messages over %d chars of block text, each re-split",
		len(rootsIn(srv)), took.Round(time.Millisecond), sections, split, longest, largest, posted, limited.Load(),
		failed.Load(), failedPOST.Load(), len(srv.Refusals()), limit)
}

// rootsIn are the /design root messages: top-level messages in any channel.
func rootsIn(srv *slacktest.Server) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range srv.Messages() {
		if m.ThreadTS == "" && m.Channel[0] == 'C' {
			out = append(out, m)
		}
	}
	return out
}
