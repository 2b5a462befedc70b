package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// outboundNouns are a sending service's own nouns, read from the statement: who sends (the
// tenants: practices, schools, pharmacies), what the messages are about (an appointment, an
// absence, a prescription), who receives and answers them, on which channel, and the keywords a
// reply carries. The knowledge texts say {ob_tenant}, {ob_about} and so on, so a dental
// practice's reminders read as a dental practice's and a school's absence texts as a school's.
type outboundNouns struct {
	tenant, tenants, about, abouts, people, channel, keywords, rules string
}

// outboundTenants are the businesses a sending service works for, singular by plural, in the
// order they are looked for: the first the statement names is the tenant.
var outboundTenants = [][2]string{
	{"practice", "practices"}, {"clinic", "clinics"}, {"surgery", "surgeries"}, {"school", "schools"}, {"pharmacy", "pharmacies"},
	{"salon", "salons"}, {"gym", "gyms"}, {"studio", "studios"}, {"garage", "garages"}, {"courier", "couriers"}, {"depot", "depots"}, {"retailer", "retailers"},
	{"merchant", "merchants"}, {"restaurant", "restaurants"}, {"store", "stores"}, {"shop", "shops"},
	{"landlord", "landlords"}, {"brand", "brands"},
}

// outboundAbouts name what a message is about by the words that say it, most specific first.
var outboundAbouts = []struct {
	words []string
	noun  string
}{
	{[]string{"absence", "absent"}, "absence"},
	{[]string{"vaccine", "vaccination", "booster"}, "vaccination"},
	{[]string{"renewal"}, "renewal"},
	{[]string{"prescription"}, "prescription"},
	{[]string{"appointment", "check-up", "checkup"}, "appointment"},
	{[]string{"delivery", "deliveries", "parcel"}, "delivery"},
	{[]string{"pick-up", "pickup", "collection"}, "order ready for collection"},
	{[]string{"session"}, "session"},
	{[]string{"visit"}, "visit"},
	{[]string{"booking", "class"}, "booking"},
	{[]string{"campaign"}, "campaign"},
	{[]string{"order"}, "order"},
}

// outboundPeople are who receives the messages and answers them.
var outboundPeople = []string{"patients", "parents", "customers", "owners", "guests", "clients", "members", "students", "residents", "shoppers", "recipients"}

// replyWordRe finds where a statement says what a reply carries: "patients reply …", "a
// patient answers …", "customers text back …".
var replyWordRe = regexp.MustCompile(`(?i)\b(?:reply|replies|answer|answers|respond|responds|text back|texts back)\b`)

// replyKeywordRe reads one keyword and what it does: "C to confirm", "YES to keep the slot", "2
// to pick another day". Keywords are written in capitals or digits, as recipients are told them.
var replyKeywordRe = regexp.MustCompile(`"?\b([A-Z0-9]{1,8})\b"? (?:to|for) ([a-z][a-z0-9' -]*?)(?:,| or | and |$)`)

func readOutbound(statement string) outboundNouns {
	s := strings.ToLower(statement)
	words := strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') })
	for _, w := range words {
		if strings.Contains(w, "-") {
			words = append(words, strings.Split(w, "-")...) // "delivery-window" is about a delivery
		}
	}
	n := outboundNouns{tenant: "business", tenants: "businesses", about: "event", abouts: "events", people: "recipients", channel: "SMS"}
	for _, t := range outboundTenants {
		if slices.Contains(words, t[0]) || slices.Contains(words, t[1]) {
			n.tenant, n.tenants = t[0], t[1]
			break
		}
	}
	for _, a := range outboundAbouts {
		if slices.ContainsFunc(a.words, func(w string) bool { return slices.Contains(words, w) || slices.Contains(words, w+"s") }) {
			n.about, n.abouts = a.noun, pluralNoun(a.noun)
			break
		}
	}
	for _, p := range outboundPeople {
		if slices.Contains(words, p) || slices.Contains(words, strings.TrimSuffix(p, "s")) {
			n.people = p
			break
		}
	}
	switch {
	case slices.Contains(words, "whatsapp"):
		n.channel = "WhatsApp"
	case !slices.Contains(words, "sms") && !strings.Contains(s, "text") && strings.Contains(s, "email"):
		n.channel = "email"
	}
	n.rules = sendOffsets(statement)
	n.keywords = replyKeywords(statement)
	if n.keywords == "" {
		n.keywords = "the keywords each " + n.tenant + " sets (YES and NO, say)"
	}
	return n
}

// offsetRe finds a send ahead of the event: "14 days before", "another 2 days before", "the day
// before", "48 hours ahead".
var offsetRe = regexp.MustCompile(`(?i)\b((?:\d+|a|an|one|two|three|four|five|six|seven|ten|the)\s+(?:minute|hour|day|week|month)s?)\s+(?:before|ahead|prior)\b`)

// sendOffsets renders the send rules a statement states ("14 days and 2 days before"), or an
// example of them when it states none.
func sendOffsets(statement string) string {
	var said []string
	for _, m := range offsetRe.FindAllStringSubmatch(statement, 4) {
		if o := strings.ToLower(m[1]); !slices.Contains(said, o) {
			said = append(said, o)
		}
	}
	switch len(said) {
	case 0:
		return "e.g. 48 hours and 2 hours before, or as soon as it is recorded"
	case 1:
		return said[0] + " before, as stated"
	}
	return strings.Join(said[:len(said)-1], ", ") + " and " + said[len(said)-1] + " before, as stated"
}

// replyKeywords renders the keywords a statement gives its replies, "C (confirm) and R
// (reschedule)", or "" when it gives none. Only the clause after the reply word is read, up to
// the end of its sentence.
func replyKeywords(statement string) string {
	loc := replyWordRe.FindStringIndex(statement)
	if loc == nil {
		return ""
	}
	clause := statement[loc[1]:]
	if i := strings.IndexAny(clause, ".;:("); i >= 0 {
		clause = clause[:i]
	}
	var said []string
	for _, m := range replyKeywordRe.FindAllStringSubmatch(clause+",", 4) {
		said = append(said, fmt.Sprintf("%s (%s)", m[1], strings.TrimSpace(m[2])))
	}
	switch len(said) {
	case 0:
		return ""
	case 1:
		return said[0]
	}
	return strings.Join(said[:len(said)-1], ", ") + " and " + said[len(said)-1]
}

// outboundWords renders the {ob_*} placeholders of the outbound messaging knowledge.
func outboundWords(statement, name string) (string, bool) {
	if !strings.HasPrefix(name, "ob_") {
		return "", false
	}
	n := readOutbound(statement)
	w, ok := map[string]string{"ob_tenant": n.tenant, "ob_tenants": n.tenants, "ob_about": n.about, "ob_abouts": n.abouts,
		"ob_people": n.people, "ob_channel": n.channel, "ob_keywords": n.keywords, "ob_rules": n.rules}[name]
	return w, ok
}

var nounPlaceholderRe = regexp.MustCompile(`\{(?:ob|cl)_[a-z_]+\}`)

// fillNouns expands the placeholders of requirement lines that name the statement's own nouns
// ({ob_*} of an outbound sender, {cl_*} of a claim) when the requirements are made, so what a
// model or a follow-up reads names the statement's practices, appointments and claims rather
// than placeholders. Figures ({cl_queue}) wait for the renderer, which knows the capacity.
func fillNouns(problem string) func([]string) []string {
	return fillPlaceholders(nounPlaceholderRe, problem, func(problem, name string) (string, bool) {
		if w, ok := outboundWords(problem, name); ok {
			return w, true
		}
		return claimsWords(problem, name)
	})
}

// messageNouns name a flow of the messages themselves.
var messageNouns = set("text", "sms", "message", "reminder", "email", "whatsapp", "notification")

// segmentPrice is what a carrier-facing provider charges for one SMS segment to a US number
// (Twilio's list price is a little under a cent); the figure only has to show the order of
// magnitude against the servers.
const segmentPrice = 0.008

// outboundCost renders the month's messages and what carriers charge for them at one segment
// each: {ob_month_msgs}, {ob_month_cost}. For a sending service that is the bill, not the servers.
func (r *renderer) outboundCost(name string) (string, bool) {
	month := r.capa.WriteQPS * 86_400 * 30
	// Where the statement counts the messages apart from what they are about ("a text 14 days
	// before and another 2 days before" each pet's date), the bill is theirs alone.
	var sent float64
	for _, f := range r.capa.Flows {
		if f.Kind == conversation.FlowWrite && messageNouns[lastWord(f.Name)] {
			sent += f.PerSec
		}
	}
	if sent > 0 {
		month = sent * 86_400 * 30
	}
	switch name {
	case "ob_month_msgs":
		return conversation.Human(month), true
	case "ob_month_cost":
		return "$" + conversation.Human(math.Round(month*segmentPrice)), true
	}
	return "", false
}
