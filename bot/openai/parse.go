package openai

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/prompts"
)

// ErrInvalidAnswer means the model's answer could not be used, even after a repair request.
var ErrInvalidAnswer = errors.New("model answer invalid")

// Limits on what a model answer may contribute to a design.
const (
	maxItems      = 30
	maxItemChars  = 300
	maxTitleChars = 120
	maxComponents = 40
)

// kinds maps the component kinds archbot draws, and common spellings of them, to the kind.
var kinds = map[string]string{
	"client": "client", "mobile": "client", "web": "client", "frontend": "client", "browser": "client",
	"edge": "edge", "cdn": "edge", "gateway": "edge", "api_gateway": "edge", "load_balancer": "edge", "lb": "edge", "proxy": "edge",
	"service": "service", "microservice": "service", "api": "service", "backend": "service", "server": "service",
	"cache":    "cache",
	"database": "database", "db": "database", "datastore": "database", "store": "database",
	"queue": "queue", "stream": "queue", "broker": "queue", "message_queue": "queue", "pubsub": "queue", "event_bus": "queue",
	"storage": "storage", "object_storage": "storage", "blob": "storage", "blob_storage": "storage", "object_store": "storage",
	"search": "search", "search_index": "search", "index": "search",
	"worker": "worker", "job": "worker", "batch": "worker", "consumer": "worker", "processor": "worker",
	"external": "external", "third_party": "external", "external_service": "external",
}

var fence = regexp.MustCompile("(?s)^```[a-zA-Z]*\\s*\n?(.*?)\n?```$")

// jsonObject extracts the JSON object from a model answer: fences stripped, and prose around the
// object tolerated, because JSON mode is not available everywhere.
func jsonObject(text string) (string, error) {
	s := strings.TrimSpace(text)
	if m := fence.FindStringSubmatch(s); m != nil {
		s = strings.TrimSpace(m[1])
	}
	if !strings.HasPrefix(s, "{") {
		i, j := strings.Index(s, "{"), strings.LastIndex(s, "}")
		if i < 0 || j < i {
			return "", errors.New("the answer holds no JSON object")
		}
		s = s[i : j+1]
	}
	return s, nil
}

func decode(text string, v any) error {
	s, err := jsonObject(text)
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("not valid JSON of the requested shape: %w", err)
	}
	return nil
}

type requirementsAnswer struct {
	Title         string                `json:"title"`
	Functional    []string              `json:"functional"`
	NonFunctional []string              `json:"non_functional"`
	OutOfScope    []string              `json:"out_of_scope"`
	Entities      []string              `json:"entities"`
	UseCases      []string              `json:"use_cases"`
	Features      []string              `json:"features"`
	Workload      conversation.Workload `json:"workload"`
}

// parseRequirements reads and validates the requirements step's answer.
func parseRequirements(text string) (string, conversation.RequirementSet, error) {
	var a requirementsAnswer
	if err := decode(text, &a); err != nil {
		return "", conversation.RequirementSet{}, err
	}
	title := clean(a.Title, maxTitleChars)
	if title == "" {
		return "", conversation.RequirementSet{}, errors.New(`"title" is empty`)
	}
	req := conversation.RequirementSet{
		Functional:    cleanList(a.Functional),
		NonFunctional: cleanList(a.NonFunctional),
		OutOfScope:    cleanList(a.OutOfScope),
		Entities:      cleanList(a.Entities),
		UseCases:      cleanList(a.UseCases),
	}
	if len(req.Functional) == 0 {
		return "", conversation.RequirementSet{}, errors.New(`"functional" lists no requirement`)
	}
	for _, f := range cleanList(a.Features) {
		f = strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(f))
		if !req.HasFeature(f) {
			req.Features = append(req.Features, f)
		}
	}
	w, err := validWorkload(a.Workload)
	if err != nil {
		return "", conversation.RequirementSet{}, err
	}
	req.Workload = w
	return title, req, nil
}

// validWorkload checks the figures a model extracted: Go computes capacity from them, so nonsense
// here would become nonsense everywhere.
func validWorkload(w conversation.Workload) (conversation.Workload, error) {
	figures := []struct {
		name string
		v    float64
		max  float64
	}{
		{"dau", w.DAU, 1e10}, {"users", w.Users, 1e11}, {"concurrent", w.Concurrent, 1e10},
		{"peak_factor", w.PeakFactor, 100}, {"retention_years", w.RetentionYears, 100},
		{"replication_factor", w.ReplicationFactor, 10}, {"hot_fraction", w.HotFraction, 1},
	}
	for i, f := range w.Flows {
		at := fmt.Sprintf("flows[%d].", i)
		figures = append(figures, []struct {
			name string
			v    float64
			max  float64
		}{
			{at + "count", f.Count, 1e15}, {at + "per_seconds", f.PerSeconds, 366 * 86400}, {at + "actors", f.Actors, 1e11},
			{at + "fan_out", f.FanOut, 1e8}, {at + "bytes", f.Bytes, 1e12}, {at + "stored_bytes", f.StoredBytes, 1e12},
			{at + "blob_bytes", f.BlobBytes, 1e12}, {at + "volume_bytes", f.VolumeBytes, 1e18},
			{at + "concurrency", f.Concurrency, 1e10}, {at + "bits_per_second", f.BitsPerSecond, 1e11},
		}...)
	}
	for _, f := range figures {
		if math.IsNaN(f.v) || f.v < 0 || f.v > f.max {
			return conversation.Workload{}, fmt.Errorf("workload.%s = %v is out of range (0 to %g; 0 means unknown)", f.name, f.v, f.max)
		}
	}
	if w.PeakFactor > 0 && w.PeakFactor < 1 {
		return conversation.Workload{}, fmt.Errorf("workload.peak_factor = %v: a peak is at least the average (>= 1, or 0 for unknown)", w.PeakFactor)
	}
	flows := w.Flows[:0:0]
	for i, f := range w.Flows {
		f.Name = clean(f.Name, maxItemChars)
		switch f.Kind {
		case conversation.FlowWrite, conversation.FlowRead:
			if f.PerSeconds == 0 {
				return conversation.Workload{}, fmt.Errorf("workload.flows[%d] (%q): per_seconds is 0; say over how many seconds count happens", i, f.Name)
			}
		case conversation.FlowStream:
		default:
			return conversation.Workload{}, fmt.Errorf(`workload.flows[%d].kind = %q; want "write", "read" or "stream"`, i, f.Kind)
		}
		if f.Name == "" {
			f.Name = string(f.Kind)
		}
		if f.Source != conversation.Stated {
			f.Source = conversation.Assumed
		}
		flows = append(flows, f)
	}
	w.Flows = flows
	w.Notes = cleanList(w.Notes)
	return w, nil
}

// componentsAnswer is the components step's answer: components in the design's own JSON, as the
// model wrote them, for validComponents to check.
type componentsAnswer struct {
	Components []conversation.Component `json:"components"`
}

// parseComponents reads and validates the components step's answer.
func parseComponents(text string) ([]conversation.Component, error) {
	var a componentsAnswer
	if err := decode(text, &a); err != nil {
		return nil, err
	}
	return validComponents(a.Components)
}

// validComponents checks a component list: non-empty, unique names, known kinds, and edges that
// name components of the list (resolved to their exact names, since the diagram is drawn from
// them).
func validComponents(in []conversation.Component) ([]conversation.Component, error) {
	if len(in) == 0 {
		return nil, errors.New(`"components" is empty`)
	}
	if len(in) > maxComponents {
		return nil, fmt.Errorf("%d components is too many: use at most %d", len(in), maxComponents)
	}
	names := map[string]string{} // lower-case name -> name
	out := make([]conversation.Component, len(in))
	for i, c := range in {
		name := clean(c.Name, 60)
		if name == "" {
			return nil, fmt.Errorf("components[%d] has no name", i)
		}
		if _, dup := names[strings.ToLower(name)]; dup {
			return nil, fmt.Errorf("components[%d]: the name %q is used twice; names must be unique", i, name)
		}
		names[strings.ToLower(name)] = name
		kind, ok := kinds[strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(c.Kind)))]
		if !ok {
			return nil, fmt.Errorf("components[%d] %q: unknown kind %q (want one of client, edge, service, cache, database, queue, storage, search, worker, external)", i, name, c.Kind)
		}
		out[i] = conversation.Component{Name: name, Kind: kind,
			Technology: clean(c.Technology, 80), Description: clean(c.Description, maxItemChars)}
	}
	for i, c := range in {
		seen := map[string]bool{}
		for j, t := range c.TalksTo {
			target, ok := names[strings.ToLower(strings.TrimSpace(t))]
			if !ok {
				return nil, fmt.Errorf("components[%d] %q talks to %q, which is not a component in the list", i, out[i].Name, t)
			}
			if target == out[i].Name || seen[target] {
				continue
			}
			seen[target] = true
			out[i].TalksTo = append(out[i].TalksTo, target)
			flow := ""
			if j < len(c.Flows) {
				flow = clean(c.Flows[j], 60)
			}
			out[i].Flows = append(out[i].Flows, flow)
		}
		if allEmpty(out[i].Flows) {
			out[i].Flows = nil
		}
	}
	return out, nil
}

type interpretAnswer struct {
	Intent     string                    `json:"intent"`
	Sections   []string                  `json:"sections"`
	Decision   string                    `json:"decision"`
	Rationale  string                    `json:"rationale"`
	Components *[]conversation.Component `json:"components"`
	Workload   *conversation.Workload    `json:"workload"`
	Reply      string                    `json:"reply"`
}

// parseInterpretation reads and validates the interpret step's answer against the current
// requirements, which a new scale replaces.
func parseInterpretation(text string, cur conversation.RequirementSet) (interpretation, error) {
	var a interpretAnswer
	if err := decode(text, &a); err != nil {
		return interpretation{}, err
	}
	var it interpretation
	switch strings.ToLower(strings.TrimSpace(a.Intent)) {
	case "question":
		it.question = true
		return it, nil
	case "pushback":
		// A change the model will not apply as asked: it explains the conflict and the options.
		it.pushback, it.reply = true, cleanAnswer(a.Reply)
		if it.reply == "" {
			return interpretation{}, errors.New(`a pushback needs a "reply" saying what the change breaks and the options`)
		}
		return it, nil
	case "change":
		it.reply = cleanAnswer(a.Reply)
	default:
		return interpretation{}, fmt.Errorf(`"intent" is %q; want "question", "change" or "pushback"`, a.Intent)
	}
	it.decision = clean(a.Decision, maxItemChars)
	if it.decision == "" {
		return interpretation{}, errors.New(`a change needs a one-line "decision"`)
	}
	it.rationale = clean(a.Rationale, maxItemChars)
	want := map[conversation.SectionID]bool{}
	for _, s := range a.Sections {
		id, ok := conversation.ParseSectionID(s)
		if !ok {
			return interpretation{}, fmt.Errorf(`"sections" names %q, which is not a section id`, s)
		}
		want[id] = true
	}
	if a.Components != nil {
		comps, err := validComponents(*a.Components)
		if err != nil {
			return interpretation{}, fmt.Errorf("components: %w", err)
		}
		it.components = comps
		want[conversation.Architecture] = true // the component table and diagram change with them
	}
	if a.Workload != nil {
		w, err := validWorkload(*a.Workload)
		if err != nil {
			return interpretation{}, err
		}
		// Figures the model left out keep their current values rather than silently resetting to
		// defaults.
		if w.ReplicationFactor == 0 {
			w.ReplicationFactor = cur.Workload.ReplicationFactor
		}
		if w.HotFraction == 0 {
			w.HotFraction = cur.Workload.HotFraction
		}
		if len(w.Flows) == 0 {
			w.Flows = cur.Workload.Flows
		}
		req := cur
		req.Workload = w
		it.requirements = &req
		want[conversation.CapacityID] = true // its figures are recomputed from the new workload
	}
	if len(want) == 0 {
		return interpretation{}, errors.New(`a change must list the "sections" it affects`)
	}
	for _, id := range conversation.SectionOrder {
		if want[id] {
			it.sections = append(it.sections, id)
		}
	}
	return it, nil
}

// interpretation is a validated interpret answer, converted to bot.Interpretation by Interpret.
type interpretation struct {
	question     bool
	pushback     bool
	reply        string
	sections     []conversation.SectionID
	decision     string
	rationale    string
	components   []conversation.Component
	requirements *conversation.RequirementSet
}

// cleanAnswer tidies a short Markdown reply the model wrote inside JSON.
func cleanAnswer(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > maxReplyChars {
		r = r[:maxReplyChars]
	}
	return cleanMarkdown(string(r), "")
}

// maxReplyChars bounds a pushback or consequences reply: a few lines, not a section.
const maxReplyChars = 2000

var heading = regexp.MustCompile(`^#{1,6}\s+.*\n+`)

// cleanMarkdown tidies a Markdown answer: fences around the whole answer and a leading heading
// repeating the section title go (archbot adds its own), and mentions are defused.
func cleanMarkdown(text, title string) string {
	s := strings.TrimSpace(text)
	if m := fence.FindStringSubmatch(s); m != nil && !strings.Contains(m[1], "```") {
		s = strings.TrimSpace(m[1])
	}
	if loc := heading.FindStringIndex(s); loc != nil && title != "" &&
		strings.Contains(strings.ToLower(s[:loc[1]]), strings.ToLower(title)) {
		s = strings.TrimSpace(s[loc[1]:])
	}
	return defuse(s)
}

// defuse breaks channel-wide and user mentions so model output can never ping anyone, whatever
// the platform adapter does with it.
var defuse = strings.NewReplacer(
	"@channel", "@\u200bchannel", "@here", "@\u200bhere", "@everyone", "@\u200beveryone",
	"<!", "<\u200b!", "<@", "<\u200b@",
).Replace

func clean(s string, n int) string {
	s = defuse(strings.Join(strings.Fields(s), " "))
	if t, cut := prompts.Truncate(s, n); cut {
		return t + "…"
	}
	return s
}

func cleanList(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x = clean(x, maxItemChars); x != "" {
			out = append(out, x)
		}
		if len(out) == maxItems {
			break
		}
	}
	return out
}

func allEmpty(xs []string) bool {
	for _, x := range xs {
		if x != "" {
			return false
		}
	}
	return true
}
