package diagram_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// awkward holds names and flows as a model or a user might write them, with what the diagram
// must show for each.
var awkward = []struct {
	desc, name, flow, wantName, wantFlow string
}{
	{"quotes", `Photo "Originals" DB`, `rows "as is"`, `Photo "Originals" DB`, `rows "as is"`},
	{"brackets", `API (v2) [public] {beta}`, `calls (HTTPS) [gRPC]`, `API (v2) [public] {beta}`, `calls (HTTPS) [gRPC]`},
	{"slashes", `read/write \ primary\`, `a/b\c`, `read/write \ primary\`, `a/b\c`},
	{"unicode", `数据库 – 主`, `写入`, `数据库 – 主`, `写入`},
	{"emoji", `🚀 Launch svc`, `✉️ mail`, `🚀 Launch svc`, `✉️ mail`},
	{"mermaid keyword end", `end`, `end`, `end`, `end`},
	{"mermaid keyword subgraph", `subgraph`, `subgraph x`, `subgraph`, `subgraph x`},
	{"edge markers", `o`, `x`, `o`, `x`},
	{"arrows", `A --> B`, `-->|x|`, `A --> B`, `-->|x|`},
	{"pipes", `a|b`, `|`, `a|b`, `|`},
	{"markup", `<script>alert(1)</script>`, `<b>bold</b> & co`, `<script>alert(1)</script>`, `<b>bold</b> & co`},
	{"entities", `#quot; &amp; #35;`, `#`, `#quot; &amp; #35;`, `#`},
	{"backticks", "`code` svc", "`x`", "`code` svc", "`x`"},
	{"dot escapes", `node \N \G \l`, `\n`, `node \N \G \l`, `\n`},
	{"punctuation", `;semi;colon: %%c @{shape: x}`, `a;b:c`, `;semi;colon: %%c @{shape: x}`, `a;b:c`},
	{"whitespace", "tab\there\nnew  line\r", "x\ny", "tab here new line", "x y"},
	{"controls", "zero\u200bwidth\x00nul\x1b[31m", "bell\a", "zero width nul [31m", "bell"},
	{"invalid utf-8", "bad\xffbyte", "\xfe", "bad byte", ""},
	{"long", strings.Repeat("very long name ", 12), strings.Repeat("flow ", 20),
		strings.TrimSpace(strings.Repeat("very long name ", 12)), "flow flow flow flow flow flow flow flow…"},
	{"lone bracket", `]`, `]`, `]`, `]`},
	{"digits first", `123 service`, `1`, `123 service`, `1`},
	{"only symbols", `!!!`, `?`, `!!!`, `?`},
}

func TestAwkwardNames(t *testing.T) {
	for _, tc := range awkward {
		t.Run(tc.desc, func(t *testing.T) {
			cs := []conversation.Component{
				{Name: tc.name, Kind: "service", TalksTo: []string{"Peer store"}, Flows: []string{tc.flow}},
				{Name: "Peer store", Kind: "database", Technology: tc.name},
			}
			wantPeer := "Peer store\n" + tc.wantName
			mm := checkMermaid(t, diagram.Mermaid(cs))
			if got := mermaidLabels(mm); !equal(got, []string{tc.wantName, wantPeer}) {
				t.Fatalf("mermaid labels=%q, want %q", got, []string{tc.wantName, wantPeer})
			}
			if len(mm.edges) != 1 || mm.edges[0].label != tc.wantFlow {
				t.Fatalf("mermaid edges=%+v, want one labelled %q", mm.edges, tc.wantFlow)
			}
			dg := layoutDOT(t, diagram.DOT(cs))
			if got := dotLabels(dg); !sameSet(got, []string{tc.wantName, wantPeer}) {
				t.Fatalf("dot labels=%q, want %q", got, []string{tc.wantName, wantPeer})
			}
			if len(dg.edges) != 1 || dg.edges[0].label != tc.wantFlow {
				t.Fatalf("dot edges=%+v, want one labelled %q", dg.edges, tc.wantFlow)
			}
		})
	}
}

// TestAwkwardNamesTogether puts every awkward name in one chain, so ids derived from similar
// names must stay distinct.
func TestAwkwardNamesTogether(t *testing.T) {
	var cs []conversation.Component
	var want []string
	for i, tc := range awkward {
		c := conversation.Component{Name: tc.name, Kind: kinds[i%len(kinds)]}
		if i+1 < len(awkward) {
			c.TalksTo, c.Flows = []string{awkward[i+1].name}, []string{tc.flow}
		}
		cs = append(cs, c)
		want = append(want, tc.wantName)
	}
	// Names that differ only in case or spacing are one component; blank names none.
	cs = append(cs,
		conversation.Component{Name: strings.ToUpper(awkward[0].name), Kind: "cache"},
		conversation.Component{Name: "  \t ", Kind: "service", TalksTo: []string{awkward[0].name}},
	)
	mm := checkMermaid(t, diagram.Mermaid(cs))
	if got := mermaidLabels(mm); !sameSet(got, want) {
		t.Fatalf("mermaid labels=%q, want %q", got, want)
	}
	if len(mm.edges) != len(awkward)-1 {
		t.Fatalf("mermaid has %d edges, want %d", len(mm.edges), len(awkward)-1)
	}
	dg := layoutDOT(t, diagram.DOT(cs))
	if got := dotLabels(dg); !sameSet(got, want) {
		t.Fatalf("dot labels=%q, want %q", got, want)
	}
	if len(dg.edges) != len(awkward)-1 {
		t.Fatalf("dot has %d edges, want %d", len(dg.edges), len(awkward)-1)
	}
}

// TestWrapping: long names and technologies wrap instead of stretching their column.
func TestWrapping(t *testing.T) {
	cs := []conversation.Component{
		{Name: "WebSocket gateway for every connected mobile device", Kind: "service",
			Technology: "Go connection servers (epoll), one persistent connection per device",
			TalksTo:    []string{"Chat DB"}, Flows: []string{"messages, receipts and typing indicators"}},
		{Name: "Chat DB", Kind: "database"},
	}
	src := diagram.Mermaid(cs)
	checkMermaid(t, src)
	for _, quoted := range regexp.MustCompile(`"[^"]*"`).FindAllString(src, -1) {
		for _, seg := range strings.Split(strings.Trim(quoted, `"`), "<br/>") {
			text := mmEntity.ReplaceAllString(mmTag.ReplaceAllString(seg, ""), "x")
			if n := len([]rune(text)); n > 30 {
				t.Errorf("mermaid label line of %d characters: %q", n, text)
			}
		}
	}
	g := layoutDOT(t, diagram.DOT(cs))
	for id, n := range g.nodes {
		if n.width > 3 {
			t.Errorf("dot node %s is %.1f inches wide, want at most 3", id, n.width)
		}
	}
}

var kinds = []string{"client", "edge", "service", "worker", "queue", "database", "cache", "storage", "search", "external"}

func TestEdges(t *testing.T) {
	type want struct {
		from, to, label string
		both            bool
	}
	for _, tc := range []struct {
		desc  string
		cs    []conversation.Component
		edges []want
	}{
		{
			desc: "one edge per pair, flows merged in order without repeats",
			cs: []conversation.Component{
				{Name: "API", TalksTo: []string{"DB", "db", " DB "}, Flows: []string{"writes", "reads", "WRITES"}},
				{Name: "DB", Kind: "database"},
			},
			edges: []want{{"API", "DB", "writes / reads", false}},
		},
		{
			desc: "many flows on one pair are cut short",
			cs: []conversation.Component{
				{Name: "API", TalksTo: []string{"DB", "DB", "DB", "DB", "DB"}, Flows: []string{"user rows", "photo rows", "comment rows", "like counters", "follower lists"}},
				{Name: "DB", Kind: "database"},
			},
			edges: []want{{"API", "DB", "user rows / photo rows / comment rows / like counters / fol…", false}},
		},
		{
			desc: "both directions become one two-headed edge",
			cs: []conversation.Component{
				{Name: "Chat service", TalksTo: []string{"Gateway"}, Flows: []string{"messages out"}},
				{Name: "Gateway", Kind: "edge", TalksTo: []string{"Chat service"}, Flows: []string{"messages in"}},
			},
			edges: []want{{"Chat service", "Gateway", "messages out / messages in", true}},
		},
		{
			desc: "unknown names, blank names and self loops are dropped",
			cs: []conversation.Component{
				{Name: "API", TalksTo: []string{"Nowhere", "", "API", "DB"}, Flows: []string{"lost", "lost", "self", "rows"}},
				{Name: "DB", Kind: "database"},
			},
			edges: []want{{"API", "DB", "rows", false}},
		},
		{
			desc: "missing and blank flows leave the edge unlabelled",
			cs: []conversation.Component{
				{Name: "API", TalksTo: []string{"DB", "Cache"}, Flows: []string{" \n "}},
				{Name: "DB", Kind: "database"},
				{Name: "Cache", Kind: "cache"},
			},
			edges: []want{{"API", "DB", "", false}, {"API", "Cache", "", false}},
		},
		{
			desc: "a later component with the same name adds its edges to the first",
			cs: []conversation.Component{
				{Name: "API", TalksTo: []string{"DB"}},
				{Name: "api", Kind: "database", TalksTo: []string{"DB", "Cache"}, Flows: []string{"rows", "hits"}},
				{Name: "DB", Kind: "database"},
				{Name: "Cache", Kind: "cache"},
			},
			edges: []want{{"API", "DB", "rows", false}, {"API", "Cache", "hits", false}},
		},
		{
			desc: "a worker's log is drawn flowing into the worker, a service's from the service",
			cs: []conversation.Component{
				{Name: "API", TalksTo: []string{"Event log"}, Flows: []string{"domain events"}},
				{Name: "Notification workers", Kind: "worker", TalksTo: []string{"Event log"}, Flows: []string{"domain events"}},
				{Name: "Event log", Kind: "queue"},
			},
			edges: []want{{"API", "Event log", "domain events", false}, {"Event log", "Notification workers", "domain events", false}},
		},
		{
			desc: "a worker that puts work into the log is drawn flowing into the log",
			cs: []conversation.Component{
				{Name: "Scheduler shards", Kind: "worker", TalksTo: []string{"Event log"}, Flows: []string{"dispatch runs"}},
				{Name: "Event log", Kind: "queue"},
			},
			edges: []want{{"Scheduler shards", "Event log", "dispatch runs", false}},
		},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			mm := checkMermaid(t, diagram.Mermaid(tc.cs))
			var got []want
			for _, e := range mm.edges {
				got = append(got, want{mm.nodes[e.from].label, mm.nodes[e.to].label, e.label, e.both})
			}
			if !equal(got, tc.edges) {
				t.Fatalf("mermaid edges=%+v, want %+v", got, tc.edges)
			}
			dg := layoutDOT(t, diagram.DOT(tc.cs))
			if len(dg.edges) != len(tc.edges) {
				t.Fatalf("dot edges=%+v, want %+v", dg.edges, tc.edges)
			}
			for i, e := range dg.edges {
				w := tc.edges[i]
				tail, head := dg.nodes[e.tail].label, dg.nodes[e.head].label
				// DOT may write an edge forwards with its arrow reversed; what it shows must match.
				if e.dir == "back" {
					tail, head = head, tail
				}
				if tail != w.from || head != w.to || e.label != w.label || (e.dir == "both") != w.both {
					t.Fatalf("dot edge %d=%+v (%s -> %s), want %+v", i, e, tail, head, w)
				}
			}
		})
	}
}

// TestPhotoSharing checks a realistic design: every component in both syntaxes, in its tier,
// with its shape, and a layout that reads left to right from clients to stores.
func TestPhotoSharing(t *testing.T) {
	cs := photoSharing(t)
	d := diagram.Build(cs)

	mm := checkMermaid(t, d.Mermaid)
	dg := layoutDOT(t, d.DOT)
	if len(mm.nodes) != len(cs) || len(dg.nodes) != len(cs) {
		t.Fatalf("mermaid has %d nodes, dot %d, want %d", len(mm.nodes), len(dg.nodes), len(cs))
	}
	wantTier := map[string]string{
		"client": "clients", "edge": "edge", "service": "services", "queue": "async", "worker": "async",
		"database": "data", "cache": "data", "storage": "data", "search": "data", "external": "external",
	}
	wantDOTShape := map[string]string{"database": "cylinder", "storage": "box3d", "edge": "hexagon", "queue": "cds"}
	wantMermaidShape := map[string]string{"database": `[("")]`, "client": `([""])`, "edge": `{{""}}`}
	mmByLabel, dotByLabel := map[string]string{}, map[string]string{}
	for id, n := range mm.nodes {
		mmByLabel[n.label] = id
	}
	for id, n := range dg.nodes {
		dotByLabel[n.label] = id
	}
	edges := 0
	for _, c := range cs {
		label := c.Name + "\n" + c.Technology
		mid, ok := mmByLabel[label]
		if !ok {
			t.Fatalf("mermaid lacks %q", label)
		}
		if got := mm.nodes[mid].subgraph; got != "t_"+wantTier[c.Kind] {
			t.Errorf("mermaid puts %s in %s, want t_%s", c.Name, got, wantTier[c.Kind])
		}
		if want, ok := wantMermaidShape[c.Kind]; ok && mm.nodes[mid].shape != want {
			t.Errorf("mermaid draws %s (%s) as %s, want %s", c.Name, c.Kind, mm.nodes[mid].shape, want)
		}
		did, ok := dotByLabel[label]
		if !ok {
			t.Fatalf("dot lacks %q", label)
		}
		if !contains(dg.clusters["cluster_"+wantTier[c.Kind]], did) {
			t.Errorf("dot puts %s outside cluster_%s", c.Name, wantTier[c.Kind])
		}
		if want, ok := wantDOTShape[c.Kind]; ok && dg.nodes[did].shape != want {
			t.Errorf("dot draws %s (%s) as %s, want %s", c.Name, c.Kind, dg.nodes[did].shape, want)
		}
		edges += len(c.TalksTo)
	}
	if len(mm.edges) != edges || len(dg.edges) != edges {
		t.Fatalf("mermaid has %d edges, dot %d, want %d", len(mm.edges), len(dg.edges), edges)
	}

	// Readability: each column lies wholly right of the one before it.
	columns := [][]string{{"client"}, {"edge"}, {"service"}, {"queue"}, {"worker"}, {"database", "cache", "storage", "search"}, {"external"}}
	prevMax, prevCol := -1.0, ""
	for _, col := range columns {
		lo, hi := 1e9, -1.0
		for _, c := range cs {
			if contains(col, c.Kind) {
				x := dg.nodes[dotByLabel[c.Name+"\n"+c.Technology]].x
				lo, hi = min(lo, x), max(hi, x)
			}
		}
		if lo <= prevMax {
			t.Errorf("%v starts at x=%.0f, left of where %s ends (x=%.0f)", col, lo, prevCol, prevMax)
		}
		prevMax, prevCol = hi, strings.Join(col, ",")
	}
}

func TestEmpty(t *testing.T) {
	for _, cs := range [][]conversation.Component{nil, {{Name: " "}}} {
		mm := checkMermaid(t, diagram.Mermaid(cs))
		if len(mm.nodes) != 0 {
			t.Fatalf("mermaid nodes=%v, want none", mm.nodes)
		}
		if dg := layoutDOT(t, diagram.DOT(cs)); len(dg.nodes) != 0 {
			t.Fatalf("dot nodes=%v, want none", dg.nodes)
		}
	}
}

func TestDeterministic(t *testing.T) {
	cs := photoSharing(t)
	a, b := diagram.Build(cs), diagram.Build(cs)
	if a != b {
		t.Fatalf("two builds of the same components differ")
	}
}

func photoSharing(tb testing.TB) []conversation.Component {
	tb.Helper()
	raw, err := os.ReadFile("testdata/photo-sharing.json")
	if err != nil {
		tb.Fatalf("read example: %v", err)
	}
	var cs []conversation.Component
	if err := json.Unmarshal(raw, &cs); err != nil {
		tb.Fatalf("decode example: %v", err)
	}
	return cs
}

func mermaidLabels(c mermaidChart) []string {
	var out []string
	for _, id := range c.order {
		out = append(out, c.nodes[id].label)
	}
	return out
}

func dotLabels(g dotGraph) []string {
	var out []string
	for _, n := range g.nodes {
		out = append(out, n.label)
	}
	return out
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameSet(a, b []string) bool {
	count := map[string]int{}
	for _, s := range a {
		count[s]++
	}
	for _, s := range b {
		count[s]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return len(a) == len(b)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
