package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestOutboxOnlyWhereThereIsOne: reliability says producers keep events in their outbox only
// when the design's writes publish through one; elsewhere it says what does wait.
func TestOutboxOnlyWhereThereIsOne(t *testing.T) {
	t.Parallel()
	tests := []struct {
		problem string
		outbox  bool
	}{
		{"Design a tailoring alteration service: customers request alterations, tailors verify them, notify when ready for pickup", true},
		{"Design Instagram", false},
	}
	for _, tt := range tests {
		d := design(t, tt.problem)
		sec, ok := d.Section(conversation.Reliability)
		if !ok {
			t.Fatalf("%q: no reliability section", tt.problem)
		}
		rel := sec.Markdown
		if got := strings.Contains(rel, "keep events in their outbox"); got != tt.outbox {
			t.Errorf("%q: reliability mentions an outbox = %v, want %v", tt.problem, got, tt.outbox)
		}
		if !strings.Contains(rel, "If the whole log is unavailable") {
			t.Errorf("%q: reliability says nothing of the log being unavailable", tt.problem)
		}
	}
}
