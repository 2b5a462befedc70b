package offline

import (
	"regexp"
	"strings"
)

// A pattern's line may hold only where the statement says what it is about: an online judge's
// "Contests with a live scoreboard" belongs to a contest site, not to a school's auto-grader that
// the same pattern designs. Such a line starts with {said:word|word*}: it is kept, without the
// prefix, when the statement has one of the words (a trailing * matches any ending), and
// dropped otherwise.
//
// A stated constraint overrides the pattern's default the other way: a line that starts with
// {unsaid:word|…} is dropped when the statement has one of the words. Where a constraint is said
// in too many ways for a list of words, it is named (@sealed) and read by a rule in
// statedConstraints, so every pattern that assumes the opposite gives way to it the same way.

var saidRe = regexp.MustCompile(`^\{(said|unsaid):([^}]+)\}\s*`)

// statedConstraints read constraints a statement puts on a pattern's defaults. sealed: nobody
// sees results, totals or a tally before a poll, vote or ballot closes ("results sealed until the
// poll closes", "secret ballot", "results announced only after voting ends", "totals stay hidden
// until the presenter closes the poll").
//
// residency: data must stay in a place (residency.go).
//
// staggered: things close or run one after another on a schedule rather than all at once ("lots
// close in staggered order", "one by one", "back to back", "a lot closes every 2 minutes").
//
// biggroups: a group, channel or room is capped at hundreds or thousands of members ("groups of up
// to 5,000 members", "rooms hold at most 2k people", "servers capped at 10,000 players"), so one
// message is that many deliveries.
//
// nightly: a day's material must be through by the next morning ("dailies", "rushes", "each
// shooting day", "by 7am the next morning", "overnight"), so the transfer and the proxies race
// the night, not a request's latency.
//
// millions: the statement counts something in millions or billions ("5M DAU", "2 million
// orders"): a shop that size has sales to survive whether or not it says so.
//
// noshow: a booking may go unused ("no-shows", "misses two bookings", "does not turn up"), and
// what follows from that is a rule of the statement's.
//
// holders: the votes are a holding's (shares, stock, units, lots) or are cast at a company's or
// owners' meeting with resolutions and proxies; a union's, a club's or a students' election of
// its members is one member, one vote, with candidates rather than resolutions.
//
// provenresidence: who may book must live in the place ("residents must prove residency",
// "proof of address", "council-tax payers only").
//
// dualcontrol: a second person must approve what a first made ("needs a second approver",
// "four-eyes", "maker-checker", "dual control", "the same person cannot both create and
// approve", "nobody may approve their own").
//
// release: bookings open at a set time ahead, all at once ("bookings open 7 days ahead at
// 07:00", "released 7 days in advance at 8am", "popular slots go in seconds"), so the minute
// after the opening is the peak.
//
// gogame: the game of go is named ("online go", "a go server", "play go", "baduk"); the verb
// "go" is too common for a word list to tell them apart.
var statedConstraints = map[string]*regexp.Regexp{
	"release": regexp.MustCompile(`(?i)\b(?:(?:open|opens|opened|released?|go live|goes live|become available|becomes available)\b[^.;]{0,30}\b(?:ahead|in advance|beforehand|at \d{1,2}(?::\d{2})?\s*(?:am|pm)?|at midnight)|(?:go|goes|gone|went|sell|sells|sold) (?:in|within) (?:seconds|a minute|minutes)|sells? out (?:in|within))`),
	"gogame":  regexp.MustCompile(`(?i)\b(?:game of go|go (?:games?|servers?|boards?|players?|clubs?|stones?|sites?|platforms?)|online go|play(?:s|ing)? go (?:online|against)|baduk|weiqi|igo)\b`),
	"dualcontrol": regexp.MustCompile(`(?i)\b(?:second|two|2|another|different|independent|separate) (?:approv\w+|signator\w+|sign-?off|pair of eyes|person to approve)` +
		`|\bfour[- ]eyes\b|\bmaker[- /]checker\b|\bdual (?:control|approval|authori[sz]ation|sign-?off)\b|\bsegregation of duties\b` +
		`|\b(?:same|one) (?:person|user|employee|member of staff|staff member)\b[^.;:]{0,30}?\bboth\b[^.;:]{0,20}?\b(?:create|make|enter|initiate|submit)\w*\b[^.;:]{0,10}?\bapprov` +
		`|\b(?:approve|approving) (?:their|his|her|your) own\b`),
	"millions": regexp.MustCompile(`(?i)\b\d+(?:[.,]\d+)?\s*(?:m|mn|million|millions|b|bn|billion)\b`),
	"noshow": regexp.MustCompile(`(?i)\bno[- ]?shows?\b|\bmiss(?:es|ed|ing)?\s+(?:(?:a|an|the|their|his|her|your|two|three|\d+)\s+)?(?:bookings?|slots?|appointments?|visits?|reservations?)\b` +
		`|\b(?:did not|didn't|does not|doesn't|do not|don't|fails? to|failed to|never)\s+(?:attend|turn up|show up|show|arrive|come)\b`),
	"provenresidence": regexp.MustCompile(`(?i)\bprove\w* (?:their |they )?(?:residen\w+|address|they live)|\bproof of (?:address|residen\w+)|\bcouncil[- ]tax\b|\bratepayers?\b` +
		`|\bresidency (?:check|proof)|\bonly (?:local )?residents\b|\bresidents only\b`),
	"nightly": regexp.MustCompile(`(?i)\b(?:dailies|rushes|overnight|nightly)\b|\b(?:next|following) (?:morning|day)\b|\bby \d{1,2}(?::\d\d)?\s*(?:am|a\.m\.)|\b(?:each|every|per) (?:shooting|shoot|production|filming) day\b`),
	"biggroups": regexp.MustCompile(`(?i)\b(?:groups?|group chats?|channels?|rooms?|servers?|guilds?|communit(?:y|ies)|clans?)\b[^.;:]{0,30}?` +
		`\b(?:up to|at most|as many as|max(?:imum)?(?: of)?|capped at|limited to)\s+(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?k)\s+(?:members|people|users|participants|players|gamers)\b`),
	"staggered": regexp.MustCompile(`(?i)\bstagger\w*|\bone (?:after (?:another|the other)|by one|at a time)\b|\bback[- ]to[- ]back\b|\bin (?:turn|sequence)\b` +
		`|\b(?:clos\w*|end\w*|run\w*|finish\w*)\b[^.;:]{0,30}?\bevery \d`),
	"residency": residencyStatedRe,
	"holders": regexp.MustCompile(`(?i)\b(?:share\w*|stock\w*|unit ?holders?|(?:unit|lot|home|flat) ?owners?|owners'|owners|condo\w*|co-?ops?|cooperatives?|hoa|strata|agms?|egms?` +
		`|(?:general|annual|owners'?) meetings?|proxy|proxies|nominees?|custodians?|record date|resolutions?|directors|weighted|holdings?)\b`),
	"sealed": regexp.MustCompile(`(?i)\b(?:sealed|secret[- ]ballots?|secret vot\w*|blind vot\w*)\b` +
		`|\b(?:results?|totals?|tall(?:y|ies)|counts?|outcomes?)\b[^.;:]{0,40}?\b(?:hidden|secret|private|invisible|withheld|not (?:shown|visible|published|revealed|displayed)|kept (?:secret|private|hidden))\b` +
		`|\b(?:results?|totals?|tall(?:y|ies)|outcomes?)\b[^.;:]{0,40}?\b(?:only (?:after|once|when)|not (?:before|until)|until after)\b` +
		`|\b(?:no|without) (?:live|running|interim|partial) (?:results?|totals?|tall(?:y|ies)|counts?)\b`),
}

// statedReadings read constraints that take more than a pattern to see. fleet: the positions a
// statement streams are all of machines or vehicles, not people (trackedFleet), so they are not
// hidden from everyone but a trip's counterpart.
//
// audioonly: the material is sound alone (a podcast's multitrack sessions, an audio drama's
// takes): no picture, so no look, no frames to debayer and no camera.
//
// live: a sale run by an auctioneer in a room that online bidders join (simulcast), read from at
// least two of its marks (liveSale), so "live prices" on a timed auction does not count.
//
// dropoff: the sites are a council's household-waste sites ("recycling centres", "the tip", "civic
// amenity sites"), so a slot is a vehicle's visit, not a visitor's paid ticket (dropoffSites).
//
// raceofthings: the race's entrants are boats or birds (a regatta, a pigeon race), not people
// who finish a course (raceOfThings).
//
// privatemedia: the files served are one person's private record (a return photo, a receipt, an
// ID document), so they go through short-lived signed URLs, not a public immutable CDN.
var statedReadings = map[string]func(string) bool{
	"privatemedia": privateMedia,
	"raceofthings": raceOfThings,
	"dropoff":      dropoffSites,
	"live":         liveSale,
	"fleet":        func(problem string) bool { return trackedFleet(problem) != "" },
	"audioonly": func(problem string) bool {
		return audioWordsRe.MatchString(problem) && !pictureWordsRe.MatchString(problem)
	},
}

var (
	audioWordsRe   = regexp.MustCompile(`(?i)\b(audio|podcasts?|multi-?tracks?|radio|voice-?overs?|audiobooks?|sound recordings?)\b`)
	pictureWordsRe = regexp.MustCompile(`(?i)\b(video\w*|footage|cameras?|film\w*|shots?|vfx|visual|picture|frames?|rushes|dailies|tv|television|broadcast\w*)\b`)
)

// said keeps the lines whose {said:…} words the problem has and whose {unsaid:…} words it has
// not, and every line without either.
func said(lines []string, problem string) []string {
	var words []string
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		m := saidRe.FindStringSubmatch(l)
		if m == nil {
			out = append(out, l)
			continue
		}
		if words == nil {
			words = wordsOf(problem)
		}
		if kept, ok := saidChain(l, m, words, problem); ok {
			out = append(out, kept)
		}
	}
	return out
}

// saidChain checks a line's conditions one after another ("{said:drone*}{unsaid:spray*} …" holds
// for drones that do not spray) and returns the line without them.
func saidChain(l string, m []string, words []string, problem string) (string, bool) {
	for m != nil {
		if saysAny(words, problem, strings.Split(m[2], "|")) != (m[1] == "said") {
			return "", false
		}
		l = l[len(m[0]):]
		m = saidRe.FindStringSubmatch(l)
	}
	return l, true
}

// saysAny reports whether the problem holds one of want: whole words of words, beginnings for
// "contest*", or a constraint named in statedConstraints for "@sealed".
func saysAny(words []string, problem string, want []string) bool {
	for _, w := range want {
		if name, ok := strings.CutPrefix(strings.TrimSpace(w), "@"); ok {
			if re := statedConstraints[name]; re != nil && re.MatchString(problem) {
				return true
			}
			if read := statedReadings[name]; read != nil && read(problem) {
				return true
			}
			continue
		}
		if hasWord(words, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether words holds w, or a word beginning with it for "contest*".
func hasWord(words []string, w string) bool {
	stem, prefix := strings.CutSuffix(strings.ToLower(strings.TrimSpace(w)), "*")
	for _, x := range words {
		if x == stem || prefix && strings.HasPrefix(x, stem) {
			return true
		}
	}
	return false
}

// saidOf keeps the items (flows, screens, trade-offs) whose text, as said keeps lines, the
// problem keeps, with the prefix taken off that text.
func saidOf[T any](items []T, problem string, text func(*T) *string) []T {
	out := make([]T, 0, len(items))
	for _, it := range items {
		s := text(&it)
		if kept := said([]string{*s}, problem); len(kept) == 1 {
			*s = kept[0]
			out = append(out, it)
		}
	}
	return out
}

// saidParagraphs keeps a text's paragraphs as said keeps lines, closing the gap a dropped one
// leaves.
func saidParagraphs(text, problem string) string {
	paras := strings.Split(text, "\n\n")
	// A paragraph whose condition holds is kept without its marker, so every paragraph kept is
	// not the text unchanged.
	return strings.Join(said(paras, problem), "\n\n")
}

// liveSaleMarks are the marks of a live sale: the auctioneer and the hammer, the room the sale
// is called in, bidding said to be live, and bidders who join or bid alongside that room.
var liveSaleMarks = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bauctioneers?\b`),
	regexp.MustCompile(`(?i)\bhammer\b(?:[^.;:]{0,3}\b(?:falls?|fell|drops?|comes? down))?(?:\s+price)?`),
	regexp.MustCompile(`(?i)\b(?:sale ?rooms?|sale ?barns?|barns?|sale ?rings?|(?:the|auction|show) ring|rostrum|podium|(?:the|sale|auction|market) floor|(?:from|on) the floor|in[- ]the[- ]room|in[- ]room|in[- ]barn|the room|market hall|sale ?yards?)\b`),
	regexp.MustCompile(`(?i)\b(?:live (?:auctions?|bidding|bids?|sales?|bidders?)|simulcast\w*|bid(?:s|ding)? live|live-?stream\w* (?:auctions?|sales?))\b`),
	regexp.MustCompile(`(?i)\b(?:phone|telephone|online|internet|remote) (?:bidders?|bids?|bidding)\b[^.;:]{0,40}?\b(?:join|alongside|with|against|compete|together)\w*|\b(?:join|alongside)\w* (?:the )?(?:room|floor|auctioneer|sale)\b|\bbids? (?:from|on) the (?:floor|room|phones?|telephones?|internet)\b`),
}

// liveSale reports whether at least two marks of a live sale are in the problem.
func liveSale(problem string) bool {
	n := 0
	for _, re := range liveSaleMarks {
		if loc := re.FindStringIndex(problem); loc != nil && !strings.EqualFold(strings.TrimSpace(problem[loc[0]:loc[1]]), "hammer price") {
			n++
		}
	}
	return n >= 2
}

// unconditioned is a line without its {said:…} and {unsaid:…} conditions, as another pattern
// names it when it replaces the line.
func unconditioned(l string) string {
	for m := saidRe.FindStringSubmatch(l); m != nil; m = saidRe.FindStringSubmatch(l) {
		l = l[len(m[0]):]
	}
	return l
}
