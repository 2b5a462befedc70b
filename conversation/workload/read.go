package workload

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Reading is what a statement says about load.
type Reading struct {
	// Workload holds the populations, the flows the statement states (Source stated), a stated
	// peak factor and retention, and a note for every figure read.
	conversation.Workload
	// Latencies are the response-time targets stated, in seconds ("within 200 ms").
	Latencies []float64
	// Percentiles are the percentiles latencies are stated at, by their seconds ("under 800 ms
	// at p95" → 0.8: "p95"); a target said without one is not in it.
	Percentiles map[float64]string
	// Factor is a bare multiplier ("10x the users", "twice the traffic"), for follow-ups.
	Factor float64
	// Release is what the statement puts on offer at a clock time and who comes for it ("new
	// slots are released every Monday at 8am" to "4 million eligible residents"); zero without one.
	Release Release
	// DayNoun is what the statement calls the people it counts on a day, singular: "rider" in
	// "40,000 riders a day". Who they are says what each came to do.
	DayNoun string
	// Things are counted populations no flow used: "a monitoring system for 20,000 servers".
	Things []Population
	// Kept are counted items the system holds, said with no rate ("…, 30 million documents",
	// "hosts 80,000 shows"): they size storage and any per-item figure, never traffic, and no
	// one owns each of them as a machine has an owner.
	Kept []Population
	// Counted are counts read with nothing to size ("sharing 3M items"): no load or storage
	// follows from them, but a figure the knowledge base reasons per item may.
	Counted []Population
	// Limits are counted upper bounds, not load: "emailed to up to 1M subscribers each",
	// "group chats of up to 256 members".
	Limits []Population
	// ReadRatio is a stated read:write ratio no stated flow took: it sets the designer's reads.
	ReadRatio float64
	// FanOut is a stated fan-out no stated flow took ("followers average 200"): it belongs to
	// the main write flow the designer assumes.
	FanOut float64
	// Small says the statement describes a handful of people ("for my family", "our team").
	Small bool
	// MaxSizes are stated upper limits of an item ("videos up to 4 GB"), by noun.
	MaxSizes map[string]float64
	// Sizes are stated item sizes ("2 MB photos"), by noun ("" when no noun is near).
	Sizes map[string]float64
	// Spans are how long things last, in seconds, by the noun they are said of ("30-minute
	// walks"): what a live session holds open, not load.
	Spans []Population
	// Stored is all the data the statement says is kept ("an object store for 10 PB"), in bytes:
	// a check on the storage the flows add up to, not a flow of its own.
	Stored float64
	// Capacities are what places hold, counted as their size ("a 1,400-space car park"): not
	// load, but where the statement gives no rate, the load follows from their turnover.
	Capacities []Capacity
	// Acts are what counted machines or organisations do where the statement says not how often:
	// "40 hospitals request blood units". The count is stated; the rate is the designer's to
	// assume, for each of them.
	Acts []Act
	// WeekPeak is how far the busiest days run over the average, where the statement names the
	// days of the week ("each weekend": 3.5) or the season of the year ("each spring": 4) that
	// hold the load but no daily window: the designer multiplies it by the bunching it assumes
	// within a day.
	WeekPeak float64
	// Totals name the stated flows that count every request, reads and writes together ("1M
	// requests a month"), where the statement gives no share to divide them by: the designer
	// divides them by the read:write ratio it knows for the system.
	Totals []string
	// Providers are counted people whose time a services marketplace sells ("3,000 walkers",
	// "8,000 handymen"): the work done is theirs, so many jobs each a day, whoever books it.
	Providers []Population
	// People are every counted group of people with its noun ("3,000 dentists", "2M patients"),
	// for designs whose load is one kind of them: an appointment book's load is its
	// practitioners' diaries, whoever else the statement counts.
	People []Population
	// Corpora are the existing collections each new item is compared against ("each compared
	// against 10 million past essays"): what an index holds, never reads per item.
	Corpora []Corpus
	// Tenants are the sizes of each of many groups served, said per group ("companies of up to
	// 50,000 employees"): one group's people, not everyone's.
	Tenants []Tenant
	// Deadlines are times within which a counted crowd must be reached ("3 million users get a
	// notification in under 5 seconds"): the fan-out's deadline, not a flow of the crowd's.
	Deadlines []Deadline
	// Leaning is "reads" or "writes" where the statement says which the traffic mostly is but
	// not by how much ("mostly reads", "write-heavy").
	Leaning string
	// MediaShare is the share of the items that carry a file, said in a word ("some attach
	// photos"): the file weighs that share of its size per item, and the share is an assumption.
	MediaShare Share
}

// Population is a counted group of actors.
type Population struct {
	Value float64
	Noun  string
	// Of is the group a limit is said of ("groups of up to 5,000 members": "group"): each one
	// holds at most Value, so something sent to one reaches that many. Of a count with nothing
	// to size, it is what each comes with ("4 photos per fine": "fine").
	Of string
	// Each marks a count said of each of some item it does not name ("dealers list excavators
	// with 20-40 photos and an inspection report each"): what each item written comes with.
	Each bool
}

// Deadline is a fan-out to Audience people (Noun) that must finish Within seconds, of What.
type Deadline struct {
	Audience float64
	Noun     string
	Within   float64
	What     string
}

// Act is what each of a counted group does, at no stated rate: "request blood unit" by each of
// 40 hospitals.
type Act struct {
	Actors Population
	Name   string
	Kind   conversation.FlowKind
}

// mention is one figure of a statement and what the reader took it for.
type mention struct {
	kind             mentionKind
	value            float64
	noun             string // head noun, singular: "user", "recipe", "view"
	name             string // flow name: "save recipe", "page view"
	class            string // actors: dau, mau, users, concurrent, things
	per              float64
	each, peak, used bool
	nested           bool     // a group's members counted per member of the group: noted when multiplied
	perEvent         *mention // the events of a rate each of which this count comes with ("5 photos per visit"), with perItem each
	perItem          float64
	grouped          bool    // a group whose members were counted per member of it: they act, not it
	limit            bool    // "up to 256 members": a bound, not load
	of               string  // the group a limit is said of: "group" in "groups of up to 256 members"
	capacity         bool    // "a 1,400-space car park": what a place holds, not load
	service          bool    // "each ride loads 24 riders every 4 minutes": how fast one thing serves people, not load
	vague            bool    // "several tenants": no number, a guess at one
	place            string  // the place a capacity belongs to: "car park"
	window           bool    // counted inside a window ("in the first 5 minutes"): a rush, once
	perNoun          string  // "per install": counted for each of some earlier noun; for a corpus, what is compared
	corpus           bool    // "compared against 10 million past essays": a collection looked up in, not load
	kept             bool    // "5 million scheduled jobs and peaks of …": items held, a population, not load
	audience         bool    // "read by all 50": each item reaches this many
	span             bool    // a duration that is not a period, window or target: how long a thing lasts
	season           float64 // a stretch of days the count falls in comes back this often ("the 3 weeks before the deadline": a year)
	habit            float64 // each of the counted actors acts once this often ("trucks that report mileage daily")
	comesEvery       float64 // each of the counted people comes once this often ("20,000 shoppers visit each weekend")
	day              string  // the day they are counted on, named by what happens on it ("draw night")
	weekend          bool    // counted over one weekend ("over the weekend"): its days, said once, not a period that recurs
	onDays           float64 // the share of a year's days it happens on, where they are named and counted ("on storm days … 20 storm days a winter")
	measure          string  // what a unit that is no load measures: "a distance" for "200 nm"
	estimated        bool    // a population worked out from other figures (ships sending at once from movements a year), not counted in the statement
	toAct            bool    // "with 10 seconds to answer": the time each person has to act, no count's period
	inEach           float64 // people in each of the counted sessions ("500k concurrent games": 2)
	sessions         string  // what those sessions are: "game"
	flow             conversation.FlowKind
	verb             string
	sent, pos, end   int
	quote            string
}

type mentionKind int

const (
	mOther     mentionKind = iota
	mActors                // a population: users, drivers, meters
	mEvents                // events, with a rate when per > 0
	mTimes                 // "20 times a day", "scanned 20 times"
	mSize                  // bytes of one item
	mMaxSize               // "up to 4 GB"
	mVolume                // bytes at a rate: "2 TB of logs per day"
	mBitrate               // "128 kbps"
	mEvery                 // "every 10 seconds"
	mWindow                // "in the first 10 minutes"
	mLatency               // "within 200 ms"
	mRetention             // "for 5 years"
	mFactor                // "5x"
	mPercent               // "10%"
	mFanOut                // "200 followers on average"
	mRatio                 // "100:1 read/write"
	mDaily                 // "watching 2 hours a day": time each user spends a day
	mStored                // "an object store holding 10 PB": all that is kept, not one item
)

type reader struct {
	sent  int // the sentence being scanned
	sents [][]string
	ms    []*mention
	out   Reading
	// sending is the hours a day, and the windows as said, in which senders on a clock run.
	sending     float64
	sendingSaid string
	// opened holds the places whose clock runs only while they are open: "head counts every
	// 15 minutes while the pool is open".
	opened map[string]bool
	// senders holds who sends each clock read so far, for a clock said in the same breath.
	senders map[*mention]*mention
	// eventDays is how many days the statement's event lasts ("a 3-day festival"), else 0.
	eventDays float64
	// busiest is the peak said as the busiest hours' share of the day, read before the words
	// were blanked.
	busiest busiestShare
}

// busiestDays is how much busier than the average the busiest days run: the week's busy days,
// times a season said as a period ("in the summer months") or a season's peak.
func busiestDays(statement string, seasonal float64, seasonalNote string) (float64, string) {
	week, weekNote := weekPeak(statement)
	if seasonal > 0 {
		week, weekNote = math.Max(week, 1)*seasonal, strings.TrimPrefix(weekNote+"; "+seasonalNote, "; ")
	}
	if season, seasonNote := seasonPeak(statement); season > 0 {
		// The busy days of the busy season: both stated, the busiest days run at their product.
		week, weekNote = math.Max(week, 1)*season, strings.TrimPrefix(weekNote+"; "+seasonNote, "; ")
	}
	return week, weekNote
}

// Read reads the load a statement describes.
func Read(statement string) Reading {
	statement = spacedFractions(statement)
	said := statement // as said: the readers below blank clock times
	statement = updatedEach(fromSources(readRatios(sampleWidths(spellBitrates(uncited(blankBusiestShare(statement)))))))
	statement, ruleNotes := ruleParameters(statement)
	statement, keptNotes := retainedFor(statement)
	statement, rushNotes := rushShares(statement)
	rel := readRelease(statement)
	statement, hours, hourNotes := readMediaHours(statement)
	statement, opening := readOpening(statement)
	cutoff := readCutoff(statement) // before the clock times are blanked
	statement, window := readDailyWindow(windowLengths(statement))
	statement, morningNote := partOfDayWindows(statement)
	sending, sendingSaid := window.sending, window.sendingSaid
	if window.factor == 0 {
		statement, window = readPeriodWindow(statement)
	}
	if window.factor == 0 {
		window = cutoff
	}
	statement, shiftNotes := dayOverShifts(everyOther(statement))
	statement, periodNotes := qualifiedPeriods(statement)
	statement, seasonal, seasonalNote := seasonalPeriods(statement)
	tenants := readTenants(statement) // before ranges: "clubs of 20–200 members" keeps both ends
	statement, cadenceNotes := mixedCadences(statement)
	statement, rangeNotes := ranges(statement)
	week, weekNote := busiestDays(statement, seasonal, seasonalNote)
	statement = normalised(statement)
	r := &reader{sents: sentences(tokenize(statement)), sending: sending, sendingSaid: sendingSaid, eventDays: eventDays(statement), busiest: busiestShareOf(said)}
	r.out.Tenants = tenants
	r.out.MediaShare = readMediaShare(said)
	r.out.Flows = append(r.out.Flows, hours...)
	for _, n := range slices.Concat([]string{opening, shiftNote(statement), morningNote}, cadenceNotes, rangeNotes, hourNotes, ruleNotes, keptNotes, rushNotes, periodNotes, shiftNotes) {
		if n != "" {
			r.note("%s", n)
		}
	}
	r.out.MaxSizes = map[string]float64{}
	r.out.Sizes = map[string]float64{}
	r.scanAll()
	r.forever(statement)
	r.whenAndWho() // before the rates: which figures are cases, cadences and seasons
	r.boundTenants()
	r.nest()
	r.groupSizes()      // before the populations: "races are 8 players each" counts no players
	r.perEventWindows() // before the rates: a stretch before each event is no stretch of its own
	r.onesOfBefore()
	r.inheritRates()
	r.nestInEvents() // after the rates: "600 matches each weekend" has its period by now
	r.boundEach()    // after both: what is said per one of them, before them
	r.perOccasion()  // after both: a schedule stated was theirs; the rest is assumed
	r.populations()
	r.awayShares()
	r.flows()
	r.streams()
	r.clocks()
	r.watching() // after the streams and clocks: a watch time they used is theirs
	r.habits()
	r.acts()
	r.rowsOf()
	r.bursts()
	r.stockSold() // after the rushes: the stock a crowd is after sells within its window
	r.released(rel)
	r.splits(statement)
	r.itemShares()
	r.sendsAhead(statement)
	r.onlineRates()
	r.timeOnTheFlows()
	r.rest()
	r.keptHistory()
	r.everyPeriod(statement) // after the rest: the sources it multiplies are those left over
	r.recurring(statement)
	r.yearlyBursts(statement)
	r.sitting(opening, said)
	r.smallGroups(statement)
	r.overnight(said) // before the peaks: the deadline's stretch is the peak
	r.peaks(window, week, weekNote, statement)
	r.tiers(statement)
	r.flaggedTier() // after the tiers: a raw/rollup pair said outright wins
	return r.out
}

// timeOnTheFlows reads, once every flow is made, what the statement says of their time: a shift
// or an act of stated length, a cadence some switch to, jobs due together; then which of two
// totals wins. All before the rest is noted, since the figures they use are load.
func (r *reader) timeOnTheFlows() {
	r.rotations() // a rotation's length is no span, its stock no bare count
	r.onDuty()
	r.whileCounted() // before the acts each person does: a counted act says how many at once
	r.whileActing()
	r.switchedCadence()
	r.dueTogether()
	r.totalWins()
}

// scanAll finds every number of every sentence.
func (r *reader) scanAll() {
	for si, toks := range r.sents {
		r.sent = si
		r.scan(si, toks)
	}
}

// whenAndWho reads, before the rates, the figures that say when load comes or who is no
// population: a case's few people, occasions' cadences, named days and months of the year.
func (r *reader) whenAndWho() {
	r.scenarios()
	r.occasionCadences()
	r.namedDays()
	r.occasionDays()
	r.monthSeasons()
}

// itemShares reads what the items carry and what a share of them becomes: files per item, a
// file with a share of the items, a share of events that turns into a flow of its own.
func (r *reader) itemShares() {
	r.mediaPerItem()
	r.sharedMedia()
	r.optionalMedia()
	r.sharesBecome()
	r.eachOne()
}

// foldWordRe finds a factor said as one word: "spiking roughly tenfold", "a threefold rise".
var foldWordRe = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)-?fold\b`)

// serviceLineRe finds a three-digit service line named before what comes through it ("311
// plow complaints", "911 calls"): a name, not a count of 311.
var serviceLineRe = regexp.MustCompile(`(?i)\b([2-9]11)\s+((?:[a-z-]+\s+){0,2}(?:complaints?|calls?|requests?|reports?|tickets?|service|line|app|operators?|dispatch\w*|centers?|centres?)\b)`)

// moneyRe finds an amount of money ("over $10k", "€2.5M"): a threshold or a price, never a
// count of anything the system does.
var moneyRe = regexp.MustCompile(`[$€£]\s?(\d[\d,.]*\s*(?:k|m|bn|million|billion|thousand)?)\b`)

// memberOrgRe finds an organisation sized by its people before its name: "a ~180k member credit
// union" has 180k members.
var memberOrgRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*\s*[km]?)[\s-]+(member|employee|student|person|user|customer|patient|resident)\s+((?:credit\s+)?union|co-?op|cooperative|company|firm|school|university|college|hospital|practice|club|association|society|organi[sz]ation|business|bank|agency|nonprofit|charity|church|district)\b`)

// ordinalSecondRe finds "second" said before a noun ("needs a second approver"): the ordinal,
// which the readers would take for "a second", a rate.
var ordinalSecondRe = regexp.MustCompile(`(?i)\b(a|the|every)\s+second\s+([a-z][a-z-]*)`)

// ordinalNouns are what a "second" one of is said of: "a second approver", "a second region".
var ordinalNouns = set(`approver approval reviewer review opinion signature sign-off signer copy factor look check chance round attempt
provider region datacenter replica device screen language shift pass reminder notice person pair key vendor supplier carrier
channel site location warehouse store line phone email account card`)

// normalised says again in one form what the scan reads: "daily actives", "of them", "each
// of", fractions as shares, spans said with an article ("in under a minute").
func normalised(statement string) string {
	statement = betweenTwoRe.ReplaceAllString(statement, "one-to-one")
	statement = serviceLineRe.ReplaceAllString(statement, "line-$1 $2")
	statement = moneyRe.ReplaceAllString(statement, "money-$1")
	statement = memberOrgRe.ReplaceAllString(statement, "$1 ${2}s of a $3")
	statement = ordinalSecondRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := ordinalSecondRe.FindStringSubmatch(m)
		if !ordinalNouns[singular(strings.ToLower(sub[2]))] {
			return m // "50 samples a second combined": a rate
		}
		return sub[1] + " next " + sub[2] // "a second approver" is the next one, no rate
	})
	statement = foldWordRe.ReplaceAllStringFunc(statement, func(m string) string {
		return strconv.FormatFloat(wordNumbers[strings.ToLower(foldWordRe.FindStringSubmatch(m)[1])], 'f', -1, 64) + "x"
	})
	statement = coordinatedHeads(statement)
	statement = actives(elidedActives(ofThem(membersInTotal(statement))))
	statement = eachOf(statement)
	statement = eachWithOne(statement)
	statement = sharesOfGroup(oneInShares(statement)) // "one in five of the 2M listeners" is a share of the group
	statement = fractionShares(statement)
	statement = sharesOfWhom(fractionsOfThem(statement))
	statement = shortSpanRe.ReplaceAllString(statement, "$1 1 $2")
	statement = edgeSpanRe.ReplaceAllString(statement, "$1 1 $2")
	return eventSpan(statement)
}

// betweenTwoRe finds the two sides of a conversation or a deal, "between two people": no
// population, so "kept on up to 3 devices per person" is not read as 2 × 3 devices.
var betweenTwoRe = regexp.MustCompile(`(?i)\bbetween\s+(?:two|2)\s+(?:people|persons|users|parties|friends|members)\b`)

// shortSpanRe finds a minute said with an article: "in under a minute" is read as "1 minute". A
// second or an hour said so is a latency or freshness target more often than a rush.
var shortSpanRe = regexp.MustCompile(`(?i)\b(within|under|inside|in)\s+an?\s+(minute)\b`)

// edgeSpanRe finds the first or last stretch of something said without a count: "in the last
// hour before the deadline" is read as "the last 1 hour".
var edgeSpanRe = regexp.MustCompile(`(?i)\b((?:the|that|its) (?:last|final|first|opening|closing))\s+(minute|hour)\b`)

// eventSpanRe finds a stretch of time named by the event it leads to or follows: "in the hour
// before kickoff", "during the 30 minutes after the final whistle", "over the two hours ahead of
// the doors opening".
var eventSpanRe = regexp.MustCompile(`(?i)\b(in|during|within|over|across)\s+the\s+(?:(\d[\d.,]*|[a-z]+)\s+)?(minutes?|hours?|days?|weeks?|months?)\s+(before|after|leading up to|ahead of|until)\b`)

// eventSpan says such a stretch with its count ("in 1 hour before kickoff"), so that it is read as
// the window a crowd's count falls in, a rush, as "in the first hour" is.
func eventSpan(statement string) string {
	return eventSpanRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := eventSpanRe.FindStringSubmatch(m)
		n, unit := sub[2], sub[3]
		if n == "" && longSpan(unit) && strings.HasSuffix(strings.ToLower(unit), "s") {
			return m // "in the weeks before the deadline" names no count
		} else if n == "" {
			n = "1"
		} else if strings.EqualFold(n, "half") && strings.HasPrefix(strings.ToLower(unit), "hour") {
			n, unit = "30", "minutes" // "during the half hour before the headliner"
		} else if wordNumbers[strings.ToLower(n)] < 2 && !isNumberStart(n) {
			return m // "in the last hour before …" is read as the last hour; "the busy hour" names no count
		}
		return sub[1] + " " + n + " " + unit + " " + sub[4]
	})
}

// longSpan reports a unit of a day or more: a stretch said in them ("the 3 weeks before the
// deadline") is a season of demand, not a minute's rush, but a window all the same.
func longSpan(unit string) bool {
	return timeUnits[strings.ToLower(unit)] >= 86400
}

// eachOfRe finds a thing fitted to each of a counted number of others: "sensors on each of
// 12,000 spots", "a tag on each of the 4,000 pumps".
var eachOfRe = regexp.MustCompile(`(?i)\b(?:an? |one )?([a-z]+?)(s?) (on|in|at|under|over|above|attached to|fitted to|for) each of (?:the |our |its |their )?(\d[\d,.]*(?:\s*(?:k|m|thousand|million))?) ([a-z-]+)`)

// eachOf says "sensors on each of 12,000 spots" as "12,000 sensors on spots": one thing each,
// so the count is theirs too.
func eachOf(statement string) string {
	var b strings.Builder
	last := 0
	for _, loc := range eachOfRe.FindAllStringSubmatchIndex(statement, -1) {
		sub := func(k int) string { return statement[loc[2*k]:loc[2*k+1]] }
		before := strings.TrimRight(statement[:loc[0]], " ")
		// "500 sensors in each of 40 garages" counts per garage: the nesting is read later.
		counted := before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9'
		if counted || !thingNouns[singular(strings.ToLower(sub(1)))] {
			continue
		}
		b.WriteString(statement[last:loc[0]])
		b.WriteString(sub(4) + " " + sub(1) + "s " + sub(3) + " " + sub(5))
		last = loc[1]
	}
	b.WriteString(statement[last:])
	return b.String()
}

// ofThemRe finds a count of things named just before it: "we make smart thermostats: 600,000 of
// them in homes send …", "we rent e-bikes, and 40,000 of them report …".
var ofThemRe = regexp.MustCompile(`(?i)\b([a-z-]+s)\s*(?:[:;,—–-]|\(|, about|, some)\s*(?:and\s+)?(\d[\d,.]*(?:\s*(?:k|m|thousand|million))?)\s+of them\b\)?`)

// ofThem says "thermostats: 600,000 of them" as "thermostats: 600,000 thermostats", and
// "suppliers (400 of them) send" as "suppliers: 400 suppliers send", so the count is read as the
// things' own and what follows is theirs to do.
func ofThem(statement string) string {
	return ofThemRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := ofThemRe.FindStringSubmatch(m)
		if strings.HasSuffix(m, ")") {
			return sub[1] + ": " + sub[2] + " " + sub[1]
		}
		return strings.TrimSuffix(m, sub[2]+" of them") + sub[2] + " " + sub[1]
	})
}

// eachWithOneRe finds counted things each fitted with one machine: "15k hives each with a
// sensor", "3,000 cows, each wearing a GPS collar", "1,200 bins each having its own fill sensor".
var eachWithOneRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*(?:\s*(?:k|m|thousand|million))?)\s+((?:[a-z-]+\s+){0,2}[a-z-]+),?\s+(?:each|every one|all)\s+` +
	`(?:with|having|has|have|carrying|carries|wearing|wears|fitted with|equipped with|containing)\s+(?:a|an|one|its own|a single)\s+([a-z-]+(?:\s+[a-z-]+){0,2})`)

// eachWithOne says "15k hives each with a sensor" as "15k sensors on hives": one machine on each,
// so the count is the machines' too, and they are what sends.
func eachWithOne(statement string) string {
	return eachWithOneRe.ReplaceAllStringFunc(statement, func(match string) string {
		sub := eachWithOneRe.FindStringSubmatch(match)
		words := strings.Fields(sub[3])
		for k, w := range words {
			if lw := strings.ToLower(w); thingNouns[lw] {
				// "a GPS collar that reports": the machine and what names it, then the rest as said.
				rest := strings.Join(words[k+1:], " ")
				return strings.TrimSpace(sub[1] + " " + strings.Join(words[:k], " ") + " " + w + "s on " + sub[2] + " " + rest)
			}
		}
		return match // "… each with a garden": not a machine each
	})
}

// crowdBefore reports whether the sentence being scanned has counted actors before toks[i]:
// only then can a bare window ("in the first hour") be a rush rather than a latency.
func (r *reader) crowdBefore(si, i int) bool {
	for _, m := range r.ms {
		if m.sent == si && m.pos < i && m.kind == mActors {
			return true
		}
	}
	return false
}

// scan finds every number of a sentence and classifies it.
func (r *reader) scan(si int, toks []string) {
	for i := 0; i < len(toks); i++ {
		v, unit, next, ok := number(toks, i)
		if ok && eachOnePronoun(toks, i) {
			continue // "comments on each one": the items counted before, not a count of one
		}
		if !ok {
			if m := bareEvery(toks, i); m != nil {
				r.duration(toks, m, i+1, i+2, m.value, "every")
				m.sent, m.pos, m.quote = si, i, strings.Join(toks[i:m.end], " ")
				r.ms = append(r.ms, m)
				i = m.end - 1
			} else if m := bareWindow(toks, i); m != nil && r.crowdBefore(si, i) {
				m.sent, m.pos, m.quote = si, i, strings.Join(toks[i:m.end], " ")
				r.ms = append(r.ms, m)
				i = m.end - 1
			}
			continue
		}
		if math.IsInf(v, 0) || math.IsNaN(v) || v < 0 {
			continue
		}
		m := r.classify(toks, i, next, v, unit)
		m.sent, m.pos = si, i
		m.vague = (toks[i] == "several" || toks[i] == "few") && next == i+1 // not "a few thousand": a magnitude said
		if m.end <= i {
			m.end = next
		}
		m.quote = strings.Join(toks[i:min(m.end, len(toks))], " ")
		r.ms = append(r.ms, m)
		i = max(m.end, next) - 1
	}
}

// countedObject reports a number said in words as the count a verb acts on ("patients across 40
// trials each log one diary entry a day"): a figure of its own, which the count before it does
// not reach past for a rate.
func countedObject(toks []string, j int) bool {
	n := word(toks, j+1)
	return verbAt(toks, j-1) != "" && !stopWords[toks[j-1]] && isWordNoun(n) && timeUnits[singular(n)] == 0 && word(toks, j-2) == "each"
}

// eachOnePronoun reports the "one" of "each one", "every one" at toks[i] said of things counted
// before ("leave comments on each one"), not "every one hour".
func eachOnePronoun(toks []string, i int) bool {
	next := word(toks, i+1)
	return toks[i] == "one" && within(toks, i-1, i, "each", "every") && timeUnits[singular(next)] == 0 && (next == "" || stopWords[next] || !isWordNoun(next))
}

// bareEvery reads a period stated without a number after what recurs: "uploading a frame every
// second", "checks the list once a day". At the start of a clause ("Every day, 3M users …") it
// is left to the count it leads.
func bareEvery(toks []string, i int) *mention {
	w, unit := word(toks, i), word(toks, i+1)
	if w == "once" && (unit == "a" || unit == "an" || unit == "per") {
		i++
		unit = word(toks, i+1)
	} else if w != "every" {
		return nil
	}
	sec := timeUnits[unit]
	if sec == 0 || singular(unit) != unit || i == 0 || toks[i-1] == "," || toks[i-1] == "." {
		return nil
	}
	return &mention{value: sec, end: i + 2}
}

// bareWindow reads a window with no number: "in the first hour", "during the opening minute" —
// one of the unit.
func bareWindow(toks []string, i int) *mention {
	w := word(toks, i)
	if m := oneSitting(toks, i); m != nil {
		return m
	}
	if w != "in" && w != "within" && w != "during" {
		return nil
	}
	// Only "the first …" bounds a rush: "within a second" is a latency target.
	j := i + 1
	if word(toks, j) != "the" || word(toks, j+1) != "first" && word(toks, j+1) != "opening" {
		return nil
	}
	j += 2
	unit := word(toks, j)
	sec := timeUnits[unit]
	if sec == 0 || sec >= 86400*7 || singular(unit) != unit {
		return nil
	}
	return &mention{kind: mWindow, value: sec, peak: true, end: j + 1}
}

// sittingHours is how long a part of the day lasts when a crowd acts within it: most of a
// morning's rush is in its first hours.
var sittingHours = map[string]float64{"morning": 4, "afternoon": 4, "evening": 4, "night": 6, "day": 24}

// oneSitting reads "on one morning", "on a single day", "in the same evening": everyone counted
// before acts within that one part of a day, a rush whose length is assumed.
func oneSitting(toks []string, i int) *mention {
	if w := word(toks, i); w != "on" && w != "in" && w != "during" && w != "over" {
		return nil
	}
	j := i + 1
	switch {
	case word(toks, j) == "one" || word(toks, j) == "the" && word(toks, j+1) == "same" || word(toks, j) == "a" && word(toks, j+1) == "single":
	default:
		return nil
	}
	if word(toks, j) != "one" {
		j++
	}
	part := word(toks, j+1)
	h := sittingHours[part]
	if h == 0 {
		return nil
	}
	m := &mention{kind: mWindow, value: h * 3600, peak: true, end: j + 2}
	if part != "day" {
		m.name = fmt.Sprintf("a %s taken as %g h (assumed)", part, h)
	}
	return m
}

func word(toks []string, k int) string {
	if k >= 0 && k < len(toks) {
		return toks[k]
	}
	return ""
}

func within(toks []string, from, to int, words ...string) bool {
	for k := max(from, 0); k < min(to, len(toks)); k++ {
		for _, w := range words {
			if toks[k] == w {
				return true
			}
		}
	}
	return false
}

// yearlyWindow makes m the stretch of days a year's count happens in when a recurrence follows
// it ("over one weekend a year"), and reports whether one did.
func yearlyWindow(toks []string, m *mention, end int, sec float64) bool {
	every, stop := yearlyAfter(toks, end)
	if every <= 0 {
		return false
	}
	m.kind, m.season, m.value = mWindow, every, windowDays(toks, end, sec)
	if stop <= end+3 {
		m.end = stop // the recurrence said at once is the window's, not a period of the count before
	}
	return true
}

// dedupeWindow reports a span after "within" that bounds repeats counted as one: "within 24
// hours counts once", "the same order within 10 minutes is a duplicate", "deduplicated within
// a day".
func dedupeWindow(toks []string, start, end int) bool {
	after := strings.Join(toks[end:min(end+4, len(toks))], " ")
	for _, p := range []string{"count once", "counts once", "counted once", "count as one", "counts as one", "counted as one", "is a duplicate", "are duplicates", "is one"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return within(toks, start-8, start, "dedupe", "deduped", "deduplicated", "deduplicate", "duplicate", "duplicates", "repeat", "repeats", "repeated")
}

// asDate reads "booking opens on 1 March", "from March 3": a date, not a count of anything.
func asDate(toks []string, m *mention, next int) {
	m.kind, m.measure, m.end = mOther, "a date", next
	if months[word(toks, next)] > 0 {
		m.end = next + 1
	} else if word(toks, next) == "of" {
		m.end = next + 2
	}
}

// times reads "3 times a day": how often something happens, or with no period a plain count,
// or the threshold of a rule.
func (r *reader) times(toks []string, m *mention, unitEnd int) {
	m.kind, m.end = mTimes, unitEnd
	r.rate(toks, m, unitEnd)
	if m.per == 0 && within(toks, unitEnd, unitEnd+2, "a", "an", "per") {
		m.kind = mOther
	}
	if consequenceVerbs[word(toks, m.end)] {
		// "no-shows three times in a month lose booking rights": a threshold a rule counts
		// to, not how often anything happens.
		m.kind, m.limit, m.per, m.noun = mOther, true, 0, "time"
	}
}

// classify decides what the number at toks[start:next] means from its unit and the words around.
func (r *reader) classify(toks []string, start, next int, v float64, unit string) *mention {
	m := &mention{value: v, end: next}
	after := unit
	if after == "" {
		after = word(toks, next)
	}
	glued := unit != ""
	unitEnd := next
	if !glued {
		unitEnd = next + 1
	}
	prev := word(toks, start-1)
	switch {
	case strings.HasPrefix(unit, ":"):
		r.ratio(toks, m, start, next, v, unit[1:])
	case strings.HasPrefix(unit, "/") && isNumberStart(unit[1:]) && readWriteNear(toks, start, next):
		r.ratio(toks, m, start, next, v, unit[1:]) // "80/20 read/write"
	case after == "%" || after == "percent" || strings.HasSuffix(unit, "%"):
		m.kind, m.end = mPercent, unitEnd
	case after == "x" || after == "×" || after == "fold" || after == "-fold":
		m.kind, m.end = mFactor, unitEnd
	case sizeUnits[after] > 0 && !(after == "b" && !glued):
		r.size(toks, m, start, unitEnd, v*sizeUnits[after])
	case bitrateUnits[after] > 0:
		m.kind, m.value, m.end = mBitrate, v*bitrateUnits[after], unitEnd
	case strings.HasPrefix(unit, "-") && !actorNouns[singular(unit[1:])] && timeUnits[unit[1:]] == 0 && sizeUnits[unit[1:]] == 0 &&
		len(unit) > 2 && unit[1] >= 'a' && unit[1] <= 'z':
		// "a 600-bed hospital": the size of the thing named next, not a population or a load.
		m.kind, m.noun, m.end = mOther, singular(unit[1:]), next
		capacityOf(m, placeAfter(toks, next))
	case strings.HasPrefix(unit, "-") && actorNouns[singular(unit[1:])] && sessionNouns[word(toks, next)]:
		// "a 100-player battle royale", "a 4-person video call": the size of one session.
		m.kind, m.noun, m.limit, m.end = mOther, singular(unit[1:]), true, next
	case strings.HasPrefix(unit, "-") && actorNouns[singular(unit[1:])]:
		// "a 300-person company", "a 50-seat team"; "a 2,000-node cluster" counts machines.
		m.kind, m.noun, m.class, m.end = mActors, singular(unit[1:]), "users", next
		if thingNouns[m.noun] {
			m.class = "things"
		}
	case dayOfMonth(toks, start, next, v, unit):
		asDate(toks, m, next)
	case measureUnits[after] != "":
		// "within 200 nm", "a 2 MP JPEG", "at 40 °C": a distance, a resolution or a reading
		// of the thing named, never a count of senders or of things sent.
		m.kind, m.measure, m.end = mOther, measureUnits[after], unitEnd
	case hertz(toks, start, after, v) > 0:
		// "telemetry at 10Hz": each sender reports 10 times a second, every 0.1 s.
		m.kind, m.value, m.end = mEvery, 1/hertz(toks, start, after, v), unitEnd
	case isRateUnit(after):
		m.kind, m.per, m.end = mEvents, 1, unitEnd
		m.noun = rateUnits[after]
		if after == "rpm" {
			m.per = 60
		}
		r.eventNoun(toks, m, start, unitEnd)
	case timeUnits[after] > 0 && after != "m" && !(strings.HasPrefix(after, "quarter") && word(toks, unitEnd) == "of"): // "three quarters of a million" is a fraction
		r.duration(toks, m, start, unitEnd, v*timeUnits[after], prev)
	case after == "times" && !(word(toks, unitEnd) == "the" || word(toks, unitEnd) == "more" || word(toks, unitEnd) == "as"):
		r.times(toks, m, unitEnd)
	case after == "times":
		m.kind, m.end = mFactor, unitEnd
	case prev == "top" || prev == "first" || prev == "last" || prev == "best" || prev == "version" || prev == "v" ||
		prev == "level" || prev == "tier" || prev == "p" || prev == "page" || prev == "step" || prev == "phase":
		m.kind = mOther
	case v >= 1900 && v <= 2100 && v == math.Trunc(v) && !glued && (prev == "in" || prev == "by" || prev == "since" || prev == "until"):
		m.kind = mOther
	case stagePoint(toks, start, next):
		// "every bag is scanned at 6-8 points": as many times per bag, each point recording
		// where the bag is.
		m.kind, m.end, m.flow = mTimes, next+1, conversation.FlowWrite
	default:
		r.count(toks, m, start, next)
	}
	return m
}

// ratio reads "100:1 read/write" and "a read-to-write ratio of 100:1": reads per write.
func (r *reader) ratio(toks []string, m *mention, start, next int, a float64, rest string) {
	b, err := strconv.ParseFloat(rest, 64)
	m.kind = mOther
	if err != nil || b <= 0 || a <= 0 {
		return
	}
	if !readWriteNear(toks, start, next) {
		return
	}
	ctx := strings.Join(toks[max(start-5, 0):min(next+6, len(toks))], " ")
	ri, wi := strings.Index(ctx, "read"), strings.Index(ctx, "write")
	m.kind, m.value = mRatio, a/b
	if wi < ri {
		m.value = b / a // "write:read 1:100"
	}
}

// readWriteNear reports reads and writes both named around a ratio at toks[start:next]: "80/20
// read/write", "a 10:1 split between reads and writes".
func readWriteNear(toks []string, start, next int) bool {
	ctx := strings.Join(toks[max(start-5, 0):min(next+6, len(toks))], " ")
	return strings.Contains(ctx, "read") && strings.Contains(ctx, "write")
}

// storedTotalBytes is the size from which a figure without a rate is a total kept rather than
// the size of one item: no photo, file or request is a terabyte.
const storedTotalBytes = 1e12

// size reads "2 MB photos", "photos of 2 MB", "videos up to 4 GB" and "2 TB of logs a day".
func (r *reader) size(toks []string, m *mention, start, end int, bytes float64) {
	m.value, m.end = bytes, end
	m.kind = mSize
	if within(toks, start-3, start, "to", "max", "maximum", "largest", "biggest", "upto", "limit") ||
		within(toks, start-2, start, "large") && within(toks, start-3, start, "as") {
		m.kind = mMaxSize
	}
	// A volume is bytes at a rate, with or without "of <what>" between.
	k := end
	if word(toks, k) == "of" {
		k++
		for k < len(toks) && k < end+5 && !stopWords[toks[k]] && toks[k] != "," {
			m.noun = singular(toks[k])
			k++
		}
	}
	if item := oneItemAfter(toks, start, end); item != "" && m.kind == mSize {
		// "a 64-byte water-level reading every minute": the size of one reading; the period
		// after it is how often a reading comes, not bytes a minute.
		m.noun = item
		return
	}
	probe := &mention{}
	r.rate(toks, probe, k)
	if probe.per == 0 && m.kind == mSize {
		probe.per = periodSubject(toks, start) // "each shooting day produces about 4 TB of footage"
	}
	if probe.per > 0 && m.kind == mSize {
		m.kind, m.per, m.end, m.peak, m.each = mVolume, probe.per, probe.end, probe.peak, probe.each
		m.verb = verbBefore(toks, start)
		if m.noun == "" {
			m.noun = "data"
		}
		m.flow = conversation.FlowWrite
		if m.verb != "" && readVerbs[m.verb] {
			m.flow = conversation.FlowRead
		}
		m.each = m.each || r.perActorMarker(toks, start) || eachJoined(toks, start)
		return
	}
	if m.kind == mSize && bytes >= storedTotalBytes && !within(toks, start-3, start, "each", "apiece", "per") && !within(toks, end, k+2, "each", "apiece", "per") {
		// "an object store for 10 PB", "a cluster storing 40 PB": no one item is terabytes, so
		// the figure is what is kept in all, not the size of a file or a request.
		m.kind = mStored
		return
	}
	if m.noun == "" && (within(toks, start-3, start, "each", "apiece") || within(toks, end, end+1, "each", "apiece")) {
		// "40,000 new scenes a day, each about 80 MB": the size of the figure before it; but
		// "3 photos each at 1.5 MB" sizes the photos counted just before "each", whatever
		// the photos were taken for.
		// A sentence of its own ("Games are stored as PGN, ~1KB each") sizes what it is about.
		m.noun = cmp.Or(countedBeforeEach(toks, start), r.lastEventNoun(), eachSubject(toks, start))
	}
	if m.noun == "" {
		m.noun = nounNear(toks, start, end)
	}
	if timeUnits[m.noun] > 0 {
		// "60 X-rays a day of 8 MB each": the size of an X-ray, not of a day.
		if n := r.lastEventNoun(); n != "" {
			m.noun = n
		}
	}
}

// countedBeforeEach is the noun counted just before the "each" that leads to a size at
// toks[start] ("3 photos each at 1.5 MB": "photo"), or "".
func countedBeforeEach(toks []string, start int) string {
	j := start - 1
	for j > 0 && j >= start-3 && toks[j] != "each" && toks[j] != "apiece" {
		j--
	}
	if j < 2 || toks[j] != "each" && toks[j] != "apiece" {
		return ""
	}
	n := word(toks, j-1)
	if _, _, _, isNum := number(toks, j-2); !isNum || !isWordNoun(n) || timeUnits[n] > 0 || personNoun(singular(n)) {
		return ""
	}
	return singular(n)
}

// eachSubject is what a size said "each" of is about where its sentence counts nothing: the
// first plural thing, or thing after "each", before the size ("Games are stored as PGN, ~1KB
// each": "game"). What follows "as" is the form it takes, not the thing; people are not sized.
func eachSubject(toks []string, start int) string {
	for j := 0; j < start; j++ {
		w := toks[j]
		if w == "as" {
			for j < start && toks[j] != "," {
				j++
			}
			continue
		}
		if !isWordNoun(w) || stopWords[w] || timeUnits[w] > 0 || wordNumbers[w] > 0 || personNoun(singular(w)) {
			continue
		}
		if singular(w) != w || determiners[word(toks, j-1)] && word(toks, j-1) != "a" && word(toks, j-1) != "the" {
			return singular(w)
		}
	}
	return ""
}

// oneItemAfter is the item a size at toks[start:end] is said of as an adjective ("a 64-byte
// water-level reading", "64-byte readings", "a 64 byte reading"), the noun that heads the words
// after it; "" where the size is not said of one item, or bytes of something ("2 TB of logs")
// or at a rate ("50 GB a month") follow.
func oneItemAfter(toks []string, start, end int) string {
	a := word(toks, start-1)
	if a != "a" && a != "an" && a != "one" && !strings.Contains(toks[end-1], "-") {
		return ""
	}
	item := ""
	for k := end; k < len(toks) && k < end+4; k++ {
		w := toks[k]
		if !isWord(strings.ReplaceAll(w, "-", "")) || stopWords[w] || rateLeads[w] || rateAdverbs[w] > 0 || timeUnits[w] > 0 ||
			k > end && verbStem(w) != "" && !strings.HasSuffix(w, "ing") && !readNouns[singular(w)] {
			break
		}
		item = singular(w)
	}
	return item
}

// rateLeads open the period after an item: "a reading once a minute", "every minute".
var rateLeads = set(`once twice every each per a an`)

// periodSubject is the period a figure is said of where the period is the subject of its clause:
// "each shooting day produces about 4 TB", "every night the telescope writes 20 TB", "in a
// typical week the sensors add 3 TB". What a period produces comes again each period, so the
// bytes are a volume at that rate, not all that is kept. It is 0 where no period leads.
func periodSubject(toks []string, start int) float64 {
	if v := verbBefore(toks, start); !writeVerbs[v] && !ingestVerbs[v] {
		return 0 // "each day analysts query the 40 TB warehouse": what is kept, read
	}
	comma := false
	for j := start - 1; j >= 1 && j >= start-8; j-- {
		w := toks[j]
		if w == ";" || w == "." || isNumberStart(w) {
			return 0
		}
		comma = comma || w == ","
		sec := timeUnits[w]
		if w == "night" {
			sec = 86400
		}
		if sec < 3600 || singular(w) != w && w != "weekend" {
			continue // "over 3 weeks" counts a stretch, not each of them
		}
		for d := 1; d <= 3 && j-d >= 0; d++ {
			switch q := toks[j-d]; {
			case q == "each" || q == "every" || q == "per" || q == "a" || q == "one":
				if comma && countBefore(toks, j-d) {
					// "2.4 million files per day, average file 350 KB": the period is the
					// rate of the count before it; the size after the comma is one file's.
					return 0
				}
				return sec
			case !isWord(q) || stopWords[q] || verbStem(q) != "" && !strings.HasSuffix(q, "ing"):
				d = 4 // "the day": one day, not each; a verb ends the phrase
			}
		}
	}
	return 0
}

// countBefore reports a figure in the few words before toks[k], in its clause: the count a
// period at toks[k] is the rate of.
func countBefore(toks []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if w := toks[j]; w == "," || w == ";" {
			return false
		} else if _, _, _, isNum := number(toks, j); isNum && wordNumbers[w] == 0 {
			return true
		}
	}
	return false
}

// lastEventNoun is the noun of the sentence's latest counted event so far: what a size stated
// after it measures.
func (r *reader) lastEventNoun() string {
	for i := len(r.ms) - 1; i >= 0 && r.ms[i].sent == r.sent; i-- {
		if r.ms[i].kind == mEvents && r.ms[i].noun != "" {
			return r.ms[i].noun
		}
	}
	return ""
}

// duration reads "every 10 seconds", "within 200 ms", "for 5 years", "in the first 10 minutes".
func (r *reader) duration(toks []string, m *mention, start, end int, sec float64, prev string) {
	m.value, m.end = sec, end
	before := func(words ...string) bool { return within(toks, start-2, start, words...) }
	switch {
	case prev == "every" || prev == "each" || word(toks, start-2) == "once" && prev == "every" ||
		within(toks, end, end+1, "interval", "intervals", "cadence", "period", "periods"):
		m.kind = mEvery
	case sec < 86400 && (word(toks, end) == "a" || word(toks, end) == "per" || word(toks, end) == "each") && word(toks, end+1) == "day":
		m.kind, m.end = mDaily, end+2
	case sec < 86400 && word(toks, end) == "of" && (word(toks, end+2) == "a" || word(toks, end+2) == "per") && word(toks, end+3) == "day":
		m.kind, m.end = mDaily, end+4 // "90 minutes of play a day"
	case prev == "than" && (word(toks, start-2) == "more" || word(toks, start-2) == "longer"):
		m.kind, m.span = mOther, true // "never more than 12 hours in a row": a bound on a stretch, not a target
	case prev == "to" && word(toks, start-2) == "up" && sec < 86400 || prev == "most" && word(toks, start-2) == "at" && sec < 86400:
		// "hold a spot for up to 15 minutes": how long something may last, a limit in its own unit.
		m.kind, m.limit = mOther, true
		m.value, m.noun = durationIn(toks, start, end, sec)
	case (prev == "in" || prev == "during" || prev == "over" || prev == "across") && eventAfter(toks, end):
		// "9,000 applications in the 3 weeks before the deadline": the count falls in that
		// stretch whatever its unit, a window that sets the peak, not a retention or a span.
		m.kind, m.peak = mWindow, true
	case before("over", "during", "across") && sec >= 86400 && yearlyWindow(toks, m, end, sec):
		// "80,000 volunteers each submit one checklist over one weekend a year": when the year's
		// count happens, a stretch that comes back; not a retention of 7 days.
	case before("takes", "take", "lasts", "last") && within(toks, start-6, start-1, "average", "typical", "typically", "usually", "normally", "median", "mean") &&
		!within(toks, start-6, start-1, "must", "should", "needs", "cannot", "never", "target"):
		// "an average solve takes 12 minutes": how long the act lasts, not a time limit on it.
		m.kind, m.span = mOther, true
		m.noun = spanNoun(toks, start, end)
	case prev == "with" && word(toks, end) == "to" && verbStem(word(toks, end+1)) != "" && sec <= 3600:
		m.kind, m.peak, m.toAct = mWindow, true, true // "with 10 seconds to answer each": the crowd's window
	case prev == "within" && dedupeWindow(toks, start, end):
		// "same IP and user agent within 24 hours counts once": how long a repeat is the same
		// event, not how fast anything must happen.
		m.kind, m.span = mOther, true
		m.noun = "dedupe window"
	case before("within", "under", "below", "than", "p99", "p95", "p50", "latency", "sub", "takes", "take") ||
		prev == "in" && sec < 60 && within(toks, start-4, start, "respond", "responds", "load", "loads", "return", "returns", "match", "matched", "deliver", "delivered", "see", "seen", "appear", "appears"):
		m.kind = mLatency
	case (word(toks, end) == "window" || word(toks, end) == "rush") && sec <= 6*3600:
		m.kind, m.peak = mWindow, true // "register in a 2-hour window": a rush, once
	case prev == "last" && word(toks, start-2) != "the" && word(toks, start-2) != "" && !strings.HasPrefix(word(toks, start-2), "-") && !ownerWord(word(toks, start-2)):
		// "lessons last 45 minutes": a verb, not "the last 45 minutes"
		m.kind, m.span = mOther, true
		m.noun = spanNoun(toks, start, end)
	case (before("first", "last", "final", "opening", "closing") || prev == "in" || prev == "over" || before("during")) && sec <= 6*3600:
		m.kind = mWindow
		m.peak = true
	default:
		r.durationHeld(toks, m, start, end, sec, prev)
	}
}

// durationHeld reads the spans duration's earlier cases leave: how long data is kept, how long
// goods keep or a thing is held, a count's period, or how long something lasts.
func (r *reader) durationHeld(toks []string, m *mention, start, end int, sec float64, prev string) {
	before := func(words ...string) bool { return within(toks, start-2, start, words...) }
	switch {
	case prev == "after" && deletedAfter(toks, start, end):
		// "live location ... deleted after 24h", "readings are purged after 90 days": what is
		// deleted is data, whatever it is called, and it is kept that long.
		m.kind, m.noun = mRetention, deletedThing(toks, start)
	case prev == "after" && within(toks, start-4, start-1, "expire", "expires", "expired", "disappear", "disappears", "vanish", "vanishes") &&
		within(toks, start-9, start-1, "file", "files", "message", "messages", "upload", "uploads", "photo", "photos", "story", "stories", "post", "posts",
			"link", "links", "transfer", "transfers", "paste", "pastes", "log", "logs", "record", "records", "data", "backup", "backups", "recording", "recordings", "video", "videos", "snap", "snaps"):
		m.kind = mRetention // "files that expire after 7 days": how long the data is kept (a licence that expires is not data)
	case within(toks, start-4, start, "shelf", "use-by", "best-before", "best-by", "sell-by", "expiry", "expiration") || goodsKeep(toks, start, end):
		// "a shelf life of 90 days", "a use-by of 21 days": how long the goods keep, not the data.
		m.kind, m.span = mOther, true
		m.noun = spanNoun(toks, start, end)
	case prev == "over" && sec >= 30*86400 && r.countOver(start) != nil:
		// "digitizing 2 million sheets over 4 years": the count's period, 500K a year, not a
		// retention of 4 years.
		c := r.countOver(start)
		c.per = sec
		m.kind, m.used = mOther, true
	case stretchOf(toks, start, end):
		// "students sit exams over a two-week window": when the acts fall, not how long data is kept.
		m.kind, m.span, m.noun = mOther, true, word(toks, end)
	case atATime(toks, end) || lengthOfThing(toks, start, end):
		// "offline for days at a time", "a 2-day festival": how long a stretch or a thing lasts.
		m.kind, m.span = mOther, true
		m.noun = spanNoun(toks, start, end)
	case recentStretch(toks, start):
		// "next-of-kin for burials in the last 25 years": which records a rule covers, no retention.
		m.kind, m.span = mOther, true
	case heldFor(toks, start):
		// "reserved books are held for 36 hours": how long a thing is held for someone, a
		// time limit on it, not how long data is kept.
		m.kind, m.span, m.noun = mOther, true, "hold"
	case (before("for", "keep", "keeps", "kept", "keeping", "retain", "retains", "retained", "retaining", "store", "stored", "storing", "past", "last", "of", "history", "retention", "over") ||
		word(toks, end) == "of" && (archiveNouns[word(toks, end+1)] || keptLater(toks, end+1)) || keptObject(toks, start) || keptCallIt(toks, start)) && sec >= 86400:
		m.kind = mRetention
	default:
		m.kind, m.span = mOther, true // "the average ride is 20 minutes": how long something lasts
		m.noun = spanNoun(toks, start, end)
	}
}

// expireWords say a thing runs out after a span: "holds expire after 36 hours" is said of the holds.
var expireWords = set(`expire expires expired lapse lapses end ends run runs out time times`)

// heldFor reports a span said as how long a thing is held for someone ("books are held for 36
// hours", "seats are reserved for 10 minutes"), where what is held is no data: "records are
// held for 7 years" is a retention.
func heldFor(toks []string, start int) bool {
	if word(toks, start-1) != "for" || !within(toks, start-4, start-1, "held", "hold", "holds", "holding", "reserved", "blocked", "parked") {
		return false
	}
	for k := max(start-8, 0); k < start; k++ {
		if archiveNouns[toks[k]] || retainVerbs[toks[k]] {
			return false
		}
	}
	return true
}

// ownerWord is a possessive before "last", which makes it an adjective: "each elevator's last
// 90 days of faults", "their last 30 days", not "lessons last 45 minutes".
func ownerWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || possessives[w]
}

// possessives are the possessive determiners.
var possessives = set(`its their his her our my your`)

// keptLater reports a span's data said to be kept after it, in the same clause: "2 years of
// readings must be kept for inspections", "90 days of logs are retained".
func keptLater(toks []string, from int) bool {
	for k := from; k < len(toks) && k < from+6; k++ {
		if t := toks[k]; t == "," || t == ";" || t == "." {
			return false
		} else if retainVerbs[t] {
			return true
		}
	}
	return false
}

// retainVerbs say data is kept: a span said with one is a retention, whatever else holds.
var retainVerbs = set(`keep keeps kept retain retains retained store stores stored archive archived`)

// lengthOfThing reports a hyphenated span said before a noun as its length ("a 2-day food
// festival"), where the noun is no record of data ("a 30-day log" is a retention).
func lengthOfThing(toks []string, start, end int) bool {
	return strings.Contains(word(toks, start), "-") && end == start+1 && isWordNoun(word(toks, end)) &&
		!within(toks, end, end+1, "retention", "history", "archive", "archives", "backup", "backups", "log", "logs", "audit", "window")
}

// keptCallIt reports a retention said loosely and then put in figures: "keep everything for the
// life of the building, call it 50 years".
func keptCallIt(toks []string, start int) bool {
	return word(toks, start-1) == "it" && (word(toks, start-2) == "call" || word(toks, start-2) == "say") &&
		within(toks, max(start-16, 0), start, "keep", "keeps", "kept", "retain", "retained", "store", "stored", "archive", "archived")
}

// keptObject reports a span right after what a keep verb keeps: "keep claims and attachments 7
// years", "store all readings 2 years".
func keptObject(toks []string, start int) bool {
	for j := start - 1; j >= 0 && j >= start-5; j-- {
		switch w := word(toks, j); {
		case w == "keep" || w == "keeps" || w == "retain" || w == "retains" || w == "archive" || w == "archives":
			return j < start-1
		case w == "and" || w == "all" || w == "the" || w == "their" || w == "its" || isWordNoun(w) && !stopWords[w]:
		default:
			return false
		}
	}
	return false
}

// recentStretch reports a span said as the most recent stretch of time something happened in
// ("burials in the last 25 years", "orders from the past 2 years") with no word of keeping data
// near it: a filter on records, not a retention.
func recentStretch(toks []string, start int) bool {
	if !within(toks, start-1, start, "last", "past") || word(toks, start-2) != "the" ||
		!within(toks, start-3, start-2, "in", "within", "from", "during", "over") {
		return false
	}
	return !within(toks, start-8, start-3, "keep", "keeps", "kept", "retain", "retains", "retained", "store", "stores", "stored", "hold", "holds", "archive", "history")
}

// deleteWords say data is deleted: only data is, so the thing needs no name from a list.
var deleteWords = set(`deleted delete deletes purged purge purges erased erase erases wiped wipe wipes removed discarded destroyed`)

// deletedAfter reports "deleted after <span>" (toks[start:end] the span), where the deletion is
// not of something idle ("sessions are deleted after 30 minutes of inactivity").
func deletedAfter(toks []string, start, end int) bool {
	said := false
	for k := max(start-4, 0); k < start-1; k++ {
		said = said || deleteWords[toks[k]]
	}
	return said && word(toks, end) != "of" && !within(toks, end, end+3, "inactivity", "idle", "inactive", "unused")
}

// deletedThing is what a deletion before toks[start] is said of: the subject of "is"/"are"
// ("live location is only shared ... and deleted"), else the word before the verb ("photos
// deleted after 30 days"); "" where the clause names none.
func deletedThing(toks []string, start int) string {
	verb := -1
	for k := start - 2; k >= 0 && k >= start-5; k-- {
		if deleteWords[toks[k]] {
			verb = k
			break
		}
	}
	for k := verb - 1; k >= 1 && k >= verb-10; k-- {
		if toks[k] == "," || toks[k] == ";" || toks[k] == "." || toks[k] == ":" {
			break
		}
		if w := toks[k-1]; (toks[k] == "is" || toks[k] == "are") && isWord(w) && !stopWords[w] {
			return singular(w)
		}
	}
	if w := word(toks, verb-1); verb > 0 && isWord(w) && !stopWords[w] && w != "and" {
		return singular(w)
	}
	return ""
}

// goodsKeep reports a span that says how long a thing keeps ("platelets keep only 7 days"):
// "keep" with a subject that is not the one keeping data ("we keep 90 days"), and no "of" after
// the span ("keep only 90 days of history").
func goodsKeep(toks []string, start, end int) bool {
	k := start - 1
	if w := word(toks, k); w == "only" || w == "just" || w == "about" || w == "around" {
		k--
	}
	if w := word(toks, k); w != "keep" && w != "keeps" || word(toks, end) == "of" {
		return false
	}
	switch word(toks, k-1) {
	case "", "we", "they", "you", "i", "it", "to", "and", "or", "should", "must", "will", "would", "can", "may", "please", "which", "that", "also", "then":
		return false
	}
	return true
}

// eventAfter reports a stretch tied to an event at toks[k]: "… before the deadline", "… after
// the exam", "… ahead of the launch", "… leading up to polling day".
func eventAfter(toks []string, k int) bool {
	switch word(toks, k) {
	case "before", "after", "until":
		return true
	case "ahead":
		return word(toks, k+1) == "of"
	case "leading":
		return word(toks, k+1) == "up"
	}
	return false
}

// spanNoun is what a duration is the length of: the noun after it ("30-minute walks"), else the
// noun it is said of ("walks last 30 minutes", "the average ride is 20 minutes").
func spanNoun(toks []string, start, end int) string {
	if w := word(toks, end); isWordNoun(w) {
		return singular(w)
	}
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		switch w := word(toks, k); {
		case w == "is" || w == "are" || w == "last" || w == "lasts" || w == "take" || w == "takes" || w == "average" || w == "the" || w == "an" || w == "a" || w == "about" ||
			w == "around" || hedgeWords[w] || spanStop[w] || expireWords[w]:
		case isWordNoun(w):
			return singular(w)
		default:
			return ""
		}
	}
	return ""
}

// isWordNoun reports a plain word that can name a thing: letters only, not a function word.
func isWordNoun(w string) bool {
	return len(w) >= 3 && !spanStop[w] && isWord(w)
}

var spanStop = set("and the for with each per every that which than from into over of long in on at to or but a day week month year after before during until")

// durationIn gives a duration in the unit it was said in: "15 minutes" is 15 "minute".
func durationIn(toks []string, start, end int, sec float64) (float64, string) {
	for k := end - 1; k > start; k-- {
		if u := singular(toks[k]); timeUnits[u] > 0 {
			return sec / timeUnits[u], unitName(u)
		}
	}
	return sec, "second"
}

// unitName spells a time unit out: "min" is "minute".
func unitName(u string) string {
	switch u {
	case "s", "sec", "secs", "second":
		return "second"
	case "min", "mins", "minute":
		return "minute"
	case "h", "hr", "hrs", "hour":
		return "hour"
	}
	return u
}

// count reads a counted noun phrase: "500 million daily active users", "3 billion page views a
// month", "20 million electricity meters, each …", "200 followers on average".
func (r *reader) count(toks []string, m *mention, start, next int) {
	mods, k := nounPhrase(toks, next)
	m.end = k
	if r.risesTo(toks, m, start, k, mods) || len(mods) > 0 && r.corpus(toks, m, start, k, mods) {
		return // the busiest day of the flow before ("rising to 10,000 after a storm"), or a corpus looked up in
	}
	if len(mods) > 0 && r.actsOnEach(toks, m, start, singular(mods[len(mods)-1])) || peopleOf(toks, m, start, mods) || placesCounted(m, mods) {
		return
	}
	if len(mods) == 0 {
		r.bareCount(toks, m, start, k)
		return
	}
	if r.capacityCount(toks, m, start, k, mods) {
		return
	}
	if ownersOf(toks, k) {
		// "1,200 plots whose holders log harvests": one holder for each plot, who acts.
		probe := &mention{}
		r.rate(toks, probe, k+2)
		actors(toks, m, start, k+2, toks[k+1:k+2], singular(toks[k+1]), probe)
		m.noun = singular(toks[k+1])
		return
	}
	if r.spelledRule(toks, start, next, k, mods) {
		// "no two robots in one cell", "one concurrent loan per licence", "in one warehouse": a
		// rule or a single thing, not a population.
		m.kind, m.limit, m.noun = mOther, true, singular(mods[len(mods)-1])
		return
	}
	if concurrentCount(m, mods, next) {
		return
	}
	head := singular(mods[len(mods)-1])
	if (head == "read" || head == "write") && bothSidesAfter(toks, k, head) {
		// "120k writes and reads a second combined": every request, not one side of them.
		head, k = "operation", k+2
		m.end = k
	}
	m.noun = head
	m.class = classOf(mods)
	switch {
	case head == "dau" || head == "mau":
		m.noun, m.class = "user", head
	case m.class == "" && actorNouns[head] && !thingNouns[head] && duringEvent(toks, k):
		m.class, m.peak = "concurrent", true // "updates to 3 million fans during a final": all at once
	}
	probe := &mention{}
	r.rate(toks, probe, k)
	actor := isActor(toks, m, start, k, head, probe)
	if r.crowd(toks, m, start, k, head, actor, probe) {
		return
	}
	if groupOrAudience(toks, m, start, k, head, probe) {
		return
	}
	if r.boundOrAtOnce(toks, m, start, k, actor, probe) {
		return
	}
	if actor && probe.per == 0 && r.peopleInEach(toks, m, start, k) {
		return
	}
	if limitOn(toks, m, start, k, actor, probe) {
		return
	}
	// "up to 6,000 submissions an hour": a bound on a rate is its peak, read on as events.
	if probe.per == 0 && !actor && r.perItem(toks, m, start, head) {
		return
	}
	if actor {
		actors(toks, m, start, k, mods, head, probe)
		return
	}
	events(toks, m, start, k, mods, head, probe)
	rateWordBefore(toks, m, start, mods, head)
	r.kindOf(toks, m, start)
}

// events reads a count of things done or sent at the rate probe read after it: its name, its
// period and whether it is said of the peak.
func events(toks []string, m *mention, start, k int, mods []string, head string, probe *mention) {
	m.kind = mEvents
	m.name = strings.Join(append(nounMods(mods[:len(mods)-1]), head), " ")
	m.per, m.end, m.window, m.season = probe.per, max(k, probe.end), probe.window, max(m.season, probe.season)
	m.peak = probe.peak || isLimit(toks, start) || within(toks, start-3, start, "peak", "peaks", "peaking", "burst", "bursts", "spike", "spikes", "spiking", "bursting", "surge", "surges", "surging")
	m.each, m.perNoun, m.weekend = probe.each, probe.perNoun, probe.weekend
	if t := timesIn(toks, k, probe.end); t > 1 && probe.per > 0 && !probe.window && !probe.each {
		// "220,000 parcels, billed twice a year": each of them twice in the period, 440,000
		// parcel bills, not the parcels once.
		m.value *= t
		if act := actBetween(toks, k, probe.end); act != "" {
			m.name += " " + act
		}
	}
}

// actBetween is what is done to counted things between them and how often: "bill" in
// "220,000 parcels, bills twice a year" and in "…, billed twice a year"; "" when none is said.
func actBetween(toks []string, from, to int) string {
	for j := from; j < to && j < len(toks); j++ {
		w := toks[j]
		if w == "," || stopWords[w] || w == "twice" || w == "times" || !isWord(w) {
			continue
		}
		if _, _, _, isNum := number(toks, j); isNum {
			return ""
		}
		if stem, ok := strings.CutSuffix(w, "ed"); ok && verbStem(w) == "" {
			return stem // "billed": a verb no list holds
		}
		return orWord(verbStem(w), singular(w))
	}
	return ""
}

// rateWordBefore reads a rate word before the events' noun as their period: "~25k daily orders"
// are 25k a day. "Each of 40 daily sailings", "the two daily runs" name a timetable's items,
// not load.
func rateWordBefore(toks []string, m *mention, start int, mods []string, head string) {
	if per := rateAdverbs[mods[0]]; m.per == 0 && per > 0 && len(mods) > 1 && !scheduleBefore[word(toks, start-1)] {
		m.per, m.name = per, strings.Join(append(nounMods(mods[1:len(mods)-1]), head), " ")
	}
}

// scheduleBefore words before a count make it a set of known items rather than a tally: "the
// two daily runs", "each of 40 daily sailings".
var scheduleBefore = set(`the of its their our these those`)

// eachItemBefore reads "each <thing>" opening the clause a count at toks[start] is in, and
// gives the thing: "each truck gets OCR on 4 camera images" counts images per truck, however
// many words come between.
func eachItemBefore(toks []string, start int) string {
	for j := start - 1; j >= 0 && j >= start-7; j-- {
		switch w := toks[j]; {
		case w == "," || w == ";" || w == "." || isNumberStart(w):
			return ""
		case (w == "each" || w == "every") && isWordNoun(word(toks, j+1)) && timeUnits[word(toks, j+1)] == 0:
			return singular(word(toks, j+1))
		}
	}
	return ""
}

// perItem reads a count said for each of some counted events, with no rate of its own: "25
// million orders, each producing on average 3 events", "each truck gets OCR on 4 camera images".
// What each one brings in (images, samples) is written, whatever the verb.
func (r *reader) perItem(toks []string, m *mention, start int, head string) bool {
	item := eachItemBefore(toks, start)
	if !(within(toks, start-4, start, "each") && r.eventBefore(start) && !r.actorNamed(item) || r.eventNamed(item)) {
		return false
	}
	m.kind = mTimes
	if writeNouns[head] || capturedNouns[head] {
		m.flow = conversation.FlowWrite
	}
	return true
}

// actsOnEach reads people who each act on every one of some counted items: "each script is
// marked by 2 examiners" is two marks a script, a count per item like "each truck gets 4
// images", not two people who are the system's whole population.
func (r *reader) actsOnEach(toks []string, m *mention, start int, head string) bool {
	if word(toks, start-1) != "by" || !pastParticipleLike(word(toks, start-2)) || !personNoun(head) || !r.eventNamed(eachItemBefore(toks, start)) {
		return false
	}
	m.kind, m.flow, m.noun = mTimes, conversation.FlowWrite, ""
	if verbStem(word(toks, start-2)) == "" {
		m.noun = word(toks, start-2) // "script marked"; a verb the lists know names it "review script"
	}
	return true
}

// actorNamed reports a counted population of noun read so far, in this sentence or the one
// before: "30 rides, 90k visitors …, each visitor joins 5 queues" counts queues per visitor, not
// per ride.
func (r *reader) actorNamed(noun string) bool {
	return noun != "" && slices.ContainsFunc(r.ms, func(m *mention) bool {
		return m.kind == mActors && m.noun == noun && m.sent >= r.sent-1
	})
}

// eventNamed reports counted events of noun read so far, or a bound on them, in this sentence
// or the one before: "250 boats dock a day; each boat gets 2 hull photos".
func (r *reader) eventNamed(noun string) bool {
	return noun != "" && slices.ContainsFunc(r.ms, func(m *mention) bool {
		// "up to 150 trucks unload at each silo a day" is a bound until the silos multiply it.
		return (m.kind == mEvents || m.limit && (thingNouns[m.noun] || !personNoun(m.noun))) && m.noun == noun && m.sent >= r.sent-1
	})
}

// peakSpanAfter reads "in the peak hour", "during the busiest minute", "in the last hour before
// the 8am sailing" (said "the last 1 hour" by then) and "in the hour before kickoff" (said "in 1
// hour before kickoff") after a count ending at toks[k]: the span's length in seconds and where
// it ends, or 0. A crowd counted in the stretch before the moment it comes for is that
// stretch's load, the busiest of the day, not who uses the system daily.
func peakSpanAfter(toks []string, k int) (float64, int) {
	if w := word(toks, k); w != "in" && w != "during" && w != "at" && w != "over" && w != "within" {
		return 0, 0
	}
	if n, ok := spanCount(word(toks, k+1)); ok && n > 0 && eventAfter(toks, k+3) {
		if sec := n * timeUnits[word(toks, k+2)]; sec >= 60 && sec <= 6*3600 {
			return sec, k + 3 // "in 1 hour before kickoff"
		}
	}
	if word(toks, k+1) != "the" {
		return 0, 0
	}
	switch word(toks, k+2) {
	case "peak", "busiest", "rush":
		if sec := timeUnits[word(toks, k+3)]; sec >= 60 && sec <= 3600 {
			return sec, k + 4
		}
	case "last", "final":
		n, ok := spanCount(word(toks, k+3))
		if sec := n * timeUnits[word(toks, k+4)]; ok && sec >= 60 && sec <= 6*3600 && eventAfter(toks, k+5) {
			return sec, k + 5 // "in the last 1 hour before the 8am sailing"
		}
	}
	return 0, 0
}

// spanCount reads the count of a stretch's units: "1", "30", "two".
func spanCount(w string) (float64, bool) {
	if n, err := strconv.ParseFloat(w, 64); err == nil {
		return n, true
	}
	n, ok := wordNumbers[w]
	return n, ok && w != "a" && w != "an"
}

// stagePoint reports a count of the points something passes, said after what is done to it at
// each: "scanned at 6-8 points", "checked at 3 checkpoints". Each point does it once.
func stagePoint(toks []string, start, next int) bool {
	if !stagePoints[singular(word(toks, next))] || word(toks, start-1) != "at" {
		return false
	}
	w := word(toks, start-2)
	return verbAt(toks, start-2) != "" || pastParticipleLike(w)
}

var stagePoints = set(`point checkpoint station stage scanner reader gate`)

// groupOrAudience reads a counted phrase that is no population: who one write reaches ("each
// delivered to 2,000 subscribers"), what the system watches ("follows 20,000 news sites"), or a
// group's size ("100 players per lobby"). It reports whether it read one.
func groupOrAudience(toks []string, m *mention, start, k int, head string, probe *mention) bool {
	if probe.per == 0 && audienceBefore(toks, start) {
		// "each delivered to 2,000 subscribers", "every message is read by all 50 people": per
		// item of the figure before, not a population.
		m.kind, m.audience, m.verb = mFanOut, true, verbNear(toks, start)
		return true
	}
	// Following machines or places ("a reader that follows 20,000 news sites") is what the system
	// watches, not an audience that one write reaches.
	if probe.per == 0 && m.class == "" && (fanOutNouns[head] && (within(toks, start-4, k+4, "average", "avg", "typically", "median") || within(toks, start-2, start, "has", "have")) ||
		followsRightBefore(toks, start) && !thingNouns[head]) {
		m.kind = mFanOut
		if largestOnly(toks, start, k) {
			m.kind, m.limit = mOther, true
		}
		return true
	}
	if probe.per == 0 && word(toks, start-1) == "between" && personNoun(head) {
		// "a pass shared between two people", "a chat between 2 users": who one thing is
		// between, the size of a pair or a group, not everyone who uses the system.
		m.kind, m.limit = mOther, true
		return true
	}
	if probe.per == 0 && (word(toks, k) == "per" || word(toks, k) == "in" && (word(toks, k+1) == "each" || word(toks, k+1) == "a" || word(toks, k+1) == "every")) &&
		timeUnits[word(toks, k+1)] == 0 && timeUnits[word(toks, k+2)] == 0 && !actorNouns[singular(word(toks, k+1))] {
		// "100 players per lobby", "10 players in each match": a group's size, not a population.
		m.kind, m.limit = mOther, true
		return true
	}
	return false
}

// crowd reads a count of people that arrive or are online together, where a bound or a group's
// size would otherwise be read: "2 million fans in a queue" join in a burst, and "up to 40,000
// fans follow live scorecards" are the most online at once. It reports whether it read one.
func (r *reader) crowd(toks []string, m *mention, start, k int, head string, actor bool, probe *mention) bool {
	switch {
	case probe.per == 0 && personNoun(head) && queueAfter(toks, k):
		r.queued(m, head)
	case isLimit(toks, start) && actor && probe.per == 0 && (verbNext(toks, k) != "" && liveAfter(toks, k) || onlineAfter(toks, k)):
		// "up to 20,000 bidders online at the close": the most present at once, not a limit.
		m.kind, m.class, m.peak, m.end = mActors, "concurrent", true, k
	default:
		return false
	}
	return true
}

// queueWindow is how long a crowd put in a queue takes to join it when the statement says not:
// an on-sale, a drop or a launch opens the queue, and most of the crowd is in it within minutes.
const queueWindow = 5 * 60

// queueNouns are where a crowd waits its turn.
var queueNouns = set(`queue queues line waitlist waitroom`)

// queueAfter reports "in a queue", "into the virtual waiting room", "join a line" right after a
// count of people ending at toks[k]: they are a crowd arriving at once, not a group's size.
func queueAfter(toks []string, k int) bool {
	j := k
	if w := word(toks, j); w == "in" || w == "into" || w == "join" || w == "joining" || w == "joins" || w == "enter" || w == "entering" {
		j++
	} else {
		return false
	}
	if w := word(toks, j); w == "a" || w == "an" || w == "the" || w == "one" {
		j++
	}
	for end := j + 3; j < end && j < len(toks); j++ {
		if queueNouns[toks[j]] || toks[j] == "room" && word(toks, j-1) == "waiting" {
			return true
		}
	}
	return false
}

// queued reads "2 million fans in a queue" as the crowd's joins, all within the queue's opening
// minutes (assumed, and said so): a burst of writes, not a limit.
func (r *reader) queued(m *mention, head string) {
	m.kind, m.name, m.noun, m.flow = mEvents, "queue join", "join", conversation.FlowWrite
	m.per, m.peak, m.window = queueWindow, true, true
	r.note("queue join: the %s %s put in a queue taken as joining within its first %d minutes (assumed: the statement gives the crowd, not how fast it comes)",
		human(m.value), plural(head), queueWindow/60)
	if toks := r.sents[m.sent]; within(toks, 0, len(toks), oneOffEvents...) && !within(toks, 0, len(toks), "every", "daily", "nightly", "weekly", "each") {
		// "season opener sales open at 10:00": the queue forms for one event, not every day.
		m.season = yearSeconds
		r.note("queue join: the queue forms for one event, about once a year (assumed), not every day")
	}
}

// oneOffEvents name an event that happens once, not every day: a season's opener, a launch.
var oneOffEvents = []string{"opener", "premiere", "launch", "reunion", "inaugural", "farewell", "final"}

// isActor reports whether a counted noun phrase (head its noun, ending at toks[k]) is who acts
// rather than events: people, machines and organisations, or an unknown noun when what follows
// says it acts: "30M gardeners who …", "300K e-scooters, each reporting …".
func isActor(toks []string, m *mention, start, k int, head string, probe *mention) bool {
	if probe.per > 0 && thingNouns[head] && !orgNouns[head] && objectOfVerb(toks, start) {
		return false // "each site washes around 400 cars a day": cars washed, not cars that act
	}
	if probe.per >= 3600 && probe.each && thingNouns[head] && peopleJustBefore(toks, start) {
		return false // "300 pickers, 6 carts each per shift": carts each picker fills, not carts that act
	}
	return personNoun(head) || head == "dau" || head == "mau" || probe.per == 0 && thingNouns[head] && !m.limit && !(word(toks, start-1) == "of" && word(toks, start-2) == "each") ||
		probe.per == 0 && (m.class == "concurrent" || !writeNouns[head] && !readNouns[head]) && actsAfter(toks, k) ||
		sendVerbs[word(toks, k)] && word(toks, start-1) != "of" || // not "sensors in each of 40 garages report"
		thingNouns[head] && head != word(toks, k-1) && verbNext(toks, k) != "" && subjectCount(toks, start) || // "300 pharmacies order stock"
		orgNouns[head] && head != word(toks, k-1) && subjectCount(toks, start) || // "used by 6,000 pubs every Tuesday": organisations, never events
		carriesDevice(toks, k) && !objectOfVerb(toks, start)
}

// peopleJustBefore reports counted people right before toks[start], a comma between: "300
// pickers, 6 carts each per shift".
func peopleJustBefore(toks []string, start int) bool {
	if word(toks, start-1) != "," {
		return false
	}
	_, _, _, counted := number(toks, start-3)
	return counted && personNoun(singular(word(toks, start-2)))
}

// carriesDevice reports a counted thing said to carry a device right after its count ends at
// toks[k]: "8,000 shipping boxes with temperature loggers sampling every minute", "1,200
// coolers each carry a data logger". The things report through their devices, so they are the
// senders, whatever they are called, not 8,000 boxes made every minute.
func carriesDevice(toks []string, k int) bool {
	switch word(toks, k) {
	case "with", "carrying", "carry", "each", "holding":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j] == "," || toks[j] == ";" {
			return false
		}
		if carriedDevices[singular(toks[j])] {
			return true
		}
	}
	return false
}

// carriedDevices travel inside or on what is counted and report for it.
var carriedDevices = set(`logger datalogger sensor tracker tag probe beacon thermometer transmitter`)

// bothSidesAfter reports the other side of the traffic joined to a count's head at toks[k]:
// "writes and reads", "reads or writes".
func bothSidesAfter(toks []string, k int, head string) bool {
	other := map[string]string{"read": "write", "write": "read"}[head]
	return (word(toks, k) == "and" || word(toks, k) == "or" || word(toks, k) == "plus") && singular(word(toks, k+1)) == other
}

// chooseVerbs pick some of a kind for oneself: what they count is each chooser's, not a crowd.
var chooseVerbs = set(`pick picks picking choose chooses choosing select selects selecting draft drafts drafting name names naming nominate nominates nominating shortlist shortlists invite invites inviting`)

// chosenBy reports a verb of choosing right before the count at toks[start].
func chosenBy(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (toks[j] == "up" || toks[j] == "to" || toks[j] == "about" || toks[j] == "around" || toks[j] == "their" || toks[j] == "his" || toks[j] == "her") {
		j--
	}
	return chooseVerbs[word(toks, j)]
}

// objectOfVerb reports a verb right before the count at toks[start] ("washes around 400 cars",
// "servicing 50 vans"), so that what it counts is done to, not who does it.
func objectOfVerb(toks []string, start int) bool {
	j := start - 1
	for j >= 0 && (toks[j] == "around" || toks[j] == "about" || toks[j] == "roughly" || toks[j] == "approximately" || toks[j] == "some" || toks[j] == "over" || toks[j] == "nearly") {
		j--
	}
	w := word(toks, j)
	if !isWord(w) || stopWords[w] || actorNouns[singular(w)] || thingNouns[singular(w)] || j < 1 {
		return false
	}
	return verbStem(w) != "" || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && word(toks, j-1) != "the"
}

// verbNear is the verb just before a count: the one right before it, else the nearest of the
// five words before.
func verbNear(toks []string, start int) string {
	v := verbBefore(toks, start)
	for j := start - 1; j >= 0 && j >= start-5 && v == ""; j-- {
		v = verbStem(toks[j])
	}
	return v
}

// concurrentCount reads a count that "concurrent" opens: "500k concurrent games" (the people in
// them are online) or "maybe 2M concurrent right after the polls close" (people).
func concurrentCount(m *mention, mods []string, next int) bool {
	if !concurrentMods[mods[0]] {
		return false
	}
	if n := sessionPeople[singular(word(mods, 1))]; len(mods) == 2 && n > 0 {
		m.kind, m.noun, m.class, m.sessions, m.inEach = mActors, "person", "concurrent", singular(mods[1]), n
		return true
	}
	if len(mods) == 1 || !actorNouns[singular(mods[1])] && !thingNouns[singular(mods[1])] && len(mods) == 2 && !strings.HasSuffix(mods[1], "s") {
		m.kind, m.noun, m.class, m.end = mActors, "user", "concurrent", next+1
		return true
	}
	return false
}

// largestOnly reports a fan-out said of a few ("celebrities who have 50M followers"): the
// largest audience, not the average one.
func largestOnly(toks []string, start, k int) bool {
	return within(toks, start-5, start, "celebrity", "celebrities", "influencer", "influencers", "star", "stars", "top", "popular", "famous", "biggest", "largest", "some",
		"few", "several", "handful") &&
		!within(toks, start-4, k+4, "average", "avg", "typically", "median")
}

// ownersOf reports "whose <people>" after a counted noun phrase ending at toks[k]: one person
// for each thing counted, who is who acts.
func ownersOf(toks []string, k int) bool {
	return word(toks, k) == "whose" && personNoun(singular(word(toks, k+1)))
}

// placesCounted reads "20,000 e-scooters across 5 cities": where the system runs, never a rate.
func placesCounted(m *mention, mods []string) bool {
	if len(mods) == 0 || !placeNouns[singular(mods[len(mods)-1])] {
		return false
	}
	m.kind, m.class, m.noun = mActors, "things", singular(mods[len(mods)-1])
	return true
}

// peopleOf reads a count that is the people of a group or a place, and reports whether it did.
func peopleOf(toks []string, m *mention, start int, mods []string) bool {
	if word(toks, start-1) != "of" {
		return false
	}
	owner := singular(word(toks, start-2))
	switch {
	case len(mods) == 0 && groupNouns[owner]:
		// "our family of 6", "a team of 12": the group's people.
		m.kind, m.noun, m.class = mActors, "person", "users"
	case placeNouns[owner] && (len(mods) == 0 || residentNouns[singular(mods[len(mods)-1])]):
		// "a city of 2 million", "a country of 10M people": everyone living there, of whom
		// only some use the system.
		m.kind, m.noun, m.class = mActors, "resident", "things"
	default:
		return false
	}
	return true
}

// sessionNouns are sessions a count of people fills: "a 100-player battle royale".
var sessionNouns = set(`game games match matches lobby lobbies battle royale mode raid tournament room rooms call calls meeting meetings session sessions squad squads`)

// consequenceVerbs follow a threshold: "… three times in a month lose booking rights".
var consequenceVerbs = set(`lose loses get gets are is become becomes trigger triggers face faces forfeit forfeits pay pays`)

// capacityVerbs say how much one thing holds: the count after them is a capacity.
var capacityVerbs = set(`carries carry carrying holds hold holding seats seat seating fits fit accommodates accommodate sleeps`)

// serviceVerbs say how many people one thing takes through: with a rate, the count after them is
// a service rate.
var serviceVerbs = set(`carries carry seats seat fits fit accommodates accommodate loads load boards board admits admit`)

// capacityBefore reports that the count before "and" at start-1 was a capacity: "carries 40 cars
// and 300 foot passengers".
func (r *reader) capacityBefore(start int) bool {
	if len(r.ms) == 0 {
		return false
	}
	last := r.ms[len(r.ms)-1]
	return last.sent == r.sent && last.limit && last.end == start-1
}

// hasRate reports a rate phrase right after a noun phrase ending at toks[k]: "one reading per
// minute".
func (r *reader) hasRate(toks []string, k int) bool {
	probe := &mention{}
	r.rate(toks, probe, k)
	return probe.per > 0
}

// atOnceAfter reports "at the same time", "at once", "concurrently" or "simultaneously" in the
// clause after a noun phrase ending at toks[k].
func atOnceAfter(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+10 && toks[j] != "," && toks[j] != "."; j++ {
		switch {
		case toks[j] == "concurrently" || toks[j] == "simultaneously",
			toks[j] == "same" && word(toks, j+1) == "time",
			toks[j] == "at" && word(toks, j+1) == "once":
			return true
		}
	}
	return false
}

// windowIn is the length of a stretch said right at toks[k] ("within 10 minutes", "in the
// first hour", "over 2 hours"), up to 6 hours; 0 where none is.
func windowIn(toks []string, k int) float64 {
	if !windowAfter(toks, k) {
		return 0
	}
	j := k + 1
	for word(toks, j) == "the" || word(toks, j) == "first" || word(toks, j) == "opening" {
		j++
	}
	if j >= len(toks) {
		return 0
	}
	v, _, next, ok := number(toks, j)
	if !ok {
		v, next = 1, j
	}
	return v * timeUnits[word(toks, next)]
}

// windowAfter reports a stretch of time right after a count ending at toks[k]: "up to 35,000
// submissions in the hour before the deadline", "up to 2,000 orders within the first 10
// minutes". The count is a burst in that window, its peak, not a bound on a group.
func windowAfter(toks []string, k int) bool {
	if w := word(toks, k); w != "in" && w != "within" && w != "during" && w != "over" {
		return false
	}
	j := k + 1
	if word(toks, j) == "the" {
		j++
	}
	if w := word(toks, j); w == "first" || w == "last" || w == "final" || w == "opening" || w == "closing" {
		j++
	}
	if j >= len(toks) {
		return false
	}
	if _, _, next, ok := number(toks, j); ok {
		j = next
	}
	return timeUnits[word(toks, j)] > 0 && timeUnits[word(toks, j)] <= 6*3600
}

// liveAfter reports that the clause after a count of people ending at toks[k] has them online
// together: "follow live scorecards", "watch the stream", "are online".
func liveAfter(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+6 && toks[j] != "," && toks[j] != ";"; j++ {
		switch toks[j] {
		case "live", "online", "watch", "watching", "stream", "streaming", "simultaneously", "concurrently", "connected":
			return true
		}
	}
	return false
}

// oneThingBefore reports "one sheet", "a single document" or "the same room" between a count of
// people and its "at once": they are the people of one thing, not everyone online.
func oneThingBefore(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+8 && toks[j] != "," && toks[j] != "."; j++ {
		if toks[j] == "at" && word(toks, j+1) == "once" || toks[j] == "concurrently" || toks[j] == "simultaneously" ||
			toks[j] == "same" && word(toks, j+1) == "time" {
			return false
		}
		if toks[j] == "one" || toks[j] == "single" || toks[j] == "each" || toks[j] == "per" || toks[j] == "a" && word(toks, j+1) == "single" ||
			toks[j] == "same" && word(toks, j+1) != "time" { // "editing the same document at once"
			return true
		}
	}
	return false
}

// oneThing is the noun of "one sheet", "the same document" or "each room" after a count of
// people ending at toks[k]: the thing whose limit the count is.
func oneThing(toks []string, k int) string {
	for j := k; j < len(toks) && j < k+8 && toks[j] != "," && toks[j] != "."; j++ {
		switch toks[j] {
		case "one", "single", "each", "per", "same":
			if w := word(toks, j+1); isWordNoun(w) && w != "time" {
				return singular(w)
			}
		}
	}
	return ""
}

// duringEvent reports "during a final", "during the show" right after a count of people: they
// are there together, at once.
func duringEvent(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+8 && toks[j] != "," && toks[j] != "." && toks[j] != ";"; j++ {
		if toks[j] != "during" {
			continue
		}
		n := word(toks, j+1)
		if n == "a" || n == "an" || n == "the" || n == "each" || n == "every" {
			n = word(toks, j+2)
			if eventNouns[singular(n)] {
				return true
			}
			return eventNouns[singular(word(toks, j+3))] // "during the cup final"
		}
		return eventNouns[singular(n)]
	}
	return false
}

// eventNouns are one-off occasions that gather their audience at once.
var eventNouns = set(`final match game show broadcast launch keynote concert election derby race fight premiere finale event livestream stream kickoff`)

// actsAfter reports that the words after a noun phrase ending at toks[k] make it act: "who",
// ", each reporting", "each sends".
func actsAfter(toks []string, k int) bool {
	return word(toks, k) == "who" || eachActsAfter(toks, k) || word(toks, k) == "each" && verbStem(word(toks, k+1)) != ""
}

// sendVerbs right after a counted noun make it a sender, whatever the noun: "80,000 smart pots
// send soil moisture every 15 minutes".
var sendVerbs = set(`send report upload emit stream publish push transmit ping sync broadcast`)

// audienceBefore reports a count that says whom each item reaches: "delivered to 2,000", "read
// by all 50".
func audienceBefore(toks []string, start int) bool {
	return word(toks, start-1) == "to" && within(toks, start-4, start, "delivered", "sent", "pushed", "shown") ||
		within(toks, start-3, start, "by") && within(toks, start-5, start, "read", "seen", "viewed", "opened")
}

// spelledRule reports a small number spelled out that states a rule or a single thing rather
// than counting a population: "no two", "one concurrent", "in one", "two … at once", "a lot
// must never be sold to two buyers".
func (r *reader) spelledRule(toks []string, start, next, k int, mods []string) bool {
	v, spelled := wordNumbers[toks[start]]
	return spelled && next == start+1 && !r.hasRate(toks, k) &&
		(v == 1 || within(toks, start-2, start, "no", "never", "any", "only", "single", "least", "most") || concurrentMods[mods[0]] || atOnceAfter(toks, k) ||
			v <= 3 && negatedBefore(toks, start))
}

// negatedBefore reports a negation earlier in the clause of toks[start] ("must never be sold to
// two buyers", "cannot be booked by two people"): a small count under it is what the rule
// forbids, not who is there.
func negatedBefore(toks []string, start int) bool {
	for j := start - 1; j >= 0 && j >= start-8; j-- {
		switch w := toks[j]; {
		case w == "," || w == ";" || w == "." || w == ":" || w == "and" || w == "but" || w == "while":
			return false
		case w == "never" || w == "not" || w == "cannot" || w == "no" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			return true
		}
	}
	return false
}

// boundOrAtOnce reads a measure ("2,400 km"), a count that says what one thing holds ("each crossing carries 40 cars"),
// the other side of a ratio ("one proctor per 200 students"), a peak of people at once ("up to
// 60,000 students … at the same time") or each one's cap on a rate, and reports whether it did.
func (r *reader) boundOrAtOnce(toks []string, m *mention, start, k int, actor bool, probe *mention) bool {
	if probe.per > 0 && !actor && capOfEach(toks, start, probe) {
		// "each with its own limit between 10 and 5,000 requests per second": what each one is
		// allowed, not what it sends.
		m.kind, m.limit, m.per, m.end = mOther, true, probe.per, max(k, probe.end)
		return true
	}
	if sec, end := peakSpanAfter(toks, k); actor && sec > 0 {
		// "the results page gets up to 2 million visitors in the peak hour": that hour's load,
		// a bound on the busiest hour being what to size it for, not a limit on anything.
		m.kind, m.per, m.peak, m.window, m.end = mEvents, sec, true, true, end
		m.name, m.flow = orWord(visitNouns[m.noun], "visit"), conversation.FlowRead
		if thingNouns[m.noun] {
			// "1,100 cars in the last hour before the sailing": vehicles that come are checked
			// in, each arrival recorded, not a page read.
			m.name, m.flow = m.noun+" arrival", conversation.FlowWrite
		}
		return true
	}
	if measureNouns[m.noun] {
		// "120 ploughs cover 2,400 km of road": a length or an area, not a count of events.
		m.kind = mOther
		return true
	}
	// "classes that hold 30 people" says what every class holds, whatever rate follows.
	if capacityVerbs[word(toks, start-1)] && within(toks, start-2, start-1, "that", "which") {
		m.kind, m.limit = mOther, true
		return true
	}
	if probe.per == 0 && (capacityVerbs[word(toks, start-1)] && within(toks, start-5, start-1, "each", "every") ||
		word(toks, start-1) == "and" && r.capacityBefore(start)) {
		// "each crossing carries 40 cars and 300 foot passengers": what one thing holds.
		m.kind, m.limit = mOther, true
		return true
	}
	if probe.per > 0 && actor && serviceVerbs[word(toks, start-1)] && within(toks, start-5, start-1, "each", "every") {
		// "each ride loads 24 riders every 4 minutes", "each ferry carries 300 passengers an
		// hour": how fast one thing can serve people, a service rate; the people still have to come.
		m.kind, m.limit, m.service, m.per, m.end = mOther, true, true, probe.per, max(k, probe.end)
		return true
	}
	if probe.per == 0 && word(toks, start-1) == "per" {
		// "one proctor per 200 students": the other side of a ratio, not a population.
		m.kind, m.limit = mOther, true
		return true
	}
	if actor && probe.per == 0 && atOnceAfter(toks, k) && oneThingBefore(toks, k) {
		// "up to 100 people edit one sheet at once": how many one sheet holds, a limit.
		m.kind, m.limit, m.place = mOther, true, oneThing(toks, k)
		return true
	}
	if actor && probe.per == 0 && atOnceAfter(toks, k) {
		// "up to 60,000 students sit the exam at the same time": a peak of people at once.
		m.kind, m.class, m.peak = mActors, "concurrent", true
		m.end = k
		return true
	}
	if !actor && probe.per == 0 && atOnceAfter(toks, k) && sessionPeople[m.noun] > 0 && m.value >= 100 {
		// "100k games at once": sessions held at the same time; the people in them are online
		// (a handful at once is what one person carries, below).
		m.kind, m.class, m.peak, m.sessions, m.inEach, m.noun = mActors, "concurrent", true, m.noun, sessionPeople[m.noun], "person"
		m.end = k
		return true
	}
	if !actor && probe.per == 0 && (word(toks, k) == "at" && word(toks, k+1) == "once" || word(toks, k) == "at" && word(toks, k+1) == "a" && word(toks, k+2) == "time") {
		// "agents handle 5 chats at once": how many one actor carries, a limit.
		m.kind, m.limit = mOther, true
		return true
	}
	return false
}

// followsRightBefore reports "users follow 200 accounts" or "follow on average 200": a fan-out.
func followsRightBefore(toks []string, start int) bool {
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		if verbStem(toks[j]) == "follow" {
			return true
		}
		if !(toks[j] == "on" || toks[j] == "average" || toks[j] == "about" || toks[j] == "around" || toks[j] == "roughly") {
			return false
		}
	}
	return false
}

var groupNouns = set(`family household team class club group company office crew squad band`)

// sentToGroups are groups whose members all get what is sent to one: a chat group, a room, a
// server's channel.
var sentToGroups = set(`group room channel server guild community clan chat conversation thread lobby family household team club class crew squad`)

// groupBefore is the group a limit on people is said of, singular, or "": "groups of up to
// 5,000 members", "study groups hold up to 300 people", "rooms capped at 2,000 players".
func groupBefore(toks []string, start int) string {
	for j := start - 1; j >= 0 && j >= start-5; j-- {
		if w := singular(toks[j]); sentToGroups[w] {
			return w
		}
		if toks[j] == "," || toks[j] == ";" || toks[j] == "." || toks[j] == "and" {
			return ""
		}
	}
	return ""
}

// limitOn reads a bound said of a count ("groups of up to 256 members", "rooms capped at 300
// players"), with the group it is said of, if any: a limit, not load.
func limitOn(toks []string, m *mention, start, k int, actor bool, probe *mention) bool {
	if isLimit(toks, start) && (probe.per == 0 || actor) && (actor || !windowAfter(toks, k)) && !(actor && busyDayAfter(toks, k)) {
		// "up to 90k visitors on a peak Saturday" is that day's crowd, the one to size for.
		m.kind, m.limit, m.of = mOther, true, groupBefore(toks, start)
		return true
	}
	if g := groupBefore(toks, start); g != "" && cappedAt(toks, start) && probe.per == 0 && actor {
		m.kind, m.limit, m.of = mOther, true, g
		return true
	}
	return false
}

// cappedAt reports "capped at 256", "limited to 256" before toks[start].
func cappedAt(toks []string, start int) bool {
	prev, prev2 := word(toks, start-1), word(toks, start-2)
	return prev == "at" && prev2 == "capped" || prev == "to" && (prev2 == "limited" || prev2 == "capped")
}

// placeNouns are places whose count is the people living there: "a city of 2 million".
var placeNouns = set(`city town country state region nation metro municipality province county village island continent`)

// residentNouns are the words that count a place's people: "a country of 10M people".
var residentNouns = set(`people person resident inhabitant citizen soul`)

// pluralHeadAfter reports a plural noun w after one singular word that follows a count of
// many: "5 home visits", "20 site inspections". Many of them cannot be the one home, so the
// plural is the head, not a verb after a subject ("users send").
func pluralHeadAfter(toks []string, next int, mods []string, w string) bool {
	n := word(toks, next-1)
	many := isNumberStart(n) && n != "1" || magnitudes[n] > 0
	m := mods[0]
	return many && len(mods) == 1 && singular(m) == m && !strings.HasSuffix(m, "s") && singular(w) != w
}

// nounPhrase reads the noun phrase after a figure, from toks[next], at most five words: its
// words and the index after it.
// participleAfter reports w as a past participle said after a plural noun and before what it
// is done by or where ("elevators maintained by", "trucks parked at"), not a noun ("seed beds").
func participleAfter(w, next string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && participleObjects[next]
}

// participleObjects are the words after a participle that say by whom or where it is done.
var participleObjects = set(`by in at across for from on under over around throughout`)

func nounPhrase(toks []string, next int) ([]string, int) {
	var mods []string
	k := next
	for ; k < len(toks) && k < next+5; k++ {
		w := toks[k]
		adjective := rateAdverbs[w] > 0 && len(mods) == 0 && (payNouns[word(toks, k+1)] || actorNouns[singular(word(toks, k+1))])
		if adjective && !dauMods[w] && !mauMods[w] {
			continue // "25,000 hourly staff": paid by the hour, not a rate
		}
		if len(mods) > 0 && totalWords[w] || placeAdverbs[w] {
			// "210 ORs total", "40 depots overall": the count is of all of them, the noun ends;
			// "3 million active caches worldwide": where they are, not what.
			break
		}
		if hedgeWords[w] || w == "once" || w == "twice" {
			break // "5 billion pages roughly every 2 weeks", "pages once a month": the rate begins
		}
		if stopWords[w] || phraseEnds[w] || w == "," || isTimeWord(toks, k) || rateAdverbs[w] > 0 && (len(mods) > 0 || !dauMods[w] && !mauMods[w]) {
			break
		}
		if _, _, _, isNum := number(toks, k); isNum && wordNumbers[w] == 0 {
			break
		}
		if strings.HasSuffix(w, "ing") && !nounIng[w] && len(mods) > 0 && subjectLike(mods[len(mods)-1]) && !modifiesPlace(mods[len(mods)-1], word(toks, k+1)) {
			// "listeners streaming at 128 kbps": a verb after its subject; but "EV charging
			// stations" is one noun.
			break
		}
		if prev := ""; len(mods) > 0 {
			prev = mods[len(mods)-1]
			if singular(prev) != prev && (actorNouns[singular(prev)] || thingNouns[singular(prev)] || sessionPeople[singular(prev)] > 0) {
				break // "400K subscribers choose 3 recipes", "40,000 races run at once": nothing continues a plural actor or session
			}
		}
		if prev := word(mods, len(mods)-1); prev != "" && singular(prev) != prev && (togetherAt(toks, k) || goingOn[w] && togetherAt(toks, k+1)) {
			break // "25 productions run concurrently": how they go on, not part of the noun
		}
		if prev := word(mods, len(mods)-1); prev != "" && singular(prev) != prev && participleAfter(w, word(toks, k+1)) {
			break // "18,000 elevators maintained by one company": what is done to them, not their name
		}
		if prev := word(mods, len(mods)-1); standAfter[w] && prev != "" && singular(prev) != prev {
			// "5,000 dealers connected", "80k listings live": the state they are in, said after
			// them, not part of the noun.
			break
		}
		if len(mods) > 0 && verbStem(w) != "" && subjectLike(mods[len(mods)-1]) && !tallyAfter(mods[len(mods)-1], w) && !pluralHeadAfter(toks, next, mods, w) {
			// "users send", "drivers report": a verb after the noun ends the phrase.
			break
		}
		mods = append(mods, w)
	}
	return mods, k
}

// modifiesPlace reports a singular noun and an -ing word that both qualify the plural place or
// thing after them: "14 household recycling centres", "12 family counselling clinics" count
// centres and clinics, not households or families (a count of many that acts is plural).
func modifiesPlace(prev, after string) bool {
	head := singular(after)
	return singular(prev) == prev && head != after && thingNouns[head]
}

// tallyAfter reports a recorded event counted after what it is of, which the count makes no
// subject: "120,000 badge scans", "40,000 runner check-ins" (a subject after a count of many is
// plural: "badges scan").
func tallyAfter(prev, w string) bool {
	return singular(prev) == prev && singular(w) != w && tallyNouns[singular(w)]
}

// tallyNouns are events recorded as they happen at a gate, a reader or a desk: a scan, a tap,
// a swipe, a check-in is written, whoever or whatever it is of.
var tallyNouns = set(`scan tap swipe check-in checkin check-out checkout entry exit`)

// standAfter are states said after a plural noun: "dealers connected", "listings live".
var standAfter = set(`online connected live open active`)

// phraseEnds are prepositions no stop list holds that end a noun phrase as "in" does: "220
// operating rooms between them", "40 vans among 3 depots".
var phraseEnds = set(`between among amongst via through thru against without throughout along beside besides beyond`)

// placeAdverbs say where the things counted are, after their noun: "3 million caches worldwide".
var placeAdverbs = set(`worldwide nationwide statewide countrywide citywide globally internationally everywhere abroad locally regionally here there`)

// hedgeWords soften the figure or period that follows; they end a noun phrase.
var hedgeWords = set(`roughly approximately approx nearly almost circa`)

// bareCount reads a figure with no noun of its own: "20,000 per day", "upload 2 photos a day and
// view 100", "followers average 200".
func (r *reader) bareCount(toks []string, m *mention, start, k int) {
	m.kind = mOther
	r.rate(toks, m, k)
	m.verb = verbBefore(toks, start)
	switch {
	case r.atOnceOfPeople(toks, m, k):
	case m.per > 0 && r.peakOfCount(toks, m, start):
	case m.per > 0:
		m.kind = mEvents
		r.eventNoun(toks, m, start, k)
	case within(toks, start-2, start, "average", "averages", "avg", "median") && fanOutBefore(toks, start):
		m.kind = mFanOut
		m.noun = "recipient"
	case m.verb != "":
		m.kind = mEvents // its noun and period come from the figure before it
	}
}

// peakOfCount reads a bare figure said as a peak right after a counted group and what it does:
// "4,000 trucks pass the gates each day, peaking at 450 an hour" is 450 trucks an hour at the
// busiest, the same act's rush, for the whole terminal; not 450 requests for each of whatever
// else the sentence counts. It reports whether it named m so.
func (r *reader) peakOfCount(toks []string, m *mention, start int) bool {
	if !slices.ContainsFunc(toks[max(start-3, 0):start], func(w string) bool { return peakVerbs[w] }) || len(r.ms) == 0 {
		return false
	}
	prev := r.ms[len(r.ms)-1]
	if noun := peakSubject(toks, start); noun != "" && noun != prev.noun {
		// "40 million new links a month, redirects peak at 90,000 a second": the peak belongs
		// to the flow it names, a flow of its own, not the busiest hour of the one counted before.
		// Named on the same side as that one ("2M tickets sold a year, sales peak at …") it is
		// most likely the same flow in other words, and its busiest hour as before.
		named := &mention{noun: noun, name: noun}
		r.kindOf(toks, named, start)
		if prev.kind != mEvents || named.flow != prev.flow {
			m.kind, m.noun, m.name, m.peak, m.each, m.flow, m.verb = mEvents, noun, noun, true, false, named.flow, named.verb
			return true
		}
	}
	if prev.sent != r.sent || prev.noun == "" || start-prev.end > 12 {
		return false
	}
	if prev.kind == mEvents && prev.per > m.per && !prev.each {
		// "20,000 prescriptions are filled each day, peaking at 3,000 an hour": the same
		// flow's busiest hour, so how far the peak runs over the average, not a second flow.
		if f := (m.value / m.per) / (prev.value / prev.per); f > 1 && m.per >= 86400 && busyOccasion(toks, m.end) {
			r.occasionSpike(toks, m, prev)
			return true
		}
		if f := (m.value / m.per) / (prev.value / prev.per); f > 1 {
			m.kind, m.used = mOther, true
			r.out.PeakFactor = math.Max(r.out.PeakFactor, math.Round(f*10)/10)
			r.note("peak: %s %s at the busiest, %s × the average: stated", human(m.value), periodWord(m.per), human(r.out.PeakFactor))
			return true
		}
		return false
	}
	if prev.kind != mActors && prev.kind != mOther {
		return false
	}
	act := &mention{}
	if !actAt(toks, prev.end, min(prev.end+4, len(toks)), act) && !r.bareAct(toks, prev.end, act) {
		return false // "50,000 users, peaking at 300 a second": nothing said they do
	}
	m.kind, m.noun, m.name, m.peak, m.each = mEvents, prev.noun, act.name, true, false
	r.kindOf(toks, m, start)
	if m.verb == "" {
		m.verb = act.verb
	}
	return true
}

// occasionSpike makes a flow's peak said for an occasion a day's burst of that flow: "a few
// hundred reports a month, spiking to 2k in a day after a windstorm" is 2,000 reports on a storm
// day, not 200 × the average of every flow the statement counts (the arborists' inspections do
// not spike). The occasion's recurrence is not said, so it is taken as once a quarter.
func (r *reader) occasionSpike(toks []string, m, prev *mention) {
	m.kind, m.noun, m.name, m.flow, m.verb = mEvents, prev.noun, orWord(prev.name, prev.noun)+" spike", prev.flow, prev.verb
	m.peak, m.window, m.each, m.season = true, true, false, 91*86400
	r.note("%s: %s %s %s, a burst of that flow alone (its occasion taken as once a quarter: assumed)", m.name, human(m.value),
		periodWord(m.per), strings.Join(toks[m.end:occasionEnd(toks, m.end)], " "))
}

// peakSubject is the counted noun a peak is said of, right before its verb ("redirects peak at",
// "searches spike to"), singular; "" when the peak has no such subject ("…, peaking at") or its
// subject is all the traffic ("traffic peaks at", "load spikes to").
func peakSubject(toks []string, start int) string {
	for j := start - 1; j > 0 && j >= start-3; j-- {
		if !peakVerbs[toks[j]] {
			continue
		}
		w := toks[j-1]
		if !isWord(w) || stopWords[w] || wholeLoad[w] || singular(w) == w || timeUnits[w] > 0 {
			return ""
		}
		return singular(w)
	}
	return ""
}

var peakVerbs = set(`peak peaks peaking spike spikes spiking surge surges surging`)

// wholeLoad are words for all of a system's traffic, not one flow of it.
var wholeLoad = set(`requests calls hits transactions operations ops events messages`)

// bareAct reads the act of a counted subject whose verb no list holds, at toks[k]: "trucks pass
// the gates" is "pass gate". Said only where a peak of that count follows, so the word after the
// count is its verb.
func (r *reader) bareAct(toks []string, k int, m *mention) bool {
	w := word(toks, k)
	if !isWord(w) || stopWords[w] || len(w) < 3 {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+4; j++ {
		if o := toks[j]; isWord(o) && !stopWords[o] && timeUnits[o] == 0 {
			m.name, m.verb = w+" "+singular(o), w
			return true
		}
	}
	m.name, m.verb = w, w
	return true
}

// sessionPeople are the people in one of a counted number of sessions held at once: two sides
// of a game, a call or a chat; one of a stream or a connection.
var sessionPeople = map[string]float64{"game": 2, "match": 2, "call": 2, "chat": 2, "conversation": 2, "ride": 2,
	"trip": 1, "session": 1, "stream": 1, "connection": 1, "lesson": 2, "meeting": 5, "exam": 1, "auction": 20,
	"race": 8, "lobby": 10, "raid": 20, "battle": 10, "round": 4, "hand": 6}

// classOf is the class a noun phrase's words give its actors ("daily", "monthly", "concurrent"),
// the last such word winning; "" when none does.
func classOf(mods []string) string {
	class := ""
	for _, w := range mods {
		if dauMods[w] || w == "dau" {
			class = "dau"
		}
		if mauMods[w] || w == "mau" {
			class = "mau"
		}
		if w == "wau" {
			class = "wau"
		}
		// "5 online travel agencies", "40 online shops": online says what kind of business they
		// are, not that they are connected at once.
		if concurrentMods[w] && !(w == "online" && orgNouns[singular(mods[len(mods)-1])]) {
			class = "concurrent"
		}
	}
	return class
}

// actors reads a count of actors whose phrase (mods, head its noun) ends at toks[k]: which
// class they are, or, for "100K new users a day", sign-ups, an event. probe is the rate that
// follows the phrase.
func actors(toks []string, m *mention, start, k int, mods []string, head string, probe *mention) {
	m.kind = mActors
	switch {
	case probe.per == 0 && m.value < 1000 && chosenBy(toks, start):
		m.kind = mOther // "players pick five drivers": what each picks, not a population using the system
	case slices.Contains(mods[:len(mods)-1], "new") && probe.per > 0:
		// "100K new users a day": sign-ups, an event.
		m.kind, m.per, m.name, m.noun, m.end, m.flow = mEvents, probe.per, "sign-up", "sign-up", probe.end, conversation.FlowWrite
	case probe.per > 0 && !probe.each && (thingNouns[head] || !personNoun(head)) && bookedFor(toks, start, m):
		// "book deck space for 300 trucks a day": a booking each, not a fleet using the system.
		m.kind, m.per, m.end, m.peak, m.flow = mEvents, probe.per, probe.end, probe.peak, conversation.FlowWrite
	case m.class != "":
	case probe.per >= 360*86400 && visitNouns[head] != "" && verbNext(toks, k) == "":
		// "carrying 2 million passengers a year": a year's passengers are journeys, not 2
		// million people on the system at once or every day; "90,000 guests book stays each
		// summer" says what each of them does.
		m.kind, m.per, m.end, m.flow = mEvents, probe.per/timesIn(toks, k, probe.end), probe.end, conversation.FlowWrite
		m.name = visitNouns[head]
	case probe.per > 0 && probe.per <= 7*86400 && !probe.each && thingNouns[head] && (passVerb(word(toks, k)) || probe.end > k && passVerb(word(toks, probe.end))):
		// "3,000 trucks pass the gates a day", "1,200 cars enter the car park each day", "250,000
		// vehicles a day pass 40 gantries": machines counted as they come through are visits,
		// the site's total, not a fleet each there daily; named by the machine for "each truck …".
		m.kind, m.per, m.end, m.flow, m.name = mEvents, probe.per, probe.end, conversation.FlowWrite, head
	case probe.per > 86400 && !probe.each && comesBy(toks, skipRelative(toks, k)):
		// "20,000 shoppers visit each weekend": who comes in a week, a seventh of them on an
		// average day.
		m.class, m.comesEvery, m.end = "dau", probe.per/timesIn(toks, k, probe.end), probe.end
	case probe.per == 0 && periodBefore(toks, start) > 86400 && k < len(toks) && comesBy(toks, k):
		m.class, m.comesEvery = "dau", periodBefore(toks, start) // "every weekend 20,000 shoppers come"
	case probe.per == 0 && actFor(toks, start, m), probe.per >= 86400 && !probe.each && doneTo(toks, start, k, head, m):
		// "quarterly VAT filing for 2 million businesses", "paying 80,000 contractors
		// fortnightly": each of them once a period.
		m.class = "users"
		if thingNouns[head] || !personNoun(head) {
			m.class = "things"
		}
		if m.habit == 0 {
			m.habit, m.end = probe.per, probe.end
		}
	case probe.per > 0 && !probe.each && habitAt(toks, k, probe.end, m):
		// "8,000 trucks that report mileage daily", "20,000 restaurants publish daily menus":
		// the period is how often each one acts, not who comes on a day.
		m.habit, m.class = probe.per, "things"
		if personNoun(head) && !thingNouns[head] {
			m.class = "users"
		}
	case probe.per > 0 && probe.per < 86400 && !probe.each && thingNouns[head] && verbNext(toks, k) == "" && countsPassing(toks, k):
		// "a peak of 1,100 cars an hour": machines counted by the hour are arrivals, each
		// recorded, at the peak when said so; no fleet is on the system every day. "10 million
		// homes every 15 minutes" is each one on a clock, periodic's to read.
		m.kind, m.per, m.end, m.flow, m.name = mEvents, probe.per, probe.end, conversation.FlowWrite, head+" arrival"
		m.peak = probe.peak || within(toks, start-3, start, "peak", "peaks", "peaking", "busiest")
	case onlineAfter(toks, k) || atOnceAfter(toks, k):
		m.class = "concurrent"
	case probe.per == 0 && namedDayBefore(toks, start) != "" && personNoun(head) && !thingNouns[head]:
		// "on draw night 3 million players check their tickets": who comes on the day to size
		// for, each doing what follows once that day.
		m.class, m.day = "dau", namedDayBefore(toks, start)
		if actAt(toks, k, min(k+4, len(toks)), m) {
			m.habit = 86400
		}
	case probe.per == 0 && periodBefore(toks, start) >= 86400 && !countedAct(toks, k) && actAt(toks, k, min(k+4, len(toks)), m):
		// "every Saturday 2,000 members book a court", "every day each of our 2,000 branches
		// uploads its takings": the period said first is how often each of them acts.
		m.habit, m.class = periodBefore(toks, start), "users"
		if thingNouns[head] || !personNoun(head) {
			m.class = "things"
		}
	case probe.per == 86400 && !probe.each || probe.per == 0 && periodBefore(toks, start) == 86400 && !orgNouns[head],
		probe.per == 0 && (namedDay(toks, k) || strings.HasSuffix(word(toks, k), "ing") && namedDay(toks, k+1)):
		// "10M users a day", "every day 500 million people use it", "20 million viewers on
		// election night", "a million people following on race day": everyone counted comes
		// that day.
		m.class = "dau"
	case thingNouns[head] || !personNoun(head):
		m.class = "things" // machines and places, or a noun only its context made an actor
	default:
		m.class = "users"
	}
}

// countsPassing reports a rate right after a count that tallies how many come in a period ("cars
// an hour", "trucks per hour"), not how often each one acts ("every 15 minutes").
func countsPassing(toks []string, k int) bool {
	w := word(toks, k)
	return w == "a" || w == "an" || w == "per" || strings.HasPrefix(w, "/")
}

// onlineAfter reports people said to be online right after their count, ending at toks[k]: "2M
// users online", "50k drivers connected at peak", "viewers watching live". A word that names the
// next thing ("20k members, online catalogue", "walkers with live tracking") says nothing of them.
func onlineAfter(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		w := toks[j]
		if w == "," || w == ";" || w == "with" || w == "and" || w == "for" || w == "of" {
			return false
		}
		if w != "online" && w != "connected" && w != "live" {
			if !onlineBetween[w] {
				return false // "20K residents buy permits online": how they act, not who is on at once
			}
			continue
		}
		next := word(toks, j+1)
		return next == "" || next == "," || next == "." || next == "at" || next == "during" || next == "in" || next == "on" ||
			next == "and" || next == "simultaneously" || next == "concurrently" || next == "together" || timeUnits[next] > 0 ||
			rateAdverbs[next] > 0 || next == "every" || next == "each"
	}
	return false
}

// onlineBetween are the words that may stand between a count and its "online" and still say the
// people are on at once: "2M users currently online", "viewers watching live". Any other word
// is an act the "online" says how it is done.
var onlineBetween = set(`are is were be being who currently simultaneously concurrently all usually typically normally often logged signed stay staying remain sitting watching at once up to peak`)

// personNoun reports a noun that names people: one the word lists know, or a role by its
// ending ("journalist", "tutor", "farmer", "consumer", "pharmacist", "librarian") that is no
// machine or thing ("server", "order", "sensor").
func personNoun(n string) bool {
	if actorNouns[n] || providerNouns[n] {
		return true
	}
	if thingNouns[n] || notPeople[n] || len(n) < 5 || strings.HasSuffix(n, "ment") {
		// A "-ment" is a thing done or measured (a measurement, a shipment), never who does it.
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// notPeople end like roles but are things: an order, a server, a trailer.
var notPeople = set(`order number letter water paper filter cluster folder trailer banner buffer layer header marker counter
container computer router printer charger scooter scanner sticker poster flyer voucher ledger register calendar tracker
parameter monitor sensor meter motor rotor reactor elevator escalator generator collector connector vector indicator
detector processor accelerator simulator calculator adapter adaptor corridor editor cursor anchor floor door mirror error
sector factor actor vendor component agent document event tournament moment segment payment shipment apartment department
restaurant client patient student parent resident` + ` incident comment element environment assignment investment statement
settlement treatment appointment requirement enrollment enrolment amendment attachment ticker timer slider tower river
corner center centre cover chapter character answer power weather winter summer border shower burger trigger hamburger
container lender` + ` semester quarter dinner supper butter sticker locker transfer offer` +
	// Lists end like roles (a specialist, a cyclist): "80,000 checklists a day" are sent, not senders.
	` checklist playlist wishlist waitlist shortlist watchlist blacklist whitelist allowlist blocklist tracklist setlist` +
	// Devices that end like roles: "20,000 loggers upload temperature" are machines reporting.
	` logger datalogger inverter transmitter transponder thermometer compressor heater cooler boiler sprinkler
repeater dispenser reefer` +
	// Messages a business sends: "150 SMS reminders a day" are sends, never who is active.
	` reminder newsletter mailer`)

// passVerbs say a counted machine comes through a place: each time is a visit.
var passVerbs = set(`pass enter arrive leave cross board visit come park unload dock land depart exit use`)

// clauseVerbs open a clause about one thing: "each truck gets …", "each form has …".
var clauseVerbs = set(`is has gets goes needs must takes carries holds`)

// passVerb reports w as one of passVerbs in any of its forms: "pass", "entered", "unloading".
func passVerb(w string) bool {
	for _, suffix := range []string{"", "es", "s", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && passVerbs[stem] {
			return true
		}
	}
	return false
}

// visitNouns are people counted by the year as visits: each one is a journey, a stay or a
// visit, by the name the flow takes.
var visitNouns = map[string]string{"passenger": "passenger journey", "traveller": "trip", "traveler": "trip", "visitor": "visit",
	"guest": "stay", "patient": "patient visit", "attendee": "attendance", "rider": "ride", "spectator": "visit", "tourist": "visit"}

// payNouns follow "hourly" or "weekly" as an adjective, not a rate: "hourly staff", "weekly pay".
var payNouns = set(`staff workers employees wage wages pay paid rate rates contractors shifts`)

// habitAt reads the verb and object between a counted noun ending at toks[k] and the period
// that follows it ("report mileage … daily", "publish daily menus") into m.habit and m.name:
// each of them does that once a period. It reports false when the period follows the noun with
// no verb between ("10M users a day").
func habitAt(toks []string, k, end int, m *mention) bool {
	if !habitPeriod(toks, end) {
		return false // "every second" is a device's interval, read with the things that send
	}
	return actAt(toks, k, end, m)
}

// actAt reads the verb and object after a counted noun ending at toks[k], up to toks[end], into
// m.name and m.verb; false when no act stands there, or only coming ("users visit").
func actAt(toks []string, k, end int, m *mention) bool {
	j := k
	for j < end && (toks[j] == "that" || toks[j] == "who" || toks[j] == "which" || toks[j] == "each" || toks[j] == "all") {
		j++
	}
	if j >= end {
		return false
	}
	verb := verbStem(toks[j])
	if verb == "" && isWord(toks[j]) && len(toks[j]) > 2 && !stopWords[toks[j]] && !strings.HasSuffix(toks[j], "s") && isWord(word(toks, j+1)) {
		verb = toks[j] // "subscribers pick items each month": a verb the lists lack, where a verb stands
	}
	if verb == "" || rateAdverbs[toks[j]] > 0 || comesBy(toks, j) {
		return false // "users visit daily" is who comes on a day
	}
	object := ""
	for i := j + 1; i <= end && object == ""; i++ { // "publish daily menus": the object may follow the period
		if w := word(toks, i); w == "," || w == ";" || w == "and" {
			break // "players join, the host streams video": the next clause's subject is no object
		} else if rateAdverbs[w] == 0 && !stopWords[w] && timeUnits[w] == 0 && calendarPeriods[w] == 0 && !partsOfDay[w] && !seasons[w] && isWord(w) {
			object = singular(w)
			// "book 45-minute lane slots": a noun before a noun names it with it, up to the plural.
			for k := i; word(toks, k) == singular(word(toks, k)) && compoundNoun(word(toks, k+1)); k++ {
				object += " " + singular(word(toks, k+1))
			}
		}
	}
	m.name, m.verb = orWord(flowName(verb, object), verb), verb // "members give weekly": the act is the verb
	return true
}

// countedAct reports the act at toks[k] followed by a count of its own, in the thousands:
// "900 tenants upload 2.4 million files" do so many in all, not once each period said before
// them.
func countedAct(toks []string, k int) bool {
	j := k
	for j < len(toks) && (toks[j] == "that" || toks[j] == "who" || toks[j] == "which" || toks[j] == "each" || toks[j] == "all") {
		j++
	}
	if j+1 >= len(toks) || verbStem(toks[j]) == "" || wordNumbers[toks[j+1]] != 0 || spanAdjective(toks, j+1) {
		return false
	}
	v, _, _, isNum := number(toks, j+1)
	return isNum && v >= 1000 // "experts who answer 5 questions a day" may each; thousands are everyone's
}

// habitAdjectives say how often something is done to or for each of a counted group, said before
// the act: "quarterly VAT filing for …", "an annual review for …".
var habitAdjectives = map[string]float64{"daily": 86400, "nightly": 86400, "weekly": 7 * 86400, "fortnightly": 14 * 86400,
	"monthly": 30 * 86400, "quarterly": 365.0 / 4 * 86400, "termly": 365.0 / 3 * 86400, "yearly": 365 * 86400, "annual": 365 * 86400}

// actFor reads "quarterly VAT filing for 2 million small businesses", "a daily digest for 3M
// subscribers", "weekly safety inspections of 900 lifts": an act done once a period for each of the group counted at toks[start], named
// by the words between the period and "for".
func actFor(toks []string, start int, m *mention) bool {
	j := start - 1
	for j >= 0 && (toks[j] == "our" || toks[j] == "the" || toks[j] == "its" || toks[j] == "their" || toks[j] == "all") {
		j--
	}
	prep := word(toks, j)
	if prep != "for" && ((prep != "of" && prep != "on") || !doneActs[singular(word(toks, j-1))]) {
		return false // "weekly safety inspections of 900 lifts" is done to each; "a share of 900" is not
	}
	var words []string
	for a := j - 1; a >= 0 && a >= j-5; a-- {
		w := toks[a]
		if per := habitAdjectives[w]; per > 0 && len(words) > 0 && word(toks, a+1) != "active" {
			slices.Reverse(words)
			words[len(words)-1] = singular(words[len(words)-1])
			m.habit, m.name = per, strings.Join(words, " ")
			return true
		}
		if !isWord(w) || stopWords[w] || len(words) == 3 {
			return false
		}
		words = append(words, w)
	}
	return false
}

// doneTo reads "paying 80,000 contractors fortnightly", "billing 3 million customers monthly":
// a verb that acts on each of the group counted at toks[start:k], once the period after them.
func doneTo(toks []string, start, k int, head string, m *mention) bool {
	j := start - 1
	for j >= 0 && (toks[j] == "our" || toks[j] == "the" || toks[j] == "its" || toks[j] == "their" || toks[j] == "all") {
		j--
	}
	if j < 0 {
		return false
	}
	verb := verbAt(toks, j)
	if verb == "" || !writeVerbs[verb] || neutralVerbs[verb] || readVerbs[verb] {
		return false
	}
	if sec, _ := periodAt(toks, k); sec == 0 && rateAdverbs[word(toks, k)] == 0 {
		return false // the period must follow the group: "pay 80,000 contractors weekly"
	}
	m.name, m.verb = flowName(verb, head), verb
	return true
}

// subjectCount reports whether the count at toks[start] can be the subject of the verb after
// it: "each of 300 pharmacies places", but not "sensors in each of 40 garages report", whose
// subject is the sensors.
func subjectCount(toks []string, start int) bool {
	if word(toks, start-1) != "of" {
		return true
	}
	switch word(toks, start-3) {
	case "in", "on", "at", "across", "for", "from", "to", "into", "under", "over":
		return false
	}
	return word(toks, start-2) == "each"
}

// verbNext is the verb right after a counted group ending at toks[k], if one stands there: "300
// pharmacies order stock", "40 hospitals request blood units" — a verb the lists know, or a bare
// word followed by its object where a verb stands.
func verbNext(toks []string, k int) string {
	w := word(toks, k)
	if v := verbStem(w); v != "" {
		return v
	}
	if isWord(w) && len(w) > 2 && !stopWords[w] && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ly") && rateAdverbs[w] == 0 &&
		isWord(word(toks, k+1)) && !stopWords[word(toks, k+1)] {
		return w
	}
	return ""
}

// skipRelative steps over the words that open a relative clause after a noun at toks[k]: "holders
// who attend", "stores that upload".
func skipRelative(toks []string, k int) int {
	for k < len(toks) && (toks[k] == "who" || toks[k] == "that" || toks[k] == "which" || toks[k] == "all" || toks[k] == "each") {
		k++
	}
	return min(k, len(toks)-1)
}

// timesIn is how many times in its period a rate between toks[from] and toks[to] says: "twice
// a year", "three times a week" (1 when it says none). "30,000 patients visit twice a year"
// come 60,000 times, not 30,000.
func timesIn(toks []string, from, to int) float64 {
	for j := from; j < to && j < len(toks); j++ {
		if toks[j] == "twice" {
			return 2
		}
		if v, _, _, ok := number(toks, j); ok && v > 1 && word(toks, j+1) == "times" {
			return v
		}
	}
	return 1
}

// comesBy reports a verb at toks[j] that says someone comes rather than what they do: "users
// visit daily", "log in weekly", "use it every day".
func comesBy(toks []string, j int) bool {
	switch toks[j] {
	case "use", "uses", "visit", "visits", "open", "opens", "come", "comes", "attend", "attends":
		return true
	case "log", "logs", "sign", "signs", "check", "checks":
		return word(toks, j+1) == "in" || word(toks, j+1) == "on"
	}
	return false
}

// habitPeriod reports whether the period ending at toks[end] says how often each of a crowd
// acts: "daily", "a week", "each month", "every day", "on Saturdays", "twice a term" — but not
// "every second", a device's interval, nor "in the first hour", a rush.
func habitPeriod(toks []string, end int) bool {
	unit, p := word(toks, end-1), word(toks, end-2)
	switch {
	case rateAdverbs[unit] > 0 || calendarPeriods[unit] > 0 || partsOfDay[unit] && calendarPeriods[p] > 0 || seasons[unit]:
		return true
	case p == "every" || p == "each":
		return timeUnits[unit] >= 86400 || partsOfDay[unit] // "every evening" is once a day
	}
	return p == "a" || p == "an" || p == "per" || p == "each"
}

// compoundNoun reports a word that can go on a noun compound after the first noun: a noun, not a
// verb, a figure, a period or a word that says when ("lane slots", not "balance twice").
func compoundNoun(w string) bool {
	return isWordNoun(w) && !stopWords[w] && verbStem(w) == "" && wordNumbers[w] == 0 && rateAdverbs[w] == 0 && timeUnits[w] == 0 &&
		calendarPeriods[w] == 0 && !partsOfDay[w] && !seasons[w] && !hedgeWords[w] && !strings.HasSuffix(w, "ly")
}

// spanAdjective reports a length of time joined to its unit that qualifies the noun after it:
// "book 45-minute lane slots each week", "run 2-hour shifts daily". It is how long the thing
// lasts, so the rate of the act goes on past it.
func spanAdjective(toks []string, j int) bool {
	n, unit, ok := strings.Cut(word(toks, j), "-")
	return ok && isNumberStart(n) && timeUnits[unit] > 0 && singular(unit) == unit && isWordNoun(word(toks, j+1))
}

// isWord reports a token of letters only.
func isWord(w string) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// eventBefore reports whether the sentence being read has a counted event before toks[start].
func (r *reader) eventBefore(start int) bool {
	for i := len(r.ms) - 1; i >= 0 && r.ms[i].sent == r.sent; i-- {
		if r.ms[i].kind == mEvents && r.ms[i].pos < start {
			return true
		}
	}
	return false
}

// isLimit reports whether the figure at toks[start] is a bound: "up to 256", "max 500",
// "at most 20", "a limit of 100".
func isLimit(toks []string, start int) bool {
	prev, prev2 := word(toks, start-1), word(toks, start-2)
	return prev == "to" && prev2 == "up" || prev == "max" || prev == "maximum" || prev == "upto" ||
		prev == "most" && prev2 == "at" || prev == "of" && (prev2 == "limit" || prev2 == "maximum" || prev2 == "cap")
}

// ceilingAt reports a ceiling said just before toks[start]: "max 1 req/sec", "at most 2 a
// second", "no more than 5". "Up to" is left out: "up to 3K a second at peak" is often the load
// itself.
func ceilingAt(toks []string, start int) bool {
	prev, prev2 := word(toks, start-1), word(toks, start-2)
	if prev == "than" && prev2 == "more" {
		w := word(toks, start-3)
		return w == "no" || w == "not"
	}
	return isLimit(toks, start) && prev != "upto" && !(prev == "to" && prev2 == "up")
}

// capWords name what one is allowed: "a limit of", "its own quota", "capped at".
var capWords = set(`limit limits quota quotas cap caps ceiling allowance capped limited throttled allowed`)

// capOfEach reports a rate said as the cap of each one, ending just before toks[start]: "each
// with its own limit of 5,000 requests per second", "a quota of 1,000 calls a day per key". A
// cap on the whole system ("a global limit of 50K requests a second") is what to size for.
func capOfEach(toks []string, start int, probe *mention) bool {
	if ceilingAt(toks, start) && (probe.each || probe.perNoun != "" || word(toks, probe.end) == "per" && isWordNoun(word(toks, probe.end+1))) {
		// "max 1 req/sec per host", "no more than 5 a second per domain": each one's ceiling.
		return true
	}
	capped := false
	for j := start - 1; j >= 0 && j >= start-4; j-- {
		if w := toks[j]; capWords[w] {
			capped = true
			break
		} else if w == "," || w == ";" || w == "." {
			return false
		}
	}
	if !capped {
		return false
	}
	// "per-key limits like 600 req/min", "quotas such as 50 calls a second": an example of what
	// one is allowed; a system's own load is never given as an example of a limit.
	prev := word(toks, start-1)
	if probe.each || probe.perNoun != "" || prev == "like" || prev == "as" && word(toks, start-2) == "such" {
		return true
	}
	for j := start - 1; j >= 0 && j >= start-8; j-- {
		switch toks[j] {
		case ",", ";", ".":
			return false
		case "each", "every", "own":
			return true
		}
	}
	return false
}

// subjectLike reports whether a word can be the subject a verb follows: a plural ("hosts push")
// or an actor ("DAU send").
func subjectLike(w string) bool { return singular(w) != w || actorNouns[w] }

var nounIng = set(`reading readings listing listings booking bookings recording recordings meeting
meetings posting postings building buildings setting settings rating ratings wedding weddings
filing filings shipping painting paintings drawing drawings string strings thing things offering
offerings saving savings ping pings ring rings king`)

// nounMods keeps the modifiers worth naming a flow by ("page" view, "ad" click), dropping
// quantity words.
func nounMods(mods []string) []string {
	var out []string
	for _, w := range mods {
		if dauMods[w] || mauMods[w] || concurrentMods[w] || w == "new" || w == "unique" || w == "total" ||
			w == "active" || w == "more" || w == "additional" || w == "distinct" || w == "average" {
			continue
		}
		out = append(out, singular(w))
	}
	return out
}

// periodBefore finds a period stated before toks[start] in its sentence with no figure between:
// "every day 500 million people …".
func periodBefore(toks []string, start int) float64 {
	joined := false
	for j := start - 1; j >= 0; j-- {
		if _, _, _, isNum := number(toks, j); isNum && wordNumbers[toks[j]] == 0 {
			return 0
		}
		if f := rateAdverbs[toks[j]]; f > 0 && !strings.HasPrefix(toks[j], "/") {
			return f
		}
		if sec, _ := periodAt(toks, j); sec > 0 && toks[j] != "an" {
			if joined && rateOfCount(toks, j) {
				// "brokers post 300,000 truckloads a day and 150,000 carriers search": the day
				// is the loads' rate, and the carriers' clause says nothing of how often.
				return 0
			}
			return sec // "every day 500M people …", "1,200 flights a day carrying 180,000 passengers", "on Saturdays …"
		}
		if toks[j] == "and" || toks[j] == "while" || toks[j] == "whereas" || toks[j] == "but" {
			joined = true
		}
		if namedDay(toks, j) {
			return 86400 // "on draw night 3 million players …": that day's crowd, nearer than a period said before it
		}
	}
	return 0
}

// rateOfCount reports a period at toks[j] that follows a count closely ("300,000 truckloads a
// day"): it is that count's rate.
func rateOfCount(toks []string, j int) bool {
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if _, _, _, isNum := number(toks, i); isNum && wordNumbers[toks[i]] == 0 {
			return true
		}
	}
	return false
}

// namedDayBefore reports a day named by what happens on it opening the clause of the count at
// toks[start]: "on draw night 3 million players …", "on results day, 400,000 students …".
func namedDayBefore(toks []string, start int) string {
	for j := start - 1; j >= 0 && j >= start-12; j-- {
		if toks[j] == "." || toks[j] == ";" || toks[j] == "," && j < start-1 {
			return "" // the clause ends there
		}
		if _, _, _, isNum := number(toks, j); isNum && wordNumbers[toks[j]] == 0 {
			return "" // another count's words
		}
		if d := dayNamed(toks, j); d != "" {
			return d
		}
	}
	return ""
}

// eachActsAfter reports ", each <verb>" within a few words after a noun phrase ending at toks[k]:
// "300 shows for a public radio network, each publishing 2 episodes a week".
func eachActsAfter(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if _, _, _, isNum := number(toks, j); isNum && wordNumbers[toks[j]] == 0 {
			return false
		}
		if toks[j] == "," && word(toks, j+1) == "each" && verbStem(word(toks, j+2)) != "" {
			return true
		}
	}
	return false
}

// fanOutBefore reports whether a recipient noun stands just before toks[start]: "followers
// average 200".
func fanOutBefore(toks []string, start int) bool {
	for j := max(start-4, 0); j < start; j++ {
		if fanOutNouns[singular(toks[j])] {
			return true
		}
	}
	return false
}

func isTimeWord(toks []string, k int) bool {
	w := toks[k]
	return (w == "a" || w == "an" || w == "per" || w == "each" || w == "every") && timeUnits[word(toks, k+1)] > 0
}

// rate looks for the rate phrase of a count starting at toks[k]: "a day", "per second", "each
// month", "daily", "/s", "every day", "during peak". It sets m.per (seconds), m.peak, m.each
// (per actor) and m.end.
func (r *reader) rate(toks []string, m *mention, k int) {
	m.end = max(m.end, k)
	for j := k; j < len(toks) && j < k+7; j++ {
		w := toks[j]
		if _, _, _, isNum := number(toks, j); isNum && j > k && (wordNumbers[w] == 0 || countedObject(toks, j)) && !spanAdjective(toks, j) || stretchAt(toks, j) {
			break // another figure; or "one checklist over one weekend a year": the stretch is its own figure, a window
		}
		if sec, end := everyFew(toks, j); sec > 0 {
			m.per, m.end = sec, end // "5 billion pages roughly every 2 weeks", "each night"
			break
		}
		if n := word(toks, j+2); (w == "a" || w == "an") && partsOfDay[word(toks, j+1)] && (!isWord(n) || stopWords[n] || verbStem(n) != "") {
			m.per, m.end = 86400, j+2 // "9 million transactions a night", not "a night shift"
			break
		}
		if (w == "," || w == ";") && actorNouns[singular(word(toks, j+1))] && word(toks, j+1) != singular(word(toks, j+1)) {
			break // "in one city: drivers post their daily route": a new clause with its own subject
		}
		if w == "each" || w == "apiece" || w == "per-user" || w == "per" && actorNouns[singular(word(toks, j+1))] ||
			w == "a" && actorNouns[singular(word(toks, j+1))] && !isWordNoun(word(toks, j+2)) { // "3 a user", not "a home game"
			if sec, _ := periodAt(toks, j); !(w == "each" && sec > 0) {
				m.each = true
			}
		}
		if f := rateAdverbs[w]; f > 0 && !payNouns[word(toks, j+1)] && !actorNouns[singular(word(toks, j+1))] {
			m.per, m.end = f, j+1
			break
		}
		if (w == "a" || w == "an" || w == "per" || w == "each" || w == "every") && periodAdjectives[word(toks, j+1)] && timeUnits[word(toks, j+2)] >= 3600 {
			m.per, m.end = timeUnits[word(toks, j+2)], j+3 // "on a typical day"
			break
		}
		if w == "per" && timeUnits[word(toks, j+1)] == 0 && perNounOK(word(toks, j+1)) && m.perNoun == "" {
			m.perNoun = singular(word(toks, j+1)) // "0.3 crash reports per install per day"
		}
		if (w == "a" || w == "an" || w == "per" || w == "each" || w == "every" || w == "/") && timeUnits[word(toks, j+1)] > 0 &&
			word(toks, j+1) != "m" && (word(toks, j+1) != "s" || w == "per") {
			m.per, m.end = timeUnits[word(toks, j+1)], j+2
			break
		}
		if end, ok := oneWeekendAt(toks, j); ok {
			m.per, m.end, m.weekend = r.weekendSpan(), end, true // "2 million taps over the weekend": that weekend's days
			break
		}
		if sec, end := calendarAt(toks, j); sec > 0 {
			m.per, m.end = sec, end // "twice a term", "on Saturdays", "each spring weekend"
			break
		}
		if (w == "first" || w == "last" || w == "final" || w == "opening" || w == "closing") && timeUnits[word(toks, j+1)] >= 1 {
			m.per, m.peak, m.window, m.end = timeUnits[word(toks, j+1)], true, true, j+2 // "in the first minute of the sale"
			break
		}
		if w == "in" && (word(toks, j+1) == "a" || word(toks, j+1) == "one") && timeUnits[word(toks, j+2)] > 0 {
			m.per, m.end = timeUnits[word(toks, j+2)], j+3
			break
		}
		if strings.HasPrefix(w, "/") && timeUnits[w[1:]] > 0 {
			m.per, m.end = timeUnits[w[1:]], j+1
			break
		}
		if w == "." || rateStops[w] {
			break
		}
	}
	rateQualified(toks, m)
}

// rateQualified reads what follows a count's rate: a window it comes in, whether each actor
// keeps it, per what, and whether it is the peak's.
func rateQualified(toks []string, m *mention) {
	if sec := windowIn(toks, m.end); m.per >= 86400 && sec > 0 && !m.window && !m.each {
		// "5 million emails every morning within 10 minutes": the period says how often, the
		// window how fast; the count comes in a rush that recurs.
		m.season, m.per, m.peak, m.window = m.per, sec, true, true
	}
	if m.per > 0 && within(toks, m.end, m.end+2, "each", "apiece", "per-user") && !eachActs(toks, m.end) && !eachDescribes(toks, m.end) {
		// "0.5 posts per day each"; but "14 sailings a day, each carrying …" says what each
		// sailing does, and "…, each event about 400 bytes" what each event is.
		m.each = true
	}
	if unit := unitAfter(toks, m.end); m.per > 0 && unit != "" {
		m.each, m.perNoun = true, unit // "40 orders a minute per store", "8,000 orders a day at each warehouse"
	}
	if m.per > 0 && m.per < 86400 && word(toks, m.end) != "," && !within(toks, m.end, m.end+2, "average", "avg") {
		// A day's or a month's count is an average; ", peak at lunch 4x" is the factor, not this.
		m.peak = m.peak || within(toks, m.end, m.end+4, "peak", "peaks", "spike", "spikes", "burst", "bursts", "campaign", "campaigns", "launch",
			"launches", "sale", "sales", "last", "first", "final", "opening", "open", "close", "bell", "rush", "busiest") &&
			within(toks, m.end, m.end+2, "at", "in", "during", "on", "peak") ||
			busyDayAfter(toks, m.end) || peakOfBoth(toks, m.end)
	}
	if m.per > 0 && m.per < 86400 && busyDayOpens(toks, m.end) {
		// "On Friday nights …, each room gets through 15 songs an hour": a sentence that opens
		// on the busy day gives that day's rates, already the peak, not an average to raise.
		m.peak = true
	}
}

// busyDayOpens reports a busy day named where the clause holding toks[pos] opens, at the start
// of the sentence or after a colon or comma: "On Friday nights about 4,000 guests …", "Jukebox app: on
// Saturday nights each pub plays 20 tracks an hour".
func busyDayOpens(toks []string, pos int) bool {
	for j := pos - 1; j >= 0; j-- {
		if toks[j] == "." || toks[j] == ";" {
			return false
		}
		if toks[j] == "on" && (j == 0 || toks[j-1] == "," || toks[j-1] == ":") {
			return busyDayAfter(toks, j)
		}
	}
	return false
}

// peakOfBoth reads "1M reads/s and 200k writes/s peak": a "peak" closing a pair of rates joined
// by "and" is said of both, so the first is a peak too, not an average to double.
func peakOfBoth(toks []string, k int) bool {
	if word(toks, k) != "and" || !isNumberStart(word(toks, k+1)) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		switch toks[j] {
		case ",", ";", ".", "and":
			return false
		case "peak", "peaks", "max", "maximum":
			w := word(toks, j+1)
			return w == "" || w == "," || w == ";" || w == "."
		}
	}
	return false
}

// busyDayAfter reports an hour's or a minute's count said of a busy day right after it: "6,000
// washes an hour on a sunny Saturday", "300 orders a minute on Black Friday". The rate is that
// day's, the busiest the statement names, not the average of every hour.
func busyDayAfter(toks []string, k int) bool {
	if word(toks, k) != "on" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch w := toks[j]; {
		case busyDays[w]:
			return true
		case w == "a" || w == "an" || w == "the" || w == "our" || w == "busy" || w == "sunny" || w == "typical" || w == "peak" || w == "big":
		default:
			return false
		}
	}
	return false
}

var busyDays = set(`saturday saturdays sunday sundays weekend weekends friday fridays holiday holidays match matchday
race raceday game gameday derby christmas eve`)

// everyFew reads a period said with a count of its unit or as a part of the day, at toks[j]:
// "every 2 weeks", "once every 3 days", "each night", "every evening". A total counted before it
// is done once in each such period: a crawl of 5 billion pages every 2 weeks is 5 billion a
// fortnight.
func everyFew(toks []string, j int) (float64, int) {
	w := word(toks, j)
	if w != "every" && w != "each" && w != "per" || j+1 >= len(toks) {
		return 0, 0
	}
	if partsOfDay[word(toks, j+1)] {
		return 86400, j + 2
	}
	v, unit, next, ok := number(toks, j+1)
	if !ok || unit != "" || v <= 0 {
		return 0, 0
	}
	if sec := timeUnits[word(toks, next)]; sec >= 60 {
		return v * sec, next + 1
	}
	return 0, 0
}

// unitAfter is the unit a rate said before toks[k] is counted for: "per store", "a branch",
// "at each clinic", "for every site" — a place or an actor, one of several counted elsewhere.
func unitAfter(toks []string, k int) string {
	w, n := word(toks, k), word(toks, k+1)
	if (w == "at" || w == "in" || w == "for" || w == "from") && (n == "each" || n == "every") {
		w, n = n, word(toks, k+2)
	}
	if w == "each" && n == "of" {
		// "50 vans a day at each of its 30 garages": the unit counted after.
		j := k + 3
		if d := word(toks, j); d == "the" || d == "its" || d == "our" || d == "their" {
			j++
		}
		if _, _, next, isNum := number(toks, j); isNum {
			n = word(toks, next)
		}
	}
	if w != "per" && w != "a" && w != "an" && w != "each" && w != "every" {
		return ""
	}
	u := singular(n)
	if u != n || !unitWord(u) || isWordNoun(word(toks, k+2)) && (w == "a" || w == "an") {
		return "" // "a store manager" names someone, not the unit; "per stores" is no unit
	}
	return u
}

// unitWord reports a noun one of which a rate can be said for: an actor, an organisation or a
// unit of a chain.
func unitWord(n string) bool { return actorNouns[n] || orgNouns[n] || unitNouns[n] }

// unitNouns are the words for one of a chain's places that name no kind of place: "per
// location", "each outlet".
var unitNouns = set(`location outlet unit premises venue site property`)

var periodAdjectives = set(`typical normal average busy regular given single quiet ordinary usual peak good bad`)

func perNounOK(w string) bool { return w != "" && !stopWords[w] && !strings.HasPrefix(w, "/") }

// rateStops end the search for a figure's period: "20 tickers and want a push within a second"
// is not 20 a second.
var rateStops = set(`within under below than when whenever if while because so where whose which after before until`)

// perActorMarker reports whether the clause before toks[start] says a figure is per actor:
// "users who each …", "each scooter reporting …", "every user sends …".
func (r *reader) perActorMarker(toks []string, start int) bool {
	return perActorWord(toks, start) != ""
}

// perActorWord is the word that makes a figure per actor in the clause before toks[start]:
// "each", "apiece", "every" or "per-user", which divide, or "who" and "they", which only say
// who acts; "" where none does.
func perActorWord(toks []string, start int) string {
	counted := ""
	if _, _, next, ok := number(toks, start); ok {
		counted = singular(word(toks, next))
	}
	if w := word(toks, start-1); w == "," || w == ";" {
		// "12 branches, each branch lends books, 9,000 loans a day": a count that opens its own
		// item of a list is the system's, whatever each one of the item before does.
		return ""
	}
	for j := start - 1; j >= 0 && j >= start-8; j-- {
		w := toks[j]
		if n := word(toks, j+1); (w == "each" || w == "every") && (timeUnits[n] > 0 || partsOfDay[n] || calendarPeriods[n] > 0) {
			// "pass the gates each day, peaking at 450 an hour", "each night about 9 million
			// transactions": a period, not each of them
			continue
		}
		if (w == "each" || w == "every") && counted != "" && singular(word(toks, j+1)) == counted {
			// "400 vehicles board each crossing, 60 crossings a day": the crossings are not
			// counted for each crossing; "each crossing" is what the clause before multiplies.
			return ""
		}
		if w == "each" || w == "who" || w == "apiece" || w == "per-user" || w == "they" || w == "every" && unitWord(singular(word(toks, j+1))) {
			return w // "every gym sees 700 check-ins a day"
		}
		if _, _, _, isNum := number(toks, j); isNum && wordNumbers[w] == 0 {
			if eachOfBefore(toks, j) {
				return "each" // "each of the 12 warehouses ships 8,000 orders a day"
			}
			return ""
		}
	}
	return ""
}

// eachOfBefore reports "each of (the) <count>" ending at toks[j]: the count is who acts, each.
func eachOfBefore(toks []string, j int) bool {
	k := j - 1
	if w := word(toks, k); w == "the" || w == "our" || w == "its" || w == "their" {
		k--
	}
	return word(toks, k) == "of" && (word(toks, k-1) == "each" || word(toks, k-1) == "every" && word(toks, k-2) == "one")
}

// doVerbs say that someone carries out the thing counted: "doing 5 visits a day", "makes 12 house
// calls", "completes 8 inspections".
var doVerbs = []string{"do", "does", "doing", "did", "make", "makes", "making", "made", "complete", "completes", "completing",
	"perform", "performs", "performing", "conduct", "conducts", "conducting", "carry", "carries", "carrying"}

// jobNouns are the read nouns that, done by someone, are a piece of work recorded: a visit or a
// check made. A search or a lookup done is still a read: "the public does 3,000 searches a day".
var jobNouns = set(`visit check call scan`)

// verbBefore finds the verb governing a figure: the nearest known verb in the few words before.
func verbBefore(toks []string, start int) string {
	for j := start - 1; j >= 0 && j >= start-5; j-- {
		if toks[j] == "," {
			break
		}
		if _, _, _, isNum := number(toks, j); isNum && wordNumbers[toks[j]] == 0 {
			break // another figure's words: "500,000 uploads and 1 billion plays"
		}
		if j > 0 && isNumberStart(toks[j-1]) {
			break // "800 stores doing 1,500 transactions": a counted noun, not the verb "store"
		}
		if v := verbAt(toks, j); v != "" {
			return phrasal(toks, j, v)
		}
	}
	return ""
}

// phrasal joins a particle to the verb at toks[j] where the two are one act: "check in" at a
// desk or a gym writes a check-in, while "check" alone reads.
func phrasal(toks []string, j int, verb string) string {
	switch p := word(toks, j+1); {
	case (verb == "check" || verb == "log" || verb == "sign") && (p == "in" || p == "out" || p == "up" || p == "on"):
		return verb + " " + p
	}
	return verb
}

// verbAt returns the verb stem of toks[j] unless a determiner makes it a noun ("a reading").
func verbAt(toks []string, j int) string {
	switch p := word(toks, j-1); {
	case p == "a", p == "an", p == "the", p == "its", p == "their", p == "his", p == "her", p == "our", p == "your", p == "my":
		return ""
	case strings.HasSuffix(p, "'s"), strings.HasSuffix(p, "s'"):
		return "" // "their pet's records": a possessive owns a noun
	}
	if _, particle, ok := strings.Cut(toks[j], "-"); ok && (particle == "in" || particle == "up" || particle == "out" || particle == "off" || particle == "ins" || particle == "ups" || particle == "away") {
		return "" // "ferry check-in", "the sign-up flow", "put-away of cartons": a noun made of a verb
	}
	return verbStem(toks[j])
}

// eachActs reports ", each <verb>" at toks[k]: a clause about each of the figure before, not a
// per-actor marker.
func eachActs(toks []string, k int) bool {
	for j := k; j < k+2 && j < len(toks); j++ {
		if toks[j] == "each" {
			next := word(toks, j+1)
			if next == "one" {
				next = word(toks, j+2) // "each one carrying …"
			}
			if isWordNoun(next) && singular(next) == next && (verbStem(word(toks, j+2)) != "" || clauseVerbs[word(toks, j+2)]) {
				return true // "3,000 trucks pass a day, each truck gets OCR …": a clause about each of them
			}
			// "each carrying …" acts; "each during 8-hour shifts" is a preposition after it.
			return !stopWords[next] && (strings.HasSuffix(next, "ing") || verbStem(next) != "")
		}
	}
	return false
}

// eachDescribes reports an "each" at toks[k] or toks[k+1] that opens a description of each of
// the items just counted, not a rate per actor: "1.2 billion events per month, each event about
// 400 bytes", "each about 2 KB", "each one is 300 bytes". It is the size that makes it one.
func eachDescribes(toks []string, k int) bool {
	for j := k; j < k+2 && j < len(toks); j++ {
		if toks[j] != "each" {
			continue
		}
		j++
		if w := word(toks, j); w == "one" || isWordNoun(w) && !stopWords[w] && !approximators[w] && singular(w) == w {
			j++ // "each event …", "each one …"
		}
		switch word(toks, j) {
		case "with", "having", "carrying", "containing", "holding", "including":
			return true // "300 applications a week, each with 40 plan PDFs": what each item holds
		case "is", "weighs", "averages", "averaging", "~", "of":
			j++
		}
		for approximators[word(toks, j)] {
			j++
		}
		if j >= len(toks) {
			return false
		}
		if _, _, _, isNum := number(toks, j); !isNum || wordNumbers[toks[j]] != 0 {
			return false
		}
		_, unit, next, _ := number(toks, j)
		return sizeUnits[unit] > 0 || sizeUnits[word(toks, next)] > 0
	}
	return false
}

// orgBefore reports an organisation as the subject of the verb just before toks[start]: "a city
// permitting office gets about 300 applications".
func orgBefore(toks []string, start int) bool {
	for j := start - 1; j >= 0 && j >= start-4; j-- {
		if orgNouns[singular(toks[j])] {
			return true
		}
	}
	return false
}

// kindOf decides whether counted events read or write: an ingesting verb writes whatever it
// counts, a serving verb reads, else the noun decides, else the verb, else it is a write.
func (r *reader) kindOf(toks []string, m *mention, start int) {
	m.verb = verbBefore(toks, start)
	first, _, _ := strings.Cut(m.name, " ")
	switch {
	case sendVerbs[m.verb] && thingBefore(toks, start):
		m.flow = conversation.FlowWrite // "900 turbines each stream 200 readings a second": sent in, not watched
	case (m.verb == "get" || m.verb == "gets" || m.verb == "got") && (backAfter(toks, start) || orgBefore(toks, start) || within(toks, start+1, start+3, "new", "incoming", "fresh")):
		// "we get 6,000 parcels back a week", "the office gets 300 applications", "the site gets
		// 5k new recipes a day": sent in, not looked at
		m.flow = conversation.FlowWrite
	case first == "get" || first == "head":
		m.flow = conversation.FlowRead // "500k GET requests"
	case httpMethods[first]:
		m.flow = conversation.FlowWrite // "100k PUT requests"
	case ingestVerbs[m.verb]:
		m.flow = conversation.FlowWrite
	case (m.noun == "read" || m.noun == "scan") && slices.ContainsFunc(strings.Fields(m.name), func(w string) bool { return readDevices[singular(w)] }):
		// "450k chip reads", "meter reads", "RFID tag scans": what a machine takes and sends in,
		// not a person reading.
		m.flow = conversation.FlowWrite
	case tallyNouns[m.noun] && !readVerbs[m.verb]:
		m.flow = conversation.FlowWrite // "80,000 scans on derby day": each one recorded at the gate
	case m.noun == "request" && asksToAct(toks, m, start):
		m.flow = conversation.FlowWrite // "2,500 ride requests a minute": asking for a ride books one
	case readVerbs[m.verb] && readDevices[m.noun]:
		m.flow = conversation.FlowWrite // "scans 900 boarding passes": each scan records a boarding
	case m.verb == "scan" && scannedPapers[m.noun]:
		m.flow = conversation.FlowWrite // "volunteers scan 3,000 pages a week": each scan is an image kept
	case placed(m) || examined(m):
		m.flow = conversation.FlowWrite // "1,400 emergency calls", "daily health checks for 12,000 mice"
	case jobNouns[m.noun] && within(toks, start-3, start, doVerbs...):
		m.flow = conversation.FlowWrite // "85 tuners, each doing about 5 visits a day": a visit made is a job done and recorded, not a page read
	case readVerbs[m.verb] && shippedGoods[m.noun]:
		m.flow = conversation.FlowWrite // "50,000 customers get a weekly box": a delivery, an order written
	case readNouns[m.noun] && creatingVerbs[m.verb]:
		m.flow = conversation.FlowWrite // "shippers post 15,000 loads a day": what is posted is made, whatever its name
	case readNouns[m.noun]:
		m.flow = conversation.FlowRead
	case writeNouns[m.noun]:
		m.flow = conversation.FlowWrite
	case readVerbs[m.verb]:
		m.flow = conversation.FlowRead
	default:
		m.flow = conversation.FlowWrite
	}
}

// asksToAct reports a counted request that asks for something to be done, named before it or
// after it: "ride requests", "booking requests", "requests to book a court", "requests for a
// pickup". Each one creates what it asks for, so it writes; "API requests" and "search
// requests" say only how the traffic arrives.
func asksToAct(toks []string, m *mention, start int) bool {
	mods := strings.Fields(m.name)
	for _, w := range mods[:len(mods)-1] {
		if w = singular(w); writeNouns[w] || askedActs[w] {
			return true
		}
	}
	for j := start + 1; j < len(toks) && j <= start+len(mods)+1; j++ {
		if singular(toks[j]) != "request" {
			continue
		}
		switch n, o := word(toks, j+1), word(toks, j+2); {
		case n == "to":
			return writeVerbs[o] || verbStem(o) != "" && writeVerbs[verbStem(o)]
		case n == "for":
			if o == "a" || o == "an" || o == "the" {
				o = word(toks, j+3)
			}
			return writeNouns[singular(o)] || askedActs[singular(o)]
		}
	}
	return false
}

// askedActs are what a request asks to be done, where the noun alone is no write: a ride
// requested is a trip created, a refund requested a case opened.
var askedActs = set(`ride trip pickup pick-up drop-off delivery leave refund return repair callback withdrawal
appointment cancellation change access tow lift courier job service maintenance`)

// backAfter reports "back" just after the figure at toks[start] and its noun ("6,000 parcels
// back"): what someone gets back is sent to them, not read by them.
func backAfter(toks []string, start int) bool {
	for j := start + 1; j < len(toks) && j <= start+3; j++ {
		if toks[j] == "back" {
			return true
		}
	}
	return false
}

// thingBefore reports a machine or place named just before the figure at toks[start], the
// subject that sends it.
func thingBefore(toks []string, start int) bool {
	for j := start - 1; j >= 0 && j >= start-6; j-- {
		if thingNouns[singular(toks[j])] && singular(toks[j]) != toks[j] {
			return true
		}
	}
	return false
}

// httpMethods name requests by what they do: a GET reads, a PUT or a POST writes.
var httpMethods = set(`get head put post patch delete`)

// neutralVerbs say that events arrive, not what they are: a flow is named by its noun alone.
var neutralVerbs = set(`process handle serve receive accept take make answer generate get see produce use happen occur arrive come`)

// flowName names a flow by its verb and noun ("save recipe", "browse recipe page"), or by its
// noun when the verb says nothing ("handles 200K refunds" → "refund").
func flowName(verb, name string) string {
	if first, _, _ := strings.Cut(name, " "); httpMethods[first] {
		return name // "500k GET requests": the method is the verb
	}
	if v, particle, ok := strings.Cut(verb, " "); ok {
		// "check in to a desk" is a desk check-in; "members check in" a check-in.
		act := v + "-" + particle
		switch {
		case name == "" || name == verb || name == act:
			return act
		case strings.HasSuffix(name, " "+act):
			return name
		}
		return name + " " + act
	}
	if verb == "" || neutralVerbs[verb] || name == "" || strings.HasPrefix(name, verb+" ") || verbStem(name) == verb {
		return name
	}
	return verb + " " + name
}

// eventNoun names events given by a rate unit ("50K TPS of order updates", "1M QPS").
func (r *reader) eventNoun(toks []string, m *mention, start, k int) {
	if word(toks, k) == "of" {
		var words []string
		for j := k + 1; j < len(toks) && j < k+5 && !stopWords[toks[j]] && toks[j] != ","; j++ {
			words = append(words, toks[j])
		}
		if len(words) > 0 {
			m.noun = singular(words[len(words)-1])
			m.name = strings.Join(append(nounMods(words[:len(words)-1]), m.noun), " ")
			m.end = k + 1 + len(words)
		}
	}
	if m.noun == "" {
		if words := arrivingBefore(toks, start); len(words) > 0 {
			m.noun = singular(words[len(words)-1])
			m.name = strings.Join(append(nounMods(words[:len(words)-1]), m.noun), " ")
		}
	}
	if m.noun == "" {
		if words := totalledBefore(toks, start); len(words) > 0 {
			m.noun = singular(words[len(words)-1]) // "online pass sales total about 5,000 a day"
			m.name = strings.Join(append(nounMods(words[:len(words)-1]), m.noun), " ")
		}
	}
	if m.noun == "" {
		m.noun = "request"
	}
	if m.name == "" {
		m.name = m.noun
	}
	m.peak = m.peak || within(toks, start-3, start, "peak", "peaks", "peaking", "burst", "bursts", "spike", "spikes", "spiking", "surge", "surges", "surging") ||
		within(toks, m.end, m.end+3, "peak") && within(toks, m.end, m.end+2, "at", "in", "during")
	r.kindOf(toks, m, start)
}

// arrivingBefore reads the events a rate counts from the clause before it when they are said to
// arrive at it: "OTA updates arrive at about 200 per second", "channel messages come in at 150 a
// second", "bookings flow in at a rate of 40/s". It returns the noun phrase, or nil.
func arrivingBefore(toks []string, start int) []string {
	j := start - 1
	for j >= 0 && (hedgeWords[toks[j]] || toks[j] == "about" || toks[j] == "around" || toks[j] == "some" || toks[j] == "~") {
		j--
	}
	if word(toks, j) == "of" && word(toks, j-1) == "rate" {
		j -= 2
		if word(toks, j) == "a" {
			j--
		}
	}
	if word(toks, j) != "at" {
		return nil
	}
	j--
	if p := word(toks, j); p == "in" || p == "through" {
		j--
	}
	if !arrivalVerbs[word(toks, j)] {
		return nil
	}
	end := j
	for j > 0 && end-j < 3 {
		w := toks[j-1]
		if stopWords[w] || hedgeWords[w] || w == "," || isVerb(w) && !writeNouns[singular(w)] && !readNouns[singular(w)] {
			break
		}
		if _, _, _, isNum := number(toks, j-1); isNum {
			break
		}
		j--
	}
	return toks[j:end]
}

// arrivalVerbs say that events reach the system at a rate, without saying what they do.
var arrivalVerbs = set(`arrive arrives arriving come comes coming flow flows flowing stream streams streaming pour pours land lands`)

// nounNear names what a size is about: the closest noun around it, looking first after it ("2 MB
// photos", where a verb-like word is still a noun) and then before it.
func nounNear(toks []string, start, end int) string {
	// "files up to 20 GB that expire": what follows "that" is not the thing sized, nor what
	// follows "and" or "but" ("each episode is about 60 MB and creators upload …").
	clause := false
	for d := 0; d <= 3; d++ {
		for i, k := range []int{end + d, start - 1 - d} {
			w := word(toks, k)
			if i == 0 && (clause || w == "that" || w == "which" || w == "who" || w == "and" || w == "but" || w == "while" || w == ";" ||
				w == "," && d == 0 && word(toks, start-1) != "" && !stopWords[word(toks, start-1)] && word(toks, start-1) != ",") {
				// "average file 350 KB, with 80% arriving …": a comma after the size, a word before
				// it, ends what the size is of.
				clause = true
				continue
			}
			if w == "" || stopWords[w] || w == "," || sizeFillers[w] || magnitudes[w] > 0 {
				continue
			}
			if _, _, _, isNum := number(toks, k); isNum {
				continue
			}
			if p := word(toks, k-1); i == 1 && verbStem(w) != "" && !readNouns[singular(w)] && !sizeFillers[p] && !determiners[p] {
				continue // "average file 350 KB", "each file 350 KB": a noun after its adjective
			}
			return singular(w)
		}
	}
	return ""
}

// determiners before a word make it a noun: "each file", "the file".
var determiners = set(`a an the each every per one its their our your`)

var sizeFillers = set(`max maximum average avg averaging weighing new each total size sized large big small mean typical roughly about around approx approximately
kept stored retained saved forever`)

func (r *reader) note(format string, a ...any) {
	r.out.Notes = append(r.out.Notes, fmt.Sprintf(format, a...))
}
