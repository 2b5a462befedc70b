package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
)

// Sizes of the fake model's answers, close to what gpt-4o-mini writes for archbot's prompts: a
// section is 400 to 600 words, an answer at most about 250.
const (
	sectionBytes = 3000
	answerBytes  = 1300
)

// words is the fake model's vocabulary. Text drawn from it compresses about as well as real
// prose, which keeps the Redis memory figures honest (repeated filler would gzip to nothing).
var words = strings.Fields(`the a of to and in for with on by from as at is are be each every per
service cache database queue shard replica partition index key value read write request response
user photo feed post follower timeline upload download stream event message consumer producer
worker batch job retry idempotency token session gateway load balancer CDN edge region zone
latency throughput availability durability consistency eventual strong quorum leader follower
failover backup snapshot restore monitor alert metric trace log budget SLO p99 p50 millisecond
second minute hour day month year GB TB PB QPS peak average hot cold tier TTL eviction LRU
write-through write-behind invalidation fan-out fan-in pull push hybrid celebrity ranking score
Cassandra PostgreSQL Redis Kafka S3 Elasticsearch DynamoDB Go Kubernetes Envoy nginx gRPC REST
JSON protobuf schema migration column row table document object blob metadata thumbnail resize
transcode encrypt TLS OAuth JWT rate limit quota abuse spam moderation privacy GDPR delete
because so that which while when unless before after during until then therefore however
handles stores serves routes buffers batches compacts replicates shards caches indexes streams
scales degrades recovers retries throttles rejects accepts forwards publishes subscribes`)

// prose writes about n bytes of Markdown: paragraphs, a bullet list and a small table, seeded so
// the same seed gives the same text.
func prose(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var b strings.Builder
	b.Grow(n + 200)
	sentence := func() {
		k := 8 + r.IntN(14)
		for i := range k {
			w := words[r.IntN(len(words))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(". ")
	}
	for b.Len() < n {
		switch r.IntN(5) {
		case 0:
			for range 3 + r.IntN(3) {
				b.WriteString("- ")
				sentence()
				b.WriteByte('\n')
			}
		case 1:
			b.WriteString("| Part | Choice | Why |\n|---|---|---|\n")
			for range 3 {
				fmt.Fprintf(&b, "| %s | %s | %s %s %s |\n", words[r.IntN(len(words))], words[r.IntN(len(words))],
					words[r.IntN(len(words))], words[r.IntN(len(words))], words[r.IntN(len(words))])
			}
		default:
			for range 3 + r.IntN(3) {
				sentence()
			}
		}
		b.WriteString("\n\n")
	}
	return strings.TrimSpace(b.String())
}

const requirementsJSON = `{
  "title": "Photo sharing app",
  "functional": ["Users upload photos with a caption", "Users follow other users",
    "Users see a home feed of photos from the people they follow, newest first",
    "Users like and comment on photos", "Users search users and hashtags", "Users get notified of likes, comments and new followers"],
  "non_functional": ["Feed loads in under 200 ms at p99", "99.95% availability for reads",
    "Uploaded photos are never lost (11 nines durability)", "Feeds may lag writes by up to 5 seconds",
    "Serve 50M daily active users across three regions"],
  "out_of_scope": ["Direct messages", "Stories and live video", "Ads"],
  "entities": ["User", "Photo", "Follow", "Like", "Comment", "FeedItem"],
  "use_cases": ["Upload a photo", "Load the home feed", "Follow a user", "Like a photo"],
  "features": ["feed", "media", "search", "notifications"],
  "scale": {"dau": 50000000, "writes_per_user_per_day": 2, "reads_per_user_per_day": 50,
    "peak_factor": 3, "record_bytes": 1000, "media_bytes_per_write": 2000000, "response_bytes": 20000,
    "retention_years": 5, "notes": ["50M DAU is stated", "2 uploads and 50 feed reads a user a day are assumed"]}
}`

const componentsJSON = `{"components": [
  {"name": "Mobile App", "kind": "client", "technology": "iOS/Android", "description": "Uploads photos and renders feeds", "talks_to": ["CDN", "API Gateway"], "flows": ["images", "HTTPS"]},
  {"name": "CDN", "kind": "edge", "technology": "CloudFront", "description": "Serves photos and thumbnails from the edge", "talks_to": ["Photo Store"], "flows": ["origin fetch"]},
  {"name": "API Gateway", "kind": "edge", "technology": "Envoy", "description": "TLS, auth, rate limits, routing", "talks_to": ["Upload Service", "Feed Service", "Social Service", "Search Service"]},
  {"name": "Upload Service", "kind": "service", "technology": "Go", "description": "Signs uploads and records photo metadata", "talks_to": ["Photo Store", "Metadata DB", "Event Bus"]},
  {"name": "Feed Service", "kind": "service", "technology": "Go", "description": "Reads precomputed feeds and merges celebrity posts", "talks_to": ["Feed Cache", "Metadata DB"]},
  {"name": "Social Service", "kind": "service", "technology": "Go", "description": "Follows, likes and comments", "talks_to": ["Graph DB", "Event Bus"]},
  {"name": "Search Service", "kind": "service", "technology": "Go", "description": "User and hashtag search", "talks_to": ["Search Index"]},
  {"name": "Fan-out Workers", "kind": "worker", "technology": "Go", "description": "Push new posts into followers' feeds", "talks_to": ["Feed Cache", "Graph DB"]},
  {"name": "Media Workers", "kind": "worker", "technology": "Go + libvips", "description": "Thumbnails and resizing", "talks_to": ["Photo Store"]},
  {"name": "Event Bus", "kind": "queue", "technology": "Kafka", "description": "Post, like and follow events", "talks_to": ["Fan-out Workers", "Media Workers", "Search Index"]},
  {"name": "Feed Cache", "kind": "cache", "technology": "Redis Cluster", "description": "Per-user feed lists", "talks_to": []},
  {"name": "Metadata DB", "kind": "database", "technology": "Cassandra", "description": "Photos and comments by id", "talks_to": []},
  {"name": "Graph DB", "kind": "database", "technology": "PostgreSQL (sharded)", "description": "Follow graph", "talks_to": []},
  {"name": "Search Index", "kind": "search", "technology": "Elasticsearch", "description": "Users and hashtags", "talks_to": []},
  {"name": "Photo Store", "kind": "storage", "technology": "S3", "description": "Originals and thumbnails", "talks_to": []}
]}`

// changeTargets are the sections a scripted change rewrites, two at a time in rotation, as real
// changes ("use Cassandra for posts", "add a moderation queue") tend to touch.
var changeTargets = []conversation.SectionID{
	conversation.DataModel, conversation.Tradeoffs, conversation.Scalability, conversation.Reliability,
	conversation.API, conversation.DeepDive,
}

func changeSections(n int64) []conversation.SectionID {
	i := int(n) % (len(changeTargets) / 2)
	return changeTargets[2*i : 2*i+2]
}

// fakeModel answers each archbot step with a valid answer of realistic size, recognising the step
// from the "Task:" line that opens archbot's prompts.
type fakeModel struct{ n atomic.Int64 }

func (m *fakeModel) handle(r openaitest.Request) openaitest.Response {
	n := uint64(m.n.Add(1))
	task := r.Task()
	switch {
	case task == "requirements":
		return openaitest.Reply(requirementsJSON)
	case task == "components":
		return openaitest.Reply(componentsJSON)
	case strings.HasPrefix(task, "section "):
		return openaitest.Reply(prose(n, sectionBytes))
	case task == "interpret":
		text := followUpText(r.User())
		if strings.HasSuffix(text, "?") {
			return openaitest.Reply(`{"intent":"question","sections":[],"decision":"","rationale":"","components":null,"scale":null}`)
		}
		ids := changeSections(int64(n))
		return openaitest.Reply(fmt.Sprintf(`{"intent":"change","sections":["%s","%s"],"decision":%q,"rationale":"asked for in the thread","components":null,"scale":null}`,
			ids[0], ids[1], text))
	case task == "answer", task == "review":
		return openaitest.Reply(prose(n, answerBytes))
	}
	return openaitest.Response{Status: 400, Body: fmt.Sprintf(`{"error":{"message":"fake model: unknown task %q","type":"invalid_request_error"}}`, task)}
}

// followUpText finds the user's message in an interpret prompt.
func followUpText(prompt string) string {
	_, rest, ok := strings.Cut(prompt, "Follow-up message:")
	if !ok {
		return ""
	}
	_, rest, _ = strings.Cut(rest, "<user_text>")
	text, _, _ := strings.Cut(rest, "</user_text>")
	return strings.TrimSpace(text)
}

// instant is a designer that answers at once with the fake model's content, precomputed, so the
// engine's own cost (Redis, encoding, rendering) is all that is measured.
type instant struct {
	sections [64]string
	answers  [16]string
	n        atomic.Int64
	title    string
	req      conversation.RequirementSet
	comps    []conversation.Component
}

func newInstant() *instant {
	d := &instant{title: "Photo sharing app"}
	for i := range d.sections {
		d.sections[i] = prose(uint64(1000+i), sectionBytes)
	}
	for i := range d.answers {
		d.answers[i] = prose(uint64(5000+i), answerBytes)
	}
	d.req = conversation.RequirementSet{
		Functional:    []string{"Users upload photos with a caption", "Users follow other users", "Users see a home feed", "Users like and comment on photos", "Users search users and hashtags"},
		NonFunctional: []string{"Feed loads in under 200 ms at p99", "99.95% availability for reads", "Uploaded photos are never lost"},
		OutOfScope:    []string{"Direct messages", "Stories", "Ads"},
		Entities:      []string{"User", "Photo", "Follow", "Like", "Comment"},
		UseCases:      []string{"Upload a photo", "Load the home feed", "Follow a user"},
		Features:      []string{"feed", "media", "search"},
		Workload:      conversation.PerUser(50e6, 2, 50),
	}
	d.req.Workload.Flows[0].BlobBytes, d.req.Workload.RetentionYears = 2e6, 5
	names := []struct{ name, kind, tech string }{
		{"Mobile App", "client", "iOS/Android"}, {"CDN", "edge", "CloudFront"}, {"API Gateway", "edge", "Envoy"},
		{"Upload Service", "service", "Go"}, {"Feed Service", "service", "Go"}, {"Social Service", "service", "Go"},
		{"Fan-out Workers", "worker", "Go"}, {"Event Bus", "queue", "Kafka"}, {"Feed Cache", "cache", "Redis Cluster"},
		{"Metadata DB", "database", "Cassandra"}, {"Graph DB", "database", "PostgreSQL"}, {"Photo Store", "storage", "S3"},
	}
	for i, c := range names {
		comp := conversation.Component{Name: c.name, Kind: c.kind, Technology: c.tech, Description: "Handles " + strings.ToLower(c.name) + " duties at peak load"}
		if i+1 < len(names) {
			comp.TalksTo = []string{names[i+1].name}
		}
		d.comps = append(d.comps, comp)
	}
	return d
}

func (d *instant) Name() string { return "instant" }

func (d *instant) Requirements(context.Context, string) (string, conversation.RequirementSet, error) {
	return d.title, d.req, nil
}

func (d *instant) Components(context.Context, bot.Grounding) ([]conversation.Component, error) {
	return d.comps, nil
}

func (d *instant) Section(_ context.Context, _ bot.Grounding, _ conversation.SectionID) (string, error) {
	return d.sections[d.n.Add(1)%int64(len(d.sections))], nil
}

func (d *instant) Interpret(_ context.Context, _ bot.Grounding, text string) (bot.Interpretation, error) {
	if strings.HasSuffix(text, "?") {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	return bot.Interpretation{Intent: bot.IntentChange, Sections: changeSections(d.n.Add(1)), Decision: text,
		Rationale: "asked for in the thread"}, nil
}

func (d *instant) Answer(context.Context, bot.Grounding, string) (string, error) {
	return d.answers[d.n.Add(1)%int64(len(d.answers))], nil
}

// followUps are the messages of a scripted thread, questions and changes alternating as
// bench threads do; turn k (k >= 2) of a thread sends followUp(k).
func followUp(k int) string {
	questions := []string{
		"How do you handle a cache stampede on the feed cache?",
		"Why Cassandra for photo metadata rather than PostgreSQL?",
		"What happens when a celebrity with 50M followers posts?",
		"How are uploads made idempotent when the client retries?",
		"What does the failover look like if a region goes down?",
	}
	changes := []string{
		"Use DynamoDB for the photo metadata",
		"Add a moderation queue before photos are published",
		"Make the feed ranked instead of newest first",
		"Keep originals for one year and thumbnails forever",
		"Move search to OpenSearch",
	}
	if k%2 == 0 {
		return questions[(k/2)%len(questions)]
	}
	return changes[(k/2)%len(changes)] + fmt.Sprintf(" (request %d)", k)
}
