package offline_test

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// kennelFiles are a team's own archetype: its feature, its components (with a route from the
// embedded gateway) and how a statement is recognised to ask for it.
var kennelFiles = map[string]string{
	"archetypes-kennels.yaml": `features:
  - id: kennels
    name: dog boarding stays
    archetype: dog boarding system
    rank: 60
    load: {writes_per_user: 2, reads_per_user: 10, record_bytes: 800, write: stay booking, read: kennel board read}
    style: one booking service over a relational database, with care rounds as scheduled tasks
    functional: [Book a kennel for a dog's stay, Log each dog's feeding and walks]
    entities:
      - {name: Stay, store: kenneldb, key: stay_id, partition: kennel_id, fields: "stay_id, dog_id, kennel_id, from, to", why: small and relational}
    components: [client, kennelsvc, kenneldb]
    apis:
      - {method: POST, path: /v1/stays, request: "{dog_id, kennel_id, from, to}", response: "201 {stay_id}", idempotent: true}
      - {method: GET, path: "/v1/kennels/{id}/board", response: "{stays[]}"}
    screens:
      - {name: Kennel board, shows: which dog is in which kennel today, calls: ["GET /v1/kennels/{id}/board"]}
    flows:
      - name: Book a stay
        steps: ["{c:kennelsvc} inserts the stay into {c:kenneldb}; an exclusion constraint on (kennel_id, dates) refuses an overlap."]
    deep_dives:
      - title: No kennel booked twice
        weight: 9
        body: >-
          {c:kennelsvc} books a stay in one transaction on {c:kenneldb}, whose exclusion constraint
          over the kennel and the dates refuses a second stay that overlaps the first.
`,
	"components-kennels.yaml": `components:
  - {id: kennelsvc, name: Kennel service, kind: service, tech: stateless Go service, desc: "stays, kennels and care rounds", links: [{to: kenneldb, flow: stays}]}
  - {id: kenneldb, name: Kennel DB, kind: database, tech: PostgreSQL with a synchronous standby, desc: stays and kennels}
extend:
  - id: gateway
    links: [{to: kennelsvc, flow: "stays, kennel board"}]
`,
	"capabilities-kennels.yaml": `capabilities:
  - id: kennels
    signals: [{any: [kennel*, dog boarding]}]
    samples: [Design a booking system for our dog boarding kennels]
`,
}

// TestTeamArchetypeDesigns: an archetype a team adds in ARCHBOT_KNOWLEDGE_DIR is detected and
// carries the design, with its own components, data, screens and deep dive.
func TestTeamArchetypeDesigns(t *testing.T) {
	offline.KeepCatalogue(t)
	k := MustKnowledge(t, kennelFiles)
	d := designWith(t, offline.New(offline.Options{Knowledge: k}), "Design a booking system for our dog boarding kennels, 40 kennels across 3 sites")
	if !slices.Contains(d.Requirements.Features, "kennels") {
		t.Fatalf("features = %v, want kennels", d.Requirements.Features)
	}
	var gateway conversation.Component
	var names []string
	for _, c := range d.Components {
		names = append(names, c.Name)
		if c.Name == "API gateway" {
			gateway = c
		}
	}
	for _, want := range []string{"Kennel service", "Kennel DB"} {
		if !slices.Contains(names, want) {
			t.Errorf("components = %q, want %q", names, want)
		}
	}
	if !slices.Contains(gateway.TalksTo, "Kennel service") {
		t.Errorf("gateway talks to %q, want the Kennel service its extension routes to", gateway.TalksTo)
	}
	for id, want := range map[conversation.SectionID]string{
		conversation.DataModel: "Stay",
		conversation.UI:        "GET /v1/kennels/{id}/board",
		conversation.DeepDive:  "Kennel service books a stay in one transaction on Kennel DB",
	} {
		if got := sectionText(d, id); !strings.Contains(got, want) {
			t.Errorf("section %s lacks %q:\n%s", id, want, got)
		}
	}
}

// TestTeamKnowledgeRejectsAndLeavesTheCatalogue: a team's archetype that names a store the
// catalogue lacks fails at load, naming the file and the field; a directory that fails later (a
// capabilities sample) leaves no feature of its own in the catalogue either.
func TestTeamKnowledgeRejectsAndLeavesTheCatalogue(t *testing.T) {
	offline.KeepCatalogue(t)
	tests := []struct {
		name, file, old, new string
		want                 []string
	}{
		{"store not a component", "archetypes-kennels.yaml", "store: kenneldb", "store: kennelsdb",
			[]string{"archetypes-kennels.yaml", `feature "kennels"`, `entities[0] "Stay": store "kennelsdb" is not a component`}},
		{"misspelt key", "components-kennels.yaml", "tech: PostgreSQL", "tehc: PostgreSQL",
			[]string{"components-kennels.yaml", "tehc"}},
		{"sample not detected", "capabilities-kennels.yaml", "our dog boarding kennels", "our cattery",
			[]string{"capabilities-kennels.yaml", "does not detect kennels"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := maps.Clone(kennelFiles)
			files[tc.file] = strings.Replace(files[tc.file], tc.old, tc.new, 1)
			if files[tc.file] == kennelFiles[tc.file] {
				t.Fatalf("%q is not in %s", tc.old, tc.file)
			}
			_, err := offline.LoadKnowledge(writeFiles(t, files))
			for _, want := range tc.want {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("err = %v, want one with %q", err, want)
				}
			}
			// Detection entries for kennels now name no feature: the failed load added none.
			only := map[string]string{"capabilities-kennels.yaml": kennelFiles["capabilities-kennels.yaml"]}
			if _, err := offline.LoadKnowledge(writeFiles(t, only)); err == nil || !strings.Contains(err.Error(), `"kennels": no such feature`) {
				t.Errorf("after the failed load: err = %v, want kennels to be no feature", err)
			}
		})
	}
}

func writeFiles(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}
