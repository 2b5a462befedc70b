package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// An audit trail is kept for as long as the statement says, and the requirements say so.
func TestAuditRetentionAsStated(t *testing.T) {
	t.Parallel()
	doc := design(t, "Design an adverse-event reporting system for a clinical trial; every change to a report must be kept in a tamper-evident audit trail for 15 years.")
	s, _ := doc.Section(conversation.Requirements)
	text := s.Markdown
	if !strings.Contains(text, "within the retention (15 years)") || strings.Contains(text, "7 years") {
		t.Errorf("requirements:\n%s\nwant the audit trail kept 15 years, as stated", text)
	}
}
