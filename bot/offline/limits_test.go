package offline_test

import (
	"strings"
	"testing"
)

// TestStatedLimitsReachEverySection: a limit the statement states ("hold a spot for up to 20
// minutes") replaces the knowledge base's usual figure in the requirements as in the deep dives,
// and no placeholder is left for a reader or a model to see.
func TestStatedLimitsReachEverySection(t *testing.T) {
	t.Parallel()
	d := design(t, "Design a parking app for 3 garages where drivers can reserve a free spot for up to 20 minutes")
	var all strings.Builder
	for _, s := range d.Sections {
		all.WriteString(s.Markdown)
	}
	for _, f := range d.Requirements.Functional {
		if strings.Contains(f, "{") {
			t.Errorf("requirement keeps a placeholder: %q", f)
		}
	}
	if doc := all.String(); !strings.Contains(doc, "up to 20 minutes") || strings.Contains(doc, "15 minutes") || strings.Contains(doc, "{limit") {
		t.Errorf("the stated 20-minute hold does not replace the usual 15 everywhere")
	}
}
