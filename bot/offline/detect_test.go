package offline

import (
	"slices"
	"strings"
	"testing"
)

// TestCapabilitiesSchema checks knowledge/capabilities.yaml against the Go catalogue: it decodes
// strictly, names only existing features, covers every feature that has design content, and
// gives every entry statements to test it with.
func TestCapabilitiesSchema(t *testing.T) {
	t.Parallel()
	f, err := decodeDetection(capabilitiesYAML)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadCapabilities(capabilitiesYAML); err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, c := range f.Capabilities {
		if _, ok := features[c.ID]; !ok {
			t.Errorf("capability %q is not a feature", c.ID)
		}
		listed[c.ID] = true
		if c.Threshold != nil && *c.Threshold <= 0 {
			t.Errorf("capability %q: threshold %d", c.ID, *c.Threshold)
		}
		if len(c.Signals) == 0 && !c.ByRule {
			t.Errorf("capability %q has no signals", c.ID)
		}
		if len(c.Samples) == 0 || len(c.Not) == 0 {
			t.Errorf("capability %q needs samples and not", c.ID)
		}
	}
	for _, p := range f.Products {
		if len(p.Samples) == 0 || len(p.Not) == 0 {
			t.Errorf("product %v needs samples and not", p.Names)
		}
	}
	for _, ft := range featureList {
		// core is every system and generic the fallback when nothing else matches: neither is
		// asked for by words.
		if ft.ID == "core" || ft.ID == "generic" {
			if listed[ft.ID] {
				t.Errorf("%s must not be detected from words", ft.ID)
			}
			continue
		}
		if !listed[ft.ID] {
			t.Errorf("feature %q has no detection entry", ft.ID)
		}
	}
}

// TestCapabilitiesSchemaRejects feeds the loader broken files: each must fail with a message that
// names the problem.
func TestCapabilitiesSchemaRejects(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, yaml, want string }{
		{"unknown key", "capabilities:\n  - id: chat\n    trigers: [chat]\n", "trigers"},
		{"unknown signal key", "capabilities:\n  - id: chat\n    signals:\n      - any: [chat]\n        near: [x]\n", "near"},
		{"unknown feature", "capabilities:\n  - id: teleport\n    signals:\n      - any: [beam]\n", "teleport"},
		{"zero threshold", "capabilities:\n  - id: chat\n    threshold: 0\n    signals:\n      - any: [chat]\n", "threshold"},
		{"zero weight", "capabilities:\n  - id: chat\n    signals:\n      - any: [chat]\n        weight: 0\n", "weight"},
		{"unknown relation", "capabilities:\n  - id: chat\n    implies: [telepathy]\n    signals:\n      - any: [chat]\n", "telepathy"},
		{"unknown pattern", "capabilities:\n  - id: chat\n    signals:\n      - any: [chat]\n        with: [$nowhere]\n", "$nowhere"},
		{"upper case", "capabilities:\n  - id: chat\n    signals:\n      - any: [Chat]\n", "lower case"},
		{"unknown sense", "capabilities:\n  - id: chat\n    signals:\n      - any: [chat]\n        sense: colour\n", "colour"},
		{"inner star", "capabilities:\n  - id: chat\n    signals:\n      - any: [\"ch*t\"]\n", "* only at the end"},
		{"duplicate", "capabilities:\n  - id: chat\n    signals:\n      - any: [chat]\n  - id: chat\n    signals:\n      - any: [talk]\n", "twice"},
		{"product without entry", "capabilities:\n  - id: chat\n    signals:\n      - any: [chat]\nproducts:\n  - names: [zoom]\n    gives: [videocall]\n", "videocall"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadCapabilities([]byte(tc.yaml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err=%v, want one naming %q", err, tc.want)
			}
		})
	}
}

// TestCapabilitySamples runs every entry's samples (must detect it) and not (must not).
func TestCapabilitySamples(t *testing.T) {
	t.Parallel()
	f, err := decodeDetection(capabilitiesYAML)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	check := func(who string, statement string, ids []string, want bool) {
		t.Helper()
		n++
		got, why := detect(statement)
		for _, id := range ids {
			if slices.Contains(got, id) != want {
				t.Errorf("%s: %q detected %v (%q), want %s present=%v", who, statement, got, why[id], id, want)
			}
		}
	}
	for _, c := range f.Capabilities {
		for _, s := range c.Samples {
			check(c.ID, s, []string{c.ID}, true)
		}
		for _, s := range c.Not {
			check(c.ID, s, []string{c.ID}, false)
		}
	}
	for _, p := range f.Products {
		for _, s := range p.Samples {
			check(p.Names[0], s, p.Gives, true)
		}
		for _, s := range p.Not {
			check(p.Names[0], s, p.Gives, false)
		}
	}
	t.Logf("%d sample statements", n)
}

// TestDetect reads statements from many domains, phrased as people ask, and checks the detected
// capabilities include and exclude what an interviewer would expect. The first rows are the
// single-word hijacks the YAML signals were written to stop.
func TestDetect(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		// Hijacks: one word used to decide.
		{"Design a price-alert service for stock watchers: notify them when a ticker crosses a level they chose", []string{"marketdata", "notifications"}, []string{"inventory", "orders", "payments", "generic"}},
		{"Build a watchlist app where users follow stock tickers and get push alerts on big moves", []string{"marketdata"}, []string{"inventory", "feed", "engagement"}},
		{"Design a key-value store like Amazon's Dynamo", []string{"kvstore"}, []string{"payments", "orders", "shop", "catalog", "inventory"}},
		{"Design a stock exchange matching engine", []string{"exchange"}, []string{"payments", "wallet", "orders", "inventory"}},
		{"A stock exchange that charges members a fee per trade and pays rebates to market makers", []string{"exchange"}, []string{"payments"}},
		// A meal kit's subscribers pick recipes; its warehouses ship boxes: no stock ledger with
		// tills and marketplaces, but ingredients never overcommitted are a reservation.
		{"Design a meal-kit subscription service: 400,000 subscribers pick 3 recipes each week, boxes ship on Saturday from 3 warehouses, and ingredient inventory must never be overcommitted.", []string{"inventory"}, []string{"invmgmt"}},
		{"Design Slack", []string{"chat", "channels"}, []string{"generic", "groups", "search"}}, // channels are its groups, message search its search,
		{"Design a Discord-like app for gaming communities", []string{"chat", "channels"}, []string{"leaderboard"}},
		{"a todo app for my family", nil, []string{"chat", "payments", "orders", "inventory", "feed", "realtime", "search", "notifications"}},
		{"Design Amazon S3", nil, []string{"shop", "orders", "payments", "catalog"}},
		{"A bot that posts standup reminders in Slack every morning", nil, []string{"chat", "channels"}},
		// A locker network is its compartments and doors: the parcels in them are not a tracking
		// pipeline, the lockers not a generic device platform, and a shop's lockers not a store's
		// pick counter; a gym's locker room and a lock in a program are no lockers at all.
		{"Design a parcel locker network: 3,000 lockers with 60 compartments each, couriers drop parcels, recipients get a PIN and have 72 hours to collect", []string{"lockers"}, []string{"parcels", "tracking", "iot", "devicecommand"}},
		{"we put lockers in 300 petrol stations; couriers leave packages and people open the door with a QR code", []string{"lockers"}, []string{"parcels", "iot"}},
		{"grocery click and collect lockers at the supermarket entrance, opened with a code from the app", []string{"lockers"}, []string{"bopis", "orders"}},
		{"tourists leave suitcases in lockers at 30 metro stations and pay by the hour", []string{"luggagelockers"}, []string{"lockers", "parcels", "payments"}},
		{"a swimming pool wants an app for its members to book lanes and rent a locker in the changing rooms", nil, []string{"lockers"}},
		{"How does Java object locking work with synchronized methods across threads?", nil, []string{"lockers"}},
		// School groups and tour groups are parties of visitors, not chat groups; museum members
		// enter free, they are not a chat's members; an entry slot's cap is a counter, not seats.
		{"a walking-tour company where school groups of up to 40 book a guided tour of the old town", nil, []string{"groups", "chat"}},
		{"a zoo wants timed entry: guests pick an entry time slot, 400 per half hour, and school classes reserve months ahead", []string{"timedentry"}, []string{"tickets", "groups", "chat"}},
		// A part of a ride-hailing app asked for alone is that part, whether the subject says it
		// ("a surge multiplier service for …") or its relative clause does ("a service that sets …
		// for …"); beside the app it is a section of the app.
		{"Design the surge multiplier service for a taxi-booking app: every 10 seconds, compare open requests with idle drivers in each hexagonal cell and publish a multiplier per cell", []string{"surge"}, []string{"ride", "payments", "tracking", "realtime"}},
		{"a service that sets a surge multiplier per H3 cell for our taxi app from open requests and idle drivers", []string{"surge"}, []string{"ride", "payments", "tracking"}},
		{"Design a ride-hailing app with surge pricing, driver matching and payments for 5 million riders", []string{"ride", "surge", "payments"}, nil},
		{"dynamic pricing for hotel rooms by season and demand", nil, []string{"surge"}},
		// Buses that report only where they are feed predictions, not a device platform.
		{"build a live arrivals board for a regional bus company: 250 buses send location updates every 15 s and people check how many minutes away their bus is", []string{"arrivals"}, []string{"iot", "tracking", "statusalerts"}},
		// Sensors with monitoring would be a metrics pipeline, but commanded devices are a device platform.
		{"Our aquaculture company runs 120 fish pens, each with 8-12 oxygen probes sending readings every 30 seconds; aerators must switch on within 5 seconds when an operator asks", []string{"iot", "unitcommand"}, []string{"metrics", "groupcommand"}},
		// A bike ride is not a hailed ride, a video game is not video, a pantry's order is not a sale.
		{"city bike-share: riders unlock a bike with the app, ride, and return it to any dock", []string{"bikeshare"}, []string{"ride", "payments", "geo", "tracking", "sharing", "iot"}},
		{"people rent a bike at one station and ride it to another", []string{"bikeshare"}, []string{"ride", "payments"}},
		{"a cloud save service for a video game publisher with 15 million daily players", []string{"gamesaves"}, []string{"video", "media", "filesync"}},
		{"a review site for video games", nil, []string{"video"}},
		{"partner pantries place orders for donated food from our food bank's warehouses every week", []string{"foodbank"}, []string{"orders", "payments", "inventory", "shop"}},
		{"riders request a car and a driver picks them up", []string{"ride", "payments"}, []string{"bikeshare"}},
		// Commerce.
		{"Our online bakery needs a cart, checkout with cards and stock that never goes negative", []string{"orders", "payments", "inventory"}, []string{"marketdata"}},
		{"Design Amazon", []string{"shop", "catalog", "orders", "payments"}, []string{"kvstore"}},
		{"a warehouse system that reserves stock per SKU for each order", []string{"inventory", "orders"}, nil},
		// Assigned seats are held one by one; admission sold by count is stock.
		{"Design a concert ticketing system like Ticketmaster: seats must never be double sold and holds expire after 10 minutes", []string{"tickets"}, []string{"inventory"}},
		{"Design a ticketing site for a music festival selling 40,000 general admission wristbands", []string{"tickets", "inventory"}, nil},
		// Clinics visiting towns on a rota are no staff rota, and hospitals ordering donated blood
		// check nothing out.
		{"Design a system for a regional blood-donation service: 45 mobile clinics visit towns on a rota, donors book a slot each week, and hospitals order units that must be shipped within 48 hours", nil, []string{"rota", "orders", "payments"}},
		{"the rota for our 30 volunteers at the community kitchen", []string{"rota"}, nil},
		// Reviewers commenting on drawings annotate their work; readers commenting on articles engage.
		{"Design an online building-permit system: reviewers from 6 departments comment on the same drawings in parallel", nil, []string{"engagement"}},
		{"a blog where readers comment on articles", []string{"engagement"}, nil},
		// Looking up what is in stock buys nothing.
		{"a platform where pharmacies report their stock so patients can find which nearby pharmacy has a drug in stock", nil, []string{"inventory", "orders"}},
		{"A library where members check out books and get an email when they are due", nil, []string{"orders", "payments", "inventory"}},
		// Messaging and social.
		{"a chat app for a hospital where nurses message each other and see read receipts", []string{"chat", "receipts"}, []string{"channels"}},
		{"A gym membership system for 2 million members", nil, []string{"groups", "chat"}},
		{"a social app where hikers follow each other and see a feed of trail photos", []string{"feed", "photo"}, nil},
		{"The system must handle the following: users upload receipts for expenses", nil, []string{"feed", "receipts"}},
		// Places, rides and bookings.
		{"Log every bike ride and show weekly distance, like Strava", nil, []string{"ride"}},
		{"Design a taxi app: passengers request a ride and the closest driver accepts", []string{"ride", "geo", "tracking"}, nil},
		{"Patients book a slot with a dentist near them", []string{"practappt"}, []string{"tickets", "reservation"}},
		{"a flight tracker showing every plane on a map", nil, []string{"reservation", "booking"}},
		{"Sell tickets for a jazz festival where fans pick seats", []string{"tickets"}, []string{"reservation"}},
		{"An IT helpdesk where employees open support tickets", nil, []string{"tickets", "flashcrowd", "inventory"}},
		{"a book club app where everyone reads a book a month", nil, []string{"booking", "reservation"}},
		// Games, search, infrastructure.
		{"rank search results by relevance", []string{"search"}, []string{"leaderboard"}},
		{"A trivia game where players see their rank among friends", []string{"leaderboard"}, nil},
		{"a map you can zoom in on to see bike lanes", nil, []string{"videocall"}},
		{"Design Zoom", []string{"videocall"}, []string{"video"}},
		{"Employees logging in to see their payslips", []string{"accounts"}, []string{"logging"}},
		{"ship logs from 5,000 servers into a searchable store", []string{"logging"}, nil},
		{"Build a geo-redundant ledger for a credit union", nil, []string{"geo"}},
		{"explain the notion of a session to new hires", nil, []string{"collab"}},
		{"Users copy and paste addresses into a form", nil, []string{"paste"}},
		{"Design Uber Eats", []string{"food"}, []string{"ride"}},
		{"Design Uber", []string{"ride"}, []string{"food"}},
		{"A durable message queue with consumer groups and offsets", []string{"mq"}, []string{"groups", "chat"}},
		{"a recipe sharing site", nil, []string{"ride", "sharing"}}, // sharing is publishing here, not access control
		{"A ride-sharing app for a college town", []string{"ride"}, []string{"sharing"}},
		// The fleet design keeps the stock per slot itself: no stock market, no second inventory.
		{"Monitor a fleet of vending machines and alert when stock runs low", []string{"vendfleet"}, []string{"marketdata", "inventory"}},
		{"A portfolio tracker that pulls stock prices every minute", []string{"marketdata"}, []string{"inventory"}},
		{"A Slack bot that summarises channels every morning", nil, []string{"chat", "channels", "groups"}},
		{"A job board like LinkedIn Jobs where candidates apply", nil, []string{"feed"}},
		{"An electronic health record system for clinics", nil, []string{"reservation"}},
		{"A crypto wallet app that sends coins to friends", []string{"wallet"}, []string{"exchange"}},
		// Matchmaking and friend suggestions: their words belong to other capabilities too.
		{"Design matchmaking for a shooter: players of similar rank queue for tickets to ranked matches", []string{"matchmaking"}, []string{"leaderboard", "tickets", "dating"}},
		{"a global leaderboard where players of a racing game see their rank", []string{"leaderboard"}, []string{"matchmaking"}},
		{"a matchmaking app for singles in Berlin", []string{"dating"}, []string{"matchmaking"}},
		{"people you may know for a social network where friends follow each other and see impressions of suggestions", []string{"pymk"}, []string{"feed", "aggregation", "recommend"}},
		{"a social network for runners where they follow each other and see a feed of runs", []string{"feed"}, []string{"pymk"}},
		{"a sales CRM that imports contacts from the address book", nil, []string{"pymk"}},
		// Helpdesk and CI: "ticket", "pipeline", "build" and "runner" belong to other domains too.
		{"Design a support ticketing system where customers email us and agents answer from one queue", []string{"helpdesk"}, []string{"tickets", "inventory", "payments", "flashcrowd", "email", "chat"}},
		{"customers open tickets in a portal and agents escalate them when the SLA is close", []string{"helpdesk"}, []string{"tickets", "booking"}},
		{"fans buy tickets for the concert and pick their seats", []string{"tickets"}, []string{"helpdesk"}},
		{"a bug tracker like Jira where engineers file tickets", nil, []string{"helpdesk", "tickets"}},
		{"Design a CI system that runs the tests on every pull request with a pool of runners", []string{"cicd"}, []string{"scheduler", "codejudge", "sharing", "generic"}},
		{"a CI/CD platform with fair share of build machines between teams and live logs", []string{"cicd"}, []string{"sharing", "logging", "realtime"}},
		{"a data pipeline that copies orders into the warehouse every night", nil, []string{"cicd"}},
		{"an online judge that runs submitted code against hidden tests", []string{"codejudge"}, []string{"cicd"}},
		{"a distributed job scheduler that runs cron jobs for other teams", []string{"scheduler"}, []string{"cicd"}},
		// Auctions and calendars: "bid", "calendar", "meeting" and "reminder" alone decide nothing.
		{"Design eBay", []string{"auction", "payments"}, []string{"shop", "orders", "inventory"}},
		{"collectors outbid each other on vintage watches until the countdown ends", []string{"auction"}, []string{"shop", "exchange"}},
		{"an ad exchange that runs a real-time bidding auction per impression", nil, []string{"auction"}},
		{"a stock exchange order book matching bids and asks", nil, []string{"auction"}},
		{"contractors bid on renovation jobs that homeowners post", nil, []string{"auction"}},
		{"Design Calendly", []string{"calendar", "schedlinks"}, []string{"reservation", "booking"}},
		{"Design Google Calendar", []string{"calendar"}, []string{"schedlinks", "reservation"}},
		{"find a time that suits 20 colleagues in four time zones and send the invites", []string{"calendar"}, []string{"reservation", "scheduler"}},
		{"a hospital system that adds each appointment to the patient's Google Calendar", []string{"reservation"}, []string{"calendar"}},
		{"book a meeting room in the office for an hour", []string{"reservation"}, []string{"calendar"}},
		{"a todo app that sends a reminder when a task is due", nil, []string{"calendar"}},
		{"ingest click events from users in every time zone", nil, []string{"calendar"}},
		// Storage and delivery infrastructure against the products that merely use it.
		{"Design Amazon S3: an object storage service for 10 PB with 100k PUTs per second", []string{"objectstore"}, []string{"generic", "kvstore", "filesync", "shop"}},
		{"Design Dropbox", []string{"filesync"}, []string{"dfs", "objectstore"}},
		{"Design Google Drive where people store files and share folders", []string{"filesync"}, []string{"dfs", "objectstore"}},
		{"a distributed key-value store with tunable consistency for 1M writes a second", []string{"kvstore"}, []string{"objectstore", "dfs"}},
		{"Design a distributed file system like HDFS for our Hadoop cluster", []string{"dfs"}, []string{"filesync", "kvstore", "objectstore"}},
		{"Design a CDN like Cloudflare", []string{"cdnplatform"}, []string{"static", "generic", "dnsservice"}},
		{"a static site host like Netlify that serves pages through a CDN", nil, []string{"cdnplatform"}},
		{"an image hosting site like Imgur with a CDN in front", []string{"photo"}, []string{"cdnplatform", "objectstore"}},
		{"a URL shortener behind a CDN with 100k redirects a second", []string{"shortener"}, []string{"cdnplatform", "dnsservice"}},
		{"Design an authoritative DNS service like Route 53", []string{"dnsservice"}, []string{"search", "cdnplatform", "generic"}},
		{"a web crawler that caches DNS lookups per host", []string{"crawler"}, []string{"dnsservice"}},
		// Classic product problems that used to fall to a records system, and the neighbours whose
		// words they share: a timeline, likes and comments, a live TV vote, a crawl, a cron job, a
		// loan book.
		{"Design Reddit", []string{"forum"}, []string{"feed", "engagement", "qanda", "generic"}},
		{"Design Quora", []string{"forum", "qanda"}, []string{"feed", "engagement", "generic"}},
		{"Design Stack Overflow", []string{"qanda"}, []string{"search", "generic"}},
		{"design Twitter", []string{"feed"}, []string{"forum", "newsagg"}},
		{"people can upvote answers and leave comments", []string{"engagement"}, []string{"forum", "qanda"}},
		{"Design a live voting system for a TV show that receives 90 million votes per hour.", nil, []string{"forum", "ballots"}},
		// A formal ballot has a register and a sealed count; a room's poll, upvotes and a show's
		// phone vote have neither.
		{"Design electronic voting for a shareholders' annual meeting: 50,000 shareholders, votes weighted by shares held, results sealed until the poll closes", []string{"ballots"}, []string{"polls", "liveresults", "accounts"}},
		{"Our professional body's council election: 45,000 members, postal and online ballots, results only after the close, audit trail for the returning officer", []string{"ballots"}, []string{"audit", "polls"}},
		{"our tenants' association needs a secret ballot so its 900 members can vote on the rent strike", []string{"ballots"}, []string{"polls"}},
		{"the stockholders of a listed company vote on eight resolutions through their brokers, who split one nominee holding's votes", []string{"ballots"}, []string{"polls"}},
		{"a live audience poll during a conference talk: 3,000 attendees vote from their phones and the presenter shows the results", []string{"polls"}, []string{"ballots"}},
		{"Design a voting feature for a Q&A app like upvotes", nil, []string{"ballots", "polls"}},
		{"Design the phone vote for a TV talent show: 10 million viewers vote for contestants in a 15-minute window", nil, []string{"ballots"}},
		// A pharmacy that fills prescriptions is its own design: not the clinical record whose
		// medication words it shares, nor a pickup order, nor a patient's dose reminders; the
		// prescriber's screen in an EHR and a reminder app stay where they were.
		{"Design the prescription system for a 1,200-store pharmacy chain: refills from the app, insurance claims, and pharmacists checking controlled drugs against the PDMP", []string{"pharmacy"}, []string{"ehr", "medadherence", "bopis", "orders", "generic"}},
		{"our drugstores take e-prescriptions from doctors, fill them, and text patients when the order is ready to pick up", []string{"pharmacy"}, []string{"bopis", "ehr", "orders"}},
		{"a doctor's EHR screen for prescribing: pick a drug, check allergies and send the e-prescription to the patient's pharmacy", nil, []string{"pharmacy"}},
		{"an app that reminds elderly patients to take their pills and tells their daughter when a dose is missed", nil, []string{"pharmacy"}},
		{"a map of which pharmacies are open late tonight near me", nil, []string{"pharmacy"}},
		// Parcels, shoes or parts that come back to the seller are returns, whatever carries them:
		// not the courier's tracking, the shop's checkout, or a booking of the collection van. A
		// courier's own tracking, a loan coming back and a shop that merely refunds stay where
		// they were.
		{"Build a returns portal for a sportswear brand: roughly 15,000 parcels come back every week and we refund within 3 days of receiving them", []string{"returns"}, []string{"parcels", "orders", "payments", "generic"}},
		{"buyers on a second-hand electronics marketplace ship faulty tablets back to the seller, who inspects them before the buyer gets a refund or a replacement", []string{"returns"}, []string{"parcels", "orders", "shop", "catalog"}},
		{"a furniture store's collection returns: a van collects the unwanted wardrobe, the depot grades it and the customer gets store credit", []string{"returns"}, []string{"booking", "parcels", "orders"}},
		{"customers send back trainers that don't fit and swap them for another size", []string{"returns"}, []string{"parcels", "orders"}},
		{"an RMA workflow for B2B pump spares: distributors request a return authorization and receive a credit note once the part is tested", []string{"returns"}, []string{"parcels", "orders", "generic"}},
		{"track my parcel: one page where shoppers follow parcels from any courier", []string{"parcels"}, []string{"returns"}},
		{"a courier's tracking pages: customers type a tracking number and see each scan of their parcel until it is delivered", []string{"parcels"}, []string{"returns"}},
		{"members borrow e-readers from the library and return them within three weeks", nil, []string{"returns"}},
		{"an online shop with a cart, card payments, order history and refunds", nil, []string{"returns"}},
		// Rooms turned over between guests are housekeeping, wherever guests sleep: not a booking
		// site because the word "hotel" is there, nor a cart because guests "check out". Booking
		// rooms, a hospital's beds after discharge and a marketplace of home cleaners stay out.
		{"housekeeping for our 12 city-centre hotels: attendants mark rooms clean on their phones and reception sees which rooms are ready", []string{"housekeeping"}, []string{"lodging", "reservation", "booking", "search", "payments", "generic"}},
		{"a holiday park wants its cleaning teams to turn over 300 chalets every Saturday and tell the office when each chalet is inspected", []string{"housekeeping"}, []string{"lodging", "reservation", "generic"}},
		{"our hostels need to know which dorm beds are made up after guests check out, so the desk can sell them again", []string{"housekeeping"}, []string{"orders", "lodging", "reservation"}},
		{"an app for a cruise line's cabin stewards to report each cabin cleaned and ready on turnaround day", []string{"housekeeping"}, []string{"checkin", "generic"}},
		{"Design a hotel booking system like Booking.com", []string{"lodging"}, []string{"housekeeping"}},
		{"a hotel room service app: guests order food to their room and the kitchen marks it ready, the front desk sees open orders", nil, []string{"housekeeping"}},
		{"a dashboard of staff turnover across our hotel group, by department and month", nil, []string{"housekeeping"}},
		{"a hotel website where guests book a room for three nights and pay by card", []string{"lodging"}, []string{"housekeeping"}},
		{"a hospital bed management system where beds are cleaned after a patient is discharged", nil, []string{"housekeeping"}},
		{"a marketplace where people book house cleaners for their flats", nil, []string{"housekeeping"}},
		// A studio's, broadcaster's or newsroom's own unreleased material moving to the people who
		// cut and approve it is media production, however it is said: not a reservation for a VFX
		// vendor's shots, a score for a match's highlights, a podcast host's public feed or a
		// courier's "packages". A public platform where people watch and subscribe stays a video
		// platform.
		{"Build a rushes pipeline for a TV series: every shoot day three cameras record roughly 6 TB and the showrunner watches proxies by 6am", []string{"mediaprod"}, []string{"video", "geo", "generic", "booking"}},
		{"our animation studio's outsourcing partners deliver VFX shot versions that supervisors review frame by frame before approving", []string{"mediaprod"}, []string{"booking", "video", "generic"}},
		{"Design a system for a rugby broadcaster where producers cut highlights from the live match feeds for the app during the game", []string{"mediaprod"}, []string{"livescores", "liveresults", "video"}},
		{"an audio drama company's actors record raw takes remotely, the producer assembles the takes and the director approves each scene", []string{"mediaprod"}, []string{"podcast", "video"}},
		{"camera operators at a regional TV newsroom send field video from the scene over bonded 4G, and editors turn it into packages for the 6pm news", []string{"mediaprod"}, []string{"parcels", "video"}},
		{"a commercial production house needs the day's footage from its shoot in Morocco, about 1.5 TB a day, viewable by the agency in Paris by 9am the next morning", []string{"mediaprod"}, []string{"generic"}},
		{"police officers upload body camera footage and supervisors review it before it is released to prosecutors", nil, []string{"mediaprod"}},
		{"store CCTV footage from 500 shops for 30 days and let security staff search it by camera and time", nil, []string{"mediaprod"}},
		{"Design YouTube", []string{"video"}, []string{"mediaprod"}},
		{"Design Netflix", []string{"video"}, []string{"mediaprod"}},
		{"an app where creators post short dance videos, followers like them and everyone scrolls a recommended feed", []string{"video"}, []string{"mediaprod"}},
		{"a movie streaming service where 20 million subscribers watch films on their TVs", []string{"video"}, []string{"mediaprod"}},
		// A race whose participants are timed by chips at mats is race timing, whatever the sport
		// or the size of the field: not a follow graph because families "follow" runners, nor
		// election night because there are "live results". Election night, a league's scores, a
		// marathon's volunteer rota, a fitness app's segments and horse racing keep their patterns.
		{"Design timing for a 25,000-runner city marathon: RFID bib tags read at 7 mats, gun and net times, and parents get a push at every split", []string{"racetiming"}, []string{"liveresults", "livescores", "feed", "generic"}},
		{"results and splits for a sprint triathlon of 1,500 athletes, swim to bike to run with transition mats", []string{"racetiming"}, []string{"livescores", "generic"}},
		{"a gran fondo with 8,000 riders and 4 timing points on the climbs; friends track riders and see their finish time", []string{"racetiming"}, []string{"gpsfitness", "ride", "tracking", "generic"}},
		{"the parish fun run has 600 entrants and one finish mat, and results should be online by lunchtime", []string{"racetiming"}, []string{"generic"}},
		{"a 100-mile ultra trail race through the mountains where checkpoints have no mobile signal and families follow their runners", []string{"racetiming"}, []string{"tracking", "generic"}},
		{"a live results page for the general election, votes counted by 650 constituencies", []string{"liveresults"}, []string{"racetiming"}},
		{"a site where rugby fans follow live scores of every league match", []string{"livescores"}, []string{"racetiming"}},
		{"volunteers for the city marathon sign up for shifts at the water stations and swap shifts", []string{"rota"}, []string{"racetiming"}},
		{"runners upload their GPS runs and compete for the fastest time on each segment", []string{"gpsfitness"}, []string{"racetiming"}},
		{"live odds and bets on every horse race, with results as the horses cross the finish line", nil, []string{"racetiming"}},
		// Something held for a period and presented at an entrance is entitlement at the gate,
		// whatever is presented: not a box office because a stadium sells season tickets, nor a
		// museum's member bookings, nor a card checkout because members are billed. An API's or a
		// payment's gateway, an airline's boarding gate, a gated estate, a metro's fare gates and
		// a parking garage's lanes keep their patterns.
		{"Our mountain group sells lift passes for 12 resorts; skiers tap them at 400 lift gates and a pass lent to a friend should be caught", []string{"gateentry"}, []string{"tickets", "checkin", "generic"}},
		{"Build a subscription car wash: members' number plates are read by an ANPR camera as they pull in at any of our 90 locations, charged monthly", []string{"gateentry"}, []string{"payments", "carpark", "generic"}},
		{"members of our 120 fitness clubs get through the turnstile with a key fob, and we bill their membership every month", []string{"gateentry"}, []string{"memberships", "payments", "classes", "generic"}},
		{"the club's 30,000 season ticket holders enter the stadium through turnstiles by scanning their phones on match days", []string{"gateentry"}, []string{"tickets", "flashcrowd", "generic"}},
		{"skiers keep a season pass on their phone and show it at the lifts of our 9 ski areas, and the lifts must keep running when the valley's link is cut", []string{"gateentry"}, []string{"generic"}},
		// A resort's lifts are its gates even when the statement never says "gate".
		{"ski resort lift access: 2 million taps on a powder-day Saturday, passes bought online", []string{"gateentry"}, []string{"generic"}},
		{"lift access for a small ski area: 4 chairlifts, weekend passes sold on the website and scanned at the bottom station", []string{"gateentry"}, []string{"generic"}},
		{"our gondola and chairlift network at two ski resorts: day passes on a phone, tapped at every lift, 40,000 riders on a holiday", []string{"gateentry"}, []string{"generic"}},
		{"the borough's pools let residents in when they show a leisure card at the entrance barrier; one card should not get a whole family in", []string{"gateentry"}, []string{"generic"}},
		{"Design an API gateway for 300 internal services with JWT validation and per-tenant quotas", []string{"apigw"}, []string{"gateentry"}},
		{"a payment gateway for merchants that routes card payments to several acquirers", nil, []string{"gateentry"}},
		{"travellers check in for their flight and scan a boarding pass at the gate", nil, []string{"gateentry"}},
		{"an app where neighbours in a gated community post notices and book the clubhouse", nil, []string{"gateentry"}},
		{"commuters tap a bank card at the subway gates and fares are capped daily", nil, []string{"gateentry"}},
		{"a parking garage whose barriers open for monthly permit holders by licence plate", []string{"carpark"}, []string{"gateentry"}},
		// Public chargers with sessions, OCPP or energy sold to drivers are a charging network, not
		// a generic device platform with a card checkout; a phone's charger, a fee charged, the
		// nurse in charge, a utility's meters, a garage's EV bays and scooter battery swaps are not.
		{"Design the backend for a city's 2,000 public EV chargers: drivers start a charge from an app, chargers report meter values every 30 s over OCPP while charging, about 9,000 charging sessions a day averaging 90 minutes, a charger must never be started for two drivers, and drivers are billed per kWh.", []string{"evcharging"}, []string{"iot", "payments", "devicecommand", "metrics", "meteredsettle", "smartmeter", "generic"}},
		{"We run 800 DC fast chargers along motorways; drivers plug in, tap an RFID card and pay for the kWh they draw", []string{"evcharging"}, []string{"iot", "payments", "generic"}},
		{"a CPMS for 15,000 charge points speaking OCPP 2.0.1", []string{"evcharging"}, []string{"iot", "generic"}},
		{"an app that shows nearby EV charging stations and lets drivers start a charging session and pay for it", []string{"evcharging"}, []string{"payments", "generic"}},
		{"airport kiosks rent phone chargers to travellers by the hour", nil, []string{"evcharging"}},
		{"a billing system that charges customers monthly for their subscription", nil, []string{"evcharging"}},
		{"escalate an unacknowledged critical lab result to the charge nurse within 15 minutes", nil, []string{"evcharging"}},
		{"a utility reads 2 million smart meters every 30 minutes and bills households per kWh", nil, []string{"evcharging"}},
		{"a parking garage with spots for compact cars, motorcycles and a few EV charging bays; show free spaces per floor", nil, []string{"evcharging"}},
		{"riders swap their e-scooter batteries at 400 battery swap stations", nil, []string{"evcharging"}},
		// Truckloads posted and searched by lane are a load board, not a search box, a tender, a
		// car rental (a "dry van" is a trailer) or a ride; freight put out for quotes and awarded
		// keeps the tender, and a job board, a ride, a parcel, a stock broker or a house move keep
		// their own.
		{"Design a freight load board where 20,000 brokers post about 300,000 truckloads a day and 150,000 carriers search by lane and equipment", []string{"loadboard"}, []string{"search", "tender", "generic"}},
		{"Build a truck load board: brokers post dry van, reefer and flatbed loads with a pickup window and rate, owner-operators search by origin radius and deadhead and book them", []string{"loadboard"}, []string{"carshare", "search", "tender"}},
		{"design Uber Freight", []string{"loadboard"}, []string{"ride", "dispatch"}},
		{"Shippers post loads on our board and about 9,000 trucking carriers send quotes for each load; the shipper picks one carrier per load.", []string{"tender"}, []string{"loadboard"}},
		{"Design a job board like Indeed where employers post jobs and seekers search by title and place", []string{"jobboard"}, []string{"loadboard"}},
		{"Design a ride-hailing app where riders request a car and drivers accept", nil, []string{"loadboard"}},
		{"A parcel courier tracking system where 2 million packages a day are scanned at hubs and customers track them", nil, []string{"loadboard"}},
		{"Design a stock brokerage where investors buy and sell shares", nil, []string{"loadboard"}},
		{"A moving-company booking site where families book movers and a truck for their house move", nil, []string{"loadboard"}},
		{"Design Google News", []string{"newsagg"}, []string{"feed", "crawler", "recommend", "generic"}},
		{"Design Facebook's news feed with posts from friends", []string{"feed"}, []string{"newsagg"}},
		{"crawl a billion pages a month and store their html", []string{"crawler"}, []string{"newsagg"}},
		{"Design a job board like Indeed", []string{"jobboard"}, []string{"feed", "search", "generic"}},
		{"a distributed job scheduler that runs cron jobs for other teams", []string{"scheduler"}, []string{"jobboard"}},
		{"a pet-sitting marketplace where owners post jobs and sitters apply", nil, []string{"jobboard"}},
		{"Design a crowdfunding platform like Kickstarter: creators launch projects with a funding goal and a deadline, backers pledge, cards are charged only if the goal is reached", []string{"crowdfund"}, []string{"payments", "p2plending", "auction", "generic"}},
		{"Design a peer-to-peer lending marketplace where investors fund loans in small parts and borrowers repay monthly.", []string{"p2plending"}, []string{"crowdfund"}},
		{"Design eBay", []string{"auction"}, []string{"crowdfund"}},
		// A bank moving its customers' money over a rail is its own design; "transfer" alone is
		// files, learning or footballers, and a wallet's users paying each other stay a wallet.
		{"Design a bank's domestic transfer system: 2M customers, 1.5M transfers a day, transfers settle through the national instant payment rail", []string{"banktransfer"}, []string{"payments", "paygateway", "wallet", "accounts"}},
		{"Design wire transfers between business accounts for a commercial bank", []string{"banktransfer"}, []string{"payments", "paygateway", "wallet"}},
		{"a service for remittances to Mexico from the US", []string{"banktransfer"}, []string{"wallet", "paygateway"}},
		{"Design the account-to-account payments system for a digital bank with 5 million customers", []string{"banktransfer"}, []string{"paygateway", "payments"}},
		{"P2P money transfers like Venmo", []string{"wallet"}, []string{"banktransfer"}},
		{"Design a file transfer service for 10 GB uploads", nil, []string{"banktransfer"}},
		{"a transfer learning pipeline for image models", nil, []string{"banktransfer"}},
		{"a player transfer market in a football manager game", nil, []string{"banktransfer"}},
		{"our finance team pays 3,000 supplier invoices a month by bank transfer and emails remittance advice", nil, []string{"banktransfer"}},

		// A personal photo library's timeline is one's own photos by date, not a social feed, and
		// the library is its own design (archetypes-photolib.yaml), not photo sharing; a photo
		// network's timeline still is a feed.
		{"an app that backs up every photo from families' phones to the cloud, shows each person a timeline of their own pictures and lets them make shared albums", []string{"photolib"}, []string{"feed", "engagement", "photo"}},
		{"build something like iCloud Photos for 80 million people: the camera roll syncs from their phones and they scroll a timeline by year and month", []string{"photolib"}, []string{"feed", "engagement", "photo"}},
		{"Design Flickr: photographers upload albums of their pictures for the public, and others browse and comment", []string{"photo"}, []string{"photolib"}},
		{"Design Pinterest: people save pictures to boards and browse a feed of ideas", []string{"photo"}, []string{"photolib"}},
		{"Design Instagram: users post photos, follow friends and scroll a timeline of their posts", []string{"feed", "photo"}, nil},
		// Operating theatres are scheduled in sessions with cases, staff and kit, not booked like a
		// practitioner's appointments or a calendar's rooms; a playhouse's theatres and a
		// university's lecture theatres are not operating theatres.
		{"We run 4 hospitals with 38 operating rooms between them; each surgeon has fixed block time and books patients into it, but trauma cases jump the queue", []string{"theatres"}, []string{"practappt", "calendar", "reservation", "booking"}},
		{"Design a system where hospitals plan which surgeon operates in which theatre each morning and afternoon and keep the C-arm from being double-booked", []string{"theatres"}, []string{"calendar", "rota"}},
		{"a box office for 12 theatres selling seats for plays and musicals", nil, []string{"theatres"}},
		{"room booking for the university's 40 lecture theatres and seminar rooms", nil, []string{"theatres"}},
		// A notice that a run's vehicle is N minutes from the stop, for riders the operator knows,
		// is approach alerts, which narrow a city's arrival predictions and a trip's tracking; the
		// city's commuters, a courier and a hailed car keep their own patterns.
		{"Design a school bus tracking app for parents: 3,000 buses send GPS every 10 seconds, parents get a notice when their child's bus is 5 minutes away.", []string{"approach"}, []string{"arrivals", "tracking", "notifications"}},
		{"a hospital's patient transport vans, where patients get a text when the van is 10 minutes away", []string{"approach"}, []string{"arrivals", "tracking"}},
		{"commuters get a push notification when their bus is 5 minutes away from their stop", nil, []string{"approach"}},
		{"customers get a notification when the courier is 5 minutes away with their parcel", nil, []string{"approach"}},
		{"parents see the school bus's live location on a map", nil, []string{"approach"}},
		// Regex and symbol search over an organisation's repositories is code search, not a
		// generic search index and not the Git host; a shop's search, logs and a Git host keep
		// their own patterns, and a promo code or a ticker symbol is not source code.
		{"Design a code search engine for a company's 20,000 git repositories: engineers search by regex and symbol, results within 1 second, index updated within 5 minutes of a push", []string{"codesearch"}, []string{"search", "githost", "generic"}},
		{"grep across all our repos in under a second", []string{"codesearch"}, []string{"search"}},
		{"we want something Sourcegraph-like for our 4,000 engineers", []string{"codesearch"}, nil},
		{"search code across our monorepo and 300 services", []string{"codesearch"}, []string{"search"}},
		{"an internal tool that finds where a function is defined across our 500 repos", []string{"codesearch"}, nil},
		{"a search engine for a shop's products", nil, []string{"codesearch"}},
		{"log search over 5 TB a day of service logs", nil, []string{"codesearch"}},
		{"a git hosting service like GitHub", []string{"githost"}, []string{"codesearch"}},
		{"we want our own GitLab for 40,000 engineers with protected branches and code search", []string{"githost"}, []string{"codesearch"}},
		{"a stock trading app where users search ticker symbols and redeem a promo code", nil, []string{"codesearch"}},
		// A sport's events pushed to fans are score alerts, which narrow the scorer's pipeline and
		// the results site; an exam's score, a step goal and a dating match pushed to people are not.
		{"Design a live sports score push service: 5M fans during a cup final, goal alerts must reach phones within 2 seconds", []string{"scorealerts"}, []string{"livescores", "liveresults", "notifications", "generic"}},
		{"Build an NBA live score app: 3 million users get a notification for every lead change and the final buzzer in under 5 seconds", []string{"scorealerts"}, []string{"livescores"}},
		{"an exam platform where students get a push notification when their score is published", nil, []string{"scorealerts", "livescores"}},
		{"a fitness app that alerts users when they reach their daily step goal", nil, []string{"scorealerts"}},
		{"a dating app that sends a push notification for every new match", nil, []string{"scorealerts"}},
		// Check-in is only where a tracked bag is first scanned; passengers checking in are still
		// check-in.
		{"a system that tracks every bag from the check-in counter through security screening and sortation to the plane, and alerts the gate agent if a bag is loaded onto the wrong flight", nil, []string{"checkin"}},
		{"lost luggage tracking for an airline: bags are scanned at check-in and at each transfer airport so desk staff can say where a bag is", nil, []string{"checkin", "reservation"}},
		{"an airline app where passengers check in, print bag tags at the kiosk and board with a phone boarding pass", []string{"checkin"}, nil},
		// Animals' records are a veterinary practice's, not a human health record; a hospital's
		// chart and a dental practice's appointments keep their own patterns.
		{"a practice management system for 30 animal hospitals: receptionists book appointments, vets keep each pet's medical records and lab results, and owners get reminders", []string{"practappt", "apptrecords"}, []string{"ehr"}},
		{"an electronic medical record for an equine clinic group where vets record treatments and book farm visits", nil, []string{"ehr"}},
		{"a medical records system for 9 hospitals where nurses chart vitals and medications and every access to a patient's record is audited", []string{"ehr"}, []string{"practappt", "apptrecords"}},
		{"patients book appointments with dentists at our 20 dental practices and get SMS reminders the day before", []string{"practappt"}, []string{"ehr", "apptrecords"}},
		// The records a practice keeps between appointments: a vet's radiographs and vaccines due,
		// a dentist's records and recalls.
		{"an app for a mobile equine vet service: owners book farm visits, vets upload radiographs to each horse's record and owners are reminded when vaccinations are due", []string{"practappt", "apptrecords"}, []string{"ehr", "media"}},
		{"a system for 25 dental practices where patients book check-ups, dentists keep dental records with X-rays for 10 years and patients get recall reminders", []string{"practappt", "apptrecords"}, []string{"ehr"}},
	})
}

// TestDetectReasons checks that the reason says which words decided, context included.
func TestDetectReasons(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, id, want string }{
		{"a shop where the checkout reserves stock", "inventory", `"stock" (with "checkout")`},
		{"Design Slack", "channels", `"slack"`},
		{"users set price alerts on stocks", "marketdata", `"price alerts" (with "stocks")`},
		{"bidders compete for vintage watches", "auction", `"bidders" (with "vintage")`},
		{"find a time for the team offsite and send invites", "calendar", `"find a time", "invites"`},
		{"a messaging app", "accounts", "implied by one-to-one and group messaging"},
		// The payments feature implied accounts first, then the garage excluded it: the reason
		// names the garage, which is in the design.
		{"a car park with barriers, ticket machines and pay stations", "accounts", "implied by parking garage operations"},
		{"anything", "core", "every system"},
	}
	for _, tc := range tests {
		_, why := detect(tc.statement)
		if !strings.Contains(why[tc.id], tc.want) {
			t.Errorf("%q: why[%s]=%q, want it to contain %q", tc.statement, tc.id, why[tc.id], tc.want)
		}
	}
}

// TestDetectDeterministic: the same statement gives the same ids and reasons, in catalogue order.
func TestDetectDeterministic(t *testing.T) {
	t.Parallel()
	s := "Design a WhatsApp-like chat with group chats, read receipts, payments and a feed of photos"
	ids, why := detect(s)
	for range 20 {
		ids2, why2 := detect(s)
		if !slices.Equal(ids, ids2) || len(why) != len(why2) {
			t.Fatalf("detect changed: %v then %v", ids, ids2)
		}
		for k, v := range why {
			if why2[k] != v {
				t.Fatalf("why[%s]: %q then %q", k, v, why2[k])
			}
		}
	}
	pos := map[string]int{}
	for i, f := range featureList {
		pos[f.ID] = i
	}
	if !slices.IsSortedFunc(ids, func(a, b string) int { return pos[a] - pos[b] }) {
		t.Errorf("ids not in catalogue order: %v", ids)
	}
}

func TestTokenizeAndFind(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text, phrase, want string
	}{
		{"Design a ride-hailing app", "ride hailing", "ride-hailing"},
		{"Transcoding videos", "transcod*", "transcoding"},
		{"who's online?", "who's online", "who's online"},
		{"a/b testing", "a/b test*", "a/b testing"},
		{"bookings", "booking", ""},
		{"Amazon's store", "amazon", "amazon"},
		{"seat", "seats", ""},
		{"the last seat", "last seat*", "last seat"},
	}
	for _, tc := range tests {
		p, err := compilePhrase(tc.phrase)
		if err != nil {
			t.Fatal(err)
		}
		if got := tokenize(tc.text).find(p); got != tc.want {
			t.Errorf("find(%q in %q)=%q, want %q", tc.phrase, tc.text, got, tc.want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	s := "Design the checkout and payment system of a large online store: cart, order placement, payment through external payment processors, inventory reservation, and refunds. 5 million orders a day with flash-sale peaks 20x normal."
	for b.Loop() {
		detect(s)
	}
}

// TestDetectBarePhrase: a follow-up naming a capability alone needs no context words.
func TestDetectBarePhrase(t *testing.T) {
	t.Parallel()
	tests := []struct{ phrase, want string }{
		{"receipts", "receipts"},
		{"the channels", "channels"},
		{"orders", "orders"},
		{"a leaderboard", "leaderboard"},
		{"rankings", "leaderboard"},
		{"group chats", "groups"},
	}
	for _, tc := range tests {
		if got, _ := detect(tc.phrase); !slices.Contains(got, tc.want) {
			t.Errorf("detect(%q)=%v, want %s", tc.phrase, got, tc.want)
		}
	}
	// Not bare: the same word inside a longer statement still needs its context.
	if got, _ := detect("print receipts"); slices.Contains(got, "receipts") {
		t.Errorf("detect(print receipts)=%v", got)
	}
}

// TestSettingWordsDoNotDecide: in "a hotel housekeeping app" the hotel is where the job is done,
// not what is built; the same word heading the subject, or anywhere else in the statement, still
// decides.
func TestSettingWordsDoNotDecide(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{statement: "Design a hotel housekeeping app", want: []string{"housekeeping"}, not: []string{"lodging", "reservation"}},
		{statement: "We need a hotel housekeeping tool where 200 cleaners mark rooms clean", want: []string{"housekeeping"}, not: []string{"lodging"}},
		{statement: "Design a ride hailing driver payout system", not: []string{"ride", "geo"}},
		{statement: "build a ride-hailing payouts service for weekly driver earnings", not: []string{"ride"}},
		{statement: "Design a dating app safety reporting system", not: []string{"dating"}},
		{statement: "Design a music festival volunteer app", not: []string{"booking"}},
		{statement: "Design a hotel booking app", want: []string{"reservation", "lodging"}},
		{statement: "Design a ride hailing driver app", want: []string{"ride"}},
		{statement: "Design a dating app", want: []string{"dating"}},
		{statement: "Design a chat app for hotel guests to book spa treatments", want: []string{"chat"}},
		// A part other systems embed is designed as that part, whatever it serves.
		{statement: "design search autocomplete for an e-commerce site search box", want: []string{"typeahead"}, not: []string{"orders", "payments"}},
		{statement: "we need typeahead suggestions for our online shop's search bar", want: []string{"typeahead"}, not: []string{"orders", "payments"}},
		{statement: "Design a notification service for a food delivery app", want: []string{"notifyplatform"}, not: []string{"food", "geo"}},
		{statement: "Design a leaderboard for our multiplayer quiz game", want: []string{"leaderboard"}, not: []string{"hostedquiz", "liveshow"}},
		// What a product is for still shapes it.
		{statement: "Design a booking system for a hotel", want: []string{"reservation", "lodging"}},
		{statement: "Design a chat app for a hospital's nurses", want: []string{"chat"}},
	})
}
