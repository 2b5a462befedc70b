package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation/conversationtest"
)

// BenchmarkRedisStoreLockAndLoad is what a job does first on the serving path: take the thread's
// lock and load it in one round trip (then release the lock, a second), on a thread at its
// largest (conversationtest.LargeThread: ten revisions in its undo history).
func BenchmarkRedisStoreLockAndLoad(b *testing.B) {
	ctx := context.Background()
	s := conversationtest.MustRedisStore(b)
	if err := s.Save(ctx, conversationtest.LargeThread(ref, 4)); err != nil {
		b.Fatal(err)
	}
	locks := s.Locks()
	b.ReportAllocs()
	for b.Loop() {
		held, th, err := locks.AcquireLoad(ctx, ref, "job", time.Minute)
		if err != nil || !held || th == nil {
			b.Fatalf("AcquireLoad: held %v, thread %v, %v", held, th != nil, err)
		}
		if _, err := locks.Release(ctx, ref, "job"); err != nil {
			b.Fatal(err)
		}
	}
}
