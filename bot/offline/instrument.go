package offline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// instrumentNames names the instrument a bulk-data statement is about, most specific first, so
// its design is titled after the instrument ("Radio telescope data ingest and archive") rather
// than after a verb ("produces 3 TB/hour" is a rate, not a thing called "produce").
var instrumentNames = []struct {
	words []string
	name  string
}{
	{[]string{"radio astronomy", "radio telescope", "antennas"}, "Radio telescope"},
	{[]string{"telescope"}, "Telescope"},
	{[]string{"sequencer", "genome", "genomic"}, "DNA sequencer"},
	{[]string{"particle detector", "accelerator", "collider", "detector"}, "Particle detector"},
	{[]string{"electron microscope", "cryo-em", "microscope"}, "Electron microscope"},
	{[]string{"ground station"}, "Satellite ground station"},
	{[]string{"seismic", "seismometer"}, "Seismic network"},
	{[]string{"synchrotron", "beamline"}, "Beamline"},
	{[]string{"spectrometer"}, "Spectrometer"},
}

// instrumentTitle is the title of a scientific instrument's data ingest and archive.
func instrumentTitle(problem string) string {
	lower := strings.ToLower(problem)
	for _, n := range instrumentNames {
		for _, w := range n.words {
			if strings.Contains(lower, w) {
				return n.name + " data ingest and archive"
			}
		}
	}
	return "Scientific instrument data ingest and archive"
}

// instrumentShareRe finds the share of the archive ever read again ("only ~5% is ever re-read").
var instrumentShareRe = regexp.MustCompile(`~?(\d+(?:\.\d+)?)\s*%`)

// instrumentRateRe reads the instrument's bulk rate: "3 TB/hour", "6 TB per run", "2 TB of
// waveforms a day", "500 GB per second".
var instrumentRateRe = regexp.MustCompile(`(?i)(\d+(?:\.\d+)?)\s*(gb|tb|pb)\b(?:\s+of\s+[a-z -]+?)?\s*(?:/|\bper\b|\ban?\b|\beach\b)\s*(hour|second|day|night|run|session|pass|fill|scan|shift)`)

// instrumentHoursRe reads a run's length ("runs of up to 12 hours", "a 10-hour beam fill");
// instrumentRunsRe how many runs a day ("about 14 passes a day").
var (
	instrumentHoursRe = regexp.MustCompile(`(?i)\b(\d+)(?:-| )hours?\b`)
	instrumentRunsRe  = regexp.MustCompile(`(?i)\b(\d+)\s+(?:runs|passes|sessions|fills|scans|shifts)\s+(?:a|per)\s+day`)
	instrumentUnit    = map[string]float64{"gb": 1e9, "tb": 1e12, "pb": 1e15}
	instrumentPer     = map[string]float64{"second": 3600, "hour": 1}
)

// Hot disk and cold (deep archive or tape) storage, dollars per TB-month: list prices of the
// standard and deep-archive tiers of the large clouds, rounded.
const hotPerTBMonth, coldPerTBMonth = 20.0, 1.0

// instrumentRun is a run's bytes and how many runs a day the statement says, with what it took
// as the run's length. Zero bytes when it states no bulk rate.
func instrumentRun(problem string, things float64) (run, perDay float64, length string) {
	m := instrumentRateRe.FindStringSubmatchIndex(problem)
	if m == nil {
		return 0, 0, ""
	}
	v, _ := strconv.ParseFloat(problem[m[2]:m[3]], 64)
	v *= instrumentUnit[strings.ToLower(problem[m[4]:m[5]])]
	if things > 1 && strings.Contains(strings.ToLower(problem[max(0, m[0]-30):m[1]]), "each") {
		v *= things // "20 sequencers, each generating 6 TB per run"
	}
	perDay = 0 // one a day, assumed
	if r := instrumentRunsRe.FindStringSubmatch(problem); r != nil {
		perDay, _ = strconv.ParseFloat(r[1], 64)
	}
	per, ok := instrumentPer[strings.ToLower(problem[m[6]:m[7]])]
	if !ok {
		return v, perDay, "" // a run's, a day's or a night's bytes as stated
	}
	hours, length := 12.0, "12-hour runs (assumed)"
	if h := instrumentHoursRe.FindStringSubmatch(problem); h != nil {
		hours, _ = strconv.ParseFloat(h[1], 64)
		length = h[1] + "-hour runs (stated)"
	}
	return v * per * hours, perDay, length
}

// instrumentWords renders {instrument_figures}: the instrument's bytes a run, a year and over the
// retention, and what keeping it all hot would cost against hot recent runs and the rest cold.
func (r *renderer) instrumentWords(name string) (string, bool) {
	if name != "instrument_figures" {
		return "", false
	}
	rd := r.reading()
	var things float64
	if len(rd.Things) > 0 {
		things = rd.Things[0].Value
	}
	run, perDay, length := instrumentRun(r.g.Problem, things)
	if run == 0 {
		return "A run's bytes follow from the instrument's rate × the run's length; say them and the buffer, the archive and its cost follow.", true
	}
	years := rd.Workload.RetentionYears
	if years == 0 {
		years = 10
	}
	share := 5.0
	if m := instrumentShareRe.FindStringSubmatch(r.g.Problem); m != nil {
		share, _ = strconv.ParseFloat(m[1], 64)
	}
	daily := fmt.Sprintf("%g runs a day (stated)", perDay)
	if perDay == 0 {
		perDay, daily = 1, "one run a day (assumed)"
	}
	year := run * perDay * 365
	archive := year * years
	hot := year / 12
	allHot := archive / 1e12 * hotPerTBMonth
	tiered := hot/1e12*hotPerTBMonth + (archive-hot)/1e12*coldPerTBMonth
	if length != "" {
		length = " over " + length
	}
	return fmt.Sprintf("The figures: %s a run%s; at %s that is %s a year and %s over %g years. "+
		"Hot disk for the last month is %s; with ~%g%% ever re-read the rest (%s) goes cold. At about $%g a TB-month hot and $%g cold, "+
		"the full archive all on hot disk would cost about $%s a month, tiered about $%s.",
		conversation.Bytes(run), length, daily, conversation.Bytes(year), conversation.Bytes(archive), years,
		conversation.Bytes(hot), share, conversation.Bytes(archive-hot), hotPerTBMonth, coldPerTBMonth, dollars(allHot), dollars(tiered)), true
}

// dollars writes a monthly cost in thousands or millions.
func dollars(v float64) string {
	switch {
	case v >= 1e9:
		return fmt.Sprintf("%.1fB", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.1fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.0fK", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}
