package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"
)

// Durability is what a Redis server promises about keeping archbot's keys: whether it may evict
// them under memory pressure and whether it persists them across a restart. A server that does
// either forgets threads mid-conversation, event ids (so retried events run again) and jobs.
type Durability struct {
	// Server names the server the figures are from (its address on Cluster, "redis" otherwise).
	Server string
	// Policy is maxmemory-policy; MaxMemory is maxmemory in bytes, 0 for no limit (no eviction).
	Policy    string
	MaxMemory int64
	// AOF says appendonly is on; RDB says a save schedule is set. RDBKnown is false when only INFO
	// could be read (CONFIG refused), which does not show the save schedule.
	AOF, RDB, RDBKnown bool
	// ConfigRefused is the error CONFIG GET gave, when the server refused it (managed Redis often
	// renames or disables CONFIG); the figures then come from INFO.
	ConfigRefused error
}

// Evicts reports whether the server may evict archbot's keys. Every key archbot keeps but the job
// stream carries a TTL (threads, locks, the posting ledger, quotas, dedup markers), so a
// volatile-* policy evicts them as readily as an allkeys-* one evicts everything: only
// noeviction, or no memory limit at all, keeps them.
func (d Durability) Evicts() bool {
	return d.MaxMemory > 0 && d.Policy != "noeviction"
}

// Persists reports whether the server keeps its data across a restart, by AOF or RDB snapshots;
// known is false when that cannot be told (AOF off and the save schedule unreadable).
func (d Durability) Persists() (persists, known bool) {
	if d.AOF || d.RDB {
		return true, true
	}
	return false, d.RDBKnown
}

// Problems lists, in words for an operator, what about d loses archbot's state.
func (d Durability) Problems() []string {
	var out []string
	if d.Evicts() {
		out = append(out, fmt.Sprintf("%s: maxmemory-policy is %s with maxmemory %d bytes, so Redis evicts archbot's "+
			"threads, event ids and locks when full (set maxmemory-policy noeviction)", d.Server, d.Policy, d.MaxMemory))
	}
	if ok, known := d.Persists(); !ok && known {
		out = append(out, fmt.Sprintf("%s: persistence is off (appendonly no, no save schedule), so a Redis restart "+
			"forgets every thread (set appendonly yes, or a save schedule)", d.Server))
	}
	return out
}

// Durability reads each server's eviction policy and persistence (each master on Cluster). It
// asks CONFIG GET and, where the server refuses it, INFO, which managed Redis services allow.
func (s *Store) Durability(ctx context.Context) ([]Durability, error) {
	if c, ok := s.rdb.(*redis.ClusterClient); ok {
		var (
			out []Durability
			mu  sync.Mutex
		)
		err := c.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
			d, err := durability(ctx, node, node.Options().Addr)
			if err != nil {
				return err
			}
			mu.Lock()
			out = append(out, d)
			mu.Unlock()
			return nil
		})
		return out, err
	}
	d, err := durability(ctx, s.rdb, "redis")
	if err != nil {
		return nil, err
	}
	return []Durability{d}, nil
}

// configReader is the part of a Redis client durability uses.
type configReader interface {
	ConfigGet(ctx context.Context, parameter string) *redis.MapStringStringCmd
	Info(ctx context.Context, section ...string) *redis.StringCmd
}

func durability(ctx context.Context, c configReader, server string) (Durability, error) {
	d := Durability{Server: server}
	cfg := map[string]string{}
	var err error
	for _, p := range []string{"maxmemory-policy", "maxmemory", "appendonly", "save"} {
		var m map[string]string
		if m, err = c.ConfigGet(ctx, p).Result(); err != nil {
			break
		}
		v, ok := m[p]
		if !ok {
			err = fmt.Errorf("CONFIG GET %s: %w", p, errNoParameter)
			break
		}
		cfg[p] = v
	}
	if err == nil {
		d.Policy, d.AOF, d.RDB, d.RDBKnown = cfg["maxmemory-policy"], cfg["appendonly"] == "yes", strings.TrimSpace(cfg["save"]) != "", true
		if d.MaxMemory, err = strconv.ParseInt(cfg["maxmemory"], 10, 64); err != nil {
			return d, fmt.Errorf("read maxmemory of %s: %w", server, err)
		}
		return d, nil
	}
	if ctx.Err() != nil || !refused(err) {
		return d, fmt.Errorf("read configuration of %s: %w", server, err)
	}
	d.ConfigRefused = err
	info, ierr := c.Info(ctx, "all").Result()
	if ierr != nil {
		return d, fmt.Errorf("read configuration of %s: CONFIG GET refused (%v) and INFO failed: %w", server, err, ierr)
	}
	fields := infoFields(info)
	d.Policy, d.AOF = fields["maxmemory_policy"], fields["aof_enabled"] == "1"
	if d.MaxMemory, err = strconv.ParseInt(fields["maxmemory"], 10, 64); err != nil || d.Policy == "" {
		return d, fmt.Errorf("read configuration of %s: CONFIG GET refused and INFO lacks maxmemory or maxmemory_policy", server)
	}
	return d, nil
}

// errNoParameter is a CONFIG GET that answered without the parameter, as proxies in front of
// managed Redis do.
var errNoParameter = errors.New("no such parameter")

// refused tells a server that refused a command (an error reply) from one that cannot be reached.
func refused(err error) bool {
	var re redis.Error
	return errors.As(err, &re) || errors.Is(err, errNoParameter)
}

// infoFields parses INFO's "name:value" lines.
func infoFields(info string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(info, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok && !strings.HasPrefix(k, "#") {
			out[k] = v
		}
	}
	return out
}
