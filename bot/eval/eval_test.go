package eval_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

const cases = `{"id":"a","statement":"Design chat","groups":[["websocket","long poll"],["presence"],["Kafka"]],"negatives":[["geohash"],["cdn"]],"numbers":{"write_qps":1000,"read_qps":50}}

# comment
{"id":"b","statement":"Design x","groups":[["x"]],"negatives":[],"numbers":{}}
`

func TestLoadCases(t *testing.T) {
	cs, err := eval.LoadCases(strings.NewReader(cases))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].ID != "a" || len(cs[0].Groups) != 3 || cs[0].Numbers["write_qps"] != 1000 {
		t.Fatalf("cases=%+v", cs)
	}
	if _, err := eval.LoadCases(strings.NewReader("{not json}\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("err=%v, want a parse error naming line 1", err)
	}
	if _, err := eval.LoadCases(strings.NewReader(`{"id":"x"}`)); err == nil {
		t.Fatal("a case without a statement loaded")
	}
}

func TestScore(t *testing.T) {
	cs, err := eval.LoadCases(strings.NewReader(cases))
	if err != nil {
		t.Fatal(err)
	}
	d := &conversation.Design{
		Title:      "Chat",
		Sections:   []conversation.Section{{ID: "overview", Title: "Overview", Markdown: "Clients hold a WebSocket to the gateway; a CDN serves avatars."}},
		Components: []conversation.Component{{Name: "Presence service", Kind: "service"}},
		Capacity:   conversation.Capacity{WriteQPS: 2999, ReadQPS: 151},
	}
	r := eval.Score(cs[0], d)
	if r.Recall < 0.66 || r.Recall > 0.67 {
		t.Fatalf("recall=%v, want 2/3 (kafka missing)", r.Recall)
	}
	if len(r.Missed) != 1 || r.Missed[0] != "Kafka" {
		t.Fatalf("missed=%v", r.Missed)
	}
	if len(r.Negatives) != 1 || r.Negatives[0] != "cdn" {
		t.Fatalf("negatives=%v", r.Negatives)
	}
	if len(r.Numbers) != 2 || r.Numbers[0].Field != "read_qps" || r.Numbers[0].Ok || !r.Numbers[1].Ok {
		t.Fatalf("numbers=%+v, want read_qps off (151 vs 50) and write_qps ok (2999 vs 1000)", r.Numbers)
	}

	rep := eval.NewReport("offline", []eval.CaseResult{r, eval.Score(cs[1], nil)}, eval.DefaultFloors)
	if rep.Pass || rep.NegativeCases != 1 || rep.NumbersOk != 1 || rep.NumbersTotal != 2 {
		t.Fatalf("report=%+v", rep)
	}
	var text bytes.Buffer
	if err := rep.Text(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"case", "a ", "0.67", "FAIL", "b: no design"} {
		if !strings.Contains(text.String(), want) {
			t.Fatalf("text report lacks %q:\n%s", want, text.String())
		}
	}
	var js bytes.Buffer
	if err := rep.JSON(&js); err != nil {
		t.Fatal(err)
	}
	var back eval.Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back.Cases) != 2 || back.Pass {
		t.Fatalf("json round trip: %v %+v", err, back)
	}
}

func TestScoreIgnoresTheQuotedStatement(t *testing.T) {
	statement := "Design a team chat with presence and unread counts."
	c := eval.Case{ID: "chat", Statement: statement, Groups: [][]string{{"presence"}, {"unread"}}}
	tests := []struct {
		name, markdown string
		recall         float64
	}{
		{"only the quote names them", "> " + statement + "\n\nA generic service in front of a database.", 0},
		{"the design names one itself", "> " + statement + "\n\nA presence service tracks heartbeats.", 0.5},
		{"a different case of the quote still counts as the quote", "> " + strings.ToUpper(statement), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &conversation.Design{Title: "Team chat", Problem: statement,
				Sections: []conversation.Section{{ID: conversation.Overview, Title: "Overview", Markdown: tc.markdown}}}
			if r := eval.Score(c, d); r.Recall != tc.recall {
				t.Fatalf("recall=%v, want %v (hit %v)", r.Recall, tc.recall, r.Hit)
			}
		})
	}
}
