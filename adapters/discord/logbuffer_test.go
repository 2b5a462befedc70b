package discord

import (
	"bytes"
	"sync"
)

// LogBuffer collects the adapter's log for assertions, in this package's tests and in
// discord_test's (it is exported for them); handlers write from many goroutines.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
