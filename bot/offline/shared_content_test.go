package offline

import (
	"slices"
	"testing"
)

// TestSharedThingIsNoPost gives a shared photo a title and a body, and a shared organ or tool
// neither: only content is posted.
func TestSharedThingIsNoPost(t *testing.T) {
	t.Parallel()
	cases := []struct {
		problem string
		post    bool
	}{
		{"Users share trip photos with friends.", true},
		{"Users share recipes with their followers.", true},
		{"Hospitals share organs with other transplant centres.", false},
		{"Neighbours share garden tools with each other.", false},
	}
	for _, c := range cases {
		m := modelOf(c.problem)
		i := slices.IndexFunc(m.rd.Actions, func(a action) bool { return a.Verb == "share" })
		if i < 0 {
			t.Fatalf("%q: no share in %v", c.problem, m.rd.Actions)
		}
		fs := m.actionFields(m.rd.Actions[i])
		if got := slices.Contains(fs, "body"); got != c.post {
			t.Errorf("%q: fields %q, body = %v, want %v", c.problem, fs, got, c.post)
		}
	}
}
