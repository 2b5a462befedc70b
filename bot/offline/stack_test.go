package offline_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// MustKnowledge writes files into a fresh directory and loads it as a team's knowledge.
func MustKnowledge(tb testing.TB, files map[string]string) *offline.Knowledge {
	tb.Helper()
	dir := tb.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			tb.Fatal(err)
		}
	}
	k, err := offline.LoadKnowledge(dir)
	if err != nil {
		tb.Fatalf("load knowledge: %v", err)
	}
	return k
}

// designWith is design (bench_test.go) with a given designer.
func designWith(tb testing.TB, d *offline.Designer, problem string) *conversation.Design {
	tb.Helper()
	ctx := context.Background()
	title, req, err := d.Requirements(ctx, problem)
	if err != nil {
		tb.Fatalf("requirements: %v", err)
	}
	g := bot.Grounding{Title: title, Problem: problem, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
	if g.Components, err = d.Components(ctx, g); err != nil {
		tb.Fatalf("components: %v", err)
	}
	out := &conversation.Design{Title: title, Problem: problem, Version: 1, Components: g.Components, Capacity: g.Capacity, Requirements: req}
	for _, id := range conversation.SectionOrder {
		md, err := d.Section(ctx, g, id)
		if err != nil {
			tb.Fatalf("section %s: %v", id, err)
		}
		out.SetSection(conversation.Section{ID: id, Markdown: md})
	}
	return out
}

func sectionText(d *conversation.Design, id conversation.SectionID) string {
	for _, s := range d.Sections {
		if s.ID == id {
			return s.Markdown
		}
	}
	return ""
}

const whatsApp = "Design WhatsApp: 500M daily users sending 40 messages a day, 1:1 and group chats"

// TestHouseStack designs the same problems with and without a house stack: the stack's
// technologies take the components of their kinds, in the architecture and in the data model,
// and the design says where they strain, only where they do.
func TestHouseStack(t *testing.T) {
	gcp := offline.New(offline.Options{Knowledge: MustKnowledge(t, map[string]string{"stack.yaml": "prefer: [postgresql, kafka, gcp]\n"})})
	mysql := offline.New(offline.Options{Knowledge: MustKnowledge(t, map[string]string{"stack.yaml": "prefer: [mysql, memcached]\n"})})
	tests := []struct {
		name     string
		designer *offline.Designer
		problem  string
		want     map[conversation.SectionID][]string
		not      map[conversation.SectionID][]string
	}{
		{"messaging without a stack", offline.New(), whatsApp,
			map[conversation.SectionID][]string{conversation.Architecture: {"| Message store | database | Apache Cassandra"}},
			map[conversation.SectionID][]string{conversation.Architecture: {"house stack", "Cloud SQL"}, conversation.Tradeoffs: {"House stack"}}},
		{"messaging on a strained stack", gcp, whatsApp,
			map[conversation.SectionID][]string{
				conversation.Architecture: {"| Message store | database | PostgreSQL on Cloud SQL", "Cloud SQL for PostgreSQL from the house stack rather than Cassandra", "| Cache | cache | Redis Cluster (replica per shard), on Memorystore (GCP)", "on Managed Service for Apache Kafka (GCP)"},
				conversation.DataModel:    {"| Message | Message store (PostgreSQL on Cloud SQL"},
				conversation.Tradeoffs: {"⚠ House stack strains: Cloud SQL for PostgreSQL for Message store: 694K peak writes/s is ~139 shard primaries at 5,000 writes/s each",
					"would fit this flow better", "| Cloud SQL for PostgreSQL for Message store (house stack) | Cassandra"}},
			map[conversation.SectionID][]string{conversation.Architecture: {"Apache Cassandra"}, conversation.Tradeoffs: {"| Cassandra (wide-column) for messages"},
				// Texts written for Cassandra do not survive the move.
				conversation.Reliability: {"LOCAL_QUORUM"}, conversation.DataModel: {"wide-column"}}},
		{"a family app on the stack", gcp, "a todo app for my family",
			map[conversation.SectionID][]string{
				conversation.Architecture: {"| Primary DB | database | PostgreSQL (one primary + a synchronous standby, WAL archived), on Cloud SQL for PostgreSQL (GCP)"},
				conversation.DataModel:    {"on Cloud SQL for PostgreSQL (GCP)"}},
			map[conversation.SectionID][]string{conversation.Tradeoffs: {"House stack strains", "strains here"}}},
		{"a family app on a self-run stack", mysql, "a todo app for my family",
			map[conversation.SectionID][]string{
				conversation.Architecture: {"| Primary DB | database | MySQL (one primary + a standby in another zone)"},
				conversation.Tradeoffs:    {"| MySQL for Primary DB (house stack) | PostgreSQL"}},
			map[conversation.SectionID][]string{conversation.Architecture: {"Vitess"}, conversation.Tradeoffs: {"House stack strains"}}},
		{"a feed on Memcached", mysql, "Design Twitter: 200M daily users, each posts 2 tweets and reads the timeline 50 times a day",
			map[conversation.SectionID][]string{
				conversation.Tradeoffs: {"| Memcached for Timeline cache (house stack) | Redis", "what it costs here: Memcached keeps one copy", "Memcached keeps plain values"}},
			nil},
		{"photos on GCP", gcp, "Design Instagram: 50M daily users upload photos and scroll a feed",
			map[conversation.SectionID][]string{conversation.Architecture: {"GCS (Google Cloud Storage)"}},
			map[conversation.SectionID][]string{conversation.Architecture: {"Amazon S3"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := designWith(t, tc.designer, tc.problem)
			for id, wants := range tc.want {
				for _, w := range wants {
					if !strings.Contains(sectionText(d, id), w) {
						t.Errorf("%s lacks %q:\n%s", id, w, sectionText(d, id))
					}
				}
			}
			for id, nots := range tc.not {
				for _, n := range nots {
					if strings.Contains(sectionText(d, id), n) {
						t.Errorf("%s says %q:\n%s", id, n, sectionText(d, id))
					}
				}
			}
		})
	}
}

// TestHouseStackPicksWhatFits: with two databases in the stack, a component takes the first
// that does not strain under its load.
func TestHouseStackPicksWhatFits(t *testing.T) {
	k := MustKnowledge(t, map[string]string{"stack.yaml": "prefer: [postgres, scylladb]\n"})
	d := designWith(t, offline.New(offline.Options{Knowledge: k}), whatsApp)
	arch := sectionText(d, conversation.Architecture)
	if !strings.Contains(arch, "| Message store | database | ScyllaDB") || !strings.Contains(arch, "| User DB | database | PostgreSQL") {
		t.Errorf("want the message store on ScyllaDB and users on PostgreSQL:\n%s", arch)
	}
	// ScyllaDB takes the flow; 10.8 PB is many nodes of anything self-run, and the review says so.
	if tr := sectionText(d, conversation.Tradeoffs); strings.Contains(tr, "PostgreSQL for Message store") || !strings.Contains(tr, "would fit this volume better") {
		t.Errorf("want ScyllaDB straining on volume only:\n%s", tr)
	}
}

// TestTeamCapabilities: a team's product entry is detected by a designer given the team's
// knowledge, and only by it.
func TestTeamCapabilities(t *testing.T) {
	k := MustKnowledge(t, map[string]string{"capabilities-acme.yaml": `
products:
  - names: [acme huddle]
    gives: [chat]
    samples: [build an acme huddle clone]
    not: [build a todo app]
`})
	ctx := context.Background()
	_, with, err := offline.New(offline.Options{Knowledge: k}).Requirements(ctx, "build an acme huddle clone for 2M users")
	if err != nil {
		t.Fatal(err)
	}
	_, without, err := offline.New().Requirements(ctx, "build an acme huddle clone for 2M users")
	if err != nil {
		t.Fatal(err)
	}
	if !with.HasFeature("chat") || without.HasFeature("chat") {
		t.Errorf("chat with the team's entry=%v (want true), without=%v (want false)", with.Features, without.Features)
	}
	// The overview quotes the team's words as the reason, like the built-in entries' words.
	ov := sectionText(designWith(t, offline.New(offline.Options{Knowledge: k}), "build an acme huddle clone for 2M users"), conversation.Overview)
	if !strings.Contains(ov, `the statement says "acme huddle"`) {
		t.Errorf("overview does not give the team's words as the reason:\n%s", ov)
	}
	if got := k.Stack(); got != nil {
		t.Errorf("Stack()=%v without a stack.yaml, want nil", got)
	}
}

// TestLoadKnowledgeRejects: a team's mistake fails at load, naming the file and what is wrong.
func TestLoadKnowledgeRejects(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"empty directory", nil, []string{"no archetypes-*.yaml, components-*.yaml, capabilities-*.yaml or stack.yaml"}},
		{"unknown key", map[string]string{"capabilities-a.yaml": "capabilites: []\n"}, []string{"capabilities-a.yaml", "capabilites"}},
		{"unknown feature", map[string]string{"capabilities-a.yaml": "capabilities:\n  - id: teleport\n    signals: [{any: [teleport]}]\n"}, []string{"capabilities-a.yaml", `"teleport": no such feature`}},
		{"entry listed twice", map[string]string{"capabilities-a.yaml": "capabilities:\n  - id: chat\n    signals: [{any: [chat]}]\n"}, []string{"capabilities-a.yaml", "listed twice"}},
		{"sample not detected", map[string]string{"capabilities-a.yaml": "products:\n  - names: [acme huddle]\n    gives: [chat]\n    samples: [a huddle of acme]\n"}, []string{"capabilities-a.yaml", `sample "a huddle of acme" does not detect chat`}},
		{"two files define a pattern", map[string]string{
			"capabilities-a.yaml": "patterns: {acme: [acme]}\n", "capabilities-b.yaml": "patterns: {acme: [acme]}\n"}, []string{"together", `"acme" defined twice`}},
		{"unknown technology", map[string]string{"stack.yaml": "prefer: [postgres, oracle]\n"}, []string{"stack.yaml", `"oracle"`, "known: postgresql"}},
		{"two clouds", map[string]string{"stack.yaml": "prefer: [gcp, aws]\n"}, []string{"stack.yaml", "two clouds"}},
		{"empty stack", map[string]string{"stack.yaml": "prefer: []\n"}, []string{"stack.yaml", "prefer lists nothing"}},
		{"unknown stack key", map[string]string{"stack.yaml": "prefers: [gcp]\n"}, []string{"stack.yaml", "prefers"}},
	}
	if _, err := offline.LoadKnowledge(filepath.Join(t.TempDir(), "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("a missing directory: err = %v, want one naming it", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			_, err := offline.LoadKnowledge(dir)
			if err == nil {
				t.Fatalf("loaded, want an error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// TestFacts: what a model is given about a design is what the offline designer knows: the
// capabilities and the words that decided them, the chosen technologies' properties and failure
// modes, the house stack and where it strains.
func TestFacts(t *testing.T) {
	k := MustKnowledge(t, map[string]string{"stack.yaml": "prefer: [postgresql, kafka, gcp]\n"})
	d := offline.New(offline.Options{Knowledge: k})
	ctx := context.Background()
	title, req, err := d.Requirements(ctx, whatsApp)
	if err != nil {
		t.Fatal(err)
	}
	g := bot.Grounding{Title: title, Problem: whatsApp, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
	before := d.Facts(g)
	if len(before.Strains) != 0 || len(before.Technologies) != 0 {
		t.Errorf("before components: strains %v, technologies %v; want none", before.Strains, before.Technologies)
	}
	if !slices.Contains(before.Stack, "database: Cloud SQL for PostgreSQL (GCP), running PostgreSQL") {
		t.Errorf("stack lines %q", before.Stack)
	}
	i := slices.IndexFunc(before.Capabilities, func(c conversation.CapabilityFact) bool { return c.ID == "chat" })
	if i < 0 || before.Capabilities[i].Why == "" || before.Capabilities[i].Name == "" {
		t.Errorf("capabilities %+v: want chat with its name and words", before.Capabilities)
	}
	// A model's components, named its own way: the knowledge base still recognises them.
	g.Components = []conversation.Component{
		{Name: "Chat API", Kind: "service", Technology: "Go", TalksTo: []string{"Messages DB"}},
		{Name: "Messages DB", Kind: "database", Technology: "PostgreSQL 16 on Cloud SQL, sharded by conversation"},
	}
	after := d.Facts(g)
	if len(after.Technologies) != 1 || after.Technologies[0].Name != "PostgreSQL" || after.Technologies[0].Fails == "" ||
		!strings.Contains(after.Technologies[0].Limits, "5,000 writes/s") {
		t.Errorf("technologies %+v", after.Technologies)
	}
	if len(after.Strains) != 1 || !strings.Contains(after.Strains[0], "Messages DB") || !strings.Contains(after.Strains[0], "shard primaries") {
		t.Errorf("strains %q: want the messages DB straining on shard primaries", after.Strains)
	}
	if f := offline.New().Facts(g); len(f.Stack) != 0 || len(f.Strains) != 0 {
		t.Errorf("without a stack: %+v", f)
	}
	// Asked again (a model-backed designer asks on every call), the facts are the same, and
	// what one caller does with its copy is not what the next one reads.
	after.Capabilities[0].ID, after.Technologies[0].Name = "changed", "changed"
	if again := d.Facts(g); again.Capabilities[0].ID == "changed" || again.Technologies[0].Name != "PostgreSQL" ||
		len(again.Capabilities) != len(before.Capabilities) {
		t.Errorf("facts asked again: %+v, want the first answer's", again)
	}
}

// TestHouseStackFollowUps: what a follow-up adds lands on the stack; what the user chose stays.
func TestHouseStackFollowUps(t *testing.T) {
	k := MustKnowledge(t, map[string]string{"stack.yaml": "prefer: [postgresql, opensearch, gcp]\n"})
	d := offline.New(offline.Options{Knowledge: k})
	ctx := context.Background()
	g := grounding(designWith(t, d, "a recipe sharing app for 200K users"))
	in, err := d.Interpret(ctx, g, "add a search index")
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(in.Components, func(c conversation.Component) bool { return c.Kind == "search" })
	if i < 0 || !strings.Contains(in.Components[i].Technology, "on Elastic Cloud (GCP)") {
		t.Fatalf("added search %+v, want it on Elastic Cloud (%s)", in.Components, in.Unsupported)
	}
	g.Components = in.Components
	in, err = d.Interpret(ctx, g, "use DynamoDB for the primary db")
	if err != nil {
		t.Fatal(err)
	}
	i = slices.IndexFunc(in.Components, func(c conversation.Component) bool { return c.Name == "Primary DB" })
	if i < 0 || !strings.Contains(in.Components[i].Technology, "DynamoDB") {
		t.Errorf("after asking for DynamoDB: %+v (%s)", in.Components, in.Unsupported+in.Reply)
	}
}
