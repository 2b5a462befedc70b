package offline

import (
	"regexp"
	"strings"
	"testing"
)

// exampleScale matches a count of millions or billions ("80 billion plays a month", "2 million
// readers open the map").
var exampleScale = regexp.MustCompile(`(?i)\b\d[\d,.]* (million|billion)\b`)

// statedScale returns a count of millions or billions that s states as a fact, or "": a unit
// converted ("a petabyte is about 8 million blocks") is arithmetic, not a load.
func statedScale(s string) string {
	for _, loc := range exampleScale.FindAllStringIndex(s, -1) {
		if !strings.HasSuffix(s[:loc[0]], " is about ") {
			return s[loc[0]:loc[1]]
		}
	}
	return ""
}

// TestArchetypeTextsStateNoExampleScale keeps the pattern's own example load out of the text a
// design shows as the user's situation: its capacity note, use cases and deep-dive titles. A
// community radio's 5,000 listeners read "80 billion plays a month" as their own figure; the
// workload's figures ({peak_write}) or a phrase without a number say it for any load.
func TestArchetypeTextsStateNoExampleScale(t *testing.T) {
	for _, f := range featureList {
		texts := append([]string{f.CapacityNote}, f.UseCases...)
		for _, d := range f.Deep {
			texts = append(texts, d.Title)
		}
		for _, s := range texts {
			if m := statedScale(s); m != "" {
				t.Errorf("%s states its example's scale %q in %q", f.ID, m, s)
			}
		}
	}
}

// TestRoyaltiesDesignKeepsItsOwnScale: a small royalties statement is not told about billions.
func TestRoyaltiesDesignKeepsItsOwnScale(t *testing.T) {
	_, sec := renderAll(t, "Design a royalties ledger for an indie label: two streaming services send monthly usage files, about 40,000 plays a month, split among 300 artists")
	var doc strings.Builder
	for _, s := range sec {
		doc.WriteString(s)
	}
	for _, bad := range []string{"80 billion", "billions of plays"} {
		if strings.Contains(doc.String(), bad) {
			t.Errorf("design says %q, which the statement never did", bad)
		}
	}
}
