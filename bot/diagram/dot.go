package diagram

import (
	"fmt"
	"html"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// font is a fontconfig family list: the first installed one wins, so the PNG looks the same on a
// laptop and in the container.
const font = "Helvetica,Arial,DejaVu Sans,sans-serif"

// DOT renders the components as a Graphviz digraph laid out left to right, one cluster per tier.
// It applies the same rules as Mermaid for names, duplicates and edges.
//
// dot ranks nodes by edge direction, so the tiers are kept in order two ways: every tier sits on
// one rank, chained to the next by an invisible edge, and an edge that points back towards the
// clients (a store feeding a worker, say) is written forwards with its arrowhead reversed.
func DOT(components []conversation.Component) string {
	g := newGraph(components)
	var b strings.Builder
	b.WriteString("digraph architecture {\n")
	fmt.Fprintf(&b, "  graph [rankdir=LR, newrank=true, nodesep=0.35, ranksep=0.8, pad=0.3, splines=true, fontname=%q, fontsize=13, bgcolor=\"white\"];\n", font)
	fmt.Fprintf(&b, "  node [fontname=%q, fontsize=12, margin=\"0.18,0.08\", penwidth=1.3, color=\"#374151\"];\n", font)
	fmt.Fprintf(&b, "  edge [fontname=%q, fontsize=10, fontcolor=\"#374151\", color=\"#6b7280\", arrowsize=0.7];\n", font)

	tiers := g.byTier()
	var anchors []string // one node per non-empty tier, in tier order
	for t, members := range tiers {
		if len(members) == 0 {
			continue
		}
		name := tierNames[t]
		fmt.Fprintf(&b, "  subgraph cluster_%s {\n", strings.ToLower(name))
		fmt.Fprintf(&b, "    label=<<B>%s</B>>; labeljust=l; style=\"rounded,filled\"; fillcolor=\"#f9fafb\"; color=\"#d1d5db\";\n", name)
		for _, i := range members {
			n := g.nodes[i]
			lk := looks[n.kind]
			fmt.Fprintf(&b, "    %s [label=<%s>, shape=%s, style=%q, fillcolor=%q, color=%q];\n",
				n.id, dotNodeLabel(n), lk.dotShape, lk.dotStyle, lk.fill, lk.stroke)
		}
		for _, col := range columns(g, members) {
			fmt.Fprintf(&b, "    { rank=same; %s; }\n", strings.Join(col, "; "))
			anchors = append(anchors, col[0])
		}
		b.WriteString("  }\n")
	}
	for i := 1; i < len(anchors); i++ {
		fmt.Fprintf(&b, "  %s -> %s [style=invis, weight=0];\n", anchors[i-1], anchors[i])
	}
	for _, e := range g.edges {
		from, to := g.nodes[e.from], g.nodes[e.to]
		var attrs []string
		switch {
		case e.both:
			attrs = append(attrs, "dir=both")
		case column(from) > column(to):
			from, to = to, from
			attrs = append(attrs, "dir=back")
		}
		if l := e.label(); l != "" {
			attrs = append(attrs, "label=<"+lines(l, flowWidth, dotEscape, "<BR/>")+">")
		}
		if len(attrs) == 0 {
			fmt.Fprintf(&b, "  %s -> %s;\n", from.id, to.id)
		} else {
			fmt.Fprintf(&b, "  %s -> %s [%s];\n", from.id, to.id, strings.Join(attrs, ", "))
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// dotNodeLabel is an HTML-like label: the name, and the technology smaller beneath it.
func dotNodeLabel(n node) string {
	l := lines(n.name, nameWidth, dotEscape, "<BR/>")
	if n.tech != "" {
		l += `<BR/><FONT POINT-SIZE="10" COLOR="#4b5563">` + lines(n.tech, techWidth, dotEscape, "<BR/>") + "</FONT>"
	}
	return l
}

// dotEscape makes text safe inside an HTML-like label, where only markup characters are special;
// unlike a quoted DOT string it gives backslashes no meaning. A "]" is written as a character
// reference too: Graphviz 2.43 rejects a label whose text is a lone "]".
func dotEscape(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "]", "&#93;")
}

// columns splits a tier's nodes into the ranks they are drawn on: one per tier, except Async,
// where queues stand before the workers that consume them so that edge runs forwards instead of
// up and down a single column.
func columns(g graph, members []int) [][]string {
	byCol := map[int][]string{}
	for _, i := range members {
		c := column(g.nodes[i])
		byCol[c] = append(byCol[c], g.nodes[i].id)
	}
	var cols [][]string
	for c := range 2 * int(tierCount) {
		if ids, ok := byCol[c]; ok {
			cols = append(cols, ids)
		}
	}
	return cols
}

// column is a node's left-to-right rank group.
func column(n node) int {
	c := 2 * int(n.tier)
	if n.tier == tierAsync && n.kind != kindQueue {
		c++
	}
	return c
}
