package offline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// Facts says what the knowledge base holds about the design in g: the capabilities detected in
// its statement, the properties and failure modes of the technologies its components use
// (whoever chose them), and the house stack with where it strains. A model-backed designer puts
// them in its prompts, so a model-written design and an offline one agree on facts.
func (d *Designer) Facts(g bot.Grounding) conversation.Facts {
	var f conversation.Facts
	if strings.TrimSpace(g.Problem) != "" {
		f.Capabilities = d.memo.capabilities(g.Problem, d.capabilityFacts)
	}
	f.Technologies = technologyFacts(g.Components, d.memo.techOf)
	if s := d.stack(); s != nil {
		f.Stack = s.lines()
		if len(g.Components) > 0 {
			f.Strains = s.strains(g)
		}
	}
	return f
}

// capabilityFacts are the capabilities detected in a problem statement.
func (d *Designer) capabilityFacts(problem string) []conversation.CapabilityFact {
	var out []conversation.CapabilityFact
	ids, why := d.detect(problem)
	for _, id := range ids {
		if id == "core" {
			continue // every system has it; it says nothing about this one
		}
		c := conversation.CapabilityFact{ID: id, Why: why[id]}
		if ft := features[id]; ft != nil {
			c.Name = ft.Name
		}
		out = append(out, c)
	}
	return out
}

// technologyFacts describes each knowledge-base technology the components use, once.
// techOf looks a component's technology up.
func technologyFacts(cs []conversation.Component, techOf func(string) (technology, bool)) []conversation.TechnologyFact {
	var out []conversation.TechnologyFact
	at := map[string]int{}
	for _, c := range cs {
		tp, ok := techOf(c.Technology)
		if !ok {
			continue
		}
		if i, seen := at[tp.ID]; seen {
			out[i].Used = append(out[i].Used, c.Name)
			continue
		}
		at[tp.ID] = len(out)
		out = append(out, conversation.TechnologyFact{
			Name: tp.Name, Used: []string{c.Name},
			Model: tp.Model, Queries: tp.Queries, Consistency: tp.Consistency, Transactions: tp.Transactions,
			Limits: tp.limitsLine(),
			Fails:  tp.Failure.Fails, Load: tp.Failure.Load, Mitigation: tp.Failure.Mitigation,
		})
	}
	return out
}

// limitsLine says what one unit serves: "one shard primary: ~5000 writes/s, 20K reads/s, 2 TB".
func (t technology) limitsLine() string {
	H := conversation.Human
	s := fmt.Sprintf("one %s: ~%s writes/s, %s reads/s", t.Unit, H(t.Limits.Writes), H(t.Limits.Reads))
	if t.Limits.StorageGB > 0 {
		s += ", " + conversation.Bytes(t.Limits.StorageGB*1e9)
	}
	return s
}

// lines are the stack's choices, one per kind in the architecture's order.
func (s *houseStack) lines() []string {
	kinds := make([]string, 0, len(s.byKind))
	for k := range s.byKind {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b string) int { return kindOrder[a] - kindOrder[b] })
	var out []string
	for _, k := range kinds {
		var names []string
		for _, ch := range s.byKind[k] {
			n := ch.tech.Name
			if ch.host != "" {
				n = ch.host + ", running " + ch.tech.Name
			}
			names = append(names, n)
		}
		out = append(out, k+": "+strings.Join(names, ", then "))
	}
	return out
}
