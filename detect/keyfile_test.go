package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsKeyFileName(t *testing.T) {
	for _, s := range []string{"id_rsa", "id_ed25519", "id_ed25519.pub", "deploy_ed25519.pub", "deploy_ed25519", "server.key", "client.p12",
		"/etc/ssl/private/app.pem", "~/.ssh/id_ecdsa", `C:\keys\putty.ppk`, "id_ed25519_sk"} {
		require.True(t, IsKeyFileName(s), s)
	}
	for _, s := range []string{"", "-----BEGIN OPENSSH PRIVATE KEY-----", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
		"4f3c2a1b9e8d7c6b5a4f3c2a1b9e8d7c", ".pem", "rsa", "/etc/ssl/private/", "my key.pem"} {
		require.False(t, IsKeyFileName(s), s)
	}
}
