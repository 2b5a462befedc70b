package bot_test

import (
	"testing"

	"github.com/archbot/archbot/bot"
)

// TestVague holds the rule to requests people type: too vague to design when nothing says what
// the system does, clear however short when something does.
func TestVague(t *testing.T) {
	for _, tc := range []struct {
		statement string
		vague     bool
	}{
		// Nothing but filler, generic nouns, qualities, figures and technologies.
		{"make it scale", true},
		{"an app", true},
		{"design something for my startup", true},
		{"build a backend", true},
		{"Design a system", true},
		{"I need a scalable architecture", true},
		{"design a highly available, low-latency service", true},
		{"help me design our new platform", true},
		{"Design a platform for 10M users", true},
		{"design the backend for our mobile app", true},
		{"we need to handle a lot of traffic", true},
		{"build a backend on AWS with Postgres", true},
		{"Create a web app in Go", true},
		{"something that scales to millions of users", true},
		{"Design a distributed system that's fast, cheap and reliable", true},
		{"a SaaS product for our customers", true},
		{"please build me a website", true},
		{"I'd like to build a microservices backend on Kubernetes", true},
		{"design something", true},
		{"it", true},
		{"Design an API for our users", true},
		// Short but clear: something names what to design.
		{"Design Twitter", false},
		{"a URL shortener", false},
		{"a todo app for my family", false},
		{"design a rate limiter", false},
		{"Design Slack", false},
		{"chat app", false},
		{"design a parking lot", false},
		{"web crawler", false},
		{"Design a notification system", false},
		{"design uber", false},
		{"design a key-value store", false},
		{"Design Instagram for 50M DAU", false},
		{"a payment system that never charges twice", false},
		{"Design a leaderboard for a mobile game", false},
		{"Design a platform where dog owners find walkers", false},
		{"build an e-commerce backend on AWS", false},
		{"design a distributed cache", false},
		{"design a message queue like Kafka", false},
		{"a scalable video streaming service", false},
		{"Design Figma", false}, // a product no designer knows is still a product
		{"design a ticket booking system for concerts", false},
		{"real-time collaborative document editor", false},
	} {
		if got := bot.Vague(tc.statement); got != tc.vague {
			t.Errorf("Vague(%q) = %v, want %v", tc.statement, got, tc.vague)
		}
	}
}
