package bot

import (
	"github.com/archbot/archbot/conversation"
	"strings"
	"testing"
)

// The questions ask only about what the request leaves out, two or three of them, and say how
// to go on.
func TestClarifyingQuestionsAskWhatIsMissing(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      []string // question headings, in order
	}{
		{"make it scale", []string{"What does it do", "How big?", "What matters most?"}},
		{"build a backend", []string{"What does it do", "How big?", "What matters most?"}},
		{"Design a platform for 10M users", []string{"What does it do", "What matters most?", "Anything fixed?"}},
		{"a fast backend on AWS for 1M users", []string{"What does it do", "Who calls it?"}},
		{"a fast mobile backend on AWS for 1M users", []string{"What does it do"}},
	} {
		q := clarifyingQuestions(tc.statement)
		var got []string
		for _, line := range strings.Split(q, "\n") {
			if head, ok := strings.CutPrefix(line, "1. **"); ok {
				got = append(got, head)
			}
			for _, n := range []string{"2. **", "3. **", "4. **"} {
				if head, ok := strings.CutPrefix(line, n); ok {
					got = append(got, head)
				}
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: asked %d questions %q, want %q", tc.statement, len(got), got, tc.want)
			continue
		}
		for i, w := range tc.want {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("%q: question %d = %q, want it to start %q", tc.statement, i+1, got[i], w)
			}
		}
		if !strings.HasSuffix(q, "Answer in this thread, or say `just assume` and I'll pick sensible defaults and write them down.") {
			t.Errorf("%q: questions end %q, want how to proceed", tc.statement, q[max(0, len(q)-80):])
		}
	}
}

func TestReadAnswer(t *testing.T) {
	for _, tc := range []struct {
		text string
		want answerKind
	}{
		{"just assume", answerGoAhead},
		{"Just assume.", answerGoAhead},
		{"go ahead", answerGoAhead},
		{"ok, go ahead and design it", answerGoAhead},
		{"use your judgement", answerGoAhead},
		{"Use your judgment please", answerGoAhead},
		{"I don't know, you decide", answerGoAhead},
		{"no idea, pick sensible defaults", answerGoAhead},
		{"ok", answerGoAhead},
		{"yes please", answerGoAhead},
		{"it's up to you", answerGoAhead},
		{"Sounds good, thanks!", answerGoAhead},
		{"a marketplace where people sell used bikes", answerGiven},
		{"about 10k users", answerGiven},
		{"go ahead, it's a photo sharing app", answerGiven},
		{"latency matters most, we run on GCP", answerGiven},
		{"what do you mean?", answerUnclear},
		{"hmm", answerUnclear},
	} {
		if got := readAnswer(tc.text); got != tc.want {
			t.Errorf("readAnswer(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// What a clarified design assumed goes first into the lists a reader looks in, for the gaps the
// request and its answer left open, and nothing is changed for a request without gaps.
func TestWithAssumptions(t *testing.T) {
	req := withAssumptions(readSet(), assumed("a photo sharing app"))
	if len(req.Functional) != 1 || req.Functional[0] != "upload photos" {
		t.Errorf("functional = %q, want it untouched: the answer said what the system does", req.Functional)
	}
	if len(req.Workload.Notes) != 2 || !strings.Contains(req.Workload.Notes[0], "no figures were given") {
		t.Errorf("scale notes = %q, want the load assumption first", req.Workload.Notes)
	}
	if len(req.NonFunctional) != 3 || !strings.Contains(req.NonFunctional[0], "no priority") || !strings.Contains(req.NonFunctional[1], "no stack") {
		t.Errorf("non-functional = %q, want the priority and stack assumptions first", req.NonFunctional)
	}
	req = withAssumptions(readSet(), assumed("make it scale"))
	if !strings.Contains(req.Functional[0], "did not say what the system does") {
		t.Errorf("functional = %q, want what was assumed it does first", req.Functional)
	}
	if g := assumed("a photo sharing app for 1M users on AWS, latency first, web and mobile"); len(g) != 0 {
		t.Errorf("assumed %q for a request that says everything, want nothing", g)
	}
	if req := withAssumptions(readSet(), nil); len(req.Functional) != 1 || len(req.NonFunctional) != 1 || len(req.Workload.Notes) != 1 {
		t.Errorf("without gaps: %+v, want the set as it was", req)
	}
}

func readSet() conversation.RequirementSet {
	return conversation.RequirementSet{Functional: []string{"upload photos"}, NonFunctional: []string{"p99 under 200 ms"},
		Workload: conversation.Workload{Notes: []string{"1M DAU: stated"}}}
}
