package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
)

// A question that names parts of the design (a lane's barrier, a pay machine, a sign) is answered
// from what the design says of those parts, or says it does not know; never from a part of
// another kind of system that shares a word, nor with what a stateless server does when it fails.
func TestAnswerFromTheNamedParts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	park := grounding(design(t, garages))
	for _, tc := range []struct {
		q         string
		say, dont []string
	}{
		{"how does the barrier know a permit is valid?", []string{"permit"}, []string{"There is no", "Encrypted storage"}},
		{"what if an exit barrier breaks?", []string{"Entry and exit lanes"}, []string{"stateless", "instances across zones", "I read that as a change"}},
		{"what happens if a pay machine loses power?", []string{"Pay stations"}, []string{"stateless", "instances across zones"}},
		{"how does the level sign learn that a space freed up?", []string{"sign"}, []string{"Allocating a space"}},
	} {
		in, err := d.Interpret(ctx, park, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		a := in.Unsupported + in.Reply
		if in.Intent == "question" {
			if a, err = d.Answer(ctx, park, tc.q); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range tc.say {
			if !strings.Contains(strings.ToLower(a), strings.ToLower(s)) {
				t.Errorf("%q: answer does not say %q:\n%s", tc.q, s, a)
			}
		}
		for _, s := range tc.dont {
			if strings.Contains(a, s) {
				t.Errorf("%q: answer says %q:\n%s", tc.q, s, a)
			}
		}
	}
}
