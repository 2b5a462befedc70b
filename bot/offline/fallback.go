package offline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// What a section says when no feature of the design has anything for it: composed from the
// design's own components and edges, so a statement the knowledge base covers thinly still gets
// every section (an empty one is an error for the engine) and never a part the diagram lacks.

// componentFlows walks the design's edges: one flow per client along the first path it can take
// into the system, and one per worker from what it reads to what it writes.
func (r *renderer) componentFlows() []flow {
	var out []flow
	for _, c := range r.g.Components {
		switch c.Kind {
		case "client":
			if steps := r.walk(c, nil); len(steps) > 0 {
				out = append(out, flow{Name: "A request from " + c.Name, Steps: steps})
			}
		case "worker":
			if len(c.TalksTo) > 0 {
				out = append(out, flow{Name: c.Name, Steps: []string{r.hop(c, 0) + ", at its own pace; a crash resumes from the last committed position."}})
			}
		}
	}
	if len(out) == 0 {
		out = append(out, flow{Name: "A request", Steps: []string{fmt.Sprintf("A caller reaches %s, which reads and writes the records it needs and answers.", r.entry())}})
	}
	return out
}

// walk follows the first edge out of each component not yet visited, one step per hop.
func (r *renderer) walk(c conversation.Component, seen []string) []string {
	seen = append(seen, c.Name)
	for i, to := range c.TalksTo {
		if slices.Contains(seen, to) {
			continue
		}
		step := r.hop(c, i) + "."
		next, ok := r.component(to)
		if !ok {
			return []string{step}
		}
		return append([]string{step}, r.walk(next, seen)...)
	}
	return nil
}

// hop says what one edge carries: "Clients send HTTPS/JSON API to API gateway".
func (r *renderer) hop(c conversation.Component, i int) string {
	what := "requests"
	if i < len(c.Flows) && c.Flows[i] != "" {
		what = c.Flows[i]
	}
	verb := "sends"
	if strings.HasSuffix(c.Name, "s") && !strings.HasSuffix(c.Name, "ss") {
		verb = "send"
	}
	return fmt.Sprintf("%s %s %s to %s", c.Name, verb, what, c.TalksTo[i])
}

// fallbackDive is the hard part of a design whose features name none: carrying the peak write
// rate into the store that holds the main records.
func (r *renderer) fallbackDive() deepDive {
	return deepDive{Title: "Carrying {peak_write} writes/s into the store of record", Weight: 1,
		Body: "Every write lands in one store of record first; the rest of the design derives from it. At {peak_write} writes/s at peak and {storage_month} a month, the store is sized by whichever runs out first — writes per primary or bytes per node — and its keys are chosen now so that growing means adding partitions, not re-keying."}
}
