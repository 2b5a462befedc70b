package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A lottery or raffle ticket is an entry in a draw: no seats, seat maps or holds.
func TestDrawTicketsAreNoSeats(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"A national lottery's draw results service: 9 million tickets a week, results published within a minute of the draw to the website and 40,000 retail terminals",
		"a state lotto where players buy tickets at 12,000 shops until 7pm and the jackpot numbers are drawn at 8pm",
		"an online raffle platform for school fundraisers: parents buy tickets, prizes are drawn live on Friday",
	} {
		text := strings.ToLower(eval.Text(design(t, prompt)))
		for _, absent := range []string{"seat-map", "selling a seat twice", "seat hold"} {
			if strings.Contains(text, absent) {
				t.Errorf("%q: a draw's tickets designed as seats (%q)", prompt, absent)
			}
		}
	}
}
