package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Consistency checks read a design as a reviewer would, across sections: what one section
// promises another must hold. They work on the rendered Markdown and the component list, so they
// apply to any design, offline or model-written.

var (
	uiCallRe   = regexp.MustCompile("`(GET|POST|PUT|PATCH|DELETE|WS|SEND) ([^`\\s]+)`")
	apiRowRe   = regexp.MustCompile("(?m)^\\| (GET|POST|PUT|PATCH|DELETE|WS|SEND)[^|]* \\| `([^`]+)`")
	modelRowRe = regexp.MustCompile(`(?m)^\| ([^|]+) \| ([^|]+?) \|`)
	paramRe    = regexp.MustCompile(`\{[^}/]*\}`)
	sentenceRe = regexp.MustCompile(`[^.!?\n]+`)
	onePrimary = regexp.MustCompile(`(?i)\b(single|one)\b[^.]*\bprimary\b[^.]*\b(is enough|enough|fits?)\b|\bfits? one (replicated )?primary\b`)
)

// normalCall makes "GET /v1/matches/{match_id}?cursor=" comparable with "GET /v1/matches/{id}".
func normalCall(method, path string) string {
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	return method + " " + paramRe.ReplaceAllString(path, "{}")
}

// inconsistencies lists what disagrees between a design's sections and its components: UI calls
// the API lacks, entities kept in stores the design does not have, components nothing uses, and a
// single primary called enough beside a shard count above one.
func inconsistencies(comps []conversation.Component, capa conversation.Capacity, sec map[conversation.SectionID]string) []string {
	var out []string
	out = append(out, missingEndpoints(sec[conversation.UI], sec[conversation.API])...)
	out = append(out, missingStores(comps, sec[conversation.DataModel])...)
	out = append(out, unusedComponents(comps, sec[conversation.DataFlow]+"\n"+sec[conversation.DeepDive])...)
	out = append(out, techContradictions(comps, sec)...)
	out = append(out, blobsWithoutStore(comps, capa)...)
	if capa.DBShards > 1 {
		for _, id := range conversation.SectionOrder {
			if id == conversation.Tradeoffs {
				continue // the self-review quotes findings; it is not a claim of its own
			}
			for _, s := range sentenceRe.FindAllString(sec[id], -1) {
				l := strings.ToLower(s)
				if onePrimary.MatchString(s) && !strings.Contains(l, "but") && !strings.Contains(l, "not") && !strings.Contains(l, "exceed") {
					out = append(out, fmt.Sprintf("%s says one primary is enough (%q) while the capacity plan has %d shards", id, strings.TrimSpace(s), capa.DBShards))
				}
			}
		}
	}
	return out
}

func missingEndpoints(ui, api string) []string {
	have := map[string]bool{}
	for _, m := range apiRowRe.FindAllStringSubmatch(api, -1) {
		have[normalCall(m[1], m[2])] = true
	}
	var out []string
	for _, m := range uiCallRe.FindAllStringSubmatch(ui, -1) {
		call := normalCall(m[1], m[2])
		if !have[call] {
			out = append(out, fmt.Sprintf("the UI calls `%s %s`, which the API section does not define", m[1], m[2]))
			have[call] = true // report once
		}
	}
	return out
}

func missingStores(comps []conversation.Component, model string) []string {
	if i := strings.Index(model, "\n### "); i >= 0 {
		model = model[:i]
	}
	var out []string
	for i, m := range modelRowRe.FindAllStringSubmatch(model, -1) {
		if i == 0 || strings.HasPrefix(m[1], "---") {
			continue // header and separator rows
		}
		store := strings.TrimSpace(m[2])
		if j := strings.Index(store, " ("); j >= 0 {
			store = store[:j]
		}
		if !slices.ContainsFunc(comps, func(c conversation.Component) bool { return strings.EqualFold(c.Name, store) }) {
			out = append(out, fmt.Sprintf("entity %s is kept in %s, which is not a component of the design", strings.TrimSpace(m[1]), store))
		}
	}
	return out
}

// blobsWithoutStore reports a capacity plan that keeps files or blobs in a design with no part
// that holds them: "180 TB of blobs a month" beside a database and an app service.
func blobsWithoutStore(comps []conversation.Component, capa conversation.Capacity) []string {
	if capa.BlobBytesPerMonth <= 0 || slices.ContainsFunc(comps, func(c conversation.Component) bool {
		return c.Kind != "client" && c.Kind != "external" && holdsBlobs(c.Technology+" "+c.Description)
	}) {
		return nil
	}
	return []string{fmt.Sprintf("the capacity plan keeps %s of files and blobs a month, but no component stores them (object storage)", conversation.Bytes(capa.BlobBytesPerMonth))}
}

// unusedComponents reports components no flow or deep dive names that also lack a stated reason
// (a capability that needs them) or any connection in the diagram: parts with no stated use.
func unusedComponents(comps []conversation.Component, flows string) []string {
	linked := map[string]bool{}
	for _, c := range comps {
		if len(c.TalksTo) > 0 {
			linked[c.Name] = true
		}
		for _, t := range c.TalksTo {
			linked[t] = true
		}
	}
	var out []string
	for _, c := range comps {
		edge := c.Kind == "client" || c.Kind == "edge"
		if strings.Contains(flows, c.Name) || linked[c.Name] && (edge || strings.Contains(c.Description, "(needed for: ")) {
			continue
		}
		if linked[c.Name] {
			out = append(out, fmt.Sprintf("%s is in the diagram but no flow uses it and no capability needs it", c.Name))
		} else {
			out = append(out, fmt.Sprintf("%s is in the diagram but no flow uses it and nothing connects to it", c.Name))
		}
	}
	return out
}

// sectionsOf renders the sections the consistency checks read.
func (r *renderer) sectionsOf(ids ...conversation.SectionID) map[conversation.SectionID]string {
	out := map[conversation.SectionID]string{}
	for _, id := range ids {
		if s, ok := r.section(id); ok {
			out[id] = s
		}
	}
	return out
}
