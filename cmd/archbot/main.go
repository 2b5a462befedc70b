// Command archbot designs distributed systems in conversation: in a terminal, or as a Slack and
// Discord bot with `archbot serve`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const usage = `archbot designs distributed systems in conversation.

Usage:
  archbot design [--format terminal|markdown|json] [-o FILE] [-q] "<problem statement>" | -
                          print a complete design document (offline by default); - reads the
                          statement from standard input; rendered on a terminal, else Markdown
  archbot chat [--save DIR] [--thread ID]
                          talk about a design in the terminal: first line is the problem,
                          later lines are questions, changes or commands; "export" writes the
                          document into DIR (created if missing) or the current directory
  archbot serve           run the Slack and Discord bots (whichever tokens are set)
  archbot healthcheck     exit 0 if the local archbot serve answers /healthz (container HEALTHCHECK)
  archbot eval [--cases FILE[,FILE]]... [--numbers FILE] [--provider offline|openai]
                          score designs against JSONL benchmark cases (eval --help, docs/EVAL.md)
  archbot discord-invite  print the Discord invite URL with the permissions archbot needs
  archbot config [--markdown]
                          list every environment variable with its default and meaning
  archbot version         print the version

Configuration comes from environment variables: see 'archbot config'.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "archbot:", err)
		}
		os.Exit(exitCode(err))
	}
}

var errUsage = errors.New("usage")

// buildVersion is the version set at build time or, for a plain go build, what the toolchain
// recorded: the module version, or the commit it was built from.
func buildVersion() string {
	if version != "dev" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return version
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	return version
}

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	case "version", "--version":
		fmt.Fprintf(stdout, "archbot %s\n", buildVersion())
		return nil
	case "config":
		return printConfig(rest, stdout)
	case "design":
		return runDesign(ctx, rest, stdin, stdout, stderr)
	case "chat":
		return runChat(ctx, rest, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, stdout, stderr)
	case "discord-invite":
		return runDiscordInvite(rest, stdout)
	case "healthcheck":
		return runHealthcheck(ctx, rest, stdout)
	}
	fmt.Fprintf(stderr, "archbot: unknown command %q\n\n%s", cmd, usage)
	return errUsage
}

// parseInterleaved parses flags that may come before or after positional arguments, so both
// `design -o x.md "..."` and `design "..." -o x.md` work.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
