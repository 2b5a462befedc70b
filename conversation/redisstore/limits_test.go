package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

func quota(t *testing.T, err error) conversation.Quota {
	t.Helper()
	if err == nil {
		return ""
	}
	var qe *conversation.QuotaError
	if !errors.As(err, &qe) {
		t.Fatalf("err = %v, want a *QuotaError or nil", err)
	}
	return qe.Quota
}

// exerciseLimits runs the limiter's contract against a store; shared by standalone and Cluster.
func exerciseLimits(t *testing.T, st *redisstore.Store) {
	ctx := context.Background()
	now := time.Date(2025, 3, 14, 23, 59, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	l := st.LimiterAt(conversation.Limits{DesignsPerUser: 2, DesignsPerTeam: 3, TokensPerUser: 1000, TokensPerTeam: 1500}, clock)

	// Per user: two designs, the third refused; another user of the team takes the team's third.
	for i, want := range []conversation.Quota{"", "", conversation.QuotaUserDesigns} {
		if got := quota(t, l.StartDesign(ctx, "T1", "U1", "")); got != want {
			t.Fatalf("design %d of U1: %q, want %q", i+1, got, want)
		}
	}
	if got := quota(t, l.StartDesign(ctx, "T1", "U2", "")); got != "" {
		t.Fatalf("U2's first design: %q, want allowed", got)
	}
	if got := quota(t, l.StartDesign(ctx, "T1", "U3", "")); got != conversation.QuotaTeamDesigns {
		t.Fatalf("team's fourth design: %q, want %q", got, conversation.QuotaTeamDesigns)
	}
	// Another workspace is counted on its own.
	if got := quota(t, l.StartDesign(ctx, "T2", "U1", "")); got != "" {
		t.Fatalf("U1 in T2: %q, want allowed", got)
	}

	// Tokens: CanSpend answers from what Spend last heard, no round trip needed.
	if err := l.CanSpend(ctx, "T1", "U2"); err != nil {
		t.Fatalf("CanSpend before spending: %v", err)
	}
	if err := l.Spend(ctx, "T1", "U2", 900); err != nil {
		t.Fatal(err)
	}
	if err := l.CanSpend(ctx, "T1", "U2"); err != nil {
		t.Fatalf("CanSpend at 900 of 1000: %v", err)
	}
	if err := l.Spend(ctx, "T1", "U2", 200); err != nil {
		t.Fatal(err)
	}
	if got := quota(t, l.CanSpend(ctx, "T1", "U2")); got != conversation.QuotaUserTokens {
		t.Fatalf("CanSpend at 1100 of 1000: %q, want %q", got, conversation.QuotaUserTokens)
	}
	// U4 has spent nothing, but the team is at 1100 of 1500; 500 more puts it over.
	if err := l.Spend(ctx, "T1", "U4", 500); err != nil {
		t.Fatal(err)
	}
	if got := quota(t, l.CanSpend(ctx, "T1", "U4")); got != conversation.QuotaTeamTokens {
		t.Fatalf("CanSpend with the team at 1600 of 1500: %q, want %q", got, conversation.QuotaTeamTokens)
	}
	// A second replica that has heard nothing yet learns the totals from its first design.
	other := st.LimiterAt(conversation.Limits{DesignsPerUser: 2, DesignsPerTeam: 10, TokensPerUser: 1000, TokensPerTeam: 1500}, clock)
	var qe *conversation.QuotaError
	if err := other.StartDesign(ctx, "T1", "U5", ""); !errors.As(err, &qe) || qe.Quota != conversation.QuotaTeamTokens {
		t.Fatalf("design on another replica with the team over its tokens: %v", err)
	}
	if !qe.Resets.Equal(time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("resets at %v, want the next midnight UTC", qe.Resets)
	}
	if got := quota(t, other.CanSpend(ctx, "T1", "U5")); got != conversation.QuotaTeamTokens {
		t.Errorf("other replica's CanSpend after hearing the totals: %q", got)
	}

	// A job counts once however often it runs (resumed on another replica, retried): U6's first
	// job is admitted again and again without using the second design, which its second job
	// takes; a third job is refused, and a refused job stays refused.
	for i, step := range []struct {
		limiter *redisstore.Limiter
		job     string
		want    conversation.Quota
	}{
		{l, "job-1", ""}, {other, "job-1", ""}, {l, "job-1", ""},
		{other, "job-2", ""}, {l, "job-1", ""}, {l, "job-2", ""},
		{l, "job-3", conversation.QuotaUserDesigns}, {other, "job-3", conversation.QuotaUserDesigns},
	} {
		if got := quota(t, step.limiter.StartDesign(ctx, "T3", "U6", step.job)); got != step.want {
			t.Fatalf("step %d, %s of U6: %q, want %q", i+1, step.job, got, step.want)
		}
	}

	// The next UTC day starts from zero, on both replicas; a job admitted yesterday and resumed
	// today is still the one design.
	now = now.Add(2 * time.Minute)
	if got := quota(t, l.StartDesign(ctx, "T3", "U6", "job-1")); got != "" {
		t.Fatalf("yesterday's job resumed today: %q, want allowed", got)
	}
	for i, want := range []conversation.Quota{"", "", conversation.QuotaUserDesigns} {
		if got := quota(t, l.StartDesign(ctx, "T3", "U6", fmt.Sprintf("today-%d", i))); got != want {
			t.Fatalf("U6's design %d of the new day: %q, want %q (the resumed job must not count today)", i+1, got, want)
		}
	}
	if got := quota(t, l.StartDesign(ctx, "T1", "U1", "")); got != "" {
		t.Fatalf("U1's first design of the next day: %q, want allowed", got)
	}
	if err := l.CanSpend(ctx, "T1", "U2"); err != nil {
		t.Fatalf("CanSpend on the next day: %v", err)
	}
}

func TestLimiterCountsPerUserTeamAndDay(t *testing.T) {
	rdb := conversationtest.MustRedisClient(t)
	prefix := conversationtest.UniquePrefix(t)
	st := redisstore.New(rdb, redisstore.Options{KeyPrefix: prefix})
	exerciseLimits(t, st)

	// The counters expire by themselves, an hour after their day ends at the latest.
	l := st.Limiter(conversation.Limits{DesignsPerUser: 5})
	if err := l.StartDesign(context.Background(), "TTTL", "U1", "job-ttl"); err != nil {
		t.Fatal(err)
	}
	keys, err := rdb.Keys(context.Background(), prefix+"limits:{TTTL}:*").Result()
	if err != nil || len(keys) == 0 {
		t.Fatalf("limit keys: %v %v", keys, err)
	}
	for _, k := range keys {
		ttl, err := rdb.PTTL(context.Background(), k).Result()
		if err != nil {
			t.Fatal(err)
		}
		if ttl <= 0 || ttl > 49*time.Hour {
			t.Errorf("key %s expires in %v, want within the day plus an hour (two days for an admission)", k, ttl)
		}
	}
}

func TestLimiterOnRedisCluster(t *testing.T) {
	c := conversationtest.StartRedisCluster(t, 3)
	rdb := conversationtest.MustOpen(t, c.URL())
	st := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	exerciseLimits(t, st)
}
