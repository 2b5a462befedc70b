package offline

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// How each kind of content is fingerprinted, looked up and verified: the check's flow, the hard
// parts, the capacity reading and the choices against the alternatives. Figures of the capacity
// model are placeholders ({peak_times:667} is 667 times the peak write rate), so they follow the
// design's own numbers.

// checkFlow is the check of one item, from the log to the index.
func (s similarity) checkFlow(fp fingerprinting) flow {
	heads, items := pluralNoun(s.head), pluralNoun(s.item)
	var steps []string
	switch s.kind {
	case nearDups:
		steps = []string{
			fmt.Sprintf("{c:simworker} take each new %s from {c:queue}, normalise its text (case, punctuation, stop words) and cut it into word 3-grams.", s.item),
			"100 MinHash values of the 3-grams make its signature; in 20 bands of 5 values, each band hashes to a bucket key.",
			fmt.Sprintf("The 20 buckets are read from {c:lshindex} in one round trip; every %s sharing one is a candidate, and its similarity is estimated from the two signatures (the share of equal values).", s.head),
			fmt.Sprintf("Candidates estimated at 0.8 or more are compared on their full text; the closest are written as matches in {c:appdb} and the %s becomes duplicate, otherwise accepted.", s.item),
		}
	case images:
		steps = []string{
			fmt.Sprintf("{c:simworker} take each new %s from {c:queue}, fetch the file from {c:objstore} and compute its 64-bit pHash and its 256-bit PDQ hash.", s.item),
			fmt.Sprintf("The pHash is cut into four 16-bit bands; {c:phashindex} returns the %s sharing any band exactly, and those within 3 bits of the whole pHash are the candidates.", heads),
			fmt.Sprintf("Their PDQ hashes confirm a match (within 31 of 256 bits); a confirmed one is written as a match in {c:appdb} and the %s becomes duplicate, otherwise accepted.", s.item),
		}
	default:
		steps = []string{
			fmt.Sprintf("{c:simworker} take each new %s from {c:queue} (keyed by %s_id) and fetch it from {c:objstore}.", s.item, slug(s.item, "_")),
			s.shingling(),
			fmt.Sprintf("One batched read of {c:fpindex} returns the %s holding each fingerprint; fingerprints held by more than 1,000 %s are skipped, and the 20 sharing the most are the candidates.", heads, heads),
			fmt.Sprintf("Each candidate is read from {c:objstore} and aligned with the %s around the shared fingerprints, each matched %s extended to its full length.", s.item, s.unit()),
			fmt.Sprintf("The %s and its matches are written to {c:appdb} in one transaction keyed by %s_id, so a redelivered job rewrites the same %s, and the %s becomes checked.", fp.result, slug(s.item, "_"), fp.result, s.item),
		}
	}
	if s.web {
		// Before the result is written, so the web's matches are in the same report.
		steps = slices.Insert(steps, len(steps)-1, fmt.Sprintf("For the web, they send the %s's ten most distinctive %s (those whose fingerprints the index holds least often) to {c:websearchapi} as exact-phrase queries, fetch the top pages found, and align them with the %s like candidates, each match kept with the page's address and the day it was fetched.", s.item, s.queries(), s.item))
	}
	steps = append(steps, fmt.Sprintf("Only then are the %s's %s added to {c:%s}: later %s are compared against it, and it never matches itself.", s.item, fp.keys, fp.index, items))
	return flow{Name: fmt.Sprintf("Check %s against the %s", withArticle(s.item), s.corpus), Steps: steps}
}

// queries are what a check searches the web for: a text's sentences, a program's lines.
func (s similarity) queries() string {
	if s.kind == code {
		return "lines of code"
	}
	return "sentences"
}

// unit is what a match between two long items is made of: passages of text, fragments of code.
func (s similarity) unit() string {
	if s.kind == code {
		return "fragment"
	}
	return "passage"
}

// shingling says how a text or a program becomes fingerprints.
func (s similarity) shingling() string {
	if s.kind == code {
		return "They tokenise it with its language's lexer (identifiers and literals become placeholders, comments go), hash every 12 tokens in a row to 64 bits and keep by winnowing the smallest of every 8, with its offset."
	}
	return "They normalise the text (case and punctuation folded, quotations and the reference list removed), hash every word 5-gram to 64 bits and keep by winnowing the smallest of every 8 in a row, with its offset."
}

// dives are the crux's hard parts: the mechanism that avoids comparing pairs, and keeping what
// is merely shared from being called a copy.
func (s similarity) dives(fp fingerprinting) []deepDive {
	how := map[contentKind]string{passages: "fingerprints", code: "normalised fingerprints", nearDups: "MinHash buckets", images: "perceptual hashes"}[s.kind]
	return []deepDive{
		{Title: fmt.Sprintf("Comparing each %s against the %s: %s, not pairs", s.item, s.counted(), how), Weight: 10,
			Body: s.pairwise() + " " + s.mechanism(fp) + " " + s.lookups(fp)},
		s.falseMatches(),
	}
}

// counted is the collection with its count, as the statement gives it.
func (s similarity) counted() string {
	if s.size > 0 {
		return conversation.Human(s.size) + " " + s.corpus
	}
	return s.corpus
}

// pairwise says why the obvious design cannot work, with the statement's figures.
func (s similarity) pairwise() string {
	if s.size > 0 {
		return fmt.Sprintf("Comparing %s with each of the %s %s in turn is %s comparisons per %s, {peak_times:%s}/s at the peak, each reading a whole %s: no fleet does that, and it grows with every %s kept.",
			article(s.item), conversation.Human(s.size), s.corpus, conversation.Human(s.size), s.item, num(s.size), s.head, s.item)
	}
	return fmt.Sprintf("Comparing %s with each of the %s in turn grows with every %s kept: after a year at today's rate it is {year_times:1} comparisons for each new one, each reading a whole %s.",
		article(s.item), s.corpus, s.item, s.head)
}

// mechanism says how one item becomes the keys its check looks up.
func (s similarity) mechanism(fp fingerprinting) string {
	switch s.kind {
	case code:
		return fmt.Sprintf("Each %s is tokenised by its language's lexer; identifiers and literals become placeholders and comments and layout go, so renaming variables or reformatting changes nothing. Every 12 tokens in a row are hashed to 64 bits and winnowing keeps the smallest of every 8 (the scheme MOSS uses): ≈ %s fingerprints for a 300-line %s, and any shared run of 19 tokens or more shares at least one.",
			s.head, conversation.Human(fp.lookups), s.head)
	case nearDups:
		return fmt.Sprintf("Each %s's text is normalised and cut into word 3-grams; 100 MinHash values (the smallest hash of its 3-grams under each of 100 hash functions) estimate how alike two are (their Jaccard similarity) without their text. Locality-sensitive hashing groups the values in 20 bands of 5: two %s 80%% alike share some band's bucket with near certainty (99.96%%), two 30%% alike about 5%% of the time.",
			s.head, pluralNoun(s.head))
	case images:
		video := ""
		if lastWord(s.head) == "video" || lastWord(s.head) == "clip" {
			video = " A video is hashed at one keyframe a second, and a match is a run of matching keyframes."
		}
		return fmt.Sprintf("A hash of the file catches only byte-identical copies, and a re-upload is usually resized, recompressed or lightly edited. Each %s is reduced to a 64-bit perceptual hash (pHash: the signs of the lowest frequencies of a DCT of a 32×32 greyscale copy), which moves only a few bits under those changes; two hashes within 3 bits agree exactly on at least one of their four 16-bit bands, so finding them is four exact lookups.%s",
			s.head, video)
	}
	words := cmp.Or(textWords[s.head], 2000)
	return fmt.Sprintf("Each %s is reduced once to fingerprints: its normalised text is cut into word 5-grams, each hashed to 64 bits, and winnowing keeps the smallest hash of every 8 in a row with its offset, about 2 in 9: ≈ %s for a %s-word %s. Winnowing guarantees that a passage of 12 words or more shared with an earlier %s shares at least one fingerprint, while each text keeps only a few.",
		s.head, conversation.Human(fp.lookups), grouped(words), s.head, s.head)
}

// grouped writes a count of words as people do: 3,000.
func grouped(v float64) string {
	d := strconv.Itoa(int(math.Round(v)))
	for i := len(d) - 3; i > 0; i -= 3 {
		d = d[:i] + "," + d[i:]
	}
	return d
}

// lookups sizes the index from the collection and says what one check reads.
func (s similarity) lookups(fp fingerprinting) string {
	size := fmt.Sprintf("The {c:%s} grows by %s with every %s checked, {year_bytes:%s} a year at today's rate", fp.index, conversation.Bytes(fp.bytes), s.item, num(fp.bytes))
	if s.size > 0 {
		total := s.size * fp.bytes
		size = fmt.Sprintf("The {c:%s} holds %s × %s ≈ %s (%s with 3 replicas)", fp.index, conversation.Human(s.size), conversation.Bytes(fp.bytes), conversation.Bytes(total), conversation.Bytes(3*total))
	}
	verify := "and only the 20 that share the most are verified in full"
	if s.kind == nearDups || s.kind == images {
		verify = "and only the few candidates are verified"
	}
	return fmt.Sprintf("%s; a check reads its ≈ %s %s in one batched request ({peak_times:%s}/s at the peak) %s.",
		size, conversation.Human(fp.lookups), fp.keys, num(fp.lookups), verify)
}

// falseMatches keeps what is merely shared from being called a copy.
func (s similarity) falseMatches() deepDive {
	heads := pluralNoun(s.head)
	switch s.kind {
	case code:
		return deepDive{Title: "Shared is not copied: starter code, boilerplate and idioms", Weight: 8, Body: fmt.Sprintf(
			"The starter code handed out is fingerprinted once and subtracted from every %s; fingerprints held by more than 1,000 %s (imports, standard idioms, generated code) are ignored at lookup. Only runs of 19 tokens or more are reported, grouped by %s with the share of the %s they cover, and a person compares the two side by side before anyone is told.",
			s.item, heads, s.head, s.item)}
	case nearDups:
		return deepDive{Title: fmt.Sprintf("A repeat, not a neighbour: thresholds for %s", heads), Weight: 8, Body: fmt.Sprintf(
			"%s of one kind share much of their wording (the same model, the same template), so an estimate of 0.8 only makes a candidate: the full texts are compared, and what differs (numbers, places, who sent it) decides between a repeat and a neighbour. A likely duplicate is shown with the earlier %s beside it and what a person decides is kept on the match, which tunes the threshold. MinHash finds reworded copies, not the same thing told in other words: where that matters, an embedding index is a second, slower signal.",
			upperFirst(heads), s.head)}
	case images:
		return deepDive{Title: "A re-upload, not a similar picture: thresholds", Weight: 8, Body: fmt.Sprintf(
			"Two photos of one scene can sit a few bits apart, so a band match is only a candidate: the 256-bit PDQ hashes must agree within 31 bits before %s is called a re-upload, and anything in between is held for a person rather than refused. Crops, mirror images and rotations move a global hash far: the centre crop and the mirror image are hashed as well where those matter. What people decide on held matches is kept and tunes the thresholds.",
			article(s.item))}
	}
	return deepDive{Title: "Shared is not copied: common phrases, quotations and set texts", Weight: 8, Body: fmt.Sprintf(
		"Fingerprints held by more than 1,000 %s (stock phrases, set questions, famous quotations) are ignored at lookup, so they never make a candidate; quoted passages and the reference list are removed before fingerprinting, and text every %s shares (a template, the set question, standing instructions) is fingerprinted once and subtracted. %s is reported only where a passage of 12 words or more matches, with the share of its text covered: the report is evidence a person judges, each passage beside its source, never a verdict the system gives.",
		heads, s.item, upperFirst(article(s.item)))}
}

// comparedRate is how many items to compare arrive a second, at the peak or on average: the
// write flow that sends them, else every write.
func (r *renderer) comparedRate(peak bool) float64 {
	c := r.capa
	if s, ok := similarOf(r.g.Problem); ok {
		for _, f := range c.Flows {
			if f.Kind == conversation.FlowWrite && slices.Contains(strings.Fields(f.Name), lastWord(s.item)) {
				return map[bool]float64{true: f.PeakPerSec, false: f.PerSec}[peak]
			}
		}
	}
	return map[bool]float64{true: c.PeakWriteQPS, false: c.WriteQPS}[peak]
}

// capacityNote reads the capacity figures for the crux: the collection sizes the index, not the
// request rate.
func (s similarity) capacityNote(fp fingerprinting) string {
	if s.size == 0 {
		return fmt.Sprintf("The %s size the {c:%s}, not the request rate: it grows by %s with every %s, {year_bytes:%s} a year at today's rate, and a check reads ≈ %s %s ({peak_times:%s}/s at the peak) however large it grows.",
			s.corpus, fp.index, conversation.Bytes(fp.bytes), s.item, num(fp.bytes), conversation.Human(fp.lookups), fp.keys, num(fp.lookups))
	}
	total := s.size * fp.bytes
	return fmt.Sprintf("The %s %s size the {c:%s}, not the request rate: %s × %s ≈ %s, %s with 3 replicas%s. A check reads ≈ %s %s ({peak_times:%s}/s at the peak) instead of %s %s ({peak_times:%s}/s).",
		conversation.Human(s.size), s.corpus, fp.index, conversation.Human(s.size), conversation.Bytes(fp.bytes), conversation.Bytes(total), conversation.Bytes(3*total), s.texts(),
		conversation.Human(fp.lookups), fp.keys, num(fp.lookups), conversation.Human(s.size), pluralNoun(s.head), num(s.size))
}

// texts sizes what candidates are verified against, kept once in object storage: ≈ 6 B a word of
// text, ≈ 20 KB a program, ≈ 2 MB an image.
func (s similarity) texts() string {
	per := s.fileBytes(s.head)
	if per == 0 {
		return "" // short texts are verified from the rows themselves
	}
	return fmt.Sprintf("; their files in {c:objstore} are %s more (≈ %s each)", conversation.Bytes(s.size*per), conversation.Bytes(per))
}

// fileBytes is the size of one file of noun's kind as kept in object storage, 0 for short texts
// kept in their rows.
func (s similarity) fileBytes(noun string) float64 {
	return map[contentKind]float64{passages: 6 * cmp.Or(textWords[noun], 2000), code: 20e3, images: 2e6}[s.kind]
}

// tradeoffs are the crux's choices against what a first design would try.
func (s similarity) tradeoffs() []tradeoff {
	heads := pluralNoun(s.head)
	per := "grows with every " + s.item + " kept"
	if s.size > 0 {
		per = fmt.Sprintf("is %s comparisons per %s", conversation.Human(s.size), s.item)
	}
	t := tradeoff{Decision: fmt.Sprintf("Winnowed word 5-gram fingerprints in an index of the %s", s.corpus), Rejected: fmt.Sprintf("comparing with each %s, or embeddings in a vector index", s.head),
		Why: fmt.Sprintf("comparing pairs %s; embeddings find %s on the same topic, not copied passages, and cannot say which passage came from where", per, heads)}
	switch s.kind {
	case code:
		t = tradeoff{Decision: "Normalised token fingerprints (winnowing, as MOSS does)", Rejected: fmt.Sprintf("a text diff against each %s, or comparing syntax trees", s.head),
			Why: fmt.Sprintf("a diff misses renamed identifiers and compares pairs, which %s; syntax trees catch more reordering but need a parser per language and cost far more per pair", per)}
	case nearDups:
		t = tradeoff{Decision: "MinHash signatures in LSH buckets", Rejected: "an exact hash of the text, or embeddings in a vector index",
			Why: fmt.Sprintf("an exact hash misses any edit; embeddings also match %s that are merely about the same thing and cost a model call per %s; MinHash catches repeats with small edits in 20 lookups", heads, s.item)}
	case images:
		t = tradeoff{Decision: "Perceptual hashes (pHash, confirmed with PDQ) in band tables", Rejected: "a hash of the file, or image embeddings",
			Why: "a file hash misses any resize or recompression; embeddings match pictures of the same subject rather than copies, and need a GPU per check"}
	}
	async := tradeoff{Decision: fmt.Sprintf("Check each %s in the background", s.item), Rejected: fmt.Sprintf("check while the %s is sent", s.item),
		Why: fmt.Sprintf("a check reads its %s and verifies candidates in full: at the peak that takes longer than anyone should wait to know their %s arrived, and a burst queues instead of being refused", s.fingerprint().keys, s.item)}
	return []tradeoff{t, async}
}
