package main

import (
	"context"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// TestRedisProxyCountsRoundTrips checks the counting proxy against what a go-redis client does:
// a command is a round trip, a pipeline and a transaction are one each whatever they hold, a
// blocking read that returns an entry is one however long it waits, and, as
// redisstore.CountingHook counts them, a read that timed out empty is an idle poll and a new
// connection's handshake is counted apart.
func TestRedisProxyCountsRoundTrips(t *testing.T) {
	ctx := context.Background()
	url, stop, err := startRedis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	opts, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	p, err := startRedisProxy(opts.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	popts, err := redis.ParseURL(p.URL())
	if err != nil {
		t.Fatal(err)
	}
	popts.PoolSize = 1
	rdb := redis.NewClient(popts)
	defer rdb.Close()
	// go-redis (v9.23) dials a second connection at its first pipeline, straight to Redis too
	// (a DialHook shows it): warm up past that, so no handshake is counted below.
	for range 3 {
		if err := rdb.Ping(ctx).Err(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rdb.Pipelined(ctx, func(pp redis.Pipeliner) error { pp.Ping(ctx); return nil }); err != nil {
		t.Fatal(err)
	}
	counted := redis.NewScript(`return redis.call('SET', KEYS[1], ARGV[1])`)
	if err := counted.Run(ctx, rdb, []string{"k"}, "v").Err(); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name              string
		run               func() error
		rts, commands     int64
		handshakes, polls int64
	}{
		{"one command", func() error { return rdb.Set(ctx, "k", "v", 0).Err() }, 1, 1, 0, 0},
		{"pipeline of three", func() error {
			_, err := rdb.Pipelined(ctx, func(pp redis.Pipeliner) error {
				pp.Get(ctx, "k")
				pp.Incr(ctx, "n")
				pp.HSet(ctx, "h", "f", "v")
				return nil
			})
			return err
		}, 1, 3, 0, 0},
		{"transaction of two", func() error {
			_, err := rdb.TxPipelined(ctx, func(pp redis.Pipeliner) error {
				pp.Incr(ctx, "n")
				pp.HGetAll(ctx, "h")
				return nil
			})
			return err
		}, 1, 4, 0, 0}, // MULTI, INCR, HGETALL, EXEC
		{"blocking read that times out", func() error {
			err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: "g", Consumer: "c", Streams: []string{"s", ">"}, Block: 50 * time.Millisecond}).Err()
			if err == redis.Nil {
				return nil
			}
			return err
		}, 0, 1, 0, 1},
		{"blocking read that returns an entry", func() error {
			other := redis.NewClient(opts) // straight to Redis: not counted
			defer other.Close()
			time.AfterFunc(20*time.Millisecond, func() { other.XAdd(ctx, &redis.XAddArgs{Stream: "s", Values: []string{"job", "x"}}) })
			return rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: "g", Consumer: "c", Streams: []string{"s", ">"}, Block: 5 * time.Second}).Err()
		}, 1, 1, 0, 0},
		{"a new connection", func() error {
			fresh := redis.NewClient(popts)
			defer fresh.Close()
			return fresh.Set(ctx, "k", "v", 0).Err()
		}, 1, 1, 3, 0}, // go-redis v9.23: HELLO, three CLIENT commands in two round trips; then SET
		{"a script the server knows", func() error {
			// The first run sends EVALSHA, gets NOSCRIPT and sends the body; this is the second.
			return counted.Run(ctx, rdb, []string{"k"}, "v").Err()
		}, 1, 1, 0, 0},
		{"a large value", func() error { return rdb.Set(ctx, "big", string(make([]byte, 300_000)), 0).Err() }, 1, 1, 0, 0},
	}
	if err := rdb.XGroupCreateMkStream(ctx, "s", "g", "$").Err(); err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		rt0, cmd0, by0 := p.counts()
		hs0, idle0 := p.setup()
		if err := s.run(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		rt1, cmd1, by1 := p.counts()
		hs1, idle1 := p.setup()
		if rt1-rt0 != s.rts || cmd1-cmd0 != s.commands || hs1-hs0 != s.handshakes || idle1-idle0 != s.polls {
			for n := range by0 {
				by1[n] -= by0[n]
			}
			t.Errorf("%s: %d round trips, %d commands %v, %d handshakes, %d idle polls; want %d, %d, %d, %d",
				s.name, rt1-rt0, cmd1-cmd0, by1, hs1-hs0, idle1-idle0, s.rts, s.commands, s.handshakes, s.polls)
		}
		if s.name == "a script the server knows" && by1["EVALSHA[SET]"]-by0["EVALSHA[SET]"] != 1 {
			t.Errorf("a script's run is not named by what it calls: %v", by1)
		}
	}
}
