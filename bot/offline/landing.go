package offline

import (
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Database partitions are sized on the writes and bytes that land in a database. A ride-hailing
// design's GPS updates go to an in-memory geo index (the latest position) and, archived from the
// location stream, to object storage (the history): 10,000 of them a second partition no
// database, while the trips table, the one database they touch, takes a few dozen writes a second.

// offDatabase is the kinds of store whose writes a database partition does not take.
var offDatabase = map[string]bool{"cache": true, "queue": true, "storage": true}

// landWrites moves the archetype's main write out of the database's figures where the archetype
// keeps it elsewhere (its first entity, the write's own state, is held in a cache, a log or
// object storage): its bytes count as blobs stored once where the archetype archives the same
// thing's history in object storage, and as nothing kept where it keeps only the latest state.
func landWrites(w *conversation.Workload, p *feature, load loadProfile) {
	if p == nil || len(p.Entities) == 0 {
		return
	}
	state := p.Entities[0]
	store := catalog[state.Store]
	if !offDatabase[store.Kind] {
		return
	}
	history := archiveOf(p, state)
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind != conversation.FlowWrite || f.StoredBytes <= 0 || !(f.Name == load.Write || f.Steady && f.Source == conversation.Stated) {
			continue
		}
		if f.Bytes == 0 {
			f.Bytes = f.StoredBytes + f.BlobBytes
		}
		kept := f.StoredBytes
		f.StoredBytes = 0
		if history != "" {
			f.BlobBytes, f.Overwrites = f.BlobBytes+kept, false
			w.Notes = append(w.Notes, f.Name+": lands in "+store.Name+" ("+strings.ToLower(state.Name)+") and, as history, in "+
				catalog[history].Name+", where the design keeps it: no database writes (assumed)")
			continue
		}
		f.Overwrites = true
		w.Notes = append(w.Notes, f.Name+": lands in "+store.Name+" ("+strings.ToLower(state.Name)+", the latest only), where the design keeps it: no database writes (assumed)")
	}
}

// archiveOf is the object store where the archetype keeps the history of what its first entity
// holds the latest of ("Driver location" now, "Location history" archived), or "".
func archiveOf(p *feature, state entity) string {
	words := strings.Fields(strings.ToLower(state.Name))
	for _, e := range p.Entities[1:] {
		if catalog[e.Store].Kind != "storage" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			if len(w) > 3 && slices.Contains(words, w) {
				return e.Store
			}
		}
	}
	return ""
}
