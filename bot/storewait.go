package bot

import (
	"context"
	"errors"
	"time"
)

// defaultStoreWait is how long a finished first draft waits for Redis by default.
const defaultStoreWait = 30 * time.Second

// waitForStore runs op until it succeeds, fails for a reason other than the store being down,
// or StoreWait has passed, backing off between tries. A finished first draft uses it to save:
// the draft cost model calls and its sections are already in the thread, so a short Redis
// outage (a restart, a failover) is worth waiting out instead of asking the user to start over.
// onWait runs once, before the first wait, to tell the user. attempt counts from 0.
func (e *Engine) waitForStore(ctx context.Context, onWait func(), op func(attempt int) error) error {
	deadline := time.Now().Add(e.cfg.StoreWait)
	pause := 250 * time.Millisecond
	for attempt := 0; ; attempt++ {
		err := op(attempt)
		var ue *UserError
		if err == nil || !errors.As(err, &ue) || ue.Code != CodeStoreDown || time.Now().Add(pause).After(deadline) {
			return err
		}
		if attempt == 0 && onWait != nil {
			onWait()
		}
		e.log.WarnContext(ctx, "store down; waiting to save", "attempt", attempt+1, "pause", pause, "err", err)
		t := time.NewTimer(pause)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
		pause = min(pause*2, 2*time.Second)
	}
}
