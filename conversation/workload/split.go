package workload

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// totalNouns count requests of every kind: "1M requests a second", "5M API calls a day" are reads
// and writes together, and a split stated beside them divides them.
var totalNouns = set(`request req call hit access`)

// opNouns are totals only as a rate of a store or a service ("5M ops/sec"): "10,000 operations a
// year" in a hospital are surgeries.
var opNouns = set(`operation op`)

// splitNouns are divided by a split stated beside them ("30k QPS, reads:writes 10:1", "50k TPS,
// 70% reads"), though said alone a query reads and a transaction writes.
var splitNouns = set(`query transaction`)

// leanRe finds a split said without a figure: "mostly reads", "read-heavy", "write-intensive".
var leanRe = regexp.MustCompile(`(?i)\b(?:mostly|mainly|largely|predominantly|overwhelmingly|primarily)\s+(read|write)s?\b|\b(read|write)[- ](?:heavy|mostly|dominated|intensive)\b`)

// fractionRe finds a share of reads or writes said as a fraction: "two thirds reads", "three
// quarters of them are writes", "half of all calls are reads".
var fractionRe = regexp.MustCompile(`(?i)\b(half|a third|one third|two thirds|a quarter|one quarter|three quarters|nine tenths)` +
	`(\s+(?:of\s+(?:them|it|all|the|our|its|these)(?:\s+[a-z]+)?\s+(?:(?:are|is|being)\s+)?)?(?:reads?|writes?)\b)`)

var fractions = map[string]string{"half": "50%", "a third": "33%", "one third": "33%", "two thirds": "67%", "a quarter": "25%",
	"one quarter": "25%", "three quarters": "75%", "nine tenths": "90%"}

// fractionShares says a fraction of reads or writes as the percentage it is, so that it is read
// as one: "two thirds reads" is "67% reads".
func fractionShares(statement string) string {
	return fractionRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := fractionRe.FindStringSubmatch(m)
		return fractions[strings.ToLower(sub[1])] + sub[2]
	})
}

// fractionOfThemRe finds a share of a group said as a fraction of it: "a tenth of whom log in
// daily", "about a third of them are active on a weekday". Shares of reads and writes were said
// as percentages already (fractionShares).
var fractionOfThemRe = regexp.MustCompile(`(?i)\b(half|a third|one third|two thirds|a quarter|one quarter|three quarters|a fifth|one fifth|a tenth|one tenth|nine tenths)\s+of\s+(whom|them|those|these)\b`)

var moreFractions = map[string]string{"a fifth": "20%", "one fifth": "20%", "a tenth": "10%", "one tenth": "10%"}

// fractionsOfThem says such a share as the percentage it is: "a tenth of whom" is "10% of whom",
// which the counting reads as the share of the group active.
func fractionsOfThem(statement string) string {
	return fractionOfThemRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := fractionOfThemRe.FindStringSubmatch(m)
		k := strings.ToLower(sub[1])
		return orWord(fractions[k], moreFractions[k]) + " of " + sub[2]
	})
}

// splits reads how a statement divides its traffic between reads and writes and applies it to
// the stated total it divides: "5M ops/sec, 80/20 read/write" is 4M reads and 1M writes a second,
// not 5M of either with the other assumed beside them. A total with no share stated is left in
// Totals, for the designer to divide by what it knows of the system.
func (r *reader) splits(statement string) {
	if m := leanRe.FindStringSubmatch(statement); m != nil {
		r.out.Leaning = strings.ToLower(m[1] + m[2] + "s")
	}
	m, share := r.readShare()
	i := r.totalFlow(m != nil)
	switch {
	case i >= 0 && m != nil:
		m.used = true
		r.divide(i, share, m.quote)
	case i >= 0:
		r.out.Totals = append(r.out.Totals, r.out.Flows[i].Name)
		if r.out.Leaning != "" {
			r.note("%s: mostly %s, by the statement's words, with no share given", r.out.Flows[i].Name, r.out.Leaning)
		}
	case m != nil && m.kind == mPercent:
		// "90% reads" with no total to divide says the ratio, read as a stated one is.
		m.kind, m.value = mRatio, share/(1-share)
	}
}

// readShare finds the figure that says what share of the traffic is reads: "80/20 read/write",
// "100:1 reads to writes", "90% reads", "20% writes"; nil when none does.
func (r *reader) readShare() (*mention, float64) {
	for _, m := range r.ms {
		switch {
		case m.used:
		case m.kind == mRatio && m.value > 0 && !r.ratioTaken():
			return m, m.value / (m.value + 1)
		case m.kind == mPercent && m.value > 0 && m.value < 100:
			switch percentOf(r.sents[m.sent], m) {
			case "read":
				m.quote += " reads"
				return m, m.value / 100
			case "write":
				m.quote += " writes" // "60% writes": said as the writes' share
				return m, 1 - m.value/100
			}
		}
	}
	return nil, 0
}

// ratioTaken reports whether the statement states reads and writes apart: a ratio beside them
// is then no share of a total (readRatio notes it).
func (r *reader) ratioTaken() bool {
	return slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool { return f.Kind == conversation.FlowRead }) &&
		slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool { return f.Kind == conversation.FlowWrite })
}

// percentOf says whether a percentage is of reads or of writes: "90% reads", "20% of requests
// are writes", "reads are 90%"; "" when it is of neither.
func percentOf(toks []string, m *mention) string {
	side := func(w string) string {
		switch w {
		case "read", "reads", "reading", "lookups", "gets":
			return "read"
		case "write", "writes", "writing", "updates", "sets":
			return "write"
		}
		return ""
	}
	for j := m.end; j < len(toks) && j < m.end+5; j++ {
		if s := side(toks[j]); s != "" {
			return s
		}
		if toks[j] == "," || isNumberStart(toks[j]) {
			break
		}
	}
	for j := m.pos - 1; j >= 0 && j >= m.pos-3; j-- {
		if s := side(toks[j]); s != "" {
			return s
		}
		if w := toks[j]; w != "are" && w != "is" && w != "at" && w != "about" && w != "around" && w != "of" && w != "share" && w != "making" {
			break
		}
	}
	return ""
}

// totalFlow is the stated flow that counts all requests, the busiest if several do; with a
// share stated, a query or transaction count is one too. -1 when none is.
func (r *reader) totalFlow(shared bool) int {
	best := -1
	for i, f := range r.out.Flows {
		if f.Source != conversation.Stated || f.ItemsOf != "" || f.Kind == conversation.FlowStream {
			continue
		}
		noun := lastWord(f.Name)
		total := totalNouns[noun] || opNouns[noun] && f.PerSeconds <= 60 || shared && splitNouns[noun]
		if total && (best < 0 || r.out.Rate(f) > r.out.Rate(r.out.Flows[best])) {
			best = i
		}
	}
	if best >= 0 && !shared && slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool {
		return f.Kind == conversation.FlowWrite && !totalNouns[lastWord(f.Name)] && !opNouns[lastWord(f.Name)]
	}) {
		return -1 // "10K uploads and 1M requests a day": the writes are stated; the requests stay reads
	}
	return best
}

// divide splits the total flow at i into its reads and its writes by the stated share.
func (r *reader) divide(i int, share float64, said string) {
	total := r.out.Flows[i]
	noun := lastWord(total.Name)
	read, write := total, total
	read.Name, read.Kind, read.Count = "read "+noun, conversation.FlowRead, round(total.Count*share)
	write.Name, write.Kind, write.Count = "write "+noun, conversation.FlowWrite, round(total.Count*(1-share))
	read.VolumeBytes, write.VolumeBytes = total.VolumeBytes*share, total.VolumeBytes*(1-share)
	r.out.Flows = slices.Delete(r.out.Flows, i, i+1)
	r.out.Flows = append(r.out.Flows, uniqueName(r.out.Flows, read))
	r.out.Flows = append(r.out.Flows, uniqueName(r.out.Flows, write))
	note := func(n string) bool { return strings.HasPrefix(n, total.Name+": stated") }
	r.out.Notes = slices.DeleteFunc(r.out.Notes, note)
	r.note("%s: %s, %s%% of them reads (%q): %s reads and %s writes: stated", noun, describe(total), human(share*100), said,
		human(read.Count), human(write.Count))
}

// round keeps a share of a count to six figures: "1M" rather than "1000K" for 20% of 5M.
func round(v float64) float64 {
	if v == 0 {
		return 0
	}
	scale := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*scale) / scale
}

// hyphenFractionRe finds a fraction written with a hyphen: "two-thirds", "three-quarters",
// "one-fifth".
var hyphenFractionRe = regexp.MustCompile(`(?i)\b(a|one|two|three|four|nine)-(half|thirds?|quarters?|fifths?|tenths?)\b`)

// spacedFractions writes such a fraction as the readers of shares spell it. Left hyphenated,
// none of them knew it: "two-thirds of the 3M viewers vote" sized the vote on all 3M, and the
// hyphen made "thirds" a word of its own.
func spacedFractions(statement string) string {
	return hyphenFractionRe.ReplaceAllString(statement, "$1 $2")
}
