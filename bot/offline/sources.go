package offline

import (
	"regexp"
	"strings"
)

// A statement may name where the data comes from as well as what the system does with it: "checked
// against 50M stored documents and the web", "alerts on prices scraped from retailers' websites".
// A source outside the system is only designed when some part brings it in (a crawler, a search
// API, a feed reader), and the word-by-word coverage check cannot see the gap: "web" is in every
// design's "iOS, Android and web apps". So the self-review reads the sources the statement names
// and looks for a component that ingests each.

// dataSource is a kind of outside source a statement can name, and what a component that brings
// it in says of itself.
type dataSource struct {
	name   string         // as the finding names it: "the web"
	said   *regexp.Regexp // the source as a statement names it
	ingest *regexp.Regexp // a component's words for bringing it in
}

// sourceContext is a source named as where data comes from or is compared with, not where the
// product runs ("a shop on the web"): a comparing, fetching or indexing word shortly before it.
const sourceContext = `(?i)\b(?:against|from|across|crawl\w*|scrap\w*|index\w*|ingest\w*|fetch\w*|harvest\w*|monitor\w*|pull\w*|aggregat\w*|sourced|search(?:es|ing)?)\b[^.;:]{0,60}?`

// webSaid is the web named as a source: "checked against 50M stored documents and the web".
var webSaid = regexp.MustCompile(sourceContext + `\b(?:the (?:open |public |whole |entire )?(?:web|internet)|(?:public |open )?web ?(?:pages|sites)|websites|online sources)\b`)

var dataSources = []dataSource{
	{"the web", webSaid, regexp.MustCompile(`(?i)crawl|scrap|web search|search api|common crawl|fetcher`)},
	{"Wikipedia", regexp.MustCompile(sourceContext + `\bwikipedia\b`), regexp.MustCompile(`(?i)wikipedia`)},
	{"published journals", regexp.MustCompile(sourceContext + `\b(?:(?:academic|scientific|research|published) )?journals\b`),
		regexp.MustCompile(`(?i)journal|publisher|crossref`)},
	{"social media", regexp.MustCompile(sourceContext + `\b(?:social media|social networks?|tweets)\b`),
		regexp.MustCompile(`(?i)social|firehose|twitter|streaming api`)},
	{"news feeds", regexp.MustCompile(sourceContext + `\b(?:rss|news ?feeds|news sites|newswires?)\b`), regexp.MustCompile(`(?i)\bfeeds?\b|rss|newswire`)},
}

// unfedSources names the outside sources the statement draws on that no component of the design
// brings in.
func (r *renderer) unfedSources() []string {
	var parts strings.Builder
	for _, c := range r.g.Components {
		parts.WriteString(c.Name + " " + c.Technology + " " + c.Description + "\n")
	}
	var out []string
	for _, s := range dataSources {
		if s.said.MatchString(r.g.Problem) && !s.ingest.MatchString(parts.String()) {
			out = append(out, s.name)
		}
	}
	return out
}
