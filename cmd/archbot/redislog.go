package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/redis/go-redis/v9"
)

// redisLog receives go-redis's internal messages. By default go-redis prints them to standard
// error, a raw "pool.go: failed to dial" line per connection attempt, ahead of the one clear
// error archbot reports; here they go to archbot's log at debug level instead.
var (
	redisLog     atomic.Pointer[slog.Logger]
	redisLogOnce sync.Once
)

// quietRedis routes go-redis's logger to log. go-redis keeps one logger per process, so it is
// installed once and later calls only change where its lines go.
func quietRedis(log *slog.Logger) {
	redisLog.Store(log)
	redisLogOnce.Do(func() { redis.SetLogger(redisLogger{}) })
}

type redisLogger struct{}

func (redisLogger) Printf(ctx context.Context, format string, v ...any) {
	if log := redisLog.Load(); log != nil {
		log.DebugContext(ctx, fmt.Sprintf(format, v...), "part", "go-redis")
	}
}
