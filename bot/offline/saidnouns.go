package offline

import (
	"regexp"
	"strings"
)

// saidNoun is one of a placeholder's words, said when the statement matches.
type saidNoun struct {
	said *regexp.Regexp
	noun string
}

// saidNouns renders a pattern's noun placeholders ({ge_pass}, {pk_units}) in the statement's
// own words: the first of a placeholder's nouns the statement says, else its plain word; a name
// with an s (or es) after a placeholder's is its plural.
type saidNouns struct {
	plain map[string]string     // each placeholder's word for a statement that says none of the others
	nouns map[string][]saidNoun // each placeholder's words, first match wins
}

func (s saidNouns) word(problem, name string) (string, bool) {
	base, plural := name, false
	if _, ok := s.plain[name]; !ok {
		base, plural = strings.TrimSuffix(name, "s"), true
		if _, ok := s.plain[base]; !ok {
			base = strings.TrimSuffix(name, "es") // {ge_passes}
		}
		if _, ok := s.plain[base]; !ok {
			return "", false
		}
	}
	noun := s.plain[base]
	low := strings.ToLower(problem)
	for _, n := range s.nouns[base] {
		if n.said.MatchString(low) {
			noun = n.noun
			break
		}
	}
	if plural {
		return pluralNoun(noun), true
	}
	return noun, true
}

// withIndefinite puts "a" or "an" before a placeholder's noun ({ge_a_gate}: "a lift gate", "an
// entrance").
func withIndefinite(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

// render is the word for a placeholder's name after its prefix: "a_" asks for it with its
// article, a capital first letter for it capitalised ({fv_a_Tech} → "A technician").
// placeholder renders the placeholder name ("sb_box", "fv_Tech") when it carries prefix, and
// reports whether it is one of s's.
func (s saidNouns) placeholder(problem, prefix, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || rest == "" {
		return "", false
	}
	return s.render(problem, prefix, rest)
}

func (s saidNouns) render(problem, prefix, rest string) (string, bool) {
	indefinite := false
	if r, ok := strings.CutPrefix(rest, "a_"); ok {
		rest, indefinite = r, true
	}
	if rest == "" {
		return "", false
	}
	capital := rest[0] >= 'A' && rest[0] <= 'Z'
	w, ok := s.word(problem, prefix+strings.ToLower(rest[:1])+rest[1:])
	if !ok {
		return "", false
	}
	if indefinite {
		w = withIndefinite(w)
	}
	if capital {
		w = upperFirst(w)
	}
	return w, true
}
