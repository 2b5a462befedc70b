package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A question for a count over a period or a size after one ("how many readings a day?", "how
// much disk do 5 years take?", "how big is the table after a year?") is answered with the
// capacity model's arithmetic: the flow's rate times the period, the month's stored bytes times
// the months, capped by the retention. A passage that happens to share its words ("a device back
// after a day") is no answer to it.

var (
	// volumeCountRe finds a count asked for over a period; volumeSizeRe a size asked for.
	volumeCountRe = regexp.MustCompile(`\bhow many ([a-z][a-z -]*?)(?:\s+(?:do|does|will|would|are|is|we|get|come|arrive|are there|in|per|a|an|each|every|over)\b|[?,]|$)`)
	volumeSizeRe  = regexp.MustCompile(`\bhow (?:much|big|large)\b[^?]*\b(?:storage|disk|space|data|bytes|tb|gb|table|store|database|db|grow|take|takes|get|after|over|in)\b`)
	// periodRe finds the period: "a day", "per hour", "after five years", "over 3 years".
	periodRe = regexp.MustCompile(`\b(?:a|an|per|each|every|one|(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten))\s+(second|minute|hour|day|week|month|year)s?\b|\b(daily|hourly|weekly|monthly|yearly|annually|nightly)\b`)
)

var periodSeconds = map[string]float64{"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400, "month": 365 * 86400 / 12, "year": 365 * 86400}

var periodAdverbs = map[string]string{"daily": "day", "nightly": "day", "hourly": "hour", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}

// period is a span of time a question names.
type period struct {
	n    float64
	unit string
}

func (p period) seconds() float64 { return p.n * periodSeconds[p.unit] }

func (p period) String() string {
	if p.n == 1 && p.unit == "hour" {
		return "an hour"
	}
	if p.n == 1 {
		return "a " + p.unit
	}
	return conversation.Human(p.n) + " " + p.unit + "s"
}

// periods are the spans q names, in order.
func periods(q string) []period {
	var out []period
	for _, m := range periodRe.FindAllStringSubmatch(q, -1) {
		if m[3] != "" {
			out = append(out, period{1, periodAdverbs[m[3]]})
			continue
		}
		n := 1.0
		if m[1] != "" {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil {
				n = v
			} else {
				n = regionNumbers[m[1]]
			}
		}
		out = append(out, period{n, m[2]})
	}
	return out
}

// answerVolume answers a count over a period or a size after one from the capacity model.
func answerVolume(g bot.Grounding, q string) string {
	ps := periods(q)
	count := volumeCountRe.FindStringSubmatch(q)
	size := volumeSizeRe.MatchString(q)
	if len(ps) == 0 && !size || count == nil && !size || len(g.Capacity.Flows) == 0 {
		return ""
	}
	if count != nil && unitNounRe.MatchString(count[1]) {
		return "" // "how many nodes/shards": sizing, answered elsewhere
	}
	var lines []string
	if count != nil && len(ps) > 0 {
		lines = append(lines, countLine(g.Capacity, askedNoun(count[1]), ps[0], peakRe.MatchString(q)))
	}
	if size {
		p := period{g.Requirements.Workload.RetentionYears, "year"}
		if len(ps) > 0 {
			p = ps[len(ps)-1]
		}
		if p.n == 0 {
			p.n = 5
		}
		lines = append(lines, sizeLine(g, q, p))
	}
	return "**From the capacity model:**\n- " + strings.Join(lines, "\n- ") + "\n" + cite(conversation.CapacityID)
}

// askedNoun is the noun a count asks for: "readings" of "readings land", "sensor readings"
// whole.
func askedNoun(s string) string {
	w := strings.Fields(s)
	if len(w) > 1 && (strings.HasSuffix(w[0], "s") || len(w) > 2) {
		return w[0]
	}
	return strings.Join(w, " ")
}

// unitNounRe finds what a sizing question counts: machines, not data.
var unitNounRe = regexp.MustCompile(`\b(?:nodes?|shards?|servers?|instances?|replicas?|brokers?|partitions?|machines?|pods?|regions?|zones?|cores?|cpus?)\b`)

// peakRe finds a question about the busiest time rather than an average one.
var peakRe = regexp.MustCompile(`\b(?:at (?:the )?peak|peak|busiest|busy hours?|rush)\b`)

// countLine is a flow's count over the period: its rate (the peak one when asked) times the
// period's seconds.
func countLine(c conversation.Capacity, noun string, p period, peak bool) string {
	fl := flowFor(c, noun)
	if peak && p.seconds() <= 3600 && fl.PeakPerSec > fl.PerSec {
		span := "the busiest " + p.unit
		if p.n != 1 {
			span = "the busiest " + p.String()
		}
		return fmt.Sprintf("%s %s in %s: the %s flow's peak %s/s × %s s (%s on average).", conversation.Human(fl.PeakPerSec*p.seconds()), noun, span, fl.Name, conversation.Human(fl.PeakPerSec), conversation.Human(p.seconds()), conversation.Human(fl.PerSec*p.seconds()))
	}
	n := fl.PerSec * p.seconds()
	line := fmt.Sprintf("%s %s %s: the %s flow's %s/s on average × %s s", conversation.Human(n), noun, p, fl.Name, conversation.Human(fl.PerSec), conversation.Human(p.seconds()))
	if fl.PeakPerSec > fl.PerSec*1.05 {
		line += fmt.Sprintf(" (busy hours run at %s/s, which the day's total already averages over)", conversation.Human(fl.PeakPerSec))
	}
	return line + "."
}

// sizeLine is what the stores hold after the period: a month's stored bytes times the months,
// never more than the retention keeps. Records are replicated and blobs stored once, so one copy
// divides only the records.
func sizeLine(g bot.Grounding, q string, p period) string {
	c := g.Capacity
	months := p.seconds() / periodSeconds["month"]
	rf := orOne(g.Requirements.Workload.ReplicationFactor, 3)
	keep := orOne(g.Requirements.Workload.RetentionYears, 5)
	blobs := math.Min(c.BlobBytesPerMonth, c.StorageBytesPerMonth)
	oneCopy := 1 / rf // of what is stored: the share one copy of it is
	how := "replicated ×" + conversation.Human(rf)
	if blobs > 0 {
		oneCopy = ((c.StorageBytesPerMonth-blobs)/rf + blobs) / c.StorageBytesPerMonth
		how = "records replicated ×" + conversation.Human(rf) + ", blobs stored once"
	}
	total := c.StorageBytesPerMonth * months
	line := fmt.Sprintf("after %s: %s a month (%s) × %s months ≈ %s, %s as one copy", p, conversation.Bytes(c.StorageBytesPerMonth), how, conversation.Human(months), conversation.Bytes(total), conversation.Bytes(total*oneCopy))
	if p.n*periodSeconds[p.unit] > keep*periodSeconds["year"]*1.01 && c.StorageBytesKept > 0 {
		line = fmt.Sprintf("after %s it stops growing: data older than the %s-year retention is deleted, so the stores hold %s (%s), %s as one copy", p, conversation.Human(keep), conversation.Bytes(c.StorageBytesKept), how, conversation.Bytes(c.StorageBytesKept*oneCopy))
	}
	if fl := flowFor(c, q); fl.StoredPerMon > 0 && fl.StoredPerMon < c.StorageBytesPerMonth*oneCopy*0.95 {
		line += fmt.Sprintf("; of that, %s is %s a month per copy", fl.Name, conversation.Bytes(fl.StoredPerMon))
	}
	if s := stepNamed(c, "Storage per month"); s != "" {
		line += " (" + strings.TrimSuffix(s, ".") + ")"
	}
	if blobs > c.StorageBytesPerMonth/2 {
		// Photos, video and PDFs arrive compressed: their bytes are what the disks hold.
		return line + ". Most of it is files, already compressed, so that is about what the disks hold."
	}
	return line + ". It counts raw records, so compression makes it smaller on disk."
}

// flowFor is the flow whose name shares a word with the text, else the busiest write flow.
func flowFor(c conversation.Capacity, text string) conversation.FlowLoad {
	words := strings.Fields(strings.ToLower(text))
	for _, f := range c.Flows {
		for _, w := range strings.Fields(strings.ToLower(f.Name)) {
			if len(w) > 3 && slices.ContainsFunc(words, func(x string) bool { return strings.TrimSuffix(x, "s") == w }) {
				return f
			}
		}
	}
	best := c.Flows[0]
	for _, f := range c.Flows {
		if f.Kind == conversation.FlowWrite && (best.Kind != conversation.FlowWrite || f.PerSec > best.PerSec) {
			best = f
		}
	}
	return best
}

// stepNamed is the capacity step that starts with name.
func stepNamed(c conversation.Capacity, name string) string {
	for _, s := range c.Steps {
		if strings.HasPrefix(s, name) {
			return s
		}
	}
	return ""
}

func orOne(v, fallback float64) float64 {
	if v > 0 {
		return v
	}
	return fallback
}
