package slack

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxBody bounds what a Slack request may carry; real ones are a few kilobytes.
const maxBody = 1 << 20

// Routes registers Slack's HTTP endpoints: the Events API, slash commands and interactivity.
// Every request must carry a valid v0 signature made with the signing secret and a timestamp
// within five minutes; anything else gets 401 and is not looked at further.
func (a *Adapter) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /slack/events", a.serveEvents)
	mux.HandleFunc("POST /slack/commands", a.serveCommands)
	mux.HandleFunc("POST /slack/interactions", a.serveInteractions)
}

// verified reads the body and checks the request's signature, answering 401 when it fails.
func (a *Adapter) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		reason := "bad signature"
		if errors.Is(err, slack.ErrExpiredTimestamp) {
			reason = "stale timestamp"
		}
		a.log.WarnContext(r.Context(), "rejected unverified slack request", "path", r.URL.Path, "reason", reason, "err", err)
		http.Error(w, "unverified request", http.StatusUnauthorized)
		return nil, false
	}
	if !a.accepting() {
		// Let Slack redeliver to a replica that is not shutting down.
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return nil, false
	}
	return body, true
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// An event type slack-go does not know: acknowledge so Slack does not retry it forever.
		a.log.DebugContext(r.Context(), "unparsed slack event", "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		var ch slackevents.ChallengeResponse
		if err := json.Unmarshal(body, &ch); err != nil {
			http.Error(w, "bad challenge", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, ch.Challenge)
	case slackevents.CallbackEvent:
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			a.log.InfoContext(r.Context(), "slack redelivered an event", "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
		}
		if err := a.onEvent(r.Context(), ev); err != nil {
			// Not queued: Slack retries an event that was not acknowledged with 200.
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// verifiedForm is verified for the form-encoded requests: slash commands and interactions.
func (a *Adapter) verifiedForm(w http.ResponseWriter, r *http.Request) (url.Values, bool) {
	body, ok := a.verified(w, r)
	if !ok {
		return nil, false
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return nil, false
	}
	return form, true
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request) {
	form, ok := a.verifiedForm(w, r)
	if !ok {
		return
	}
	cmd := slack.SlashCommand{
		TeamID: form.Get("team_id"), ChannelID: form.Get("channel_id"), ChannelName: form.Get("channel_name"),
		UserID: form.Get("user_id"), UserName: form.Get("user_name"), Command: form.Get("command"),
		Text: form.Get("text"), ResponseURL: form.Get("response_url"), TriggerID: form.Get("trigger_id"),
		APIAppID: form.Get("api_app_id"),
	}
	if payload := a.onCommand(r.Context(), cmd); payload != nil {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(payload)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	form, ok := a.verifiedForm(w, r)
	if !ok {
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if err := a.onInteraction(r.Context(), cb); err != nil {
		// Not queued: Slack shows the user that the click failed.
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}
