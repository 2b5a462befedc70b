package conversation

// Facts are what the designer's knowledge base holds about one design: the capabilities the
// statement asks for, the properties and failure modes of the technologies chosen, and the team's
// house stack. The offline designer writes from them; a model is given them, so the two agree on
// facts and differ in prose.
type Facts struct {
	Capabilities []CapabilityFact
	Technologies []TechnologyFact
	// Stack is the house stack, one line per kind it covers ("database: PostgreSQL on Cloud SQL").
	Stack []string
	// Strains say where the house stack strains at this design's figures, with what would fit.
	Strains []string
}

// CapabilityFact is one detected capability and the statement's words that decided it.
type CapabilityFact struct {
	ID   string
	Name string
	Why  string
}

// TechnologyFact is one technology the design uses, as the knowledge base describes it.
type TechnologyFact struct {
	Name string
	// Used lists the components on it.
	Used         []string
	Model        string
	Queries      string
	Consistency  string
	Transactions string
	// Limits is what one unit serves ("one shard primary: ~5000 writes/s, 20K reads/s, 2 TB").
	Limits     string
	Fails      string
	Load       string
	Mitigation string
}
