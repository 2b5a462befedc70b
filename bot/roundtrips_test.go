package bot_test

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// maxFollowUpRoundTrips is what a follow-up through the dispatcher may cost in Redis client
// round trips: queue it, read it, take the lock with the thread, save, mark the replies
// pending, and finish (confirm the replies, release the lock, acknowledge the job).
const maxFollowUpRoundTrips = 6

// A follow-up run as archbot serve runs it (Submit, the dispatcher, the Redis store, queue, lock
// and ledger, the engine and a sink) costs at most six round trips, whatever it answers: the
// hook on the client counts every command the replica sends, and INFO commandstats on a server
// of the test's own counts what Redis ran, scripts' commands included.
func TestFollowUpThroughTheDispatcherRoundTrips(t *testing.T) {
	srv := conversationtest.StartRedis(t)
	client := conversationtest.MustOpen(t, srv.URL())
	hook := &redisstore.CountingHook{}
	client.AddHook(hook)
	admin := conversationtest.MustOpen(t, srv.URL())
	store := redisstore.New(client, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(t)})
	ts := &threads{}
	rep := startReplica(t, store, ts, bot.DispatchConfig{Workers: 4})
	r := ref()
	submit(t, rep.d, msg(r, problem, true))
	waitFor(t, "the first design", func() bool { return rep.d.Stats().Done.Load() == 1 })

	const turns = 10
	for _, tt := range []struct {
		kind, text string
		replies    int // replies each turn posts
	}{
		{"question", "how do you handle a cache stampede?", 1},
		{"change", "", 3}, // the headline, the rewritten section, the document
		{"command", "show capacity", 1},
	} {
		t.Run(tt.kind, func(t *testing.T) {
			n := 0
			text := func(int) string {
				n++
				if tt.kind == "change" {
					// Each a real change, so each turn rewrites sections and posts them.
					return []string{"use DynamoDB for the post store", "use Cassandra for the post store"}[(n-1)%2]
				}
				return tt.text
			}
			// A warm-up turn loads the scripts into Redis, as any replica's first turns do.
			runFollowUps(t, rep, ts, r, 1, text, tt.replies)
			before := commandstats(t, admin)
			hook.Reset()
			runFollowUps(t, rep, ts, r, turns, text, tt.replies)
			got := hook.Counts()
			server := commandstats(t, admin)
			perTurn := float64(got.RoundTrips) / turns
			t.Logf("%s follow-up: %.1f round trips (and in %d turns %d opening connections, %d idle polls), %.1f commands sent, %.1f commands run by Redis per turn; sent: %s; run: %s",
				tt.kind, perTurn, turns, got.Handshakes, got.IdlePolls, float64(got.Commands)/turns, float64(sum(server)-sum(before))/turns,
				perTurnText(got.ByName, turns), perTurnText(diff(server, before), turns))
			if n, err := store.Queue().Depth(context.Background()); err != nil || n != 0 {
				t.Fatalf("%d jobs left on the queue (%v), want every one acknowledged and deleted", n, err)
			}
			if perTurn > maxFollowUpRoundTrips {
				t.Fatalf("%s follow-up costs %.1f round trips, want at most %d (sent %v)", tt.kind, perTurn, maxFollowUpRoundTrips, got.ByName)
			}
		})
	}
}

// runFollowUps sends n follow-ups to thread r one after another, each once the one before is
// done, and checks that each posted at least replies replies.
func runFollowUps(t *testing.T, rep *replica, ts *threads, r conversation.ThreadRef, n int, text func(i int) string, replies int) {
	t.Helper()
	for i := range n {
		done := rep.d.Stats().Done.Load()
		before := len(ts.of(r).kinds())
		say := text(i)
		submit(t, rep.d, msg(r, say, false))
		waitFor(t, "the follow-up's job", func() bool { return rep.d.Stats().Done.Load() > done })
		if got := len(ts.of(r).kinds()) - before; got < replies {
			t.Fatalf("follow-up %q posted %d replies, want at least %d", say, got, replies)
		}
	}
}

// commandstats returns how many times Redis has run each command.
func commandstats(t *testing.T, rdb redis.UniversalClient) map[string]int64 {
	t.Helper()
	info, err := rdb.Info(context.Background(), "commandstats").Result()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, line := range strings.Split(info, "\n") {
		name, rest, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "cmdstat_"), ":calls=")
		if !ok || name == "info" {
			continue
		}
		calls, _, _ := strings.Cut(rest, ",")
		n, err := strconv.ParseInt(calls, 10, 64)
		if err == nil {
			out[name] = n
		}
	}
	return out
}

func sum(m map[string]int64) (n int64) {
	for _, v := range m {
		n += v
	}
	return n
}

func diff(after, before map[string]int64) map[string]int64 {
	out := map[string]int64{}
	for k, v := range after {
		if d := v - before[k]; d > 0 {
			out[k] = d
		}
	}
	return out
}

func perTurnText(m map[string]int64, turns int) string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, k := range names {
		parts[i] = fmt.Sprintf("%s %.1f", k, float64(m[k])/float64(turns))
	}
	return strings.Join(parts, ", ")
}
