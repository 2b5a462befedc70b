package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation/workload"
)

// A statement that compares each new thing against a large collection of earlier ones ("each
// compared against 10 million past essays", "every new listing is checked against the 40 million
// active listings") asks for similarity search, whatever else it asks for: the collection is far
// too large to compare with item by item, so each item is reduced to fingerprints that an index
// over the collection answers. Three signals must agree before the design says so — a comparing
// verb, "against" (or "compared with"), and a large existing collection — and what is compared
// must be content (text, code, images) or the statement must speak of copies or duplicates: a
// password checked against leaked ones is an exact lookup, a score compared against other
// players a ranking.

// similarity is the crux read from a statement: what each check compares, the collection it is
// compared against, and how the two are fingerprinted.
type similarity struct {
	item   string  // what each check compares, singular: "submission"
	corpus string  // the collection as the statement says it, plural: "past essays"
	head   string  // the collection's head noun, singular: "essay"
	size   float64 // how many the collection holds; 0 when the statement does not count it
	kind   contentKind
	web    bool // the statement compares against the web as well: "… and the web"
}

// contentKind is what is compared, which decides the fingerprint.
type contentKind int

const (
	passages contentKind = iota // long texts, where copied passages matter: essays, papers
	nearDups                    // short texts compared whole: listings, bug reports, questions
	images                      // photos and pictures: perceptual hashes
	code                        // source code: normalised token k-grams
)

// minCorpus is the smallest collection worth an index: a few thousand are compared one by one in
// well under a second.
const minCorpus = 10_000

var (
	// longTexts are compared passage by passage; shortTexts whole.
	longTexts = set("essay", "paper", "thesis", "dissertation", "article", "document", "manuscript", "chapter", "book", "story",
		"coursework", "homework", "proposal", "abstract", "blog", "transcript", "contract", "novel", "poem", "lyric")
	shortTexts = set("listing", "ad", "advert", "post", "review", "question", "answer", "ticket", "bug", "report", "comment", "message",
		"description", "complaint", "issue", "headline", "title", "product", "posting", "email", "tweet", "recipe", "claim", "job")
	imageNouns = set("image", "photo", "picture", "pic", "artwork", "illustration", "meme", "logo", "thumbnail", "screenshot",
		"selfie", "video", "clip", "wallpaper", "sticker", "frame", "scan")
	codeNouns = set("code", "program", "snippet", "repository", "repo", "function", "script", "commit", "notebook", "patch", "module")
	// codeRe and imageRe decide what neutral nouns are ("assignments", "submissions", "uploads")
	// from the rest of the statement.
	codeRe  = regexp.MustCompile(`(?i)\b(source code|code|coding|programming|programs?|clones?|repositor(?:y|ies)|github)\b`)
	imageRe = regexp.MustCompile(`(?i)\b(photos?|images?|pictures?|artworks?|illustrations?|memes?|videos?)\b`)
	// copyRe finds a statement speaking of copies, which makes any compared thing content.
	copyRe = regexp.MustCompile(`(?i)\b(plagiar\w*|near[- ]?duplicates?|duplicates?|duplicated|dedup\w*|de-dup\w*|copied|copies|copy|clones?|re-?uploads?|re-?posts?|similar\w*|lookalikes?|knock-?offs?)\b`)
	// uncountedRe finds a collection compared against without a count: "checked against every
	// earlier submission", "compared with all existing listings".
	uncountedRe = regexp.MustCompile(`(?i)\b(compar|check|match|scan|screen|verif|validat|cross-check)\w*\s+(?:[\w'-]+\s+){0,3}?(against|with)\s+` +
		`(?:(?:all|every|each|any)\s+(?:of\s+)?)?(?:(?:the|our|its|their)\s+)?((?:(?:previously|already|ever)\s+)?(?:existing|past|previous|earlier|prior|known|archived|stored|indexed|older|historical|published)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s)\b`)
)

// comparedRe finds the clause that compares: "compared against 10 million past essays".
var comparedRe = regexp.MustCompile(`(?i)\b(?:compar|check|match|scan|screen|verif|validat|cross-check)\w*\s+(?:[\w'-]+\s+){0,3}?(?:against|with)\s+[^,.;:]+`)

// similarQuote is why a design compares each item against a collection, in the statement's words.
func similarQuote(problem string) string {
	return fmt.Sprintf("the statement says %q", strings.TrimSpace(comparedRe.FindString(problem)))
}

// similarOf reads the crux from a statement; ok is false unless every signal is there.
func similarOf(problem string) (similarity, bool) {
	var s similarity
	if cs := workload.Read(problem).Corpora; len(cs) > 0 {
		c := cs[0]
		if c.Value < minCorpus {
			return similarity{}, false // a handful are compared one by one
		}
		s = similarity{item: c.Item, corpus: c.Said, head: c.Noun, size: c.Value}
	} else if sub := uncountedRe.FindStringSubmatch(problem); sub != nil && (strings.EqualFold(sub[2], "against") || strings.EqualFold(sub[1], "compar")) {
		s.corpus = strings.ToLower(sub[3])
		s.head = singularNoun(lastWord(s.corpus))
		s.item = itemBefore(problem, sub[0])
	} else {
		return similarity{}, false
	}
	kind, ok := comparedKind(problem, s.item, s.head)
	if !ok {
		return similarity{}, false
	}
	s.kind = kind
	s.web = webSaid.MatchString(problem) && (kind == passages || kind == code)
	if s.item == "" {
		s.item = s.head // "each new listing" unsaid: a new one of the collection
	}
	return s, true
}

// arrivals say an item is new: "each new report", "every uploaded thesis".
var arrivals = set("new", "incoming", "uploaded", "submitted", "posted", "filed", "sent", "received", "published", "added", "fresh")

// itemBefore is the noun after "each" or "every" in the words before match ("each new report is
// compared"), or "".
func itemBefore(problem, match string) string {
	before := strings.Fields(strings.ToLower(problem[:strings.Index(problem, match)]))
	for j := len(before) - 1; j >= 0 && j >= len(before)-6; j-- {
		if before[j] != "each" && before[j] != "every" {
			continue
		}
		for _, w := range before[j+1:] {
			if !arrivals[w] {
				return singularNoun(strings.Trim(w, ",;:"))
			}
		}
	}
	return ""
}

// comparedKind decides what is compared from the item and the collection's nouns, the nouns first and
// the rest of the statement only for neutral ones ("assignments" in a programming course are
// code). ok is false when neither is content and the statement speaks of no copies.
func comparedKind(problem, item, head string) (contentKind, bool) {
	nouns := []string{lastWord(head), lastWord(item)}
	has := func(ws map[string]bool) bool { return slices.ContainsFunc(nouns, func(n string) bool { return ws[n] }) }
	switch {
	case has(imageNouns):
		return images, true
	case has(codeNouns):
		return code, true
	case longTexts[nouns[0]] || shortTexts[nouns[0]]:
		// The collection decides between the texts: a submission compared against essays is
		// an essay.
		return textKind(nouns[0]), true
	case has(longTexts) || has(shortTexts):
		return textKind(nouns[1]), true
	case !copyRe.MatchString(problem):
		return 0, false
	case codeRe.MatchString(problem):
		return code, true
	case imageRe.MatchString(problem):
		return images, true
	}
	return passages, true
}

func textKind(noun string) contentKind {
	if shortTexts[noun] {
		return nearDups
	}
	return passages
}
