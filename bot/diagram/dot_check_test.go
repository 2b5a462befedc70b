package diagram_test

import (
	"bytes"
	"encoding/json"
	"html"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// mustDot returns the path of Graphviz's dot. The diagram tests exist to prove dot accepts what
// we write, so a missing dot is a failure, not a reason to pass quietly.
func mustDot(tb testing.TB) string {
	tb.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		tb.Fatalf("graphviz dot is not on PATH (%v): install it with `apt-get install -y graphviz` or run `make test`", err)
	}
	return path
}

// dotGraph is what dot itself read from our DOT, from its -Tjson output after layout.
type dotGraph struct {
	nodes    map[string]dotNode // by node id
	edges    []dotEdge          // visible edges only
	clusters map[string][]string
}

type dotNode struct {
	label string // decoded and unwrapped: "name" or "name\ntechnology"
	x, y  float64
	width float64 // inches
	shape string
}

type dotEdge struct {
	tail, head, label, dir string
}

// layoutDOT runs dot -Tjson on src, failing the test if dot reports any error or warning.
func layoutDOT(tb testing.TB, src string) dotGraph {
	tb.Helper()
	cmd := exec.Command(mustDot(tb), "-Tjson")
	cmd.Stdin = strings.NewReader(src)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("dot rejected the DOT: %v: %s\n%s", err, stderr.String(), src)
	}
	if stderr.Len() > 0 {
		tb.Fatalf("dot warned: %s\n%s", stderr.String(), src)
	}
	var raw struct {
		Objects []struct {
			GVID  int    `json:"_gvid"`
			Name  string `json:"name"`
			Label string `json:"label"`
			Pos   string `json:"pos"`
			Shape string `json:"shape"`
			Width string `json:"width"`
			Nodes []int  `json:"nodes"`
			BB    string `json:"bb"`
		} `json:"objects"`
		Edges []struct {
			Tail  int    `json:"tail"`
			Head  int    `json:"head"`
			Label string `json:"label"`
			Dir   string `json:"dir"`
			Style string `json:"style"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(out.Bytes(), &raw); err != nil {
		tb.Fatalf("read dot -Tjson: %v", err)
	}
	g := dotGraph{nodes: map[string]dotNode{}, clusters: map[string][]string{}}
	byID := map[int]string{}
	for _, o := range raw.Objects {
		byID[o.GVID] = o.Name
	}
	for _, o := range raw.Objects {
		if o.Nodes != nil || o.BB != "" { // a subgraph, not a node
			if strings.HasPrefix(o.Name, "cluster_") {
				for _, n := range o.Nodes {
					g.clusters[o.Name] = append(g.clusters[o.Name], byID[n])
				}
			}
			continue
		}
		var x, y float64
		if p := strings.Split(o.Pos, ","); len(p) == 2 {
			x, _ = strconv.ParseFloat(p[0], 64)
			y, _ = strconv.ParseFloat(p[1], 64)
		}
		w, _ := strconv.ParseFloat(o.Width, 64)
		g.nodes[o.Name] = dotNode{label: decodeDOTLabel(o.Label), x: x, y: y, width: w, shape: o.Shape}
	}
	for _, e := range raw.Edges {
		if e.Style == "invis" {
			continue
		}
		g.edges = append(g.edges, dotEdge{tail: byID[e.Tail], head: byID[e.Head], label: decodeDOTLabel(e.Label), dir: e.Dir})
	}
	return g
}

var dotTag = regexp.MustCompile(`<[^>]*>`)

// decodeDOTLabel turns an HTML-like label back into text: wrapped lines are joined again, and
// the technology (in its own FONT) is put on a line of its own.
func decodeDOTLabel(s string) string {
	s = strings.ReplaceAll(s, "<BR/><FONT", "\n<FONT")
	s = strings.ReplaceAll(s, "<BR/>", " ")
	return html.UnescapeString(dotTag.ReplaceAllString(s, ""))
}

// checkDOTSyntax is a light, dot-free check for the fuzzer: it tokenises the DOT and fails on an
// unbalanced quoted or HTML string, markup in an HTML label other than what DOT() writes, a bare
// '&' that is not an entity, or an identifier that is not one of ours.
func checkDOTSyntax(tb testing.TB, src string) {
	tb.Helper()
	allowedTag := regexp.MustCompile(`^<(/?B|BR/|/FONT|FONT POINT-SIZE="10" COLOR="#[0-9a-f]{6}")>$`)
	entity := regexp.MustCompile(`^&(amp|lt|gt|quot|#[0-9]+);`)
	ident := regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$|^[0-9.]+$`)
	fail := func(at int, why string) {
		tb.Fatalf("DOT at byte %d: %s\n%s", at, why, src)
	}
	depth := 0
	for i := 0; i < len(src); {
		switch c := src[i]; {
		case c == '"':
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\n' {
					fail(i, "newline in a quoted string")
				}
				if src[j] == '\\' {
					j++ // the escaped byte cannot end the string
				}
			}
			if j >= len(src) {
				fail(i, "unterminated quoted string")
			}
			i = j + 1
		case c == '<':
			// An HTML string: markup nests, text between tags must be escaped.
			j, level := i+1, 1
			for level > 0 {
				if j >= len(src) {
					fail(i, "unterminated HTML string")
				}
				switch src[j] {
				case '<':
					end := strings.IndexByte(src[j:], '>')
					if end < 0 {
						fail(j, "unterminated tag")
					}
					if !allowedTag.MatchString(src[j : j+end+1]) {
						fail(j, "unexpected markup "+src[j:j+end+1])
					}
					j += end + 1
				case '>':
					level--
					j++
				case '&':
					if !entity.MatchString(src[j:]) {
						fail(j, "bare & in an HTML label")
					}
					j++
				case '"', '\n':
					fail(j, "quote or newline in an HTML label")
				default:
					j++
				}
			}
			i = j
		case c == '{' || c == '[':
			depth++
			i++
		case c == '}' || c == ']':
			depth--
			if depth < 0 {
				fail(i, "unbalanced bracket")
			}
			i++
		case strings.IndexByte(" \n;,=", c) >= 0:
			i++
		case c == '-' && strings.HasPrefix(src[i:], "->"):
			i += 2
		default:
			j := i
			for j < len(src) && strings.IndexByte(" \n;,=[]{}\"<", src[j]) < 0 && !strings.HasPrefix(src[j:], "->") {
				j++
			}
			if !ident.MatchString(src[i:j]) {
				fail(i, "not an identifier: "+src[i:j])
			}
			i = j
		}
	}
	if depth != 0 {
		tb.Fatalf("DOT brackets unbalanced (%d)\n%s", depth, src)
	}
}
