package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal cols columns wide and returns its two ends: archbot writes to
// the terminal end, the test reads what a screen would show from the other.
func openPTY(t *testing.T, cols int) (screen, terminal *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open a pseudo-terminal (/dev/ptmx) to test terminal rendering: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlock pty: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatalf("pty number: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open pty %d: %v", n, err)
	}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 50, Col: uint16(cols)}); err != nil {
		t.Fatalf("size pty: %v", err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;?]*[A-Za-z]")

// onTerminal runs archbot with its standard output on a terminal cols columns wide and stdin
// from a pipe, and returns what the screen shows, escape sequences removed.
func onTerminal(t *testing.T, cols int, stdin string, args ...string) string {
	t.Helper()
	screen, terminal := openPTY(t, cols)
	cmd := exec.Command(archbotBinary(t), args...)
	cmd.Env = userEnv()
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stdout = terminal
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	terminal.Close() // the child holds it now; reading ends when the child exits
	shown := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(screen) // ends with EIO once no one holds the terminal end
		shown <- b
	}()
	err := cmd.Wait()
	out := strings.ReplaceAll(ansiEscape.ReplaceAllString(string(<-shown), ""), "\r", "")
	if err != nil {
		t.Fatalf("archbot %v on a terminal: %v\n%.800s", args, err, out)
	}
	return out
}

// checkRendered fails the test if out shows raw Markdown tables or emphasis, or a line wider than
// the terminal.
func checkRendered(t *testing.T, out string, cols int) {
	t.Helper()
	if strings.Contains(out, "\n| ") || strings.Contains(out, "|---|") || strings.Contains(out, "**") {
		t.Errorf("raw Markdown tables or emphasis on the terminal:\n%.1500s", out)
	}
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(strings.TrimRight(line, " ")); n > cols && !strings.HasPrefix(line, "(") {
			t.Errorf("line %d is %d columns on a %d-column terminal: %.120q", i+1, n, cols, line)
		}
	}
}

// On a terminal the design is rendered for it: no Markdown heading marks or table pipes left
// raw, and no line wider than the terminal.
func TestCLIDesignIsRenderedOnATerminal(t *testing.T) {
	const cols = 80
	out := onTerminal(t, cols, "", "design", "-q", instagram)
	if !strings.Contains(out, "Back-of-the-envelope capacity") || !strings.Contains(out, "Instagram") {
		t.Fatalf("the design is not on the screen:\n%.800s", out)
	}
	checkRendered(t, out, cols)
}

// chat renders its replies for the terminal too; its own notes in parentheses stay plain.
func TestCLIChatIsRenderedOnATerminal(t *testing.T) {
	const cols = 72
	out := onTerminal(t, cols, instagram+"\nhow do you handle a cache stampede?\n", "chat")
	if !strings.Contains(out, "Back-of-the-envelope capacity") || !strings.Contains(out, "stampede") {
		t.Fatalf("the conversation is not on the screen:\n%.800s", out)
	}
	checkRendered(t, out, cols)
}
