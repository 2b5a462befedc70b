package offline

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// What the designer knows about each kind of system (its features: archetypes and capabilities
// with their requirements, data, APIs, screens, flows, deep dives and trade-offs) and the
// components designs are built from live in knowledge/archetypes-*.yaml and
// knowledge/components-*.yaml. They are checked when loaded: every component, store and screen
// call an entry names must exist, so a mistake fails at start-up, not as a quietly broken design.
//
//go:embed knowledge/archetypes-*.yaml knowledge/components-*.yaml
var catalogueFS embed.FS

// archetypeFiles and componentFiles are the embedded files in the order the designer presents
// their entries: features in a design's sections, components where a follow-up looks one up by
// alias. Embedded files they do not name follow them in name order, and a team's files
// (LoadKnowledge) follow those.
var (
	archetypeFiles = []string{"base", "booking", "infra", "product", "security", "matchmaking", "socialgraph", "helpdesk", "cicd", "auction", "calendar", "logistics", "appointments", "betting", "devices", "imagery", "codereview", "royalties", "liveshow", "liveresults", "podcast", "checkin", "carshare", "bikeshare", "gamesaves", "foodbank", "newsletter", "statusalerts", "control", "brokerage", "hostedquiz", "wiki", "classes", "telematics", "scootershare", "splitexpenses", "rollout", "exams", "moderation", "inference", "dagflow", "gridapi", "transit", "parking", "boardgames", "asyncgames", "gpsfitness", "rtls", "payables", "recon", "locks", "featurestore", "lending", "smartmeter", "rtb", "waitlist", "tracing", "errtrack", "secrets", "dynconfig", "apigw", "surveys", "esign", "courses", "realestate", "coupons", "linkpreview", "langlearn", "coursereg", "objectstore", "dfs", "cdn", "dns", "departures", "rota", "fleetmaint", "forum", "newsagg", "jobboard", "crowdfund", "carpark", "library", "atm", "invmgmt", "websearch", "sso", "pwvault", "mt", "ehr", "vending", "svcmarket", "orchestrator", "faas", "edgefn", "cityreports", "livescores", "fantasy", "medadherence", "bopis", "githost", "paas", "practappt", "paygateway", "arrivals", "timedentry", "surge", "photolib", "lockers", "theatres", "ballots", "banktransfer", "scorealerts", "pharmacy", "approach", "coverage", "codesearch", "returns", "mediaprod", "residency", "trace", "restricted", "housekeeping", "racetiming", "plant", "coldchain", "workcell", "gateentry", "ebooks", "outbound", "perish", "claims", "riskscore", "batchhpc", "instrument", "preorder", "custody", "tender", "loadboard", "rfid", "transmem", "feedpipe", "fieldsvc", "paging", "wms", "attendance", "buildcache", "lendthings", "bargain"}
	componentFiles = []string{"base", "more", "security", "domain", "devices", "market", "auction", "bikeshare", "calendar", "carshare", "checkin", "cicd", "foodbank", "gamesaves", "helpdesk", "liveresults", "matchmaking", "newsletter", "podcast", "socialgraph", "statusalerts", "control", "brokerage", "hostedquiz", "wiki", "classes", "telematics", "scootershare", "splitexpenses", "rollout", "exams", "moderation", "inference", "dagflow", "gridapi", "transit", "parking", "boardgames", "asyncgames", "gpsfitness", "rtls", "payables", "recon", "locks", "featurestore", "lending", "smartmeter", "rtb", "waitlist", "tracing", "errtrack", "secrets", "dynconfig", "apigw", "surveys", "esign", "courses", "realestate", "coupons", "linkpreview", "langlearn", "coursereg", "objectstore", "dfs", "cdn", "dns", "departures", "rota", "fleetmaint", "forum", "newsagg", "jobboard", "crowdfund", "carpark", "library", "atm", "invmgmt", "websearch", "sso", "pwvault", "mt", "ehr", "vending", "svcmarket", "orchestrator", "faas", "edgefn", "cityreports", "livescores", "fantasy", "medadherence", "bopis", "githost", "paas", "practappt", "paygateway", "arrivals", "timedentry", "surge", "photolib", "lockers", "theatres", "ballots", "banktransfer", "scorealerts", "pharmacy", "approach", "coverage", "codesearch", "returns", "mediaprod", "housekeeping", "racetiming", "plant", "coldchain", "workcell", "gateentry", "ebooks", "outbound", "perish", "claims", "riskscore", "batchhpc", "instrument", "preorder", "custody", "tender", "loadboard", "rfid", "transmem", "feedpipe", "fieldsvc", "paging", "wms", "attendance", "buildcache", "lendthings", "bargain"}
)

// catalogueFile is the schema of knowledge/archetypes-*.yaml and knowledge/components-*.yaml:
// an archetypes file holds features, a components file components and the links it adds to
// components of other files. Unknown keys are an error.
type catalogueFile struct {
	Features   []*feature  `yaml:"features"`
	Components []compSpec  `yaml:"components"`
	Extend     []extension `yaml:"extend"`
}

// extension adds links from a component defined elsewhere (the gateway, the clients) to this
// file's components, so a domain's routes live with the domain.
type extension struct {
	ID    string `yaml:"id"`
	Links []link `yaml:"links"`
}

// catalogueSource is one knowledge file; a team's may replace an embedded entry by id, but no
// layer may define an id twice.
type catalogueSource struct {
	name string
	data []byte
	team bool
}

// knowledgeBase is the designer's catalogue: features in presentation order and by id, and
// components in catalogue order and by id.
type knowledgeBase struct {
	features   []*feature
	byID       map[string]*feature
	components []compSpec
	catalog    map[string]compSpec
}

// The catalogue every design reads. It is package state, set once: the embedded files when the
// package loads, those plus a team's when LoadKnowledge reads its directory at start-up.
var featureList, features, components, catalog = embeddedBase().tables()

func (kb *knowledgeBase) tables() ([]*feature, map[string]*feature, []compSpec, map[string]compSpec) {
	return kb.features, kb.byID, kb.components, kb.catalog
}

// install makes kb the catalogue designs read and returns the one it replaced.
func (kb *knowledgeBase) install() *knowledgeBase {
	prev := &knowledgeBase{features: featureList, byID: features, components: components, catalog: catalog}
	featureList, features, components, catalog = kb.tables()
	return prev
}

// embeddedSources reads the embedded knowledge files in presentation order.
func embeddedSources() ([]catalogueSource, error) {
	var out []catalogueSource
	for _, f := range slices.Concat(prefixed("archetypes-", archetypeFiles), prefixed("components-", componentFiles)) {
		name := "knowledge/" + f + ".yaml"
		b, err := catalogueFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		out = append(out, catalogueSource{name: name, data: b})
	}
	names, err := catalogueFS.ReadDir("knowledge")
	if err != nil {
		return nil, fmt.Errorf("read knowledge: %w", err)
	}
	// Files the lists do not name come after them in name order (ReadDir sorts), as a team's do:
	// a new archetype needs no place of its own in a list every new archetype would edit.
	listed := len(out)
	for _, n := range names {
		isCatalogue := strings.HasPrefix(n.Name(), "archetypes-") || strings.HasPrefix(n.Name(), "components-")
		if isCatalogue && !slices.ContainsFunc(out[:listed], func(s catalogueSource) bool { return s.name == "knowledge/"+n.Name() }) {
			b, err := catalogueFS.ReadFile("knowledge/" + n.Name())
			if err != nil {
				return nil, fmt.Errorf("read knowledge/%s: %w", n.Name(), err)
			}
			out = append(out, catalogueSource{name: "knowledge/" + n.Name(), data: b})
		}
	}
	return out, nil
}

func prefixed(prefix string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = prefix + n
	}
	return out
}

func embeddedBase() *knowledgeBase {
	srcs, err := embeddedSources()
	if err != nil {
		panic(err)
	}
	kb, err := buildBase(srcs)
	if err != nil {
		panic(err)
	}
	return kb
}

// decodeCatalogue reads one knowledge file strictly: unknown keys are errors.
func decodeCatalogue(data []byte) (*catalogueFile, error) {
	var f catalogueFile
	err := decodeDocuments(data, func(part catalogueFile) error {
		f.Features = append(f.Features, part.Features...)
		f.Components = append(f.Components, part.Components...)
		f.Extend = append(f.Extend, part.Extend...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &f, nil
}

// decodeDocuments decodes each YAML document of data strictly (unknown keys are errors) and hands
// it to add in order: a knowledge file, or several joined with "---", is a stream of documents.
func decodeDocuments[T any](data []byte, add func(T) error) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	for {
		var part T
		err := dec.Decode(&part)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := add(part); err != nil {
			return err
		}
	}
}

// decodeAll decodes every source, concurrently: the embedded files are most of the cost of
// starting archbot, and YAML decoding is CPU-bound.
func decodeAll(srcs []catalogueSource) ([]*catalogueFile, error) {
	files := make([]*catalogueFile, len(srcs))
	errs := make([]error, len(srcs))
	var wg sync.WaitGroup
	for i, src := range srcs {
		wg.Go(func() {
			if files[i], errs[i] = decodeCatalogue(src.data); errs[i] != nil {
				errs[i] = fmt.Errorf("%s: %w", src.name, errs[i])
			}
		})
	}
	wg.Wait()
	return files, errors.Join(errs...)
}

// buildBase decodes the sources in order, merges them (a team's entry replaces an embedded one of
// the same id in place; a new one is appended), applies the extensions and checks every entry.
// Errors name the file and the entry.
func buildBase(srcs []catalogueSource) (*knowledgeBase, error) {
	files, err := decodeAll(srcs)
	if err != nil {
		return nil, err
	}
	kb := &knowledgeBase{byID: map[string]*feature{}, catalog: map[string]compSpec{}}
	m := merger{kb: kb, featureFrom: map[string]catalogueSource{}, compFrom: map[string]catalogueSource{}, compNamed: map[string]string{}}
	for i, f := range files {
		if err := m.add(srcs[i], f); err != nil {
			return nil, err
		}
	}
	for _, c := range kb.components {
		kb.catalog[c.ID] = c
	}
	if err := m.extend(); err != nil {
		return nil, err
	}
	return kb, m.check()
}

// merger merges knowledge files into a knowledge base, remembering where each entry came from.
type merger struct {
	kb                    *knowledgeBase
	featureFrom, compFrom map[string]catalogueSource
	compNamed             map[string]string // lower-case component name → its id
	exts                  []sourcedExtension
}

type sourcedExtension struct {
	extension
	from string
}

// add merges one file's entries: an id a file of the same layer defined already is an error, a
// team's id that the embedded files define replaces that entry where it stands.
func (m *merger) add(src catalogueSource, f *catalogueFile) error {
	kb := m.kb
	for _, ft := range f.Features {
		if ft == nil || ft.ID == "" {
			return fmt.Errorf("%s: a feature has no id", src.name)
		}
		if prev, dup := m.featureFrom[ft.ID]; dup && prev.team == src.team {
			return fmt.Errorf("%s: feature %q is already defined in %s", src.name, ft.ID, prev.name)
		}
		m.featureFrom[ft.ID] = src
		if i := slices.IndexFunc(kb.features, func(x *feature) bool { return x.ID == ft.ID }); i >= 0 {
			kb.features[i] = ft
		} else {
			kb.features = append(kb.features, ft)
		}
		kb.byID[ft.ID] = ft
	}
	for _, c := range f.Components {
		if c.ID == "" {
			return fmt.Errorf("%s: a component has no id", src.name)
		}
		if prev, dup := m.compFrom[c.ID]; dup && prev.team == src.team {
			return fmt.Errorf("%s: component %q is already defined in %s", src.name, c.ID, prev.name)
		}
		m.compFrom[c.ID] = src
		// Designs refer to their parts by name, so two entries of one name would send one's
		// entities and links to the other.
		name := strings.ToLower(c.Name)
		if id, taken := m.compNamed[name]; taken && id != c.ID {
			return fmt.Errorf("%s: component %q is named %q like %q", src.name, c.ID, c.Name, id)
		}
		if i := slices.IndexFunc(kb.components, func(x compSpec) bool { return x.ID == c.ID }); i >= 0 {
			delete(m.compNamed, strings.ToLower(kb.components[i].Name)) // a team's entry may rename it
			kb.components[i] = c
		} else {
			kb.components = append(kb.components, c)
		}
		m.compNamed[name] = c.ID
	}
	for _, e := range f.Extend {
		m.exts = append(m.exts, sourcedExtension{e, src.name})
	}
	return nil
}

// extend applies the extensions in file order, after every file is merged, so a team that
// replaces the gateway still gets the routes each domain adds to it.
func (m *merger) extend() error {
	kb := m.kb
	for _, e := range m.exts {
		c, ok := kb.catalog[e.ID]
		if !ok {
			return fmt.Errorf("%s: extend %q: no such component", e.from, e.ID)
		}
		for i, l := range e.Links {
			if err := checkLink(kb.catalog, l); err != nil {
				return fmt.Errorf("%s: extend %q: links[%d]: %w", e.from, e.ID, i, err)
			}
		}
		c.Links = append(slices.Clip(c.Links), e.Links...)
		kb.catalog[e.ID] = c
		kb.components[slices.IndexFunc(kb.components, func(x compSpec) bool { return x.ID == e.ID })] = c
	}
	return nil
}

// check checks every merged entry and the features the designer cannot do without.
func (m *merger) check() error {
	kb := m.kb
	for _, c := range kb.components {
		if err := checkComponent(kb.catalog, c); err != nil {
			return fmt.Errorf("%s: component %q: %w", m.compFrom[c.ID].name, c.ID, err)
		}
	}
	apis := map[string]bool{}
	for _, ft := range kb.features {
		for _, a := range ft.APIs {
			apis[screenCall(a.Method, a.Path)] = true
		}
	}
	for _, ft := range kb.features {
		if err := checkFeature(kb.catalog, apis, ft); err != nil {
			return fmt.Errorf("%s: feature %q: %w", m.featureFrom[ft.ID].name, ft.ID, err)
		}
	}
	if kb.byID["core"] == nil || kb.byID["generic"] == nil || kb.byID["generic"].Load == nil {
		return errors.New("the knowledge base needs features core and generic (with a load profile)")
	}
	return nil
}

// checkComponent checks one catalogue entry: what it needs to be drawn and described, and that
// its links name components.
func checkComponent(cat map[string]compSpec, c compSpec) error {
	if c.Name == "" || c.Tech == "" || c.Desc == "" {
		return errors.New("needs name, tech and desc")
	}
	if _, ok := kindOrder[c.Kind]; !ok {
		return fmt.Errorf("kind %q is not one of client, edge, service, worker, queue, cache, database, search, storage, external", c.Kind)
	}
	for i, l := range c.Links {
		if err := checkLink(cat, l); err != nil {
			return fmt.Errorf("links[%d]: %w", i, err)
		}
	}
	for i, l := range c.From {
		if err := checkLink(cat, l); err != nil {
			return fmt.Errorf("from[%d]: %w", i, err)
		}
	}
	return nil
}

func checkLink(cat map[string]compSpec, l link) error {
	if _, ok := cat[l.To]; !ok {
		return fmt.Errorf("to: %q is not a component", l.To)
	}
	if l.Flow == "" {
		return fmt.Errorf("to %q: needs a flow", l.To)
	}
	return nil
}

// checkFeature checks one feature against the catalogue and the endpoints every feature defines.
// A screen may call another feature's endpoint (a video page shows the comments engagement
// serves): the renderer shows a call only when the design has that endpoint.
func checkFeature(cat map[string]compSpec, apis map[string]bool, f *feature) error {
	if f.Name == "" {
		return errors.New("name: missing")
	}
	if (f.Archetype != "") != (f.Rank > 0) {
		return fmt.Errorf("archetype %q and rank %d: an archetype needs a rank above zero, and only an archetype has one", f.Archetype, f.Rank)
	}
	if f.Archetype != "" && f.Load == nil {
		return errors.New("load: an archetype needs a load profile")
	}
	if err := checkLoad(f.Load); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	for i, id := range f.Components {
		if _, ok := cat[id]; !ok {
			return fmt.Errorf("components[%d]: %q is not a component", i, id)
		}
	}
	for i, e := range f.Entities {
		if e.Name == "" {
			return fmt.Errorf("entities[%d]: name: missing", i)
		}
		if _, ok := cat[e.Store]; !ok {
			return fmt.Errorf("entities[%d] %q: store %q is not a component", i, e.Name, e.Store)
		}
	}
	for i, a := range f.APIs {
		if a.Method == "" || a.Path == "" {
			return fmt.Errorf("apis[%d]: needs method and path", i)
		}
	}
	for i, s := range f.Screens {
		if s.Name == "" {
			return fmt.Errorf("screens[%d]: name: missing", i)
		}
		for _, call := range s.Calls {
			method, path, _ := strings.Cut(call, " ")
			if !apis[screenCall(method, path)] {
				return fmt.Errorf("screens[%d] %q: calls %q, which no feature's apis define", i, s.Name, call)
			}
		}
	}
	for i, fl := range f.Flows {
		if fl.Name == "" || len(fl.Steps) == 0 {
			return fmt.Errorf("flows[%d]: needs name and steps", i)
		}
	}
	for i, d := range f.Deep {
		if d.Title == "" || d.Body == "" {
			return fmt.Errorf("deep_dives[%d]: needs title and body", i)
		}
		if d.Weight < 1 || d.Weight > maxDiveWeight {
			return fmt.Errorf("deep_dives[%d] %q: weight %d is not between 1 and %d", i, d.Title, d.Weight, maxDiveWeight)
		}
	}
	for i, t := range f.Tradeoffs {
		if t.Decision == "" || t.Rejected == "" || t.Why == "" {
			return fmt.Errorf("tradeoffs[%d]: needs decision, rejected and why", i)
		}
	}
	return checkPlaceholders(cat, f)
}

// maxDiveWeight bounds a deep dive's weight: the embedded dives weigh 1 to 14 and a dive drawn
// from a statement's own rule weighs 12, so a weight far above would shut every other dive out.
const maxDiveWeight = 15

// screenCall is the form a screen's call and an endpoint are compared in: the method's first
// word ("SEND (WS frame)" is SEND) and the path without its query.
func screenCall(method, path string) string {
	method, _, _ = strings.Cut(method, " ")
	path, _, _ = strings.Cut(path, "?")
	return method + " " + path
}

func checkLoad(p *loadProfile) error {
	if p == nil {
		return nil
	}
	for _, v := range []float64{p.WritesPerUser, p.ReadsPerUser, p.ReadWrite, p.RecordBytes, p.MediaBytes, p.ResponseBytes, p.KeptBytes,
		p.PeakFactor, p.Retention, p.HotFraction, p.Writes, p.PerThingPerDay, p.Things, p.ThingsAlone} {
		if v < 0 {
			return fmt.Errorf("figure %v is negative", v)
		}
	}
	if p.HotFraction > 1 {
		return fmt.Errorf("hot_fraction %v is above 1", p.HotFraction)
	}
	if r := p.Race; r != nil && (r.Points <= 0 || r.ReadsPerCrossing <= 0 || r.Hours <= 0 || r.ViewsPerParticipant <= 0 || len(r.PointNouns) == 0) {
		return fmt.Errorf("race: points, point_nouns, reads_per_crossing, hours and views_per_participant are all needed")
	}
	if r := p.Race; r != nil {
		for i, c := range r.Competitions {
			if len(c.Said) == 0 {
				return fmt.Errorf("race: competitions[%d]: said: missing", i)
			}
			for w := range c.Words {
				if _, ok := r.Words[w]; !ok {
					return fmt.Errorf("race: competitions[%d]: word %q has no plain word in words", i, w)
				}
			}
		}
	}
	for _, q := range p.Quieter {
		if len(q.Names) == 0 || q.WritesPerUser <= 0 || q.Why == "" {
			return fmt.Errorf("quieter %v: names, a positive writes_per_user and why are required", q.Names)
		}
	}
	for noun, per := range p.ReadVolumes {
		if per <= 0 {
			return fmt.Errorf("read_volumes: %s per read is %v, not a positive figure", noun, per)
		}
	}
	return nil
}

// componentRefRe finds the placeholders that name a catalogue component: {c:id} (its name),
// {t:id} (its technology), {r:id} (where its reads go) and {unless:id} (a step skipped when the
// design has it).
var componentRefRe = regexp.MustCompile(`\{(?:c|t|r|unless):([^}]*)\}`)

// checkPlaceholders checks that every placeholder naming a component in a feature's texts does.
func checkPlaceholders(cat map[string]compSpec, f *feature) error {
	var bad error
	walkTexts(f, func(field, text string) {
		for _, m := range componentRefRe.FindAllStringSubmatch(text, -1) {
			if _, ok := cat[m[1]]; !ok && bad == nil {
				bad = fmt.Errorf("%s: %s names no component", field, m[0])
			}
		}
	})
	return bad
}

// walkTexts calls fn with every text of a feature that may hold placeholders, and its field.
func walkTexts(f *feature, fn func(field, text string)) {
	fn("style", f.Style)
	fn("capacity_note", f.CapacityNote)
	fn("api_style", f.APIStyle)
	fn("fleet", f.Fleet)
	fn("scale_out", f.ScaleOut)
	lists := []struct {
		name string
		v    []string
	}{{"functional", f.Functional}, {"non_functional", f.NonFunctional}, {"caching", f.Caching}, {"partitioning", f.Partitioning},
		{"async", f.Async}, {"reliability", f.Reliability}, {"security", f.Security}, {"bottlenecks", f.Bottlenecks}, {"open", f.Open}}
	for _, l := range lists {
		for i, s := range l.v {
			fn(fmt.Sprintf("%s[%d]", l.name, i), s)
		}
	}
	for i, e := range f.Entities {
		fn(fmt.Sprintf("entities[%d].why", i), e.Why)
	}
	for i, fl := range f.Flows {
		for j, s := range fl.Steps {
			fn(fmt.Sprintf("flows[%d].steps[%d]", i, j), s)
		}
	}
	for i, d := range f.Deep {
		fn(fmt.Sprintf("deep_dives[%d].title", i), d.Title)
		fn(fmt.Sprintf("deep_dives[%d].body", i), d.Body)
	}
	for i, t := range f.Tradeoffs {
		fn(fmt.Sprintf("tradeoffs[%d].why", i), t.Why)
	}
}
