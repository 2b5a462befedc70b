package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Photos sent for recognition are kept as long as the statement says; the recognition's own
// 24 h applies only where it says nothing, else the design contradicts itself.
func TestRecognitionInputsKeptAsStated(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "A houseplant care app: users photograph their plants, we identify the species and schedule watering reminders. Around 600k monthly actives, each user uploads about 2 photos a week at roughly 3 MB each, and photos are kept for 2 years.")
	for _, id := range []conversation.SectionID{conversation.Requirements, conversation.Security, conversation.DataFlow} {
		if strings.Contains(sec[id], "24 h") && !strings.Contains(sec[id], "Idempotency") {
			t.Errorf("%s says 24 h beside the 2 years stated:\n%s", id, sec[id])
		}
	}
	if !strings.Contains(sec[conversation.Requirements], "2 years stated") {
		t.Errorf("requirements do not keep photos the 2 years stated:\n%s", sec[conversation.Requirements])
	}
	_, sec = renderAll(t, "identify plants from a photo and tell people how to care for them")
	if !strings.Contains(sec[conversation.Requirements], "(24 h)") {
		t.Errorf("with no retention stated, want the recognition's 24 h:\n%s", sec[conversation.Requirements])
	}
}
