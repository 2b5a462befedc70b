package diagram_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/diagram"
)

func TestRender(t *testing.T) {
	mustDot(t)
	if !diagram.Available() {
		t.Fatalf("Available()=false with dot on PATH")
	}
	d := diagram.Build(photoSharing(t))
	png, err := diagram.PNG(context.Background(), d.DOT)
	if err != nil {
		t.Fatalf("PNG: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("PNG starts %q, want the PNG signature", png[:min(8, len(png))])
	}
	svg, err := diagram.SVG(context.Background(), d.DOT)
	if err != nil {
		t.Fatalf("SVG: %v", err)
	}
	if !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("Metadata DB")) {
		t.Fatalf("SVG lacks <svg or a component name:\n%.300s", svg)
	}
}

func TestRenderErrors(t *testing.T) {
	mustDot(t)
	t.Run("syntax error", func(t *testing.T) {
		_, err := diagram.PNG(context.Background(), "digraph { a -> }")
		if err == nil || !strings.Contains(err.Error(), "syntax error") {
			t.Fatalf("err=%v, want dot's syntax error", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := diagram.PNG(ctx, diagram.DOT(photoSharing(t)))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err=%v, want context.Canceled", err)
		}
	})
	t.Run("graphviz missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		if diagram.Available() {
			t.Fatalf("Available()=true with an empty PATH")
		}
		_, err := diagram.PNG(context.Background(), "digraph {}")
		if !errors.Is(err, diagram.ErrUnavailable) || !strings.Contains(err.Error(), "graphviz") {
			t.Fatalf("err=%v, want ErrUnavailable naming graphviz", err)
		}
	})
}
