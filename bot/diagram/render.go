package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// ErrUnavailable is returned by PNG and SVG when Graphviz's dot is not installed; callers post the
// Mermaid text instead.
var ErrUnavailable = errors.New("graphviz dot is not installed (install the graphviz package)")

// Build returns both text forms of the components' diagram.
func Build(components []conversation.Component) conversation.Diagram {
	return conversation.Diagram{Mermaid: Mermaid(components), DOT: DOT(components)}
}

// Available reports whether dot is on the PATH, so PNG and SVG can render.
func Available() bool {
	_, err := exec.LookPath("dot")
	return err == nil
}

// pngDPI makes the PNG sharp on high-density screens; chat clients scale it down to fit.
const pngDPI = "144"

// PNG renders DOT source to a PNG image with Graphviz.
func PNG(ctx context.Context, dot string) ([]byte, error) {
	return render(ctx, dot, "-Tpng", "-Gdpi="+pngDPI)
}

// SVG renders DOT source to an SVG image with Graphviz.
func SVG(ctx context.Context, dot string) ([]byte, error) {
	return render(ctx, dot, "-Tsvg")
}

func render(ctx context.Context, dot string, args ...string) ([]byte, error) {
	path, err := exec.LookPath("dot")
	if err != nil {
		return nil, fmt.Errorf("render diagram %s: %w", args[0], ErrUnavailable)
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdin = strings.NewReader(dot)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("render diagram %s: %w", args[0], ctx.Err())
		}
		return nil, fmt.Errorf("render diagram %s: %w: %s", args[0], err, firstLines(stderr.String(), 3))
	}
	if out.Len() == 0 {
		return nil, fmt.Errorf("render diagram %s: dot wrote nothing: %s", args[0], firstLines(stderr.String(), 3))
	}
	return out.Bytes(), nil
}

// firstLines keeps an error message short when dot reports a syntax error on every line.
func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "; ")
}
