package eval

import (
	"regexp"
	"sort"
	"strings"
)

// MinSentenceWords is the shortest sentence boilerplate counts: shorter ones ("Hot reads, cache-
// aside with TTLs") recur in any set of designs that use the same part and say little on their own.
const MinSentenceWords = 8

// TopShared is how many of the most widely shared sentences a report lists.
const TopShared = 10

// Boilerplate measures how much of each design reads the same as another design in the run.
type Boilerplate struct {
	// Share is the mean, over pairs of designs, of the sentences both contain divided by the
	// smaller design's sentence count (sentences of MinSentenceWords words or more, normalised).
	Share float64 `json:"share"`
	Pairs int     `json:"pairs"`
	// Top lists the sentences found in the most designs, most widely shared first; Everywhere
	// counts the sentences found in every design (of three or more), which Top may cut short.
	Top        []SharedSentence `json:"top,omitempty"`
	Everywhere int              `json:"everywhere"`
}

// SharedSentence is a normalised sentence and the number of designs that contain it.
type SharedSentence struct {
	Text    string `json:"text"`
	Designs int    `json:"designs"`
}

var (
	digitRun    = regexp.MustCompile(`[0-9]+`)
	tableRule   = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	sentenceEnd = regexp.MustCompile(`[.!?]+(\s+|$)`)
	listMarker  = regexp.MustCompile(`^\s*(?:[-*+•>#]+|\d+[.)])\s+`)
	spaces      = regexp.MustCompile(`\s+`)
)

// Sentences returns the distinct normalised sentences of a Markdown document that boilerplate
// counts: split on line breaks, table cells and sentence-final punctuation, list markers dropped,
// emphasis stars removed, lower-cased, whitespace collapsed and every digit run masked as '#', so "23.1 writes/s" and
// "69.4 writes/s" read the same; fenced code (the diagram) and table rules are skipped.
func Sentences(markdown string) map[string]bool {
	out := map[string]bool{}
	fenced := false
	for _, line := range strings.Split(markdown, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fenced = !fenced
			continue
		}
		if fenced || tableRule.MatchString(trimmed) {
			continue
		}
		for _, cell := range strings.Split(trimmed, "|") {
			for _, s := range splitSentences(cell) {
				if s = normalise(s); len(strings.Fields(s)) >= MinSentenceWords {
					out[s] = true
				}
			}
		}
	}
	return out
}

func splitSentences(text string) []string {
	var out []string
	for {
		loc := sentenceEnd.FindStringIndex(text)
		if loc == nil {
			return append(out, text)
		}
		out = append(out, text[:loc[0]])
		text = text[loc[1]:]
	}
}

func normalise(s string) string {
	s = listMarker.ReplaceAllString(s, "")
	s = strings.ReplaceAll(strings.ToLower(s), "*", "") // emphasis; list stars went with the marker
	s = digitRun.ReplaceAllString(s, "#")
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// measureBoilerplate compares every pair of docs outside the same family (a paraphrase and its
// original design the same problem and may rightly say the same things).
func measureBoilerplate(docs []string, families []string) Boilerplate {
	sets := make([]map[string]bool, len(docs))
	designs := map[string]int{}
	for i, d := range docs {
		sets[i] = Sentences(d)
		for s := range sets[i] {
			designs[s]++
		}
	}
	var b Boilerplate
	sum := 0.0
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			if families[i] == families[j] {
				continue
			}
			b.Pairs++
			sum += pairShare(sets[i], sets[j])
		}
	}
	if b.Pairs > 0 {
		b.Share = sum / float64(b.Pairs)
	}
	b.Top = topShared(designs, TopShared)
	if len(docs) >= 3 {
		for _, k := range designs {
			if k == len(docs) {
				b.Everywhere++
			}
		}
	}
	return b
}

// pairShare is the sentences a and b share over the smaller one's count; 0 if either has none.
func pairShare(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	shared := 0
	for s := range a {
		if b[s] {
			shared++
		}
	}
	return float64(shared) / float64(len(a))
}

func topShared(designs map[string]int, n int) []SharedSentence {
	var out []SharedSentence
	for s, k := range designs {
		if k >= 2 {
			out = append(out, SharedSentence{Text: s, Designs: k})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Designs != out[j].Designs {
			return out[i].Designs > out[j].Designs
		}
		return out[i].Text < out[j].Text
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
