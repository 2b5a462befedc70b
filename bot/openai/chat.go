package openai

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
)

// chatClient makes Chat Completions requests, whole or streamed, to OpenAI's API or Azure
// OpenAI's. It speaks the wire format go-openai does (TestChatRequestIsGoOpenAIs compares the
// bytes) and returns go-openai's response and error types, but encodes the request itself:
// go-openai's message type marshals itself, which encoding/json then validates and compacts
// byte by byte, about nine times the cost of encoding a prompt once. A follow-up sends two or
// three prompts of 5 to 25 KB, and that was 6% of a replica's CPU in the serving bench
// (docs/BENCHMARKS.md).
type chatClient struct {
	http   *http.Client
	url    string      // the chat completions endpoint
	header http.Header // authentication, sent with every request
}

// chatRequest is the request body: what archbot sends, in go-openai's field order.
type chatRequest struct {
	Model          string          `json:"model"`
	Messages       []chatMessage   `json:"messages"`
	Temperature    float32         `json:"temperature,omitempty"`
	Stream         bool            `json:"stream"`
	ResponseFormat *responseFormat `json:"response_format,omitempty"`
	StreamOptions  *streamOptions  `json:"stream_options,omitempty"`
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content,omitempty"`
}

type responseFormat struct {
	Type goopenai.ChatCompletionResponseFormatType `json:"type"`
}

type streamOptions struct {
	IncludeUsage bool `json:"include_usage,omitempty"`
}

// newChatClient returns a client for cfg's API ("openai" or "azure"), with its defaults filled.
func newChatClient(cfg Config, httpClient *http.Client) (*chatClient, error) {
	c := &chatClient{http: httpClient, header: http.Header{}}
	base := strings.TrimRight(cfg.BaseURL, "/")
	switch strings.ToLower(cfg.APIType) {
	case "", "openai":
		if cfg.APIKey == "" && cfg.BaseURL == "" {
			return nil, errors.New("configure openai designer: an API key is required for OpenAI's API")
		}
		if base == "" {
			base = "https://api.openai.com/v1"
		}
		c.url = base + "/chat/completions"
		if cfg.APIKey != "" {
			c.header.Set("Authorization", "Bearer "+cfg.APIKey)
		}
	case "azure":
		if cfg.APIKey == "" || cfg.BaseURL == "" {
			return nil, errors.New("configure openai designer: azure needs an API key and the resource endpoint as base URL")
		}
		c.url = base + "/openai/deployments/" + url.PathEscape(cfg.AzureDeployment) + "/chat/completions?" +
			url.Values{"api-version": {cfg.AzureAPIVersion}}.Encode()
		c.header.Set("api-key", cfg.APIKey)
	default:
		return nil, fmt.Errorf("configure openai designer: unknown API type %q (want openai or azure)", cfg.APIType)
	}
	return c, nil
}

// post sends req and returns the response of a 2xx answer; any other answer is an error of
// go-openai's types (*APIError, or *RequestError when its body is not an API error), with the
// server's Retry-After.
func (c *chatClient) post(ctx context.Context, req chatRequest) (*http.Response, time.Duration, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, 0, fmt.Errorf("encode chat request: %w", err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, 0, err
	}
	for k, v := range c.header {
		hreq.Header[k] = v
	}
	hreq.Header.Set("Content-Type", "application/json")
	if req.Stream {
		hreq.Header.Set("Accept", "text/event-stream")
		hreq.Header.Set("Cache-Control", "no-cache")
		hreq.Header.Set("Connection", "keep-alive")
	} else {
		hreq.Header.Set("Accept", "application/json")
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		return nil, 0, err
	}
	if resp.StatusCode >= http.StatusOK && resp.StatusCode < http.StatusBadRequest {
		return resp, 0, nil
	}
	defer resp.Body.Close()
	return nil, retryAfter(resp.Header, time.Now()), errorOf(resp)
}

// complete makes a whole (not streamed) request.
func (c *chatClient) complete(ctx context.Context, req chatRequest) (goopenai.ChatCompletionResponse, time.Duration, error) {
	var out goopenai.ChatCompletionResponse
	resp, wait, err := c.post(ctx, req)
	if err != nil {
		return out, wait, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return out, 0, err
	}
	return out, 0, nil
}

// errorOf reads a failed answer into the error go-openai would return for it.
func errorOf(resp *http.Response) error {
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("error, reading response body: %w", err)
	}
	var er goopenai.ErrorResponse
	err = json.Unmarshal(body, &er)
	if err != nil || er.Error == nil {
		re := &goopenai.RequestError{HTTPStatus: resp.Status, HTTPStatusCode: resp.StatusCode, Err: err, Body: body}
		if er.Error != nil {
			re.Err = er.Error
		}
		return re
	}
	er.Error.HTTPStatus, er.Error.HTTPStatusCode = resp.Status, resp.StatusCode
	return er.Error
}

// retryAfter reads how long a failed answer asks the client to wait: Azure OpenAI's
// retry-after-ms, the finer (OpenAI's own SDKs read it first), else Retry-After. 0 when neither.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if ms, err := strconv.ParseFloat(strings.TrimSpace(h.Get("Retry-After-Ms")), 64); err == nil && ms > 0 && ms <= 24*3600*1000 {
		return time.Duration(ms * float64(time.Millisecond))
	}
	return parseRetryAfter(h.Get("Retry-After"), now)
}

// maxEmptyStreamLines bounds the lines a stream may send that are not data (comments, events,
// blank lines) before the next data line, as go-openai does.
const maxEmptyStreamLines = 300

// chatStream reads a streamed answer's server-sent events.
type chatStream struct {
	body  io.ReadCloser
	lines *bufio.Reader
	other bytes.Buffer // what came on lines that were not data, in case it is an error
	done  bool
}

// stream makes a streamed request; the caller reads it with recv and closes it.
func (c *chatClient) stream(ctx context.Context, req chatRequest) (*chatStream, time.Duration, error) {
	req.Stream = true
	resp, wait, err := c.post(ctx, req)
	if err != nil {
		return nil, wait, err
	}
	return &chatStream{body: resp.Body, lines: bufio.NewReader(resp.Body)}, 0, nil
}

// recv returns the next chunk, or io.EOF after the last. An error event ends the stream with the
// API error it carries.
func (s *chatStream) recv() (goopenai.ChatCompletionStreamResponse, error) {
	var chunk goopenai.ChatCompletionStreamResponse
	for empty := 0; !s.done; {
		line, readErr := s.lines.ReadBytes('\n')
		line = bytes.TrimSpace(line)
		data, isData := bytes.CutPrefix(line, []byte("data:"))
		data = bytes.TrimLeft(data, " \t")
		switch {
		case isData && bytes.HasPrefix(data, []byte(`{"error":`)):
			s.done = true
			s.other.Reset()
			s.other.Write(data)
			if err := s.streamError(); err != nil {
				return chunk, err
			}
			return chunk, io.EOF
		case isData && string(data) == "[DONE]":
			s.done = true
		case isData:
			err := json.Unmarshal(data, &chunk)
			return chunk, err
		case readErr == nil:
			s.other.Write(line)
			if empty++; empty > maxEmptyStreamLines {
				return chunk, goopenai.ErrTooManyEmptyStreamMessages
			}
		}
		if readErr != nil {
			s.done = true
			if err := s.streamError(); err != nil {
				return chunk, err
			}
			return chunk, readErr
		}
	}
	return chunk, io.EOF
}

// streamError is the API error a stream sent instead of data, if it sent one.
func (s *chatStream) streamError() error {
	var er goopenai.ErrorResponse
	if s.other.Len() == 0 || json.Unmarshal(s.other.Bytes(), &er) != nil || er.Error == nil {
		return nil
	}
	return fmt.Errorf("error, %w", er.Error)
}

func (s *chatStream) close() error { return s.body.Close() }
