package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

// TestGeneralises designs statements that are not in the benchmark and checks that the design
// follows each statement's own features and numbers.
func TestGeneralises(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement  string
		features   []string
		components []string
		mentions   []string
		absent     []string // out-of-place concepts
		capacity   map[string]float64
	}{
		{
			statement:  "Design a URL shortener handling 100M new links a month",
			features:   []string{"shortener"},
			components: []string{"Redirect service", "Link store", "Cache"},
			mentions:   []string{"base62", "301", "302", "counter"},
			absent:     []string{"cdn", "fan-out", "websocket", "transcod", "geohash"},
			capacity:   map[string]float64{"write_qps": 100e6 / (30 * 86400), "read_qps": 100 * 100e6 / (30 * 86400)},
		},
		{
			statement:  "Design Twitter's home timeline for 300M users",
			features:   []string{"feed"},
			components: []string{"Fan-out workers", "Timeline cache", "Social graph DB"},
			mentions:   []string{"celebrit", "fan-out on write", "pull"},
			absent:     []string{"base62", "transcod", "geohash", "payment"},
			capacity:   map[string]float64{"write_qps": 60e6 * 2 / 86400},
		},
		{
			statement:  "Design a food delivery app",
			features:   []string{"food", "geo", "payments", "orders", "search"},
			components: []string{"Geo index", "Matching service", "Payment service", "Order service", "Restaurant & menu service"},
			mentions:   []string{"courier", "geohash", "idempotency", "dispatch"},
			absent:     []string{"base62", "transcod", "fan-out"},
		},
		{
			statement:  "Design a web crawler for 1B pages a month",
			features:   []string{"crawler"},
			components: []string{"URL frontier", "Fetcher workers", "Dedup store", "Object storage"},
			mentions:   []string{"robots.txt", "politeness", "bloom filter", "dns"},
			absent:     []string{"websocket", "cdn", "payment", "geohash", "fan-out"},
			capacity:   map[string]float64{"write_qps": 1e9 / (30 * 86400)},
		},
		{
			statement:  "Design an Instagram-like photo sharing app for 50M DAU",
			features:   []string{"photo", "feed", "media"},
			components: []string{"CDN", "Object storage", "Image processing workers", "Fan-out workers"},
			mentions:   []string{"pre-signed", "thumbnail", "celebrit"},
			absent:     []string{"base62", "transcod", "geohash", "payment"},
			capacity:   map[string]float64{"write_qps": 50e6 * 2 / 86400},
		},
		{
			statement:  "Design a CI build farm that runs 50,000 builds a day for 2,000 engineers",
			features:   []string{"cicd"},
			components: []string{"Webhook receiver", "Pipeline service", "Job dispatcher", "Runner fleet", "Runner autoscaler", "Build cache", "Log service"},
			mentions:   []string{"hmac", "pending_deps", "heartbeat", "little's law", "spot", "cache poisoning"},
			absent:     []string{"cdn", "fan-out", "geohash", "base62", "payment", "cron expression"},
			capacity:   map[string]float64{"write_qps": 50_000.0 / 86400},
		},
		{
			statement:  "Build a helpdesk SaaS for 50,000 companies handling 5 million tickets a day with SLAs and skill-based routing",
			features:   []string{"helpdesk"},
			components: []string{"Channel intake", "Ticket service", "Routing engine", "SLA timer", "Ticket DB", "Email provider"},
			mentions:   []string{"in-reply-to", "capacity", "pending", "escalat", "account_id", "row-level security"},
			absent:     []string{"cdn", "fan-out", "geohash", "seat", "oversell", "transcod"},
			capacity:   map[string]float64{"write_qps": 5e6 / 86400},
		},
		{
			// Equipment lent from branches is lending things: loans, holds and due reminders.
			statement:  "Design a system for tracking equipment loans for 20 branches",
			features:   []string{"lendthings"},
			components: []string{"Loan service", "Loans DB"},
			absent:     []string{"cdn", "fan-out", "websocket", "transcod", "geohash", "base62", "payment"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.statement, func(t *testing.T) {
			d := design(t, tc.statement)
			for _, f := range tc.features {
				if !d.Requirements.HasFeature(f) {
					t.Errorf("feature %q missing; got %v", f, d.Requirements.Features)
				}
			}
			for _, c := range tc.components {
				if _, ok := d.Component(c); !ok {
					t.Errorf("component %q missing; got %v", c, componentNames(d))
				}
			}
			checkMentions(t, eval.Text(d), tc.mentions, tc.absent)
			res := eval.Score(eval.Case{ID: "x", Numbers: tc.capacity}, d)
			for _, n := range res.Numbers {
				if n.Got < n.Expected*0.9 || n.Got > n.Expected*1.1 {
					t.Errorf("%s=%v, want ≈ %v", n.Field, n.Got, n.Expected)
				}
			}
			for _, id := range conversation.SectionOrder {
				if s, ok := d.Section(id); !ok || len(s.Markdown) < 200 {
					t.Errorf("section %s is missing or thin", id)
				}
			}
			checkComponents(t, d)
		})
	}
}

func componentNames(d *conversation.Design) []string {
	var out []string
	for _, c := range d.Components {
		out = append(out, c.Name)
	}
	return out
}

// checkMentions fails t for each of mentions that text (eval.Text's lower case) lacks and each of
// absent, the out-of-place concepts, that it has.
func checkMentions(t *testing.T, text string, mentions, absent []string) {
	t.Helper()
	for _, m := range mentions {
		if !strings.Contains(text, strings.ToLower(m)) {
			t.Errorf("design never mentions %q", m)
		}
	}
	for _, a := range absent {
		if strings.Contains(text, a) {
			t.Errorf("design mentions out-of-place %q", a)
		}
	}
}

// checkComponents enforces the component contract: known kinds, links to existing components,
// one flow label per link, no duplicates.
func checkComponents(t *testing.T, d *conversation.Design) {
	t.Helper()
	kinds := map[string]bool{"client": true, "edge": true, "service": true, "cache": true, "database": true, "queue": true, "storage": true, "search": true, "worker": true, "external": true}
	seen := map[string]bool{}
	for _, c := range d.Components {
		if seen[c.Name] {
			t.Errorf("duplicate component %q", c.Name)
		}
		seen[c.Name] = true
		if !kinds[c.Kind] {
			t.Errorf("component %q has kind %q", c.Name, c.Kind)
		}
		if c.Technology == "" || c.Description == "" {
			t.Errorf("component %q lacks technology or description", c.Name)
		}
		if len(c.Flows) != len(c.TalksTo) {
			t.Errorf("component %q: %d flows for %d links", c.Name, len(c.Flows), len(c.TalksTo))
		}
		for _, to := range c.TalksTo {
			if _, ok := d.Component(to); !ok {
				t.Errorf("component %q talks to missing %q", c.Name, to)
			}
		}
	}
}

// TestNoCDNWithoutContent checks the rule that components follow features: services without
// static or media content get no CDN, designs without a feed get no fan-out.
func TestNoCDNWithoutContent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a distributed rate limiter for 500K requests per second",
		"Design a payment system for a bank with 2M transactions a day",
		"Design a metrics pipeline ingesting 1M events per second",
	} {
		d := design(t, s)
		if _, ok := d.Component("CDN"); ok {
			t.Errorf("%q: has a CDN", s)
		}
		if _, ok := d.Component("Fan-out workers"); ok {
			t.Errorf("%q: has fan-out workers", s)
		}
	}
}
