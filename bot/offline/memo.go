package offline

import (
	"slices"
	"sync"

	"github.com/archbot/archbot/conversation"
)

// memoSize bounds each of factsMemo's maps; a full map is emptied and starts again, which costs a
// lookup per entry at worst and never holds more than this many.
const memoSize = 1024

// factsMemo remembers what Facts reads from text a thread repeats: a model-backed designer asks
// for the facts on every model call (a follow-up makes two or more), and each time detection runs
// every capability's patterns over the same problem statement and every technology's name
// patterns over the same component labels. Both are pure functions of the text and of the
// designer's knowledge, which does not change, so their answers are kept.
type factsMemo struct {
	mu    sync.Mutex
	caps  map[string][]conversation.CapabilityFact
	techs map[string]techHit
}

type techHit struct {
	tp technology
	ok bool
}

func newFactsMemo() *factsMemo {
	return &factsMemo{caps: map[string][]conversation.CapabilityFact{}, techs: map[string]techHit{}}
}

// capabilities returns detect(problem), from memory when it was asked before. The slice is the
// caller's own.
func (m *factsMemo) capabilities(problem string, detect func(string) []conversation.CapabilityFact) []conversation.CapabilityFact {
	if m == nil {
		return detect(problem)
	}
	m.mu.Lock()
	got, ok := m.caps[problem]
	m.mu.Unlock()
	if !ok {
		got = detect(problem)
		m.mu.Lock()
		if len(m.caps) >= memoSize {
			clear(m.caps)
		}
		m.caps[problem] = got
		m.mu.Unlock()
	}
	return slices.Clone(got)
}

// techOf is the package's techOf, remembered by label.
func (m *factsMemo) techOf(label string) (technology, bool) {
	if m == nil {
		return techOf(label)
	}
	m.mu.Lock()
	h, ok := m.techs[label]
	m.mu.Unlock()
	if ok {
		return h.tp, h.ok
	}
	h.tp, h.ok = techOf(label)
	m.mu.Lock()
	if len(m.techs) >= memoSize {
		clear(m.techs)
	}
	m.techs[label] = h
	m.mu.Unlock()
	return h.tp, h.ok
}
