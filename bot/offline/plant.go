package offline

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Industrial telemetry (archetypes-plant.yaml) is sized by three things the generic capacity rows
// do not show: each reading carries several measured values, so the historian takes points, not
// readings; sites that buffer through a link outage send the whole backlog when the link comes
// back, which is the real ingest peak; and years of history are kept as raw points for a while
// and as rollups after, not as raw rows for the whole retention.

// Sizing constants of the plant pattern, each stated where it is used.
const (
	// plantDrainFactor is how many times its live rate a gateway may forward its backlog at,
	// on top of the live readings: fast enough to catch up within a shift, slow enough that a
	// whole region reconnecting does not flood the brokers.
	plantDrainFactor = 4
	// plantBytesPerValue is one measured value on disk after the historian's Delta and Gorilla
	// codecs: sensor noise (vibration) compresses worse than a counter.
	plantBytesPerValue = 4
	// plantRollupBytes is one value's one-minute rollup (min, max, mean, RMS) compressed.
	plantRollupBytes = 16
	// plantRawYears is how long raw points stay in the historian; older raw months go to
	// object storage as Parquet.
	plantRawYears = 1
	// plantReplicas is the historian's copies of each shard.
	plantReplicas = 3
	// plantAssumedBuffer is the outage a gateway buffers when the statement gives none: a day.
	plantAssumedBuffer = 86_400
)

// bufferRe finds the outage a site rides out: "may buffer up to 48 hours", "offline for up to 3
// days", "store a week of readings", "links drop for 6 hours".
var bufferRe = regexp.MustCompile(`(?i)\b(?:buffer\w*|stor(?:e|es|ing)|hold\w*|cach\w*|queue\w*|offline|disconnected|outages?|drop\w*|down|lose\w* (?:connectivity|connection|their link|the link|signal))\b[^.;]{0,40}?\b(\d+(?:\.\d+)?|an?|one|two|three|seven)\s*[- ]?(minutes?|mins?|hours?|hrs?|h|days?|weeks?)\b`)

// linkWordsRe finds a statement that speaks of a link that can fail, without which a span held
// or stored is no outage a site rides out.
var linkWordsRe = regexp.MustCompile(`(?i)\b(?:link|links|connectivity|connection|offline|signal|uplink|network|cellular|satellite|outages?|disconnect\w*|internet|coverage|dead zones?)\b`)

// uncountedOutageRe finds an outage stated without a figure: "offline for days", "lose
// connectivity for hours at a time".
var uncountedOutageRe = regexp.MustCompile(`(?i)\b(?:buffer\w*|offline|disconnected|outages?|drop\w*|down|lose\w* (?:connectivity|connection|their link|the link|signal))\b[^.;]{0,20}?\bfor (hours|days|weeks)\b`)

// plantBuffer is the outage in seconds the statement says its sites buffer, and its words, or the
// assumed day with ok false.
func plantBuffer(statement string) (sec float64, said string, ok bool) {
	m := bufferRe.FindStringSubmatch(statement)
	if m == nil {
		if u := uncountedOutageRe.FindStringSubmatch(statement); u != nil {
			// "lose connectivity for days at a time": some of that unit, three assumed.
			unit := strings.ToLower(u[1])
			return 3 * map[byte]float64{'h': 3600, 'd': 86_400, 'w': 7 * 86_400}[unit[0]], "3 " + unit, false
		}
		return plantAssumedBuffer, "a day", false
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		n = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "seven": 7}[strings.ToLower(m[1])]
	}
	unit := strings.ToLower(m[2])
	per := map[byte]float64{'m': 60, 'h': 3600, 'd': 86_400, 'w': 7 * 86_400}[unit[0]]
	return n * per, m[1] + " " + m[2], n*per > 0
}

// measuredQuantities are physical quantities a sensor reads: a reading that names three of them
// carries three values.
var measuredQuantities = []string{"vibration", "pressure", "flow", "temperature", "humidity", "ph", "gravity", "rpm", "rotor speed", "fan speed",
	"shaft speed", "power output", "active power", "motor current", "current draw", "voltage", "torque", "tank level", "oil level", "water level",
	"turbidity", "chlorine", "conductivity", "damper position", "valve position", "density", "strain", "moisture", "co2", "dissolved oxygen"}

// plantValues names the quantities the statement measures, each once, in its own order; a
// quantity inside a longer one found first ("speed" in "fan speed") is not counted again.
func plantValues(statement string) []string {
	low := " " + strings.ToLower(statement) + " "
	taken := make([]bool, len(low))
	byPlace := map[int]string{}
	for _, q := range measuredQuantities {
		loc := regexp.MustCompile(`[^\pL]` + regexp.QuoteMeta(q) + `s?[^\pL]`).FindStringIndex(low)
		if loc == nil || taken[loc[0]+1] {
			continue
		}
		for i := loc[0] + 1; i < loc[1]-1; i++ {
			taken[i] = true
		}
		byPlace[loc[0]] = q
	}
	var out []string
	for i := range low {
		if q, ok := byPlace[i]; ok {
			out = append(out, q)
		}
	}
	return out
}

// plantWords renders the plant pattern's figures: values per reading and points a second, the
// backlog after an outage and how fast it drains, and the historian's tiers over the retention.
func (r *renderer) plantWords(name string) (string, bool) {
	if !strings.HasPrefix(name, "plant_") {
		return "", false
	}
	H := conversation.Human
	c := r.capa
	values := plantValues(r.g.Problem)
	perReading := math.Max(1, float64(len(values)))
	if f, ok := r.mainWrite(); ok && valueNouns[workload.Singular(f.Name)] {
		perReading = 1 // "2,000 points polled once a minute": each write is one value already
	}
	points := c.WriteQPS * perReading
	buffer, said, stated := plantBuffer(r.g.Problem)
	backlog := c.WriteQPS * buffer
	kept := r.g.Requirements.Workload.RetentionYears
	if kept <= 0 {
		kept = 10
	}
	if w, ok := r.plantStorageWords(name, points, perReading); ok {
		return w, true
	}
	switch name {
	case "plant_values":
		if len(values) == 0 {
			return "a few values (one per sensor channel)", true
		}
		if len(values) == 1 {
			return "1 value (" + values[0] + ")", true
		}
		return fmt.Sprintf("%d values (%s)", len(values), strings.Join(values, ", ")), true
	case "plant_points":
		return H(points), true
	case "plant_buffer":
		if stated {
			return said + " (stated)", true
		}
		return said + " (assumed)", true
	case "plant_rollup_step":
		if _, every := r.plantSeries(perReading); every >= 60 {
			return "1-hour", true
		}
		return "1-minute", true
	case "plant_span":
		return said, true
	case "plant_backlog":
		return fmt.Sprintf("%s/s × %s = %s readings", H(c.WriteQPS), duration(buffer), H(backlog)), true
	case "plant_drain":
		return fmt.Sprintf("%s readings/s (%d× the live rate), so the backlog drains in %s", H(c.WriteQPS*plantDrainFactor),
			plantDrainFactor, duration(buffer/plantDrainFactor)), true
	case "plant_ingest_peak":
		return fmt.Sprintf("%s readings/s (%s points/s)", H(c.WriteQPS*(1+plantDrainFactor)), H(points*(1+plantDrainFactor))), true
	case "plant_asset":
		// The equipment as the statement names it ("tank", "turbine"), else "asset".
		if f, ok := r.mainWrite(); ok && f.Each && isMachine(workload.Singular(f.ActorNoun)) {
			return workload.Singular(f.ActorNoun), true
		}
		return "asset", true
	case "plant_tags":
		if len(values) == 0 {
			return "one per sensor channel", true
		}
		return "one per measured value: " + strings.Join(values, ", "), true
	case "plant_first":
		if len(values) == 0 {
			return "main reading", true
		}
		return values[0], true
	case "plant_retention":
		return years(kept), true
	}
	return "", false
}

// plantStorageWords renders the historian's tiers over the retention: the raw year, the rollups
// and the Parquet archive, each with its arithmetic.
func (r *renderer) plantStorageWords(name string, points, perReading float64) (string, bool) {
	H, B := conversation.Human, conversation.Bytes
	kept := r.g.Requirements.Workload.RetentionYears
	if kept <= 0 {
		kept = 10
	}
	rawYears := math.Min(plantRawYears, kept)
	switch name {
	case "plant_raw_tier":
		raw := points * 365 * 86_400 * rawYears * plantBytesPerValue * plantReplicas
		return fmt.Sprintf("%s points/s × %s × %d B × %d copies = %s", H(points), years(rawYears), plantBytesPerValue, plantReplicas, B(raw)), true
	case "plant_archive":
		archive := points * 365 * 86_400 * kept * plantBytesPerValue
		return fmt.Sprintf("%s of Parquet for %s of raw points", B(archive), years(kept)), true
	case "plant_rollups":
		series, every := r.plantSeries(perReading)
		step, perYear := "1-minute", 525_600.0
		if every >= 60 {
			// Readings a minute or more apart are their own minute rollup: keep hours.
			step, perYear = "1-hour", 8_760
		}
		roll := series * perYear * kept * plantRollupBytes * plantReplicas
		return fmt.Sprintf("%s series × %s %s rollups a year × %s × %d B × %d copies = %s", H(series), H(perYear), step, years(kept),
			plantRollupBytes, plantReplicas, B(roll)), true
	}
	return "", false
}

// valueNouns name a write that is one measured value, not a reading of several.
var valueNouns = set("point", "data point", "tag", "value", "sample", "measurement")

// mainWrite is the statement's largest stated write flow.
func (r *renderer) mainWrite() (conversation.Flow, bool) {
	var best conversation.Flow
	w := conversation.Workload{Flows: r.reading().Flows}
	for _, f := range r.reading().Flows {
		if f.Kind == conversation.FlowWrite && (best.Name == "" || w.Rate(f) > w.Rate(best)) {
			best = f
		}
	}
	return best, best.Name != ""
}

// plantSeries is how many time series the historian keeps (one per asset and value) and the
// seconds between two points of one series, from the stated senders and their interval; without
// them, a series per point a second.
func (r *renderer) plantSeries(perReading float64) (series, every float64) {
	f, ok := r.mainWrite()
	if !ok || !f.Each || f.Actors <= 0 || f.PerSeconds <= 0 {
		return r.capa.WriteQPS * perReading, 1
	}
	if valueNouns[workload.Singular(f.Name)] {
		// "2,000 points polled once a minute" in each building: 2,000 series each.
		return f.Actors * math.Max(1, f.Count), pointInterval(f)
	}
	return f.Actors * perReading, pointInterval(f)
}

// pointInterval is the seconds between two points of one series: a reading's interval ("10
// times a second" is 0.1 s), or the flow's own period where each write is one value of many
// ("2,000 points polled once a minute" is a point a minute in each series).
func pointInterval(f conversation.Flow) float64 {
	if valueNouns[workload.Singular(f.Name)] {
		return f.PerSeconds
	}
	return reportInterval(f)
}

// bufferNote says what a stated outage is where the reader saw only a span: "may buffer up to 48
// hours" is how long devices hold their readings while cut off, and what they hold is a backlog
// the design sizes, not "how long something lasts".
func bufferNote(w *conversation.Workload, statement string) {
	_, said, stated := plantBuffer(statement)
	if !stated || !linkWordsRe.MatchString(statement) {
		return // "a seat hold lasts 8 minutes" holds a seat, not readings through an outage
	}
	for i, n := range w.Notes {
		if strings.EqualFold(n, fmt.Sprintf("%q: how long something lasts, not load", said)) || strings.EqualFold(n, said+": a limit, not load") {
			w.Notes[i] = fmt.Sprintf("%q: how long a site or device buffers its readings while its link is down; the backlog it sends after is sized in the design (stated)", said)
		}
	}
}

// historyTiers assumes the archetype's retention tiers (raw points for RawYears, one-minute
// rollups, or hourly ones for readings a minute or more apart, for the whole retention) where the statement states none and keeps longer than the raw
// window. A rollup holds the raw data's share of one point a minute: a reading every second
// keeps 1/60 of it.
func historyTiers(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	if p.RawYears <= 0 || len(w.Tiers) > 0 || w.RetentionYears <= p.RawYears {
		return
	}
	every := 10.0 // the archetype's own reading interval when the statement gives none
	for _, f := range w.Flows {
		if f.Kind == conversation.FlowWrite && f.Each && f.PerSeconds > 0 {
			every = pointInterval(f)
			break
		}
	}
	// Readings a minute or more apart are their own minute rollup: keep hours, as the note does.
	step, name := 60.0, "1-minute rollups"
	if every >= 60 {
		step, name = 3600, "1-hour rollups"
	}
	share := math.Min(1, every/step)
	w.Tiers = []conversation.Tier{
		{Name: "raw points", Fraction: 1, Years: p.RawYears},
		{Name: name, Fraction: share, Years: w.RetentionYears, Step: step},
	}
	note("tiers: raw points for %s, %s (%s of the raw points) for %s (assumed)", years(p.RawYears), name,
		conversation.Human(share), years(w.RetentionYears))
}
