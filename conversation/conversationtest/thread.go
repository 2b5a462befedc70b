package conversationtest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/archbot/archbot/conversation"
)

// LargeThread builds the state of a thread at its largest: a full design (13 sections of 2-3 KB,
// 12 components, diagram, capacity, 50 decisions) after 50 turns, so MaxRevisions revisions, a
// full summary and MaxTurns recent turns. Its text is drawn from a technical vocabulary rather
// than repeated, so it compresses like real prose (about 3x), not like filler; and revision texts
// are drawn independently of the current ones, which denies the store credit for their overlap.
// The same seed gives the same thread.
func LargeThread(ref conversation.ThreadRef, seed uint64) *conversation.Thread {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	d := largeDesign(r)
	th := &conversation.Thread{Ref: ref, Owner: "U012ABCDEF", Problem: d.Problem, Design: d,
		CreatedAt: at, UpdatedAt: at.Add(50 * time.Minute),
		Usage: conversation.TokenUsage{PromptTokens: 412_345, CompletionTokens: 98_765, Calls: 160}}
	for t := 1; t <= 50; t++ {
		th.AddTurn(conversation.Turn{Author: "U012ABCDEF", Text: prose(r, 150+r.IntN(300)),
			Intent: "change", Reply: sentence(r, 20), At: at.Add(time.Duration(t) * time.Minute)})
	}
	for v := 1; v <= 20; v++ {
		rev := conversation.Revision{Version: v, Summary: sentence(r, 10), Decisions: v,
			At: at.Add(time.Duration(v) * time.Minute)}
		// A change rewrites one to three sections; some also reshape the architecture.
		for i := range 1 + r.IntN(3) {
			id := conversation.SectionOrder[(v+i)%len(conversation.SectionOrder)]
			rev.Sections = append(rev.Sections, conversation.Section{ID: id, Title: id.Title(),
				Markdown: prose(r, 2000+r.IntN(1000))})
		}
		if v%3 == 0 {
			rev.Components = largeComponents(r)
			dg := d.Diagram
			rev.Diagram = &dg
		}
		if v%5 == 0 {
			c := d.Capacity
			rev.Capacity = &c
		}
		th.AddRevision(rev)
	}
	return th
}

// The components of the large design, and their kinds.
var (
	largeNames = []string{"Web client", "Mobile client", "CDN", "API gateway", "Upload service",
		"Feed service", "User service", "Media store", "Metadata DB", "Feed cache", "Fan-out queue",
		"Search index"}
	largeKinds = []string{"client", "client", "edge", "edge", "service", "service", "service", "storage",
		"database", "cache", "queue", "search"}
)

// largeDesign is the design of LargeThread at version 11: every section, twelve components, a
// diagram, fifty decisions and a full requirement set, drawn from r.
func largeDesign(r *rand.Rand) *conversation.Design {
	d := &conversation.Design{
		Title:   "Photo sharing app",
		Problem: "Design an Instagram-like photo sharing app for 50M DAU",
		Version: 11,
	}
	for _, id := range conversation.SectionOrder {
		d.SetSection(conversation.Section{ID: id, Markdown: prose(r, 2000+r.IntN(1000))})
	}
	d.Components = largeComponents(r)
	d.Capacity = conversation.Estimate(photoWorkload())
	d.Diagram = largeDiagram(d.Components)
	for v := 1; v <= 50; v++ {
		d.Decisions = append(d.Decisions, conversation.Decision{Version: v, Summary: sentence(r, 10),
			Rationale: sentence(r, 25)})
	}
	d.Requirements = conversation.RequirementSet{
		Functional: lines(r, 8, 12), NonFunctional: lines(r, 6, 14), OutOfScope: lines(r, 3, 8),
		Entities: lines(r, 6, 1), UseCases: lines(r, 5, 10), Features: []string{"feed", "media", "search"},
		Workload: func() conversation.Workload { w := photoWorkload(); w.Notes = lines(r, 4, 8); return w }(),
	}
	return d
}

// largeComponents draws the large design's components, each talking to the next two.
func largeComponents(r *rand.Rand) []conversation.Component {
	var cs []conversation.Component
	for i, n := range largeNames {
		c := conversation.Component{Name: n, Kind: largeKinds[i], Technology: words(r, 2),
			Description: sentence(r, 18)}
		for j := range 2 {
			c.TalksTo = append(c.TalksTo, largeNames[(i+j+1)%len(largeNames)])
			c.Flows = append(c.Flows, words(r, 3))
		}
		cs = append(cs, c)
	}
	return cs
}

// largeDiagram draws components as Mermaid and DOT.
func largeDiagram(components []conversation.Component) conversation.Diagram {
	var mermaid, dot strings.Builder
	mermaid.WriteString("flowchart LR\n")
	dot.WriteString("digraph G {\n")
	for i, c := range components {
		for j, to := range c.TalksTo {
			fmt.Fprintf(&mermaid, "  c%d[%q] -->|%s| c%d\n", i, c.Name, c.Flows[j], (i+j+1)%len(components))
			fmt.Fprintf(&dot, "  %q -> %q [label=%q];\n", c.Name, to, c.Flows[j])
		}
	}
	dot.WriteString("}\n")
	return conversation.Diagram{Mermaid: mermaid.String(), DOT: dot.String()}
}

var vocabulary = strings.Fields(`the a of to and in for with on by from at as is are be can each per
user users photo photos feed post posts follower followers service services cache caches shard
shards replica replicas region regions request requests write writes read reads queue queues event
events partition partitions key keys index indexes latency throughput availability consistency
durability retry retries timeout timeouts idempotent idempotency token tokens upload uploads
download object storage bucket buckets CDN edge origin gateway load balancer database table rows
column columns primary secondary leader follower quorum hot cold tier TTL eviction LRU
invalidation fan-out fan-in timeline ranking score scores search query queries worker workers
batch stream streams Kafka Redis Postgres Cassandra S3 Elasticsearch gRPC HTTP REST JSON
protobuf p99 p50 ms seconds minutes hours day days month 5 10 50 100 1000 50M 200K 3x 2 KB MB GB TB
PB because so that when while unless after before every most some only never always should must
may will scale scales scaling grows bounded unbounded async sync background job jobs backpressure
rate limit limits quota abuse auth OAuth session sessions mobile web client clients thumbnail
thumbnails resize transcode metadata counter counters like likes comment comments notification
notifications push email delivery at-least-once exactly-once deduplicate outbox saga
compensation failover health check monitoring alert alerts dashboard SLO budget cost`)

func words(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = vocabulary[r.IntN(len(vocabulary))]
	}
	return strings.Join(w, " ")
}

func sentence(r *rand.Rand, n int) string {
	s := words(r, n)
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func lines(r *rand.Rand, n, wordsEach int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = words(r, wordsEach)
	}
	return out
}

// prose writes Markdown of about n bytes: paragraphs, bullet lists and the odd table, as the
// sections of a design have.
func prose(r *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		switch r.IntN(4) {
		case 0:
			for range 3 + r.IntN(3) {
				fmt.Fprintf(&b, "- **%s**: %s\n", words(r, 2), sentence(r, 8+r.IntN(10)))
			}
		case 1:
			b.WriteString("| Item | Choice | Why |\n|---|---|---|\n")
			for range 3 + r.IntN(3) {
				fmt.Fprintf(&b, "| %s | %s | %s |\n", words(r, 2), words(r, 2), words(r, 8))
			}
		default:
			for range 3 + r.IntN(3) {
				b.WriteString(sentence(r, 10+r.IntN(15)) + " ")
			}
		}
		b.WriteString("\n\n")
	}
	return strings.TrimSpace(b.String())
}

// photoWorkload is 50M daily users who each upload 2 photos of 2 MB and view 50 a day.
func photoWorkload() conversation.Workload {
	w := conversation.PerUser(50e6, 2, 50)
	w.Flows[0].BlobBytes = 2e6
	return w
}
