package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// reportingDevices says which counted machines the statement has reporting on a fixed interval
// ("250,000 home batteries report state of charge every 5 seconds", "each truck's reefer unit
// reports temperature every 30 seconds"), or "". Such a fleet needs an ingest path, device
// connections and a store for readings whatever the device is called, so the rule reads the
// sentence's shape (a population × one report every interval) rather than a list of device names
// the knowledge base would never finish.
func reportingDevices(statement string) string {
	if f, ok := deviceFlow(workload.Read(statement)); ok {
		return fmt.Sprintf("%s %s report %s", conversation.Human(f.Actors), f.ActorNoun, reportEvery(reportInterval(f)))
	}
	return ""
}

// reportInterval is the seconds between one device's reports: "10 times a second" is every 0.1 s.
func reportInterval(f conversation.Flow) float64 {
	if f.Count > 1 {
		return f.PerSeconds / f.Count
	}
	return f.PerSeconds
}

// reportEvery says a report interval: "every 5 s", "once a minute".
func reportEvery(sec float64) string {
	every := conversation.Period(sec)
	if strings.HasPrefix(every, "every") {
		return every
	}
	return "once " + every // "a minute"
}

// deviceFlow is the reading's largest stated flow of devices reporting on an interval.
func deviceFlow(rd workload.Reading) (conversation.Flow, bool) {
	var best conversation.Flow
	for _, f := range rd.Flows {
		// A fixed interval ("every 30 seconds") makes a sender of readings; a daily total ("8,000
		// bug reports a day") does not. A rate ("1 reading per second", "10 times a second") is
		// an interval only when a machine keeps it: keys, stocks or shops do things per second too.
		every := strings.Contains(strings.ToLower(f.From), "every")
		if f.Kind != conversation.FlowWrite || f.PerSeconds <= 0 || f.Burst || !every && !machineRateRe.MatchString(f.From) {
			continue
		}
		if f.Source == conversation.Derived {
			continue // "ships send ETA updates every 15 min": senders estimated from movements, no counted fleet
		}
		if !f.Each {
			f = eachReports(f)
		}
		if !every && !isMachine(workload.Singular(f.ActorNoun)) || reportInterval(f) > maxReportInterval {
			continue // "turbines, inspections every 6 months": a visit by people, not a device reporting
		}
		if f.Each && f.Actors > 0 && reportsAsDevice(f.ActorNoun) && !positionsOnly(f.From) && f.Actors > best.Actors {
			best = f
		}
	}
	return best, best.Actors > 0
}

// maxReportInterval is the longest interval a device reports on: a meter reads once a day, a
// tracker once a week; what happens every few months is people's work on the things.
const maxReportInterval = 7 * 24 * 3600

// machineRateRe finds a rate a machine keeps rather than a total reached by the end of a day:
// "per second", "10 times a minute", "once an hour", "at 50 Hz".
var machineRateRe = regexp.MustCompile(`(?i)\b(?:per|a|an)\s+(?:second|sec|minute|min|hour)\b|\d\s*hz\b`)

// eachReports reads a total the reader took from "80,000 street lights that report their status
// every 5 minutes" (80,000 every 5 minutes) as what it is: one report from each of the 80,000,
// when the words name who reports and a verb of reporting. Anything else comes back unchanged.
func eachReports(f conversation.Flow) conversation.Flow {
	words := strings.Fields(strings.ToLower(f.From))
	for i := 2; i+1 < len(words); i++ {
		verb := i
		if words[i] == "that" || words[i] == "which" || words[i] == "each" {
			verb = i + 1
		}
		if !reportVerbs[words[verb]] {
			continue
		}
		if n, _ := strconv.ParseFloat(strings.ReplaceAll(words[i-2], ",", ""), 64); n != f.Count || n <= 1 {
			if n, _ = strconv.ParseFloat(strings.ReplaceAll(words[0], ",", ""), 64); n != f.Count || n <= 1 {
				return f
			}
		}
		f.Each, f.Actors, f.ActorNoun, f.Count, f.Steady = true, f.Count, words[i-1], 1, true
		return f
	}
	return f
}

// positionsOnly reports a flow whose senders report nothing but where they are ("60 ambulances
// report GPS every 5 seconds", "1,100 buses send a GPS ping every 10 seconds"): a fleet tracked,
// dispatched or predicted, which the tracking, dispatch, telematics and arrivals knowledge
// designs, not a device platform's readings. A ping or an update carries the position; alone
// ("sensors send a ping") it is no position at all.
func positionsOnly(from string) bool {
	what := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ").Replace(readingsOf(from))))
	position := false
	for _, w := range what {
		switch {
		case positionWords[w] || w == "positions" || w == "locations":
			position = true
		case !positionCarriers[w]:
			return false
		}
	}
	return position
}

// positionCarriers are the words around a position that say nothing else is sent: articles and
// the message that carries it ("a GPS ping", "their location update").
var positionCarriers = set("and", "their", "its", "the", "a", "an", "ping", "pings", "fix", "fixes", "update", "updates")

// reportsAsDevice reports whether a noun that sends on an interval is a device in the field: not
// people (whose phones report for them: ride hailing, fitness), not organisations or homes (a
// site's meters, not the site), and not the servers and services a monitoring system scrapes.
func reportsAsDevice(noun string) bool {
	n := workload.Singular(noun)
	return n != "" && !workload.IsPerson(n) && !workload.IsOrg(n) && !notFieldDevices[n]
}

// notFieldDevices send on an interval without being devices in the field: compute that metrics
// pipelines watch, people's own phones and apps, and groups of people or things.
var notFieldDevices = set("host", "server", "node", "instance", "container", "pod", "service", "microservice", "cluster",
	"database", "repository", "repo", "website", "site", "endpoint", "app", "application", "client", "phone", "browser",
	"agent", "worker", "datanode", "chunkserver", "pop", "feed", "source", "job", "process", "tenant", "team",
	"household", "home", "family", "fleet", "account", "channel", "bot")

// heldLimitRe finds a limit that must hold for a time before it counts: "above 5°C for more than 10
// minutes", "stays below 20% for over an hour", "exceeds 80 dB for 30 seconds". The limit is
// a number with its unit; the time is what turns a reading past it into an alert.
var heldLimitRe = regexp.MustCompile(`(?i)\b((?:goes |goes back |stays |remains |is |rises |drops |falls |climbs )?(?:above|below|over|under|exceeds?|exceeding|higher than|lower than|hotter than|colder than|warmer than)\s+-?\d[\d.,]*\s*(?:°\s*[cf]\b|°|degrees?(?:\s+[cf]\b)?|%|percent\b|[a-z/]+\b)?(?:\s+(?:humidity|moisture|saturation|load|charge|capacity|utilisation|utilization|occupancy))?)\s+for\s+((?:more than|longer than|over|at least)\s+)?((?:half an hour|half a minute|(?:\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s*[- ]?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?))\b)`)

// belowRe finds a limit crossed downwards: "below 20%", "under 2°C".
var belowRe = regexp.MustCompile(`(?i)^(below|under|lower|colder)\b`)

// heldLimit is the statement's limit held over time: the condition ("above 5°C"), the time
// ("10 minutes") and the whole rule as stated, or ok false.
type heldLimit struct{ limit, span, rule string }

func readHeldLimit(statement string) (heldLimit, bool) {
	m := heldLimitRe.FindStringSubmatch(statement)
	if m == nil {
		return heldLimit{}, false
	}
	limit := strings.Join(strings.Fields(m[1]), " ")
	for _, verb := range []string{"goes back ", "goes ", "stays ", "remains ", "is ", "rises ", "drops ", "falls ", "climbs "} {
		limit = strings.TrimPrefix(limit, verb)
	}
	span := strings.Join(strings.Fields(m[3]), " ")
	return heldLimit{limit: limit, span: span, rule: limit + " for " + m[2] + span}, true
}

// notifyRe finds where a statement says whom to alert: "alert the driver and the dispatcher",
// "notify the farmer", "page the on-call engineer or the site manager".
var notifyRe = regexp.MustCompile(`(?i)\b(?:alert|notify|page|text|warn|tell|call|email|message)\s+((?:the|our|their|its|a)\s.*)`)

// notified is who the statement names to alert, or "": determiner and noun (one or two words),
// joined by commas, "and" or "or", as written. "alert rules" names no one, so a determiner is
// needed.
func notified(statement string) string {
	m := notifyRe.FindStringSubmatch(statement)
	if m == nil {
		// "the farmer must be texted": the same people, named before a passive verb.
		if p := notifiedPassiveRe.FindStringSubmatch(statement); p != nil {
			return strings.TrimSpace(p[1])
		}
		// "beekeepers get an alert": people who receive it, when the noun names people.
		if p := notifiedGetsRe.FindStringSubmatch(statement); p != nil && workload.IsPerson(lastWord(p[2])) {
			// "… and growers must get a text": the conjunction is not part of who.
			if first, rest, ok := strings.Cut(p[2], " "); ok && joiners[strings.ToLower(first)] {
				p[2] = rest
			}
			if p[1] == "" {
				return "the " + strings.ToLower(p[2])
			}
			return strings.ToLower(p[1] + p[2])
		}
		// "Beekeepers watch 15k hives ... and get an alert": the sentence's subject gets it.
		if p := notifiedAndGetsRe.FindStringSubmatch(statement); p != nil && workload.IsPerson(p[1]) {
			return "the " + strings.ToLower(p[1])
		}
		return ""
	}
	var out []string
	words := strings.Fields(m[1])
	for i := 0; i < len(words); {
		if !notifyDeterminers[strings.ToLower(words[i])] || i+1 >= len(words) {
			break
		}
		j, end := i+1, false
		for ; j < len(words) && j < i+3; j++ {
			w := strings.ToLower(strings.TrimRight(words[j], ",.;:!?"))
			if w == "and" || w == "or" || w == "when" || w == "if" || w == "within" || w == "by" || w == "via" || w == "about" {
				break
			}
			if strings.TrimRight(words[j], ",.;:!?") != words[j] {
				j, end = j+1, true
				break
			}
		}
		out = append(out, strings.TrimRight(strings.Join(words[i:j], " "), ",.;:!?"))
		if j >= len(words) {
			break
		}
		next := strings.ToLower(words[j])
		switch {
		case (next == "and" || next == "or") && j+1 < len(words) && notifyDeterminers[strings.ToLower(words[j+1])]:
			out = append(out, next)
			i = j + 1
			continue
		case end && j < len(words) && notifyDeterminers[next]:
			out = append(out, ",")
			i = j
			continue
		}
		break
	}
	return strings.ReplaceAll(strings.Join(out, " "), " ,", ",")
}

// notifiedPassiveRe finds people named before a passive verb of alerting: "the farmer must be
// texted", "the duty manager is paged".
var notifiedPassiveRe = regexp.MustCompile(`(?i)\b((?:the|our|their|its|a|an) [a-z-]+(?: [a-z-]+)?(?: (?:and|or) (?:the|our|their|its|a|an) [a-z-]+(?: [a-z-]+)?)?) (?:must|should|will|needs to|need to|has to|have to|is|are|gets?) (?:be |get )?(?:texted|alerted|notified|paged|emailed|called|told|warned|messaged)\b`)

// notifiedGetsRe finds people who receive the alert: "beekeepers get an alert", "the site
// manager receives a text", "growers must get frost alerts".
var notifiedGetsRe = regexp.MustCompile(`(?i)\b(the |our |their )?([a-z-]+(?: [a-z-]+)?)\s+(?:(?:must|should|will|can)\s+)?(?:get|gets|receive|receives)\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:alert|text|sms|notification|page|push|email|call)`)

// notifiedAndGetsRe finds a sentence's subject that also gets the alert: "Beekeepers watch 15k
// hives, ... and get an alert when ...".
var notifiedAndGetsRe = regexp.MustCompile(`(?i)(?:^|[.;!?]\s+)([a-z-]+)\s[^.;!?]*?\band\s+(?:get|gets|receive|receives)\s+(?:an?\s+)?(?:alert|text|sms|notification|page|push|email|call)`)

var notifyDeterminers = set("the", "our", "their", "its", "a", "an")

// joiners are the words that join a clause naming who gets an alert to the one before it.
var joiners = set("and", "or", "then", "so", "but", "while", "when", "where")

// groupRe finds a command that must reach a whole group of devices in time: "dispatch events that
// must reach all batteries in a region within 4 seconds", "open every valve in a block within 30
// seconds".
var groupRe = regexp.MustCompile(`(?i)(?:\b([a-z-]+(?: [a-z-]+)?)(?:\s+from\s+(?:the|a|an|our|its|their)\s+[a-z-]+(?: [a-z-]+)?)?\s+(?:(?:that|which)\s+)?(?:must|should|need to|needs to|has to|have to|will)\s+)?\b(?:(?:push|pushes|send|sends|broadcast|broadcasts|issue|issues)\s+(?:(?:a|an|the)\s+)?([a-z-]+(?: [a-z-]+)?)\s+to|reach|reaches|arrive at|get to|be delivered to|delivered to|go out to|be sent to|sent to|pushed to|open|close|stop|start|switch|update)\s+((?:all(?: the)?|every|each)\s+([a-z-]+(?: [a-z-]+)?)\s+(?:in|of|across|on|at)\s+(?:a|an|the|one|each|that|its|their|any)\s+([a-z-]+(?: [a-z-]+)?)\s+within\s+(\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)))\b`)

// groupDelivery reads a command that must reach a whole group of devices by a deadline ("dispatch
// events that must reach all 250,000 batteries in a region within 4 seconds") as what it is: one
// command a broker fans out to the group, not 250,000 writes in 4 seconds to the database. The
// devices' count is the fan-out; how often commands come is assumed.
func groupDelivery(w *conversation.Workload, statement string, note func(string, ...any)) {
	g, ok := readGroupCommand(statement)
	if !ok {
		return
	}
	for i, f := range w.Flows {
		if f.Kind != conversation.FlowWrite || !f.Burst || f.Count < 2 || !groupRe.MatchString(f.From) {
			continue
		}
		H := conversation.Human
		// The reader's own note ("250K batteries within 4 s: a burst") is replaced by these.
		w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return strings.HasPrefix(n, f.Name+": stated") })
		note("%s: stated as one command to up to %s %s within %s s: %s deliveries/s from the device gateway while it lasts, not database writes",
			f.Name, H(f.Count), g.devices, H(f.PerSeconds), H(f.Count/f.PerSeconds))
		note("%s: %d commands a day (assumed)", f.Name, commandsPerDay)
		w.Flows[i] = conversation.Flow{Name: f.Name, Kind: conversation.FlowWrite, Count: commandsPerDay, PerSeconds: 86_400,
			FanOut: f.Count, Source: conversation.Assumed}
	}
}

// settlementFlows names a stated periodic settlement for what it writes: "we settle energy
// delivered per household every month" is a statement per household a month, which the reader
// named after its verb ("deliver household").
func settlementFlows(w *conversation.Workload) {
	for i, f := range w.Flows {
		if f.Kind == conversation.FlowWrite && f.PerSeconds >= 86_400 && settleRe.MatchString(f.From) {
			for j, n := range w.Notes {
				if strings.HasPrefix(n, f.Name+": ") {
					w.Notes[j] = "settlement statement" + strings.TrimPrefix(n, f.Name)
				}
			}
			w.Flows[i].Name = "settlement statement"
		}
	}
}

var settleRe = regexp.MustCompile(`(?i)\bsettle[sd]?\b|\bsettlements?\b`)

// commandsPerDay is how many group commands an operator sends a day when the statement does not
// say: a grid's dispatch events or a city's switching come a few times a day, not continuously.
const commandsPerDay = 10

// groupCommand is a command to every device of a group within a deadline: what the devices are,
// the group ("region") and the deadline ("4 seconds").
type groupCommand struct{ command, devices, group, deadline, said string }

func readGroupCommand(statement string) (groupCommand, bool) {
	m := groupRe.FindStringSubmatch(statement)
	if m == nil {
		return groupCommand{}, false
	}
	command := "command"
	if words := strings.Fields(strings.ToLower(m[1] + " " + m[2])); len(words) > 0 {
		words[len(words)-1] = singularNoun(words[len(words)-1])
		command = strings.Join(words, " ")
	}
	return groupCommand{command: command, devices: strings.ToLower(m[4]), group: strings.ToLower(m[5]), deadline: m[6], said: m[3]}, true
}

// deviceFeatures are the features whose devices in the field report readings and take commands,
// so a limit held over time or a command to a group is theirs when the statement's words chose
// them. Not metrics: a server's CPU held high is the metrics pipeline's own alert rule.
var deviceFeatures = []string{"iot", "telematics", "control", "smartmeter", "plant"}

// deviceRules turns on what a fleet of reporting devices implies by the statement's own
// sentences: the device platform, a limit held over time, a command to a whole group by a
// deadline. Each is read from the sentence's shape, so any device and any limit are read alike;
// a statement without reporting devices (servers, people's phones) gets none of them.
func deviceRules(caps map[string]*capability, statement string, on map[string]bool, why map[string]string) {
	w := reportingDevices(statement)
	if w == "" && !slices.ContainsFunc(deviceFeatures, func(id string) bool { return on[id] }) {
		return
	}
	// A metrics pipeline the words already chose (sensors with alerts) is a device fleet's
	// readings too, with its own agents and storage: a second platform beside it would repeat it.
	// Unless the devices also take commands by a deadline: a metrics pipeline has no path back to
	// a device, and the device platform (which narrows metrics) has.
	u, commanded := readUnitCommand(statement)
	if w != "" && caps["iot"] != nil && !on["iot"] && (!on["metrics"] || commanded) {
		on["iot"], why["iot"] = true, w
	}
	if commanded && caps["unitcommand"] != nil {
		on["unitcommand"], why["unitcommand"] = true, `"`+u.said+`"`
	}
	if h, ok := readHeldLimit(statement); ok && caps["holdrule"] != nil {
		on["holdrule"], why["holdrule"] = true, `"`+h.rule+`"`
	}
	if g, ok := readGroupCommand(statement); ok && caps["groupcommand"] != nil {
		on["groupcommand"], why["groupcommand"] = true, `"`+g.said+`"`
	}
}

// deviceWords renders the placeholders a device fleet's texts use: how many devices connect and
// the brokers they need, the limit held over time and who hears of it, and the group command's
// group and deadline. Each falls back to words that need no figure when the statement gave none.
func (r *renderer) deviceWords(name string) (string, bool) {
	rd := r.reading()
	h, held := readHeldLimit(r.g.Problem)
	g, grouped := readGroupCommand(r.g.Problem)
	switch name {
	case "device_conns", "broker_nodes":
		f, ok := deviceFlow(rd)
		if !ok {
			if name == "device_conns" {
				return "millions of devices", true
			}
			return "a broker node per ≈ 200K connected devices", true
		}
		if name == "device_conns" {
			return "the " + conversation.Human(f.Actors) + " " + f.ActorNoun, true
		}
		return fmt.Sprintf("%d broker nodes", brokerNodes(f.Actors)), true
	case "hold_rule", "hold_limit", "hold_for":
		if !held {
			return map[string]string{"hold_rule": "past its limit for longer than the rule allows", "hold_limit": "past its limit", "hold_for": "the rule's time"}[name], true
		}
		return map[string]string{"hold_rule": h.rule, "hold_limit": h.limit, "hold_for": h.span}[name], true
	case "hold_field":
		// The rule's clock is named for its side of the limit: above_since, below_since.
		if held && belowRe.MatchString(h.limit) {
			return "below_since", true
		}
		return "above_since", true
	case "hold_who":
		if who := notified(r.g.Problem); who != "" {
			return who, true
		}
		return "the people on duty", true
	case "fan_group", "fan_deadline", "fan_devices", "fan_command":
		if !grouped {
			return map[string]string{"fan_group": "group", "fan_deadline": "the deadline", "fan_devices": "devices", "fan_command": "command"}[name], true
		}
		return map[string]string{"fan_group": g.group, "fan_deadline": g.deadline, "fan_devices": g.devices, "fan_command": g.command}[name], true
	case "cmd_devices", "cmd_device", "cmd_action", "cmd_deadline":
		return unitCommandWords(r.g.Problem, name), true
	case "reading_fields", "more_fields":
		return r.readingFields(name), true
	case "rows_day":
		return conversation.Human(r.capa.WriteQPS * 86_400), true
	case "storage_kept":
		return conversation.Bytes(r.capa.StorageBytesKept), true
	case "retention_words":
		y := r.g.Requirements.Workload.RetentionYears
		if y <= 0 {
			return "the retention", true
		}
		return years(y), true
	case "report_every":
		if f, ok := deviceFlow(rd); ok {
			return reportEvery(reportInterval(f)), true
		}
		return "on a fixed interval", true
	case "readings":
		if f, ok := deviceFlow(rd); ok {
			if what := readingsOf(f.From); what != "" {
				return what, true
			}
		}
		return "readings", true
	}
	return r.plantWords(name)
}

// readingFields names the stated readings as fields: "temperature, door_state, gps". more is the
// list a vehicle's own fields are extended by (", temperature, door_state"), position left out
// as the vehicle already has lat and lon; without stated readings it is empty, and the plain
// list is "metric, value".
func (r *renderer) readingFields(name string) string {
	var fields []string
	if f, ok := deviceFlow(r.reading()); ok {
		for _, w := range strings.Split(readingsOf(f.From), ",") {
			for _, part := range strings.Split(strings.TrimSpace(w), " and ") {
				field := strings.Join(strings.Fields(strings.TrimPrefix(strings.TrimSpace(part), "and ")), "_")
				if field != "" && !(name == "more_fields" && positionWords[field]) {
					fields = append(fields, field)
				}
			}
		}
	}
	if len(fields) == 0 {
		fields = statedMeasures(r.g.Problem)
	}
	switch {
	case name == "more_fields" && len(fields) > 0:
		return ", " + strings.Join(fields, ", ")
	case name == "more_fields":
		return ""
	case len(fields) == 0:
		return "metric, value"
	}
	return strings.Join(fields, ", ")
}

// statedMeasures are the physical quantities the problem says its units measure, where no clause
// read them as the flow's readings ("refrigerated trailers that report temperature every 30 s",
// "alert when humidity stays above 70%"): a point without them could not raise the alert. Words
// that are also ordinary ("flow", "strain") or a vehicle's own field (rpm) are left to the clause.
func statedMeasures(problem string) []string {
	var out []string
	for _, q := range plantValues(problem) {
		if !slices.Contains([]string{"flow", "strain", "density", "gravity", "rpm"}, q) {
			out = append(out, strings.ReplaceAll(q, " ", "_"))
		}
	}
	return out
}

// readingsOf is what a device flow's words say the devices send: "state of charge" in "250,000
// home batteries report state of charge every 5 seconds", or "".
func readingsOf(from string) string {
	words := strings.Fields(strings.ReplaceAll(from, " ,", ","))
	for i, w := range words {
		if !reportVerbs[w] {
			continue
		}
		var what []string
		for _, x := range words[i+1:] {
			if x == "every" || x == "each" || x == "once" {
				break
			}
			what = append(what, x)
		}
		// "send a GPS ping", "report their state of charge": the determiner is no part of what
		// is sent, nor of the field named for it.
		for len(what) > 0 && (determiners[what[0]] || what[0] == "their" || what[0] == "its" || what[0] == "some") {
			what = what[1:]
		}
		return strings.TrimRight(strings.Join(what, " "), ",")
	}
	return ""
}

// positionWords are readings a vehicle's own fields already hold (lat, lon).
var positionWords = set("gps", "position", "location", "gps_position", "gps_location", "coordinates")

// reportVerbs are what devices do with their readings.
var reportVerbs = set("report", "reports", "send", "sends", "publish", "publishes", "emit", "emits", "transmit", "transmits",
	"stream", "streams", "upload", "uploads", "push", "pushes")

// brokerNodes is the MQTT broker nodes for n connected devices: ≈ 200K connections a node leaves
// memory and CPU for a reconnect storm, plus one node so losing any one moves its devices onto
// the rest.
func brokerNodes(n float64) int {
	return int(math.Ceil(n/200_000)) + 1
}
