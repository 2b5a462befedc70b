package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A rate capped for each one of something ("max 1 req/sec per host", "at most 2 requests per
// second per site", "no more than 5 calls a second per key") is what each is allowed, not load:
// the load is the stated total.
func TestReadCapPerEachIsNoLoad(t *testing.T) {
	for _, tc := range []struct{ statement, flow string }{
		{"we need a web crawler that fetches 1 billion pages a month, respects robots.txt and per-domain politeness (max 1 req/sec per host)", "fetch page"},
		{"a price scraper pulling 20 million product pages a week, at most 2 requests per second per site", "product page"},
		{"a link checker that visits 3 million URLs a day, no more than 5 requests a second per domain", "visit url"},
		{"an SMS relay sending 40 million texts a month, throttled to a maximum of 10 messages/s per carrier", "send text"},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != tc.flow {
			t.Errorf("%q: flows %+v\n%s\nwant only %s", tc.statement, rd.Flows, strings.Join(rd.Notes, "\n"), tc.flow)
		}
	}
	// Each user's own pace is still load.
	rd := workload.Read("a chat app with 200,000 users, each sending at most 30 messages a day")
	if len(rd.Flows) != 1 {
		t.Errorf("each user's pace: %+v; want one flow", rd.Flows)
	}
}

// An example of a limit ("per-key limits like 600 req/min", "quotas such as 50 calls a
// second") is what each one is allowed, not a flow named "like req".
func TestReadLimitExampleIsNoLoad(t *testing.T) {
	for _, tc := range []struct{ statement, flow string }{
		{"A quota service for our public APIs: 250k requests/s over 4 regions, with per-key limits like 600 req/min that must hold across regions", "request"},
		{"an API gateway taking 80,000 calls a second, tenants get quotas such as 50 calls a second", "call"},
		{"a throttling layer in front of our payments API, 12,000 requests per second, caps like 20 requests per second per merchant", "request"},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != tc.flow {
			t.Errorf("%q: flows %+v\n%s\nwant only %s", tc.statement, rd.Flows, strings.Join(rd.Notes, "\n"), tc.flow)
		}
	}
}
