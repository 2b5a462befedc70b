package offline

// A noun with several senses is read in the one the words around it call for, never by the noun
// alone: a "score" beside fans, a league and a kick-off is a match's score, beside students, an
// exam and a grade it is a mark out of a total; a "match" beside fixtures and a league is a game
// played, beside singles and swipes a pairing; a "goal" beside a match is scored, beside steps
// and savings it is a target. The sense with more of its words in the statement wins; with none,
// or a tie, the noun keeps its usual reading (nounClasses).

// nounSense is one sense of an ambiguous noun: the words that call for it and what a thing of
// that sense holds (nil: nothing beyond its usual reading, only that the other sense is wrong).
type nounSense struct {
	noun    string
	context []string // whole words, or beginnings with a trailing *
	fields  []string
}

// sportWords are what a statement about a real sport's matches says around its nouns.
var sportWords = []string{"fans", "supporters", "spectators", "match", "matches", "fixture*", "league*", "kickoff",
	"goal", "goals", "cup", "football", "soccer", "rugby", "hockey", "cricket", "basketball", "baseball", "nba", "nfl", "netball",
	"tennis", "innings", "wicket*", "referee*", "stadium*", "club", "clubs", "teams", "tournament*", "halftime"}

var nounSenses = []nounSense{
	{"score", sportWords, []string{"home", "away", "period", "as_of_seq (the match event it follows)"}},
	{"score", []string{"student*", "pupil*", "exam*", "grade*", "grading", "teacher*", "assignment*", "test", "tests", "quiz*", "marks",
		"marking", "assessor*", "coursework", "essay*"}, []string{"points", "out_of", "comments"}},
	{"match", sportWords, []string{"home_team_id", "away_team_id", "kicks_off_at", "venue"}},
	{"match", []string{"dating", "singles", "swipe*", "mentor*", "mentee*", "candidate*", "donor*", "recipient*", "tutor*", "roommate*",
		"buyer*", "seller*", "riders", "drivers"}, nil},
	{"goal", sportWords, []string{"match_id", "team_id", "player_id", "minute"}},
	{"goal", []string{"step", "steps", "saving*", "fitness", "habit*", "workout*", "weight", "budget*", "target*", "okr*", "streak*"},
		[]string{"target", "unit", "due_on", "progress"}},
}

// senseOf is the sense of noun the statement's words call for, if one has more of its words in
// them than any other; the noun itself is never its own context.
func senseOf(noun string, words []string) (nounSense, bool) {
	var best nounSense
	most, tie := 0, false
	for _, s := range nounSenses {
		if s.noun != noun {
			continue
		}
		n := 0
		for _, c := range s.context {
			if singularNoun(c) != noun && saysAny(words, "", []string{c}) {
				n++
			}
		}
		switch {
		case n > most:
			best, most, tie = s, n, false
		case n == most && n > 0:
			tie = true
		}
	}
	return best, most > 0 && !tie
}

// nounFields are what a thing's own noun holds in the sense the statement uses it in.
func (m model) nounFields(e string) []string {
	if s, ok := senseOf(lastWord(e), m.rd.words); ok {
		if s.fields != nil {
			return s.fields
		}
		return nil // the other sense's fields would be wrong, and this one adds none
	}
	return nounFields(e)
}
