package bot

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/archbot/archbot/conversation"
)

// A design review starts by asking what the system is for when the request does not say: a
// designer handed "make it scale" or "build a backend" can only fill in a generic template. The
// rule is deterministic, in Go, and the same whichever designer drafts: a request is vague when
// every word of it is filler, a generic noun for software ("app", "backend", "platform"), a
// quality ("scalable", "fast"), a figure or a technology, so nothing is left that says what the
// system does. Any other word counts as saying it, even one no designer knows: a request
// wrongly taken as clear gets the design it always got, one wrongly taken as vague costs the
// user a round trip, so doubt goes to clear.

// gap is something a design needs that a request leaves out.
type gap string

// Gaps, in the order they are asked about.
const (
	gapWhat     gap = "what"     // what the system does, for whom
	gapScale    gap = "scale"    // a figure: users, requests
	gapPriority gap = "priority" // latency, consistency, availability, cost
	gapStack    gap = "stack"    // a cloud, language or database already in use
	gapClients  gap = "clients"  // web, mobile, other services: asked only to make up two questions
)

// Word classes of the rule. A word in none of them names something to design.
var (
	// fillerWords carry no design information.
	fillerWords = wordSet(`a an the this that these those my our your their his her its me us we i you it they them
		he she someone somebody something anything everything nothing some thing things stuff one ones
		please can could would will should shall may might must help want wants wanted need needs needed like
		to for of on in at with by from into onto about around and or but so as if then than also too
		is are be been being was were am do does did doing done have has had having get gets got
		make makes making made build builds building built create creates creating created
		design designs designing designed architect architecting architecture architectures
		sketch draft plan planning write set setup up out start starting launch launching run running
		handle handles handling support supports supporting serve serves serving work works working
		use uses using used go going gonna wanna let lets s d ll m t re ve
		new good great nice simple basic modern robust proper decent solid best better whole entire
		kind sort just really very highly super quite all any every lot lots much many more most
		way ways how what which who whom where when why ok okay hey hi hello archbot idea ideas
		yes yeah yep no nope sure fine thanks thank thx cool alright well now today soon sounds sound perfect awesome lgtm
		assume assumed assumption assumptions ahead judgement judgment decide call choose pick defaults default
		sensible reasonable whatever matter matters care preference surprise proceed continue skip know
		not don dont doesn doesnt idk unsure first asked answer answers question questions
		mean means meant hmm hm um uh huh sorry understand sense example clarify explain
		thats id its im ive ill youre youll youve weve wed theyre hes shes whats theres heres
		cant wont isnt arent shouldnt wouldnt couldnt didnt havent hasnt
		grow growth growing future proof ready production prod enterprise grade level
		scale scales scaling scalable scalability massive huge big large small tiny high highly low`)
	// genericNouns name software without saying what it does.
	genericNouns = wordSet(`app apps application applications system systems backend backends back end
		frontend frontends front service services microservice microservices platform platforms
		product products solution solutions project projects software tool tools mvp prototype poc saas
		startup startups company companies business businesses org organization organisation team teams
		customer customers client clients user users people person visitor visitors
		server servers infrastructure infra cloud stack tech technology technologies code codebase
		api apis data distributed engine module modules component components feature features
		traffic load request requests`)
	// qualityWords say what matters, not what the system is; they answer the priority question.
	// Scale alone does not ("make it scale" says nothing of latency, consistency or cost): it
	// is filler, and a figure answers how big.
	qualityWords = wordSet(`fast faster fastest quick quickly speed speedy responsive performance performant efficient
		latency consistent consistency available availability uptime reliable reliability
		resilient resilience durable durability fault tolerant tolerance redundant redundancy
		cheap cheaper cheapest cost costs budget affordable secure security safe safety
		real time realtime instant`)
	// stackWords are technologies a team already runs; they answer the stack question.
	stackWords = wordSet(`aws gcp azure kubernetes k8s docker golang java python node nodejs typescript javascript
		rust ruby rails django flask spring dotnet php laravel kotlin elixir scala
		postgres postgresql mysql sql mongodb mongo serverless lambda terraform heroku vercel
		firebase supabase react nextjs vue angular`)
	// clientWords say who or what calls the system.
	clientWords = wordSet(`web website websites site sites webapp mobile ios android browser browsers desktop`)
	// numberWords make a figure, as digits do.
	numberWords = wordSet(`hundred hundreds thousand thousands million millions billion billions dozen dozens`)
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// reading is what a request or an answer says, word class by word class.
type reading struct {
	named    bool // a word outside every class: something to design
	figure   bool
	priority bool
	stack    bool
	clients  bool
}

// read classifies the words of text. Apostrophes go before splitting ("don't" is "dont"); digits
// make a figure ("10M", "1,000"); single letters carry nothing (articles, the ends of
// contractions, the "e" of "e-mail").
func read(text string) reading {
	words := wordsOf(text)
	var r reading
	for i, w := range words {
		switch {
		case strings.IndexFunc(w, unicode.IsDigit) >= 0 || numberWords[w]:
			r.figure = true
		case w == "go" && i > 0 && (words[i-1] == "in" || words[i-1] == "with" || words[i-1] == "using"):
			r.stack = true // "in Go"; "go" alone is "go ahead"
		case qualityWords[w]:
			r.priority = true
		case stackWords[w]:
			r.stack = true
		case clientWords[w]:
			r.clients = true
		case len([]rune(w)) == 1 || fillerWords[w] || genericNouns[w]:
		default:
			r.named = true
		}
	}
	return r
}

// wordsOf splits text into lower-case words, apostrophes dropped first.
func wordsOf(text string) []string {
	text = strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(text))
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// informative reports whether the text says anything a design could use.
func (r reading) informative() bool {
	return r.named || r.figure || r.priority || r.stack || r.clients
}

// gaps lists what the text leaves out, in the order they are asked about.
func (r reading) gaps() []gap {
	var out []gap
	for _, g := range []struct {
		gap
		said bool
	}{{gapWhat, r.named}, {gapScale, r.figure}, {gapPriority, r.priority}, {gapStack, r.stack}, {gapClients, r.clients}} {
		if !g.said {
			out = append(out, g.gap)
		}
	}
	return out
}

// Vague reports whether a design request is too vague to design: nothing in it says what the
// system does ("make it scale", "an app", "design something for my startup").
func Vague(statement string) bool {
	return !read(statement).named
}

// questions are the clarifying questions for each gap, as a review would put them.
var questions = map[gap]string{
	gapWhat:     "**What does it do, and for whom?** The product or the few things its users do, e.g. _\"shoppers order groceries from local stores\"_.",
	gapScale:    "**How big?** Roughly how many daily users or requests per second, now and in a year or two.",
	gapPriority: "**What matters most?** Low latency, strong consistency (nothing lost or counted twice), high availability or low cost: pick one or two.",
	gapStack:    "**Anything fixed?** A cloud, language or database you already run.",
	gapClients:  "**Who calls it?** People on the web or in mobile apps, or other services through an API.",
}

// maxQuestions keeps the first reply short enough that people answer it.
const maxQuestions = 3

// clarifyingQuestions is the reply to a vague request: what is missing, as two or three short
// questions, and how to go on.
func clarifyingQuestions(statement string) string {
	var b strings.Builder
	b.WriteString("Before I draw any boxes: that doesn't yet say what the system does, so a design now would be a generic template. A few questions first, as a design review would start:\n\n")
	for i, g := range read(statement).gaps() {
		if i == maxQuestions {
			break
		}
		fmt.Fprintf(&b, "%d. %s\n", i+1, questions[g])
	}
	b.WriteString("\nAnswer in this thread, or say `just assume` and I'll pick sensible defaults and write them down.")
	return b.String()
}

// waitingText reminds a thread that archbot is waiting for answers; help and commands get it too.
const waitingText = "There is no design in this thread yet: I asked a few questions above first. Answer them here " +
	"(what it does, how big, what matters most), or say `just assume` and I'll pick sensible defaults and write them down.\n\n" +
	"Once the design is posted you can ask about it, change it, and use `show <section>`, `export`, `diagram`, `history`, `undo` and `help`."

// answerKind is how a message in a thread awaiting answers reads.
type answerKind int

const (
	answerGiven   answerKind = iota // it says something about the system: design from it
	answerGoAhead                   // "just assume", "go ahead", "ok": design from the request alone
	answerUnclear                   // nothing usable and no go-ahead ("what do you mean?"): ask again
)

// goAheadPhrases are what people say to let the designer assume; a message carrying nothing else
// (by the word classes above) is a go-ahead.
var goAheadPhrases = []string{"assume", "go ahead", "go for it", "judgement", "judgment", "your call", "you decide",
	"up to you", "default", "surprise me", "no idea", "not sure", "dont know", "idk", "no preference", "doesnt matter",
	"whatever", "proceed", "continue", "skip", "design it", "do it"}

// acknowledgements make a go-ahead of a message made of nothing else ("ok", "sounds good").
var acknowledgements = wordSet(`ok okay sure yes please yeah yep go fine sounds good great thanks thank you thx cool
	alright perfect awesome lgtm`)

// readAnswer tells an answer from a go-ahead. A bare acknowledgement ("ok", "sure", "yes
// please") is a go-ahead too: the questions were asked, and the user chose not to add anything.
func readAnswer(text string) answerKind {
	if read(text).informative() {
		return answerGiven
	}
	words := wordsOf(text)
	norm := " " + strings.Join(words, " ")
	for _, p := range goAheadPhrases {
		if strings.Contains(norm, " "+p) {
			return answerGoAhead
		}
	}
	if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !acknowledgements[w] }) {
		return answerGoAhead
	}
	return answerUnclear
}

// clarifiedProblem is the problem a design is drafted from once the request was answered: the
// answer first, since it says what the system is and designers name the design from a
// statement's opening words, then the request as first asked, whose figures and priorities
// still count.
func clarifiedProblem(statement, answer string) string {
	if answer == "" {
		return statement
	}
	return strings.TrimSpace(answer) + "\n\n(First asked as: " + statement + ")"
}

// assumptionNotes are what a design from a vague request assumes for each gap left open.
var assumptionNotes = map[gap]string{
	gapWhat: "Assumed, as the request did not say what the system does: a general web product where signed-in users create, " +
		"find and share their own records. Start a new `/design` saying what it does for a design around it.",
	gapScale: "Assumed, as no figures were given: the default load the capacity section lists; say how many users or " +
		"requests per second and it is recomputed.",
	gapPriority: "Assumed, as no priority was given: the latency, availability and consistency targets usual for this " +
		"kind of system, listed here.",
	gapStack: "Assumed, as no stack was given: mainstream managed services and open-source technology; name your " +
		"cloud, language or database to have them swapped in.",
}

// assumed lists the gaps a design from problem fills with a written-down assumption.
func assumed(problem string) []gap {
	var out []gap
	for _, g := range read(problem).gaps() {
		if _, ok := assumptionNotes[g]; ok {
			out = append(out, g)
		}
	}
	return out
}

// withAssumptions writes into a requirement set what was assumed for the gaps a clarified request
// still leaves, each first in the list a reader looks in for it: what the system does among the
// functional requirements, priorities and stack among the non-functional ones, the load among
// the scale notes (which the capacity section lists too).
func withAssumptions(req conversation.RequirementSet, gaps []gap) conversation.RequirementSet {
	var functional, quality, scale []string
	for _, g := range gaps {
		switch note := assumptionNotes[g]; g {
		case gapWhat:
			functional = append(functional, note)
		case gapScale:
			scale = append(scale, note)
		case gapPriority, gapStack:
			quality = append(quality, note)
		}
	}
	req.Functional = slices.Concat(functional, req.Functional)
	req.NonFunctional = slices.Concat(quality, req.NonFunctional)
	req.Workload.Notes = slices.Concat(scale, req.Workload.Notes)
	return req
}
