package offline

import "testing"

// KeepCatalogue puts the designer's catalogue back when tb ends, for a test whose LoadKnowledge
// adds a team's features and components to it.
func KeepCatalogue(tb testing.TB) {
	kb := &knowledgeBase{features: featureList, byID: features, components: components, catalog: catalog}
	tb.Cleanup(func() { kb.install() })
}

// ReadSwap reads a technology change: the new technology's id, the replaced phrase and the part.
func ReadSwap(t string) [3]string {
	ask, _ := readSwap(t)
	return [3]string{ask.tech.ID, ask.from, ask.part}
}
