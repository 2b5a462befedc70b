package workload

import "strings"

// Corpus is an existing collection each new item is compared against: "each compared against 10
// million past essays", "every new listing is checked against the 40 million active listings".
// Its count is what an index over the collection holds, not reads: one check looks the item up
// in that index instead of reading every member, so the figure sizes storage and never a rate.
type Corpus struct {
	Population
	// Said is the collection in the statement's words, plural: "past essays".
	Said string
	// Item is what each check compares, singular ("submission"); "" when the statement does not
	// say.
	Item string
}

// compareVerbs compare one thing with many. "Test" and "run" are left out: a build tested
// against 3,000 device models runs 3,000 tests, which is load.
var compareVerbs = set(`compare compared compares comparing check checked checks checking match matched matches matching
scan scanned scans scanning screen screened screens screening verify verified verifies verifying validate validated
validates validating cross-check cross-checked cross-checks cross-checking`)

// corpusLead may stand between "against" and the count: "against the 3 million", "against all
// 40 million", "against some 10 million".
var corpusLead = set(`the all our its their some about around roughly nearly over almost`)

// collectionNouns name a collection a count may be said of: "against a corpus of 10 million
// essays".
var collectionNouns = set(`corpus archive library collection database index catalogue catalog repository set pool backlog`)

// comparedAgainst reports whether the count at toks[start] is a collection something is compared
// against: a comparing verb, then "against" (or "with" after "compare"), then the count, with at
// most a determiner or "a corpus of" between. The verb alone, or the preposition alone, is not
// enough: "compare prices across 5 stores" and "matches riders with 20,000 drivers" count what
// takes part.
func comparedAgainst(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && corpusLead[toks[j]] {
		j--
	}
	if word(toks, j) == "of" && collectionNouns[word(toks, j-1)] {
		for j -= 2; j >= 0 && (corpusLead[toks[j]] || toks[j] == "a" || toks[j] == "an"); j-- {
		}
	}
	prep := word(toks, j)
	if prep != "against" && prep != "with" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- { // "checks every uploaded thesis against"
		if v := toks[k]; compareVerbs[v] {
			return prep == "against" || strings.HasPrefix(v, "compar")
		} else if v == "," || v == ";" || v == "." {
			return false
		}
	}
	return false
}

// arrivalWords say an item is new: "every uploaded thesis", "each incoming listing".
var arrivalWords = set(`new incoming uploaded submitted posted filed sent received published added fresh`)

// comparedItem is what is compared with the collection at toks[start]: the noun after "each" or
// "every" before it ("each new report is compared"), else the sentence's last counted event
// ("6,000 submissions an hour, each compared").
func (r *reader) comparedItem(toks []string, start int) string {
	for j := start - 1; j >= 0 && j >= start-8; j-- {
		if toks[j] != "each" && toks[j] != "every" {
			continue
		}
		k := j + 1
		for arrivalWords[word(toks, k)] {
			k++ // "each new report", "every uploaded thesis"
		}
		if w := word(toks, k); isWordNoun(w) && verbStem(w) == "" && !pastParticipleLike(w) {
			return singular(w)
		}
		break
	}
	return r.lastEventNoun()
}

// corpus reads the count at toks[start:k] as a collection compared against, when it is one; mods
// are its noun phrase. People compared against are a population ("your score against 10 million
// other players"), never a collection.
func (r *reader) corpus(toks []string, m *mention, start, k int, mods []string) bool {
	head := singular(mods[len(mods)-1])
	if !comparedAgainst(toks, start) || personNoun(head) {
		return false
	}
	m.kind, m.corpus, m.noun, m.end = mOther, true, head, k
	m.name = strings.Join(mods, " ")
	m.perNoun = r.comparedItem(toks, start)
	return true
}

// noteCorpus keeps a collection compared against, and says why it is no load.
func (r *reader) noteCorpus(m *mention) {
	r.out.Corpora = append(r.out.Corpora, Corpus{Population: Population{Value: m.value, Noun: m.noun}, Said: m.name, Item: m.perNoun})
	each := "each new item"
	if m.perNoun != "" {
		each = "each " + m.perNoun
	}
	r.note("%s %s: the collection %s is compared against, stated; it sizes an index over them, not a rate of reads", human(m.value), m.name, each)
}
