package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestComposedDesigns checks that a statement no archetype fits gets endpoints, entities and parts
// from its own words.
func TestComposedDesigns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement  string
		endpoints  []string // "METHOD /path" without the query
		entities   []string
		components []string
		absent     []string // components it must not have
	}{
		{"Design a matchmaking service for an online game: 2 million concurrent players, match within 30 seconds by skill and region",
			[]string{"POST /v1/matches", "GET /v1/players/{id}/matches", "GET /v1/matches/{id}"}, []string{"Match", "Player"}, []string{"appdb"}, nil},
		{"Design a pet adoption site where shelters list animals and adopters apply",
			[]string{"POST /v1/pets/{id}/adoptions", "POST /v1/animals", "POST /v1/applications"}, []string{"Pet", "Animal", "Application", "Adoption", "Shelter", "Adopter"},
			[]string{"appdb"}, []string{"objstore", "jobworkers"}},
		{"Design an expense tracker where employees upload receipts and managers approve expenses",
			[]string{"POST /v1/receipts", "POST /v1/expenses/{id}/approve"}, []string{"Expense", "Receipt"}, []string{"objstore"}, []string{"jobworkers"}},
		{"Design a CI build farm that runs 50,000 builds a day for 2,000 engineers",
			[]string{"POST /v1/builds", "GET /v1/engineers/{id}/builds"}, []string{"Build", "Engineer"}, []string{"queue", "jobworkers"}, []string{"notifyworker"}},
		// The system answers from a catalogue while people wait: a query, not a job, and not
		// the people's own rows.
		{"Design a service that suggests hiking trails from what hikers enter; hikers type skills and pick regions",
			[]string{"GET /v1/hiking-trails/suggestions", "GET /v1/hiking-trails/{id}"}, []string{"Hiking trail"}, []string{"appdb"}, []string{"jobworkers", "queue"}},
		// Data loaded from outside: a schedule imports it, nobody POSTs it, and no one owns it.
		{"Design a tide API that serves predictions for any harbour, refreshed nightly from the national office's feeds",
			[]string{"GET /v1/predictions", "GET /v1/predictions/{id}"}, []string{"Prediction"}, []string{"appdb", "queue", "jobworkers"}, nil},
		// One kind of person reviews what another asks for: a queue of what waits, and one part
		// that tells people, not two.
		{"Design a pharmacy refill service: patients request refills, pharmacists verify them, notify when ready for pickup",
			[]string{"POST /v1/refills", "POST /v1/refills/{id}/verify", "GET /v1/refills"}, []string{"Refill", "Patient"},
			[]string{"notifyworker", "pushprov"}, []string{"notifsvc"}},
		// Two people of one kind agreeing with each other: a proposal one makes and the other
		// accepts, not a create and a list.
		{"Design a home-swap marketplace where 200,000 families list their homes and agree on exchange dates with each other",
			[]string{"POST /v1/homes", "POST /v1/swaps", "POST /v1/swaps/{id}/accept"}, []string{"Swap", "Home"}, []string{"appdb"}, nil},
		// The system matching what two kinds of people bring: matches kept per pair, offered on
		// the second side and confirmed by a person, worked out by jobs as things arrive.
		{"Design a lost-and-found service: staff log found items at 60 stations, riders describe what they lost, and the system suggests matches",
			[]string{"POST /v1/found-items", "POST /v1/descriptions", "GET /v1/descriptions/{id}/matches", "POST /v1/matches/{id}/confirm"}, []string{"Found item", "Match", "Description"},
			[]string{"appdb", "queue", "jobworkers"}, nil},
		{"Design a todo app for my family",
			[]string{"POST /v1/todos", "GET /v1/users/{id}/todos"}, []string{"Todo"}, []string{"appdb"}, []string{"queue", "objstore"}},
		{"Design a system",
			[]string{"POST /v1/items", "GET /v1/items/{id}"}, []string{"Item"}, []string{"appdb"}, []string{"queue"}},
		// Claiming what others list: the claim hangs off the thing, "for pickup" is a purpose.
		{"Design a farmers' market app where vendors list produce each week and shoppers preorder for pickup on Saturday",
			[]string{"POST /v1/produce", "POST /v1/produce/{id}/preorders"}, []string{"Produce", "Preorder", "Vendor", "Shopper"}, []string{"appdb"}, nil},
		// Saving into a container writes the container's entry; what the system builds from it
		// is a call on the container.
		{"Design a recipe site where cooks post recipes and save recipes to weekly meal plans that generate a shopping list",
			[]string{"POST /v1/recipes", "PUT /v1/meal-plans/{id}/recipes/{recipe_id}", "POST /v1/meal-plans/{id}/shopping-list"},
			[]string{"Recipe", "Meal plan", "Shopping list", "Cook"}, []string{"appdb", "queue", "jobworkers"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.statement, func(t *testing.T) {
			f := composed(tt.statement)
			var eps []string
			for _, e := range f.APIs {
				eps = append(eps, stripQuery(e.Method+" "+e.Path))
			}
			for _, want := range tt.endpoints {
				if !slices.Contains(eps, want) {
					t.Errorf("endpoints=%q, want %q", eps, want)
				}
			}
			var names []string
			for _, e := range f.Entities {
				names = append(names, e.Name)
			}
			for _, want := range tt.entities {
				if !slices.Contains(names, want) {
					t.Errorf("entities=%q, want %q", names, want)
				}
			}
			for _, want := range tt.components {
				if !slices.Contains(f.Components, want) {
					t.Errorf("components=%q, want %q", f.Components, want)
				}
			}
			for _, no := range tt.absent {
				if slices.Contains(f.Components, no) {
					t.Errorf("components=%q, want no %q", f.Components, no)
				}
			}
			// Nobody creates what the system answers from or imports: no POST for it. Matches the
			// system makes between what people bring are not such answers.
			paired := len(readStatement(tt.statement).pairs) == 2
			if f := composed(tt.statement); !paired && (strings.Contains(tt.statement, "suggests") || strings.Contains(tt.statement, "refreshed")) {
				for _, e := range f.APIs {
					if e.Method == "POST" {
						t.Errorf("endpoint %s %s: nobody in %q creates these", e.Method, e.Path, tt.statement)
					}
				}
			}
		})
	}
}

// TestReliabilityFollowsTechnology checks that each store gets its own technology's mechanism,
// and security the controls of the data at stake.
func TestReliabilityFollowsTechnology(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement     string
		section       conversation.SectionID
		want, without []string
	}{
		{"Design a pastebin with monthly stats", conversation.Reliability, []string{"point-in-time recovery (35 days) for paste metadata", "global tables"}, []string{"WAL"}},
		{"Design WhatsApp for 500M daily users", conversation.Reliability, []string{"min.insync.replicas=2", "LOCAL_QUORUM", "request coalescing"}, nil},
		{"Design a todo app for my family", conversation.Reliability, []string{"point-in-time restore brings todos back", "writes of todos"}, []string{"min.insync", "DynamoDB", "Patroni"}},
		{"Design a Mint-like budgeting app that imports bank transactions for 5 million users", conversation.Security, []string{"Money (", "aggregator's OAuth tokens"}, []string{"Health data", "Children"}},
		{"Design a school grading system where teachers record grades and parents view report cards", conversation.Security, []string{"Children's data", "teachers and parents"}, []string{"Money ("}},
		{"Design a fitness tracker backend: watches upload heart rate samples every 5 seconds", conversation.Security, []string{"Health data"}, []string{"Money ("}},
		{"Design a CI build farm that runs 50,000 builds a day for 2,000 engineers", conversation.Security, []string{"Untrusted code"}, []string{"Health data"}},
		// Animals' vaccinations and records are a practice's, not a person's health record under HIPAA;
		// a clinic's patients still are.
		{"a booking and records system for 12 veterinary practices where each dog's vaccinations are recorded and owners get reminders", conversation.Security, nil, []string{"Health data", "HIPAA"}},
		{"pet owners book grooming and vaccination visits at our animal clinics and see their pets' medical history", conversation.Security, nil, []string{"Health data", "HIPAA"}},
		{"patients book vaccination appointments at our 20 GP surgeries and see their lab results", conversation.Security, []string{"Health data"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.statement, func(t *testing.T) {
			_, sec := renderAll(t, tt.statement)
			checkSays(t, string(tt.section), sec[tt.section], tt.want, tt.without)
		})
	}
}

// The one told of a change is the one whose thing it is, never the one who made it: a
// pharmacist's verification tells the patient whose refill it is, and a patient's own request
// tells nobody (the pharmacists work from their queue).
func TestComposedTellsTheOtherParty(t *testing.T) {
	t.Parallel()
	m := newModel(readStatement("Design a pharmacy refill service: patients request refills, pharmacists verify them, notify when ready for pickup"))
	m.tells = true
	if got := m.notifiedOf("refill", "pharmacist"); got != "patient" {
		t.Errorf("a pharmacist verifies a refill: tells %q, want the patient", got)
	}
	if got := m.notifiedOf("refill", "patient"); got != "" {
		t.Errorf("a patient requests a refill: tells %q, want nobody", got)
	}
}

// "look up whether their street has been plowed" reads the street; "whether" is no thing kept.
func TestWhetherIsNoThing(t *testing.T) {
	t.Parallel()
	for _, problem := range []string{
		"A snow plow tracker: 140 plows send GPS every 10 seconds and residents look up whether their street has been plowed",
		"Tenants check if their parcel has arrived at the front desk, and the concierge logs parcels as couriers drop them off",
	} {
		_, sections := renderAll(t, problem)
		model := sections[conversation.DataModel]
		if strings.Contains(strings.ToLower(model), "whether") || strings.Contains(model, "| If |") {
			t.Errorf("%q keeps a conjunction as an entity:\n%s", problem, model)
		}
	}
}

// TestMassNounsTakeNoPlural checks that what the reader keeps as a mass ("information", "research",
// "content") is never made plural: "an information management system" had "Users manage
// informations", "a content management system" "Editors manage contents".
func TestMassNounsTakeNoPlural(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"information": "information", "patient information": "patient information", "research": "research",
		"content": "content", "sample": "samples", "feedback": "feedback"} {
		if got := pluralNoun(in); got != want {
			t.Errorf("pluralNoun(%q)=%q, want %q", in, got, want)
		}
	}
	for _, s := range []string{
		"Design an information management system for a hospital's 2,000 staff",
		"Design a research management system for a university",
		"Design a content management system for a newspaper: editors publish 500 articles a day",
	} {
		_, sec := renderAll(t, s)
		for id, text := range sec {
			for _, bad := range []string{"informations", "researches", "contents"} {
				if strings.Contains(strings.ToLower(text), bad) {
					t.Errorf("%q: %s says %q", s, id, bad)
				}
			}
		}
	}
}
