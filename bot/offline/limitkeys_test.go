package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// TestLimiterKeysOnStatedUnit: a limiter keeps its counters per what the statement limits (the
// merchant account, the developer account, the calling service), and per user and per IP only
// when the statement names no unit or names those.
func TestLimiterKeysOnStatedUnit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		prompt           string
		mentions, absent []string
	}{
		{"Design a distributed rate limiter for a public payments API: 2,000 merchant accounts each allowed 500 requests per second, enforced across 40 gateway nodes",
			[]string{"limits (e.g. n requests per minute) per merchant account", "the merchant account the api key belongs to"},
			[]string{"per-user", "per user and per ip", "user id from the token"}},
		{"Build a rate limiter that sits between our internal microservices: 300 services call each other and each service gets its own quota",
			[]string{"per calling service", "mtls"},
			[]string{"per user and per ip", "user id from the token"}},
		// A key, however it is written, is an API key.
		{"A quota service for our public APIs: 250k requests/s over 4 regions, with per-key limits like 600 req/min that must hold across regions",
			[]string{"per api key", "the api key"},
			[]string{"per user and per ip", "user id from the token", "an as the"}},
		{"throttle our partner API at 90,000 calls a second; each API-key gets 100 calls a minute and bursts of 20",
			[]string{"per api key"},
			[]string{"per user and per ip", "an as the"}},
		{"rate limiting for our SMS API: per-API-key limits, 5,000 sends a second across 3 regions",
			[]string{"per api key"},
			[]string{"per user and per ip", "an as the"}},
		{"Design a distributed API rate limiter that enforces per-user and per-IP limits across 200 gateway nodes",
			[]string{"per user and per ip", "user id from the token"},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			checkMentions(t, strings.ToLower(eval.Text(d)), tc.mentions, tc.absent)
		})
	}
}

// A limiter's SLO is on its check, run in-process on every call, not on the admin API that
// edits its rules.
func TestLimiterSLOIsOnTheCheck(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"A quota service for our public APIs: 250k requests/s over 4 regions, with per-key limits like 600 req/min that must hold across regions",
		"Design a rate limiter for a ride-hailing API gateway: 60,000 requests a second, per-rider and per-driver limits",
	} {
		d := design(t, prompt)
		text := eval.Text(d)
		i := strings.Index(text, "slos on ")
		if i < 0 || !strings.HasPrefix(text[i:], "slos on `allow(") {
			t.Errorf("%q: SLO line %.120q, want the in-process check first", prompt, text[max(i, 0):])
		}
	}
}
