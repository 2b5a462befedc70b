package conversation

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"strings"
	"sync"
	"time"
)

// MemoryStore keeps threads in process memory. It serves `archbot chat` and `archbot design`
// when no Redis is configured; state is lost when the process ends. It stores a thread as the
// same record redisstore.Store does (codec.go), so both behave alike down to what a save rewrites.
type MemoryStore struct {
	mu      sync.Mutex
	threads map[string]memRecord
	seen    map[string]time.Time
}

// memRecord is one stored thread. Its fields map is replaced on every save, never changed, so a
// Load may decode it outside the lock.
type memRecord struct {
	rev    int64
	fields map[string]string
	log    []string // the decision log, kept apart as redisstore keeps it; replaced, never changed
}

// NewMemoryStore returns an empty in-memory store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{threads: map[string]memRecord{}, seen: map[string]time.Time{}}
}

// Exists reports whether the thread has state.
func (m *MemoryStore) Exists(_ context.Context, ref ThreadRef) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.threads[ref.Key()]
	return ok, nil
}

// Load returns a copy of the thread's state or ErrNotFound.
func (m *MemoryStore) Load(_ context.Context, ref ThreadRef) (*Thread, error) {
	key := ref.Key()
	m.mu.Lock()
	rec, ok := m.threads[key]
	m.mu.Unlock()
	if !ok {
		return nil, ErrNotFound
	}
	// Without the undo history's values, as redisstore.Store loads a thread: undo reads what it
	// needs with LoadRevisions, in both stores alike.
	fields := make(map[string]string, len(rec.fields))
	for f, v := range rec.fields {
		if strings.HasPrefix(f, UndoFieldPrefix) {
			v = ""
		}
		fields[f] = v
	}
	th, err := DecodeRecord(key, rec.rev, fields)
	if err != nil {
		return nil, fmt.Errorf("load thread %s: %w", key, err)
	}
	th.Ref = ref
	return th, nil
}

// LoadRevisions reads the values of th's newest n undo revisions (all when n < 0) that Load
// left unread; ErrConflict when the thread was saved since th was loaded.
func (m *MemoryStore) LoadRevisions(_ context.Context, th *Thread, n int) error {
	key, rev, fields := RevisionsToRead(th, n)
	if len(fields) == 0 {
		return nil
	}
	m.mu.Lock()
	rec, ok := m.threads[key]
	m.mu.Unlock()
	if !ok || rec.rev != rev {
		return ErrConflict
	}
	values := make([]string, len(fields))
	for i, f := range fields {
		if values[i] = rec.fields[f]; values[i] == "" {
			return ErrConflict
		}
	}
	return SetRevisions(th, fields, values)
}

// Save stores th if nobody saved the thread since th was loaded, and advances th.Rev.
func (m *MemoryStore) Save(ctx context.Context, th *Thread) error {
	key := th.Ref.Key()
	op, err := PlanSave(th, key)
	if errors.Is(err, ErrRevisionUnread) {
		// A loaded thread saved whole, as a copy under another ref is: it needs the values of
		// the revisions its load left unread.
		if err = m.LoadRevisions(ctx, th, -1); err == nil {
			op, err = PlanSave(th, key)
		}
	}
	if err != nil {
		return fmt.Errorf("save thread %s: %w", key, err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := m.threads[key]
	if cur.rev != th.Rev {
		return ErrConflict
	}
	fields := make(map[string]string, len(cur.fields)+len(op.Set)/2)
	if !op.Replace {
		maps.Copy(fields, cur.fields)
	}
	for _, f := range op.Del {
		delete(fields, f)
	}
	for i := 0; i+1 < len(op.Set); i += 2 {
		fields[op.Set[i]] = op.Set[i+1]
	}
	next := memRecord{rev: cur.rev + 1, fields: fields, log: cur.log}
	if op.Log != nil {
		next.log = append(cur.log[:min(op.Log.Keep, len(cur.log)):min(op.Log.Keep, len(cur.log))], op.Log.Append...)
	}
	m.threads[key] = next
	op.Commit(th, next.rev)
	return nil
}

// DecisionLog returns the thread's whole decision log, oldest first; none for a thread without
// state.
func (m *MemoryStore) DecisionLog(_ context.Context, ref ThreadRef) ([]Decision, error) {
	m.mu.Lock()
	log := m.threads[ref.Key()].log
	m.mu.Unlock()
	return DecodeDecisions(log)
}

// FirstSeen records id and reports whether this is its first sighting within ttl; an empty id
// is never a duplicate.
func (m *MemoryStore) FirstSeen(_ context.Context, id string, ttl time.Duration) (bool, error) {
	if id == "" {
		return true, nil // nothing to compare, as in redisstore.Store
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	if at, ok := m.seen[id]; ok && now.Sub(at) < ttl {
		return false, nil
	}
	m.seen[id] = now
	return true, nil
}
