package offline

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

var (
	mermaidRe   = regexp.MustCompile("(?s)```mermaid.*?```")
	listMarkRe  = regexp.MustCompile(`^([-*]|\d+\.)\s+`)
	sentenceEnd = regexp.MustCompile(`[.!?;]\s+`)
	digitRe     = regexp.MustCompile(`\d`)
)

// sentencesOf splits rendered Markdown into comparable sentences: lines, bullets, table cells and
// sentence punctuation; lower case, digits masked, eight words or more.
func sentencesOf(md string) map[string]bool {
	out := map[string]bool{}
	md = mermaidRe.ReplaceAllString(md, "")
	for _, line := range strings.Split(md, "\n") {
		line = listMarkRe.ReplaceAllString(strings.TrimSpace(strings.TrimLeft(line, "# ")), "")
		for _, c := range strings.Split(line, "|") {
			for _, s := range sentenceEnd.Split(c+" ", -1) {
				s = digitRe.ReplaceAllString(strings.ToLower(strings.TrimSpace(s)), "0")
				if len(strings.Fields(s)) >= 8 {
					out[s] = true
				}
			}
		}
	}
	return out
}

// designSentences designs each statement and returns its sentences, the capacity section left
// out: it is the engine's own table and arithmetic, alike by construction.
func designSentences(t *testing.T, statements []string) []map[string]bool {
	t.Helper()
	var docs []map[string]bool
	for _, s := range statements {
		_, sec := renderAll(t, s)
		var b strings.Builder
		for _, id := range conversation.SectionOrder {
			if id != conversation.CapacityID {
				b.WriteString(sec[id] + "\n")
			}
		}
		docs = append(docs, sentencesOf(b.String()))
	}
	return docs
}

// TestBoilerplateShare keeps designs of unrelated problems from reading alike: over pairs of
// designs, the share of the smaller one's sentences that the other has too. The capacity
// section is the engine's own table and arithmetic, and is left out.
func TestBoilerplateShare(t *testing.T) {
	t.Parallel()
	statements := consistencyStatements[:16]
	docs := designSentences(t, statements)
	count := map[string]int{}
	sum, pairs := 0.0, 0
	for i := range docs {
		for s := range docs[i] {
			count[s]++
		}
		for j := i + 1; j < len(docs); j++ {
			shared := 0
			for s := range docs[i] {
				if docs[j][s] {
					shared++
				}
			}
			sum += float64(shared) / float64(max(1, min(len(docs[i]), len(docs[j]))))
			pairs++
		}
	}
	share := sum / float64(pairs)
	var common []string
	for s, n := range count {
		if n > len(docs)/2 {
			common = append(common, s)
		}
	}
	sort.Strings(common)
	t.Logf("mean shared share %.3f over %d designs; sentences in more than half: %d\n%s", share, len(docs), len(common), strings.Join(common, "\n"))
	if share > 0.2 {
		t.Errorf("designs share %.2f of their sentences on average, want ≤ 0.20", share)
	}
}

// TestRatesAndTrailsNameTheirOwnData keeps the lines that quote the capacity model, and the
// audit trail's, from reading the same in two designs once digits are masked: the throughput
// requirement, the scale at a glance, the storage line and the trail's lines name the design's
// own writes, reads and records.
func TestRatesAndTrailsNameTheirOwnData(t *testing.T) {
	t.Parallel()
	cases := []struct {
		statement string
		want      []string
	}{
		{"A marina berth booking site: 60 marinas, 90k berth bookings a year, skippers search free berths by date and boat length, full audit trail of every change",
			[]string{"berth", "reservation"}},
		{"A land registry for a small country: clerks record 50k title transfers a year, citizens look up parcels online, and every change needs a tamper-evident audit log",
			[]string{"title", "parcel"}},
	}
	var lines [2][]string
	for i, tc := range cases {
		_, sec := renderAll(t, tc.statement)
		all := sec[conversation.Overview] + "\n" + sec[conversation.Requirements] + "\n" + sec[conversation.DataFlow] + "\n" + sec[conversation.Security] + "\n" + sec[conversation.Tradeoffs]
		for _, line := range strings.Split(all, "\n") {
			for _, p := range []string{"Throughput: sustain", "Scale at a glance", "Storage: about", "is recorded in an audit trail", "commits the change to", "The audit trail of"} {
				if strings.Contains(line, p) {
					lines[i] = append(lines[i], line)
					low := strings.ToLower(line)
					if !slices.ContainsFunc(tc.want, func(w string) bool { return strings.Contains(low, w) }) {
						t.Errorf("%q: line names none of %v: %s", tc.statement, tc.want, line)
					}
				}
			}
		}
		if len(lines[i]) < 6 {
			t.Errorf("%q: found only %d of the lines:\n%s", tc.statement, len(lines[i]), strings.Join(lines[i], "\n"))
		}
	}
	for _, a := range lines[0] {
		for _, b := range lines[1] {
			if digitRe.ReplaceAllString(a, "0") == digitRe.ReplaceAllString(b, "0") {
				t.Errorf("both designs say: %s", a)
			}
		}
	}
}
