package offline

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A statement's figures come as quantities: a number, what it counts, and how it is meant (a
// population, a rate, a size, a duration). extract reads them without a model so that the capacity
// arithmetic follows what the user wrote.

type qtyKind int

const (
	qCount    qtyKind = iota // a number of things: users, files, hosts
	qRate                    // things per unit of time
	qSize                    // bytes
	qDuration                // seconds
	qFactor                  // "20x"
)

type quantity struct {
	kind    qtyKind
	value   float64 // count, bytes, seconds, factor; for rates: per second
	noun    string  // the counted noun, singular ("user", "message")
	class   string  // population, dau, mau, concurrent, read, write, other
	perUser bool    // "40 messages each per day"
	peak    bool    // "peak 10M per minute", "1M per second at peak"
	max     bool    // "up to 4 GB"
	every   bool    // "every 10 seconds"
	context string  // "within", "for", "last", ...: the word before a duration
	unit    string  // the time unit of a rate as written ("day", "minute")
	sent    int     // sentence index
	pos     int     // token index in the sentence
}

// token splits text into lower-case words, numbers and punctuation, keeping "500,000", "1.5",
// "per-user" and "requests/s" whole.
func tokens(s string) []string {
	s = strings.ToLower(s)
	rs := []rune(s)
	var out []string
	isWord := func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '%' || r == '×' || r > 127 && r != '’' && r != '—' && r != '–'
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isWord(r):
			j := i + 1
			for j < len(rs) {
				if isWord(rs[j]) {
					j++
					continue
				}
				if (rs[j] == '.' || rs[j] == ',' || rs[j] == '-' || rs[j] == '/' || rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && isWord(rs[j+1]) {
					// "500,000" and "1.5" stay numbers only between digits; "per-user" and "/s" stay joined.
					if (rs[j] == '.' || rs[j] == ',') && !(rs[j-1] >= '0' && rs[j-1] <= '9' && rs[j+1] >= '0' && rs[j+1] <= '9') {
						break
					}
					j += 2
					continue
				}
				break
			}
			out = append(out, string(rs[i:j]))
			i = j
		case strings.ContainsRune(".;:!?()\n", r):
			out = append(out, ".")
			i++
		case r == ',':
			out = append(out, ",")
			i++
		default:
			i++
		}
	}
	return out
}

// sentences groups tokens into sentences (and parenthesised asides), the scope in which a rate's
// time unit or a "peak" applies.
func sentences(s string) [][]string {
	var out [][]string
	var cur []string
	for _, t := range tokens(s) {
		if t == "." {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

var multipliers = map[string]float64{
	"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
	"b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "t": 1e12, "trillion": 1e12, "hundred": 100,
	"lakh": 1e5, "crore": 1e7,
}

var wordNumbers = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100, "several": 3, "few": 3,
}

// parseNumber reads a number starting at toks[i] ("500,000", "1.5m", "5 million", "a billion")
// and returns its value and the index after it.
func parseNumber(toks []string, i int) (float64, int, bool) {
	t := toks[i]
	if v, ok := wordNumbers[t]; ok {
		// Word numbers count only with a multiplier ("a billion") or before a time unit.
		if i+1 < len(toks) {
			if m, ok := multipliers[toks[i+1]]; ok && len(toks[i+1]) > 1 {
				return v * m, i + 2, true
			}
			if t != "a" && t != "an" && t != "few" && t != "several" {
				return v, i + 1, true
			}
		}
		return 0, i, false
	}
	j := 0
	for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '.' || t[j] == ',') {
		j++
	}
	if j == 0 || t[0] < '0' || t[0] > '9' {
		return 0, i, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(t[:j], ",", ""), 64)
	if err != nil {
		return 0, i, false
	}
	suffix := t[j:]
	next := i + 1
	if suffix != "" {
		m, ok := multipliers[suffix]
		if !ok {
			return v, next, true // "20x", "4gb", "100ms": the caller reads the suffix
		}
		v *= m
	} else if next < len(toks) {
		if m, ok := multipliers[toks[next]]; ok {
			v *= m
			next++
			if next < len(toks) && (toks[next] == "million" || toks[next] == "billion") { // "hundred million"
				v *= multipliers[toks[next]]
				next++
			}
		}
	}
	return v, next, true
}

var sizeUnits = map[string]float64{
	"b": 1, "byte": 1, "bytes": 1, "kb": 1e3, "kib": 1024, "kilobytes": 1e3, "mb": 1e6, "mib": 1 << 20,
	"megabytes": 1e6, "gb": 1e9, "gib": 1 << 30, "gigabytes": 1e9, "tb": 1e12, "terabytes": 1e12, "pb": 1e15, "petabytes": 1e15,
}

var timeUnits = map[string]float64{
	"ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
	"min": 60, "mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
	"day": 86400, "days": 86400, "week": 7 * 86400, "weeks": 7 * 86400, "month": 30 * 86400, "months": 30 * 86400,
	"year": 365 * 86400, "years": 365 * 86400,
}

// rateWords are the adverbs that make a count a rate ("daily" after a noun: "5M uploads daily").
var rateWords = map[string]float64{
	"daily": 86400, "hourly": 3600, "monthly": 30 * 86400, "weekly": 7 * 86400, "yearly": 365 * 86400,
	"annually": 365 * 86400, "/s": 1, "/sec": 1, "/day": 86400, "/min": 60, "/hour": 3600, "/month": 30 * 86400,
	"qps": 1, "rps": 1, "tps": 1,
}

// nounClass says how a counted noun drives load: populations (who), reads and writes (what they do).
var nounClass = map[string]string{}

func init() {
	for class, words := range map[string][]string{
		"population": {"user", "customer", "subscriber", "member", "player", "gamer", "driver", "rider", "courier",
			"device", "host", "server", "machine", "sensor", "vehicle", "car", "agent", "client", "node", "people",
			"person", "account", "creator", "seller", "buyer", "merchant", "restaurant", "employee", "student", "viewer", "reader", "listener", "tenant", "team", "app", "dau", "mau", "instance", "container", "pod", "service"},
		"read": {"view", "read", "search", "query", "request", "lookup", "visit", "click", "redirect", "play", "watch",
			"impression", "hit", "call", "fetch", "check", "pageview", "get", "download", "stream", "suggestion", "keystroke"},
		"write": {"message", "post", "photo", "image", "picture", "upload", "order", "link", "url", "notification",
			"ride", "trip", "event", "transaction", "payment", "booking", "reservation", "tweet", "write", "update",
			"edit", "metric", "log", "page", "file", "comment", "like", "delivery", "email", "sms", "job", "task",
			"video", "song", "document", "doc", "ticket", "match", "game", "score", "bid", "trade", "transfer",
			"signup", "registration", "review", "listing", "sample", "datapoint", "data point", "point", "record", "report", "purchase", "sale", "entry", "paste", "story", "reel", "snap", "short", "item", "product", "change", "operation", "op", "span", "trace", "alert", "invoice", "claim", "shipment", "package", "parcel", "location", "ping", "heartbeat", "measurement", "reading", "row", "object", "blob", "block", "chunk", "folder", "song", "track", "checkin", "check-in", "vote", "reaction", "share", "follow"},
	} {
		for _, w := range words {
			nounClass[w] = class
		}
	}
}

// singular strips a plural ending so "messages", "queries" and "searches" find their class.
func singular(w string) string {
	w = strings.Trim(w, "'’")
	switch {
	case nounClass[w] != "":
		return w
	case strings.HasSuffix(w, "ies") && nounClass[strings.TrimSuffix(w, "ies")+"y"] != "":
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "es") && nounClass[strings.TrimSuffix(w, "es")] != "":
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && nounClass[strings.TrimSuffix(w, "s")] != "":
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// quantities reads every figure of a statement.
func quantities(statement string) []quantity {
	var out []quantity
	for si, toks := range sentences(statement) {
		for i := 0; i < len(toks); i++ {
			v, next, ok := parseNumber(toks, i)
			if !ok {
				continue
			}
			q, end := classify(toks, i, next, v)
			q.sent, q.pos = si, i
			if q.kind >= 0 {
				out = append(out, q)
			}
			if end > i {
				i = end - 1
			}
		}
	}
	return out
}

func has(toks []string, from, to int, words ...string) bool {
	from = max(from, 0)
	to = min(to, len(toks))
	for k := from; k < to; k++ {
		for _, w := range words {
			if toks[k] == w {
				return true
			}
		}
	}
	return false
}

// classify decides what the number at toks[start:next] with value v means from the words around it.
func classify(toks []string, start, next int, v float64) (quantity, int) {
	q := quantity{kind: -1}
	num := toks[next-1]
	suffix := ""
	if j := strings.IndexFunc(num, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == ',') }); j > 0 && next == start+1 {
		suffix = num[j:]
	}
	before := func(words ...string) bool { return has(toks, start-3, start, words...) }
	word := func(k int) string {
		if k >= 0 && k < len(toks) {
			return toks[k]
		}
		return ""
	}

	// Factors: "20x normal", "10 times the average".
	if suffix == "x" || suffix == "×" || (suffix == "" && (word(next) == "x" || word(next) == "times" || word(next) == "×")) {
		q.kind, q.value = qFactor, v
		return q, next
	}
	if suffix == "%" || word(next) == "%" || word(next) == "percent" {
		return q, next
	}
	// Sizes: "2 MB", "4gb".
	unit := suffix
	if unit == "" {
		unit = word(next)
	}
	if f, ok := sizeUnits[unit]; ok && unit != "b" || ok && suffix == "" && unit == "b" && has(toks, next+1, next+2, "per", "each") {
		q.kind, q.value = qSize, v*f
		q.max = before("to", "max", "maximum", "upto", "largest", "biggest") || has(toks, start-2, start, "as", "large")
		end := next
		if suffix == "" {
			end++
		}
		q.noun = nearNoun(toks, start, end)
		return q, end
	}
	// Durations: "every 4 seconds", "within 100 ms", "for 5 years", "last 30 days".
	if f, ok := timeUnits[unit]; ok && !(unit == "m" || unit == "b") {
		q.kind, q.value = qDuration, v*f
		q.every = before("every", "each")
		q.context = word(start - 1)
		if q.context == "than" || q.context == "under" || q.context == "below" || q.context == "within" {
			q.context = "within"
		}
		end := next
		if suffix == "" {
			end++
		}
		return q, end
	}
	// "top 10", "first 100": ranks, not loads. Example limits ("e.g. 100 requests per minute")
	// describe a rule, not the system's traffic.
	if before("top", "first", "last", "version", "v", "step", "level", "tier", "p", "page") ||
		has(toks, start-6, start, "limit", "limits", "quota", "quotas", "e.g", "example", "allow", "allowed") {
		return q, next
	}

	// Counts: find the noun within the next few words ("500 million daily active users").
	q.kind, q.value = qCount, v
	end := next
	daily, monthly, concurrent := false, false, false
	for k := next; k < len(toks) && k < next+5; k++ {
		w := toks[k]
		if w == "," || w == "and" || w == "or" || w == "per" || w == "every" || w == "a" || w == "each" {
			break
		}
		switch w {
		case "daily":
			daily = true
		case "monthly":
			monthly = true
		case "concurrent", "simultaneous":
			concurrent = true
		}
		if w == "dau" {
			q.noun, q.class, end = "user", "dau", k+1
			break
		}
		if w == "mau" {
			q.noun, q.class, end = "user", "mau", k+1
			break
		}
		if c := nounClass[singular(w)]; c != "" {
			q.noun, q.class, end = singular(w), c, k+1
			if k+1 < len(toks) {
				if c2 := nounClass[singular(toks[k+1])]; c2 != "" && c2 != "population" {
					// "video views", "location updates": the last noun decides.
					q.noun, q.class, end = singular(toks[k+1]), c2, k+2
				}
			}
			break
		}
	}
	if q.noun == "" {
		q.class = "other"
		return q, next
	}
	if before("up", "to") && has(toks, start-2, start, "up") && q.class == "population" {
		// "groups of up to 256 members": a limit, not the user base.
		q.class = "other"
		return q, end
	}
	if q.class == "population" {
		switch {
		case q.class == "dau":
		case daily || has(toks, end, end+2, "daily", "per", "a", "each") && has(toks, end, end+3, "day"):
			q.class = "dau"
		case monthly:
			q.class = "mau"
		case concurrent || has(toks, end, end+4, "online", "line", "queue", "concurrently", "simultaneously", "once", "moment") ||
			has(toks, end, end+6, "same") && has(toks, end, end+7, "time"):
			q.class = "concurrent"
		}
	}

	// A rate: a time unit within the next few words, before the sentence moves on.
	k := end
	for ; k < len(toks) && k < end+8; k++ {
		w := toks[k]
		if w == "," && k > end+1 {
			break
		}
		if _, _, isNum := parseNumber(toks, k); isNum && k > end && (q.class == "population" || q.class == "dau" || q.class == "mau" || q.class == "concurrent") {
			// "5M drivers and 20M rides a day": the time unit belongs to the later figure.
			break
		}
		if w == "each" || w == "per-user" || (w == "per" && (word(k+1) == "user" || word(k+1) == "player" || word(k+1) == "device" || word(k+1) == "customer")) {
			q.perUser = true
		}
		if f, ok := rateWords[w]; ok {
			q.kind, q.value, q.unit = qRate, v/f, w
			break
		}
		if strings.HasPrefix(w, "/") {
			if f, ok := timeUnits[w[1:]]; ok {
				q.kind, q.value, q.unit = qRate, v/f, w[1:]
				break
			}
		}
		if (w == "per" || w == "a" || w == "an" || w == "each" || w == "every") && k+1 < len(toks) {
			if f, ok := timeUnits[toks[k+1]]; ok && toks[k+1] != "m" && toks[k+1] != "s" || ok && w == "per" {
				q.kind, q.value, q.unit = qRate, v/f, toks[k+1]
				k++
				break
			}
		}
		if w == "in" && k+2 < len(toks) && (toks[k+1] == "a" || toks[k+1] == "one") {
			if f, ok := timeUnits[toks[k+2]]; ok {
				q.kind, q.value, q.unit = qRate, v/f, toks[k+2]
				k += 2
				break
			}
		}
	}
	if q.kind == qRate {
		if q.class == "dau" || q.class == "population" || q.class == "mau" {
			// "10M users a day" is a daily population, not a rate of writes.
			q.kind, q.value, q.class = qCount, v, "dau"
			return q, end
		}
		q.peak = before("peak", "peaks", "burst", "bursts", "spike", "spikes") || has(toks, start-4, start, "peak") ||
			has(toks, k+1, k+3, "peak", "peaks") && has(toks, k+1, k+2, "at", "in", "during", "peak")
		return q, k + 1
	}
	return q, end
}

// nearNoun names what a size is about: the closest known noun around it.
func nearNoun(toks []string, start, end int) string {
	for d := 1; d <= 4; d++ {
		for _, k := range []int{start - d, end + d - 1} {
			if k >= 0 && k < len(toks) {
				if c := nounClass[singular(toks[k])]; c != "" {
					return singular(toks[k])
				}
			}
		}
	}
	return ""
}

// loadProfile is an archetype's typical load, used for whatever the statement leaves out.
type loadProfile struct {
	WritesPerUser float64 // per user per day
	ReadsPerUser  float64
	ReadWrite     float64 // reads per write, when rates are stated outright
	RecordBytes   float64
	MediaBytes    float64
	ResponseBytes float64
	PeakFactor    float64
	Retention     float64 // years
	HotFraction   float64
	// Writes is the write rate (per second) assumed for infrastructure that serves services
	// rather than people, when the statement gives no figure: a user count means nothing there.
	Writes float64
	// PerThingPerDay is the writes per day each stated device, sensor or host sends when the
	// statement gives their number but no rate (one reading a minute is 1,440).
	PerThingPerDay float64
	// What a write and a read are for this archetype, used in the assumption notes.
	Write, Read string
}

// scaleFrom turns a statement's quantities into a Scale, filling gaps from the archetype profile
// and noting for every figure whether it was stated or assumed.
func scaleFrom(statement string, p loadProfile) conversation.Scale {
	qs := quantities(statement)
	var s conversation.Scale
	note := func(format string, a ...any) { s.Notes = append(s.Notes, fmt.Sprintf(format, a...)) }
	H := conversation.Human

	// Populations.
	var dau, mau, users, concurrent float64
	pops := map[string]float64{}
	for _, q := range qs {
		if q.kind != qCount {
			continue
		}
		switch q.class {
		case "dau":
			dau = math.Max(dau, q.value)
		case "mau":
			mau = math.Max(mau, q.value)
		case "concurrent":
			concurrent = math.Max(concurrent, q.value)
		case "population":
			pops[q.noun] = math.Max(pops[q.noun], q.value)
			if q.noun == "user" || q.noun == "customer" || q.noun == "account" || q.noun == "subscriber" || q.noun == "people" || q.noun == "player" {
				users = math.Max(users, q.value)
			}
		}
	}
	switch {
	case dau > 0:
		s.DAU = dau
		note("%s daily active users: stated", H(dau))
	case mau > 0:
		s.DAU = mau / 2
		note("%s monthly active users: stated; DAU assumed at half of MAU = %s", H(mau), H(s.DAU))
	case users > 0:
		s.DAU = users / 5
		note("%s users: stated; DAU assumed at 20%% of them = %s", H(users), H(s.DAU))
	}

	// Rates: per noun the largest figure (a statement may repeat one), summed across nouns.
	writes, reads := map[string]float64{}, map[string]float64{}
	var perUserWrites, perUserReads float64
	var peakStated bool
	var stated []string
	for _, q := range qs {
		if q.kind != qRate || (q.class != "read" && q.class != "write") {
			continue
		}
		v := q.value
		if q.perUser {
			perDay := v * 86400
			if q.class == "write" {
				perUserWrites += perDay
			} else {
				perUserReads += perDay
			}
			note("%s %ss per user per day: stated", H(perDay), q.noun)
			continue
		}
		m := writes
		if q.class == "read" {
			m = reads
		}
		if v > m[q.noun] {
			m[q.noun] = v
		}
		if q.peak {
			peakStated = true
		}
		stated = append(stated, fmt.Sprintf("%s %ss per %s%s: stated (%s/s)", H(v*unitSeconds(q.unit)), q.noun, strings.TrimSuffix(q.unit, "s"), peakWord(q.peak), H(v)))
	}
	s.Notes = append(s.Notes, stated...)

	// Streams: "drivers send their location every 4 seconds" with "5 million active drivers".
	sents := sentences(statement)
	for _, q := range qs {
		if q.kind != qDuration || !q.every {
			continue
		}
		pop, popNoun := streamPopulation(qs, sents, q, pops, s.DAU)
		if pop == 0 {
			continue
		}
		batch, what := 1.0, "update"
		for _, b := range qs {
			if b.sent == q.sent && b.kind == qCount && (b.class == "write" || b.class == "read" || b.class == "other") && b.pos < q.pos && b.value < pop {
				batch, what = b.value, b.noun
			}
		}
		if what == "" {
			what = "update"
		}
		if what == "update" {
			what = streamNoun(sents[q.sent], q.pos)
		}
		rate := pop * batch / q.value
		writes["stream:"+what] = math.Max(writes["stream:"+what], rate)
		if batch > 1 {
			note("%s %ss × %s %ss every %s s = %s writes/s: stated", H(pop), popNoun, H(batch), what, H(q.value), H(rate))
		} else {
			note("%s %ss × 1 %s every %s s = %s writes/s: stated", H(pop), popNoun, what, H(q.value), H(rate))
		}
	}
	var writeQPS, readQPS float64
	for _, v := range writes {
		writeQPS += v
	}
	for _, v := range reads {
		readQPS += v
	}
	if s.DAU > 0 && perUserWrites > 0 && writeQPS == 0 {
		s.WritesPerUserPerDay = perUserWrites
	} else if perUserWrites > 0 {
		u := s.DAU
		if u == 0 {
			u = 1_000_000
		}
		writeQPS += u * perUserWrites / 86400
	}
	if s.DAU > 0 && perUserReads > 0 && readQPS == 0 {
		s.ReadsPerUserPerDay = perUserReads
	} else if perUserReads > 0 {
		u := s.DAU
		if u == 0 {
			u = 1_000_000
		}
		readQPS += u * perUserReads / 86400
	}

	// Concurrency ("10M users in line when sales open") is a peak: each waiting client polls about
	// every 10 s and about one in a hundred requests tries to write.
	if concurrent > 0 && writeQPS == 0 && readQPS == 0 {
		readQPS = concurrent / 10
		writeQPS = readQPS / 100
		peakStated = true
		note("%s concurrent users: stated; each polls about every 10 s → %s reads/s at peak, 1%% of them writes → %s writes/s (assumed)", H(concurrent), H(readQPS), H(writeQPS))
	}

	// Fill the side not stated from the archetype's read:write ratio, so a stated write rate gives
	// reads of the same magnitude and vice versa.
	rw := p.ReadWrite
	if rw <= 0 {
		rw = 10
	}
	switch {
	case writeQPS > 0 && readQPS == 0 && s.DAU == 0:
		readQPS = writeQPS * rw
		note("reads: %s per %s (assumed) → %s/s", ratio(rw), p.Write, H(readQPS))
	case readQPS > 0 && writeQPS == 0 && s.DAU == 0:
		writeQPS = readQPS / rw
		note("writes: one %s per %s %s (assumed) → %s/s", p.Write, ratio(rw), p.Read, H(writeQPS))
	}
	// A famous product named without figures brings its own order of magnitude.
	if s.DAU == 0 && writeQPS == 0 && readQPS == 0 && perUserWrites == 0 && perUserReads == 0 && len(pops) == 0 && concurrent == 0 {
		if name, dau := famousScale(statement); dau > 0 {
			s.DAU = dau
			note("no figures stated: %s-scale assumed, ≈ %s daily active users (public order of magnitude)", name, H(dau))
		}
	}
	if writeQPS == 0 && readQPS == 0 && perUserWrites == 0 && perUserReads == 0 && p.PerThingPerDay > 0 {
		for _, noun := range []string{"device", "sensor", "host", "vehicle", "machine", "server"} {
			if n := pops[noun]; n > 0 {
				writeQPS = n * p.PerThingPerDay / 86400
				readQPS = writeQPS * rw
				note("%s %ss: stated; each sends %s %ss a day (assumed) → %s/s", H(n), noun, H(p.PerThingPerDay), p.Write, H(writeQPS))
				break
			}
		}
	}
	if writeQPS == 0 && readQPS == 0 && s.DAU == 0 && perUserWrites == 0 && perUserReads == 0 && p.Writes > 0 {
		writeQPS = p.Writes
		readQPS = writeQPS * rw
		note("no load stated: %s %ss/s assumed for a mid-sized deployment, reads at %s per %s → %s/s", H(writeQPS), p.Write, ratio(rw), p.Write, H(readQPS))
	}
	s.WritesPerSecond, s.ReadsPerSecond = writeQPS, readQPS
	s.StatedRatesArePeak = peakStated

	// Per-user defaults when only a population is known.
	if s.WritesPerSecond == 0 && s.WritesPerUserPerDay == 0 && p.WritesPerUser > 0 {
		s.WritesPerUserPerDay = p.WritesPerUser
		note("%s %s per user per day (assumed)", H(p.WritesPerUser), plural(p.Write))
	}
	if s.ReadsPerSecond == 0 && s.ReadsPerUserPerDay == 0 && p.ReadsPerUser > 0 {
		s.ReadsPerUserPerDay = p.ReadsPerUser
		note("%s %s per user per day (assumed)", H(p.ReadsPerUser), plural(p.Read))
	}

	// Sizes.
	for _, q := range qs {
		if q.kind != qSize {
			continue
		}
		switch {
		case q.max:
			note("largest %s: %s (stated; a limit, not the average)", orWord(q.noun, "object"), conversation.Bytes(q.value))
		case q.value >= 100_000 || p.MediaBytes > 0 && q.value >= 10_000:
			s.MediaBytesPerWrite = q.value
			note("%s per %s: stated", conversation.Bytes(q.value), orWord(q.noun, p.Write))
		default:
			s.RecordBytes = q.value
			note("%s per %s: stated", conversation.Bytes(q.value), orWord(q.noun, p.Write))
		}
	}
	if s.RecordBytes == 0 && p.RecordBytes > 0 {
		s.RecordBytes = p.RecordBytes
		note("%s per %s record (assumed)", conversation.Bytes(p.RecordBytes), p.Write)
	}
	if s.MediaBytesPerWrite == 0 && p.MediaBytes > 0 {
		s.MediaBytesPerWrite = p.MediaBytes
		note("%s of media per %s on average (assumed)", conversation.Bytes(p.MediaBytes), p.Write)
	}
	if p.ResponseBytes > 0 {
		s.ResponseBytes = p.ResponseBytes
		note("%s per %s response (assumed)", conversation.Bytes(p.ResponseBytes), p.Read)
	}

	// Peak factor, retention.
	for _, q := range qs {
		if q.kind == qFactor && q.value > 1 && q.value <= 1000 {
			s.PeakFactor = math.Max(s.PeakFactor, q.value)
		}
	}
	switch {
	case s.PeakFactor > 0:
		note("peak is %s× the average: stated", H(s.PeakFactor))
	case peakStated:
		s.PeakFactor = 2
		note("the stated rate is a peak; the average is assumed at half of it")
	case p.PeakFactor > 0:
		s.PeakFactor = p.PeakFactor
		note("peak-to-average factor %s (assumed for this kind of traffic)", H(p.PeakFactor))
	}
	for _, q := range qs {
		if q.kind == qDuration && !q.every && q.value >= 86400 && (q.context == "for" || q.context == "last" || q.context == "past" || q.context == "retain" || q.context == "keep" || q.context == "kept" || q.context == "of") {
			s.RetentionYears = math.Max(s.RetentionYears, q.value/(365*86400))
		}
	}
	if s.RetentionYears > 0 {
		note("retention: %s days: stated", H(math.Round(s.RetentionYears*365)))
	} else if p.Retention > 0 {
		s.RetentionYears = p.Retention
		if p.Retention < 1 {
			note("retention: %s days (assumed)", H(math.Round(p.Retention*365)))
		} else {
			note("retention: %s years (assumed)", H(p.Retention))
		}
	}
	if p.HotFraction > 0 {
		s.HotFraction = p.HotFraction
	}
	return s
}

func unitSeconds(u string) float64 {
	if f, ok := rateWords[u]; ok {
		return f
	}
	if f, ok := timeUnits[u]; ok {
		return f
	}
	return 1
}

func peakWord(p bool) string {
	if p {
		return " at peak"
	}
	return ""
}

func ratio(r float64) string {
	if r >= 1 {
		return conversation.Human(r)
	}
	return fmt.Sprintf("1/%s", conversation.Human(math.Round(1/r)))
}

func plural(w string) string {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "data") {
		return w
	}
	if strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ay") && !strings.HasSuffix(w, "ey") {
		return strings.TrimSuffix(w, "y") + "ies"
	}
	if strings.HasSuffix(w, "h") || strings.HasSuffix(w, "x") {
		return w + "es"
	}
	return w + "s"
}

func orWord(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// streamPopulation finds who sends on an "every N seconds" schedule: a population counted in the
// same sentence before it, else the population whose noun the sentence names, else the largest.
func streamPopulation(qs []quantity, sents [][]string, every quantity, pops map[string]float64, dau float64) (float64, string) {
	var best quantity
	for _, q := range qs {
		if q.sent == every.sent && q.pos < every.pos && q.kind == qCount && (q.class == "population" || q.class == "dau" || q.class == "concurrent") && q.value > best.value {
			best = q
		}
	}
	if best.value > 0 {
		return best.value, best.noun
	}
	for _, w := range sents[every.sent][:every.pos] {
		if n := singular(w); nounClass[n] == "population" && pops[n] > 0 {
			return pops[n], n
		}
	}
	var v float64
	var n string
	for noun, p := range pops {
		if p > v || p == v && noun < n {
			v, n = p, noun
		}
	}
	if v > 0 {
		return v, n
	}
	if dau > 0 {
		return dau, "user"
	}
	return 0, ""
}

// streamNoun names what a periodic sender sends: the nearest write noun before "every".
func streamNoun(toks []string, pos int) string {
	for k := pos - 1; k >= 0 && k >= pos-6; k-- {
		if n := singular(toks[k]); nounClass[n] == "write" || nounClass[n] == "read" {
			return n
		}
	}
	return "update"
}
