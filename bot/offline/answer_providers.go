package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A design costs its servers and also what it pays third parties per use: a text message per
// segment, an email, a card charge, a map request, a model call. Those are priced from the
// provider the design names and the count of the flow that sends through it, at list prices,
// with what is assumed said beside the figure.

// paidProvider is a third party priced per unit: what its name or its flows say, the unit, the
// list price and what the price is.
type paidProvider struct {
	said  *regexp.Regexp
	what  string
	unit  string
	usd   float64
	price string
	// messages: the unit is a message, one per reminder or notice the design sends per event.
	messages bool
	// fee: the price follows the money taken, a cost of revenue rather than of the system.
	fee bool
}

var paidProviders = []paidProvider{
	{regexp.MustCompile(`(?i)\bsms\b|twilio|vonage|messagebird|\btext messages?\b`), "SMS", "segment", 0.0079,
		"$0.0079 a segment (Twilio's US list price; an inbound reply costs the same, other countries 2–10× more)", true, false},
	{regexp.MustCompile(`(?i)\bses\b|sendgrid|mailgun|postmark|\bemail\b`), "email", "email", 0.0001,
		"$0.10 per 1,000 (Amazon SES)", true, false},
	{regexp.MustCompile(`(?i)stripe|adyen|braintree|\bpsp\b|payment processor|card processor`), "card payments", "charge", 0.30,
		"2.9% + $0.30 a card charge (Stripe's list price; the percentage depends on the amount, so only the fixed part is priced)", false, true},
	{regexp.MustCompile(`(?i)google maps|mapbox|here maps|maps api|geocod|routing api|directions api`), "maps", "request", 0.005,
		"$5 per 1,000 requests (Google Maps Platform list price, before its monthly credit)", false, false},
	{regexp.MustCompile(`(?i)openai|anthropic|bedrock|\bllm\b|language model|model api|gpt`), "model calls", "call", 0.01,
		"about $0.01 a call (some 2K tokens in and out at a few dollars per million tokens)", false, false},
}

// providerLine is one paid provider priced for a month, or its unit price when no count of the
// design says how often it is used.
type providerLine struct {
	costLine
	priced, fee bool
}

// providerCosts prices each paid provider the design's external parts name.
func (r *renderer) providerCosts() []providerLine {
	var out []providerLine
	seen := map[string]bool{}
	for _, c := range r.g.Components {
		if c.Kind != "external" {
			continue
		}
		for _, p := range paidProviders {
			if !p.said.MatchString(c.Technology) || seen[p.what] {
				continue // a second provider of a kind is the first one's failover
			}
			seen[p.what] = true
			out = append(out, r.priceProvider(c, p))
		}
	}
	return out
}

// priceProvider prices one provider from the flow of the design that sends through it: the
// stated flow its callers are named for ("Appointment reminder scheduler" sends per appointment).
func (r *renderer) priceProvider(c conversation.Component, p paidProvider) providerLine {
	name := fmt.Sprintf("%s (%s)", p.what, providerName(c.Technology, p))
	f, ok := r.flowBehind(c, p)
	if !ok {
		return providerLine{costLine: costLine{what: name, lever: fmt.Sprintf("%s; no figure of this design says how many a month, so say it and I will price it", p.price)}}
	}
	per, why := 1.0, "one per "+f.Name
	if p.messages {
		per, why = r.messagesPerEvent(p, f.Name)
	}
	month := f.PerSec * secondsInMonth
	units := month * per
	H := conversation.Human
	lever := fmt.Sprintf("%s a month × %s (%s) ≈ %s at %s", plural(month, f.Name), H(per), why, plural(units, p.unit), p.price)
	return providerLine{costLine: costLine{what: name, usd: units * p.usd, lever: lever}, priced: true, fee: p.fee}
}

// providerName is the provider's own name in a technology that lists several ("APNs, FCM,
// Twilio (SMS), Amazon SES (email)" → "Twilio").
func providerName(tech string, p paidProvider) string {
	for _, part := range strings.Split(tech, ",") {
		if part = strings.TrimSpace(part); p.said.MatchString(part) {
			if i := strings.Index(part, " ("); i > 0 {
				part = part[:i]
			}
			return part
		}
	}
	return tech
}

// flowBehind is the flow whose events make the calls to p's provider c: a stated flow named by
// a caller, by the caller's callers (a payment service called by the order service), or, for
// messages, the one stated flow of a statement that asks for reminders of it by that channel.
func (r *renderer) flowBehind(c conversation.Component, p paidProvider) (conversation.FlowLoad, bool) {
	text := strings.Join(r.callerWords(c.Name, 2), " ")
	var stated []conversation.FlowLoad
	for _, f := range r.capa.Flows {
		if f.Source != conversation.Stated || f.PerSec <= 0 {
			continue
		}
		if strings.Contains(text, stem(strings.ToLower(f.Name))) {
			return f, true
		}
		// The texts sent ahead of each appointment are counted per appointment: the appointments
		// are the events, and messagesPerEvent counts the texts of each.
		if f.Kind == conversation.FlowWrite && !messageNouns[lastWord(strings.ToLower(f.Name))] {
			stated = append(stated, f)
		}
	}
	problem := strings.ToLower(r.g.Problem)
	if p.messages && len(stated) == 1 && (p.said.MatchString(problem) || p.what == "SMS" && textAskedRe.MatchString(problem)) && remindAskedRe.MatchString(problem) {
		return stated[0], true
	}
	return conversation.FlowLoad{}, false
}

// textAskedRe is a statement asking for text messages in its own words ("a text reminder 48
// hours before", "texts the day before"), which the providers' names do not say.
var textAskedRe = regexp.MustCompile(`(?:^|[^-])\btexts?\b(?:[^-]|$)`)

// remindAskedRe is a statement that sends ahead of its events or asks for their confirmation.
var remindAskedRe = regexp.MustCompile(`remind|confirm|before`)

// callerWords are the names, roles and links of the services and workers that call name, and of
// theirs, depth levels up; a queue, an edge or a client between them ends the walk.
func (r *renderer) callerWords(name string, depth int) []string {
	var out []string
	for _, o := range r.g.Components {
		i := slices.Index(o.TalksTo, name)
		if i < 0 || o.Kind != "service" && o.Kind != "worker" {
			continue
		}
		out = append(out, strings.ToLower(o.Name+" "+o.Description))
		if i < len(o.Flows) {
			out = append(out, strings.ToLower(o.Flows[i]))
		}
		if depth > 1 {
			out = append(out, r.callerWords(o.Name, depth-1)...)
		}
	}
	return out
}

// beforeRe finds the times a reminder goes out: "24 hours and 2 hours before", "a day ahead";
// durRe takes each time out of it.
var (
	durRe    = `(?:\d+|a|an|one|the)[- ]?(?:hours?|days?|minutes?|mins?|weeks?|h)`
	beforeRe = regexp.MustCompile(`\b` + durRe + `(?:\s*(?:,|and|or|, and)\s*` + durRe + `)*\s+(?:before|ahead|prior|earlier)\b`)
	eachDur  = regexp.MustCompile(`\b(\d+|a|an|one|the)[- ]?(hour|day|minute|min|week|h)`)
)

// reminderTimes are the distinct times before an event a reminder goes out, in minutes.
func reminderTimes(s string) []int {
	var out []int
	for _, span := range beforeRe.FindAllString(s, -1) {
		for _, m := range eachDur.FindAllStringSubmatch(span, -1) {
			n, err := strconv.Atoi(m[1])
			if err != nil {
				n = 1
			}
			mins := n * map[string]int{"hour": 60, "h": 60, "day": 1440, "minute": 1, "min": 1, "week": 10080}[m[2]]
			if !slices.Contains(out, mins) {
				out = append(out, mins)
			}
		}
	}
	return out
}

// replyRe finds a message answered by a reply, which a text message provider charges as well.
var replyRe = regexp.MustCompile(`\brepl(?:y|ies|ied|ying)\b|\btext(?:s|ing)? back\b|two-way`)

// messagesPerEvent counts the messages of a kind the design sends per event of a flow, from its
// own requirements and the statement: a confirmation, each reminder time, and for text messages
// a reply when replies are asked for.
func (r *renderer) messagesPerEvent(p paidProvider, flow string) (float64, string) {
	var times []int
	confirm, reply := false, false
	for i, s := range append([]string{r.g.Problem}, r.g.Requirements.Functional...) {
		l := strings.ToLower(s)
		if !strings.Contains(l, "remind") && !strings.Contains(l, "notif") && !strings.Contains(l, "confirm") && !p.said.MatchString(l) {
			continue
		}
		// The times the statement gives are the reminders; the design's template fills in
		// only when it gives none.
		if i == 0 || len(times) == 0 {
			times = append(times, reminderTimes(l)...)
		}
		confirm = confirm || strings.Contains(l, "confirmation")
		reply = reply || replyRe.MatchString(l)
	}
	times = slices.Compact(times)
	var parts []string
	n := 0.0
	if confirm {
		n, parts = n+1, append(parts, "a confirmation")
	}
	switch {
	case len(times) > 0:
		n, parts = n+float64(len(times)), append(parts, plural(float64(len(times)), "reminder"))
	case n == 0:
		n, parts = 1, append(parts, "one notice")
	}
	if reply && p.what == "SMS" {
		n, parts = n+1, append(parts, "a reply")
	}
	return n, strings.Join(parts, ", ") + " per " + flow
}
