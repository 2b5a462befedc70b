package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// TestComponentFlowsFollowEdges checks the data flow composed when no feature has one: it walks
// the diagram's edges from the client, so each step names two parts that are connected.
func TestComponentFlowsFollowEdges(t *testing.T) {
	t.Parallel()
	comps := []conversation.Component{
		{Name: "Clients", Kind: "client", TalksTo: []string{"API gateway"}, Flows: []string{"HTTPS/JSON API"}},
		{Name: "API gateway", Kind: "edge", TalksTo: []string{"Application service"}, Flows: []string{"API calls"}},
		{Name: "Application service", Kind: "service", TalksTo: []string{"Primary DB", "Event log"}, Flows: []string{"reads/writes", "domain events"}},
		{Name: "Indexer", Kind: "worker", TalksTo: []string{"Event log"}, Flows: []string{"domain events"}},
		{Name: "Primary DB", Kind: "database"},
		{Name: "Event log", Kind: "queue"},
	}
	r := newRenderer(bot.Grounding{Problem: "x", Components: comps})
	r.p = &feature{ID: "bare", Archetype: "system"} // an archetype that describes no flow
	r.fs = []*feature{r.p}
	fls := r.componentFlows()
	if len(fls) != 2 {
		t.Fatalf("got %d flows, want one per client and per worker: %+v", len(fls), fls)
	}
	want := []string{"Clients send HTTPS/JSON API to API gateway.", "API gateway sends API calls to Application service.", "Application service sends reads/writes to Primary DB."}
	if strings.Join(fls[0].Steps, "|") != strings.Join(want, "|") {
		t.Errorf("request flow = %q, want %q", fls[0].Steps, want)
	}
	if !strings.HasPrefix(fls[1].Steps[0], "Indexer send") {
		t.Errorf("worker flow = %q", fls[1].Steps)
	}
	var b strings.Builder
	r.dataFlow(&b)
	if !strings.Contains(b.String(), "### A request from Clients") {
		t.Errorf("data flow did not fall back to the components:\n%s", b.String())
	}
}
