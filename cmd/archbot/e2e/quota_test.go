package e2e_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// Twenty designs from one person, the default daily limit, through two replicas, one SIGKILLed
// mid-run: every design completes, the ones the survivor resumes included, because a design is
// counted once by its job however often it runs. A twenty-first is refused before any of its
// work starts.
func TestQuotaCountsResumedDesignsOnce(t *testing.T) {
	const designs = 20 // ARCHBOT_DESIGNS_PER_USER_PER_DAY's default
	e := newEnv(t, conversationtest.StartRedis(t).URL())
	quota := fmt.Sprintf("ARCHBOT_DESIGNS_PER_USER_PER_DAY=%d", designs)
	a := startReplica(t, "a", e.url, e.slack, quota)
	b := startReplica(t, "b", e.url, e.slack, quota)
	channel := func(i int) string { return fmt.Sprintf("CQ%02d", i) }
	ts := func(i int) string { return fmt.Sprintf("1690000400.%06d", i) }
	mention := func(r *replica, i int) {
		r.event(t, fmt.Sprintf("EvQuota%02d", i), slacktest.Mention(channel(i), "UQUOTA",
			"<@"+slacktest.BotUserID+"> "+problem, ts(i), ""))
	}
	var wg sync.WaitGroup
	for i := range designs {
		wg.Go(func() { mention([]*replica{a, b}[i%2], i) })
	}
	wg.Wait()
	e.killUnderWay(t, a, designs*2)
	doneAtKill := e.completed()
	e.waitCompleted(t, designs)
	refused := 0
	for k, p := range e.posts() {
		for text := range p.texts {
			if strings.Contains(text, "designs today") {
				refused++
				t.Errorf("thread %s: %q", k, text)
			}
		}
	}
	resumed := b.logged(t, "resuming a job another run left unfinished")
	if resumed == 0 {
		t.Fatalf("no job was taken over from the killed replica (%d of %d designs were done when it died)", doneAtKill, designs)
	}
	t.Logf("%d of %d designs complete from one person at a daily limit of %d; replica killed with %d done, %d jobs resumed, %d refused",
		e.completed(), designs, designs, doneAtKill, resumed, refused)

	// The twenty-first is refused up front: the refusal is all its thread gets.
	mention(b, designs)
	key := channel(designs) + "/" + ts(designs)
	waitFor(t, "the refusal", 30*time.Second, func() bool { p := e.posts()[key]; return p != nil && len(p.texts) > 0 && e.idle(t) })
	p := e.posts()[key]
	var texts []string
	for text := range p.texts {
		texts = append(texts, text)
	}
	if len(texts) != 1 || !strings.Contains(texts[0], "You've started 20 designs today") || p.files != 0 {
		t.Errorf("21st design's thread: %q and %d files, want only the refusal", texts, p.files)
	}
	if th, err := e.store.Load(context.Background(), ref(channel(designs), ts(designs))); err == nil {
		t.Errorf("21st design left state behind: %+v", th)
	}
	b.terminate(t)
}
