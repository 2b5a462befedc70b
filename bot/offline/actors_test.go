package offline

import (
	"slices"
	"strings"
	"testing"
)

// TestMembersOfAnInstitutionAreNoChat keeps group conversations out of statements whose groups
// and members belong to a museum or a gym: nobody messages anybody there.
func TestMembersOfAnInstitutionAreNoChat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design timed-entry ticketing for a museum group: 3 museums, 8,000-12,000 visitors per day in total, entry slots every 15 minutes capped at 180 people, school groups book up to 6 months ahead, and members enter free but still need a slot.",
		"A booking system for a chain of climbing gyms: groups of up to 10 reserve walls, and members climb free at off-peak hours",
	} {
		if ids, _ := detect(s); slices.Contains(ids, "groups") {
			t.Errorf("%q: detected group conversations: %v", s, ids)
		}
	}
	if ids, _ := detect("a chat app where friends create groups and add members"); !slices.Contains(ids, "groups") {
		t.Errorf("group chat lost its group conversations: %v", ids)
	}
	// Their members hold a membership with the institution, checked when they book.
	for _, s := range []string{
		"Design timed-entry ticketing for a museum group: 3 museums, 8,000-12,000 visitors per day in total, entry slots every 15 minutes capped at 180 people, school groups book up to 6 months ahead, and members enter free but still need a slot.",
		"Online booking for a botanic garden's glasshouse tours: 40 tours a day of 25 places, and members get in free but must reserve a tour",
	} {
		if ids, _ := detect(s); !slices.Contains(ids, "memberships") {
			t.Errorf("%q: no institution membership: %v", s, ids)
		}
	}
}

// TestTriageDecidesOnWhatIsTakenIn reads triage as a decision on things someone else submits:
// it orders a queue by priority and routes each to a person, and creates nothing.
func TestTriageDecidesOnWhatIsTakenIn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, triage, submit string }{
		{"Design hail-claim intake for a regional car insurer: normally ~1,500 claims per day, but after a hailstorm up to 40,000 claims in 48 hours, each with 5-15 photos of about 4 MB; 250 adjusters triage them and we need to flag duplicate photos reused across claims.",
			"adjuster triage claim", "policyholder submit claim"},
		{"Design referral intake for a community mental-health service: 400 referrals a week, each with 3 attachments, and 30 duty nurses prioritise them within two working days",
			"duty nurse prioritise referral", "referrer submit referral"},
	} {
		rd := readStatement(tc.statement)
		var got []string
		for _, a := range rd.Actions {
			got = append(got, a.Actor+" "+a.Verb+" "+a.Object)
		}
		if !slices.Contains(got, tc.triage) || !slices.Contains(got, tc.submit) {
			t.Errorf("%q: actions %q, want %q and %q", tc.statement, got, tc.triage, tc.submit)
		}
		f := composed(tc.statement)
		for _, fn := range f.Functional {
			if strings.Contains(fn, "create") {
				t.Errorf("%q: %q: triage creates nothing", tc.statement, fn)
			}
		}
		var queue, decide bool
		for _, e := range f.APIs {
			queue = queue || strings.Contains(e.Note, "most urgent first")
			decide = decide || strings.Contains(e.Request, "priority, assignee_id")
		}
		if !queue || !decide {
			t.Errorf("%q: want a queue by priority and a triage call setting priority and assignee: %+v", tc.statement, f.APIs)
		}
	}
}

// TestInstrumentsActButAreNoPeople reads instruments as machines: they produce what is kept
// (a run, an analysis, its bytes in object storage), have a serial number and a credential, not
// an email; what "arrives" is received by staff; and a thing moving through a fixed number of
// stages with a custody record per hand-off is a state machine with an append-only custody log.
func TestInstrumentsActButAreNoPeople(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, machine, output, arrived string }{
		{"Design sample tracking for a genomics core lab: 5,000 samples arrive each week in 96-well plates, every sample passes through 7 processing stages, sequencers produce 2 TB per run with 3 runs a day, and every hand-off needs a chain-of-custody audit record.",
			"sequencer", "run", "sample"},
		{"Design evidence tracking for a police forensics unit: 800 exhibits arrive each week, every exhibit moves through 5 stages, mass spectrometers produce 4 GB per analysis, and each hand-off needs a chain-of-custody record",
			"mass spectrometer", "analysis", "exhibit"},
	} {
		rd := readStatement(tc.statement)
		var got []string
		for _, a := range rd.Actions {
			got = append(got, a.Actor+" "+a.Verb+" "+a.Object)
			if isMachine(a.Actor) && a.Object != tc.output {
				t.Errorf("%q: a machine does %q", tc.statement, a.Actor+" "+a.Verb+" "+a.Object)
			}
		}
		if !slices.Contains(got, tc.machine+" produce "+tc.output) || !slices.Contains(got, "staff log "+tc.arrived) {
			t.Errorf("%q: actions %q", tc.statement, got)
		}
		f := composed(tc.statement)
		rows := map[string]entity{}
		for _, e := range f.Entities {
			rows[strings.ToLower(e.Name)] = e
		}
		if m := rows[tc.machine]; strings.Contains(m.Fields, "email") || !strings.Contains(m.Fields, "serial_number") {
			t.Errorf("%q: the %s is kept as a person: %q", tc.statement, tc.machine, m.Fields)
		}
		if !strings.Contains(rows[tc.output].Fields, "data_key") {
			t.Errorf("%q: the %s's bytes are not in object storage: %q", tc.statement, tc.output, rows[tc.output].Fields)
		}
		if !strings.Contains(rows[tc.arrived].Fields, "stage (1-") || !strings.Contains(rows["custody event"].Fields, "prev_hash") {
			t.Errorf("%q: want staged %s and an append-only custody event: %+v", tc.statement, tc.arrived, f.Entities)
		}
		if !slices.ContainsFunc(f.Deep, func(d deepDive) bool { return strings.Contains(d.Title, "stages and a record of every hand-off") }) {
			t.Errorf("%q: no deep dive on the stages and their custody", tc.statement)
		}
	}
}

// TestArrivalsFromSomewhere reads "X arrive from Y" as Y sending X, and a pronoun after it as X.
func TestArrivalsFromSomewhere(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, sent, decided string }{
		{"Design a hospital pharmacy system where prescriptions arrive from wards and pharmacists verify them", "ward send prescription", "pharmacist verify prescription"},
		{"Design a translation agency portal: 2,000 documents arrive from clients each week and translators claim them", "client send document", "translator claim document"},
	} {
		var got []string
		for _, a := range readStatement(tc.statement).Actions {
			got = append(got, a.Actor+" "+a.Verb+" "+a.Object)
		}
		if !slices.Contains(got, tc.sent) || !slices.Contains(got, tc.decided) {
			t.Errorf("%q: actions %q, want %q and %q", tc.statement, got, tc.sent, tc.decided)
		}
	}
}

// TestVehiclesAndProcessingSteps reads vehicles and freight units as things known by the number on
// their side, not people with an email address, and a processing step a subject "gets" on
// something (OCR on camera images) as the system working on that thing.
func TestVehiclesAndProcessingSteps(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, vehicle, processed string }{
		{"a weighbridge system for a quarry: 600 trucks a day cross the scales, every truck gets OCR on 2 plate photos before the barrier opens",
			"truck", "plate photo"},
		{"a border crossing system: each car gets OCR on 3 plate images and drivers show passports", "car", "plate image"},
	} {
		rd := readStatement(tc.statement)
		var got []string
		for _, a := range rd.Actions {
			got = append(got, a.Actor+" "+a.Verb+" "+a.Object)
		}
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "system ") && strings.HasSuffix(s, " "+tc.processed) }) {
			t.Errorf("%q: want the system to work on the %s; actions %q", tc.statement, tc.processed, got)
		}
		if slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, " ocr") || strings.HasSuffix(s, " screening") }) {
			t.Errorf("%q: a processing step is kept as a thing: %q", tc.statement, got)
		}
		rows := composed(tc.statement).Entities
		i := slices.IndexFunc(rows, func(e entity) bool { return strings.EqualFold(e.Name, tc.vehicle) })
		if i < 0 {
			t.Errorf("%q: no %s row in %+v", tc.statement, tc.vehicle, rows)
		} else if e := rows[i]; strings.Contains(e.Fields, "email") || !strings.Contains(e.Indexes, "registration") {
			t.Errorf("%q: the %s is kept as a person: %q %q", tc.statement, tc.vehicle, e.Fields, e.Indexes)
		}
	}
}
