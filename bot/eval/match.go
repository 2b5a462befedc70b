package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// suffixes are the endings a concept term may carry and still count as named. Case files hold
// stems ("transcod", "idempot", "shard") so that one term covers "transcoding", "idempotency"
// and "sharded"; anything else after the term means a different word ("ack" is not "acknowledge").
var suffixes = map[string]bool{
	"s": true, "es": true, "e": true, "d": true, "ed": true, "ing": true, "er": true, "ers": true,
	"ion": true, "ions": true, "tion": true, "tions": true, "ation": true, "ations": true, "ency": true, "ence": true,
	"ent": true, "ents": true, "ly": true, "al": true, "ity": true,
}

// Mentions reports whether text names term as a word: the term starts at a word boundary and
// ends at one or at an inflection suffix. Both are compared lower-cased. This is what keeps "eta"
// from matching "metadata" and "ack" from matching "stack", which substring matching allowed.
func Mentions(text, term string) bool {
	return mentions(strings.ToLower(text), term)
}

// mentions is Mentions on text that is already lower-cased (Text's output), so scoring a design
// against many groups lowers it once.
func mentions(text, term string) bool {
	term = strings.ToLower(strings.TrimSpace(term))
	if term == "" {
		return false
	}
	if mentionsStem(text, term) {
		return true
	}
	// Spelling changes before a suffix: "retry" → "retries", "cache" → "caching".
	switch last := term[len(term)-1]; {
	case last == 'y' && len(term) > 2:
		return mentionsStem(text, term[:len(term)-1]+"ies") || mentionsStem(text, term[:len(term)-1]+"ied")
	case last == 'e' && len(term) > 2:
		return mentionsStem(text, term[:len(term)-1]+"ing")
	}
	return false
}

func mentionsStem(text, term string) bool {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], term)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(term)
		if boundaryBefore(text, start, term) && endsWord(text, end, term) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		from = start + size
	}
	return false
}

// boundaryBefore: a term that itself starts with punctuation ("/s") needs no boundary.
func boundaryBefore(text string, start int, term string) bool {
	first, _ := utf8.DecodeRuneInString(term)
	if !isWord(first) || start == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:start])
	return !isWord(prev)
}

// endsWord reports whether the word continuing at end is empty or an inflection suffix, allowing
// a doubled final consonant ("map" → "mapping", "ship" → "shipped").
func endsWord(text string, end int, term string) bool {
	last, _ := utf8.DecodeLastRuneInString(term)
	if !isWord(last) {
		return true
	}
	rest := end
	for rest < len(text) {
		r, size := utf8.DecodeRuneInString(text[rest:])
		if !isWord(r) {
			break
		}
		rest += size
	}
	tail := text[end:rest]
	if tail == "" || suffixes[tail] {
		return true
	}
	if len(tail) > 1 && rune(tail[0]) == last && !strings.ContainsRune("aeiou", last) {
		switch tail[1:] {
		case "ing", "ed", "er", "ers":
			return true
		}
	}
	return false
}

// isWord: letters and digits make words; hyphens, slashes, underscores and punctuation separate.
func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// mentionsAny reports whether lower-cased text names any synonym of group.
func mentionsAny(text string, group []string) bool {
	for _, syn := range group {
		if mentions(text, syn) {
			return true
		}
	}
	return false
}
