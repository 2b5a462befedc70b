package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A CV or a résumé sent with an application is a file for object storage, accented or not at
// the end of a sentence; a game that resumes after a crash stores nothing of the kind.
func TestResumesAndCVsAreFiles(t *testing.T) {
	p := loadProfile{WritesPerUser: 0.5, ReadsPerUser: 20, RecordBytes: 3000, MediaBytes: 200_000, Write: "application", Read: "job search"}
	tests := []struct {
		statement string
		blob      bool
	}{
		{"job seekers apply with a résumé", true},
		{"candidates send their CV and managers shortlist them", true},
		{"seekers keep several résumés, one per kind of job", true},
		{"applicants attach a curriculum vitae", true},
		{"a word game that resumes after a crash", false},
		{"players take turns and the game resumes where it stopped", false},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		f := firstOf(w.Flows, conversation.FlowWrite)
		if got := f.BlobBytes > 0; got != tc.blob {
			t.Errorf("%q: %s carries %v bytes of media, want media=%v", tc.statement, f.Name, f.BlobBytes, tc.blob)
		}
	}
}
