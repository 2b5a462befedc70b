package offline

import (
	"regexp"
	"slices"
	"strings"
)

// A pattern's text is written for every food bank or every booking system; what one statement
// says on top of that (charities request pallets by 10am, halls are reserved at least 14 days
// ahead, the customer is emailed when a shipment is two hours late) is read by the same readers
// the composed design uses, and each construct the pattern does not already cover is added to
// it in the statement's words: its requirement, the fields it needs on the pattern's rows, and
// its deep dive.

// stated is one construct of a statement, as the composed model writes it.
type stated struct {
	// figures are what the pattern's text says when it already covers the construct: the
	// statement's clock time, span or threshold ("10am", "14 days", "39.5").
	figures []string
	// topics are words a pattern's dive title, or a field of the row the construct is on,
	// carries when the pattern already designs it ("notice", "assign", "hold" of a seat's
	// hold_expires_at); none when only the figures tell.
	topics []string
	// on is the row the construct is on, "" when none.
	on   string
	line string
	dive deepDive
	ok   bool // dive is set
	// shape gives the pattern's rows what the construct needs on them.
	shape func(entity) entity
	// row is a row of the construct's own, if it has one (an alert).
	row *entity
}

// withStated is fs with the statement's own constructs added to its pattern's feature, unless a
// composed feature is in the design (it carries them already) or no pattern leads it.
func withStated(fs []*feature, problem string) []*feature {
	p := primary(fs)
	if p.ID == "generic" || slices.ContainsFunc(fs, func(f *feature) bool { return f.ID == "generic" }) {
		return fs
	}
	i := slices.Index(fs, p)
	if i < 0 {
		return fs
	}
	m := modelOf(problem)
	var todo []stated
	for _, s := range m.constructs() {
		if !covered(fs, s) {
			todo = append(todo, s)
		}
	}
	if len(todo) == 0 {
		return fs
	}
	out := slices.Clone(fs)
	out[i] = overlaid(p, todo, designIDs(fs))
	return out
}

// overlaid is a copy of p with the constructs' requirements, rows and dives, and the parts those
// need that the design has nothing for.
func overlaid(p *feature, todo []stated, have []string) *feature {
	c := *p
	c.Functional = slices.Clone(p.Functional)
	c.Deep = slices.Clone(p.Deep)
	c.Entities = slices.Clone(p.Entities)
	c.Components = slices.Clone(p.Components)
	for _, s := range todo {
		if s.line != "" {
			c.Functional = append(c.Functional, s.line)
		}
		if s.shape != nil {
			for j := range c.Entities {
				c.Entities[j] = s.shape(c.Entities[j])
			}
		}
		if s.row != nil && !slices.ContainsFunc(c.Entities, func(e entity) bool { return e.Name == s.row.Name }) {
			r := *s.row
			store, brought := fitted("{c:"+r.Store+"}", have)
			r.Store = strings.TrimSuffix(strings.TrimPrefix(store, "{c:"), "}")
			c.Entities = append(c.Entities, r)
			have, c.Components = bring(have, c.Components, brought)
		}
		if !s.ok {
			continue
		}
		d := s.dive
		var brought []string
		d.Body, brought = fitted(d.Body, have)
		c.Deep = append(c.Deep, d)
		have, c.Components = bring(have, c.Components, brought)
	}
	return &c
}

// constructs lists what the statement says through its clock cutoffs and notice periods, its
// limits on rows, its alert on a condition and its assignment, in that order.
func (m model) constructs() []stated {
	var out []stated
	for _, d := range m.cutoffs() {
		s := stated{figures: []string{d.At}, topics: []string{"cutoff", "cut-off"}, on: d.Subject, line: m.cutoffLine(d), dive: m.cutoffDive(d), ok: true, shape: m.shapeCutoff}
		if d.Kind == "notice" {
			s.figures, s.topics = []string{d.Span}, []string{"notice", "lead time"}
		}
		if d.Kind == "horizon" {
			s.figures, s.topics = []string{d.Span}, []string{"horizon", "ahead"}
		}
		out = append(out, s)
	}
	for _, l := range m.limits() {
		s := stated{line: m.limitLine(l), shape: m.limitShape(l), topics: limitTopics[l.Kind], on: l.row}
		if l.Span != "" {
			s.figures = []string{l.Span}
		}
		s.dive, s.ok = m.limitDive(l)
		out = append(out, s)
	}
	if a := m.alert(); a != nil && m.says(m.recorded(*a)) {
		// A pattern with alerts of its own (an IoT platform's rules on the stream) evaluates them
		// its way: a second path checked in the writing transaction would contradict it.
		s := stated{figures: []string{a.figure}, topics: []string{"alert"}, line: strings.Join(m.alertFunctional(), "")}
		if a.figure == "" {
			s.figures = []string{a.cond}
		}
		if r, ok := m.alertRow(); ok {
			s.row = &r
		}
		s.dive, s.ok = m.alertDive()
		out = append(out, s)
	}
	if a, ok := m.assigned(); ok && !isOrg(a.To) {
		// "the billing team sends claims to insurers" hands claims to another organisation: no
		// assignment, and a pattern that says "claims to insurers" has it already.
		s := stated{topics: []string{"assign"}, figures: []string{pluralNoun(a.Object) + " to " + pluralNoun(a.To)}, on: a.Object, line: upperFirst(m.clause(a)), shape: m.shapeAssigned}
		s.dive, s.ok = m.assignDive()
		out = append(out, s)
	}
	return out
}

// limitShape gives a pattern's row the column and sweep index of one limit, when the row is the
// one the limit is on.
func (m model) limitShape(l limit) func(entity) entity {
	return func(e entity) entity {
		if !sameThing(l.row, strings.ToLower(e.Name)) {
			return e
		}
		e.Fields = withFields(e.Fields, l.column+" ("+l.setWhen()+")")
		e.Indexes = withIndex(e.Indexes, "("+l.column+") WHERE "+m.pending(l)+" for the sweep")
		return e
	}
}

// limitTopics are the words a pattern's dive titles or row fields use for each kind of limit:
// a seat's hold_expires_at is the hold a ticketing statement's "held for 10 minutes" asks for.
var limitTopics = map[string][]string{
	"expire": {"expir"}, "valid": {"valid"}, "return": {"overdue", "due_at", "due date"}, "delete": {"delet", "retention"},
	"release": {"hold", "releas"}, "useby": {"use_by", "use-by", "expir"}, "close": {"closes_at", "deadline"},
	"hold": {"hold", "held"}, "due": {"due_by", "overdue"},
}

// covered reports whether the design's own text already says the construct: one of its figures
// anywhere in it, a requirement or a deep dive's title on one of its topics, or a topic among
// the fields of the row it is on (a library's "overdue items accrue fines" already designs loans
// due back in 21 days).
func covered(fs []*feature, s stated) bool {
	text := strings.ToLower(featureText(fs))
	for _, f := range s.figures {
		if f != "" && containsWords(text, strings.ToLower(f)) {
			return true
		}
	}
	for _, f := range fs {
		for _, d := range f.Deep {
			if containsAny(strings.ToLower(d.Title), s.topics) {
				return true
			}
		}
		if containsAny(strings.ToLower(strings.Join(f.Functional, "\n")), s.topics) {
			return true
		}
		for _, e := range f.Entities {
			if s.on != "" && sameThing(s.on, strings.ToLower(e.Name)) && containsAny(strings.ToLower(e.Fields), s.topics) {
				return true
			}
		}
	}
	return false
}

// containsWords reports phrase in text as whole words: "10am" is not said by "110am", nor "14
// days" by "114 days".
func containsWords(text, phrase string) bool {
	re, err := regexp.Compile(`(^|[^a-z0-9.])` + regexp.QuoteMeta(phrase) + `($|[^a-z0-9])`)
	return err == nil && re.MatchString(text)
}

// featureText is what the features say in requirements, rules, flows and deep dives.
func featureText(fs []*feature) string {
	var b strings.Builder
	for _, f := range fs {
		for _, ls := range [][]string{f.Functional, f.NonFunctional, f.UseCases, f.Reliability, f.Async, f.Bottlenecks} {
			for _, l := range ls {
				b.WriteString(l + "\n")
			}
		}
		for _, fl := range f.Flows {
			b.WriteString(fl.Name + "\n" + strings.Join(fl.Steps, "\n") + "\n")
		}
		for _, d := range f.Deep {
			b.WriteString(d.Title + "\n" + d.Body + "\n")
		}
	}
	return b.String()
}

// designIDs are the parts the features bring, with the application service and database the
// design adds when its pattern brings no service of its own (selectComponents).
func designIDs(fs []*feature) []string {
	var ids []string
	for _, f := range fs {
		for _, id := range f.Components {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	ids = withoutStoodIn(ids)
	own := slices.ContainsFunc(primary(fs).Components, func(id string) bool {
		k := catalog[id].Kind
		return k == "service" || k == "worker"
	})
	if !own {
		ids = append(ids, "appsvc", "appdb")
	}
	return ids
}

var partRe = regexp.MustCompile(`\{c:([a-z0-9]+)\}`)

// fitted is text with each part it names that the design lacks replaced by the design's part
// that does the same (standIn), and the parts the design has nothing for: the construct brings
// those itself (a late-shipment alert needs a notification worker), so no dive names a part the
// design's diagram does not have.
func fitted(text string, have []string) (string, []string) {
	var brought []string
	out := partRe.ReplaceAllStringFunc(text, func(ph string) string {
		id := partRe.FindStringSubmatch(ph)[1]
		if slices.Contains(have, id) || slices.Contains(brought, id) {
			return ph
		}
		if by := standIn(id, have); by != "" {
			return "{c:" + by + "}"
		}
		if _, ok := catalog[id]; ok {
			brought = append(brought, id)
		}
		return ph
	})
	return out, brought
}

// standIn is the design's part that does what id does: a store of the same kind and technology
// (the pattern's own PostgreSQL for {c:appdb}), or for a service any of the pattern's services,
// which hold its domain logic. Workers and channels are named for their work, whatever they run
// on: a tracking projector on a Kafka consumer group does not send alerts.
func standIn(id string, have []string) string {
	want, known := catalog[id]
	if !known {
		return ""
	}
	for _, same := range []func(compSpec) bool{
		func(c compSpec) bool { return c.Kind == want.Kind && c.Tech == want.Tech && storeKinds[c.Kind] },
		func(c compSpec) bool { return c.Kind == want.Kind && want.Kind == "service" },
	} {
		for _, h := range have {
			if c, ok := catalog[h]; ok && same(c) {
				return h
			}
		}
	}
	return ""
}

// storeKinds hold data, so one of them stands in for another of the same technology.
var storeKinds = set("database", "cache", "queue", "search", "storage")

// bring adds the parts a construct brings to the design's parts and the feature's.
func bring(have, comps, brought []string) ([]string, []string) {
	for _, id := range brought {
		if !slices.Contains(have, id) {
			have = append(have, id)
			comps = append(comps, id)
		}
	}
	return have, comps
}

// says reports whether the statement names a thing: a reading that found nothing falls back to
// "item", and a dive about items would be about nothing the statement has.
func (m model) says(thing string) bool {
	return slices.ContainsFunc(m.rd.words, func(w string) bool { return sameThing(w, thing) })
}
