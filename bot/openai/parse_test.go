package openai

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

func TestJSONObject(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a":1}`, `{"a":1}`},
		{"```json\n{\"a\":1}\n```", `{"a":1}`},
		{"```\n{\"a\":1}```", `{"a":1}`},
		{"Here you go:\n{\"a\":1}\nHope this helps", `{"a":1}`},
		{"  {\"a\":{\"b\":2}}  ", `{"a":{"b":2}}`},
	}
	for _, tc := range tests {
		got, err := jsonObject(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("jsonObject(%q)=%q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "no json here", "} backwards {"} {
		if _, err := jsonObject(bad); err == nil {
			t.Errorf("jsonObject(%q) succeeded, want an error", bad)
		}
	}
}

func TestParseRequirementsRejects(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not json", "Sure, here are the requirements.", "no JSON object"},
		{"no title", `{"title":"","functional":["x"]}`, `"title" is empty`},
		{"no functional", `{"title":"T","functional":[" "]}`, `"functional"`},
		{"negative", `{"title":"T","functional":["x"],"workload":{"dau":-5}}`, "workload.dau"},
		{"string number", `{"title":"T","functional":["x"],"workload":{"dau":"50M"}}`, "not valid JSON"},
		{"absurd users", `{"title":"T","functional":["x"],"workload":{"dau":1e13}}`, "workload.dau"},
		{"peak below average", `{"title":"T","functional":["x"],"workload":{"peak_factor":0.5}}`, "peak_factor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := parseRequirements(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err=%v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestParseRequirementsCleans(t *testing.T) {
	in := `{"title":"  Chat   app ","functional":["Send @channel messages", "", "Read"],
	  "features":["Chat","url shortening","chat"],"workload":{"flows":[{"name":"send message","kind":"write","count":1e6,"per_seconds":1,"peak":true,"source":"stated"}]}}`
	title, req, err := parseRequirements(in)
	if err != nil {
		t.Fatal(err)
	}
	if title != "Chat app" {
		t.Errorf("title=%q", title)
	}
	if len(req.Functional) != 2 || strings.Contains(req.Functional[0], "@channel") {
		t.Errorf("functional=%q, want empties dropped and mentions defused", req.Functional)
	}
	if strings.Join(req.Features, ",") != "chat,url_shortening" {
		t.Errorf("features=%v", req.Features)
	}
	if f := req.Workload.Flows; len(f) != 1 || !f[0].Peak || req.Workload.Rate(f[0]) != 1e6 {
		t.Errorf("workload=%+v", req.Workload)
	}
}

func TestParseComponentsRejects(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", `{"components":[]}`, "empty"},
		{"unnamed", `{"components":[{"name":"","kind":"service"}]}`, "no name"},
		{"duplicate", `{"components":[{"name":"API","kind":"service"},{"name":"api","kind":"service"}]}`, "used twice"},
		{"unknown kind", `{"components":[{"name":"API","kind":"magic"}]}`, `unknown kind "magic"`},
		{"dangling edge", `{"components":[{"name":"API","kind":"service","talks_to":["DB"]}]}`, `talks to "DB"`},
		{"wrong shape", `{"components":{"name":"API"}}`, "not valid JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseComponents(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err=%v, want one mentioning %q", err, tc.want)
			}
		})
	}
	many := `{"components":[` + strings.TrimSuffix(strings.Repeat(`{"name":"x","kind":"service"},`, maxComponents+1), ",") + `]}`
	if _, err := parseComponents(many); err == nil || !strings.Contains(err.Error(), "too many") {
		t.Errorf("err=%v, want too many components", err)
	}
}

func TestParseInterpretationRejects(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bad intent", `{"intent":"maybe"}`, `"intent"`},
		{"pushback without a reply", `{"intent":"pushback","reply":"  "}`, `"reply"`},
		{"no decision", `{"intent":"change","sections":["api"]}`, "decision"},
		{"no sections", `{"intent":"change","decision":"d"}`, "sections"},
		{"unknown section", `{"intent":"change","decision":"d","sections":["appendix"]}`, `"appendix"`},
		{"bad components", `{"intent":"change","decision":"d","sections":["api"],"components":[{"name":"A","kind":"nope"}]}`, "components"},
		{"bad scale", `{"intent":"change","decision":"d","sections":["api"],"workload":{"dau":-1}}`, "workload.dau"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseInterpretation(tc.in, conversation.RequirementSet{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err=%v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestCleanMarkdown(t *testing.T) {
	tests := []struct{ in, title, want string }{
		{"## API\n\nGET /v1/feed", "API", "GET /v1/feed"},
		{"```markdown\n## API\nGET /v1/feed\n```", "API", "GET /v1/feed"},
		{"### Endpoints\nGET /v1/feed", "API", "### Endpoints\nGET /v1/feed"}, // a sub-heading stays
		{"```sql\nSELECT 1;\n```\nthen ```go\nx\n```", "Data model", "```sql\nSELECT 1;\n```\nthen ```go\nx\n```"},
		{"ping <@U123> and @everyone", "", "ping <\u200b@U123> and @\u200beveryone"},
	}
	for _, tc := range tests {
		if got := cleanMarkdown(tc.in, tc.title); got != tc.want {
			t.Errorf("cleanMarkdown(%q)=%q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"2", 2 * time.Second},
		{"0.25", 250 * time.Millisecond},
		{"-1", 0},
		{"soon", 0},
		{now.Add(30 * time.Second).Format(http.TimeFormat), 30 * time.Second},
		{now.Add(-30 * time.Second).Format(http.TimeFormat), 0},
	}
	for _, tc := range tests {
		if got := parseRetryAfter(tc.in, now); got != tc.want {
			t.Errorf("parseRetryAfter(%q)=%s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestBreakerStates(t *testing.T) {
	// Long enough that a loaded machine does not reach the half-open probe between a failure
	// and the check that follows it.
	b := newBreaker(2, 300*time.Millisecond)
	step := func(o outcome) {
		t.Helper()
		done, err := b.allow()
		if err != nil {
			t.Fatalf("allow: %v", err)
		}
		done(o)
	}
	probe := func() func(outcome) {
		t.Helper()
		var done func(outcome)
		if !conversationtest.Eventually(5*time.Second, func() bool { done, _ = b.allow(); return done != nil }) {
			t.Fatal("no probe after the cool-down")
		}
		return done
	}
	step(failed)
	step(neutral) // a rate limit neither opens nor closes the circuit
	if b.open() {
		t.Fatal("open after one failure, threshold 2")
	}
	step(failed)
	if _, err := b.allow(); err != ErrCircuitOpen {
		t.Fatalf("allow=%v after 2 failures, want ErrCircuitOpen", err)
	}
	done := probe()
	if _, err := b.allow(); err != ErrCircuitOpen {
		t.Fatalf("a second call went through while the probe runs: %v", err)
	}
	done(failed)
	if _, err := b.allow(); err != ErrCircuitOpen {
		t.Fatal("a failed probe did not reopen the circuit")
	}
	probe()(healthy)
	if b.open() {
		t.Fatal("a successful probe did not close the circuit")
	}
	step(failed) // the failure count restarted
	if b.open() {
		t.Fatal("open after one failure following recovery")
	}
}

// The parsers read outside input (a model's answer): they must never panic, and whatever they
// accept must satisfy the invariants the engine relies on.
func FuzzParseComponents(f *testing.F) {
	f.Add(`{"components":[{"name":"A","kind":"service","talks_to":["B"]},{"name":"B","kind":"db"}]}`)
	f.Add("```json\n{\"components\":[]}\n```")
	f.Add(`{"components":[{"name":"A","kind":"cache","talks_to":["a","A"],"flows":["x","y","z"]}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		comps, err := parseComponents(in)
		if err != nil {
			return
		}
		names := map[string]bool{}
		for _, c := range comps {
			if c.Name == "" || names[c.Name] {
				t.Fatalf("empty or duplicate name in %+v", comps)
			}
			names[c.Name] = true
		}
		for _, c := range comps {
			if c.Flows != nil && len(c.Flows) != len(c.TalksTo) {
				t.Fatalf("flows %v do not match talks_to %v", c.Flows, c.TalksTo)
			}
			for _, to := range c.TalksTo {
				if !names[to] || to == c.Name {
					t.Fatalf("edge %s -> %s is dangling or a self-edge", c.Name, to)
				}
			}
		}
	})
}

func FuzzParseRequirements(f *testing.F) {
	f.Add(`{"title":"T","functional":["x"],"workload":{"dau":5e7,"peak_factor":3}}`)
	f.Add(`{"title":"T","functional":["x"],"workload":{"dau":1e400}}`)
	f.Fuzz(func(t *testing.T, in string) {
		title, req, err := parseRequirements(in)
		if err != nil {
			return
		}
		if title == "" || len(req.Functional) == 0 {
			t.Fatalf("accepted an empty title or no requirements: %q %+v", title, req)
		}
		c := conversation.Estimate(req.Workload)
		for _, v := range []float64{c.ReadQPS, c.WriteQPS, c.StorageBytes5y, c.CacheBytes} {
			if v < 0 || v != v {
				t.Fatalf("capacity %+v from accepted workload %+v", c, req.Workload)
			}
		}
	})
}

func FuzzParseInterpretation(f *testing.F) {
	f.Add(`{"intent":"change","sections":["api"],"decision":"d","workload":{"dau":1}}`)
	f.Add(`{"intent":"question"}`)
	f.Fuzz(func(t *testing.T, in string) {
		it, err := parseInterpretation(in, conversation.RequirementSet{})
		if err != nil || it.question {
			return
		}
		if it.decision == "" || len(it.sections) == 0 {
			t.Fatalf("accepted a change without decision or sections: %+v", it)
		}
	})
}
