package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A work cell's design (knowledge/archetypes-workcell.yaml) speaks of the statement's own
// machines and of what they work on: "3 robots pick 9,000 medication orders a day" is about
// robots and medication orders, and each robot's share of the day is the figure that sizes it.
// Detection is data (knowledge/capabilities-workcell.yaml); this file reads the nouns and the
// rate.

// cellMachineRe finds the machines a statement puts to work, with their count when it gives one:
// "3 robots", "120 AMRs", "lifts and shuttles".
var cellMachineRe = regexp.MustCompile(`(?i)\b(?:(\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?)?(robot arms?|robotic arms?|robots?|amrs|amr|agvs|agv|cobots?|liquid handlers?|sample handlers?|shuttles?|lifts?|stacker cranes?)\b`)

// cellMachine is the statement's noun for its machines, singular, and how many it counts (0 when
// it counts none). Robots and arms come before the lifts and shuttles that carry for them.
func cellMachine(problem string) (string, float64) {
	best, n, rank := "", 0.0, 99
	for _, m := range cellMachineRe.FindAllStringSubmatch(problem, -1) {
		w := strings.ToLower(m[2])
		r := 0
		if strings.HasPrefix(w, "lift") || strings.HasPrefix(w, "shuttle") || strings.HasPrefix(w, "stacker") {
			r = 1
		}
		if r >= rank && !(r == rank && n == 0 && m[1] != "") {
			continue
		}
		best, rank, n = w, r, 0
		if c, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil {
			n = c
		}
	}
	switch best {
	case "":
		return "machine", 0
	case "amr", "amrs", "agv", "agvs":
		return strings.ToUpper(strings.TrimSuffix(best, "s")), n
	}
	return singularNoun(best), n
}

// cellItem is what the machines work on: the thing the statement's rate counts ("9,000
// medication orders a day"), else the things its machines store and move ("holds 300 cars"),
// else what a machine does something to, else an order.
func (r *renderer) cellItem() string {
	item, _ := r.cellWork()
	return item
}

// cellWork is what the machines work on, and whether it is a thing they store and move, whose
// day is counted in movements rather than in items.
func (r *renderer) cellWork() (string, bool) {
	for _, f := range r.g.Requirements.Workload.Flows {
		if f.Kind == conversation.FlowWrite && f.Source == conversation.Stated && f.Name != "" {
			if verb, item, ok := strings.Cut(f.Name, " "); ok && verbs[verb] && !strings.Contains(strings.ToLower(r.g.Problem), f.Name) {
				return item, false // "pick medication order": the robots' work is the orders
			}
			return f.Name, false
		}
	}
	if f := features["workcell"]; f != nil && f.Load != nil {
		rd := r.reading()
		for _, t := range slices.Concat(rd.Things, rd.Kept, rd.Counted) {
			if f.Load.Moved[t.Noun] > 0 {
				return t.Noun, true // "a parking tower holds 300 cars": the cars are what is moved
			}
		}
	}
	machine, _ := cellMachine(r.g.Problem)
	for _, a := range readStatement(r.g.Problem).Actions {
		if a.Object != "" && lastWord(a.Actor) == machine {
			return a.Object, false
		}
	}
	return "order", false
}

// cellPerDay is how many of the work's items the design takes a day.
func (r *renderer) cellPerDay() float64 {
	for _, f := range r.g.Requirements.Workload.Flows {
		if f.Kind != conversation.FlowWrite || f.PerSeconds <= 0 {
			continue
		}
		n := f.Count / f.PerSeconds * 86_400
		if f.Each && f.Actors > 0 {
			n *= f.Actors
		}
		return n
	}
	return 0
}

// cellRate says what each machine must sustain: the day's items over the machines, a minute
// over the day and over an 8-hour shift.
func (r *renderer) cellRate() string {
	machine, n := cellMachine(r.g.Problem)
	item, moved := r.cellWork()
	day, items := r.cellPerDay(), pluralNoun(item)
	if moved {
		items = item + " movements" // 300 cars in and out are 600 movements, not 600 cars
	}
	if day <= 0 {
		return fmt.Sprintf("each %s's rate is the day's %s divided by the %s", machine, items, pluralNoun(machine))
	}
	if n <= 0 {
		return fmt.Sprintf("%s %s a day is ≈ %s a minute spread over 24 hours, ≈ %s a minute in an 8-hour shift, shared by the %s",
			dayCount(day), items, perMinute(day, 24), perMinute(day, 8), pluralNoun(machine))
	}
	each := day / n
	return fmt.Sprintf("%s %s a day over %s %s is %s per %s, ≈ %s a minute each spread over 24 hours or ≈ %s a minute if they come in an 8-hour shift",
		dayCount(day), items, commaInt(n), pluralNoun(machine), dayCount(each), machine, perMinute(each, 24), perMinute(each, 8))
}

// dayCount writes a day's count: 9,000; 1.2M.
func dayCount(n float64) string {
	if n < 1e6 {
		return commaInt(math.Round(n))
	}
	return conversation.Human(n)
}

// perMinute is n a day, spread over hours, a minute: "2.1".
func perMinute(n, hours float64) string {
	m := n / (hours * 60)
	if m >= 10 {
		return commaInt(math.Round(m))
	}
	return strconv.FormatFloat(math.Round(m*10)/10, 'f', -1, 64)
}

// cellWords renders the work cell's placeholders: {cell_machine}, {cell_machines}, {cell_item},
// {cell_items} and {cell_rate}.
func (r *renderer) cellWords(name string) (string, bool) {
	switch name {
	case "cell_machine":
		m, _ := cellMachine(r.g.Problem)
		return m, true
	case "cell_machines":
		m, _ := cellMachine(r.g.Problem)
		return pluralNoun(m), true
	case "cell_item":
		return r.cellItem(), true
	case "cell_items":
		return pluralNoun(r.cellItem()), true
	case "cell_rate":
		return r.cellRate(), true
	}
	return "", false
}
