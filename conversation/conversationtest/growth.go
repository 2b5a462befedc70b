package conversationtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/redisstore"
)

// ThreadBytesAtTurn grows a thread through st as a long conversation would, and returns what
// Redis reports for its record (MEMORY USAGE) after the given number of turns. It starts from
// LargeThread (50 turns) and adds changes, each a load, a rewritten section, a revision, a turn
// and a decision whose text is distinct from every other, then a save, as the engine's changes
// do. cmd/archbot-bench reports ThreadBytesAtTurn(ctx, st, ref, 400) as
// redis_bytes_per_thread_turn400. turns below 50 measure LargeThread itself.
func ThreadBytesAtTurn(ctx context.Context, st *redisstore.Store, ref conversation.ThreadRef, turns int) (int64, error) {
	if err := st.Save(ctx, LargeThread(ref, 400)); err != nil {
		return 0, fmt.Errorf("save the thread of turn 50: %w", err)
	}
	if err := GrowThread(ctx, st, ref, 50, turns); err != nil {
		return 0, err
	}
	return st.ThreadBytes(ctx, ref)
}

// GrowThread takes a stored thread from turn from to turn to, one distinct change a turn.
func GrowThread(ctx context.Context, st *redisstore.Store, ref conversation.ThreadRef, from, to int) error {
	r := rand.New(rand.NewPCG(uint64(from), uint64(to)))
	for turn := from + 1; turn <= to; turn++ {
		th, err := st.Load(ctx, ref)
		if err != nil {
			return fmt.Errorf("load at turn %d: %w", turn, err)
		}
		d := *th.Design
		at := th.UpdatedAt.Add(time.Minute)
		id := conversation.SectionOrder[turn%len(conversation.SectionOrder)]
		old, _ := d.Section(id)
		th.AddRevision(conversation.Revision{Version: d.Version, Summary: sentence(r, 10), Decisions: d.DecisionCount(),
			Sections: []conversation.Section{old}, At: at})
		d.Sections = append([]conversation.Section(nil), d.Sections...)
		d.SetSection(conversation.Section{ID: id, Markdown: prose(r, 2000+r.IntN(1000))})
		d.Version++
		// Distinct texts: the turn's number and fresh words, so nothing compresses against an
		// earlier entry.
		d.Decisions = append(append([]conversation.Decision(nil), d.Decisions...), conversation.Decision{Version: d.Version,
			Summary: fmt.Sprintf("turn %d: %s", turn, sentence(r, 12)), Rationale: sentence(r, 30)})
		th.Design = &d
		th.AddTurn(conversation.Turn{Author: th.Owner, Text: prose(r, 150+r.IntN(300)), Intent: "change",
			Reply: sentence(r, 20), At: at})
		th.UpdatedAt = at
		if err := st.Save(ctx, th); err != nil {
			return fmt.Errorf("save at turn %d: %w", turn, err)
		}
	}
	return nil
}
