package offline

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// loadProfile is an archetype's typical load, used for whatever the statement leaves out.
type loadProfile struct {
	WritesPerUser float64 `yaml:"writes_per_user,omitempty"` // per user per day
	ReadsPerUser  float64 `yaml:"reads_per_user,omitempty"`
	ReadWrite     float64 `yaml:"read_write,omitempty"` // reads per write, when rates are stated outright
	RecordBytes   float64 `yaml:"record_bytes,omitempty"`
	MediaBytes    float64 `yaml:"media_bytes,omitempty"`
	ResponseBytes float64 `yaml:"response_bytes,omitempty"`
	PeakFactor    float64 `yaml:"peak_factor,omitempty"`
	// PeakWhy says why an archetype's peak factor is what it is where its traffic does not just
	// bunch into busy hours: slots released at a clock time are taken in the minute after it.
	PeakWhy     string  `yaml:"peak_why,omitempty"`
	Retention   float64 `yaml:"retention,omitempty"` // years
	HotFraction float64 `yaml:"hot_fraction,omitempty"`
	// People is how many daily users to assume when the statement counts none, where the usual
	// million would be absurd: a university's course registration serves its students, some
	// tens of thousands, not a million.
	People float64 `yaml:"people,omitempty"`
	// Writes is the write rate (per second) assumed for infrastructure that serves services
	// rather than people, when the statement gives no figure: a user count means nothing there.
	Writes float64 `yaml:"writes,omitempty"`
	// PerThingPerDay is the writes per day each stated device, sensor or host sends when the
	// statement gives their number but no rate (one reading a minute is 1,440).
	PerThingPerDay float64 `yaml:"per_thing_per_day,omitempty"`
	// Things and Thing are how many senders, and what they are, to assume at each site when the
	// statement counts none: an RTLS's load is its tags, whatever the number of staff.
	Things float64 `yaml:"things,omitempty"`
	Thing  string  `yaml:"thing,omitempty"`
	// OnlineEvery is how often, in seconds, one person online makes the archetype's read while
	// there (a player fetching the next 4-second segment); 30 s, a page kept fresh, if unset.
	OnlineEvery float64 `yaml:"online_every,omitempty"`
	// Holds is the unit of capacity each thing holds (a parcel locker's compartments): where the
	// statement sizes the units ("3,000 lockers with 60 compartments each"), the load is their
	// turnover, which counts what the things hold rather than a rate assumed for each thing.
	Holds string `yaml:"holds,omitempty"`
	// ThingsAlone is how many things to assume when the statement counts neither them nor a
	// site that holds them, where one site's worth would be absurd: a booking platform lists
	// tens of thousands of practitioners, though each clinic has only a handful.
	ThingsAlone float64 `yaml:"things_alone,omitempty"`
	// ThingVerb is what each thing does with the main write in the assumptions, where "sends"
	// reads wrong: a practitioner takes bookings, a meter sends readings.
	ThingVerb string `yaml:"thing_verb,omitempty"`
	// SenderNouns are counted nouns (singular) that are the archetype's senders even where they
	// would otherwise be places that hold them: a news aggregator's "20,000 news sites" are its
	// sources, not 20,000 sites of 50,000 feeds each.
	SenderNouns []string `yaml:"sender_nouns,omitempty"`
	// ReadVolumes are nouns whose stated count is what the reads carry, with how many of them one
	// read holds: a translation service's "2 billion words a day" is its requests' text, about
	// 100 million requests of 20 words, not 2 billion writes.
	ReadVolumes map[string]float64 `yaml:"read_volumes,omitempty"`
	// UnitStaff marks an archetype whose people at each counted branch, clinic or hospital are its
	// staff at work in it all day (an EHR's clinicians charting), not visitors on one errand:
	// their per-user rates stand.
	UnitStaff bool `yaml:"unit_staff,omitempty"`
	// Places names the noun (singular) whose stated count is places the main write fills, and
	// PerPlace how many of that write fill one when the statement does not say: a rota's "900
	// shifts a week" are 900 shifts created and some 5 sign-ups each, and the sign-ups are the load.
	Places   string  `yaml:"places,omitempty"`
	PerPlace float64 `yaml:"per_place,omitempty"`
	// ThingsPerUser is how many things each person the statement counts has, where the things
	// are theirs: a utility's customer has one smart meter, so "3 million customers" is 3
	// million meters, where an RTLS's staff say nothing about its tags.
	ThingsPerUser float64 `yaml:"things_per_user,omitempty"`
	// Carried says how many of a counted noun (singular) one sender carries, where a statement
	// may count what runs on the senders instead of the senders: about 30 pods run on a node,
	// so "200,000 pods" is some 6,700 nodes, not 200,000 of them.
	Carried map[string]float64 `yaml:"carried,omitempty"`
	// Moved says how many times a day the archetype's machines move each of a counted noun
	// (singular) they store, where the statement counts what the machines hold rather than the
	// machines: an automated parking tower's "300 cars" come in and go out about once a day each,
	// so its tasks are some 600 a day, not 300 senders at a robot's rate.
	Moved map[string]float64 `yaml:"moved,omitempty"`
	// KeptPerUser and Kept name a second write the archetype keeps history of when its main
	// write overwrites (a ride-hailing design keeps trips while positions replace each other).
	KeptPerUser float64 `yaml:"kept_per_user,omitempty"`
	// RawYears keeps raw points that long and one-minute rollups for the rest of the retention,
	// where the statement states no tiers of its own (a plant historian): storage is summed per
	// tier, not raw points for every year kept.
	RawYears float64 `yaml:"raw_years,omitempty"`
	Kept     string  `yaml:"kept,omitempty"`
	// OneSitting archetypes gather all their users at once (an exam): the day's users are those
	// present together, not ten times them.
	OneSitting bool `yaml:"one_sitting,omitempty"`
	// RollCall archetypes mark every counted student once in the window after the bell and
	// notify the absent ones' guardians before a deadline (attendance.go): two bursts a day.
	RollCall bool `yaml:"roll_call,omitempty"`
	// Turnout is the share of a ballot's stated electorate (a register of shareholders, a union's
	// members) who vote: they all vote in the one poll, so the day's users are the turnout, not
	// the fifth of registered users a daily app sees on a day.
	Turnout float64 `yaml:"turnout,omitempty"`
	// Overwrites marks the archetype's write as replacing its sender's last state (a driver's
	// position): only the latest is kept, so it adds no history to the stores.
	Overwrites bool `yaml:"overwrites,omitempty"`
	// FanOut is how many people one write reaches on average when the statement does not say
	// (a newsletter post emailed to its subscribers).
	FanOut float64 `yaml:"fan_out,omitempty"`
	// KeptBytes is what each write leaves in object storage when the archetype keeps only part
	// of what it takes in (a tracing system samples and compresses spans into blocks): the write
	// crosses the wire at RecordBytes and is stored once at KeptBytes, with no database row, so
	// neither the database's partitions nor its replicas count it.
	KeptBytes float64 `yaml:"kept_bytes,omitempty"`
	// BlobWrites marks the archetype's main write as carrying a payload kept as a blob, whatever
	// the statement calls it: an object store's "100k PUTs a second" are objects, not rows,
	// though no media word names them.
	BlobWrites bool `yaml:"blob_writes,omitempty"`
	// Calls is the media plane of an archetype whose people talk live (a video meeting): each
	// person online sends UpKbps and receives DownKbps through the media servers, and a share of
	// the calls is recorded. Its request rates are only the signalling.
	Calls *callMedia `yaml:"calls,omitempty"`
	// Live is the live plane of an audience watching an event together (liveaudience.go): its
	// taps and the frames pushed back, which size the edge tier rather than the database.
	Live *liveLoad `yaml:"live,omitempty"`
	// NoMedia marks an archetype whose writes never carry the media a statement names: an
	// orchestrator's "new images" are container images pulled from a registry, and a function
	// platform's invocations pass a photo's key, not the photo kept per call.
	NoMedia bool `yaml:"no_media,omitempty"`
	// WritesFollowReads marks an archetype whose write is what its reads cause (a cache fill on a
	// miss, a counter bumped by each check), not a request of its own: a stated count of
	// requests is then all reads, with the writes beside them rather than among them.
	WritesFollowReads bool `yaml:"writes_follow_reads,omitempty"`
	// WriteInRead marks an archetype whose write is made inside its read, in one atomic
	// operation on the store (a limiter's check takes its token in the same script): each stated
	// request is one operation, counted once, not a read and a write beside it.
	WriteInRead bool `yaml:"write_in_read,omitempty"`
	// ReadBack marks an archetype whose senders' reports are read back one by one by the people
	// they concern (a parent opening their child's bus), not queried in aggregate: its
	// read_write stands beside a stated report interval.
	ReadBack bool `yaml:"read_back,omitempty"`
	// Race sizes a mass-participation race by its day rather than by daily users (race.go).
	Race *raceLoad `yaml:"race,omitempty"`
	// EachUser names (singular) the users whose main write comes on its own schedule whether or
	// not they visit that day: a subscription renews each subscriber on their cadence, so the
	// assumed writes count every stated user, not the fifth of them active on a day.
	EachUser string `yaml:"each_user,omitempty"`
	// WritesPerYear sizes an occasional main write (an appeal, an application) per person a
	// year rather than per daily user a day (occasional.go), with ReadWrite reads of each: the
	// people who may do it are the stated users, active on a given day or not.
	WritesPerYear float64 `yaml:"writes_per_year,omitempty"`
	// InProcess are operations (singular nouns) the archetype runs inside its callers, with no
	// request to its servers: a flag SDK's evaluations. A stated rate of them sizes nothing
	// here; the servers' load is the callers fetching what the operation reads.
	InProcess []string `yaml:"in_process,omitempty"`
	// WritesWhy says where WritesPerUser comes from, in the assumed write's note.
	WritesWhy string `yaml:"writes_why,omitempty"`
	// Doers are the people (singular nouns) who, counted on a day, each came to make the main
	// write that day, with how many of it each makes, and DoersWhy says why: a ferry's "40,000
	// riders a day" each travel on a booking, shared by a party, where 0.05 bookings per daily
	// user would have been an app's browsers, 3,000 times too few.
	Doers    map[string]float64 `yaml:"doers,omitempty"`
	DoersWhy string             `yaml:"doers_why,omitempty"`
	// Quieter are kinds of the archetype, named by phrases of the statement, whose members mostly
	// read: a professional network's members scroll their feed but about 1 in 50 posts on a
	// day, where a microblog's post twice. The first kind named sets the writes per user.
	Quieter []quietKind `yaml:"quieter,omitempty"`
	// GroupOf names the noun (singular) a stated cap on a group counts, where the main write goes
	// to every one of them: a chat message to each member of its group, so "groups of up to 5,000
	// members" sizes the message's deliveries.
	GroupOf string `yaml:"group_of,omitempty"`
	// PublicReads marks an archetype whose readers are a public apart from its senders (a
	// city's residents reading which streets the ploughs cleared): stated pings size the writes
	// only, and the reads follow the people, People of them a day where the statement counts none.
	PublicReads bool `yaml:"public_reads,omitempty"`
	// What a write and a read are for this archetype, used to name assumed flows.
	Write string `yaml:"write,omitempty"`
	Read  string `yaml:"read,omitempty"`
	// WriteBy is who does the main write, as a composed design reads it from the statement
	// ("staff log found items" → staff): staff at counted sites write at their own rate, not
	// at the rate of the public who come through.
	WriteBy string `yaml:"-"`
}

// quietKind is a kind of an archetype whose members write less than its usual users.
type quietKind struct {
	Names         []string `yaml:"names"`
	WritesPerUser float64  `yaml:"writes_per_user"`
	Why           string   `yaml:"why"`
}

// quieter gives the writes per user of the first quieter kind the statement names, with why.
func quieter(p loadProfile, statement string) loadProfile {
	s := strings.ToLower(statement)
	for _, q := range p.Quieter {
		if slices.ContainsFunc(q.Names, func(n string) bool { return namesPhrase(s, n) }) {
			p.WritesPerUser, p.WritesWhy = q.WritesPerUser, q.Why
			break
		}
	}
	return p
}

// inProcess takes out the stated flows of operations the archetype runs inside its callers
// (p.InProcess): "2 million flag evaluations a second" never reach a server, and as writes they
// sized a fleet of 30 million app servers and an exabyte of storage.
func inProcess(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	stated := *w
	w.Flows = slices.DeleteFunc(w.Flows, func(f conversation.Flow) bool {
		if !slices.ContainsFunc(strings.Fields(strings.ToLower(f.Name)), func(w string) bool { return slices.Contains(p.InProcess, singularNoun(w)) }) {
			return false
		}
		note("%s: %s a second, run inside each caller with no request to the servers (stated; sizes nothing here)", f.Name, conversation.Human(stated.Rate(f)))
		return true
	})
}

// assumedWhy is how an assumed per-user write says where it comes from: "(assumed)" or
// "(assumed: <why>)".
func assumedWhy(p loadProfile) string {
	if p.WritesWhy == "" {
		return "(assumed)"
	}
	return "(assumed: " + p.WritesWhy + ")"
}

// mediaWords name writes whose payload goes to object storage. A CV or a résumé is a file (the
// unaccented "resume" is left out: a game or a download resumes).
var mediaWords = []string{"photo", "image", "picture", "video", "clip", "file", "upload", "download", "song",
	"podcast", "episode", "attachment", "backup", "document", "recording", "reel", "story", "audio", "media", "pdf",
	"voice", "voicemail", "scan", "selfie", "screenshot", "footage", "cv", "résumé", "curriculum vitae"}

// statedMediaRe finds media a statement names as a thing: not "track", "upload", "file" or
// "story", which statements use as verbs or in other senses ("track loans", "user stories").
var statedMediaRe = regexp.MustCompile(`(?i)\b(photo|image|picture|video|clip|footage|recording|audio|voice note|voice message|voicemail|song|podcast|selfie|screenshot|scan|cv|résumé|curriculum vitae|pdf)s?(?:[^\p{L}\p{N}_]|$)`)

// typicalMedia is the size of one item of media by what it is, for designs whose archetype
// knows no media of its own (a fleet's dashcam clips, a voicemail box): a phone photo, a
// 30-second 1080p clip, a minute of compressed voice.
var typicalMedia = map[string]float64{"photo": 2e6, "image": 2e6, "picture": 2e6, "selfie": 2e6, "screenshot": 500e3,
	"scan": 1e6, "video": 50e6, "clip": 20e6, "footage": 20e6, "reel": 20e6, "story": 5e6, "song": 5e6, "track": 5e6,
	"podcast": 50e6, "episode": 50e6, "recording": 5e6, "audio": 5e6, "voice": 500e3, "voicemail": 500e3,
	"document": 500e3, "pdf": 500e3, "attachment": 500e3, "file": 2e6, "upload": 2e6, "media": 2e6,
	"cv": 200e3, "résumé": 200e3}

// positionEvery is how often a tracked phone reports where it is during a live session.
const positionEvery = 5.0

// trackSessions adds the positions a live session streams while it lasts, where the statement
// counts the sessions and says how long one lasts ("50,000 walks a day", "30-minute walks") and
// no archetype already sizes the positions: 360 positions a walk outweigh the walks themselves.
func trackSessions(w *conversation.Workload, rd workload.Reading) {
	if slices.ContainsFunc(w.Flows, func(f conversation.Flow) bool { return positionRe.MatchString(f.Name) }) {
		return
	}
	for _, span := range rd.Spans {
		i := slices.IndexFunc(w.Flows, func(f conversation.Flow) bool {
			return f.Kind == conversation.FlowWrite && f.Source == conversation.Stated && span.Noun != "" && lastWord(f.Name) == span.Noun
		})
		if i < 0 || span.Value < 60 {
			continue
		}
		base := w.Flows[i]
		per := math.Round(span.Value / positionEvery)
		w.Flows = append(w.Flows, conversation.Flow{Name: "position update", Kind: conversation.FlowWrite, Count: per, PerSeconds: 1,
			ItemsOf: base.Name, StoredBytes: 100, Overwrites: true, Source: conversation.Assumed})
		w.Notes = append(w.Notes, fmt.Sprintf("position update: one every %g s through each %s of %s = %g per %s, each replacing the last (assumed)",
			positionEvery, span.Noun, duration(span.Value), per, span.Noun))
		return
	}
}

var positionRe = regexp.MustCompile(`\b(position|location|gps|ping|coordinate|heartbeat)s?\b`)

// publicNouns are readers who are a public rather than an operator's own staff: residents who
// wait for their street, drivers who check a road.
var publicNouns = set("resident", "citizen", "household", "homeowner", "tenant", "neighbour", "neighbor", "commuter", "driver", "motorist",
	"pedestrian", "cyclist", "taxpayer", "parent", "visitor", "public", "people", "person", "user", "customer", "rider", "passenger")

// readByPublic reports whether a statement's readers may be a public: the one said to see or
// check is one of them, or, where no reader is said, no person acts at all. "The agronomist sees
// which fields were sprayed" is read by the farm's staff.
func readByPublic(statement string) bool {
	if m := readerRe.FindAllStringSubmatch(statement, -1); len(m) > 0 {
		return slices.ContainsFunc(m, func(sub []string) bool { return publicNouns[singularNoun(strings.ToLower(sub[1]))] })
	}
	return !slices.ContainsFunc(readStatement(statement).Actors, func(a string) bool { return a != "system" && !isMachine(a) })
}

// readerRe finds who is said to read: "residents see", "drivers can check", "the agronomist looks up".
var readerRe = regexp.MustCompile(`(?i)\b([a-z]+)\s+(?:can\s+|could\s+|should\s+|want\s+to\s+)?(?:see|sees|check|checks|look|looks|view|views|watch|watches|follow|follows|read|reads|find out|finds out)\b`)

// mediaSize is the archetype's media size, else the typical size of the media the flow names.
func mediaSize(p loadProfile, name string) float64 {
	if p.MediaBytes > 0 {
		return p.MediaBytes
	}
	words := strings.FieldsFunc(codeScansTallied(strings.ToLower(name)), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := len(words) - 1; i >= 0; i-- {
		if size, ok := typicalMedia[singularNoun(words[i])]; ok {
			return size
		}
	}
	return 0
}

// readVolumes turns a stated volume of what the reads carry ("2 billion words a day") into the
// reads that carry it.
func readVolumes(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	for i, f := range w.Flows {
		per := p.ReadVolumes[singularNoun(lastWord(f.Name))]
		if per <= 0 || f.Source != conversation.Stated || f.Kind != conversation.FlowWrite {
			continue
		}
		w.Flows[i].Kind, w.Flows[i].Name, w.Flows[i].Count = conversation.FlowRead, p.Read, f.Count/per
		note("%s: the stated %ss, about %s in each (assumed)", p.Read, singularNoun(lastWord(f.Name)), conversation.Human(per))
	}
}

// workloadFrom reads the statement's load and completes it from the archetype's profile: every
// figure the statement gives is kept as stated, every gap is filled and labelled assumed.
// readsOfWrites adds the reads of what the main write makes, at rw reads a write, when the
// statement gives writes alone.
func readsOfWrites(w *conversation.Workload, p loadProfile, rw float64, note func(string, ...any)) {
	main := mainWrite(*w, p)
	ownThings := p.Things > 0 && p.PerThingPerDay > 0 && main.Source == conversation.Assumed
	if (ingestFlow(main.Name) || deviceReport(main) || tallyEvent(main.Name) || scansOfEach(main)) && rw > 0.01 && !ownThings && !p.ReadBack {
		// "ingests 1M GPS points a second": what is ingested is queried in aggregate, not
		// read back one by one. An archetype that sizes its own senders (a lock service's
		// sessions in 30,000 pods) knows how often what they write is read.
		rw = 0.01
	}
	read, why := p.Read, ""
	if syncMessage(main) && lastWord(main.Name) != lastWord(p.Write) && rw > 0.01 {
		// "OTA updates arrive at 200 per second": other systems' messages applied to ours, which
		// change what is read but bring no readers of their own.
		rw, why = 0.01, ", messages from other systems that bring no readers of their own"
	}
	per := 1.0
	if main.Burst {
		per = main.PerSeconds // reads of a rush come in the same rush
	}
	if p.FanOut > 0 && delivery(main.Name) {
		// "5 million emails": the reads a post draws are spread over its recipients.
		rw, why = rw/p.FanOut, fmt.Sprintf(", %s per %s spread over its %s recipients", ratioWord(rw), orDefault(p.Write, "write"), conversation.Human(p.FanOut))
	}
	if strings.HasSuffix(main.Name, "queue join") {
		// People waiting in a queue read only their place in it; what the system sells is read
		// by those it admits, at the rate it can serve them.
		read, rw, why = "queue position poll", 20, ", every 15 s over about 5 minutes in the queue"
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: read, Kind: conversation.FlowRead, Count: rw, PerSeconds: per,
		ItemsOf: main.Name, Burst: main.Burst, Lasts: main.Lasts, Recurs: main.Recurs, Source: conversation.Assumed})
	note("%s: %s per %s%s (assumed)", read, ratioWord(rw), main.Name, why)
}

func workloadFrom(statement string, p loadProfile) (conversation.Workload, workload.Reading) {
	rd := workload.Read(statement)
	w := rd.Workload.Clone()
	w.HeldBytes = rd.Stored
	note := func(format string, a ...any) { w.Notes = append(w.Notes, fmt.Sprintf(format, a...)) }
	groupDelivery(&w, statement, note)
	settlementFlows(&w)
	bufferNote(&w, statement)
	fillPlaces(&w, statement, p, note)
	inProcess(&w, p, note)
	H := conversation.Human
	if p.Write == "" {
		p.Write, p.Read = "write", "read"
	}
	p = quieter(p, statement)
	if w.Has(conversation.FlowWrite) && !w.Has(conversation.FlowRead) && !w.Has(conversation.FlowStream) && p.ReadsPerUser > 0 {
		countedReaders(&w, rd, p, note)
	}
	whoActs(&w, rd, statement, p, note)
	readVolumes(&w, p, note)
	if w.Concurrent > 0 && !w.Has(conversation.FlowRead) && !w.Has(conversation.FlowStream) {
		// "2M concurrent right after the polls close": people on a page keep it fresh, about
		// every 30 s (a refresh or a poll), whatever pushes it.
		w.Flows = append(w.Flows, conversation.Flow{Name: orDefault(p.Read, "page refresh"), Kind: conversation.FlowRead, Count: 1,
			PerSeconds: 30, Each: true, Actors: w.Concurrent, ActorNoun: "people online", Steady: true, Source: conversation.Assumed})
		note("%s: each of the %s people online refreshes about every 30 s (assumed)", orDefault(p.Read, "page refresh"), H(w.Concurrent))
	}
	hasWrite, hasRead := w.Has(conversation.FlowWrite), w.Has(conversation.FlowRead) || w.Has(conversation.FlowStream)
	if hasWrite && !hasRead && w.DAU == 0 && w.Users > 0 && p.ReadsPerUser > 0 && !onlyInStretches(w) {
		// "2 million investors … the feed delivers 500K updates a second": people read, the
		// feed writes; the reads follow the people, not the feed. People who come for a stretch
		// once a year ("a bird count over one weekend a year") read in it, with their writes.
		dailyFromUsers(&w, statement, note)
	}
	rw := p.ReadWrite
	if rw <= 0 {
		rw = 10
	}
	if rd.ReadRatio > 0 {
		rw = rd.ReadRatio // "reads:writes 10:1" with no rate stated
	}
	if !p.WritesFollowReads {
		rw = divideTotals(&w, rd, p.Write, rw, note)
	}
	readIsWrite(&w, p, rw, note)
	hasWrite, hasRead = w.Has(conversation.FlowWrite), w.Has(conversation.FlowRead) || w.Has(conversation.FlowStream)
	if hasWrite && !hasRead && w.DAU == 0 && p.PublicReads && p.People > 0 && readByPublic(statement) {
		w.DAU = p.People
		note("readers: no public stated, %s people a day assumed reading it, the usual size of such a system", H(p.People))
	}
	switch {
	case hasWrite && !hasRead && w.DAU > 0 && p.ReadsPerUser > 0 && rd.Release.Crowd == 0:
		// After a release the searches come with the crowd, in its rush (readsOfWrites), not
		// spread over a day.
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: p.ReadsPerUser,
			PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per user a day (assumed)", p.Read, H(p.ReadsPerUser))
	case hasWrite && !hasRead:
		readsOfWrites(&w, p, rw, note)
	case hasRead && !hasWrite && w.DAU > 0 && p.WritesPerUser > 0:
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.WritesPerUser,
			PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per user a day %s", p.Write, H(p.WritesPerUser), assumedWhy(p))
	case hasRead && !hasWrite && !w.Has(conversation.FlowStream) && p.WriteInRead:
		note("%s: each one makes its %s in the same atomic call, so it is counted once", p.Read, p.Write)
	case hasRead && !hasWrite && !w.Has(conversation.FlowStream):
		writesFromReads(&w, p.Write, rw, note)
	}
	finishLoad(&w, rd, statement, p, note)
	return w, rd
}

// finishLoad completes a workload whose flows are all there: the writes that reads make, the
// bytes and reach of each flow, the bursts, shifts and spikes that set its peaks, and the
// workload-wide figures.
func finishLoad(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	writesInReads(w, p)
	rushReads(w, p, note)
	sizeAndReach(w, rd, statement, p, note)
	keptHistory(w, p, note)
	sittingWindow(w, rd, statement, p, note)
	addLive(w, p, note)
	onlineTogether(w, rd, p, note)
	workersAtWork(w, rd, statement, note)
	rollWindow(w, statement, p, note)
	spikes(w, statement, note)
	settle(w, p, note)
	busyDays(w, rd.WeekPeak, note)
}

// writesInReads makes the writes of an archetype that writes inside its read (WriteInRead) the
// reads themselves: "1000 counter updates per user a day" and one limit check per update are
// 1000 checks, each bumping its counter in the same call, not 2000 operations; and "20K logins a
// second" reaching a login limiter are 20K checks.
func writesInReads(w *conversation.Workload, p loadProfile) {
	if !p.WriteInRead {
		return
	}
	writes := map[string]bool{}
	for _, f := range w.Flows {
		if f.Kind == conversation.FlowWrite {
			writes[f.Name] = true
		}
	}
	w.Flows = slices.DeleteFunc(w.Flows, func(f conversation.Flow) bool {
		return f.Kind == conversation.FlowRead && f.Source == conversation.Assumed && writes[f.ItemsOf]
	})
	for i, f := range w.Flows {
		if f.Kind != conversation.FlowWrite {
			continue
		}
		w.Flows[i].Kind = conversation.FlowRead
		if f.Name == p.Write && f.Source == conversation.Assumed {
			w.Flows[i].Name = p.Read
		}
	}
	var notes []string
	for _, n := range w.Notes {
		head, rest, _ := strings.Cut(n, ": ")
		switch {
		case head == p.Read && strings.Contains(rest, " per ") && strings.HasSuffix(rest, "(assumed)"):
			continue // a read assumed from a write, dropped above
		case head == p.Write:
			n = p.Read + ": " + rest + ", each making its " + p.Write + " in the same atomic call"
		}
		notes = append(notes, n)
	}
	w.Notes = notes
}

// sizeAndReach gives the flows their bytes (the media a statement names, a call's streams) and
// the main write its audience.
func sizeAndReach(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	statedMedia := ""
	if !p.NoMedia {
		statedMedia = statedMediaRe.FindString(codeScansTallied(strings.ToLower(statement)))
	}
	if parties := videoSessions(w, rd, statement, p.Calls, note); parties > 0 && p.Calls != nil {
		c := *p.Calls
		c.CallSize = parties // a video session's parties, not a meeting's
		p.Calls = &c
	}
	if p.Calls != nil {
		// "cloud recording" in a meeting service is the calls' media, not a file each join uploads.
		statedMedia = ""
		p.Calls.add(w, statement, note)
	}
	// The file a stated largest size is of ("PDFs up to 200 MB"), named in any words, gives the
	// typical size of one when no photo or clip is named.
	named := statedMedia
	if named == "" && !p.NoMedia {
		named = strings.TrimFunc(mediaRe.FindString(statement), func(r rune) bool { return !unicode.IsLetter(r) })
	}
	tagReads(w, statement, note)
	sizeFlows(w, rd, p, statedMedia, named, note)
	mediaOnShare(w, rd.MediaShare, note)
	i := slices.IndexFunc(w.Flows, func(f conversation.Flow) bool { return f.Kind == conversation.FlowWrite })
	fan := rd.FanOut
	if fan == 0 {
		fan = groupFanOut(rd, p, note)
	}
	switch {
	case i < 0 || fan == 0 && p.FanOut == 0:
		return
	case fan == 0 && deliveries(&w.Flows[i], note):
		return
	case fan == 0:
		fan = p.FanOut
		note("each %s reaches %s people on average (assumed; the largest audience is far bigger)", orDefault(p.Write, "write"), conversation.Human(fan))
	}
	w.Flows[i].FanOut = fan
}

// deliveryNouns are what a fan-out hands to each recipient: a count of them counts recipients.
var deliveryNouns = map[string]bool{"email": true, "e-mail": true, "notification": true, "push": true, "sms": true, "text": true}

// delivery reports whether a flow's name says it hands something to each recipient: "send
// email", "push notification", or "email subscriber" for "emails 3 million subscribers".
func delivery(name string) bool {
	name = strings.ToLower(name)
	first := firstWord(name)
	return deliveryNouns[singularNoun(lastWord(name))] || first == "email" || first == "text" || first == "sms"
}

// deliveries reports whether a write flow counts what reaches each recipient ("sends 5 million
// emails every morning"): the fan-out is already in its count, and what each one stores is a
// delivery's row, not the body that was written once.
func deliveries(f *conversation.Flow, note func(string, ...any)) bool {
	if !delivery(f.Name) {
		return false
	}
	f.StoredBytes = 200
	note("%s: each one is a delivery to one recipient, so the count already holds the fan-out, and each keeps a delivery row (recipient, status, times) of about 200 B rather than the body, which is stored once (assumed)", f.Name)
	return true
}

// groupFanOut is how many people one write reaches on average where the statement caps the
// people in the group it goes to ("groups of up to 5,000 members", "rooms capped at 300
// players") and says no average: a tenth of the cap, since most writes go to groups far below
// it (and, in a chat, to one person), and never fewer than a handful. A full group is the cap
// itself, said beside it.
func groupFanOut(rd workload.Reading, p loadProfile, note func(string, ...any)) float64 {
	if p.GroupOf == "" {
		return 0
	}
	for _, l := range rd.Limits {
		if l.Of == "" || l.Value < 2 || singularNoun(l.Noun) != p.GroupOf && !workload.IsPerson(l.Noun) {
			continue
		}
		fan, why := math.Round(l.Value/10), "a tenth of the stated cap, most groups being far smaller"
		if fan < 3 {
			fan, why = math.Min(3, l.Value), "a small group's few"
		}
		note("each %s reaches %s %s on average (assumed: %s); one to a full %s of %s is %s deliveries",
			orDefault(p.Write, "write"), conversation.Human(fan), pluralNoun(p.GroupOf), why, l.Of, conversation.Human(l.Value), conversation.Human(l.Value))
		return fan
	}
	return 0
}

// divideTotals divides a stated count of every request ("1 million requests a month") into the
// reads and the writes it holds, by the system's read:write ratio (rw), or by the leaning the
// statement words ("mostly reads"): the stated total stays the total. It returns the ratio used.
func divideTotals(w *conversation.Workload, rd workload.Reading, write string, rw float64, note func(string, ...any)) float64 {
	switch {
	case rd.Leaning == "reads" && rw < 4:
		rw = 9 // "mostly reads" is more than the system's usual few reads a write
	case rd.Leaning == "writes" && rw > 0.25:
		rw = 0.25
	}
	for _, name := range rd.Totals {
		i := slices.IndexFunc(w.Flows, func(f conversation.Flow) bool { return f.Name == name })
		if i < 0 || w.Has(conversation.FlowWrite) {
			continue
		}
		total := w.Flows[i]
		w.Flows[i].Kind, w.Flows[i].Count, w.Flows[i].VolumeBytes = conversation.FlowRead, total.Count*rw/(rw+1), total.VolumeBytes*rw/(rw+1)
		w.Flows = append(w.Flows, conversation.Flow{Name: write, Kind: conversation.FlowWrite, Count: 1 / rw, PerSeconds: 1,
			ItemsOf: name, Source: conversation.Assumed})
		how := "assumed"
		if rd.Leaning != "" {
			how = "assumed; mostly " + rd.Leaning + ", the statement says"
		}
		note("%s: the stated %s %s are every request, reads and writes: %s reads and %s %ss, one per %s reads (%s)", name,
			conversation.Human(total.Count), conversation.Period(total.PerSeconds), conversation.Human(w.Flows[i].Count),
			conversation.Human(total.Count/(rw+1)), write, ratioWord(rw), how)
	}
	return rw
}

// readIsWrite makes a stated fetch of the item a write-heavy archetype writes that write: a
// crawler's "fetches 1 billion pages a month" are its fetched pages, each one stored. Read as
// reads, the writes would be assumed from them by the archetype's ratio, ten per fetch, and the
// stated rate would size nothing. Where the archetype's write is the fetch itself, so is a
// stated poll of one of its senders: a feed pipeline's "polls 3,000 weather stations every 10
// minutes" are its fetches (a news aggregator's polls of its feeds are not its articles).
func readIsWrite(w *conversation.Workload, p loadProfile, rw float64, note func(string, ...any)) {
	item := lastWord(p.Write)
	if rw >= 1 || item == "" || item == lastWord(p.Read) || w.Has(conversation.FlowWrite) {
		return
	}
	fetched := func(name string) bool {
		return lastWord(name) == item || fetchVerbs[item] && slices.Contains(p.SenderNouns, singularNoun(lastWord(name)))
	}
	for i, f := range w.Flows {
		if f.Kind == conversation.FlowRead && f.Source == conversation.Stated && fetched(f.Name) && fetchFlow(f.Name) {
			w.Flows[i].Kind = conversation.FlowWrite
			note("%s: each is a %s, the write (stated)", f.Name, p.Write)
		}
	}
}

// fetchVerbs name a flow of the system fetching something in from outside ("fetch page",
// "download feed"), which it then keeps; "view error event" is people reading what the system
// keeps.
var fetchVerbs = set("fetch", "download", "retrieve", "pull", "poll", "scrape", "crawl", "harvest", "mirror")

// fetchFlow reports whether a flow's name starts with one of fetchVerbs.
func fetchFlow(name string) bool { return fetchVerbs[firstWord(name)] }

// writesFromReads assumes the writes of a statement that gives only reads, one per rw of them.
// Reads stated at their peak ("300k queries/sec at peak") give the writes' peak, not their average.
func writesFromReads(w *conversation.Workload, name string, rw float64, note func(string, ...any)) {
	reads, peak := 0.0, true
	for _, f := range w.Flows {
		reads += w.Rate(f)
		peak = peak && (f.Peak && !f.Burst || w.PeakOf(f))
	}
	if rush, ok := onlyRush(*w); ok {
		// "booking opens on 1 March … 60k people hit the site in the first hour": the writes
		// come in the reads' rush, as often as it comes, not at the rush's rate all year.
		w.Flows = append(w.Flows, conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: reads / rw * rush.PerSeconds,
			PerSeconds: rush.PerSeconds, Peak: true, Burst: true, Lasts: rush.Lasts, Recurs: rush.Recurs, Source: conversation.Assumed})
		note("%s: one per %s reads (assumed) = %s/s in the %s's rush, once %s", name, ratioWord(rw), conversation.Human(reads/rw),
			rush.Name, conversation.Period(rush.Recurs))
		return
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: reads / rw, PerSeconds: 1,
		Peak: peak, Source: conversation.Assumed})
	at := ""
	if peak {
		at = " at peak"
	}
	note("%s: one per %s reads (assumed) = %s/s%s", name, ratioWord(rw), conversation.Human(reads/rw), at)
}

// onlyRush is the one flow of a workload whose every flow is a rush that comes back on a stated
// cadence ("once a year"); false when any flow runs outside such a rush.
func onlyRush(w conversation.Workload) (conversation.Flow, bool) {
	if len(w.Flows) != 1 || !w.Flows[0].Burst || w.Flows[0].Recurs <= 0 {
		return conversation.Flow{}, false
	}
	return w.Flows[0], true
}

// onlyInStretches reports a workload whose writes all fall in stretches that come back
// ("80,000 checklists over one weekend a year"): no one uses it daily.
func onlyInStretches(w conversation.Workload) bool {
	writes := 0
	for _, f := range w.Flows {
		if f.Kind == conversation.FlowWrite {
			if f.Recurs == 0 {
				return false
			}
			writes++
		}
	}
	return writes > 0
}

// mainWrite is the stated write reads follow: the archetype's own write where the statement
// names it ("3 million bookings a year" beside "120 sailings a day"), else the busiest.
func mainWrite(w conversation.Workload, p loadProfile) conversation.Flow {
	var best conversation.Flow
	for _, f := range w.Flows {
		if f.Kind != conversation.FlowWrite {
			continue
		}
		if p.Write != "" && lastWord(f.Name) == lastWord(p.Write) {
			return f
		}
		if best.Name == "" || w.Rate(f) > w.Rate(best) {
			best = f
		}
	}
	return best
}

// workRe finds statements about people at work: a company's staff use its tools daily, where a
// consumer app's registered users mostly do not.
var workRe = regexp.MustCompile(`(?i)\b(internal|employees?|staff|engineers?|developers?|our (company|team|org|office)|person (company|firm|org|organi[sz]ation)|company-wide|intranet|colleagues|agents|nurses|clinicians|translators|subtitlers|linguists)\b`)

// dailyFromUsers assumes the daily share of a stated user count.
func dailyFromUsers(w *conversation.Workload, statement string, note func(string, ...any)) {
	H := conversation.Human
	if workRe.MatchString(statement) {
		w.DAU = w.Users * 0.8
		note("daily active users: 80%% of the %s people, a work tool used on working days = %s (assumed)", H(w.Users), H(w.DAU))
		return
	}
	w.DAU = w.Users / 5
	note("daily active users: a fifth of the %s users = %s (assumed)", H(w.Users), H(w.DAU))
}

// assumeFlows fills a workload whose statement gives no flow: from its things ("20,000 sensors"),
// its users, a famous product's scale, or the archetype's typical load.
// devicesSend sizes the flow of counted devices: "a monitoring system for 20,000 servers" has
// the things send, not people.
func devicesSend(w *conversation.Workload, t workload.Population, p loadProfile, note func(string, ...any)) {
	per := p.PerThingPerDay
	if per == 0 {
		per = 1440
	}
	name, kind, verb := p.Write, conversation.FlowWrite, "sends"
	if p.ReadWrite >= 10 && p.Read != "" {
		// SDKs in 200M devices fetch rules; they do not write.
		name, kind, verb = p.Read, conversation.FlowRead, "fetches"
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: name, Kind: kind, Count: per, PerSeconds: 86400,
		Each: true, Actors: t.Value, ActorNoun: t.Noun + "s", Source: conversation.Assumed})
	note("%s: each of the %s %s %s %s a day (assumed)", name, conversation.Human(t.Value), pluralNoun(t.Noun), verb, conversation.Human(per))
}

func assumeFlows(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	H := conversation.Human
	person := "user"
	if per, ok := p.Doers[rd.DayNoun]; ok && w.DAU > 0 && !w.Has(conversation.FlowWrite) {
		// The day's people came to make the write: it is theirs, not a fleet's or an app's.
		p.WritesPerUser, p.WritesWhy, person = per, p.DoersWhy, rd.DayNoun
		p.Things, p.PerThingPerDay, p.ThingsAlone = 0, 0, 0
	}
	if i := slices.IndexFunc(rd.Capacities, func(c workload.Capacity) bool { return p.Holds != "" && c.Unit == p.Holds }); i >= 0 {
		// The units turn over into the archetype's own write: a stadium's seats are scanned at
		// its gates by an admission system, not sold again.
		c := rd.Capacities[i]
		if p.Write != "" {
			c.Event = p.Write
		}
		assumeTurnover(w, c, note)
		return
	}
	if p.Race != nil && raceFlows(w, rd, statement, p, note) {
		return
	}
	if p.Things > 0 && p.PerThingPerDay > 0 {
		// The archetype's load is its things: the people at a site only read.
		assumeThings(w, rd, p, oneSiteRe.MatchString(statement), note)
		return
	}
	if len(rd.Capacities) > 0 && w.DAU == 0 && w.Users == 0 && w.Concurrent == 0 {
		// "a 1,400-space car park": a size, whose load is its turnover.
		assumeTurnover(w, rd.Capacities[0], note)
		return
	}
	if w.DAU == 0 && w.Users == 0 && len(rd.Tenants) > 0 {
		tenantPeople(w, rd, statement, note)
	}
	writes, reads := p.WritesPerUser, p.ReadsPerUser
	if orgPeople(w, rd, statement, p.UnitStaff, note) == errands {
		writes, reads = min(writes, 1), min(reads, 5)
		if staffWrite(w, rd, p, note) {
			writes = 0 // the write is the staff's, sized above; the public only read
		}
	}
	if t, ok := firstThing(rd.Things, deviceNouns); ok && w.DAU == 0 && w.Users == 0 {
		devicesSend(w, t, p, note)
		return
	}
	dailyFromScale(w, rd, statement, p, note)
	switch {
	case w.DAU == 0 && p.Writes > 0:
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.Writes, PerSeconds: 1, Source: conversation.Assumed})
		note("no load stated: %s %ss/s assumed for a mid-sized deployment", H(p.Writes), p.Write)
		return
	case w.DAU == 0 && !(w.Users > 0 && p.WritesPerYear > 0):
		assumePeople(w, rd, statement, p, note)
	}
	if p.Turnout > 0 && writes > 0 && rd.ReadRatio == 0 {
		pollFlows(w, statement, p, writes, reads, note)
		return
	}
	if p.WritesPerYear > 0 && !w.Has(conversation.FlowWrite) && (w.Users > 0 || w.DAU > 0) {
		yearlyFlows(w, p, person, note)
		return
	}
	assumeWrite(w, p, writes, person, note)
	switch {
	case rd.ReadRatio > 0:
		// "reads:writes 20:1": the stated ratio sets the reads from the writes assumed.
		reads = math.Max(writes, 1) * rd.ReadRatio
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: reads, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per user a day, %s per %s as stated", p.Read, H(reads), H(rd.ReadRatio), p.Write)
	case reads > 0:
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: reads, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per user a day (assumed)", p.Read, H(reads))
	}
}

// assumeWrite adds the archetype's own write at writes per person a day, unless the statement
// states a write already: per subscriber active or not where the archetype says so
// (p.EachUser), else per person active on a day.
func assumeWrite(w *conversation.Workload, p loadProfile, writes float64, person string, note func(string, ...any)) {
	H := conversation.Human
	switch {
	case w.Has(conversation.FlowWrite):
	case writes > 0 && p.EachUser != "" && w.Users > 0:
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: writes, PerSeconds: 86400, Each: true,
			Actors: w.Users, ActorNoun: pluralNoun(p.EachUser), Source: conversation.Assumed})
		note("%s: %s per %s a day, for each of the %s, active that day or not %s", p.Write, H(writes), p.EachUser, H(w.Users), assumedWhy(p))
	case writes > 0:
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: writes, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per %s a day %s", p.Write, H(writes), person, assumedWhy(p))
	default:
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: 1, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: 1 per user a day (assumed)", p.Write)
	}
}

// How the people of counted organisations were found: none, those who come through each place
// on an errand, or the members of each group.
const (
	noOrgs = iota
	errands
	members
)

// homesRe finds a statement about homes let to people, whose tenants are people.
var homesRe = regexp.MustCompile(`(?i)\b(housing|landlords?|lettings?|letting agents?|flats?|apartments?|homes|rented|renting|rent|leases?|property managers?|property management|council houses?)\b`)

// orgPeople sets the day's users from counted organisations where no people are counted: the
// people who come through each place ("library loans for 20 branches"), or the members of each
// group ("a car-share for 200 families").
func orgPeople(w *conversation.Workload, rd workload.Reading, statement string, unitStaff bool, note func(string, ...any)) int {
	H := conversation.Human
	if w.DAU > 0 || w.Users > 0 {
		return noOrgs
	}
	if t, ok := firstThing(rd.Things, orgUnits); ok {
		each := sitePeople(t.Noun, statement)
		w.DAU = t.Value * each
		if unitStaff {
			// An EHR's clinicians work in each clinic all day; they are not there on one errand.
			note("daily active users: about %s staff at work at each of the %s %s = %s (assumed)", H(each), H(t.Value), pluralNoun(t.Noun), H(w.DAU))
			return members
		}
		note("daily active users: about %s a day at each of the %s %s = %s (assumed)", H(each), H(t.Value), pluralNoun(t.Noun), H(w.DAU))
		return errands
	}
	if t, ok := firstThing(rd.Things, groupSizes); ok && t.Noun == "tenant" && homesRe.MatchString(statement) {
		// A landlord's tenants rent its homes: each is a person, not a customer organisation of
		// a multi-tenant service with its staff.
		w.Users = t.Value
		note("people: the %s tenants, each renting a home (stated)", H(t.Value))
		return members
	}
	if t, ok := firstThing(rd.Things, groupSizes); ok {
		w.Users = t.Value * groupSizes[t.Noun]
		w.DAU = w.Users / 2
		note("people: %s %s × about %s each = %s, half of them active on a day (assumed)", H(t.Value), pluralNoun(t.Noun), H(groupSizes[t.Noun]), H(w.Users))
		return members
	}
	return noOrgs
}

// dailyFromScale sets the day's users from what the statement says of its scale besides counts
// of people: a famous product's name, one place ("a 600-bed hospital"), people online at once.
func dailyFromScale(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	H := conversation.Human
	if w.DAU == 0 && w.Users == 0 && w.Concurrent == 0 {
		if name, dau := famousScale(statement); dau > 0 {
			w.DAU = dau
			what := "no figures stated"
			if len(rd.Kept) > 0 || len(rd.Limits) > 0 || len(rd.Things) > 0 {
				what = "no users or load stated" // "30 million documents" is a figure, but not of people
			}
			note("%s: %s-scale assumed, ≈ %s daily active users (public order of magnitude)", what, name, H(dau))
		}
	}
	if unit, ok := oneUnit(statement); ok && w.DAU == 0 && w.Users == 0 && w.Concurrent == 0 && len(rd.Things) == 0 {
		// "a 600-bed hospital", "our school", "a mountain rescue team": one place or body, its people.
		w.DAU = unitPeople(unit, statement)
		if n, ok := unitMembers[unit]; ok {
			note("daily active users: one %s of about %s people, half of them active on a day (assumed)", unit, H(n))
		} else {
			note("daily active users: one %s, about %s people a day (assumed)", unit, H(w.DAU))
		}
	}
	if w.DAU == 0 && w.Users == 0 && w.Concurrent == 0 && p.OneSitting {
		// "12,000 candidates sit the paper at the same time" reads as a cap elsewhere; for an
		// exam the people there at once are the sitting itself, its whole load.
		if i := slices.IndexFunc(rd.Limits, func(l workload.Population) bool { return actorWords[singularNoun(l.Noun)] }); i >= 0 {
			w.Concurrent = rd.Limits[i].Value
			note("%s %s at once: the sitting (stated)", H(w.Concurrent), pluralNoun(singularNoun(rd.Limits[i].Noun)))
		}
	}
	switch {
	case w.DAU == 0 && w.Concurrent > 0 && p.OneSitting:
		// An exam's candidates all sit at once: the day's users are the sitting.
		w.DAU = w.Concurrent
		note("daily active users: the %s sitting at once (assumed: one sitting a day)", H(w.Concurrent))
	case w.DAU == 0 && w.Concurrent > 0:
		w.DAU = w.Concurrent * 10
		note("daily active users: ten times the %s concurrent = %s (assumed)", H(w.Concurrent), H(w.DAU))
	}
}

// bookedSpans are what a person's day is booked in, said with a length: "15-minute slots".
var bookedSpans = map[string]bool{"slot": true, "appointment": true, "session": true, "visit": true, "consultation": true, "lesson": true}

// workdaySeconds is a person's booked day where the statement states the length of a booking
// but not the hours.
const workdaySeconds = 8 * 3600

// slotsADay is how many of the archetype's writes each of its things makes a day: for a person
// booked in slots of a stated length, a working day of them ("15-minute slots": 32), else the
// archetype's own figure.
func slotsADay(rd workload.Reading, p loadProfile, thing string) (float64, string) {
	if !workload.IsPerson(thing) {
		return p.PerThingPerDay, ""
	}
	for _, s := range rd.Spans {
		if bookedSpans[singularNoun(s.Noun)] && s.Value > 0 && s.Value <= workdaySeconds {
			n := math.Floor(workdaySeconds / s.Value)
			return n, fmt.Sprintf(": %s-minute %s over an 8-hour day", conversation.Human(s.Value/60), pluralNoun(s.Noun))
		}
	}
	return p.PerThingPerDay, ""
}

// movedThings sizes an archetype whose machines store what the statement counts (Moved): each
// of them moved that many times a day. It reports whether it added the flow.
func movedThings(w *conversation.Workload, rd workload.Reading, p loadProfile, note func(string, ...any)) bool {
	for _, t := range slices.Concat(rd.Things, rd.Kept, rd.Counted) {
		per := p.Moved[t.Noun]
		if per <= 0 {
			continue
		}
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: per, PerSeconds: 86400,
			Each: true, Actors: t.Value, ActorNoun: pluralNoun(t.Noun), Source: conversation.Assumed})
		note("%s: each of the %s %s moved about %s times a day (assumed)", p.Write, conversation.Human(t.Value), pluralNoun(t.Noun), conversation.Human(per))
		return true
	}
	return false
}

// assumeThings sizes an archetype whose load is its things (tags, sensors): the things the
// statement counts send at the archetype's usual rate ("12,000 tagged assets"); when it counts
// none, its usual number at each site the statement counts, or at one ("our hospital wants to
// find its wheelchairs" is about 2,000 tags).
func assumeThings(w *conversation.Workload, rd workload.Reading, p loadProfile, oneSite bool, note func(string, ...any)) {
	H := conversation.Human
	thing := orDefault(p.Thing, "device")
	// A counted machine (pods, hosts, tags) is what sends; a counted service only groups them:
	// "400 services with about 30,000 pods" is 30,000 senders. The archetype's own senders come
	// first: "2 million containers across 60,000 machines" counts the machines outright.
	senders := slices.Clone(rd.Things)
	// A count the reader found nothing to size by ("a cruise ship with 2,000 cabins", "14
	// hospitals with 220 operating rooms") is the senders all the same when it counts the
	// archetype's own: a stated count beats one assumed at each site.
	// So is a count read as what the system keeps ("800,000 barcoded towels" for a laundry's
	// read points): the towels are what the gates read.
	for _, c := range slices.Concat(rd.Counted, rd.Kept) {
		if c.Noun == thing || slices.Contains(p.SenderNouns, c.Noun) {
			senders = append(senders, c)
		}
	}
	machineFirst := func(t workload.Population) int {
		switch {
		case t.Noun == thing || slices.Contains(p.SenderNouns, t.Noun):
			return 0
		case deviceNouns[t.Noun]:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(senders, func(a, b workload.Population) int { return machineFirst(a) - machineFirst(b) })
	if movedThings(w, rd, p, note) {
		return
	}
	for _, t := range senders {
		if (orgUnits[t.Noun] > 0 || listenerNouns[t.Noun]) && !slices.Contains(p.SenderNouns, t.Noun) {
			continue
		}
		// The count is load after all: the reader's note that it was not is taken back.
		w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool {
			return n == workload.NotLoad(t.Value, t.Noun) || n == workload.KeptNote(t.Value, t.Noun)
		})
		if per := p.Carried[t.Noun]; per > 0 {
			n := math.Max(1, math.Round(t.Value/per))
			w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.PerThingPerDay, PerSeconds: 86400,
				Each: true, Actors: n, ActorNoun: pluralNoun(thing), Source: conversation.Assumed})
			note("%s: the %s %s at about %s a %s = %s %s, each sending %s a day (assumed)", p.Write, H(t.Value), pluralNoun(t.Noun), H(per), thing, H(n), pluralNoun(thing), H(p.PerThingPerDay))
			return
		}
		perDay, why := slotsADay(rd, p, thing)
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: perDay, PerSeconds: 86400,
			Each: true, Actors: t.Value, ActorNoun: pluralNoun(t.Noun), Source: conversation.Assumed})
		if strings.EqualFold(t.Noun, thing) || slices.Contains(p.SenderNouns, t.Noun) || workload.IsPerson(thing) && workload.IsPerson(t.Noun) {
			// "2,000 DataNodes" or "20,000 news sites" count the senders themselves, not what
			// carries them; so do "6 vaccinators" where the senders are practitioners.
			note("%s: each of the %s %s %s %s a day%s (assumed)", p.Write, H(t.Value), pluralNoun(t.Noun), orDefault(p.ThingVerb, "sends"), H(perDay), why)
			return
		}
		note("%s: each of the %s %s has a %s that sends %s a day (assumed)", p.Write, H(t.Value), pluralNoun(t.Noun), thing, H(p.PerThingPerDay))
		return
	}
	if boundedFleet(w, rd, p, thing, note) {
		return
	}
	if thingsFromPeople(w, rd, p, thing, note) {
		return
	}
	n, how := p.Things, fmt.Sprintf("about %s", H(p.Things))
	if t, ok := firstThing(rd.Things, orgUnits); ok {
		n *= t.Value
		how = fmt.Sprintf("about %s at each of the %s %s = %s", H(p.Things), H(t.Value), pluralNoun(t.Noun), H(n))
	} else if p.ThingsAlone > 0 && !oneSite {
		n, how = p.ThingsAlone, fmt.Sprintf("about %s in all", H(p.ThingsAlone))
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.PerThingPerDay, PerSeconds: 86400,
		Each: true, Actors: n, ActorNoun: pluralNoun(thing), Source: conversation.Assumed})
	// Plurals by rule, not by a trailing s: "repositories", "pushes".
	note("%s: none counted, %s assumed; each %s %s a day (assumed)", pluralNoun(thing), how, orDefault(p.ThingVerb, "sends"), writesADay(p.PerThingPerDay, p.Write))
}

// boundedFleet sizes the senders from a bound stated on them where nothing else counts them:
// "100,000 servers per region" is the fleet to design for; a bound below the people counted is
// each person's.
func boundedFleet(w *conversation.Workload, rd workload.Reading, p loadProfile, thing string, note func(string, ...any)) bool {
	H := conversation.Human
	for _, l := range rd.Limits {
		// "100,000 servers per region" bounds a region's fleet: where nothing else counts the
		// senders, that bound is the fleet to design for.
		if l.Noun == thing || slices.Contains(p.SenderNouns, l.Noun) {
			if p.ThingsPerUser > 0 && w.Users > l.Value {
				// "5 million players, each plays several games at once": a bound below the
				// people counted cannot be the fleet's, so it is each person's.
				n := w.Users * l.Value
				w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.PerThingPerDay, PerSeconds: 86400,
					Each: true, Actors: n, ActorNoun: pluralNoun(thing), Source: conversation.Assumed})
				note("%s: %s for each of the %s people counted = %s; each %s %s a day (assumed)", pluralNoun(thing), H(l.Value), H(w.Users), H(n), orDefault(p.ThingVerb, "sends"), writesADay(p.PerThingPerDay, p.Write))
				return true
			}
			w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.PerThingPerDay, PerSeconds: 86400,
				Each: true, Actors: l.Value, ActorNoun: pluralNoun(l.Noun), Source: conversation.Assumed})
			note("%s: each of the %s %s stated as the bound sends %s a day (assumed)", p.Write, H(l.Value), pluralNoun(l.Noun), H(p.PerThingPerDay))
			return true
		}
	}
	return false
}

// thingsFromPeople sizes the things from the people the statement counts: the people who are
// the things themselves ("3,000 dentists" are an appointment book's practitioners, each taking
// so many bookings a day), else the things those people have ("a utility with 3 million
// customers": each has its meter; "2 million patients" are on some 1,000 practitioners' lists).
func thingsFromPeople(w *conversation.Workload, rd workload.Reading, p loadProfile, thing string, note func(string, ...any)) bool {
	H := conversation.Human
	verb := orDefault(p.ThingVerb, "sends")
	add := func(n float64, noun string) {
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: p.PerThingPerDay, PerSeconds: 86400,
			Each: true, Actors: n, ActorNoun: pluralNoun(noun), Source: conversation.Assumed})
	}
	for _, pp := range rd.People {
		if pp.Noun == thing || slices.Contains(p.SenderNouns, pp.Noun) {
			add(pp.Value, pp.Noun)
			note("%s: each of the %s %s %s %s a day (assumed)", p.Write, H(pp.Value), pluralNoun(pp.Noun), verb, H(p.PerThingPerDay))
			return true
		}
	}
	if p.ThingsPerUser <= 0 || w.Users <= 0 {
		return false
	}
	n := w.Users * p.ThingsPerUser
	add(n, thing)
	share := H(p.ThingsPerUser) + " for each"
	if p.ThingsPerUser < 1 {
		share = "one for every " + H(math.Round(1/p.ThingsPerUser))
	}
	note("%s: %s of the %s people counted = %s; each %s %s a day (assumed)", pluralNoun(thing), share, H(w.Users), H(n), verb, writesADay(p.PerThingPerDay, p.Write))
	return true
}

// listenerNouns are things that hear senders rather than send: counting 2,500 ceiling gateways
// says how big the site is, not how many tags beacon.
var listenerNouns = map[string]bool{"gateway": true, "receiver": true, "anchor": true, "reader": true}

// deviceNouns send on their own.
var (
	deviceNouns = map[string]bool{"locker": true, "fridge": true, "freezer": true, "probe": true, "valve": true, "bus": true, "plough": true, "satellite": true, "beacon": true,
		"device": true, "sensor": true, "meter": true, "host": true, "server": true, "machine": true,
		"vehicle": true, "car": true, "truck": true, "scooter": true, "bike": true, "camera": true, "phone": true, "node": true,
		"robot": true, "drone": true, "thermostat": true, "wearable": true, "kiosk": true, "terminal": true, "charger": true,
		"pump": true, "turbine": true, "panel": true, "gateway": true, "container": true, "pod": true, "instance": true,
		"tag": true, "badge": true, "forklift": true, "wheelchair": true}
	// orgUnits are places people come through, with how many use the system a day at each
	// (sitePeople): hundreds at a shop, a branch, a school or a pub; some dozens at a garage, a
	// salon or a nursery, which serve each customer for an hour or more; a handful of cases at
	// a room used in sessions (a court room).
	orgUnits = siteTable(map[float64]string{
		peoplePerUnit: `branch store shop school hospital clinic office restaurant hotel warehouse gym library campus site
			station building bank centre center pharmacy drugstore parish church congregation university college practice surgery pub
			bar cafe bakery venue cinema theatre theater airport mosque temple synagogue`,
		100:               `studio`, // a yoga or dance studio's members; a recording studio is a room (roomSenses)
		60:                `nursery kindergarten`,
		50:                `garage dealership depot`,
		40:                `salon`,
		sessionRoomPeople: `courtroom`,
	})
)

// sessionRoomPeople is the people a day at a room used in sessions of a few long cases (an
// operating theatre does 3 to 6 cases a day, a court room a few hearings): each case's team and
// the people scheduling it, about ten in all.
const sessionRoomPeople = 10

// roomSenses are site nouns that name a room used in sessions only where the statement's words
// say so: a theatre beside surgeons is an operating theatre, beside tickets a playhouse; a
// studio beside musicians is a recording studio, beside members a yoga studio.
var roomSenses = map[string]*regexp.Regexp{
	"theatre": clinicalTheatreRe, "theater": clinicalTheatreRe,
	"studio": regexp.MustCompile(`(?i)\b(?:recording|record|music|musicians?|bands?|podcasts?|broadcast\w*|film\w*|tv|television|mix\w*|sound)\b`),
}

var clinicalTheatreRe = regexp.MustCompile(`(?i)\b(?:operating|surg\w*|an(?:a)?esthe\w*|elective|ncepod|cepod|patients?|hospitals?|cath lab)\b`)

// siteTable spells orgUnits out: each noun of a class's list gets the class's people a day.
func siteTable(classes map[float64]string) map[string]float64 {
	out := map[string]float64{}
	for n, nouns := range classes {
		for _, noun := range strings.Fields(nouns) {
			out[noun] = n
		}
	}
	return out
}

// sitePeople is how many people use the system a day at each counted site, by what the site is
// in this statement: "25 theatres" beside surgeons are operating theatres, a handful of cases
// a day each, not 500 errands.
func sitePeople(noun, statement string) float64 {
	if re, ok := roomSenses[noun]; ok && re.MatchString(statement) {
		return sessionRoomPeople
	}
	return orgUnits[noun]
}

// assumePeople sizes who uses a system whose statement counts no one: the archetype's usual
// size, an owner for each of many things, a handful for each of a trade's few units, an
// organisation's own staff, and only for none of these a platform's million.
func assumePeople(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	H := conversation.Human
	units := tradeUnits(append(slices.Clip(rd.Things), rd.Counted...))
	switch {
	case p.People > 0:
		w.DAU = p.People
		note("no users stated: %s daily active users assumed, the usual size of such a system", H(p.People))
	case len(rd.Things) > 0 && !workload.IsOrg(rd.Things[0].Noun) && rd.Things[0].Value >= 1000:
		// "4 million doorbells": each has an owner, who is who uses the system.
		t := rd.Things[0]
		w.Users, w.DAU = t.Value, t.Value/2
		note("people: one owner for each of the %s %s, half of them active on a day (assumed)", H(t.Value), pluralNoun(t.Noun))
	case units != nil:
		// "90 shearing gangs", "60 escape rooms": a few dozen or hundred units of the trade,
		// each with its handful of people, not a platform's million.
		t := *units
		w.Users = t.Value * peoplePerCountedUnit
		w.DAU = w.Users / 2
		note("people: %s %s × about %s each = %s, half of them active on a day (assumed)", H(t.Value), pluralNoun(t.Noun), H(peoplePerCountedUnit), H(w.Users))
	case communityOf(statement) != nil:
		// "a city's allotment gardens", "a school district's cafeterias": one community's
		// people, not a platform's million.
		c := communityOf(statement)
		w.Users, w.DAU = c.users, c.daily
		note("people: %s, about %s, %s of them on a day (assumed)", c.who, H(c.users), H(c.daily))
	case ownWork(statement):
		// "a vineyard group records transfers", "we rent gear to productions": one organisation
		// at work, its staff the users.
		w.DAU = staffPerBody
		note("daily active users: the organisation's own staff at work, about %s a day (assumed)", H(staffPerBody))
	default:
		w.DAU = 1_000_000
		note("no users stated: 1M daily active users assumed")
	}
}

// oneUnitRe finds a place or a body a statement may be about: "a 600-bed hospital", "our
// school", "a wedding venue", "a mountain rescue team's call-out system"; oneUnit decides from the
// word after it.
var oneUnitRe = regexp.MustCompile(`(?i)\b(?:a|an|our|the|one)\s+(?:[\w-]+\s+){0,2}?(hospital|clinic|school|library|restaurant|store|shop|hotel|gym|office|warehouse|campus|studio|club|museum|gallery|cathedral|church|theatre|theater|cinema|farm|estate|winery|brewery|bakery|cafe|pub|marina|zoo|academy|surgery|practice|salon|garage|centre|center|venue|hostel|nursery|hospice|depot|lab|laboratory|archive|parish|` +
	groupNouns + `)\b(?:\s*([.,;:!?])|\s+([\w'’-]+)|['’]s\b)?`)

// unitMembers are the people of one body a statement is about who use its system ("a mountain
// rescue team": its volunteers), where a place counts the people who come through it (orgUnits).
var unitMembers = map[string]float64{"team": 40, "crew": 20, "choir": 60, "orchestra": 80, "band": 8, "society": 200, "association": 200,
	"league": 300, "agency": 50, "charity": 30, "council": 100, "trust": 50, "co-op": 200, "cooperative": 200, "firm": 50, "club": 200}

const groupNouns = `team|crew|choir|orchestra|band|society|association|league|agency|charity|council|trust|co-op|cooperative|firm`

// unitFollowers are the words after a place's name that end the name: "our studio by the hour",
// "a school with 900 pupils"; any verb does too ("the club runs", "members of the club book").
var unitFollowers = set("with", "in", "of", "for", "that", "which", "where", "and", "to", "on", "by", "at", "from", "near", "whose", "who", "so", "but", "or", "lets", "wants", "needs", "has", "is", "uses")

// oneUnit returns the place or body a statement is about when it names one and not a compound
// that only starts with one ("a school district", "the hotel industry").
func oneUnit(statement string) (string, bool) {
	for _, m := range oneUnitRe.FindAllStringSubmatch(statement, -1) {
		next := strings.ToLower(m[3])
		if _, verb := verbBase(next); m[2] != "" || next == "" || unitFollowers[next] || verb {
			return strings.ToLower(m[1]), true
		}
	}
	return "", false
}

// unitPeople is how many people a day use the system of the one place or body a statement is
// about: a body's members, a place's visitors as orgUnits counts them, else peoplePerUnit.
func unitPeople(unit, statement string) float64 {
	if n, ok := unitMembers[unit]; ok {
		return n / 2 // half of them on a day
	}
	if n := sitePeople(unit, statement); n > 0 {
		return n
	}
	return peoplePerUnit
}

// oneSiteRe finds a statement about one site ("a GP surgery wants...", "our salon"), whose things
// are that site's, where a statement naming none is about a platform (ThingsAlone).
var oneSiteRe = regexp.MustCompile(`(?i)\b(?:a|an|our|my|the|one)\s+(?:[\w-]+\s+)?(hospital|clinic|surgery|practice|salon|barbershop|studio|school|office|gym|shop|store)(?:[.,;:!?']|\s+(?:with|in|of|for|that|which|where|and|to|on|wants|needs|has)\b|$)`)

// groupSizes are the people of a group a statement counts who use the system: a family's or a
// household's adults (the children do not sign up), a team, a class, a company's staff who
// work in the tool.
var groupSizes = map[string]float64{"family": 2, "household": 2, "team": 8, "class": 30, "club": 40, "crew": 6,
	"company": 20, "business": 20, "organization": 20, "organisation": 20, "org": 20, "firm": 20, "tenant": 20, "agency": 10,
	"charity": 10, "council": 50, "farm": 5, "lab": 15, "laboratory": 15, "franchise": 20, "brand": 20}

// peoplePerUnit is the people assumed to use the system each day per branch, store or school.
const peoplePerUnit = 500

// ownWork reports a statement in which one organisation does its own work: it acts by name
// ("a vineyard group records transfers") or speaks as "we".
func ownWork(statement string) bool {
	rd := readStatement(statement)
	return len(rd.bodies) > 0 || rd.ours
}

// community is one bounded group a system serves, with its typical size.
type community struct {
	re           *regexp.Regexp
	who          string
	users, daily float64
}

// communities are the groups a statement may name as the one it serves, the most specific first:
// a school district's pupils and families, a city's residents who use one of its services, an
// association's members, a trial's site staff.
var communities = []community{
	{regexp.MustCompile(`(?i)\bschool district|\bschool board|\bacademy trust`), "a school district's pupils and their families", 30_000, 15_000},
	{regexp.MustCompile(`(?i)\bclinical trials?\b|\bstudy sites?\b`), "the trial's site staff, monitors and sponsor", 1_000, 300},
	{oneOf(`city|town|municipality|borough|council|county|village`), "the residents who use this service of the city", 50_000, 5_000},
	{oneOf(`association|society|co-?op|cooperative|co-operative|orchestra|choir|guild|congregation|parish|club`), "the members", 1_000, 200},
}

// oneOf finds one body of a kind as the one a system is for: "for a beekeeping association", "a
// city's allotments", "our orchestra's library"; not "a book club app", a platform for many.
func oneOf(kinds string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:for|of|at|in|by) (?:a|an|our|the|one|my)\s+(?:[\w-]+\s+){0,2}(?:` + kinds + `)(?:'s)?\b(?:\s+(?:of|with|that|which|who|to|where|in|and)\b|[.,;:]|$)|\b(?:` + kinds + `)'s\b|\bmunicipal\b`)
}

// communityOf is the community a statement names as the one it serves, or nil.
func communityOf(statement string) *community {
	for i, c := range communities {
		if c.re.MatchString(statement) {
			return &communities[i]
		}
	}
	return nil
}

// areaNouns count where a trade works, not who does the work: "across 3 regions".
var areaNouns = set("region", "country", "continent", "city", "state", "town", "county", "zone", "district", "area", "province")

// tradeUnits is the largest of a statement's small counts of units (those the load reader took
// for things, and those it counted with nothing to size, "90 gangs") that are neither machines,
// areas nor people ("90 shearing gangs across 3 regions": the gangs), or nil.
func tradeUnits(ts []workload.Population) *workload.Population {
	var best *workload.Population
	for i, t := range ts {
		if t.Value < 1000 && !deviceNouns[t.Noun] && !areaNouns[t.Noun] && !actorWords[t.Noun] && !roleSuffix(t.Noun) && (best == nil || t.Value > best.Value) {
			best = &ts[i]
		}
	}
	return best
}

// peoplePerCountedUnit is the people each of a small count of units the statement names (gangs,
// rooms, caves, teams of the trade) brings to the system, where no table knows the unit.
const peoplePerCountedUnit = 10

// staffPerBody is how many of an organisation's own staff use its system on a day, where a
// statement has the organisation act and counts no one.
const staffPerBody = 200

func firstThing[V bool | float64](ts []workload.Population, kinds map[string]V) (workload.Population, bool) {
	for _, t := range ts {
		if _, ok := kinds[t.Noun]; ok {
			return t, true
		}
	}
	return workload.Population{}, false
}

// sizeFlows gives every flow its bytes: a size the statement states for the flow's noun, else
// the archetype's record, media and response sizes. named is the media the statement names in
// any words, for the size of one under a stated largest.
func sizeFlows(w *conversation.Workload, rd workload.Reading, p loadProfile, statedMedia, named string, note func(string, ...any)) {
	record := p.RecordBytes
	if record == 0 {
		record = 1000
	}
	response := p.ResponseBytes
	if response == 0 {
		response = 2000
	}
	firstWrite := slices.IndexFunc(w.Flows, func(f conversation.Flow) bool { return f.Kind == conversation.FlowWrite })
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Bytes > 0 || f.StoredBytes > 0 || f.BlobBytes > 0 || f.Kind == conversation.FlowStream {
			continue
		}
		// "PDFs up to 200 MB": no record is megabytes, so a stated largest that size says the
		// main write carries a file, kept in object storage whatever the flow is called.
		limit := smallestMax(rd.MaxSizes)
		files := i == firstWrite && limit >= fileLimitBytes
		// "an Instagram-like photo sharing app": the main write carries the photo even when the
		// flow is named for the feed ("post"). An archetype that keeps no media ("queue songs")
		// names it without storing it.
		media := isMedia(f.Name) && !p.NoMedia || i == firstWrite && (statedMedia != "" || p.BlobWrites) && !mediaOfEach(w.Flows, f.Name) && !mediaSizedElsewhere(w.Flows, rd.Sizes, f.Name) || files
		size := mediaSize(p, f.Name)
		if size == 0 && i == firstWrite {
			size = mediaSize(p, statedMedia) // "doorbells stream a 10-second clip": the main write carries the clip
		}
		if size == 0 && files {
			size = cmp.Or(mediaSize(p, named), typicalMedia["file"])
		}
		// The archetype's own main write is what the statement's actors put in, so media said of
		// "each" item are its; a stated flow of another name counts its own items.
		listed := i == firstWrite && f.Source != conversation.Stated
		stated, noun := statedSize(rd.Sizes, f.Name)
		if stated == 0 && i == firstWrite && len(rd.Sizes) == 1 {
			// "3 cases a week, each with a 3D scan of about 25 MB", "about 200 bytes per
			// reading": the one size stated is what the main write carries, by any name.
			for n, v := range rd.Sizes {
				if n != "" && slices.ContainsFunc(w.Flows, func(g conversation.Flow) bool { return g.Name != f.Name && strings.Contains(g.Name, n) }) {
					continue // "2 TB per run with 3 runs a day": the size of another flow's items
				}
				stated, noun = v, orDefault(n, "each item")
			}
		}
		switch {
		case f.Kind == conversation.FlowRead && stated > 0:
			f.Bytes = stated
		case f.Kind == conversation.FlowRead:
			f.Bytes = response
			note("%s per %s response (assumed)", conversation.Bytes(response), f.Name)
		case stated >= 100_000 && i == firstWrite && (isMedia(noun) || noun == "each item") && sizeByCount(f, nil, rd.Limits, record, stated, "stated", false, true, note):
			// "recipes with up to 10 photos (8 MB each)": sized by the count.
		case stated >= 100_000:
			f.StoredBytes, f.BlobBytes = record, stated
			note("%s per %s: stated for %s, kept in object storage", conversation.Bytes(stated), f.Name, noun)
		case stated > 0:
			f.StoredBytes = stated
		case media && size > 0 && limit == 0 && sizeByCount(f, rd.Counted, rd.Limits, record, size, "assumed", listed, i == firstWrite, note):
			// "wardens upload 3-5 photos of evidence per fine": sized by the count.
		case media && size > 0:
			what := "media"
			if files && named != "" && statedMedia == "" {
				what = named // "500 KB of PDFs per filing", as the statement calls them
			}
			sizeMedia(f, p, what, record, size, limit, note)
		case p.KeptBytes > 0 && f.Kind == conversation.FlowWrite:
			f.Bytes, f.BlobBytes = record, p.KeptBytes
			note("%s per %s on the wire, %s of it kept in object storage (assumed)", conversation.Bytes(record), f.Name, conversation.Bytes(p.KeptBytes))
		case deviceReport(*f) && record >= 500:
			// A reading or a position is a few numbers and a timestamp, not a 1 KB document.
			f.StoredBytes = 100
			note("%s per %s, a few numbers and a timestamp (assumed)", conversation.Bytes(100), f.Name)
		default:
			f.StoredBytes = record
			note("%s per %s (assumed)", conversation.Bytes(record), f.Name)
		}
	}
}

// mediaOnShare weighs the file a main write carries by the share of the items that carry one,
// where the statement says the share in a word ("3,000 reports a day, some attach photos"): a
// blob on every report would size storage and ingress for files never sent.
func mediaOnShare(w *conversation.Workload, share workload.Share, note func(string, ...any)) {
	i := slices.IndexFunc(w.Flows, func(f conversation.Flow) bool { return f.Kind == conversation.FlowWrite })
	if share.Value == 0 || i < 0 || w.Flows[i].BlobBytes == 0 {
		return
	}
	f := &w.Flows[i]
	whole := f.BlobBytes
	f.BlobBytes = whole * share.Value
	if f.Bytes > 0 {
		f.Bytes -= whole - f.BlobBytes
	}
	note("files on %.0f%% of %s (assumed for \"%s\") = %s per %s on average", share.Value*100, pluralNoun(f.Name), share.Said,
		conversation.Bytes(f.BlobBytes), f.Name)
}

// mediaOfEach reports a stated flow carrying the media of each item of the flow named: "each
// truck gets OCR on 4 camera images" puts the images on their own flow, so the trucks' own
// write is a row, not a fifth image.
func mediaOfEach(flows []conversation.Flow, name string) bool {
	return slices.ContainsFunc(flows, func(c conversation.Flow) bool {
		return c.ItemsOf == name && c.Source == conversation.Stated && isMedia(c.Name)
	})
}

// mediaSizedElsewhere reports a file size the statement gives to another stated flow: "one scan
// in twenty results in a penalty notice with 3 photos of 2 MB" puts the photos on the notices, so
// the scans, the main write, carry none.
func mediaSizedElsewhere(flows []conversation.Flow, sizes map[string]float64, name string) bool {
	return slices.ContainsFunc(flows, func(c conversation.Flow) bool {
		v, noun := statedSize(sizes, c.Name)
		return c.Name != name && c.Source == conversation.Stated && noun != "each item" && v >= 100_000
	})
}

// perItem is the stated count of media each item of the flow named comes with ("3-5 photos of
// evidence per fine" for the fines), or a zero Population. A count said of "each" item without
// naming it ("dealers list excavators with 20-40 photos and an inspection report each") is the
// main write's, the items the statement's actors put in.
func perItem(counted []workload.Population, flow string, main bool) workload.Population {
	for _, c := range counted {
		if c.Of != "" && isMedia(c.Noun) && slices.Contains(strings.Fields(flow), c.Of) {
			return c
		}
	}
	for _, c := range counted {
		if main && c.Of == "" && c.Each && isMedia(c.Noun) {
			return workload.Population{Value: c.Value, Noun: c.Noun, Of: flowItem(flow)}
		}
	}
	return workload.Population{}
}

// sizeByCount sizes f's media, each of them each bytes (stated or assumed, as how says), by a
// stated count of them: all of those said per f's item ("3-5 photos of evidence per fine"),
// else half of a cap said of the main write (main) ("recipes with up to 10 photos"), as under a
// stated largest size. It reports whether a count applied.
func sizeByCount(f *conversation.Flow, counted, limits []workload.Population, record, each float64, how string, listed, main bool, note func(string, ...any)) bool {
	if c := perItem(counted, f.Name, listed); c.Value > 1 {
		f.StoredBytes, f.BlobBytes = record, each*c.Value
		note("%s of media per %s on average: %s %s per %s (stated) of %s each (%s)", conversation.Bytes(f.BlobBytes), f.Name,
			conversation.Human(c.Value), pluralNoun(c.Noun), c.Of, conversation.Bytes(each), how)
		return true
	}
	if c := mediaCap(limits); main && c.Value > 2 {
		f.StoredBytes, f.BlobBytes = record, each*c.Value/2
		note("%s of media per %s on average: up to %s %s each (stated), half of them on average, of %s each (%s)", conversation.Bytes(f.BlobBytes), f.Name,
			conversation.Human(c.Value), pluralNoun(c.Noun), conversation.Bytes(each), how)
		return true
	}
	return false
}

// mediaCap is a stated cap on how many media one item carries ("with up to 10 photos"), or a
// zero Population.
func mediaCap(limits []workload.Population) workload.Population {
	for _, l := range limits {
		if isMedia(l.Noun) {
			return l
		}
	}
	return workload.Population{}
}

// flowItem is the thing a flow writes, as its name says it ("listing posted": "listing").
func flowItem(flow string) string {
	if w := strings.Fields(flow); len(w) > 0 {
		return w[0]
	}
	return flow
}

// fileLimitBytes is the stated largest item from which the items are files, not records: no row
// is a megabyte.
const fileLimitBytes = 1e6

// sizeMedia gives a write that carries media its row and its blob: size on average, below the
// stated largest (limit) when there is one, and the archetype's compressed copy where it keeps
// one (a crawler fetches 100 KB of HTML and keeps it gzipped).
func sizeMedia(f *conversation.Flow, p loadProfile, what string, record, size, limit float64, note func(string, ...any)) {
	switch {
	case limit > 0 && limit < size:
		size = limit / 2 // "save files are up to 5 MB": the average sits below the stated limit
		note("%s of %s per %s on average (assumed: half the stated largest, %s)", conversation.Bytes(size), what, f.Name, conversation.Bytes(limit))
	case limit > 0:
		// "PDFs up to 200 MB": the largest is rare; sizing every file at it would inflate storage 100×.
		note("%s of %s per %s on average (assumed: well below the stated largest, %s)", conversation.Bytes(size), what, f.Name, conversation.Bytes(limit))
	case p.BlobWrites && p.KeptBytes > 0:
		f.Bytes, f.StoredBytes, f.BlobBytes = record+size, record, p.KeptBytes
		note("%s per %s on the wire (assumed), kept compressed as %s in object storage and a %s row (assumed)",
			conversation.Bytes(size), f.Name, conversation.Bytes(p.KeptBytes), conversation.Bytes(record))
		return
	default:
		note("%s of media per %s on average (assumed)", conversation.Bytes(size), f.Name)
	}
	f.StoredBytes, f.BlobBytes = record, size
}

func smallestMax(max map[string]float64) float64 {
	var m float64
	for _, v := range max {
		if m == 0 || v < m {
			m = v
		}
	}
	return m
}

func statedSize(sizes map[string]float64, name string) (float64, string) {
	for noun, v := range sizes {
		if noun != "" && strings.Contains(name, noun) {
			return v, noun
		}
	}
	if v, ok := sizes[""]; ok {
		return v, "each item"
	}
	if len(sizes) == 1 && isMedia(name) {
		// "users upload 5 GB files … 1M uploads a day": the one stated size is the upload's.
		for noun, v := range sizes {
			return v, noun
		}
	}
	return 0, ""
}

// deviceReport is a write machines send on their own: "12K fridges × 1 a minute", "2,000
// robots × 5 a second". What they send is queried in aggregate, not read back one by one.
func deviceReport(f conversation.Flow) bool {
	// Whatever reports on a fixed interval ("80,000 smart pots send moisture every 15 minutes")
	// is a sender of readings, known to the knowledge base or not.
	return f.Kind == conversation.FlowWrite && (deviceNouns[workload.Singular(f.ActorNoun)] || f.Steady && f.Each && f.Actors > 0)
}

// isMedia reports whether text names media as a word of its own: "photo upload", "videos" — not
// the "file" inside "profiles", nor the verb of "file bug report" (a report filed is no file,
// where a "file change" is one).
func isMedia(text string) bool {
	text = codeScansTallied(text)
	if rest, ok := strings.CutPrefix(strings.ToLower(text), "file "); ok && filedThings[singularNoun(lastWord(rest))] {
		text = rest
	}
	return mediaRe.MatchString(text)
}

// taggedRe finds things a statement says carry a tag that a reader scans: "RFID-tagged sheets",
// "barcoded totes", "NFC tags on every bin".
var taggedRe = regexp.MustCompile(`(?i)\b(rfid|nfc|uhf|barcoded|barcodes?|tagged|tags?|labell?ed)\b`)

// tagReads sizes the scans of tagged things as what a reader sends, the tag, the reader and the
// time: "2 million RFID-tagged sheets, each scanned at laundry gates 6 times a day" is 12 million
// small records a day, not 12 million scanned images.
//
// Untagged things scanned to look them up ("wardens scan licence plates … 40 scans an hour")
// are the same small records: every scan the statement says is of such a thing, none an image.
func tagReads(w *conversation.Workload, statement string, note func(string, ...any)) {
	what := "the tag, the reader and the time"
	if !taggedRe.MatchString(statement) {
		if !thingScans(statement) {
			return
		}
		what = "what was scanned, by whom, where and when"
	}
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind == conversation.FlowWrite && f.StoredBytes == 0 && f.Bytes == 0 && f.BlobBytes == 0 && strings.Contains(" "+f.Name+" ", " scan ") {
			f.StoredBytes = 200
			note("%s per %s: %s, not an image (assumed)", conversation.Bytes(200), f.Name, what)
		}
	}
}

// thingScans reports a statement whose scans all look things up: it scans an object that is not
// imaged ("scan licence plates") and no scan in it keeps an image.
func thingScans(statement string) bool {
	things := false
	for _, sub := range scanOfThingRe.FindAllStringSubmatch(statement, -1) {
		obj := singularNoun(strings.ToLower(sub[1]))
		if scanNounAfter[obj] || scanPeriods[obj] {
			continue // "40 scans an hour", "a scan of 25 MB": scans counted, no object
		}
		if imagedNouns[obj] || imagedNouns[singularNoun(strings.ToLower(sub[2]))] {
			return false
		}
		things = true
	}
	return things && !imagedScan(statement)
}

// scanPeriods follow a count of scans as its period: "40 scans an hour".
var scanPeriods = set("second", "minute", "hour", "day", "night", "shift", "week", "month", "year", "weekday", "weekend")

// imagedScan reports a scan that keeps an image: "3D scans", "a scan of about 25 MB", "X-ray
// scans". "one scan in twenty" counts scans said before and keeps nothing.
func imagedScan(text string) bool {
	for _, sub := range scanNounRe.FindAllStringSubmatch(text, -1) {
		before, after := strings.ToLower(sub[1]), strings.ToLower(sub[2])
		if imagedNouns[singularNoun(before)] || before == "3d" || before == "2d" || after == "of" {
			return true
		}
	}
	return false
}

// scanNounRe finds scan as a noun with the words either side.
var scanNounRe = regexp.MustCompile(`(?i)\b([a-z0-9-]+)?\s*\bscans?\b\s*([a-z-]+)?`)

// codeScanRe finds a scan of a code, a ticket or a card ("ticket scans", "badge scan", "QR code
// scans"): a recorded event at a reader, no image kept, unlike "X-ray scans" or "document scans".
var codeScanRe = regexp.MustCompile(`(?i)\b(ticket|barcode|code|qr|badge|card|pass|wristband|gate|tag|rfid|nfc|label|parcel|package|fare|entry|turnstile)(s?)\s+scan`)

// scanOfCodeRe finds the same said verb first: "scans 900 boarding passes", a flow named "scan
// ticket".
var scanOfCodeRe = regexp.MustCompile(`(?i)\bscans?\s+(?:[a-z-]+\s+)?(ticket|barcode|code|qr|badge|card|pass|wristband|tag|rfid|nfc|label|parcel|package|fare)(s?)\b`)

// codeScansTallied says every scan of a code, a ticket or a card in text as a tally, so that no
// "scan" in it is taken for a scanned image.
func codeScansTallied(text string) string {
	text = scanOfCodeRe.ReplaceAllString(codeScanRe.ReplaceAllString(text, "$1 tally"), "tally $1")
	// Any other scan of a thing that is not imaged ("scan a licence plate", "every unit is
	// scanned") looks it up or logs it; a page, a receipt or an X-ray scanned is an image.
	text = scanOfThingRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := scanOfThingRe.FindStringSubmatch(m)
		if scanNounAfter[strings.ToLower(sub[1])] {
			return m // "a 3D scan of about 25 MB": the scan is the thing, an image
		}
		if imagedNouns[singularNoun(strings.ToLower(sub[1]))] || imagedNouns[singularNoun(strings.ToLower(sub[2]))] {
			return m
		}
		_, object, _ := strings.Cut(m, " ")
		return "tally " + object
	})
	return thingScannedRe.ReplaceAllStringFunc(text, func(m string) string {
		if sub := thingScannedRe.FindStringSubmatch(m); !imagedNouns[singularNoun(strings.ToLower(sub[1]))] {
			return sub[1] + " " + sub[2] + " tallied"
		}
		return m
	})
}

// scanOfThingRe finds a scan said with its object after it: "scans a licence plate", "scan
// their passes"; thingScannedRe the object before it: "every unit is scanned".
var (
	scanOfThingRe  = regexp.MustCompile(`(?i)\bscan(?:s|ned|ning)?\s+(?:(?:an?|the|their|its|his|her|each|every|one)\s+)?(?:(?:about|around|roughly|some|over|up\s+to|~)\s*)?(?:\d[\d,.]*[km]?\s+)?([a-z-]+)(?:\s+([a-z-]+))?`)
	thingScannedRe = regexp.MustCompile(`(?i)\b([a-z-]+)\s+(is|are|gets|get|being|was|were)\s+scanned`)
)

// scanNounAfter follow "scan" used as a noun: "a scan of about 25 MB", "a scan per visit".
var scanNounAfter = set("of", "per", "for", "with", "from", "at", "in", "is", "are", "and", "or", "to", "about", "each")

// imagedNouns are what a scan keeps an image of: paper, film, a body.
var imagedNouns = set("page", "document", "doc", "receipt", "deed", "invoice", "form", "letter", "book", "photo", "photograph", "picture",
	"image", "film", "negative", "slide", "x-ray", "xray", "mri", "ct", "pet", "brain", "body", "retina", "eye", "tooth", "teeth",
	"passport", "contract", "cheque", "check", "drawing", "blueprint", "manuscript", "artwork", "painting", "map", "record", "certificate",
	"prescription", "note", "sheet", "paper", "file", "bill", "statement", "report")

// tallyEvent reports a flow that records an event at a gate, a reader or a desk ("ticket scan",
// "card tap", "runner check-in"): what it records is counted and audited, not read back one by one.
func tallyEvent(name string) bool {
	last := singularNoun(lastWord(name))
	return last == "tap" || last == "swipe" || last == "check-in" || last == "checkin" || last == "scan" && !isMedia(name)
}

// scansOfEach reports scans said per each of some counted things or people ("2 million sheets,
// each scanned 6 times a day", "skiers scan their pass 12 times each"): a trail of where each
// one was, queried in aggregate (par levels, lift counts), not read back scan by scan. A
// scanned document is an image, and is read.
func scansOfEach(f conversation.Flow) bool {
	rest, ok := strings.CutPrefix(f.Name, "scan ")
	return ok && f.Kind == conversation.FlowWrite && f.Each && f.Actors > 0 && !isMedia(rest)
}

// filedThings are what people file as records, not as files.
var filedThings = set("report", "claim", "complaint", "return", "ticket", "request", "application", "grievance", "petition", "appeal",
	"issue", "bug", "case", "motion", "lawsuit", "dispute", "expense")

// mediaRe ends a word at anything but a letter or a digit rather than at \b, which is ASCII-only
// and finds no end after the "é" of "résumé".
var mediaRe = regexp.MustCompile(`(?i)\b(` + strings.Join(mediaWords, "|") + `)(s|es)?([^\p{L}\p{N}_]|$)`)

// spikeSaidRe finds a stated peak said as a spike: brief and rare, far above the usual rate.
var spikeSaidRe = regexp.MustCompile(`(?i)\b(spikes?|spiking|spiked|surges?|surging|jumps?|shoots? up)\s+(?:up\s+)?(?:to|of)\b`)

// spikeLasts is how long a stated spike is assumed to run in a day: an ad break's traffic, an
// on-sale rush, minutes to half an hour, not all day.
const spikeLasts = 30 * 60

// spikes makes a stated peak said as a spike a burst that runs spikeLasts once a day: 'scans
// spike to 15,000 per second during TV ads' took the day's average as half the spike (648M
// scans a day for 200M packages a year), and a workload-wide factor would have spiked the
// printing of the packages too. The other flows keep a factor of their own (settle).
func spikes(w *conversation.Workload, statement string, note func(string, ...any)) {
	if !spikeSaidRe.MatchString(statement) {
		return
	}
	for i := range w.Flows {
		if f := &w.Flows[i]; f.Peak && !f.Burst {
			f.Burst, f.Lasts = true, spikeLasts
			note("%s: the stated rate is a spike, assumed to last about 30 minutes in a day; the day's average follows from it", f.Name)
		}
	}
}

// settle fills the workload-wide figures: peak factor, retention, hot fraction.
func settle(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	peakStated := false
	onlyBursts := true
	for _, f := range w.Flows {
		peakStated = peakStated || f.Peak
		onlyBursts = onlyBursts && (!f.Peak || f.Burst)
	}
	switch {
	case w.PeakFactor > 0:
	case peakStated && onlyBursts:
		// A rush carries its own average (once a day); other flows peak at twice theirs.
		w.PeakFactor = 2
		note("peak-to-average factor 2 (assumed) for the flows outside the stated rush")
	case peakStated:
		w.PeakFactor = 2
		note("peak-to-average factor 2 (assumed): the stated rate is a peak, the average half of it")
	case p.PeakFactor > 0:
		w.PeakFactor = p.PeakFactor
		note("peak-to-average factor %s (assumed for %s)", conversation.Human(p.PeakFactor), peakReason(w, p))
	}
	if w.RetentionYears == 0 && p.Retention > 0 {
		w.RetentionYears = p.Retention
		switch {
		case p.Retention*365 < 1:
			// A store that keeps only recent state (a cluster's etcd) holds hours, not days.
			h := math.Max(1, math.Round(p.Retention*365*24))
			note("retention: %s (assumed)", conversation.Human(h)+map[bool]string{true: " hour", false: " hours"}[h == 1])
		case p.Retention < 1:
			d := math.Round(p.Retention * 365)
			note("retention: %s (assumed)", conversation.Human(d)+map[bool]string{true: " day", false: " days"}[d == 1])
		default:
			note("retention: %s (assumed)", years(p.Retention))
		}
	}
	if p.HotFraction > 0 {
		w.HotFraction = p.HotFraction
	}
	historyTiers(w, p, note)
}

// busyDays raises the peak where the statement names the days of the week or the season of the
// year that hold the load ("each weekend", "each spring"): those days run at weekPeak × the
// average, and within them the load bunches into busy hours as on any day, at the factor assumed
// for that.
func busyDays(w *conversation.Workload, weekPeak float64, note func(string, ...any)) {
	if weekPeak <= 0 || slices.ContainsFunc(w.Flows, func(f conversation.Flow) bool { return f.Peak }) {
		return
	}
	within := w.PeakFactor
	if within == 0 {
		within = 3 // what conversation.Estimate assumes
	}
	w.PeakFactor = math.Round(weekPeak*within*10) / 10
	// The factor assumed for a day becomes part of this one: one note says both.
	w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return strings.HasPrefix(n, "peak-to-average factor") })
	// The days are stated; how much busier they are may be assumed where no share was said
	// ("traffic peaks on summer weekends"), as the reading's note on them says.
	days := "stated"
	if slices.ContainsFunc(w.Notes, func(n string) bool {
		return strings.HasPrefix(n, "peak: the load peaks") && strings.Contains(n, "(assumed)")
	}) {
		days = "the days stated, how much busier assumed"
	}
	note("peak-to-average factor %s: the busiest days at %s × the average (%s) × %s within a day (assumed)",
		conversation.Human(w.PeakFactor), conversation.Human(weekPeak), days, conversation.Human(within))
}

// peakReason says whose traffic the assumed peak factor describes: the archetype's own write
// where the statement names it (bookings, not the sailings on the timetable beside them), else
// the first flow that bunches.
func peakReason(w *conversation.Workload, p loadProfile) string {
	if p.PeakWhy != "" {
		return p.Write + " traffic, " + p.PeakWhy
	}
	for _, f := range w.Flows {
		if p.Write != "" && f.Kind == conversation.FlowWrite && lastWord(f.Name) == lastWord(p.Write) && !f.Steady && !f.Burst {
			return f.Name + " traffic, which bunches into busy hours"
		}
	}
	for _, f := range w.Flows {
		if !f.Steady && !f.Burst && f.Kind != conversation.FlowStream {
			return f.Name + " traffic, which bunches into busy hours"
		}
	}
	return p.Write + " traffic"
}

// ingestVerbs name a flow of taking data in ("ingest gps point", "log event").
var ingestVerbs = set("ingest", "log", "collect", "track", "record", "capture", "receive", "emit")

// ingestFlow reports whether a flow's name starts with one of ingestVerbs.
func ingestFlow(name string) bool { return ingestVerbs[firstWord(name)] }

// syncMessage reports a stated write that is a message about changes, not a thing people make:
// "channel updates", "OTA messages", "partner notifications" arriving at a rate.
func syncMessage(f conversation.Flow) bool {
	return f.Source == conversation.Stated && f.Kind == conversation.FlowWrite && f.Actors == 0 &&
		syncNouns[singularNoun(lastWord(f.Name))] && strings.Contains(f.Name, " ") && !isVerbWord(firstWord(f.Name))
}

// isVerbWord reports a flow named by its verb ("write message"): the thing is what the verb
// makes, not a message about a change.
func isVerbWord(w string) bool {
	_, ok := verbBase(w)
	return ok
}

// syncNouns are the messages one system sends another about what changed.
var syncNouns = map[string]bool{"update": true, "message": true, "notification": true, "change": true, "webhook": true}

// whoActs settles the people behind the load: a place's residents become users, users become
// daily actives where a flow needs them, and flows are assumed for whoever the statement gives
// no rate for.
func whoActs(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	H := conversation.Human
	if t, ok := firstThing(rd.Things, map[string]bool{"resident": true}); ok && w.DAU == 0 && w.Users == 0 {
		// "a library system for a city of 2 million": the people it serves, not its users.
		w.Users = t.Value * residentShare
		note("%s residents: the population served, not users; about %s%% of them use it = %s users (assumed)",
			H(t.Value), H(residentShare*100), H(w.Users))
	}
	switch {
	case w.DAU == 0 && p.Turnout > 0:
		electorate(w, rd, statement, p, note)
	case w.DAU == 0 && w.Users > 0 && p.OneSitting:
		// An exam's candidates are all there on the day of the sitting and none between
		// sittings: a fifth of them a day would be a consumer app's habit.
		w.DAU = w.Users
		note("users on a sitting's day: all %s, sitting at once (stated); none between sittings", conversation.Human(w.Users))
	case w.DAU == 0 && w.Users > 0 && len(w.Flows) == 0 && p.WritesPerYear > 0:
		// An occasional act is sized per person a year (yearlyFlows): no day's share of them.
	case w.DAU == 0 && w.Users > 0 && (len(w.Flows) == 0 || needsDAU(w.Flows) || !peopleAct(w.Flows)) && !onlyProviders(*w, rd):
		dailyFromUsers(w, statement, note)
	}
	if len(w.Flows) > 0 && needsDAU(w.Flows) {
		// "260 schools; pupils choose meals once a week": each pupil acts, and the pupils are
		// the schools' people.
		orgPeople(w, rd, statement, p.UnitStaff, note)
		occupants(w, rd, note)
	}
	switch {
	case len(w.Flows) == 0 && len(rd.Providers) > 0 && w.DAU == 0 && w.Users > 0 && doersAmong(rd.Providers, p):
		// The trade counted is the archetype's own people at work, not a marketplace's providers
		// booked a few jobs a day: a CAT tool's 2,000 translators confirm segments all day.
		w.DAU = w.Users * 0.8
		note("daily active users: 80%% of the %s %s, at work in it on a working day = %s (assumed)", H(w.Users), pluralNoun(rd.Providers[0].Noun), H(w.DAU))
		assumeFlows(w, rd, statement, p, note)
	case len(w.Flows) == 0 && len(rd.Providers) > 0:
		providersWork(w, rd, p, note)
	case w.DAU == 0 && w.Users > 0 && !w.Has(conversation.FlowRead) && doersAmong(rd.Providers, p):
		// A side flow is stated ("clients send 2,000 files a day to analyse"), and the counted
		// trade still does the archetype's own work beside it.
		w.DAU = w.Users * 0.8
		note("daily active users: 80%% of the %s %s, at work in it on a working day = %s (assumed)", H(w.Users), pluralNoun(rd.Providers[0].Noun), H(w.DAU))
		peopleFlows(w, p, note)
	case len(w.Flows) == 0 && len(rd.Acts) > 0 && sendersAct(rd.Acts, p):
		// The acting organisations are the things that send: sized as the archetype sizes them.
		own := rd
		own.Things = slices.Concat(actorsOf(rd.Acts), rd.Things)
		assumeFlows(w, own, statement, p, note)
	case len(w.Flows) == 0 && len(rd.Acts) > 0:
		assumeActs(w, rd.Acts, note)
	case len(w.Flows) == 0:
		assumeFlows(w, rd, statement, p, note)
	case !peopleAct(w.Flows) && w.DAU > 0:
		// "vans run between branches twice a day" is a side flow: the members who reserve
		// books still come, at the archetype's usual rates.
		peopleFlows(w, p, note)
	}
}

// countedReaders sizes the reads from organisations the statement counts as reading without
// saying how often: in "brokers post 300,000 truckloads a day and 150,000 carriers search by
// lane" the searches are each carrier's, at the archetype's rate, not a share of the brokers'.
func countedReaders(w *conversation.Workload, rd workload.Reading, p loadProfile, note func(string, ...any)) {
	for _, a := range rd.Acts {
		if a.Kind != conversation.FlowRead || a.Actors.Value < 2 {
			continue
		}
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: p.ReadsPerUser, PerSeconds: 86400,
			Each: true, Actors: a.Actors.Value, ActorNoun: pluralNoun(a.Actors.Noun), Source: conversation.Assumed})
		note("%s: each of the %s %s about %s a day (assumed: the statement says they %s, not how often)", p.Read,
			conversation.Human(a.Actors.Value), pluralNoun(a.Actors.Noun), conversation.Human(p.ReadsPerUser), a.Name)
		return
	}
}

// heldOne are the units of capacity that hold one person each: a bed's patient, a seat's
// attendee, a desk's worker, a room's guest.
var heldOne = map[string]bool{"bed": true, "seat": true, "desk": true, "room": true, "berth": true}

// occupants sets the day's users from a counted size where no people are counted and each of them
// acts: "800 beds, patients press the call button 6 times a day each" is 800 patients pressing,
// not a million users.
func occupants(w *conversation.Workload, rd workload.Reading, note func(string, ...any)) {
	if w.DAU > 0 || w.Users > 0 || w.Concurrent > 0 {
		return
	}
	for _, c := range rd.Capacities {
		if heldOne[c.Unit] {
			w.DAU = c.Value
			note("daily active users: one person in each of the %s %s = %s (assumed)", conversation.Human(c.Value), pluralNoun(c.Unit), conversation.Human(w.DAU))
			return
		}
	}
}

// jobsPerDay is how many jobs one provider of a services marketplace does on a working day, by
// trade: a dog walker's walks, a handyman's call-outs, a tutor's lessons. Others do jobsADay.
var jobsPerDay = map[string]float64{"walker": 6, "dogwalker": 6, "sitter": 1, "babysitter": 1, "nanny": 1, "handyman": 3,
	"tradesman": 3, "plumber": 3, "electrician": 3, "cleaner": 3, "tutor": 4, "freelancer": 1, "photographer": 1, "painter": 1,
	"decorator": 1, "groomer": 6, "stylist": 8, "hairdresser": 8, "barber": 10}

const jobsADay = 4

// providersWork sizes a services marketplace from the providers the statement counts ("3,000
// walkers", "8,000 handymen"): the work booked is what they do, so many jobs each a day, and it is
// searched for by the customers the statement counts, else at the archetype's reads per job.
func providersWork(w *conversation.Workload, rd workload.Reading, p loadProfile, note func(string, ...any)) {
	H := conversation.Human
	work := p.Write
	if work == "write" {
		work = "booking"
	}
	for _, pr := range rd.Providers {
		jobs := cmp.Or(jobsPerDay[pr.Noun], jobsADay)
		w.Flows = append(w.Flows, conversation.Flow{Name: work, Kind: conversation.FlowWrite, Count: jobs, PerSeconds: 86400, Each: true,
			Actors: pr.Value, ActorNoun: pluralNoun(pr.Noun), Source: conversation.Assumed})
		note("%s: each of the %s %s does about %s a day (assumed: the statement counts who does the work, not the jobs)", work,
			H(pr.Value), pluralNoun(pr.Noun), H(jobs))
		break // one trade sizes the work; a second would count the same bookings twice
	}
	read := p.Read
	if p.Write == "write" {
		work, read = "booking", "search" // no archetype names them: a marketplace books and searches
	}
	switch {
	case w.DAU > 0 && !onlyProviders(*w, rd):
		reads := cmp.Or(p.ReadsPerUser, 20)
		w.Flows = append(w.Flows, conversation.Flow{Name: read, Kind: conversation.FlowRead, Count: reads, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per user a day (assumed)", read, H(reads))
	default:
		rw := cmp.Or(p.ReadWrite, 10)
		w.Flows = append(w.Flows, conversation.Flow{Name: read, Kind: conversation.FlowRead, Count: rw, PerSeconds: 1, ItemsOf: work, Source: conversation.Assumed})
		note("%s: %s per %s (assumed: the customers who book are not counted)", read, ratioWord(rw), work)
	}
}

// doersAmong reports whether the archetype names a trade the statement counts as its doers: those
// people are its users at work, whatever a services marketplace would make of them.
func doersAmong(providers []workload.Population, p loadProfile) bool {
	return slices.ContainsFunc(providers, func(pr workload.Population) bool { _, ok := p.Doers[pr.Noun]; return ok })
}

// onlyProviders reports whether the people a statement counts are only the providers of a
// services marketplace: they work, and the customers who book them are not counted.
func onlyProviders(w conversation.Workload, rd workload.Reading) bool {
	return w.Users > 0 && slices.ContainsFunc(rd.Providers, func(pr workload.Population) bool { return pr.Value == w.Users })
}

// actsPerDay is how often a counted organisation or machine is assumed to do what the statement
// says it does, when it says not how often: a hospital requesting blood units, a pharmacy
// ordering stock. An organisation acts through its staff, so more than a person would.
const actsPerDay = 10

// sendersAct reports whether the counted organisations that act are the archetype's own senders,
// whose work a day it knows: "640 pharmacies take e-prescriptions" fill a few hundred
// prescriptions a day each, not the ten acts assumed of an organisation the archetype knows
// nothing of.
func sendersAct(acts []workload.Act, p loadProfile) bool {
	if p.Things == 0 || p.PerThingPerDay == 0 {
		return false
	}
	return !slices.ContainsFunc(acts, func(a workload.Act) bool {
		return a.Actors.Noun != p.Thing && !slices.Contains(p.SenderNouns, a.Actors.Noun)
	})
}

func actorsOf(acts []workload.Act) []workload.Population {
	out := make([]workload.Population, len(acts))
	for i, a := range acts {
		out[i] = a.Actors
	}
	return out
}

// assumeActs turns what counted organisations do ("40 hospitals request blood units") into flows:
// each of them acts at an assumed rate, so the load is their count times it, not a million users
// nor the people of every hospital.
func assumeActs(w *conversation.Workload, acts []workload.Act, note func(string, ...any)) {
	for _, a := range acts {
		w.Flows = append(w.Flows, conversation.Flow{Name: a.Name, Kind: a.Kind, Count: actsPerDay, PerSeconds: 86400, Each: true,
			Actors: a.Actors.Value, ActorNoun: pluralNoun(a.Actors.Noun), Source: conversation.Assumed})
		note("%s: each of the %s %s about %d times a day (assumed: the statement counts them, not how often they do it)",
			a.Name, conversation.Human(a.Actors.Value), pluralNoun(a.Actors.Noun), actsPerDay)
	}
}

// assumeTurnover makes the load of a place the statement sizes but gives no rate for: each
// unit it holds (a space, a bed, a court) turns over a few times a day, at the turnover the
// reader assumes for units of its kind, said so.
func assumeTurnover(w *conversation.Workload, c workload.Capacity, note func(string, ...any)) {
	w.Flows = append(w.Flows, conversation.Flow{Name: c.Event, Kind: conversation.FlowWrite, Count: c.PerDay, PerSeconds: 86400, Each: true,
		Actors: c.Value, ActorNoun: pluralNoun(c.Unit), Source: conversation.Assumed})
	note("%s: %s a day for each of the %s %s (assumed: %s; the statement gives the size, not the traffic)",
		c.Event, conversation.Human(c.PerDay), conversation.Human(c.Value), pluralNoun(c.Unit), c.Why)
}

// keptHistory marks the archetype's write as overwriting where it does (a driver's position) and
// adds the write it keeps history of instead (trips).
func keptHistory(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	if p.Overwrites {
		for i := range w.Flows {
			if w.Flows[i].Name == p.Write {
				w.Flows[i].Overwrites = true
			}
		}
	}
	if _, ok := w.Flow(p.Kept); p.KeptPerUser > 0 && w.DAU > 0 && !ok {
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Kept, Kind: conversation.FlowWrite, Count: p.KeptPerUser, PerSeconds: 86400,
			Each: true, StoredBytes: p.RecordBytes, Bytes: p.RecordBytes, Source: conversation.Assumed})
		note("%s: %s per user a day, each kept (assumed)", p.Kept, conversation.Human(p.KeptPerUser))
	}
}

// residentShare is the part of a place's population assumed to use a service for it.
const residentShare = 0.25

// peopleAct reports whether a flow is made by people rather than by machines or places: one per
// user, or one counted among actors that are not things.
func peopleAct(fs []conversation.Flow) bool {
	for _, f := range fs {
		if f.ItemsOf != "" {
			continue
		}
		if f.Actors == 0 || !workload.IsThing(f.ActorNoun) {
			return true
		}
	}
	return false
}

// peopleFlows adds the archetype's per-user write and read to a workload whose stated flows are
// all made by things.
func peopleFlows(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	writes, reads := cmp.Or(p.WritesPerUser, 5), cmp.Or(p.ReadsPerUser, 50)
	if machineWrites(p) && slices.ContainsFunc(w.Flows, deviceReport) {
		// The archetype's write is what its devices send, and the statement says how often they
		// do ("1,100 buses ... GPS pings every 10s"): the riders read, they send no telemetry.
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: reads, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
		note("%s: %s per user a day (assumed); the %s are the devices' alone, as stated", p.Read, conversation.Human(reads), pluralNoun(p.Write))
		return
	}
	w.Flows = append(w.Flows,
		conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: writes, PerSeconds: 86400, Each: true, Source: conversation.Assumed},
		conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: reads, PerSeconds: 86400, Each: true, Source: conversation.Assumed})
	note("%s: %s per user a day; %s: %s per user a day (assumed)", p.Write, conversation.Human(writes), p.Read, conversation.Human(reads))
}

// machineWrites reports an archetype whose writes machines send: readings per device a day, or
// a thousand or more writes for each read (telemetry, metrics), which no person types.
func machineWrites(p loadProfile) bool {
	return p.PerThingPerDay > 0 || p.ReadWrite > 0 && p.ReadWrite <= 0.01
}

func needsDAU(fs []conversation.Flow) bool {
	for _, f := range fs {
		if f.Each && f.Actors == 0 && f.ItemsOf == "" {
			return true
		}
	}
	return false
}

func firstOf(fs []conversation.Flow, k conversation.FlowKind) conversation.Flow {
	for _, f := range fs {
		if f.Kind == k {
			return f
		}
	}
	return conversation.Flow{}
}

func ratioWord(r float64) string {
	if r >= 1 {
		return conversation.Human(r)
	}
	return fmt.Sprintf("1/%s", conversation.Human(math.Round(1/r)))
}

// rescale applies a follow-up's figures to a workload. A new population or a new rate for an
// existing flow grows every flow by the same ratio (a system with ten times the links also has
// ten times the redirects), then takes the stated figure exactly; a bare factor ("10x the
// users") grows everything; a stated peak factor replaces the old one.
func rescale(old conversation.Workload, rd workload.Reading, factor float64) (conversation.Workload, []string) {
	w := old.Clone()
	H := conversation.Human
	var what []string
	note := func(format string, a ...any) { w.Notes = append(w.Notes, fmt.Sprintf(format, a...)) }
	if len(w.Flows) == 0 {
		// A design stored before workloads had flows: start from the defaults Estimate assumes.
		w.DAU = math.Max(w.DAU, 1_000_000)
		w.Flows = []conversation.Flow{
			{Name: "write", Kind: conversation.FlowWrite, Count: 2, PerSeconds: 86400, Each: true, Source: conversation.Assumed},
			{Name: "read", Kind: conversation.FlowRead, Count: 20, PerSeconds: 86400, Each: true, Source: conversation.Assumed},
		}
	}
	// scaleTo sets a population (pop, label, was before the change) to the stated figure and
	// grows every flow by the same ratio.
	scaleTo := func(pop *float64, stated, was float64, label string) {
		k := stated / *pop
		w.Scale(k)
		*pop = stated
		what = append(what, fmt.Sprintf("%s %s", H(stated), label))
		note("%s %s: changed in conversation (was %s); every flow scaled ×%s", H(stated), label, H(was), H(k))
	}
	switch {
	case rd.DAU > 0 && w.DAU > 0:
		scaleTo(&w.DAU, rd.DAU, old.DAU, "daily active users")
	case rd.DAU > 0:
		w.DAU = rd.DAU
		what = append(what, fmt.Sprintf("%s daily active users", H(rd.DAU)))
		note("%s daily active users: changed in conversation", H(rd.DAU))
	case rd.Users > 0 && w.Users > 0:
		scaleTo(&w.Users, rd.Users, old.Users, "users")
	}
	for _, nf := range rd.Flows {
		i := matchFlow(w.Flows, nf)
		if i < 0 {
			nf.Source = conversation.Stated
			w.Flows = append(w.Flows, nf)
			what = append(what, fmt.Sprintf("%s %s", nf.Name, describeRate(w, nf)))
			note("%s: added in conversation (%s)", nf.Name, describeRate(w, nf))
			continue
		}
		cur := w.Flows[i]
		before, after := w.Rate(cur), w.Rate(nf)
		if before > 0 && after > 0 && rd.DAU == 0 {
			w.Scale(after / before)
		}
		nf.Name, nf.Kind, nf.FanOut = cur.Name, cur.Kind, cur.FanOut
		nf.Bytes, nf.StoredBytes, nf.BlobBytes = cur.Bytes, cur.StoredBytes, cur.BlobBytes
		w.Flows[i] = nf
		what = append(what, fmt.Sprintf("%s %s", cur.Name, describeRate(w, nf)))
		note("%s: %s, changed in conversation (was %s/s); the other flows scaled with it", cur.Name, describeRate(w, nf), H(before))
	}
	if factor > 0 && rd.DAU == 0 && rd.Users == 0 && len(rd.Flows) == 0 {
		w.Scale(factor)
		what = append(what, fmt.Sprintf("%s× the load", H(factor)))
		note("load × %s: changed in conversation", H(factor))
	}
	if rd.PeakFactor > 0 {
		w.PeakFactor = rd.PeakFactor
		what = append(what, fmt.Sprintf("peak at %s× the average", H(rd.PeakFactor)))
		note("peak is %s× the average: changed in conversation", H(rd.PeakFactor))
	}
	return w, what
}

// matchFlow finds the flow a follow-up's figure is about: same kind, sharing the noun ("1B links
// a month" is the "new link" flow).
func matchFlow(fs []conversation.Flow, nf conversation.Flow) int {
	words := strings.Fields(nf.Name)
	noun := words[len(words)-1]
	best := -1
	for i, f := range fs {
		if f.Kind != nf.Kind || f.ItemsOf != "" {
			continue
		}
		if strings.Contains(f.Name, noun) {
			return i
		}
		if best < 0 && f.Source != conversation.Stated {
			best = i
		}
	}
	if best < 0 {
		// "scale to 50K requests a second": the main flow of its kind.
		for i, f := range fs {
			if f.Kind == nf.Kind && f.ItemsOf == "" {
				return i
			}
		}
	}
	return best
}

func describeRate(w conversation.Workload, f conversation.Flow) string {
	return conversation.Human(w.Rate(f)) + "/s"
}

// years says a retention in words: "1 year", "5 years", "3 months".
func years(y float64) string {
	switch {
	case y < 1:
		return conversation.Human(math.Round(y*12)) + " months"
	case y == 1:
		return "1 year"
	}
	return conversation.Human(y) + " years"
}

// staffRoles are actors who work at a site rather than come through it: a station's staff, a
// depot's drivers, a library's clerks. What they do happens a handful of times a day for each of
// a few of them at each site, whatever the number of people the site serves.
var staffRoles = set("staff", "employee", "worker", "clerk", "operator", "attendant", "driver", "technician", "librarian",
	"officer", "agent", "crew", "warden", "ranger", "steward", "porter", "caretaker", "janitor", "receptionist", "cashier",
	"nurse", "pharmacist", "teacher", "inspector", "mechanic", "courier", "manager", "supervisor", "coordinator", "admin",
	"administrator", "volunteer", "marshal", "guard", "keeper")

// staffPerSite and staffActsPerDay size the work of staff at counted sites: a few on duty at
// each, each doing the write a handful of times a shift.
const (
	staffPerSite    = 3
	staffActsPerDay = 5
)

// staffWrite sizes the main write from the staff who do it ("staff log found items" at 150
// stations), when the statement counts sites and says the write is the staff's: a few staff at
// each site, a handful each a day, said so. It reports whether it added the flow.
func staffWrite(w *conversation.Workload, rd workload.Reading, p loadProfile, note func(string, ...any)) bool {
	t, ok := firstThing(rd.Things, orgUnits)
	if !ok || !staffRoles[singularNoun(lastWord(p.WriteBy))] {
		return false
	}
	H := conversation.Human
	staff := t.Value * staffPerSite
	w.Flows = append(w.Flows, conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: staffActsPerDay, PerSeconds: 86400,
		Each: true, Actors: staff, ActorNoun: pluralNoun(p.WriteBy), Source: conversation.Assumed})
	note("%s: by %s, about %d on duty at each of the %s %s = %s, each about %d a day (assumed: the statement says who does it, not how often)",
		p.Write, pluralNoun(p.WriteBy), staffPerSite, H(t.Value), pluralNoun(t.Noun), H(staff), staffActsPerDay)
	return true
}

// writesADay counts a write in a note: "1 move", "0.2 pushes".
func writesADay(n float64, write string) string {
	if n == 1 {
		return "1 " + write
	}
	return conversation.Human(n) + " " + pluralNoun(write)
}
