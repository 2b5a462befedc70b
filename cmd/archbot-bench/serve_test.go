package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestServingPathDeliversEveryReplyOnce runs the serving harness at a small scale: two real
// archbot serve processes on a private redis-server, designs and follow-ups on Slack and
// Discord, and checks that every turn got its last reply, that no reply was posted twice, and
// that the counting proxy saw the replicas' Redis work.
func TestServingPathDeliversEveryReplyOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	// A redis-server of its own: the replicas write archbot's unprefixed keys, which other
	// packages' tests on a shared Redis would read as theirs.
	url, stop, err := startRedis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	cfg := serveConfig{replicas: 2, threads: 3, followUps: 4, inflight: 4, counted: 4, turnLimit: time.Minute}
	var f ServeFigures
	var out strings.Builder
	res, err := benchServe(ctx, cfg, url, &f, &out)
	t.Log(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 * cfg.threads * cfg.followUps; f.ServeFollowUps != want || res.turns != want {
		t.Errorf("follow-ups answered = %d, want %d", f.ServeFollowUps, want)
	}
	if res.strays != 0 || res.dups != 0 {
		t.Errorf("%d replies after their turn ended, %d posted twice", res.strays, res.dups)
	}
	// Issue 15: a follow-up costs 6 round trips through archbot serve on either platform, the
	// 6 of the dispatcher alone (TestFollowUpThroughTheDispatcherRoundTrips): the adapter's
	// ownership check rides in the enqueue, the token spend in the job's Finish, and each
	// Discord message reaches one replica's shard. Connection handshakes and polls that found no
	// job are counted apart, as redisstore.CountingHook does; the durability check (CONFIG or
	// INFO, once a minute) may fall in the counted window and is the replica's, not the turn's.
	for i, got := range []float64{f.ServeFollowUpRoundTripsSlack, f.ServeFollowUpRoundTripsDiscord} {
		cmds := f.followUpCommands[i]
		if work := round(got-cmds["CONFIG"]-cmds["INFO"], 2); work != 6 {
			t.Errorf("%s: %v Redis round trips per follow-up through archbot serve, want 6 besides the durability check: %v",
				[]string{"slack", "discord"}[i], got, cmds)
		}
	}
	if f.followUpHandshakes[0]+f.followUpHandshakes[1] > 2 {
		t.Errorf("handshakes per follow-up %v: the replicas' pools keep opening connections", f.followUpHandshakes)
	}
	if f.ServeFollowUpRedisCommands < f.ServeFollowUpRedisRoundTrips {
		t.Errorf("commands per follow-up %v < round trips %v", f.ServeFollowUpRedisCommands, f.ServeFollowUpRedisRoundTrips)
	}
	if f.ServeCPUMSPerTurn <= 0 || f.ServeP99MS <= 0 {
		t.Errorf("cpu per turn %v ms, p99 %v ms: want both measured", f.ServeCPUMSPerTurn, f.ServeP99MS)
	}
}
