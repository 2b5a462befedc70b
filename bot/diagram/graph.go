package diagram

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/archbot/archbot/conversation"
)

// tier is a column of the diagram; the order of the constants is the left-to-right order.
type tier int

const (
	tierClients tier = iota
	tierEdge
	tierServices
	tierAsync
	tierData
	tierExternal
	tierCount
)

var tierNames = [tierCount]string{"Clients", "Edge", "Services", "Async", "Data", "External"}

// Kinds the diagram knows; component kinds are normalised to one of these.
const (
	kindClient   = "client"
	kindEdge     = "edge"
	kindService  = "service"
	kindWorker   = "worker"
	kindQueue    = "queue"
	kindDatabase = "database"
	kindCache    = "cache"
	kindStorage  = "storage"
	kindSearch   = "search"
	kindExternal = "external"
)

// kindSynonyms lists spellings a model or a hand-written design may use for each known kind, so
// a "db" still gets a cylinder and lands in the Data tier.
var kindSynonyms = map[string][]string{
	kindClient:   {"clients", "mobile", "web", "browser", "app", "user", "frontend"},
	kindEdge:     {"cdn", "gateway", "api gateway", "load balancer", "loadbalancer", "lb", "proxy"},
	kindService:  {"api", "server", "backend", "microservice"},
	kindWorker:   {"job", "consumer", "batch", "scheduler", "stream processor"},
	kindQueue:    {"stream", "broker", "message queue", "pubsub", "topic", "log"},
	kindDatabase: {"db", "datastore", "store", "sql", "nosql"},
	kindCache:    {},
	kindStorage:  {"object storage", "object store", "blob", "blob storage", "file storage"},
	kindSearch:   {"index", "search index"},
	kindExternal: {"third party", "third-party", "saas"},
}

// normKind returns the known kind for a component kind; anything unrecognised is drawn as a
// service, the most neutral box.
func normKind(k string) string {
	k = strings.Join(strings.Fields(strings.ToLower(k)), " ")
	for kind, synonyms := range kindSynonyms {
		if k == kind || slices.Contains(synonyms, k) {
			return kind
		}
	}
	return kindService
}

func tierOf(kind string) tier {
	switch kind {
	case kindClient:
		return tierClients
	case kindEdge:
		return tierEdge
	case kindWorker, kindQueue:
		return tierAsync
	case kindDatabase, kindCache, kindStorage, kindSearch:
		return tierData
	case kindExternal:
		return tierExternal
	}
	return tierServices
}

// node is one component as drawn.
type node struct {
	id    string // safe in both syntaxes: [a-z0-9_], starts with "n_"
	name  string // cleaned display name
	tech  string // cleaned technology, empty when it adds nothing to the name
	kind  string
	tier  tier
	order int // index in the component list, for stable output
}

// edge joins two nodes once, whatever the number of TalksTo entries between them.
type edge struct {
	from, to int // node indexes; from is the first direction seen
	both     bool
	labels   []string
}

// graph is the component list resolved into nodes and merged edges.
type graph struct {
	nodes []node
	edges []edge
}

// maxEdgeLabel and maxMergedLabel keep edge labels short enough not to dominate the picture.
const (
	maxEdgeLabel   = 40
	maxMergedLabel = 60
)

// newGraph resolves names, merges components that share a name, drops edges to unknown or
// blank names and self-loops, and folds every pair's edges (either direction) into one.
func newGraph(components []conversation.Component) graph {
	var g graph
	byName := map[string]int{}
	usedIDs := map[string]bool{}
	for i, c := range components {
		name := clean(c.Name)
		if name == "" {
			// A nameless component cannot be referenced or read; the designer never means it.
			continue
		}
		key := nameKey(name)
		if _, dup := byName[key]; dup {
			continue
		}
		kind := normKind(c.Kind)
		tech := clean(c.Technology)
		if strings.EqualFold(tech, name) {
			tech = ""
		}
		byName[key] = len(g.nodes)
		g.nodes = append(g.nodes, node{
			id: uniqueID(name, usedIDs), name: name, tech: tech,
			kind: kind, tier: tierOf(kind), order: i,
		})
	}
	pairs := map[[2]int]int{}
	for _, c := range components {
		from, ok := byName[nameKey(clean(c.Name))]
		if !ok {
			continue
		}
		for j, target := range c.TalksTo {
			to, ok := byName[nameKey(clean(target))]
			if !ok || to == from {
				continue
			}
			label := ""
			if j < len(c.Flows) {
				label = truncate(clean(c.Flows[j]), maxEdgeLabel)
			}
			from := from
			if g.nodes[from].kind == kindWorker && g.nodes[to].kind == kindQueue && !Produces(label) {
				// A worker names the log it consumes; what flows goes from the log to the worker,
				// unless the label says the worker puts it there ("dispatch runs").
				from, to = to, from
			}
			key := [2]int{min(from, to), max(from, to)}
			ei, seen := pairs[key]
			if !seen {
				pairs[key] = len(g.edges)
				g.edges = append(g.edges, edge{from: from, to: to})
				ei = len(g.edges) - 1
			}
			e := &g.edges[ei]
			if e.from != from {
				e.both = true
			}
			if label != "" && !containsFold(e.labels, label) {
				e.labels = append(e.labels, label)
			}
		}
	}
	return g
}

// label joins an edge's distinct flows into one line, cut short when a pair carries so many
// flows that the label would push the boxes apart.
func (e edge) label() string { return truncate(strings.Join(e.labels, " / "), maxMergedLabel) }

// byTier returns node indexes grouped by tier, in component order within a tier.
func (g graph) byTier() [tierCount][]int {
	var t [tierCount][]int
	for i, n := range g.nodes {
		t[n.tier] = append(t[n.tier], i)
	}
	return t
}

// nameKey is how TalksTo entries find components: case and spacing do not matter.
func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// clean makes untrusted text printable on one line: invalid UTF-8 and control or format
// characters become spaces (they break both parsers or hide text), runs of space collapse.
func clean(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar ||
			(r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// Line widths, in characters, at which labels wrap: long technology strings ("Go connection
// servers (epoll), one persistent connection per device") would otherwise stretch a box, and
// with it the whole column, across the picture.
const (
	nameWidth = 24
	techWidth = 30
	flowWidth = 26
)

// wrap breaks s into lines of at most width characters at spaces; a longer word keeps a line
// of its own rather than being cut.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// lines escapes each wrapped line of s and joins them with a syntax's line break.
func lines(s string, width int, escape func(string) string, br string) string {
	ls := wrap(s, width)
	for i := range ls {
		ls[i] = escape(ls[i])
	}
	return strings.Join(ls, br)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// uniqueID derives an id from a name: lower-case ASCII letters and digits joined by
// underscores, prefixed with "n_" so it can never be a keyword of either syntax ("end",
// "subgraph", "node") nor start with a digit or with Mermaid's "o"/"x" edge markers.
func uniqueID(name string, used map[string]bool) string {
	base := "n_" + conversation.Slugify(name, '_', 30)
	if base == "n_" {
		base = "n_node"
	}
	id := base
	for i := 2; used[id]; i++ {
		id = base + "_" + strconv.Itoa(i)
	}
	used[id] = true
	return id
}

// producerVerbs start an edge label that a worker sends into a log rather than reads from it.
var producerVerbs = []string{"publish", "dispatch", "emit", "enqueue", "produce", "append", "send", "write", "fire", "schedule"}

// Produces reports whether label says its worker puts something into the log: "dispatch runs",
// "publishes due jobs". The designer's prose asks it too, so a log's consumers are the workers
// that read it, not those that publish into it.
func Produces(label string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(label)), " ")
	for _, v := range producerVerbs {
		if strings.HasPrefix(first, v) {
			return true
		}
	}
	return false
}
