package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/archbot/archbot/adapters/slack/slacktest"
)

// TestVerifyFindsRepliesPostedTwice checks the after-the-fact delivery check against what a
// local Slack holds: a thread with its closing message and document passes; a missing document,
// the same answer twice or a second closing message each fail it.
func TestVerifyFindsRepliesPostedTwice(t *testing.T) {
	// call makes a Web API call as slack-go does: a form, the bot token, a JSON answer.
	call := func(s *slacktest.Server, method string, form url.Values) map[string]any {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, s.APIURL()+method, strings.NewReader(form.Encode()))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Authorization", "Bearer "+slacktest.BotToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out["ok"] != true {
			t.Fatalf("%s: %v %v", method, out, err)
		}
		return out
	}
	// upload shares a Markdown file into the thread: Slack's three-step external upload.
	upload := func(s *slacktest.Server, channel, threadTS string) {
		t.Helper()
		content := "# design\n"
		got := call(s, "files.getUploadURLExternal", url.Values{"filename": {"design-v1.md"}, "length": {strconv.Itoa(len(content))}})
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		fw, err := mw.CreateFormFile("file", "design-v1.md")
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(content))
		mw.Close()
		resp, err := http.Post(got["upload_url"].(string), mw.FormDataContentType(), &body)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		files := fmt.Sprintf(`[{"id":%q,"title":"design"}]`, got["file_id"])
		call(s, "files.completeUploadExternal", url.Values{"files": {files}, "channel_id": {channel}, "thread_ts": {threadTS}})
	}
	cases := []struct {
		name    string
		posts   []string
		doc     bool
		wantErr string // empty: verify passes
	}{
		{"every reply once", []string{"section", "What next?", "answer 1"}, true, ""},
		{"no document", []string{"section", "What next?", "answer 1"}, false, "documents"},
		{"an answer twice", []string{"What next?", "answer 1", "answer 1"}, true, "posted twice"},
		{"two closing messages", []string{"What next?", "What next?"}, true, "closing messages"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &platforms{slack: slacktest.Start()}
			defer p.slack.Close()
			th := p.newThread("slack", 1)
			th.ts = "1800000000.000001"
			for _, text := range c.posts {
				call(p.slack, "chat.postMessage", url.Values{"channel": {th.id}, "thread_ts": {th.ts}, "text": {text}})
			}
			if c.doc {
				upload(p.slack, th.id, th.ts)
			}
			err := p.verify([]*chatThread{th})
			switch {
			case c.wantErr == "" && err != nil:
				t.Fatalf("verify = %v, want no error", err)
			case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
				t.Fatalf("verify = %v, want an error about %s", err, c.wantErr)
			}
		})
	}
}
