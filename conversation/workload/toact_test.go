package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "12 questions with 10 seconds to answer each" is the time the crowd has to act: 1.5M players
// answering within 10 s is the rush, not the 3 s in which the tallies must show afterwards, and
// not a period of the questions.
func TestTimeToActIsTheCrowdsWindow(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A live trivia show: every night at 8pm about 1.5M players join, there are 12 questions with 10 seconds to answer each, and the answer tallies must show within 3 seconds after each question closes.")
	var answer float64
	for _, f := range rd.Flows {
		if f.Name == "answer" && f.Burst {
			answer = f.Count / f.PerSeconds
		}
		if f.Name == "question" && f.PerSeconds < 3600 {
			t.Errorf("questions read at a period of %v s: %+v", f.PerSeconds, f)
		}
	}
	if answer != 150_000 {
		t.Errorf("answers at %v a second, want 1.5M in 10 s = 150K (notes %q)", answer, rd.Notes)
	}
}

// A crowd pressing a button makes attempts at what the button does, named by it: "500k users
// hammer the buy button in the first 60 seconds" are buy attempts, not "hammer" writes.
func TestButtonPressesAreAttempts(t *testing.T) {
	t.Parallel()
	rd := workload.Read("Sneaker drops: on a drop day about 500k users hammer the buy button in the first 60 seconds for only 2,000 pairs.")
	for _, f := range rd.Flows {
		if f.Burst && f.Name != "buy attempt" {
			t.Errorf("the rush is named %q, want buy attempt (notes %q)", f.Name, rd.Notes)
		}
	}
}

// The act of a counted crowd ends at its clause: "1.5M players join, the host streams video" is
// a join, not a "join host".
func TestActEndsAtItsClause(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A live trivia show: every night at 8pm about 1.5M players join, the host streams video, and there are 12 questions.")
	for _, f := range rd.Flows {
		if f.Name == "join host" {
			t.Errorf("flows %+v: the host is no object of the players' join", rd.Flows)
		}
	}
}
