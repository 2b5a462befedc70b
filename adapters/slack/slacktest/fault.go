package slacktest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"time"
)

// Fault is how the server misbehaves on one call instead of answering it plainly. The zero Fault
// answers normally.
type Fault struct {
	// Status is the HTTP status to answer with (429, 500, 503…); 0 means 200 when Error is set.
	Status int
	// RetryAfter, when positive, is sent as a Retry-After header (seconds), as Slack does on 429.
	RetryAfter int
	// Error is the Web API error code of an HTTP 200 {"ok":false,"error":Error} answer, the way
	// Slack refuses a call (msg_too_long, invalid_blocks, not_in_channel…).
	Error string
	// Delay holds the answer back this long, or until the client gives up (a timeout).
	Delay time.Duration
	// Reset closes the connection without answering (a connection reset).
	Reset bool
	// Acted does the call's work before misbehaving: Slack posted the message or completed the
	// upload, but the caller sees a failure and cannot tell.
	Acted bool
	// ActsLate does the call's work once Delay has passed, even when the client gave up
	// before: Slack carried out a call that had timed out.
	ActsLate bool
}

// Injector picks the fault, if any, for the nth call (counting from 1, retries included) to a
// Web API method ("chat.postMessage") or to "upload", the file upload POST.
type Injector func(method string, n int, params url.Values) (Fault, bool)

// Inject adds an injector; every call consults the injectors in the order they were added and
// the first that returns a fault wins.
func (s *Server) Inject(in Injector) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.injectors = append(s.injectors, in)
}

// EveryNth makes every nth call to method (the nth, 2nth, …) answer with f.
func EveryNth(method string, n int, f Fault) Injector {
	return func(m string, k int, _ url.Values) (Fault, bool) {
		return f, m == method && n > 0 && k%n == 0
	}
}

// Calls n..n+len(faults)-1 to method answer with faults in turn.
func Sequence(method string, first int, faults ...Fault) Injector {
	return func(m string, k int, _ url.Values) (Fault, bool) {
		if m != method || k < first || k >= first+len(faults) {
			return Fault{}, false
		}
		return faults[k-first], true
	}
}

// fault counts the call and returns the fault to answer it with, if any.
func (s *Server) fault(method string, params url.Values) (Fault, bool) {
	s.mu.Lock()
	s.counts[method]++
	n := s.counts[method]
	ins := append([]Injector(nil), s.injectors...)
	s.mu.Unlock()
	for _, in := range ins {
		if f, ok := in(method, n, params); ok {
			return f, true
		}
	}
	return Fault{}, false
}

// serveFault answers a call with f; work is the call's normal handling.
func serveFault(w http.ResponseWriter, r *http.Request, f Fault, work http.HandlerFunc) {
	var acted *httptest.ResponseRecorder
	if f.Acted {
		acted = httptest.NewRecorder()
		work(acted, r)
	}
	if f.Delay > 0 {
		until := time.Now().Add(f.Delay)
		t := time.NewTimer(f.Delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			if f.ActsLate {
				time.Sleep(time.Until(until)) // the fake Slack's own slowness, not a test waiting
				work(httptest.NewRecorder(), r)
			}
			// The client gave up; Slack, unless it acts late or had acted already, drops it.
			return
		}
	}
	switch {
	case f.Reset:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				if tc, ok := conn.(interface{ SetLinger(int) error }); ok {
					_ = tc.SetLinger(0) // an RST, not a polite FIN
				}
				_ = conn.Close()
				return
			}
		}
		http.Error(w, "connection reset", http.StatusBadGateway)
	case f.Status != 0 || f.Error != "":
		if f.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(f.RetryAfter))
		}
		switch {
		case f.Status >= 500:
			// Slack's 5xx come from its edge as HTML, not as a Web API answer.
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(f.Status)
			_, _ = w.Write([]byte("<html><body><h1>" + strconv.Itoa(f.Status) + " " + http.StatusText(f.Status) + "</h1></body></html>"))
		case f.Status == http.StatusTooManyRequests:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(f.Status)
			writeJSON(w, obj{"ok": false, "error": "ratelimited"})
		default:
			if f.Status != 0 {
				w.WriteHeader(f.Status)
			}
			writeJSON(w, errorAnswer(f.Error))
		}
	case acted != nil:
		for k, v := range acted.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(acted.Code)
		_, _ = w.Write(acted.Body.Bytes())
	default:
		work(w, r)
	}
}

// errorAnswer is Slack's {"ok":false} answer for code, with the detail Slack adds to the
// refusals of a message's size or blocks.
func errorAnswer(code string) obj {
	a := obj{"ok": false, "error": code}
	switch code {
	case "invalid_blocks":
		a["errors"] = []string{"must be less than 3001 characters [json-pointer:/blocks/0/text/text]"}
		a["response_metadata"] = obj{"messages": []string{"[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"}}
	case "msg_blocks_too_long", "msg_too_long":
		a["response_metadata"] = obj{"messages": []string{"[ERROR] " + code}}
	}
	return a
}
