package offline

import "testing"

// A translation memory or a CAT tool's backend is its own design, told by its names (CAT tool,
// Trados, memoQ), by "translation memory" where no translation engine is the subject, or by the
// work of translators in an editor (fuzzy matches, termbases, TMX, segments) beside translating.
// A translation API keeps mt even where it keeps customers' memories; a marketplace where
// translators bid keeps tender; an app-string localisation platform, document search and a spell
// checker are none of it.
func TestDetectTranslationMemory(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Design a translation memory service for 600 translators; while they work, each translator's editor asks for fuzzy matches every 20 seconds against 40 million stored segments", []string{"transmem"}, []string{"mt", "generic", "search"}},
		{"Design the backend of a CAT tool", []string{"transmem"}, []string{"mt", "generic"}},
		{"Design a translation memory for a language service provider with 2,000 freelance translators who share TMs per client and import TMX files", []string{"transmem"}, []string{"mt", "tender", "sharing"}},
		{"Our legal translation team of 40 shares TMs and a termbase; contracts must stay confidential per client", []string{"transmem"}, []string{"mt"}},
		{"subtitle translation with translation memory for a streaming company's 300 subtitlers", []string{"transmem"}, []string{"mt", "video", "media"}},
		{"a computer-assisted translation platform where linguists get fuzzy matches and concordance search, with machine translation as a fallback", []string{"transmem"}, []string{"mt", "search"}},
		{"Build a memoQ-server-like TM server: 5,000 linguists, 300 million TUs, lookups under 200 ms at p95", []string{"transmem"}, []string{"mt"}},
		{"Design Google Translate", []string{"mt"}, []string{"transmem"}},
		{"a translation API that translates text and documents between 100 languages, with customers' glossaries and translation memories", []string{"mt"}, []string{"transmem"}},
		{"Design a machine translation service like DeepL", []string{"mt"}, []string{"transmem"}},
		{"a localization platform like Crowdin that syncs string files from GitHub with translation memory and ships them over the air", nil, []string{"transmem"}},
		{"2,000 freelance translators bid on translation jobs posted by 300 agencies", []string{"tender"}, []string{"transmem"}},
		{"Design a search engine for documents", nil, []string{"transmem"}},
		{"Design a spell checker for a word processor", nil, []string{"transmem"}},
	})
}
