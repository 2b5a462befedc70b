package conversation

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"

	"github.com/cespare/xxhash/v2"
	"github.com/klauspost/compress/gzip"
)

// A thread is stored as a record of parts a turn changes independently, one field each:
//
//	rev       the revision compare-and-set checks
//	meta      the thread without its design and undo history: owner, turns, summary, usage (a few KB,
//	          plain JSON)
//	design    the design document (up to about 60 KB of JSON)
//	undo:<n>  one revision each (about 7 KB of JSON), n growing with each revision
//	designtag which design the record holds at which revision (FieldDesignTag), so that a
//	          replica that holds it already loads the record without it (Held)
//
// The design in the record holds only the newest MaxHotDecisions entries of its decision log
// (Design.DecisionsBefore counts the rest): the whole log, one JSON entry per decision, is kept
// apart by the store (SaveOp.Log) and read only for history and export, so a thread of 400 turns
// with distinct decisions is no larger to load and save than one of 50.
//
// Most turns read the design and rewrite only meta: a question rewrites a few KB, a change
// rewrites the design and adds one revision. The undo history, half of a thread at its largest,
// is read by undo alone: stores load a thread with the names of its undo fields but not their
// values (DecodeRecord), and undo reads the one it steps back to (RevisionsToRead,
// SetRevisions). Before this layout every turn decoded and re-encoded the whole thread (130 KB
// of JSON, gzip both ways): 2.85 of the 3 ms of CPU a follow-up cost (docs/BENCHMARKS.md).
const (
	// FieldRev holds the revision; the store compares and advances it, the codec never writes it.
	FieldRev    = "rev"
	fieldMeta   = "meta"
	fieldDesign = "design"
	// UndoFieldPrefix starts the name of every undo field, which a store loading a thread for a
	// turn leaves unread.
	UndoFieldPrefix = "undo:"
	undoPrefix      = UndoFieldPrefix
	// fieldLegacy held the whole thread as one blob before the record layout. Load still reads
	// it; the next Save replaces it with the record.
	fieldLegacy = "data"
	// FieldDesignTag names the design field's content as of a revision, "<rev>:<tag>" (tag is
	// DesignTag of the field), so that a replica holding that design can load the thread without
	// it (Held). Every save by this version rewrites it with the revision it saves; a version
	// that predates it leaves it alone but still advances rev, so a tag it left behind names an
	// older revision and no longer vouches for the design.
	FieldDesignTag = "designtag"
)

// undoEntry is one revision of a thread's undo history, as loaded or as made by a turn.
type undoEntry struct {
	field string    // the record field holding it; "" until a store saved it
	raw   string    // its stored encoding, when read; "" while it is only named
	rev   *Revision // the revision itself, when made in this process
}

// unread reports whether the entry is stored but its content was not read with the thread.
func (e *undoEntry) unread() bool { return e.rev == nil && e.raw == "" }

// ErrRevisionUnread is what reading a revision reports when its store loaded the thread without
// it and nobody read it since (a store's LoadRevisions does).
var ErrRevisionUnread = errors.New("undo revision not read from the store")

// revision decodes the entry when it was loaded, without keeping the result: entries are shared
// by copies of a Thread, which must stay safe to use from different goroutines.
func (e *undoEntry) revision() (*Revision, error) {
	if e.rev != nil {
		return e.rev, nil
	}
	if e.raw == "" {
		return nil, fmt.Errorf("revision %s: %w", e.field, ErrRevisionUnread)
	}
	var r Revision
	if err := unpackJSON(e.raw, &r); err != nil {
		return nil, fmt.Errorf("decode revision %s: %w", e.field, err)
	}
	return &r, nil
}

// storedState is what a store last read or wrote for a thread, against which Save finds what a
// turn changed. It is replaced, never changed, since copies of a Thread share it.
type storedState struct {
	key    string // the record's key: a copy saved under another key is written whole
	rev    int64
	design uint64 // hash of the design's JSON as stored; 0 without a design
	tag    string // DesignTag of the design field as stored; "" without a design
	// undoFields are the record's undo fields, oldest first.
	undoFields []string
	legacy     bool // read from fieldLegacy: the next save writes the record whole
	// decisionLog is how many decisions the store's log holds (Thread.DecisionLog).
	decisionLog int
}

// designSeed keys the design hashes; they are only compared within this process.
var designSeed = maphash.MakeSeed()

func designHash(raw []byte) uint64 {
	if len(raw) == 0 {
		return 0
	}
	return maphash.Bytes(designSeed, raw) | 1 // never 0, which means no design
}

// DecodeRecord builds the thread stored in fields (the record without rev) under key at rev.
// Undo fields may be given with empty values, as stores load a thread for a turn: the thread
// then knows its revisions by name only, and undo reads the newest (RevisionsToRead).
func DecodeRecord(key string, rev int64, fields map[string]string) (*Thread, error) {
	return DecodeHeld(key, rev, fields, Held{})
}

// DecodeHeld is DecodeRecord for a load that passed held's Tag: when fields lack the design
// and their FieldDesignTag vouches, at rev, for the design held names, the thread gets that.
func DecodeHeld(key string, rev int64, fields map[string]string, held Held) (*Thread, error) {
	meta, ok := fields[fieldMeta]
	if !ok {
		if data, ok := fields[fieldLegacy]; ok {
			return decodeLegacy(key, rev, data)
		}
		return nil, errors.New("decode: no meta field")
	}
	var th Thread
	if err := unpackJSON(meta, &th); err != nil {
		return nil, fmt.Errorf("decode meta: %w", err)
	}
	th.Design = nil
	st := &storedState{key: key, rev: rev}
	if data, ok := fields[fieldDesign]; ok {
		var err error
		if th.Design, st.design, st.tag, err = loadDesign(key, data); err != nil {
			return nil, fmt.Errorf("decode design: %w", err)
		}
	} else if tag := fields[FieldDesignTag]; held.ok && held.e.tag != "" && tag == taggedAt(rev, held.e.tag) {
		th.Design, st.design, st.tag = copyDesign(held.e.design), held.e.hash, held.e.tag
	} else if strings.HasPrefix(tag, taggedAt(rev, "")) {
		// The tag says the record holds a design at rev: one left out of the load for a design
		// other than held must not pass for a thread without one.
		return nil, fmt.Errorf("decode: design %s left out of the load but not held", tag)
	}
	type numbered struct {
		n int
		e undoEntry
	}
	var undo []numbered
	for f, v := range fields {
		num, ok := strings.CutPrefix(f, undoPrefix)
		if !ok {
			continue
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("decode: bad undo field %q", f)
		}
		undo = append(undo, numbered{n, undoEntry{field: f, raw: v}})
	}
	slices.SortFunc(undo, func(a, b numbered) int { return a.n - b.n })
	th.undo = make([]undoEntry, len(undo))
	st.undoFields = make([]string, len(undo))
	for i, u := range undo {
		th.undo[i], st.undoFields[i] = u.e, u.e.field
	}
	st.decisionLog = th.DecisionLog
	th.Rev, th.stored = rev, st
	return &th, nil
}

// loadDesign decodes a stored design field, or takes it from what this process last read or
// wrote under key when the field is as it was then. It returns the design, the hash of its JSON
// and the field's DesignTag.
func loadDesign(key, data string) (*Design, uint64, string, error) {
	if e, ok := designs.get(key, data); ok {
		return copyDesign(e.design), e.hash, e.tag, nil
	}
	buf := getBuffer()
	defer putBuffer(buf)
	raw, err := unpack(buf, data)
	if err != nil {
		return nil, 0, "", err
	}
	d, err := decodeDesign(raw)
	if err != nil {
		return nil, 0, "", err
	}
	hash, tag := designHash(raw), DesignTag(data)
	designs.put(key, data, hash, tag, d)
	return d, hash, tag, nil
}

// DesignTag names a design field's content, the same in every process: a hash of the field as
// stored. Threads are only compared with themselves, so 64 bits leave no collision to fear.
func DesignTag(stored string) string {
	return strconv.FormatUint(xxhash.Sum64String(stored), 36)
}

// taggedAt is FieldDesignTag's value for a design tagged tag at revision rev.
func taggedAt(rev int64, tag string) string {
	return strconv.FormatInt(rev, 10) + ":" + tag
}

// decodeLegacy reads the single-blob layout: the whole thread, undo history included, as JSON.
func decodeLegacy(key string, rev int64, data string) (*Thread, error) {
	var th struct {
		Thread
		Revisions []Revision `json:"revisions"`
	}
	if err := unpackJSON(data, &th); err != nil {
		return nil, err
	}
	out := th.Thread
	for _, r := range th.Revisions {
		out.undo = append(out.undo, undoEntry{rev: &r})
	}
	out.Rev, out.stored = rev, &storedState{key: key, rev: rev, legacy: true}
	return &out, nil
}

// RevisionsToRead says which of th's newest n undo revisions (all of them when n < 0) its store
// loaded by name only, oldest first, and where: the record's key and revision as loaded. A store
// reads their values there, checking the revision, and gives them to SetRevisions. No fields
// when every one of them is at hand.
func RevisionsToRead(th *Thread, n int) (key string, rev int64, fields []string) {
	from := 0
	if n >= 0 {
		from = max(len(th.undo)-n, 0)
	}
	for _, e := range th.undo[from:] {
		if e.unread() {
			fields = append(fields, e.field)
		}
	}
	if len(fields) == 0 || th.stored == nil {
		return "", 0, nil
	}
	return th.stored.key, th.stored.rev, fields
}

// SetRevisions gives th the stored values of undo fields RevisionsToRead named, values[i] that of
// fields[i].
func SetRevisions(th *Thread, fields, values []string) error {
	if len(fields) != len(values) {
		return fmt.Errorf("set revisions: %d values for %d fields", len(values), len(fields))
	}
	got := make(map[string]string, len(fields))
	for i, f := range fields {
		if values[i] == "" {
			return fmt.Errorf("set revisions: %s is empty", f)
		}
		got[f] = values[i]
	}
	// A new slice: copies of th share the old one.
	undo := slices.Clone(th.undo)
	for i := range undo {
		if raw, ok := got[undo[i].field]; ok && undo[i].unread() {
			undo[i].raw = raw
		}
	}
	th.undo = undo
	return nil
}

// SaveOp is what saving a thread writes: fields to set (name, value pairs) and to delete, or with
// Replace the whole record anew. A store writes it (and FieldRev, which is the store's to
// advance), then calls Commit.
type SaveOp struct {
	Replace bool
	Set     []string
	Del     []string
	// Log, when not nil, changes the thread's decision log, which the store keeps apart from
	// the record (and expires with it).
	Log    *LogOp
	commit func(th *Thread, rev int64)
}

// LogOp changes a stored decision log: keep its first Keep entries (none when 0), then append
// Append, each a decision's JSON.
type LogOp struct {
	Keep   int
	Append []string
}

// Commit brings th up to date once the store wrote the op at revision rev, so that th's next
// save rewrites only what changes after it.
func (op *SaveOp) Commit(th *Thread, rev int64) { op.commit(th, rev) }

// PlanSave works out what saving th under key writes: everything for a thread this key has not
// stored at th.Rev, otherwise only the parts that changed since it was loaded or saved.
func PlanSave(th *Thread, key string) (*SaveOp, error) {
	st := th.stored
	op := &SaveOp{Replace: st == nil || st.key != key || st.rev != th.Rev || st.legacy}

	buf := getBuffer()
	defer putBuffer(buf)
	logged := 0
	if !op.Replace {
		logged = st.decisionLog
	}
	var err error
	if op.Log, err = planLog(th.Design, logged, op.Replace); err != nil {
		return nil, err
	}
	meta := *th
	meta.Design, meta.Rev = nil, th.Rev+1 // the record agrees with its rev field once stored
	if th.Design != nil {
		meta.DecisionLog = th.Design.DecisionCount()
	}
	if err := json.NewEncoder(buf).Encode(&meta); err != nil {
		return nil, fmt.Errorf("encode meta: %w", err)
	}
	// Meta is stored as plain JSON, whatever its size: every turn writes it and every load reads
	// it, and gzip both ways cost a follow-up more CPU (5% of the replicas' samples in the
	// serving bench) than the few KB it saves in Redis are worth. Records an earlier version
	// wrote with it gzip'd load as before (unpack tells them apart).
	op.Set = append(op.Set, fieldMeta, buf.String())

	var hash uint64
	var packed, tag string // the design field written ("" when it stays as stored) and its tag
	var hot *Design
	if th.Design != nil {
		buf.Reset()
		hot = hotDesign(th.Design)
		if err := encodeDesign(buf, hot); err != nil {
			return nil, fmt.Errorf("encode design: %w", err)
		}
		// Hashing the JSON costs a fraction of compressing it, and most turns leave it as it was.
		if hash = designHash(buf.Bytes()); op.Replace || hash != st.design {
			packed = pack(buf.Bytes(), fastLevel)
			tag = DesignTag(packed)
			op.Set = append(op.Set, fieldDesign, packed)
		} else {
			tag = st.tag
		}
	} else if !op.Replace && st.design != 0 {
		op.Del = append(op.Del, fieldDesign)
	}
	// The tag is rewritten with every revision, so that it vouches for the design only until a
	// version that does not maintain it saves the thread (FieldDesignTag).
	if tag != "" {
		op.Set = append(op.Set, FieldDesignTag, taggedAt(th.Rev+1, tag))
	} else if !op.Replace {
		op.Del = append(op.Del, FieldDesignTag)
	}

	undo := slices.Clone(th.undo)
	if err := op.planUndo(st, undo, buf); err != nil {
		return nil, err
	}
	op.commit = func(th *Thread, rev int64) {
		fields := make([]string, len(undo))
		for i, e := range undo {
			fields[i] = e.field
		}
		th.Rev, th.undo, th.DecisionLog = rev, undo, meta.DecisionLog
		switch {
		case packed != "":
			// The next load of this thread here, most often the next turn's, need not decode
			// what this save just encoded.
			designs.put(key, packed, hash, tag, hot)
		case hot == nil:
			designs.forget(key)
		}
		th.stored = &storedState{key: key, rev: rev, design: hash, tag: tag, undoFields: fields, decisionLog: meta.DecisionLog}
	}
	return op, nil
}

// planUndo numbers the undo entries a save writes and lists those it drops. New entries are
// numbered above every entry stored, so none takes the field of one the same save deletes.
func (op *SaveOp) planUndo(st *storedState, undo []undoEntry, buf *bytes.Buffer) error {
	next := 0
	kept := map[string]bool{}
	if !op.Replace {
		for _, f := range st.undoFields {
			n, _ := strconv.Atoi(strings.TrimPrefix(f, undoPrefix))
			next = max(next, n+1)
		}
		for _, e := range undo {
			kept[e.field] = true
		}
	}
	for i := range undo {
		e := &undo[i]
		if e.field != "" && !op.Replace {
			continue
		}
		if e.unread() {
			// Written whole (a copy under another key), the record needs every revision's
			// value: the store reads them (RevisionsToRead) and saves again.
			return fmt.Errorf("save whole: %w", ErrRevisionUnread)
		}
		e.field = undoPrefix + strconv.Itoa(next)
		next++
		if e.raw == "" {
			buf.Reset()
			if err := json.NewEncoder(buf).Encode(e.rev); err != nil {
				return fmt.Errorf("encode revision: %w", err)
			}
			e.raw = pack(buf.Bytes(), revisionLevel)
		}
		op.Set = append(op.Set, e.field, e.raw)
	}
	if !op.Replace {
		// Entries the turn dropped (undone, or past MaxRevisions) go from the record too.
		for _, f := range st.undoFields {
			if !kept[f] {
				op.Del = append(op.Del, f)
			}
		}
	}
	return nil
}

// planLog works out how saving d changes its stored decision log, which holds logged entries
// (none on a record written whole: it is rebuilt from what d holds). Entries d no longer has
// (undone) are cut, entries it added are appended; entries older than d holds stay as stored.
func planLog(d *Design, logged int, replace bool) (*LogOp, error) {
	total := 0
	if d != nil {
		total = d.DecisionCount()
	}
	if !replace && logged == total {
		return nil, nil
	}
	before := 0
	if d != nil {
		before = d.DecisionsBefore
	}
	keep := max(before, min(logged, total))
	op := &LogOp{Keep: keep}
	for i := keep - before; d != nil && i < len(d.Decisions); i++ {
		raw, err := json.Marshal(d.Decisions[i])
		if err != nil {
			return nil, fmt.Errorf("encode decision: %w", err)
		}
		op.Append = append(op.Append, string(raw))
	}
	return op, nil
}

// hotDesign is d as its record holds it: only the newest MaxHotDecisions decisions.
func hotDesign(d *Design) *Design {
	n := len(d.Decisions)
	if n <= MaxHotDecisions {
		return d
	}
	c := *d
	c.Decisions = d.Decisions[n-MaxHotDecisions:]
	c.DecisionsBefore += n - MaxHotDecisions
	return &c
}

// DecodeDecisions reads a stored decision log, oldest first.
func DecodeDecisions(entries []string) ([]Decision, error) {
	out := make([]Decision, len(entries))
	for i, e := range entries {
		if err := json.Unmarshal([]byte(e), &out[i]); err != nil {
			return nil, fmt.Errorf("decode decision %d: %w", i, err)
		}
	}
	return out, nil
}

// Compression levels trade CPU for Redis memory, measured on conversationtest.LargeThread (meta
// is not compressed, see PlanSave). The design is rewritten by every change and decoded by every
// turn: the fast encoder (level 1) packs the 62 KB design into 21 KB, where level 2 takes twice
// as long with Go's compress/gzip for 1 KB less. A revision is written once, by every change,
// and read by undo alone: klauspost's level 2 packs the ten of a large thread into 28.3 KB
// against 26.8 KB at level 6, in a fifth to a half of the time (the ten in 0.42 and 1.54 ms
// against 2.31 and 2.80 ms, two runs on the shared machine); level 6 was 4.6% of the replicas'
// CPU in the serving bench.
//
// The gzip is klauspost/compress's, which writes and reads the same format as compress/gzip
// (records written by either load with either, TestRecordGzipIsStandard) in about a third of
// the time to compress and half the time to decompress the design at level 1 (0.36 ms against
// 1.17 ms, 0.36 against 0.81, one run on the shared 2-vCPU machine, docs/BENCHMARKS.md).
const (
	fastLevel     = 1
	revisionLevel = 2
)

// packMin is the size under which a field is stored as plain JSON: gzip's header and tables
// would eat most of the saving.
const packMin = 512

// freeList keeps up to cap(c) values for reuse. Unlike a sync.Pool it keeps them across garbage
// collections, which a busy replica runs every few turns: a new gzip writer (a few hundred KB of
// tables) would otherwise cost about as much as the compression it does.
type freeList[T any] struct{ c chan T }

func (f freeList[T]) get() (T, bool) {
	select {
	case v := <-f.c:
		return v, true
	default:
		var zero T
		return zero, false
	}
}

func (f freeList[T]) put(v T) {
	select {
	case f.c <- v:
	default:
	}
}

// Enough for the turns one replica runs at once on its cores; more are made and dropped.
const freeListSize = 16

var (
	gzipWriters = map[int]freeList[*gzip.Writer]{
		fastLevel:     {make(chan *gzip.Writer, freeListSize)},
		revisionLevel: {make(chan *gzip.Writer, freeListSize)},
	}
	gzipReaders = freeList[*gzip.Reader]{make(chan *gzip.Reader, freeListSize)}
	// buffers hold a field's JSON while it is encoded or decoded.
	buffers = freeList[*bytes.Buffer]{make(chan *bytes.Buffer, freeListSize)}
)

func getBuffer() *bytes.Buffer {
	if b, ok := buffers.get(); ok {
		b.Reset()
		return b
	}
	return new(bytes.Buffer)
}

// putBuffer keeps buf for reuse unless an unusually large field grew it.
func putBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= 1<<20 {
		buffers.put(buf)
	}
}

// pack encodes a field's JSON for storage at one of the levels above: gzip from packMin bytes,
// JSON as it is below.
func pack(raw []byte, level int) string {
	if len(raw) < packMin {
		return string(raw)
	}
	var buf bytes.Buffer
	buf.Grow(len(raw)/2 + 64) // JSON text packs to about a third
	free := gzipWriters[level]
	zw, ok := free.get()
	if !ok {
		zw, _ = gzip.NewWriterLevel(nil, level)
	}
	defer free.put(zw)
	zw.Reset(&buf)
	// Writes to a bytes.Buffer do not fail.
	zw.Write(raw)
	zw.Close()
	return buf.String()
}

// unpack returns a stored field's content: gzip'd, in buf, or as it is, for the small fields
// kept plain and for JSON an operator may write by hand when repairing a thread.
func unpack(buf *bytes.Buffer, data string) ([]byte, error) {
	switch {
	case len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b:
		if err := gunzip(buf, data); err != nil {
			return nil, fmt.Errorf("decompress: %w", err)
		}
		return buf.Bytes(), nil
	case len(data) > 0 && data[0] == '{':
		// Copied into buf, which is reused, rather than into a new slice: meta, read by every
		// load, is stored this way.
		buf.WriteString(data)
		return buf.Bytes(), nil
	default:
		return nil, errors.New("decode: stored data is neither gzip nor JSON")
	}
}

// unpackJSON decodes a stored field of JSON into v.
func unpackJSON(data string, v any) error {
	buf := getBuffer()
	defer putBuffer(buf)
	raw, err := unpack(buf, data)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	return nil
}

// designRecord lays out the design field: the design as JSON without its sections' text, then
// the texts back to back, their lengths in bytes in TextBytes. The texts are most of a design;
// kept out of JSON they are neither escaped on save nor scanned twice and unescaped on load, and
// a load makes one string of them all. A design stored as plain JSON has no TextBytes.
type designRecord struct {
	*Design
	TextBytes []int `json:"text_bytes,omitempty"`
}

func encodeDesign(buf *bytes.Buffer, d *Design) error {
	sk := *d
	sk.Sections = make([]Section, len(d.Sections))
	lens := make([]int, len(d.Sections))
	for i, s := range d.Sections {
		sk.Sections[i] = Section{ID: s.ID, Title: s.Title}
		lens[i] = len(s.Markdown)
	}
	if err := json.NewEncoder(buf).Encode(designRecord{Design: &sk, TextBytes: lens}); err != nil {
		return err
	}
	for _, s := range d.Sections {
		buf.WriteString(s.Markdown)
	}
	return nil
}

func decodeDesign(raw []byte) (*Design, error) {
	// encodeDesign's JSON is one line (encoding/json escapes newlines in strings): the first
	// newline ends it.
	end := bytes.IndexByte(raw, '\n')
	if end < 0 {
		end = len(raw)
	}
	rec := designRecord{Design: &Design{}}
	if err := json.Unmarshal(raw[:end], &rec); err != nil || rec.TextBytes == nil {
		// A design stored as plain JSON, which may span lines when written by hand.
		rec = designRecord{Design: &Design{}}
		if err := json.Unmarshal(raw, &rec); err != nil {
			return nil, fmt.Errorf("decode: %w", err)
		}
		if rec.TextBytes != nil {
			return nil, errors.New("decode: section lengths without the sections' texts")
		}
		return rec.Design, nil
	}
	rest := raw[min(end+1, len(raw)):]
	d := rec.Design
	if len(rec.TextBytes) != len(d.Sections) {
		return nil, fmt.Errorf("decode: %d section lengths for %d sections", len(rec.TextBytes), len(d.Sections))
	}
	texts := string(rest)
	at := 0
	for i, n := range rec.TextBytes {
		if n < 0 || n > len(texts)-at {
			return nil, fmt.Errorf("decode: section %s overruns the texts", d.Sections[i].ID)
		}
		d.Sections[i].Markdown = texts[at : at+n]
		at += n
	}
	if at != len(texts) {
		return nil, fmt.Errorf("decode: %d bytes of text after the sections", len(texts)-at)
	}
	return d, nil
}

// gunzip decompresses data into out.
func gunzip(out *bytes.Buffer, data string) error {
	// gzip's trailer holds the decompressed size: grow once, by enough that ReadFrom's last
	// read (the one that finds the end) does not grow again.
	// The size is a hint only, bounded for stored data that is not what it claims.
	if n := len(data); n >= 18 {
		size := int(binary.LittleEndian.Uint32([]byte(data[n-4:])))
		out.Grow(min(size, 16*n) + bytes.MinRead)
	}
	src := strings.NewReader(data)
	zr, ok := gzipReaders.get()
	if !ok {
		var err error
		if zr, err = gzip.NewReader(src); err != nil {
			return err
		}
	} else if err := zr.Reset(src); err != nil {
		return err
	}
	defer gzipReaders.put(zr)
	_, err := out.ReadFrom(zr)
	return err
}
