package offline

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Judging code is CPU time: every submission runs its tests one after another in a sandbox of one
// core, so the runners a peak needs are the submissions a second times the seconds each one
// runs. The statement often says the tests ("each submission runs against 100 tests") or the
// limit ("a 10 second limit"); what it leaves out is assumed and said so.

var (
	// testsRe finds how many tests a submission runs: "100 tests", "against 40 hidden test cases".
	testsRe = regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+(?:hidden\s+|test\s+)?(?:tests|test cases|testcases)\b`)
	// runLimitRe finds a run's time limit: "a 10 second limit", "time limit of 2 s".
	runLimitRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)[- ]?(?:seconds?|secs?|s)\s+(?:time\s+|cpu\s+|run\s+)?limit\b|\btime limit of (\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b`)
)

// secondsPerTest is what one test of a typical submission runs: most finish well inside their
// limit, a few run to it.
const secondsPerTest = 0.5

// judgeRun is the seconds of one core a submission takes, and how that was found.
func judgeRun(problem string) (seconds float64, how string) {
	if m := testsRe.FindStringSubmatch(problem); m != nil {
		if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil && n > 0 {
			return n * secondsPerTest, fmt.Sprintf("%s tests (stated) × %.1f s a test (assumed)", conversation.Human(n), secondsPerTest)
		}
	}
	if m := runLimitRe.FindStringSubmatch(problem); m != nil {
		s := m[1] + m[2]
		if limit, err := strconv.ParseFloat(s, 64); err == nil && limit > 0 {
			// With no tests given, size for the stated limit: at a deadline, wrong and
			// looping answers run to it.
			return limit, fmt.Sprintf("up to the stated %s s limit a run", s)
		}
	}
	const tests = 20
	return tests * secondsPerTest, fmt.Sprintf("%d tests × %.1f s a test (both assumed)", tests, secondsPerTest)
}

// sandboxWords renders the runner placeholders: {sandboxes}, the cores busy at peak, and
// {sandbox_run}, how one submission's run was sized.
func (r *renderer) sandboxWords(name string) (string, bool) {
	secs, how := judgeRun(r.g.Problem)
	switch name {
	case "sandboxes":
		return conversation.Human(math.Max(2, math.Ceil(r.capa.PeakWriteQPS*secs))), true
	case "sandbox_run":
		return how, true
	}
	return r.brokerWords(name)
}
