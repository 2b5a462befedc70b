package offline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A place's population is the people a service may reach, and a flow of vans between branches
// does not stand in for what its members do.
func TestPopulationAndSideFlows(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("Design a public library system for a city of 2 million: members reserve books across 40 branches, and vans carry books between branches twice a day.", loadProfile{})
	if w.Users != 500_000 {
		t.Errorf("users = %v, want a quarter of the 2M residents (500K)", w.Users)
	}
	var perUser, vans int
	for _, f := range w.Flows {
		switch {
		case f.Each && f.Actors == 0 && f.Source == conversation.Assumed:
			perUser++
		case f.Source == conversation.Stated:
			vans++
		}
	}
	if vans != 1 || perUser != 2 {
		t.Errorf("flows %+v: want the stated van flow and an assumed write and read per member", w.Flows)
	}
	if w.DAU == 0 || w.Rate(firstOf(w.Flows, conversation.FlowRead)) < 1 {
		t.Errorf("DAU %v, reads %+v: members' reads are missing", w.DAU, firstOf(w.Flows, conversation.FlowRead))
	}
}

// A utility's customers each have a meter: "3 million customers" with no meter count is 3
// million meters sending the archetype's reads, not its default fleet; where no one is counted
// the default stands.
func TestThingsPerUser(t *testing.T) {
	t.Parallel()
	p := loadProfile{PerThingPerDay: 96, Things: 1_000_000, Thing: "meter", ThingsPerUser: 1, Write: "meter read", Read: "usage view", ReadsPerUser: 2}
	tests := []struct {
		statement string
		meters    float64
	}{
		{"An electricity retailer with 3 million customers wants smart meter data and monthly bills", 3_000_000},
		{"we need to read our customers' smart meters and send them a bill each month", 1_000_000},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		f, ok := w.Flow("meter read")
		if !ok || f.Actors != tc.meters || f.Count != 96 {
			t.Errorf("%q: meter read flow %+v (found %v), want %v meters × 96 a day", tc.statement, f, ok, tc.meters)
		}
	}
}

// {senders:P} counts a part of whoever sends the main write, whatever their interval: a bill
// cycle is a twentieth of the meters whether they report every 15 or every 30 minutes; with no
// senders counted it falls back to the people.
func TestSendersPlaceholder(t *testing.T) {
	t.Parallel()
	meters := conversation.Workload{Flows: []conversation.Flow{{Name: "interval update", Kind: conversation.FlowWrite, Count: 1, PerSeconds: 1800, Each: true, Actors: 25_000_000}}}
	people := conversation.Workload{Users: 2_000_000}
	tests := []struct {
		w    conversation.Workload
		want string
	}{
		{meters, "1.2M bills a night, 86.8/s"},
		{people, "100K bills a night, 6.9/s"},
	}
	for _, tc := range tests {
		r := newRenderer(bot.Grounding{Problem: "bill customers monthly", Requirements: conversation.RequirementSet{Workload: tc.w}})
		if got := r.x("{senders:5} bills a night, {senders:0.000347}/s"); got != tc.want {
			t.Errorf("senders of %+v: %q, want %q", tc.w, got, tc.want)
		}
	}
}

// Media a statement names is sized as that media even where the archetype knows none: a fleet's
// dashcam clips are video in object storage, not 150-byte position reports, and a voicemail is
// audio, not a 1 KB record.
func TestMediaSizedByWhatItIs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		p         loadProfile
		flow      string
		blob      float64
	}{
		{"each of 200,000 delivery vans uploads 20 dashcam clips a day", loadProfile{RecordBytes: 150, Write: "position"}, "upload dashcam clip", 20e6},
		{"a voicemail service taking 3 million voice messages a day", loadProfile{}, "voice message", 500e3},
		{"members post 2 million photos a day", loadProfile{MediaBytes: 3e6}, "post photo", 3e6},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, tc.p)
		f := firstOf(w.Flows, conversation.FlowWrite)
		if f.Name != tc.flow || f.BlobBytes != tc.blob || f.StoredBytes == 0 {
			t.Errorf("%q: main write %+v, want %q with %v bytes of media beside its record", tc.statement, f, tc.flow, tc.blob)
		}
	}
}

// A live session's positions are load: 50,000 thirty-minute walks a day stream 360 positions
// each, 208/s, where the walks alone are 0.58/s. Where no length is stated nothing is guessed.
func TestTrackedSessionsStreamPositions(t *testing.T) {
	t.Parallel()
	w, rd := workloadFrom("owners book walkers for 30-minute walks, walkers share their GPS location during walks, 50,000 walks a day", loadProfile{})
	trackSessions(&w, rd)
	f, ok := w.Flow("position update")
	if !ok || f.Count != 360 || f.ItemsOf != "walk" || !f.Overwrites {
		t.Fatalf("position flow %+v (found %v), want 360 per walk, each replacing the last", f, ok)
	}
	if got := w.Rate(f); got < 200 || got > 215 {
		t.Errorf("positions at %.1f/s, want ≈ 208/s", got)
	}
	w, rd = workloadFrom("owners book walkers, walkers share their GPS location during walks, 50,000 walks a day", loadProfile{})
	trackSessions(&w, rd)
	if _, ok := w.Flow("position update"); ok {
		t.Errorf("positions assumed with no stated length of a walk: %+v", w.Flows)
	}
}

// Reads follow the archetype's own write when the statement names several: searches come per
// booking, not per sailing on the timetable.
func TestReadsFollowTheMainWrite(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("a ferry booking system: 120 sailings a day, 3 million bookings a year", loadProfile{ReadWrite: 100, Write: "booking", Read: "availability search"})
	f, ok := w.Flow("availability search")
	if !ok || f.ItemsOf != "booking" || f.Count != 100 {
		t.Errorf("searches %+v (found %v), want 100 per booking", f, ok)
	}
}

// An archetype that says how many people it usually serves is sized for them when the statement
// counts no one: a university's registration is tens of thousands of students, not the usual
// million users; a statement's own count still wins.
func TestArchetypePeople(t *testing.T) {
	t.Parallel()
	p := loadProfile{People: 30_000, WritesPerUser: 6, ReadWrite: 15, Write: "registration request", Read: "class search"}
	tests := []struct {
		statement string
		dau       float64
	}{
		{"Design the add/drop system for a university registrar with waitlists", 30_000},
		{"Design course registration for 40,000 students", 8_000},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		if w.DAU != tc.dau {
			t.Errorf("%q: DAU %v, want %v", tc.statement, w.DAU, tc.dau)
		}
	}
}

// The assumed peak describes the archetype's own write, not the timetable beside it.
func TestPeakReasonFollowsTheMainWrite(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("a ferry booking system: 120 sailings a day, 3 million bookings a year", loadProfile{ReadWrite: 40, PeakFactor: 8, Write: "booking", Read: "departure search"})
	want := "peak-to-average factor 8 (assumed for booking traffic, which bunches into busy hours)"
	if !slices.Contains(w.Notes, want) {
		t.Errorf("notes %q, want %q", w.Notes, want)
	}
}

// A news aggregator's counted sites are its sources, each sending its usual articles, not
// places that each hold the default 50,000 feeds; an RTLS's counted hospitals still hold tags.
func TestSenderNouns(t *testing.T) {
	t.Parallel()
	news := loadProfile{Things: 50_000, Thing: "feed", PerThingPerDay: 20, SenderNouns: []string{"site", "source"}, Write: "article", Read: "page view", ReadWrite: 500}
	w, _ := workloadFrom("a news aggregator that pulls articles from 20,000 news sites", news)
	if f := firstOf(w.Flows, conversation.FlowWrite); f.Actors != 20_000 || f.Count != 20 {
		t.Errorf("articles %+v: want 20 a day from each of the 20K sites", f)
	}
	tags := loadProfile{Things: 2000, Thing: "tag", PerThingPerDay: 8640, Write: "beacon", Read: "location lookup", ReadWrite: 0.01}
	w, _ = workloadFrom("find wheelchairs across our 3 hospitals", tags)
	if f := firstOf(w.Flows, conversation.FlowWrite); f.Actors != 6000 {
		t.Errorf("beacons %+v: want 2,000 tags at each of the 3 hospitals", f)
	}
}

// Counted things with no people beside them each have an owner ("4 million doorbells"), rather
// than the usual million users; what they stream is media of its kind.
func TestOwnedThingsAndTheirMedia(t *testing.T) {
	t.Parallel()
	p := *features["generic"].Load
	p.Write = "stream clip"
	w, _ := workloadFrom("Design a backend for a smart doorbell: 4 million doorbells stream a 10-second clip when someone rings", p)
	if w.Users != 4e6 || w.DAU != 2e6 {
		t.Errorf("users %v, DAU %v; want 4M owners, 2M a day", w.Users, w.DAU)
	}
	if f := firstOf(w.Flows, conversation.FlowWrite); f.BlobBytes != 20e6 {
		t.Errorf("main write %+v: want a 20 MB clip", f)
	}
}

// "Design Instagram" names no photo, yet its posts carry one: the photo capability's media
// reaches the feed's post.
func TestFeedPostsCarryTheirPhotos(t *testing.T) {
	t.Parallel()
	_, req, err := New().Requirements(context.Background(), "Design Instagram for 500M DAU")
	if err != nil {
		t.Fatal(err)
	}
	if f := firstOf(req.Workload.Flows, conversation.FlowWrite); f.BlobBytes < 1e6 {
		t.Errorf("main write %+v: want a photo of about 2 MB", f)
	}
}

// "Track" is a verb here, not a music track: a loan tracker keeps no media.
func TestTrackIsNoMedia(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("Design a system to track equipment loans for 2M users", *features["generic"].Load)
	if f := firstOf(w.Flows, conversation.FlowWrite); f.BlobBytes != 0 {
		t.Errorf("main write %+v: a loan tracker keeps no media", f)
	}
}

// Organisations counted as the ones who act carry the load at an assumed rate each, said so: not
// a million users, nor 500 people at each hospital.
func TestOrganisationsActAtAnAssumedRate(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("A blood bank service where 40 hospitals request blood units", loadProfile{})
	f := firstOf(w.Flows, conversation.FlowWrite)
	if f.Name != "request blood unit" || f.Actors != 40 || f.Count != actsPerDay || f.Source != conversation.Assumed || w.DAU != 0 {
		t.Errorf("write %+v, DAU %v: want each of the 40 hospitals %d times a day, assumed, and no daily users", f, w.DAU, actsPerDay)
	}
}

// Days of the week that hold the load multiply the bunching assumed within a day.
func TestBusyDaysRaiseThePeak(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("A club booking app where 2,000 members book courts on Saturdays", loadProfile{PeakFactor: 3})
	if w.PeakFactor != 21 {
		t.Errorf("peak factor %v, want 7 (Saturdays) × 3 (within a day) = 21; notes %q", w.PeakFactor, w.Notes)
	}
	n := 0
	for _, note := range w.Notes {
		if len(note) > 22 && note[:22] == "peak-to-average factor" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d notes on the peak factor, want one: %q", n, w.Notes)
	}
}

// A place sized by what it holds, with no rate, carries the load of its turnover, said as an
// assumption: not a million users.
func TestCapacityTurnsOver(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("A parking system for a 1,400-space car park", loadProfile{})
	f := firstOf(w.Flows, conversation.FlowWrite)
	if f.Actors != 1400 || f.Count != 6 || f.Source != conversation.Assumed || w.DAU != 0 {
		t.Errorf("write %+v, DAU %v: want 1,400 spaces × 6 entries and exits a day, assumed", f, w.DAU)
	}
}

// Counted organisations with no people beside them have people of their own, assumed and said
// so: not the default million, and not one owner each as a doorbell has.
func TestOrganisationsHavePeople(t *testing.T) {
	t.Parallel()
	for statement, dau := range map[string]float64{
		"a portal for 50 universities":      50 * peoplePerUnit,
		"a booking tool for 6,000 pubs":     6000 * peoplePerUnit,
		"compliance software for 800 farms": 800 * 5 / 2,
	} {
		w, _ := workloadFrom(statement, loadProfile{})
		if w.DAU != dau {
			t.Errorf("%q: DAU %v, want %v; notes %q", statement, w.DAU, dau, w.Notes)
		}
	}
}

// An orchestrator's senders are its nodes: counted pods stand for a thirtieth as many nodes,
// counted machines win over the containers they carry, and a bound on servers per region is the
// fleet when nothing else counts it.
func TestCarriedSenders(t *testing.T) {
	t.Parallel()
	p := loadProfile{Things: 1000, Thing: "node", SenderNouns: []string{"machine", "server"}, PerThingPerDay: 10_000,
		Carried: map[string]float64{"pod": 30, "container": 30}, Write: "API object write", Read: "watch event", ReadWrite: 20}
	tests := []struct {
		statement string
		nodes     float64
	}{
		{"build a container platform that bin-packs 300,000 pods onto our nodes", 10_000},
		{"schedule 2 million containers across 60,000 machines", 60_000},
		{"Design Kubernetes", 1000},
		{"a cluster manager with 100,000 servers per region and batch workloads", 100_000},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		f, ok := w.Flow("API object write")
		if !ok || f.Actors != tc.nodes {
			t.Errorf("%q: write flow %+v (found %v), want %v senders", tc.statement, f, ok, tc.nodes)
		}
	}
}

// People who act at counted organisations, uncounted themselves, are the organisations' people.
func TestPeopleOfCountedOrganisationsAct(t *testing.T) {
	t.Parallel()
	w, _ := workloadFrom("School lunch pre-ordering for 260 schools; pupils choose meals once a week", loadProfile{})
	if w.DAU != 260*peoplePerUnit {
		t.Errorf("DAU %v, want 500 pupils at each of the 260 schools; notes %q", w.DAU, w.Notes)
	}
}

// A stated volume of what the reads carry is read as those reads: a translation service's words
// a day are its requests' text, not writes; a volume of another noun stays what it was.
func TestReadVolumes(t *testing.T) {
	t.Parallel()
	p := loadProfile{ReadsPerUser: 25, WritesPerUser: 0.02, ReadWrite: 1250, ReadVolumes: map[string]float64{"word": 20},
		Write: "job submission", Read: "translation request"}
	w, _ := workloadFrom("translate 2 billion words a day between 40 languages", p)
	f, ok := w.Flow("translation request")
	if !ok || f.Kind != conversation.FlowRead || w.Rate(f) < 1150 || w.Rate(f) > 1160 {
		t.Errorf("translation request %+v (found %v), want 2B words ÷ 20 a request = 1157/s of reads", f, ok)
	}
	if j, ok := w.Flow("job submission"); !ok || w.Rate(j) > 1 {
		t.Errorf("job submission %+v (found %v), want one per 1,250 reads, under 1/s", j, ok)
	}
	w, _ = workloadFrom("translate 2 million documents a day between 40 languages", p)
	if f, ok := w.Flow("translation request"); ok && f.Source == conversation.Stated {
		t.Errorf("documents a day became reads %+v; only the volume nouns are", f)
	}
}

// Writes derived from a read rate stated at its peak are a peak as well, so the averages keep
// the archetype's one-to-one ratio instead of doubling the writes.
func TestDerivedWritesFollowAPeak(t *testing.T) {
	t.Parallel()
	p := loadProfile{Writes: 10_000, ReadWrite: 1, WritesFollowReads: true, Write: "invocation", Read: "invocation result", PeakFactor: 3}
	w, _ := workloadFrom("a function platform taking 2 million requests per second at peak", p)
	c := conversation.Estimate(w)
	if c.WriteQPS != c.ReadQPS || c.PeakReadQPS != 2_000_000 {
		t.Errorf("writes %v/s, reads %v/s (peak reads %v/s): want equal averages under a 2M/s peak", c.WriteQPS, c.ReadQPS, c.PeakReadQPS)
	}
}

// An archetype whose writes carry no media keeps its record size when the statement names
// images: an orchestrator's images are container images.
func TestNoMediaProfile(t *testing.T) {
	t.Parallel()
	p := loadProfile{Writes: 100, RecordBytes: 1000, Write: "API object write", Read: "watch event", ReadWrite: 20}
	statement := "keep 5,000 replicas running on our servers and roll out new images without downtime"
	media, _ := workloadFrom(statement, p)
	p.NoMedia = true
	plain, _ := workloadFrom(statement, p)
	if f, _ := media.Flow("API object write"); f.BlobBytes == 0 {
		t.Fatalf("without no_media the images should be media: %+v", f)
	}
	if f, _ := plain.Flow("API object write"); f.BlobBytes != 0 {
		t.Errorf("with no_media the write carries %v bytes of media, want none", f.BlobBytes)
	}
}

// An appointment book's load is its practitioners' diaries: the practitioners the statement
// counts (as people or as things), else one for every 2,000 clients it counts, else a handful at
// each site it counts or at the one it names, else a platform's worth, never one site's worth
// for a whole platform.
func TestPractitionersFromWhatIsCounted(t *testing.T) {
	t.Parallel()
	p := loadProfile{PerThingPerDay: 16, Things: 8, ThingsAlone: 20_000, ThingsPerUser: 0.0005, Thing: "practitioner", ThingVerb: "takes",
		SenderNouns: []string{"dentist", "physio", "doctor"}, Write: "booking", Read: "slot search", ReadWrite: 10}
	tests := []struct {
		statement    string
		practitioner float64
	}{
		{"online booking for our 3,000 dentists", 3000},
		{"a booking system for 1,200 doctors across 90 clinics", 1200},
		{"a doctor appointment app for 4 million patients", 2000},
		{"online booking for a chain of 50 physiotherapy clinics", 400},
		{"an app where people book a physiotherapist", 20_000},
		{"our dental practice wants patients to book online", 8},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		f, ok := w.Flow("booking")
		if !ok || f.Actors != tc.practitioner || f.Count != 16 {
			t.Errorf("%q: booking flow %+v (found %v), want %v practitioners × 16 a day", tc.statement, f, ok, tc.practitioner)
		}
		if !slices.ContainsFunc(w.Notes, func(n string) bool { return strings.Contains(n, " takes ") }) {
			t.Errorf("%q: notes %q never say what each practitioner takes", tc.statement, w.Notes)
		}
	}
}

// The people a day at each counted site follow what the site is: an operating theatre or a court
// room does a handful of long cases a day, a garage or a salon dozens of customers, a shop or a
// pub hundreds, and a noun with two senses takes the one its statement's words give it.
func TestSitePeopleFollowTheSite(t *testing.T) {
	t.Parallel()
	for statement, dau := range map[string]float64{
		"a scheduling tool for 25 theatres where surgeons plan their lists":            25 * 10,
		"a ticketing system for 40 theatres where audiences pick seats":                40 * peoplePerUnit,
		"a listing tool for 30 courtrooms where clerks plan each day's hearings":       30 * 10,
		"a booking tool for 8 recording studios where bands reserve a room by the day": 8 * 10,
		"a members' app for 12 yoga studios":                                           12 * 100,
		"a service-history tool for 30 garages":                                        30 * 50,
		"a loyalty app for 200 shops":                                                  200 * peoplePerUnit,
		"a booking app for 60 hair salons":                                             60 * 40,
	} {
		w, _ := workloadFrom(statement, loadProfile{})
		if w.DAU != dau {
			t.Errorf("%q: DAU %v, want %v; notes %q", statement, w.DAU, dau, w.Notes)
		}
	}
}

// A statement about one body or place that counts nobody is sized by that body's people, never
// by a platform's million: a rescue team's volunteers, an agency's staff, a venue's visitors.
func TestOneBodyIsNotAMillionUsers(t *testing.T) {
	t.Parallel()
	for statement, dau := range map[string]float64{
		"A mountain rescue team's call-out system: a coordinator pages volunteers, who reply whether they can attend": 20,
		"A court reporting agency assigns stenographers to depositions that law firms book":                           25,
		"A wedding venue sells Saturday dates a year ahead; couples pay a deposit":                                    peoplePerUnit,
		"The tennis club's court bookings":   100,
		"a members' app for our yoga studio": 100,
	} {
		w, _ := workloadFrom(statement, loadProfile{})
		if w.DAU != dau {
			t.Errorf("%q: DAU %v, want %v; notes %q", statement, w.DAU, dau, w.Notes)
		}
	}
}

// Small counts of a trade's units that no table knows ("90 shearing gangs", "45 caves") size the
// people by those units, never a platform's million; areas ("across 3 regions") are no units.
func TestCountedUnitsOfATrade(t *testing.T) {
	t.Parallel()
	for statement, dau := range map[string]float64{
		"Sheep shearing contractors work across 3 regions; each of the 90 shearing gangs must receive its next day's farm list by 7am": 90 * peoplePerCountedUnit / 2,
		"Our 40 escape rooms each log every game and its finishing time":                                                               40 * peoplePerCountedUnit / 2,
	} {
		w, _ := workloadFrom(statement, loadProfile{})
		if w.DAU != dau {
			t.Errorf("%q: DAU %v, want %v; notes %q", statement, w.DAU, dau, w.Notes)
		}
	}
}
