package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

const instagram = "Design an Instagram-like photo sharing app for 50M DAU"

// cleanEnv unsets every variable archbot reads, so the developer's environment cannot leak in.
func cleanEnv(t *testing.T) {
	for _, k := range configKeys() {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	t.Setenv("ARCHBOT_LOG_LEVEL", "error")
}

func configKeys() []string {
	var keys []string
	typ := reflect.TypeOf(Config{})
	for i := range typ.NumField() {
		keys = append(keys, typ.Field(i).Tag.Get("envconfig"))
	}
	return keys
}

func runArgs(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestDesignPrintsAWholeDocumentOffline(t *testing.T) {
	cleanEnv(t)
	out, _, err := runArgs(t, "design", "-q", instagram)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "# ") {
		t.Fatalf("output does not start with a title:\n%.200s", out)
	}
	for _, id := range conversation.SectionOrder {
		if !strings.Contains(out, "\n## "+id.Title()+"\n") {
			t.Errorf("document lacks section %q", id.Title())
		}
	}
	if !strings.Contains(out, "```mermaid") || !strings.Contains(out, "50M") {
		t.Error("document lacks the diagram or the stated scale")
	}
}

func TestDesignJSONHasTheSchemaWithNumbersAsNumbers(t *testing.T) {
	cleanEnv(t)
	path := filepath.Join(t.TempDir(), "d.json")
	_, stderr, err := runArgs(t, "design", instagram, "--format", "json", "-o", path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "wrote "+path) {
		t.Errorf("stderr = %q", stderr)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "problem", "version", "sections", "components", "capacity", "diagram", "decisions"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	capa := doc["capacity"].(map[string]any)
	for _, k := range []string{"read_qps", "write_qps", "peak_read_qps", "peak_write_qps", "storage_bytes_per_month",
		"storage_bytes_5y", "ingress_bytes_per_sec", "egress_bytes_per_sec", "cache_bytes"} {
		if v, ok := capa[k].(float64); !ok || v <= 0 {
			t.Errorf("capacity.%s = %#v, want a positive number", k, capa[k])
		}
	}
	if w := capa["write_qps"].(float64); w < 1000 || w > 1300 {
		t.Errorf("write_qps = %v, want 50M × 2 / 86400 ≈ 1157", w)
	}
	if secs := doc["sections"].([]any); len(secs) != len(conversation.SectionOrder) {
		t.Errorf("%d sections", len(secs))
	}
	if m := doc["diagram"].(map[string]any)["mermaid"].(string); !strings.HasPrefix(m, "flowchart") {
		t.Errorf("diagram.mermaid = %.40q", m)
	}
}

func TestUsageErrors(t *testing.T) {
	cleanEnv(t)
	for _, args := range [][]string{{}, {"nonsense"}, {"design"}, {"design", "--format", "pdf", "x"}, {"eval"}} {
		if _, _, err := runArgs(t, args...); err != errUsage {
			t.Errorf("archbot %v: err = %v, want a usage error", args, err)
		}
	}
	t.Setenv("ARCHBOT_PROVIDER", "gpt")
	if _, _, err := runArgs(t, "design", "x"); err == nil || !strings.Contains(err.Error(), "ARCHBOT_PROVIDER") {
		t.Errorf("bad provider: err = %v", err)
	}
}

func TestChatRunsADesignAndFollowUps(t *testing.T) {
	cleanEnv(t)
	var out bytes.Buffer
	in := strings.NewReader(instagram + "\nhow do you handle a cache stampede?\nuse DynamoDB for posts\nundo\nstatus\n")
	if err := run(context.Background(), []string{"chat"}, in, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"## Back-of-the-envelope capacity", "stampede", "**v2:", "Back to v1", "version 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("chat output lacks %q", want)
		}
	}
}

func TestConfigListsEveryVariable(t *testing.T) {
	out, _, err := runArgs(t, "config")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range configKeys() {
		if !strings.Contains(out, k+"\n    default: ") {
			t.Errorf("archbot config lacks %s", k)
		}
	}
}

// TestREADMEConfigTableMatchesTheCode keeps the README's table what `archbot config --markdown`
// prints; regenerate it with that command.
func TestREADMEConfigTableMatchesTheCode(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<!-- config -->\n(.*?)<!-- /config -->`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no <!-- config --> ... <!-- /config --> block")
	}
	want, _, err := runArgs(t, "config", "--markdown")
	if err != nil {
		t.Fatal(err)
	}
	if string(m[1]) != want {
		t.Errorf("README configuration table is stale; replace it with the output of `go run ./cmd/archbot config --markdown`")
	}
}

func TestEnvExampleListsEveryVariable(t *testing.T) {
	raw, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "#"))
		if k, _, ok := strings.Cut(line, "="); ok && regexp.MustCompile(`^[A-Z][A-Z0-9_]+$`).MatchString(k) {
			got = append(got, k)
		}
	}
	want := configKeys()
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf(".env.example lists %v\nthe code reads    %v", got, want)
	}
}

// TestKubernetesManifestsMatchTheCode parses deploy/kubernetes and checks that every variable the
// Deployment sets is one archbot reads, that the probes hit the endpoints serve exposes, and that
// the deployment has what the operations notes promise.
func TestKubernetesManifestsMatchTheCode(t *testing.T) {
	known := map[string]bool{}
	for _, k := range configKeys() {
		known[k] = true
	}
	files, err := filepath.Glob("../../deploy/kubernetes/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests: %v", err)
	}
	kinds := map[string]int{}
	var deployment map[string]any
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		for {
			var doc map[string]any
			if err := dec.Decode(&doc); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			kind, _ := doc["kind"].(string)
			kinds[kind]++
			switch kind {
			case "Deployment":
				deployment = doc
			case "Secret", "ConfigMap":
				field := "data"
				if kind == "Secret" {
					field = "stringData"
				}
				for k := range doc[field].(map[string]any) {
					if !known[k] {
						t.Errorf("%s %s sets %s, which archbot does not read", f, kind, k)
					}
				}
			}
		}
	}
	for _, k := range []string{"Deployment", "Secret", "ConfigMap", "PodDisruptionBudget", "StatefulSet", "Service"} {
		if kinds[k] == 0 {
			t.Errorf("no %s among the manifests", k)
		}
	}
	spec := deployment["spec"].(map[string]any)
	if spec["replicas"] != 2 {
		t.Errorf("replicas = %v, want 2", spec["replicas"])
	}
	c := spec["template"].(map[string]any)["spec"].(map[string]any)["containers"].([]any)[0].(map[string]any)
	probe := func(name string) string {
		return c[name].(map[string]any)["httpGet"].(map[string]any)["path"].(string)
	}
	if probe("readinessProbe") != "/readyz" || probe("livenessProbe") != "/healthz" {
		t.Errorf("probes: readiness %s, liveness %s", probe("readinessProbe"), probe("livenessProbe"))
	}
	if _, ok := c["resources"].(map[string]any)["requests"]; !ok {
		t.Error("no resource requests")
	}
}

func TestServeRefusesToStartWithoutRedis(t *testing.T) {
	cleanEnv(t)
	if _, _, err := runArgs(t, "serve"); err == nil || !strings.Contains(err.Error(), "REDIS_URL") {
		t.Errorf("without REDIS_URL: err = %v", err)
	}
	t.Setenv("REDIS_URL", "redis://:hunter2@127.0.0.1:1/0")
	_, _, err := runArgs(t, "serve")
	if err == nil || !strings.Contains(err.Error(), "unreachable") || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("unreachable Redis: err = %v, want a clear message without the password", err)
	}
}

func TestServeExposesHealthReadinessAndMetrics(t *testing.T) {
	cleanEnv(t)
	// A server of its own with AOF on: in production mode (the default) readiness wants a Redis
	// that keeps its data, which the shared test server does not.
	t.Setenv("REDIS_URL", conversationtest.StartRedis(t).URL())
	t.Setenv("ARCHBOT_HTTP_ADDR", "127.0.0.1:0")
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, strings.NewReader(""), pw, io.Discard)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed no address: %v", err)
	}
	go io.Copy(io.Discard, pr)
	base := "http://" + strings.TrimSpace(strings.TrimPrefix(line, "archbot listening on "))
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d %s, want 200 with Redis reachable", code, body)
	}
	code, body := get("/metrics")
	if code != 200 || !strings.Contains(body, "archbot_redis_errors_total 0") || !strings.Contains(body, "go_goroutines") ||
		!strings.Contains(body, "archbot_jobs_queued 0") || !strings.Contains(body, `archbot_jobs_total{event="submitted"} 0`) {
		t.Errorf("/metrics = %d, lacks archbot's collectors:\n%.500s", code, body)
	}
	cancel()
	if err := conversationtest.Receive(t, "serve to stop after its context ended", 10*time.Second, done); err != nil {
		t.Errorf("serve returned %v on shutdown, want nil", err)
	}
}
