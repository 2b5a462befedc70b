package bot

import (
	"context"
	"regexp"
	"strings"
)

// guardSink is the last check on everything the engine says, whoever wrote the text (a model,
// the offline designer quoting the user, the engine itself): mentions that would ping a channel,
// a role or a user are defused, and configured secrets are replaced. Adapters escape for their
// platform too (Slack's mrkdwn, Discord's allowed mentions); this holds even if one forgets.
type guardSink struct {
	next    Sink
	secrets *secretReplacer // nil when there are none
}

// minSecretLen keeps a short or empty configured value from redacting ordinary words.
const minSecretLen = 8

// secretReplacer replaces configured secrets. Almost no text holds one, and looking for each
// costs far less than the Replacer's walk of its trie at every byte, which was most of what
// guarding a long section cost. Each secret is looked for by the byte of it that is rarest in
// prose (strings.IndexByte, vectorised, then a comparison where it is found): strings.Contains
// looks for a secret's first byte, which for a hex or base64 secret is often a common letter,
// and a change's document (60 KB) was searched for each secret at about a tenth of that speed.
type secretReplacer struct {
	secrets []anchoredSecret
	r       *strings.Replacer
}

// anchoredSecret is a secret and the index of its rarest byte in prose.
type anchoredSecret struct {
	s  string
	at int
}

func newSecretReplacer(secrets []string) *secretReplacer {
	var keep []anchoredSecret
	var pairs []string
	for _, s := range secrets {
		if s = strings.TrimSpace(s); len(s) >= minSecretLen {
			keep = append(keep, anchoredSecret{s: s, at: rarestByte(s)})
			pairs = append(pairs, s, "[redacted]")
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	return &secretReplacer{secrets: keep, r: strings.NewReplacer(pairs...)}
}

// proseBytes are the bytes of English prose, Markdown and figures, most common first; any
// other byte (capitals, most punctuation) is rarer than all of them.
const proseBytes = " etaoinsrhldcumfpgwybvk\n.,-0123456789|*#:/()`'\"xjqzSTACIMRP"

// rarestByte returns the index of the byte of s that prose holds least often.
func rarestByte(s string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(s); i++ {
		rank := strings.IndexByte(proseBytes, s[i])
		if rank < 0 {
			rank = len(proseBytes) // rarer than every byte listed
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// in reports whether text holds the secret.
func (a anchoredSecret) in(text string) bool {
	c := a.s[a.at]
	for from := a.at; from < len(text); {
		i := strings.IndexByte(text[from:], c)
		if i < 0 {
			return false
		}
		start := from + i - a.at
		if start+len(a.s) <= len(text) && text[start:start+len(a.s)] == a.s {
			return true
		}
		from += i + 1
	}
	return false
}

// Replace returns s with every secret replaced.
func (r *secretReplacer) Replace(s string) string {
	for _, secret := range r.secrets {
		if secret.in(s) {
			return r.r.Replace(s)
		}
	}
	return s
}

func (g guardSink) Send(ctx context.Context, r Reply) error { return g.next.Send(ctx, g.guard(r)) }

// guard returns r with its chat text defused and its secrets redacted.
func (g guardSink) guard(r Reply) Reply {
	r.Text = g.chat(r.Text)
	r.Title = g.chat(r.Title)
	if r.Section != nil {
		// A copy: the section may be the one the thread keeps.
		s := *r.Section
		s.Title, s.Markdown = g.chat(s.Title), g.chat(s.Markdown)
		r.Section = &s
	}
	if r.Diagram != nil {
		d := *r.Diagram
		d.Mermaid, d.DOT = g.redact(d.Mermaid), g.redact(d.DOT)
		r.Diagram = &d
	}
	if r.Document != nil {
		// Files never ping, so only secrets go; the text stays the document's own.
		doc := *r.Document
		doc.Markdown = g.redact(doc.Markdown)
		r.Document = &doc
	}
	return r
}

// chat guards text that is posted as a chat message.
func (g guardSink) chat(s string) string { return DefuseMentions(g.redact(s)) }

func (g guardSink) redact(s string) string {
	if g.secrets == nil || s == "" {
		return s
	}
	return g.secrets.Replace(s)
}

var (
	// @channel, @here, @everyone in any case: Slack's mrkdwn and Discord both know them.
	broadcast = regexp.MustCompile(`(?i)@(channel|here|everyone)\b`)
	// <!channel>, <!subteam^…>, <@U123>, <@&role>, <@!id>: Slack and Discord mention syntax.
	mentionSyntax = regexp.MustCompile(`<([!@])`)
)

// DefuseMentions breaks every mention in s with a zero-width space, so posting s pings nobody
// while it reads the same.
func DefuseMentions(s string) string {
	if !strings.ContainsAny(s, "@<") {
		return s
	}
	s = broadcast.ReplaceAllString(s, "@\u200b$1")
	return mentionSyntax.ReplaceAllString(s, "<\u200b$1")
}

// batchSink is a sink that wants a run of replies at once, before it sends the first: the
// dispatcher's ledger marks them all pending in one round trip.
type batchSink interface {
	sendAll(ctx context.Context, rs []Reply) error
}

// sendAll guards rs and passes them on together when the next sink takes batches.
func (g guardSink) sendAll(ctx context.Context, rs []Reply) error {
	b, ok := g.next.(batchSink)
	if !ok {
		for _, r := range rs {
			if err := g.Send(ctx, r); err != nil {
				return err
			}
		}
		return nil
	}
	guarded := make([]Reply, len(rs))
	for i, r := range rs {
		guarded[i] = g.guard(r)
	}
	return b.sendAll(ctx, guarded)
}
