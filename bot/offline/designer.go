package offline

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Designer is the offline bot.Designer: it designs from its knowledge base, instantly and
// deterministically, without a model.
type Designer struct {
	k    *Knowledge // a team's additions; nil designs from the embedded knowledge alone
	memo *factsMemo // nil (a Designer not made by New) looks everything up afresh
}

var _ bot.Designer = (*Designer)(nil)

// Options configure the offline designer; the zero value designs from the embedded knowledge.
type Options struct {
	// Knowledge is what a team added (LoadKnowledge): detection entries and a house stack.
	Knowledge *Knowledge
}

// New returns the offline designer.
func New(opts ...Options) *Designer {
	d := &Designer{memo: newFactsMemo()}
	for _, o := range opts {
		if o.Knowledge != nil {
			d.k = o.Knowledge
		}
	}
	return d
}

// detect is the package's detect over the team's entries too.
func (d *Designer) detect(statement string) ([]string, map[string]string) {
	return d.k.detect(statement)
}

// stack is the team's house stack, or nil.
func (d *Designer) stack() *houseStack { return d.k.houseStack() }

// Name identifies the designer.
func (d *Designer) Name() string { return "offline" }

// Requirements reads the statement's features and figures into a requirement set.
func (d *Designer) Requirements(ctx context.Context, problem string) (string, conversation.RequirementSet, error) {
	if err := ctx.Err(); err != nil {
		return "", conversation.RequirementSet{}, err
	}
	problem = strings.TrimSpace(problem)
	if problem == "" {
		return "", conversation.RequirementSet{}, fmt.Errorf("read requirements: empty problem statement")
	}
	ids, why := d.detect(problem)
	req := conversation.RequirementSet{Features: ids}
	fs := resolve(featuresOf(req), problem)
	p := primary(fs)
	load := *features["generic"].Load
	if p.Load != nil {
		load = *p.Load
	}
	// A feed of photos or videos stores and serves media even though the feed leads the design:
	// take the media figures from whichever capability carries them.
	// A narrower archetype that names the broader one in replaces speaks for its figures: sessions
	// held online keep none of the visit photos the in-person marketplace sizes.
	for _, f := range fs {
		if f.Load != nil && f.Load.MediaBytes > 0 && load.MediaBytes == 0 && !slices.Contains(p.Replaces, f.ID) {
			load.MediaBytes = f.Load.MediaBytes
			load.ResponseBytes = max(load.ResponseBytes, f.Load.ResponseBytes)
			// "Design Instagram": the feed's post carries the photo though no word says so.
			load.BlobWrites = load.BlobWrites || isMedia(f.Load.Write)
		}
	}
	var reading workload.Reading
	req.Workload, reading = workloadFrom(problem, load)
	landWrites(&req.Workload, p, load)
	if slices.ContainsFunc(fs, func(f *feature) bool { return f.ID == "tracking" }) {
		trackSessions(&req.Workload, reading)
	}
	limits, named, perish, tender, field, wms := fillLimits(reading, problem), fillNouns(problem), fillPerish(problem), fillTender(problem), fillField(problem), fillWMS(problem)
	buildCache := fillBuildCache(problem)
	nouns := func(lines []string) []string { return buildCache(wms(field(tender(perish(named(lines)))))) }
	for _, f := range fs {
		req.Functional = appendNew(req.Functional, nouns(limits(said(f.Functional, problem)))...)
		req.OutOfScope = appendNew(req.OutOfScope, nouns(said(f.OutOfScope, problem))...)
		req.UseCases = appendNew(req.UseCases, nouns(fillPublishTime(said(f.UseCases, problem), problem))...)
		for _, e := range f.Entities {
			req.Entities = appendNew(req.Entities, e.Name)
		}
	}
	// What one capability puts out of scope another may bring in ("Product catalogue and search"
	// beside a food delivery design's restaurant search): an item a detected capability names is
	// not out of scope.
	var brought []string
	for _, f := range fs {
		brought = append(brought, f.Name)
	}
	req.OutOfScope = notAskedFor(req.OutOfScope, problem+". "+strings.Join(brought, ". "))
	if len(req.Functional) <= 1 {
		req.Functional = appendNew(req.Functional, composed(problem).Functional...)
	}
	req.NonFunctional = nonFunctional(reading, req, fs, problem)
	_ = why
	return title(problem, p), req, nil
}

// notAskedFor drops what an archetype puts out of scope when the statement asks for it: a ticket
// resale marketplace cannot leave "ticket transfer/resale" out.
func notAskedFor(items []string, problem string) []string {
	var asked []string
	for _, w := range wordsOf(problem) {
		if len(w) >= 3 && !readStop[w] {
			asked = append(asked, stem5(root(w)))
		}
	}
	// "rate each session" asks for "ratings": one stem begins the other.
	isAsked := func(w string) bool {
		s := stem5(root(w))
		return slices.ContainsFunc(asked, func(a string) bool {
			return min(len(a), len(s)) >= 3 && (strings.HasPrefix(a, s) || strings.HasPrefix(s, a))
		})
	}
	// An item goes when the statement names it: its one content word, or two of them ("ticket
	// transfer/resale"); one shared word of several ("investment advice" beside "investors") is
	// not enough.
	return slices.DeleteFunc(slices.Clone(items), func(item string) bool {
		content, named := 0, 0
		for _, w := range wordsOf(item) {
			if len(w) < 5 || scopeFiller[w] {
				continue
			}
			content++
			if isAsked(w) {
				named++
			}
		}
		// "Reviews and ratings" lists alternatives, as "Huddles (voice/video)" does: naming one
		// asks for the item.
		if strings.Contains(item, " and ") || strings.Contains(item, " or ") || strings.Contains(item, "/") {
			return named > 0
		}
		return named > 0 && named >= min(2, content)
	})
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

func stem5(w string) string { return w[:min(5, len(w))] }

// root cuts a word harder than stem, to what a verb and its nouns share: "rate", "rating" and
// "ratings" → "rat".
func root(w string) string {
	w = singularNoun(w)
	for _, suf := range []string{"ing", "ion", "ed", "er", "e"} {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// scopeFiller are words of out-of-scope items that say how much, not what.
var scopeFiller = set("details", "internals", "content", "system", "systems", "users", "based", "support", "management", "models", "model", "advanced", "other", "third", "party", "pipeline", "integration", "integrations", "features", "beyond", "basic", "service", "services", "platform", "engine", "ranking", "public")

// nonFunctional lists the quality targets: stated latencies first, then the features' targets.
func nonFunctional(rd workload.Reading, req conversation.RequirementSet, fs []*feature, problem string) []string {
	var out []string
	statedMS := false
	alarm, alarmSaid := alarmOf(problem)
	for _, sec := range rd.Latencies {
		statedMS = statedMS || sec < 1
		if alarmSaid && sec == alarm.seconds && slices.ContainsFunc(fs, func(f *feature) bool { return slices.ContainsFunc(f.NonFunctional, alertLatencyLine) }) {
			continue // said once, as the alert latency, below
		}
		if sec < 1 {
			// The percentile said with it stays; a target said without one is read as p99.
			out = append(out, fmt.Sprintf("Latency: within %s ms as stated (%s)", conversation.Human(sec*1000), cmp.Or(rd.Percentiles[sec], "p99")))
		} else if !statedAlready(fs, duration(sec)) && !spanSaid(req.Functional, sec) {
			// A stated time of minutes or hours bounds whatever the statement hangs it on: data
			// reaching a screen, an alert, or staff picking an order ("within 2 hours"), so it is
			// named as a limit, not as the freshness of data.
			out = append(out, fmt.Sprintf("Time limit: within %s as stated", duration(sec)))
		}
	}
	capa := conversation.Estimate(req.Workload)
	out = append(out, loadLines(capa)...)
	own := slices.ContainsFunc(fs, func(f *feature) bool { return f.OwnTargets })
	secs, secsSaid := statedSeconds(rd.Latencies)
	for _, f := range fs {
		if own && f.ID == "core" {
			continue // a web service's availability and durability targets
		}
		// A quality line may hold only where the statement says what it is about, as a
		// requirement line may (said.go).
		for _, n := range said(f.NonFunctional, problem) {
			if f.ID == "core" && ownTopic(fs, n) {
				continue // the archetype states this quality for its own domain
			}
			if statedMS && latencyTargetRe.MatchString(n) {
				continue // "feed must load in under 300ms": the stated target, not the archetype's 200 ms
			}
			if capa.Small() && strings.HasPrefix(n, "Availability: 99.99%") {
				// A handful of people can wait out a failover; four nines would cost a second region.
				n = "Availability: 99.9% (≈ 9 h of downtime a year): a standby promoted in minutes is enough at this size"
			} else if capa.Small() {
				// "Booking path 99.99% available" beside a managed standby whose failover takes
				// minutes of an 8.8-hour budget: at this size the target is three nines too.
				n = strings.ReplaceAll(n, "99.99%", "99.9%")
			}
			if alarmSaid && alertLatencyLine(n) {
				n = alarmLine(alarm) // the stated deadline and recipient replace the pattern's
			}
			if secsSaid {
				if r := restateSeconds(n, secs); r != n {
					n = r
					out = slices.DeleteFunc(out, func(l string) bool { return l == "Time limit: within "+duration(secs)+" as stated" })
				}
			}
			if tiers := rd.DataTiers(); len(tiers) > 0 {
				n = keptForRe.ReplaceAllString(n, "kept as stated ("+tiersSaid(tiers)+")") // "history kept for two years"
			}
			out = appendNew(out, strings.ReplaceAll(n, "{read_write_ratio}", conversation.Human(readWrite(capa))))
		}
	}
	return out
}

// statedSeconds is the one end-to-end time of seconds the statement sets ("fans should see a
// goal within 2 seconds"), if it sets exactly one. A pattern's own target of seconds for how fast
// things reach people ("on fans' scorecards within 5 s") is about the same path, so the stated
// time replaces it rather than standing beside it as a second, contradicting target. Targets of
// milliseconds, minutes or more are about other things (a query, a batch) and stay.
func statedSeconds(latencies []float64) (float64, bool) {
	var secs []float64
	for _, sec := range latencies {
		if sec >= 1 && sec <= 60 {
			secs = append(secs, sec)
		}
	}
	if len(secs) != 1 {
		return 0, false
	}
	return secs[0], true
}

// restateSeconds puts the stated time of seconds in place of a pattern's other targets of
// seconds in line n.
func restateSeconds(n string, secs float64) string {
	return withinSecondsRe.ReplaceAllStringFunc(n, func(m string) string {
		if withinSecondsRe.FindStringSubmatch(m)[1] == conversation.Human(secs) {
			return m // the pattern's target is the stated one
		}
		return "within " + duration(secs) + " (as stated)"
	})
}

// withinSecondsRe is a pattern's target of seconds: "within 5 s", "within 10-15 s", "within 10
// seconds".
var withinSecondsRe = regexp.MustCompile(`\bwithin ((?:[1-9]|[1-5][0-9]|60)(?:[-–](?:[1-9]|[1-5][0-9]|60))?) ?(?:s|seconds?)\b`)

// alertLatencyLine reports a pattern's line on how fast alerts fire.
func alertLatencyLine(n string) bool { return strings.HasPrefix(n, "Alert latency:") }

// statedAlready reports whether a feature's own requirement already holds the stated time ("Time
// to send: … within 30 s"), which then needs no line of its own.
func statedAlready(fs []*feature, d string) bool {
	return slices.ContainsFunc(fs, func(f *feature) bool {
		return slices.ContainsFunc(f.NonFunctional, func(n string) bool { return strings.Contains(n, "within "+d+" ") })
	})
}

// spanSaid reports whether a requirement already says what a stated span limits ("found items
// are held to be claimed for 90 days, then disposed"), so a bare "Time limit" would say it twice
// and say less.
func spanSaid(lines []string, sec float64) bool {
	for _, l := range lines {
		for _, m := range spanRe.FindAllString(l, -1) {
			if spanSeconds(normSpan(m)) == sec {
				return true
			}
		}
	}
	return false
}

var spanRe = regexp.MustCompile(`(?i)\b` + spanPattern)

// spanSeconds is a span as normSpan writes it ("90 days", "48 hours") in seconds; 0 when it is
// not one.
func spanSeconds(span string) float64 {
	f := strings.Fields(span)
	if len(f) != 2 {
		return 0
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(f[0], ",", ""), 64)
	if err != nil {
		return 0
	}
	unit := map[string]float64{"minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400, "night": 86400, "week": 7 * 86400,
		"fortnight": 14 * 86400, "month": 30 * 86400, "year": 365 * 86400}[strings.TrimSuffix(f[1], "s")]
	return n * unit
}

// latencyTargetRe is a requirement that sets a latency in milliseconds ("Feed read latency < 200
// ms p99").
var latencyTargetRe = regexp.MustCompile(`(?i)\blatency\b[^.;:]*<\s*[\d.,]+\s*ms\b`)

// ownTopic reports whether a feature other than core states the quality a core requirement
// sets ("Durability: …"): an archetype whose beacons are fire-and-forget or whose files sit in
// object storage says what durability means for it, and the web service's line would contradict it.
func ownTopic(fs []*feature, n string) bool {
	topic, _, ok := strings.Cut(n, ":")
	if !ok {
		return false
	}
	return slices.ContainsFunc(fs, func(f *feature) bool {
		return f.ID != "core" && statesTopic(f.NonFunctional, topic)
	})
}

// statesTopic reports whether one of lines sets a target for topic: "Durability: …", or
// availability in its own words ("Booking path 99.99% available").
func statesTopic(lines []string, topic string) bool {
	return slices.ContainsFunc(lines, func(x string) bool {
		return strings.HasPrefix(x, topic+":") || topic == "Availability" && availabilityRe.MatchString(x)
	})
}

var availabilityRe = regexp.MustCompile(`\b99\.\d+\s?%`)

// loadLines are the non-functional requirements that quote the capacity model; a rescale
// rewrites exactly these (they start with "Throughput:", "Storage:", "Streaming:" or "Fan-out:").
func loadLines(c conversation.Capacity) []string {
	PS := conversation.PerSecond
	// Named by the flows they count ("booking writes"), the rates say whose they are.
	writes := strings.TrimSpace(c.FlowNames(conversation.FlowWrite) + " writes")
	reads := strings.TrimSpace(c.FlowNames(conversation.FlowRead) + " reads")
	rates := fmt.Sprintf("%s %s and %s %s at peak (%s and %s on average)", PS(c.PeakWriteQPS), writes, PS(c.PeakReadQPS), reads, PS(c.WriteQPS), PS(c.ReadQPS))
	switch {
	case c.WriteQPS == 0 && c.ReadQPS > 0:
		rates = fmt.Sprintf("%s %s at peak (%s on average)", PS(c.PeakReadQPS), reads, PS(c.ReadQPS))
	case c.ReadQPS == 0 && c.WriteQPS > 0:
		rates = fmt.Sprintf("%s %s at peak (%s on average)", PS(c.PeakWriteQPS), writes, PS(c.WriteQPS))
	}
	out := []string{"Throughput: sustain " + rates}
	if c.ConcurrentStreams > 0 {
		out = append(out, fmt.Sprintf("Streaming: %s concurrent streams, %s/s of egress, served from the edge", conversation.Human(c.ConcurrentStreams), conversation.Bytes(c.EgressBytesPerSec)))
	}
	if c.DeliveriesPerSec > 0 {
		out = append(out, fmt.Sprintf("Fan-out: %s deliveries/s on average", conversation.Human(c.DeliveriesPerSec)))
	}
	if c.StorageBytesPerMonth == 0 && c.StorageBytesKept == 0 {
		return out // state updated in place: "0 B a month" is no requirement
	}
	of := ""
	if names := c.StoredNames(); names != "" {
		of = " of " + names + " data"
	}
	return append(out, fmt.Sprintf("Storage: about %s a month%s, %s kept over the retention (replicated)", conversation.Bytes(c.StorageBytesPerMonth), of, conversation.Bytes(c.StorageBytesKept)))
}

// isLoadLine reports whether a requirement quotes the capacity model (see loadLines).
func isLoadLine(s string) bool {
	for _, p := range []string{"Throughput:", "Storage:", "Streaming:", "Fan-out:"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func readWrite(c conversation.Capacity) float64 {
	if c.WriteQPS == 0 {
		return 0
	}
	r := c.ReadQPS / c.WriteQPS
	if r >= 10 {
		return float64(int(r))
	}
	return float64(int(r*10)) / 10
}

// duration says a span in its largest unit: "2 days", "12 h", "1.5 min". Only days are a word
// and take a plural: "within 1 day", never "within 1 days".
func duration(sec float64) string {
	n, unit := inLargestUnit(sec)
	h := conversation.Human(n)
	if unit == 3 && h == "1" {
		return "1 day"
	}
	return h + [...]string{" s", " min", " h", " days"}[unit]
}

// inLargestUnit says sec in the largest of seconds, minutes, hours and days that it reaches,
// and which (0 to 3).
func inLargestUnit(sec float64) (float64, int) {
	switch {
	case sec >= 86400:
		return sec / 86400, 3
	case sec >= 3600:
		return sec / 3600, 2
	case sec >= 60:
		return sec / 60, 1
	}
	return sec, 0
}

var (
	// An owner before the name sets the scene: "a hospital pharmacy's robot dispensing system"
	// is a robot dispensing system.
	casualNameRe = regexp.MustCompile(`(?i)\b(?:a|an|our|the|my)\s+(?:(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:['’]s|s['’])\s+)?((?:[a-z][\w-]*\s+){0,3}?)(wiki|app|tool|system|service|platform|site|thing|bot|api|dashboard|portal|tracker|backend|marketplace)\b`)
	nextWordRe   = regexp.MustCompile(`^\s+([A-Za-z][\w-]*)`)
	designRe     = regexp.MustCompile(`(?i)^\s*(?:please\s+)?(?:can you\s+|how would you\s+|let'?s\s+|help me\s+|(?:we|i)\s+(?:need|want)\s+to\s+)?(?:design|build|architect|create|sketch)\s+(?:me\s+)?(?:(?:an|a|the)\s+)?`)
	cutRe        = regexp.MustCompile(`(?i)[:;,(?]|\.(?:\s|$)|\s(?:for|with|that|which|where|who|handling|supporting|serving|processing|collecting|ingesting|fetching|storing|to|so|in)\s`)
	// forWhatRe finds what a system of no name is for: "a small app for a network of 40 community
	// fridges" is for community fridges.
	// possessedRe reads what follows a possessive: "'s tree survey where …" → "tree survey where".
	// A count between the owner and its things ("a city's 2,000 public chargers") is how many,
	// not part of the name.
	possessedRe = regexp.MustCompile(`(?i)^['’]s\s+(?:[\d,.]+k?\s+)?((?:[a-z][\w-]*\s*){1,3})`)
	forWhatRe   = regexp.MustCompile(`(?i)^\s+for\s+(?:(?:a|an|the|our|my)\s+)?(?:(?:network|chain|group|set|couple|handful)\s+of\s+)?(?:[\d,.]+k?\s+)?((?:[a-z][\w-]*\s*){1,3})`)
)

// sizeWords say how big a system is, not what it is ("a small app").
var sizeWords = map[string]bool{"small": true, "simple": true, "little": true, "basic": true, "quick": true, "tiny": true, "new": true,
	// nor how it is reached ("an online system for booking slots")
	"online": true, "digital": true, "web-based": true, "cloud-based": true, "internet": true}

// namePrepositions end the words a name is taken from: "booking slots at its sites".
var namePrepositions = map[string]bool{"at": true, "in": true, "on": true, "from": true, "with": true, "by": true, "across": true, "around": true, "to": true}

// openingWords start a sentence that is not a name ("need a small app", "users post recipes").
var openingWords = map[string]bool{"we": true, "i": true, "need": true, "how": true, "what": true, "can": true,
	"could": true, "please": true, "our": true, "my": true, "there": true, "it": true, "this": true, "hey": true, "hi": true}

// title names the system from the statement's own words ("WhatsApp-like messaging app"), else
// from its archetype.
func title(problem string, p *feature) string {
	if t := leadingName(problem); t != "" {
		return t
	}
	// A chat-style ask names its system in passing ("something for our internal wiki", "a code
	// review thing like gerrit"); failing that, the system is named after what it keeps.
	aside := passingBytes(problem)
	for _, loc := range casualNameRe.FindAllStringSubmatchIndex(problem, -1) {
		m := problem[loc[2]:loc[3]]
		if !nameWords(m) {
			continue // "a day from an app" names nothing
		}
		if slices.ContainsFunc(aside, func(b [2]int) bool { return b[0] <= loc[2] && loc[5] <= b[1] }) {
			continue // "open their locker with the gym app" names how members reach it
		}
		kind := strings.ToLower(problem[loc[4]:loc[5]])
		if next := nextWordRe.FindStringSubmatch(problem[loc[5]:]); next != nil && orgWords[singularNoun(strings.ToLower(next[1]))] {
			kind += " " + strings.ToLower(next[1]) // "a community tool library" is a library, of tools
		}
		words := slices.DeleteFunc(strings.Fields(strings.ToLower(m)), func(w string) bool { return sizeWords[w] })
		if len(words) == 0 {
			// "a small app for a network of 40 community fridges" is a community fridges app.
			rest := problem[loc[1]:]
			f := forWhatRe.FindStringSubmatchIndex(rest)
			if f == nil {
				continue
			}
			if after := rest[f[1]:]; strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
				// "a tool for a city's tree survey" is a tree survey tool: the city sets the scene.
				if g := possessedRe.FindStringSubmatch(after); g != nil {
					f = []int{0, 0, f[1] + len(g[0]) - len(g[1]), f[1] + len(g[0])}
				}
			}
			for _, w := range strings.Fields(rest[f[2]:f[3]]) {
				if !nameWords(w) || namePrepositions[strings.ToLower(w)] {
					break // "community fridges in our city", "booking slots at its sites"
				}
				words = append(words, nameCase(w))
			}
			if len(words) == 0 {
				continue
			}
			if last := words[len(words)-1]; len(words) > 1 && strings.HasSuffix(words[0], "ing") && singularNoun(last) != last {
				// "for booking tennis courts" is a tennis court booking system; a "climbing gym"
				// is a gym.
				words = append(words[1:], words[0])
				words[len(words)-2] = singularNoun(words[len(words)-2])
			}
		}
		t := strings.TrimSuffix(strings.Join(words, " "), " thing") + " " + kind
		t = strings.Replace(t, " thing", " tool", 1)
		return upperFirst(strings.TrimSpace(t))
	}
	if p.ID == "instrument" {
		return instrumentTitle(problem)
	}
	a := p.Archetype
	if a == "" || a == "system" {
		if m := modelOf(problem); m.main != "" && m.main != "item" {
			return upperFirst(m.main) + " system"
		}
		return "System design"
	}
	return strings.ToUpper(a[:1]) + a[1:]
}

// nameCase lowers a word taken into a name but keeps an acronym's capitals: "EV chargers".
func nameCase(w string) string {
	if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return w
	}
	return strings.ToLower(w)
}

// leadingName is the name a statement opens with: after "Design a" ("Design a URL shortener
// handling …"), or as its first words when they are a name ("lost and found system for a city
// transit agency: …", "court interpreter scheduling for a state judiciary").
func leadingName(problem string) string {
	first := problem
	loc := designRe.FindStringIndex(first)
	if loc != nil {
		first = first[loc[1]:]
	}
	if cut := nameCut(first); cut >= 0 {
		first = first[:cut]
	}
	words := strings.Fields(first)
	if loc == nil && len(words) > 2 && (words[0] == "a" || words[0] == "an") && strings.HasPrefix(problem[len(first):], ":") &&
		!slices.ContainsFunc(words, owners) {
		words = words[1:] // "a recipe-box subscription: …" names its system before the colon
	}
	// "Design a system to publish live results": "System" names nothing; fall through.
	generic := !slices.ContainsFunc(words, func(w string) bool { return !systemWords[strings.ToLower(w)] })
	limit := 9
	if loc == nil {
		// Without "design", only a short phrase that opens like a name is one.
		limit = 5
		if len(words) == 0 || openingWords[strings.ToLower(words[0])] || sizeWords[strings.ToLower(words[0])] {
			return ""
		}
		for i, w := range words {
			w = strings.ToLower(w)
			// "lost and found system": "and" inside a name; "users post recipes" is a sentence.
			if verbs[w] || (!nameWords(w) && (w != "and" || i == 0 || i == len(words)-1)) {
				return ""
			}
		}
	}
	if len(words) == 0 || len(words) > limit || generic || sizeWords[strings.ToLower(words[0])] {
		return ""
	}
	return upperFirst(strings.Join(words, " "))
}

// nameCut is where a leading name ends: at the first clause break, but not at the comma inside
// a figure ("a 40,000-seat stadium" is one word of the name).
func nameCut(s string) int {
	for _, loc := range cutRe.FindAllStringIndex(s, -1) {
		if s[loc[0]] == ',' && loc[0] > 0 && loc[1] < len(s) && isDigit(s[loc[0]-1]) && isDigit(s[loc[1]]) {
			continue
		}
		return loc[0]
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// nameWords reports whether words can name a system: no glue words, figures or time units
// ("internal wiki", "code review thing"; not "day from an").
func nameWords(ws string) bool {
	for _, w := range strings.Fields(strings.ToLower(ws)) {
		switch w {
		case "a", "an", "the", "of", "to", "for", "from", "in", "on", "with", "by", "and", "or", "day", "week",
			"month", "year", "hour", "minute", "second", "per", "each", "every", "is", "are", "be",
			"where", "when", "while", "that", "which", "who", "whose", // "a hospital pharmacy where …"
			"so", "but", "if", "because": // "public pools so residents can book"
			return false
		}
		if w[0] >= '0' && w[0] <= '9' {
			return false
		}
	}
	return true
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, x := range list {
			if strings.EqualFold(x, it) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// Components picks the architecture's building blocks for the features and scale.
func (d *Designer) Components(ctx context.Context, g bot.Grounding) ([]conversation.Component, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	comps := selectComponents(g)
	if s := d.stack(); s != nil {
		comps = s.apply(g, comps)
	}
	return comps, nil
}

// Section renders one section from the grounding.
func (d *Designer) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	r := newRenderer(g)
	r.k = d.k
	body, ok := r.section(id)
	if !ok {
		return "", fmt.Errorf("render section %q: unknown section", id)
	}
	body = adapt(g, body)
	if id == conversation.Tradeoffs {
		body = d.stack().tradeoffs(g, body)
	}
	return body, nil
}

// WritesCapacity tells the engine that this designer writes the capacity section itself: the
// engine's table and arithmetic, then what the figures mean for this design.
func (d *Designer) WritesCapacity() bool { return true }

// Review runs the offline review rules over a finished design: the same checks that close the
// trade-offs section of an offline design, for designs a model wrote.
func (d *Designer) Review(ctx context.Context, g bot.Grounding, design *conversation.Design) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	// The cross-section checks read the design as written, not as this designer would write it.
	var sections map[conversation.SectionID]string
	if design != nil && len(design.Sections) > 0 {
		sections = map[conversation.SectionID]string{}
		for _, s := range design.Sections {
			sections[s.ID] = s.Markdown
		}
	}
	var b strings.Builder
	r := newRenderer(g)
	r.k = d.k
	for _, line := range r.review(sections) {
		b.WriteString("- " + line + "\n")
	}
	return strings.TrimSpace(b.String()), nil
}
