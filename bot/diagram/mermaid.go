package diagram

import (
	"fmt"
	"sort"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Mermaid renders the components as a left-to-right Mermaid flowchart, one subgraph per tier.
// Components without a name are left out; components sharing a name (case-insensitive) are drawn
// once, as the first of them with the edges of all; TalksTo entries naming no component are dropped; each pair of components gets at most
// one edge, labelled with every distinct flow between them.
func Mermaid(components []conversation.Component) string {
	g := newGraph(components)
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	tiers := g.byTier()
	for t, members := range tiers {
		if len(members) == 0 {
			continue
		}
		name := tierNames[t]
		fmt.Fprintf(&b, "  subgraph t_%s[\"%s\"]\n", strings.ToLower(name), name)
		for _, i := range members {
			n := g.nodes[i]
			lk := looks[n.kind]
			label := lines(n.name, nameWidth, mermaidEscape, "<br/>")
			if n.tech != "" {
				label += "<br/><i>" + lines(n.tech, techWidth, mermaidEscape, "<br/>") + "</i>"
			}
			fmt.Fprintf(&b, "    %s%s%s%s\n", n.id, lk.mermaidOpen, label, lk.mermaidClose)
		}
		b.WriteString("  end\n")
	}
	for _, e := range g.edges {
		arrow := "-->"
		if e.both {
			arrow = "<-->"
		}
		if l := e.label(); l != "" {
			fmt.Fprintf(&b, "  %s %s|\"%s\"| %s\n", g.nodes[e.from].id, arrow, lines(l, flowWidth, mermaidEscape, "<br/>"), g.nodes[e.to].id)
		} else {
			fmt.Fprintf(&b, "  %s %s %s\n", g.nodes[e.from].id, arrow, g.nodes[e.to].id)
		}
	}
	// Colours come last, and only for kinds present, so the text stays short in the document.
	byKind := map[string][]string{}
	for _, n := range g.nodes {
		byKind[n.kind] = append(byKind[n.kind], n.id)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		lk := looks[k]
		dash := ""
		if strings.Contains(lk.dotStyle, "dashed") {
			dash = ",stroke-dasharray:5 3"
		}
		fmt.Fprintf(&b, "  classDef k_%s fill:%s,stroke:%s,color:#111827%s\n", k, lk.fill, lk.stroke, dash)
		fmt.Fprintf(&b, "  class %s k_%s\n", strings.Join(byKind[k], ","), k)
	}
	return b.String()
}

// mermaidEscaper turns every character that can end a quoted label, start an entity code, open
// HTML or a markdown string into a Mermaid entity code (#<decimal>;), which Mermaid decodes when
// it draws the label. Brackets stay as they are: inside quotes they are text, and the Mermaid
// source is what Slack shows when it cannot render it.
var mermaidEscaper = strings.NewReplacer(
	`#`, "#35;", `"`, "#quot;", `&`, "#amp;", `<`, "#lt;", `>`, "#gt;",
	`|`, "#124;", "`", "#96;", `\`, "#92;",
)

func mermaidEscape(s string) string { return mermaidEscaper.Replace(s) }
