package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A request to have something done (a ride, a booking, a refund) creates it: a write. A request
// named by how it arrives (API, HTTP) or by what it looks up (search) stays a read.
func TestReadRequestToActIsAWrite(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      conversation.FlowKind
	}{
		{"a taxi app in one city: 2,500 ride requests per minute at rush hour", conversation.FlowWrite},
		{"padel clubs get 40,000 requests to book a court a week", conversation.FlowWrite},
		{"the help desk sees 300 requests for a refund a day", conversation.FlowWrite},
		{"a hotel group takes 8,000 booking requests an hour", conversation.FlowWrite},
		{"the gateway serves 20,000 requests per second", conversation.FlowRead},
		{"50,000 search requests a minute", conversation.FlowRead},
		{"an API handling 3,000 HTTP requests a second", conversation.FlowRead},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != tc.want {
			t.Errorf("%q: flows %+v; want one %s", tc.statement, rd.Flows, tc.want)
		}
	}
}
