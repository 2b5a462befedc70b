package offline_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

func near(got, want float64) bool {
	if want == 0 {
		return got == 0
	}
	return math.Abs(got-want)/want < 0.01
}

func TestScaleExtraction(t *testing.T) {
	type want struct {
		dau, writesPerUser, wps, rps, peak, media, retention float64
		statedPeak                                           bool
	}
	tests := []struct {
		name, statement string
		want            want
	}{
		{"DAU and per-user rate", "Design a chat app. 500 million daily active users sending 40 messages each per day.",
			want{dau: 500e6, writesPerUser: 40}},
		{"stream from a population named elsewhere", "Design Uber: drivers stream their GPS location every 4 seconds. 5 million active drivers and 20 million rides a day.",
			want{wps: 5e6/4 + 20e6/86400}},
		{"batch per sender", "Design monitoring: agents on 1 million hosts push 100 metrics every 10 seconds.",
			want{wps: 10e6}},
		{"reads and writes in one list", "Design YouTube. 1 billion video views and 500,000 uploads per day.",
			want{rps: 1e9 / 86400, wps: 500e3 / 86400}},
		{"stated peak per minute", "Design a notification service. Peak 10 million notifications per minute during campaigns.",
			want{wps: 10e6 / 60, statedPeak: true, peak: 2}},
		{"example limits are not load", "Design a rate limiter with per-user limits (for example 100 requests per minute). 1 million requests per second at peak.",
			want{rps: 1e6, statedPeak: true, peak: 2}},
		{"peak factor", "Design checkout. 5 million orders a day with flash-sale peaks 20x normal.",
			want{wps: 5e6 / 86400, peak: 20}},
		{"per month with suffix multiplier", "Design a URL shortener handling 100M new links a month",
			want{wps: 100e6 / (30 * 86400)}},
		{"registered users", "Design Twitter's home timeline for 300M users", want{dau: 60e6}},
		{"monthly actives", "Design a social app with 200M MAU", want{dau: 100e6}},
		{"word multiplier and decimals", "Design an API serving 1.5k requests per second", want{rps: 1500}},
		{"stated media size", "Design a photo app where the average photo is 2 MB, 10M DAU", want{dau: 10e6, media: 2e6}},
		{"retention", "Design a logging system that must retain data for 2 years", want{retention: 2}},
		{"concurrency is a peak", "Design ticketing: 10 million users in line at the moment sales open.",
			want{rps: 1e6, wps: 1e4, statedPeak: true, peak: 2}},
		{"max size is not the average", "Design a video site: creators upload videos up to 4 GB.", want{media: 500e6}},
	}
	d := offline.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, req, err := d.Requirements(context.Background(), tc.statement)
			if err != nil {
				t.Fatal(err)
			}
			s := req.Scale
			w := tc.want
			check := func(field string, got, want float64) {
				t.Helper()
				if want != 0 && !near(got, want) {
					t.Errorf("%s=%v, want %v (notes: %q)", field, got, want, s.Notes)
				}
			}
			check("DAU", s.DAU, w.dau)
			check("WritesPerUserPerDay", s.WritesPerUserPerDay, w.writesPerUser)
			check("WritesPerSecond", s.WritesPerSecond, w.wps)
			check("ReadsPerSecond", s.ReadsPerSecond, w.rps)
			check("PeakFactor", s.PeakFactor, w.peak)
			check("MediaBytesPerWrite", s.MediaBytesPerWrite, w.media)
			check("RetentionYears", s.RetentionYears, w.retention)
			if s.StatedRatesArePeak != w.statedPeak {
				t.Errorf("StatedRatesArePeak=%v, want %v", s.StatedRatesArePeak, w.statedPeak)
			}
			if len(s.Notes) == 0 {
				t.Error("no notes on where the figures came from")
			}
		})
	}
}

// TestNotesSayStatedOrAssumed checks that every figure is labelled, so the capacity section can
// say which numbers came from the user.
func TestNotesSayStatedOrAssumed(t *testing.T) {
	_, req, err := offline.New().Requirements(context.Background(), "Design an Instagram-like photo sharing app for 50M DAU")
	if err != nil {
		t.Fatal(err)
	}
	var stated, assumed int
	for _, n := range req.Scale.Notes {
		switch {
		case strings.Contains(n, "stated"):
			stated++
		case strings.Contains(n, "assumed"):
			assumed++
		default:
			t.Errorf("note %q says neither stated nor assumed", n)
		}
	}
	if stated == 0 || assumed == 0 {
		t.Fatalf("stated=%d assumed=%d, want both (notes %q)", stated, assumed, req.Scale.Notes)
	}
	c := conversation.Estimate(req.Scale)
	if !near(c.WriteQPS, 50e6*2/86400) {
		t.Fatalf("write qps=%v, want 50M × 2 photos / 86400", c.WriteQPS)
	}
}

func TestTitle(t *testing.T) {
	for statement, want := range map[string]string{
		"Design an Instagram-like photo sharing app for 50M DAU":           "Instagram-like photo sharing app",
		"Design a WhatsApp-like messaging app: one-to-one and group chats": "WhatsApp-like messaging app",
		"Design search-box autocomplete for a large search engine":         "Search-box autocomplete",
		"design a bit.ly clone": "Bit.ly clone",
		"We need something that stores recipes and lets people share them.": "System design",
	} {
		got, _, err := offline.New().Requirements(context.Background(), statement)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("title(%q)=%q, want %q", statement, got, want)
		}
	}
}
