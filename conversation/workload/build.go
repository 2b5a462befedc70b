package workload

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// human formats counts in notes.
var human = conversation.Human

// inheritRates completes figures that borrow from their neighbours: "1 billion views and 500,000
// uploads per day" (views take "per day"), "upload 2 photos a day and view 100" (the 100 are
// photos viewed a day), "1 million coupons claimed in the first 10 minutes" (a burst).
// perNounSenders reads "800 million app installs send about 0.3 crash reports per install per
// day": the figure "per install" counts for each install, so the installs are who sends.
func (r *reader) perNounSenders() {
	for _, m := range r.ms {
		if m.perNoun == "" || m.kind != mEvents {
			continue
		}
		for _, a := range r.ms {
			if a != m && a.noun == m.perNoun && (a.kind == mEvents && a.per == 0 || a.kind == mActors) {
				if a.kind == mEvents {
					a.kind, a.class = mActors, "things"
				}
				m.each = true
			}
		}
	}
}

// onesOfBefore names "ones" after the count before it in the sentence: "80k listings live at
// any time and 3k new ones a day" are 3k new listings, not 3k of something called "one".
func (r *reader) onesOfBefore() {
	for i, m := range r.ms {
		if m.noun != "one" || !slices.Contains(r.sents[m.sent][m.pos:min(m.end, len(r.sents[m.sent]))], "ones") {
			continue
		}
		for j := i - 1; j >= 0 && r.ms[j].sent == m.sent; j-- {
			if o := r.ms[j]; o.noun != "" && o.noun != "one" && o.value > 1 && !personNoun(o.noun) { // not "at any one time"
				m.noun, m.name = o.noun, o.noun
				break
			}
		}
	}
}

func (r *reader) inheritRates() {
	r.perNounSenders()
	for i, m := range r.ms {
		if m.kind != mEvents || m.per > 0 || r.heldInCollection(m) {
			continue
		}
		var prev, next *mention
		for j := i - 1; j >= 0 && r.ms[j].sent == m.sent; j-- {
			if r.ms[j].kind == mEvents && r.ms[j].per > 0 {
				prev = r.ms[j]
				break
			}
		}
		for j := i + 1; j < len(r.ms) && r.ms[j].sent == m.sent; j++ {
			if r.ms[j].kind == mWindow && !r.ms[j].used && !r.ms[j].toAct {
				// A rush of minutes or hours is the peak itself; a stretch of days or weeks ("in
				// the 3 weeks before the deadline") is the season's average, whose busiest hours
				// run over it by the usual factor.
				rush := r.ms[j].value < 86400
				m.per, m.peak, m.window, r.ms[j].used = r.ms[j].value, rush, rush, true
				if !rush {
					// The stretch comes once a year (a deadline, a term, a season), so storage
					// counts the year's total, not the stretch's rate all year.
					m.season = 365 * 86400
					r.note("%s %s spread over %s: the average in that stretch; its busiest hours run higher", human(m.value), plural(m.noun), days(m.per))
					if said := r.ms[j].season; said > 0 {
						m.season = said
						r.note("%s stored: the stretch of %s comes once %s (stated), so %s each time, not that stretch's rate all the time", plural(m.noun), days(m.per), conversation.Period(said), human(m.value))
					} else {
						r.note("%s stored: the stretch of %s comes once a year (assumed), so %s a year, not that stretch's rate all year", plural(m.noun), days(m.per), human(m.value))
					}
				}
				break
			}
			if r.ms[j].kind == mEvents && r.ms[j].per > 0 && r.ms[j].noun != "" {
				next = r.ms[j]
				break
			}
			if r.ms[j].kind != mOther {
				break
			}
		}
		switch {
		case m.per > 0:
		case m.noun != "" && next == nil && namedDayBefore(r.sents[m.sent], m.pos) != "":
			// "…, and on the hottest day of summer the finder gets 300,000 searches": that day's
			// count, however late in the sentence the day is named.
			m.per, m.day = 86400, namedDayBefore(r.sents[m.sent], m.pos)
		case m.noun != "" && dayNamed(r.sents[m.sent], m.end) != "":
			// "2 million taps on a powder-day Saturday", "80,000 scans on race day": the count of
			// that one day, the busiest the statement names, not a figure without a period.
			m.per, m.day = 86400, dayNamed(r.sents[m.sent], m.end)
		case m.noun != "" && standingAfter(r.sents[m.sent], m.end) && r.sentencePeriod(m.sent) > 0:
			// "we send daily call sheets …, 25 productions running at once": the period is the
			// sheets'; the productions stand, whatever the sentence says elsewhere.
			r.standing(m)
		case m.noun != "" && next == nil && r.sentencePeriod(m.sent) > 0 && !spreadAcross(r.sents[m.sent], m.pos) && !whereNouns[m.noun]:
			// "Each day brings 500,000 uploads and 1 billion plays", "Daily volume: a billion views".
			m.per = r.sentencePeriod(m.sent)
		case m.noun == "" && prev != nil:
			// "view 100": the previous figure's noun and period, this figure's verb.
			m.noun, m.per, m.each, m.peak = prev.noun, prev.per, prev.each, prev.peak
			m.name = prev.noun
			r.kindOf(r.sents[m.sent], m, m.pos)
		case next != nil && m.noun != "" && ownRate(r.sents[m.sent], m, next), m.noun != "" && thereAre(r.sents[m.sent], m.pos),
			m.noun != "" && standingAfter(r.sents[m.sent], m.end):
			// "5 million scheduled jobs and peaks of 20,000 job triggers per second": the rate is
			// the second count's own; the first counts a population: machines that are there
			// ("40,000 lockers"), or items the system keeps ("jobs"). So does a count said to
			// be there ("there are 3 million active caches").
			r.standing(m)
		case next != nil && m.noun != "" && !verbBetween(r.sents[m.sent], m.end, next.pos) && !listedApart(r.sents[m.sent], m, next):
			// "100k PUT requests and 500k GET requests per second": one period for the list; but
			// not "index 3 billion pages and serve 20,000 searches a second".
			m.per, m.peak = next.per, next.peak
		case prev != nil && m.noun != "" && word(r.sents[m.sent], m.pos-1) == "and" && prev.end >= m.pos-2:
			// "100M new links a month and 10B redirects": the period said once covers both.
			m.per, m.peak = prev.per, prev.peak
		}
	}
}

// heldInCollection marks a count said as a collection's size ("lyrics come from a licensed
// catalog of 250k tracks") as what the system holds, taking no period from its sentence ("On
// Friday nights"), and reports whether it was one.
func (r *reader) heldInCollection(m *mention) bool {
	if m.noun == "" || !collectionOf(r.sents[m.sent], m.pos) {
		return false
	}
	m.kept = !thingNouns[m.noun] && !actorNouns[m.noun]
	return true
}

// collectionOf reports a count said as the size of a collection ("a licensed catalog of 250k
// tracks", "a library of 40,000 titles"): how many items stand in it, not items arriving in
// whatever period the sentence names.
func collectionOf(toks []string, pos int) bool {
	j := pos - 1
	for j >= 0 && corpusLead[toks[j]] {
		j--
	}
	return word(toks, j) == "of" && collectionNouns[word(toks, j-1)]
}

// lentThing reports a count of tools that are lent, hired or borrowed ("3 branches lend about
// 4,000 tools"): things on a shelf, not the client apps an SSO serves.
func lentThing(toks []string, m *mention) bool {
	return within(toks, max(m.pos-4, 0), min(m.end+6, len(toks)), "lend", "lends", "lent", "loan", "loans", "borrow", "borrows", "borrowed", "hire", "hires", "rent", "rents", "rented", "library", "shed", "shelf", "shelves")
}

// standing files a count with no period of its own that stands rather than arrives: machines
// that are there are a population ("40,000 lockers"), anything else what the system keeps.
func (r *reader) standing(m *mention) {
	if thingNouns[m.noun] || actorNouns[m.noun] {
		m.kind, m.class = mActors, "things"
	} else {
		m.kept = true
	}
}

// standingAfter reports a count said to hold at any moment ("80k listings live at any time and
// 3k new ones a day") or to be going on together ("25 productions running at once", "40 shoots
// run concurrently"): what stands, not what arrives, so it takes no period from a count after
// it nor from the sentence's ("we send daily call sheets").
func standingAfter(toks []string, end int) bool {
	if onOffer(toks, end) {
		return true
	}
	for j := end; j < len(toks) && j < end+4; j++ {
		switch w := toks[j]; {
		case w == "," || w == ";" || w == "and":
			return false
		case w == "at" && word(toks, j+1) == "any" && (word(toks, j+2) == "time" || word(toks, j+2) == "moment" || word(toks, j+2) == "point"),
			w == "at" && word(toks, j+1) == "any" && (word(toks, j+2) == "one" || word(toks, j+2) == "given") && word(toks, j+3) == "time":
			return true
		case j <= end+1 && togetherAt(toks, j) && (j == end || goingOn[toks[end]]):
			return true
		}
	}
	return false
}

// togetherAt reports a phrase at toks[j] saying things go on together: "at once", "at the same
// time", "concurrently", "simultaneously", "in parallel".
func togetherAt(toks []string, j int) bool {
	w, next := word(toks, j), word(toks, j+1)
	return w == "concurrently" || w == "simultaneously" || w == "in" && next == "parallel" || w == "at" && next == "once" ||
		w == "at" && next == "the" && word(toks, j+2) == "same" && word(toks, j+3) == "time"
}

// goingOn are words saying counted things are under way, right after them: "productions running
// at once", "shoots in progress".
var goingOn = set(`running run going ongoing underway live active open happening`)

// onOffer reports a count said, right after it, to be on offer ("300 games listed and 50 trades
// a week", "1,200 homes for sale", "40k items in stock"): a standing stock of items, not a
// flow, unless a rate of its own follows ("3k listings posted a day" are arrivals).
func onOffer(toks []string, end int) bool {
	w, next := word(toks, end), word(toks, end+1)
	n := 1
	switch {
	case standingWords[w]:
	case (w == "on" || w == "for" || w == "in" || w == "up") && offerPlaces[next], w == "on" && next == "the" && offerPlaces[word(toks, end+2)]:
		n = 2
		if next == "the" {
			n = 3
		}
	default:
		return false
	}
	after := word(toks, end+n)
	return rateLeads[after] == false && rateAdverbs[after] == 0 && timeUnits[word(toks, end+n+1)] == 0
}

// standingWords say items are there to be had; offerPlaces where ("on sale", "for rent").
var (
	standingWords = set(`listed available unsold outstanding`)
	offerPlaces   = set(`offer sale display rent trade hire adoption stock market board site shelf shelves`)
)

// thereAre reports a count said to exist ("there are about 3 million active caches worldwide
// and 400,000 finds are logged a day"): what there is, a population or items kept, takes no
// period from a count after it.
func thereAre(toks []string, pos int) bool {
	for j := pos - 1; j >= 1 && j >= pos-4; j-- {
		if w := toks[j]; w == "," || w == ";" {
			return false
		} else if toks[j-1] == "there" && (w == "are" || w == "is" || w == "be" || w == "exist") {
			return true
		}
	}
	return false
}

// whereNouns count where or in what form things happen, never events: "across the four US time
// zones" in a sentence about a daily puzzle is no four zones a day.
var whereNouns = set(`zone timezone language currency country region continent city state market`)

// listedApart reports a count set apart from the next one by a comma that counts something no
// event names: "45 languages, ~3,000 hearings per week" lists two facts, and the languages take
// no period; "100k PUTs, 500k GETs and 50k DELETEs per second" share theirs.
func listedApart(toks []string, m, next *mention) bool {
	return within(toks, m.end, next.pos, ",") && !readNouns[m.noun] && !writeNouns[m.noun] && m.noun != next.noun
}

// ownRate reports a rate that belongs to the next count alone, not to the list before it: a count
// said as a peak ("5M jobs and peaks of 20K triggers a second", "up to 3K a second at peak") is
// that count's rush, and a count whose noun names the earlier one ("job triggers" after "jobs",
// "sensor readings" after "sensors") counts what happens to each of those, which are a
// population.
func ownRate(toks []string, m, next *mention) bool {
	if m.noun == next.noun {
		return false
	}
	if within(toks, next.pos-3, next.pos, "peak", "peaks", "peaking", "spike", "spikes", "bursts") {
		return true
	}
	if word(toks, m.end) == "with" && next.pos == m.end+1 {
		return true // "14 routes with 60 sailings a day": the routes are there, the sailings run
	}
	name := strings.Fields(next.name)
	return len(name) > 1 && slices.Contains(name[:len(name)-1], m.noun)
}

// verbBetween reports a verb in toks[from:to]: a second clause, whose period is its own.
func verbBetween(toks []string, from, to int) bool {
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		if w := toks[j]; w != "and" && w != "or" && verbStem(w) != "" {
			return true
		}
	}
	return false
}

// sentencePeriod finds a period a sentence states for all its figures, before the first of them:
// "each day brings …", "every month we see …", "daily volume: …".
func (r *reader) sentencePeriod(si int) float64 {
	toks := r.sents[si]
	for j, w := range toks {
		if _, _, _, isNum := number(toks, j); isNum && wordNumbers[w] == 0 {
			return 0
		}
		if f := rateAdverbs[w]; f > 0 && !strings.HasPrefix(w, "/") {
			return f
		}
		if sec, _ := periodAt(toks, j); sec > 0 && w != "an" {
			return sec // "every month we see …", "on Saturdays …"
		}
		if sec, _ := everyFew(toks, j); sec > 0 {
			return sec // "each night about 9 million transactions …", "every 2 weeks we crawl …"
		}
		if w == "on" && (timeUnits[word(toks, j+1)] >= 86400 || periodAdjectives[word(toks, j+1)] && timeUnits[word(toks, j+2)] >= 86400 || namedDay(toks, j)) {
			return 86400 // "on busy days customers place 25 million orders", "on a big storm day the map gets 500k views"
		}
	}
	return 0
}

// populations settles who uses the system: daily, monthly, registered and concurrent users.
// habits turns counted actors that each act once a period ("8,000 trucks that report mileage
// daily") into a flow of that action, each of them once a period.
func (r *reader) habits() {
	for _, m := range r.ms {
		if m.kind != mActors || m.habit == 0 || m.name == "" || slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool {
			return f.Each && f.Actors == m.value // "upload their sales once a day": already read as their flow
		}) {
			continue
		}
		if (m.day != "" || m.habit <= 86400) && r.rushAfter(m) {
			// "on results day, 700,000 students all check their grades on the same morning",
			// "every weekday, 30,000 pupils order lunch within 15 minutes": a burst, read by
			// bursts, once each day; read as a habit too, it would be counted twice.
			continue
		}
		kind := conversation.FlowWrite
		if readVerbs[m.verb] && !readDevices[m.noun] && !shippedGoods[singular(lastWord(m.name))] { // "3 million tag reads a day": the tags are read by machines, sent in; "get a weekly box" is a delivery
			kind = conversation.FlowRead
		}
		f := uniqueName(r.out.Flows, conversation.Flow{Name: m.name, Kind: kind, Count: 1, PerSeconds: m.habit, Each: true,
			Actors: m.value, ActorNoun: plural(m.noun), Source: conversation.Stated, From: m.quote})
		r.out.Flows = append(r.out.Flows, f)
		m.used = true
		when := periodWord(m.habit)
		if m.day != "" {
			when = "on " + m.day + " (the day to size for)"
		}
		r.note("%s: each of the %s %s once %s: stated", f.Name, human(m.value), plural(m.noun), when)
	}
}

// rowsOf reads a count said as what one sent thing holds: "pharmacies report daily stock of
// 5,000 drugs", "stores upload a nightly snapshot of 40,000 SKUs". Each report carries that
// many rows, so the rows are a flow of their own, counted per report, while the reports stay
// the requests that carry them.
func (r *reader) rowsOf() {
	for _, m := range r.ms {
		if m.used || m.per > 0 || m.noun == "" || m.value < 2 || (m.kind != mEvents && m.kind != mActors) {
			continue
		}
		toks := r.sents[m.sent]
		if word(toks, m.pos-1) != "of" {
			continue
		}
		what := singular(word(toks, m.pos-2))
		for _, f := range r.out.Flows {
			if f.Source != conversation.Stated || f.ItemsOf != "" || lastWord(f.Name) != what {
				continue
			}
			// A report of what is on hand now replaces the last one: a store keeps one row per
			// item, not a day's rows for ever.
			nf := uniqueName(r.out.Flows, conversation.Flow{Name: what + " line", Kind: f.Kind, Count: m.value, PerSeconds: 1,
				ItemsOf: f.Name, Source: conversation.Stated, From: m.quote, Overwrites: stateNouns[what]})
			r.out.Flows = append(r.out.Flows, nf)
			m.used = true
			r.note("%s: stated (%s %s in each %s, a row each: %s rows a day, arriving in batches of %s, not one request each)",
				nf.Name, human(m.value), plural(m.noun), f.Name, human(r.out.Workload.Rate(nf)*86400), human(m.value))
			break
		}
	}
}

// rushAfter reports a window of a minute or more later in m's sentence: what the crowd does is a
// rush inside it, not spread over the day.
func (r *reader) rushAfter(m *mention) bool {
	return slices.ContainsFunc(r.ms, func(x *mention) bool {
		return x.sent == m.sent && x.pos > m.pos && (x.kind == mWindow || x.kind == mLatency && x.value >= 60)
	})
}

// arriveVerbs say something comes or goes: what an organisation counted before them never does.
var arriveVerbs = set(`arrive depart land come enter exit`)

// acts keeps what counted machines or organisations do where no rate says how often: "40
// hospitals request blood units" is 40 hospitals, each requesting, at a rate the statement
// leaves open, not 40 users nor the people of 40 hospitals.
func (r *reader) acts() {
	for _, m := range r.ms {
		if m.kind != mActors || m.used || m.class != "things" || m.habit > 0 || !orgNouns[m.noun] && !crewedNouns[m.noun] {
			continue
		}
		toks := r.sents[m.sent]
		k := m.end
		for k < len(toks) && (toks[k] == "that" || toks[k] == "who" || toks[k] == "which" || toks[k] == "all") {
			k++ // "40 hospitals that order blood"
		}
		last := word(toks, m.end-1)
		verb := verbNext(toks, k)
		if verb == "" || singular(last) == last || r.periodAfter(m) || comesBy(toks, k) {
			continue // "a 2,000-node Hadoop cluster" names no act; "300 PoPs serving 20M requests a second" is measured
		}
		if orgNouns[m.noun] && arriveVerbs[verb] {
			continue // "files from 35 banks that arrive between midnight and 5am": the files arrive, not the banks
		}
		object, from := "", k+1
		if w := word(toks, from); w == "a" || w == "an" || w == "the" || w == "their" || w == "its" {
			from++ // "vessels file an electronic logbook entry": the object after its article
		}
		for j := from; j < len(toks) && j < from+3 && isWord(toks[j]) && !stopWords[toks[j]]; j++ {
			object = strings.TrimSpace(object + " " + toks[j])
		}
		if f := strings.Fields(object); len(f) > 0 {
			f[len(f)-1] = singular(f[len(f)-1])
			object = strings.Join(f, " ")
		}
		act := Act{Actors: Population{Value: m.value, Noun: m.noun}, Name: orWord(flowName(verb, object), verb), Kind: conversation.FlowWrite}
		if readVerbs[verb] {
			act.Kind = conversation.FlowRead
		}
		r.out.Acts = append(r.out.Acts, act)
		m.used = true
		r.note("%s: by each of the %s %s: stated, but not how often", act.Name, human(m.value), plural(m.noun))
	}
}

// periodAfter reports a period stated for m's sentence after it, read by another figure: "40
// garages report every 30 seconds".
func (r *reader) periodAfter(m *mention) bool {
	for _, x := range r.ms {
		// Only in m's own clause: "400 schools send consent forms, parents sign 1M forms each
		// autumn" gives the parents' period, not the schools'.
		if x.sent == m.sent && x.pos > m.pos && (x.kind == mEvery || x.per > 0) && !within(r.sents[m.sent], m.end, x.pos, ",", ";") {
			return true
		}
	}
	return false
}

// statedAs says where a count came from: the statement, or a guess at a word that gives no
// number ("several tenants").
func statedAs(m *mention) string {
	if m.vague {
		w, _, _ := strings.Cut(m.quote, " ")
		if w == "few" {
			w = "a few"
		}
		return fmt.Sprintf("no number given (%q), %s assumed", w, human(m.value))
	}
	return "stated"
}

// periodWord says a period as people do: "a day", "an hour", "every 10 minutes".
func periodWord(sec float64) string {
	switch sec {
	case 86400:
		return "a day"
	case 3600:
		return "an hour"
	case 7 * 86400:
		return "a week"
	case 30 * 86400:
		return "a month"
	}
	if p := conversation.Period(sec); !strings.HasPrefix(p, "every") {
		return p // "a fortnight", "a term"
	}
	return "every " + days(sec)
}

// activeShare is the share of people the statement says are active on a day ("20% log in
// daily"), or 0.
func (r *reader) activeShare() float64 {
	share := 0.0
	for _, m := range r.ms {
		if m.kind == mPercent && m.value > 0 && m.value <= 100 && r.near(m, "active", "daily", "day", "log", "visit", "open", "use") && !r.near(m, awayWords...) &&
			percentOf(r.sents[m.sent], m) == "" && !becomesOf(r.sents[m.sent], m.end) && !carriesOf(r.sents[m.sent], m.end) && !thoseWhoAre(r.sents[m.sent], m.end) && !rushOfThem(r.sents[m.sent], m.end) { // "80M requests a day, 67% reads" is a split, not who is active
			share, m.used = m.value/100, true
		}
	}
	return share
}

// awayWords say a share is of those who do not come or drop out ("on a typical day 1 in 12
// students is absent"): a share of an event, never of who is active.
var awayWords = []string{"absent", "absence", "absences", "no-show", "no-shows", "sick", "ill", "late", "miss", "missed", "missing",
	"fail", "fails", "failed", "cancel", "cancels", "cancelled", "canceled", "churn", "churns", "quit", "quits", "off"}

// populations sets the workload's people from the counted actors: daily and monthly actives,
// users (a marketplace's two sides, providers apart) and people online at once.
func (r *reader) populations() {
	var dau, wau, mau, users, conc *mention
	biggest := func(cur, m *mention) *mention {
		if cur == nil || m.value > cur.value {
			return m
		}
		return cur
	}
	for _, m := range r.ms {
		if m.kind != mActors {
			continue
		}
		switch m.class {
		case "dau":
			dau = biggest(dau, m)
		case "mau":
			mau = biggest(mau, m)
		case "wau":
			wau = biggest(wau, m)
		case "users":
			r.out.People = append(r.out.People, Population{Value: m.value, Noun: m.noun})
			provider := r.provides(m)
			if provider {
				// "3,000 walkers": who does the work; the people who book it are the users where
				// the statement counts them.
				r.out.Providers = append(r.out.Providers, Population{Value: m.value, Noun: m.noun})
			}
			switch both := r.bothSides(m); {
			case both != nil:
				users = both // "200k owners and 50k sitters": the two sides of a marketplace
			case provider && users != nil && !r.provides(users):
			case !provider && users != nil && r.provides(users):
				users = m
			default:
				users = biggest(users, m)
			}
		case "concurrent":
			conc = biggest(conc, m)
		}
	}
	users = r.handful(users, dau, mau, wau)
	share := r.activeShare()
	w := &r.out.Workload
	switch {
	case dau != nil && dau.comesEvery > 0:
		r.out.DayNoun = dau.noun
		w.DAU, dau.used = dau.value*86400/dau.comesEvery, true
		w.Users = dau.value
		r.note("%s %s, each coming once %s: stated; %s on an average day", human(dau.value), plural(dau.noun), periodWord(dau.comesEvery), human(w.DAU))
	case dau != nil && dau.day != "":
		w.DAU, dau.used, r.out.DayNoun = dau.value, true, dau.noun
		r.note("%s %s on %s: stated, the day to size for", human(dau.value), plural(dau.noun), dau.day)
	case dau != nil:
		w.DAU, dau.used, r.out.DayNoun = dau.value, true, dau.noun
		r.note("%s daily active %s: stated", human(dau.value), plural(dau.noun))
	case wau != nil || mau != nil:
		r.dailyOfActive(wau, mau, share)
	case users != nil && share > 0:
		w.DAU = users.value * share
		r.note("%s %s × %s%% active each day = %s daily: stated", human(users.value), plural(users.noun), human(share*100), human(w.DAU))
	}
	if users != nil {
		w.Users, users.used = users.value, true
		switch {
		case w.DAU > 0 || users.nested: // a nested count was noted with its arithmetic
		case r.provides(users):
			r.note("%s %s: %s, who do the work booked", human(users.value), plural(users.noun), statedAs(users))
		default:
			r.note("%s %s: %s", human(users.value), plural(users.noun), statedAs(users))
		}
	}
	if conc != nil {
		r.concurrent(conc)
	}
}

// concurrent sets the people online at once from the count conc: people, or sessions held at
// once with the people in each, stated or assumed.
func (r *reader) concurrent(conc *mention) {
	w := &r.out.Workload
	if conc.inEach == 0 {
		w.Concurrent, conc.used = conc.value, true
		r.note("%s concurrent %s: stated", human(conc.value), plural(conc.noun))
		return
	}
	each, said, who := conc.inEach, "assumed", "people"
	if n, m := r.sessionSize(conc.sessions); n > 0 {
		each, said = n, "stated"
		if m != nil {
			m.used, who = true, plural(m.noun)
		}
	}
	w.Concurrent, conc.used = conc.value*each, true
	r.note("%s concurrent %s: stated; %s %s in each (%s) = %s %s online", human(conc.value), plural(conc.sessions), human(each), who, said, human(w.Concurrent), who)
}

// provides reports a counted group whose time a services marketplace sells ("3,000 walkers",
// "8,000 handymen"), unless the statement has them ask for something: "4,000 gardeners borrow
// packets" are a library's borrowers, whatever their trade.
func (r *reader) provides(m *mention) bool {
	if !providerNouns[m.noun] {
		return false
	}
	verb := m.verb
	if toks := r.sents[m.sent]; verb == "" {
		k := skipRelative(toks, m.end)
		if (word(toks, k) == "and" || word(toks, k) == "or") && personNoun(singular(word(toks, k+1))) {
			k += 2 // "2,500 plumbers and electricians hire power tools": the pair is the subject
		}
		verb = verbNext(toks, k)
	}
	return !askVerbs[verb]
}

// bothSides joins two counted groups of people named together ("200k owners and 50k
// sitters", "10M riders and 1M drivers") into one population, or returns nil.
func (r *reader) bothSides(m *mention) *mention {
	for _, o := range r.ms {
		if o == m || o.kind != mActors || o.class != "users" || o.sent != m.sent || o.noun == m.noun || o.pos > m.pos {
			continue
		}
		if word(r.sents[m.sent], o.end) == "and" && o.end+1 == m.pos {
			r.note("%s %s and %s %s: one population of %s people", human(o.value), plural(o.noun), human(m.value), plural(m.noun), human(o.value+m.value))
			return &mention{kind: mActors, class: "users", value: o.value + m.value, noun: "person", sent: m.sent, pos: o.pos, end: m.end}
		}
	}
	return nil
}

// near reports whether words occur in m's sentence within a few words of it.
func (r *reader) near(m *mention, words ...string) bool {
	toks := r.sents[m.sent]
	return within(toks, m.pos-4, m.end+5, words...)
}

// namedBefore is the counted population whose noun the clause names in the few words before m
// ("… and walkers share location every 10s"), or nil.
func (r *reader) namedBefore(m *mention, toks []string) *mention {
	for j := m.pos - 1; j >= 0 && j >= m.pos-8 && toks[j] != ","; j-- {
		for _, a := range r.ms {
			if a.noun != singular(toks[j]) || a.sent == m.sent && j >= a.pos && j < a.end || a.used {
				continue
			}
			if a.sent == m.sent && placedIn(r.sents[a.sent], a.pos) && slices.ContainsFunc(r.ms, func(b *mention) bool {
				return b.sent == a.sent && b.pos < a.pos && b.kind == mEvents && b.per == 0 && b.each
			}) {
				continue // "2,000 camera traps across three national parks each upload": the parks say where
			}
			if a.kind == mEvents && a.per == 0 {
				// A counted noun that later acts is a population: "200k walkers … walkers share".
				a.kind, a.class = mActors, "things"
			}
			if a.kind == mActors {
				return a
			}
		}
	}
	return nil
}

// actorFor finds who performs a per-actor figure: the nearest population before it in its
// sentence, else the statement's daily users.
func (r *reader) actorFor(m *mention) *mention {
	var best *mention
	// "200k walkers and 1.5M owners …, and walkers share location every 10s": the population
	// the clause names as its subject wins over the nearest one counted.
	if t := r.eachThing(m); t != nil {
		// "2 million sheets and gowns; each item is scanned 6 times a day": the sheets, counted
		// as what is kept, are who the rate is each of.
		t.kind, t.class = mActors, "things"
		return t
	}
	if a := r.ownedArrivals(m); a != nil {
		return a
	}
	toks := r.sents[m.sent]
	if a := r.namedBefore(m, toks); a != nil {
		return a
	}
	for _, a := range r.ms {
		// "20,000 e-scooters across 5 cities that report …": places do not report; the
		// nearest counted actor before them does.
		// "5 people per household, 1M households, each person logs …": the households counted
		// last hold the people who act.
		// "120 drones across 35 farms": the farms say where the drones are.
		// "2,000 camera traps across three national parks each upload": a count of things that
		// each act, read at first as items, is the population.
		things := a.kind == mEvents && a.per == 0 && a.each && !personNoun(a.noun) && a.pos < m.pos
		if (a.kind == mActors || things) && a.sent == m.sent && a.pos < m.pos && !a.grouped && (best == nil || !placeNouns[a.noun] && !placedIn(toks, a.pos)) {
			best = a
		}
	}
	if best != nil && best.kind == mEvents {
		best.kind, best.class = mActors, "things"
	}
	if best != nil {
		return best
	}
	// "drivers stream their location every 4 seconds. 5 million active drivers …": the
	// population counted elsewhere whose noun the sentence names.
	for _, a := range r.ms {
		if a.kind != mActors {
			continue
		}
		for j := 0; j < m.pos && j < len(toks); j++ {
			if singular(toks[j]) == a.noun && (best == nil || a.value > best.value) {
				best = a
			}
		}
	}
	if best != nil {
		return best
	}
	if n := namedSubject(toks, m.pos); n != "" {
		// "Ships send ETA updates every 15 min" after "60 pilots …": the ships send, not the
		// pilots counted in another sentence.
		return r.namedSenders(m, n)
	}
	for _, a := range r.ms {
		if a.kind == mActors && a.sent < m.sent && (best == nil || a.value > best.value) {
			best = a
		}
	}
	return r.clockOwner(m, best)
}

// ownedArrivals finds the things counted arriving each day that a rate's clause names as someone's
// own: "900 dogs a day come in, and owners get a photo of their dog twice a day". The day's
// arrivals are there that day, and each one's owner gets the photos: 1,800 a day. Their count
// stays a flow of its own, so it lends a population, not itself.
func (r *reader) ownedArrivals(m *mention) *mention {
	toks := r.sents[m.sent]
	for j := max(m.pos-8, 0); j < len(toks) && j < max(m.end, m.pos+1); j++ {
		if toks[j] == "," && j < m.pos || !ownedAt(toks, j) {
			continue
		}
		for _, a := range r.ms {
			if a.kind == mEvents && a.per == 86400 && a.noun == singular(toks[j]) && a.sent == m.sent && a.pos < j {
				return &mention{kind: mActors, value: a.value, noun: a.noun, class: "things", sent: a.sent, pos: a.pos, end: a.end}
			}
		}
	}
	return nil
}

// ownedAt reports a noun at toks[j] said as someone's own, one each: "their dog", "each
// dog's owner".
func ownedAt(toks []string, j int) bool {
	switch word(toks, j-1) {
	case "their", "his", "her", "its", "each", "every":
		return true
	}
	return false
}

// flows turns counted events, per-item counts and volumes into flows.
func (r *reader) flows() {
	// Events said per one of others counted after them ("20 orders per cart, … 6 carts each per
	// shift") wait for those others' flow, which they are items of.
	later := slices.DeleteFunc(slices.Clone(r.ms), func(m *mention) bool { return !r.perLaterEvent(m) })
	for _, m := range append(slices.DeleteFunc(slices.Clone(r.ms), r.perLaterEvent), later...) {
		switch {
		case m.kind == mEvents && m.per > 0 && m.noun != "":
			r.eventFlow(m)
		case m.kind == mTimes && m.per == 0 && m.noun == "" && m.flow != conversation.FlowWrite && (m.each || r.perActorMarker(r.sents[m.sent], m.pos) || r.subjectIsActor(r.sents[m.sent], m.pos)) && (r.out.DAU > 0 || r.sentencePeriod(m.sent) == 86400):
			// "… 20% open the app on any given day, and each of those refreshes their feed
			// about 10 times", "25,000 skiers a day …, scanning their pass 12 times each": times
			// a day, as the daily figure it hangs off.
			m.per = 86400
			fallthrough
		case m.kind == mTimes && m.per > 0:
			m.noun, m.verb = objectOf(r.sents[m.sent], m.pos)
			subject, participle := passiveSubject(r.sents[m.sent], m.pos)
			if t := r.eachThing(m); t != nil && itemWords[subject] {
				subject = t.noun // "2 million sheets and gowns; each item is scanned": a sheet's scan
			}
			if subject != "" && !itemWords[subject] {
				m.noun = subject // "each pallet is scanned at dock doors": the pallet, not the door
				if m.verb == "" {
					m.verb = participle // "each artwork is inspected twice a day": a verb no list holds
				}
			}
			m.name = orWord(flowName(m.verb, m.noun), m.verb)
			if m.name == "" {
				m.name, m.verb = actBefore(r.sents[m.sent], m.pos) // "pupils choose meals once a week": a verb no list holds
			}
			if m.name == "" {
				m.noun, m.name = "event", "event" // "600 signals change state several times a minute"
			}
			m.flow = conversation.FlowWrite
			if readVerbs[m.verb] && !examined(m) && !readDevices[m.noun] && !(subject != "" && tracked(m.verb, m.noun)) { // "health checks for 12,000 mice" are recorded
				m.flow = conversation.FlowRead
			}
			r.eventFlow(m)
		case m.kind == mVolume:
			r.volumeFlow(m)
		}
	}
	// "each code is scanned 20 times": counted per item of an earlier flow.
	for _, m := range r.ms {
		if m.kind == mTimes && !m.used {
			r.perItemFlow(m)
		}
	}
}

// onAClock reports a rate said of each of some counted machines, several times an hour or more
// often ("each of our 20,000 trucks sends its position twice a minute"): a device reports on a
// timer, as "every 30 seconds" says, so its rate at the quietest hour is its rate at the
// busiest. People who act a few times a minute bunch; machines that report do not.
func onAClock(f conversation.Flow, verb string) bool {
	return (sendVerbs[verb] || sendVerbs[verbStem(verb)]) && f.Actors > 0 && f.PerSeconds <= 3600 && !f.Peak && !f.Burst && f.Kind == conversation.FlowWrite &&
		machine(singular(f.ActorNoun)) && !orgNouns[singular(f.ActorNoun)]
}

// machine reports a noun for a thing rather than a person: a known thing ("truck", "camera"),
// or any noun that does not read as a person ("3,500 swap cabinets").
func machine(n string) bool {
	return thingNouns[n] || !personNoun(n)
}

// onceEveryRe finds a rate said as one event per interval shorter than a day: "once a second",
// "once per minute". Said of each sender it is a clock, not a habit.
var onceEveryRe = regexp.MustCompile(`(?i)\bonce\s+(?:a|an|per|each|every)\s+(?:second|sec|minute|min|hour)\b`)

// humanDailyActs is more than any one person does in a day (one act every ten seconds for a
// waking day): a rate per person above it is a total said beside the people who make it. Said
// with "each", twenty times that (a trader's orders) is still one person's.
const humanDailyActs = 5000.0

// onlyWhoActs reports a rate m made per actor by no word but "who" or "they": nothing divides
// it among them ("each", "apiece", "per harvester") before or after.
func onlyWhoActs(toks []string, m *mention) bool {
	if w := perActorWord(toks, m.pos); w != "who" && w != "they" {
		return false
	}
	return !eachSaid(toks, m.pos) && !within(toks, m.end, m.end+2, "each", "apiece", "per")
}

// beyondAnyone reports a rate m that no one of the people a could make: "40 million daily users
// who post 8 million pictures a day" posts the crowd's total, whatever the relative clause
// suggested. Said with "each", twenty times the usual ceiling (a trader's orders) still counts.
func beyondAnyone(m, a *mention, saidEach bool) bool {
	ceiling := humanDailyActs
	if saidEach {
		ceiling *= 20
	}
	return people(a) && m.value*86400/m.per > ceiling
}

// perEventFlow files a count that comes with each event of a flow already read ("5 photos per
// visit" after "each tech does 6 visits per shift") as so many per item of that flow, so it runs
// at the flow's rate for whoever makes it; false where there is no such flow.
func (r *reader) perEventFlow(m *mention) bool {
	if m.perEvent == nil {
		return false
	}
	i := slices.IndexFunc(r.out.Flows, func(f conversation.Flow) bool { return f.From == m.perEvent.quote && f.Source == conversation.Stated })
	if i < 0 {
		return false
	}
	f := conversation.Flow{Name: orWord(m.name, m.noun), Kind: m.flow, Count: m.perItem, PerSeconds: 1, ItemsOf: r.out.Flows[i].Name,
		Source: conversation.Stated, From: m.quote}
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	m.used = true
	r.note("%s: stated (%s per %s)", f.Name, human(m.perItem), f.ItemsOf)
	return true
}

// perLaterEvent reports events counted per one of other events said after them.
func (r *reader) perLaterEvent(m *mention) bool {
	return m.perEvent != nil && m.perEvent.sent == m.sent && m.perEvent.pos > m.pos || m.perEvent != nil && m.perEvent.sent > m.sent
}

// people reports a count that can only be of people: daily or monthly actives, or users,
// members and customers by name (robots and services counted as "users" of nothing act far
// faster than anyone).
func people(a *mention) bool {
	return activeClass[a.class] || a.noun == "user" || a.noun == "person" || a.noun == "member" || a.noun == "customer"
}

// activeAre reports the people counted as daily active being the population a (or the only
// people counted): "50M users, 10M of them daily" acts through the daily ones, but "2 million
// daily visitors … and 5,000 cooks who post 2 recipes a day" has the cooks post, not the visitors.
func (r *reader) activeAre(a *mention) bool {
	for _, m := range r.ms {
		if m.kind == mActors && activeClass[m.class] && m.noun != "" && m.noun != a.noun && personNoun(m.noun) && personNoun(a.noun) &&
			m.noun != "user" && a.noun != "user" {
			return false
		}
	}
	return true
}

// whoseCount says how a count of events reads: saidEach when the statement says "each",
// explicit when it marks the count as each actor's, total when it is the whole's.
func (r *reader) whoseCount(toks []string, m *mention) (saidEach, explicit, total bool) {
	saidEach = m.each || eachSaid(toks, m.pos)
	// A count already multiplied out of a group ("7,500 patients × 2 X-rays each") is the
	// whole's: the "each" that said it is spent.
	explicit = !m.nested && (m.each || r.perActorMarker(toks, m.pos))
	// "60,000 researchers submit about 2,000 reports a week": a count in the thousands, hundreds
	// a day for each of them, is the crowd's total unless the statement says "each".
	// A count said as the peak ("peaks of 900 locker openings a second") is the whole system's
	// rush: no one locker opens 900 times a second.
	total = m.value >= 1000 && m.value*86400/m.per > 200 || within(toks, m.pos-3, m.pos, "peak", "peaks", "peaking") ||
		tallied(toks, m)
	if !m.nested && teamOutput(toks, m) || acrossTheWhole(toks, m.end) && !within(toks, m.pos-3, m.pos, "each", "every") {
		total, explicit = true, false // "pilots file 8 reports a week across the group"
	}
	if total && explicit && !saidEach && ofOurWhole(toks, m.end) {
		// "400 sellers who receive 2,000 payouts a day from our marketplace": a count of the
		// whole's, thousands a day, is the whole's total; only "each" makes it each one's.
		explicit = false
	}
	return saidEach, explicit, total
}

func (r *reader) eventFlow(m *mention) {
	if r.perEventFlow(m) {
		return
	}
	f := conversation.Flow{Name: orWord(m.name, m.noun), Kind: m.flow, Count: m.value, PerSeconds: m.per, Peak: m.peak, Burst: m.window,
		Recurs: m.season, Source: conversation.Stated, From: m.quote}
	toks := r.sents[m.sent]
	saidEach, explicit, total := r.whoseCount(toks, m)
	each := explicit || !total && !m.nested && (r.subjectIsActor(toks, m.pos) || r.coordinated(m) ||
		m.kind == mTimes && m.value < 1000 && r.actorFor(m) != nil)
	m.each = each
	f.Name = flowName(m.verb, f.Name)
	if act := actDoneFor(toks, m.pos); act != "" {
		f.Name = act // "daily health checks for 12,000 mice": each mouse's health check, not "check mice"
	}
	// An inferred "per user" must be smaller than the population; a stated "each" need not be
	// ("50 employees; each sends 100 messages a day").
	a := r.actorFor(m)
	perUnit := false
	if u := r.unitFor(m); u != nil {
		a, perUnit = u, true
	}
	if each && a != nil && beyondAnyone(m, a, saidEach) && !(saidEach && r.out.Concurrent > 0) {
		// Said of each one with people online at once counted, a rate no one keeps up all day
		// is theirs while online ("each player sends 30 inputs a second"): onlineRates.
		each, explicit, m.each = false, false, false
	}
	if each && a != nil && !perUnit && total && m.value >= a.value && onlyWhoActs(toks, m) {
		// "1,300 licensed harvesters who tag about 9,000 bags a day", "… and they tag 9,000 bags
		// a day": a relative clause says who acts, not that each does it all. Thousands a
		// period, more than there are of them, is the crowd's total; "each" or "apiece" divides.
		each, explicit, m.each = false, false, false
	}
	if subj := subjectNoun(toks, m.pos); !perUnit && (a != nil && a.sent != m.sent && subj != "" && subj != a.noun && personNoun(subj) && a.class == "things" ||
		a != nil && peopleAt(r.sents[a.sent], a)) {
		// "260 schools; pupils choose meals once a week", "pupils at 260 schools each choose a
		// meal": the pupils act, not the schools counted beside them. A rate said "per airport"
		// is each airport's whoever does it.
		a = nil
	}
	if each && a != nil && (explicit || m.value < a.value) {
		f.Each, a.used = true, true
		if !activeClass[a.class] && !(a.class == "users" && r.out.DAU > 0 && r.activeAre(a)) {
			f.Actors, f.ActorNoun = a.value*r.shareOfThem(a, m), plural(a.noun)
			if f.Kind == conversation.FlowRead && strings.HasPrefix(m.verb, "stream") && thingNouns[a.noun] && !orgNouns[a.noun] {
				// "1,200 turbines stream rotor speed 5 times a second": a machine that streams
				// sends what it measures; people stream what they watch.
				f.Kind = conversation.FlowWrite
			}
			if b := r.partner(a, m); b != nil {
				// "1,800 track circuits and 600 signals change state": both do.
				f.Actors, f.ActorNoun = a.value+b.value, plural(b.noun)+" and "+plural(a.noun)
				b.used = true
			}
		} else if (a.class == "mau" || a.class == "wau") && f.PerSeconds >= 7*86400 {
			// "600k monthly actives … each user uploads about 2 photos a week": a habit kept over a
			// week or longer is each of those active in that time, not only of a day's actives.
			f.Actors, f.ActorNoun = a.value, plural(a.noun)
		}
	} else if each && a == nil && r.out.DAU == 0 && r.out.Users == 0 && m.value < 1000 {
		// "each user saves 3 a day" with no user count: per user, the population assumed later.
		f.Each = true
	}
	// "each send 300 values once a second": a sender on a clock, as "every second" is; its rate
	// is the same at 3 am as at noon, so no peak factor applies.
	r.forEachCounted(&f, m)
	f.Steady = f.Each && (onceEveryRe.MatchString(m.quote) || onAClock(f, m.verb))
	onNamedDays(&f, m)
	r.fileEvent(f, m)
}

// fileEvent adds the flow read from m and notes how it was read.
func (r *reader) fileEvent(f conversation.Flow, m *mention) {
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	m.used = true
	switch {
	case m.day != "":
		r.note("%s: stated (%s, on %s: the day to size for)", f.Name, describe(f), m.day)
	case m.weekend:
		r.note("%s: stated (%s over one weekend of %s, read as those days' average; their busiest hours run higher)", f.Name, human(f.Count), days(f.PerSeconds))
	default:
		r.note("%s: stated (%s)", f.Name, describe(f))
	}
	if n, items := batchOf(r.sents[m.sent], m.pos, m.per); n > 1 && f.Count == 1 {
		r.note("%s: each carries %s %s (a batch of what is taken more often than it is sent)", f.Name, human(n), items)
	}
}

// windowCrowd is the crowd counted before the window m that may rush in it, or nil.
func (r *reader) windowCrowd(m *mention) *mention {
	toks := r.sents[m.sent]
	var a *mention
	for _, x := range r.ms {
		// A crowd stated as a bound ("up to 1 million players answer within 10 seconds") is
		// what the rush is designed for.
		if (x.kind == mActors || x.limit && personNoun(x.noun)) && x.sent == m.sent && x.pos < m.pos && (a == nil || !objectOfAct(toks, x.pos)) {
			a = x // but not "when boarding our 300 buses": where the crowd acts, not who
		}
	}
	if a == nil {
		a = r.themBefore(m) // "650,000 students …; about 80% of them log in within the first 10 minutes"
	}
	return a
}

// tallied reports a count said as a rough tally over a week or longer, of more than ten a day:
// "inspectors book about 300 site inspections each week" is the county's week, counted by whoever
// keeps the books, not 43 bookings a day for each inspector. A habit of each one is said exactly
// ("users post 3 photos a week") or with "each".
func tallied(toks []string, m *mention) bool {
	if m.per < 7*86400 || m.value*86400/m.per <= 10 {
		return false
	}
	switch word(toks, m.pos-1) {
	case "about", "around", "roughly", "approximately", "some", "nearly", "almost", "over":
		return true
	}
	return false
}

// unitFor finds the counted group a rate "per store" or "at each clinic" is for: the one of that
// noun, else the one counted place of a chain ("250 restaurants … 40 orders a minute per store").
func (r *reader) unitFor(m *mention) *mention {
	if m.perNoun == "" {
		return nil
	}
	var place *mention
	for _, a := range r.ms {
		if a == m || a.noun == "" || a.kind != mActors && !(a.kind == mEvents && a.per == 0) {
			continue
		}
		if a.noun == m.perNoun {
			if a.kind == mEvents {
				a.kind, a.class = mActors, "things" // "40 pick lists per warehouse … 12 warehouses"
			}
			return a
		}
		if a.kind == mActors && orgNouns[a.noun] && (orgNouns[m.perNoun] || unitNouns[m.perNoun]) && place == nil {
			place = a
		}
	}
	return place
}

// coordinated reports whether m continues a per-actor figure before it in its sentence with no
// population between: "users who each save 3 recipes a day and browse 60 pages a day".
// partner is a counted group joined to actor a by "and" right before it, when the pair is the
// subject of m's clause ("1,800 track circuits and 600 signals change state"): the two act
// together.
func (r *reader) partner(a, m *mention) *mention {
	toks := r.sents[a.sent]
	if m.sent != a.sent || m.pos < a.end || within(toks, a.end, m.pos, ",", "who", "while") {
		return nil // the pair is not the subject of m's clause
	}
	for _, b := range r.ms {
		if b == a || b.sent != a.sent || b.used || b.noun == "" || b.noun == a.noun || b.end+1 != a.pos || word(toks, b.end) != "and" {
			continue
		}
		if b.kind == mActors || b.kind == mEvents && b.per == 0 {
			return b
		}
	}
	return nil
}

func (r *reader) coordinated(m *mention) bool {
	for i := len(r.ms) - 1; i >= 0; i-- {
		p := r.ms[i]
		if p.sent != m.sent || p.pos >= m.pos {
			continue
		}
		// Only the nearest figure before counts, joined by "and" without a comma: "… 10 times a
		// day, and the top 100 is read 1M times a minute" starts a new subject.
		toks := r.sents[m.sent]
		joined := within(toks, p.end, m.pos, "and", "or", "then") && !within(toks, p.end, m.pos, ",")
		return (p.kind == mEvents || p.kind == mTimes) && p.used && p.each && joined
	}
	return false
}

// subjectIsActor reports whether the clause's subject is an uncounted population: "users send
// 40 messages a day", "drivers complete 3 trips a day".
// teamOutput reports a count that people at work, uncounted, turn out together: "technicians
// test 600 seed lots a week", "inspectors visit 350 restaurants a week". Fifty or more a day is
// no one person's work said without "each"; the public ("users post 3 photos a day") act for
// themselves.
func teamOutput(toks []string, m *mention) bool {
	subj := subjectNoun(toks, m.pos)
	if subj == "" || publicNouns[subj] || !personNoun(subj) || thingNouns[subj] || eachSaid(toks, m.pos) {
		return false
	}
	switch w := word(toks, m.end); w {
	case "each", "apiece", "per", "a", "an", "every":
		return false // "600 seed lots a week each", "90 samples a day per technician"
	}
	return m.value*86400/m.per >= 50
}

// publicNouns are people who use a system for themselves, each at their own pace.
var publicNouns = set(`user dau mau customer member visitor player fan subscriber reader viewer listener student pupil patient
rider passenger shopper guest parent resident citizen buyer seller traveller traveler tourist learner diner driver host
owner tenant caller donor voter applicant athlete runner cyclist hiker climber swimmer golfer skier surfer`)

func (r *reader) subjectIsActor(toks []string, pos int) bool {
	return subjectNoun(toks, pos) != ""
}

// peopleAt reports people named just before a counted organisation: "pupils at 260 schools",
// "staff in 40 branches" — they, uncounted, are who act there.
func peopleAt(toks []string, a *mention) bool {
	switch word(toks, a.pos-1) {
	case "at", "in", "from", "across":
		w := word(toks, a.pos-2)
		return orgNouns[a.noun] && singular(w) != w && personNoun(singular(w))
	}
	return false
}

// actBefore names the act of the clause before toks[pos] by the verb after its subject, where
// the verb lists lack it: "pupils choose meals once a week" → "choose meal".
func actBefore(toks []string, pos int) (string, string) {
	for j := pos - 1; j >= 0 && j >= pos-5; j-- {
		if w := toks[j]; (actorNouns[singular(w)] || thingNouns[singular(w)]) && singular(w) != w {
			probe := &mention{}
			if actAt(toks, j+1, pos, probe) {
				return probe.name, probe.verb
			}
			return "", ""
		}
	}
	return "", ""
}

// subjectNoun is the uncounted population a clause before toks[pos] names as its subject,
// singular: "pupils choose meals once a week" → "pupil".
func subjectNoun(toks []string, pos int) string {
	for j := pos - 1; j >= 0 && j >= pos-4; j-- {
		if toks[j] == "," {
			return ""
		}
		if w := toks[j]; actorNouns[singular(w)] && (singular(w) != w || w == "dau" || w == "mau") {
			return singular(w)
		}
	}
	return ""
}

func describe(f conversation.Flow) string {
	if months := f.PerSeconds / (yearSeconds / 12); f.Recurs == yearSeconds && !f.Burst && !f.Each && months >= 1 && months < 12 && months == math.Round(months) {
		// "2,000 samples a day from March to May": the day's rate, for so many months a year.
		return fmt.Sprintf("%s a day for %s months a year", human(math.Round(f.Count*86400/f.PerSeconds)), human(months))
	}
	var b strings.Builder
	switch {
	case f.VolumeBytes > 0:
		b.WriteString(conversation.Bytes(f.VolumeBytes))
	default:
		b.WriteString(human(f.Count))
	}
	if f.ItemsOf != "" {
		b.WriteString(" per " + f.ItemsOf)
		return b.String()
	}
	if f.Each {
		who := "user"
		if f.ActorNoun != "" {
			who = singular(f.ActorNoun)
		}
		if strings.Contains(f.ActorNoun, " and ") {
			// "3 each of the 2.4K track circuits and signals a minute".
			fmt.Fprintf(&b, " each of the %s %s", human(f.Actors), f.ActorNoun)
		} else {
			b.WriteString(" per " + who)
		}
	}
	b.WriteString(" " + conversation.Period(f.PerSeconds))
	if f.Peak {
		b.WriteString(" at peak")
	}
	return b.String()
}

func uniqueName(fs []conversation.Flow, f conversation.Flow) conversation.Flow {
	base, n := f.Name, 2
	for {
		clash := false
		for _, o := range fs {
			if strings.EqualFold(o.Name, f.Name) {
				clash = true
			}
		}
		if !clash {
			return f
		}
		f.Name = base + " " + human(float64(n))
		n++
	}
}

// objectOf names what a frequency counts: the verb and its object before "N times" ("view
// stories 20 times a day" → "story", "view").
// windowWords open the time a count happens in, after the object: "in the first hour".
var windowWords = set(`in within during over inside`)

// tryWords come before the verb that is the act: "try to book", "want to vote".
var tryWords = set(`try tries trying tried attempt attempts attempting want wants need needs rush rushes`)

func objectOf(toks []string, pos int) (noun, verb string) {
	for j := pos - 1; j >= 0 && j >= pos-7; j-- {
		if toks[j] == "," || toks[j] == ";" {
			break // "95% reads, flags change a few times a day": the verb before the comma is another clause's
		}
		if strings.HasSuffix(toks[j], "ing") && verbAt(toks, j-1) != "" {
			continue // "check tracking 40M times": the gerund is the verb's object
		}
		if rateAdverbs[word(toks, j-1)] > 0 {
			continue // "uploads hourly reads": a noun its period qualifies, not the verb
		}
		if v := verbAt(toks, j); v != "" {
			verb = phrasal(toks, j, v)
			for k := j + 1; k < pos; k++ {
				if windowWords[toks[k]] {
					break // "buy tickets in the first 10 minutes": the window is not the object
				}
				if toks[k] == "of" && noun != "" && !partitiveNouns[noun] {
					break // "get a photo of their dog": the photo is the object, the dog what it shows
				}
				if !stopWords[toks[k]] && !adverb(toks[k]) {
					noun = singular(toks[k]) // not "roughly" in "check their records roughly once a month"
				}
			}
			// "each player's score updates 10 times": the noun stands before the verb; a hedge
			// on a count does not ("roughly 400 jurors check in").
			for k := j - 1; noun == "" && k >= 0 && k >= j-3; k-- {
				if w := toks[k]; !stopWords[w] && w != "," && !strings.HasSuffix(w, "'s") && !rankWords[w] && !actorNouns[singular(w)] && !tryWords[w] && magnitudes[w] == 0 && !adverb(w) {
					if _, _, _, isNum := number(toks, k); !isNum {
						noun = singular(w)
					}
				}
			}
			break
		}
	}
	return noun, verb
}

// partitiveNouns say how much of what follows "of" there is, which is the object: "a batch of
// readings", "a couple of photos".
var partitiveNouns = set(`lot couple number bunch few handful batch set pair series pile dozen bundle group list copy piece bit`)

// batchOf reads items said with a shorter period than the send they travel in, before
// toks[pos]: "uploads hourly reads in a batch once a day" sends 24 reads each time. It returns
// how many and what, or 0.
func batchOf(toks []string, pos int, per float64) (float64, string) {
	for j := pos - 1; j > 0 && j >= pos-7; j-- {
		if f := rateAdverbs[toks[j-1]]; f > 0 && f < per && isWordNoun(toks[j]) && singular(toks[j]) != toks[j] {
			return math.Round(per / f), toks[j-1] + " " + toks[j]
		}
	}
	return 0, ""
}

var rankWords = set(`top first last best worst`)

// perItemFlow reads "each code is scanned 20 times (on average)": Count per event of the flow
// that creates the item.
func (r *reader) perItemFlow(m *mention) {
	toks := r.sents[m.sent]
	var item, verb string
	passive := ""
	for j := m.pos - 1; j >= 0 && j >= m.pos-9; j-- {
		if v := verbAt(toks, j); v != "" && verb == "" {
			verb = v
		}
		if verb == "" && passive == "" && pastParticipleLike(toks[j]) && beVerbs[word(toks, j-1)] {
			passive = toks[j] // "each page is transcribed twice": a verb no list holds, said of the item
		}
		if item == "" && (toks[j] == "each" || toks[j] == "every") {
			item = singular(word(toks, j+1))
			if (verbStem(word(toks, j+1)) != "" || pastParticipleLike(word(toks, j+1))) && !clauseVerbs[word(toks, j+2)] {
				// But "each claim is approved by 2 managers": a noun that is also a verb, with its own verb after.
				// "15M parcels a day, each scanned 6 times": each of the figure before.
				item = r.previousNoun(m)
			}
			if verb != "" {
				break
			}
		}
	}
	if item == "" && (word(toks, m.pos+1) == "times" || word(toks, m.pos+1) == "time") && (word(toks, m.pos+2) == "each" || word(toks, m.pos+2) == "apiece") {
		item = r.previousNoun(m) // "5M pastes a month, read 20 times each": each of the figure before
	}
	if item == "" {
		return
	}
	for _, f := range r.out.Flows {
		if f.Kind != conversation.FlowWrite || !strings.HasSuffix(f.Name, item) {
			continue
		}
		kind := conversation.FlowRead
		if writeVerbs[verb] && !readVerbs[verb] || m.flow == conversation.FlowWrite || verb == "" && passive != "" && !readParticiples[passive] || tracked(verb, item) {
			kind = conversation.FlowWrite // what is done to each item and kept: a transcription, a score
		}
		name := strings.TrimSpace(verb + " " + item)
		if verb == "" && passive != "" {
			name = item + " " + passive
		}
		if m.noun != "" && m.noun != item {
			name = item + " " + m.noun // "each producing 3 events": order events
		}
		nf := conversation.Flow{Name: name, Kind: kind, Count: m.value, PerSeconds: 1,
			ItemsOf: f.Name, Source: conversation.Stated, From: m.quote}
		nf = uniqueName(r.out.Flows, nf)
		r.out.Flows = append(r.out.Flows, nf)
		m.used = true
		r.note("%s: stated (%s times per %s)", nf.Name, human(m.value), item)
		return
	}
}

// readParticiples are passive acts that look at an item rather than add to it: "each link is
// clicked 50 times" is 50 redirects.
var readParticiples = set(`clicked tapped opened visited viewed watched played streamed downloaded searched looked`)

// beVerbs carry a passive: "each page is transcribed", "every claim gets approved".
var beVerbs = set(`is are was were be been gets get`)

// stateNouns are what a report says is on hand now (stock, levels, availability): each report
// replaces the last.
var stateNouns = set(`stock inventory availability level levels occupancy`)

// overwriteNouns are periodic reports that only replace the latest state.
var overwriteNouns = set(`heartbeat ping status presence keepalive keep-alive checkin autosave draft`)

// pollVerbs make a periodic figure a read: a client that polls every 10 s fetches; one that
// reports, streams or sends every 10 s writes.
var pollVerbs = set(`poll check refresh reload fetch query load get search view browse look`)

// shippedGoods are things people get in the post: "12,000 subscribers get a tin every month" is
// a delivery made on a clock, an order written each time, not a page fetched.
var shippedGoods = set(`box tin bag parcel package packet pack bouquet kit crate bottle jar shipment refill bundle hamper carton delivery`)

// polls makes a flow on a clock a read where the clause's verb, or the verb nearest the period,
// fetches: "each carrier refreshes searches every 2 min" looks loads up, it posts none. The
// clause's first verb decides before a noun that reads as a verb ("searches"); a flow named
// only as an update is named for what is fetched.
func polls(f *conversation.Flow, toks []string, from, pos int, verb string) {
	main, at := "", -1
	for j := from + 1; j < pos; j++ {
		if v := verbAt(toks, j); v != "" && !actorNouns[singular(toks[j])] {
			main, at = v, j
			break
		}
	}
	if !pollVerbs[verb] && !pollVerbs[main] || shippedGoods[singular(lastWord(f.Name))] {
		return
	}
	f.Kind = conversation.FlowRead
	if !pollVerbs[main] || !strings.HasSuffix(f.Name, " update") {
		return
	}
	for j := pos - 1; j > at; j-- {
		if w := toks[j]; isWordNoun(w) && !stopWords[w] && !adverb(w) && verbStem(w) != main {
			f.Name = flowName(main, singular(w))
			return
		}
	}
}

func pastParticipleLike(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "kept" || w == "seen"
}

// previousNoun is the noun of the nearest event figure before m in its sentence.
func (r *reader) previousNoun(m *mention) string {
	for i := len(r.ms) - 1; i >= 0; i-- {
		p := r.ms[i]
		if p.sent == m.sent && p.pos < m.pos && p.kind == mEvents && p.noun != "" {
			return p.noun
		}
	}
	return ""
}

// forever reads "kept forever": retention with no end, sized here for ten years.
func (r *reader) forever(statement string) {
	if foreverRe.MatchString(statement) && r.out.RetentionYears == 0 {
		r.out.RetentionYears = 10
		r.note("retention: kept forever, sized here for 10 years: stated")
	}
}

// foreverRe finds data kept with no end: "keep games forever", "stored indefinitely", "we
// never delete them", "kept for the life of the bridge" (a life of decades, the long
// horizon). The words between the verb and "forever" (what is kept) stay inside one clause,
// so "forever" said of anything else ("takes forever") is no retention.
var foreverRe = regexp.MustCompile(`(?i)\b(kept|keep|keeps|keeping|stored?|stores|storing|retain(ed|s)?|archived?|saved?|held|hold)\b` +
	`(\s+[\w'’-]+,?){0,8}?\s+(forever|indefinitely|permanently|for ever|for\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?:life|lifetime|lifespan|life\s+span)\s+of\s+(?:the|each|every|a|an|its|their)\s+[\w-]+)` +
	`|\bnever\s+(be\s+|get\s+)?(delete[sd]?|expire[sd]?|purge[sd]?|removed?|discard(ed)?|thrown away)\b` +
	`|\bno (expiry|expiration|deletion|retention limit)\b`)

// Sizes assumed for one event of a byte volume, by what the volume is of.
var eventBytes = map[string]float64{
	"log": 500, "line": 200, "event": 1000, "metric": 100, "span": 500, "trace": 5000, "message": 1000,
	"record": 1000, "row": 500, "reading": 100, "sample": 100, "email": 50_000,
}

// Sizes assumed for one file of a byte volume of camera material: a take is a camera's file of a
// few gigabytes, so a day's terabytes of footage are thousands of takes, not millions of uploads.
var takeBytes = map[string]float64{"footage": 2e9, "rush": 2e9, "rushes": 2e9}

// ofCameras reports whether a volume of unnamed bytes ("three cameras record roughly 6 TB") is
// said of cameras or a shoot in its sentence: takes, not uploads.
func (r *reader) ofCameras(m *mention) bool {
	if m.sent < 0 || m.sent >= len(r.sents) {
		return false
	}
	for _, w := range r.sents[m.sent] {
		switch strings.ToLower(w) {
		case "camera", "cameras", "shoot", "shooting", "filming", "footage", "rushes":
			return true
		}
	}
	return false
}

// sourceVerbs say at what rate something makes bytes, not an act the flow is named after.
var sourceVerbs = map[string]bool{"produce": true, "generate": true, "emit": true, "output": true}

// volumeFlow reads "2 TB of logs per day" and "customers each back up 50 GB a month".
func (r *reader) volumeFlow(m *mention) {
	f := conversation.Flow{Name: m.noun, Kind: m.flow, VolumeBytes: m.value, PerSeconds: m.per, Peak: m.peak,
		Source: conversation.Stated, From: m.quote}
	size, small := eventBytes[m.noun]
	if take, ok := takeBytes[m.noun]; ok || m.noun == "data" && r.ofCameras(m) {
		size = max(take, takeBytes["footage"])
	} else if !small {
		size = 4e6 // files, backups, media: stored as chunks in object storage
	}
	f.Bytes = size
	if f.Kind == conversation.FlowWrite {
		if small {
			f.StoredBytes = size
		} else {
			f.BlobBytes = size
		}
	}
	if sourceVerbs[m.verb] {
		// "an observatory produces 3 TB/hour of data" is the source's rate: nothing is called
		// "produce data".
		if f.Name == "data" {
			f.Name = "incoming data"
		}
	} else if m.verb != "" && !strings.Contains(f.Name, " ") {
		f.Name = m.verb + " " + f.Name
	}
	if a := r.actorFor(m); m.each && a != nil {
		f.Each = true
		if !activeClass[a.class] {
			f.Actors, f.ActorNoun = a.value, plural(a.noun)
		}
	}
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	m.used = true
	r.note("%s: stated (%s); %s per item (assumed)", f.Name, describe(f), conversation.Bytes(size))
}

// streams reads "2 million concurrent listeners streaming at 128 kbps".
func (r *reader) streams() {
	for _, m := range r.ms {
		if m.kind != mBitrate {
			continue
		}
		m.used = true
		if r.link(m) {
			continue
		}
		conc, who := r.out.Concurrent, "viewer"
		var senders *mention
		for _, a := range r.ms {
			if a.kind == mActors && a.sent == m.sent && a.class == "concurrent" {
				conc, who = a.value, a.noun
			}
			if a.kind == mActors && a.sent == m.sent && a.class == "things" && a.pos < m.pos {
				senders = a
			}
		}
		if conc == 0 && senders != nil {
			// "40,000 cameras recording at 4 Mbps": machines stream in, and what they record is kept.
			toks := r.sents[m.sent]
			senders.used = true
			f := conversation.Flow{Name: senders.noun + " stream", Kind: conversation.FlowStream, Concurrency: senders.value,
				BitsPerSecond: m.value, Inbound: true, Source: conversation.Stated, From: m.quote,
				Recorded: within(toks, 0, len(toks), "record", "recording", "records", "recorded", "archive", "archived", "kept", "keep", "store", "stored", "retain", "retained")}
			f = uniqueName(r.out.Flows, f)
			r.out.Flows = append(r.out.Flows, f)
			r.note("%s: %s %s each sending %s in: stated", f.Name, human(senders.value), plural(senders.noun), conversation.Bitrate(m.value))
			continue
		}
		src := conversation.Stated
		if watch := r.watchTime(); conc == 0 && watch > 0 && r.out.DAU > 0 {
			// "100M daily viewers watching 2 hours a day": a day's viewing spread over the day.
			conc = r.out.DAU * watch / 86400
			r.note("concurrent streams: %s daily viewers × %s a day ÷ 24 h = %s", human(r.out.DAU), days(watch), human(conc))
		}
		if conc == 0 {
			base := math.Max(r.out.DAU, r.out.Users)
			if base == 0 {
				r.note("%s per stream: stated, but not how many stream at once", conversation.Bitrate(m.value))
				continue
			}
			conc, src = base/10, conversation.Assumed
			r.note("concurrent streams: a tenth of %s users at once = %s (assumed)", human(base), human(conc))
		}
		f := conversation.Flow{Name: who + " stream", Kind: conversation.FlowStream, Concurrency: conc, BitsPerSecond: m.value,
			Source: src, From: m.quote}
		f = uniqueName(r.out.Flows, f)
		r.out.Flows = append(r.out.Flows, f)
		r.note("%s: %s concurrent streams × %s: %s", f.Name, human(conc), conversation.Bitrate(m.value), src)
	}
}

// rushInEach notes a window said of each of many ("bids spike in the last minute of each
// auction"): a rush in every one of them, which end all day, not the whole crowd at once.
func (r *reader) rushInEach(toks []string, m *mention) {
	m.used = true
	from, item := m.pos, singular(word(toks, m.end+2))
	if w := word(toks, from-1); w == "first" || w == "last" || w == "final" || w == "opening" || w == "closing" {
		from--
	}
	r.note("%q: a rush in each %s on its own, not all the %s at once: they are spread through the day",
		strings.Join(toks[from:min(m.end+3, len(toks))], " "), item, plural(item))
}

// bursts reads "80,000 fans enter within 45 minutes before kickoff" and "2 million players
// answer each question within 10 seconds": everyone counted acts once inside the window, so the
// window sets a peak rate. A plain "matched within 30 seconds" stays a latency target.
func (r *reader) bursts() {
	rushed := map[*mention]bool{}
	for _, m := range r.ms {
		if m.kind != mLatency && m.kind != mWindow || m.used || m.value < 1 {
			continue
		}
		toks := r.sents[m.sent]
		a := r.windowCrowd(m)
		if m.kind == mLatency && rushed[a] {
			// "10 seconds to answer each, and tallies within 3 seconds after it closes": the
			// crowd's rush is read; a time after it is a target for what follows.
			continue
		}
		// A window of a minute or more after a crowd and a verb is a rush, not a latency target;
		// shorter ones need "each"/"all" or a "before/after/during" event to be one. A clause with
		// a subject of its own between them ("…, customers chart them, and alert rules must
		// trigger within a minute") is not the crowd's.
		if m.kind == mWindow && ofEach(toks, m.end) && m.season == 0 {
			r.rushInEach(toks, m)
			continue
		}
		them := a != nil && r.rushShareBetween(a, m) // "…; about 80% of them log in within …": the clause is theirs
		if them && a.sent != m.sent {
			r.themRush(a, m)
			continue
		}
		if a != nil && !newSubject(toks, a.end, m.pos) && !r.rateSaid(a, m) {
			if what, ok := receives(toks, a.end, m.pos); ok {
				r.deadline(a, m, what)
				continue
			}
		}
		// A month's actors ("1 million monthly buyers … accept, reject or counter within 24
		// hours") come over the month, not all within the window; a share of them said to is a
		// rush (themRush above).
		if a != nil && a.class == "mau" && !them {
			continue
		}
		if a == nil || newSubject(toks, a.end, m.pos) && !them || r.rateSaid(a, m) || m.kind == mLatency && m.value < 60 && !everyOne(toks, clauseOf(toks, a.end, m.pos), m.pos) && !within(toks, a.end, m.pos, "same") &&
			!within(toks, m.end, m.end+2, "before", "after", "of", "during") && !within(toks, 0, a.pos, "during") {
			continue
		}
		verb := rushVerb(toks, a, m)
		if verb == "" {
			continue
		}
		noun, _ := objectOf(toks, m.pos)
		if v, n := eachDoing(toks, m.end); v != "" {
			verb, noun = v, n // "80,000 volunteers take part over one weekend a year, each submitting one checklist"
		}
		name := strings.TrimSpace(verb + " " + noun)
		if b := buttonPressed(toks, a.end, m.pos); b != "" {
			name = b // "500k users hammer the buy button": each press is a buy attempt
		}
		f := conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: a.value * r.shareOfThem(a, m),
			PerSeconds: m.value, Peak: true, Burst: true, Source: conversation.Stated, From: strings.Join(toks[a.pos:min(m.end, len(toks))], " ")}
		f.Recurs = m.season // "in the closing hour of each sale; sales run twice a month"
		if m.season > 0 && m.value >= 86400 {
			// A stretch of days that comes back ("over one weekend a year") is the average of
			// those days, whose busiest hours run higher, once each time it comes.
			f.Peak, f.Burst = false, false
		}
		if lookVerbs[verb] {
			f.Kind = conversation.FlowRead // "… all open the app within a minute of the goal"
		}
		if a.class == "concurrent" && onlineAfter(toks, a.end) {
			r.out.Flows = append(r.out.Flows, r.whileOnline(f, a, m))
			m.used, a.used = true, true
			continue
		}
		r.addRush(f, a, m)
		rushed[a] = true
	}
}

// buttonPressed names what a crowd presses between toks[from] and toks[to] by the button's
// purpose: "hammer the buy button" is a "buy attempt", "mash the join button" a "join attempt".
func buttonPressed(toks []string, from, to int) string {
	for j := max(from, 1); j < to && j < len(toks); j++ {
		if (toks[j] == "button" || toks[j] == "buttons") && isWord(toks[j-1]) && !stopWords[toks[j-1]] {
			return toks[j-1] + " attempt"
		}
	}
	return ""
}

// rushVerb is what the crowd a does in the window m: the act named after a time to act ("10
// seconds to answer"), else the verb nearest before the window, else the crowd's own verb.
func rushVerb(toks []string, a, m *mention) string {
	if m.toAct {
		return word(toks, m.end+1)
	}
	verb := ""
	for j := m.pos - 1; j >= a.end && verb == ""; j-- {
		verb = verbAt(toks, j) // the verb nearest the window: "join …, and answer within 10 s"
		if p := word(toks, j+1); verb != "" && (p == "in" || p == "on" || p == "up") && (verb == "log" || verb == "sign" || verb == "check") {
			verb += " " + p // "log in", "sign up": one action
		}
	}
	if verb == "" {
		verb = crowdVerb(toks, a.end, m.pos) // "20,000 attendees vote in under a minute"
	}
	return verb
}

// addRush adds the rush f of the crowd a in the window m and says how it was read.
func (r *reader) addRush(f conversation.Flow, a, m *mention) {
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	m.used, a.used = true, true
	if f.Recurs > 0 && !f.Burst {
		r.note("%s: stated (%s %s over %s, %s: the average of those days; their busiest hours run higher)", f.Name, human(a.value), plural(a.noun), days(m.value),
			"once "+conversation.Period(f.Recurs))
		return
	}
	assumed := "" // "on one morning": how long a morning is
	if m.name != "" {
		assumed = "; " + m.name
	}
	r.note("%s: stated (%s %s within %s: a burst)%s", f.Name, human(a.value), plural(a.noun), days(m.value), assumed)
}

// perOnline is how often one person online acts inside a rush the statement gives no rate for:
// a bid, an order or a message a minute each is a busy bidder's, trader's or fan's pace.
const perOnline = 60

// seriesLasts is how long a series of overlapping rushes runs when the statement says not: a
// sale, a session or an evening's programme of a few hours.
const seriesLasts = 3 * 3600

// whileOnline sizes the rush f that a crowd online at once (a) makes in the window m: people
// online are concurrency, not actions, so the window's actions are each person's own rate, said
// as an assumption, not one action each squeezed into the window. Where the statement sets the
// windows off one after another faster than each lasts ("lots close every 30 seconds, bids in the
// last 2 minutes extend the lot"), they overlap: the rush runs as long as the series.
func (r *reader) whileOnline(f conversation.Flow, a, m *mention) conversation.Flow {
	// A window shorter than a minute ("answers within 20 seconds") holds one act each at most.
	f.Count, f.PerSeconds, f.Lasts = a.value, math.Min(perOnline, m.value), m.value
	f = uniqueName(r.out.Flows, f)
	pace := "1 a minute each"
	if f.PerSeconds < perOnline {
		pace = "1 each in the window"
	}
	r.note("%s: %s %s online × %s (assumed: people online are concurrency; the statement says not how often each acts) = %s/s while the %s window is open",
		f.Name, human(a.value), plural(a.noun), pace, human(a.value/f.PerSeconds), days(m.value))
	for _, x := range r.ms {
		if x.kind == mEvery && x.sent == m.sent && x.value > 0 && x.value < m.value {
			x.used, f.Lasts = true, seriesLasts
			// periodic found no sender for it; this rush is what it paces.
			r.out.Notes = slices.DeleteFunc(r.out.Notes, func(n string) bool {
				return n == fmt.Sprintf("%s: stated, but not who sends it", conversation.Period(x.value))
			})
			r.note("%s: one %s window opens %s, so about %s are open at once and the rush runs through the series (%s, assumed), not once",
				f.Name, days(m.value), conversation.Period(x.value), human(math.Ceil(m.value/x.value)), days(seriesLasts))
			break
		}
	}
	if day := weekdayIn(r.sents[m.sent]); day != "" {
		// "lots close … on Sunday evening": a sale on a day of the week, taken as every week.
		f.Recurs = weekSeconds
		r.note("%s: on %s, taken as once a week (assumed)", f.Name, strings.ToUpper(day[:1])+day[1:])
	}
	return f
}

// weekdayIn finds a day of the week or a weekend named in a sentence.
func weekdayIn(toks []string) string {
	for _, w := range toks {
		if calendarPeriods[w] == weekSeconds {
			return w
		}
	}
	return ""
}

// receives reports a crowd that is sent something, not one that acts: "3 million users get a
// notification … in under 5 seconds", "all 500,000 fans are alerted within 3 seconds". What
// reaches them is the object after the verb ("notification"), or "" where none is named.
func receives(toks []string, from, to int) (string, bool) {
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		w := toks[j]
		switch {
		case auxWords[w] || j == from && !receiveVerbs[w] && isWord(w) && singular(w) != w ||
			(w == "get" || w == "gets") && receiveVerbs[word(toks, j+1)]: // "get notified"
			continue // "… users get": the crowd's own noun, then any helper verb
		case receiveVerbs[w]:
			k := j + 1
			if w := word(toks, k); w == "a" || w == "an" || w == "the" || w == "their" || w == "each" || w == "every" {
				k++
			}
			noun := ""
			if w := word(toks, k); k < to && isWord(w) && !stopWords[w] && !isNumberStart(w) {
				noun = singular(w)
			}
			if (w == "get" || w == "gets") && !sentNouns[noun] {
				return "", false // "20,000 fans get a ticket in under a minute": they claim it, a write
			}
			return noun, true
		}
		return "", false
	}
	return "", false
}

var (
	auxWords     = set(`all will should must can need to be are is`)
	receiveVerbs = set(`get gets receive receives notified alerted told pinged see sees hear hears`)
	// sentNouns are what a crowd gets sent, not what it takes: "get a notification".
	sentNouns = set(`notification alert push message update warning email text sms score result news ping`)
)

// latency keeps a stated response-time target once, with the percentile said beside it.
func (r *reader) latency(m *mention) {
	if !slices.Contains(r.out.Latencies, m.value) {
		r.out.Latencies = append(r.out.Latencies, m.value)
	}
	if p := percentileNear(r.sents[m.sent], m.pos, m.end); p != "" {
		if r.out.Percentiles == nil {
			r.out.Percentiles = map[float64]string{}
		}
		r.out.Percentiles[m.value] = p
	}
}

// percentileRe is a percentile as statements write it: "p95", "p99.9", "95th".
var percentileRe = regexp.MustCompile(`^(?:p(\d{2}(?:\.\d+)?)|(\d{2}(?:\.\d+)?)th)$`)

// percentileNear reads the percentile said within a few words of a latency at toks[pos:end]:
// "p99 latency under 200 ms", "in under 800 ms at p95", "at the 95th percentile".
func percentileNear(toks []string, pos, end int) string {
	for k := max(pos-4, 0); k < min(end+5, len(toks)); k++ {
		if k >= pos && k < end {
			continue
		}
		m := percentileRe.FindStringSubmatch(toks[k])
		if m == nil || m[2] != "" && word(toks, k+1) != "percentile" {
			continue // "the 20th" is a date, not a percentile
		}
		return "p" + m[1] + m[2]
	}
	return ""
}

// deadline keeps a time within which a crowd must be reached as what it is, the deadline of a
// fan-out to all of them, not a flow of their own: a flow named "get" sized every receiver as
// a write. The crowd stays the population; the designer's alert texts divide it by the time.
func (r *reader) deadline(a, m *mention, what string) {
	m.used = true
	r.latency(m)
	r.out.Deadlines = append(r.out.Deadlines, Deadline{Audience: a.value, Noun: a.noun, Within: m.value, What: what})
	r.note("%s %s reached within %s: a fan-out deadline (%s deliveries/s while it runs), not a flow of theirs: stated",
		human(a.value), plural(a.noun), days(m.value), human(a.value/m.value))
}

// ofEach reports a window said of each of many things at toks[k]: "the last minute of each
// auction", "the first hour of every sale".
func ofEach(toks []string, k int) bool {
	w := word(toks, k)
	return (w == "of" || w == "before" || w == "after") && (word(toks, k+1) == "each" || word(toks, k+1) == "every") && isWord(word(toks, k+2))
}

// rateSaid reports a rate stated for the crowd a, between it and the window m: "4,000 trucks pass
// each day, peaking at 450 an hour, each … cleared in under 90 seconds" says how fast the trucks
// come, so the window is how long each one may take, not all 4,000 in 90 seconds. So does a rate
// of what the crowd does, said right after it: "180 labs produce 650,000 results per day, 5% …
// must page the physician within 3 minutes" is how fast results come, not 180 labs in 3 minutes.
func (r *reader) rateSaid(a, m *mention) bool {
	for _, x := range r.ms {
		if x.kind == mEvents && x.per > 0 && (x.noun == a.noun || x.pos-a.end <= 2) && x.sent == m.sent && x.pos > a.pos && x.pos < m.pos {
			return true
		}
	}
	return false
}

// newSubject reports a clause in toks[from:to] that opens with a subject of its own: a plural
// noun after a comma or colon ("…, customers chart them"), or one with a modifier before a verb
// ("1,500 engineers: regex queries return in 500 ms"), not a verb or a word about the crowd
// ("…, and answer within 10 seconds", "…, all within 45 minutes").
func newSubject(toks []string, from, to int) bool {
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		if toks[j] != "," {
			continue
		}
		k := j + 1
		if w := word(toks, k); w == "and" || w == "but" || w == "while" || w == "then" {
			k++
		}
		if pluralSubject(word(toks, k)) {
			return true
		}
		// The verb after it is what tells "regex queries return" from a list ("…, fast replies"),
		// so the noun may be one that is also a verb ("new orders are packed").
		m, n := word(toks, k), word(toks, k+1)
		if isWord(m) && verbStem(m) == "" && !everyWords[m] && isWord(n) && singular(n) != n && clauseVerb(word(toks, k+2)) {
			return true
		}
		if ownTarget(toks, k) {
			return true
		}
	}
	return false
}

// ownTarget reads a clause that opens on a thing that must or should do something ("barrier must
// open", "the scoreboard should update"): its window is that thing's response time, not the
// crowd or the places counted before it acting at once.
func ownTarget(toks []string, k int) bool {
	if w := word(toks, k); w == "the" || w == "a" || w == "its" || w == "our" {
		k++
	}
	for n := k; n < k+3; n++ {
		w := word(toks, n)
		if !isWord(w) || verbStem(w) != "" || everyWords[w] {
			return false
		}
		if m := word(toks, n+1); m == "must" || m == "should" || m == "shall" {
			return true
		}
	}
	return false
}

// clauseOf is where the clause ending at toks[to] begins, no earlier than from: after the last
// comma or semicolon between them. "Each" there is the window's ("answer each question within
// 10 seconds"); one in an earlier clause ("watching 40 minutes each, playback starts in under
// 2s") is another figure's.
func clauseOf(toks []string, from, to int) int {
	for j := min(to, len(toks)) - 1; j > from; j-- {
		if toks[j] == "," || toks[j] == ";" {
			return j + 1
		}
	}
	return from
}

// placedIn reports a count said as where the ones before it are: "across 35 farms", "over 12 sites".
func placedIn(toks []string, pos int) bool {
	w := word(toks, pos-1)
	return w == "across" || w == "in" || w == "over" || w == "throughout" || w == "spread"
}

func clauseVerb(w string) bool {
	return verbStem(w) != "" || w == "are" || w == "must" || w == "should" || w == "can" || w == "will"
}

func pluralSubject(w string) bool {
	return isWord(w) && singular(w) != w && verbStem(w) == "" && !everyWords[w]
}

var everyWords = set(`all each every most many some both half`)

// crowdVerb is what a counted crowd does, whatever the verb, read from where it stands: the
// word after the crowd, or after "try to" ("15,000 students try to enrol").
func crowdVerb(toks []string, from, to int) string {
	j := from
	if tryVerbs[word(toks, j)] && word(toks, j+1) == "to" {
		j += 2
	}
	if w := word(toks, j); j < to && isWord(w) && len(w) > 2 && !stopWords[w] && !strings.HasSuffix(w, "ed") {
		return w
	}
	return ""
}

var tryVerbs = set(`try tries attempt attempts want wants rush rushes race hurry scramble scrambles`)

// everyOne reports whether toks[from:to] says every actor acts: "answer each question",
// "every fan", "all of them" — not "against each other".
func everyOne(toks []string, from, to int) bool {
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		if (toks[j] == "each" || toks[j] == "every" || toks[j] == "all") && word(toks, j+1) != "other" {
			return true
		}
	}
	return false
}

// lookVerbs are what people do in a burst that only reads; answering, entering or claiming
// in a window writes.
var lookVerbs = set(`view watch read browse visit open load refresh check look hit`)

// whileActive reads "1.5M rides a day; the app sends a GPS ping every 4 seconds during a ride, and
// the average ride is 20 minutes": by Little's law, rides in progress = rides/s × 1,200 s, each
// sending every 4 s.
func (r *reader) whileActive(every *mention) bool {
	var span *mention
	for _, x := range r.ms {
		if x.span && !x.used && x.value >= 60 {
			span = x
			break
		}
	}
	if span == nil {
		return false
	}
	var base *conversation.Flow
	for i := range r.out.Flows {
		if f := &r.out.Flows[i]; f.Kind == conversation.FlowWrite && !f.Each && f.ItemsOf == "" && strings.Contains(strings.Join(r.sents[span.sent], " "), lastWord(f.Name)) {
			base = f
			break
		}
	}
	if base == nil || !duringEach(r.sents[every.sent], every, lastWord(base.Name)) {
		return false
	}
	active := r.out.Rate(*base) * span.value
	noun, _ := objectOf(r.sents[every.sent], every.pos)
	f := conversation.Flow{Name: strings.TrimSpace(orWord(noun, "update") + " during " + lastWord(base.Name)), Kind: conversation.FlowWrite,
		Count: 1, PerSeconds: every.value, Each: true, Actors: active, ActorNoun: plural(lastWord(base.Name)) + " in progress",
		Steady: true, Source: conversation.Stated, From: every.quote}
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	every.used, span.used = true, true
	r.note("%s: stated (%s/s × %s each = %s %s in progress, each sending %s)", f.Name, human(r.out.Rate(*base)), days(span.value),
		human(active), plural(lastWord(base.Name)), conversation.Period(every.value))
	return true
}

// duringEach reports a cadence said of each of the things in progress: "every 4 seconds during a
// ride", "while a ride is under way". "Lifeguards record head counts every 15 minutes" beside
// 45-minute bookings is the pools' clock, not one per booking in progress.
func duringEach(toks []string, every *mention, noun string) bool {
	for j := max(every.pos-8, 0); j < min(every.end+6, len(toks)); j++ {
		if t := toks[j]; t == "during" || t == "while" || t == "throughout" {
			if namesInProgress(toks[j+1:min(j+4, len(toks))], noun) {
				return true
			}
		} else if singular(t) == noun && j > every.pos {
			return true
		}
	}
	return false
}

// namesInProgress reports whether the words after "during" or "while" name the thing in
// progress ("during a ride", "while riding", "while it is under way"), not another
// clock: "while the pool is open" is the pool's hours, whatever is booked in it.
func namesInProgress(after []string, noun string) bool {
	for _, t := range after {
		switch {
		case singular(t) == noun || t == "it" || t == "progress" || t == "one" || strings.HasSuffix(t, "ing") && strings.HasPrefix(t, strings.TrimSuffix(noun, "e")):
			return true
		case t != "a" && t != "an" && t != "the" && t != "each" && t != "every" && t != "in" && t != "its" && t != "their":
			return false
		}
	}
	return false
}

// watchTime finds a stated time each user spends a day ("watching 2 hours a day"), in seconds.
func (r *reader) watchTime() float64 {
	for _, m := range r.ms {
		if m.kind == mDaily {
			m.used = true
			return m.value
		}
	}
	return 0
}

// watching keeps the time each daily user spends a day ("2M daily viewers watch 45 minutes a
// day") when no stream or clock used it and nothing says how many are on at once: a day's
// viewing spread over the day is how many watch at once, which sizes what holds them.
func (r *reader) watching() {
	if r.out.DAU == 0 || r.out.Concurrent > 0 {
		return
	}
	daily := r.sessionTime()
	for _, m := range r.ms {
		if m.kind == mDaily && !m.used && m.value > 0 {
			m.used, daily = true, m.value
			break
		}
	}
	if daily > 0 {
		who := "people"
		for _, a := range r.ms {
			if a.kind == mActors && a.class == "dau" && a.noun != "" && a.noun != "user" {
				who = plural(a.noun)
				break
			}
		}
		r.out.DailySeconds, r.out.Online = daily, who
		r.note("%s on at once: %s daily × %s a day ÷ 24 h = %s on average", who, human(r.out.DAU), days(daily), human(r.out.DAU*daily/86400))
	}
}

// sessionTime is the time each daily user spends a day from sessions counted for each of them
// and how long one lasts ("2 sessions a day", "average session 30 minutes"); 0 when not said.
func (r *reader) sessionTime() float64 {
	for _, m := range r.ms {
		if m.kind != mOther || !m.span || sessionPeople[m.noun] == 0 && m.noun != "workout" && m.noun != "visit" || m.value <= 0 {
			continue
		}
		for _, f := range r.out.Flows {
			if f.Each && f.PerSeconds > 0 && singular(lastWord(f.Name)) == m.noun && (f.Actors == 0 || f.Actors == r.out.DAU) {
				m.used = true
				return math.Min(f.Count*86400/f.PerSeconds*m.value, 86400)
			}
		}
	}
	return 0
}

// periodic reads "300,000 e-scooters, each reporting its position every 10 seconds" and
// "agents on 1 million hosts push 100 metrics every 10 seconds".
// senderAfter is the counted sender said after a period with none before it: "Every 5 minutes
// each of our 2,000 stores uploads its batch"; but "lots close every 30 seconds, up to 20,000
// bidders online" names another clause's people.
func (r *reader) senderAfter(m *mention) *mention {
	toks := r.sents[m.sent]
	for _, x := range r.ms {
		if x.kind == mActors && x.sent == m.sent && x.pos > m.pos && !within(toks, m.end, x.pos, ",", ";") {
			return x
		}
	}
	return nil
}

// senderOf is the counted sender of a clock: the population the clause names, one counted
// after it, or the place it runs in while open (which then reports only in its hours).
func (r *reader) senderOf(m *mention) *mention {
	if p := r.clockBefore(m); p != nil && r.senders[p] != nil {
		return r.senders[p]
	}
	a := r.actorFor(m)
	if r.senders == nil {
		r.senders = map[*mention]*mention{}
	}
	defer func() { r.senders[m] = a }()
	if a == nil {
		a = r.senderAfter(m)
	}
	if a == nil {
		a = r.whileOpen(m)
	}
	if a != nil && a.noun == openPlace(r.sents[m.sent], m) {
		if r.opened == nil {
			r.opened = map[string]bool{}
		}
		r.opened[a.noun] = true
	}
	return a
}

// whileOpen is the counted place whose hours a clock with no sender runs in: "lifeguards log
// head counts every 15 minutes while the pool is open" beside "40 pools" is each pool's
// clock, whoever keeps it.
func (r *reader) whileOpen(m *mention) *mention {
	place := openPlace(r.sents[m.sent], m)
	for _, x := range r.ms {
		if place != "" && x.noun == place && !x.used && (x.kind == mActors || x.kind == mEvents && x.per == 0) {
			x.kind, x.class = mActors, "things"
			return x
		}
	}
	return nil
}

// openPlace is the place named by "while the pool is open" (or staffed, running, operating)
// just after a clock, in the singular; "" when the clock says no such thing.
func openPlace(toks []string, m *mention) string {
	for j := m.end; j < min(m.end+4, len(toks)); j++ {
		if toks[j] != "while" && toks[j] != "whenever" {
			continue
		}
		k := j + 1
		for k < len(toks) && (toks[k] == "the" || toks[k] == "a" || toks[k] == "each" || toks[k] == "its" || toks[k] == "their") {
			k++
		}
		if within(toks, k+1, min(k+4, len(toks)), "open", "opened", "staffed", "running", "operating") {
			return singular(word(toks, k))
		}
		return ""
	}
	return ""
}

// overwrites reports a report on a clock that only replaces the sender's latest state: a
// heartbeat or a status ping, or what an autosave keeps ("autosaves each grid").
func overwrites(f conversation.Flow, noun string) bool {
	return overwriteNouns[lastWord(f.Name)] || overwriteNouns[noun] || slices.ContainsFunc(strings.Fields(f.From), func(w string) bool {
		return overwriteNouns[verbStem(w)]
	})
}

func (r *reader) periodic() {
	for _, m := range r.ms {
		if m.kind != mEvery || m.value <= 0 {
			continue
		}
		toks := r.sents[m.sent]
		a := r.senderOf(m)
		if a == nil && r.whileActive(m) {
			continue
		}
		if a == nil {
			r.note("%s: stated, but not who sends it", conversation.Period(m.value))
			continue
		}
		if who := eachPersonBetween(toks, a, m); who != "" {
			// "4 hospitals where each surgeon has block time every week": the period is each
			// surgeon's, who are not counted, not once a week at each hospital.
			r.note("%s: stated of each %s, who are not counted", conversation.Period(m.value), who)
			r.peopleFromHabit(m, who)
			continue
		}
		from := max(m.pos-8, 0)
		if a.sent == m.sent && a.pos < m.pos {
			from = max(a.pos, from)
		}
		f := conversation.Flow{Kind: conversation.FlowWrite, Count: 1, PerSeconds: m.value, Each: true,
			Source: conversation.Stated, From: strings.Join(toks[from:min(m.end, len(toks))], " ")}
		if a.estimated {
			f.Source = conversation.Derived // the senders were estimated, not counted
		}
		if a.class != "dau" {
			f.Actors, f.ActorNoun = a.value, plural(a.noun)
			if a.class == "users" && r.out.Concurrent > 0 {
				f.Actors = r.out.Concurrent
			}
		}
		f.Actors *= r.shareOfThem(a, m)
		r.countBetween(&f, a, m, toks)
		noun, verb := objectOf(toks, m.pos)
		if asked := askedFor(toks, from, m.pos); asked != "" && verb == "" {
			noun, verb = asked, "fetch" // "each editor asks for fuzzy matches every 20 seconds": a lookup
			f.Name = asked + " lookup"
		}
		f.Name = periodicName(f.Name, toks, from, m, a, noun, verb)
		split := false
		if r.splitRates(m, a) {
			f.Name, split = purposeName(f.Name, toks, m.end)
		}
		polls(&f, toks, from, m.pos, verb)
		if a.class == "dau" {
			if watch := r.watchTime(); watch > 0 && r.out.DAU > 0 {
				// "15M daily players, 90 minutes of play a day, autosaves every 5 minutes": only
				// the players playing right now save.
				f.Actors, f.ActorNoun = r.out.DAU*watch/86400, "players active at once"
				r.note("active at once: %s daily × %s a day ÷ 24 h = %s", human(r.out.DAU), days(watch), human(f.Actors))
			}
		}
		// A schedule caps the rate: 50K drivers every 4 s cannot peak above 12.5K/s. A heartbeat
		// or status ping replaces the last one rather than adding history. What is done once a
		// day or less often is a habit, not a clock: it bunches into busy hours like any other.
		f.Steady = m.value < 86400
		onNamedDays(&f, m)
		f.Overwrites = overwrites(f, noun)
		a.used = true
		f = uniqueName(r.out.Flows, f)
		r.out.Flows = append(r.out.Flows, f)
		m.used = true
		r.note("%s: %s (%s %s × %s %s)", f.Name, f.Source, human(r.out.Workload.Rate(f)*m.value/math.Max(f.Count, 1)), f.ActorNoun, human(f.Count), conversation.Period(m.value))
		if split {
			r.note("%s: all %s %s assumed to send it (the statement does not say how many of them it is for)", f.Name, human(f.Actors), f.ActorNoun)
		}
	}
}

// reportNouns are what a clock sends that is a report in itself.
var reportNouns = set(`count reading report snapshot measurement headcount tally`)

// compoundBefore is noun with the word that qualifies it in toks[from:to] ("head count"), or the
// noun alone.
func compoundBefore(toks []string, from, to int, noun string) string {
	for j := to - 1; j > max(from, 0); j-- {
		if singular(toks[j]) != noun {
			continue
		}
		if w := toks[j-1]; !stopWords[w] && verbAt(toks, j-1) == "" && isWord(w) {
			return w + " " + noun
		}
		return noun
	}
	return noun
}

// periodicName names a flow sent on a clock from what the clause says is sent: an act done every
// few days ("log meals"), a logger's sample, else an update of the thing or its sender.
func periodicName(name string, toks []string, from int, m, a *mention, noun, verb string) string {
	if name == "" && m.value >= 86400 && verb != "" {
		// "users log meals every 2 days": an act, not a device's report; "contractors are
		// paid every fortnight": done to each of them.
		if noun == "" && within(toks, from, m.pos, "are", "is", "get", "gets", "were", "was", "be") {
			noun = a.noun
		}
		name = orWord(flowName(verb, noun), verb)
	}
	if name == "" && noun == "" && (within(toks, from, m.pos, "sampling", "samples", "sampled") || saidInHertz(toks, m)) {
		// "boxes with temperature loggers sampling every minute": each box sends a sample,
		// not an update of the box.
		name = "sample"
		if within(toks, from, m.pos, "temperature", "temperatures") {
			name = "temperature sample"
		}
	}
	if name == "" && reportNouns[noun] {
		// "lifeguards log head counts every 15 minutes": a count is a report of its own, not
		// an update of one.
		name = compoundBefore(toks, from, m.pos, noun)
	}
	if name == "" && noun != "" && noun != "it" && scanVerbs[verb] {
		// "a picker scans a barcode every 8 seconds": each is a scan of the barcode, not an
		// update of it.
		name = noun + " scan"
	}
	if name == "" {
		name = strings.TrimSpace(noun + " update")
		if noun == "" || noun == "update" || noun == "it" {
			name = a.noun + " update"
		}
	}
	return name
}

// scanVerbs read a code or a tag, the act a periodic flow of them is named after.
var scanVerbs = map[string]bool{"scan": true, "scans": true, "scanned": true, "scanning": true}

// saidInHertz reports a rate said in hertz ("hydrophones recording at 96 kHz"): so many
// samples a second, each a sample rather than an update of its sender.
func saidInHertz(toks []string, m *mention) bool {
	for k := m.pos; k <= m.pos+2 && k < len(toks); k++ {
		if hertzUnits[toks[k]] > 0 {
			return true
		}
	}
	return false
}

// eachPersonBetween finds "each <person>" before the period m and after the counted sender a
// (or anywhere before m when a is in an earlier clause), where the person is not what a counts:
// the period is said of those people. toks is m's sentence.
func eachPersonBetween(toks []string, a, m *mention) string {
	from := 0
	if a.sent == m.sent {
		from = a.pos + 1
	}
	for i := from; i+1 < m.pos && i+1 < len(toks); i++ {
		if toks[i] != "each" && toks[i] != "every" && !aPersonActs(toks, i) {
			continue
		}
		// "each driver's phone" is said of each driver.
		if n := singular(strings.TrimSuffix(toks[i+1], "'s")); IsPerson(n) && n != singular(a.noun) {
			return n
		}
	}
	return ""
}

// countBetween reads a count between the sender a and the period m into f: "agents on 1 million
// hosts push 100 metrics every 10 seconds" sends 100 each time; but in "4,200 stops, and 600
// stop displays refresh every 30 seconds" the count is the subject of its own verb, the things
// that do it, not so many per stop.
func (r *reader) countBetween(f *conversation.Flow, a, m *mention, toks []string) {
	for _, b := range r.ms {
		if b.sent != m.sent || b.pos <= a.pos || b.pos >= m.pos || b.kind != mEvents || b.per != 0 || b.used {
			continue
		}
		f.Count, b.used = b.value, true
		f.Name = b.name
		if b.end < len(toks) && isVerb(toks[b.end]) && b.end < m.pos {
			f.Count, f.Actors, f.ActorNoun = 1, b.value, plural(b.noun)
		}
	}
}

// itemSize files a stated size: of an item, what each sender sends each time, or what each
// person keeps in all.
func (r *reader) itemSize(m *mention) {
	if f := r.sentEach(m); f != nil {
		// "each of the 300 stores sends its sales file nightly, roughly 50 MB per store": what
		// one store sends each night, 15 GB a night in all, where it was read as 50 MB kept.
		item := lastWord(f.Name)
		r.out.Sizes[item] = m.value
		r.note("%s sent by each %s once %s (%s): stated", conversation.Bytes(m.value), m.noun, periodWord(f.PerSeconds/math.Max(f.Count, 1)), f.Name)
		return
	}
	if y := r.sizedPer(m); y != "" {
		// "a 15 MB replay per match": what each match keeps, sized on the matches' flow.
		r.out.Sizes[m.noun], r.out.Sizes[y] = m.value, m.value
		r.note("%s %s per %s: stated", conversation.Bytes(m.value), orWord(m.noun, "item"), y)
		return
	}
	if m.noun == "account" || actorNouns[m.noun] && !thingNouns[m.noun] {
		// A machine or a feed said with a size sends that much each time ("each feed ~200 KB").
		r.keptPerPerson(m)
		return
	}
	r.out.Sizes[m.noun] = m.value
	r.note("%s per %s: stated", conversation.Bytes(m.value), orWord(m.noun, "item"))
}

// sentEach is the flow a size per sender belongs to: said in the sentence in which each of
// the senders sends once a period of an hour or more, a file or a batch rather than a stream.
func (r *reader) sentEach(m *mention) *conversation.Flow {
	said := strings.Join(r.sents[m.sent], " ")
	for i, f := range r.out.Flows {
		if f.Kind == conversation.FlowWrite && f.Each && f.Actors > 0 && singular(lastWord(f.ActorNoun)) == m.noun &&
			f.PerSeconds/math.Max(f.Count, 1) >= 3600 && f.From != "" && strings.Contains(said, f.From) {
			return &r.out.Flows[i]
		}
	}
	return nil
}

// keptPerPerson reads a size said per person or account ("2 GB kept per account"): what each
// keeps in all, which with the people counted is the data held, never the size of one upload.
func (r *reader) keptPerPerson(m *mention) {
	if n := r.out.Users; n > 0 {
		r.out.Stored = math.Max(r.out.Stored, n*m.value)
		r.note("%s per %s: what each keeps in all, not the size of one item: %s × %s = %s kept: stated",
			conversation.Bytes(m.value), m.noun, human(n), conversation.Bytes(m.value), conversation.Bytes(n*m.value))
		return
	}
	r.note("%s per %s: what each keeps in all, not the size of one item: stated", conversation.Bytes(m.value), m.noun)
}

// rest files the figures that are not flows: factors, latencies, retention, fan-out, sizes and
// anything left over, which is noted with what it was taken for.
// restActors files a count of people or things no flow took: who provides the work booked, or
// a population.
func (r *reader) restActors(m *mention) {
	if m.class == "users" && r.provides(m) {
		r.note("%s %s: %s, who do the work booked", human(m.value), plural(m.noun), statedAs(m))
		return
	}
	r.out.Things = append(r.out.Things, Population{Value: m.value, Noun: m.noun})
	if !m.nested { // a nested count was noted with its arithmetic
		r.note("%s %s: %s", human(m.value), plural(m.noun), statedAs(m))
	}
}

// limitWords say what a limit bounds: "500 requests a second, what each one is allowed" for a
// cap on a rate, "256 members" for one on a count.
func limitWords(m *mention) string {
	if m.per > 0 {
		return fmt.Sprintf("%s %s %s, what each one is allowed", human(m.value), plural(m.noun), periodWord(m.per))
	}
	return human(m.value) + " " + plural(m.noun)
}

func (r *reader) rest() {
	for _, m := range r.ms {
		if m.used {
			continue
		}
		switch m.kind {
		case mFactor:
			if r.near(m, "peak", "peaks", "peaking", "average", "normal", "baseline", "typical", "usual", "spike", "spikes", "spiking",
				"surge", "surges", "surging", "burst", "bursts", "rush", "rushes") {
				r.out.PeakFactor = math.Max(r.out.PeakFactor, m.value)
				r.note("peak is %s× the average: stated", human(m.value))
			} else {
				r.out.Factor = m.value
			}
		case mLatency:
			r.latency(m)
		case mRetention:
			r.retention(m)
		case mFanOut:
			r.fanOut(m)
		case mRatio:
			r.readRatio(m)
		case mSize:
			r.itemSize(m)
		case mStored:
			r.out.Stored = math.Max(r.out.Stored, m.value)
			r.note("%s kept in all: stated (the data held, not the size of one item)", conversation.Bytes(m.value))
		case mMaxSize:
			r.out.MaxSizes[m.noun] = m.value
			r.note("largest %s: %s: stated (a limit, not the average)", orWord(m.noun, "item"), conversation.Bytes(m.value))
		case mActors:
			r.restActors(m)
		case mPercent:
			r.notePercent(m)
		case mOther, mEvents, mTimes, mWindow, mEvery:
			r.unused(m)
		}
	}
}

// notePercent files a share the load does not use. A share decided without a person ("70%
// approved automatically", "30% go to manual review") sizes the people who decide the rest, not
// the request rate, and the design says so where it sizes them.
func (r *reader) notePercent(m *mention) {
	switch {
	case r.near(m, "manual", "manually", "human", "humans", "person"):
		r.note("%s%%: the share decided by a person; it sizes the review staff, not the request rate (%q)", human(m.value), m.quote)
		return
	case r.near(m, "automatically", "automatic", "auto-approved", "auto-approve", "straight-through", "touchless"):
		r.note("%s%%: the share decided automatically; the rest sizes the review staff, not the request rate (%q)", human(m.value), m.quote)
		return
	case r.near(m, "average", "averages", "averaging") && r.near(m, "peak", "peaks", "that", "busiest", "max", "maximum"):
		return // "the average is 25% of peak": the peak factor, noted with it
	case r.missUploads(m):
		return
	}
	r.note("%s%%: read, not used as load (%q)", human(m.value), m.quote)
}

// unused files a count no rate or group took: a place's capacity, a corpus, a span, the
// clients served, a limit, or a bare count the system keeps.
func (r *reader) unused(m *mention) {
	if m.capacity {
		r.capacity(m)
	} else if m.corpus {
		r.noteCorpus(m)
	} else if m.measure != "" {
		r.note("%q: %s, not load", m.quote, m.measure)
	} else if m.span && m.noun == "dedupe window" {
		r.note("%q: a dedupe window (repeats within it count once), not a time limit", m.quote)
		r.out.Spans = append(r.out.Spans, Population{Value: m.value, Noun: m.noun})
	} else if m.span {
		// Said in the statement's own words: "24 months" rather than 62.2M seconds.
		r.note("%q: how long something lasts, not load", m.quote)
		r.out.Spans = append(r.out.Spans, Population{Value: m.value, Noun: m.noun})
	} else if clientNouns[m.noun] && m.per == 0 && !lentThing(r.sents[m.sent], m) {
		// "an SSO for 80 internal tools and 6,000 employees": the tools are the clients
		// it serves; the people are who sign in.
		r.note("%s %s: the client apps it serves, not people: stated", human(m.value), plural(orWord(m.name, m.noun)))
	} else if m.service {
		r.note("%q: how fast each one serves them, a service rate, not load", m.quote)
	} else if m.limit && m.value == 1 {
		// "in one warehouse", "one concurrent loan": nothing to size.
	} else if m.limit && m.place != "" {
		// "up to 100 people editing the same document at once": one document's, not everyone online.
		r.note("%s %s at once on one %s: a limit for each %s, not the system's concurrency", human(m.value), plural(m.noun), m.place, m.place)
		r.out.Limits = append(r.out.Limits, Population{Value: m.value, Noun: m.noun})
	} else if m.limit && m.of != "" {
		r.note("%s %s: a limit on each %s, not load", human(m.value), plural(m.noun), m.of)
		r.out.Limits = append(r.out.Limits, Population{Value: m.value, Noun: m.noun, Of: m.of})
	} else if m.limit {
		r.note("%s: a limit, not load", limitWords(m))
		r.out.Limits = append(r.out.Limits, Population{Value: m.value, Noun: m.noun})
	} else if m.kind == mWindow || m.kind == mEvery {
		// A stretch of time said in the statement's own words, not in seconds.
		r.note("%q: a time with no count that falls in it, not load", m.quote)
	} else if r.keptCount(m) {
		// "…, full version history, 30 million documents": a bare count listed as a fact
		// is what the system holds, a population that sizes storage, not traffic.
		r.out.Kept = append(r.out.Kept, Population{Value: m.value, Noun: m.noun})
		r.note("%s", KeptNote(m.value, m.noun))
	} else if r.unitsOfOrgs(m) {
		// "14 hospitals with 220 operating rooms": counted, for the designer to size by.
	} else if m.value > 0 && !m.nested && (m.noun != "" || m.value > 10) {
		// A bare small number ("hold one") is a pronoun or an ordinal, not a figure to report.
		if m.noun != "" && m.perNoun != "" {
			r.note("%q per %s: what each %s comes with, not load of its own", strings.TrimSpace(human(m.value)+" "+plural(m.noun)), m.perNoun, m.perNoun)
		} else if m.noun != "" && m.each {
			r.note("%q each: what each item written comes with, not load of its own", strings.TrimSpace(human(m.value)+" "+plural(m.noun)))
		} else {
			r.note("%s", NotLoad(m.value, m.noun))
		}
		if m.noun != "" {
			// "3-5 photos of evidence per fine": Of is the thing each one comes with.
			r.out.Counted = append(r.out.Counted, Population{Value: m.value, Noun: m.noun, Of: m.perNoun, Each: m.each && m.perNoun == ""})
		}
	}
}

// unitsOfOrgs counts what organisations counted beside it have, with no rate: "14 hospitals with
// 220 operating rooms", "180 rooms across 12 clinics", and "9 hospitals, each with 16
// operating rooms" (noted when multiplied). They are counted for the designer to size by.
func (r *reader) unitsOfOrgs(m *mention) bool {
	if m.nested && m.kind == mEvents && m.noun != "" && m.per == 0 {
		r.out.Counted = append(r.out.Counted, Population{Value: m.value, Noun: m.noun})
		return true
	}
	o := r.heldBy(m)
	if o == nil {
		return false
	}
	r.out.Counted = append(r.out.Counted, Population{Value: m.value, Noun: m.noun})
	r.note("%s %s at the %s %s: stated, in all", human(m.value), plural(orWord(m.name, m.noun)), human(o.value), plural(o.noun))
	return true
}

// holdWords join counted organisations to what they have: "14 hospitals with 220 rooms".
var holdWords = set(`with having have has`)

// atWords join what is counted to the organisations counted after it: "180 rooms across 12
// clinics", "60 operating rooms and 5 hospitals".
var atWords = set(`across in at over and`)

// heldBy finds the counted organisations a count with no rate belongs to, said right beside
// them: "14 hospitals with 220 operating rooms", "180 treatment rooms across 12 clinics". The
// count is of all their units together, not load.
func (r *reader) heldBy(m *mention) *mention {
	if m.noun == "" || m.per > 0 || m.kind != mEvents && m.kind != mOther || m.limit || m.capacity {
		return nil
	}
	toks := r.sents[m.sent]
	for _, o := range r.ms {
		if o.kind != mActors || o.sent != m.sent || !orgNouns[o.noun] {
			continue
		}
		switch {
		case o.end+1 == m.pos && holdWords[word(toks, o.end)]:
			return o
		case m.end+1 == o.pos && atWords[word(toks, m.end)]:
			return o
		}
	}
	return nil
}

// keptCount reports a count of things with no rate and no verb, listed on its own between commas
// or at the end of a sentence: "…, full version history, 30 million documents".
func (r *reader) keptCount(m *mention) bool {
	if m.kind != mEvents || m.per > 0 || m.noun == "" || m.value < 1000 || personNoun(m.noun) {
		return false
	}
	if m.kept {
		return true
	}
	if m.verb != "" {
		return keepVerbs[m.verb] // "creators host about 250,000 shows": held, at no rate
	}
	toks := r.sents[m.sent]
	before, after := word(toks, m.pos-1), word(toks, m.end)
	if before == "about" || before == "around" || before == "roughly" || before == "over" || before == "some" {
		before = word(toks, m.pos-2)
	}
	if after == "," && word(toks, m.end+1) == "each" {
		return false // "3,000 dogs, each walked …": who the clause goes on about, not a store
	}
	if keepVerbs[before] || keepVerbs[strings.TrimSuffix(before, "s")] {
		return true // "hosts about 250,000 shows"
	}
	return (before == "," || before == ":" || before == "and" || m.pos == 0) && (after == "" || after == "," || after == ";" || after == "and")
}

// keepVerbs say that what they count is held, not done: "host 250,000 shows", "stores 2 billion
// photos".
var keepVerbs = set(`host hold store keep manage track contain index archive list catalogue catalog`)

func (r *reader) fanOut(m *mention) {
	if m.audience && lookVerbs[m.verb] || m.audience && (m.verb == "read" || m.verb == "see") {
		// "every message is read by all 50 people": reads per item of the last write.
		for i := len(r.out.Flows) - 1; i >= 0; i-- {
			if f := r.out.Flows[i]; f.Kind == conversation.FlowWrite {
				nf := conversation.Flow{Name: m.verb + " " + lastWord(f.Name), Kind: conversation.FlowRead, Count: m.value, PerSeconds: 1,
					ItemsOf: f.Name, Source: conversation.Stated, From: m.quote}
				nf = uniqueName(r.out.Flows, nf)
				r.out.Flows = append(r.out.Flows, nf)
				r.note("%s: stated (%s per %s)", nf.Name, human(m.value), f.Name)
				return
			}
		}
	}
	for i := range r.out.Flows {
		f := &r.out.Flows[i]
		if f.Kind == conversation.FlowWrite && f.FanOut == 0 {
			f.FanOut = m.value
			r.note("fan-out: %s %s per %s: stated", human(m.value), plural(m.noun), f.Name)
			return
		}
	}
	r.out.FanOut = m.value
	r.note("fan-out: %s %s on average: stated", human(m.value), plural(m.noun))
}

var smallRe = regexp.MustCompile(`(?i)\b(?:my|our) (family|household|friends|team|club|class|office|roommates|flatmates)\b|\b(?:just (?:me|us)|for myself|personal use|hobby project|side project|a few friends)\b`)

// smallGroups reads "a todo app for my family": a handful of people, when no figure says more.
func (r *reader) smallGroups(statement string) {
	m := smallRe.FindStringSubmatch(statement)
	if m == nil || r.out.DAU > 0 || r.out.Users > 0 || r.out.Concurrent > 0 || len(r.out.Flows) > 0 {
		return
	}
	n := 5.0
	switch strings.ToLower(m[1]) {
	case "team", "office", "club":
		n = 20
	case "class":
		n = 30
	}
	r.out.Small = true
	r.out.Users, r.out.DAU = n, n
	r.note("about %s people (assumed from %q)", human(n), m[0])
}

func days(sec float64) string {
	if sec < 86400 {
		switch {
		case sec >= 3600:
			return human(sec/3600) + " h"
		case sec >= 60:
			return human(sec/60) + " min"
		}
		return human(sec) + " s"
	}
	d := sec / 86400
	switch {
	case d >= 365 && math.Mod(d, 365) == 0 && d == 365:
		return "1 year"
	case d >= 365 && math.Mod(d, 365) == 0:
		return human(d/365) + " years"
	case math.Round(d) == 1:
		return "1 day"
	}
	return human(math.Round(d)) + " days"
}

func orWord(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

var plural = conversation.Plural

// NotLoad is the note the reader leaves on a count it read but found no rate or population for:
// "30 routes". A designer that does use the count takes the note back by it.
func NotLoad(value float64, noun string) string {
	if value != 1 && noun != "" {
		noun = plural(noun) // "30 routes", as said
	}
	return fmt.Sprintf("%q: read, not used as load (no rate or population it belongs to)", strings.TrimSpace(human(value)+" "+noun))
}

// KeptNote is the note the reader leaves on a count of what the system holds: "30M documents".
// A designer whose senders those are (an RFID system's 800,000 tagged towels) takes it back by it.
func KeptNote(value float64, noun string) string {
	return fmt.Sprintf("%s %s: stated; what the system keeps, which sizes storage, not load", human(value), plural(noun))
}

// readRatio adds the side a stated read:write ratio implies, per event of the busiest stated flow
// of the other side: "5M uploads a day, 100:1 read/write" reads 100 per upload, "200K page views
// a day, 10:1 reads to writes" writes one per 10 views.
func (r *reader) readRatio(m *mention) {
	var read, write *conversation.Flow
	for i := range r.out.Flows {
		f := &r.out.Flows[i]
		switch {
		case f.Kind == conversation.FlowRead && (read == nil || r.out.Rate(*f) > r.out.Rate(*read)):
			read = f
		case f.Kind == conversation.FlowWrite && write == nil:
			write = f
		}
	}
	var f conversation.Flow
	switch {
	case read != nil && write != nil:
		r.note("read:write ratio %s:1: stated, but reads and writes are stated too", human(m.value))
		return
	case read == nil && write == nil:
		r.out.ReadRatio = m.value
		r.note("read:write ratio %s:1: stated", human(m.value))
		return
	case write != nil:
		f = conversation.Flow{Name: "read " + lastWord(write.Name), Kind: conversation.FlowRead, Count: m.value, PerSeconds: 1,
			ItemsOf: write.Name, Source: conversation.Stated, From: m.quote}
	default:
		f = conversation.Flow{Name: "write " + lastWord(read.Name), Kind: conversation.FlowWrite, Count: 1 / m.value, PerSeconds: 1,
			ItemsOf: read.Name, Source: conversation.Stated, From: m.quote}
	}
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	r.note("%s: stated (read:write %s:1, per %s)", f.Name, human(m.value), f.ItemsOf)
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// dayWords end a named day: "race day", "election night", "a big storm day".
var dayWords = set(`day night evening weekend`)

// namedDay reports "on" at toks[j] before a day named by what happens on it: "on race day", "on
// a big storm day", "on election night". What is counted on it is that day's load, the day to
// size for; its hours bunch like any day's.
func namedDay(toks []string, j int) bool { return dayNamed(toks, j) != "" }

// dayNamed is the day "on" at toks[j] names ("draw night", "a big storm day"), or "".
func dayNamed(toks []string, j int) string {
	if word(toks, j) != "on" {
		return ""
	}
	for k := j + 1; k <= j+4 && k < len(toks); k++ {
		w := toks[k]
		switch {
		case dayWords[w] || strings.HasSuffix(w, "-day") || weekdays[w] && k > j+1:
			if k == j+1 && word(toks, k+1) == "of" {
				return "" // not "on day of launch"
			}
			if n := word(toks, k+1); dayWords[n] || weekdays[n] {
				k++ // "a powder-day Saturday", "a sunny weekend day"
			}
			return strings.Join(toks[j+1:k+1], " ")
		case w == "a" || w == "the" || w == "its" || w == "our" || w == "their" || isWord(w) && !stopWords[w] && verbStem(w) == "":
		default:
			return ""
		}
	}
	return ""
}

// weekdays name one day of the week: "on a powder-day Saturday" is one such day, said with an
// article or a word for what makes it busy; "on Saturdays" is every one, a calendar period.
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// mediaPerItem reads "40,000 claims …, each with 5-15 photos of about 4 MB": the photos counted
// for each item times the size of one is what one item carries (10 × 4 MB = 40 MB a claim).
// Alone, the size would fit no flow named for the claim and the count would be no one's.
func (r *reader) mediaPerItem() {
	for _, s := range r.ms {
		if s.kind != mSize || s.noun == "" {
			continue
		}
		for _, c := range r.ms {
			if c.used || c.sent != s.sent || c.pos >= s.pos || c.noun != s.noun || c.per != 0 || c.kind != mEvents && c.kind != mOther && c.kind != mTimes && !countedItems(c) {
				continue
			}
			// "each with", "claims carrying": the count is so many to one item, not a population.
			// "(2 photos each, ~3 MB per photo)": so many to each of the items before them.
			if !within(r.sents[c.sent], c.pos-3, c.pos, "with", "carrying", "containing", "holding", "has", "have", "of") && word(r.sents[c.sent], c.end) != "each" {
				continue
			}
			item := cmp.Or(nounBeforeWith(r.sents[c.sent], c.pos), r.itemBefore(c))
			if item == "" || r.out.Sizes[item] > 0 {
				continue
			}
			c.used = true
			r.out.Sizes[item] = c.value * s.value
			r.note("%s %s × %s = %s per %s: stated", human(c.value), plural(c.noun), conversation.Bytes(s.value), conversation.Bytes(c.value*s.value), item)
		}
	}
}

// countedItems reports a count of things taken for a population no flow used ("3 photos each"
// read as things that act): with a size of one of them, it is what each item holds.
func countedItems(c *mention) bool {
	return c.kind == mActors && c.class == "things" && !personNoun(c.noun)
}

// nounBeforeWith is the thing named just before the "with" that leads to the count at toks[pos]:
// "one scan in twenty results in a penalty notice with 3 photos" gives the photos to the penalty
// notice, not to the scans counted before it. Empty where no noun stands there ("each with").
func nounBeforeWith(toks []string, pos int) string {
	k := slices.Index(toks[max(pos-3, 0):pos], "with")
	if k < 0 {
		return ""
	}
	k += max(pos-3, 0)
	k = beforeRate(toks, k)
	var words []string
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := toks[j]
		if !isWordNoun(w) || stopWords[w] || verbStem(w) != "" && j < k-1 || personNoun(singular(w)) || wordNumbers[w] > 0 || arrivalWords[w] {
			break // "new recipes with 3 photos": a recipe's photos, new or not
		}
		words = append([]string{w}, words...)
	}
	if len(words) == 0 {
		return ""
	}
	words[len(words)-1] = singular(words[len(words)-1])
	return strings.Join(words, " ")
}

// beforeRate steps back from toks[k] over the rate said just before it: in "5k recipes per day
// with 3 photos" or "5k recipes daily, with 3 photos" the photos belong to the recipes counted
// at that rate, never to the day.
func beforeRate(toks []string, k int) int {
	if word(toks, k-1) == "," {
		k--
	}
	switch w := word(toks, k-1); {
	case rateAdverbs[w] > 0:
		return k - 1
	case timeUnits[w] > 0 && rateLeads[word(toks, k-2)]:
		return k - 2
	}
	return k
}

// itemBefore is the noun of the thing counted last before c in its sentence, whatever its
// count was taken for: what "each with …" at c belongs to. Times and people are no such item.
func (r *reader) itemBefore(c *mention) string {
	item, sent := "", c.sent
	if c.pos <= 1 && word(r.sents[c.sent], c.end) == "each" {
		sent = c.sent - 1 // "30,000 donated items a week (2 photos each, …)": the aside is of the sentence before
	}
	for _, m := range r.ms {
		if m.sent == sent && (m.pos < c.pos || sent != c.sent) && m.noun != "" && m.noun != c.noun && timeUnits[m.noun] == 0 && !personNoun(m.noun) &&
			(m.kind == mEvents || m.kind == mOther) {
			item = m.noun
			if slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool { return f.Name == m.name && m.name != m.noun }) {
				item = m.name // "30,000 donated items a week (2 photos each)": the donated items', not the items sold
			}
		}
	}
	return item
}
