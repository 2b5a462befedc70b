package conversation

import (
	"encoding/json"
	"fmt"
)

// A thread whose decision log outgrew its record (more than MaxHotDecisions changes) has the
// whole log read back for every document a change posts, and for history and export. Decoding
// it entry by entry made each change cost time in proportion to the thread's age: on the
// engine's change benchmark, whose thread keeps growing, JSON decoding of the log was 40% of a
// turn after 500 changes. Entries are appended and cut from the end only (an undo), never
// rewritten, so decisionLogs remembers, per log key, the entries this process last decoded and
// decodes only those that differ from them: a change adds one.
type cachedLog struct {
	raw     []string   // the entries as stored
	decoded []Decision // what they decode to; never handed out itself
}

// logCacheSize bounds the cache: a 400-entry log is about 200 KB with its decoding, so at most
// about 13 MB, for the long threads a replica is busy with at once.
const logCacheSize = 64

var decisionLogs = newBounded[cachedLog](logCacheSize)

// DecodeDecisionLog reads the decision log stored under key, oldest first, as DecodeDecisions
// does; entries decoded for key before by this process are not decoded again. It keeps entries,
// which the caller must not change afterwards.
func DecodeDecisionLog(key string, entries []string) ([]Decision, error) {
	was, _ := decisionLogs.get(key)

	out := make([]Decision, len(entries))
	same := 0
	for same < len(entries) && same < len(was.raw) && entries[same] == was.raw[same] {
		same++
	}
	copy(out, was.decoded[:same])
	for i := same; i < len(entries); i++ {
		if err := json.Unmarshal([]byte(entries[i]), &out[i]); err != nil {
			return nil, fmt.Errorf("decode decision %d: %w", i, err)
		}
	}
	if same < len(entries) || same < len(was.raw) {
		decisionLogs.put(key, cachedLog{raw: entries, decoded: append([]Decision(nil), out...)})
	}
	return out, nil
}
