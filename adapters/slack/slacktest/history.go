package slacktest

import (
	"net/url"
	"strconv"
)

// conversations.history is kept apart from the other methods: it lists a channel's top-level
// messages, newest first, at most limit of them (default 100), as Slack does.
func init() { apiMethods["conversations.history"] = (*Server).history }

func (s *Server) history(f url.Values) obj {
	limit, err := strconv.Atoi(f.Get("limit"))
	if err != nil || limit <= 0 {
		limit = 100
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []obj{}
	for i := len(s.messages) - 1; i >= 0 && len(out) < limit; i-- {
		m := s.messages[i]
		if m.Channel != f.Get("channel") || m.Deleted || (m.ThreadTS != "" && m.ThreadTS != m.TS) {
			continue
		}
		out = append(out, obj{"type": "message", "ts": m.TS, "text": m.Text, "bot_id": BotID, "user": BotUserID})
	}
	return obj{"ok": true, "messages": out, "has_more": false, "response_metadata": obj{"next_cursor": ""}}
}
