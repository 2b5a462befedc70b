package offline

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode"
)

// What the designer knows about recognising capabilities lives in knowledge/capabilities.yaml,
// shaped like github/linguist's heuristics: each capability names weighted signals, the context an
// ambiguous word needs before it counts, the words that veto it, and a threshold, so no single
// ambiguous word decides a design. Products ("slack", "amazon") map to capabilities there too.
//
//go:embed knowledge/capabilities*.yaml
var knowledgeFS embed.FS

// capabilitiesYAML is every knowledge/capabilities*.yaml file as one stream of YAML documents, so
// a domain's detection data can live in a file of its own beside its Go content.
var capabilitiesYAML = func() []byte {
	names, err := fs.Glob(knowledgeFS, "knowledge/capabilities*.yaml")
	if err != nil {
		panic(err)
	}
	var docs [][]byte
	for _, n := range names {
		b, err := knowledgeFS.ReadFile(n)
		if err != nil {
			panic(err)
		}
		docs = append(docs, b)
	}
	return bytes.Join(docs, []byte("\n---\n"))
}()

// detectionFile is the schema of knowledge/capabilities.yaml. Unknown keys are an error.
type detectionFile struct {
	// Patterns are named phrase lists; any phrase list may name one as "$name".
	Patterns     map[string][]string `yaml:"patterns"`
	Capabilities []capabilitySpec    `yaml:"capabilities"`
	Products     []productSpec       `yaml:"products"`
}

type capabilitySpec struct {
	ID string `yaml:"id"` // a feature id of the Go catalogue
	// Serves marks a part that other systems embed (a rate limiter, a leaderboard, a
	// notification service): in "a leaderboard for our mobile game" what it is for does not
	// decide the design (subject.go).
	Serves bool `yaml:"serves"`
	// Threshold is the score the signals must reach (default 1).
	Threshold *int         `yaml:"threshold"`
	Signals   []signalSpec `yaml:"signals"`
	// Unless vetoes the capability when any of its phrases is in the statement.
	Unless []string `yaml:"unless"`
	// Premise lists what the pattern's design is about (a retail pharmacy's prescriptions and
	// refills, a lending library's loans): unless one of its phrases is in the statement, the
	// capability is off however strongly its setting is named, so a hospital's ward pharmacy or a
	// library's e-learning courses are not read as the neighbour the setting's word belongs to.
	Premise []string `yaml:"premise"`
	// Implies adds what the capability always needs; Excludes removes what its words would
	// wrongly pull in; Narrows drops capabilities whose own words matched only because the
	// statement is about this narrower thing (applied before any implication).
	Implies  []string `yaml:"implies"`
	Excludes []string `yaml:"excludes"`
	Narrows  []string `yaml:"narrows"`
	// Clause names a clause of the statement's grammar (one of clauses) that must hold as well:
	// the signals say the words are there, the clause that they are said of one thing.
	Clause string `yaml:"clause"`
	// ByRule marks a capability turned on in Go from a sentence's shape rather than by phrases
	// (devices.go: devices reporting on an interval, a limit held over time); it may have no
	// signals of its own.
	ByRule bool `yaml:"by_rule"`
	// Samples must detect the capability, Not must not (run by the tests).
	Samples []string `yaml:"samples"`
	Not     []string `yaml:"not"`
}

type signalSpec struct {
	// Any lists lower-case phrases matched word by word; a trailing * matches a word prefix.
	Any []string `yaml:"any"`
	// Weight is added to the score for each phrase of Any that matches (default 1; negative
	// subtracts).
	Weight *int `yaml:"weight"`
	// With: the signal counts only if one of these phrases is also in the statement.
	With []string `yaml:"with"`
	// Unless: the signal does not count if one of these phrases is in the statement.
	Unless []string `yaml:"unless"`
	// Sense: a word of Any that has several senses counts only where the words beside it do not
	// call for another (senses.go): "order" in "arrive in order" is a sequence, not a purchase.
	Sense string `yaml:"sense"`
}

// productSpec maps a product's names to the capabilities it stands for: each name is a signal
// that decides each capability alone, unless its own negative phrases are present.
type productSpec struct {
	Names   []string `yaml:"names"`
	Gives   []string `yaml:"gives"`
	Unless  []string `yaml:"unless"`
	Samples []string `yaml:"samples"`
	Not     []string `yaml:"not"`
}

// phrase is one compiled phrase: its words, the last one a prefix when stem is set.
type phrase struct {
	text  string
	words []string
	stem  bool
}

type signal struct {
	any          []phrase
	weight       int
	with, unless []phrase
	sense        string
	product      bool // a product's name: it says the premise itself ("Airbnb" books stays)
}

// capability is the compiled detection entry of one feature.
type capability struct {
	id                         string
	threshold                  int
	signals                    []signal
	unless, premise            []phrase
	implies, excludes, narrows []string
	serves                     bool
	clause                     func(statement string) bool // nil: the signals decide alone
}

// clauses are the clauses of a statement's grammar a capability may require (capabilitySpec.Clause):
// a new clause is code, a capability that needs one is data.
var clauses = map[string]func(statement string) bool{
	"dispatch":      func(s string) bool { _, ok := readDispatch(s); return ok },
	"dropoff":       dropoffSites,
	"practicediary": practiceDiary,
	"custody":       custodyClause,
}

// capabilities holds the compiled detection data by feature id.
var capabilities map[string]*capability

func init() {
	f, err := decodeDetection(capabilitiesYAML)
	if err == nil {
		capabilities, err = compileCapabilities(f)
	}
	if err == nil {
		subjects, err = subjectWordsOf(f)
	}
	if err == nil {
		passing, err = passingWordsOf(f)
	}
	if err != nil {
		panic(err)
	}
}

// decodeDetection reads the detection file strictly: unknown keys are errors.
func decodeDetection(data []byte) (*detectionFile, error) {
	f := detectionFile{Patterns: map[string][]string{}}
	err := decodeDocuments(data, func(part detectionFile) error {
		for name, p := range part.Patterns {
			if _, dup := f.Patterns[name]; dup {
				return fmt.Errorf("pattern %q defined twice", name)
			}
			f.Patterns[name] = p
		}
		f.Capabilities = append(f.Capabilities, part.Capabilities...)
		f.Products = append(f.Products, part.Products...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("decode capabilities: %w", err)
	}
	return &f, nil
}

// loadCapabilities decodes, checks and compiles the detection data against the Go catalogue.
func loadCapabilities(data []byte) (map[string]*capability, error) {
	f, err := decodeDetection(data)
	if err != nil {
		return nil, err
	}
	return compileCapabilities(f)
}

// compileCapabilities checks and compiles decoded detection data against the Go catalogue.
func compileCapabilities(f *detectionFile) (map[string]*capability, error) {
	// The features map is built by another init; the catalogue slice is ready before any init.
	known := map[string]bool{}
	for _, ft := range featureList {
		known[ft.ID] = true
	}
	c := compiler{patterns: f.Patterns}
	out := map[string]*capability{}
	for _, spec := range f.Capabilities {
		if !known[spec.ID] {
			return nil, fmt.Errorf("capability %q: no such feature", spec.ID)
		}
		if out[spec.ID] != nil {
			return nil, fmt.Errorf("capability %q: listed twice", spec.ID)
		}
		cp := &capability{id: spec.ID, threshold: 1, implies: spec.Implies, excludes: spec.Excludes, narrows: spec.Narrows, serves: spec.Serves}
		if spec.Threshold != nil {
			if *spec.Threshold <= 0 {
				return nil, fmt.Errorf("capability %q: threshold %d is not positive", spec.ID, *spec.Threshold)
			}
			cp.threshold = *spec.Threshold
		}
		for _, rel := range [][]string{spec.Implies, spec.Excludes, spec.Narrows} {
			for _, id := range rel {
				if !known[id] {
					return nil, fmt.Errorf("capability %q: relation to unknown feature %q", spec.ID, id)
				}
			}
		}
		cp.unless = c.phrases(spec.Unless)
		cp.premise = c.phrases(spec.Premise)
		if spec.Clause != "" {
			if cp.clause = clauses[spec.Clause]; cp.clause == nil {
				return nil, fmt.Errorf("capability %q: no such clause %q", spec.ID, spec.Clause)
			}
		}
		for _, s := range spec.Signals {
			w := 1
			if s.Weight != nil {
				w = *s.Weight
			}
			if w == 0 || len(s.Any) == 0 {
				c.fail("capability %q: a signal needs phrases and a non-zero weight", spec.ID)
			}
			if s.Sense != "" && !knownSense(s.Sense) {
				c.fail("capability %q: no word has the sense %q", spec.ID, s.Sense)
			}
			cp.signals = append(cp.signals, signal{any: c.phrases(s.Any), weight: w, with: c.phrases(s.With), unless: c.phrases(s.Unless), sense: s.Sense})
		}
		out[spec.ID] = cp
	}
	for _, p := range f.Products {
		if len(p.Names) == 0 || len(p.Gives) == 0 {
			c.fail("product %v: needs names and gives", p.Names)
		}
		for _, id := range p.Gives {
			cp := out[id]
			if cp == nil {
				return nil, fmt.Errorf("product %v: gives %q, which has no capability entry", p.Names, id)
			}
			cp.signals = append(cp.signals, signal{any: c.phrases(p.Names), weight: cp.threshold, product: true, unless: append(c.phrases(p.Unless), c.phrases(channelPhrases(p.Names))...)})
		}
	}
	if c.err != nil {
		return nil, c.err
	}
	return out, nil
}

// channelPhrases are a product named as the way something travels ("sign up, maybe via
// WhatsApp", "alerts by Telegram"): a channel the system uses, not the product it is.
func channelPhrases(names []string) []string {
	var out []string
	for _, n := range names {
		if strings.ContainsAny(n, "*$") {
			continue
		}
		for _, by := range []string{"via", "through", "using", "into", "over", "by", "on"} {
			out = append(out, by+" "+n)
		}
	}
	return out
}

// compiler turns phrase lists into phrases, expanding $pattern references and keeping the first
// error.
type compiler struct {
	patterns map[string][]string
	err      error
}

func (c *compiler) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf(format, args...)
	}
}

func (c *compiler) phrases(list []string) []phrase {
	var out []phrase
	for _, s := range list {
		if name, ok := strings.CutPrefix(s, "$"); ok {
			ref, ok := c.patterns[name]
			if !ok {
				c.fail("unknown pattern %q", s)
				continue
			}
			for _, r := range ref {
				if strings.HasPrefix(r, "$") {
					c.fail("pattern %q refers to another pattern", name)
				}
			}
			out = append(out, c.phrases(ref)...)
			continue
		}
		p, err := compilePhrase(s)
		if err != nil {
			c.fail("%v", err)
			continue
		}
		out = append(out, p)
	}
	return out
}

func compilePhrase(s string) (phrase, error) {
	if s != strings.ToLower(s) || strings.TrimSpace(s) != s {
		return phrase{}, fmt.Errorf("phrase %q: must be lower case without surrounding space", s)
	}
	body, stem := strings.CutSuffix(s, "*")
	if strings.Contains(body, "*") {
		return phrase{}, fmt.Errorf("phrase %q: * only at the end", s)
	}
	words := tokenize(body).words
	if len(words) == 0 {
		return phrase{}, fmt.Errorf("phrase %q: no words", s)
	}
	return phrase{text: s, words: words, stem: stem}, nil
}

// text is a statement split into lower-case words (runs of letters and digits), with each word's
// byte span so a match can be quoted as written.
type text struct {
	lower string
	words []string
	spans [][2]int
	at    map[string][]int // word → positions
}

func tokenize(s string) text {
	t := text{lower: strings.ToLower(s), at: map[string][]int{}}
	start := -1
	for i, r := range t.lower + " " {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			t.at[t.lower[start:i]] = append(t.at[t.lower[start:i]], len(t.words))
			t.words = append(t.words, t.lower[start:i])
			t.spans = append(t.spans, [2]int{start, i})
			start = -1
		}
	}
	return t
}

// find returns the first occurrence of p as written in the statement, or "".
func (t text) find(p phrase) string {
	m, _ := t.findAt(p)
	return m
}

// findAt is find that also returns the word span of the match, [first, last+1).
func (t text) findAt(p phrase) (string, [2]int) {
	return t.findWhere(p, nil)
}

// findInSense is findAt over the occurrences whose words are not read in a sense other than
// sense: a signal for a purchase skips "in order" and looks further on for "order".
func (t text) findInSense(p phrase, sense string) (string, [2]int) {
	if sense == "" {
		return t.findAt(p)
	}
	return t.findWhere(p, func(i, j int) bool {
		for k := i; k < j; k++ {
			if s := t.senseAt(k); s != "" && s != sense {
				return false
			}
		}
		return true
	})
}

// findWhere is findAt over the occurrences ok accepts (nil: all of them).
func (t text) findWhere(p phrase, ok func(i, j int) bool) (string, [2]int) {
	last := len(p.words) - 1
	matchAt := func(i int) bool {
		if i+last >= len(t.words) {
			return false
		}
		for j, w := range p.words {
			if j == last && p.stem {
				return strings.HasPrefix(t.words[i+j], w)
			}
			if t.words[i+j] != w {
				return false
			}
		}
		return true
	}
	if last == 0 && p.stem {
		for i, w := range t.words {
			if strings.HasPrefix(w, p.words[0]) && (ok == nil || ok(i, i+1)) {
				return t.lower[t.spans[i][0]:t.spans[i][1]], [2]int{i, i + 1}
			}
		}
		return "", [2]int{}
	}
	for _, i := range t.at[p.words[0]] {
		if matchAt(i) && (ok == nil || ok(i, i+last+1)) {
			return t.lower[t.spans[i][0]:t.spans[i+last][1]], [2]int{i, i + last + 1}
		}
	}
	return "", [2]int{}
}

// first returns the first phrase of ps found in the statement, as written, or "".
func (t text) first(ps []phrase) string {
	for _, p := range ps {
		if m := t.find(p); m != "" {
			return m
		}
	}
	return ""
}

// firstOutside is first over the occurrences that lie outside every span of aside.
func (t text) firstOutside(ps []phrase, aside [][2]int) string {
	if len(aside) == 0 {
		return t.first(ps)
	}
	for _, p := range ps {
		m, _ := t.findWhere(p, func(i, j int) bool { return !inSpans([][2]int{{i, j}}, aside) })
		if m != "" {
			return m
		}
	}
	return ""
}

// fillers are the words a bare request may add around a phrase ("add the receipts").
var fillers = map[string]bool{"a": true, "an": true, "the": true, "some": true}

// bare reports whether the statement is nothing but one of the phrases: a follow-up naming a
// capability ("receipts", "channels") has no context to give, and needs none.
func (t text) bare(ps []phrase) bool {
	n := 0
	for _, w := range t.words {
		if !fillers[w] {
			n++
		}
	}
	for _, p := range ps {
		if len(p.words) == n && t.find(p) != "" {
			return true
		}
	}
	return false
}

// score adds up a capability's signals in the statement and says which words decided, and where
// they are. Words already counted are not counted again by a shorter phrase ("price-alert", then
// "alert").
func (c *capability) score(t text) (int, string, [][2]int) {
	return c.scoreBeside(t, nil)
}

// scoreBeside is score where a word inside aside (said in passing, passing.go) gives no context:
// "members get a WhatsApp message" is no members' group chat.
func (c *capability) scoreBeside(t text, aside [][2]int) (int, string, [][2]int) {
	if t.first(c.unless) != "" || !c.premiseHolds(t) {
		return 0, "", nil
	}
	total := 0
	var words []string
	var used, evidence [][2]int
	for _, s := range c.signals {
		ctx := ""
		if len(s.with) > 0 && !t.bare(s.any) {
			if ctx = t.firstOutside(s.with, aside); ctx == "" {
				continue
			}
		}
		if t.first(s.unless) != "" {
			continue
		}
		for _, p := range s.any {
			m, span := t.findInSense(p, s.sense)
			if m == "" || slices.ContainsFunc(used, func(u [2]int) bool { return span[0] < u[1] && u[0] < span[1] }) {
				continue
			}
			used = append(used, span)
			total += s.weight
			if s.weight > 0 {
				evidence = append(evidence, span)
				w := `"` + m + `"`
				if ctx != "" && ctx != m {
					w += ` (with "` + ctx + `")`
				}
				if !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
		}
	}
	if c.clause != nil && total >= c.threshold && !c.clause(t.lower) {
		return 0, "", nil // the words are there, but not said of one thing
	}
	return total, strings.Join(words, ", "), evidence
}

// premiseHolds reports whether the statement says what the capability's design is about, names a
// product that stands for it, or is nothing but one of its phrases (a follow-up asking for "a
// library" has no context to give).
func (c *capability) premiseHolds(t text) bool {
	if len(c.premise) == 0 || t.first(c.premise) != "" {
		return true
	}
	return slices.ContainsFunc(c.signals, func(s signal) bool {
		return s.weight > 0 && t.bare(s.any) || s.product && t.first(s.unless) == "" && t.first(s.any) != ""
	})
}

// detect returns the features a statement asks for, in catalog order, archetypes' implications
// included and exclusions applied, plus the reason each was picked (the words that decided it).
func detect(statement string) ([]string, map[string]string) {
	return detectWith(capabilities, statement)
}

// detectWith is detect over a given set of detection entries: the embedded ones, or those plus
// a team's (see Knowledge).
func detectWith(caps map[string]*capability, statement string) ([]string, map[string]string) {
	t := tokenize(statement)
	why := map[string]string{"core": "every system"}
	on := map[string]bool{"core": true}
	sub := subjects.parse(t)
	setting, hasSetting := subjects.settingSpan(t, sub)
	evidence := map[string][][2]int{}
	aside := passing.spans(t)
	for _, f := range featureList {
		c := caps[f.ID]
		if c == nil {
			continue
		}
		// A word said in passing is no context, and a kind of system is not picked by such words
		// alone; a part still is (passing.go).
		n, words, spans := c.scoreBeside(t, aside)
		if n >= c.threshold && words != "" && !(hasSetting && onlyInSetting(spans, setting)) && !(f.Archetype != "" && inSpans(spans, aside)) {
			on[f.ID] = true
			why[f.ID] = words
			evidence[f.ID] = spans
		}
	}
	// Machines reporting on an interval are a device fleet however they are named; a domain
	// that already claims them (telematics, smart meters) excludes the generic platform below.
	deviceRules(caps, statement, on, why)
	for _, id := range servedOnly(caps, sub, evidence) {
		delete(on, id)
		delete(why, id)
	}
	// Narrowing looks only at what the statement's words matched, before implications.
	matched := make(map[string]bool, len(on))
	for id := range on {
		matched[id] = true
	}
	for _, f := range featureList {
		if c := caps[f.ID]; c != nil && matched[f.ID] {
			for _, n := range c.narrows {
				delete(on, n)
				delete(why, n)
			}
		}
	}
	// Implications run to a fixed point; exclusions are applied after, from every feature on.
	impliedBy := map[string]string{}
	for changed := true; changed; {
		changed = false
		for _, f := range featureList {
			if c := caps[f.ID]; c != nil && on[f.ID] {
				for _, imp := range c.implies {
					if !on[imp] {
						on[imp] = true
						why[imp] = "implied by " + f.Name
						impliedBy[imp] = f.ID
						changed = true
					}
				}
			}
		}
	}
	for _, f := range featureList {
		if c := caps[f.ID]; c != nil && on[f.ID] {
			for _, ex := range c.excludes {
				delete(on, ex)
			}
		}
	}
	regionRule(caps, statement, on, why)
	residencyRule(caps, statement, on, why)
	traceRule(statement, on)
	releaseRule(caps, statement, on, why)
	regionVariants(on, why)
	reattribute(caps, on, impliedBy, why)
	var ids []string
	for _, f := range featureList {
		if on[f.ID] {
			ids = append(ids, f.ID)
		}
	}
	return ids, why
}

// reattribute names, for a feature implied by one that was then excluded, a feature still on that
// implies it too: a garage's user accounts are implied by the garage, not by the payments
// feature its archetype excluded ("implied by payments" named a part the design does not have).
func reattribute(caps map[string]*capability, on map[string]bool, impliedBy, why map[string]string) {
	for id, by := range impliedBy {
		if !on[id] || on[by] {
			continue
		}
		for _, f := range featureList {
			if c := caps[f.ID]; c != nil && on[f.ID] && slices.Contains(c.implies, id) {
				why[id] = "implied by " + f.Name
				break
			}
		}
	}
}
