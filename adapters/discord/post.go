package discord

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// messageCreate is POST /channels/{id}/messages with what discordgo's MessageSend lacks: a nonce
// Discord enforces, so that repeating a post whose answer was lost returns the message the first
// attempt created instead of creating a second one.
type messageCreate struct {
	Content         string                            `json:"content,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions,omitempty"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// maxNonce is the longest nonce string Discord accepts.
const maxNonce = 25

// nonceFor derives a post's nonce from what identifies it: the same post repeated, by a retry
// or by a replica resuming the job within Discord's nonce window, gets the same nonce.
func nonceFor(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:])[:maxNonce-1]
}

// createMessage posts content, and file when not nil, in a channel, retrying what is transient.
func (a *Adapter) createMessage(ctx context.Context, channelID, content string, file *discordgo.File, nonce string) error {
	data := messageCreate{Content: content, AllowedMentions: noMentions(), Nonce: nonce, EnforceNonce: nonce != ""}
	endpoint := discordgo.EndpointChannelMessages(channelID)
	what := "post message"
	if file != nil {
		what = "upload " + file.Name
	}
	return a.rest(ctx, what, func(opts ...discordgo.RequestOption) error {
		if file == nil {
			_, err := a.s.RequestWithBucketID(http.MethodPost, endpoint, data, endpoint, opts...)
			return err
		}
		// A file is read as the body is built, so every attempt reads it from the start.
		if seeker, ok := file.Reader.(interface {
			Seek(int64, int) (int64, error)
		}); ok {
			if _, err := seeker.Seek(0, 0); err != nil {
				return fmt.Errorf("rewind %s: %w", file.Name, err)
			}
		}
		ct, body, err := discordgo.MultipartBodyWithJSON(data, []*discordgo.File{file})
		if err != nil {
			return fmt.Errorf("encode %s: %w", file.Name, err)
		}
		_, err = a.s.RequestRaw(http.MethodPost, endpoint, ct, body, endpoint, 0, opts...)
		return err
	})
}

// Discord error codes archbot acts on.
const (
	codeUnknownChannel     = 10003
	codeMissingAccess      = 50001
	codeMissingPermissions = 50013
	codeInvalidFormBody    = 50035
	codeEntityTooLarge     = 40005
	codeArchivedThread     = 50083
	codeThreadLocked       = 160005
)

// errMessage returns Discord's message for a failed REST call, or "".
func errMessage(err error) string {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Message
	}
	return ""
}

// restStatus returns the HTTP status of a failed REST call, or 0.
func restStatus(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode
	}
	return 0
}

// channelLost reports whether err says archbot cannot post in the channel at all: no access or
// permission there, the channel gone, the thread archived or locked, or the token refused.
// Retrying or posting something else there cannot help.
func channelLost(err error) bool {
	switch discordCode(err) {
	case codeUnknownChannel, codeMissingAccess, codeMissingPermissions, codeArchivedThread, codeThreadLocked:
		return true
	}
	st := restStatus(err)
	return st == http.StatusForbidden || st == http.StatusUnauthorized
}

// refused reports whether Discord refused this one request for what it carries (a 4xx other
// than a rate limit): sending it again cannot succeed, sending something else may.
func refused(err error) bool {
	st := restStatus(err)
	return st >= 400 && st < 500 && st != http.StatusTooManyRequests
}

// formErrors lists the fields an Invalid Form Body error names, as "path: CODE message", from
// the nested errors object Discord sends with code 50035.
func formErrors(err error) []string {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return nil
	}
	var body struct {
		Errors map[string]json.RawMessage `json:"errors"`
	}
	if json.Unmarshal(re.ResponseBody, &body) != nil {
		return nil
	}
	var out []string
	var walk func(path string, raw json.RawMessage)
	walk = func(path string, raw json.RawMessage) {
		var node map[string]json.RawMessage
		if json.Unmarshal(raw, &node) != nil {
			return
		}
		for key, v := range node {
			if key != "_errors" {
				walk(strings.TrimPrefix(path+"."+key, "."), v)
				continue
			}
			var list []struct{ Code, Message string }
			_ = json.Unmarshal(v, &list)
			for _, e := range list {
				out = append(out, fmt.Sprintf("%s: %s %s", path, e.Code, e.Message))
			}
		}
	}
	for key, v := range body.Errors {
		walk(key, v)
	}
	slices.Sort(out)
	return out
}
