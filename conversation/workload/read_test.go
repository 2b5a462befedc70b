package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

const (
	sec   = 1.0
	min   = 60.0
	hour  = 3600.0
	day   = 86400.0
	week  = 7 * day
	month = 30 * day
	year  = 365 * day
)

// flow is an expected flow: its kind and its average rate in events per second (for a stream,
// its bytes per second).
type flow struct {
	kind conversation.FlowKind
	rate float64
}

func w(r float64) flow { return flow{conversation.FlowWrite, r} }
func r(r float64) flow { return flow{conversation.FlowRead, r} }
func s(r float64) flow { return flow{conversation.FlowStream, r} }

// TestRead reads statements phrased as people phrase load, and spells out the flows each implies.
func TestRead(t *testing.T) {
	tests := []struct {
		statement string
		dau       float64
		flows     []flow
		peak      bool // the first flow's rate is stated as a peak
	}{
		// Per user: "each", "who", "per user", a bare population as subject.
		{"8 million daily active users who each save 3 recipes a day and browse 60 recipe pages a day", 8e6, []flow{w(8e6 * 3 / day), r(8e6 * 60 / day)}, false},
		{"30 million daily users who write 1 review a week and read 20 reviews a day", 30e6, []flow{w(30e6 / week), r(30e6 * 20 / day)}, false},
		{"50 million daily active users who upload 2 photos a day and view 100", 50e6, []flow{w(50e6 * 2 / day), r(50e6 * 100 / day)}, false},
		{"50 million DAU, each uploads 2 photos a day", 50e6, []flow{w(50e6 * 2 / day)}, false},
		{"50M DAU; users send 40 messages a day", 50e6, []flow{w(50e6 * 40 / day)}, false},
		{"500 million daily active users sending 40 messages each per day", 500e6, []flow{w(500e6 * 40 / day)}, false},
		{"400 million daily active users; each uploads 1 video a week and watches 80 videos a day", 400e6, []flow{w(400e6 / week), r(400e6 * 80 / day)}, false},
		{"1.2B DAU posting 0.5 posts per day each", 1.2e9, []flow{w(1.2e9 * 0.5 / day)}, false},
		{"20M daily active users who each upload 15 photos a day", 20e6, []flow{w(20e6 * 15 / day)}, false},
		{"30 million DAU who each open the forecast 6 times a day", 30e6, []flow{r(30e6 * 6 / day)}, false},
		{"500 million daily active users who each view stories 20 times a day", 500e6, []flow{r(500e6 * 20 / day)}, false},
		{"250 million daily users who each view stories 15 times a day", 250e6, []flow{r(250e6 * 15 / day)}, false},
		{"12 million daily listeners who each stream 2 episodes a day", 12e6, []flow{r(12e6 * 2 / day)}, false},
		{"5M daily users; each writes 1 review a week and reads 30 reviews a day", 5e6, []flow{w(5e6 / week), r(5e6 * 30 / day)}, false},
		{"a microblog with 20M DAU; each user posts 3 times a day", 20e6, []flow{w(20e6 * 3 / day)}, false},
		{"3 million daily active players who each play 5 matches a day", 3e6, []flow{w(3e6 * 5 / day)}, false},
		{"10M DAU who each search 8 times a day", 10e6, []flow{r(10e6 * 8 / day)}, false},
		{"2M daily active users, each placing 2 orders a month", 2e6, []flow{w(2e6 * 2 / month)}, false},
		// What a shop gets back is sent to it (returns), not read by it; what it gets alone is read.
		{"our shop gets about 6,000 parcels back a week", 0, []flow{w(6000 / week)}, false},
		{"the warehouse got 900 orders back each week", 0, []flow{w(900 / week)}, false},
		{"100K daily active users who each upload 1 file per hour", 100e3, []flow{w(100e3 / hour)}, false},
		{"40 million DAU that each like 30 posts a day", 40e6, []flow{w(40e6 * 30 / day)}, false},
		// MAU with a daily share, or half assumed; registered users.
		{"60 million monthly active users, 10% of them active each day, each writing 5 posts a day", 6e6, []flow{w(6e6 * 5 / day)}, false},
		{"40M monthly active users; 25% of them log in on a given day and each checks their balance 4 times a day", 10e6, []flow{r(10e6 * 4 / day)}, false},
		{"10 million monthly active users who each save 3 recipes a day", 5e6, []flow{w(5e6 * 3 / day)}, false},
		{"60M MAU, 20% daily, each sending 10 messages a day", 12e6, []flow{w(12e6 * 10 / day)}, false},
		{"50 million users, each uploads 2 photos a day", 0, []flow{w(50e6 * 2 / day)}, false},
		{"2 million customers each back up 50 GB of new data per month", 0, []flow{w(2e6 * 50e9 / 4e6 / month)}, false},
		// Totals in every unit of time and magnitude.
		{"a crypto trading backend that must process 50K TPS of order updates", 0, []flow{w(50e3)}, false},
		{"a payments ledger that handles 20K TPS", 0, []flow{w(20e3)}, false},
		{"a double-entry ledger for 12k TPS", 0, []flow{w(12e3)}, false},
		{"a transactional email service that sends 2 million emails per minute", 0, []flow{w(2e6 / min)}, false},
		{"a documentation site that serves 3 billion page views a month", 0, []flow{r(3e9 / month)}, false},
		{"a refunds service that handles 200,000 refunds a day", 0, []flow{w(200e3 / day)}, false},
		{"a geocoding API that answers 800 million address lookups a day", 0, []flow{r(800e6 / day)}, false},
		{"a live voting system that receives 90 million votes per hour", 0, []flow{w(90e6 / hour)}, false},
		{"an ad impression logging pipeline for 40 billion impressions a day", 0, []flow{w(40e9 / day)}, false},
		{"a mobile push service that delivers 10 billion notifications a day", 0, []flow{w(10e9 / day)}, false},
		{"a clickstream collector ingesting 250 thousand events per second", 0, []flow{w(250e3)}, false},
		{"a distributed cache serving 5 million gets per second and 500,000 sets per second", 0, []flow{r(5e6), w(500e3)}, false},
		{"a key-value store handling 2M reads/sec and 400K writes/sec", 0, []flow{r(2e6), w(400e3)}, false},
		{"a web crawler that fetches 3 billion pages per month", 0, []flow{r(3e9 / month)}, false},
		{"an API gateway that handles 150k RPS", 0, []flow{r(150e3)}, false},
		{"product search that serves 30K queries per second", 0, []flow{r(30e3)}, false},
		{"code search that serves 90,000 searches per minute", 0, []flow{r(90e3 / min)}, false},
		{"a ride-sharing app with 3,000,000 rides per day", 0, []flow{w(3e6 / day)}, false},
		{"an email service that delivers five hundred million emails a day", 0, []flow{w(500e6 / day)}, false},
		{"a tax filing service that receives 150 million returns a year", 0, []flow{w(150e6 / year)}, false},
		{"a news site that serves 2 billion article views a month", 0, []flow{r(2e9 / month)}, false},
		{"an ad server that logs 25 billion impressions a day", 0, []flow{w(25e9 / day)}, false},
		{"a click tracker recording 72 million clicks an hour", 0, []flow{w(72e6 / hour)}, false},
		{"an order management system processing 3M orders daily", 0, []flow{w(3e6 / day)}, false},
		{"a DNS resolver answering 1 trillion lookups per day", 0, []flow{r(1e12 / day)}, false},
		{"10 billion ad clicks a day", 0, []flow{w(10e9 / day)}, false},
		{"a search engine with 100,000 QPS", 0, []flow{r(100e3)}, false},
		{"an image host: 30 million new images a month and 3 billion image views a month", 0, []flow{w(30e6 / month), r(3e9 / month)}, false},
		{"1 billion video views and 500,000 uploads per day", 0, []flow{r(1e9 / day), w(500e3 / day)}, false},
		{"5 million drivers and 20 million rides a day", 0, []flow{w(20e6 / day)}, false},
		{"a QR code generator that creates 50 million codes a month; each code is scanned 20 times on average", 0, []flow{w(50e6 / month), r(20 * 50e6 / month)}, false},
		{"a URL shortener that creates 100 million links a month; each link is clicked 50 times on average", 0, []flow{w(100e6 / month), r(50 * 100e6 / month)}, false},
		{"10M pastes a month, each paste is read 10 times", 0, []flow{w(10e6 / month), r(10 * 10e6 / month)}, false},
		{"a url shortener, 500M new urls per month, 100:1 read/write ratio", 0, []flow{w(500e6 / month), r(100 * 500e6 / month)}, false},
		{"1.5M orders/day", 0, []flow{w(1.5e6 / day)}, false},
		{"4 lakh bookings a day", 0, []flow{w(400e3 / day)}, false},
		{"7.5 million page views per day", 0, []flow{r(7.5e6 / day)}, false},
		{"2.4bn events a day", 0, []flow{w(2.4e9 / day)}, false},
		{"ingest 100k messages a second", 0, []flow{w(100e3)}, false},
		{"a tracker that records 1B page views a day", 0, []flow{w(1e9 / day)}, false},
		// Peaks and bursts.
		{"a payment gateway that must handle 8,000 TPS at peak", 0, []flow{w(8000)}, true},
		{"an online auction that accepts 200,000 bids per second during the last minute of popular auctions", 0, []flow{w(200e3)}, true},
		{"a coupon drop where 1 million coupons are claimed in the first 10 minutes", 0, []flow{w(1e6 / (10 * min))}, true},
		{"ticket sales where 2 million tickets sell out in the first 5 minutes", 0, []flow{w(2e6 / (5 * min))}, true},
		{"a stock exchange matching 1 million orders per second at peak", 0, []flow{w(1e6)}, true},
		{"peak 10 million notifications per minute during campaigns", 0, []flow{w(10e6 / min)}, true},
		{"an SMS gateway that sends 600,000 messages per minute during campaigns", 0, []flow{w(600e3 / min)}, true},
		{"a push service: peak 3 million notifications per minute", 0, []flow{w(3e6 / min)}, true},
		{"a flash sale that receives 36 million orders in one hour", 0, []flow{w(36e6 / hour)}, false},
		{"it must absorb bursts of 50K writes per second", 0, []flow{w(50e3)}, true},
		// Senders on a schedule: "every N seconds".
		{"fleet tracking for 300,000 e-scooters, each reporting its position every 10 seconds", 0, []flow{w(300e3 / 10)}, false},
		{"20 million electricity meters, each sending a reading every 15 minutes", 0, []flow{w(20e6 / (15 * min))}, false},
		{"2.5 million connected cars, each sending a status update every 30 seconds", 0, []flow{w(2.5e6 / 30)}, false},
		{"400,000 couriers are online at the same time and each reports its GPS position every 5 seconds", 0, []flow{w(400e3 / 5)}, false},
		{"1 million drivers are online and each sends its location every 5 seconds", 0, []flow{w(1e6 / 5)}, false},
		{"agents on 1 million hosts push 100 metrics every 10 seconds", 0, []flow{w(1e6 * 100 / 10)}, false},
		{"200,000 servers each push 500 metrics every 15 seconds", 0, []flow{w(200e3 * 500 / 15)}, false},
		{"50 million phones that each send a heartbeat every 15 minutes", 0, []flow{w(50e6 / (15 * min))}, false},
		{"1 million concurrent games each make a move every 20 seconds", 0, []flow{w(1e6 / 20)}, false},
		// A count per member of a counted group: the group's size times it.
		{"40 garages, each with 500 bay sensors that report a change every 30 seconds", 0, []flow{w(20000.0 / 30)}, false},
		{"500 sensors in each of 40 garages report every 30 seconds", 0, []flow{w(20000.0 / 30)}, false},
		{"2,000 stores each with 30 cameras uploading a frame every second", 0, []flow{w(60000)}, false},
		{"120 schools with 800 students each; each student submits 3 assignments a week", 0, []flow{w(96000 * 3 / week)}, false},
		{"80 depots, each with 40 buses, and buses send GPS every 5 seconds while on a run", 0, []flow{w(3200.0 / 5)}, false},
		{"3,000 clinics, each with 4 fridges, each fridge logs its temperature every minute", 0, []flow{w(12000.0 / 60)}, false},
		{"120 ploughs cover 2,400 km of road and report GPS every 10 seconds", 0, []flow{w(120.0 / 10)}, false},
		// Thousands a week from a crowd is the crowd's total, unless each of them does it.
		{"60,000 researchers submit about 2,000 reports a week", 0, []flow{w(2000 / week)}, false},
		{"600 signals change state several times a minute each", 0, []flow{w(600 * 3 / min)}, false},
		{"1,800 track circuits and 600 signals change state several times a minute each", 0, []flow{w(2400 * 3 / min)}, false},
		// A period without a number, and rules that are not populations.
		{"60,000 cameras uploading a frame every second", 0, []flow{w(60000)}, false},
		{"each of our 2,000 robots reports its pose 5 times a second, and no two robots ever share a cell", 0, []flow{w(10000)}, false},
		{"340 soil-moisture probes report every 15 minutes over LoRaWAN, 60 valves and 4 pumps are switched on schedules", 0, []flow{w(340.0 / 900)}, false},
		{"80,000 sensors that each send one reading per minute", 0, []flow{w(80e3 / min)}, false},
		{"drivers stream their GPS location every 4 seconds. 5 million active drivers and 20 million rides a day.", 0, []flow{w(20e6 / day), w(5e6 / 4)}, false},
		{"5,000 microservices each emit 2,000 spans per second", 0, []flow{w(5000 * 2000)}, false},
		{"20,000 services, each emitting 500 spans per second", 0, []flow{w(20e3 * 500)}, false},
		{"300K kiosks, each polling for config every 60 seconds", 0, []flow{r(300e3 / 60)}, false},
		// Byte volumes and bitrates.
		{"a log pipeline that ingests 2 TB of logs per day", 0, []flow{w(2e12 / 500 / day)}, false},
		{"an audit log store that ingests 500 GB of events per day", 0, []flow{w(500e9 / 1000 / day)}, false},
		{"a log analytics platform ingesting 1.5 PB of logs a month", 0, []flow{w(1.5e15 / 500 / month)}, false},
		{"an event collector that receives 90 GB of events per hour", 0, []flow{w(90e9 / 1000 / hour)}, false},
		{"50,000 companies each back up 2 TB of new data a month", 0, []flow{w(50e3 * 2e12 / 4e6 / month)}, false},
		{"an internet radio service for 2 million concurrent listeners streaming at 128 kbps", 0, []flow{s(2e6 * 128e3 / 8)}, false},
		{"live streaming for 5 million concurrent viewers at 5 Mbps", 0, []flow{s(5e6 * 5e6 / 8)}, false},
		{"a live sports service for 10 million concurrent viewers watching at 6 Mbps", 0, []flow{s(10e6 * 6e6 / 8)}, false},
		{"at peak 4 million people listen at once at 320 kbps", 0, []flow{s(4e6 * 320e3 / 8)}, false},
		{"conferencing with 300,000 simultaneous participants at 1.5 Mbps each", 0, []flow{s(300e3 * 1.5e6 / 8)}, false},
		// Who acts, when several populations are counted; totals beside per-user figures.
		{"200k walkers and 1.5M dog owners, owners book 3 walks a week each, and walkers share live location every 10s during walks", 0, []flow{w(1.5e6 * 3 / week), w(200e3 / 10)}, false},
		{"50 million daily players; each player's score updates 10 times a day, and the top 100 is read 1M times per minute at peak", 50e6, []flow{w(50e6 * 10 / day), r(1e6 / min)}, false},
		{"100M daily viewers watching 2 hours a day at 5 Mbps average", 100e6, []flow{s(100e6 * 2 / 24 * 5e6 / 8)}, false},
		{"Each day brings 500,000 new uploads and 1 billion plays.", 0, []flow{w(500e3 / day), r(1e9 / day)}, false},
		{"Daily volume: a billion views, half a million uploads.", 0, []flow{r(1e9 / day), w(500e3 / day)}, false},
		{"1M hosts each report 100 metrics at a 10-second interval", 0, []flow{w(1e6 * 100 / 10)}, false},
		{"Every month we see 40 million new listings", 0, []flow{w(40e6 / month)}, false},
		// Everyone counted acts once in a window; machines streaming in; figures per some noun.
		{"80,000 fans enter within 45 minutes before kickoff", 0, []flow{w(80e3 / (45 * min))}, true},
		{"2 million players answer each question within 10 seconds", 0, []flow{w(2e6 / 10)}, true},
		{"5 million riders are matched to a driver within 30 seconds", 0, nil, false},
		{"40,000 cameras recording at 4 Mbps, kept for 30 days", 0, []flow{s(40e3 * 4e6 / 8)}, false},
		{"800 million app installs send about 0.3 crash reports per install per day", 0, []flow{w(800e6 * 0.3 / day)}, false},
		{"2 million orders on a typical day", 0, []flow{w(2e6 / day)}, false},
		{"customers check tracking 40M times a day", 0, []flow{r(40e6 / day)}, false},
		{"a translation API at 400 req/s average, 3x that at peak", 0, []flow{r(400)}, false},
		{"5 million concurrent players, 100 players per lobby, each match lasting 20 minutes", 0, nil, false},
		{"friendships and follows for 500M users", 0, nil, false},
		{"users follow on average 200 accounts and post 2 times a day; 10M DAU", 10e6, []flow{w(10e6 * 2 / day)}, false},
		{"1.5M rides a day; the driver app sends a GPS ping every 4 seconds during a ride, and the average ride is 20 minutes", 0, []flow{w(1.5e6 / day), w(1.5e6 / day * 1200 / 4)}, false},
		{"Photo sharing for our family of 6; each of us uploads about 10 photos a day", 0, []flow{w(6 * 10 / day)}, false},
		// A period said once covers the count coordinated after it.
		{"a URL shortener handling 100M new links a month and 10B redirects", 0, []flow{w(1e8 / month), r(1e10 / month)}, false},
		// Whatever sends is a sender; a weekday is a day.
		{"80,000 smart pots send soil moisture every 15 minutes and the app tells owners when to water", 0, []flow{w(80000.0 / (15 * min))}, false},
		{"riders tap a card when boarding; about 1.2 million taps on a weekday", 0, []flow{w(1.2e6 / day)}, false},
		// Places do not report; the things in them do.
		{"a scooter-sharing service with 20,000 e-scooters across 5 cities that report position every 10 seconds", 0, []flow{w(20000.0 / 10)}, false},
		// A window with no number still bounds a rush.
		{"a vaccination booking system where 5 million people try to book in the first hour", 0, []flow{w(5e6 / hour)}, true},
		{"Team chat for 50 employees; each sends ~100 messages a day, and every message is read by all 50 people in the channel", 0, []flow{w(50 * 100 / day), r(50 * 50 * 100 / day)}, false},
		{"Every 5 minutes each of our 2,000 stores uploads its sales batch", 0, []flow{w(2000 / (5 * min))}, false},
		{"we sell 100k tickets in the first minute of the sale", 0, []flow{w(100e3 / min)}, true},
		{"a couple of hundred orders a day", 0, []flow{w(200 / day)}, false},
		{"We run a network of 120 EV charging stations across the country; each charger reports its status every 30 seconds, drivers start about 9,000 charging sessions a day from an app", 0, []flow{w(9000 / day), w(120 / 30.0)}, false},
		{"15 million daily active players, average 90 minutes of play a day, the game autosaves every 5 minutes", 15e6, []flow{w(15e6 * 90 / 1440 / 300)}, false},
		{"600 docks, 9,000 bikes. each dock reports sensor status every 10s", 0, []flow{w(600 / 10.0)}, false},
		{"On busy days customers place 25 million orders, each producing on average 3 events", 0, []flow{w(25e6 / day), w(3 * 25e6 / day)}, false},
		{"a pharmacy for a 600-bed hospital", 0, nil, false},
		{"SDKs embedded in ~200M devices plus a few thousand backend services", 0, nil, false},
		{"Uber Eats-like food delivery for 2M orders/day, peak at lunch and dinner 4x average", 0, []flow{w(2e6 / day)}, false},
		{"We host 300 shows for a public radio network, each publishing 2 episodes a week, and listeners download 5M episodes a month", 0, []flow{w(300 * 2 / week), r(5e6 / month)}, false},
		{"an airline that flies 1,200 flights a day carrying 180,000 passengers", 180e3, []flow{w(1200 / day)}, false},
		{"a meal-kit service: 400K subscribers choose 3 recipes a week from a rotating menu", 0, []flow{w(400e3 * 3 / week)}, false},
		// Sign-ups, populations alone, nothing stated.
		{"the sign-up flow for a service that gets 250K new users a day", 0, []flow{w(250e3 / day)}, false},
		{"Design Twitter", 0, nil, false},
		{"a URL shortener", 0, nil, false},
		{"a chat app for 10M DAU", 10e6, nil, false},
		{"a rate limiter for an API platform", 0, nil, false},
		{"a todo app for my family", 5, nil, false},
	}
	if len(tests) < 100 {
		t.Fatalf("only %d phrasings; the reader should be shown at least 100", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.statement, func(t *testing.T) {
			rd := workload.Read(tt.statement)
			if !near(rd.DAU, tt.dau) {
				t.Errorf("DAU=%v, want %v", rd.DAU, tt.dau)
			}
			if len(rd.Flows) != len(tt.flows) {
				t.Fatalf("%d flows %+v, want %d %v\nnotes: %q", len(rd.Flows), rd.Flows, len(tt.flows), tt.flows, rd.Notes)
			}
			for i, want := range tt.flows {
				f := rd.Flows[i]
				got := rd.Rate(f)
				if f.Kind == conversation.FlowStream {
					got = f.Concurrency * f.BitsPerSecond / 8
				}
				if f.Kind != want.kind || !near(got, want.rate) {
					t.Errorf("flow %d %q: %s at %v/s, want %s at %v/s", i, f.Name, f.Kind, got, want.kind, want.rate)
				}
				if f.Source != conversation.Stated {
					t.Errorf("flow %q is %s; a flow read from the statement is stated", f.Name, f.Source)
				}
			}
			if len(tt.flows) > 0 && rd.Flows[0].Peak != tt.peak {
				t.Errorf("peak=%v, want %v", rd.Flows[0].Peak, tt.peak)
			}
		})
	}
}

// Figures that are not load are kept in the notes with what they were taken for.
func TestReadNotesWhatIsNotLoad(t *testing.T) {
	tests := []struct{ statement, note string }{
		{"group chats of up to 256 members", "256 members: a limit"},
		{"videos up to 4 GB", "largest video: 4 GB"},
		{"return the top 10 suggestions within 100 ms", ""},
		{"peak traffic is 5x the average", "peak is 5× the average: stated"},
		{"keep data for 7 years", "retention: 7 years: stated"},
		{"2 million users with 10 alerts each", "10 alert"},
		{"one proctor per 200 students", "200 students: a limit"},
		{"each crossing carries 40 cars and 300 foot passengers", "300 passengers: a limit"},
		{"a nurse may never work more than 12 hours in a row", `"12 hours": how long something lasts`},
		{"no two robots ever occupy the same cell", "2 robots: a limit"},
		{"licences allow one concurrent loan and expire after 24 months", `"24 months": how long something lasts`},
		{"15 years of archive queryable by parameter", "retention: 15 years: stated"},
		{"a public library system for a city of 2 million", "2M residents: stated"},
		{"parking for a country of 10M people", "10M residents: stated"},
		{"members book spots in group classes that hold 30 people", "30 people: a limit"},
		{"a pet-sitting marketplace for 200k owners and 50k sitters", "200K owners and 50K sitters: one population of 250K people"},
		{"a home timeline with celebrities who have 50M followers", "50M followers: a limit"},
		{"visitors chat with agents, and agents handle 5 chats at once", "5 chats: a limit"},
		{"the backend for a 100-player battle royale game", "100 players: a limit"},
		{"live election results for 20 million viewers on election night", "20M daily active viewers: stated"},
		{"2 million investors each watch about 20 tickers and want a push within a second", `"20 tickers": read, not used`},
		{"members who no-show three times in a month lose booking rights for a week", "3 times: a limit"},
		{"a carpool app for commuters in one city: drivers post their daily route", ""},
		{"an object storage service for 10 PB", "10 PB kept in all: stated"},
		{"a file system storing 40 PB of logs", "40 PB kept in all: stated"},
	}
	for _, tt := range tests {
		rd := workload.Read(tt.statement)
		all := strings.Join(rd.Notes, "\n")
		if tt.note != "" && !strings.Contains(all, tt.note) {
			t.Errorf("%q: notes %q lack %q", tt.statement, rd.Notes, tt.note)
		}
		if len(rd.Flows) != 0 {
			t.Errorf("%q: flows %+v; none of these figures is load", tt.statement, rd.Flows)
		}
	}
	if rd := workload.Read("return the top 10 suggestions within 100 ms"); len(rd.Latencies) != 1 || rd.Latencies[0] != 0.1 {
		t.Errorf("latencies=%v, want [0.1]", rd.Latencies)
	}
	if rd := workload.Read("writers publish posts that are emailed to up to 1M subscribers each"); len(rd.Limits) != 1 || rd.Limits[0].Value != 1e6 || rd.Limits[0].Noun != "subscriber" {
		t.Errorf("limits=%+v, want 1M subscribers", rd.Limits)
	}
	if rd := workload.Read("sells 50,000 seats for a stadium show in the first five minutes"); len(rd.Flows) != 1 || !rd.Flows[0].Burst || rd.Flows[0].PerSeconds != 300 {
		t.Errorf("flows=%+v, want one burst of 50K in 300 s", rd.Flows)
	}
	if rd := workload.Read("peak traffic is 5x the average"); rd.PeakFactor != 5 {
		t.Errorf("peak factor=%v, want 5", rd.PeakFactor)
	}
	if rd := workload.Read("up to 60,000 students sit a 2-hour exam at the same time"); rd.Concurrent != 60000 {
		t.Errorf("concurrent=%v, want 60000: 'up to' people at the same time is a peak, not a limit", rd.Concurrent)
	}
	if rd := workload.Read("each licence allows one concurrent loan"); rd.Concurrent != 0 {
		t.Errorf("concurrent=%v, want 0: one concurrent loan is a rule, not people online", rd.Concurrent)
	}
	if rd := workload.Read("each clinic takes about 60 X-rays a day of 8 MB each"); rd.Sizes["x-ray"] != 8e6 {
		t.Errorf("sizes=%v, want 8 MB per x-ray, not per day", rd.Sizes)
	}
	if rd := workload.Read("an object store holding 10 PB of objects"); len(rd.Sizes) != 0 || rd.Stored != 1e16 {
		t.Errorf("sizes=%v stored=%v, want 10 PB kept in all, not the size of an object", rd.Sizes, rd.Stored)
	}
	if rd := workload.Read("VM images of 2 TB each"); rd.Sizes["image"] != 2e12 {
		t.Errorf("sizes=%v, want 2 TB per image: each says it is one item's size", rd.Sizes)
	}
	if rd := workload.Read("10x the users"); rd.Factor != 10 {
		t.Errorf("factor=%v, want 10", rd.Factor)
	}
}

// Fan-out and sizes attach to what they describe.
func TestReadFanOutAndSizes(t *testing.T) {
	rd := workload.Read("20M DAU; each user posts 3 times a day and has 150 followers on average. Photos are 2 MB.")
	if len(rd.Flows) != 1 || rd.Flows[0].FanOut != 150 {
		t.Fatalf("flows=%+v, want one post flow with a fan-out of 150", rd.Flows)
	}
	if rd.Sizes["photo"] != 2e6 {
		t.Errorf("sizes=%v, want photo: 2 MB", rd.Sizes)
	}
	if rd := workload.Read("followers average 200"); rd.FanOut != 200 {
		t.Errorf("fan-out=%v, want 200 (no flow stated to take it)", rd.FanOut)
	}
	// What a system follows is what it watches: the sites are counted, nobody is reached.
	rd = workload.Read("a reader app that follows 20,000 news sites and blogs")
	if rd.FanOut != 0 || len(rd.Things) != 1 || rd.Things[0].Value != 20e3 {
		t.Errorf("fan-out=%v things=%+v, want no fan-out and 20K sites counted", rd.FanOut, rd.Things)
	}
	if rd := workload.Read("users follow on average 200 accounts"); rd.FanOut != 200 {
		t.Errorf("fan-out=%v, want 200 accounts followed", rd.FanOut)
	}
}

func near(got, want float64) bool {
	if want == 0 {
		return got == 0
	}
	return math.Abs(got-want) <= 0.01*math.Abs(want)
}

// FuzzRead: any text reads without panicking, into figures that are finite and not negative,
// each flow either stated or noted.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"8 million daily active users who each save 3 recipes a day",
		"2 TB of logs per day", "every 5 seconds", "100:1 read/write", "1e400 users", "5x", "0.0000001 TPS",
		"300,000 e-scooters, each reporting its position every 10 seconds", "at 128 kbps", "up to 4 GB",
		// An actor counted in one sentence and its schedule in a later, longer one.
		"5 million active drivers. Drivers in the busiest cities of the world stream their GPS location every 4 seconds.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rd := workload.Read(text)
		c := conversation.Estimate(rd.Workload)
		for _, v := range []float64{rd.DAU, rd.Users, rd.Concurrent, c.ReadQPS, c.WriteQPS, c.PeakReadQPS, c.PeakWriteQPS,
			c.StorageBytesPerMonth, c.IngressBytesPerSec, c.EgressBytesPerSec, c.CacheBytes} {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("figure %v from %q: %+v", v, text, c)
			}
		}
		for _, fl := range rd.Flows {
			if fl.Source != conversation.Stated || fl.Name == "" {
				t.Fatalf("flow %+v from %q is unnamed or not marked stated", fl, text)
			}
			if !strings.Contains(strings.Join(rd.Notes, "\n"), fl.Name) {
				t.Fatalf("flow %q from %q has no note", fl.Name, text)
			}
		}
	})
}

// A part of the day that holds the load sets the peak factor, and clock times are never counts.
func TestReadDailyWindow(t *testing.T) {
	tests := []struct {
		statement string
		factor    float64
	}{
		{"1.5 million riders a weekday, most of them between 7 and 9 am", 7.2},
		{"80% of orders come in from 6 to 9 pm", 6.4},
		{"a canteen app: half of the day's orders arrive 11:30 to 1:30", 6},
		{"the evening rush, 5-7pm, carries most of the traffic", 6},     // the share comes after: half assumed
		{"between 10 pm and 2 am our nightly jobs run", 3},              // half assumed over 4 h
		{"between 7 and 9 orders a minute", 0},                          // no clock
		{"open from 9 am to 9 pm", 0},                                   // twelve hours is the day, not a peak
		{"the quiz starts at 9 pm every night with 200,000 players", 0}, // a time, no window
		// Noon, midday and midnight end a range as clock times do.
		{"guests leave between 10am and noon, when most rooms need cleaning", 6},
		{"most lunch orders come in from 11 am until midday", 14.4},
		{"the bars send their tabs from 10 pm to midnight", 6},
		{"at noon the canteen opens for 3,000 staff", 0}, // a time, no window
	}
	for _, tt := range tests {
		rd := workload.Read(tt.statement)
		if !near(rd.PeakFactor, tt.factor) {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tt.statement, rd.PeakFactor, tt.factor, rd.Notes)
		}
		for _, f := range rd.Flows {
			if f.Name == "am" || f.Name == "pm" || strings.Contains(f.From, " am") || strings.Contains(f.From, " pm") {
				t.Errorf("%q: a clock time read as load: %+v", tt.statement, f)
			}
		}
	}
	if rd := workload.Read("the quiz starts at 9 pm every night with 200,000 players"); rd.DAU+rd.Users+rd.Concurrent == 0 {
		t.Errorf("players lost with the clock time: %+v", rd.Workload)
	}
}

// Populations said the way people say them: people nouns the reader did not know, sessions
// held at once, and one thing fitted to each of a counted number of others.
func TestReadPopulationsAsSaid(t *testing.T) {
	if rd := workload.Read("Design Strava for 5 million athletes"); rd.Users != 5e6 {
		t.Errorf("athletes: users=%v, want 5M (%q)", rd.Users, rd.Notes)
	}
	if rd := workload.Read("a chess server for 100k games at once"); rd.Concurrent != 200e3 {
		t.Errorf("games at once: concurrent=%v, want 200K people in 100K games (%q)", rd.Concurrent, rd.Notes)
	}
	if rd := workload.Read("agents handle 5 chats at once"); rd.Concurrent != 0 || len(rd.Limits) != 1 {
		t.Errorf("5 chats at once is what one agent carries: %+v", rd)
	}
	rd := workload.Read("sensors on each of 12,000 spots across 40 garages; drivers see free spots")
	if len(rd.Things) == 0 || rd.Things[0].Noun != "sensor" || rd.Things[0].Value != 12e3 {
		t.Errorf("sensors on each of 12,000 spots: things=%+v, want 12,000 sensors", rd.Things)
	}
	for _, tc := range []struct {
		statement, noun string
		n               float64
		flows           int
	}{
		{"HDFS for a 2,000-node Hadoop cluster", "node", 2000, 0}, // machines, not 2,000 users
		{"a file system over 1,500 datanodes", "datanode", 1500, 0},
		{"a CDN with 300 PoPs serving 20 million requests per second", "pop", 300, 1}, // places, not 300 a second
	} {
		rd := workload.Read(tc.statement)
		if rd.Users != 0 || len(rd.Things) != 1 || rd.Things[0].Noun != tc.noun || rd.Things[0].Value != tc.n || len(rd.Flows) != tc.flows {
			t.Errorf("%q: users=%v things=%+v flows=%+v, want %v %ss and %d flows", tc.statement, rd.Users, rd.Things, rd.Flows, tc.n, tc.noun, tc.flows)
		}
	}
	if rd := workload.Read("a comment on each of 3 posts"); len(rd.Things) != 0 {
		t.Errorf("a comment on each of 3 posts counts no things: %+v", rd.Things)
	}
}

// What is kept, who is there at once, and what one thing holds, said in passing.
func TestReadRetentionAudiencesAndPerThingLimits(t *testing.T) {
	rd := workload.Read("people send files up to 20 GB that expire after 7 days; 2 million transfers a day")
	if !near(rd.RetentionYears, 7.0/365) {
		t.Errorf("files that expire after 7 days: retention %v years, want 7 days (%q)", rd.RetentionYears, rd.Notes)
	}
	if rd := workload.Read("licences allow one concurrent loan and expire after 24 months"); rd.RetentionYears != 0 {
		t.Errorf("a licence that expires is not data kept: retention %v", rd.RetentionYears)
	}
	if rd := workload.Read("pushes play-by-play updates to 3 million fans during a final"); rd.Concurrent != 3e6 {
		t.Errorf("fans during a final are there at once: concurrent=%v (%q)", rd.Concurrent, rd.Notes)
	}
	if rd := workload.Read("a spreadsheet where up to 100 people edit one sheet at once"); rd.Concurrent != 0 || len(rd.Limits) != 1 {
		t.Errorf("100 people on one sheet is what a sheet holds: concurrent=%v limits=%+v", rd.Concurrent, rd.Limits)
	}
}

// "for up to 15 minutes" is how long something may last: a limit in its own unit.
func TestReadDurationLimits(t *testing.T) {
	rd := workload.Read("drivers can hold one for up to 15 minutes")
	if len(rd.Limits) != 1 || rd.Limits[0].Noun != "minute" || rd.Limits[0].Value != 15 {
		t.Errorf("limits=%+v, want 15 minute", rd.Limits)
	}
	for _, n := range rd.Notes {
		if strings.Contains(n, `"1"`) {
			t.Errorf("a bare 'one' is reported as a figure: %q", n)
		}
	}
}

// People and things the reader did not count before: job seekers, lockers.
func TestReadSeekersAndLockers(t *testing.T) {
	if rd := workload.Read("a job board; 3 million job seekers a month"); rd.Users != 3e6 || len(rd.Flows) != 0 {
		t.Errorf("job seekers are people, not 3M writes a month: users=%v flows=%+v", rd.Users, rd.Flows)
	}
	rd := workload.Read("couriers drop parcels into 30,000 lockers across the country")
	if len(rd.Things) != 1 || rd.Things[0].Noun != "locker" || rd.Things[0].Value != 30e3 {
		t.Errorf("things=%+v, want 30,000 lockers", rd.Things)
	}
}

// Days of a month that hold its load set the peak, and are not a retention.
func TestReadPeriodWindow(t *testing.T) {
	rd := workload.Read("an internal expense tool for a 12,000-person company; most claims are filed in the last three days of the month")
	if rd.RetentionYears != 0 {
		t.Errorf("the last three days of the month read as a retention of %v years", rd.RetentionYears)
	}
	if !near(rd.PeakFactor, 6) {
		t.Errorf("peak factor %v, want 6 (60%% of a month's load in 3 of 30 days) (%q)", rd.PeakFactor, rd.Notes)
	}
}

// How long a session lasts is kept with what it is the length of, for designs that hold
// something open for it (a live position shared through a walk).
func TestReadSpans(t *testing.T) {
	tests := []struct {
		statement string
		want      workload.Population
	}{
		{"owners book walkers for 30-minute walks, 50,000 walks a day", workload.Population{Value: 1800, Noun: "walk"}},
		{"the average ride is 20 minutes and riders take 1M rides a day", workload.Population{Value: 1200, Noun: "ride"}},
		{"lessons last 45 minutes", workload.Population{Value: 2700, Noun: "lesson"}},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if !slices.Contains(rd.Spans, tc.want) {
			t.Errorf("%q: spans %+v, want %+v among them", tc.statement, rd.Spans, tc.want)
		}
	}
}

// A period after what counted actors do is how often each of them does it, not who comes on a
// day: "8,000 trucks that report mileage daily" is 8,000 reports a day, not 8,000 daily users.
func TestReadHabits(t *testing.T) {
	tests := []struct {
		statement, flow string
		actors          float64
	}{
		{"a fleet tracker for 8,000 trucks that report mileage and fault codes daily", "report mileage", 8000},
		{"a service that lets 20,000 restaurants publish daily menus; 3 million menu views a day", "publish menu", 20000},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.flow)
		if !ok || f.Count != 1 || f.PerSeconds != 86400 || !f.Each || f.Actors != tc.actors || rd.DAU != 0 {
			t.Errorf("%q: flow %q %+v (found %v), DAU %v; want each of %v once a day and no daily users", tc.statement, tc.flow, f, ok, rd.DAU, tc.actors)
		}
	}
	if rd := workload.Read("50 million users visit daily"); rd.DAU != 50e6 {
		t.Errorf("'users visit daily': DAU %v, want 50M", rd.DAU)
	}
}

// A rush stated as a window, in digits or in words, is a burst: 40,000 registrations in two hours.
func TestReadWindowPhrases(t *testing.T) {
	for _, s := range []string{"40,000 students register in a 2-hour window", "40,000 students register during a two-hour window"} {
		rd := workload.Read(s)
		f, ok := rd.Flow("register")
		if !ok || f.Count != 40000 || f.PerSeconds != 7200 || !f.Burst {
			t.Errorf("%q: register flow %+v (found %v), want 40K in 2 h, a burst", s, f, ok)
		}
	}
}

// Load as people state it, read on phrasings no bench holds: a crowd at a clock time is a rush
// at the opening; "in under a minute" is a window; a year's passengers are journeys; "hourly
// staff" are people paid by the hour; a GET reads and a PUT writes; the "2" of "9am and 2,000
// customers" is no clock.
func TestReadMorePhrasings(t *testing.T) {
	type flow struct {
		name  string
		kind  conversation.FlowKind
		count float64
		per   float64
	}
	tests := []struct {
		statement string
		flows     []flow
		users     float64
		dau       float64
	}{
		{"15,000 students try to enrol at 7am", []flow{{"enrol", conversation.FlowWrite, 15000, 600}}, 15000, 0},
		{"40,000 fans log in at 9:00 when tickets go on sale", []flow{{"log in", conversation.FlowWrite, 40000, 600}}, 40000, 0},
		{"20,000 attendees vote in under a minute", []flow{{"vote", conversation.FlowWrite, 20000, 60}}, 20000, 0},
		{"400,000 shoppers try it in the first five minutes", []flow{{"try", conversation.FlowWrite, 400000, 300}}, 400000, 0},
		{"A ferry company carrying 2 million passengers a year", []flow{{"passenger journey", conversation.FlowWrite, 2e6, 365 * 86400}}, 0, 0},
		{"A supermarket chain with 300 stores and 25,000 hourly staff", nil, 25000, 0},
		{"an object store taking 100k PUT requests and 500k GET requests per second",
			[]flow{{"put request", conversation.FlowWrite, 100000, 1}, {"get request", conversation.FlowRead, 500000, 1}}, 0, 0},
		{"the store opens at 9am and 2,000 customers a day shop", nil, 0, 2000},
		{"a trivia show where up to 1 million players answer the same question within 10 seconds", []flow{{"answer question", conversation.FlowWrite, 1e6, 10}}, 0, 0},
		{"a chain of 500 gyms", nil, 0, 0},
		{"150 teams submit projects with a demo video in the last hour before the deadline", []flow{{"submit", conversation.FlowWrite, 150, 3600}}, 0, 0},
		{"900 turbines each stream 200 sensor readings a second", []flow{{"stream sensor reading", conversation.FlowWrite, 200, 1}}, 0, 0},
		{"2 million listeners stream 40 songs a day", []flow{{"stream song", conversation.FlowRead, 40, 86400}}, 2e6, 0},
		{"index 3 billion pages and serve 20,000 searches per second", []flow{{"search", conversation.FlowRead, 20000, 1}}, 0, 0},
		{"a service that turns 5,000 hours of uploaded lecture recordings a week into searchable transcripts", []flow{{"hour of lecture", conversation.FlowWrite, 5000, 7 * 86400}}, 0, 0},
	}
	if rd := workload.Read("a chain of 500 gyms"); len(rd.Things) != 1 || rd.Things[0] != (workload.Population{Value: 500, Noun: "gym"}) {
		t.Errorf("'a chain of 500 gyms': things %+v, want the 500 gyms", rd.Things)
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != len(tc.flows) || rd.Users != tc.users || rd.DAU != tc.dau {
			t.Errorf("%q: users %v, DAU %v, flows %+v; want users %v, DAU %v and %d flows", tc.statement, rd.Users, rd.DAU, rd.Flows, tc.users, tc.dau, len(tc.flows))
			continue
		}
		for _, want := range tc.flows {
			f, ok := rd.Flow(want.name)
			if !ok || f.Kind != want.kind || f.Count != want.count || f.PerSeconds != want.per {
				t.Errorf("%q: flow %q %+v (found %v), want %+v", tc.statement, want.name, f, ok, want)
			}
		}
	}
}

// People are named in their trade's words: a role by its ending counts as people ("300
// journalists", "10 million consumers"), a thing with such an ending does not ("20 tickers").
func TestReadRolesByTheirEnding(t *testing.T) {
	for statement, users := range map[string]float64{
		"a tool for a newsroom of 300 journalists to write and schedule articles":        300,
		"a tutoring marketplace for 100,000 tutors":                                      100000,
		"a marketplace where homeowners post repair jobs and 8,000 handymen bid on them": 8000,
	} {
		if rd := workload.Read(statement); rd.Users != users {
			t.Errorf("%q: users %v, want %v", statement, rd.Users, users)
		}
	}
	if rd := workload.Read("track the carbon footprint of 10 million consumers by importing their bank transactions nightly"); len(rd.Flows) != 0 && rd.Flows[0].Name == "track consumer" {
		t.Errorf("consumers read as events: %+v", rd.Flows)
	}
}

// A monthly habit with a verb no list holds, and a period window with no count ("in the first
// week of the month").
func TestReadMonthlyHabitAndFirstWeek(t *testing.T) {
	rd := workload.Read("Design a subscription box service: 400,000 subscribers pick items each month, boxes are packed in two warehouses and shipped in the first week of the month.")
	f, ok := rd.Flow("pick item")
	if !ok || f.Count != 1 || f.PerSeconds != 30*86400 || f.Actors != 400000 {
		t.Errorf("pick item %+v (found %v), want each of 400K subscribers once a month", f, ok)
	}
	if rd.PeakFactor < 2 || rd.PeakFactor > 2.2 {
		t.Errorf("peak factor %v, want ≈ 2.1 from the first week of the month", rd.PeakFactor)
	}
}

// A period said by the calendar is how often each actor acts: "each weekend", "on Saturdays",
// "twice a term", "every other day", "fortnightly", "quarterly". A weekend or a day of the week
// also says the week's load falls on those days: the week's peak. Each is said two ways.
func TestReadCalendarHabits(t *testing.T) {
	tests := []struct {
		statements []string
		flow       string  // the act, each of the actors
		actors     float64 // how many act
		rate       float64 // the flow's average rate a second
		weekPeak   float64
	}{
		{[]string{"A church giving app where 5,000 members give weekly", "5,000 members give once a week"}, "give", 5000, 5000 / week, 0},
		{[]string{"A club booking app where 2,000 members book courts on Saturdays", "every Saturday 2,000 members book a court"}, "book court", 2000, 2000 / week, 7},
		{[]string{"a parents' evening booker: 30,000 parents book slots twice a term", "each of 30,000 parents books a slot two times per term"}, "book slot", 30000, 60000 / (365 * day / 3), 0},
		{[]string{"a diet app: 50,000 users log meals every other day", "50,000 users log their meals on alternate days"}, "log meal", 50000, 25000 / day, 0},
		{[]string{"A payroll service paying 80,000 contractors fortnightly", "80,000 contractors are paid every fortnight"}, "pay contractor", 80000, 80000 / (14 * day), 0},
		{[]string{"Quarterly VAT filing for 2 million small businesses", "2 million small businesses file VAT returns quarterly"}, "", 2e6, 2e6 / (365 * day / 4), 0},
	}
	for _, tc := range tests {
		for _, s := range tc.statements {
			rd := workload.Read(s)
			i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.Each && f.Actors == tc.actors })
			if i < 0 {
				t.Errorf("%q: no flow for each of %v actors in %+v (%q)", s, tc.actors, rd.Flows, rd.Notes)
				continue
			}
			f := rd.Flows[i]
			if tc.flow != "" && f.Name != tc.flow || !near(rd.Rate(f), tc.rate) || f.Steady {
				t.Errorf("%q: flow %q at %v/s (steady %v), want %q at %v/s, not on a clock", s, f.Name, rd.Rate(f), f.Steady, tc.flow, tc.rate)
			}
			if rd.WeekPeak != tc.weekPeak {
				t.Errorf("%q: week peak %v, want %v", s, rd.WeekPeak, tc.weekPeak)
			}
		}
	}
	// People who come once a week are a seventh of them on an average day, and a weekend holds
	// the week's visits in two days.
	for _, s := range []string{"A farmers market app: 20,000 shoppers visit each weekend", "Every weekend 20,000 shoppers come to the market"} {
		rd := workload.Read(s)
		if rd.Users != 20000 || !near(rd.DAU, 20000.0/7) || rd.WeekPeak != 3.5 {
			t.Errorf("%q: users %v, DAU %v, week peak %v; want 20K, 2,857 a day and 3.5", s, rd.Users, rd.DAU, rd.WeekPeak)
		}
	}
	// A day named once is a date, not a habit; a share said beside the days is theirs.
	if rd := workload.Read("we launch on Monday with 10,000 users"); rd.WeekPeak != 0 {
		t.Errorf("'on Monday': week peak %v, want none", rd.WeekPeak)
	}
	if rd := workload.Read("a cinema booking site; Friday and Saturday evenings carry most sales"); rd.WeekPeak != 2.1 {
		t.Errorf("most on two evenings: week peak %v, want 60%% × 7 ÷ 2 = 2.1 (%q)", rd.WeekPeak, rd.Notes)
	}
}

// Counted organisations that act are the actors: their count times their habit is the rate, not
// a million users nor the people inside them; where no habit is said, the act is kept with its
// count and the rate left to assume.
func TestReadOrganisationsAct(t *testing.T) {
	for _, s := range []string{"A wholesale ordering system: 300 pharmacies order stock twice a week", "each of 300 pharmacies places a stock order 2 times per week"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Actors != 300 || !near(rd.Rate(rd.Flows[0]), 600/week) || rd.Users+rd.DAU != 0 {
			t.Errorf("%q: flows %+v users %v DAU %v; want 300 pharmacies × 2 a week and no users", s, rd.Flows, rd.Users, rd.DAU)
		}
	}
	for _, s := range []string{"2,000 branches upload their daily takings to head office", "every day each of our 2,000 branches uploads its takings"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != "upload taking" || !near(rd.Rate(rd.Flows[0]), 2000/day) || len(rd.Things) != 0 || rd.DAU != 0 {
			t.Errorf("%q: flows %+v things %+v DAU %v; want each branch uploading once a day, counted once", s, rd.Flows, rd.Things, rd.DAU)
		}
	}
	for _, tc := range []struct{ statement, act string }{
		{"A blood bank service where 40 hospitals request blood units", "request blood unit"},
		{"a portal for 40 hospitals that order blood from the regional bank", "order blood"},
	} {
		rd := workload.Read(tc.statement)
		want := workload.Act{Actors: workload.Population{Value: 40, Noun: "hospital"}, Name: tc.act, Kind: conversation.FlowWrite}
		if len(rd.Acts) != 1 || rd.Acts[0] != want || len(rd.Flows) != 0 || len(rd.Things) != 0 {
			t.Errorf("%q: acts %+v flows %+v things %+v; want %+v at no stated rate", tc.statement, rd.Acts, rd.Flows, rd.Things, want)
		}
		if !strings.Contains(strings.Join(rd.Notes, "\n"), "stated, but not how often") {
			t.Errorf("%q: notes %q do not say the rate is not stated", tc.statement, rd.Notes)
		}
	}
	// Machines that act are not organisations: their load is the designer's per-device rate.
	if rd := workload.Read("4 million doorbells stream a 10-second clip when someone rings"); len(rd.Acts) != 0 {
		t.Errorf("doorbells read as an organisation's act: %+v", rd.Acts)
	}
}

// What a place holds is its size, not its load: "a 1,400-space car park" is 1,400 spaces of a car
// park, not 1,400 of anything a second nor a million users, and where no rate is given the load
// follows from how often a space turns over (assumed, with the assumption said). Each is said
// two ways.
func TestReadCapacities(t *testing.T) {
	tests := []struct {
		statements []string
		want       workload.Capacity
	}{
		{[]string{"A parking system for a 1,400-space car park", "gates and payment for a car park with 1,400 spaces"},
			workload.Capacity{Value: 1400, Unit: "space", Place: "car park", PerDay: 6, Event: "vehicle entry or exit"}},
		{[]string{"A patient flow system for a 600-bed hospital", "bed management for a hospital with 600 beds"},
			workload.Capacity{Value: 600, Unit: "bed", Place: "hospital", PerDay: 0.4, Event: "admission or discharge"}},
		{[]string{"A ticketing system for a 300-seat theatre", "ticketing for a theatre of 300 seats"},
			workload.Capacity{Value: 300, Unit: "seat", Place: "theatre", PerDay: 1, Event: "ticket sale"}},
		{[]string{"A booking system for a 40-court sports centre", "court bookings for a sports centre with 40 courts"},
			workload.Capacity{Value: 40, Unit: "court", Place: "sports centre", PerDay: 8, Event: "court booking"}},
		{[]string{"software for a parcel locker with 60 compartments", "a 60-compartment parcel locker"},
			workload.Capacity{Value: 60, Unit: "compartment", Place: "parcel locker", PerDay: 1.4, Event: "compartment opening"}},
	}
	for _, tc := range tests {
		for _, s := range tc.statements {
			rd := workload.Read(s)
			if len(rd.Capacities) != 1 {
				t.Errorf("%q: capacities %+v, want %+v", s, rd.Capacities, tc.want)
				continue
			}
			got := rd.Capacities[0]
			got.Why = ""
			if got != tc.want || len(rd.Flows) != 0 || rd.Users+rd.DAU != 0 || len(rd.Things) != 0 {
				t.Errorf("%q: capacity %+v flows %+v users %v DAU %v things %+v; want %+v and no load", s, got, rd.Flows, rd.Users, rd.DAU, rd.Things, tc.want)
			}
			if !strings.Contains(strings.Join(rd.Notes, "\n"), "what the place holds, not load") {
				t.Errorf("%q: notes %q do not say the size is not load", s, rd.Notes)
			}
		}
	}
	// Sizes of several places add up; seats are a venue's only, and a rate makes a count load.
	if rd := workload.Read("12 car parks with 1,400 spaces each"); len(rd.Capacities) != 1 || rd.Capacities[0].Value != 16800 {
		t.Errorf("12 car parks × 1,400 spaces: capacities %+v, want 16,800 spaces", rd.Capacities)
	}
	if rd := workload.Read("3,000 lockers with 60 compartments each"); len(rd.Capacities) != 1 || rd.Capacities[0].Value != 180000 {
		t.Errorf("3,000 lockers × 60 compartments: capacities %+v, want 180,000 compartments", rd.Capacities)
	}
	if rd := workload.Read("a 50-seat licence for our design team"); len(rd.Capacities) != 0 {
		t.Errorf("a licence's seats read as a venue's: %+v", rd.Capacities)
	}
	if rd := workload.Read("we sell 4,000 seats a day"); len(rd.Capacities) != 0 || len(rd.Flows) != 1 {
		t.Errorf("seats sold a day are load: capacities %+v flows %+v", rd.Capacities, rd.Flows)
	}
	// One owner for each thing counted: the owners are who act.
	rd := workload.Read("An allotment society with 1,200 plots whose holders log harvests every other week")
	if len(rd.Flows) != 1 || rd.Flows[0].Actors != 1200 || !near(rd.Rate(rd.Flows[0]), 1200/(14*day)) {
		t.Errorf("plot holders: flows %+v, want each of 1,200 holders every 2 weeks", rd.Flows)
	}
}

// Counts that are not people: the tools an SSO serves are its clients, the staff of counted
// customers are the people (noted once), and "several" is no number. Each said two ways.
func TestReadCountsThatAreNotPeople(t *testing.T) {
	for _, s := range []string{"An SSO for 80 internal tools and 6,000 employees", "single sign-on across 80 internal applications for 6,000 staff"} {
		rd := workload.Read(s)
		notes := strings.Join(rd.Notes, "\n")
		if rd.Users != 6000 || len(rd.Things) != 0 || !strings.Contains(notes, "80 internal") || !strings.Contains(notes, "client apps") {
			t.Errorf("%q: users %v things %+v notes %q; want 6,000 people and 80 client apps", s, rd.Users, rd.Things, rd.Notes)
		}
	}
	for _, s := range []string{"A B2B expense platform for 300 corporate customers with about 200 staff each", "an expense tool for 300 corporate clients, each with around 200 employees"} {
		rd := workload.Read(s)
		n := 0
		for _, note := range rd.Notes {
			if strings.Contains(note, "60K") {
				n++
			}
		}
		if rd.Users != 60000 || n != 1 || strings.Contains(strings.Join(rd.Notes, " "), "staffs") {
			t.Errorf("%q: users %v notes %q; want 60K people, said once", s, rd.Users, rd.Notes)
		}
	}
	for _, s := range []string{"A white-label booking platform used by several tenants", "a booking platform for a few tenants"} {
		rd := workload.Read(s)
		notes := strings.Join(rd.Notes, "\n")
		if len(rd.Things) != 1 || rd.Things[0].Noun != "tenant" || !strings.Contains(notes, "no number given") || strings.Contains(notes, ": stated") {
			t.Errorf("%q: things %+v notes %q; want tenants with their number assumed, not stated", s, rd.Things, rd.Notes)
		}
	}
	// Continents are where a system runs, like the cities in them: never its users.
	for _, s := range []string{"what if we expand to 40 cities on 3 continents?", "riders in 12 cities across 2 continents"} {
		if rd := workload.Read(s); rd.Users != 0 || len(rd.Things) != 2 {
			t.Errorf("%q: users %v things %+v; want the cities and continents counted as places", s, rd.Users, rd.Things)
		}
	}
	if rd := workload.Read("a few thousand users"); rd.Users != 3000 || strings.Contains(strings.Join(rd.Notes, " "), "no number") {
		t.Errorf("'a few thousand users': users %v notes %q; a magnitude is a number", rd.Users, rd.Notes)
	}
}

// More load as people state it, each said two ways: people seen by each of a counted group a
// day, times a day said after the act ("12 times each"), counts per shift, a crowd on one
// morning, what each of a timetable's runs carries, people at counted organisations, and members
// counted per member of a group said far from it.
func TestReadLoadAsStated(t *testing.T) {
	for _, s := range []string{"A dental appointment system for 1,100 practices, each seeing around 40 patients a day", "1,100 dental practices that each see about 40 patients a day"} {
		if rd := workload.Read(s); rd.DAU != 44000 {
			t.Errorf("%q: DAU %v, want 1,100 × 40 = 44K patients a day (%q)", s, rd.DAU, rd.Notes)
		}
	}
	for _, s := range []string{"25,000 skiers a day pass through 30 lifts, scanning their pass about 12 times each", "each of the 25,000 daily skiers scans a pass 12 times"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != "scan pass" || !near(rd.Rate(rd.Flows[0]), 25000*12/day) {
			t.Errorf("%q: flows %+v, want 12 pass scans a day for each of 25K skiers", s, rd.Flows)
		}
	}
	for _, s := range []string{"A hospital messaging tool: 9,000 clinicians send roughly 30 messages per shift", "each of our 9,000 nurses sends about 30 messages every shift"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), 9000*30/day) || !strings.Contains(strings.Join(rd.Notes, "\n"), "shift taken as one a day") {
			t.Errorf("%q: flows %+v notes %q, want 30 a day for each of 9,000, the shift's reading said", s, rd.Flows, rd.Notes)
		}
	}
	for _, s := range []string{"Exam results portal: 700,000 students check their results on one morning in August", "on results day, 700,000 students all check their grades on the same morning"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !rd.Flows[0].Burst || rd.Flows[0].Count != 700000 || rd.Flows[0].PerSeconds != 4*hour ||
			!strings.Contains(strings.Join(rd.Notes, "\n"), "a morning taken as 4 h (assumed)") {
			t.Errorf("%q: flows %+v notes %q, want 700K in a morning's 4 h, a burst, the 4 h assumed", s, rd.Flows, rd.Notes)
		}
	}
	for _, s := range []string{"Ferry check-in for 14 sailings a day, each carrying up to 600 passengers", "14 sailings daily, each one carrying at most 600 passengers"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Each || !near(rd.Rate(rd.Flows[0]), 14/day) || rd.Flows[0].Kind != conversation.FlowWrite || len(rd.Limits) != 1 {
			t.Errorf("%q: flows %+v limits %+v, want 14 sailings a day in all and 600 passengers a limit", s, rd.Flows, rd.Limits)
		}
	}
	for _, s := range []string{"School lunch pre-ordering for 260 schools; pupils choose meals once a week", "pupils at 260 schools each choose a meal once a week"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !rd.Flows[0].Each || rd.Flows[0].Actors != 0 || len(rd.Things) != 1 || rd.Things[0].Noun != "school" {
			t.Errorf("%q: flows %+v things %+v, want each pupil once a week and the schools kept", s, rd.Flows, rd.Things)
		}
	}
	for _, s := range []string{"A pub quiz app used by 6,000 pubs every Tuesday night, about 15 teams per pub", "every Tuesday night 6,000 pubs run the quiz, with about 15 teams in each pub"} {
		rd := workload.Read(s)
		if !slices.Contains(rd.Things, workload.Population{Value: 90000, Noun: "team"}) || rd.WeekPeak != 7 || len(rd.Limits) != 0 {
			t.Errorf("%q: things %+v week peak %v limits %+v, want 90K teams on one night a week", s, rd.Things, rd.WeekPeak, rd.Limits)
		}
	}
}

// Found on statements tried after the fixes above: "every other Saturday" is once a fortnight on
// a Saturday, and "mostly" is a share of the load; each said two ways.
func TestReadAlternateDaysAndMostly(t *testing.T) {
	for _, s := range []string{"An app for 45,000 season-ticket holders who attend home games every other Saturday", "45,000 season-ticket holders come to a home game on alternate Saturdays"} {
		rd := workload.Read(s)
		if rd.Users != 45000 || !near(rd.DAU, 45000.0/14) || rd.WeekPeak != 7 {
			t.Errorf("%q: users %v DAU %v week peak %v; want 45K, a fourteenth of them a day, all on Saturdays", s, rd.Users, rd.DAU, rd.WeekPeak)
		}
	}
	for _, s := range []string{"A library where 3,000 readers borrow books fortnightly, mostly on Saturday mornings", "3,000 readers borrow books every other week, mostly on Saturdays"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), 3000/(14*day)) || rd.WeekPeak != 4.2 {
			t.Errorf("%q: flows %+v week peak %v; want 3,000 loans a fortnight, 60%% of them on one day of 7", s, rd.Flows, rd.WeekPeak)
		}
	}
}

// Found on statements tried after the fixes: when a place's units are used is not how many are
// used: "400 pitches, booked mainly at weekends" stays 400 pitches, with the weekend its peak.
func TestReadCapacityUsedWhen(t *testing.T) {
	for _, s := range []string{"A campsite with 400 pitches, booked mainly at weekends", "a campsite with 400 pitches; most bookings are for weekends"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 0 || len(rd.Capacities) != 1 || rd.Capacities[0].Value != 400 || rd.WeekPeak != 2.1 {
			t.Errorf("%q: flows %+v capacities %+v week peak %v; want 400 pitches and 60%% of the week on 2 days", s, rd.Flows, rd.Capacities, rd.WeekPeak)
		}
	}
}

// Things that each carry one sender send on their schedule, whoever names them: a hive with a
// sensor is a sensor, an agent on a server is an agent, and a measurement is never a person.
func TestReadSendersOnASchedule(t *testing.T) {
	tests := []struct {
		statement string
		rate      float64
	}{
		{"A beekeeping monitor: 15k hives each with a sensor sending weight, temp and humidity every 5 minutes.", 15000 / (5 * min)},
		{"3,000 cows, each wearing a GPS collar that reports its position every minute", 3000 / min},
		{"Smart bins: 9,000 street bins, each with a fill-level sensor that reports every 15 minutes.", 9000 / (15 * min)},
		{"Build an observability product like Datadog: an agent on each of 1 million servers sends 100 measurements every 10 seconds", 1e6 * 100 / 10},
		{"1 million servers, each with an agent that pushes 100 measurements every 10 seconds", 1e6 * 100 / 10},
		// The count names the things just before it.
		{"We make smart thermostats: 600,000 of them in homes send indoor temperature and humidity every minute.", 600000 / min},
		{"We rent out e-bikes, and 40,000 of them report battery and position every 30 seconds", 40000 / (30 * sec)},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate) || rd.Users != 0 {
			t.Errorf("%q: flows %+v users %v notes %q; want one flow at %v/s and no people", tc.statement, rd.Flows, rd.Users, rd.Notes, tc.rate)
		}
	}
}

// A count listed beside a rate is not at that rate ("45 languages, ~3,000 hearings per week"), and
// members are people, not people online, when "online" names the next thing in the list.
func TestReadListedCountsAreNotRates(t *testing.T) {
	for _, s := range []string{"600 freelance interpreters, 45 languages, ~3,000 hearings per week across 70 courthouses", "a catalogue of 120 cuisines, 40,000 orders a day"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Name == "language" || rd.Flows[0].Name == "cuisine" {
			t.Errorf("%q: flows %+v; want only the rate stated, the listed count left a count", s, rd.Flows)
		}
	}
	for _, s := range []string{"Library system: 12 branches, ~8k items, 20k members, online catalogue and holds", "20k members with live availability of every title"} {
		rd := workload.Read(s)
		if rd.Concurrent != 0 || rd.Users != 20000 {
			t.Errorf("%q: concurrent %v users %v; want 20K members, none said to be online at once", s, rd.Concurrent, rd.Users)
		}
	}
	for _, s := range []string{"2 million users online at peak", "50k drivers connected at once"} {
		if rd := workload.Read(s); rd.Concurrent == 0 {
			t.Errorf("%q: notes %q; want people online at once", s, rd.Notes)
		}
	}
}

// A rate said for one of a counted group's units is each unit's: "40 orders/minute per store"
// across a chain of 250 restaurants is 250 × 40 a minute, "each of the 12 warehouses ships 8,000
// orders a day" is 96,000 a day.
func TestReadRatePerUnit(t *testing.T) {
	tests := []struct {
		statement string
		rate      float64
	}{
		{"Design a kitchen display system for a chain of 250 restaurants: orders from tills and apps appear on kitchen screens; lunch peak is ~40 orders/minute per store.", 250 * 40 / min},
		{"a KDS for 250 restaurants, each handling around 40 orders a minute at the lunch peak", 250 * 40 / min},
		{"Design an order management system; each of the 12 warehouses ships 8,000 orders a day.", 12 * 8000 / day},
		{"12 warehouses, 8,000 orders a day at each warehouse", 12 * 8000 / day},
		{"A booking tool for 45 clinics, about 120 appointments a day per clinic", 45 * 120 / day},
		{"A POS system for 800 stores doing 1,500 transactions a day a store", 800 * 1500 / day},
		{"A lending app for 30 branches; each branch issues about 200 loans a day", 30 * 200 / day},
		{"A franchise of 95 gyms; every gym sees about 700 check-ins a day", 95 * 700 / day},
		{"A car-wash chain of 140 sites; each site washes around 400 cars a day.", 140 * 400 / day},
		{"a garage chain servicing 50 vans a day at each of its 30 garages", 30 * 50 / day},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate) {
			t.Errorf("%q: flows %+v notes %q; want one flow at %v/s", tc.statement, rd.Flows, rd.Notes, tc.rate)
		}
	}
}

// A stated total split into reads and writes is divided by the split, not added to: "5M ops/sec,
// 80/20 read/write" is 4M reads and 1M writes a second. A total with no share stated is left
// whole for the designer to divide, with the statement's leaning if it words one.
func TestReadSplitTotals(t *testing.T) {
	tests := []struct {
		statement    string
		reads, write float64 // a second, on average or at the stated peak
		peak         bool
	}{
		{"Design a distributed cache for a social app: 5M ops/sec, 80/20 read/write, p99 under 5 ms.", 4e6, 1e6, false},
		{"a key-value service taking 50k requests per second with a 70/30 split between reads and writes", 35e3, 15e3, false},
		{"Design a product catalogue service; 90% reads, 50k requests per second at peak.", 45e3, 5e3, true},
		{"an API serving 10k calls a second, 20% of which are writes", 8e3, 2e3, false},
		{"Design a wiki platform, read-heavy, 100:1 reads to writes, 200k requests per second.", 200e3 * 100 / 101, 200e3 / 101, false},
		{"Design a config service; reads:writes 10:1, 30k QPS.", 30e3 * 10 / 11, 30e3 / 11, false},
		{"a database doing 8,000 TPS, 75% of them reads", 6e3, 2e3, false},
		{"Design a document store for 120k writes and reads per second combined, roughly 70% reads.", 84e3, 36e3, false},
		{"a store taking 120,000 reads or writes a second, 30% of them writes", 84e3, 36e3, false},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		var reads, writes float64
		peak := true
		for _, f := range rd.Flows {
			if f.Kind == conversation.FlowRead {
				reads += rd.Rate(f)
			} else {
				writes += rd.Rate(f)
			}
			peak = peak && f.Peak
		}
		if len(rd.Flows) != 2 || !near(reads, tc.reads) || !near(writes, tc.write) || peak != tc.peak || len(rd.Totals) != 0 {
			t.Errorf("%q: flows %+v totals %v; want %v reads and %v writes a second (peak %v)", tc.statement, rd.Flows, rd.Totals, tc.reads, tc.write, tc.peak)
		}
	}
	for _, s := range []string{"Design a REST API for a weather app handling 1M requests a second, mostly reads.", "a public API taking 2 million calls a day, mainly reads"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || len(rd.Totals) != 1 || rd.Totals[0] != rd.Flows[0].Name || rd.Leaning != "reads" {
			t.Errorf("%q: flows %+v totals %v leaning %q; want one total left whole, mostly reads", s, rd.Flows, rd.Totals, rd.Leaning)
		}
	}
	for _, s := range []string{"a booking API handling 1 million requests a month", "10 million surgical operations a year"} {
		rd := workload.Read(s)
		if total := len(rd.Totals) == 1; total != strings.Contains(s, "requests") {
			t.Errorf("%q: totals %v; requests are every request, surgeries are not", s, rd.Totals)
		}
	}
	for _, s := range []string{"200K page views a day, 10:1 reads to writes", "a read:write ratio of 10:1 on 200,000 page views a day"} {
		rd := workload.Read(s)
		f, ok := rd.Flow("write view")
		if len(rd.Flows) != 2 || !ok || !near(rd.Rate(f), 20e3/day) {
			t.Errorf("%q: flows %+v; want one write per 10 stated views", s, rd.Flows)
		}
	}
}

// The providers of a services marketplace are counted apart from the people who book them: "3,000
// walkers" are who walk, and with dog owners counted the owners are the users.
func TestReadProviders(t *testing.T) {
	tests := []struct {
		statement string
		provider  workload.Population
		users     float64
	}{
		{"Design a dog-walking marketplace: 3,000 walkers, 40,000 dog owners booking walks.", workload.Population{Value: 3000, Noun: "walker"}, 40000},
		{"40,000 dog owners book walks with our 3,000 walkers", workload.Population{Value: 3000, Noun: "walker"}, 40000},
		{"Design an on-demand handyman booking app with 8,000 handymen across the UK.", workload.Population{Value: 8000, Noun: "handyman"}, 8000},
		{"a home-repairs marketplace where 8,000 tradesmen take jobs", workload.Population{Value: 8000, Noun: "tradesman"}, 8000},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Providers) != 1 || rd.Providers[0] != tc.provider || rd.Users != tc.users || len(rd.Things) != 0 {
			t.Errorf("%q: providers %+v users %v things %+v; want %+v providing and %v users", tc.statement, rd.Providers, rd.Users, rd.Things, tc.provider, tc.users)
		}
	}
}

// A deadline said of a later clause's own subject is a latency, not a rush of the crowd counted
// before it: the agents report on their clock, and alert rules trigger within a minute.
func TestReadLaterClauseIsNoRush(t *testing.T) {
	for _, s := range []string{
		"Build an observability product like Datadog: an agent on each of 1 million servers sends 100 measurements every 10 seconds, customers chart them on dashboards querying up to 30 days back, and alert rules they write must trigger within one minute.",
		"50,000 vans report their position every 30 seconds, dispatchers watch a live map, and geofence alerts fire within a minute",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Burst || len(rd.Latencies) != 1 {
			t.Errorf("%q: flows %+v latencies %v; want the reports alone and a one-minute latency", s, rd.Flows, rd.Latencies)
		}
	}
}

// A later clause whose subject carries a modifier ("regex queries", "new orders") is its own
// subject too: the engineers counted before the colon do not all return within 2 minutes.
func TestReadModifiedSubjectIsNoRush(t *testing.T) {
	for _, s := range []string{
		"We need an internal code search for 6,000 repositories and 1,500 engineers: regex queries return in under 500 ms and new commits are searchable within 2 minutes",
		"a shop for 2,000 staff: new orders are packed within 30 minutes",
		"an app for 50,000 riders, live positions update within 5 seconds",
	} {
		for _, f := range workload.Read(s).Flows {
			if f.Burst {
				t.Errorf("%q: burst flow %+v; want no rush of the people counted before the clause", s, f)
			}
		}
	}
}

// Found on statements tried after the fixes: a share said as a fraction is a share ("two thirds
// reads"), a split beside "a day" is no share of daily users, and a verb before a comma is not
// the act of the clause after it.
func TestReadFractionSplits(t *testing.T) {
	for _, s := range []string{"A GraphQL API doing 80 million requests a day, roughly two thirds reads.", "80M requests a day, two thirds of them are reads"} {
		rd := workload.Read(s)
		f, ok := rd.Flow("read request")
		if len(rd.Flows) != 2 || !ok || !near(rd.Rate(f), 80e6*0.67/day) || rd.DAU != 0 {
			t.Errorf("%q: flows %+v DAU %v; want two thirds of 80M a day read", s, rd.Flows, rd.DAU)
		}
	}
	for _, s := range []string{"Design an order-routing API: 3,000 calls per second, a quarter of them writes.", "a quarter of all calls are writes on our 3,000 calls per second"} {
		rd := workload.Read(s)
		f, ok := rd.Flow("write call")
		if len(rd.Flows) != 2 || !ok || !near(rd.Rate(f), 750) {
			t.Errorf("%q: flows %+v; want a quarter of 3,000 calls a second written", s, rd.Flows)
		}
	}
	for _, s := range []string{"250k calls per second, 95% reads, flags change a few times a day", "1M requests a second, 90% reads; flags change twice a day"} {
		for _, f := range workload.Read(s).Flows {
			if f.Kind == conversation.FlowRead && f.Count < 100 {
				t.Errorf("%q: flow %+v; the flag changes are read as reads", s, f)
			}
		}
	}
}

// A counted total done again every few units of time, or each night, is that total once in each
// period: a crawl of 5 billion pages every 2 weeks is about 4,100 pages a second.
func TestReadTotalEveryFewUnits(t *testing.T) {
	tests := []struct {
		statement string
		rate      float64
	}{
		{"Design a web crawler that re-crawls ~5 billion pages roughly every 2 weeks", 5e9 / (2 * week)},
		{"an indexer that refreshes about 300 million product listings every 3 days", 300e6 / (3 * day)},
		{"A search engine that re-crawls 5 billion pages once a month", 5e9 / month},
		{"A backup service that snapshots 2 million databases each night", 2e6 / day},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate) {
			t.Errorf("%q: flows %+v notes %q; want one flow at %v/s", tc.statement, rd.Flows, rd.Notes, tc.rate)
		}
	}
}

// A peak factor said as a spike, a multiplier verb or a peak over the average replaces the
// assumed one; growth over the calendar ("doubles every year") is no peak.
func TestReadStatedPeakFactor(t *testing.T) {
	tests := []struct {
		statement string
		peak      float64
	}{
		{"A food delivery app with 2 million daily users placing 1 order a day; 10x spikes around friday evening and holidays", 10},
		{"a ticket desk for 40,000 staff; 6x surges on Monday mornings", 6},
		{"A canteen ordering app for 50,000 employees who each order once a day; traffic triples at lunch", 3},
		{"a parking app where load doubles during the evening rush", 2},
		{"An API serving 20,000 requests per second on average that peaks at 5x the average", 5},
		{"a photo site with 1M daily users; traffic doubles every year", 0},
	}
	for _, tc := range tests {
		if rd := workload.Read(tc.statement); rd.PeakFactor != tc.peak {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, rd.PeakFactor, tc.peak, rd.Notes)
		}
	}
	// The average said with its peak factor stays the average, not the peak.
	rd := workload.Read("An API serving 20,000 requests per second on average that peaks at 5x the average")
	if len(rd.Flows) != 1 || rd.Flows[0].Peak || !near(rd.Rate(rd.Flows[0]), 20000) {
		t.Errorf("flows %+v, want one average flow of 20,000/s", rd.Flows)
	}
}

// A rate stated at a time that comes back is a burst of that rate each time it comes, and what a
// crowd starting a session together does on a schedule lasts the session: neither is a 24-hour
// average.
func TestReadRecurringBursts(t *testing.T) {
	tests := []struct {
		statement     string
		peak, average float64
	}{
		{"A job scheduler where about 30k jobs fire per minute at the top of each hour", 500, 30000.0 / hour},
		{"a reminder service: 12,000 texts go out per minute on the hour", 200, 12000.0 / hour},
		{"An exam platform: 180,000 students all start the same 3 hour exam at 9:00 sharp, answers autosave every 30 seconds", 6000, 6000 * 3 * hour / (365 * day)}, // an exam's sitting: once a year
		{"60,000 players join a 2 hour tournament at 8pm; each client sends a heartbeat every 10 seconds", 6000, 6000 * 2 * hour / day},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		f := rd.Flows[0]
		if !f.Burst || !near(rd.Rate(f), tc.peak) {
			t.Errorf("%q: first flow %+v, want a burst at %v/s (notes %q)", tc.statement, f, tc.peak, rd.Notes)
			continue
		}
		c := conversation.Estimate(rd.Workload)
		if !near(c.Flows[0].PerSec, tc.average) {
			t.Errorf("%q: average %v/s, want %v/s", tc.statement, c.Flows[0].PerSec, tc.average)
		}
	}
}

// A count said of a day named by what happens on it ("on race day", "on a big storm day") is
// that day's load: people who come that day, events counted in it.
func TestReadNamedDay(t *testing.T) {
	for _, tc := range []struct {
		statement string
		dau, rate float64
	}{
		{"An outage map for a power utility; on a big storm day the public map gets ~500k views", 0, 500e3 / day},
		{"On a busy sale day the shop sees 2 million page views", 0, 2e6 / day},
		{"A live tracker for a marathon, maybe a million people following on race day", 1e6, 0},
		{"a scoreboard app with 200,000 fans watching on cup final day", 200e3, 0},
	} {
		rd := workload.Read(tc.statement)
		if rd.DAU != tc.dau {
			t.Errorf("%q: DAU %v, want %v (notes %q)", tc.statement, rd.DAU, tc.dau, rd.Notes)
		}
		if tc.rate > 0 && (len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate)) {
			t.Errorf("%q: flows %+v, want one at %v/s (notes %q)", tc.statement, rd.Flows, tc.rate, rd.Notes)
		}
	}
}

// Items taken more often than they are sent travel in a batch: "each meter uploads hourly reads
// in a batch once a day" is one upload a day from each meter, carrying 24 reads; "a quarter
// million" is a count.
func TestReadBatchedUploads(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
		carries   string
	}{
		{"A smart-meter platform for a quarter million homes; each meter uploads hourly reads in a batch once a day", 250e3 / day, "24 hourly reads"},
		{"Three quarters of a million vans; each van sends its daily logs in one file once a week", 750e3 / week, "7 daily logs"},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != conversation.FlowWrite || !near(rd.Rate(rd.Flows[0]), tc.rate) {
			t.Errorf("%q: flows %+v, want one write at %v/s (notes %q)", tc.statement, rd.Flows, tc.rate, rd.Notes)
		}
		if !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, tc.carries) }) {
			t.Errorf("%q: notes %q, want one saying each carries %s", tc.statement, rd.Notes, tc.carries)
		}
	}
}

// Reads of a chip, tag or meter are what a machine takes and sends in: writes to the system.
func TestReadMachineReadsAreWrites(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
	}{
		{"Race timing for a marathon: the timing mats send 450k chip reads over ~6 hours", 450e3 / (6 * hour)},
		{"A library app: 3 million tag reads a day at the gates", 3e6 / day},
		{"the water utility ingests 40 million meter reads a month", 40e6 / month},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != conversation.FlowWrite || !near(rd.Rate(rd.Flows[0]), tc.rate) {
			t.Errorf("%q: flows %+v, want one write at %v/s (notes %q)", tc.statement, rd.Flows, tc.rate, rd.Notes)
		}
	}
}

// A bound on a rate is the rate's peak, not a limit on a group: "up to 6,000 submissions an hour".
func TestReadBoundedRateIsAPeak(t *testing.T) {
	for _, s := range []string{"40,000 students submit essays, up to 6,000 submissions an hour before term deadlines", "the kitchen takes up to 300 orders a minute at lunch"} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !rd.Flows[0].Peak || len(rd.Limits) != 0 {
			t.Errorf("%q: flows %+v limits %+v, want one flow stated at its peak and no limit", s, rd.Flows, rd.Limits)
		}
	}
	if rd := workload.Read("group chats of up to 256 members"); len(rd.Limits) != 1 || len(rd.Flows) != 0 {
		t.Errorf("a group's bound: flows %+v limits %+v, want a limit", rd.Flows, rd.Limits)
	}
}

// A collection each new item is compared against is what an index holds, not reads per item:
// "each compared against 10 million past essays" was 10M reads for every submission (16.7M
// reads/s at peak). Only a comparing verb with "against" (or "compared with") before the count
// makes one: prices compared across stores, riders matched with drivers, a score compared
// against other players and builds tested against devices are not.
func TestReadCorpusIsNoLoad(t *testing.T) {
	tests := []struct {
		statement  string
		value      float64
		said, item string
	}{
		{"Design a plagiarism checker for a university: up to 6,000 submissions an hour before term deadlines, each compared against 10 million past essays.", 10e6, "past essays", "submission"},
		{"students submit 20,000 assignments a week, each compared with 5 million earlier solutions from past years", 5e6, "earlier solutions", "assignment"},
		{"sellers post 300,000 listings a day; every new listing is checked against the 40 million active listings", 40e6, "active listings", "listing"},
		{"contributors upload 50,000 photos a day and each upload is matched against an archive of 200 million images", 200e6, "images", "photo"},
		{"a service that checks every uploaded thesis against a corpus of 2 million theses, with 500 theses uploaded a day", 2e6, "theses", "thesis"},
	}
	for _, tt := range tests {
		rd := workload.Read(tt.statement)
		if len(rd.Corpora) != 1 || rd.Corpora[0].Value != tt.value || rd.Corpora[0].Said != tt.said || rd.Corpora[0].Item != tt.item {
			t.Errorf("%q: corpora %+v, want %g %s compared with each %s", tt.statement, rd.Corpora, tt.value, tt.said, tt.item)
		}
		if len(rd.Flows) != 1 || rd.Flows[0].ItemsOf != "" {
			t.Errorf("%q: flows %+v, want only the stated write", tt.statement, rd.Flows)
		}
	}
	for _, s := range []string{
		"a site that compares prices across 5 stores for 2 million products",
		"the app matches riders with 20,000 drivers",
		"10 million players compare their scores against 10 million other players",
		"engineers push 3,000 builds a day, each tested against 400 device models",
	} {
		if rd := workload.Read(s); len(rd.Corpora) != 0 {
			t.Errorf("%q: corpora %+v, want none", s, rd.Corpora)
		}
	}
}

// "each with 5-15 photos of about 4 MB" is what one item carries: the middle count times the
// size of one, 40 MB a claim, not 4 MB and not no size at all.
func TestReadMediaPerItem(t *testing.T) {
	for _, c := range []struct {
		statement, item string
		want            float64
	}{
		{"hail-claim intake: ~1,500 claims per day, after a hailstorm up to 40,000 claims in 48 hours, each with 5-15 photos of about 4 MB", "claim", 40e6},
		{"a building-inspection app: inspectors file 3,000 reports a day, each carrying 20 to 40 images of roughly 3 MB", "report", 90e6},
	} {
		if rd := workload.Read(c.statement); rd.Sizes[c.item] != c.want {
			t.Errorf("%q: sizes=%v, want %s per %s", c.statement, rd.Sizes, conversation.Bytes(c.want), c.item)
		}
	}
	if rd := workload.Read("users post 2 MB photos, 1M posts a day"); len(rd.Sizes) != 1 {
		t.Errorf("sizes=%v, want only the photo's 2 MB: no count of photos per post is stated", rd.Sizes)
	}
}

// "check in", "sign up", "log out" are one act each, and an act that writes: a desk or a gym
// check-in is recorded, while "check" alone reads.
func TestReadPhrasalActsWrite(t *testing.T) {
	tests := []struct{ statement, flow string }{
		{"An office of 1,200 desks where employees check in to their desk twice a day each", "desk check-in"},
		{"a climbing gym app where members check in at the front desk 3 times a week", "check-in"},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != conversation.FlowWrite || rd.Flows[0].Name != tc.flow {
			t.Errorf("%q: flows %+v; want one write, %q", tc.statement, rd.Flows, tc.flow)
		}
	}
}

// A window said at the very end of a statement is read, not read past.
func TestReadWindowAtTheEnd(t *testing.T) {
	for _, s := range []string{"5 million emails every morning within", "5 million emails every morning within the", "80,000 payslips every Friday in the first"} {
		_ = workload.Read(s) // must not panic
	}
	if f := workload.Read("80,000 payslips every Friday within 2 hours").Flows; len(f) != 1 || f[0].PerSeconds != 7200 || !f[0].Burst {
		t.Errorf("flows %+v; want 80,000 in a 2-hour burst", f)
	}
}

// "each with" after a count opens that count's own clause: the clinics have the vaccinators, and
// the residents have no clinics each.
func TestReadEachWithOpensItsOwnClause(t *testing.T) {
	rd := workload.Read("a vaccination booking system for a state: 4 million eligible residents, 200 clinics each with 6 vaccinators")
	for _, n := range rd.Notes {
		if strings.Contains(n, "800M") || strings.Contains(n, "4.8B") {
			t.Errorf("note %q: the residents have no clinics each", n)
		}
	}
	if !slices.ContainsFunc(rd.Notes, func(n string) bool {
		return strings.Contains(n, "200 clinics × 6 vaccinators each = 1,200 vaccinators")
	}) {
		t.Errorf("notes %q: want 200 clinics × 6 vaccinators", rd.Notes)
	}
}

// An hour's count said of a busy day is that day's rate, the peak, not every hour's average.
func TestReadBusyDayRateIsThePeak(t *testing.T) {
	for _, s := range []string{
		"a car-wash chain: about 6,000 washes an hour on a sunny Saturday",
		"a bakery chain takes 900 orders an hour on Saturdays",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !rd.Flows[0].Peak || rd.Flows[0].PerSeconds != 3600 {
			t.Errorf("%q: flows %+v; want one flow, its hourly rate the peak", s, rd.Flows)
		}
	}
	if rd := workload.Read("a bakery chain takes 900 orders an hour"); len(rd.Flows) != 1 || rd.Flows[0].Peak {
		t.Errorf("an hour's count with no busy day is no peak: %+v", rd.Flows)
	}
}

// How long goods keep (a shelf life, a use-by, an expiry) is a span of the goods, not how long
// the system keeps its data.
func TestReadShelfLifeIsNotRetention(t *testing.T) {
	for _, s := range []string{
		"reagent kits have a shelf life of 90 days once opened",
		"yoghurt is sold with a use-by of 21 days",
		"insulin pens carry an expiry of 28 days after first use",
		"platelets keep only 7 days, so hospitals order daily",
		"thawed plasma keeps 5 days in the fridge",
	} {
		if rd := workload.Read(s); rd.RetentionYears != 0 {
			t.Errorf("%q: retention %v years, want none (%q)", s, rd.RetentionYears, rd.Notes)
		}
	}
	for _, s := range []string{"audit logs are kept for 90 days", "we keep only 90 days of history", "we keep 90 days"} {
		if rd := workload.Read(s); !near(rd.RetentionYears, 90.0/365) {
			t.Errorf("%q: retention %v years, want 90 days (%q)", s, rd.RetentionYears, rd.Notes)
		}
	}
}
