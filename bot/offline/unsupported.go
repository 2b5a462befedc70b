package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
)

// unsupported says what a change the offline designer cannot make would take, offers the
// closest change it can make, and lists what it supports: every technology of the knowledge
// base and every capability of the catalogue, so the list grows with them.
func unsupported(g bot.Grounding, t string) string {
	var b strings.Builder
	b.WriteString("I read that as a change, but I can't make it without a model: it would mean rewriting sections by hand rather than re-deriving them from the knowledge base.")
	if c := closest(g, t); c != "" {
		fmt.Fprintf(&b, " The closest change I can make: %s.", c)
	}
	if a := answerInvalidation(g, t); a != "" {
		// "let users edit a post": what the edit would touch here, part by part.
		fmt.Fprintf(&b, "\nWhat it touches in this design:\n%s", a)
	}
	var ts []string
	for _, tp := range techs {
		ts = append(ts, tp.short())
	}
	var fs []string
	for _, f := range featureList {
		if _, ok := capabilities[f.ID]; ok && f.Rank < 40 && !slices.Contains(g.Requirements.Features, f.ID) {
			fs = append(fs, f.Name)
		}
	}
	if len(fs) > 12 {
		fs = fs[:12]
	}
	fmt.Fprintf(&b, "\nWhat I can change: swap a technology (%s), add or drop a capability (%s, …) or a component (\"add a CDN\", \"drop the cache\"), go multi-region, or re-size (\"scale to 200M DAU\"). "+
		"Free-form rewrites need a model: set OPENAI_API_KEY (or ARCHBOT_PROVIDER=openai) and ask again.", strings.Join(ts, ", "), strings.Join(fs, ", "))
	return b.String()
}

var dropWords = regexp.MustCompile(`\b(drop|remove|get rid of|without|no longer|stop)\b`)

// closest finds the supported change nearest to t: a technology it names, a capability it
// names, or a component it names.
func closest(g bot.Grounding, t string) string {
	if tp, n, at := findTech(t); at >= 0 {
		return fmt.Sprintf("\"use %s for the %s\" (%s)", n, firstOfKind(g, tp.Kind), tp.Gains)
	}
	ids, _ := detect(t)
	for _, id := range ids {
		if id == "core" || id == "generic" {
			continue
		}
		if slices.Contains(g.Requirements.Features, id) {
			if !dropWords.MatchString(t) {
				continue // the design has it, and nobody asked to take it out
			}
			return fmt.Sprintf("\"drop %s\" (the design already has it)", features[id].Name)
		}
		return fmt.Sprintf("\"add %s\"", features[id].Name)
	}
	for _, c := range g.Components {
		if strings.Contains(t, strings.ToLower(c.Name)) {
			return fmt.Sprintf("\"use <technology> for the %s\" or \"drop the %s\"", strings.ToLower(c.Name), strings.ToLower(c.Name))
		}
	}
	if strings.Contains(t, "serverless") || strings.Contains(t, "managed") {
		return fmt.Sprintf("\"use DynamoDB for the %s\" and \"use SQS for the %s\" (managed services, nothing to run)", firstOfKind(g, "database"), firstOfKind(g, "queue"))
	}
	return ""
}
