package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// TestTechnologiesSchema checks knowledge/technologies.yaml: it decodes strictly, covers the
// technologies a follow-up must know, and every entry's samples find that entry.
func TestTechnologiesSchema(t *testing.T) {
	t.Parallel()
	f, err := loadTechnologies(technologiesYAML)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, tp := range f.Technologies {
		ids[tp.ID] = true
		if len(tp.Samples) == 0 {
			t.Errorf("%s has no samples", tp.ID)
		}
		for _, s := range tp.Samples {
			if got, _, _, ok := requestedTech(strings.ToLower(s)); !ok || got.ID != tp.ID {
				t.Errorf("%q finds %q, want %q", s, got.ID, tp.ID)
			}
		}
		if tp.Conditional == "" && tp.ConditionalCost != 0 || tp.Conditional != "" && tp.ConditionalCost < 1 {
			t.Errorf("%s: conditional %q with cost %v", tp.ID, tp.Conditional, tp.ConditionalCost)
		}
		if tp.Replicated == (strings.HasPrefix(tp.Replication, "none")) {
			t.Errorf("%s: replicated=%v but replication %q", tp.ID, tp.Replicated, tp.Replication)
		}
	}
	for _, want := range []string{"postgresql", "mysql", "cassandra", "scylladb", "dynamodb", "mongodb", "redis", "memcached", "kafka", "rabbitmq", "sqs", "opensearch", "s3", "clickhouse", "sqlite", "cockroachdb"} {
		if !ids[want] {
			t.Errorf("no entry for %s", want)
		}
	}
	// Every technology a catalogue component defaults to and the knowledge base names must agree
	// on its kind, or a swap would move a component across kinds.
	for _, c := range components {
		if tp, ok := techOf(c.Tech); ok && tp.Kind != c.Kind && !(c.Kind == "worker" || c.Kind == "service") {
			t.Errorf("catalogue %s (%s) is a %s, knowledge base says %s", c.ID, c.Tech, c.Kind, tp.Kind)
		}
	}
}

// TestTechnologiesSchemaRejects feeds the loader broken files: each must fail naming the problem.
func TestTechnologiesSchemaRejects(t *testing.T) {
	t.Parallel()
	base := "claims:\n  - {id: conditional, what: a put-if-absent, phrases: [put-if-absent]}\ntechnologies:\n  - id: x\n    name: X\n    names: [x]\n    kind: database\n    label: X\n    model: rows\n    gains: g\n    costs: c\n    scale: horizontal\n    limits: {writes: 1, reads: 1}\n    failure: {fails: a node, mitigation: m}\n"
	if _, err := loadTechnologies([]byte(base)); err != nil {
		t.Fatalf("base file: %v", err)
	}
	tests := []struct{ name, yaml, want string }{
		{"unknown key", base + "    speed: fast\n", "speed"},
		{"unknown kind", strings.Replace(base, "kind: database", "kind: mainframe", 1), "mainframe"},
		{"unknown scale", strings.Replace(base, "scale: horizontal", "scale: vertical", 1), "vertical"},
		{"no limits", strings.Replace(base, "limits: {writes: 1, reads: 1}", "limits: {writes: 0, reads: 1}", 1), "limits"},
		{"upper-case name", strings.Replace(base, "names: [x]", "names: [X]", 1), "lower case"},
		{"unknown claim", base + "    rewrites:\n      teleport: {drop: true}\n", "teleport"},
		{"rewrite repeats the claim", base + "    rewrites:\n      conditional: {say: a put-if-absent with Paxos}\n", "says the claim again"},
		{"say and drop", base + "    rewrites:\n      conditional: {say: y, drop: true}\n", "either say or drop"},
		{"no failure", strings.Replace(base, "    failure: {fails: a node, mitigation: m}\n", "", 1), "failure"},
		{"duplicate", base + strings.SplitN(base, "technologies:\n", 2)[1], "twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadTechnologies([]byte(tc.yaml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err=%v, want one naming %q", err, tc.want)
			}
		})
	}
}

// TestAdaptOnlySwapped leaves first drafts exactly as the catalogue wrote them: over every sample
// statement of the capability file, no section changes under adapt.
func TestAdaptOnlySwapped(t *testing.T) {
	t.Parallel()
	f, err := decodeDetection(capabilitiesYAML)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range f.Capabilities {
		for _, problem := range c.Samples {
			_, req, err := New().Requirements(t.Context(), problem)
			if err != nil {
				t.Fatal(err)
			}
			g := bot.Grounding{Problem: problem, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
			g.Components = selectComponents(g)
			r := newRenderer(g)
			for _, id := range conversation.SectionOrder {
				md, _ := r.section(id)
				if adapt(g, md) != md {
					t.Errorf("%q: adapt rewrites section %s of a first draft", problem, id)
				}
			}
			n++
		}
	}
	if n < 50 {
		t.Fatalf("only %d sample statements", n)
	}
}
