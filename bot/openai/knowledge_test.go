package openai_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
)

// TestPromptsCarryTheKnowledgeBase: with the offline designer as its knowledge base, every
// prompt gives the model what the offline designer would write from: the capabilities it
// detects, the chosen technologies' properties and failure modes, and the house stack.
func TestPromptsCarryTheKnowledgeBase(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "stack.yaml"), []byte("prefer: [postgresql, gcp]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	k, err := offline.LoadKnowledge(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := openaitest.NewServer(t, openaitest.Sequence(openaitest.Reply(componentsJSON), openaitest.Reply("## Data model\n\nok")))
	d := MustDesigner(t, srv, func(c *openai.Config) { c.Knowledge = offline.New(offline.Options{Knowledge: k}) })
	ctx := context.Background()
	if _, err := d.Components(ctx, grounding()); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Section(ctx, grounding(), conversation.DataModel); err != nil {
		t.Fatal(err)
	}
	for i, r := range srv.Requests() {
		user := r.User()
		for _, want := range []string{
			"Capabilities the statement asks for", "- photo (",
			"House stack", "- database: Cloud SQL for PostgreSQL (GCP), running PostgreSQL", "- storage: GCS (GCP), running S3",
			"Technology facts", "- PostgreSQL (Metadata DB): relational tables", "one shard primary: ~5,000 writes/s", "Failure: the primary of a shard",
		} {
			if !strings.Contains(user, want) {
				t.Errorf("prompt %d lacks %q", i, want)
			}
		}
	}
	if n := len(srv.Requests()); n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
}
