package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestExamSittingDesign: a statement that describes an exam by its parts (students sitting exams
// in one window, autosave, a hard deadline) gets the exam archetype, and the design carries what
// makes a sitting fair: the browser's queue of saves replayed in order, saves versioned by
// sequence and kept as history, the server's clock with per-candidate extra time, and proctoring
// only when the statement names it.
func TestExamSittingDesign(t *testing.T) {
	common := []string{"online exam platform", "indexeddb", "client_seq", "replayed", "last contact", "extra time", "accommodation", "answersave", "enforced by the server"}
	tests := []struct {
		prompt           string
		mentions, absent []string
	}{
		{
			prompt:   "Build the system a medical licensing board uses: 12,000 candidates take the same four-hour assessment simultaneously from home under webcam proctoring, responses are saved every 15 seconds, and the paper must lock at the end time for everyone.",
			mentions: append([]string{"proctoring service", "what is recorded", "appeal window"}, common...),
			absent:   []string{"ios, android", "out of scope\n- proctoring"},
		},
		{
			prompt:   "Our college needs a platform where 4,000 students sit their finals in one exam window; work autosaves every 30 seconds, a laptop that drops off the network must lose nothing, and late submissions are refused.",
			mentions: common,
			absent:   []string{"proctoring service", "ios, android"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			checkMentions(t, strings.ToLower(eval.Text(d)), tc.mentions, tc.absent)
			checkComponents(t, d)
		})
	}
}

// TestExamSittingAtOnce: candidates said to sit "at the same time" or "simultaneously" are the
// sitting an exam is sized for, not a cap beside a million assumed users.
func TestExamSittingAtOnce(t *testing.T) {
	for _, prompt := range []string{
		"12,000 candidates sit the same four-hour assessment at the same time, with answers autosaved and a hard deadline",
		"An online exam platform where 12,000 candidates take the paper simultaneously",
	} {
		d := design(t, prompt)
		if got := d.Requirements.Workload.DAU; got != 12000 {
			t.Errorf("%q: DAU=%v, want the 12000 sitting", prompt, got)
		}
	}
}
