package slacktest

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// EventCallback wraps an inner event (a message or app_mention object) the way the Events API
// delivers it.
func EventCallback(eventID string, event map[string]any) map[string]any {
	return map[string]any{
		"token": "legacy-verification-token", "team_id": TeamID, "api_app_id": AppID,
		"type": "event_callback", "event_id": eventID, "event_time": time.Now().Unix(),
		"event": event, "authorizations": []map[string]any{{"team_id": TeamID, "user_id": BotUserID, "is_bot": true}},
	}
}

// Mention is an app_mention event by user in channel; threadTS may be empty.
func Mention(channel, user, text, ts, threadTS string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// ChatMessage is a message event; channelType is "channel", "group" or "im".
func ChatMessage(channel, channelType, user, text, ts, threadTS string) map[string]any {
	e := map[string]any{"type": "message", "user": user, "text": text, "ts": ts, "channel": channel,
		"channel_type": channelType, "event_ts": ts}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// SlashCommand is the payload of a slash command; Form turns it into the HTTP body.
func (s *Server) SlashCommand(command, channel, user, text, triggerID string) map[string]string {
	return map[string]string{
		"token": "legacy-verification-token", "team_id": TeamID, "team_domain": "test",
		"channel_id": channel, "channel_name": "design", "user_id": user, "user_name": "user-" + user,
		"command": command, "text": text, "response_url": s.ResponseURL(), "trigger_id": triggerID,
		"api_app_id": AppID,
	}
}

// Form encodes a slash command payload as Slack posts it.
func Form(p map[string]string) []byte {
	v := url.Values{}
	for k, x := range p {
		v.Set(k, x)
	}
	return []byte(v.Encode())
}

// BlockAction is the interactive payload of a click on the button actionID in a message of a
// thread.
func (s *Server) BlockAction(channel, threadTS, messageTS, user, actionID, triggerID string) map[string]any {
	return map[string]any{
		"type": "block_actions", "trigger_id": triggerID, "api_app_id": AppID,
		"team":    map[string]any{"id": TeamID, "domain": "test"},
		"user":    map[string]any{"id": user, "username": "user-" + user, "name": "user-" + user, "team_id": TeamID},
		"channel": map[string]any{"id": channel, "name": "design"},
		"container": map[string]any{"type": "message", "message_ts": messageTS, "channel_id": channel,
			"is_ephemeral": false, "thread_ts": threadTS},
		"message":      map[string]any{"type": "message", "ts": messageTS, "thread_ts": threadTS, "bot_id": BotID},
		"response_url": s.ResponseURL(),
		"actions": []map[string]any{{"type": "button", "action_id": actionID, "block_id": "archbot_actions",
			"value": actionID, "action_ts": strconv.FormatInt(time.Now().Unix(), 10) + ".000100",
			"text": map[string]any{"type": "plain_text", "text": actionID}}},
	}
}

// InteractionForm encodes an interactive payload as Slack posts it: a form with a payload field.
func InteractionForm(payload map[string]any) []byte {
	raw, err := json.Marshal(payload)
	if err != nil {
		panic(fmt.Sprintf("slacktest: marshal interaction: %v", err))
	}
	return []byte(url.Values{"payload": {string(raw)}}.Encode())
}

// JSON marshals a payload, panicking on the impossible error so tests stay short.
func JSON(v any) []byte {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("slacktest: marshal: %v", err))
	}
	return raw
}

// Sign returns the X-Slack-Request-Timestamp and X-Slack-Signature headers for body (v0 scheme).
func Sign(secret string, at time.Time, body []byte) (timestamp, signature string) {
	timestamp = strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", timestamp)
	mac.Write(body)
	return timestamp, "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// SignedRequest builds a POST to url signed with secret at the given time. contentType is
// "application/json" for events and "application/x-www-form-urlencoded" for the rest.
func SignedRequest(url, secret, contentType string, body []byte, at time.Time) *http.Request {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		panic(fmt.Sprintf("slacktest: new request: %v", err))
	}
	ts, sig := Sign(secret, at, body)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sig)
	return req
}
