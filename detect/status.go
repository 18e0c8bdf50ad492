package detect

import "strings"

// statusWords are the values of workflow and lifecycle columns (an
// order's state, an account's status): words that say where a row is in a
// process, not anything about a person or a place.
var statusWords = newFoldSet(
	"accepted", "accepting", "active", "answered", "approved", "archived", "assigned", "authorized", "awaiting",
	"backordered", "banned", "blocked", "booked", "canceled", "cancelled", "captured", "closed", "complete", "completed",
	"confirmed", "created", "declined", "deferred", "deleted", "delivered", "denied", "disabled", "discarded",
	"dismissed", "dispatched", "done", "draft", "enabled", "error", "errored", "escalated", "evaluated", "evaluating",
	"expired", "failed", "finished", "fulfilled", "granted", "hidden", "hold", "idle", "inactive", "invited", "locked",
	"lost", "merged", "new", "obsolete", "open", "overdue", "paid", "partial", "paused", "pending", "placed", "planned",
	"posted", "postponed", "processed", "processing", "progress", "published", "queued", "ready", "received", "refunded",
	"rejected", "rejecting", "removed", "reopened", "reserved", "resolved", "retired", "returned", "review", "reviewed",
	"reviewing", "revoked", "running", "scheduled", "sent", "settled", "shipped", "stalled", "started", "submitted",
	"succeeded", "success", "superseded", "suspended", "transit", "trial", "trialing", "unpaid", "unpublished",
	"unverified", "verified", "void", "voided", "waiting", "withdrawn", "won",
)

// statusJoiners may join status words: "in_progress", "on-hold",
// "partially refunded", "awaiting payment".
var statusJoiners = newFoldSet("in", "on", "for", "out", "of", "to", "be", "not", "partially", "awaiting", "under", "payment", "delivery")

// IsStatusWord reports whether s (spaces trimmed) is a workflow status:
// one of a list of lifecycle words ("pending", "shipped", "active",
// "cancelled"), in any letter case, or a few of them joined by
// underscores, hyphens or spaces with the short words that join them
// ("in_progress", "on-hold", "partially_refunded", "awaiting payment").
// A state or region column whose values are statuses is a workflow's,
// not an address's. It does not allocate.
func IsStatusWord(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > 40 {
		return false
	}
	status, words := false, 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '_' || r == '-' || r == ' ' }) {
		words++
		switch {
		case words > 4:
			return false
		case statusWords.has(w):
			status = true
		case !statusJoiners.has(w):
			return false
		}
	}
	return status
}

// flagWords are how a boolean is spelled in a text column: the Y/N of an
// entity engine's indicator columns, a PHP or Rails serializer's 0/1 and
// t/f, a form's yes/no and on/off.
var flagWords = newFoldSet("y", "n", "yes", "no", "t", "f", "true", "false", "on", "off", "0", "1")

// IsFlagWord reports whether s (spaces trimmed) spells a boolean: Y or N,
// yes or no, true or false, t or f, on or off, 0 or 1, in any letter case.
// A column of nothing else is a flag, whatever its name says
// (require_password_change, use_primary_email_username). It does not
// allocate.
func IsFlagWord(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 5 && flagWords.has(s)
}

// answerWords are what a form's yes/no question is answered with beside
// yes and no: not known, not applicable.
var answerWords = newFoldSet("unknown", "unk", "not_known", "notknown", "na", "n/a", "not_applicable", "dont_know", "unclear")

// IsAnswerWord reports whether s (spaces trimmed) answers a yes/no
// question: a flag word (IsFlagWord), or unknown, not known, n/a, not
// applicable, in any letter case. A health table's column of nothing else
// records whether its subject has a symptom or a condition (SORMAS's
// symptoms.fever: YES, NO, UNKNOWN). It does not allocate.
func IsAnswerWord(s string) bool {
	s = strings.TrimSpace(s)
	return IsFlagWord(s) || len(s) <= 14 && answerWords.has(s)
}
