package anonymize

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidInput is wrapped by the errors a Transformer returns for a value
// it cannot mask (a card number without enough digits, invalid JSON, ...).
// The messages never quote the value: it may be PII.
var ErrInvalidInput = errors.New("invalid input value")

// ErrNoSecret is wrapped by Compile's error when a keyed transformer is
// compiled without Options.Secret.
var ErrNoSecret = errors.New("a keyed transformer needs a secret; set the rules file's secret")

// UnknownTransformerError reports a transformer name the registry does not
// know. Suggestion is the closest known name, or empty.
type UnknownTransformerError struct {
	Name       string
	Known      []string
	Suggestion string
}

func (e *UnknownTransformerError) Error() string {
	if e.Suggestion != "" {
		return fmt.Sprintf("unknown transformer %q (did you mean %q?)", e.Name, e.Suggestion)
	}
	return fmt.Sprintf("unknown transformer %q (known: %s)", e.Name, strings.Join(e.Known, ", "))
}

// ParamError reports a bad or unknown parameter. Param is the parameter's
// name as written in the rules file (for nested parameters a dotted path such
// as paths.$.email.keep_last), Valid the valid parameter names or, for a bad
// value of an enumerated parameter, the valid values.
type ParamError struct {
	Transformer string
	Param       string
	Reason      string
	Valid       []string
}

func (e *ParamError) Error() string {
	msg := fmt.Sprintf("%s: parameter %q: %s", e.Transformer, e.Param, e.Reason)
	if len(e.Valid) > 0 {
		msg += " (valid: " + strings.Join(e.Valid, ", ") + ")"
	}
	return msg
}

// TypeError reports a transformer applied to a column whose type it does not
// accept, neither as a whole nor element by element.
type TypeError struct {
	Transformer string
	Column      Column
	// Reason, when set, says why (a column too narrow for the output).
	Reason string
}

func (e *TypeError) Error() string {
	col := e.Column.Name
	if e.Column.Table != "" {
		col = e.Column.Table + "." + col
	}
	if e.Reason != "" {
		return fmt.Sprintf("%s: column %s: %s", e.Transformer, col, e.Reason)
	}
	return fmt.Sprintf("%s: column %s of type %s is not supported", e.Transformer, col, e.Column.Type.Name)
}

func invalidInput(op, format string, args ...any) error {
	return fmt.Errorf("%s: %w: %s", op, ErrInvalidInput, fmt.Sprintf(format, args...))
}
