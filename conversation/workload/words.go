package workload

import (
	"slices"
	"strings"
)

// What the reader knows of English about load: which nouns are actors (who causes load), which
// events are reads, which verbs read or write. Unknown nouns are not dropped: an unknown noun
// followed by "who" or ", each <verb>" is an actor, any other counted noun at a rate is an event.

// measureNouns are lengths, areas, weights and temperatures: "2,400 km of road", "1,200 hectares".
var measureNouns = set(`km kilometre kilometer mile metre ft foot feet hectare acre kg kilogram tonne ton lb pound c °c degree litre liter gallon sqm m2`)

// archiveNouns are what "15 years of …" keeps: a retention, not how long something lasts.
var archiveNouns = set(`archive archives history data records record logs log backups audit telemetry events`)

var actorNouns = set(`warden marshal steward clerk cadet paramedic medic midwife trainee retiree refugee lifeguard janitor bailiff judge juror referee umpire locker seeker jobseeker athlete runner cyclist hiker climber swimmer golfer skier surfer tourist parent guardian
candidate photographer designer influencer neighbour neighbor angler birder collector adopter contributor moderator
translator dentist therapist vet veterinarian pharmacist technician mechanic dispatcher pilot
user customer subscriber member player gamer driver rider courier passenger
device host server machine sensor meter vehicle car truck scooter bike drone robot camera phone
agent client node person account creator seller buyer shopper merchant restaurant store shop
employee student teacher learner patient doctor surgeon viewer reader listener watcher tenant team
organization org company business developer engineer app dau mau instance container pod service
microservice worker household home family visitor guest traveler traveller author fan investor
trader advertiser publisher partner vendor supplier warehouse hotel property building gardener
writer editor musician artist streamer creator citizen voter attendee subscriber participant
resident owner host homeowner tracker terminal kiosk atm gateway thermostat wearable watch endpoint
ppl folk peep staff holder nurse clinician agent analyst bidder caller sender donor renter borrower
sitter babysitter nanny walker cleaner tutor caregiver carer freelancer handyman plumber electrician cook chef
lender landlord commuter shopper diner fan spectator user pupil camper worshipper congregant
cluster database repository repo website site store brand school hospital clinic bank branch
fleet charger station rack pump turbine panel volunteer cardholder patron proctor inspector reviewer
contractor applicant farmer satellite probe valve controller machine printer lock collar beacon
bus plough plow ferry fridge freezer circuit signal researcher triager auditor operator supervisor crew depot van lorry
airline carrier feed source airport tag badge forklift wheelchair asset cart
datanode chunkserver pop lift gondola mat turnstile scanner reader antenna
vessel ship boat trawler yacht aircraft plane helicopter taxi cab ambulance train tram barge tanker courtroom
gritter sweeper snowplough snowplow salter sprayer mower harvester tractor
refrigerator radiator ventilator incubator excavator actuator heater cooler dispenser dryer projector extinguisher inverter
thermometer humidifier dehumidifier
accelerometer hydrophone microphone seismometer geophone transducer ward mine quarry`)

// readDevices are what a machine reads and sends in: "chip reads", "meter reads", "tag scans" are
// writes to the system, not people reading; a "ticket scan" at a gate records the entry (the
// same ticket is refused the second time).
var readDevices = set(`chip tag rfid meter sensor barcode badge card nfc gauge qr ticket pass wristband`)

// scannedPapers are what a scanner digitises: scanning one stores its image, a write, where
// scanning a code or a pass (readDevices) records that it was seen.
var scannedPapers = set(`page document receipt invoice letter form photo photograph slide negative
manuscript deed certificate map drawing record register book film x-ray xray`)

// thingNouns are actors that are not people: machines, services and places. Their counts are
// senders or sites, never daily users.
var thingNouns = set(`locker device host server machine sensor meter vehicle car truck scooter bike drone robot camera
phone agent client node app instance container pod service microservice worker terminal kiosk atm gateway
thermostat wearable watch endpoint cluster database repository repo website site restaurant store shop
warehouse hotel property building school hospital clinic bank branch fleet charger station rack pump
turbine panel household home family organization org company business brand tenant team tracker
probe valve controller satellite printer lock collar beacon bus plough plow ferry fridge freezer
circuit signal depot van lorry airline carrier feed source airport tag badge forklift wheelchair asset cart
datanode chunkserver pop gym studio pharmacy drugstore office library campus garage centre center theatre theater cinema venue salon parish church congregation mosque temple synagogue
practice surgery pub bar cafe bakery college university agency charity council franchise dealership farm firm lab laboratory nursery kindergarten
lift gondola vessel ship boat trawler yacht aircraft plane helicopter taxi cab ambulance train tram barge tanker courtroom
gritter sweeper snowplough snowplow salter sprayer mower harvester tractor
tank fermenter compressor motor conveyor boiler chiller transformer generator furnace kiln
refrigerator radiator ventilator incubator excavator actuator heater cooler dispenser dryer projector extinguisher inverter
thermometer humidifier dehumidifier
accelerometer hydrophone microphone seismometer geophone transducer ward mine quarry antenna telescope dish magnetometer detector buoy gauge radar spectrometer sequencer instrument`)

// crewedNouns are vehicles a crew works from: counted, they act through their crews as an
// organisation acts through its staff ("3,500 vessels file a logbook entry for every haul"), each
// one a customer of the system at a rate the statement may leave to the designer.
var crewedNouns = set(`vessel ship boat trawler yacht aircraft plane helicopter taxi cab ambulance lorry truck van bus ferry
train tram barge tanker`)

// orgNouns are organisations and the places they run: counted, they act through their staff
// ("40 hospitals request blood units"), each as one customer of the system.
var orgNouns = set(`hospital clinic pharmacy drugstore practice surgery school college university campus store shop branch restaurant
hotel bank warehouse depot company business firm organization organisation org agency charity council tenant brand
library gym studio office garage centre center theatre theater cinema venue salon parish church congregation mosque
temple synagogue pub bar cafe bakery franchise dealership farm airline carrier lab laboratory nursery kindergarten courtroom`)

// clientNouns are software that calls the system: counted, they say how many clients it has, not
// how many people use it.
var clientNouns = set(`tool application integration plugin extension microsite`)

// readNouns are events that serve data; any other counted event is taken as a write.
var readNouns = set(`view pageview read search query request req lookup visit redirect play playback
watch get fetch download check load open scan listen stream suggestion keystroke autocomplete
resolution hit call browse impression-read refresh poll poll hit look`)

// writeNouns are events that change data whatever verb counts them ("serving 5M gets and 500K
// sets a second").
var writeNouns = set(`write set put insert update delete upload post order transaction payment
transfer trade bid vote claim signup sign-up registration edit mutation commit purchase booking
reservation match game move round placement submission scan checkin`)

// creatingVerbs make what they count, so their objects are writes even where the noun would
// name a read elsewhere: a freight board's posted "loads", a saved "search" that is created.
var creatingVerbs = set(`post posts posted publish publishes published create creates created submit submits submitted list lists listed add adds added`)

// capturedNouns are what a machine takes of each thing that passes it: kept, so written.
var capturedNouns = set(`image photo picture frame snapshot reading sample measurement recording video clip`)

var readVerbs = set(`view read browse watch search look lookup query fetch get open visit scan
check download stream play listen serve answer resolve redirect refresh poll consume
render display explore retrieve reload`)

// ingestVerbs make whatever they count a write, even a read-sounding noun ("logs 1B page views").
var ingestVerbs = set(`log ingest collect track record capture store archive emit receive accept
absorb persist report submit`)

var writeVerbs = set(`post upload send save autosave create write submit place make book publish report
claim vote bid trade transfer pay buy update edit add share like comment follow deliver generate
push sell order rate review register sign enter produce back sync process handle take schedule
mint issue file put set insert delete remove schedule reserve dispatch tip message text tweet
use join leave rent borrow return apply donate adopt hire happen occur arrive come hit give lend email
say mark confirm reply respond accept decline pick choose select draft swap
inspect assess audit survey grade repair treat diagnose`)

// providerNouns are the people a services marketplace sells the time of: counted, they say how
// much work is done (so many jobs each a day), not how many come to book it.
var providerNouns = set(`walker sitter babysitter nanny handyman tradesman cleaner tutor plumber electrician freelancer
caregiver carer interpreter translator therapist instructor coach trainer groomer photographer mechanic tasker
gardener locksmith painter decorator stylist hairdresser barber masseur masseuse beautician dogwalker`)

// askVerbs are what people do who ask for something rather than provide it: whoever is counted
// doing them is a customer, whatever their trade.
var askVerbs = set(`book borrow rent hire order buy reserve request adopt apply enrol enroll subscribe commission`)

// fanOutNouns count recipients of one event.
var fanOutNouns = set(`follower friend subscriber member recipient contact connection participant fan`)

// modifiers qualify a population: "daily active users", "concurrent viewers".
var dauMods = set(`daily dau`)
var mauMods = set(`monthly mau`)
var concurrentMods = set(`concurrent concurrently simultaneous online connected live active-at-once`)

// stopWords end a noun phrase after a number.
var stopWords = set(`a an the per each every who that which with of in on at to for from by and or
is are was were be been will would can could should must has have had do does did but so than as
into over under within across during about around up while when where whose they their its it our
we you your his her them this these those become becomes became need needs want wants plus
after before since until
require requires expect expects`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// verbStem reduces a verb form to its stem for the verb sets: "uploads" → "upload",
// "scanned" → "scan", "reporting" → "report", "backs" → "back".
// verbPrefixes come before a verb with a hyphen and leave it the same act: a pre-order is an
// order placed early, a re-booking a booking made again.
var verbPrefixes = set(`pre re co un auto mis`)

func verbStem(w string) string {
	if i := strings.IndexAny(w, "-/"); i > 0 && w[i] == '-' && verbPrefixes[w[:i]] {
		w = w[i+1:] // "pre-order", "re-book": the verb after its prefix
	} else if i > 0 {
		w = w[:i]
	}
	if v, ok := irregularVerbs[w]; ok {
		return v
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok && isVerb(stem+"y") {
		return stem + "y" // "queries", "replies"
	}
	if stem, ok := strings.CutSuffix(w, "ied"); ok && isVerb(stem+"y") {
		return stem + "y" // "queried", "applied"
	}
	for _, suffix := range []string{"", "s", "es", "ed", "d", "ing"} {
		if !strings.HasSuffix(w, suffix) {
			continue
		}
		stem := strings.TrimSuffix(w, suffix)
		if isVerb(stem) {
			return stem
		}
		// "scanned" → "scann" → "scan"; "making" → "mak" → "make".
		if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && isVerb(stem[:len(stem)-1]) {
			return stem[:len(stem)-1]
		}
		if isVerb(stem + "e") {
			return stem + "e"
		}
	}
	return ""
}

// irregularVerbs are past forms of the verbs above that no ending gives back: "contractors are
// paid", "tickets are sold".
var irregularVerbs = map[string]string{"paid": "pay", "sold": "sell", "sent": "send", "bought": "buy", "made": "make",
	"given": "give", "gave": "give", "taken": "take", "took": "take", "written": "write", "wrote": "write", "lent": "lend"}

func isVerb(w string) bool { return readVerbs[w] || writeVerbs[w] || ingestVerbs[w] }

// IsThing reports whether a counted noun, singular or plural, names machines or places rather
// than people: "branches", "sensors", "vans".
func IsThing(noun string) bool {
	return thingNouns[singular(strings.ToLower(noun))]
}

// IsOrg reports whether a counted noun, singular or plural, names organisations or the places
// they run ("pharmacies", "law firms"): each has staff and customers, not one owner.
func IsOrg(noun string) bool {
	return orgNouns[singular(strings.ToLower(noun))]
}

// IsPerson reports whether a counted noun, singular or plural, names people: one the word lists
// know, or a role by its ending ("farmers", "pharmacists"), that is no machine, place or thing
// (the actor lists hold every noun that acts, trucks and sensors too).
func IsPerson(noun string) bool {
	n := singular(strings.ToLower(noun))
	return personNoun(n) && !thingNouns[n]
}

// Singular is a noun's singular form: "branches" → "branch", "people" → "person".
func Singular(noun string) string { return singular(strings.ToLower(noun)) }

// placedCallMods say a call is one a person places to be answered and handled ("emergency
// calls", "support calls"): each is logged and acted on, a write, where "API calls" serve data.
var placedCallMods = set(`emergency 911 999 112 phone telephone support customer sales inbound incoming helpline hotline
help patient taxi distress voice police fire ambulance complaint service breakdown rescue crisis nurse`)

// placed reports a counted call a person places: "1,400 emergency calls a day".
func placed(m *mention) bool {
	if m.noun != "call" {
		return false
	}
	mods := strings.Fields(m.name)
	return slices.ContainsFunc(mods[:max(len(mods)-1, 0)], func(w string) bool { return placedCallMods[w] })
}

// examNouns say a check is an examination of something, whose result is recorded ("health
// checks", "safety checks"), not a look at data ("balance checks", "price checks").
var examNouns = set(`health welfare safety quality security background condition compliance wellness wellbeing
hygiene vital vitals temperature maintenance dental eye medical vet veterinary fire spot cage equipment weight
vaccination vaccine blood pressure tyre tire brake passport id identity document bag baggage luggage border customs`)

// examined reports a counted check or test done on something and recorded: "health checks",
// "checks on 12,000 mice". Whatever serves data stays a read ("checks their balance").
func examined(m *mention) bool {
	words := strings.Fields(m.name)
	if len(words) == 0 {
		return false
	}
	head, first := words[len(words)-1], words[0]
	switch {
	case singular(head) == "check" || m.noun == "check":
		return slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return examNouns[w] })
	case first == "check" && len(words) > 1:
		return checkable(singular(head))
	}
	return m.verb == "check" && checkable(m.noun)
}

// checkable reports what a check examines in person rather than looks up: people, animals,
// machines and places.
func checkable(n string) bool { return personNoun(n) || thingNouns[n] || animalNouns[n] }

// animalNouns are what a farm, a lab or a vet keeps and checks.
var animalNouns = set(`animal mouse mice rat rats cow cattle sheep pig horse dog cat bird hen chicken fish hive bee
calf lamb goat herd flock cage tank`)
