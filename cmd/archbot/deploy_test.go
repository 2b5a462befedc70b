package main

import (
	"regexp"
	"strings"
	"testing"
)

// The image's HEALTHCHECK asks the running server, through a subcommand the binary has.
func TestDockerHealthcheckAsksTheServer(t *testing.T) {
	m := regexp.MustCompile(`(?m)^HEALTHCHECK .*CMD \["/usr/local/bin/archbot", "([a-z-]+)"\]$`).FindStringSubmatch(repoFile(t, "deploy/Dockerfile"))
	if m == nil || m[1] != "healthcheck" {
		t.Fatalf("deploy/Dockerfile's HEALTHCHECK = %v, want it to run `archbot healthcheck`", m)
	}
	if !strings.Contains(usage, "\n  archbot healthcheck ") {
		t.Error("the usage does not list the healthcheck subcommand the Dockerfile runs")
	}
}

// The build context leaves out secrets and what the build does not need.
func TestDockerignoreKeepsSecretsOut(t *testing.T) {
	ignored := map[string]bool{}
	for _, line := range strings.Split(repoFile(t, ".dockerignore"), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			ignored[line] = true
		}
	}
	for _, want := range []string{".env", ".env.*", ".git", "bin/", "*.test"} {
		if !ignored[want] {
			t.Errorf(".dockerignore does not list %s", want)
		}
	}
	if !ignored["!.env.example"] {
		t.Error(".dockerignore should keep .env.example, the template, while leaving .env out")
	}
}

// The Discord guide and the Kubernetes manifest agree on replicas: the manifest runs two (see
// TestKubernetesManifestsMatchTheCode), and the guide says that is supported and why.
func TestDiscordGuideAgreesWithTheManifestOnReplicas(t *testing.T) {
	guide := repoFile(t, "deploy/discord/README.md")
	for _, stale := range []string{"single archbot replica", "Run a single"} {
		if strings.Contains(guide, stale) {
			t.Errorf("deploy/discord/README.md still says %q, but the manifest runs two replicas", stale)
		}
	}
	if !strings.Contains(guide, "## Replicas") || !strings.Contains(guide, "as the Kubernetes manifest does (two)") {
		t.Error("deploy/discord/README.md does not explain running replicas")
	}
	if !strings.Contains(repoFile(t, "deploy/kubernetes/archbot.yaml"), "deploy/discord/README.md") {
		t.Error("the manifest does not point at the guide's account of replicas")
	}
}

// The Slack guide gives HTTP mode's set-up order and what its public address needs.
func TestSlackGuideWritesDownHTTPMode(t *testing.T) {
	guide := repoFile(t, "deploy/slack/README.md")
	steps := []string{"**Create the app**", "**Install it**", "**Start archbot**", "**Add the request URLs**"}
	at := -1
	for _, s := range steps {
		i := strings.Index(guide, s)
		if i < 0 || i < at {
			t.Errorf("deploy/slack/README.md: %s is missing or out of order (want %v)", s, steps)
		}
		at = i
	}
	for _, want := range []string{"HTTPS on port 443", "kind: Ingress", "/slack/events", "/slack/commands", "/slack/interactions"} {
		if !strings.Contains(guide, want) {
			t.Errorf("deploy/slack/README.md lacks %q", want)
		}
	}
}
