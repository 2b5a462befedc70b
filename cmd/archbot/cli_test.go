package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The tests in this file run the built binary, as a new user would: the exit code and what is
// printed are what they check, including what third-party code prints behind archbot's back.

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// archbotBinary builds ./cmd/archbot once per test run, the first time a test asks for it.
func archbotBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "archbot-cli-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "archbot")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// cli is one run of the binary.
type cli struct {
	dir   string   // working directory; a fresh temporary one when empty
	env   []string // KEY=value on top of an environment with none of archbot's variables
	stdin string
}

type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout: %.600s\nstderr: %.1500s", r.code, r.stdout, r.stderr)
}

// run runs archbot with args and returns what it printed and its exit code.
func (c cli) run(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, archbotBinary(t), args...)
	cmd.Dir = c.dir
	if cmd.Dir == "" {
		cmd.Dir = t.TempDir()
	}
	cmd.Env = append(userEnv(), c.env...)
	cmd.Stdin = strings.NewReader(c.stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("archbot %v: %v", args, err)
	}
	return r
}

// userEnv is the environment of a user who has set none of archbot's variables.
func userEnv() []string {
	ours := map[string]bool{}
	for _, k := range configKeys() {
		ours[k] = true
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !ours[k] && !strings.HasPrefix(k, "OPENAI_") {
			env = append(env, kv)
		}
	}
	return env
}

// repoFile reads a file of the repository, relative to its root.
func repoFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
