package offline

import (
	"slices"
	"strings"
	"testing"
)

// TestReadStatement reads statements of many domains into their actors, entities and actions.
// Actions are written "actor verb object" ("actor verb" when the action has no object).
func TestReadStatement(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		actors    []string
		entities  []string
		actions   []string // each must be read; others may be too
		by        []string
	}{
		// Chat-style asks: greetings and filler are not entities; the system's own noun (wiki,
		// ledger, thing) is not one either; "bed management" manages beds.
		{"hey can u sketch something for our internal wiki? we're like 300 ppl, mostly eng, want search + page history, nothing fancy",
			nil, []string{"page"}, nil, nil},
		{"we need a code review thing like gerrit but for our monorepo, ~2k engineers, diffs can be huge. thoughts?",
			[]string{"engineer"}, []string{"review"}, nil, nil},
		{"Design a bed-management system for 40 hospitals; nurses and bed managers update bed status",
			[]string{"bed manager", "nurse"}, []string{"bed"}, []string{"bed manager update bed"}, nil},
		{"Design a matchmaking service for an online game: 2 million concurrent players, match within 30 seconds by skill and region",
			[]string{"player"}, []string{"match"}, []string{"player match"}, []string{"skill", "region"}},
		{"Design a CI build farm that runs 50,000 builds a day for 2,000 engineers",
			[]string{"engineer"}, []string{"build"}, []string{"system run build"}, nil},
		{"Design a Mint-like budgeting app that imports bank transactions for 5 million users",
			[]string{"user"}, []string{"bank transaction", "budget"}, []string{"system import bank transaction", "user budget"}, nil},
		{"Design a pet adoption site where shelters list animals and adopters apply",
			[]string{"shelter", "adopter"}, []string{"pet", "animal", "application"}, []string{"shelter list animal", "adopter apply", "adopter adopt pet"}, nil},
		{"Design a library book lending system for a city with 40 branches",
			[]string{"user"}, []string{"book"}, []string{"user lend book"}, nil},
		{"Design a hospital appointment scheduling system where patients book doctors",
			[]string{"patient", "doctor"}, []string{"appointment"}, []string{"patient schedule appointment", "patient book doctor"}, nil},
		{"Design a fitness tracker backend: watches upload heart rate samples every 5 seconds",
			[]string{"watch"}, []string{"heart rate sample"}, []string{"watch upload heart rate sample"}, nil},
		{"Design a recipe sharing site where cooks post recipes and users rate them",
			[]string{"cook", "user"}, []string{"recipe"}, []string{"cook post recipe", "user rate recipe"}, nil},
		{"Design a parking lot reservation app where drivers reserve spots in garages",
			[]string{"driver"}, []string{"spot", "garage"}, []string{"driver reserve spot"}, nil},
		{"Design an online survey tool where teams create forms and respondents submit answers",
			[]string{"team", "respondent"}, []string{"survey", "form", "answer"}, []string{"team create form", "respondent submit answer"}, nil},
		{"Design a school grading system where teachers record grades and parents view report cards",
			[]string{"teacher", "parent"}, []string{"grade", "report card"}, []string{"teacher record grade", "parent view report card"}, nil},
		{"Design a warehouse inventory system for tracking pallets across 200 warehouses",
			[]string{"user"}, []string{"inventory", "pallet", "warehouse"}, []string{"user track pallet"}, nil},
		{"Design a ride-hailing backend where drivers send GPS updates every 4 seconds and riders request rides",
			[]string{"driver", "rider"}, []string{"ride", "gps update"}, []string{"driver send gps update", "rider request ride"}, nil},
		{"Design a photo app where users upload photos and follow friends",
			[]string{"user", "friend"}, []string{"photo", "follow"}, []string{"user upload photo", "user follow friend"}, nil},
		{"Design a matchmaking service where players join a queue and get matched by skill",
			[]string{"player"}, []string{"queue", "match"}, []string{"player join queue"}, []string{"skill"}},
		{"Design a banking app where customers transfer money and view transactions",
			[]string{"customer"}, []string{"transaction", "transfer"}, []string{"customer transfer", "customer view transaction"}, nil},
		{"Design a conference room booking tool for employees",
			[]string{"employee"}, []string{"conference room"}, []string{"employee book conference room"}, nil},
		{"Design a job board where employers post jobs and candidates apply",
			[]string{"employer", "candidate"}, []string{"job", "application"}, []string{"employer post job", "candidate apply"}, nil},
		{"Design a podcast hosting platform where creators upload episodes and listeners subscribe to shows",
			[]string{"creator", "listener"}, []string{"podcast", "episode", "show"}, []string{"creator upload episode", "listener subscribe show"}, nil},
		{"Design a ticketing helpdesk where customers open tickets and agents reply",
			[]string{"customer", "agent"}, []string{"ticket", "reply"}, []string{"customer open ticket", "agent reply"}, nil},
		{"Design a volunteer scheduling app where organizers create shifts and volunteers sign up for them",
			[]string{"volunteer", "organizer"}, []string{"shift"}, []string{"organizer create shift", "volunteer register shift"}, nil},
		{"Design a todo app for my family", nil, []string{"todo"}, nil, nil},
		{"Design a social graph 'people you may know' feature for 300 million users", []string{"person", "user"}, nil, nil, nil},
		{"Design a system", nil, nil, nil, nil},
		{"Build an app where students submit essays and teachers grade them",
			[]string{"student", "teacher"}, []string{"essay"}, []string{"student submit essay", "teacher grade essay"}, nil},
		{"Design a car rental service: customers rent cars at 300 locations and return them to any branch",
			[]string{"customer"}, []string{"rental", "car", "location"}, []string{"customer rent car", "customer return car"}, nil},
		{"Design an auction site where sellers list items and buyers place bids",
			[]string{"seller", "buyer"}, []string{"auction", "item", "bid"}, []string{"seller list item", "buyer place bid"}, nil},
		{"Design an expense tracker where employees upload receipts and managers approve expenses",
			[]string{"employee", "manager"}, []string{"expense", "receipt"}, []string{"employee upload receipt", "manager approve expense"}, nil},
		{"Design a smart thermostat backend: 5 million devices report temperature every minute",
			[]string{"device"}, []string{"thermostat", "temperature"}, []string{"device report temperature"}, nil},
		{"Design a church event signup sheet", nil, []string{"event signup"}, nil, nil},
		{"Design a citizen issue reporting app where residents report potholes and the city assigns crews",
			[]string{"resident", "city"}, []string{"issue", "pothole", "crew"}, []string{"resident report pothole", "city assign crew"}, nil},
		// Whoever a system is for acts; a list of verb phrases keeps its actor; a plural noun
		// opening a clause is its subject.
		{"Design a system for a choir to plan rehearsals, assign solos and record attendance",
			[]string{"choir"}, []string{"rehearsal", "solo", "attendance"}, []string{"choir plan rehearsal", "choir assign solo", "choir record attendance"}, nil},
		{"Design an app for landlords to collect rent, log repairs and message tenants",
			[]string{"landlord", "tenant"}, []string{"rent", "repair"}, []string{"landlord collect rent", "landlord log repair", "landlord message tenant"}, nil},
		// A two-word attribute after "by" is one attribute; RSVP is an action.
		{"Design an app where centres track stock by blood type",
			[]string{"centre"}, []string{"stock"}, []string{"centre track stock"}, []string{"blood_type"}},
		// Containers and what the system builds from them.
		{"Design a recipe site where cooks post recipes and save recipes to weekly meal plans that generate a shopping list",
			[]string{"cook"}, []string{"recipe", "meal plan", "shopping list"}, []string{"cook post recipe", "cook save recipe → meal plan", "system generate shopping list ← meal plan"}, nil},
		// Verbs no list holds are read from where they stand: after a plural role opening its
		// clause. "like Kickstarter" compares; it is not a verb nor a thing kept.
		{"Design a crowdfunding platform like Kickstarter: creators launch projects with a funding goal and a deadline, 2 million backers pledge each month",
			[]string{"creator", "backer"}, []string{"project", "pledge"}, []string{"creator launch project", "backer pledge"}, nil},
		{"Design a service where florists arrange bouquets and couriers deliver them",
			[]string{"florist", "courier"}, []string{"bouquet"}, []string{"florist arrange bouquet", "courier deliver bouquet"}, nil},
		{"Design an app where drivers license photos are checked by staff",
			[]string{"driver"}, nil, nil, nil},
		// A product's name keeps nothing ("Amazon S3" is not an "s"); a tool named for its job is
		// not a person ("a password manager").
		{"Design Amazon S3: an object storage service for 10 PB with 100k PUTs per second", nil, nil, nil, nil},
		{"Design Reddit", nil, nil, nil, nil},
		{"Design A Photo Sharing App For Families", []string{"user"}, []string{"photo"}, []string{"user share photo"}, nil},
		{"Design a password manager like 1Password", nil, []string{"password"}, nil, nil},
		// Staff are people though "staff" has no plural; "describe what they lost" names no thing
		// but keeps a description; "lost-and-found" names the trade, not a thing.
		{"Design a lost-and-found service for a city's transit network: staff log found items at 60 stations, riders describe what they lost, and the system suggests matches",
			[]string{"staff", "rider"}, []string{"found item", "match", "station", "description"}, []string{"staff log found item", "rider describe", "system suggest match"}, nil},
		// Roles named by their endings, what people get from whom, getting paid.
		{"Design a platform where 30,000 independent electricians get job requests from homeowners, send quotes, and get paid through the app when the job is done",
			[]string{"electrician", "homeowner"}, []string{"job request", "quote", "payout"}, []string{"homeowner send job request", "electrician send quote", "electrician receive payout"}, nil},
		// The system turning one thing into another makes the second from the first, past the
		// measure and the period stated between them.
		{"Design a service that turns 5,000 hours of uploaded lecture recordings a week into searchable transcripts for a university",
			[]string{"user"}, []string{"lecture recording", "transcript"}, []string{"system generate transcript ← lecture recording"}, nil},
		// What a reminder app keeps is what it reminds of; photographing makes photos of it.
		{"Design a plant care reminder app for 1 million users who photograph their plants and get watering reminders",
			[]string{"user"}, []string{"plant", "plant photo"}, []string{"user upload plant photo"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.statement, func(t *testing.T) {
			rd := readStatement(tt.statement)
			if !slices.Equal(rd.Actors, tt.actors) {
				t.Errorf("actors=%q, want %q", rd.Actors, tt.actors)
			}
			if !slices.Equal(rd.Entities, tt.entities) {
				t.Errorf("entities=%q, want %q", rd.Entities, tt.entities)
			}
			if !slices.Equal(rd.By, tt.by) {
				t.Errorf("by=%q, want %q", rd.By, tt.by)
			}
			var got []string
			for _, a := range rd.Actions {
				s := strings.TrimSpace(a.Actor + " " + a.Verb + " " + a.Object)
				if a.Into != "" {
					s += " → " + a.Into
				}
				if a.From != "" {
					s += " ← " + a.From
				}
				got = append(got, s)
			}
			for _, want := range tt.actions {
				if !slices.Contains(got, want) {
					t.Errorf("actions=%q, want %q among them", got, want)
				}
			}
		})
	}
}

// TestOwnerIsNoSubject checks that the word after an owner's is what it owns, not its verb: "a
// bank's domestic transfer system" had the bank "domestic" a transfer system, and the design
// kept "domestics".
func TestOwnerIsNoSubject(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ statement, adjective string }{
		{"Design a bank's domestic transfer system: 2M customers, 1.5M transfers a day", "domestic"},
		{"Design a bank's international transfer system: 1M transfers a day", "international"},
		{"the union's regional strike fund: members claim strike pay and treasurers approve claims", "regional"},
		{"Design the airlines' central crew rota: planners assign crews to flights", "central"},
	} {
		rd := readStatement(tt.statement)
		for _, a := range rd.Actions {
			if a.Verb == tt.adjective {
				t.Errorf("%q: read %q as a verb (%s %s %s)", tt.statement, tt.adjective, a.Actor, a.Verb, a.Object)
			}
		}
		if slices.Contains(rd.Entities, tt.adjective) {
			t.Errorf("%q: entities=%q, want no %q", tt.statement, rd.Entities, tt.adjective)
		}
	}
}

// TestOrganisationThatRunsIsNoSystemAct checks that a relative clause after an organisation says
// what the organisation is: "a county that runs 60 cemeteries" had the system run cemeteries with
// job workers. A word that also names a system ("a build farm that runs builds") still acts.
func TestOrganisationThatRunsIsNoSystemAct(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Design a burial records and plot search system for a county that runs 60 cemeteries, with 90,000 scanned ledger pages",
		"a bookings app for a council which operates 12 leisure centres",
		"an incident reporting tool for a trust that runs 9 hospitals",
		"a timesheet system for a company that employs 4,000 drivers",
		"a permit portal for a district that owns 300 allotments",
	} {
		for _, a := range readStatement(statement).Actions {
			if a.Actor == "system" && settingVerbs[a.Verb] {
				t.Errorf("%q: read the organisation's %q as the system's act (system %s %s)", statement, a.Verb, a.Verb, a.Object)
			}
		}
	}
	rd := readStatement("Design a CI build farm that runs 50,000 builds a day for 2,000 engineers")
	if !slices.ContainsFunc(rd.Actions, func(a action) bool { return a.Actor == "system" && a.Verb == "run" && a.Object == "build" }) {
		t.Errorf("a build farm that runs builds lost its act: %+v", rd.Actions)
	}
}

// TestSingularNoun covers the suffix rules and the irregular table.
func TestSingularNoun(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"players": "player", "matches": "match", "categories": "category", "people": "person",
		"addresses": "address", "status": "status", "transactions": "transaction", "boxes": "box", "stats": "stats", "bus": "bus",
		"children": "child", "watches": "watch", "invoices": "invoice", "garages": "garage", "photo": "photo"} {
		if got := singularNoun(in); got != want {
			t.Errorf("singularNoun(%q)=%q, want %q", in, got, want)
		}
	}
}

// TestNamesEndBeforeAdverbsAndParticiples checks that a time adverb opening a clause is no part of
// who acts ("Afterward teachers can swap lessons" had an "afterward teacher"), and that a thing's
// name ends where a participle starts saying something of it ("a timetable respecting teacher
// availability" kept a "timetable respecting teacher").
func TestNamesEndBeforeAdverbsAndParticiples(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		statement string
		actors    []string
		entities  []string
		actions   []string
	}{
		{"Design a timetable generator for a school district: 40 schools, each with 60 teachers; admins enter constraints and the system produces a timetable respecting teacher availability. Afterward teachers can swap lessons.",
			[]string{"admin", "teacher", "school"}, []string{"timetable", "constraint", "lesson"},
			[]string{"admin enter constraint", "system produce timetable", "teacher swap lesson"}},
		{"Design a claims tool: meanwhile clerks file claims containing receipts, and afterwards auditors review invoices including tax lines",
			[]string{"clerk", "auditor"}, []string{"claim", "invoice"},
			[]string{"auditor review invoice"}},
		{"Design a sales portal where managers export reports showing monthly sales; later reps download quotes covering each product",
			[]string{"manager", "rep"}, []string{"report", "quote"},
			[]string{"manager export report", "rep download quote"}},
	} {
		rd := readStatement(tt.statement)
		for _, want := range tt.actors {
			if !slices.Contains(rd.Actors, want) {
				t.Errorf("%q: actors=%q, want %q among them", tt.statement, rd.Actors, want)
			}
		}
		for _, want := range tt.entities {
			if !slices.Contains(rd.Entities, want) {
				t.Errorf("%q: entities=%q, want %q among them", tt.statement, rd.Entities, want)
			}
		}
		var got []string
		for _, a := range rd.Actions {
			got = append(got, strings.TrimSpace(a.Actor+" "+a.Verb+" "+a.Object))
		}
		for _, want := range tt.actions {
			if !slices.Contains(got, want) {
				t.Errorf("%q: actions=%q, want %q among them", tt.statement, got, want)
			}
		}
		for _, name := range append(append([]string(nil), rd.Actors...), rd.Entities...) {
			for _, w := range strings.Fields(name) {
				if set("afterward", "afterwards", "later", "meanwhile", "respecting", "containing", "including", "showing", "covering")[w] {
					t.Errorf("%q: name %q holds %q", tt.statement, name, w)
				}
			}
		}
	}
}
