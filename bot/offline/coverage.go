package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// designedSections are where a design answers what the statement asks: the requirements only
// repeat it, and the capacity section counts it.
var designedSections = []conversation.SectionID{conversation.Architecture, conversation.DataFlow, conversation.API,
	conversation.DataModel, conversation.UI, conversation.DeepDive, conversation.Scalability}

// uncovered lists what the statement asks for that no designed section names: its words that
// carry meaning ("holds", "licences", "plate recognition"), run together into the phrases they
// stand in. A design that leaves one out says so in its self-review instead of claiming to have
// checked everything.
func (r *renderer) uncovered(sections map[conversation.SectionID]string) []string {
	var body strings.Builder
	for _, id := range designedSections {
		body.WriteString(strings.ToLower(sections[id]))
		body.WriteString("\n")
	}
	text := body.String()
	title := strings.ToLower(r.g.Title)
	var out, run []string
	flush := func() {
		if len(run) > 0 && !slices.Contains(out, strings.Join(run, " ")) {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for _, t := range readTokens(r.g.Problem) {
		// "our college's registration" names the college.
		t.lower = strings.TrimSuffix(t.lower, "'s")
		if !asked(t) || strings.Contains(title, t.lower) {
			flush()
			continue
		}
		// Photos, clips and files are designed as media when the design has a media path.
		media := slices.Contains(mediaWords, singularNoun(t.lower)) && strings.Contains(text, "media")
		synonym := slices.ContainsFunc(synonyms[singularNoun(t.lower)], func(w string) bool { return namesPhrase(text, w) })
		if media || synonym || namesPhrase(text, t.lower) || namesPhrase(text, likeOf(t.lower)) {
			flush()
			continue
		}
		run = append(run, t.lower)
	}
	flush()
	return out
}

// likeOf is what a compound likens the system to: "jaeger-style" and "opentelemetry-based" ask for
// Jaeger and OpenTelemetry, which a design names without the suffix.
func likeOf(w string) string {
	for _, suf := range []string{"-style", "-like", "-based", "-backed", "-compatible"} {
		if b, ok := strings.CutSuffix(w, suf); ok && b != "" {
			return b
		}
	}
	return w
}

// asked reports whether a statement's word carries something a design must answer: not a
// function word, a number, a unit, a role, or the words that ask for a design.
func asked(t token) bool {
	l := t.lower
	if !nounLike(t) && !verbs[l] || len(l) < 3 || readStop[l] || unitWords[singularNoun(l)] || systemWords[singularNoun(l)] ||
		actorWords[singularNoun(l)] || askWords[l] || adjectives[l] {
		return false
	}
	// "we're" is a pronoun and a verb; "per-partner" qualifies what follows it, as "mid-" does.
	return !strings.ContainsAny(l, "0123456789'’") && !describes(l) && !strings.HasPrefix(l, "mid-") && !strings.HasPrefix(l, "per-")
}

// describes reports a word that qualifies rather than names: adjectives and adverbs ("minimal",
// "specific", "worldwide") and gerunds ("respecting", "adding"). A design answers the things and
// actions a statement names, not how it describes them.
func describes(w string) bool {
	if verbs[w] || actorWords[singularNoun(w)] {
		return false
	}
	for _, suf := range []string{"ly", "ive", "ous", "ful", "less", "able", "ible", "ical", "mal", "ific", "wide", "ing"} {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// synonyms are the words a design may use for what a statement names: a ticker is a symbol, a
// threshold a level.
var synonyms = map[string][]string{
	"ticker": {"symbol"}, "stock": {"symbol"}, "threshold": {"level", "limit"}, "picture": {"photo", "image"}, "photograph": {"photo", "recognition"},
	"ride": {"trip"}, "trip": {"ride"}, "tweet": {"post"}, "purchase": {"order", "checkout"}, "buy": {"order", "checkout"},
	"message": {"chat"}, "messenger": {"messaging", "chat"}, "notification": {"push", "alert"}, "alert": {"notification", "push"}, "concert": {"event", "show"},
	"pick": {"choose", "select", "assign", "claim"}, "resolution": {"rendition", "bitrate"},
	"reminder": {"remind", "notification", "push"}, "phone": {"app", "device", "push"},
	"closest": {"nearest"}, "alarm": {"alert"}, "receiver": {"gateway"}, "ping": {"beacon", "heartbeat"}, "microservice": {"service"}, "tweak": {"change"},
}

// askWords frame a request rather than name what is asked for.
var askWords = set(
	"design", "build", "architect", "sketch", "create", "support", "supports", "handle", "handles",
	"allow", "allows", "let", "lets", "need", "needs", "want", "wants", "must", "should", "can",
	"also", "like", "about", "around", "both", "each", "every", "all", "any", "some", "many", "more",
	"less", "most", "few", "other", "others", "same", "own", "new", "real", "up", "per", "see",
	"sees", "get", "gets", "use", "uses", "make", "makes", "way", "ways", "thing", "things",
	"something", "able", "without", "within", "across", "after", "before", "during", "while", "until",
	"via", "using", "based", "etc", "including", "minus", "plus", "people", "person", "everyone",
	"someone", "million", "billion", "thousand", "hundred", "daily", "weekly", "monthly", "yearly",
	"hourly", "times", "twice", "once", "peak", "average", "active", "dau", "mau", "whole", "half",
	"everything", "nothing", "anything", "home", "city", "town", "country", "world", "chain",
	"company", "behaviour", "behavior", "generate", "generates", "office", "tower", "building",
	"campus", "view", "views", "hold", "holds", "correct", "accurate", "consistent", "always",
	"automatic", "automatically", "rise", "rises", "fall", "falls", "example", "normal", "moment",
	"line", "fire", "fires", "put", "puts", "reflect", "reflects", "define", "defines", "placement",
	"mid", "smart", "tell", "tells", "try", "tries", "trying", "tried")

// namesPhrase reports whether text names phrase, each word as a whole word or the start of one
// ("licence" in "licences", "queue" in "queued"), the words in order and close together.
func namesPhrase(text, phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return true
	}
	var pat strings.Builder
	pat.WriteString(`\b`)
	for i, w := range words {
		if i > 0 {
			pat.WriteString(`\W+(?:\w+\W+){0,2}?`)
		}
		pat.WriteString(regexp.QuoteMeta(stem(w)))
	}
	return regexp.MustCompile(pat.String()).MatchString(text)
}

// stem cuts a word to the part its inflections share: "queue" → "queu", "licences" → "licenc".
func stem(w string) string {
	w = singularNoun(w)
	for _, suf := range []string{"ing", "ed", "e", "y"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			if n := len(w); (suf == "ing" || suf == "ed") && n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
				w = w[:n-1] // "scanning" → "scan", "planned" → "plan"
			}
			return w
		}
	}
	return w
}
