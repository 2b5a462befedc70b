package offline

import "regexp"

// fillPlaceholders expands the placeholders re finds in requirement lines with words(problem,
// name), name being the placeholder without its braces, when the requirements are made: what a
// model or a follow-up reads then names the statement's own nouns. A placeholder words does not
// know (a figure the renderer fills from the capacity) is left as it is.
func fillPlaceholders(re *regexp.Regexp, problem string, words func(problem, name string) (string, bool)) func([]string) []string {
	return func(lines []string) []string {
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = re.ReplaceAllStringFunc(l, func(m string) string {
				if w, ok := words(problem, m[1:len(m)-1]); ok {
					return w
				}
				return m
			})
		}
		return out
	}
}
