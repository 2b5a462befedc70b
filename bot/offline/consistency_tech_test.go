package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestTechContradictionsFindDefects feeds each check the contradiction it exists for, and the
// same design without it.
func TestTechContradictionsFindDefects(t *testing.T) {
	t.Parallel()
	jobs := []conversation.Component{
		{Name: "Notification workers", Kind: "worker", Technology: "Kafka consumer group", TalksTo: []string{"Event log"}},
		{Name: "Event log", Kind: "queue", Technology: "a jobs table in the primary PostgreSQL"},
		{Name: "Primary DB", Kind: "database", Technology: "PostgreSQL (one primary + a standby, daily backups)"},
		{Name: "WebSocket gateway", Kind: "service", Technology: "Go connection servers"},
		{Name: "Clients", Kind: "client", TalksTo: []string{"WebSocket gateway"}},
		{Name: "Event journal", Kind: "database", Technology: "replicated append-only log (Raft), archived to object storage"},
	}
	sec := map[conversation.SectionID]string{
		conversation.Tradeoffs:   "| Decision | Rejected | Why |\n|---|---|---|\n| Kafka as the event log | RabbitMQ / SQS | replay |\n",
		conversation.DataFlow:    "1. Application service reads the page from a replica of Primary DB by (user_id, created_at).\n2. Once committed, the outbox relay publishes BedChanged to Event log.\n",
		conversation.DeepDive:    "Reads of beds (3/s peak) come from read replicas; writes go to the primary.",
		conversation.Reliability: "- **Event journal** (replicated append-only log (Raft), archived to object storage): 11 nines durability across zones, versioning on.\n",
		conversation.DataModel:   "| Entity | Store | Primary key | Partition key | Indexes |\n|---|---|---|---|---|\n| Show | Primary DB (PostgreSQL) | show_id | player_id | - |\n| Answer | Primary DB (PostgreSQL) | answer_id | player_id | - |\n\n### Why each store\n- **Show** → Primary DB (PostgreSQL): read by id. Fields: show_id, status.\n- **Answer** → Primary DB (PostgreSQL): read by id. Fields: answer_id, player_id, status.\n",
	}
	got := strings.Join(techContradictions(jobs, sec), "\n")
	for _, want := range []string{
		"Notification workers is described as \"Kafka consumer group\"",
		"trade-offs choose \"Kafka as the event log\"",
		"replica of Primary DB",
		"sends reads to replicas",
		"WebSocket gateway holds connections",
		"Event journal",
		"entity Show is partitioned by player_id",
		"relays an outbox",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "entity Answer") {
		t.Errorf("Answer holds player_id but was flagged:\n%s", got)
	}

	// The same parts with the technology the text speaks of: nothing to report.
	fixed := []conversation.Component{
		{Name: "Notification workers", Kind: "worker", Technology: "Kafka consumer group", TalksTo: []string{"Event log"}},
		{Name: "Event log", Kind: "queue", Technology: "Apache Kafka (RF=3)"},
		{Name: "Primary DB", Kind: "database", Technology: "PostgreSQL (primary + 2 replicas)"},
		{Name: "WebSocket gateway", Kind: "service", Technology: "Go connection servers"},
		{Name: "Application service", Kind: "service", TalksTo: []string{"WebSocket gateway"}},
		{Name: "Event journal", Kind: "storage", Technology: "Amazon S3 (11 nines durability)"},
	}
	delete(sec, conversation.DataModel)
	sec[conversation.Reliability] = "- **Event journal** (Amazon S3 (11 nines durability)): 11 nines durability across zones, versioning on.\n"
	if got := techContradictions(fixed, sec); len(got) > 0 {
		t.Errorf("false alarms on a consistent design:\n%s", strings.Join(got, "\n"))
	}
}

// TestReviewedDesignsHoldTogether designs the statements a senior reviewer found contradictions
// in and holds them to every cross-section check.
func TestReviewedDesignsHoldTogether(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a bed-management system for a network of 40 hospitals with about 12,000 beds; nurses and bed managers update bed status and the ED needs to see real-time free beds by ward",
		"Design a live multiplayer trivia game show app: 2 million players join a scheduled show, each of 12 questions is pushed to everyone and players must answer within 10 seconds",
		"Design an IoT smart-lock platform for 3 million installed locks; owners unlock from a phone app within 2 seconds and the audit log is kept 7 years",
		"Design a betting exchange for a cup final: 400K concurrent users back and lay bets, odds to every watching user within 500 ms",
		"Design a ride-share backend for one city with 50K drivers sending GPS every 4 seconds; riders matched to a nearby driver within 5 seconds",
		"Design a package-tracking API for a courier that handles 15M parcels a day with webhooks to merchants",
		"Design the vaccine appointment booking site for launch day: 200K slots across 350 clinics, 1.5M people in 10 minutes",
	} {
		t.Run(s, func(t *testing.T) {
			g, sec := renderAll(t, s)
			for _, p := range inconsistencies(g.Components, g.Capacity, sec) {
				t.Error(p)
			}
		})
	}
}
