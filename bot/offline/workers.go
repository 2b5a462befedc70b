package offline

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
	"go.yaml.in/yaml/v3"
)

//go:embed knowledge/workers.yaml
var workersYAML []byte

// workerPace is how often one person at work does one kind of act.
type workerPace struct {
	Words []string `yaml:"words"`
	Every float64  `yaml:"every"`
}

// workerKnowledge is who works a shift and at what pace they act (knowledge/workers.yaml).
type workerKnowledge struct {
	Nouns      []string   `yaml:"nouns"`
	Quick      workerPace `yaml:"quick"`
	Job        workerPace `yaml:"job"`
	ShiftHours float64    `yaml:"shift_hours"`
	countRe    *regexp.Regexp
}

var workers = mustWorkers(workersYAML)

func mustWorkers(data []byte) *workerKnowledge {
	var k workerKnowledge
	if err := yaml.Unmarshal(data, &k); err != nil {
		panic(fmt.Sprintf("load workers.yaml: %v", err))
	}
	nouns := make([]string, len(k.Nouns))
	for i, n := range k.Nouns {
		nouns[i] = regexp.QuoteMeta(n) + "s?"
	}
	k.countRe = regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+(?:[a-z-]+\s+)?(` + strings.Join(nouns, "|") + `)\b`)
	return &k
}

// shiftHoursRe finds a stated length of a shift: "a 12-hour shift", "10 hour shifts".
var shiftHoursRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)[- ]hour\s+shifts?\b`)

// pace is how often, in seconds, one worker does the act named, and what kind of act it is; 0
// for an act not paced by a shift.
func (k *workerKnowledge) pace(act string) (float64, string) {
	for _, w := range strings.Fields(strings.ToLower(act)) {
		switch {
		case slices.Contains(k.Quick.Words, w):
			return k.Quick.Every, "a quick act"
		case slices.Contains(k.Job.Words, w):
			return k.Job.Every, "a job"
		}
	}
	return 0, ""
}

// workersAtWork paces the pattern's assumed write on the counted people at work who do it. Taken
// as a fifth of them a day at the pattern's few acts each, "120 stewards scan tickets at the
// gates" scanned 29 tickets a day, and 30 porters took 30 jobs; each of them works a shift at a
// pace instead, a scan about a minute or a job about every 5 minutes, and all of them are the
// day's users.
func workersAtWork(w *conversation.Workload, rd workload.Reading, statement string, note func(string, ...any)) {
	m := workers.countRe.FindStringSubmatch(statement)
	if m == nil {
		return
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil || n <= 0 || n != rd.Workload.Users && n != rd.Workload.DAU {
		return
	}
	hours, said := workers.ShiftHours, "assumed"
	if s := shiftHoursRe.FindStringSubmatch(statement); s != nil {
		if h, err := strconv.ParseFloat(s[1], 64); err == nil && h > 0 && h <= 24 {
			hours, said = h, "stated"
		}
	}
	noun := pluralNoun(singularNoun(strings.ToLower(m[2])))
	paced := false
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind != conversation.FlowWrite || f.Source != conversation.Assumed || !f.Each || f.Actors > 0 || f.ItemsOf != "" || f.Burst || f.Steady {
			continue
		}
		every, kind := workers.pace(f.Name)
		if every == 0 {
			continue
		}
		name := f.Name
		f.Count, f.PerSeconds, f.Actors, f.ActorNoun = 1, every, n, noun
		f.Steady, f.Burst, f.Lasts = true, true, hours*3600
		w.Notes = slices.DeleteFunc(w.Notes, func(s string) bool {
			return strings.HasPrefix(s, name+": ") && strings.Contains(s, "per user a day") ||
				strings.HasPrefix(s, "peak-to-average factor") && strings.Contains(s, name)
		})
		h := strconv.FormatFloat(hours, 'f', -1, 64)
		article := "a"
		if strings.HasPrefix(h, "8") || h == "11" || h == "18" {
			article = "an"
		}
		note("%s: each of the %s %s does one %s through %s %s-hour shift (assumed pace for %s; shift %s)", name,
			conversation.Human(n), noun, conversation.Period(every), article, h, kind, said)
		paced = true
	}
	if paced && w.DAU != n {
		w.Notes = slices.DeleteFunc(w.Notes, func(s string) bool { return strings.HasPrefix(s, "daily active users:") })
		w.DAU = n
		note("daily active users: the %s %s, all at work on a day (assumed)", conversation.Human(n), noun)
	}
}
