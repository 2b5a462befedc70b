package slack_test

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// manifestList returns the "- item" entries of the YAML list under key (by indentation),
// ignoring comments, which is all this test needs of the manifest.
func manifestList(t *testing.T, lines []string, key string) []string {
	t.Helper()
	var out []string
	for i, l := range lines {
		if strings.TrimSpace(l) != key+":" {
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " "))
		for _, m := range lines[i+1:] {
			item := strings.TrimSpace(strings.SplitN(m, "#", 2)[0])
			if item == "" {
				continue
			}
			if len(m)-len(strings.TrimLeft(m, " ")) <= indent {
				break
			}
			if v, ok := strings.CutPrefix(item, "- "); ok {
				out = append(out, v)
			}
		}
		return out
	}
	t.Fatalf("manifest has no %s list", key)
	return nil
}

// TestManifestMatchesTheAdapter keeps deploy/slack/manifest.yaml to exactly what the adapter uses.
func TestManifestMatchesTheAdapter(t *testing.T) {
	raw, err := os.ReadFile("../../deploy/slack/manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	scopes := manifestList(t, lines, "bot")
	wantScopes := []string{"app_mentions:read", "assistant:write", "channels:history", "channels:join", "chat:write", "chat:write.public",
		"commands", "files:write", "groups:history", "im:history"}
	slices.Sort(scopes)
	if !slices.Equal(scopes, wantScopes) {
		t.Errorf("bot scopes %v, want %v", scopes, wantScopes)
	}
	events := manifestList(t, lines, "bot_events")
	slices.Sort(events)
	if want := []string{"app_mention", "message.channels", "message.groups", "message.im"}; !slices.Equal(events, want) {
		t.Errorf("bot events %v, want %v", events, want)
	}
	for _, want := range []string{"command: /design", "socket_mode_enabled: true", "is_enabled: true", "messages_tab_enabled: true", "assistant_view:"} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("manifest lacks %q", want)
		}
	}
}
