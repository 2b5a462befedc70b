package bot

import (
	"errors"
	"fmt"
)

// UserError is a problem the user should read about in plain words: the Message is shown as is.
// Anything that is not a UserError reaches the user as a short apology; its detail goes to the log.
type UserError struct {
	Code    string // stable code for metrics and tests: "empty", "too_long", "unavailable", ...
	Message string
	Err     error // the underlying cause, for logs; may be nil
}

func (e *UserError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Code, e.Err)
	}
	return e.Code + ": " + e.Message
}

func (e *UserError) Unwrap() error { return e.Err }

// Codes of user errors.
const (
	CodeEmpty       = "empty"
	CodeTooLong     = "too_long"
	CodeStoreDown   = "store_unavailable"
	CodeBusy        = "busy"
	CodeNoDesign    = "no_design"
	CodeUnsupported = "unsupported"
	CodeInternal    = "internal"
	CodeLimited     = "limited" // a daily design or token limit is reached
)

// userMessage returns what the user should read about err.
func userMessage(err error) string {
	var ue *UserError
	if errors.As(err, &ue) {
		return ue.Message
	}
	return "Sorry, something went wrong on my side while working on that. Please try again; if it keeps happening, tell whoever runs archbot."
}

func storeDown(err error) error {
	return &UserError{Code: CodeStoreDown, Err: err,
		Message: "I can't reach my memory (Redis) right now, so I can't work on this thread. Please try again in a minute."}
}
