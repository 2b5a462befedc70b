package conversationtest_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/conversation/conversationtest"
)

func TestMustRedisStoresDoNotShareKeys(t *testing.T) {
	ctx := context.Background()
	a, b := conversationtest.UniquePrefix(t), conversationtest.UniquePrefix(t)
	if a == b {
		t.Fatalf("two prefixes are both %q", a)
	}
	if strings.ContainsAny(a, "{} ") {
		t.Fatalf("prefix %q holds a brace or space", a)
	}
	rdb := conversationtest.MustRedisClient(t)
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("ping shared redis: %v", err)
	}
}

func TestStartRedisStopKillStart(t *testing.T) {
	ctx := context.Background()
	srv := conversationtest.StartRedis(t)
	rdb := conversationtest.MustOpen(t, srv.URL())
	if err := rdb.Set(ctx, "k", "v1", 0).Err(); err != nil {
		t.Fatal(err)
	}

	if err := srv.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := srv.Stop(); err != nil {
		t.Fatalf("second Stop: %v, want nothing to do", err)
	}
	if _, err := net.DialTimeout("tcp", srv.Addr(), time.Second); err == nil {
		t.Fatal("a stopped server still accepts connections")
	}
	if err := srv.Start(); err != nil {
		t.Fatalf("Start: %v", err)
	}
	if got := rdb.Get(ctx, "k").Val(); got != "v1" {
		t.Fatalf("after Stop/Start k=%q, want v1: a clean stop keeps the data", got)
	}

	if err := srv.Kill(); err != nil {
		t.Fatalf("Kill: %v", err)
	}
	if err := srv.Restart(); err != nil {
		t.Fatalf("Restart: %v", err)
	}
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("ping after Kill and Restart: %v", err)
	}
}

func TestStartRedisClusterServesAllSlots(t *testing.T) {
	ctx := context.Background()
	c := conversationtest.StartRedisCluster(t, 3)
	rdb := conversationtest.MustOpen(t, c.URL())
	cl, ok := rdb.(*redis.ClusterClient)
	if !ok {
		t.Fatalf("client for %s is a %T, want a cluster client", c.URL(), rdb)
	}
	shards, err := cl.ClusterShards(ctx).Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(shards) != 3 {
		t.Fatalf("cluster has %d shards, want 3", len(shards))
	}
	for i := range 30 {
		if err := cl.Set(ctx, fmt.Sprint("k", i), i, 0).Err(); err != nil {
			t.Fatalf("SET on cluster: %v", err)
		}
	}
	// 30 keys spread over the slots: every master must hold some.
	err = cl.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		n, err := m.DBSize(ctx).Result()
		if n == 0 && err == nil {
			return fmt.Errorf("master %s holds no keys", m.Options().Addr)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The package comment promises that no server outlives its test binary, even one killed with
// SIGKILL. A child test binary starts the shared server, prints its address and waits to die.
func TestSharedServerDiesWithTheTestBinary(t *testing.T) {
	if os.Getenv("ARCHBOT_HELPER_CHILD") == "1" {
		fmt.Println("URL", conversationtest.MustRedisURL(t))
		select {} // until killed
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSharedServerDiesWithTheTestBinary$")
	cmd.Env = append(os.Environ(), "ARCHBOT_HELPER_CHILD=1", conversationtest.EnvRedisURL+"=")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("read the child's redis url: %v", err)
	}
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "URL redis://")
	if !ok {
		t.Fatalf("child said %q, want URL redis://...", line)
	}
	if c, err := net.DialTimeout("tcp", url, time.Second); err != nil {
		t.Fatalf("child's redis at %s not up: %v", url, err)
	} else {
		c.Close()
	}

	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	gone := conversationtest.Eventually(10*time.Second, func() bool {
		c, err := net.DialTimeout("tcp", url, time.Second)
		if err != nil {
			return true
		}
		c.Close()
		return false
	})
	if !gone {
		t.Fatalf("redis-server at %s still answers 10s after its test binary was killed", url)
	}
}
