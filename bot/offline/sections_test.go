package offline_test

import "testing"

// TestNoEmptySection designs statements of many shapes — archetypes, composed domains, casual
// asks, headless pipelines — and fails on any section the designer leaves empty: an empty section
// is an error for the engine, so one statement would make the offline designer fail outright.
func TestNoEmptySection(t *testing.T) {
	t.Parallel()
	statements := []string{
		"Design a log analytics pipeline",
		"Design an analytics pipeline",
		"Design a CDN log analytics pipeline that ingests 4 TB/hour of access logs from 300 edge PoPs with dashboards under 1 minute freshness",
		"Build product analytics for our mobile app: 20M events a day, funnels and retention charts",
		"Design a clickstream analytics system for an online newspaper",
		"Design a bed-management system for a network of 40 hospitals; nurses update bed status and the ED sees free beds by ward",
		"Design a live multiplayer trivia game show app: 2 million players answer 12 questions within 10 seconds",
		"Design a package-tracking API for a courier that handles 15M parcels a day with webhooks to merchants",
		"Design a ride-share backend for one city with 50K drivers sending GPS every 4 seconds",
		"hey can u sketch something for our internal wiki? we're like 300 ppl",
		"Design an IoT smart-lock platform for 3 million locks; owners unlock from a phone app",
		"Design a betting exchange for a football cup final: 400K users back and lay bets",
		"we need a code review thing like gerrit but for our monorepo, ~2k engineers. thoughts?",
		"Design the vaccine appointment booking site for launch day: 200K slots, 1.5M people in 10 minutes",
		"Design a music royalties ledger: 80 billion plays per month in daily batch files",
		"Design a satellite imagery archive: 40,000 scenes a day, map tiles in a browser",
		"Design a URL shortener",
		"Design WhatsApp",
		"Design a distributed key-value store",
		"Design a web crawler for 1 billion pages a month",
		"Design a metrics monitoring system",
		"Design a rate limiter",
		"Design a ticket booking system for concerts",
		"Design a photo sharing app like Instagram",
		"Design YouTube",
		"Design a food delivery app",
		"Design a hotel booking site",
		"Design a notification service",
		"Design Google Docs",
		"Design Dropbox",
		"Design a leaderboard for a mobile game",
		"Design search autocomplete",
		"Design a stock exchange matching engine",
		"Design a feature flag service",
		"Design a recommendation system for an online store",
		"Design a library book lending system for 12 branches",
		"a tool for our band to share setlists",
		"Design a parking garage app where drivers reserve spots",
		"Design a recipe sharing site",
		"Design an ad click aggregator",
		"Design a distributed job scheduler",
		"Design an email service like Gmail",
		"Design a pastebin",
		"Design a volunteer shift signup app for a food bank",
	}
	for _, s := range statements {
		t.Run(s, func(t *testing.T) {
			design(t, s) // fails on an empty section
		})
	}
}
