package bot_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
)

// FuzzParseCommand: every follow-up a user types goes through the command parser first. It must
// never panic, and what it accepts must be a command the engine knows, with a section only for
// the commands that take one.
func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"show capacity", "@archbot export md", "/regen api", "archbot undo",
		"show back-of-the-envelope capacity", "help me", "SHOW   Data_Model", "regenerate", "  ", "export pdf"} {
		f.Add(s)
	}
	known := map[string]bool{"show": true, "export": true, "diagram": true, "status": true, "history": true,
		"undo": true, "regenerate": true, "help": true}
	f.Fuzz(func(t *testing.T, text string) {
		cmd, ok := bot.ParseCommand(text)
		if !ok {
			return
		}
		if !known[cmd.Name] {
			t.Fatalf("ParseCommand(%q) = unknown command %q", text, cmd.Name)
		}
		takesSection := cmd.Name == "show" || cmd.Name == "regenerate"
		if takesSection != (cmd.Section != "") {
			t.Fatalf("ParseCommand(%q) = %+v: a section must come with show and regenerate only", text, cmd)
		}
		if strings.TrimSpace(text) == "" {
			t.Fatalf("ParseCommand accepted blank text %q", text)
		}
	})
}
