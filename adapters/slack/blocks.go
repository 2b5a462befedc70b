package slack

import (
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

// messages groups blocks into messages of at most maxBlocks blocks.
func messages(blocks []slack.Block) [][]slack.Block {
	var out [][]slack.Block
	for len(blocks) > maxBlocks {
		out = append(out, blocks[:maxBlocks])
		blocks = blocks[maxBlocks:]
	}
	if len(blocks) > 0 {
		out = append(out, blocks)
	}
	return out
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
