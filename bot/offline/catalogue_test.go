package offline

import (
	"slices"
	"strings"
	"testing"
)

// TestEmbeddedCatalogue: the embedded archetypes and components pass every check, each file is
// placed in the presentation order, and the order is the one the files list.
func TestEmbeddedCatalogue(t *testing.T) {
	t.Parallel()
	srcs, err := embeddedSources()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := catalogueFS.ReadDir("knowledge")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(srcs), len(entries); got != want {
		t.Fatalf("%d embedded files, want %d", got, want)
	}
	for i, f := range slices.Concat(prefixed("archetypes-", archetypeFiles), prefixed("components-", componentFiles)) {
		if srcs[i].name != "knowledge/"+f+".yaml" {
			t.Fatalf("file %d is %s, want %s (the lists' order first)", i, srcs[i].name, f)
		}
	}
	lastArchetype := ""
	for _, s := range srcs {
		if name, ok := strings.CutPrefix(s.name, "knowledge/archetypes-"); ok {
			lastArchetype = strings.TrimSuffix(name, ".yaml")
		}
	}
	kb, err := buildBase(srcs)
	if err != nil {
		t.Fatal(err)
	}
	if len(kb.features) < 90 || len(kb.components) < 300 {
		t.Fatalf("%d features and %d components: the catalogue lost entries", len(kb.features), len(kb.components))
	}
	// The last file's one feature is named like its file.
	if last := lastArchetype; kb.features[0].ID != "core" || kb.features[len(kb.features)-1].ID != last {
		t.Errorf("features run %s … %s, want core … %s (archetypeFiles, then the rest by name)", kb.features[0].ID, kb.features[len(kb.features)-1].ID, last)
	}
	// The domains' extensions reach the gateway after its own links, in file order.
	gw := kb.catalog["gateway"].Links
	if i, j := slices.IndexFunc(gw, func(l link) bool { return l.To == "auctionsvc" }), slices.IndexFunc(gw, func(l link) bool { return l.To == "graphsvc" }); i < 0 || j < i {
		t.Errorf("gateway links: auctionsvc at %d, graphsvc at %d; want both, auction's first", i, j)
	}
}

// teamFile is a valid team file; each case of TestCatalogueRejects breaks one thing in it.
const teamFile = `features:
  - id: kennels
    name: dog boarding stays
    archetype: dog boarding system
    rank: 60
    load: {writes_per_user: 2, write: stay booking, read: board read}
    entities:
      - {name: Stay, store: kenneldb}
    components: [client, kennelsvc, kenneldb]
    apis:
      - {method: GET, path: "/v1/kennels/{id}/board?day="}
    screens:
      - {name: Board, calls: ["GET /v1/kennels/{id}/board"]}
    deep_dives:
      - {title: No kennel booked twice, weight: 9, body: "{c:kennelsvc} locks the kennel's row"}
components:
  - {id: kennelsvc, name: Kennel service, kind: service, tech: Go, desc: stays, links: [{to: kenneldb, flow: stays}]}
  - {id: kenneldb, name: Kennel DB, kind: database, tech: PostgreSQL, desc: stays}
extend:
  - {id: gateway, links: [{to: kennelsvc, flow: stays}]}
`

func buildWithTeam(t *testing.T, files ...catalogueSource) (*knowledgeBase, error) {
	t.Helper()
	srcs, err := embeddedSources()
	if err != nil {
		t.Fatal(err)
	}
	return buildBase(append(srcs, files...))
}

// TestCatalogueRejects: each mistake fails the load with the file, the entry and the field.
func TestCatalogueRejects(t *testing.T) {
	t.Parallel()
	if _, err := buildWithTeam(t, catalogueSource{name: "team/a.yaml", data: []byte(teamFile), team: true}); err != nil {
		t.Fatalf("the valid team file: %v", err)
	}
	tests := []struct {
		name, old, new, want string
	}{
		{"misspelt key", "    entities:", "    entitys:", `field entitys not found`},
		{"missing name", "    name: dog boarding stays\n", "", `feature "kennels": name: missing`},
		{"rank without archetype", "    archetype: dog boarding system\n", "", `an archetype needs a rank above zero`},
		{"archetype without load", "    load: {writes_per_user: 2, write: stay booking, read: board read}\n", "", `load: an archetype needs a load profile`},
		{"negative load", "writes_per_user: 2", "writes_per_user: -2", `load: figure -2 is negative`},
		{"read volume of nothing", "writes_per_user: 2,", "writes_per_user: 2, read_volumes: {night: 0},", `read_volumes: night per read is 0`},
		{"unknown component", "[client, kennelsvc, kenneldb]", "[client, kennelsvc, kennel_db]", `components[2]: "kennel_db" is not a component`},
		{"store not a component", "store: kenneldb", "store: kennelsdb", `entities[0] "Stay": store "kennelsdb" is not a component`},
		{"screen call without an endpoint", `calls: ["GET /v1/kennels/{id}/board"]`, `calls: ["POST /v1/kennels/{id}/board"]`, `screens[0] "Board": calls "POST /v1/kennels/{id}/board", which no feature's apis define`},
		{"weight out of range", "weight: 9", "weight: 0", `deep_dives[0] "No kennel booked twice": weight 0 is not between 1 and 15`},
		{"weight too high", "weight: 9", "weight: 40", `weight 40 is not between 1 and 15`},
		{"placeholder names no component", "{c:kennelsvc} locks", "{c:kennelsrv} locks", `deep_dives[0].body: {c:kennelsrv} names no component`},
		{"bad kind", "kind: database", "kind: db", `component "kenneldb": kind "db" is not one of`},
		{"link to nothing", "links: [{to: kenneldb, flow: stays}]", "links: [{to: kennels, flow: stays}]", `component "kennelsvc": links[0]: to: "kennels" is not a component`},
		{"component without desc", "tech: Go, desc: stays,", `tech: Go, desc: "",`, `component "kennelsvc": needs name, tech and desc`},
		{"extension of nothing", "{id: gateway,", "{id: gateway2,", `extend "gateway2": no such component`},
		{"id twice in a layer", "  - {id: kenneldb,", "  - {id: kennelsvc,", `component "kennelsvc" is already defined in team/a.yaml`},
		{"name of another component", "name: Kennel DB,", "name: Primary DB,", `component "kenneldb" is named "Primary DB" like "appdb"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := strings.Replace(teamFile, tc.old, tc.new, 1)
			if data == teamFile {
				t.Fatalf("%q is not in the team file", tc.old)
			}
			_, err := buildWithTeam(t, catalogueSource{name: "team/a.yaml", data: []byte(data), team: true})
			if err == nil || !strings.Contains(err.Error(), "team/a.yaml") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one naming team/a.yaml with %q", err, tc.want)
			}
		})
	}
	// Two team files may not define one id either; an embedded id defined twice is an error too.
	src := catalogueSource{name: "team/a.yaml", data: []byte(teamFile), team: true}
	again := catalogueSource{name: "team/b.yaml", data: []byte("features:\n  - {id: kennels, name: again}\n"), team: true}
	if _, err := buildWithTeam(t, src, again); err == nil || !strings.Contains(err.Error(), `team/b.yaml: feature "kennels" is already defined in team/a.yaml`) {
		t.Errorf("a feature in two team files: err = %v", err)
	}
	twice := catalogueSource{name: "knowledge/archetypes-x.yaml", data: []byte("features:\n  - {id: chat, name: chat again}\n")}
	if _, err := buildWithTeam(t, twice); err == nil || !strings.Contains(err.Error(), `feature "chat" is already defined in knowledge/archetypes-base.yaml`) {
		t.Errorf("an embedded feature defined twice: err = %v", err)
	}
}

// TestCatalogueOverride: a team's entry with an embedded id replaces it where it stands, and a
// replaced component keeps the links the domains add to it.
func TestCatalogueOverride(t *testing.T) {
	t.Parallel()
	base, err := buildWithTeam(t)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := buildWithTeam(t, catalogueSource{name: "team/house.yaml", team: true, data: []byte(`features:
  - id: accounts
    name: staff accounts
    components: [client, usersvc, userdb]
    security: [Sign-in through the company's SSO only.]
components:
  - {id: gateway, name: House gateway, kind: edge, tech: Kong, desc: "the company's gateway", links: [{to: usersvc, flow: auth}]}
`)})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(kb.features, func(f *feature) bool { return f.ID == "accounts" })
	j := slices.IndexFunc(base.features, func(f *feature) bool { return f.ID == "accounts" })
	if i != j || len(kb.features) != len(base.features) {
		t.Errorf("accounts at %d of %d, want %d of %d: an override keeps its place", i, len(kb.features), j, len(base.features))
	}
	if f := kb.byID["accounts"]; f.Name != "staff accounts" || kb.features[i] != f {
		t.Errorf("accounts = %q, want the team's", f.Name)
	}
	gw := kb.catalog["gateway"]
	if gw.Tech != "Kong" || gw.Links[0].To != "usersvc" || !slices.ContainsFunc(gw.Links, func(l link) bool { return l.To == "bidsvc" }) {
		t.Errorf("gateway = %s with links %v, want Kong with its own link first and the auction's route", gw.Tech, gw.Links)
	}
	if c := kb.components[slices.IndexFunc(kb.components, func(c compSpec) bool { return c.ID == "gateway" })]; c.Tech != "Kong" {
		t.Errorf("the ordered catalogue's gateway is %s, want the team's", c.Tech)
	}
}

// TestDecodeDocuments: a knowledge file split by "---" is read as one, in order, and a misspelt
// key fails in whichever document it stands.
func TestDecodeDocuments(t *testing.T) {
	t.Parallel()
	f, err := decodeCatalogue([]byte("components:\n  - {id: a, name: A}\n---\ncomponents:\n  - {id: b, name: B}\nextend:\n  - {id: a}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Components) != 2 || f.Components[0].ID != "a" || f.Components[1].ID != "b" || len(f.Extend) != 1 {
		t.Errorf("components %+v, extend %+v: want a then b, and one extension", f.Components, f.Extend)
	}
	if _, err := decodeCatalogue([]byte("components: []\n---\ncomponent: []\n")); err == nil || !strings.Contains(err.Error(), "field component not found") {
		t.Errorf("a misspelt key in the second document: err = %v", err)
	}
	_, err = decodeDetection([]byte("patterns: {acme: [acme]}\n---\npatterns: {acme: [acme corp]}\n"))
	if err == nil || err.Error() != `decode capabilities: pattern "acme" defined twice` {
		t.Errorf("a pattern in two documents: err = %v", err)
	}
}
