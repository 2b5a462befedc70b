package main

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// The first-run and deploy papercuts of issue 16, each as a new user or an operator meets it.

// OPENAI_BASE_URL alone (Ollama, vLLM: no key) enables the model, and archbot says which
// designer it uses; without either it says it is offline and how to change that.
func TestCLIBaseURLAloneEnablesTheModel(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Archbot())
	r := cli{env: []string{"OPENAI_BASE_URL=" + srv.URL}}.run(t, "design", "--format", "markdown", instagram)
	if r.code != 0 || !strings.Contains(r.stderr, "… designer: model gpt-4o-mini at "+srv.URL+", offline as fallback") {
		t.Fatalf("with OPENAI_BASE_URL only, want the model named on stderr:\n%s", r)
	}
	if len(srv.Requests()) == 0 || !strings.Contains(r.stdout, "Model-written") || strings.Contains(r.stderr, "the model failed") {
		t.Errorf("%d requests reached the model; the design is not the model's:\n%s", len(srv.Requests()), r)
	}

	r = cli{}.run(t, "design", "--format", "markdown", instagram)
	if r.code != 0 || !strings.Contains(r.stderr, "… designer: offline (set OPENAI_API_KEY, or OPENAI_BASE_URL") {
		t.Errorf("without a model configured, want the offline designer named:\n%s", r)
	}
}

// `archbot design -` reads the statement from standard input.
func TestCLIDesignDashReadsStdin(t *testing.T) {
	r := cli{stdin: "Design a URL shortener\nfor 100M new URLs a month\n"}.run(t, "design", "-q", "-")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# ") || !strings.Contains(strings.ToLower(r.stdout), "url shortener") {
		t.Fatalf("design - with a statement on stdin:\n%s", r)
	}
	if strings.Contains(r.stdout, "> -\n") {
		t.Errorf("designed the string \"-\":\n%s", r)
	}
	r = cli{stdin: "  \n"}.run(t, "design", "-")
	if r.code != 2 || !strings.Contains(r.stderr, "usage: archbot design") {
		t.Errorf("design - with nothing on stdin: want usage and exit 2:\n%s", r)
	}
}

// `export` in chat writes the document (into the current directory by default, into --save DIR
// when given, creating it) and says where; --save is in the help; a --save that cannot be a
// folder is refused with a message saying why.
func TestCLIChatExportWritesTheDocument(t *testing.T) {
	dir := t.TempDir()
	r := cli{dir: dir, stdin: instagram + "\nexport\n"}.run(t, "chat")
	written, _ := filepath.Glob(filepath.Join(dir, "*-v1.md"))
	if r.code != 0 || len(written) != 1 || !strings.Contains(r.stdout, "(saved "+written[0]+")") {
		t.Fatalf("export without --save: files %v, want one in the working directory, named in the output:\n%s", written, r)
	}
	if doc, _ := os.ReadFile(written[0]); !strings.HasPrefix(string(doc), "# ") || !strings.Contains(string(doc), "## Back-of-the-envelope capacity") {
		t.Errorf("%s is not the design document:\n%.300s", written[0], doc)
	}
	if !strings.Contains(r.stdout, "say `export` to write it") {
		t.Errorf("after the design, chat does not say how to write the document:\n%s", r)
	}

	save := filepath.Join(t.TempDir(), "designs", "new")
	r = cli{stdin: instagram + "\nexport\n"}.run(t, "chat", "--save", save)
	written, _ = filepath.Glob(filepath.Join(save, "*-v1.md"))
	if r.code != 0 || len(written) != 1 || !strings.Contains(r.stdout, "(saved "+written[0]+")") {
		t.Errorf("export with --save into a folder that did not exist: files %v:\n%s", written, r)
	}

	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r = cli{stdin: instagram + "\n"}.run(t, "chat", "--save", file)
	if r.code != 1 || !strings.Contains(r.stderr, "archbot: --save "+file+": ") || !strings.Contains(r.stderr, "not a directory") {
		t.Errorf("--save naming a file: want a clear refusal and exit 1:\n%s", r)
	}

	r = cli{}.run(t, "--help")
	if r.code != 0 || !strings.Contains(r.stdout, "archbot chat [--save DIR]") {
		t.Errorf("--help does not list chat's --save:\n%s", r)
	}
}

// A dead REDIS_URL gives one clear line, not go-redis's pool lines before it.
func TestCLIDeadRedisSaysOneClearLine(t *testing.T) {
	dead := "redis://:hunter2@" + closedAddr(t) + "/0"
	for _, args := range [][]string{{"design", "-q", instagram}, {"serve"}} {
		r := cli{env: []string{"REDIS_URL=" + dead}}.run(t, args...)
		lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
		if r.code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "unreachable") || strings.Contains(r.stderr, "hunter2") {
			t.Errorf("archbot %s with a dead Redis: want exit 1 and one line saying Redis is unreachable:\n%s", args[0], r)
		}
	}
}

// closedAddr is a loopback address nothing listens on.
func closedAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// A platform's settings without its token stop serve with a message naming what is missing,
// before it connects to anything (no REDIS_URL is set here).
func TestCLIServeRefusesHalfConfiguredPlatforms(t *testing.T) {
	tests := []struct {
		env  []string
		want string
	}{
		{[]string{"SLACK_APP_TOKEN=xapp-1-A"}, "SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not"},
		{[]string{"SLACK_SIGNING_SECRET=s3cret"}, "SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not"},
		{[]string{"SLACK_BOT_TOKEN=xoxb-1"}, "neither SLACK_APP_TOKEN (Socket Mode, xapp-…) nor SLACK_SIGNING_SECRET"},
		{[]string{"DISCORD_GUILD_ID=42"}, "DISCORD_GUILD_ID is set but DISCORD_TOKEN is not"},
		{[]string{"DISCORD_APP_ID=42", "SLACK_BOT_TOKEN=xoxb-1", "SLACK_APP_TOKEN=xapp-1"}, "DISCORD_APP_ID is set but DISCORD_TOKEN is not"},
	}
	for _, tc := range tests {
		r := cli{env: tc.env}.run(t, "serve")
		if r.code != 1 || !strings.HasPrefix(r.stderr, "archbot: cannot start: ") || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("serve with %v: want exit 1 and %q:\n%s", tc.env, tc.want, r)
		}
		if strings.Contains(r.stderr, "s3cret") || strings.Contains(r.stderr, "xoxb-1") {
			t.Errorf("serve with %v printed a secret:\n%s", tc.env, r)
		}
	}
}

// Every document the help texts point at exists.
func TestCLIHelpPointsAtDocsThatExist(t *testing.T) {
	docRef := regexp.MustCompile(`docs/[A-Za-z0-9_./-]+\.md`)
	for _, args := range [][]string{{"--help"}, {"eval", "--help"}} {
		r := cli{}.run(t, args...)
		refs := docRef.FindAllString(r.stdout+r.stderr, -1)
		if r.code != 0 || len(refs) == 0 {
			t.Errorf("archbot %v names no document under docs/:\n%s", args, r)
		}
		for _, ref := range refs {
			if _, err := os.Stat(filepath.Join("..", "..", ref)); err != nil {
				t.Errorf("archbot %v points at %s, which does not exist", args, ref)
			}
		}
	}
	if !strings.Contains(repoFile(t, "docs/EVAL.md"), "--cases") {
		t.Error("docs/EVAL.md does not describe --cases")
	}
}

// A design piped or written with --format markdown is raw Markdown, whole.
func TestCLIDesignIsMarkdownWhenPiped(t *testing.T) {
	for _, args := range [][]string{{"design", "-q", instagram}, {"design", "-q", "--format", "markdown", instagram}} {
		r := cli{}.run(t, args...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "# ") || !strings.Contains(r.stdout, "\n## Back-of-the-envelope capacity\n") ||
			!strings.Contains(r.stdout, "```mermaid") || strings.Contains(r.stdout, "\x1b[") {
			t.Errorf("archbot %v into a pipe: want raw Markdown:\n%s", args, r)
		}
	}
}

// `archbot healthcheck` passes when /healthz answers 200 and fails, saying why, otherwise.
func TestCLIHealthcheckAsksHealthz(t *testing.T) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	r := cli{env: []string{"ARCHBOT_HTTP_ADDR=" + addr}}.run(t, "healthcheck")
	if r.code != 0 || !strings.Contains(r.stdout, "healthy: http://"+addr+"/healthz") || len(asked) != 1 || asked[0] != "/healthz" {
		t.Errorf("healthcheck against a healthy server (asked %v):\n%s", asked, r)
	}
	dead := closedAddr(t)
	r = cli{env: []string{"ARCHBOT_HTTP_ADDR=" + dead}}.run(t, "healthcheck")
	if r.code != 1 || !strings.Contains(r.stderr, "archbot: healthcheck: ") || !strings.Contains(r.stderr, dead) {
		t.Errorf("healthcheck with nothing listening: want exit 1 naming the address:\n%s", r)
	}
}

func TestHealthURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{":8080", "http://127.0.0.1:8080/healthz"},
		{"0.0.0.0:9000", "http://127.0.0.1:9000/healthz"},
		{"[::]:8080", "http://127.0.0.1:8080/healthz"},
		{"127.0.0.1:8081", "http://127.0.0.1:8081/healthz"},
		{"[::1]:8080", "http://[::1]:8080/healthz"},
		{"archbot:8080", "http://archbot:8080/healthz"},
	}
	for _, tc := range tests {
		if got, err := healthURL(tc.addr); err != nil || got != tc.want {
			t.Errorf("healthURL(%q) = %q, %v; want %q", tc.addr, got, err, tc.want)
		}
	}
	if _, err := healthURL("8080"); err == nil || !strings.Contains(err.Error(), "ARCHBOT_HTTP_ADDR") {
		t.Errorf("healthURL(\"8080\") err = %v, want one naming ARCHBOT_HTTP_ADDR", err)
	}
}

// A running `archbot serve` logs which designer it uses, and `archbot healthcheck` (the image's
// HEALTHCHECK) passes against it.
func TestCLIServeLogsItsDesignerAndPassesItsHealthcheck(t *testing.T) {
	model := openaitest.NewServer(t, openaitest.Archbot())
	cmd := exec.Command(archbotBinary(t), "serve")
	cmd.Dir = t.TempDir()
	cmd.Env = append(userEnv(), "REDIS_URL="+conversationtest.MustRedisURL(t), "ARCHBOT_HTTP_ADDR=127.0.0.1:0",
		"OPENAI_BASE_URL="+model.URL, "ARCHBOT_LOG_FORMAT=json", "ARCHBOT_LOG_LEVEL=info")
	var logs bytes.Buffer
	cmd.Stderr = &logs
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "archbot listening on ")
	if err != nil || !ok {
		t.Fatalf("serve printed %q (%v), want its address", line, err)
	}
	r := cli{env: []string{"ARCHBOT_HTTP_ADDR=" + addr}}.run(t, "healthcheck")
	if r.code != 0 || !strings.Contains(r.stdout, "healthy: http://"+addr+"/healthz") {
		t.Errorf("healthcheck against a running serve:\n%s", r)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, stdout)
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve exited with %v after SIGTERM:\n%s", err, logs.String())
	}
	if want := `"designer":"model gpt-4o-mini at ` + model.URL + `, offline as fallback"`; !strings.Contains(logs.String(), want) {
		t.Errorf("serve's log lacks %s:\n%.2000s", want, logs.String())
	}
}

// A second `archbot chat --thread X` carries on the thread the first one left in Redis: its first
// line is a follow-up to the stored design, not a new design, and is answered rather than dropped
// as a redelivery of the first run's first message.
func TestCLIChatThreadContinuesAcrossRuns(t *testing.T) {
	env := []string{"REDIS_URL=" + conversationtest.MustRedisURL(t)}
	thread := "carry-on-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	first := cli{env: env, stdin: instagram + "\n"}.run(t, "chat", "--thread", thread)
	if first.code != 0 || !strings.Contains(first.stdout, "## Back-of-the-envelope capacity") {
		t.Fatalf("first run did not design:\n%s", first)
	}
	second := cli{env: env, stdin: "history\n"}.run(t, "chat", "--thread", thread)
	if second.code != 0 || !strings.Contains(second.stdout, "v1") {
		t.Fatalf("second run's `history` got no answer about the stored design:\n%s", second)
	}
	if strings.Contains(second.stdout, "## Back-of-the-envelope capacity") {
		t.Errorf("second run drafted a new design instead of continuing the thread:\n%s", second)
	}
}
