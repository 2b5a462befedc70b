package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A statement compares each new item against a large collection only when a comparing verb,
// "against" (or "compared with") and a large existing collection of content agree; the content
// decides the fingerprint. One word ("a plagiarism checker"), a small collection, or things that
// are no content (passwords, addresses, scores) never make the crux.
func TestSimilarityReadsItsSignals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement  string
		kind       contentKind
		item, head string
		size       float64
	}{
		{"Design a plagiarism checker for a university: up to 6,000 submissions an hour before term deadlines, each compared against 10 million past essays.", passages, "submission", "essay", 10e6},
		{"Design a code clone detector for programming courses: students submit 20,000 assignments a week, each compared with 5 million earlier solutions from past years.", code, "assignment", "solution", 5e6},
		{"Design a bug tracker where testers file 8,000 bug reports a day and each new report is compared against the 3 million existing reports to flag likely duplicates.", nearDups, "report", "report", 3e6},
		{"Design a stock photo site where contributors upload 50,000 photos a day and each upload is matched against 200 million existing images to reject re-uploads.", images, "photo", "image", 200e6},
		{"Design a submission system for a journal: authors submit manuscripts and each manuscript is checked against all previously published articles for reused text.", passages, "manuscript", "article", 0},
		{"Design a coding-interview platform where candidates submit solutions and each solution is compared against all earlier submissions to catch copied answers.", code, "solution", "submission", 0},
	}
	for _, tt := range tests {
		s, ok := similarOf(tt.statement)
		if !ok || s.kind != tt.kind || s.item != tt.item || s.head != tt.head || s.size != tt.size {
			t.Errorf("%q: read %+v (ok %v), want kind %d comparing each %s against %g %ss", tt.statement, s, ok, tt.kind, tt.item, tt.size, tt.head)
		}
	}
	for _, s := range []string{
		"Design a price comparison site that compares prices across 5 stores for 2 million products.",
		"Design a fantasy football app where 10 million players pick teams each week and compare their scores against their friends' teams.",
		"Design a password breach checker: 2,000 sign-ups a minute, each new password checked against 600 million leaked passwords.",
		"Design an address validation service where each order address is checked against 150 million postal addresses, at 300 orders a second.",
		"Design a plagiarism checker for a university with 40,000 students.",
		"Design a contract review tool where each contract is compared against 12 standard templates.",
	} {
		if got, ok := similarOf(s); ok {
			t.Errorf("%q: read the crux %+v, want none", s, got)
		}
	}
}

// A plagiarism checker compares each submission against the past essays through a fingerprint
// index the 10 million essays size, checks in the background and indexes each checked
// submission; it keeps submissions, essays, reports and matches, never "plagiarisms", and its
// capacity has no reads per essay compared.
func TestComposedSimilarityDesign(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a plagiarism checker for a university: up to 6,000 submissions an hour before term deadlines, each compared against 10 million past essays.",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Each submission is compared against the 10M past essays; its report lists the matched passages",
					"Checking runs in the background", "A checked submission is indexed too", "Submission, Essay, Report, Match, Fingerprint"},
				conversation.CapacityID:   {"The 10M past essays size the Fingerprint index, not the request rate", "133 GB", "| Read requests | 1.7/s |"},
				conversation.Architecture: {"| Similarity checkers |", "| Fingerprint index |"},
				conversation.API:          {"202 {submission_id, status: checking}", "`/v1/submissions/{id}/report`"},
				conversation.DataFlow:     {"### Check a submission against the past essays", "winnowing", "Only then are the submission's fingerprints added"},
				conversation.DeepDive:     {"10M comparisons per submission, 16.7M/s at the peak", "a passage of 12 words or more"},
				conversation.Tradeoffs:    {"Check each submission in the background", "embeddings"}},
			absent: map[conversation.SectionID][]string{
				conversation.Requirements: {"lagiarism"}, conversation.API: {"plagiarisms"}, conversation.CapacityID: {"8.3M/s", "submission essay"}}},
		// Code: normalised tokens; the collection's rows are its own.
		{statement: "Design a code clone detector for programming courses: students submit 20,000 assignments a week, each compared with 5 million earlier solutions from past years.",
			want: map[conversation.SectionID][]string{
				conversation.DeepDive:  {"normalised fingerprints, not pairs", "identifiers and literals become placeholders", "starter code"},
				conversation.DataModel: {"| Solution |", "files_ref"},
				conversation.DataFlow:  {"uploads the assignment's files straight to Object storage"}}},
		// Short texts compared whole: MinHash buckets, and the collection is of the same things.
		{statement: "Design a bug tracker for a large software company where testers file 8,000 bug reports a day and each new report is compared against the 3 million existing reports to flag likely duplicates.",
			want: map[conversation.SectionID][]string{
				conversation.DeepDive:     {"MinHash buckets, not pairs", "20 bands of 5"},
				conversation.API:          {"`/v1/bug-reports/{id}/matches`", "202 {bug_report_id, status: checking}"},
				conversation.DataModel:    {"earlier_bug_report_id", "| LSH bucket |"},
				conversation.Architecture: {"| MinHash index |"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"`/v1/reports"}}},
		// The comparing clause is the crux's own requirement; the thesis is what people send.
		{statement: "Build a service for universities that checks every uploaded thesis against a corpus of 2 million theses, with 500 theses uploaded a day.",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Users submit theses", "Each thesis is compared against the 2M theses"},
				conversation.CapacityID:   {"≈ 4,444 fingerprints"}},
			absent: map[conversation.SectionID][]string{conversation.Requirements: {"checks theses", "create theses"}}},
		// No count: the index grows with every item checked.
		{statement: "Design a coding-interview platform where candidates submit solutions and each solution is compared against all earlier submissions to the same question to catch copied answers.",
			want: map[conversation.SectionID][]string{
				conversation.DeepDive:   {"grows with every solution kept", "normalised fingerprints"},
				conversation.CapacityID: {"grows by"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"| Submission |"}}},
	})
}

// An archetype that fits the statement keeps its own parts and gains the crux beside them; one
// whose parts already fingerprint what arrives carries it alone; a statement with no crux gains
// nothing.
func TestSimilarityBesideArchetypes(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a stock photo site where contributors upload 50,000 photos a day and each upload is matched against 200 million existing images to reject re-uploads of the same picture.")
	for id, ws := range map[conversation.SectionID][]string{
		conversation.Overview:     {"photo sharing", "| comparing each photo against the existing images | the statement says \"matched against 200 million existing images"},
		conversation.Architecture: {"| Perceptual-hash index |", "| Similarity checkers |"},
		conversation.DeepDive:     {"perceptual hashes, not pairs", "200M × 112 B ≈ 22.4 GB", "PDQ"},
		conversation.API:          {"`/v1/photos/{id}/matches`"},
	} {
		for _, w := range ws {
			if !strings.Contains(sec[id], w) {
				t.Errorf("stock photo site: %s lacks %q:\n%s", id, w, sec[id])
			}
		}
	}
	for _, s := range []string{
		// A news aggregator folds near-duplicates with its own SimHash bands.
		"Design a news aggregator that ingests 2 million articles a day from 50,000 publishers, and each new article is compared against the 30 million articles of the last month to fold near-duplicate wire stories.",
		// A Q&A site finds duplicate questions with its search's more-like-this.
		"Design a Q&A site where users ask 20,000 questions a day and each new question is checked against the 25 million existing questions to suggest duplicates before posting.",
		"Design a price comparison site that compares prices across 5 stores for 2 million products.",
		"Design an address validation service where each order address is checked against 150 million postal addresses before shipping, at 300 orders a second.",
	} {
		_, sec := renderAll(t, s)
		if strings.Contains(sec[conversation.Architecture], "Similarity checkers") {
			t.Errorf("%q: gained the similarity checkers:\n%s", s, sec[conversation.Architecture])
		}
	}
}
