package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A game server that runs tournaments designs them: the rounds, the pairing job between rounds,
// the burst when every board of a round starts, and the standings with their tie-breaks, sized
// from the stated field. The game design's "Tournaments" out-of-scope line goes, and the
// self-review no longer says they were asked for but not designed.
func TestTournamentsDesigned(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"online chess server with tournaments. ~150k concurrent players at peak, average game is 10 minutes, each player makes about 40 moves per game. clocks must be accurate to 100ms and a move must be applied exactly once even if the client retries. swiss tournaments up to 5k players with pairings computed between rounds. store every game forever in PGN (~1KB each).",
		"Design a go server where 40,000 players play blitz online against each other; it hosts weekly Swiss events of up to 5,000 players, each round paired from the standings.",
		"Our chess site needs knockout tournaments with brackets for up to 512 players on top of the live games, clocks and spectators.",
	} {
		g, sec := renderAll(t, statement)
		checkSays(t, statement, sec[conversation.Architecture], []string{"Tournament service", "Round pairing job", "Tournament lobby push"}, nil)
		checkSays(t, statement, sec[conversation.DataModel], []string{"| Tournament |", "| Registration |", "| Round |", "| Pairing |", "| Standing |"}, nil)
		checkSays(t, statement, sec[conversation.DeepDive], []string{"Tournament rounds", "Buchholz", "Sonneborn-Berger", "bye", "created before the start signal"}, nil)
		checkSays(t, statement, sec[conversation.API], []string{"/v1/tournaments/{id}/lobby"}, nil)
		reqs := strings.Join(slices.Concat(g.Requirements.Functional, g.Requirements.OutOfScope), "\n")
		checkSays(t, statement, reqs, nil, []string{"Tournaments (arena and Swiss pairing rules)"})
		checkSays(t, statement, sec[conversation.Tradeoffs], nil, []string{"Asked for but not designed: “tournaments”", "“swiss tournaments”"})
	}
}

// The field the statement caps sizes the rounds: a Swiss event needs log2(field) rounds, each
// field/2 boards at once; the stated format is listed first.
func TestTournamentRoundsFromField(t *testing.T) {
	t.Parallel()
	statement := "online chess server; swiss tournaments up to 5k players with pairings computed between rounds"
	_, sec := renderAll(t, statement)
	checkSays(t, statement, sec[conversation.DeepDive], []string{"about 13 rounds", "2,500 games at once"}, nil)
	checkSays(t, statement, sec[conversation.Requirements], []string{"stated Swiss format first"}, []string{"stated round-robin format", "stated elimination format"})
	statement = "a checkers platform where players register for round-robin tournaments and see the next round's pairings live"
	_, sec = renderAll(t, statement)
	checkSays(t, statement, sec[conversation.Requirements], []string{"stated round-robin format first"}, []string{"stated Swiss format"})
	for field, rounds := range map[float64]float64{5000: 13, 1000: 10, 512: 9, 64: 6, 2: 1} {
		if got := swissRounds(field); got != rounds {
			t.Errorf("swissRounds(%v)=%v, want %v", field, got, rounds)
		}
	}
}

// "Tournament" in a sport's fixtures, a bet, a fantasy league, a quiz or a parade, and a chess
// club's sign-up sheet, design no pairing job.
func TestTournamentsNotElsewhere(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Live scores and fixtures for a football tournament with 32 teams, knockout rounds and 2M fans following on match days",
		"A betting app where punters bet on esports tournament matches with live odds, 300k bets an hour at peak",
		"A fantasy league where friends pick players and the tournament standings update after every round of matches",
		"A pub quiz tournament app: 400 teams answer trivia rounds on their phones and see a live leaderboard",
		"Route planning and crowd control for the Tournament of Roses parade with 700,000 spectators",
		"a chess club's website where members sign up for the weekend tournament",
		"Design an online chess server with matchmaking by rating, time controls and spectators; 500k concurrent games at peak.",
	} {
		if got, _ := detect(statement); slices.Contains(got, "tournaments") {
			t.Errorf("%q: detected tournaments in %v", statement, got)
		}
		_, sec := renderAll(t, statement)
		if strings.Contains(sec[conversation.Architecture], "Round pairing job") {
			t.Errorf("%q: designs a pairing job:\n%s", statement, sec[conversation.Architecture])
		}
	}
}

// A game server's rules are the named game's: a chess server validates chess moves and says
// nothing of backgammon dice, go's ko or a word game's tile bag; a statement that names no game
// keeps the examples of several.
func TestBoardGameRulesOfTheNamedGame(t *testing.T) {
	t.Parallel()
	others := map[string][]string{
		"chess":      {"backgammon", "tile bag", " ko ", "ko and superko", "dice", "SGF"},
		"go":         {"backgammon", "tile bag", "castling", "50-move", "PGN"},
		"backgammon": {"tile bag", "castling", " ko ", "PGN for chess"},
	}
	for game, statement := range map[string]string{
		"chess":      "online chess server with 150k concurrent players; clocks must be accurate to 100ms and a move applied exactly once; store every game forever in PGN",
		"go":         "a site where people play go against each other online with blitz and correspondence games, with ratings",
		"backgammon": "an online backgammon server where players move against opponents with clocks, 50k concurrent games",
	} {
		g, sec := renderAll(t, statement)
		text := strings.Join([]string{strings.Join(g.Requirements.Functional, "\n"), sec[conversation.DataFlow], sec[conversation.Security]}, "\n")
		checkSays(t, statement, text, []string{"rules of the game being played"}, others[game])
	}
	statement := "Design an online board game server for 200k concurrent games with spectators and clocks"
	g, _ := renderAll(t, statement)
	checkSays(t, statement, strings.Join(g.Requirements.Functional, "\n"), []string{"captures and ko in go", "moves the dice allow in backgammon"}, nil)
}
