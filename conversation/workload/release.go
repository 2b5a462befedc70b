package workload

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A release puts a batch of something on offer at a clock time: "new slots are released every
// Monday at 8am", "permits go on sale on 1 March at 9am", "lane slots open every Sunday at 6pm".
// Those who want them do not spread over the day: they wait for the time and come in its first
// minutes, every time it comes back, and what is on offer bounds what they can take.

// releaseRe finds what is released, the day it comes back on and the clock time.
var releaseRe = regexp.MustCompile(`(?i)\b([a-z-]+)\s+(?:are\s+|is\s+|get\s+|gets\s+)?(?:released|published|open|opens|opening|go live|goes live|go on sale|goes on sale|drop|drops|become available|becomes available)\s+((?:every|each|on)\s+[^.;,]{1,25}?\s+)?(?:at|from)\s+(` + clockTime + `)`)

// Release is a release the statement sizes a rush for.
type Release struct {
	Said  string  // as said: "new slots are released every Monday at 8am"
	Crowd float64 // the population that wants what is released: "4 million eligible residents"
	Stock float64 // how many are on offer each time, stated or following from the supply; 0 when unknown
}

// release is what a statement puts on offer at a clock time.
type release struct {
	noun    string  // what is released, singular: "slot"; a process ("registration") is not counted
	process string  // what opens when it is no batch of things: "registration"
	count   float64 // how many are released, where the release says: "2,000 permits … go on sale"
	said    string  // the release as said: "new slots are released every Monday at 8am"
	at      string  // as said: "every Monday at 8am"
	recurs  float64 // how often it comes back, 0 when not said
	sale    bool    // sold, not booked: "go on sale", a drop
}

// dropRe finds a batch dropped with no clock time said: "a sneaker drop of 5,000 pairs", "drop
// app: 5,000 pairs".
var dropRe = regexp.MustCompile(`(?i)\bdrops?\b[^.;]{0,12}?(\d[\d,.]*\s*(?:k|m|thousand|million)?)\s+([a-z-]+s)\b`)

// readRelease finds a release in the statement: at a clock time that says am, pm or minutes, or
// a drop of a counted batch, which opens at a time its crowd is told.
func readRelease(statement string) *release {
	loc := releaseRe.FindStringSubmatchIndex(statement)
	if loc == nil || loc[10] < 0 && loc[12] < 0 {
		return readDrop(statement)
	}
	sub := func(k int) string {
		if loc[2*k] < 0 {
			return ""
		}
		return statement[loc[2*k]:loc[2*k+1]]
	}
	noun := strings.ToLower(sub(1))
	clause := statement[:loc[1]]
	if b := clauseBreakRe.FindAllStringIndex(clause[:loc[0]], -1); b != nil {
		clause = clause[b[len(b)-1][1]:]
	}
	clause = strings.TrimSpace(clause)
	if w, rest, ok := strings.Cut(clause, " "); ok && (strings.EqualFold(w, "and") || strings.EqualFold(w, "while") || strings.EqualFold(w, "where")) {
		clause = rest
	}
	count := 0.0
	if c := countedNounRe.FindAllStringSubmatch(clause, -1); c != nil {
		last := c[len(c)-1]
		noun = strings.ToLower(last[1]) // "2,000 permits for the summer go on sale": permits
		if toks := tokenize(last[0]); len(toks) > 0 {
			count, _, _, _ = number(toks, 0)
		}
	}
	if !releasable[singular(noun)] {
		noun = releasedIn(clause[:len(clause)-(loc[1]-loc[3])]) // "classes for the next week are released"
	}
	if !releasable[singular(noun)] {
		return nil // "stores open at 7am" are opening hours; "episodes are released" are not taken one each
	}
	rel := &release{noun: singular(noun), count: count, sale: saleRe.MatchString(sub(0)), said: strings.Join(strings.Fields(clause), " "),
		at: strings.Join(strings.Fields(sub(2)+" at "+sub(3)), " ")}
	if processes[noun] {
		// "registration opens at 7am": the process opens, no batch of things.
		rel.noun, rel.process = "", noun
	}
	day := strings.ToLower(strings.TrimSpace(sub(2)))
	switch {
	case strings.HasPrefix(day, "on ") && !strings.HasSuffix(day, "s"):
		// "on 1 March", "on Monday": once, not a habit.
	case weekdayWordRe.MatchString(day):
		rel.recurs = weekSeconds
	case strings.Contains(day, "day") || strings.Contains(day, "morning") || strings.Contains(day, "evening"):
		rel.recurs = 86400
	case strings.Contains(day, "month"):
		rel.recurs = 30 * 86400
	case monthWordRe.MatchString(day) && !strings.HasPrefix(day, "on "):
		rel.recurs = yearSeconds // "each January"
	}
	return rel
}

// releasable are what a crowd takes one each of when they are released: the stock nouns and
// what is booked; processes open for a crowd to make one each: "registration opens at 7am".
var (
	releasable = union(stockNouns, set(`permit appointment session class booking reservation lane pitch plot campsite licence license voucher`), processes)
	processes  = set(`registration enrolment enrollment signup sign-up application ballot booking sale`)
)

func union(a, b map[string]bool, more ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range append([]map[string]bool{a, b}, more...) {
		for k := range m {
			out[k] = true
		}
	}
	return out
}

// releasedIn is the last thing in a release's subject that can be released: the classes of
// "classes for the next week", or "".
func releasedIn(subject string) string {
	words := strings.Fields(strings.ToLower(subject))
	for i := len(words) - 1; i >= 0; i-- {
		if w := strings.Trim(words[i], ",'\""); strings.HasSuffix(w, "s") && releasable[singular(w)] {
			return w
		}
	}
	return ""
}

// dropOfRe finds a drop that names its batch: "a drop of".
var dropOfRe = regexp.MustCompile(`(?i)\bdrops?\s+of\s`)

// readDrop reads a drop of a counted batch ("a sneaker drop of 5,000 pairs") as a release that
// comes once.
func readDrop(statement string) *release {
	m := dropRe.FindStringSubmatch(statement)
	if m == nil {
		return nil
	}
	noun := singular(strings.ToLower(m[2]))
	toks := tokenize(m[1])
	count, _, _, ok := number(toks, 0)
	// "a drop of 2,500 records" names its batch whatever it is; "drop app: 5,000 pairs" only
	// with a noun that is stock.
	of := dropOfRe.MatchString(m[0])
	if !ok || !releasable[noun] && !(of && !personNoun(noun) && timeUnits[noun] == 0) {
		return nil
	}
	return &release{noun: noun, count: count, said: strings.Join(strings.Fields(m[0]), " "), sale: true}
}

// clauseBreakRe ends the clause before a release: a stop, a semicolon, a colon, or a comma
// that is not inside a figure ("2,000").
var clauseBreakRe = regexp.MustCompile(`[.;:]|,(?:\D|$)`)

// countedNounRe finds a counted noun in a release's clause: "2,000 permits".
var countedNounRe = regexp.MustCompile(`(?i)\d[\d,.]*\s*(?:k|m|thousand|million)?\s+([a-z-]+s)\b`)

// saleRe finds a release that sells what it releases.
var saleRe = regexp.MustCompile(`(?i)\b(?:on sale|drops?)\b`)

var monthWordRe = regexp.MustCompile(`(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year)\b`)

var weekdayWordRe = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweek\b`)

const (
	// recurringShare is the part of those who want what is released that turns up in the first
	// minutes after a release that comes back ("every Monday"): the rest got theirs in an
	// earlier week or wait for a later one. onceShare is that part when it comes once ("on 1
	// March", "registration opens at 7am"): there is no later one to wait for.
	recurringShare, onceShare = 0.1, 0.5
	// workdayHours is how long a day of slots runs when the statement gives only their length.
	workdayHours = 8
	// workdaysAWeek is how many days a week's slots are spread over.
	workdaysAWeek = 5
)

// released sizes a release's rush when no rush is stated: a share of the largest counted
// population comes in the first minutes after the time, every time it comes back, and the
// stock on offer, stated or following from the stated supply, bounds what they book.
func (r *reader) released(rel *release) {
	if rel == nil {
		return
	}
	for _, f := range r.out.Flows {
		if f.Burst && f.Source == conversation.Stated {
			return // the statement sizes its rush itself
		}
	}
	var crowd *mention
	for _, m := range r.ms {
		// "6 million adults" may have been read as a count of something: they are a crowd all
		// the same.
		people := m.kind == mActors && releaseCrowd(m.noun) || m.kind == mEvents && m.per == 0 && (personNoun(m.noun) || populationNouns[m.noun])
		if people && !m.limit && !m.capacity && (crowd == nil || m.value > crowd.value) {
			crowd = m
		}
	}
	if crowd == nil || crowd.value < 1000 {
		return // a handful of people is no rush
	}
	crowd.used = true // the people who come, not items the system keeps
	if crowd.kind != mActors && r.out.Users < crowd.value {
		r.out.Users = crowd.value
		r.note("%s %s: stated, those who want what is released", human(crowd.value), plural(crowd.noun))
	}
	window := float64(openingMinutes * 60)
	share, part, when := onceShare, "half", ""
	if rel.recurs > 0 {
		share, part, when = recurringShare, "a tenth", ", each time"
	}
	come := math.Round(crowd.value * share)
	arrive := conversation.Flow{Name: "arrive", Kind: conversation.FlowWrite, Count: come, PerSeconds: window, Peak: true, Burst: true,
		Recurs: rel.recurs, Source: conversation.Derived, From: rel.at}
	r.note("release: %q (stated); %s of the %s %s (%s) come in the first %d minutes after it%s (assumed)",
		rel.said, part, human(crowd.value), plural(crowd.noun), human(come), openingMinutes, when)
	stock, how := r.releasedStock(rel, crowd)
	r.out.Release = Release{Said: rel.said, Crowd: crowd.value, Stock: stock}
	name := "book " + rel.noun
	if rel.sale {
		name = "buy " + rel.noun
	}
	if rel.noun == "" {
		name = rel.process // "registration opens at 7am": what comes is the process's own act
	}
	book := conversation.Flow{Name: uniqueName(r.out.Flows, conversation.Flow{Name: name}).Name, Kind: conversation.FlowWrite,
		Count: come, PerSeconds: window, Peak: true, Burst: true, Recurs: rel.recurs, Source: conversation.Derived, From: rel.at}
	if stock > 0 && stock < come {
		book.Count = stock
		r.out.Flows = append(r.out.Flows, arrive, book)
		act := "booking"
		if rel.sale {
			act = "sale"
		}
		r.note("%s: %s %s on offer (%s), fewer than come: at most one %s each, within %s if they are all taken", book.Name,
			human(stock), plural(rel.noun), how, act, days(window))
		return
	}
	r.out.Flows = append(r.out.Flows, book)
	if stock > 0 {
		r.note("%s: one each of those who come (assumed); %s %s on offer (%s) are enough for them", book.Name, human(stock), plural(rel.noun), how)
		return
	}
	r.note("%s: one each of those who come (assumed)", book.Name)
}

// releaseCrowd reports whether a counted noun can want what is released: people ("residents",
// "adults", "hunters"), not machines, places or organisations.
func releaseCrowd(noun string) bool {
	return personNoun(noun) || residentNouns[noun] || !thingNouns[noun] && !placeNouns[noun] && !orgNouns[noun]
}

// populationNouns count people by who they are rather than what they do.
var populationNouns = set(`adult child kid senior teen teenager youth household family voter taxpayer citizen local person people`)

// releasedStock is how many of what is released are on offer each time: a stated count of them
// (or of a stock noun) smaller than the crowd, else the stated supply's slots over the release's
// period: each of the counted staff works a day of slots of the stated length.
func (r *reader) releasedStock(rel *release, crowd *mention) (float64, string) {
	if rel.noun == "" {
		return 0, ""
	}
	if rel.count >= 1 && rel.count < crowd.value {
		for _, s := range r.ms {
			if s.value == rel.count && s.kind != mActors {
				s.used = true // said of what is released, whatever it was read as
			}
		}
		return rel.count, "stated"
	}
	for _, s := range r.ms {
		// "60,000 seats per show" bounds each show's sale: the stock of each release.
		if s == crowd || s.span || s.per > 0 || s.limit && !stockNouns[s.noun] || s.value < 1 || s.value >= crowd.value || s.noun != rel.noun && !stockNouns[s.noun] {
			continue
		}
		if s.kind == mActors || s.kind == mOther || s.kind == mEvents {
			s.used = true
			if s.noun != rel.noun {
				return s.value, "stated, as " + human(s.value) + " " + plural(s.noun) // "60,000 seats per show" for tickets
			}
			return s.value, "stated"
		}
	}
	span := 0.0 // the spans are noted later, with the rest
	for _, sp := range r.ms {
		if sp.span && (sp.noun == rel.noun || stockNouns[sp.noun] || sp.noun == "appointment" || sp.noun == "session") {
			span = sp.value
			break
		}
	}
	if span <= 0 || span > workdayHours*3600 {
		return 0, ""
	}
	var staff *mention
	for _, m := range r.ms {
		if m != crowd && m.kind == mActors && !m.limit && personNoun(m.noun) && !orgNouns[m.noun] && !placeNouns[m.noun] && m.value < crowd.value &&
			(staff == nil || m.value > staff.value) {
			staff = m
		}
	}
	if staff == nil {
		return 0, ""
	}
	perDay := math.Floor(workdayHours * 3600 / span)
	days, over := 1.0, "a day"
	if rel.recurs == weekSeconds {
		days, over = workdaysAWeek, "a week"
	}
	how := fmt.Sprintf("%s a release: %s %s × %s a day (%s %s over an %s-hour day, assumed)", over, human(staff.value), plural(staff.noun),
		human(perDay), slotLength(span), plural(rel.noun), human(workdayHours))
	if days > 1 {
		how += fmt.Sprintf(" × %s days (assumed)", human(days))
	}
	return staff.value * perDay * days, how
}

// slotLength says a slot's length as an adjective: "15-minute".
func slotLength(span float64) string {
	if span >= 3600 && math.Mod(span, 3600) == 0 {
		return human(span/3600) + "-hour"
	}
	return human(span/60) + "-minute"
}
