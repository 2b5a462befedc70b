package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/openai/openaitest"
)

// TestKnowledgeDirSetsTheHouseStack: ARCHBOT_KNOWLEDGE_DIR reaches the offline designer, and a
// mistake in it stops archbot with the file's name.
func TestKnowledgeDirSetsTheHouseStack(t *testing.T) {
	cleanEnv(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "stack.yaml"), []byte("prefer: [postgresql, kafka, gcp]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ARCHBOT_KNOWLEDGE_DIR", dir)
	out, _, err := runArgs(t, "design", "-q", "--format", "markdown", instagram)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"GCS (Google Cloud Storage)", "on Memorystore (GCP)", "(house stack)"} {
		if !strings.Contains(out, want) {
			t.Errorf("design with a GCP house stack lacks %q", want)
		}
	}

	if err := os.WriteFile(filepath.Join(dir, "stack.yaml"), []byte("prefer: [oracle]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err = runArgs(t, "design", "-q", instagram)
	if err == nil || !strings.Contains(err.Error(), "ARCHBOT_KNOWLEDGE_DIR") || !strings.Contains(err.Error(), "stack.yaml") {
		t.Errorf("bad stack: err = %v, want one naming ARCHBOT_KNOWLEDGE_DIR and stack.yaml", err)
	}
}

// TestKnowledgeDirRejectsABadArchetype: a team's archetype that fails a check stops archbot at
// start-up with the file and the field, before any design.
func TestKnowledgeDirRejectsABadArchetype(t *testing.T) {
	cleanEnv(t)
	dir := t.TempDir()
	bad := "features:\n  - id: kennels\n    name: dog boarding stays\n    entities:\n      - {name: Stay, store: kennelsdb}\n"
	if err := os.WriteFile(filepath.Join(dir, "archetypes-kennels.yaml"), []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ARCHBOT_KNOWLEDGE_DIR", dir)
	_, _, err := runArgs(t, "design", "-q", instagram)
	for _, want := range []string{"ARCHBOT_KNOWLEDGE_DIR", "archetypes-kennels.yaml", `feature "kennels"`, `store "kennelsdb" is not a component`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want one with %q", err, want)
		}
	}
}

// TestKnowledgeDirReachesTheModel: with a model configured, its prompts carry the same house
// stack and technology facts the offline fallback designs from.
func TestKnowledgeDirReachesTheModel(t *testing.T) {
	cleanEnv(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "stack.yaml"), []byte("prefer: [postgresql, kafka, gcp]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := openaitest.NewServer(t, openaitest.Archbot())
	t.Setenv("ARCHBOT_KNOWLEDGE_DIR", dir)
	t.Setenv("OPENAI_BASE_URL", srv.URL)
	if _, _, err := runArgs(t, "design", "-q", "--format", "markdown", instagram); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range srv.Requests() {
		u := r.User()
		if strings.Contains(u, "Task: section data_model") {
			found = true
			for _, want := range []string{"- database: Cloud SQL for PostgreSQL (GCP), running PostgreSQL", "- queue: Managed Service for Apache Kafka (GCP), running Kafka", "Technology facts"} {
				if !strings.Contains(u, want) {
					t.Fatalf("a section prompt lacks %q:\n%s", want, u)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no section prompt among %d requests", len(srv.Requests()))
	}
}
