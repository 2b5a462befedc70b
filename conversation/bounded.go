package conversation

import "sync"

// bounded is a map of at most max entries, safe for concurrent use, for what a replica remembers
// of the threads it is busy with (decoded designs, decoded decision logs). When it is full, a new
// key drops an arbitrary entry: a thread seen again is only decoded once more.
type bounded[V any] struct {
	mu      sync.Mutex
	entries map[string]V
	max     int
}

func newBounded[V any](max int) *bounded[V] {
	return &bounded[V]{entries: map[string]V{}, max: max}
}

func (b *bounded[V]) get(key string) (V, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.entries[key]
	return v, ok
}

func (b *bounded[V]) put(key string, v V) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.entries[key]; !ok && len(b.entries) >= b.max {
		for k := range b.entries {
			delete(b.entries, k)
			break
		}
	}
	b.entries[key] = v
}

func (b *bounded[V]) forget(key string) {
	b.mu.Lock()
	delete(b.entries, key)
	b.mu.Unlock()
}
