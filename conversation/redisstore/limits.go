package redisstore

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation"
)

// Limiter keeps the daily counters in Redis. Every key of one workspace carries the hash tag
// {<team>}, so on Redis Cluster a script may touch a user's and the team's counters at once, and
// each call is one round trip. Keys are named by the UTC day and expire an hour after it ends
// (the hour absorbs clock skew between replicas and Redis), so a new day starts from zero.
//
// Token budgets are checked from what this process last heard from Redis (every Spend and
// StartDesign answers with the day's totals), so a follow-up costs no round trip for the check.
// A replica that has not heard of a user or team today lets their turns through until its first
// Spend tells it the total; over-budget is final for the day, so that view is never wrong in the
// other direction. A team can thus go over its token budget by at most the turns a replica
// starts for it before hearing the total.
type Limiter struct {
	rdb    redis.UniversalClient
	prefix string
	limits conversation.Limits
	now    func() time.Time

	mu     sync.Mutex
	day    string           // the day the totals below belong to
	totals map[string]int64 // token totals by key, as Redis last reported them
}

// Limiter returns a limiter on the store's Redis client, with the store's key prefix.
func (s *Store) Limiter(l conversation.Limits) *Limiter {
	return newLimiter(s.rdb, s.prefix, l, time.Now)
}

// LimiterAt is Limiter with a clock, for tests of day boundaries.
func (s *Store) LimiterAt(l conversation.Limits, now func() time.Time) *Limiter {
	return newLimiter(s.rdb, s.prefix, l, now)
}

func newLimiter(rdb redis.UniversalClient, prefix string, l conversation.Limits, now func() time.Time) *Limiter {
	return &Limiter{rdb: rdb, prefix: prefix, limits: l, now: now, totals: map[string]int64{}}
}

// limitKeys are the counters of one user in one team on one day.
type limitKeys struct {
	userDesigns, teamDesigns, userTokens, teamTokens string
	// admitted is the prefix of the markers of admitted designs, one per job; not per day, so a
	// job admitted before midnight and resumed after it is still the one design.
	admitted string
	day      string
	resets   time.Time
	ttl      int64 // ms the keys live from now
}

func (l *Limiter) keys(team, user string) limitKeys {
	now := l.now().UTC()
	y, m, d := now.Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
	day := now.Format("20060102")
	// A workspace-less thread (a DM on Discord) is counted under its user alone; the team
	// limits then bound that one user, which is no looser than the user limits.
	if team == "" {
		team = "user-" + user
	}
	tag := l.prefix + "limits:{" + tagSafe.Replace(team) + "}:" + day + ":"
	u := tagSafe.Replace(user)
	return limitKeys{
		userDesigns: tag + "designs:user:" + u, teamDesigns: tag + "designs",
		userTokens: tag + "tokens:user:" + u, teamTokens: tag + "tokens",
		admitted: l.prefix + "limits:{" + tagSafe.Replace(team) + "}:admitted:",
		day:      day, resets: midnight,
		// Until an hour after the day ends; relative, so a replica whose clock is off from
		// Redis's still keeps them for the rest of its day.
		ttl: midnight.Add(time.Hour).Sub(now).Milliseconds(),
	}
}

// Braces in an id would move the hash tag; no platform id holds them, but inputs are untrusted.
var tagSafe = strings.NewReplacer("{", "(", "}", ")")

// startDesignScript counts a new design unless a limit is reached, once per job: the job's
// admission marker is set in the same script that counts, so a job resumed on another replica
// (or retried after a crash between counting and answering) is let through without counting
// again, and never refused for the count its own first run made. KEYS: user designs, team
// designs, user tokens, team tokens and, for a design with a job, the job's admission marker
// (without it the design is counted every time). ARGV: the four limits in that order (0 = none), the counters' TTL
// in ms, the marker's TTL in ms. Returns {code, user tokens, team tokens}; code 0 = counted,
// -1 = admitted before, else the 1-based index of the limit reached.
var startDesignScript = redis.NewScript(`
local tokensU = tonumber(redis.call('GET', KEYS[3]) or '0')
local tokensT = tonumber(redis.call('GET', KEYS[4]) or '0')
if #KEYS == 5 and redis.call('EXISTS', KEYS[5]) == 1 then
  return {-1, tokensU, tokensT}
end
local function over(n, limit)
  local lim = tonumber(limit)
  return lim > 0 and n >= lim
end
if over(tokensU, ARGV[3]) then return {3, tokensU, tokensT} end
if over(tokensT, ARGV[4]) then return {4, tokensU, tokensT} end
if over(tonumber(redis.call('GET', KEYS[1]) or '0'), ARGV[1]) then return {1, tokensU, tokensT} end
if over(tonumber(redis.call('GET', KEYS[2]) or '0'), ARGV[2]) then return {2, tokensU, tokensT} end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
if #KEYS == 5 then
  redis.call('SET', KEYS[5], '1', 'PX', ARGV[6])
end
return {0, tokensU, tokensT}
`)

// admittedTTL is how long a job's admission is remembered: longer than any job lives, resumed
// or handed back, and past the end of the day it was counted in.
const admittedTTL = 48 * time.Hour

// StartDesign counts a new design by user in team, or returns a *conversation.QuotaError when
// a design or token limit of the day is reached (the design is then not counted). job names
// the design (bot gives its thread's key): it counts once however often it is started, so a
// design admitted before its replica died is never refused when another replica resumes it.
// An empty job counts every call. One round trip.
func (l *Limiter) StartDesign(ctx context.Context, team, user, job string) error {
	k := l.keys(team, user)
	keys := []string{k.userDesigns, k.teamDesigns, k.userTokens, k.teamTokens}
	if job != "" {
		keys = append(keys, k.admitted+tagSafe.Replace(job))
	}
	res, err := startDesignScript.Run(ctx, l.rdb, keys,
		l.limits.DesignsPerUser, l.limits.DesignsPerTeam, l.limits.TokensPerUser, l.limits.TokensPerTeam, k.ttl,
		admittedTTL.Milliseconds(),
	).Int64Slice()
	if err != nil {
		return fmt.Errorf("count design of %s in %s: %w", user, team, err)
	}
	if len(res) != 3 {
		return fmt.Errorf("count design of %s in %s: unexpected reply %v", user, team, res)
	}
	l.remember(k, res[1], res[2])
	switch res[0] {
	case 0, -1:
		return nil
	case 1:
		return &conversation.QuotaError{Quota: conversation.QuotaUserDesigns, Limit: l.limits.DesignsPerUser, Resets: k.resets}
	case 2:
		return &conversation.QuotaError{Quota: conversation.QuotaTeamDesigns, Limit: l.limits.DesignsPerTeam, Resets: k.resets}
	case 3:
		return &conversation.QuotaError{Quota: conversation.QuotaUserTokens, Limit: l.limits.TokensPerUser, Resets: k.resets}
	default:
		return &conversation.QuotaError{Quota: conversation.QuotaTeamTokens, Limit: l.limits.TokensPerTeam, Resets: k.resets}
	}
}

// CanSpend returns a *conversation.QuotaError when user or team has used its model tokens for the day, as far
// as this process last heard; it makes no round trip (see Limiter).
func (l *Limiter) CanSpend(_ context.Context, team, user string) error {
	if l.limits.TokensPerUser <= 0 && l.limits.TokensPerTeam <= 0 {
		return nil
	}
	k := l.keys(team, user)
	l.mu.Lock()
	var u, t int64
	if l.day == k.day {
		u, t = l.totals[k.userTokens], l.totals[k.teamTokens]
	}
	l.mu.Unlock()
	if lim := l.limits.TokensPerUser; lim > 0 && u >= lim {
		return &conversation.QuotaError{Quota: conversation.QuotaUserTokens, Limit: lim, Resets: k.resets}
	}
	if lim := l.limits.TokensPerTeam; lim > 0 && t >= lim {
		return &conversation.QuotaError{Quota: conversation.QuotaTeamTokens, Limit: lim, Resets: k.resets}
	}
	return nil
}

// spendScript adds tokens to a user's and a team's counters. KEYS: user tokens, team tokens.
// ARGV: tokens, TTL in ms. Returns the new totals.
var spendScript = redis.NewScript(`
local u = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local t = redis.call('INCRBY', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return {u, t}
`)

// Spend adds the model tokens user spent in team to the day's counters. One round trip; it
// refreshes the totals CanSpend answers from.
func (l *Limiter) Spend(ctx context.Context, team, user string, tokens int64) error {
	if tokens <= 0 {
		return nil
	}
	k := l.keys(team, user)
	res, err := spendScript.Run(ctx, l.rdb, []string{k.userTokens, k.teamTokens}, tokens, k.ttl).Int64Slice()
	if err != nil {
		return fmt.Errorf("count %d tokens of %s in %s: %w", tokens, user, team, err)
	}
	if len(res) != 2 {
		return fmt.Errorf("count %d tokens of %s in %s: unexpected reply %v", tokens, user, team, res)
	}
	l.remember(k, res[0], res[1])
	return nil
}

// remember keeps the token totals Redis reported, forgetting other days'.
func (l *Limiter) remember(k limitKeys, user, team int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.day != k.day {
		l.day, l.totals = k.day, map[string]int64{}
	}
	l.totals[k.userTokens] = max(l.totals[k.userTokens], user)
	l.totals[k.teamTokens] = max(l.totals[k.teamTokens], team)
}
