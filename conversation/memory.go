package conversation

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// MemoryStore keeps threads in process memory. It serves `archbot chat` and `archbot design`
// when no Redis is configured; state is lost when the process ends.
type MemoryStore struct {
	mu      sync.Mutex
	threads map[string][]byte
	seen    map[string]time.Time
}

// NewMemoryStore returns an empty in-memory store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{threads: map[string][]byte{}, seen: map[string]time.Time{}}
}

// Load returns a copy of the thread's state or ErrNotFound.
func (m *MemoryStore) Load(_ context.Context, ref ThreadRef) (*Thread, error) {
	m.mu.Lock()
	raw, ok := m.threads[ref.Key()]
	m.mu.Unlock()
	if !ok {
		return nil, ErrNotFound
	}
	var th Thread
	if err := json.Unmarshal(raw, &th); err != nil {
		return nil, fmt.Errorf("decode thread %s: %w", ref.Key(), err)
	}
	return &th, nil
}

// Save stores th if nobody saved the thread since th was loaded, and advances th.Rev.
func (m *MemoryStore) Save(_ context.Context, th *Thread) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := th.Ref.Key()
	var cur int64
	if raw, ok := m.threads[key]; ok {
		var old struct {
			Rev int64 `json:"rev"`
		}
		if err := json.Unmarshal(raw, &old); err != nil {
			return fmt.Errorf("decode thread %s: %w", key, err)
		}
		cur = old.Rev
	}
	if cur != th.Rev {
		return ErrConflict
	}
	next := *th
	next.Rev = cur + 1
	raw, err := json.Marshal(&next)
	if err != nil {
		return fmt.Errorf("encode thread %s: %w", key, err)
	}
	m.threads[key] = raw
	th.Rev = next.Rev
	return nil
}

// FirstSeen records id and reports whether this is its first sighting within ttl; an empty id
// is never a duplicate.
func (m *MemoryStore) FirstSeen(_ context.Context, id string, ttl time.Duration) (bool, error) {
	if id == "" {
		return true, nil // nothing to compare, as in RedisStore
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
