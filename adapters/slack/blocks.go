package slack

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/archbot/archbot/adapters/markdownsplit"
)

// Slack's limits, in characters as Slack counts them (UTF-16 code units, markdownsplit.Width).
const (
	maxSectionText = 3000  // text of one section block
	maxHeaderText  = 150   // plain text of a header block
	maxBlocks      = 50    // blocks in one message
	maxMessageText = 40000 // top-level text of a message
	// maxMessageBlockText is the budget for all the text in one message's blocks. Slack refuses
	// a message whose blocks carry more than about 12,000 characters together
	// (msg_blocks_too_long), well below 50 blocks of 3,000; the margin allows for Slack counting
	// a little differently (entities, emoji codes).
	maxMessageBlockText = 11000
)

// Buttons of the closing message and the follow-up each one sends to the engine.
const (
	actionExport  = "archbot_export"
	actionDiagram = "archbot_diagram"
	actionHelp    = "archbot_help"
	actionsBlock  = "archbot_actions"
)

var actionFollowUps = map[string]string{actionExport: "export", actionDiagram: "diagram", actionHelp: "help"}

// mrkdwnBlocks renders mrkdwn as section blocks, each under Slack's section text limit.
// Whitespace-only pieces are dropped: Slack rejects them and they show nothing.
func mrkdwnBlocks(text string) []slack.Block {
	var out []slack.Block
	for _, p := range markdownsplit.Split(text, maxSectionText) {
		if strings.TrimSpace(p) == "" {
			continue
		}
		out = append(out, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, p, false, false), nil, nil))
	}
	return out
}

// headerBlock is a header with title clipped to Slack's header limit.
func headerBlock(title string) slack.Block {
	return slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, clip(title, maxHeaderText), false, false))
}

// messages groups blocks, in order, into messages Slack accepts: at most maxBlocks blocks and
// maxMessageBlockText characters of block text each.
func messages(blocks []slack.Block) [][]slack.Block {
	var out [][]slack.Block
	var cur []slack.Block
	used := 0
	for _, b := range blocks {
		w := blockWidth(b)
		if len(cur) > 0 && (len(cur) == maxBlocks || used+w > maxMessageBlockText) {
			out = append(out, cur)
			cur, used = nil, 0
		}
		cur = append(cur, b)
		used += w
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// blockWidth is the text a block carries as Slack counts it against a message's total: the
// text of each of its text objects (a section's text and fields, a header, button labels…).
func blockWidth(b slack.Block) int {
	raw, err := json.Marshal(b)
	if err != nil {
		return maxMessageBlockText // unreachable for Block Kit types; alone in its message then
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return maxMessageBlockText
	}
	return textWidth(v)
}

func textWidth(v any) int {
	n := 0
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && k == "text" {
				n += markdownsplit.Width(s)
			} else {
				n += textWidth(e)
			}
		}
	case []any:
		for _, e := range x {
			n += textWidth(e)
		}
	}
	return n
}

func blocksWidth(blocks []slack.Block) int {
	n := 0
	for _, b := range blocks {
		n += blockWidth(b)
	}
	return n
}

// sectionMessages renders one design section: a header and the body as mrkdwn, over as many
// messages as the block limit needs.
func sectionMessages(title, markdown string) [][]slack.Block {
	blocks := append([]slack.Block{headerBlock(title)}, mrkdwnBlocks(Mrkdwn(strings.TrimSpace(markdown)))...)
	return messages(blocks)
}

// doneBlocks is the closing message: what to try next and the Export, Diagram and Help buttons.
func doneBlocks(hints string) []slack.Block {
	blocks := mrkdwnBlocks(Mrkdwn(strings.TrimSpace(hints)))
	button := func(id, label string) slack.BlockElement {
		return slack.NewButtonBlockElement(id, actionFollowUps[id], slack.NewTextBlockObject(slack.PlainTextType, label, false, false))
	}
	blocks = append(blocks, slack.NewActionBlock(actionsBlock,
		button(actionExport, "Export"), button(actionDiagram, "Diagram"), button(actionHelp, "Help")))
	// The buttons stay in the last message even when the hints are long.
	if len(blocks) > maxBlocks {
		blocks = append(blocks[:maxBlocks-1], blocks[len(blocks)-1])
	}
	return blocks
}

// fallbackText is the notification text of a message with blocks: short and plain.
func fallbackText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return clip(s, 150)
}

// clip shortens s to at most n characters (UTF-16 units), ending with an ellipsis when cut.
func clip(s string, n int) string {
	if markdownsplit.Width(s) <= n {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if used+w > n-1 {
			break
		}
		b.WriteRune(r)
		used += w
	}
	return strings.TrimRightFunc(b.String(), func(r rune) bool { return r == ' ' || r == utf8.RuneError }) + "…"
}
