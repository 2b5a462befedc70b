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
	// A follow-up at least loads the thread and saves or acknowledges its job.
	if f.ServeFollowUpRoundTripsSlack < 2 || f.ServeFollowUpRoundTripsDiscord < 2 {
		t.Errorf("round trips per follow-up: slack %v, discord %v; the proxy saw no Redis work", f.ServeFollowUpRoundTripsSlack, f.ServeFollowUpRoundTripsDiscord)
	}
	if f.ServeFollowUpRedisCommands < f.ServeFollowUpRedisRoundTrips {
		t.Errorf("commands per follow-up %v < round trips %v", f.ServeFollowUpRedisCommands, f.ServeFollowUpRedisRoundTrips)
	}
	if f.ServeCPUMSPerTurn <= 0 || f.ServeP99MS <= 0 {
		t.Errorf("cpu per turn %v ms, p99 %v ms: want both measured", f.ServeCPUMSPerTurn, f.ServeP99MS)
	}
}
