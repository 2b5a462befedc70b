package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestReplacingFeatureKeepsItsOwn: a narrower feature that replaces a broader one's flow brings
// its own flow of that name, and that one is what the design shows (offline edits that merge
// tell "Edit in real time" with a CRDT instead of OT), not neither.
func TestReplacingFeatureKeepsItsOwn(t *testing.T) {
	d := design(t, "Design a collaborative wiki editor where writers keep editing offline on the train and their changes merge on reconnect")
	flows, _ := d.Section(conversation.DataFlow)
	for _, want := range []string{"### Offline and reconnect", "state vectors"} {
		if !strings.Contains(flows.Markdown, want) {
			t.Errorf("data flow lacks %q:\n%s", want, flows.Markdown)
		}
	}
}
