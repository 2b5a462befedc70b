package offline

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A team's house stack ("we run Postgres, Kafka and GCP") is what its designs should use unless
// the numbers say otherwise: a component whose kind the stack covers takes the stack's
// technology, and the design says where that technology strains under this design's load.

// What the clouds a stack may name host, under which product names, lives in
// knowledge/clouds.yaml; the properties stay those of technologies.yaml.
//
//go:embed knowledge/clouds.yaml
var cloudsYAML []byte

type cloudFile struct {
	Clouds []cloud `yaml:"clouds"`
}

type cloud struct {
	ID     string   `yaml:"id"`
	Name   string   `yaml:"name"`
	Names  []string `yaml:"names"`
	Offers []offer  `yaml:"offers"`
}

// offer is a cloud's product running one technology of the knowledge base.
type offer struct {
	Tech    string `yaml:"tech"`
	Name    string `yaml:"name"`
	Label   string `yaml:"label"`
	Default bool   `yaml:"default"`
}

// knownClouds loads the cloud file on first use: its checks need the technologies, which an
// init in another file loads (TestClouds fails the build's tests on a bad entry).
var knownClouds = sync.OnceValue(func() []cloud {
	cs, err := loadClouds(cloudsYAML)
	if err != nil {
		panic(err)
	}
	return cs
})

// loadClouds decodes the cloud file strictly; every offer must run a known technology and name
// it in its label, so the rest of the designer (swaps, failure questions) still recognises it.
func loadClouds(data []byte) ([]cloud, error) {
	var f cloudFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode clouds: %w", err)
	}
	for _, c := range f.Clouds {
		if c.ID == "" || c.Name == "" || len(c.Names) == 0 {
			return nil, fmt.Errorf("cloud %q needs an id, a name and names", c.ID)
		}
		defaults := map[string]bool{}
		for _, o := range c.Offers {
			tp, ok := techByID(o.Tech)
			if !ok {
				return nil, fmt.Errorf("cloud %q offers unknown technology %q", c.ID, o.Tech)
			}
			if o.Name == "" || o.Label == "" {
				return nil, fmt.Errorf("cloud %q, technology %q: needs a name and a label", c.ID, o.Tech)
			}
			if got, ok := techOf(o.Label); !ok || got.ID != tp.ID {
				return nil, fmt.Errorf("cloud %q: label %q does not name %s", c.ID, o.Label, tp.Name)
			}
			if o.Default && defaults[tp.Kind] {
				return nil, fmt.Errorf("cloud %q: two default offers of kind %s", c.ID, tp.Kind)
			}
			defaults[tp.Kind] = o.Default || defaults[tp.Kind]
		}
	}
	return f.Clouds, nil
}

func techByID(id string) (technology, bool) {
	i := slices.IndexFunc(techs, func(t technology) bool { return t.ID == id })
	if i < 0 {
		return technology{}, false
	}
	return techs[i], true
}

// stackFile is the schema of a knowledge directory's stack.yaml. Unknown keys are an error.
type stackFile struct {
	// Prefer names technologies of technologies.yaml and at most one cloud, in order of
	// preference within a kind.
	Prefer []string `yaml:"prefer"`
}

// houseStack is a parsed stack.yaml.
type houseStack struct {
	prefer []string
	cloud  *cloud
	byKind map[string][]stackChoice // kind → choices in order of preference
}

// stackChoice is one technology the stack offers for a kind, as the team runs it.
type stackChoice struct {
	tech  technology
	name  string // "PostgreSQL", "Memorystore"
	label string // the architecture table's technology
	host  string // the cloud product running it ("Cloud SQL for PostgreSQL"); "" when self-run
}

// parseStack reads a stack.yaml.
func parseStack(data []byte) (*houseStack, error) {
	var f stackFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode stack: %w", err)
	}
	if len(f.Prefer) == 0 {
		return nil, fmt.Errorf("decode stack: prefer lists nothing")
	}
	s := &houseStack{prefer: f.Prefer, byKind: map[string][]stackChoice{}}
	var named []technology
	for _, n := range f.Prefer {
		key := strings.ToLower(strings.TrimSpace(n))
		if c := cloudNamed(key); c != nil {
			if s.cloud != nil && s.cloud.ID != c.ID {
				return nil, fmt.Errorf("stack prefers two clouds, %s and %s: a design runs on one", s.cloud.Name, c.Name)
			}
			s.cloud = c
			continue
		}
		tp, ok := techNamed(key)
		if !ok {
			return nil, fmt.Errorf("stack prefers %q, which is neither a technology of technologies.yaml nor a cloud of clouds.yaml (known: %s)", n, strings.Join(knownStackNames(), ", "))
		}
		named = append(named, tp)
	}
	for _, tp := range named {
		s.byKind[tp.Kind] = append(s.byKind[tp.Kind], s.choice(tp))
	}
	if s.cloud != nil {
		for _, o := range s.cloud.Offers {
			tp, _ := techByID(o.Tech)
			if o.Default && len(s.byKind[tp.Kind]) == 0 {
				s.byKind[tp.Kind] = []stackChoice{s.choice(tp)}
			}
		}
	}
	return s, nil
}

// choice is technology tp as the team runs it: on its cloud's product when the cloud hosts it.
func (s *houseStack) choice(tp technology) stackChoice {
	ch := stackChoice{tech: tp, name: tp.short(), label: tp.Label}
	if s.cloud != nil {
		for _, o := range s.cloud.Offers {
			if o.Tech == tp.ID {
				ch.name, ch.label, ch.host = o.Name, o.Label, o.Name+" ("+s.cloud.Name+")"
			}
		}
	}
	return ch
}

func cloudNamed(n string) *cloud {
	clouds := knownClouds()
	for i, c := range clouds {
		if c.ID == n || slices.Contains(c.Names, n) {
			return &clouds[i]
		}
	}
	return nil
}

func techNamed(n string) (technology, bool) {
	for _, t := range techs {
		if t.ID == n || slices.Contains(t.Names, n) {
			return t, true
		}
	}
	return technology{}, false
}

func knownStackNames() []string {
	var out []string
	for _, t := range techs {
		out = append(out, t.ID)
	}
	for _, c := range knownClouds() {
		out = append(out, c.ID)
	}
	return out
}

// comfortableUnits is how many units of a technology one team runs without the sharding itself
// becoming a project: a handful of hand-sharded primaries, a large but ordinary cluster. A managed
// service adds partitions itself, so its count says nothing about the team's load.
var comfortableUnits = map[string]float64{"primary": 8, "horizontal": 100, "single": 1}

// purposeBuilt technologies are chosen for a kind of query a general store of the same kind does
// not answer (columnar scans over billions of rows): a house database does not replace them.
var purposeBuilt = map[string]bool{"clickhouse": true}

// apply moves the components the stack covers onto its technologies. Where the stack offers
// several of a kind, the first that does not strain under the component's load wins; where all
// strain, the first stays and the design says so (see strains).
func (s *houseStack) apply(g bot.Grounding, comps []conversation.Component) []conversation.Component {
	g.Components = comps
	out := cloneComps(comps)
	for i, c := range out {
		choices := s.byKind[c.Kind]
		cur, known := techOf(c.Technology)
		if len(choices) == 0 || !known || cur.Kind != c.Kind || purposeBuilt[cur.ID] {
			continue
		}
		if j := slices.IndexFunc(choices, func(ch stackChoice) bool { return ch.tech.ID == cur.ID }); j >= 0 {
			switch ch := choices[j]; {
			case ch.host != "" && s.foreign(c.Technology, ch.tech):
				out[i].Technology = ch.label // Amazon S3 on a GCP team is GCS
			case ch.host != "":
				out[i].Technology = c.Technology + ", on " + ch.host
			}
			continue
		}
		u := useOf(g, c)
		// Fits beats strains on volume (more units of the same), which beats strains on flow.
		pick, best := choices[0], 3
		for _, ch := range choices {
			score := 0
			if why, storage := strain(ch.tech, u); why != "" {
				score = map[bool]int{true: 1, false: 2}[storage]
			}
			if score < best {
				pick, best = ch, score
			}
		}
		out[i].Technology = pick.label
		// One primary takes the load: a sharded label would describe a cluster nobody needs. Only
		// the main store's load is known; another store is sized as small only in a small design.
		if need, _ := units(pick.tech, u, false); need <= 1 && (u.main || g.Capacity.Small()) && pick.tech.Scale == "primary" && pick.host == "" {
			out[i].Technology = pick.tech.short() + " (one primary + a standby in another zone)"
		}
		out[i].Description = strings.TrimSpace(c.Description) + fmt.Sprintf(" — %s from the house stack rather than %s", pick.name, cur.short())
	}
	return out
}

// onNew puts the components a follow-up adds on the stack; those already in the design keep
// their technology, whether the stack chose it or the user did.
func (s *houseStack) onNew(g bot.Grounding, it bot.Interpretation) bot.Interpretation {
	if s == nil || it.Components == nil {
		return it
	}
	ng := g
	if it.Requirements != nil {
		ng.Requirements = *it.Requirements
		ng.Capacity = conversation.Estimate(ng.Requirements.Workload)
	}
	moved := s.apply(ng, it.Components)
	for i, c := range it.Components {
		if slices.ContainsFunc(g.Components, func(o conversation.Component) bool { return o.Name == c.Name }) {
			moved[i] = c
		}
	}
	it.Components = moved
	return it
}

// foreign reports whether label names another cloud's product running tp ("Amazon S3").
func (s *houseStack) foreign(label string, tp technology) bool {
	for _, c := range knownClouds() {
		if s.cloud != nil && c.ID == s.cloud.ID {
			continue
		}
		for _, o := range c.Offers {
			if o.Tech == tp.ID && regexp.MustCompile(`\b`+regexp.QuoteMeta(o.Name)+`\b`).MatchString(label) {
				return true
			}
		}
	}
	return false
}

// onStack returns the stack's choice c runs on, if any.
func (s *houseStack) onStack(c conversation.Component) (stackChoice, bool) {
	cur, known := techOf(c.Technology)
	if s == nil || !known {
		return stackChoice{}, false
	}
	for _, ch := range s.byKind[c.Kind] {
		if ch.tech.ID == cur.ID {
			return ch, true
		}
	}
	return stackChoice{}, false
}

// strains says, for each component on one of the stack's technologies, where that technology
// strains under this design's figures; nothing when it fits.
func (s *houseStack) strains(g bot.Grounding) []string {
	if s == nil {
		return nil
	}
	var out []string
	for _, c := range g.Components {
		ch, ok := s.onStack(c)
		if !ok {
			continue
		}
		u := useOf(g, c)
		if why, storage := strain(ch.tech, u); why != "" {
			out = append(out, fmt.Sprintf("House stack strains: %s for %s: %s%s.", ch.name, c.Name, why, s.alternatives(u, ch.tech, storage)))
		}
	}
	return out
}

// strain says why tp strains under use u, or "" when it fits: a requirement it cannot hold, or
// more units than one team runs comfortably. Throughput is judged before storage, since storage
// grows by adding units while throughput may need another design; storage says which it was.
func strain(tp technology, u storeUse) (why string, storage bool) {
	if cs := conflicts(assess(tp, u, false)); len(cs) > 0 {
		return cs[0], false
	}
	limit, ok := comfortableUnits[tp.Scale]
	if !ok {
		return "", false
	}
	flow := u
	flow.storageBytes = 0
	for _, v := range []storeUse{flow, u} {
		if need, by := units(tp, v, false); need > limit {
			return fmt.Sprintf("%s is ~%s at %s each — beyond the %s one team runs comfortably",
				v.demand(by), plural(need, tp.Unit), tp.capacity(by), plural(limit, tp.Unit)), by == "storage"
		}
	}
	return "", false
}

// alternatives names up to two technologies of the same kind that take the load tp strains
// under (the data kept, or the flow), the stack's cloud's products first.
func (s *houseStack) alternatives(u storeUse, tp technology, storage bool) string {
	if !storage {
		u.storageBytes = 0
	}
	type alt struct {
		name   string
		hosted bool
	}
	var alts []alt
	for _, t := range techs {
		if t.ID == tp.ID || t.Kind != tp.Kind || purposeBuilt[t.ID] || t.Scale == "single" {
			continue
		}
		if why, _ := strain(t, u); why != "" {
			continue
		}
		ch := s.choice(t)
		alts = append(alts, alt{name: ch.name, hosted: ch.host != ""})
	}
	// What the team's cloud already runs is the cheaper step; otherwise the knowledge base's order.
	slices.SortStableFunc(alts, func(a, b alt) int {
		switch {
		case a.hosted == b.hosted:
			return 0
		case a.hosted:
			return -1
		}
		return 1
	})
	if len(alts) == 0 {
		return ""
	}
	names := alts[0].name
	if len(alts) > 1 {
		names += " or " + alts[1].name
	}
	return "; " + names + " would fit this " + map[bool]string{true: "volume", false: "flow"}[storage] + " better"
}

// tradeoffs records the stack's moves in the decision table: a row that decided on the
// technology the stack replaced would contradict the architecture, so the house-stack decision
// takes its place, with the price the numbers put on it.
func (s *houseStack) tradeoffs(g bot.Grounding, body string) string {
	if s == nil {
		return body
	}
	lines := strings.Split(body, "\n")
	sep := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "|---") })
	if sep < 0 {
		return body
	}
	for _, sw := range swaps(g) {
		ch, ok := s.onStack(sw.comp)
		if !ok || len(sw.names) < 2 {
			continue
		}
		was := sw.names[len(sw.names)-1]
		row := s.decisionRow(g, sw.comp, ch, was)
		placed := false
		for i := sep + 1; i < len(lines) && strings.HasPrefix(lines[i], "| "); i++ {
			first, _, _ := strings.Cut(strings.TrimPrefix(lines[i], "| "), " |")
			if !mentionsAny(first, sw.names[1:]) {
				continue
			}
			if placed {
				lines = slices.Delete(lines, i, i+1)
				i--
				continue
			}
			lines[i], placed = row, true
		}
		if !placed {
			lines = slices.Insert(lines, sep+1, row)
		}
	}
	return strings.Join(lines, "\n")
}

// decisionRow is the trade-off row of putting c on the stack's choice instead of was.
func (s *houseStack) decisionRow(g bot.Grounding, c conversation.Component, ch stackChoice, was string) string {
	u := useOf(g, c)
	why := "the team already runs " + ch.name + ", so there is one system fewer to learn, monitor and page for"
	costs := texts(assess(ch.tech, u, false))
	switch w, _ := strain(ch.tech, u); {
	case w != "":
		why += "; it strains here (see the self-review)"
	case len(costs) > 0:
		why += "; what it costs here: " + strings.Join(costs, "; ")
	case u.writes > 0 || u.reads > 0:
		need, by := units(ch.tech, u, false)
		why += fmt.Sprintf("; at %s it takes %s", u.demand(by), plural(need, ch.tech.Unit))
	}
	return fmt.Sprintf("| %s for %s (house stack) | %s, which the design would pick without one | %s |", ch.name, c.Name, was, cell(why))
}
