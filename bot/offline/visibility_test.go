package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// docOf joins every section of a design, as a reader sees the document.
func docOf(sec map[conversation.SectionID]string) string {
	var b strings.Builder
	for _, id := range conversation.SectionOrder {
		b.WriteString(sec[id])
		b.WriteString("\n")
	}
	return b.String()
}

// Files that are one customer's record (a return photo, a claim's damage photos, a patient's
// pictures, a receipt) are not cached at a public edge for a year: they are read through
// short-lived signed URLs with private caching.
func TestPrivateFilesAreNotOnAPublicCDN(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design returns for an online fashion store: 120,000 orders a day, roughly a third come back, customers attach 1-2 photos of 2 MB, refunds within 48 hours.",
		"Design damage claims for a car insurer: 3,000 claims a week, drivers upload 3-6 photos of the damage, an adjuster decides within 5 days.",
		"Design a tele-dermatology service: 2,000 patients a day upload 3 photos of a skin condition and a dermatologist replies within 24 hours.",
	} {
		_, sec := renderAll(t, s)
		doc := docOf(sec)
		for _, bad := range []string{"max-age=31536000", "first byte < 100 ms", "can cache them for a year"} {
			if strings.Contains(doc, bad) {
				t.Errorf("%q: private files served openly (%q)", s, bad)
			}
		}
		if !strings.Contains(doc, "Cache-Control: private") || !strings.Contains(doc, "signed URL") {
			t.Errorf("%q: no private caching through signed URLs:\n%s", s, sec[conversation.Scalability])
		}
	}
}

// Public content (a public map, a public board) needs no signed URL: nothing there is anyone's
// secret, so no link "stops working when leaked".
func TestPublicContentHasNoSignedLinks(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a snow-plow tracker: 400 plows report GPS every 5 seconds; 250,000 residents check a public map on a storm day, half of them between 6 and 8 am.",
		"Design a public trail-conditions map for a national park: 40 rangers post updates, 20,000 hikers a day read them.",
		"Design a public bus arrivals board for a city: 600 buses report positions every 10 seconds and 80,000 riders check it each morning.",
	} {
		_, sec := renderAll(t, s)
		doc := docOf(sec)
		for _, bad := range []string{"signed URLs expire", "leaked link", "Signed links on public content"} {
			if strings.Contains(doc, bad) {
				t.Errorf("%q: public content behind signed links (%q)", s, bad)
			}
		}
	}
}

// SDKs that run inside backend services are software: they call with a key (or mTLS), never a
// person's OAuth PKCE sign-in.
func TestServiceClientsUseKeysNotPKCE(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a feature flag service for 400 engineers: 300 services evaluate flags locally, changes reach all services within 5 seconds",
		"Design a remote config service: 80 backend services fetch settings at startup and get pushes within 10 seconds; 50 developers edit them.",
		"Design a feature toggle platform: 1,000 microservices evaluate toggles in-process and toggle edits propagate within 3 seconds.",
	} {
		_, sec := renderAll(t, s)
		api := sec[conversation.API]
		if strings.Contains(api, "SDK browsers") || strings.Contains(api, "SDK apps") {
			t.Errorf("%q: SDKs sign in like people:\n%s", s, api)
		}
		if !strings.Contains(api, "SDK key") || !strings.Contains(api, "no person signs in from them") {
			t.Errorf("%q: SDK callers not given a key:\n%s", s, api)
		}
	}
}

// One company's own tool has no tenants: its stores are keyed by what it has (time, the
// entity), while a service sold to many organisations keeps tenant_id.
func TestTenantKeysOnlyWhereThereAreTenants(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		tenants   bool
	}{
		{"Design an access-request tool for our 30-person company: staff request access to internal systems, a manager approves, and every change is kept in an audit log for the auditors.", false},
		{"Design an audit log for our 45-person law firm's document system: every view and edit by a lawyer is recorded and kept for 7 years.", false},
		{"Design an audit log service for 2,000 SaaS customer organisations: every change their users make is recorded and kept for 7 years.", true},
	}
	for _, tc := range tests {
		_, sec := renderAll(t, tc.statement)
		// The audit store, or the decision log of an approval workflow.
		if !strings.Contains(sec[conversation.DataModel], "Audit") && !strings.Contains(sec[conversation.DataModel], "Decision log") {
			t.Fatalf("%q: no audit store to key:\n%s", tc.statement, sec[conversation.DataModel])
		}
		if got := strings.Contains(sec[conversation.DataModel], "tenant_id"); got != tc.tenants {
			t.Errorf("%q: data model names tenant_id = %v, want %v:\n%s", tc.statement, got, tc.tenants, sec[conversation.DataModel])
		}
	}
}

func TestUntenantedKeepsAPartition(t *testing.T) {
	e := untenanted(entity{Key: "(tenant_id, ts, event_id)", Partition: "tenant_id, monthly time partitions", Fields: "event_id, tenant_id, ts"})
	if e.Key != "(ts, event_id)" || e.Partition != "monthly time partitions" || e.Fields != "event_id, ts" {
		t.Fatalf("untenanted = %+v", e)
	}
	if e := untenanted(entity{Key: "rule_id", Partition: "tenant_id"}); e.Partition != "rule_id" {
		t.Fatalf("partition = %q, want the key", e.Partition)
	}
}

// A small design gets a jobs table in its database, not a broker with replication factors,
// whichever archetype lists the event log; a statement that asks for Kafka keeps it.
func TestSmallDesignsHaveNoBroker(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a booking system for 25 hair salons: clients book appointments online, stylists see their day, reminders by SMS.",
		"Design a feature flag service for 400 engineers: 300 services evaluate flags locally, changes reach all services within 5 seconds",
		"Design appointment booking for a 4-vet animal clinic: pet owners book 60 visits a day online and get an email reminder the day before.",
	} {
		_, sec := renderAll(t, s)
		if doc := docOf(sec); strings.Contains(doc, "min.insync.replicas") || strings.Contains(sec[conversation.Architecture], "Apache Kafka") {
			t.Errorf("%q: a broker at this size:\n%s", s, sec[conversation.Reliability])
		}
	}
	p := &feature{ID: "appointments", Components: []string{"queue"}}
	if tableQueue("Design salon booking; changes go to a Kafka topic for analytics", "queue") {
		t.Errorf("a statement that asks for Kafka lost its broker")
	}
	if !tableQueue("Design salon booking", "queue") || tableQueue("Design salon booking", "posstream") || ownedByDesign(p, "queue") {
		t.Errorf("tableQueue picks the wrong queues")
	}
}

// Privacy duties name a law only where the statement names it or a place that implies it.
func TestPrivacyDutyFollowsJurisdiction(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, want, not string
		small                bool
	}{
		{"Design an expense tool for our 30-person company", "where a privacy law gives that right", "GDPR", true},
		{"Design a personal budgeting app for 10 million users", "GDPR/CCPA where they apply", "HIPAA", false},
		{"Design a booking system for 25 hair salons in Germany", "GDPR", "CCPA", true},
		{"Design a clinic portal for patients in California", "CCPA", "GDPR", false},
		{"Design a loyalty app for a UK coffee chain", "UK GDPR", "CCPA", false},
		{"Design a patient portal under HIPAA", "BAA", "GDPR", false},
	}
	for _, tc := range tests {
		erase, _ := privacyDuty(tc.statement, tc.small)
		if !strings.Contains(erase, tc.want) || strings.Contains(erase, tc.not) {
			t.Errorf("%q: duty %q, want %q and not %q", tc.statement, erase, tc.want, tc.not)
		}
	}
}

// The self-review catches the contradictions between who may see what is served and how it is
// served, and who a sign-in flow is given to.
func TestReviewFlagsVisibilityContradictions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		problem string
		sec     map[conversation.SectionID]string
		want    string
	}{
		{"Design returns: customers attach photos of the item to a return.",
			map[conversation.SectionID]string{conversation.Scalability: "- CDN: immutable media with `Cache-Control: max-age=31536000, immutable`."},
			"Private files on a public cache"},
		{"Design a dental clinic's records: patients' x-rays are uploaded by the dentist.",
			map[conversation.SectionID]string{conversation.Requirements: "- Media served from edge locations: first byte < 100 ms for most users"},
			"Private files on a public cache"},
		{"Design a public map of snow plows for residents.",
			map[conversation.SectionID]string{conversation.Scalability: "- CDN is there for latency, and its signed URLs expire, so a leaked link stops working."},
			"Signed links on public content"},
		{"Design a feature flag service: 300 services evaluate flags locally.",
			map[conversation.SectionID]string{conversation.API: "JSON over HTTPS. SDK browsers sign in with OAuth 2.0 (PKCE) and send a token."},
			"A sign-in flow for software: SDK browsers"},
		{"Design a metrics pipeline: agents on 5,000 hosts push metrics.",
			map[conversation.SectionID]string{conversation.API: "JSON over HTTPS. Agent apps and browsers sign in with OAuth 2.0 (PKCE) and send a token."},
			"A sign-in flow for software"},
	}
	for _, tc := range tests {
		r := newRenderer(bot.Grounding{Problem: tc.problem})
		if got := strings.Join(r.visibilityFindings(tc.sec), "\n"); !strings.Contains(got, tc.want) {
			t.Errorf("%q: findings %q, want %q", tc.problem, got, tc.want)
		}
	}
	// The right texts raise nothing.
	r := newRenderer(bot.Grounding{Problem: "Design returns: customers attach photos of the item to a return."})
	ok := map[conversation.SectionID]string{
		conversation.Scalability: "- Private files are not cached at a shared edge: each view is a signed URL valid for 5 minutes.",
		conversation.API:         "JSON over HTTPS. Customer apps and browsers sign in with OAuth 2.0 (PKCE) and send a token.",
	}
	if got := r.visibilityFindings(ok); len(got) > 0 {
		t.Errorf("findings on a consistent design: %q", got)
	}
}

// Words that only set the scene (the place a statement is set in, the counted group a system
// serves) are not asked-for features the review flags as undesigned.
func TestReviewDoesNotFlagSettingWords(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, word string }{
		{"Design a booking system for 25 hair salons: clients book appointments online, stylists see their day, reminders by SMS.", "salons"},
		{"Design a tool-lending app for a neighbourhood: 300 households list drills and ladders, borrow from each other, return within a week.", "neighbourhood"},
		{"Design a ride-share board for a small town: 2,000 people post and join rides to the city each morning.", "town"},
	}
	for _, tc := range tests {
		_, sec := renderAll(t, tc.statement)
		if !strings.Contains(sec[conversation.Tradeoffs], "Self-review") {
			t.Fatalf("%q: no self-review:\n%s", tc.statement, sec[conversation.Tradeoffs])
		}
		for _, l := range strings.Split(sec[conversation.Tradeoffs], "\n") {
			if strings.Contains(l, "Asked for but not designed") && strings.Contains(l, tc.word) {
				t.Errorf("%q: setting word %q flagged: %s", tc.statement, tc.word, l)
			}
		}
	}
}
