package diagram_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// fuzzComponents builds a small design whose names, kinds and flows all come from the fuzzer:
// a chain, a back edge, a self loop, a duplicate by case and a dangling reference.
func fuzzComponents(a, b, kind, flow string) []conversation.Component {
	return []conversation.Component{
		{Name: a, Kind: kind, Technology: flow, TalksTo: []string{b, a, "missing"}, Flows: []string{flow, flow, flow}},
		{Name: b, Kind: "database", Technology: a, TalksTo: []string{a}, Flows: []string{b}},
		{Name: flow, Kind: kind, TalksTo: []string{b}},
	}
}

func fuzzSeeds(f *testing.F) {
	for _, tc := range awkward {
		f.Add(tc.name, tc.flow, "service", tc.flow)
	}
	f.Add("API", "api", "queue", "")
	f.Add("", " ", "", "\x00")
	f.Add("end", "subgraph", "client", "end")
}

// FuzzMermaid: whatever the names, the Mermaid parses and shows each distinct name once.
func FuzzMermaid(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b, kind, flow string) {
		cs := fuzzComponents(a, b, kind, flow)
		c := checkMermaid(t, diagram.Mermaid(cs))
		if want := distinctNames(cs); len(c.nodes) != want {
			t.Fatalf("mermaid has %d nodes, want %d", len(c.nodes), want)
		}
	})
}

// FuzzDOT: whatever the names, the DOT tokenises cleanly and dot accepts it with every node.
// dot takes a few milliseconds a run, cheap enough to keep the real parser in the loop.
func FuzzDOT(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b, kind, flow string) {
		cs := fuzzComponents(a, b, kind, flow)
		src := diagram.DOT(cs)
		checkDOTSyntax(t, src)
		if g := layoutDOT(t, src); len(g.nodes) != distinctNames(cs) {
			t.Fatalf("dot has %d nodes, want %d\n%s", len(g.nodes), distinctNames(cs), src)
		}
	})
}

// distinctNames counts the nodes a diagram should have: names are compared ignoring case,
// spacing and unprintable characters, and blank names draw nothing.
func distinctNames(cs []conversation.Component) int {
	seen := map[string]bool{}
	for _, c := range cs {
		printable := strings.Map(func(r rune) rune {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar ||
				(r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE {
				return ' '
			}
			return r
		}, strings.ToValidUTF8(c.Name, " "))
		if key := strings.ToLower(strings.Join(strings.Fields(printable), " ")); key != "" {
			seen[key] = true
		}
	}
	return len(seen)
}
