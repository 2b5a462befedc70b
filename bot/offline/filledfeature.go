package offline

import (
	"regexp"
	"strings"
)

// filledFeature is a pattern's feature with its placeholders (those re finds) said in the
// statement's own words in every text it holds, and as slugs in its API paths and the calls its
// screens make, since neither the renderer nor a model fills names or paths: "Bin custody
// tracking system", `GET /v1/bins/{id}`. words renders one placeholder's name.
func filledFeature(f *feature, re *regexp.Regexp, words func(name string) (string, bool)) *feature {
	fillAs := func(path bool) func(string) string {
		return func(s string) string {
			return re.ReplaceAllStringFunc(s, func(p string) string {
				w, ok := words(p[1 : len(p)-1])
				switch {
				case !ok:
					return p
				case path:
					return slug(w, "-")
				}
				return w
			})
		}
	}
	fill, fillPath := fillAs(false), fillAs(true)
	all := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = fill(s)
		}
		return out
	}
	c := *f
	c.Archetype, c.Style, c.CapacityNote = fill(c.Archetype), fill(c.Style), fill(c.CapacityNote)
	if f.Load != nil {
		l := *f.Load
		l.Write, l.Read = fill(l.Write), fill(l.Read)
		c.Load = &l
	}
	c.Functional, c.NonFunctional, c.UseCases, c.OutOfScope = all(f.Functional), all(f.NonFunctional), all(f.UseCases), all(f.OutOfScope)
	c.Caching, c.Partitioning, c.Async, c.Reliability = all(f.Caching), all(f.Partitioning), all(f.Async), all(f.Reliability)
	c.Security, c.Bottlenecks, c.Open = all(f.Security), all(f.Bottlenecks), all(f.Open)
	fillParts(&c, f, fill, fillPath, all)
	// What the feature replaces is said in the same words as the lines it names, which are
	// filled by now: "{pa_Practitioners} work at one or more locations" must find
	// "Psychologists work at one or more locations", and an endpoint its slugged path.
	c.Replaces = make([]string, len(f.Replaces))
	for i, r := range f.Replaces {
		if m, _, ok := strings.Cut(r, " /"); ok && m != "" && strings.ToUpper(m) == m && !strings.Contains(m, " ") {
			c.Replaces[i] = fillPath(r)
			continue
		}
		c.Replaces[i] = fill(r)
	}
	return &c
}

// fillParts fills the feature's entities, endpoints, screens, flows, dives and trade-offs.
func fillParts(c, f *feature, fill, fillPath func(string) string, all func([]string) []string) {
	c.Entities = make([]entity, len(f.Entities))
	for i, e := range f.Entities {
		e.Name, e.Key, e.Partition, e.Indexes, e.Fields, e.Why = fill(e.Name), fill(e.Key), fill(e.Partition), fill(e.Indexes), fill(e.Fields), fill(e.Why)
		c.Entities[i] = e
	}
	c.APIs = make([]endpoint, len(f.APIs))
	for i, e := range f.APIs {
		e.Path, e.Request, e.Response, e.Note, e.Auth = fillPath(e.Path), fill(e.Request), fill(e.Response), fill(e.Note), fill(e.Auth)
		c.APIs[i] = e
	}
	c.Screens = make([]screen, len(f.Screens))
	for i, sc := range f.Screens {
		sc.Name, sc.Shows, sc.Calls = fill(sc.Name), fill(sc.Shows), make([]string, len(sc.Calls))
		for j, call := range f.Screens[i].Calls {
			sc.Calls[j] = fillPath(call)
		}
		c.Screens[i] = sc
	}
	c.Flows = make([]flow, len(f.Flows))
	for i, fl := range f.Flows {
		c.Flows[i] = flow{Name: fill(fl.Name), Steps: all(fl.Steps)}
	}
	c.Deep = make([]deepDive, len(f.Deep))
	for i, d := range f.Deep {
		d.Title, d.Body = fill(d.Title), fill(d.Body)
		c.Deep[i] = d
	}
	c.Tradeoffs = make([]tradeoff, len(f.Tradeoffs))
	for i, t := range f.Tradeoffs {
		t.Decision, t.Rejected, t.Why = fill(t.Decision), fill(t.Rejected), fill(t.Why)
		c.Tradeoffs[i] = t
	}
}

// namesFilled is f with fill applied to the texts that are read as they stand rather than
// rendered (the renderer fills the rest when it writes them): the archetype, the load's flows
// and the entity, screen and flow names. fill expands one placeholder-bearing line.
func namesFilled(f *feature, fill func([]string) []string) *feature {
	one := func(s string) string { return fill([]string{s})[0] }
	c := *f
	c.Archetype = one(c.Archetype)
	if f.Load != nil {
		l := *f.Load
		l.Write, l.Read = one(l.Write), one(l.Read)
		c.Load = &l
	}
	c.Screens = make([]screen, len(f.Screens))
	for i, sc := range f.Screens {
		sc.Name = one(sc.Name)
		c.Screens[i] = sc
	}
	c.Entities = make([]entity, len(f.Entities))
	for i, e := range f.Entities {
		e.Name = one(e.Name)
		c.Entities[i] = e
	}
	c.Flows = make([]flow, len(f.Flows))
	for i, fl := range f.Flows {
		fl.Name = one(fl.Name)
		c.Flows[i] = fl
	}
	return &c
}
