package workload

import (
	"fmt"
	"slices"

	"github.com/archbot/archbot/conversation"
)

// missUploads reads a stated hit rate of a cache's lookups ("every build looks up ~4,000
// artifacts … ~85% hit rate") as load: each miss is built and its result uploaded, so the
// misses are writes of the looked-up item, as many as the lookups times the share that miss.
// Without it a remote build cache's only write was the build itself, and the 40 TB it keeps
// came from nowhere. It reports whether the share was taken.
func (r *reader) missUploads(m *mention) bool {
	if m.value <= 0 || m.value >= 100 || !r.near(m, "hit", "hits") || !r.near(m, "rate", "ratio", "rates") || !r.saysLookups() {
		return false
	}
	// The lookups are the one read the statement counts, and counted per build or job ("every
	// build looks up 4,000 artifacts"): a cache in front of a database ("50k reads a second, 95%
	// hit rate") fills its misses from the database, and nobody uploads them.
	var reads []int
	for i, f := range r.out.Flows {
		if f.Kind == conversation.FlowRead && f.Source == conversation.Stated && f.Count > 0 && f.ItemsOf != "" {
			reads = append(reads, i)
		}
	}
	if len(reads) != 1 {
		return false
	}
	read := r.out.Flows[reads[0]]
	name := read.Name + " upload"
	if slices.ContainsFunc(r.out.Flows, func(f conversation.Flow) bool { return f.Name == name }) {
		return false
	}
	up := read
	up.Name, up.Kind, up.Count, up.Source = name, conversation.FlowWrite, read.Count*(100-m.value)/100, conversation.Derived
	up.From = fmt.Sprintf("%s%% hit rate", human(m.value))
	r.out.Flows = append(r.out.Flows, up)
	r.note("%s: derived (the %s%% of %s lookups that miss a %s%% hit rate are built and uploaded)", name, human(100-m.value), read.Name, human(m.value))
	return true
}

// saysLookups reports whether the statement is about a cache whose items are looked up or
// fetched.
func (r *reader) saysLookups() bool {
	cache, lookup := false, false
	for _, toks := range r.sents {
		for i, t := range toks {
			switch {
			case t == "cache" || t == "caches" || t == "cached" || t == "caching":
				cache = true
			case t == "lookup" || t == "lookups" || t == "fetch" || t == "fetches" || (t == "look" || t == "looks") && i+1 < len(toks) && toks[i+1] == "up":
				lookup = true
			}
		}
	}
	return cache && lookup
}
