package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsSystemActor(t *testing.T) {
	for _, s := range []string{"admin", "Admin", " system ", "ops-terraform", "nordlys-crm-sync", "quillmark-metering", "qa-automation",
		"billing_metering_svc", "SubscriptionBaseTransition", "InvoiceDispatcher", "PaymentRequestProcessor", "cron", "unknown", "options-automator"} {
		require.True(t, IsSystemActor(s), "IsSystemActor(%q)", s)
	}
	for _, s := range []string{"", "jsmith", "ann.lee", "ann@example.org", "Ann Smith", "McDonald", "DeLaCruz", "MacArthur",
		"priya-sharma", "jonas_weber", "HTTPServer", "ops-terraform@corp", "admin.ann", "x", "OverdueService2X"} {
		require.False(t, IsSystemActor(s), "IsSystemActor(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsSystemActor("nordlys-crm-sync") }))
}
