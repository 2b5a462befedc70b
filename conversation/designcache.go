package conversation

import "slices"

// A replica decodes the same stored design again and again: every turn of a thread loads it,
// and most turns (questions, commands) leave it as it was. Decoding it (gunzip, then JSON) was
// about a tenth of a follow-up's CPU in the serving bench (docs/BENCHMARKS.md). designCache
// remembers, per record key, the last design field this process read or wrote and the design
// it holds, and hands out a copy when the same bytes come back. It is keyed by content: a field
// that differs by one byte (another replica's save) is decoded as before.
//
// What it hands out shares its strings and nested slices with the cached design, as copies of a
// Design made with a plain assignment do; the engine replaces a design rather than change it in
// place (bot's cloneDesign), and the top-level slices a caller may append to or assign into
// (sections, components, decisions) are copied.
type designCache struct {
	*bounded[cachedDesign] // by record key
}

type cachedDesign struct {
	stored string  // the design field as stored
	hash   uint64  // designHash of its JSON
	tag    string  // DesignTag of stored
	design *Design // what it decodes to; never handed out itself
}

// designCacheSize bounds the cache: a large design is about 60 KB decoded plus 21 KB stored, so
// at most about 20 MB, for the threads a replica is busy with at once.
const designCacheSize = 256

var designs = designCache{newBounded[cachedDesign](designCacheSize)}

// get returns what is cached for key if the field is stored as it was last seen; its design is
// not to be handed out without copyDesign.
func (c designCache) get(key, stored string) (cachedDesign, bool) {
	e, ok := c.bounded.get(key)
	if !ok || e.stored != stored {
		return cachedDesign{}, false
	}
	return e, true
}

// put remembers that the design field stored under key, whose DesignTag is tag, holds d (which
// put copies).
func (c designCache) put(key, stored string, hash uint64, tag string, d *Design) {
	c.bounded.put(key, cachedDesign{stored: stored, hash: hash, tag: tag, design: copyDesign(d)})
}

// Held is the design this process holds for a record key, as its last load found it or its last
// save wrote it. Even that design field is about 21 KB of a follow-up's reply (gzip'd), so a
// store passes Tag to Redis, which leaves the field out when the record's FieldDesignTag
// vouches for that design at the record's revision, and gives Held to DecodeHeld, which uses
// the design it holds. Held is taken before the load and kept with it: the cache may change
// meanwhile, what the load was asked to leave out may not.
type Held struct {
	e  cachedDesign
	ok bool
}

// HeldDesign returns the design this process holds for key; its Tag is "" when none.
func HeldDesign(key string) Held {
	e, ok := designs.bounded.get(key)
	return Held{e: e, ok: ok}
}

// Tag is the held design field's DesignTag, "" when nothing is held.
func (h Held) Tag() string { return h.e.tag }

// copyDesign copies d and the slices a caller may change in place (SetSection assigns into
// Sections, a change appends to Decisions).
func copyDesign(d *Design) *Design {
	c := *d
	c.Sections = slices.Clip(slices.Clone(d.Sections))
	c.Components = slices.Clip(slices.Clone(d.Components))
	c.Decisions = slices.Clip(slices.Clone(d.Decisions))
	return &c
}
