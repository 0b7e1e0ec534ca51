package core

import (
	"errors"
	"fmt"
)

// Code classifies an error so that every adapter can translate it at its
// boundary (HTTP status, Asynq SkipRetry, ...) from one table.
type Code string

const (
	CodeInvalid      Code = "invalid"
	CodeNotFound     Code = "not_found"
	CodeConflict     Code = "conflict"
	CodeUnavailable  Code = "unavailable"
	CodeForbidden    Code = "forbidden"
	CodeUnauthorized Code = "unauthorized"
	CodeTooLarge     Code = "too_large"
	CodeInternal     Code = "internal"
)

// ErrNoCall marks an unavailable error returned before any request
// reached a model provider: every provider was cooling down after
// failures or booked out at its rate limit. Waiting for capacity costs
// nothing, so the queue does not count such a retry against the task's
// retry budget (only calls that reached a provider do); otherwise a few
// failures that cool the only provider for everyone would spend every
// queued draft's retries in a minute and fail them.
var ErrNoCall = errors.New("no model call was made")

// FieldError names the input field that is wrong, as a JSON path such as
// "products[3].sku".
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error is the one error type of copydesk. Message is safe to show to a
// caller; Err (if any) is the cause, kept for logs and errors.Is.
type Error struct {
	Code    Code
	Message string
	Fields  []FieldError
	// RetryAfter, when set on an unavailable error, is how long the caller
	// should wait before trying again (seconds).
	RetryAfter float64
	Err        error
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return fmt.Sprintf("%s: %v", e.Code, e.Err)
	}
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes an Error with a formatted caller-safe message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap attaches a code and a caller-safe message to a cause.
func Wrap(code Code, err error, message string) *Error {
	return &Error{Code: code, Message: message, Err: err}
}

// Invalid reports bad input with the fields that are wrong.
func Invalid(message string, fields ...FieldError) *Error {
	return &Error{Code: CodeInvalid, Message: message, Fields: fields}
}

// ErrorCode returns the code of err, CodeInternal for foreign errors and ""
// for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns the caller-safe message of err; foreign errors are
// never shown to callers because they may carry secrets or internals.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "internal error"
}

// IsCode reports whether err carries code.
func IsCode(err error, code Code) bool { return ErrorCode(err) == code }
