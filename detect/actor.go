package detect

import "strings"

// systemWords are the words of the names that applications and their
// operators give the accounts that act with no person behind them: the
// superuser, a scheduler, an integration's service account, a
// provisioning tool.
var systemWords = newFoldSet(
	"admin", "administrator", "root", "system", "sys", "superuser", "sysadmin", "daemon", "cron", "scheduler", "bot",
	"robot", "automation", "automated", "service", "svc", "api", "migration", "import", "importer", "sync", "batch",
	"etl", "worker", "job", "terraform", "ansible", "jenkins", "ci", "deploy", "deployer", "ops", "metering",
	"provisioning", "integration", "webhook", "anonymous", "guest", "nobody", "unknown", "automator",
)

// minCodeName is the least length of a class name read as one (a shorter
// run of capitals, McDonald or DeLaCruz, may be a surname).
const minCodeName = 12

// IsSystemActor reports whether s (spaces trimmed) names an account that
// acts with no person behind it, as a created_by column writes it: a
// system account's name ("admin", "system"), words in lower case joined
// by hyphens or underscores of which one says what the account is
// ("ops-terraform", "crm-sync", "billing_metering_svc"), or the name of a
// class of the application's code, as Java and .NET services record
// their internal callers ("SubscriptionBaseTransition",
// "InvoiceDispatcher"). A login spelled from a name ("jsmith",
// "ann.lee") or an email is none. It does not allocate.
func IsSystemActor(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > 64 {
		return false
	}
	if codeName(s) {
		return true
	}
	system := false
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '-' || r == '_' }) {
		if systemWords.has(w) {
			system = true
		} else if !allBytes(w, func(c byte) bool { return isLower(c) || isDigit(c) }) {
			return false
		}
	}
	return system
}

// codeName reports a class name of two words or more run together, each
// capitalized (InvoiceDispatcher), of minCodeName letters or more.
func codeName(s string) bool {
	if len(s) < minCodeName || !isUpper(s[0]) {
		return false
	}
	humps := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isUpper(c):
			if i+1 >= len(s) || !isLower(s[i+1]) {
				return false // an acronym or a capital at the end: not one word's start
			}
			humps++
		case !isLower(c) && !isDigit(c):
			return false
		}
	}
	return humps >= 2
}
