package main

import (
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
	"golang.org/x/term"
)

// readableWidth caps the wrap width on a wide terminal: prose much wider than this is hard to
// follow, and a design is mostly prose.
const readableWidth = 100

// terminalWidth reports whether w is a terminal and, if so, its width in columns (80 when the
// terminal does not say).
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return width, true
}

// terminalRenderer renders Markdown for a terminal width columns wide: headings and emphasis
// styled, tables drawn, paragraphs wrapped. It uses glamour's dark style rather than asking the
// terminal for its background, which a terminal that does not answer turns into a pause;
// colours follow NO_COLOR and CLICOLOR_FORCE.
func terminalRenderer(width int) (func(markdown string) (string, error), error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(styles.DarkStyle),
		glamour.WithWordWrap(min(width, readableWidth)-2*glamourMargin),
		glamour.WithColorProfile(termenv.EnvColorProfile()),
	)
	if err != nil {
		return nil, fmt.Errorf("set up the terminal renderer: %w", err)
	}
	return func(md string) (string, error) {
		out, err := r.Render(md)
		if err != nil {
			return "", fmt.Errorf("render for the terminal: %w", err)
		}
		return out, nil
	}, nil
}

// glamourMargin is the left margin of glamour's standard styles, which the wrap width does not
// include.
const glamourMargin = 2
