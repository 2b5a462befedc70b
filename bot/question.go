package bot

import "strings"

// A follow-up that is plainly a question about the design ("How do you handle a cache
// stampede?", "Why Cassandra for photos?") needs no model call to say so: it goes straight to
// the answer, one model round trip instead of two, which halves the wait on a model that takes
// seconds a call. Anything that might ask for a change ("what if we need multi-region?", "can you
// switch to Kafka?", "why not DynamoDB?") still goes to Interpret, which may change the design
// or push back; an answer to a question never changes it.

// questionWords open a question that asks about the design as it is.
var questionWords = map[string]bool{"how": true, "why": true, "what": true, "which": true, "where": true, "when": true,
	"who": true, "what's": true, "how's": true, "where's": true, "when's": true, "who's": true, "does": true, "do": true, "is": true, "are": true, "did": true, "was": true, "were": true}

// suggestionOpenings are question forms that propose something, which may be a change.
var suggestionOpenings = []string{"what if", "what about", "how about", "why not", "why don't", "why dont", "why wouldn't",
	"is it better", "are we sure", "do we need", "do we really", "does it need", "what would happen if we", "how would it change"}

// changeWords, anywhere in a question, say it weighs another choice, which Interpret judges.
var changeWords = []string{" instead", " switch", " replace", " swap", " migrate", " move to", " rather use", " add ", " remove ", " drop ",
	" use ", " change "}

// plainQuestion reports whether text is a question about the design as it is, to be answered
// without first asking the model what it is.
func plainQuestion(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	if !strings.HasSuffix(t, "?") || strings.Count(t, "?") > 1 || strings.Contains(t, "\n") {
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	if !questionWords[strings.Trim(first, ",.:;!'\"")] {
		return false
	}
	for _, s := range suggestionOpenings {
		if strings.HasPrefix(t, s) {
			return false
		}
	}
	padded := " " + strings.TrimSuffix(t, "?") + " "
	for _, w := range changeWords {
		if strings.Contains(padded, w) {
			return false
		}
	}
	return true
}
