package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

// TestExamSittingDesign: a statement that describes an exam by its parts (students sitting exams
// in one window, autosave, a hard deadline) gets the exam archetype, and the design carries what
// makes a sitting fair: the browser's queue of saves replayed in order, saves versioned by
// sequence and kept as history, the server's clock with per-candidate extra time, and proctoring
// only when the statement names it.
func TestExamSittingDesign(t *testing.T) {
	t.Parallel()
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
		{
			// Answers and submissions are what students give, not people with accounts.
			prompt:   "Design an exam platform for a university: 30,000 students sit exams in the same two-hour window, answers autosave every 20 seconds and submissions close at a hard deadline.",
			mentions: common,
			absent:   []string{"students, answers", "answers and submissions use"},
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
	t.Parallel()
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

// TestExamSavesOnlyDuringSitting: autosaves every 20 s by 30,000 students are 1,500 writes a
// second inside the stated two-hour window, which comes twice a year: sized at that peak,
// averaged over the year, and kept as history rather than replacing the last save.
func TestExamSavesOnlyDuringSitting(t *testing.T) {
	t.Parallel()
	prompts := []string{
		"A university exam service: 30,000 students sit exams in the same two-hour window twice a year, and answers autosave every 20 seconds until a hard deadline.",
		"Our exam platform has 30,000 candidates who sit a paper within a 2-hour window three times a year; each response is autosaved every 20 seconds.",
	}
	for _, prompt := range prompts {
		d := design(t, prompt)
		var found bool
		for _, f := range d.Capacity.Flows {
			if f.Kind != conversation.FlowWrite || f.PeakPerSec < 100 {
				continue // the saves are the one write counted in thousands a second
			}
			found = true
			if f.PeakPerSec < 1499 || f.PeakPerSec > 1501 {
				t.Errorf("%q: %s peak=%v/s, want 1500/s inside the sitting", prompt, f.Name, f.PeakPerSec)
			}
			if f.PerSec > 10 {
				t.Errorf("%q: %s average=%v/s, want the sittings' share of the year, far below the peak", prompt, f.Name, f.PerSec)
			}
			if f.StoredPerMon == 0 {
				t.Errorf("%q: %s stores nothing, want each save kept", prompt, f.Name)
			}
		}
		if !found {
			t.Errorf("%q: no autosave flow in %+v", prompt, d.Capacity.Flows)
		}
		// Everyone opens the paper in the first minute: 30,000 ÷ 60 s.
		if got := d.Capacity.PeakReadQPS; got < 499 || got > 501 {
			t.Errorf("%q: peak reads=%v/s, want the 500/s of 30,000 papers opened in the first minute", prompt, got)
		}
		if text := eval.Text(d); strings.Contains(text, "no history kept") {
			t.Errorf("%q: says autosaves keep no history, beside the AnswerSave history", prompt)
		}
	}
}
