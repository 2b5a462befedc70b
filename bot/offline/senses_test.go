package offline

import (
	"strings"
	"testing"
)

// A noun with several senses holds what the sense its neighbours call for holds: a match's
// score is home and away, a pupil's is points out of a total; a goal scored in a match has a
// minute, a goal set for steps has a target.
func TestNounSenseFromContext(t *testing.T) {
	tests := []struct {
		problem, entity string
		want, not       []string
	}{
		{"Parents record the score of each under-11 game and the club's families see it", "Score",
			[]string{"home", "away"}, []string{"out_of"}},
		{"Stewards record the score of every rugby fixture and supporters see it", "Score",
			[]string{"home", "away"}, []string{"out_of"}},
		{"Teachers record a score for each pupil's essay and parents see them", "Score",
			[]string{"points", "out_of"}, []string{"home", "away"}},
		{"Coaches log every goal of the season's matches and players see their own", "Goal",
			[]string{"minute", "player_id"}, []string{"target"}},
		{"Members set a goal for their weekly steps and see their progress", "Goal",
			[]string{"target", "progress"}, []string{"minute"}},
	}
	for _, tt := range tests {
		var fields string
		for _, e := range composed(tt.problem).Entities {
			if e.Name == tt.entity {
				fields = e.Fields
			}
		}
		if fields == "" {
			t.Errorf("%q: no %s entity", tt.problem, tt.entity)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(fields, w) {
				t.Errorf("%q: %s fields %q lack %q", tt.problem, tt.entity, fields, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(fields, w) {
				t.Errorf("%q: %s fields %q hold %q, a field of the noun's other sense", tt.problem, tt.entity, fields, w)
			}
		}
	}
}

// With no words for either sense, or as many for each, the noun keeps its usual reading.
func TestNounSenseUndecided(t *testing.T) {
	for _, words := range [][]string{
		wordsOf("judges record a score for each entry"),
		wordsOf("a score that students and fans both see"),
	} {
		if s, ok := senseOf("score", words); ok {
			t.Errorf("%v: sense %v, want none", words, s.fields)
		}
	}
}
