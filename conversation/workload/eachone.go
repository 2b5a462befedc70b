package workload

import (
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// eachOne reads something done to each of the items just counted, said with no number of its
// own: "teachers leave comments on each one", "a reviewer adds tags to each of them", "editors
// write a short review for every one". It is one for each item, counted per event of the flow
// that makes them.
func (r *reader) eachOne() {
	for si, toks := range r.sents {
		for j := 2; j+1 < len(toks); j++ {
			if !eachOneAt(toks, j) || !within(toks, j-1, j, "on", "to", "for", "about", "under", "with") {
				continue
			}
			noun := toks[j-2]
			if !isWordNoun(noun) || stopWords[noun] || !strings.HasSuffix(noun, "s") && !singleBefore(toks, j-2) {
				continue
			}
			i := r.flowOfItems(si, j)
			if i < 0 {
				continue
			}
			f := conversation.Flow{Name: singular(noun), Kind: conversation.FlowWrite, Count: 1, PerSeconds: 1, ItemsOf: r.out.Flows[i].Name,
				Source: conversation.Stated, From: strings.Join(toks[max(j-3, 0):j+2], " ")}
			if readVerbs[word(toks, j-3)] {
				f.Kind = conversation.FlowRead
			}
			f = uniqueName(r.out.Flows, f)
			r.out.Flows = append(r.out.Flows, f)
			r.note("%s: one for each %s: stated", f.Name, r.out.Flows[i].Name)
		}
	}
}

// eachOneAt reports "each one", "every one", "each of them" at toks[j:].
func eachOneAt(toks []string, j int) bool {
	w, next := toks[j], word(toks, j+1)
	return (w == "each" || w == "every") && next == "one" || w == "each" && next == "of" && within(toks, j+2, j+3, "them", "those", "these")
}

// singleBefore reports a noun said once with its article: "write a short review", "leave a note".
func singleBefore(toks []string, k int) bool {
	return within(toks, k-2, k, "a", "an")
}

// flowOfItems is the index of the flow that makes the items counted last before toks[j] of
// sentence si, looked for in that sentence and then the one before it, or -1.
func (r *reader) flowOfItems(si, j int) int {
	for s := si; s >= max(si-1, 0); s-- {
		pos := j
		if s < si {
			pos = len(r.sents[s]) // the sentence before: any count in it
		}
		noun := r.itemsBefore(s, pos, true)
		if noun == "" {
			continue
		}
		if i := slices.IndexFunc(r.out.Flows, func(f conversation.Flow) bool {
			return f.ItemsOf == "" && slices.Contains(strings.Fields(f.Name), noun)
		}); i >= 0 {
			return i
		}
	}
	return -1
}
