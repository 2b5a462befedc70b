package diagram_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// mermaidChart is what checkMermaid reads back from Mermaid text.
type mermaidChart struct {
	nodes map[string]mermaidNode // by id
	order []string               // node ids in declaration order
	edges []mermaidEdge
}

type mermaidNode struct {
	label    string // decoded and unwrapped: "name" or "name\ntechnology"
	subgraph string
	shape    string // opening bracket(s)
}

type mermaidEdge struct {
	from, to, label string
	both            bool
}

var (
	mmSubgraph = regexp.MustCompile(`^  subgraph (t_[a-z]+)\["([A-Za-z]+)"\]$`)
	mmNode     = regexp.MustCompile(`^    (n_[a-z0-9_]+)(.*)$`)
	mmEdge     = regexp.MustCompile(`^  (n_[a-z0-9_]+) (-->|<-->)(?:\|"([^"]*)"\|)? (n_[a-z0-9_]+)$`)
	mmClassDef = regexp.MustCompile(`^  classDef k_[a-z]+ [a-z-]+:[#0-9a-f ]+(,[a-z-]+:[#0-9a-f ]+)*$`)
	mmClass    = regexp.MustCompile(`^  class (n_[a-z0-9_]+(?:,n_[a-z0-9_]+)*) k_[a-z]+$`)
	mmEntity   = regexp.MustCompile(`#([a-z]+|[0-9]+);`)
	mmTag      = regexp.MustCompile(`<[^>]*>`)
	// Mermaid shapes as opening and closing text around a quoted label.
	mmShapes = map[string]string{
		`["`: `"]`, `("`: `")`, `(["`: `"])`, `[["`: `"]]`, `[("`: `")]`, `{{"`: `"}}`,
		`[/"`: `"/]`, `[\"`: `"\]`, `>"`: `"]`,
	}
	mmTrapezoid = [2]string{`[/"`, `"\]`}
)

// checkMermaid parses the subset of Mermaid that Mermaid() writes and fails the test on anything
// a Mermaid parser could trip over: an unknown line, an unquoted or badly escaped label, a node
// declared twice or outside a subgraph, an edge to an undeclared node, two edges for one pair.
func checkMermaid(t testing.TB, src string) mermaidChart {
	t.Helper()
	c := mermaidChart{nodes: map[string]mermaidNode{}}
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	if lines[0] != "flowchart LR" {
		t.Fatalf("first line=%q, want flowchart LR\n%s", lines[0], src)
	}
	sub := ""
	pairs := map[[2]string]bool{}
	for n, line := range lines[1:] {
		fail := func(why string) { t.Fatalf("line %d %q: %s\n%s", n+2, line, why, src) }
		switch {
		case mmSubgraph.MatchString(line):
			if sub != "" {
				fail("nested subgraph")
			}
			sub = mmSubgraph.FindStringSubmatch(line)[1]
		case line == "  end":
			if sub == "" {
				fail("end without subgraph")
			}
			sub = ""
		case mmNode.MatchString(line):
			m := mmNode.FindStringSubmatch(line)
			id, rest := m[1], m[2]
			if sub == "" {
				fail("node outside a subgraph")
			}
			if _, dup := c.nodes[id]; dup {
				fail("node declared twice")
			}
			first, last := strings.Index(rest, `"`), strings.LastIndex(rest, `"`)
			if first < 0 || first == last {
				fail("label not quoted")
			}
			open, label, close := rest[:first+1], rest[first+1:last], rest[last:]
			if mmShapes[open] != close && [2]string{open, close} != mmTrapezoid {
				fail("unknown shape " + open + "…" + close)
			}
			c.nodes[id] = mermaidNode{label: decodeMermaidLabel(t, label, line), subgraph: sub, shape: open + close}
			c.order = append(c.order, id)
		case mmEdge.MatchString(line):
			m := mmEdge.FindStringSubmatch(line)
			from, to := m[1], m[4]
			for _, id := range []string{from, to} {
				if _, ok := c.nodes[id]; !ok {
					fail("edge to undeclared node " + id)
				}
			}
			if from == to {
				fail("self edge")
			}
			key := [2]string{min(from, to), max(from, to)}
			if pairs[key] {
				fail("second edge for the pair")
			}
			pairs[key] = true
			label := ""
			if strings.Contains(line, "|") {
				label = decodeMermaidLabel(t, m[3], line)
			}
			c.edges = append(c.edges, mermaidEdge{from: from, to: to, label: label, both: m[2] == "<-->"})
		case mmClassDef.MatchString(line):
		case mmClass.MatchString(line):
			for _, id := range strings.Split(mmClass.FindStringSubmatch(line)[1], ",") {
				if _, ok := c.nodes[id]; !ok {
					fail("class for undeclared node " + id)
				}
			}
		default:
			fail("not a line Mermaid() writes")
		}
	}
	if sub != "" {
		t.Fatalf("subgraph %s not closed\n%s", sub, src)
	}
	return c
}

// decodeMermaidLabel checks a quoted label's text is inert (no quote, only our own tags, '#'
// only in entity codes) and returns it decoded, with <br/> as a newline.
func decodeMermaidLabel(t testing.TB, s, line string) string {
	t.Helper()
	if strings.ContainsAny(s, "\"`|\\\n\r") {
		t.Fatalf("label %q in %q holds a character that must be escaped", s, line)
	}
	for _, tag := range mmTag.FindAllString(s, -1) {
		if tag != "<br/>" && tag != "<i>" && tag != "</i>" {
			t.Fatalf("label %q in %q holds markup %s", s, line, tag)
		}
	}
	bare := mmTag.ReplaceAllString(s, "")
	if strings.ContainsAny(bare, "<>&") {
		t.Fatalf("label %q in %q holds a raw markup character", s, line)
	}
	if strings.Contains(mmEntity.ReplaceAllString(bare, ""), "#") {
		t.Fatalf("label %q in %q holds a # outside an entity code", s, line)
	}
	// Lines are wrapped for width; only the break before the technology (in italics) separates.
	s = strings.ReplaceAll(s, "<br/><i>", "\n")
	s = strings.ReplaceAll(s, "<br/>", " ")
	s = mmTag.ReplaceAllString(s, "")
	return mmEntity.ReplaceAllStringFunc(s, func(e string) string {
		name := e[1 : len(e)-1]
		if n, err := strconv.Atoi(name); err == nil {
			return string(rune(n))
		}
		named := map[string]string{"quot": `"`, "amp": "&", "lt": "<", "gt": ">"}
		if r, ok := named[name]; ok {
			return r
		}
		t.Fatalf("label %q in %q uses unknown entity %s", s, line, e)
		return ""
	})
}
