package offline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
)

// Knowledge is what a team adds to the embedded knowledge base from a directory of its own
// (ARCHBOT_KNOWLEDGE_DIR): features and components in archetypes-*.yaml and components-*.yaml
// files, detection entries in capabilities-*.yaml files, each shaped exactly like the embedded
// knowledge files of the same name, and its house stack in stack.yaml.
type Knowledge struct {
	caps  map[string]*capability // embedded entries plus the team's; nil means the embedded ones
	stack *houseStack
	// Files are the files read, for the log line that says what a deployment runs with.
	Files []string
}

// Stack is the house stack as declared ("postgresql", "kafka", "gcp"); empty without one.
func (k *Knowledge) Stack() []string {
	if k == nil || k.stack == nil {
		return nil
	}
	return slices.Clone(k.stack.prefer)
}

// detect is the package's detect over the team's entries too, when it added any; a nil
// Knowledge detects with the embedded entries.
func (k *Knowledge) detect(statement string) ([]string, map[string]string) {
	if k != nil && k.caps != nil {
		return detectWith(k.caps, statement)
	}
	return detect(statement)
}

// houseStack is the team's stack, or nil.
func (k *Knowledge) houseStack() *houseStack {
	if k == nil {
		return nil
	}
	return k.stack
}

// LoadKnowledge reads a team's knowledge directory. Its features and components are checked with
// the embedded ones and each capabilities file is validated with the embedded ones, as they are,
// and its samples must detect what they claim, so a team's mistake fails at start-up with the
// file's name rather than as a quietly worse design.
//
// A team's features and components join the catalogue every design of the process reads, as
// ARCHBOT_KNOWLEDGE_DIR configures the whole process: call LoadKnowledge once, at start-up,
// before any design. A directory that fails to load leaves the catalogue as it was.
func LoadKnowledge(dir string) (*Knowledge, error) {
	k := &Knowledge{}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("load knowledge: %w", err)
	}
	prev, files, err := installTeamCatalogue(dir)
	if err != nil {
		return nil, err
	}
	k.Files = files
	loaded := false
	defer func() {
		if !loaded && prev != nil {
			prev.install()
		}
	}()
	names, err := filepath.Glob(filepath.Join(dir, "capabilities-*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("load knowledge %s: %w", dir, err)
	}
	sort.Strings(names)
	docs := [][]byte{capabilitiesYAML}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("load knowledge: %w", err)
		}
		if err := checkTeamCapabilities(b); err != nil {
			return nil, fmt.Errorf("load knowledge %s: %w", n, err)
		}
		docs = append(docs, b)
		k.Files = append(k.Files, n)
	}
	if len(names) > 0 {
		// Each file passed alone; together they may still define one pattern or entry twice.
		if k.caps, err = loadCapabilities(bytes.Join(docs, []byte("\n---\n"))); err != nil {
			return nil, fmt.Errorf("load knowledge %s: the capabilities files together: %w", dir, err)
		}
	}
	stackPath := filepath.Join(dir, "stack.yaml")
	b, err := os.ReadFile(stackPath)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		return nil, fmt.Errorf("load knowledge: %w", err)
	default:
		if k.stack, err = parseStack(b); err != nil {
			return nil, fmt.Errorf("load knowledge %s: %w", stackPath, err)
		}
		k.Files = append(k.Files, stackPath)
	}
	if len(k.Files) == 0 {
		return nil, fmt.Errorf("load knowledge %s: no archetypes-*.yaml, components-*.yaml, capabilities-*.yaml or stack.yaml there", dir)
	}
	loaded = true
	return k, nil
}

// installTeamCatalogue merges the team's archetypes-*.yaml and components-*.yaml files (in name
// order) after the embedded ones, checks the result and installs it. It returns the catalogue it
// replaced (nil when the directory has none of these files) and the files read.
func installTeamCatalogue(dir string) (*knowledgeBase, []string, error) {
	var names []string
	for _, pattern := range []string{"archetypes-*.yaml", "components-*.yaml"} {
		found, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, nil, fmt.Errorf("load knowledge %s: %w", dir, err)
		}
		names = append(names, found...)
	}
	if len(names) == 0 {
		return nil, nil, nil
	}
	sort.Strings(names)
	srcs, err := embeddedSources()
	if err != nil {
		return nil, nil, fmt.Errorf("load knowledge: %w", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, nil, fmt.Errorf("load knowledge: %w", err)
		}
		srcs = append(srcs, catalogueSource{name: n, data: b, team: true})
	}
	kb, err := buildBase(srcs)
	if err != nil {
		return nil, nil, fmt.Errorf("load knowledge: %w", err)
	}
	return kb.install(), names, nil
}

// checkTeamCapabilities compiles one team file with the embedded entries and runs its samples.
func checkTeamCapabilities(data []byte) error {
	caps, err := loadCapabilities(bytes.Join([][]byte{capabilitiesYAML, data}, []byte("\n---\n")))
	if err != nil {
		return err
	}
	f, err := decodeDetection(data)
	if err != nil {
		return err
	}
	check := func(who, s string, ids []string, want bool) error {
		got, _ := detectWith(caps, s)
		for _, id := range ids {
			if slices.Contains(got, id) != want {
				verb := "does not detect"
				if !want {
					verb = "detects"
				}
				return fmt.Errorf("%s: sample %q %s %s", who, s, verb, id)
			}
		}
		return nil
	}
	for _, c := range f.Capabilities {
		for _, s := range c.Samples {
			if err := check("capability "+c.ID, s, []string{c.ID}, true); err != nil {
				return err
			}
		}
		for _, s := range c.Not {
			if err := check("capability "+c.ID, s, []string{c.ID}, false); err != nil {
				return err
			}
		}
	}
	for _, p := range f.Products {
		for _, s := range p.Samples {
			if err := check(fmt.Sprintf("product %v", p.Names), s, p.Gives, true); err != nil {
				return err
			}
		}
		for _, s := range p.Not {
			if err := check(fmt.Sprintf("product %v", p.Names), s, p.Gives, false); err != nil {
				return err
			}
		}
	}
	return nil
}
