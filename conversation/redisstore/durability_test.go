package redisstore_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// Durability reads what real servers are configured with, through CONFIG GET or, where that is
// renamed away as on managed Redis, through INFO.
func TestDurability(t *testing.T) {
	for _, tt := range []struct {
		name     string
		args     []string
		evicts   bool
		persists bool
		known    bool
		refused  bool
	}{
		{"aof, no limit", nil, false, true, true, false},
		{"noeviction under a limit, rdb only", []string{"--appendonly", "no", "--save", "60 1", "--maxmemory", "5mb", "--maxmemory-policy", "noeviction"}, false, true, true, false},
		{"allkeys-lru, nothing persisted", []string{"--appendonly", "no", "--maxmemory", "5mb", "--maxmemory-policy", "allkeys-lru"}, true, false, true, false},
		{"volatile-lru evicts threads too", []string{"--maxmemory", "5mb", "--maxmemory-policy", "volatile-lru"}, true, true, true, false},
		{"config renamed away, aof off", []string{"--appendonly", "no", "--maxmemory", "5mb", "--maxmemory-policy", "allkeys-lfu", "--rename-command", "CONFIG", ""}, true, false, false, true},
		{"config renamed away, aof on", []string{"--rename-command", "CONFIG", ""}, false, true, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := conversationtest.StartRedisWith(t, tt.args...)
			st := redisstore.New(conversationtest.MustOpen(t, srv.URL()), redisstore.Options{})
			ds, err := st.Durability(context.Background())
			if err != nil || len(ds) != 1 {
				t.Fatalf("Durability: %v, %v", ds, err)
			}
			d := ds[0]
			persists, known := d.Persists()
			if d.Evicts() != tt.evicts || persists != tt.persists || known != tt.known || (d.ConfigRefused != nil) != tt.refused {
				t.Errorf("%+v: evicts %v, persists %v (known %v), want %v, %v (%v), config refused %v",
					d, d.Evicts(), persists, known, tt.evicts, tt.persists, tt.known, tt.refused)
			}
			problems := strings.Join(d.Problems(), "\n")
			if got := strings.Contains(problems, "maxmemory-policy"); got != tt.evicts {
				t.Errorf("problems %q mention the eviction policy: %v, want %v", problems, got, tt.evicts)
			}
			if got := strings.Contains(problems, "persistence is off"); got != (!tt.persists && tt.known) {
				t.Errorf("problems %q mention persistence: %v", problems, got)
			}
		})
	}
}

func TestDurabilityOnRedisCluster(t *testing.T) {
	c := conversationtest.StartRedisCluster(t, 3)
	st := redisstore.New(conversationtest.MustOpen(t, c.URL()), redisstore.Options{})
	ds, err := st.Durability(context.Background())
	if err != nil || len(ds) != 3 {
		t.Fatalf("Durability on 3 masters: %v, %v", ds, err)
	}
	for _, d := range ds {
		if d.Evicts() || len(d.Problems()) != 0 {
			t.Errorf("%+v: problems %q on a cluster without a memory limit and with AOF", d, d.Problems())
		}
	}
}
