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

// landWrites moves the archetype's main write out of the database's figures where its state (the
// archetype's first entity) is held in memory, in a cache: its bytes count as blobs stored once
// where the archetype archives the same thing's history in object storage, and as nothing kept
// where it keeps only the latest state. A write the archetype also records in a database (a
// leaderboard's score events) stays a database write.
func landWrites(w *conversation.Workload, p *feature, load loadProfile) {
	if p == nil || len(p.Entities) == 0 {
		return
	}
	state := p.Entities[0]
	store := catalog[state.Store]
	if store.Kind != "cache" || persistsRe.MatchString(store.Tech) {
		return
	}
	kept := keptElsewhere(p, state.Name+" "+load.Write)
	if catalog[kept].Kind == "database" {
		return
	}
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind != conversation.FlowWrite || f.StoredBytes <= 0 || !(f.Name == load.Write || f.Steady && f.Source == conversation.Stated) {
			continue
		}
		if f.Bytes == 0 {
			f.Bytes = f.StoredBytes + f.BlobBytes
		}
		record := f.StoredBytes
		f.StoredBytes = 0
		if catalog[kept].Kind == "storage" {
			f.BlobBytes, f.Overwrites = f.BlobBytes+record, false
			w.Notes = append(w.Notes, f.Name+": lands in "+store.Name+" ("+strings.ToLower(state.Name)+") and, as history, in "+
				catalog[kept].Name+", where the design keeps it: no database writes (assumed)")
			continue
		}
		f.Overwrites = true
		w.Notes = append(w.Notes, f.Name+": lands in "+store.Name+" ("+strings.ToLower(state.Name)+", the latest only), where the design keeps it: no database writes (assumed)")
	}
}

// keptElsewhere is the database or object store where the archetype also keeps what its first
// entity holds the latest of, found by a shared word ("Driver location" now, "Location history"
// archived; a "score update" also kept as a "Score event"), or "".
func keptElsewhere(p *feature, names string) string {
	words := strings.Fields(strings.ToLower(names))
	for _, e := range p.Entities[1:] {
		if k := catalog[e.Store].Kind; k != "storage" && k != "database" {
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
