package slack

import (
	"context"
	"testing"
	"time"
)

func TestPacerBurstThenInterval(t *testing.T) {
	p := newPacer(50*time.Millisecond, 3)
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < 3; i++ {
		if err := p.wait(ctx, "C1"); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d > 40*time.Millisecond {
		t.Fatalf("burst of 3 took %v, want immediate", d)
	}
	for i := 0; i < 2; i++ {
		if err := p.wait(ctx, "C1"); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Fatalf("5 posts took %v, want at least 2 intervals (100ms)", d)
	}
	// Another channel has its own budget.
	other := time.Now()
	if err := p.wait(ctx, "C2"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(other); d > 40*time.Millisecond {
		t.Fatalf("first post in another channel waited %v", d)
	}
}

func TestPacerHonoursContext(t *testing.T) {
	p := newPacer(time.Hour, 1)
	_ = p.wait(context.Background(), "C1")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.wait(ctx, "C1"); err == nil {
		t.Fatal("wait returned nil on a cancelled context")
	}
}
