package slacktest

import (
	"encoding/json"
	"unicode/utf16"
)

// Limits are the sizes beyond which chat.postMessage and chat.update refuse a message, as Slack
// does. A zero field is no limit.
type Limits struct {
	Text        int // top-level text, UTF-16 units: msg_too_long
	BlockText   int // all the text in a message's blocks together: msg_blocks_too_long
	Blocks      int // blocks in one message: invalid_blocks
	SectionText int // text of one section block: invalid_blocks
	HeaderText  int // text of one header block: invalid_blocks
}

// DefaultLimits are Slack's: the documented per-block and per-message limits, and the total of
// about 12,000 characters of block text beyond which Slack answers msg_blocks_too_long.
func DefaultLimits() Limits {
	return Limits{Text: 40000, BlockText: 12000, Blocks: 50, SectionText: 3000, HeaderText: 150}
}

// SetLimits changes the sizes the server refuses messages beyond.
func (s *Server) SetLimits(l Limits) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = l
}

// refusal is the error code Slack answers a message of text and blocks with, or "".
func (l Limits) refusal(text string, blocks []Block) string {
	if l.Text > 0 && width(text) > l.Text {
		return "msg_too_long"
	}
	if l.Blocks > 0 && len(blocks) > l.Blocks {
		return "invalid_blocks"
	}
	rawBytes := 0
	for _, b := range blocks {
		if b.Text != nil {
			n := width(b.Text.Text)
			if (b.Type == "section" && l.SectionText > 0 && n > l.SectionText) || (b.Type == "header" && l.HeaderText > 0 && n > l.HeaderText) {
				return "invalid_blocks"
			}
		}
		rawBytes += len(b.Raw)
	}
	// Every UTF-16 unit of text takes at least one byte of the blocks' JSON, so blocks no longer
	// than the limit cannot exceed it: most messages are not decoded a second time to count.
	if l.BlockText <= 0 || rawBytes <= l.BlockText {
		return ""
	}
	total := 0
	for _, b := range blocks {
		var raw any
		if err := json.Unmarshal(b.Raw, &raw); err == nil {
			total += textIn(raw)
		}
	}
	if total > l.BlockText {
		return "msg_blocks_too_long"
	}
	return ""
}

// textIn sums the text of every text object in a block: each "text" field that is a string.
func textIn(v any) int {
	n := 0
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && k == "text" {
				n += width(s)
			} else {
				n += textIn(e)
			}
		}
	case []any:
		for _, e := range x {
			n += textIn(e)
		}
	}
	return n
}

func width(s string) int { return len(utf16.Encode([]rune(s))) }
