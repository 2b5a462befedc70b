package offline_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// TestConcurrentUse shares one Designer between goroutines as the engine does (sections of one
// design are written in parallel, and every thread a replica serves uses the same designer): each
// problem is designed, questioned and asked for its facts twice at once, and every answer must be
// the one a fresh designer gives alone. Under -race it is the package's check of its shared state
// (the knowledge base built once, the facts memo); `make test` runs it with the race detector and
// the rest of the package without (see the Makefile).
func TestConcurrentUse(t *testing.T) {
	problems := []string{
		"Design an Instagram-like photo sharing app for 50M DAU",
		"Design a URL shortener handling 100M new links a month",
		"Design a hotel booking system for 5,000 hotels",
		"Design Slack for 10M DAU",
		"a todo app for my family",
	}
	const question = "what if the cache fails?"
	type result struct {
		doc    string
		facts  conversation.Facts
		answer string
	}
	run := func(t *testing.T, d *offline.Designer, problem string) result {
		design := designWith(t, d, problem)
		g := grounding(design)
		answer, err := d.Answer(context.Background(), g, question)
		if err != nil {
			t.Fatalf("answer %q: %v", question, err)
		}
		return result{doc: design.Markdown(), facts: d.Facts(g), answer: answer}
	}
	want := make(map[string]result, len(problems))
	for _, p := range problems {
		want[p] = run(t, offline.New(), p)
	}

	shared := offline.New()
	t.Run("group", func(t *testing.T) {
		for _, p := range problems {
			for copy := range 2 {
				t.Run(fmt.Sprintf("%.20s/%d", p, copy), func(t *testing.T) {
					t.Parallel()
					got := run(t, shared, p)
					if got.doc != want[p].doc {
						t.Errorf("%q: the design written beside other threads differs from the one written alone", p)
					}
					if got.answer != want[p].answer {
						t.Errorf("%q: the answer given beside other threads differs:\n got %q\nwant %q", p, got.answer, want[p].answer)
					}
					if !reflect.DeepEqual(got.facts, want[p].facts) {
						t.Errorf("%q: the facts read beside other threads differ", p)
					}
				})
			}
		}
	})
}
