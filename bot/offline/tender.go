package offline

import (
	"regexp"
	"strings"
)

// Work put out for offers (knowledge/archetypes-tender.yaml) is one design under many names:
// agencies post translation jobs that freelance translators bid on, shippers post loads that
// carriers quote, a council publishes tenders that contractors answer, restaurants post gig shifts
// that workers apply for. Its texts say {td_job}, {td_poster}, {td_bidder}, {td_bid} (with an s
// for the plural, a capital for a sentence's start), read from the statement's own clauses: the
// one that offers ("translators bid on translation jobs") names who offers, on what, and the word
// for an offer; the one that posts ("posted by 300 agencies", "shippers post loads") names who puts
// the work out.
type tender struct{ job, poster, bidder, bid string }

var (
	// offerRe is the clause that offers: "translators bid on translation jobs", "carriers send
	// quotes for loads", "contractors submit sealed bids for each contract"; "requests that
	// caterers can bid for" names the work before it.
	offerRe = regexp.MustCompile(`\b((?:[a-z-]+\s+)?[a-z-]+)\s+(?:can\s+|may\s+|then\s+|each\s+|all\s+)?(bid|bids|quote|quotes|apply|applies|make offers|send offers|submit(?:s)? (?:sealed\s+)?(?:bids|quotes|offers|proposals|tenders)|send (?:bids|quotes|proposals))\b(?:\s+(?:on|for|to)\s+(?:the\s+|their\s+|each\s+|every\s+|open\s+|an?\s+)?([a-z-]+(?:\s+[a-z-]+)?))?`)
	// postedByRe names who puts the work out after it: "jobs posted by 300 agencies".
	postedByRe = regexp.MustCompile(`\b(?:posted|published|listed|put out|tendered|advertised)\s+by\s+(?:about\s+|some\s+|around\s+)?(?:\d[\d,]*\s+)?(?:the\s+)?((?:[a-z-]+\s+)?[a-z-]+)`)
	// postsRe names who puts the work out before it: "shippers post loads", "the council
	// publishes tenders", "organisers to post catering requests".
	postsRe = regexp.MustCompile(`\b([a-z-]+)\s+(?:(?:to|can|may|will|then)\s+)?(?:post|posts|publish|publishes|list|lists|put out|puts out|put up|puts up|advertise|advertises|tender|tenders)\s+(?:their\s+|a\s+|an\s+|open\s+|new\s+)?([a-z-]+(?:\s+[a-z-]+)?)`)
)

// tenderStops end or open a noun phrase the clauses read: "jobs posted", "loads and", "about".
var tenderStops = set("posted", "published", "listed", "by", "and", "or", "with", "that", "which", "who", "from", "in", "at", "before", "within",
	"until", "per", "a", "an", "the", "on", "for", "to", "about", "around", "some", "each", "every", "of", "registered", "verified", "approved",
	"independent", "local", "then", "they", "it", "them", "can", "may", "will")

// tenderOf reads the statement's words for the work, who posts it, who offers and the offer.
func tenderOf(problem string) tender {
	low := strings.ToLower(problem)
	t := tender{job: "job", poster: "client", bidder: "bidder", bid: "bid"}
	if m := offerRe.FindStringSubmatch(low); m != nil {
		if w := tenderNoun(m[1]); w != "" {
			t.bidder = w
		}
		if w := tenderNoun(m[3]); w != "" && !strings.HasPrefix(w, "it") && w != "them" {
			t.job = w
		}
		t.bid = offerWord(m[2])
	}
	if m := postedByRe.FindStringSubmatch(low); m != nil {
		if w := tenderNoun(m[1]); w != "" {
			t.poster = w
		}
	} else if m := postsRe.FindStringSubmatch(low); m != nil && !tenderStops[m[1]] {
		t.poster = singularNoun(m[1])
		if t.job == "job" {
			if w := tenderNoun(m[2]); w != "" {
				t.job = w
			}
		}
	}
	return t
}

// tenderNoun is a noun phrase's singular without the words around it: "translation jobs posted"
// → translation job, "2,000 freelance translators" → freelance translator.
func tenderNoun(p string) string {
	return singularRun(strings.Fields(p), tenderStops, true)
}

// offerWord is the statement's noun for one offer: a bid, a quote, an application, a proposal.
func offerWord(verb string) string {
	switch {
	case strings.Contains(verb, "quote"):
		return "quote"
	case strings.HasPrefix(verb, "appl"):
		return "application"
	case strings.Contains(verb, "proposal"):
		return "proposal"
	case strings.Contains(verb, "offer"):
		return "offer"
	case strings.Contains(verb, "tender"):
		return "tender response"
	}
	return "bid"
}

// tenderWords renders {td_*}: {td_job}, {td_jobs}, {td_Job}, {td_a_job}, {td_ca_job} and the same
// for poster, bidder and bid.
func tenderWords(problem, name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "td_")
	if !ok || rest == "" {
		return "", false
	}
	indefinite, capital := false, false
	if r, ok := strings.CutPrefix(rest, "a_"); ok {
		rest, indefinite = r, true
	}
	if r, ok := strings.CutPrefix(rest, "ca_"); ok {
		rest, indefinite, capital = r, true, true // "An agency posts": a sentence's start
	}
	capital = capital || rest[0] >= 'A' && rest[0] <= 'Z'
	rest = strings.ToLower(rest[:1]) + rest[1:]
	t := tenderOf(problem)
	nouns := map[string]string{"job": t.job, "poster": t.poster, "bidder": t.bidder, "bid": t.bid}
	w, ok := nouns[rest]
	if !ok {
		if w, ok = nouns[strings.TrimSuffix(rest, "s")]; !ok {
			return "", false
		}
		w = pluralNoun(w)
	}
	if indefinite {
		w = withIndefinite(w)
	}
	if capital {
		w = upperFirst(w)
	}
	return w, true
}

var tenderPlaceholderRe = regexp.MustCompile(`\{td_[A-Za-z_]+\}`)

// fillTender expands the {td_*} placeholders of requirement lines when the requirements are
// made, so what a model or a follow-up reads names the statement's work and the people around it.
func fillTender(problem string) func([]string) []string {
	return fillPlaceholders(tenderPlaceholderRe, problem, tenderWords)
}
