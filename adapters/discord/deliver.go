package discord

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/archbot/archbot/adapters/markdownsplit"
)

// minSplit is the shortest text deliver still halves when Discord refuses it; below that, the
// text is not what Discord objects to.
const minSplit = 200

// maxSplitDepth bounds how often one message is halved: 2000 characters reach minSplit in 4.
const maxSplitDepth = 4

// deliver posts p in the thread. When Discord refuses it for what it carries (50035 Invalid
// Form Body, a file too large, an attachment not allowed), the text is posted in smaller pieces,
// a file as its plainer form, and what still cannot be posted as a short note, so one bad
// message does not cost the rest of the reply. It fails only when the thread cannot be posted
// in at all (reported in the parent channel), or when a transient failure outlasted its retries.
func (k *sink) deliver(ctx context.Context, p post, depth int) error {
	if depth == 0 {
		k.missing = nil
	}
	nonce := p.nonce
	if k.plainPosts {
		nonce = ""
	}
	err := k.a.createMessage(ctx, k.ref.Channel, p.content, p.file, nonce)
	switch {
	case err == nil:
		k.posted = true
		return nil
	case channelLost(err) && (p.file == nil || depth > 0):
		// A 403 on a file alone can be the Attach Files permission: the plainer form says.
		return k.lose(ctx, err)
	case !refused(err):
		if p.file != nil {
			return fmt.Errorf("upload %s in %s: %w", p.file.Name, k.ref.Key(), err)
		}
		return fmt.Errorf("post message in %s: %w", k.ref.Key(), err)
	}
	fields := formErrors(err)
	k.a.log.WarnContext(ctx, "discord refused a message; posting it another way", "thread", k.ref.Key(),
		"code", discordCode(err), "status", restStatus(err), "fields", strings.Join(fields, "; "),
		"length", markdownsplit.Width(p.content), "file", fileName(p.file), "err", errSummary(err))
	if nonce != "" && namesNonce(fields) {
		// Should Discord stop taking the nonce, posting without it beats not posting.
		k.plainPosts = true
		return k.deliver(ctx, p, depth)
	}
	alt, missing := k.smaller(p, depth, err, fields)
	for i, q := range alt {
		q.nonce = nonceFor(p.nonce, strconv.Itoa(depth), strconv.Itoa(i), q.content, fileName(q.file))
		if err := k.deliver(ctx, q, depth+1); err != nil {
			return err
		}
	}
	if missing != "" {
		k.missing = append(k.missing, missing)
	}
	if depth > 0 || len(k.missing) == 0 {
		return nil
	}
	// One note for all the pieces of this message that could not be posted.
	note := post{content: k.missing[0], nonce: nonceFor(p.nonce, "note")}
	k.missing = nil
	if err := k.deliver(ctx, note, 1); err != nil {
		return err
	}
	return nil
}

// smaller returns what to post instead of p, which Discord refused with err: its text in
// halves or its file's plainer form; or else the note to post for it once the message's other
// pieces are out.
func (k *sink) smaller(p post, depth int, err error, fields []string) (alt []post, note string) {
	switch {
	case isNote(p):
		return nil, "" // a note that cannot be posted: the log has said why
	case p.file != nil && depth == 0 && len(p.plainer) > 0:
		return p.plainer, ""
	case p.file != nil:
		return nil, fmt.Sprintf("⚠️ Discord refused the attachment %s (%s); the design's text is posted here.",
			p.file.Name, reason(err, fields))
	}
	// Only a form-body error can be about the text's length; halving anything else is futile.
	if depth < maxSplitDepth && discordCode(err) == codeInvalidFormBody {
		if w := markdownsplit.Width(p.content); w > minSplit {
			if parts := texts(p.content, w/2); len(parts) > 1 {
				return parts, ""
			}
		}
	}
	return nil, fmt.Sprintf("⚠️ Discord refused part of this reply (%s); the attached document has it in full.",
		reason(err, fields))
}

func namesNonce(fields []string) bool {
	for _, f := range fields {
		if strings.HasPrefix(f, "nonce") || strings.HasPrefix(f, "enforce_nonce") {
			return true
		}
	}
	return false
}

func isNote(p post) bool { return strings.HasPrefix(p.content, "⚠️ Discord refused") }

// reason says in a few words why Discord refused a message.
func reason(err error, fields []string) string {
	if len(fields) > 0 {
		f, _, _ := strings.Cut(fields[0], " ")
		return "invalid " + strings.TrimSuffix(f, ":")
	}
	switch discordCode(err) {
	case codeEntityTooLarge:
		return "too large"
	case codeMissingPermissions, codeMissingAccess:
		return "missing permission"
	}
	return "error " + strconv.Itoa(discordCode(err))
}

// lose records that the thread cannot be posted in and says so in its parent channel, once:
// otherwise a thread that stays empty (or stops mid-design) would be all the user sees.
func (k *sink) lose(ctx context.Context, err error) error {
	k.lost = fmt.Errorf("post in thread %s: %w", k.ref.Key(), err)
	k.a.log.ErrorContext(ctx, "cannot post in the thread; telling the parent channel", "thread", k.ref.Key(),
		"parent", k.parent, "err", errSummary(err))
	parent := k.parent
	if parent == "" {
		if ch := k.a.channel(ctx, k.ref.Channel); ch != nil && ch.IsThread() {
			parent = ch.ParentID
		}
	}
	if parent == "" || parent == k.ref.Channel {
		return k.lost
	}
	text := fmt.Sprintf("I couldn't post in <#%s> (Discord said: %s). Please check that I have View Channel, "+
		"Send Messages in Threads, Attach Files and Read Message History there, then ask again.",
		k.ref.Channel, discordMessage(err))
	if nerr := k.a.createMessage(ctx, parent, text, nil, nonceFor(k.seed, "lost", k.ref.Channel)); nerr != nil {
		k.a.log.ErrorContext(ctx, "tell the parent channel about the thread", "thread", k.ref.Key(),
			"parent", parent, "err", errSummary(nerr))
	}
	return k.lost
}

// discordMessage is Discord's own short message for a failed call ("Missing Permissions").
func discordMessage(err error) string {
	if m := errMessage(err); m != "" {
		return m
	}
	return fmt.Sprintf("HTTP %d", restStatus(err))
}

// randomSeed seeds the nonces of a sink that runs outside the job queue.
func randomSeed() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
