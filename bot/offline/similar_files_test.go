package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// An essay compared against stored documents is uploaded as a file like them: the capacity counts
// its file, not only a 1 KB row beside the documents' 12 KB files.
func TestSimilarItemsCountTheirFiles(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a plagiarism checker for a university: 200,000 essays a term checked against 50M stored documents and the web.")
	got := sec[conversation.CapacityID]
	if !strings.Contains(got, "18 KB of media per essay") || !strings.Contains(got, "≈ 12 KB each") {
		t.Errorf("the essays' files are not counted:\n%s", got)
	}
}
